#!/usr/bin/env bash
# Benchmark of the release build: requests per second and latency percentiles for the home and
# sign-in pages under wrk, and the bytes of WASM, JS and CSS a browser downloads (raw, gzip,
# brotli). Prints the figures; the README records them.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --release
command -v wrk >/dev/null || { apt-get update && apt-get install -y wrk; }
command -v brotli >/dev/null || apt-get install -y brotli

cargo leptos build --release

port=${BENCH_PORT:-3200}
dir=$(mktemp -d)
export DATABASE_URL="sqlite://${dir}/bench.db"
export BIND_ADDRESS="127.0.0.1:${port}"
export SECRET_KEY="benchmark-secret-key-0123456789abcdef0123"
export RUST_LOG=warn
target/release/ppi-hub demo-data >/dev/null
target/release/ppi-hub serve &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 50); do curl -sf "http://127.0.0.1:${port}/healthz" >/dev/null && break; sleep 0.2; done

duration=${BENCH_SECONDS:-15}
echo "== Pages under load (wrk, 2 threads, 32 connections, ${duration}s, release build, SQLite)"
for path in / /signin; do
  out=$(wrk -t2 -c32 -d"${duration}s" --latency -H 'Accept-Encoding: br, gzip' "http://127.0.0.1:${port}${path}")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p90=$(awk '$1=="90%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-8s %10s req/s   p50 %8s   p90 %8s   p99 %8s  %s\n' "$path" "$rps" "$p50" "$p90" "$p99" "$errors"
done

echo
echo "== What a browser downloads (bytes)"
printf '%-16s %10s %10s %10s\n' file raw gzip brotli
total_raw=0; total_gz=0; total_br=0
for f in target/site/pkg/ppi-hub.wasm target/site/pkg/ppi-hub.js target/site/pkg/ppi-hub.css; do
  raw=$(stat -c %s "$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-16s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-16s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
budget=$((400 * 1024))
if [ "$total_gz" -le "$budget" ]; then echo "within the 400 KB compressed budget"; else echo "OVER the 400 KB compressed budget"; fi
home=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:${port}/")
signin=$(curl -s -H 'Accept-Encoding: gzip' -o /dev/null -w '%{size_download}' "http://127.0.0.1:${port}/signin")
echo "HTML (gzip): home ${home} B, sign-in ${signin} B"
