#!/usr/bin/env bash
# Ends a Quire started by start-quire.sh and waits for it: Quire saves its place and settings on TERM
# and leaves the bus only then, so the next start is the only Quire pyatspi finds, and with-atspi.sh
# does not remove the scratch folder while Quire is still writing in it. Waits up to 15 s, then kills.
#
#   src/test/atspi/stop-quire.sh PID
set -uo pipefail
pid=$1
kill "$pid" 2>/dev/null || exit 0
for _ in $(seq 150); do
  kill -0 "$pid" 2>/dev/null || exit 0
  sleep 0.1
done
echo "Quire ($pid) had not ended 15 s after TERM: killed" >&2
kill -KILL "$pid" 2>/dev/null
exit 0
