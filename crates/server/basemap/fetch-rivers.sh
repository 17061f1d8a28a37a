#!/bin/sh
# Unpacks Natural Earth 1:50m rivers and lake centrelines (public domain) from the Debian
# package libmagics++-data, which ships them for ECMWF's Magics, into ./debian/ for
# generate.mjs. The package is pinned by version and checksum, so the map is reproducible.
# Run before `npm run generate` (needs apt-get and dpkg: Debian or Ubuntu).
set -eu
cd "$(dirname "$0")"
PACKAGE='libmagics++-data'
VERSION='4.13.0-1'
SHA256='0d199e0bb9faeb05bb77939c2112d49424b89d66026a727cf3afb95261cd64b0'
DEB="${PACKAGE}_${VERSION}_all.deb"
mkdir -p debian
cd debian
[ -f "$DEB" ] || apt-get download "$PACKAGE=$VERSION"
echo "$SHA256  $DEB" | sha256sum -c -
dpkg -x "$DEB" root
ls root/usr/share/magics/50m/ne_50m_rivers_lake_centerlines.shp
