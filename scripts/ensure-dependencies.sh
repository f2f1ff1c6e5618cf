#!/usr/bin/env bash
# Installs what a fresh checkout needs before the demo or the tests run:
# npm packages when node_modules is missing or older than the lock file, and,
# with SIRO_TOKEN_NEEDS_KEYRING=1, the Debian packages that provide a private
# D-Bus session and gnome-keyring for the keychain tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)…" >&2
  npm ci --no-audit --no-fund >&2
fi

if [ "${SIRO_TOKEN_NEEDS_KEYRING:-0}" = 1 ]; then
  if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing the Debian packages dbus and gnome-keyring…" >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2
      apt-get install -y -qq --no-install-recommends dbus gnome-keyring >&2
    else
      echo "The keychain tests need dbus-run-session and gnome-keyring-daemon." >&2
      echo "Install them first, for example: sudo apt-get install dbus gnome-keyring" >&2
      exit 2
    fi
  fi
fi
