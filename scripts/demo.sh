#!/usr/bin/env bash
# The main job: set up, build, and open the workbench on the shipped example report.
# With no display, it says how to run the same headless and shows the CLI's inspection.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
example=resources/examples/so-39525358-ann-accuracy.json
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec build/app/dlrepro "$example"
fi
echo "demo: no display, so the workbench cannot open here. The same inspection, headless:"
echo "  build/app/dlrepro-cli inspect $example"
echo "(or open the window on a virtual display: xvfb-run -a build/app/dlrepro $example --screenshot shot.png)"
echo
exec build/app/dlrepro-cli inspect "$example"
