"""Studying: what the study tools need from a profile's record, and notes as Markdown (no Qt).

* :class:`StudyRecord`, :class:`QuizRecord` and :class:`RecitationRecord` — what the study widgets
  use of a profile's data (``data.study``, ``data.quiz`` and ``data.recitation`` of
  :class:`netmkt_desktop.storage.store.ProfileData`, which the guest's in-memory data implements too).  The widgets are typed against these, so another
  storage (one file per profile) only has to keep them.
* :func:`notes_markdown` — notes and bookmarks exported as a Markdown file.

The numbers behind the progress chart are in :mod:`netmkt_desktop.progress`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Protocol, runtime_checkable

from netmkt_desktop.content import Content, Node
from netmkt_desktop.i18n import translate
from netmkt_desktop.records import Mistake, QuizAttempt, QuizMistake, RecitationScore

# ---------------------------------------------------------------------------------------------
# What the study widgets use of a profile's data


@runtime_checkable
class StudyRecord(Protocol):
    """Learned nodes, notes and bookmarks of one profile; every call is one stored action."""

    def mark_learned(self, node_id: str, learned: bool = True) -> None: ...

    def learned(self) -> set[str]: ...

    def note(self, node_id: str) -> str: ...

    def save_note(self, node_id: str, text: str) -> None:
        """Save the note of ``node_id``; an empty text deletes it."""

    def notes(self) -> dict[str, str]: ...

    def notes_with_times(self) -> list[tuple[str, str, str]]: ...

    def bookmark(self, node_id: str, on: bool = True) -> None: ...

    def bookmarks(self) -> list[str]: ...


@runtime_checkable
class QuizRecord(Protocol):
    """Finished quizzes and the 错题本 of one profile."""

    def record(self, seed: int, total: int, correct: int, missed: Iterable[Mistake],
               answered_right: Iterable[str] = (), *, started_at: datetime | None = None,
               answers: Mapping[str, Sequence[str]] | None = None) -> int:
        """Store a finished quiz: ``missed`` go into the 错题本 with the student's ``answers``
        (question id → texts of the options chosen), ``answered_right`` leave it."""

    def attempts(self) -> list[QuizAttempt]: ...

    def open_mistakes(self) -> list[Mistake]: ...

    def mistakes(self) -> list[QuizMistake]: ...

    def remember_answer(self, question_id: str, answer: Sequence[str]) -> None:
        """The 错题本 asked a mistake again and it was missed again: keep this wrong answer."""

    def resolve(self, question_id: str) -> None: ...


@runtime_checkable
class RecitationRecord(Protocol):
    """The recitation scores (背诵) of one profile."""

    def record(self, list_id: str, correct: int, total: int) -> RecitationScore: ...

    def scores(self) -> dict[str, RecitationScore]: ...


# ---------------------------------------------------------------------------------------------
# Markdown export


def _crumb(content: Content, node: Node) -> str:
    trail = content.breadcrumb(node.id)[:-1]
    return " › ".join((n.heading or n.title) for n in trail)


def notes_markdown(content: Content, notes: Mapping[str, str], bookmarks: Sequence[str],
                   title: str | None = None) -> str:
    """Notes and bookmarks as a Markdown document, in the textbook's reading order.

    Every node appears with its title and breadcrumb (the headings above it); the note texts are
    written literally, line by line.  Nodes no longer in the content keep their id as the title.
    The app's own words (headings, "no notes yet") are in the interface language.
    """
    if title is None:
        title = translate("study", "我的学习笔记")
    order = {n.id: i for i, n in enumerate(content.every_node())}

    def key(node_id: str) -> tuple[int, str]:
        return order.get(node_id, len(order)), node_id

    def name(node_id: str) -> tuple[str, str]:
        node = content.node(node_id)
        if node is None:
            return node_id, translate("study", "(内容中已没有这一节)")
        return node.title, _crumb(content, node)

    out = [f"# {title}", ""]
    marks = sorted(dict.fromkeys(bookmarks), key=key)
    out += ["## " + translate("study", "收藏({n})").format(n=len(marks)), ""]
    if not marks:
        out += [translate("study", "(还没有收藏)"), ""]
    for node_id in marks:
        label, crumb = name(node_id)
        out.append(f"- **{label}**" + (f"({crumb})" if crumb else ""))
    if marks:
        out.append("")
    written = sorted((i for i, t in notes.items() if t and t.strip()), key=key)
    out += ["## " + translate("study", "笔记({n})").format(n=len(written)), ""]
    if not written:
        out += [translate("study", "(还没有笔记)"), ""]
    for node_id in written:
        label, crumb = name(node_id)
        out += [f"### {label}", ""]
        if crumb:
            out += [translate("study", "位置:{place}").format(place=crumb), ""]
        text = notes[node_id].replace("\r\n", "\n").replace("\r", "\n").strip("\n")
        out += text.split("\n")
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
