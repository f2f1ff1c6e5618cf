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

# Ink draws only the last frame when CI is set, and the screen tests render
# Ink in the test process, so they run without it. The built program clears
# it itself before loading Ink; test/e2e runs it with CI=true to check that.
# Running as root, dbus-daemon warns that it cannot raise its file limit: noise.
dbus-run-session -- bash scripts/with-keyring.sh \
  env -u CI -u CONTINUOUS_INTEGRATION node --import tsx --test --test-reporter=spec "${test_files[@]}" "$@" \
  2> >(grep -v 'Failed to set fd limit' >&2)
