#!/usr/bin/env bash
# Starts a fresh PPI Hub with the demo data for the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d)
export DATABASE_URL="sqlite://${dir}/e2e.db"
export BIND_ADDRESS="127.0.0.1:${1:-3100}"
export SECRET_KEY="end-to-end-tests-secret-key-0123456789abcdef"
# The journeys sign in many times from one address.
export AUTH_ATTEMPTS_PER_IP_PER_MINUTE=1000
target/debug/ppi-hub demo-data >/dev/null
target/debug/ppi-hub load-knowledge >/dev/null
# The real courses, and one the journeys take from start to end.
target/debug/ppi-hub load-courses --dir content/courses end2end/courses >/dev/null
exec target/debug/ppi-hub serve
