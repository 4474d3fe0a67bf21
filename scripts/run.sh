#!/usr/bin/env bash
# Builds PPI Hub, loads the demo data into an SQLite file and serves http://127.0.0.1:3000.
# Running it again keeps the data. Pass --release for an optimised build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh "${1:-}"

profile=debug
if [ "${1:-}" = "--release" ]; then
  cargo leptos build --release
  profile=release
else
  cargo leptos build
fi

mkdir -p data
export DATABASE_URL="${DATABASE_URL:-sqlite://data/ppi-hub.db}"
"target/${profile}/ppi-hub" demo-data
"target/${profile}/ppi-hub" load-knowledge
"target/${profile}/ppi-hub" load-courses
echo "Open http://127.0.0.1:3000 (Ctrl-C stops the server)"
exec "target/${profile}/ppi-hub" serve
