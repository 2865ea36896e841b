#!/usr/bin/env bash
# Start-up and memory of the app image, against a bare JavaFX window started the same way (the floor).
#
#   mvn -Pdist -DskipTests package && src/bench/startup.sh [RUNS]
#
# Each run starts the floor and then Quire, one after the other, in the same virtual X display, each
# with a fresh config folder, and reads the time each logs from process start to its first frame.
# Both use the image's runtime, options and class path; each has its own class-data archive, made by
# one untimed run first, as Quire's launcher makes it on a reader's first start. A first start (no
# archive yet) is timed too. Then Quire is opened on its reader view and its memory read (PSS).
# Last, what a reader gets on the first double-click after installing the .deb, measured from outside:
# the .deb's files seen at /opt/quire (src/dist/linux/as-installed), a fresh home folder each time, the
# time from launch until the window is visible (xdotool), then Enter and the memory with the story
# open; the floor is measured the same way.
# Needs xvfb (xvfb-run), xdotool and root (for the mount namespace); prints a summary line per measure,
# in milliseconds and MB.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
image=target/dist/image/quire
[[ -x $image/bin/quire ]] || { echo "no app image: run mvn -Pdist -DskipTests package first" >&2; exit 2; }
# Always a display of its own: the outside measures take the one visible window there is.
if [[ -z ${QUIRE_BENCH_DISPLAY:-} ]]; then
  export QUIRE_BENCH_DISPLAY=1
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java=$image/lib/runtime/bin/java
options=$(sed -n 's/^options="\(.*\)"$/\1/p' "$image/bin/quire" | sed 's/-Xlog:cds=off -Xlog:cds+dynamic=off //')
first_frame() { grep -o 'first frame after [0-9]*' | grep -o '[0-9]*$'; }
floor() { # $1: the JVM's class-data option
  HOME=$work "$java" -Xlog:cds=off -Xlog:cds+dynamic=off "$1" $options -cp "$image/lib/app/*" \
    quire.app.BareWindow 2>&1 | first_frame
}
quire() { # $1: the cache folder, where the launcher keeps its archive
  HOME=$work XDG_CACHE_HOME=$1 XDG_CONFIG_HOME=$(mktemp -d -p "$work") "$image/bin/quire" \
    --exit-after-first-frame 2>&1 | first_frame
}
summary() { # $1: name; stdin: numbers
  sort -n | awk -v name="$1" '{ v[NR] = $1; s += $1 } END {
    printf "%-28s median %5d   mean %5d   min %5d   max %5d   (%d runs)\n", name, v[int((NR + 1) / 2)], s / NR, v[1], v[NR], NR }'
}

floor "-XX:ArchiveClassesAtExit=$work/floor.jsa" >/dev/null
quire "$work/cache" >/dev/null
for ((i = 1; i <= runs; i++)); do
  echo "$(floor "-XX:SharedArchiveFile=$work/floor.jsa") $(quire "$work/cache") $(quire "$(mktemp -d -p "$work")")"
done >"$work/times"
cat "$work/times" | awk '{ print $1 }' | summary "floor (bare window)"
cat "$work/times" | awk '{ print $2 }' | summary "quire"
cat "$work/times" | awk '{ print $3 }' | summary "quire, first start"
awk '{ r += $2 / $1 } END { printf "quire / floor                 mean ratio %.2f\n", r / NR }' "$work/times"

# Memory with the story open: start Quire, press Enter on the first screen, let it settle, read PSS.
HOME=$work XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$(mktemp -d -p "$work") "$image/bin/quire" >/dev/null 2>&1 &
pid=$!
for _ in $(seq 100); do
  win=$(xdotool search --onlyvisible --pid "$pid" 2>/dev/null | tail -n 1 || true)
  [[ -n $win ]] && break
  sleep 0.1
done
sleep 1
xdotool windowactivate --sync "$win" >/dev/null 2>&1 || true
xdotool key --window "$win" Return
sleep 3
pss=$(awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$pid/smaps_rollup")
rss=$(awk '/^Rss:/ { print int($2 / 1024) }' "/proc/$pid/smaps_rollup")
kill "$pid"
wait "$pid" 2>/dev/null || true
echo "memory with the story open     PSS $pss MB   RSS $rss MB"

# From outside, as installed: launch to visible window, then PSS with the story open (Enter pressed).
deb=$(ls target/dist/quire_*.deb | head -n 1)
dpkg-deb -x "$deb" "$work/deb"
outside() { # the command (the floor ignores Enter). Prints "ms pss": launch to visible window, memory.
  local start win pid ms pss
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  until win=$(xdotool search --onlyvisible --name '.+' 2>/dev/null | head -n 1) && [[ -n $win ]]; do sleep 0.01; done
  ms=$((($(date +%s%N) - start) / 1000000))
  pid=$(xdotool getwindowpid "$win")
  sleep 1
  xdotool key --window "$win" Return
  sleep 3
  pss=$(awk '/^Pss:/ { print int($2 / 1024) }' "/proc/$pid/smaps_rollup")
  kill "$pid"
  wait 2>/dev/null || true
  echo "$ms $pss"
}
fresh() { # the rest: the command, with a new home, config and cache folder
  local home
  home=$(mktemp -d -p "$work")
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache "$@"
}
# The issue's reference floor: the same bare window started with plain `java` (the system's JDK, JavaFX's
# jars on the class path, default options, no archive of its own); one untimed run first unpacks
# JavaFX's native libraries into its home folder, so that is not counted against it.
plain=$(mktemp -d -p "$work")
plain_java() { HOME=$plain java -cp "target/dist/javafx/*:$image/lib/app/*" quire.app.BareWindow "$@"; }
plain_java >/dev/null 2>&1
for ((i = 1; i <= runs; i++)); do
  echo "$(outside plain_java --stay-open) $(outside fresh "$java" -Xlog:cds=off -Xlog:cds+dynamic=off "-XX:SharedArchiveFile=$work/floor.jsa" $options \
    -cp "$image/lib/app/*" quire.app.BareWindow --stay-open) \
    $(outside fresh src/dist/linux/as-installed "$work/deb/opt/quire" /opt/quire /opt/quire/bin/quire)"
done >"$work/outside"
awk '{ print $1 }' "$work/outside" | summary "outside: plain java floor"
awk '{ print $3 }' "$work/outside" | summary "outside: image floor"
awk '{ print $5 }' "$work/outside" | summary "outside: .deb first start"
awk '{ r += $5 / $1 } END { printf "outside: first start / plain java floor  mean ratio %.2f\n", r / NR }' "$work/outside"
awk '{ r += $5 / $3 } END { printf "outside: first start / image floor       mean ratio %.2f\n", r / NR }' "$work/outside"
awk '{ print $2 }' "$work/outside" | summary "outside: plain java floor PSS"
awk '{ print $4 }' "$work/outside" | summary "outside: image floor PSS"
awk '{ print $6 }' "$work/outside" | summary "outside: .deb first PSS"
