#!/bin/sh
# Renders every chart at the phone, article and story presets (and the ratio chart in Chinese)
# and lays them out in resources/screenshots/contact-sheet.png. Needs ImageMagick's montage.
# Usage: scripts/contact-sheet.sh [path/to/spendlens]
set -eu
binary=${1:-build/app/spendlens}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=""
for chart in ratio comparison scale growth guidance; do
    for preset in phone article story; do
        QT_QPA_PLATFORM=offscreen "$binary" export --chart "$chart" --preset "$preset" --scale 1 \
            -o "$work/$chart-$preset-en.png" >/dev/null
        files="$files $work/$chart-$preset-en.png"
    done
done
for preset in phone article story; do
    QT_QPA_PLATFORM=offscreen "$binary" export --chart ratio --preset "$preset" --scale 1 --lang zh_CN \
        -o "$work/ratio-$preset-zh_CN.png" >/dev/null
    files="$files $work/ratio-$preset-zh_CN.png"
done
# shellcheck disable=SC2086 # the list is meant to split
montage $files -tile 3x -geometry 'x360+10+10' -font DejaVu-Sans -pointsize 13 -label '%t' \
    -title 'SpendLens charts: phone (390×1000), article (1200×675), story (1080×1920)' \
    -background '#f4f4f4' "$work/sheet.png"
convert "$work/sheet.png" -depth 8 -colors 192 -define png:compression-level=9 \
    resources/screenshots/contact-sheet.png
