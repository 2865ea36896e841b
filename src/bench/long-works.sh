#!/usr/bin/env bash
# Long works, measured from outside the process: for generated stories of 1, 4 and 16 MB (the bundled
# story's paragraphs, one word in five changed each round, a chapter every 60 paragraphs and a scene
# break every 20), the time to the first screen, the first page after Start reading, the exact page
# count, and the memory (PSS) on the consent screen, while reading, and after Ctrl+= (a bigger font).
# The reading figures are taken 3 s after the exact count, when the app has given back the count's
# memory (quire.app.HeapSettle: one full collection 1 s after the count).
#
#   mvn -DskipTests test-compile && src/bench/long-works.sh [SIZES_MB...]
#
# A size may also be "bundled" (the story Quire ships, the yardstick for the first screen) or "epubN"
# (an AO3-shaped EPUB of about N MB zipped, from EpubReadTiming: preface, 40 chapters with notes).
#
# Runs the app from target/classes (or the app image's runtime and jars when it is built, with
# QUIRE_BENCH_IMAGE=1) in its own virtual X display, one fresh config folder per story, with
# -Dquire.logStartup and -Dquire.logTimings, whose lines give the times. Needs xvfb and xdotool.
# QUIRE_BENCH_JAVA_OPTIONS adds JVM options to try.
set -euo pipefail
cd "$(dirname "$0")/../.."
sizes=("${@:-1 4 16}")
read -r -a sizes <<<"${sizes[*]}"
if [[ -z ${QUIRE_BENCH_DISPLAY:-} ]]; then
  export QUIRE_BENCH_DISPLAY=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$work/cp" -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat "$work/cp")"
if [[ ${QUIRE_BENCH_IMAGE:-0} == 1 ]]; then
  java=target/dist/image/quire/lib/runtime/bin/java
  appcp="target/dist/image/quire/lib/app/*"
  # The launcher's own JVM options (the serial collector, the client compiler), as the app image runs.
  mapfile -t options < <(sed -n 's/^java-options=//p' target/dist/image/quire/lib/app/quire.cfg)
  # And its environment (src/dist/linux/quire): no GTK bridge, and no GTK OpenGL probe without a GPU device.
  export NO_AT_BRIDGE=1
  if [[ ! -e /dev/dri && ! -e /dev/nvidiactl && -z ${GDK_GL+set} ]]; then
    export GDK_GL=disable
  fi
else
  java=java
  appcp=$cp
  options=()
fi
# QUIRE_BENCH_JAVA_OPTIONS: more JVM options to try (a heap setting, say), after the launcher's.
read -r -a extra <<<"${QUIRE_BENCH_JAVA_OPTIONS:-}"
options+=(${extra[@]+"${extra[@]}"})
pss() { awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$1/smaps_rollup"; }
# Waits up to $2 seconds for a line matching $1 in the log; prints the line.
await() {
  for _ in $(seq $(($2 * 10))); do
    line=$(grep -m1 -E "$1" "$work/log" || true)
    [[ -n $line ]] && { echo "$line"; return; }
    sleep 0.1
  done
  echo "(none in $2 s)"
}
number() { grep -oE "$1 [0-9.]+" | grep -oE '[0-9.]+$' | head -n 1; }

printf '%-6s %-14s %-10s %-12s %-12s %-11s %-14s\n' story "first screen" "PSS first" "first page" "exact count" "PSS reading" "PSS after Ctrl+="
for mb in "${sizes[@]}"; do
  case $mb in
    bundled) story="" ;;
    epub*) story=$work/story-$mb.epub
      java -cp "$cp" quire.epub.EpubReadTiming write "$story" "${mb#epub}" >/dev/null ;;
    *) story=$work/story-$mb.md
      java -cp "$cp" quire.layout.StoryGenerator "$story" $((mb * 1000 * 1000 - 1000)) ;;
  esac
  config=$(mktemp -d -p "$work")
  : >"$work/log"
  "$java" "${options[@]}" -Dquire.logStartup=true -Dquire.logTimings=true -Dquire.configDir="$config" -cp "$appcp" \
    quire.app.Launcher ${story:+"$story"} >"$work/log" 2>&1 &
  pid=$!
  first=$(await 'first frame after' 60 | number 'after' || true)
  win=""
  for _ in $(seq 100); do
    win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | tail -n 1 || true)
    [[ -n $win ]] && break
    sleep 0.1
  done
  await 'prepared behind the consent screen' 60 >/dev/null
  sleep 1
  pss_first=$(pss "$pid")
  xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
  xdotool key --window "$win" Return
  page_line=$(await 'first page drawn after' 60)
  page=$(echo "$page_line" | number 'after' || true)
  if [[ $page_line == *"(exact)"* ]]; then
    exact="$page (at once)"
  else
    exact=$(await 'exact pages after' 120 | number 'after' || true)
  fi
  sleep 3
  pss_reading=$(pss "$pid")
  : >"$work/log.before"
  cp "$work/log" "$work/log.before"
  xdotool key --window "$win" ctrl+equal
  for _ in $(seq 600); do
    (( $(grep -c 'first page drawn after' "$work/log") > 1 )) && break
    sleep 0.1
  done
  for _ in $(seq 1200); do
    (( $(grep -c -E 'exact pages after|drawn after [0-9.]+ ms \(exact\)' "$work/log") > 1 )) && break
    sleep 0.1
  done
  sleep 3
  pss_bigger=$(pss "$pid")
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  label="$mb MB"
  [[ $mb == bundled || $mb == epub* ]] && label=$mb
  printf '%-6s %-14s %-10s %-12s %-12s %-11s %-14s\n' "$label" "${first} ms" "$pss_first MB" "${page} ms" \
    "${exact} ms" "$pss_reading MB" "$pss_bigger MB"
done
