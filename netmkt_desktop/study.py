"""Study data of one profile: learned nodes, notes, bookmarks, quiz attempts and the 错题本 (no Qt).

Widgets never talk to the store directly: they get a *study data* object bound to one profile.

* :class:`StudyData` wraps a :class:`netmkt_desktop.store.Store` and a profile id; every call is one
  store action (one session), and failures come out as the store's ``StoreError``.
* :class:`MemoryStudyData` keeps the same data in dicts: the guest session that saves nothing, and
  tests.

Both have exactly the same methods (:data:`STUDY_METHODS`, the store's methods without the profile
argument).  Also here: :func:`notes_markdown` (notes and bookmarks exported as a Markdown file); the
numbers behind the progress chart are in :mod:`netmkt_desktop.progress`.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from netmkt_desktop.content import Content, Node
from netmkt_desktop.records import Mistake, QuizAttempt

# The store methods the study data needs (each takes the profile id first).
STUDY_METHODS: tuple[str, ...] = (
    "set_learned", "learned_nodes", "get_note", "save_note", "notes", "notes_with_times",
    "set_bookmark", "bookmarks", "record_quiz_attempt", "quiz_attempts", "open_mistakes",
    "resolve_mistake", "get_setting", "set_setting",
)

def _now() -> str:
    return datetime.now().isoformat(timespec="microseconds")


class StudyData:
    """The study data of ``profile_id`` in ``store``; every call is one store action."""

    def __init__(self, store: Any, profile_id: int):
        self.store = store
        self.profile_id = profile_id

    # learned
    def set_learned(self, node_id: str, learned: bool) -> None:
        self.store.set_learned(self.profile_id, node_id, learned)

    def learned_nodes(self) -> set[str]:
        return set(self.store.learned_nodes(self.profile_id))

    # notes
    def get_note(self, node_id: str) -> str:
        return self.store.get_note(self.profile_id, node_id)

    def save_note(self, node_id: str, text: str) -> None:
        """Save the note of ``node_id``; an empty text deletes it."""
        self.store.save_note(self.profile_id, node_id, text)

    def notes(self) -> dict[str, str]:
        return dict(self.store.notes(self.profile_id))

    def notes_with_times(self) -> list[tuple[str, str, Any]]:
        return list(self.store.notes_with_times(self.profile_id))

    # bookmarks
    def set_bookmark(self, node_id: str, on: bool) -> None:
        self.store.set_bookmark(self.profile_id, node_id, on)

    def bookmarks(self) -> list[str]:
        return list(self.store.bookmarks(self.profile_id))

    # quiz
    def record_quiz_attempt(self, seed: int, total: int, correct: int, missed: Sequence[Mistake],
                            answered_right: Sequence[str] = (), *, started_at: datetime | None = None) -> int:
        """Store a finished quiz: ``missed`` go into the 错题本, ``answered_right`` leave it."""
        extra = {"started_at": started_at} if started_at is not None else {}
        return self.store.record_quiz_attempt(self.profile_id, seed, total, correct, list(missed),
                                              list(answered_right), **extra)

    def quiz_attempts(self) -> list[Any]:
        return list(self.store.quiz_attempts(self.profile_id))

    def open_mistakes(self) -> list[Mistake]:
        return list(self.store.open_mistakes(self.profile_id))

    def resolve_mistake(self, question_id: str) -> None:
        self.store.resolve_mistake(self.profile_id, question_id)

    # settings
    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self.store.get_setting(self.profile_id, key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.store.set_setting(self.profile_id, key, value)


class MemoryStudyData:
    """The same operations as :class:`StudyData`, kept in memory (guest session, tests)."""

    def __init__(self) -> None:
        self._learned: set[str] = set()
        self._notes: dict[str, tuple[str, str]] = {}  # node id -> (text, updated_at)
        self._bookmarks: list[str] = []
        self._attempts: list[QuizAttempt] = []
        self._mistakes: dict[str, int] = {}  # open: question id -> rng seed, the latest missed last
        self._resolved: set[str] = set()
        self._settings: dict[str, str] = {}
        self._ids = itertools.count(1)

    def set_learned(self, node_id: str, learned: bool) -> None:
        if learned:
            self._learned.add(node_id)
        else:
            self._learned.discard(node_id)

    def learned_nodes(self) -> set[str]:
        return set(self._learned)

    def get_note(self, node_id: str) -> str:
        return self._notes.get(node_id, ("", ""))[0]

    def save_note(self, node_id: str, text: str) -> None:
        """As the store: an empty or whitespace-only text deletes; a text it would refuse raises."""
        if not isinstance(text, str):
            raise TypeError(f"笔记应为文本,实际为 {type(text).__name__}")
        from netmkt_desktop.validation import check_note_text

        problems = check_note_text(text)
        if problems:
            from netmkt_desktop.errors import InvalidInputError

            raise InvalidInputError(problems[0])
        if not text.strip():
            self._notes.pop(node_id, None)
        elif self._notes.get(node_id, ("", ""))[0] != text:
            self._notes[node_id] = (text, _now())

    def notes(self) -> dict[str, str]:
        return {node_id: text for node_id, (text, _) in self._notes.items()}

    def notes_with_times(self) -> list[tuple[str, str, str]]:
        """(node id, text, updated_at), the most recently changed first (as the store)."""
        rows = [(node_id, text, when) for node_id, (text, when) in self._notes.items()]
        return sorted(rows, key=lambda r: r[2], reverse=True)

    def set_bookmark(self, node_id: str, on: bool) -> None:
        if on and node_id not in self._bookmarks:
            self._bookmarks.append(node_id)
        elif not on and node_id in self._bookmarks:
            self._bookmarks.remove(node_id)

    def bookmarks(self) -> list[str]:
        return list(self._bookmarks)

    def record_quiz_attempt(self, seed: int, total: int, correct: int, missed: Sequence[Mistake],
                            answered_right: Sequence[str] = (), *, started_at: datetime | None = None) -> int:
        now = _now()
        started = started_at.isoformat(timespec="microseconds") if started_at is not None else now
        attempt = QuizAttempt(int(seed), int(total), int(correct), started, now, id=next(self._ids))
        self._attempts.append(attempt)
        misses = {question_id: int(rng_seed) for question_id, rng_seed in missed}
        for question_id in set(answered_right) - set(misses):
            if self._mistakes.pop(question_id, None) is not None:
                self._resolved.add(question_id)
        for question_id, rng_seed in misses.items():
            self._mistakes.pop(question_id, None)  # most recently missed last here, first when listed
            self._mistakes[question_id] = rng_seed
        return attempt.id

    def quiz_attempts(self) -> list[QuizAttempt]:
        """The finished quizzes, the newest first (as the store)."""
        return self._attempts[::-1]

    def open_mistakes(self) -> list[Mistake]:
        """(question id, rng seed) of the open mistakes, the most recently missed first (as the store)."""
        return list(self._mistakes.items())[::-1]

    def resolve_mistake(self, question_id: str) -> None:
        if question_id not in self._mistakes and question_id not in self._resolved:
            from netmkt_desktop.errors import NotFoundError

            raise NotFoundError("错题本里没有这道题。")
        if self._mistakes.pop(question_id, None) is not None:
            self._resolved.add(question_id)

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"设置值应为文本,实际为 {type(value).__name__}")
        self._settings[key] = value


# ---------------------------------------------------------------------------------------------
# Markdown export


def _crumb(content: Content, node: Node) -> str:
    trail = content.breadcrumb(node.id)[:-1]
    return " › ".join((n.heading or n.title) for n in trail)


def notes_markdown(content: Content, notes: Mapping[str, str], bookmarks: Sequence[str],
                   title: str = "我的学习笔记") -> str:
    """Notes and bookmarks as a Markdown document, in the textbook's reading order.

    Every node appears with its title and breadcrumb (the headings above it); the note texts are
    written literally, line by line.  Nodes no longer in the content keep their id as the title.
    """
    order = {n.id: i for i, n in enumerate(content.every_node())}

    def key(node_id: str) -> tuple[int, str]:
        return order.get(node_id, len(order)), node_id

    def name(node_id: str) -> tuple[str, str]:
        node = content.node(node_id)
        if node is None:
            return node_id, "(内容中已没有这一节)"
        return node.title, _crumb(content, node)

    out = [f"# {title}", ""]
    marks = sorted(dict.fromkeys(bookmarks), key=key)
    out += [f"## 收藏({len(marks)})", ""]
    if not marks:
        out += ["(还没有收藏)", ""]
    for node_id in marks:
        label, crumb = name(node_id)
        out.append(f"- **{label}**" + (f"({crumb})" if crumb else ""))
    if marks:
        out.append("")
    written = sorted((i for i, t in notes.items() if t and t.strip()), key=key)
    out += [f"## 笔记({len(written)})", ""]
    if not written:
        out += ["(还没有笔记)", ""]
    for node_id in written:
        label, crumb = name(node_id)
        out += [f"### {label}", ""]
        if crumb:
            out += [f"位置:{crumb}", ""]
        text = notes[node_id].replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        out += text.split("\n")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
