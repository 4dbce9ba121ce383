#!/usr/bin/env bash
# Build NetMkt Desktop as one folder for offline Linux PCs (PyInstaller), then smoke-test it.
#
#   packaging/build_bundle.sh            # first run needs a network (or a local index) for the build venv
#   BUNDLE_PYTHON=python3 packaging/build_bundle.sh   # use a Python that already has .[bundle] installed
#
# Output: dist/netmkt-desktop/ (executable netmkt-desktop + _internal/). Copy the whole folder to the
# classroom PCs; they need no Python and no network. Build on the oldest Linux you support (glibc).
# Windows: the same spec on a Windows machine, see the README.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DIST=${DIST:-$ROOT/dist}
WORK=$ROOT/build/pyinstaller

if [ -n "${BUNDLE_PYTHON:-}" ]; then
  PY=$BUNDLE_PYTHON
else
  VENV=$ROOT/build/bundle-venv
  [ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check ".[bundle]"
  PY=$VENV/bin/python
fi

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/netmkt-desktop.spec

BUNDLE=$DIST/netmkt-desktop
APP=$BUNDLE/netmkt-desktop
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
run() {  # offscreen, outside the checkout, no Python environment leaking in
  (cd "$tmp" && env -u PYTHONPATH -u PYTHONHOME -u NETMKT_DATA_DIR QT_QPA_PLATFORM=offscreen "$@")
}

# 1. Start to the first paint (content, window, icon).
start=$(date +%s.%N)
out=$(run env NETMKT_EXIT_AFTER_FIRST_PAINT=1 "$APP" --data-dir "$tmp/data")
paint=$(sed -n 's/^first_paint_epoch=//p' <<<"$out")
[ -n "$paint" ] || { echo "FAIL: no first paint" >&2; exit 1; }
first_paint=$(awk -v a="$start" -v b="$paint" 'BEGIN { printf "%.2f", b - a }')

# 2. The personal database opens after the first paint (SQLAlchemy + sqlite3 are in the bundle).
run "$APP" --data-dir "$tmp/data2" 2>"$tmp/stderr" &
pid=$!
for _ in $(seq 100); do [ -s "$tmp/data2/netmkt.sqlite3" ] && break; sleep 0.2; done
kill "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
[ -s "$tmp/data2/netmkt.sqlite3" ] || { echo "FAIL: no database"; cat "$tmp/stderr"; exit 1; } >&2
! grep -q Traceback "$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }

# 3. portable.txt beside the executable: data goes to netmkt-data/ beside it.
if [ -e "$BUNDLE/portable.txt" ] || [ -e "$BUNDLE/netmkt-data" ]; then
  echo "skip portable check: $BUNDLE already has portable.txt or netmkt-data" >&2
else
  touch "$BUNDLE/portable.txt"
  run env NETMKT_EXIT_AFTER_FIRST_PAINT=1 "$APP" >/dev/null
  ok=no; [ -f "$BUNDLE/netmkt-data/settings.ini" ] && ok=yes
  rm -rf "$BUNDLE/portable.txt" "$BUNDLE/netmkt-data"
  [ $ok = yes ] || { echo "FAIL: portable.txt did not put the data in netmkt-data/" >&2; exit 1; }
fi

echo "bundle:      $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
echo "first paint: ${first_paint} s after exec (offscreen)"
echo "database, portable.txt: ok"
