#!/usr/bin/env bash
# Runs a command with a throwaway, unlocked gnome-keyring as the Secret Service.
# Call it inside `dbus-run-session`, which gives the command a private session bus.
set -euo pipefail

keyring_home=$(mktemp -d)
trap 'rm -rf "$keyring_home"' EXIT

# The keyring files go to a folder of their own, so no real keyring is read or changed.
export XDG_DATA_HOME="$keyring_home/data"
export XDG_RUNTIME_DIR="$keyring_home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# --unlock reads the password from stdin and creates the login keyring with it.
printf '%s' "throwaway-test-keyring-password" \
  | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null

"$@"
