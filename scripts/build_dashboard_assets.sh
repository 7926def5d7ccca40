#!/usr/bin/env bash
# Vendor the dashboard's third-party assets from the npm registry, pinned, into streams/web/static/vendor/.
# The dashboard must work in an air-gapped operations room: no CDN, no tile server. The outputs are
# committed (≈115 KB) so the API serves them without Node; re-run this script to refresh or verify them.
#   world-atlas 2.0.2      countries-110m.json (Natural Earth 1:110m countries as TopoJSON, public domain)
#   topojson-client 3.1.0  topojson-client.min.js (TopoJSON -> GeoJSON in the browser, ISC licence)
set -euo pipefail
cd "$(dirname "$0")/.."
out=streams/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v npm >/dev/null || { echo "npm is needed (Debian: apt-get install -y npm)" >&2; exit 1; }
(cd "$work" && npm pack --silent world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
mkdir -p "$work/wa" "$work/tc" "$out"
tar xzf "$work/world-atlas-2.0.2.tgz" -C "$work/wa"
tar xzf "$work/topojson-client-3.1.0.tgz" -C "$work/tc"
cp "$work/wa/package/countries-110m.json" "$out/countries-110m.json"
cp "$work/tc/package/dist/topojson-client.min.js" "$out/topojson-client.min.js"
cp "$work/wa/package/LICENSE" "$out/LICENSE-world-atlas" 2>/dev/null || true
cp "$work/tc/package/LICENSE" "$out/LICENSE-topojson-client" 2>/dev/null || true
ls -l "$out"
