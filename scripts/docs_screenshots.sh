#!/usr/bin/env bash
# Render the screenshots in docs/ from a fresh demo workspace, in Spanish, under Xvfb when it is
# installed (scripts/bootstrap.sh --dev) and offscreen otherwise. Run from anywhere.
#
#   scripts/docs_screenshots.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/desk-docs.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
export DESK_APP_CTI_NAME="desk-docs-$$"  # never reach a desk the user has open

shot() {  # shot WORKSPACE VIEW FILE [more desk-app options]
    local args=(-m desk_app --workspace "$1" --screenshot "docs/$3" --view "$2" --lang es "${@:4}")
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1920x1080x24" "$PY" "${args[@]}"
    else
        QT_QPA_PLATFORM=offscreen "$PY" "${args[@]}"
    fi
}

# The demo signs in its service leader; the advisor's views are shown as the advisor.
ADVISOR=(--user asesor)
shot "$WORK/demo" tickets tickets-es.png --demo "${ADVISOR[@]}" # --demo fills the new workspace
for view in ticket board kb new-ticket customer connection calls; do
    shot "$WORK/demo" "$view" "$view-es.png" "${ADVISOR[@]}"
done
for state in ringing unknown talking on_hold wrap_up; do
    cp -r "$WORK/demo" "$WORK/$state"
    "$PY" scripts/call_states.py "$WORK/$state" "$state" # as asesor, too
    shot "$WORK/$state" call "call-$state-es.png" "${ADVISOR[@]}"
done
shot "$WORK/demo" call call-idle-es.png "${ADVISOR[@]}"
# The leader's screens, as the leader (the demo's own sign-in).
for view in team kpi hours; do
    shot "$WORK/demo" "$view" "$view-es.png"
done
echo "docs/: $(ls docs/*.png | wc -l) screenshots"
