"""Write netmkt_desktop/seed_texts.py: the built-in content's own words, marked for translation.

    python packaging/seed_texts.py          # run by packaging/update_translations.sh

The texts of seed/core.json that are not the textbook's (content.own_words: category pages, titles
the app added, facts beyond the textbook with their sources) are shown in the interface language;
pyside6-lupdate finds them in the generated module as N_("seed", "…").  tests/ui/test_translations.py
fails while the module is older than seed/core.json.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "netmkt_desktop" / "seed_texts.py"

HEADER = '''"""The built-in content's own words (not the textbook's), marked for translation; never imported.

Generated from seed/core.json by packaging/seed_texts.py (packaging/update_translations.sh runs it):
do not edit.  content.load_content shows these texts in the interface language (context "seed");
the textbook's words stay as the book has them.
"""

from netmkt_desktop.i18n import N_

TEXTS = (
'''


def seed_texts_module() -> str:
    sys.path.insert(0, str(ROOT))
    from netmkt_desktop.content import load_content, own_words, seed_path

    content = load_content(seed_path())
    texts = list(dict.fromkeys(text for node in content.every_node() for text in own_words(node)))
    lines = [f"    N_(\"seed\", {text!r})," for text in texts]
    return HEADER + "\n".join(lines) + "\n)\n"


if __name__ == "__main__":
    TARGET.write_text(seed_texts_module(), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
