#!/usr/bin/env bash
# The bridge costs nothing until a screen reader is on, and follows org.a11y.Status: Quire starts with
# both flags cleared and must load no dbus-java class and stay off the desktop; ScreenReaderEnabled set,
# it must join the desktop as "Quire"; both cleared, it must leave it.
#
#   src/test/atspi/follow-status.sh [/tmp/cp-access.txt]      (see read-quire.sh for the class path)
set -euo pipefail
cd "$(dirname "$0")/../../.."
export QUIRE_CLASSPATH_FILE=${1:-/tmp/cp-access.txt}
# shellcheck disable=SC2016
exec src/test/atspi/with-atspi.sh bash -c '
  set -euo pipefail
  status() { # $1: flag, $2: true or false
    dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
      string:org.a11y.Status "string:$1" "variant:boolean:$2" >/dev/null
  }
  apps() {
    /usr/bin/python3 -c "import pyatspi; d = pyatspi.Registry.getDesktop(0); print(\" \".join(d.getChildAtIndex(i).name for i in range(d.childCount)))"
  }
  fail() { echo "FAIL: $1"; src/test/atspi/stop-quire.sh "$quire"; exit 1; }
  status IsEnabled false
  status ScreenReaderEnabled false
  export XDG_CONFIG_HOME=$ATSPI_WORK/config XDG_CACHE_HOME=$ATSPI_WORK/cache NO_AT_BRIDGE=1
  java -verbose:class -cp "target/classes:$(cat "$QUIRE_CLASSPATH_FILE")" quire.app.Launcher >"$ATSPI_WORK/quire.log" 2>&1 &
  quire=$!
  for _ in $(seq 60); do grep -q "quire.access.StatusLoop" "$ATSPI_WORK/quire.log" && break; sleep 0.5; done
  sleep 2
  loaded=$(grep -c "org.freedesktop" "$ATSPI_WORK/quire.log" || true)
  echo "no screen reader: $(grep -c "class,load.*quire.access" "$ATSPI_WORK/quire.log") quire.access classes, $loaded dbus-java classes loaded; on the desktop: [$(apps)]"
  [[ $loaded == 0 ]] || fail "dbus-java was loaded with no screen reader on"
  [[ -z $(apps) ]] || fail "Quire is on the desktop with no screen reader on"
  status ScreenReaderEnabled true
  for _ in $(seq 20); do [[ $(apps) == Quire ]] && break; sleep 0.5; done
  echo "ScreenReaderEnabled set: on the desktop: [$(apps)]"
  [[ $(apps) == Quire ]] || fail "Quire did not join the desktop when a screen reader was turned on"
  status ScreenReaderEnabled false
  status IsEnabled false
  for _ in $(seq 20); do [[ -z $(apps) ]] && break; sleep 0.5; done
  echo "both cleared: on the desktop: [$(apps)]"
  [[ -z $(apps) ]] || fail "Quire stayed on the desktop after the screen reader was turned off"
  src/test/atspi/stop-quire.sh "$quire"'
