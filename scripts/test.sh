#!/usr/bin/env bash
# Runs the whole test suite: type check, build (the terminal tests run the
# built program), then every test file under a private D-Bus session with a
# throwaway keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: install the Debian packages dbus and gnome-keyring (see README.md)." >&2
    exit 2
  fi
done

npx tsc -p tsconfig.json --noEmit
npm run --silent build

shopt -s globstar nullglob
test_files=(test/**/*.test.ts test/**/*.test.tsx)

# The dbus-daemon warning about its file limit is noise when running as root.
dbus-run-session -- bash scripts/with-keyring.sh \
  node --import tsx --test --test-reporter=spec "${test_files[@]}" "$@" \
  2> >(grep -v 'Failed to set fd limit' >&2)
