"""Answer what a CV leaves open, on a terminal, with the guided self-check's own questions and parsers."""

from __future__ import annotations

from functools import partial

from eligibility import interview
from eligibility.cv.draft import Draft


def answer(draft: Draft, asker) -> int:
    """Ask each open question the interview knows how to ask; fold the answers into the draft. Returns how many.

    Ctrl-C or the end of input (Ctrl-D) at a question stops the asking: the answers given are kept, and the
    questions not answered stay open, as a profile written without a terminal lists them."""
    answered = 0
    remaining = []
    for at, question in enumerate(draft.questions):
        try:
            value = _ask(question, asker)
        except (KeyboardInterrupt, interview.EndOfInput):
            remaining += draft.questions[at:]
            asker.say(
                f"\nStopped. {answered} answer{'s' if answered != 1 else ''} kept; "
                "the questions not answered stay open, listed at the profile's top."
            )
            break
        if value is _SKIP:
            remaining.append(question)
            continue
        answered += 1
        _apply(draft, question, value)
    _keep(draft, remaining)
    return answered


def settle(draft: Draft, kind: str, value: object) -> int:
    """Answer every open question of one kind with `value` (`import --volunteer counts`: yes to each volunteer
    entry), as if each were answered so at the terminal. Returns how many."""
    settled = [question for question in draft.questions if question.kind == kind]
    for question in settled:
        _apply(draft, question, value)
    _keep(draft, [question for question in draft.questions if question.kind != kind])
    return len(settled)


def _keep(draft: Draft, remaining: list) -> None:
    """The questions still open are `remaining`; a section none of them holds back is stated."""
    draft.questions = remaining
    still = {q.context.get("blocks") for q in remaining}
    for section in [s for s in draft.withheld if s not in still]:
        held = draft.withheld.pop(section)
        if isinstance(held, dict):
            draft.data[section] = {**held, **draft.data.get(section, {})}
        else:
            draft.data[section] = [entry for entry in held if entry is not None]  # None: not obtained after all


_SKIP = object()


def _ask(question, asker):
    kind, label = question.kind, question.context.get("label", "")
    if kind == "management":
        managed = interview._ask(
            asker, f"{label}: did you manage people or a unit? (y/n, ? if unsure)", interview._yes_no_unsure
        )
        return _SKIP if managed is None else managed  # unsure: left as the CV left it, unknown
    if kind == "fields":
        fields = interview._ask(
            asker, f"{label}: {interview.FIELDS_QUESTION[0].lower()}{interview.FIELDS_QUESTION[1:]}", interview._fields
        )
        return fields or _SKIP
    if kind == "degree-field":
        words = interview._ask(asker, f"{label}: field (e.g. Law; empty if none)", interview._text(True), default="")
        return words or _SKIP
    if kind == "completed":
        done = interview._dated(
            asker, f"{label}: completed (YYYY-MM; empty if unsure)", interview._date(True), default=""
        )
        return done or _SKIP
    if kind == "end":
        return interview._dated(asker, f"{label}: ended (YYYY-MM)", interview._date(False, year_as=1))
    if kind == "end-or-present":
        return interview._dated(
            asker, f"{label}: ended (YYYY-MM, or present)", interview._date(False, present=True, year_as=1)
        )
    if kind == "month":
        year = question.context["year"]
        named = interview._month(interview._Year.at(year, 1))
        month = interview._ask(
            asker,
            f"{label}: in which month of {year} {question.context['what']}? (1-12; empty if unsure)",
            lambda answer: named(answer) if answer.strip() and not interview._unsure(answer) else "",
            default="",
        )
        return month or _SKIP
    if kind == "start":
        return interview._dated(asker, f"{label}: started (YYYY-MM)", interview._date(False, year_as=12))
    if kind == "fraction":
        return interview._ask(asker, f"{label}: share of full time (1 full time, 0.5 half time)", interview._fraction)
    if kind == "degree-level":
        level = interview._ask(
            asker,
            f"{label}: level (bachelor, master, doctorate …; empty if unsure)",
            _optional(interview._level),
            default="",
        )
        return level or _SKIP
    if kind == "obtained":
        return interview._ask(asker, f"{label}: was the degree obtained? (y/n)", interview._yes_no)
    if kind == "volunteer":  # a person's decision: it may be left open (unknown), never forced
        counts = interview._ask(
            asker,
            f"{label}: does the posting count it as professional experience? (y/n, ? to leave it open)",
            interview._yes_no_unsure,
            default="?",
        )
        return _SKIP if counts is None else counts
    if kind == "other-languages":
        return (
            interview._ask(
                asker,
                "Other languages you speak, with levels (e.g. English C1, German B2; empty for none)",
                _optional(interview._other_languages),
                default="",
            )
            or {}
        )
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
        given = question.context.get("given")
        return interview._ask(
            asker,
            f"Your nationalities ({f'the CV gives {given}; ' if given else ''}"
            "comma-separated, e.g. Croatia, Bosnia and Herzegovina)",
            interview._countries(True, nationals=True),
        )
    if kind == "service":  # asked because a job of the CV is or may be with the OSCE, or because it lists no job
        return interview._service(asker, likely=question.context.get("likely", True))
    if kind == "language":
        language = question.context["language"]
        level = interview._ask(
            asker, f"Your level in {language}", partial(interview._cefr, language=language), default=""
        )
        return level or _SKIP
    return _SKIP  # a remark, not a question


def _optional(parse):
    return lambda answer: parse(answer) if answer else None


def _apply(draft: Draft, question, value) -> None:
    path, kind = question.path, question.kind
    if kind == "language":
        draft.withheld.setdefault("languages", {})[path[-1]] = value
        return
    if kind == "other-languages":
        draft.withheld.setdefault("languages", {}).update(value)
        return
    section = draft.withheld if path[0] in draft.withheld else draft.data
    if kind in ("obtained", "volunteer"):
        if not value:
            section[path[0]][path[1]] = None
        return
    target = section
    for key in path[:-1]:
        target = target[key]
    if target is None:
        return  # an entry already dropped
    if kind == "end-or-present" and value is None:
        target.pop(path[-1], None)
    else:
        target[path[-1]] = value
    draft.notes.pop(path, None)
