#!/usr/bin/env bash
# Installs what building and testing Thuiswijzer needs, and only what is missing.
# Sources: crates.io, Debian packages and the npm registry. Nothing is downloaded from GitHub.
# Usage: scripts/setup.sh [build|test]   (build: Rust tools and npm packages; test: also the browsers)
set -euo pipefail
cd "$(dirname "$0")/.."

want="${1:-test}"
TRUNK_VERSION="0.21.14"
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION="0.2.130"
BINARYEN_VERSION="132.0.0"
# The chunk splitter of the release build (scripts/build-wasm.sh); the crate's binary is
# wasm-split-cli.
WASM_SPLIT_VERSION="0.2.4"

export PATH="$HOME/.cargo/bin:$PATH"
log() { printf '[setup] %s\n' "$*"; }

if ! command -v cargo >/dev/null 2>&1; then
  echo "cargo is missing: install Rust stable with rustup first" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy
rustup component list --installed 2>/dev/null | grep -q '^rustfmt' || rustup component add rustfmt

if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then
  log "installing trunk ${TRUNK_VERSION} (about 8 minutes on 2 cores)"
  cargo install trunk --version "${TRUNK_VERSION}" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}"; then
  log "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about 4 minutes)"
  # --locked fails for this release: its lock file pins a yanked dependency.
  cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}" --force
fi

if ! cargo install --list | grep -qx "wasm_split_cli_support v${WASM_SPLIT_VERSION}:"; then
  log "installing wasm-split-cli ${WASM_SPLIT_VERSION} (about 3 minutes of CPU on 2 cores)"
  cargo install wasm_split_cli_support --version "${WASM_SPLIT_VERSION}" --features build-binary --locked --force
fi

# npm packages: binaryen (wasm-opt), and for tests playwright-core, puppeteer-core, selenium-webdriver
# and axe-core (none of them downloads a browser: the browsers are the Debian packages below).
# (again when package-lock.json changed since the last install)
if [ ! -x node_modules/.bin/wasm-opt ] || ! node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version ${BINARYEN_VERSION%%.*}" \
   || ! cmp -s package-lock.json node_modules/.thuiswijzer-lock; then
  log "installing npm packages (binaryen, playwright-core, puppeteer-core, selenium-webdriver, axe-core, lighthouse)"
  npm_config_loglevel=error npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.thuiswijzer-lock
fi

if [ "$want" = "test" ]; then
  # The three engines of the end-to-end tests, from Debian only: Chromium (+ its driver for the
  # wasm tests), Firefox ESR (driven over WebDriver BiDi by puppeteer-core) and WebKitGTK's
  # MiniBrowser (webkit2gtk-driver, under Xvfb), plus poppler-utils to read printed PDFs.
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium fonts-dejavu-core)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
  command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
  if [ "${#missing[@]}" -gt 0 ]; then
    log "installing Debian packages: ${missing[*]} (about 3 minutes for all of them)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
log "tools ready"
