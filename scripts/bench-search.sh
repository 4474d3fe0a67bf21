#!/usr/bin/env bash
# Search with many records, on SQLite and on PostgreSQL, release build: the tender search with
# 100,000 tenders, the supplier directory with 50,000 published profiles, or the knowledge search
# with 10,000 cases and materials. Latency of single
# requests (p50, p95 over sequential requests) and throughput under load (wrk). Prints the
# figures; the README records them. Target: p95 under 50 ms.
#   BENCH_COUNT=100000 BENCH_REQUESTS=300 BENCH_SECONDS=15 scripts/bench-search.sh tenders [sqlite|postgres]
#   scripts/bench-search.sh suppliers [sqlite|postgres]
#   scripts/bench-search.sh knowledge [sqlite|postgres]   (target: p95 under 20 ms)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --release
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
cargo leptos build --release

kind=${1:-tenders}
case "$kind" in
  tenders) default_count=100000 ;;
  suppliers) default_count=50000 ;;
  knowledge) default_count=10000 ;;
  *) echo "usage: $0 tenders|suppliers|knowledge [sqlite|postgres]" >&2; exit 2 ;;
esac
count=${BENCH_COUNT:-$default_count}
requests=${BENCH_REQUESTS:-300}
duration=${BENCH_SECONDS:-15}
port=${BENCH_PORT:-3300}
backends=${2:-sqlite postgres}
export BIND_ADDRESS="127.0.0.1:${port}"
export SECRET_KEY="benchmark-secret-key-0123456789abcdef0123"
export RUST_LOG=warn
pg_admin=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}

# The searches measured: a text query with two filters (the target), then others for context.
if [ "$kind" = tenders ]; then
  queries=(
    "/tenders?q=lighting&country=FI&contract=supplies"
    "/tenders?q=energy&cpv=09&sort=newest"
    "/tenders?status=all&nuts=DE1&sort=value"
  )
elif [ "$kind" = knowledge ]; then
  queries=(
    "/knowledge?q=street+lighting&kind=case&country=FI"
    "/api/knowledge?q=innovation+partnership&procedure=innovation"
    "/knowledge?q=katuvalaistus"
    "/knowledge/materials?stage=needs&audience=buyer"
    "/knowledge"
  )
else
  queries=(
    "/suppliers?q=lighting&country=FI&sme=yes"
    "/suppliers?cpv=45&language=en"
    "/suppliers?region=FI1B1&size=small"
    "/suppliers"
  )
fi

percentile() { sort -n | awk -v p="$1" '{a[NR]=$1} END {i=int(NR*p/100+0.999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }

for backend in $backends; do
  dir=$(mktemp -d)
  if [ "$backend" = sqlite ]; then
    export DATABASE_URL="sqlite://${dir}/bench.db"
  else
    name="ppihub_bench_$$"
    psql "$pg_admin" -qc "CREATE DATABASE ${name}" >/dev/null
    export DATABASE_URL="${pg_admin%/*}/${name}"
  fi
  target/release/ppi-hub "generate-${kind}" --count "$count"
  target/release/ppi-hub serve &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:${port}/healthz" >/dev/null && break; sleep 0.2; done
  echo "== ${backend}: ${count} ${kind}, release build"
  printf '%-52s %9s %9s %12s %9s %9s\n' query "p50 ms" "p95 ms" "req/s(load)" "p50 load" "p99 load"
  for q in "${queries[@]}"; do
    url="http://127.0.0.1:${port}${q}"
    curl -sf -o /dev/null "$url"  # warm-up
    times=$(for _ in $(seq "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done)
    p50=$(percentile 50 <<<"$times"); p95=$(percentile 95 <<<"$times")
    out=$(wrk -t2 -c16 -d"${duration}s" --latency "$url")
    rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    lp50=$(awk '$1=="50%" {print $2}' <<<"$out"); lp99=$(awk '$1=="99%" {print $2}' <<<"$out")
    errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
    printf '%-52s %9s %9s %12s %9s %9s %s\n' "$q" "$p50" "$p95" "$rps" "$lp50" "$lp99" "$errors"
  done
  kill "$server"; wait "$server" 2>/dev/null || true
  if [ "$backend" = postgres ]; then psql "$pg_admin" -qc "DROP DATABASE ${name}" >/dev/null; fi
  rm -rf "$dir"
done
