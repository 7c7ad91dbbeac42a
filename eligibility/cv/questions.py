"""Answer what a CV leaves open, on a terminal, with the guided self-check's own questions and parsers."""

from __future__ import annotations

from eligibility import interview
from eligibility.cv.draft import Draft


def answer(draft: Draft, asker) -> int:
    """Ask each open question the interview knows how to ask; fold the answers into the draft. Returns how many."""
    answered = 0
    remaining = []
    for question in draft.questions:
        value = _ask(question, asker)
        if value is _SKIP:
            remaining.append(question)
            continue
        answered += 1
        _apply(draft, question, value)
    draft.questions = remaining
    if draft.withheld.get("languages") is not None and not any(q.kind == "language" for q in remaining):
        levels = draft.withheld.pop("languages")
        draft.data["languages"] = {**levels, **draft.data.get("languages", {})}
    return answered


_SKIP = object()


def _ask(question, asker):
    kind, label = question.kind, question.context.get("label", "")
    if kind == "management":
        return interview._ask(asker, f"{label}: did you manage people or a unit? (y/n)", interview._yes_no)
    if kind == "fields":
        words = interview._ask(
            asker,
            f"{label}: what the work was (comma-separated fields, e.g. police, security)",
            interview._text(True),
            default="",
        )
        return [w.strip() for w in words.split(",") if w.strip()] if words else _SKIP
    if kind == "degree-field":
        words = interview._ask(asker, f"{label}: field (e.g. Law; empty if none)", interview._text(True), default="")
        return words or _SKIP
    if kind == "completed":
        done = interview._ask(
            asker, f"{label}: completed (YYYY-MM; empty if unsure)", interview._date(True), default=""
        )
        return done or _SKIP
    if kind == "end":
        return interview._ask(asker, f"{label}: ended (YYYY-MM)", interview._date(False))
    if kind == "manual":
        return interview._ask(asker, "Can you drive a car with manual transmission? (y/n)", interview._yes_no)
    if kind == "residence":
        return interview._ask(
            asker,
            "Other countries where you hold permanent residence (empty for none)",
            interview._countries(False),
            default="",
        )
    if kind == "nationalities":
        return interview._ask(
            asker,
            "Your nationalities (comma-separated, e.g. Croatia, Bosnia and Herzegovina)",
            interview._countries(True),
        )
    if kind == "service":
        return interview._service(asker)
    if kind == "language":
        level = interview._ask(asker, f"Your level in {question.context['language']}", interview._cefr, default="")
        return level or _SKIP
    return _SKIP  # a remark, not a question


def _apply(draft: Draft, question, value) -> None:
    path = question.path
    if question.kind == "language":
        draft.withheld.setdefault("languages", {})[path[-1]] = value
        return
    draft.set(path, value)
    draft.notes.pop(path, None)
