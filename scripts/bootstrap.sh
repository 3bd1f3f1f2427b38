#!/usr/bin/env bash
# Installs what dlrepro needs on Debian 12 (as root, or with sudo) and builds it with the
# "default" CMake preset into build/. Safe to run again: it installs only what is missing and
# rebuilds incrementally.
set -euo pipefail
cd "$(dirname "$0")/.."

mapfile -t wanted < <(grep -v '^\s*#' packaging/build-deps.txt | sed '/^\s*$/d')
missing=()
for p in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "bootstrap: installing ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tree-sitter-python grammar (compiled by the build, not committed): fetched once from npm.
grammar=third_party/tree-sitter-python
if [ ! -f "$grammar/src/parser.c" ]; then
    if ! command -v npm >/dev/null 2>&1; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
    fi
    tmp=$(mktemp -d)
    (cd "$tmp" && npm pack --silent tree-sitter-python@0.21.0 >/dev/null)
    mkdir -p "$grammar"
    tar -xzf "$tmp"/tree-sitter-python-0.21.0.tgz -C "$grammar" --strip-components=1
    rm -rf "$tmp"
fi

cmake --preset default >/dev/null
cmake --build --preset default
