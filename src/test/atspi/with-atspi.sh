#!/usr/bin/env bash
# Runs a command where assistive technologies can read applications, apart from this machine's own
# desktop: a private session bus, the accessibility bus and registry (at-spi2-core) in a runtime folder
# of its own, a virtual display, and org.a11y.Status IsEnabled and ScreenReaderEnabled set, as a desktop
# sets them when a screen reader is turned on. $ATSPI_WORK is a scratch folder, removed afterwards.
#
#   src/test/atspi/with-atspi.sh COMMAND [ARG]...
#
# Needs dbus, at-spi2-core and xvfb.
set -euo pipefail
if [[ -z ${ATSPI_WORK:-} ]]; then
  work=$(mktemp -d)
  # A process that outlives the command (the bus launcher) may still write here: try again, and never
  # fail the run over a scratch folder.
  trap 'rm -rf "$work" 2>/dev/null || { sleep 1; rm -rf "$work" || true; }' EXIT
  chmod 700 "$work"
  export XDG_RUNTIME_DIR=$work ATSPI_WORK=$work
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
  exit
fi

for launcher in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
  [[ -x $launcher ]] && break
done
"$launcher" --launch-immediately >"$ATSPI_WORK/bus.log" 2>&1 &
for _ in $(seq 50); do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 && break
  sleep 0.1
done
for flag in IsEnabled ScreenReaderEnabled; do
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.freedesktop.DBus.Properties.Set \
    string:org.a11y.Status "string:$flag" variant:boolean:true >/dev/null
done
"$@"
