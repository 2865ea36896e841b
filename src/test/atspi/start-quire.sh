#!/usr/bin/env bash
# Starts Quire in the background for the AT-SPI scripts, with fresh config and cache folders under
# $ATSPI_WORK, and prints its process id. $QUIRE_COMMAND starts it (the app image's launcher); without
# one it is started from target/classes and the class path in $QUIRE_CLASSPATH_FILE, with GTK's own
# bridge off as the launcher turns it off, unless QUIRE_GTK_BRIDGE=1. Its arguments go to Quire (a story file).
set -euo pipefail
export XDG_CONFIG_HOME=$ATSPI_WORK/config XDG_CACHE_HOME=$ATSPI_WORK/cache
if [[ -n ${QUIRE_COMMAND:-} ]]; then
  $QUIRE_COMMAND "$@" >"$ATSPI_WORK/quire.log" 2>&1 &
else
  [[ -n ${QUIRE_GTK_BRIDGE:-} ]] || export NO_AT_BRIDGE=1
  java -cp "target/classes:$(cat "$QUIRE_CLASSPATH_FILE")" quire.app.Launcher "$@" >"$ATSPI_WORK/quire.log" 2>&1 &
fi
echo $!
