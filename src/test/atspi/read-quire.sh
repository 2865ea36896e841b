#!/usr/bin/env bash
# Reads Quire the way Orca does: a private session bus, the accessibility bus and registry
# (at-spi2-core), a virtual display, org.a11y.Status IsEnabled set, then read-quire.py (pyatspi, the
# library Orca is built on) walks Quire's tree, reads the consent screen, presses "Start reading" and
# reads the page.
#
#   mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp-access.txt -Dmdep.includeScope=runtime
#   src/test/atspi/read-quire.sh [/tmp/cp-access.txt]
#   QUIRE_COMMAND=target/dist/image/quire/bin/quire src/test/atspi/read-quire.sh    # the app image
#
# Started from the class path, GTK's own bridge is turned off here as the app image's launcher turns it
# off (NO_AT_BRIDGE); QUIRE_GTK_BRIDGE=1 leaves it on, and then it registers a second application,
# "java", which read-quire.py then reports (and only then accepts).
# Needs dbus, at-spi2-core, python3-pyatspi and xvfb.
set -euo pipefail
cd "$(dirname "$0")/../../.."
classpath_file=${1:-/tmp/cp-access.txt}
if [[ -z ${QUIRE_COMMAND:-} && ! -r $classpath_file ]]; then
  echo "no class path file $classpath_file (see the header)" >&2
  exit 2
fi
if [[ -z ${QUIRE_ATSPI_INSIDE:-} ]]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  chmod 700 "$work"
  # A runtime folder of its own: the accessibility bus's socket goes there, apart from any other run.
  export XDG_RUNTIME_DIR=$work QUIRE_ATSPI_INSIDE=1 QUIRE_ATSPI_WORK=$work
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
  exit
fi

work=$QUIRE_ATSPI_WORK
for launcher in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  [[ -x $launcher ]] && break
done
"$launcher" --launch-immediately >"$work/bus.log" 2>&1 &
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
  string:org.a11y.Status string:IsEnabled variant:boolean:true >/dev/null
export XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
if [[ -n ${QUIRE_COMMAND:-} ]]; then
  $QUIRE_COMMAND >"$work/quire.log" 2>&1 &
else
  [[ -n ${QUIRE_GTK_BRIDGE:-} ]] || export NO_AT_BRIDGE=1
  java -cp "target/classes:$(cat "$classpath_file")" quire.app.Launcher >"$work/quire.log" 2>&1 &
fi
quire=$!
status=0
/usr/bin/python3 src/test/atspi/read-quire.py || status=$?
kill "$quire" 2>/dev/null || true
if [[ $status -ne 0 ]]; then
  echo "--- Quire's output" >&2
  cat "$work/quire.log" >&2
fi
exit "$status"
