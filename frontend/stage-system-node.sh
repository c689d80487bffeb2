#!/usr/bin/env bash
# Stages the machine's own Node.js and npm where frontend-maven-plugin expects them
# (<dir>/node and <dir>/node_modules/npm), so the build needs no Node.js download.
set -euo pipefail
target_dir="$1"
node_bin="$(readlink -f "$(command -v node)")"
npm_cli="$(readlink -f "$(command -v npm)")"
npm_dir="$(cd "$(dirname "$npm_cli")/.." && pwd)"
major="$("$node_bin" -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 20 ]; then
  echo "Node.js $major found at $node_bin; Postgate needs 20 or newer" >&2
  exit 1
fi
mkdir -p "$target_dir/node_modules"
ln -sfn "$node_bin" "$target_dir/node"
ln -sfn "$npm_dir" "$target_dir/node_modules/npm"
echo "Staged Node.js $("$node_bin" --version) and npm from $npm_dir"
