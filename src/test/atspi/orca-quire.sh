#!/usr/bin/env bash
# What Orca says about Quire: Orca (Debian's orca) and Quire under with-atspi.sh's private buses and
# display; Enter presses "Start reading", Right turns the page, the keypad + asks Orca to read it all
# (Say All), then Orca's debug log's speech lines are
# printed (there is no sound card: "SPEECH OUTPUT" is what it would have said).
#
#   src/test/atspi/orca-quire.sh [/tmp/cp-access.txt]
set -euo pipefail
cd "$(dirname "$0")/../../.."
export QUIRE_CLASSPATH_FILE=${1:-/tmp/cp-access.txt}
command -v orca >/dev/null || { echo "no orca: apt-get install orca" >&2; exit 2; }
# shellcheck disable=SC2016
exec src/test/atspi/with-atspi.sh bash -c '
  HOME=$ATSPI_WORK orca --debug-file="$ATSPI_WORK/orca.debug" --replace >"$ATSPI_WORK/orca.log" 2>&1 &
  orca=$!
  sleep 6
  quire=$(src/test/atspi/start-quire.sh)
  sleep 10
  echo "--- the consent screen, then Enter"
  xdotool search --name Quire windowfocus key Return
  sleep 5
  echo "--- then Right"
  xdotool search --name Quire windowfocus key Right
  sleep 5
  echo "--- then Orca'"'"'s Say All (the keypad +)"
  xdotool search --name Quire windowfocus key KP_Add
  sleep 8
  src/test/atspi/stop-quire.sh "$quire"
  sleep 1
  kill "$orca" 2>/dev/null || true
  cp "$ATSPI_WORK/orca.debug" "${ORCA_DEBUG_COPY:-/dev/null}"
  grep -o "SPEECH OUTPUT: .*" "$ATSPI_WORK/orca.debug" | cut -c1-400'
