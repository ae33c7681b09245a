#!/usr/bin/env bash
# Install everything needed to run Partner Desk, then open it on a demo workspace.
#
#   scripts/demo.sh                          open the demo (needs a display)
#   scripts/demo.sh --screenshot shot.png    render the main window to a PNG, headless
#
# Extra arguments go to `desk-app --demo` (see `desk-app --help`).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$ROOT/scripts/bootstrap.sh"
exec "$ROOT/.venv/bin/desk-app" --demo "$@"
