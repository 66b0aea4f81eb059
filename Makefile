# Thuiswijzer: the two commands of the README are `make serve` and `make test`.
# Every target installs what is missing first (scripts/setup.sh), and only that.
SHELL := /bin/bash
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export npm_config_loglevel := error
export CARGO_TERM_COLOR := never
WASM := --target wasm32-unknown-unknown
PORT ?= 8080
# Sub-path hosting: make dist PUBLIC_URL=/thuiswijzer/
PUBLIC_URL ?= /

.PHONY: setup-build setup dist dist-sub serve test lint test-native test-wasm test-size test-e2e bench clean

setup-build:
	@scripts/setup.sh build

setup:
	@scripts/setup.sh test

## The deployable static site in dist/ (release build, wasm-opt -Oz, hashed assets, SRI, CSP).
dist: setup-build
	cargo fetch --quiet
	trunk build --release --public-url $(PUBLIC_URL)

## Builds and serves the app on http://127.0.0.1:8080
serve: dist
	node scripts/serve.mjs dist $(PORT)

## Every test: format, lints (native and wasm32), native tests, wasm tests in headless
## Chromium, the size budget and the end-to-end tests: all in Chromium, and the core journey,
## storage, lock, wipe and import/export also in Firefox ESR and WebKitGTK (e2e/engines.test.mjs).
test: setup lint test-native test-wasm dist test-size test-e2e
	@echo "make test: all layers passed"

lint:
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets $(WASM) -- -D warnings

test-native:
	cargo test

test-wasm:
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner cargo test $(WASM) --test web

test-size:
	node scripts/size-check.mjs dist

## THUISWIJZER_ENGINES=chromium,firefox limits e2e/engines.test.mjs to some engines.
test-e2e: dist-sub
	node --test --test-concurrency=1 e2e/ bench/report.test.mjs

## The same site built for a sub-path, for e2e/subpath.test.mjs.
dist-sub: setup-build
	trunk build --release --public-url /thuiswijzer/ --dist target/dist-sub

## Benchmark (not part of `make test`): sizes, paint, interactions, memory, Lighthouse.
bench: setup dist
	node bench/run.mjs

clean:
	cargo clean
	rm -rf dist
