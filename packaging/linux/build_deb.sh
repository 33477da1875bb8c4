#!/usr/bin/env bash
# Build dist/rxtracker_<version>_<arch>.deb from the PyInstaller folder dist/rxtracker.
# Installs into /opt/rxtracker with /usr/bin/rxtracker, a desktop entry, icons and metainfo.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml","rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
bundle=dist/rxtracker
icons=build/icons
[ -x "$bundle/rxtracker" ] || { echo "build_deb: $bundle is missing; run make dist" >&2; exit 1; }
[ -d "$icons/hicolor" ] || { echo "build_deb: $icons is missing; run make dist" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" "$root/usr/share/metainfo" \
         "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/rxtracker" "$root/DEBIAN"
cp -a "$bundle" "$root/opt/rxtracker"
ln -s ../../opt/rxtracker/rxtracker "$root/usr/bin/rxtracker"
cp packaging/linux/io.github.rxtracker.RxTracker.desktop "$root/usr/share/applications/"
cp packaging/linux/io.github.rxtracker.RxTracker.metainfo.xml "$root/usr/share/metainfo/"
cp -a "$icons/hicolor/." "$root/usr/share/icons/hicolor/"
cp resources/icons/rxtracker.svg "$root/usr/share/icons/hicolor/scalable/apps/rxtracker.svg"
cp LICENSE "$root/usr/share/doc/rxtracker/copyright"
size_kb=$(du -sk "$root" | cut -f1)
depends=$(python3 packaging/linux/qt_runtime.py debian --sep ", ")

cat > "$root/DEBIAN/control" <<CONTROL
Package: rxtracker
Version: $version
Architecture: $arch
Maintainer: rxtracker developers <rxtracker@users.noreply.github.com>
Installed-Size: $size_kb
Depends: $depends
Section: misc
Priority: optional
Homepage: https://github.com/rxtracker/rxtracker
Description: CE and renewal tracker for pharmacy technicians
 rxtracker keeps a pharmacy technician's continuing-education records and
 certificates on their own computer, knows the renewal rules of PTCB, NHA and
 state boards, and shows what is still missing before a renewal is submitted.
CONTROL

out="dist/rxtracker_${version}_${arch}.deb"
dpkg-deb --root-owner-group --build "$root" "$out" >/dev/null
echo "built $out ($(du -h "$out" | cut -f1))"
