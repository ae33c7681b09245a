#!/usr/bin/env bash
# Run a command inside a private D-Bus session with a real, unlocked GNOME Keyring (the Secret
# Service python-keyring talks to), so tests store passwords in a real keyring without a desktop,
# without a prompt and without touching the user's own keyrings.
#
#   scripts/with_test_keyring.sh .venv/bin/python -m pytest tests/sync/test_credentials.py
#
# The keyring files live in a throwaway folder with a random password; the daemon ends with the
# D-Bus session when the command does. Exits with the command's status. Sets DESK_TEST_KEYRING=1
# so keyring tests fail (instead of skipping) when the keyring does not work.
set -euo pipefail

if [[ -z ${_DESK_KEYRING_SESSION:-} ]]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "with_test_keyring: $tool not found (scripts/bootstrap.sh --dev installs it)" >&2
            exit 1
        fi
    done
    export _DESK_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi

keyring_home="$(mktemp -d "${TMPDIR:-/tmp}/desk-test-keyring.XXXXXX")"
trap 'rm -rf "$keyring_home"' EXIT
password="$(head -c 24 /dev/urandom | base64)"
# --unlock reads the password from stdin and creates the login keyring with it; the daemon prints
# environment assignments we do not need (the Secret Service is found on the session bus).
printf '%s' "$password" |
    XDG_DATA_HOME="$keyring_home" gnome-keyring-daemon --unlock --components=secrets >/dev/null
unset password
export DESK_TEST_KEYRING=1

status=0
"$@" || status=$?
exit "$status"
