#!/usr/bin/env bash
# Smoke test of the built bundle and .deb (run by `make dist-check` after `make dist`).
# The binaries run with an empty environment: no Python on the PATH, no virtualenv.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=dist/rxtracker
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "dist-check: FAIL: $*" >&2; exit 1; }

check_png() {  # check_png FILE: a real PNG of a sensible window size
  python3 - "$1" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 800 and height >= 500, f"window too small: {width}x{height}"
assert len(data) > 20_000, f"suspiciously small PNG ({len(data)} bytes)"
print(f"  screenshot {width}x{height}, {len(data) // 1024} KB")
PY
}

run_clean() {  # run_clean BINARY ARGS...: no PATH, no PYTHON*, only what Qt needs offscreen
  env -i HOME="$work/home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}

make_png() {  # make_png FILE: a small real PNG certificate (stdlib only)
  python3 - "$1" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
rows = b"".join(b"\0" + bytes([200, 230, 240]) * 64 for _ in range(48))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 64, 48, 8, 2, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
open(sys.argv[1], "wb").write(png)
PY
}

smoke() {  # smoke BINARY LABEL
  local binary=$1 label=$2 data="$work/data-$2"
  echo "$label: $binary"
  version=$(run_clean "$binary" --version) || fail "$label --version"
  echo "  $version"
  run_clean "$binary" --data-dir "$data" credential types >/dev/null \
    || fail "$label credential types"
  make_png "$work/cert.png"
  run_clean "$binary" --data-dir "$data" person add "Ana Ruiz" >/dev/null || fail "$label person add"
  run_clean "$binary" --data-dir "$data" credential add 1 ptcb-cpht --expires 2027-03-31 \
    >/dev/null || fail "$label credential add"
  run_clean "$binary" --data-dir "$data" ce add 1 --title "Law" --date 2026-01-05 --hours 1 \
    --uan 0197-0000-25-001-H03-T --certificate "$work/cert.png" >/dev/null || fail "$label ce add"
  run_clean "$binary" --data-dir "$data" ce read --json tests/fixtures/certificates/award.png \
    >"$work/read.json" || fail "$label ce read"
  grep -q '"uan": "0290-0000-25-077-H03-T"' "$work/read.json" \
    || fail "$label ce read: the OCR models did not read the certificate's UAN"
  echo "  ce read: the OCR models read the UAN of a PNG certificate"
  run_clean "$binary" --data-dir "$data" report 1 --out "$work/$label-packet.pdf" >/dev/null \
    || fail "$label report"
  head -c 5 "$work/$label-packet.pdf" | grep -q "%PDF-" || fail "$label report is not a PDF"
  echo "  audit packet: $(( $(stat -c %s "$work/$label-packet.pdf") / 1024 )) KB"
  run_clean "$binary" --demo --screenshot "$work/$label.png" || fail "$label --demo --screenshot"
  check_png "$work/$label.png" || fail "$label screenshot"
  spanish "$binary" "$label" "$data"
}

spanish() {  # spanish BINARY LABEL DATA: the same bundle in Spanish (issue 17)
  local binary=$1 label=$2 data=$3
  env -i HOME="$work/home" LANG=es_US.UTF-8 QT_QPA_PLATFORM=offscreen \
    "$binary" --data-dir "$data" status >"$work/status-es.txt" || fail "$label status in Spanish"
  grep -q "horas" "$work/status-es.txt" || fail "$label: status with LANG=es_US is not in Spanish"
  echo "  LANG=es_US.UTF-8 status: $(grep -m1 "horas" "$work/status-es.txt" | cut -c1-70)"
  run_clean "$binary" --lang es --data-dir "$data" report 1 --out "$work/$label-es.pdf" \
    >/dev/null || fail "$label report in Spanish"
  run_clean "$binary" --lang es --demo --screenshot "$work/$label-es.png" \
    || fail "$label --lang es --demo --screenshot"
  check_png "$work/$label-es.png" || fail "$label Spanish screenshot"
}

[ -x "$bundle/rxtracker" ] || fail "$bundle/rxtracker missing: run make dist"
size_mb=$(du -sm "$bundle" | cut -f1)
echo "bundle: $bundle, ${size_mb} MB unpacked"
[ "$size_mb" -lt 250 ] || fail "bundle is ${size_mb} MB; the limit is 250 MB (issue 14)"
for qm in rxtracker_es.qm qtbase_es.qm; do  # the compiled translations (issue 17)
  [ -n "$(find "$bundle" -name "$qm" -print -quit)" ] || fail "the bundle lacks $qm"
done
smoke "$bundle/rxtracker" bundle

deb=$(ls dist/rxtracker_*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  root="$work/root"
  dpkg-deb -x "$deb" "$root"
  for f in usr/share/applications/io.github.rxtracker.RxTracker.desktop \
           usr/share/metainfo/io.github.rxtracker.RxTracker.metainfo.xml \
           usr/share/icons/hicolor/256x256/apps/rxtracker.png opt/rxtracker/rxtracker; do
    [ -e "$root/$f" ] || fail "the .deb lacks /$f"
  done
  if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/io.github.rxtracker.RxTracker.desktop"
  fi
  if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.rxtracker.RxTracker.metainfo.xml"
  fi
  smoke "$root/usr/bin/rxtracker" deb
fi
echo "dist-check: OK"
