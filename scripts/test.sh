#!/usr/bin/env bash
# Install everything (system packages, .venv with dev tools, translations), then run every check:
# ruff lint, ruff format, mypy, import-linter and the whole pytest suite (including the slow
# frozen-build test). Stops at the first failing step and exits non-zero.
#
#   scripts/test.sh                  everything
#   scripts/test.sh -x -q -k sla     arguments go to pytest
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

section() { printf '\n==== %s ====\n' "$*"; }

section "bootstrap"
bash "$ROOT/scripts/bootstrap.sh" --dev

BIN="$ROOT/.venv/bin"
export PATH="$BIN:$PATH"

# Headless and hermetic Qt: no display needed; a private runtime dir so Qt does not warn about a
# missing XDG_RUNTIME_DIR (pytest-qt turns Qt warnings into failures).
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [[ -z ${XDG_RUNTIME_DIR:-} || ! -d ${XDG_RUNTIME_DIR:-} ]]; then
    XDG_RUNTIME_DIR="$(mktemp -d "${TMPDIR:-/tmp}/desk-app-runtime.XXXXXX")"
    chmod 700 "$XDG_RUNTIME_DIR"
    export XDG_RUNTIME_DIR
    trap 'rm -rf "$XDG_RUNTIME_DIR"' EXIT
fi

run_step() {
    local name="$1"
    shift
    section "$name"
    local start=$SECONDS status=0
    "$@" || status=$?
    if ((status != 0)); then
        printf '\n**** FAILED: %s (exit %d) ****\n' "$name" "$status" >&2
        exit "$status"
    fi
    printf -- '---- ok: %s (%ds)\n' "$name" $((SECONDS - start))
}

run_step "ruff check" "$BIN/ruff" check . build_installer.spec
run_step "ruff format --check" "$BIN/ruff" format --check . build_installer.spec
run_step "mypy" "$BIN/mypy" desk_app
run_step "import-linter" "$BIN/lint-imports"
# The sync tests start a real Request Tracker 5 on 127.0.0.1 (tests/sync/rt_server.py).
run_step "request tracker 5" bash "$ROOT/scripts/rt_install.sh"

section "pytest"
start=$SECONDS
status=0
# Inside a private D-Bus session with an unlocked GNOME Keyring: credential tests use a real one.
"$ROOT/scripts/with_test_keyring.sh" "$BIN/python" -m pytest "$@" || status=$?
if ((status == 5)); then
    printf '\n**** FAILED: pytest collected no tests (exit 5) ****\n' >&2
    exit 5
elif ((status != 0)); then
    printf '\n**** FAILED: pytest (exit %d) ****\n' "$status" >&2
    exit "$status"
fi
printf -- '---- ok: pytest (%ds)\n' $((SECONDS - start))

section "all checks passed"
