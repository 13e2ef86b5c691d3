#!/usr/bin/env bash
# Renders the improvement plan of a map as Word (DOCX), converts it to PDF with LibreOffice
# (headless) and every page to PNG with pdftoppm, to look at the pages as a reader sees them.
# Not part of CI (LibreOffice is large): run it by hand after changing the plan's layout.
#
#   scripts/render-plan-pages.sh [map.stroomlijn ...]   (default: one Dutch and one English fixture)
#   OUT=/tmp/plan-pages LANG_OPTION="--lang en" scripts/render-plan-pages.sh fixtures/maps/minutes.stroomlijn
#
# Needs: libreoffice (Debian: libreoffice-writer-nogui; fonts-crosextra-carlito for Calibri's
# metrics) and pdftoppm (poppler-utils). On Debian: apt-get install -y libreoffice-writer-nogui
# fonts-crosextra-carlito poppler-utils
set -euo pipefail

cd "$(dirname "$0")/.."
out_dir="${OUT:-artifacts/plan-pages}"
resolution="${RESOLUTION:-60}"
mkdir -p "$out_dir"

for tool in libreoffice pdftoppm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "render-plan-pages: $tool is not installed (see the comment at the top of this script)" >&2
    exit 2
  fi
done

maps=("$@")
if [ ${#maps[@]} -eq 0 ]; then
  maps=(fixtures/maps/inkomende-facturen.stroomlijn fixtures/maps/travel-request.stroomlijn)
fi

# LibreOffice keeps a profile; a private one avoids clashing with a running instance.
profile_dir="$(mktemp -d)"
trap 'rm -rf "$profile_dir"' EXIT

for map in "${maps[@]}"; do
  stem="$(basename "$map" .stroomlijn)"
  docx="$out_dir/$stem.docx"
  # shellcheck disable=SC2086
  npm run -s plan -- "$map" --format docx --out "$docx" ${LANG_OPTION:-}
  libreoffice -env:UserInstallation="file://$profile_dir" --headless --convert-to pdf --outdir "$out_dir" "$docx" >/dev/null
  rm -f "$out_dir/$stem"-page-*.png
  pdftoppm -r "$resolution" -png "$out_dir/$stem.pdf" "$out_dir/$stem-page"
  pages="$(ls "$out_dir/$stem"-page-*.png | wc -l)"
  echo "$map → $out_dir/$stem.pdf ($pages pages as $out_dir/$stem-page-*.png)"
done
