#!/usr/bin/env bash
# Installs and builds on first use, then starts the guided flow in demo mode
# against a Siro stand-in on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-dependencies.sh
npm run --silent build
exec node dist/cli.js --demo "$@"
