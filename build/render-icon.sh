#!/bin/sh
# Rasterises build/icon.svg to build/icon.png (512x512, transparent corners) with headless
# Chromium, so the PNG that electron-builder turns into .icns/.ico always matches the SVG.
set -eu
cd "$(dirname "$0")"
chromium="${CHROMIUM:-chromium}"
"$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --default-background-color=00000000 --window-size=512,512 \
  --screenshot="$PWD/icon.png" "file://$PWD/icon.svg"
