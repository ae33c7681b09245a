#!/usr/bin/env bash
# Install everything needed, then run the benchmark harness (bench/): `scripts/bench.sh --help`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh"
cd "$ROOT"
# Headless machines have no display: render offscreen unless the caller chose a platform.
if [[ -z ${QT_QPA_PLATFORM:-} && -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
    export QT_QPA_PLATFORM=offscreen
fi
exec "$ROOT/.venv/bin/python" -m bench "$@"
