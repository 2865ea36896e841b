#!/usr/bin/env bash
# Renders quire.svg into the icon formats jpackage wants (PNG for Linux, ICO for Windows, ICNS for macOS)
# and the window icons the app loads.
# The outputs are committed, so a build needs none of these tools. Needs Debian's librsvg2-bin,
# imagemagick and icnsutils.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 128 256 512; do
  rsvg-convert -w "$size" -h "$size" quire.svg -o "$tmp/$size.png"
done
cp "$tmp/256.png" quire.png
# The window's own icon (title bar, task switcher), loaded by the app itself.
for size in 32 48 256; do
  cp "$tmp/$size.png" "../../main/resources/quire/app/icon-$size.png"
done
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/256.png" quire.ico
png2icns quire.icns "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/128.png" "$tmp/256.png" "$tmp/512.png" >/dev/null
