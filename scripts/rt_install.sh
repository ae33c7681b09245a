#!/usr/bin/env bash
# Install Request Tracker 5 (Debian 12's request-tracker5 + rt5-db-sqlite) for the sync tests.
#
#   scripts/rt_install.sh
#
# Idempotent and non-interactive: skipped (no apt at all) when both packages are installed;
# otherwise debconf is preseeded so nothing asks a question, then `apt-get update` and install.
# Nothing is configured in /etc beyond what the packages do themselves: the tests run RT with
# RT_SITE_CONFIG pointing into a temporary folder (tests/sync/rt_server.py). Needs root (or sudo).
# Facts this follows: shared/ci/RT.md.
set -euo pipefail

PACKAGES=(request-tracker5 rt5-db-sqlite)

log() { printf '[rt_install] %s\n' "$*"; }

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in "${PACKAGES[@]}"; do
    installed "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]} == 0)); then
    log "request-tracker5 already installed, skipped"
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1 || ! command -v debconf-set-selections >/dev/null 2>&1; then
    echo "rt_install: apt-get/debconf not found; install ${PACKAGES[*]} by hand (Debian 12)" >&2
    exit 1
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo -n)
    else
        echo "rt_install: must run as root to install ${missing[*]}" >&2
        exit 1
    fi
fi

log "installing ${missing[*]}"
# Without the preseed, dbconfig-common, RT and exim4 (pulled in as the MTA) ask questions.
"${SUDO[@]}" debconf-set-selections <<'EOF'
request-tracker5 request-tracker5/dbconfig-install boolean false
request-tracker5 request-tracker5/database-type select sqlite3
request-tracker5 request-tracker5/install-cronjobs boolean false
request-tracker5 request-tracker5/rtname string partner-desk-test
exim4-config exim4/dc_eximconfig_configtype select local delivery only; not on a network
exim4-config exim4/dc_local_interfaces string 127.0.0.1 ; ::1
EOF

# Another process (bootstrap.sh, unattended upgrades) may hold the dpkg lock: wait for it.
apt_opts=(-o DPkg::Lock::Timeout=600 -o Dpkg::Use-Pty=0)
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" -qq update
"${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get "${apt_opts[@]}" -y -qq --no-install-recommends install "${PACKAGES[@]}" >/dev/null

for pkg in "${PACKAGES[@]}"; do
    if ! installed "$pkg"; then
        echo "rt_install: apt did not install $pkg" >&2
        exit 1
    fi
done
if [[ ! -x /usr/share/request-tracker5/libexec/rt-server ]]; then
    echo "rt_install: rt-server missing after install" >&2
    exit 1
fi
log "installed: $(dpkg-query -W -f='${Version}' request-tracker5)"
