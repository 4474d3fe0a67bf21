#!/usr/bin/env bash
# Recording a lesson step with 10,000 learners' progress in the database, on SQLite and on
# PostgreSQL, release build: the place in a lesson (what the lesson player sends as one reads),
# a lesson read to its end, a quiz answer, and the lesson page itself. Latency of sequential
# requests (p50, p95). Prints the figures; the README records them. Target: p95 under 10 ms.
#   BENCH_LEARNERS=10000 BENCH_REQUESTS=300 [BENCH_SKIP_BUILD=1] scripts/bench-courses.sh [sqlite|postgres]
set -euo pipefail
cd "$(dirname "$0")/.."
# BENCH_SKIP_BUILD=1 measures the release build already in target/release.
if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
  scripts/setup.sh --release
  cargo leptos build --release
fi
learners=${BENCH_LEARNERS:-10000}
requests=${BENCH_REQUESTS:-300}
port=${BENCH_PORT:-3301}
backends=${1:-sqlite postgres}
export BIND_ADDRESS="127.0.0.1:${port}"
export SECRET_KEY="benchmark-secret-key-0123456789abcdef0123"
export RUST_LOG=warn
pg_admin=${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}
course=/courses/innovation-procurement-fundamentals
lesson=$course/what-is-innovation-procurement

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
  target/release/ppi-hub load-knowledge >/dev/null
  target/release/ppi-hub load-courses >/dev/null
  target/release/ppi-hub generate-learners --count "$learners"
  target/release/ppi-hub serve &
  server=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:${port}/healthz" >/dev/null && break; sleep 0.2; done
  base="http://127.0.0.1:${port}"
  jar="$dir/cookies"
  # The learner's first step makes their session; every step after it is timed.
  curl -s -o /dev/null -c "$jar" -b "$jar" -X POST "$base$lesson/place" -d section=two-forms
  echo "== ${backend}: ${learners} learners, release build"
  printf '%-44s %9s %9s\n' step "p50 ms" "p95 ms"
  measure() {
    local label=$1; shift
    times=$(for i in $(seq "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' "$@"; done)
    printf '%-44s %9s %9s\n' "$label" "$(percentile 50 <<<"$times")" "$(percentile 95 <<<"$times")"
  }
  as_learner=(-c "$jar" -b "$jar")
  measure "place in a lesson (POST …/place)" "${as_learner[@]}" -X POST "$base$lesson/place" -d section=two-forms
  measure "lesson read to its end (POST …/done)" "${as_learner[@]}" -X POST "$base$lesson/done"
  # Each answer from a new visitor: the first answer of a new attempt (token, attempt, answer).
  measure "quiz answer, a new attempt (POST …/quiz)" -X POST "$base$lesson/quiz" -d question=outcome-of-innovation -d option=a -d attempt=0
  measure "the lesson page (GET)" "${as_learner[@]}" "$base$lesson"
  kill "$server"; wait "$server" 2>/dev/null || true
  if [ "$backend" = postgres ]; then psql "$pg_admin" -qc "DROP DATABASE ${name}" >/dev/null; fi
  rm -rf "$dir"
done
