#!/usr/bin/env bash
# Regenerate the translation sources from the code and compile them.
#
#   packaging/update_translations.sh            # lupdate + lrelease
#
# 0. packaging/seed_texts.py writes netmkt_desktop/seed_texts.py: the built-in content's own words
#    (not the textbook's: category pages, titles the app added, facts beyond the textbook), marked
#    N_("seed", …), so that they are translated like the code's strings.
# 1. pyside6-lupdate scans every .py file under netmkt_desktop/ and updates
#    resources/translations/netmkt_zh_CN.ts and netmkt_en.ts.  Existing translations are kept;
#    strings no longer in the code are dropped (-no-obsolete).  The source language is zh_CN.
#    N_("context", "text") (netmkt_desktop.i18n, the core's marker) counts as QT_TRANSLATE_NOOP.
# 2. In netmkt_zh_CN.ts every unfinished entry is finished with its source text (the code is
#    written in Chinese, so the Chinese "translation" is the source itself).
# 3. New English entries stay "unfinished": they are listed at the end; translate them (Qt
#    Linguist, or edit the .ts) and run this script again.  tests/ui/test_translations.py fails
#    while any entry is unfinished or the .ts files are out of date.
# 4. pyside6-lrelease compiles both to .qm next to the .ts files (loaded by netmkt_desktop.ui.i18n).
#
# LUPDATE, LRELEASE and PYTHON may name other executables.
set -euo pipefail

cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-pyside6-lupdate}
LRELEASE=${LRELEASE:-pyside6-lrelease}
PYTHON=${PYTHON:-python3}
DIR=resources/translations
mkdir -p "$DIR"

"$PYTHON" packaging/seed_texts.py

mapfile -t SOURCES < <(find netmkt_desktop -name '*.py' -not -path '*/__pycache__/*' | LC_ALL=C sort)

for lang in zh_CN en; do
    "$LUPDATE" -silent -no-obsolete -sort-messages -locations relative \
        -tr-function-alias QT_TRANSLATE_NOOP+=N_ \
        -source-language zh_CN -target-language "$lang" \
        "${SOURCES[@]}" -ts "$DIR/netmkt_$lang.ts"
done

"$PYTHON" - "$DIR/netmkt_zh_CN.ts" "$DIR/netmkt_en.ts" <<'EOF'
"""Finish the Chinese entries with their source text; list the unfinished English ones."""
import re
import sys
from pathlib import Path

MESSAGE = re.compile(r"<message>.*?</message>", re.DOTALL)
SOURCE = re.compile(r"<source>(.*?)</source>", re.DOTALL)
UNFINISHED = re.compile(r'<translation type="unfinished"\s*(?:/>|>.*?</translation>)', re.DOTALL)

zh, en = Path(sys.argv[1]), Path(sys.argv[2])


def finish(match: re.Match) -> str:
    block = match.group(0)
    if not UNFINISHED.search(block):
        return block
    source = SOURCE.search(block).group(1)  # already XML-escaped: copied as is
    return UNFINISHED.sub(lambda _m: f"<translation>{source}</translation>", block)


text = zh.read_text(encoding="utf-8")
zh.write_text(MESSAGE.sub(finish, text), encoding="utf-8")

todo = [SOURCE.search(m.group(0)).group(1) for m in MESSAGE.finditer(en.read_text(encoding="utf-8"))
        if UNFINISHED.search(m.group(0))]
if todo:
    print(f"{en}: {len(todo)} entries still need an English translation:", file=sys.stderr)
    for source in todo:
        print(f"    {source}", file=sys.stderr)
EOF

for lang in zh_CN en; do
    "$LRELEASE" -silent "$DIR/netmkt_$lang.ts" -qm "$DIR/netmkt_$lang.qm"
done
echo "updated $DIR: $(ls "$DIR" | tr '\n' ' ')"
