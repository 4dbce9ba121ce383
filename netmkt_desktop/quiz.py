"""Self-check questions (自测题), generated from the content by templates (pure Python, no Qt).

Every question comes from a *template* and a *subject* (a work type, a task, a headcount …); its id
``"<template>:<subject>"`` is stable, so a 错题本 can store it and :func:`question_by_id` can build the
same question again later.  Right and wrong options are both drawn from the content (or, for the
tier questions, computed by :mod:`netmkt_desktop.tiers`); nothing is written per question.

Randomness (which subjects, which distractors, option order) comes from a ``random.Random``: a
quiz seed reproduces a quiz exactly, and each question records the ``rng_seed`` that laid it out,
so ``question_by_id(content, q.id, q.rng_seed) == q``.

Wording is careful about what the textbook says: its work-type list for 互联网营销师 is "包含但不限于",
so questions ask for the work types *the textbook lists*, never claim that something is not one; no
tier question is about a headcount the book leaves open (exactly 500 staff fits both "500人以上"
and "500人以下"); the work as the tier rises is quoted, not retold.  Quoted items in a list stand
side by side without a 顿号 (GB/T 15834: “电商主播”“内容营销”).

The wording is the app's, in the interface language (:func:`netmkt_desktop.i18n.translate`, context
"quiz"); what it quotes from the textbook (titles, tasks, duties, the sentence on tiers) stays as the
book has it.  A question is built in the language of the moment it is asked; its id and seed are
the same in every language.

Longer than most modules (about 560 lines): seven templates, each with its subjects, its distractors
and its wording, share the helpers above them.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from netmkt_desktop.content import Content, Node, NodeKind
from netmkt_desktop.i18n import N_, translate
from netmkt_desktop.render import progression_paragraph
from netmkt_desktop.tiers import CompanySize, Tier, TierStructure, company_size, sizes_for_headcount, structure_for_size

QuestionKind = Literal["choice", "multi", "order"]

MIN_OPTIONS = 3
MAX_OPTIONS = 5
SURVEY_ID = "survey"  # 网络营销职业现状调研: the text behind the tier questions
LITTLE_BUSINESS = "little"  # subject of the tier questions for 网络营销业务较少的企业
# Representative headcounts, the clear boundaries of the textbook's size classes included; never
# exactly 500, which the book's wording puts in two classes (see tiers.sizes_for_headcount).
HEADCOUNTS = (50, 200, 499, 600, 800, 999, 1000, 5000)


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    kind: QuestionKind
    prompt: str
    options: tuple[str, ...]
    answer: tuple[int, ...]  # indices into options; for "order" the right order of the indices
    explanation: str
    node_id: str  # the content node holding the answer (where "查看教材" leads)
    rng_seed: int = 0  # with ``id``, rebuilds exactly this question (see question_by_id)


def check_answer(question: Question, chosen: Sequence[int]) -> bool:
    """True when ``chosen`` (option indices) is the right answer; never raises on odd input."""
    try:
        picked = tuple(int(i) for i in chosen)
    except (TypeError, ValueError):
        return False
    if any(not 0 <= i < len(question.options) for i in picked):
        return False
    if question.kind == "multi":
        return len(set(picked)) == len(picked) and set(picked) == set(question.answer)
    return picked == question.answer  # "choice": one index; "order": the whole sequence


# ---------------------------------------------------------------------------------------------
# Helpers


def text_key(text: str) -> str:
    """A short stable key for a text without an id of its own (a task, a duty)."""
    return hashlib.blake2s(text.encode("utf-8"), digest_size=4).hexdigest()


def _occupations(content: Content) -> list[Node]:
    return content.of_kind(NodeKind.OCCUPATION)


def _work_types_listed(content: Content, occupation: Node) -> list[Node]:
    """The work types the textbook lists for an occupation (its links to work-type nodes)."""
    found = (content.node(i) for i in occupation.links)
    return [n for n in found if n is not None and n.kind == NodeKind.WORK_TYPE]


_TASKS = N_("quiz", "主要工作任务")  # the textbook's sub-heading of an occupation's task list


def _list_owners(content: Content) -> list[tuple[Node, str]]:
    """Nodes holding a task or duty list, each with the list's name (e.g. 互联网营销师的主要工作任务)."""
    owners = []
    for node in content.reading_order:
        if node.tasks:
            owners.append((node, translate("quiz", "{owner}的{list}").format(
                owner=node.title, list=_list_heading(node, "tasks", _TASKS))))
        elif node.duties:
            title = (node.title if node.title.endswith("职责")
                     else translate("quiz", "{owner}的岗位职责").format(owner=node.title))
            owners.append((node, title))
    return owners


def _list_heading(node: Node, role: str, default: str) -> str:
    """The sub-heading just before the node's list (“2.主要工作任务” → 主要工作任务), as a label in the
    interface language (the textbook's usual headings have a translation in the context "quiz")."""
    heading = ""
    for block in node.body:
        if block.kind == "h":
            heading = block.text
        elif block.kind == "ol" and block.role == role:
            break
    heading = re.sub(r"^\s*[0-9０-９]+\s*[.、．]\s*", "", heading).strip()
    return translate("quiz", heading or default)


def _list(items: Sequence[str]) -> str:
    """Items in a line: 、 between them in Chinese, a comma in English."""
    return translate("core", "、").join(items)


def _sentences(*sentences: str) -> str:
    """Sentences one after the other (no space between Chinese ones, one between English ones)."""
    text = ""
    for sentence in sentences:
        if sentence:
            text = translate("quiz", "{first}{second}").format(first=text, second=sentence) if text else sentence
    return text


def _unique_by_title(nodes: Sequence[Node], exclude: set[str]) -> list[Node]:
    seen = set(exclude)
    result = []
    for n in nodes:
        if n.title not in seen:
            seen.add(n.title)
            result.append(n)
    return result


def _quote_list(titles: Sequence[str]) -> str:
    """Quoted items side by side, no 顿号 between the quotation marks (GB/T 15834); in English a
    comma between them."""
    return "“" + translate("quiz", "”“").join(titles) + "”"


def ladder_text(structure: TierStructure) -> str:
    """The tiers of a company size as an option text: 专员、主管或经理、总监 / 只设专员."""
    levels = [translate("core", "或").join(translate("core", t.label) for t in level) for level in structure.levels]
    if len(levels) > 1:
        return _list(levels)
    return translate("quiz", "只设{tier}").format(tier=levels[0])


def _survey(content: Content) -> Node | None:
    return content.node(SURVEY_ID)


def _headcount(subject: str) -> tuple[int, bool] | None:
    if subject == LITTLE_BUSINESS:
        return 0, True
    if subject.isascii() and subject.isdigit() and len(subject) <= 9:
        return int(subject), False
    return None


def _company_phrase(subject: str) -> str:
    if subject == LITTLE_BUSINESS:
        return translate("quiz", "一家网络营销业务较少的企业")
    return translate("quiz", "一家有 {n} 名员工的企业").format(n=int(subject))


def _size_explanation(subject: str, size: CompanySize) -> str:
    n = int(subject)
    hint = translate("quiz", "(“以上”包含本数)") if n == 1000 else ""
    return translate("quiz", "{n} 人的企业属于“{size}”{hint}。").format(n=n, size=translate("core", size.label), hint=hint)


def _shuffled(rng: random.Random, items: Sequence[str], right: Sequence[int]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Shuffle options; return them and the new indices of the ``right`` ones, in the same order."""
    order = list(range(len(items)))
    rng.shuffle(order)
    options = tuple(items[i] for i in order)
    where = {old: new for new, old in enumerate(order)}
    return options, tuple(where[i] for i in right)


# ---------------------------------------------------------------------------------------------
# Templates: each has subjects(content) -> ids, and build(content, subject, rng) -> Question | None


def _worktype_subjects(content: Content) -> list[str]:
    return [wt.id for occ in _occupations(content) for wt in _work_types_listed(content, occ)]


def _build_worktype(content: Content, subject: str, rng: random.Random) -> Question | None:
    occupations = _occupations(content)
    owner = next((o for o in occupations if subject in o.links), None)
    if owner is None or (node := content.node(subject)) is None or node.kind != NodeKind.WORK_TYPE:
        return None
    listed = _unique_by_title(_work_types_listed(content, owner), set())
    if node not in listed:
        return None
    right_titles = {n.title for n in listed}
    others = [n for n in listed if n.id != subject]
    other_occupations = [o for o in occupations if o.id != owner.id]
    pool = _unique_by_title(
        content.of_kind(NodeKind.POSITION)
        + other_occupations
        + [wt for o in other_occupations for wt in _work_types_listed(content, o)],
        right_titles,
    )
    if not pool:
        return None
    extra = rng.randint(0, max(0, min(len(others), MAX_OPTIONS - 2)))
    right = [node] + rng.sample(others, extra)
    wrong = rng.sample(pool, min(len(pool), MAX_OPTIONS - len(right)))
    if len(right) + len(wrong) < MIN_OPTIONS:
        return None
    options, answer = _shuffled(rng, [n.title for n in right + wrong], range(len(right)))
    notes = []
    positions = [n.title for n in wrong if n.kind == NodeKind.POSITION]
    if positions:
        notes.append(translate("quiz", "{names}是教材列出的常见网络营销岗位。").format(names=_quote_list(positions)))
    occupations = [n.title for n in wrong if n.kind == NodeKind.OCCUPATION]
    if occupations:
        notes.append(translate("quiz", "{names}是另一个职业。").format(names=_quote_list(occupations)))
    others_wt = [n.title for n in wrong if n.kind == NodeKind.WORK_TYPE]
    if others_wt:
        notes.append(translate("quiz", "{names}是其他职业的工种。").format(names=_quote_list(others_wt)))
    explanation = _sentences(translate("quiz", "教材列出的“{owner}”的工种有:{names}。").format(
        owner=owner.title, names=_list([n.title for n in listed])), *notes)
    return Question(
        id=f"worktype_of:{subject}", kind="multi",
        prompt=translate("quiz", "下列哪些是教材列出的“{owner}”的工种?(多选)").format(owner=owner.title),
        options=options, answer=tuple(sorted(answer)), explanation=explanation, node_id=owner.id,
    )


def _task_subjects(content: Content) -> list[str]:
    return _unique_task_keys(content, _list_owners(content))


def _unique_task_keys(content: Content, owners: Sequence[tuple[Node, str]]) -> list[str]:
    """Keys of the occupations' tasks that stand in only one of the ``owners``' lists."""
    counts: dict[str, int] = {}
    for owner, _ in owners:
        for item in set(owner.tasks) | set(owner.duties):
            counts[item] = counts.get(item, 0) + 1
    return [text_key(t) for occ in _occupations(content) for t in occ.tasks if counts.get(t) == 1]


def _find_task(content: Content, subject: str) -> tuple[Node, int, str] | None:
    for occ in _occupations(content):
        for n, task in enumerate(occ.tasks, 1):
            if text_key(task) == subject:
                return occ, n, task
    return None


def _build_task(content: Content, subject: str, rng: random.Random) -> Question | None:
    owners = _list_owners(content)
    if subject not in _unique_task_keys(content, owners):  # gone, or in more than one list
        return None
    found = _find_task(content, subject)
    if found is None:
        return None
    occ, number, task = found
    right = next(i for i, (node, _) in enumerate(owners) if node.id == occ.id)
    wrong = [i for i in range(len(owners)) if i != right]
    wrong = sorted(rng.sample(wrong, min(len(wrong), MAX_OPTIONS - 1)))
    if 1 + len(wrong) < MIN_OPTIONS:
        return None
    labels = [owners[right][1]] + [owners[i][1] for i in wrong]
    options, answer = _shuffled(rng, labels, [0])
    return Question(
        id=f"task_owner:{subject}", kind="choice",
        prompt=translate("quiz", "“{item}”\n这一项出自教材的哪一部分?").format(item=task),
        options=options, answer=answer,
        explanation=translate("quiz", "这是“{owner}”的第 {n} 项{list}。").format(
            owner=occ.title, n=number, list=_list_heading(occ, "tasks", _TASKS)),
        node_id=occ.id,
    )


def _tier_subjects(content: Content) -> list[str]:
    if _survey(content) is None:
        return []
    return [str(n) for n in HEADCOUNTS] + [LITTLE_BUSINESS]


def _company(content: Content, subject: str) -> tuple[Node, TierStructure] | None:
    """The survey node and the tier structure of the subject's company, for the tier questions."""
    survey, parsed = _survey(content), _headcount(subject)
    if survey is None or parsed is None or len(sizes_for_headcount(*parsed)) > 1:
        return None  # no such company, or one the textbook's wording leaves open (500)
    return survey, structure_for_size(company_size(*parsed))


_WHICH_TIERS = N_("quiz", "按教材“{survey}”,{company},网络营销岗位一般设置哪些层级?")
_HOW_MANY_TIERS = N_("quiz", "按教材“{survey}”,{company},网络营销岗位一般设几个层级?")


def _company_prompt(survey: Node, subject: str, question: str) -> str:
    """``question`` (:data:`_WHICH_TIERS` or :data:`_HOW_MANY_TIERS`) about the subject's company."""
    return translate("quiz", question).format(survey=survey.title, company=_company_phrase(subject))


def _tier_count(n: int) -> str:
    return translate("quiz", "1 个层级") if n == 1 else translate("quiz", "{n} 个层级").format(n=n)


def _company_explanation(subject: str, structure: TierStructure) -> str:
    if subject == LITTLE_BUSINESS:
        return translate("quiz", "教材说,部分网络营销业务较少的企业只设置了网络营销专员岗位(共 1 个层级)。")
    return translate("quiz", "{size}教材说这类企业一般设:{ladder}(共 {n} 个层级)。").format(
        size=_size_explanation(subject, structure.size), ladder=ladder_text(structure), n=len(structure.levels))


def _build_company_tiers(content: Content, subject: str, rng: random.Random) -> Question | None:
    found = _company(content, subject)
    if found is None:
        return None
    survey, structure = found
    texts = [ladder_text(structure_for_size(s)) for s in CompanySize]
    options, answer = _shuffled(rng, texts, [list(CompanySize).index(structure.size)])
    return Question(
        id=f"company_tiers:{subject}", kind="choice",
        prompt=_company_prompt(survey, subject, _WHICH_TIERS),
        options=options, answer=answer,
        explanation=_company_explanation(subject, structure),
        node_id=survey.id,
    )


def _build_company_tier_count(content: Content, subject: str, rng: random.Random) -> Question | None:
    found = _company(content, subject)
    if found is None:
        return None
    survey, structure = found
    counts = sorted({len(structure_for_size(s).levels) for s in CompanySize})
    if len(counts) < MIN_OPTIONS:
        return None
    options, answer = _shuffled(rng, [_tier_count(c) for c in counts], [counts.index(len(structure.levels))])
    return Question(
        id=f"company_tier_count:{subject}", kind="choice",
        prompt=_company_prompt(survey, subject, _HOW_MANY_TIERS),
        options=options, answer=answer,
        explanation=_company_explanation(subject, structure),
        node_id=survey.id,
    )


def _tier_nodes(content: Content) -> list[tuple[Tier, Node]]:
    found = {}
    for node in content.of_kind(NodeKind.TIER):
        if node.tier in Tier.codes():
            found.setdefault(Tier.from_code(node.tier), node)
    return sorted(found.items())


def _order_subjects(content: Content) -> list[str]:
    return ["tiers"] if _can_order(content, _tier_nodes(content)) else []


def _can_order(content: Content, tiers: Sequence[tuple[Tier, Node]]) -> bool:
    return _survey(content) is not None and len(tiers) >= MIN_OPTIONS


def _build_tier_order(content: Content, subject: str, rng: random.Random) -> Question | None:
    tiers = _tier_nodes(content)
    if subject != "tiers" or not _can_order(content, tiers):
        return None
    titles = [node.title for _, node in tiers]  # from the lowest tier up
    order = list(range(len(titles)))
    while order == sorted(order):  # never hand out the answer as the starting order
        rng.shuffle(order)
    options = tuple(titles[i] for i in order)
    answer = tuple(order.index(i) for i in range(len(titles)))
    found = progression_paragraph(content)
    quote = translate("quiz", "教材原文:“{sentence}”").format(sentence=found[0]) if found else ""
    return Question(
        id=f"tier_order:{subject}", kind="order",
        prompt=translate("quiz", "把下列网络营销岗位层级按从低到高的顺序排列。"),
        options=options, answer=answer,
        explanation=_sentences(translate("quiz", "从低到高:{tiers}。").format(tiers=" → ".join(titles)), quote),
        node_id=SURVEY_ID,
    )


def _position_holder(content: Content, position: Node) -> Node:
    holder = next((n for n in content.reading_order if position.id in n.links), None)
    return holder or content.parent_of(position.id) or position


def _build_position(content: Content, subject: str, rng: random.Random) -> Question | None:
    node = content.node(subject)
    if node is None or node.kind != NodeKind.POSITION:
        return None
    positions = {n.title for n in content.of_kind(NodeKind.POSITION)}
    pool = _unique_by_title(content.of_kind(NodeKind.WORK_TYPE) + _occupations(content), positions)
    wrong = rng.sample(pool, min(len(pool), 3))
    if 1 + len(wrong) < MIN_OPTIONS:
        return None
    options, answer = _shuffled(rng, [node.title] + [n.title for n in wrong], [0])
    holder = _position_holder(content, node)
    listed = [content.node(i).title for i in holder.links if content.node(i) is not None]
    kinds = {NodeKind.WORK_TYPE: N_("quiz", "“{title}”是教材中的工种。"),
             NodeKind.OCCUPATION: N_("quiz", "“{title}”是教材中的职业。")}
    notes = [translate("quiz", kinds[n.kind]).format(title=n.title) for n in wrong]
    return Question(
        id=f"common_position:{subject}", kind="choice",
        prompt=translate("quiz", "下列哪一项是教材列出的常见网络营销岗位?"),
        options=options, answer=answer,
        explanation=_sentences(translate("quiz", "教材列出的常见网络营销岗位:{names}。").format(
            names=_list(listed) or node.title), *notes),
        node_id=holder.id,
    )


def _duty_subjects(content: Content) -> list[str]:
    return [text_key(d) for owner, _ in _list_owners(content) for d in owner.duties]


def _find_duty(owners: Sequence[tuple[Node, str]], subject: str) -> tuple[Node, str, int, str] | None:
    for owner, label in owners:
        for number, duty in enumerate(owner.duties, 1):
            if text_key(duty) == subject:
                return owner, label, number, duty
    return None


def _build_duty(content: Content, subject: str, rng: random.Random) -> Question | None:
    owners = _list_owners(content)
    found = _find_duty(owners, subject)
    if found is None:
        return None
    owner, label, number, duty = found
    duties = {d for o, _ in owners for d in o.duties}
    pool = sorted({t for occ in _occupations(content) for t in occ.tasks} - duties)
    wrong = rng.sample(pool, min(len(pool), 3))
    if 1 + len(wrong) < MIN_OPTIONS:
        return None
    options, answer = _shuffled(rng, [duty] + wrong, [0])
    return Question(
        id=f"staff_duty:{subject}", kind="choice",
        prompt=translate("quiz", "下列哪一项是教材列出的“{list}”?").format(list=label),
        options=options, answer=answer,
        explanation=translate("quiz", "这是“{list}”的第 {n} 项;其他选项是教材中职业的主要工作任务。").format(
            list=label, n=number),
        node_id=owner.id,
    )


@dataclass(frozen=True)
class _Template:
    subjects: Callable[[Content], list[str]]
    build: Callable[[Content, str, random.Random], Question | None]


TEMPLATES: dict[str, _Template] = {
    "worktype_of": _Template(_worktype_subjects, _build_worktype),
    "task_owner": _Template(_task_subjects, _build_task),
    "company_tiers": _Template(_tier_subjects, _build_company_tiers),
    "company_tier_count": _Template(_tier_subjects, _build_company_tier_count),
    "tier_order": _Template(_order_subjects, _build_tier_order),
    "common_position": _Template(lambda c: [n.id for n in c.of_kind(NodeKind.POSITION)], _build_position),
    "staff_duty": _Template(_duty_subjects, _build_duty),
}


# ---------------------------------------------------------------------------------------------
# Public API


def question_ids(content: Content) -> list[str]:
    """Ids of every question the content allows (question_by_id builds each), template by template."""
    ids = [f"{name}:{s}" for name, t in TEMPLATES.items() for s in t.subjects(content)]
    return [qid for qid in ids if question_by_id(content, qid) is not None]


def question_by_id(content: Content, qid: str, rng_seed: int = 0) -> Question | None:
    """Build the question ``qid`` again; None when its template or subject no longer exists."""
    if not isinstance(qid, str):
        return None
    name, sep, subject = qid.partition(":")
    template = TEMPLATES.get(name)
    if not sep or template is None or not subject:
        return None
    question = template.build(content, subject, random.Random(f"{qid}#{rng_seed}"))
    if question is None or content.node(question.node_id) is None:
        return None
    return replace(question, rng_seed=rng_seed)


def stem_keys(question: Question) -> tuple[str, ...]:
    """What two questions of one set must not share: the prompt with its numbers left out (一家有
    500 名员工… and 一家有 800 名员工… ask the same thing), and for the company-size questions the
    company itself (asking its tiers and then how many there are gives the second answer away)."""
    keys = [re.sub(r"[0-9０-９]+", "#", question.prompt)]
    name, _, subject = question.id.partition(":")
    if name in ("company_tiers", "company_tier_count"):
        keys.append(f"company:{subject}")
    return tuple(keys)


def generate_quiz(content: Content, count: int = 10, seed: int | None = None) -> list[Question]:
    """``count`` questions (fewer if the content allows fewer), mixing the templates.

    A set never holds a question twice, nor two questions with the same stem (:func:`stem_keys`):
    the templates take turns, and a question that would repeat a stem is left for another set.
    The same ``seed`` gives the same quiz; ``None`` a fresh one.
    """
    rng = random.Random(seed)
    queues = []
    for name, template in TEMPLATES.items():
        subjects = template.subjects(content)
        rng.shuffle(subjects)
        if subjects:
            queues.append([f"{name}:{s}" for s in subjects])
    rng.shuffle(queues)
    quiz: list[Question] = []
    stems: set[str] = set()
    while len(quiz) < count and queues:  # round robin: every template before any repeats
        for queue in list(queues):
            if len(quiz) >= count:
                break
            qid = queue.pop()
            if not queue:
                queues.remove(queue)
            question = question_by_id(content, qid, rng.randrange(2**32))
            if question is not None and stems.isdisjoint(stem_keys(question)):
                stems.update(stem_keys(question))
                quiz.append(question)
    rng.shuffle(quiz)
    return quiz


def reshuffled(question: Question, rng: random.Random) -> Question:
    """The same question with its options in another order, the right ones in other places where
    that is possible (the 错题本 asks a missed question again without the student learning a
    letter by heart); the answer follows the options."""
    count = len(question.options)
    if count < 2:
        return question
    for _ in range(32):
        order = list(range(count))
        rng.shuffle(order)
        where = {old: new for new, old in enumerate(order)}
        answer = tuple(where[i] for i in question.answer)
        if question.kind != "order":
            answer = tuple(sorted(answer))
        moved = answer != question.answer or len(question.answer) == count
        if order != list(range(count)) and moved and not (question.kind == "order" and answer == tuple(range(count))):
            break
    options = tuple(question.options[i] for i in order)
    return replace(question, options=options, answer=answer)
