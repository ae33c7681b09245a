#!/usr/bin/env bash
# Prepare a machine and the repository to run Partner Desk: system libraries, .venv, translations.
#
#   scripts/bootstrap.sh            runtime only (what scripts/demo.sh and scripts/bench.sh need)
#   scripts/bootstrap.sh --dev      plus test, lint and packaging tools (scripts/test.sh)
#
# Idempotent and cheap on a second run: apt is skipped when dpkg already lists every package, pip is
# skipped while pyproject.toml is unchanged (hash stamp in .venv), and a translation is only
# recompiled when its .ts is newer than its .qm. Targets Debian 12 as root (or with sudo); on other
# systems the apt step is skipped with a warning and the libraries below must already be present.
set -euo pipefail

MODE=runtime
for arg in "$@"; do
    case "$arg" in
        --dev) MODE=dev ;;
        --runtime) MODE=runtime ;;
        -h | --help)
            sed -n '2,10p' "$0"
            exit 0
            ;;
        *)
            echo "bootstrap: unknown argument: $arg" >&2
            exit 2
            ;;
    esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

log() { printf '[bootstrap] %s\n' "$*"; }

# --- 1. System packages ------------------------------------------------------------------------
# What the PySide6 wheels dlopen/link on Linux (checked with ldd on Qt's libs and plugins):
# GL/EGL, fontconfig/freetype, glib, dbus, GSSAPI (QtNetwork), xkbcommon and the xcb family for the
# xcb platform plugin (icccm4 and keysyms1 are the ones a bare Debian lacks); xinerama0 is not
# linked by Qt 6 but harmless and often quoted. A font so offscreen rendering has glyphs; tzdata for
# zoneinfo (business calendars); ca-certificates for verified TLS; python3-venv for the venv.
APT_RUNTIME=(
    python3-venv tzdata ca-certificates fonts-dejavu-core
    libgl1 libegl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libfreetype6 libgssapi-krb5-2
    libxkbcommon0 libxkbcommon-x11-0 libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0
    libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xinerama0
    libxcb-xkb1
)
# Tests and packaging: a virtual X server for GUI tests that want one, and objdump (binutils),
# which PyInstaller uses to read ELF dependencies. A private D-Bus session with gnome-keyring
# (Secret Service) so the credential tests use a real keyring; secret-tool to inspect it.
# sip-tester (sipp) sends real INVITEs to the SIP listener in tests/telephony.
# poppler-utils: pdftoppm renders the PDF KPI report to PNG in tests/test_cli_report.py.
APT_DEV=(xvfb xauth binutils dbus dbus-daemon gnome-keyring libsecret-tools sip-tester
    poppler-utils)

apt_packages=("${APT_RUNTIME[@]}")
if [[ $MODE == dev ]]; then
    apt_packages+=("${APT_DEV[@]}")
fi

missing_packages() {
    local pkg
    for pkg in "$@"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            printf '%s\n' "$pkg"
        fi
    done
}

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
    log "no dpkg/apt-get here: skipping system packages (needed: ${apt_packages[*]})"
else
    mapfile -t missing < <(missing_packages "${apt_packages[@]}")
    if ((${#missing[@]} == 0)); then
        log "system packages: all ${#apt_packages[@]} present, apt skipped"
    else
        SUDO=()
        if [[ $(id -u) -ne 0 ]]; then
            if command -v sudo >/dev/null 2>&1; then
                SUDO=(sudo -n)
            else
                echo "bootstrap: missing system packages and not root: ${missing[*]}" >&2
                exit 1
            fi
        fi
        log "installing system packages: ${missing[*]}"
        apt_opts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0)
        export DEBIAN_FRONTEND=noninteractive
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get "${apt_opts[@]}" -qq update
        "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get "${apt_opts[@]}" -y -qq --no-install-recommends install "${missing[@]}" \
            >/dev/null
        mapfile -t still_missing < <(missing_packages "${apt_packages[@]}")
        if ((${#still_missing[@]} > 0)); then
            echo "bootstrap: apt did not install: ${still_missing[*]}" >&2
            exit 1
        fi
    fi
fi

# --- 2. Virtual environment --------------------------------------------------------------------
PYTHON="${PYTHON:-python3}"
VENV="$ROOT/.venv"

venv_ok() {
    [[ -x $VENV/bin/python ]] &&
        "$VENV/bin/python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null
}

if ! venv_ok; then
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
        echo "bootstrap: $PYTHON must be Python >= 3.11" >&2
        exit 1
    fi
    log "creating .venv with $("$PYTHON" --version 2>&1)"
    rm -rf "$VENV"
    "$PYTHON" -m venv "$VENV"
    # Debian's bundled pip (23.0) predates some wheel metadata in use today; start from a current one.
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
        --quiet --no-input --progress-bar off --upgrade pip
fi

# The stamp covers what decides the install: pyproject.toml and the interpreter.
stamp_hash="$(
    {
        cat "$ROOT/pyproject.toml"
        "$VENV/bin/python" -c 'import sys; print(sys.version)'
    } | sha256sum | cut -d' ' -f1
)"
stamp_dev="$VENV/.bootstrap-dev.sha256"
stamp_runtime="$VENV/.bootstrap-runtime.sha256"

stamp_matches() { [[ -f $1 && "$(cat "$1")" == "$stamp_hash" ]]; }

if [[ $MODE == dev ]]; then
    if stamp_matches "$stamp_dev"; then
        need_pip=0
    else
        need_pip=1
    fi
    target=".[dev]"
    stamp="$stamp_dev"
else
    # A dev install includes the runtime one.
    if stamp_matches "$stamp_runtime" || stamp_matches "$stamp_dev"; then
        need_pip=0
    else
        need_pip=1
    fi
    target="."
    stamp="$stamp_runtime"
fi

if ((need_pip)); then
    log "pip install -e '$target' (pyproject.toml changed or first run)"
    rm -f "$stamp_dev" "$stamp_runtime"
    PIP_DISABLE_PIP_VERSION_CHECK=1 "$VENV/bin/python" -m pip install \
        --quiet --no-input --progress-bar off -e "$target"
    printf '%s\n' "$stamp_hash" >"$stamp"
else
    log "python packages: up to date with pyproject.toml, pip skipped"
fi

# --- 3. Translations ---------------------------------------------------------------------------
# pyside6-lrelease ships with PySide6-Essentials (a wrapper around the bundled Qt lrelease).
shopt -s nullglob
ts_files=("$ROOT"/resources/translations/*.ts)
shopt -u nullglob
compiled=0
if ((${#ts_files[@]} > 0)); then
    LRELEASE="$VENV/bin/pyside6-lrelease"
    if [[ ! -x $LRELEASE ]]; then
        echo "bootstrap: $LRELEASE not found (is PySide6-Essentials installed?)" >&2
        exit 1
    fi
    for ts in "${ts_files[@]}"; do
        qm="${ts%.ts}.qm"
        if [[ ! -f $qm || $ts -nt $qm ]]; then
            "$LRELEASE" -silent "$ts" -qm "$qm"
            compiled=$((compiled + 1))
        fi
    done
fi
log "translations: ${#ts_files[@]} .ts file(s), $compiled compiled"
