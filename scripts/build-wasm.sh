#!/usr/bin/env bash
# The Rust part of the release build, with code splitting (Trunk's `build` hook; see
# ARCHITECTURE.md, "The build"). Trunk has no split stage, so this script runs the steps that
# `cargo leptos build --split` runs, and writes unhashed files into Trunk's staging folder;
# scripts/postbuild.mjs then hashes them, adds their integrity and writes the boot script.
#   1. cargo build --release with --cfg thuiswijzer_split (the page bodies of src/ui/split.rs
#      become split points) and --emit-relocs (wasm-split needs the relocations);
#      --cfg erase_components comes from .cargo/config.toml, these flags are added to it;
#   2. wasm-split-cli: the main module, one chunk per split point (and chunks for code that
#      several split points share) and __wasm_split.js, the loader of the chunks;
#   3. wasm-bindgen --target web on the main module (--keep-lld-exports: the chunks link
#      against exports of the main module);
#   4. wasm-opt -Oz on every module.
# Usage: scripts/build-wasm.sh [out-dir]   (default: $TRUNK_STAGING_DIR)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-${TRUNK_STAGING_DIR:?run by trunk build, or give an output folder}}"
name=thuiswijzer
target_dir="$(cargo metadata --format-version 1 --no-deps --offline | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
work="$target_dir/wasm-split"

cargo build --offline --release --target wasm32-unknown-unknown --bin "$name" \
  --config 'target.wasm32-unknown-unknown.rustflags=["--cfg","thuiswijzer_split","-Clink-args=--emit-relocs"]'

# The same linked module as last time (make dist, then make dist-sub): reuse its output.
input="$target_dir/wasm32-unknown-unknown/release/$name.wasm"
stamp="$(sha256sum "$input" | cut -d' ' -f1) $(wasm-split-cli --help | head -1) $(wasm-bindgen --version) $(wasm-opt --version)"
if [ ! -f "$work/stamp" ] || [ "$(cat "$work/stamp")" != "$stamp" ]; then
  rm -rf "$work"
  mkdir -p "$work/split" "$work/bindgen" "$work/out"
  wasm-split-cli --target web --out-name "$name" "$input" "$work/split"
  wasm-bindgen --target web --no-typescript --keep-lld-exports --out-dir "$work/bindgen" \
    --out-name "$name" "$work/split/$name.wasm"
  # The main module as wasm-bindgen wrote it, the chunks as wasm-split wrote them; one
  # wasm-opt per core at a time (a hundred small chunks).
  export opt="$work/out"
  {
    echo "$work/bindgen/${name}_bg.wasm"
    ls "$work"/split/*.wasm | grep -v "/$name.wasm\$"
  } | xargs -P "$(nproc)" -I{} bash -c 'set -o pipefail
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int -o "$opt/$(basename "$1")" "$1" 2>&1 \
      | { grep -v "unknown name subsection" || true; } >&2' _ {}
  cp "$work/bindgen/$name.js" "$work/split/__wasm_split.js" "$work/out/"
  echo "$stamp" > "$work/stamp"
fi
mkdir -p "$out"
cp "$work"/out/* "$out/"
