# Shared by the scripts in this folder: paths, PATH, logging. Source it.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Some CI environments run without HOME; cargo, rustup and npm need it.
export HOME="${HOME:-$(getent passwd "$(id -u)" | cut -d: -f6)}"
export ROOT
# cargo-installed tools (trunk, wasm-bindgen) and the npm-installed wasm-opt.
export PATH="$ROOT/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION="0.21.14"
WASM_OPT_VERSION="132"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The wasm-bindgen version Cargo.lock resolved; the CLI must match it exactly.
locked_wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[" ]/, "", $0); sub(/^version=/, "", $0); print; exit }' \
    "$ROOT/Cargo.lock"
}
