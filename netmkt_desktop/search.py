"""Search over the content and the student's notes: one matcher for the navigator's filter, the
highlight in the text and the 搜索结果 list (pure Python, no Qt).

A query (:class:`Query`, compiled once per keystroke) matches a node when

* its text, ignoring letter case and full-width/half-width differences ("ＡＢ" = "ab"), occurs in
  the node's title, heading, body or source, or in the student's note on the node, as Chinese
  readers expect of a substring search ("直播" finds 直播销售员 and 直播看房); or
* it is made of letters (two or more; spaces ignored) that spell consecutive syllables of the
  node's title in pinyin, each syllable whole or cut short: "zbxsy", "zhibo", "zhibxs" and the
  half-typed "zhib" all find 直播销售员.  Every reading of a character counts (行: xing or hang).

Every node's folded text is kept in one string, so a keystroke costs a ``str.find`` (and, for a
letter query, one regular-expression scan over the titles' pinyin) in C rather than a Python call
per node.  :class:`OutlineMatches` answers for the navigator whether a place of an outline, or
anything below it, matches: its places are numbered depth first, so a subtree is one range of such
a string, and only the rows the tree asks about are looked at.  The pinyin of the titles is worked
out on the first letter query (see :mod:`netmkt_desktop.pinyin`), never at start-up.

Results come in groups: titles (exact, then prefix, then contains), body text, then notes; within a
group in the textbook's reading order.  A node gives at most one content hit (its title when the
title matches, else its text) and at most one note hit.

Why it is longer than 500 lines: the folded text, the pinyin of the titles and the channel strings
are one index that the results list (:class:`SearchIndex`) and the tree filter
(:class:`OutlineMatches`) both read by position; kept in one module so the two cannot drift apart
(the tree and the results once disagreed about what matched).
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping
from typing import Literal, NamedTuple

from netmkt_desktop.content import Content, Node, OutlineItem

HitField = Literal["title", "text", "note"]

CONTEXT = 30  # characters of context on each side of the first match in a snippet
ELLIPSIS = "…"
MIN_PINYIN_QUERY = 2
RESULT_LIMIT = 200

# Ranks (lower first).  The score of a hit is derived from them: higher is better.
RANK_TITLE_EXACT, RANK_TITLE_PREFIX, RANK_TITLE_CONTAINS, RANK_TEXT, RANK_NOTE = range(5)

# Full-width ASCII (U+FF01–FF5E) and the ideographic space fold to their half-width forms.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
# Snippets are one line: line breaks and other control whitespace become spaces (same length).
_ONE_LINE = str.maketrans({c: " " for c in "\n\r\t\v\f\x1c\x1d\x1e\x1f\x85\u2028\u2029"})
# A query never holds control characters: they also separate the texts in the index.
_NO_CONTROLS = {cp: None for cp in (*range(0x20), 0x7F)}

_FIELD_SEP = "\x1f"  # between a node's title and the rest of its text
_NODE_SEP = "\x1e"  # after each node's text
_PINYIN_SEP = "\n"  # after each title's pinyin
_LATIN = "[A-Za-z\uff21-\uff3a\uff41-\uff5a]"  # a title with these gets its pinyin character by character


class Hit(NamedTuple):
    node_id: str
    title: str  # the node's title, for the result list
    field: HitField
    snippet: str  # plain text around the first match, "…" where cut
    spans: tuple[tuple[int, int], ...]  # (start, end) of every match inside ``snippet``
    score: float


def fold(text: str) -> str:
    """Case- and width-insensitive form of a text, for matching."""
    return text.translate(_WIDTH).casefold()


def _fold_long(text: str) -> str:
    """:func:`fold` for a long text (the whole content at once): the same result, faster, as
    ``str.translate`` looks every character up in a dict and a text holds few full-width ones."""
    text = text.casefold()  # full-width capitals fold to full-width small letters, folded below
    for code, plain in _WIDTH.items():
        wide = chr(code)
        if wide in text:
            text = text.replace(wide, chr(plain))
    return text


# ---------------------------------------------------------------------------------------------
# The query


def pinyin_pattern(letters: str) -> re.Pattern[str]:
    """A regular expression over pinyin strings such as "|zHI|bO|xIAO/xUE|": ``letters`` spell
    consecutive syllables (slots between "|"), each one whole or cut short, in any of its readings
    (alternatives between "/").  A reading's first letter is lower case, the rest upper case, so
    the expression starts with a plain letter that the regular-expression engine looks for fast."""
    low = letters.lower()
    parts = [low[0]]
    for letter in low[1:]:
        up = letter.upper()
        # Go on in the same reading, or skip the rest of the syllable and start a reading of the next.
        parts.append(rf"(?:{up}|[A-Z]*(?:/[a-z][A-Z]*)*\|(?:[a-z][A-Z]*/)*{letter})")
    return re.compile("".join(parts))


class Query:
    """What the user typed, compiled once: the folded text and, for letters, the pinyin pattern."""

    __slots__ = ("raw", "text", "letters", "letters_only", "pinyin")

    def __init__(self, raw: str | None):
        self.raw = (raw or "").translate(_NO_CONTROLS).strip()
        self.text = fold(self.raw).strip()
        letters = self.text.replace(" ", "")
        ok = len(letters) >= MIN_PINYIN_QUERY and letters.isascii() and letters.isalpha()
        self.letters = letters if ok else ""
        self.letters_only = self.text.isascii() and self.text.isalpha()  # a word of Latin letters
        self.pinyin = pinyin_pattern(letters) if ok else None

    def __bool__(self) -> bool:
        return bool(self.text)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Query) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"Query({self.raw!r})"

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every literal match in ``text`` (positions of ``text`` itself)."""
        return _Folded(text).spans(self.text) if self.text else []


def literal_spans(text: str, query: Query | str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of every match of the query's text (not its pinyin)."""
    return as_query(query).spans(text)


def as_query(query: Query | str | None) -> Query:
    return query if isinstance(query, Query) else Query(query)


# ---------------------------------------------------------------------------------------------
# Folded texts with their way back to the original positions


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

    def spans(self, query: str) -> list[tuple[int, int]]:
        out, at, last = [], self.folded.find(query), 0
        while at >= 0 and query:
            start, end = self.original(at, at + len(query))
            if start >= last:
                out.append((start, end))
                last = end
            at = self.folded.find(query, at + len(query))
        return out


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


def preorder(roots: list[OutlineItem]) -> list[OutlineItem]:
    """Every place of an outline, depth first (as ``OutlineItem.walk``, without a generator per level)."""
    out: list[OutlineItem] = []
    stack = list(reversed(roots))
    while stack:
        item = stack.pop()
        out.append(item)
        if item.children:
            stack.extend(reversed(item.children))
    return out


def _body_text(node: Node) -> str:
    """Every text of the node except its title: heading, body (numbered as read) and source."""
    texts = list(node.texts())
    del texts[1 if node.heading else 0]  # Node.texts() yields heading (if any), then title
    return "\n".join(texts)


# ---------------------------------------------------------------------------------------------
# Pinyin of titles


def _slot(reading: str) -> str:
    return reading[0].lower() + reading[1:].upper()


def title_pinyin(title: str, readings: Mapping[str, tuple[str, ...]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A title as pinyin slots, "|zHI|bO|xIAO|sHOU|yUAN/yUN|", and each slot's (start, end) in the
    title (see :func:`pinyin_pattern` for the letter case).

    A run of Latin letters is one slot ("APP运营" → "|APP|YUN|YING|"); digits and punctuation have
    none, so a query runs straight over them."""
    slots: list[str] = []
    places: list[tuple[int, int]] = []
    plain = title.translate(_WIDTH)
    i, n = 0, len(plain)
    while i < n:
        ch = plain[i]
        if ch.isascii() and ch.isalpha():
            j = i
            while j < n and plain[j].isascii() and plain[j].isalpha():
                j += 1
            slots.append(_slot(plain[i:j]))
            places.append((i, j))
            i = j
            continue
        found = readings.get(ch)
        if found:
            slots.append("/".join(_slot(r) for r in found))
            places.append((i, i + 1))
        i += 1
    return ("|" + "|".join(slots) + "|" if slots else ""), tuple(places)


def pinyin_span(title: str, readings: Mapping[str, tuple[str, ...]], pattern: re.Pattern[str]) -> tuple[int, int, bool] | None:
    """(start, end) in ``title`` of the first pinyin match, and whether it covers every syllable."""
    pinyin, places = title_pinyin(title, readings)
    m = pattern.search(pinyin)
    if m is None:
        return None
    first = pinyin.count("|", 0, m.start() + 1) - 1  # slots are separated by "|"
    last = pinyin.count("|", 0, m.end()) - 1
    return places[first][0], places[last][1], first == 0 and last == len(places) - 1


def pinyin_title_span(title: str, query: Query | str) -> tuple[int, int] | None:
    """Where ``query`` matches ``title`` by pinyin (for the highlight): only for a letter query
    whose text the title does not hold itself (then the text is highlighted)."""
    query = as_query(query)
    if query.pinyin is None or query.text in fold(title):
        return None
    from netmkt_desktop import pinyin

    found = pinyin_span(title, pinyin.readings(title), query.pinyin)
    return (found[0], found[1]) if found else None


# ---------------------------------------------------------------------------------------------
# The index


class Channel:
    """One string holding a text of every node (or place) one after the other, and where each starts.

    ``starts`` has one entry more than there are nodes: node ``i`` is ``text[starts[i]:starts[i + 1]]``,
    its separator included, so a range of nodes ``lo..hi`` is one slice and a match never runs
    from one node into the next (queries hold no separators)."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str, starts: array):
        self.text, self.starts = text, starts

    @classmethod
    def split(cls, text: str, sep: str) -> Channel:
        """``text`` made of segments that each end with ``sep``."""
        starts, at = array("q", [0]), 0
        for segment in text.split(sep)[:-1]:
            at += len(segment) + 1
            starts.append(at)
        return cls(text, starts)

    def reordered(self, order: list[int]) -> Channel:
        """The segments at ``order`` (repeats allowed), one after the other."""
        text, starts = self.text, self.starts
        parts, offsets, at = [], array("q", [0]), 0
        for i in order:
            segment = text[starts[i]:starts[i + 1]]
            parts.append(segment)
            at += len(segment)
            offsets.append(at)
        return Channel("".join(parts), offsets)

    def find(self, needle: str, lo: int, hi: int) -> int:
        """The first segment in ``lo..hi - 1`` holding ``needle`` (``hi`` when none does)."""
        starts = self.starts
        at = self.text.find(needle, starts[lo], starts[hi])
        return hi if at < 0 else bisect_right(starts, at, lo, hi + 1) - 1

    def search(self, pattern: re.Pattern[str], lo: int, hi: int) -> int:
        """The first segment in ``lo..hi - 1`` where ``pattern`` matches (``hi`` when none)."""
        starts = self.starts
        m = pattern.search(self.text, starts[lo], starts[hi])
        return hi if m is None else bisect_right(starts, m.start(), lo, hi + 1) - 1

    def all(self, needle: str | re.Pattern[str]) -> list[int]:
        """Every segment holding ``needle`` (a text or a pattern), in order."""
        found, count, i = [], len(self.starts) - 1, 0
        first = self.find if isinstance(needle, str) else self.search
        while i < count:
            i = first(needle, i, count)  # type: ignore[arg-type]
            if i < count:
                found.append(i)
                i += 1
        return found


_LETTER_RUNS = re.compile("[^a-z" + _NODE_SEP + "]+")


class _Channels:
    """The folded text, its Latin letters and the titles' pinyin of some nodes, in one order."""

    __slots__ = ("text", "latin", "pinyin")

    def __init__(self, text: Channel, latin: Channel | None = None, pinyin: Channel | None = None):
        self.text, self.latin, self.pinyin = text, latin, pinyin

    def literal(self, query: Query) -> Channel:
        """Where the query's text is looked for: a word of Latin letters only among the letters
        of the texts (a short string for Chinese content), anything else in the whole text."""
        return self.latin if query.letters_only and self.latin is not None else self.text

    def first(self, query: Query, lo: int, hi: int) -> int:
        """The first segment in ``lo..hi - 1`` the query matches (``hi`` when none)."""
        found = hi
        if query.text:
            found = self.literal(query).find(query.text, lo, hi)
        if query.pinyin is not None and self.pinyin is not None and found > lo:
            found = min(found, self.pinyin.search(query.pinyin, lo, found))
        return found


class SearchIndex:
    """An index of one :class:`Content`: build it once, search on every keystroke.

    The folded texts are built on the first search (or :meth:`prepare`); the Latin letters of the
    texts on the first query made of letters, the titles' pinyin on the first one of two letters
    or more (or :meth:`prepare_pinyin`)."""

    def __init__(self, content: Content):
        self.content = content
        self.nodes: list[Node] = content.every_node()  # the reading order first, topic groups last
        self.position = {n.id: i for i, n in enumerate(self.nodes)}
        self.channels: _Channels | None = None
        self._title_end: array | None = None  # offset in the text where each node's title ends
        self._pinyin_tried = False
        self._readings: dict[str, tuple[str, ...]] = {}
        self._notes: dict[str, _Folded] = {}

    # -- building ------------------------------------------------------------------------------

    def prepare(self) -> _Channels:
        """Fold every node's text now (otherwise the first search does)."""
        if self.channels is None:
            raw = "".join(f"{node.title}{_FIELD_SEP}{_body_text(node)}{_NODE_SEP}" for node in self.nodes)
            text = Channel.split(_fold_long(raw), _NODE_SEP)
            folded, starts = text.text, text.starts
            self._title_end = array("q", (folded.find(_FIELD_SEP, starts[i], starts[i + 1])
                                          for i in range(len(self.nodes))))
            self.channels = _Channels(text)
        return self.channels

    def prepare_pinyin(self) -> bool:
        """Work out the titles' pinyin now; False when no pinyin table is installed (letter
        queries then still find words in the texts)."""
        channels = self.prepare()
        if channels.pinyin is None and not self._pinyin_tried:
            self._pinyin_tried = True
            channels.pinyin = self._pinyin_channel()
        return channels.pinyin is not None

    def _prepare_latin(self) -> None:
        channels = self.prepare()
        if channels.latin is None:
            channels.latin = Channel.split(_LETTER_RUNS.sub(" ", channels.text.text), _NODE_SEP)

    def _pinyin_channel(self) -> Channel | None:
        from netmkt_desktop import pinyin

        titles = [n.title for n in self.nodes]
        chars = set("".join(titles))
        self._readings = pinyin.readings(chars)
        if not self._readings:
            self._pinyin_tried = False  # a table installed later is used then
            return None
        table = {ord(c): "" for c in chars}
        table.update({ord(c): "|" + "/".join(_slot(r) for r in found) for c, found in self._readings.items()})
        table[ord(_PINYIN_SEP)] = "|" + _PINYIN_SEP
        latin = re.compile(_LATIN)
        for i, title in enumerate(titles):
            if latin.search(title):  # Latin words are slots of their own: the slow way
                titles[i] = title_pinyin(title, self._readings)[0][:-1] or "|"
        return Channel.split((_PINYIN_SEP.join(titles) + _PINYIN_SEP).translate(table), _PINYIN_SEP)

    def _ready(self, query: Query) -> _Channels | None:
        """Prepare what ``query`` needs; None when it cannot match anything."""
        if not query:
            return None
        channels = self.prepare()
        if query.letters_only:
            self._prepare_latin()
        if query.pinyin is not None:
            self.prepare_pinyin()
        return channels

    def _note(self, node_id: str, text: str) -> _Folded:
        cached = self._notes.get(node_id)
        if cached is None or (cached.text is not text and cached.text != text):
            cached = self._notes[node_id] = _Folded(text)
        return cached

    # -- matching ------------------------------------------------------------------------------

    def note_matches(self, query: Query | str, notes: Mapping[str, str] | None) -> list[int]:
        """Positions (in :attr:`nodes`) of the nodes whose note matches, in order."""
        query = as_query(query)
        if not query or not notes:
            return []
        found = []
        for node_id, text in notes.items():
            i = self.position.get(node_id)
            if i is not None and text and query.text in self._note(node_id, text).folded:
                found.append(i)
        return sorted(found)

    def content_matches(self, query: Query | str) -> list[int]:
        """Positions of the nodes whose own text or title pinyin matches, in order."""
        query = as_query(query)
        channels = self._ready(query)
        if channels is None:
            return []
        found = channels.literal(query).all(query.text)
        if query.pinyin is not None and channels.pinyin is not None:
            found = sorted(set(found).union(channels.pinyin.all(query.pinyin)))
        return found

    def node_matches(self, node_id: str, query: Query | str) -> bool:
        """Whether ``query`` matches the node's own text or title pinyin (not its note)."""
        query, i = as_query(query), self.position.get(node_id)
        channels = self._ready(query) if i is not None else None
        return channels is not None and channels.first(query, i, i + 1) == i

    def matching_ids(self, query: Query | str, notes: Mapping[str, str] | None = None) -> list[str]:
        """Ids of every node the query finds (content or note), in the index's order."""
        query = as_query(query)
        positions = sorted(set(self.content_matches(query)).union(self.note_matches(query, notes)))
        return [self.nodes[i].id for i in positions]

    def _title_rank(self, i: int, query: Query) -> int | None:
        """The rank of a title match of node ``i`` (None when the title does not match)."""
        channels = self.channels
        text, start, end = channels.text.text, channels.text.starts[i], self._title_end[i]
        if query.text:
            at = text.find(query.text, start, end)
            if at >= 0:
                if end - start == len(query.text):
                    return RANK_TITLE_EXACT
                return RANK_TITLE_PREFIX if at == start else RANK_TITLE_CONTAINS
        if query.pinyin is not None and channels.pinyin is not None:
            pinyin, starts = channels.pinyin.text, channels.pinyin.starts
            lo, hi = starts[i], starts[i + 1]
            m = query.pinyin.search(pinyin, lo, hi)
            if m is not None:
                first = pinyin.count("|", lo, m.start())  # slots before the match
                if first > 1:
                    return RANK_TITLE_CONTAINS
                whole = pinyin.count("|", m.end(), hi) == 1  # only the closing "|" after it
                return RANK_TITLE_EXACT if whole else RANK_TITLE_PREFIX
        return None

    # -- results -------------------------------------------------------------------------------

    def results(self, query: Query | str, notes: Mapping[str, str] | None = None,
                limit: int = RESULT_LIMIT) -> tuple[list[Hit], int]:
        """The best ``limit`` hits for ``query`` in titles, texts and ``notes`` (node id → note),
        and how many there are in all."""
        query = as_query(query)
        if not query:
            return [], 0
        content = self.content_matches(query)
        notes_found = self.note_matches(query, notes)
        total = len(content) + len(notes_found)
        if limit <= 0:
            return [], total
        titles: list[tuple[int, int]] = []  # (rank, position)
        texts: list[int] = []
        rank_of = self._title_rank
        for i in content:
            rank = rank_of(i, query)
            if rank is None:
                texts.append(i)
            else:
                titles.append((rank, i))
        titles.sort()
        found: list[tuple[int, int, HitField]] = [(rank, i, "title") for rank, i in titles[:limit]]
        found += [(RANK_TEXT, i, "text") for i in texts[:limit - len(found)]]
        found += [(RANK_NOTE, i, "note") for i in notes_found[:limit - len(found)]]
        return [self._hit(query, rank, i, field, notes) for rank, i, field in found], total

    def search(self, query: Query | str, notes: Mapping[str, str] | None = None,
               limit: int = RESULT_LIMIT) -> list[Hit]:
        """The best ``limit`` hits (see :meth:`results`)."""
        return self.results(query, notes, limit)[0]

    def _hit(self, query: Query, rank: int, i: int, field: HitField, notes: Mapping[str, str] | None) -> Hit:
        node = self.nodes[i]
        score = float(RANK_NOTE - rank + 1)
        if field == "note":
            item = self._note(node.id, notes[node.id])  # type: ignore[index]
        elif field == "title":
            item = _Folded(node.title)
            if not query.text or query.text not in item.folded:  # by pinyin
                found = pinyin_span(node.title, self._readings, query.pinyin)  # type: ignore[arg-type]
                span = (found[0], found[1]) if found else (0, len(node.title))
                return Hit(node.id, node.title, "title", node.title.translate(_ONE_LINE), (span,), score)
        else:
            item = _Folded(_body_text(node))
        snippet, spans = _snippet(item, item.folded.find(query.text), query.text)
        return Hit(node.id, node.title, field, snippet, spans, score)



# ---------------------------------------------------------------------------------------------
# Matches in an outline (the navigator's filter)


class OutlineMatches:
    """The places of one outline (depth first) and, for the current query, which of them match.

    ``accepts(p)``: place ``p`` or something below it matches (the filter keeps it);
    ``is_match(p)``: the place's node matches itself.  Both look only at the places asked about,
    and remember the answer until the next :meth:`set_query`."""

    def __init__(self, index: SearchIndex, roots: list[OutlineItem]):
        self.index = index
        self.items: list[OutlineItem] = preorder(roots)
        self.place_of: dict[int, int] = {id(item): p for p, item in enumerate(self.items)}
        position = index.position
        self.node_at = array("q", (position[item.node.id] for item in self.items))
        count = len(self.items)
        self.end = array("q", range(1, count + 1))  # one past the last place of each subtree
        self.parent = array("q", [-1]) * count
        self.row = array("q", [0]) * count
        for p in range(count - 1, -1, -1):
            item = self.items[p]
            for r, child in enumerate(item.children):
                c = self.place_of[id(child)]
                self.parent[c], self.row[c] = p, r
            if item.children:
                self.end[p] = self.end[self.place_of[id(item.children[-1])]]
        for r, root in enumerate(roots):
            self.row[self.place_of[id(root)]] = r
        self._places: dict[str, list[int]] | None = None
        self._identity = list(self.node_at) == list(range(count))  # the textbook: places are nodes
        self._channels: _Channels | None = None
        self.query = Query("")
        self._note_places: list[int] = []
        self._memo = bytearray()

    def __len__(self) -> int:
        return len(self.items)

    def places(self, node_id: str) -> list[int]:
        """Every place of ``node_id`` in this outline, in order."""
        if self._places is None:
            places: dict[str, list[int]] = {}
            for p, item in enumerate(self.items):
                places.setdefault(item.node.id, []).append(p)
            self._places = places
        return self._places.get(node_id, [])

    def ancestors(self, p: int) -> list[int]:
        """The places above ``p``, from the root down."""
        up = []
        p = self.parent[p]
        while p >= 0:
            up.append(p)
            p = self.parent[p]
        return up[::-1]

    # -- the query -----------------------------------------------------------------------------

    def set_query(self, query: Query | str, notes: Mapping[str, str] | None = None) -> None:
        query = as_query(query)
        self.query = query
        self._memo = bytearray(len(self.items))
        self._note_places = []
        channels = self.index._ready(query)
        if channels is None:
            return
        self._channels = self._reorder(channels)
        matched = self.index.note_matches(query, notes)
        if matched:
            ids = [self.index.nodes[i].id for i in matched]
            self._note_places = sorted(p for node_id in ids for p in self.places(node_id))

    def _reorder(self, channels: _Channels) -> _Channels:
        """The index's channels in the outline's order (the same strings for the textbook)."""
        if self._identity:
            return channels
        mine, order = self._channels, list(self.node_at)
        if mine is None:
            mine = _Channels(channels.text.reordered(order))
        if mine.latin is None and channels.latin is not None:
            mine.latin = channels.latin.reordered(order)
        if mine.pinyin is None and channels.pinyin is not None:
            mine.pinyin = channels.pinyin.reordered(order)
        return mine

    def _has_match(self, lo: int, hi: int) -> bool:
        if self._channels.first(self.query, lo, hi) < hi:
            return True
        notes = self._note_places
        at = bisect_left(notes, lo)
        return at < len(notes) and notes[at] < hi

    def accepts(self, p: int) -> bool:
        """Whether place ``p`` or a place below it matches (always, without a query)."""
        if not self.query:
            return True
        known = self._memo[p]
        if known:
            return known == 1
        found = self._has_match(p, self.end[p])
        self._memo[p] = 1 if found else 2
        return found

    def below(self, p: int) -> bool:
        """Whether a place below ``p`` (not ``p`` itself) matches, or anything is below without a query."""
        if not self.query:
            return self.end[p] > p + 1
        return self.end[p] > p + 1 and self._has_match(p + 1, self.end[p])

    def is_match(self, p: int) -> bool:
        """Whether the node at place ``p`` matches the query itself."""
        return bool(self.query) and self._has_match(p, p + 1)

    def matches(self, start: int = 0) -> Iterator[int]:
        """The places from ``start`` on whose node matches, in order."""
        query = self.query
        if not query:
            return
        count, channels, notes = len(self.items), self._channels, self._note_places
        literal = channels.literal(query)
        use_pinyin = query.pinyin is not None and channels.pinyin is not None
        next_text = next_pinyin = -1  # the next place matched that way (count: none left)
        p = start
        while p < count:
            if next_text < p:
                next_text = literal.find(query.text, p, count) if query.text else count
            if next_pinyin < p:
                next_pinyin = channels.pinyin.search(query.pinyin, p, count) if use_pinyin else count
            best = min(next_text, next_pinyin)
            at = bisect_left(notes, p)
            if at < len(notes):
                best = min(best, notes[at])
            if best >= count:
                return
            yield best
            p = best + 1
