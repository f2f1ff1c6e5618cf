#!/usr/bin/env bash
# Runs the whole test suite: installs what is missing, type checks, builds
# (the terminal tests run the built program), then runs every test file under
# a private D-Bus session with a throwaway keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

SIRO_TOKEN_NEEDS_KEYRING=1 bash scripts/ensure-dependencies.sh

npx tsc -p tsconfig.json --noEmit
npm run --silent build

shopt -s globstar nullglob
test_files=(test/**/*.test.ts test/**/*.test.tsx)

# Running as root, dbus-daemon warns that it cannot raise its file limit: noise.
dbus-run-session -- bash scripts/with-keyring.sh \
  node --import tsx --test --test-reporter=spec "${test_files[@]}" "$@" \
  2> >(grep -v 'Failed to set fd limit' >&2)
