#!/usr/bin/env bash
# The GPU check of dlrepro-tensor (issue 10), in one go on a machine with an NVIDIA GPU and a
# Python whose PyTorch has CUDA:
#   bash scripts/gpu-check-tensor.sh [python] > gpu-check-tensor.txt
# It builds the helper against the CUDA LibTorch that comes with that PyTorch
# (torch.utils.cmake_prefix_path), then runs scripts/gpu_check_tensor.py: 10 000 sentences
# embedded on the GPU and on the CPU (time, speed-up, difference) and the dynamics statistics of
# a 100-layer capture (time; compared with the CPU build at build/app/dlrepro-tensor when there).
# Without the Debian nlohmann-json3-dev package, give a folder holding nlohmann/json.hpp in
# NLOHMANN_JSON_INCLUDE_DIR.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${1:-python3}
OUT=${OUT:-$(mktemp -d)}
echo "== device"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "no nvidia-smi"
PREFIX=$("$PY" -c 'import torch; print(torch.utils.cmake_prefix_path)') || { echo "$PY has no torch"; exit 2; }
"$PY" -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available())'

echo "== build dlrepro-tensor against $PREFIX"
extra=()
[ -n "${NLOHMANN_JSON_INCLUDE_DIR:-}" ] && extra+=("-DNLOHMANN_JSON_INCLUDE_DIR=$NLOHMANN_JSON_INCLUDE_DIR")
GEN=()
command -v ninja >/dev/null && GEN=(-G Ninja)
start=$(date +%s)
if ! cmake -S app/tensor -B "$OUT/tensor-cuda" "${GEN[@]}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$PREFIX" \
        "${extra[@]}" > "$OUT/cmake.log" 2>&1 \
   || ! cmake --build "$OUT/tensor-cuda" -j "$(nproc)" > "$OUT/build.log" 2>&1; then
    echo "build failed; the last lines of the logs:"
    tail -30 "$OUT/cmake.log" "$OUT/build.log" 2>/dev/null
    exit 2
fi
echo "built in $(( $(date +%s) - start )) s"

cpu=()
[ -x build/app/dlrepro-tensor ] && cpu=(--cpu-helper build/app/dlrepro-tensor)
"$PY" scripts/gpu_check_tensor.py --helper "$OUT/tensor-cuda/dlrepro-tensor" "${cpu[@]}" --out "$OUT/check" \
    --sentences "${SENTENCES:-10000}" --layers "${LAYERS:-100}"
