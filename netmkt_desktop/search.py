"""Search over the content and the student's notes (pure Python, no Qt).

Matching is by substring, as Chinese readers expect ("直播" finds 直播销售员 and 直播看房), ignoring
letter case and full-width/half-width differences ("ＡＢ" = "ab", "(" = "(").  Each node's texts are
folded once when the index is built, so a keystroke costs one ``str.find`` per text; notes are
folded on first sight and kept until their text changes.

Results come in groups: titles (exact, then prefix, then contains), body text, then notes; within a
group in the textbook's reading order.  A node gives at most one content hit (its title when the
title matches, else its text) and at most one note hit.

With the optional ``pypinyin`` package, an all-letters query also matches the initials of titles
("zbxsy" → 直播销售员); it is imported only when such a query first arrives (or by
:meth:`SearchIndex.prepare_pinyin`, which the app may call after the first paint).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Literal

from netmkt_desktop.content import Content, Node

HitField = Literal["title", "text", "note"]

CONTEXT = 30  # characters of context on each side of the first match in a snippet
ELLIPSIS = "…"
MIN_PINYIN_QUERY = 2

# Ranks (lower first).  The score of a hit is derived from them: higher is better.
RANK_TITLE_EXACT, RANK_TITLE_PREFIX, RANK_TITLE_CONTAINS, RANK_TEXT, RANK_NOTE = range(5)

# Full-width ASCII (U+FF01–FF5E) and the ideographic space fold to their half-width forms.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Snippets are one line: line breaks and other control whitespace become spaces (same length).
_ONE_LINE = str.maketrans({c: " " for c in "\n\r\t\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029"})


@dataclass(frozen=True, slots=True)
class Hit:
    node_id: str
    title: str  # the node's title, for the result list
    field: HitField
    snippet: str  # plain text around the first match, "…" where cut
    spans: tuple[tuple[int, int], ...]  # (start, end) of every match inside ``snippet``
    score: float


class _Folded:
    """A text and its folded form, with a map from folded positions back to the text."""

    __slots__ = ("text", "folded", "starts")

    def __init__(self, text: str):
        self.text = text
        folded = fold(text)
        self.folded = folded
        self.starts: list[int] | None = None
        if len(folded) != len(text):  # a character folded to several (ß → ss): map positions
            starts = []
            for i, ch in enumerate(text):
                starts.extend([i] * len(fold(ch)))
            if len(starts) != len(folded):  # folding in context differs from folding char by char
                self.folded = "".join(fold(ch) for ch in text)
            self.starts = starts

    def original(self, start: int, end: int) -> tuple[int, int]:
        if self.starts is None:
            return start, end
        return self.starts[start], self.starts[end - 1] + 1


def fold(text: str) -> str:
    """Case- and width-insensitive form of a text, for matching."""
    return text.translate(_WIDTH).casefold()


def _snippet(item: _Folded, first: int, query: str) -> tuple[str, tuple[tuple[int, int], ...]]:
    """Text around the match at folded position ``first``, and every match inside it."""
    text = item.text
    start, end = item.original(first, first + len(query))
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    prefix = ELLIPSIS if lo > 0 else ""
    suffix = ELLIPSIS if hi < len(text) else ""
    spans = []
    at, last_end = first, lo
    while at >= 0:
        s, e = item.original(at, at + len(query))
        if s >= hi or e > hi:
            break
        if s >= last_end:
            spans.append((s - lo + len(prefix), e - lo + len(prefix)))
            last_end = e
        at = item.folded.find(query, at + max(1, len(query)))
    snippet = prefix + text[lo:hi].translate(_ONE_LINE) + suffix
    return snippet, tuple(spans)


@dataclass(slots=True)
class _Entry:
    node: Node
    order: int
    title: _Folded
    text: _Folded


def _body_text(node: Node) -> str:
    """Every text of the node except its title: heading, body (numbered as read) and source."""
    texts = list(node.texts())
    del texts[1 if node.heading else 0]  # Node.texts() yields heading (if any), then title
    return "\n".join(texts)


class SearchIndex:
    """An index of one :class:`Content`; build it once, search on every keystroke."""

    def __init__(self, content: Content):
        self.content = content
        nodes = content.every_node()  # topic groups last
        self._entries = [_Entry(n, i, _Folded(n.title), _Folded(_body_text(n))) for i, n in enumerate(nodes)]
        self._by_id = {e.node.id: e for e in self._entries}
        self._notes: dict[str, _Folded] = {}
        self._initials: list[_Initials] | None = None
        self._pinyin_failed = False

    # -- pinyin ------------------------------------------------------------------------------

    def prepare_pinyin(self) -> bool:
        """Import pypinyin and compute the title initials now; False when pypinyin is missing."""
        if self._initials is None and not self._pinyin_failed:
            try:
                from pypinyin import Style, pinyin
            except ImportError:
                self._pinyin_failed = True
                return False

            def lookup(ch: str) -> list[list[str]]:
                return pinyin(ch, style=Style.FIRST_LETTER, heteronym=True, errors="ignore")

            self._initials = [_Initials(e.title.text, lookup) for e in self._entries]
        return self._initials is not None

    def _pinyin_match(self, index: int, letters: str) -> int | None:
        """The rank when ``letters`` match consecutive initials of the entry's title."""
        assert self._initials is not None
        found = self._initials[index].find(letters)
        if found is None:
            return None
        start, length = found
        if start == 0:
            return RANK_TITLE_EXACT if len(letters) == length else RANK_TITLE_PREFIX
        return RANK_TITLE_CONTAINS

    def _pinyin_span(self, index: int, letters: str) -> tuple[int, int]:
        assert self._initials is not None
        initials = self._initials[index]
        start, _ = initials.find(letters)  # type: ignore[misc]
        return initials.positions[start], initials.positions[start + len(letters) - 1] + 1

    # -- search ------------------------------------------------------------------------------

    def search(self, query: str, notes: Mapping[str, str] | None = None, limit: int = 200) -> list[Hit]:
        """Hits for ``query`` in titles, texts and ``notes`` (node id → the student's note)."""
        query = (query or "").strip()
        folded = fold(query)
        if not folded or limit <= 0:
            return []
        letters = query.lower() if len(query) >= MIN_PINYIN_QUERY and query.isascii() and query.isalpha() else ""
        use_pinyin = bool(letters) and self.prepare_pinyin()
        # First find every match (cheap), then build snippets only for the hits returned.
        found: list[tuple[int, int, str, _Entry, _Folded | None, int]] = []
        for i, entry in enumerate(self._entries):
            at = entry.title.folded.find(folded)
            if at >= 0:
                if entry.title.folded == folded:
                    rank = RANK_TITLE_EXACT
                else:
                    rank = RANK_TITLE_PREFIX if at == 0 else RANK_TITLE_CONTAINS
                found.append((rank, entry.order, "title", entry, entry.title, at))
                continue
            if use_pinyin and (match := self._pinyin_match(i, letters)) is not None:
                found.append((match, entry.order, "title", entry, None, i))
                continue
            at = entry.text.folded.find(folded)
            if at >= 0:
                found.append((RANK_TEXT, entry.order, "text", entry, entry.text, at))
        for node_id, text in (notes or {}).items():
            entry = self._by_id.get(node_id)
            if entry is None or not text:  # a note of a node no longer in the content is not shown
                continue
            note = self._note(node_id, text)
            at = note.folded.find(folded)
            if at >= 0:
                found.append((RANK_NOTE, entry.order, "note", entry, note, at))
        found.sort(key=lambda f: (f[0], f[1]))
        hits = []
        for rank, _, field, entry, item, at in found[:limit]:
            node = entry.node
            if item is None:  # pinyin initials: ``at`` is the entry's index
                snippet, spans = node.title.translate(_ONE_LINE), (self._pinyin_span(at, letters),)
            else:
                snippet, spans = _snippet(item, at, folded)
            hits.append(Hit(node.id, node.title, field, snippet, spans, _score(rank)))  # type: ignore[arg-type]
        return hits

    def _note(self, node_id: str, text: str) -> _Folded:
        cached = self._notes.get(node_id)
        if cached is None or (cached.text is not text and cached.text != text):
            cached = self._notes[node_id] = _Folded(text)
        return cached


def _score(rank: int) -> float:
    return float(RANK_NOTE - rank + 1)


class _Initials:
    """A title's first letters of pinyin, as strings: one per combination of readings."""

    __slots__ = ("positions", "variants", "letters")

    MAX_VARIANTS = 64

    def __init__(self, title: str, lookup: Callable[[str], list[list[str]]]):
        self.positions: list[int] = []  # title position of each initial
        per_char: list[list[str]] = []
        for i, ch in enumerate(title):
            if ch.isascii():
                options = [ch.lower()] if ch.isalpha() else []
            else:
                options = sorted({r[0].lower() for readings in lookup(ch) for r in readings
                                  if r and r[0].isascii() and r[0].isalpha()})
            if options:
                self.positions.append(i)
                per_char.append(options)
        self.letters = per_char
        variants = [""]
        for options in per_char:
            variants = [v + o for v in variants for o in options]
            if len(variants) > self.MAX_VARIANTS:  # too many readings: match letter by letter
                variants = []
                break
        self.variants = variants

    def find(self, letters: str) -> tuple[int, int] | None:
        """(start, number of initials) of the first match of ``letters``, or None."""
        if self.variants:
            starts = [at for v in self.variants if (at := v.find(letters)) >= 0]
            return (min(starts), len(self.positions)) if starts else None
        n = len(letters)
        for start in range(len(self.letters) - n + 1):
            if all(letters[j] in self.letters[start + j] for j in range(n)):
                return start, len(self.positions)
        return None
