#!/usr/bin/env bash
# The GPU check of the runs-and-verdicts work, prepared to run in one go on a machine with an
# NVIDIA GPU and a python3 that has CUDA PyTorch (e.g. the lent device machine):
#   bash scripts/gpu-check.sh [python] > gpu-check.txt
# It reports the device, the harness on a CUDA snippet (per-seed times, peak GPU memory), a
# five-seed verification with seeds running concurrently on the one GPU, and an explicit CUDA
# error (device-side assert). When dlrepro-cli cannot start there (no Qt runtime on a bare
# machine), the harness parts still run directly with Python and the CLI parts say why not.
set -uo pipefail
cd "$(dirname "$0")/.."
PY=${1:-python3}
OUT=${OUT:-$(mktemp -d)}
CLI=${CLI:-build/app/dlrepro-cli}
FIX=tests/fixtures/gpu

echo "== device"
nvidia-smi --query-gpu=name,memory.total,driver_version --format=csv,noheader || echo "no nvidia-smi"
"$PY" -c 'import torch; print("torch", torch.__version__, "cuda", torch.version.cuda, "available", torch.cuda.is_available(), torch.cuda.get_device_name(0) if torch.cuda.is_available() else "")'

echo "== harness on a CUDA snippet, five seeds one after another"
for seed in 0 1 2 3 4; do
    mkdir -p "$OUT/h$seed"
    ( cd "$OUT/h$seed" && PYTHONHASHSEED=$seed /usr/bin/time -f "seed $seed wall %e s" \
        "$PY" "$OLDPWD/resources/harness/dlrepro_harness.py" --snippet "$OLDPWD/$FIX/cuda_train.py" \
        --seed $seed --result result.json --device cuda:0 >/dev/null )
    "$PY" - "$OUT/h$seed/result.json" <<'PYEOF'
import json, sys
r = json.load(open(sys.argv[1]))
print("  status", r.get("status"), "device", r.get("device"), "peak GPU MiB",
      round((r.get("peak_gpu_memory_bytes") or 0) / 2**20, 1), "metrics",
      [(m.get("name"), m.get("value")) for m in r.get("metrics", [])])
PYEOF
done

if "$CLI" --version >/dev/null 2>&1; then
    echo "== env"
    "$CLI" env --python "$PY" 2>&1 | head -20 || "$CLI" env | head -20
    echo "== verify: five seeds, two at a time on the GPU"
    /usr/bin/time -f "verify wall %e s" "$CLI" verify "$FIX/cuda_train.py" --python "$PY" --device cuda:0 \
        --parallel 2 --expect-metric accuracy=0.97 --tolerance 0.05 --out "$OUT/verify"
    echo "exit $?"
    echo "== verify: explicit CUDA error (device-side assert)"
    "$CLI" verify "$FIX/device_assert.py" --python "$PY" --device cuda:0 --n-seeds 2 \
        --expect-error "RuntimeError: CUDA error: device-side assert triggered"
    echo "exit $?"
else
    echo "== dlrepro-cli cannot start here ($CLI); the CLI checks are skipped"
    echo "== harness: explicit CUDA error"
    mkdir -p "$OUT/assert" && ( cd "$OUT/assert" && "$PY" "$OLDPWD/resources/harness/dlrepro_harness.py" \
        --snippet "$OLDPWD/$FIX/device_assert.py" --seed 0 --result result.json --device cuda:0 >/dev/null 2>&1 )
    "$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); e=r.get("exception") or {}; print("  ", e.get("type"), ":", (e.get("message") or "")[:120])' "$OUT/assert/result.json"
fi
echo "results under $OUT"
