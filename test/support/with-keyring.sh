#!/bin/sh
# Runs a command inside a private D-Bus session with a throwaway, unlocked gnome-keyring, so the tests
# use a real Secret Service without touching the developer's own keychain. Exit code: the command's.
# Without dbus-run-session or gnome-keyring-daemon the command runs as it is and the real-keychain tests
# are skipped with a notice; REQUIRE_KEYRING=1 (set by .ci/run) makes that an error instead.
set -eu
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  if [ "${REQUIRE_KEYRING:-}" = "1" ]; then
    echo "with-keyring: dbus-run-session and gnome-keyring-daemon are required (apt-get install dbus dbus-x11 gnome-keyring libsecret-tools)" >&2
    exit 2
  fi
  echo "with-keyring: no D-Bus or gnome-keyring here; tests that need a real keychain will be skipped" >&2
  exec "$@"
fi
exec dbus-run-session -- sh -c '
  set -eu
  tmp="$(mktemp -d)"
  export XDG_DATA_HOME="$tmp/data" XDG_RUNTIME_DIR="$tmp/run"
  mkdir -m 700 "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
  printf %s "ci-keyring-pass" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # --unlock returns before the daemon owns org.freedesktop.secrets. Wait for that name with NameHasOwner,
  # which never starts a service: a ping to the name itself would let D-Bus activate a second, locked
  # gnome-keyring that can win the name on a loaded machine.
  owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
      string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"
  }
  tries=0
  until owner; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ]; then echo "with-keyring: gnome-keyring did not take org.freedesktop.secrets in 20 s" >&2; exit 2; fi
    sleep 0.1
  done
  pid=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets | awk "/uint32/ {print \$2}")
  export ASSISTANT_TEST_KEYRING=gnome-keyring
  rc=0; "$@" || rc=$?
  kill "$pid" 2>/dev/null || true
  rm -rf "$tmp"
  exit "$rc"' sh "$@"
