#!/usr/bin/env bash
# Reads Quire the way Orca does: read-quire.py (pyatspi, the library Orca is built on) walks Quire's
# tree, reads the consent screen, presses "Start reading" through Action, reads the page through Text
# and turns a page, all under with-atspi.sh's private buses and display.
#
#   mvn -B -o -q compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp-access.txt -Dmdep.includeScope=runtime
#   src/test/atspi/read-quire.sh [/tmp/cp-access.txt]
#   QUIRE_COMMAND=target/dist/image/quire/bin/quire src/test/atspi/read-quire.sh    # the app image
#
# QUIRE_GTK_BRIDGE=1 leaves GTK's own bridge on: it then registers a second application, "java", which
# read-quire.py otherwise fails on. Then it reads a story in three chapters the same way, for its contents
# list (read-quire.py chapters). Needs python3-pyatspi and xdotool besides with-atspi.sh's needs.
set -euo pipefail
cd "$(dirname "$0")/../../.."
export QUIRE_CLASSPATH_FILE=${1:-/tmp/cp-access.txt}
if [[ -z ${QUIRE_COMMAND:-} && ! -r $QUIRE_CLASSPATH_FILE ]]; then
  echo "no class path file $QUIRE_CLASSPATH_FILE (see the header)" >&2
  exit 2
fi
# shellcheck disable=SC2016
exec src/test/atspi/with-atspi.sh bash -c '
  quire=$(src/test/atspi/start-quire.sh)
  status=0
  /usr/bin/python3 src/test/atspi/read-quire.py || status=$?
  src/test/atspi/stop-quire.sh "$quire"
  if [[ $status -eq 0 ]]; then
    quire=$(src/test/atspi/start-quire.sh "$PWD/src/test/resources/stories/three-chapters.md")
    /usr/bin/python3 src/test/atspi/read-quire.py chapters || status=$?
    src/test/atspi/stop-quire.sh "$quire"
  fi
  if [[ $status -ne 0 ]]; then
    echo "--- Quire said" >&2
    cat "$ATSPI_WORK/quire.log" >&2
  fi
  exit "$status"'
