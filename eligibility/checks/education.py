"""`education`: a degree of the required level in an accepted field, or an accepted way in lieu.

Example (SEC000821): a second-level degree in security studies, law or a
related field; or a first-level degree, or a qualification from a military or
police educational institution, with two additional years of experience.
A candidate with a first-level degree in Law qualifies on the in-lieu path,
whose extra years the experience criterion then adds to its minimum.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from eligibility.checks.common import join_or
from eligibility.checks.params import (
    DEGREE_LEVEL,
    DEGREE_LEVELS,
    FIELDS,
    FLAG,
    TEXT,
    YEARS,
    Param,
    keys,
    merged_list,
    plain_number,
    read_params,
    records,
)
from eligibility.checks.paths import (
    ACADEMIES,
    ALTERNATIVE,
    EQUIVALENT_YEARS,
    NO_FIELD,
    SHORTER_STUDIES,
    Path,
    routes,
    years_in_all,
    years_stated,
)
from eligibility.checks.years import brief as years_brief
from eligibility.countries import country_code
from eligibility.degrees import LADDER, LEVEL_NAMES, accepts, mentions
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_years, human_date
from eligibility.phrases import (
    NOT_HOLDING_A_DEGREE,
    NUMBER,
    REPLACES,
    SPECIALISATION,
    clip,
    field_list,
    lazy_pattern,
    number,
)
from eligibility.phrases import YEARS as WRITTEN_YEARS
from eligibility.profile import Degree, held_back
from eligibility.relevance import first_match

KIND = "education"
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = True
"""A pass says how far above the minimum it is (`Outcome.margin`): counted in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class InLieu:
    levels: tuple[str, ...]
    extra_years: float | None
    """Additional years of experience this path costs; None when the posting does not quantify them."""
    source: str | None = None
    any_field: bool = False
    """The path's degree counts in any field, the criterion's fields aside ('candidates without a degree in law need
    three additional years': a degree of the level in another field, with the years)."""
    fields: tuple[str, ...] = ()
    """The path's own fields, in place of the criterion's ('a first-level degree in law with two additional years',
    in lieu of a master's in media law)."""
    or_related: bool = False
    """A degree in another field than the path's own goes to a person, never a failure: the fields of a programme a
    student of it is enrolled in ('… or be enrolled in a master's programme in history'), which a first degree need
    not share."""
    review: str | None = None
    """What the path asks besides its degree and years, which no profile records and a person judges for a candidate
    on this path alone ('… or secondary education supplemented by formal training in bookkeeping')."""


@dataclass(frozen=True)
class Params:
    level: str
    fields: tuple[str, ...] = ()
    """Accepted fields of study; empty means any field."""
    or_related: bool = False
    """The posting says 'or related field': an unmatched field goes to review, not fail."""
    equivalents: tuple[str, ...] = ()
    """Non-university qualifications accepted as meeting `level` outright."""
    in_lieu: tuple[InLieu, ...] = ()


def _in_lieu(node: Node, values: dict) -> InLieu | None:
    levels = values["levels"] or ((values["level"],) if values["level"] else ())
    if not levels:
        if not (node.has("level") or node.has("levels")):
            node.error("needs a level (or levels) accepted in lieu")
        return None
    return InLieu(
        levels,
        values["extra_years"],
        values["source"],
        values["any_field"],
        values["fields"],
        values["or_related"],
        values["review"],
    )


_IN_LIEU = (
    Param("level", DEGREE_LEVEL, "the degree accepted in lieu"),
    Param("levels", DEGREE_LEVELS, "several degrees accepted in lieu", default=()),
    Param("extra_years", YEARS, "additional years of experience it costs; none given: not quantified, goes to review"),
    Param("source", TEXT, "the posting's words for this path"),
    Param("any_field", FLAG, "the path's degree counts in any field, not only the criterion's fields", default=False),
    Param("fields", FIELDS, "the path's own fields, in place of the criterion's", default=()),
    Param("or_related", FLAG, "a degree in another field than the path's own goes to review, not fail", default=False),
    Param("review", TEXT, "what the path asks besides its degree and years, for a person to judge on this path alone"),
)
PARAMS = (
    Param("level", DEGREE_LEVEL, "the degree asked for (or higher)", required=True, default="bachelor"),
    Param("fields", FIELDS, "accepted fields of study; none = any field", default=()),
    Param("or_related", FLAG, "'or a related field': other fields go to review", default=False),
    Param("equivalents", DEGREE_LEVELS, "qualifications accepted as meeting `level` outright", default=()),
    Param(
        "in_lieu",
        records(
            _IN_LIEU,
            _in_lieu,
            "paths: `level`/`levels`, `extra_years`, `any_field`, `fields`, `or_related`, `review`, `source`",
        ),
        "degrees accepted in lieu, with the extra experience each costs",
        default=(),
    ),
)
KEYS = keys(PARAMS)


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def _degree_label(d: Degree) -> str:
    text = LEVEL_NAMES[d.level]
    if d.field:
        text += f" in {d.field}"
    if d.completed:
        text += f" ({d.completed})"
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _to_judge(path: Path) -> str:
    """What a person must judge on a path under review, when its experience does not already say so."""
    if path.experience is not None and path.experience.status is Status.REVIEW:
        return ""
    if path.condition and "judge" not in path.why:
        return ""  # what the route asks besides its degree, said in the condition
    why = path.why if "judge" in path.why else "whether the degree's field is accepted is for a person to judge"
    return f" {why[0].upper()}{why[1:]}."


def plan(criterion):
    """The status and margin alone, for a candidate, with the years its brief shows (`check` writes the
    outcome when it is shown)."""

    def judge(ctx):
        if ctx.profile.education is None:
            return Status.UNKNOWN, None, {}
        paths = ctx.paths(criterion)
        best = max(paths, key=lambda p: (p.status.rank, -paths.index(p)))
        main = paths[0]
        if best.status is Status.PASS and best is main:
            return Status.PASS, 1.0, {}
        in_lieu_held = _in_lieu_held(best, main)
        if best.status is not Status.FAIL and in_lieu_held:
            if best.extra_years is None:
                return Status.REVIEW, None, {}
            assert best.experience is not None
            return best.status, 0.0, _years_facts(best.experience.facts)
        if best.status is Status.FAIL:
            short = next((p for p in paths if p.experience is not None and p.experience.status is Status.FAIL), None)
            if short is not None and short.experience is not None and short.degree is not None:
                return Status.FAIL, None, _years_facts(short.experience.facts)
        return best.status, None, {}

    return judge


def _in_lieu_held(best: Path, main: Path) -> bool:
    """Whether the best path is one in lieu whose degree stands (its field accepted, or for a person to judge), so
    that what decides is the experience it costs. A degree in lieu whose field is not stated does not stand
    yet: the criterion is then unknown, as it is for the same degree on a path that counts its years, so that
    a further degree never turns a review into an unknown."""
    if best is main or best.degree is None:
        return False
    if best.extra_years is None:
        return best.status is Status.REVIEW  # the years are not quantified: review once the degree stands
    return best.experience is not None


def _years_facts(facts: dict) -> dict:
    """What the brief reads of an in-lieu path's experience facts."""
    return {key: facts[key] for key in ("months", "required_months") if key in facts}


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    if ctx.profile.education is None:
        open_in_cv = held_back(ctx.profile, "education")
        if open_in_cv:
            return Outcome(
                Status.UNKNOWN, f"The CV lists degrees but not {open_in_cv}.", advice=(f"give {open_in_cv}",)
            )
        return Outcome(
            Status.UNKNOWN,
            "The profile does not state any education.",
            advice=("list your degrees, with their level and field",),
        )
    paths = ctx.paths(criterion)
    pending = [d for d in ctx.profile.education if d.completed and d.completed.first_day > ctx.as_of]

    def later() -> str:
        return (
            f" ({_capital(_degree_label(pending[0]))} completes after {human_date(ctx.as_of)} and is not counted.)"
            if pending
            else ""
        )

    best = max(paths, key=lambda p: (p.status.rank, -paths.index(p)))
    facts = {"path": best.key, "degree": best.degree.level if best.degree else None}
    main = paths[0]
    if best.status is Status.PASS and best is main:
        why = f": {best.why}" if best.why else ""
        holds = best.degree
        assert holds is not None  # a path passes only on a degree held
        return Outcome(
            Status.PASS,
            lambda: f"{_degree_label(holds).capitalize()} meets the required {main.label}{why}.{later()}",
            margin=1.0,
            facts=facts,
        )
    in_lieu_held = _in_lieu_held(best, main)
    if best.status is not Status.FAIL and in_lieu_held:
        assert best.degree is not None
        got = _degree_label(best.degree).capitalize()
        if best.extra_years is None:
            return Outcome(
                Status.REVIEW,
                lambda: (
                    f"{got} is accepted in lieu only with experience the posting does not quantify; a person must judge.{later()}"
                ),
                facts=facts,
            )
        exp, need = best.experience, best.experience_years
        assert exp is not None and need is not None  # a quantified path held: its experience was compared
        facts.update({"months": exp.facts.get("months"), "required_months": exp.facts.get("required_months")})
        # Accepted only once the path is met: until then, it would be, on the condition still open.
        accepted = "is accepted" if best.status is Status.PASS else "would be accepted"
        if best.status is Status.REVIEW:
            condition = (
                " if a person judges the work related"
                if exp.status is Status.REVIEW
                else f" if a person finds the candidate has {best.condition}"
                if best.condition and "judge" not in best.why
                else " if a person accepts the field of the degree"
            )
        elif best.status is Status.UNKNOWN:
            condition = " if the profile shows the experience"
        else:
            condition = ""
        return Outcome(
            best.status,
            lambda: (
                f"{got} {accepted} in lieu of a {LEVEL_NAMES[params.level]} with {describe_years(need)} of "
                f"relevant experience in all{condition}: {exp.reason[0].lower() + exp.reason[1:]}"
                + (_to_judge(best) if best.status is Status.REVIEW else "")
                + later()
            ),
            margin=0.0,
            facts=facts,
            advice=exp.advice if best.status is Status.UNKNOWN else (),
        )
    # Not met on any path: say what the candidate holds and what each path would take.
    status = best.status
    advice: tuple[str, ...] | Callable[[], tuple[str, ...]] = ()
    short: Path | None = None
    if status is Status.UNKNOWN:
        advice = ("give the field of each degree",)
    elif status is Status.FAIL:
        short = next((p for p in paths if p.experience is not None and p.experience.status is Status.FAIL), None)
        if short is not None and short.experience is not None and short.degree is not None:
            # The degree is held; only the years of the in-lieu path are missing.
            advice = (
                f"on the path of your {LEVEL_NAMES[short.degree.level]}: {short.experience.advised[0]}; or a {main.label}",
            )
            facts.update({"path": short.key, "degree": short.degree.level})
            for key in ("months", "required_months", "reached_on"):
                if key in short.experience.facts:
                    facts[key] = short.experience.facts[key]
        else:
            education, as_of = ctx.profile.education, ctx.as_of
            advice = lambda: (_closest(params, paths, education, as_of),)  # noqa: E731  # worked out when shown

    def said() -> str:
        held = [d for d in ctx.profile.education if d not in pending]  # one completed later is not held yet
        holding = join_or([_degree_label(d) for d in held], "and") or "no degree"
        if short is not None and short.experience is not None and short.experience_years is not None:
            exp = short.experience.reason
            return (
                f"Holds {holding}; accepted in lieu of a {LEVEL_NAMES[params.level]} only with "
                f"{describe_years(short.experience_years)} of relevant experience in all: {exp[0].lower() + exp[1:]}{later()}"
            )
        reasons = [p.why for p in paths if p.why]
        detail = f" ({reasons[0]})" if reasons else ""
        if status is Status.UNKNOWN:
            return f"Holds {holding}; whether it is in an accepted field is not stated{detail}.{later()}"
        if status is Status.REVIEW:
            judge = detail or f" (whether it meets {join_or([p.label for p in paths])} is for a person to judge)"
            return f"Holds {holding}{judge}.{later()}"
        return f"Holds {holding}; required: {join_or([p.label for p in paths])}{detail}.{later()}"

    return Outcome(status, said, facts=facts, advice=advice)


def _distance(floors: tuple[str, ...], held: Sequence[str]) -> int:
    """How far the candidate is from a path: steps up the degree ladder to the lowest level it accepts (0: the
    level is held, the field is not)."""
    if any(accepts(level, floors) for level in held):
        return 0
    top = max((LADDER.index(level) for level in held if level in LADDER), default=0)
    return max(1, min((LADDER.index(f) - top if f in LADDER else 1) for f in floors))


def _closest(params: Params, paths: tuple[Path, ...], education: tuple[Degree, ...] | None, as_of: date) -> str:
    """'closest: a first-level university degree in law … with 2 years of additional experience; or …'."""
    held = tuple(d.level for d in education or () if d.completed is None or d.completed.first_day <= as_of)
    pending = tuple(d.level for d in education or () if d.completed is not None and d.completed.first_day > as_of)
    # The accepted fields the candidate's own degrees are in come first in the advice, so that a list cut short
    # never reads as leaving out the candidate's own field.
    own = tuple(
        dict.fromkeys(
            hit[1] for d in education or () if d.field and (hit := first_match([d.field], params.fields)) is not None
        )
    )
    return _closest_of(params, tuple((p.floors, p.label) for p in paths), held, pending, human_date(as_of), own)


@lru_cache(maxsize=1024)
def _closest_of(
    params: Params,
    paths: tuple[tuple[tuple[str, ...], str], ...],
    held: tuple[str, ...],
    pending: tuple[str, ...] = (),
    by: str = "",
    own: tuple[str, ...] = (),
) -> str:
    # What it takes depends on the posting's paths, the levels held and those completing later alone: worked out
    # once for each. A degree completing after the assessment date is not held: the advice says it must be
    # completed by then.
    ranked = sorted(range(len(paths)), key=lambda i: (_distance(paths[i][0], held + pending), i))
    accepted = list(own) + [f for f in params.fields if f not in own]
    fields = f" in {join_or(accepted[:4])}{' …' if len(accepted) > 4 else ''}" if accepted else ""

    def option(i: int) -> str:
        floors, label = paths[i]
        head, _, tail = label.partition(" with ")
        # A path at a level that names no field of study (secondary education, an academy) asks none.
        fields_in = "" if all(f in NO_FIELD for f in floors) else fields
        if _distance(floors, held) == 0:
            head = f"a degree{fields_in} at the level you hold ({head})"
        elif pending and _distance(floors, pending) == 0:
            head = f"{head}{fields_in} completed by {by} (yours completes after it)"
            head = head if head.startswith(("police", "military", "certified")) else f"a {head}"
        else:
            head = f"a {head}{fields_in}" if not head.startswith(("police", "military", "certified")) else head
        return head + (f" with {tail}" if tail else "")

    closest, *others = ranked
    text = f"closest: {option(closest)}"
    if others:
        text += "; or " + "; or ".join(option(i) for i in others)
    return text


def describe(params: Params) -> str:
    text = LEVEL_NAMES[params.level]
    if params.equivalents:
        text += " (or " + join_or([LEVEL_NAMES[e] for e in params.equivalents]) + ")"
    if params.fields:
        text += " in " + join_or(list(params.fields)) + (" or a related field" if params.or_related else "")
    for lieu in params.in_lieu:
        extra = (
            "no additional experience"
            if lieu.extra_years == 0
            else f"{describe_years(lieu.extra_years)} of additional experience"
            if lieu.extra_years is not None
            else "experience (not quantified)"
        )
        anywhere = " in any field" if lieu.any_field and params.fields else ""
        anywhere = f" in {join_or(list(lieu.fields))}" if lieu.fields else anywhere
        anywhere += " or a related field" if lieu.fields and lieu.or_related else ""
        besides = f" and {lieu.review} (for a person to judge)" if lieu.review else ""
        text += f"; or {join_or([LEVEL_NAMES[level] for level in lieu.levels])}{anywhere} with {extra}{besides}"
    return text


ASKS: tuple[str, ...] = ("education",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


brief = years_brief
"""In screening rows: counted/required years, as 'experience 7y10m/8y'."""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    """A compiled draft's parameters as the rule set writes them."""
    out: dict = {"level": params["level"]}
    for key in ("fields", "or_related", "equivalents"):
        if params.get(key):
            out[key] = list(dict.fromkeys(params[key])) if isinstance(params[key], list) else params[key]
    if params.get("in_lieu"):
        out["in_lieu"] = [
            {
                "levels" if len(e["levels"]) > 1 else "level": e["levels"] if len(e["levels"]) > 1 else e["levels"][0],
                **({"extra_years": plain_number(e["extra_years"])} if e.get("extra_years") is not None else {}),
                **({"any_field": True} if e.get("any_field") else {}),
                **({"fields": list(e["fields"])} if e.get("fields") else {}),
                **({"or_related": True} if e.get("fields") and e.get("or_related") else {}),
                **({"review": e["review"]} if e.get("review") else {}),
            }
            for e in params["in_lieu"]
        ]
    return out


def default_id(params: dict, mandatory: bool) -> str:
    if params.get("level") in ("police-academy", "military-academy"):
        return params["level"].replace("-academy", "-training")
    return "degree" if mandatory else "degree-desirable"


def merge_key(draft) -> tuple:
    # Mandatory degree statements repeat across a job board's sections; desirable ones are distinct wishes.
    return (KIND, draft.params.get("level"), draft.mandatory) if draft.mandatory else (KIND, draft.source.lower())


def absorb(params: dict, other: dict) -> None:
    for name in ("fields", "equivalents"):
        if other.get(name):
            params[name] = merged_list(params.get(name), other[name])
    if other.get("or_related"):
        params["or_related"] = True
    for lieu in other.get("in_lieu", []):
        existing = [entry for entry in params.setdefault("in_lieu", []) if entry["levels"] == lieu["levels"]]
        if existing:
            if existing[0].get("extra_years") is None and lieu.get("extra_years") is not None:
                existing[0]["extra_years"] = lieu["extra_years"]
        else:
            params["in_lieu"].append(lieu)


def primary(criteria) -> Any:
    """The degree criterion education paths start from: the mandatory one with in-lieu paths if any; else the
    highest university level; else the first mandatory one (None without one)."""
    mandatory = [c for c in criteria if c.kind == KIND and c.mandatory]
    on_ladder = [c for c in mandatory if c.params.level in LADDER]
    with_paths = [c for c in on_ladder if c.params.in_lieu]
    if with_paths:
        return with_paths[0]
    if on_ladder:
        return max(on_ladder, key=lambda c: LADDER.index(c.params.level))
    return mandatory[0] if mandatory else None


def accepted_levels(params: Params) -> tuple[str, ...]:
    """Every degree level the criterion accepts on some path: its level, its equivalents, the levels in lieu."""
    return (params.level,) + params.equivalents + tuple(level for lieu in params.in_lieu for level in lieu.levels)


# --- how the compiler reads it ---------------------------------------------------------------------------

READS = ("sentence", "clause")
"""Each clause of a requirement is read for the degree it asks; a whole sentence for a note on the degree's
equivalents ('candidates with equivalent qualifications may also be considered')."""
READS_AFTER = ("experience",)
"""A clause's years are read first: a degree named among them ('four years with a second-level degree') is a
figure of their education path, not a degree criterion."""


_PLUS_SIGN = lazy_pattern(
    rf"\s*\+\s*(?=(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}\s+(?:(?:additional|more|further|extra)\s+)?"
    r"years?\b)",
    re.I,
)
"""'Bachelor's + 2 years of additional experience': a '+' before a number of years is 'plus' (not the '5+ years'
that a number's own '+' makes a minimum)."""


def extract(sentence, reading) -> list:
    """'Second-level university degree in law or a related field; a first-level degree in combination with two
    additional years of relevant experience will be accepted in lieu of the second-level degree' gives level
    master, fields [law], or_related, and an in-lieu path: bachelor + 2 years."""
    if reading.mode == "sentence":
        return _widening(sentence, reading) or _equivalents_note(sentence, reading) or _not_enough(sentence, reading)
    text = _PLUS_SIGN.sub(" plus ", sentence.text)
    if reading.here and not routes(text):
        # 'two years (four years with a first-level degree) of experience': the degree there is a path's (but in
        # routes, '6 years with an undergraduate degree, or 4 with a doctorate', the first is the degree asked).
        # A bracket that accepts a path in lieu of the degree is the degree's own ('… degree in law (a first-level
        # degree with two further years … in lieu of the advanced degree), and will bring six years …').
        # A bracket that names the level of the education before it ('Higher education (Bachelor's degree) and 2
        # years of experience') is the degree asked, never a path's.
        text = re.sub(
            r"(?<!education\s)(?<!education)(?<!studies\s)(?<!studies)"
            r"\((?![^)]*\b(?:in\s+lieu|instead\s+of|in\s+place\s+of)\b)[^)]*\)",
            " ",
            text,
            flags=re.I,
        )
        # 'someone with a master's degree in law and five years of …' describes the person sought: the degree is asked.
        text = re.sub(
            r"(?<!someone\s)(?<!somebody\s)(?<!person\s)(?<!individual\s)(?<!professional\s)(?<!expert\s)"
            r"\b(?:with|for\s+(?:holders\s+of|(?:candidates|applicants|those|persons)\s+(?:with|holding|who\s+(?:hold|have)))"
            # '…; six years if the degree held is a bachelor's degree', '… where the candidate holds a …', '… for a …'
            r"|for(?=\s+an?\s)|(?:if|where|when)\s+(?:the\s+)?(?:(?:highest\s+)?degree\s+(?:held|obtained)(?:\s+is)?|"
            r"(?:candidate|applicant)\s+(?:holds|has|possesses)|(?:candidate|applicant)['\u2019]s\s+(?:highest\s+)?degree\s+is))"
            r"\s+an?\s+(?:[\w'\u2019-]+(?:\s+[\w-]+)?\s+degree|doctorate|ph\.?\s?d\b\.?)",
            " ",
            text,
            flags=re.I,
        )
    if not text.strip():
        return []
    # '… two years of experience after the bachelor's degree', under a master's asked before: the degree named is
    # where the years start, no degree asked of its own.
    text = _SINCE_DEGREE.sub(
        lambda m: " " if _asked_already(_levels_in(m.group()), reading.before) else m.group(), text
    )
    if not text.strip():
        return []
    if _asked_already(routes(text), reading.before):
        # '6 years of experience with an undergraduate degree; or 5 years with a graduate degree' after 'Advanced
        # university degree …, or a first-level degree plus two additional years': the degree is asked already, at
        # no lower level than any route's; the routes are the experience minimum's paths, not a second degree.
        return []
    text = _LEVEL_AFTER.sub(lambda m: f"{m.group('level')} {m.group('field') or ''}degree", text)
    return _degrees(replace(sentence, text=_field_first(text)), reading.before + reading.here, reading)


_LEVEL_AFTER = lazy_pattern(
    r"(?P<field>\b[A-Za-z][a-z-]+\s+)?degree\s+at\s+(?:an?\s+|the\s+)?(?P<level>advanced|graduate|post-?graduate)"
    r"\s+level\b",
    re.I,
)
"""'a law degree at advanced level': the level named after the degree, read as 'an advanced law degree'."""


_SINCE_DEGREE = lazy_pattern(
    r"\b(?:after|following|since)\s+(?:(?:obtaining|completing|completion\s+of|the\s+award\s+of|receiving|earning)\s+)?"
    r"(?:the|a|an|their|your|his|her)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)\b",
    re.I,
)
"""A degree named as the point the years of experience count from ('after the bachelor's degree')."""


def _levels_in(text: str) -> list[tuple[str, int, int]]:
    """The degrees a text names, as routes name them (level first)."""
    return [(level, start, end) for start, end, level in mentions(text)]


def _asked_already(found: list | None, before: list) -> bool:
    """Whether a mandatory degree read before asks, by every way it accepts, no lower level than the lowest
    route's degree."""
    levels = [lv for lv, _, _ in found or () if lv in LADDER]
    if not levels:
        return False
    lowest = min(LADDER.index(lv) for lv in levels)
    for draft in before:
        if draft.kind != KIND or draft.mandatory is False:
            continue
        accepted = [draft.params.get("level")] + [
            lv for path in draft.params.get("in_lieu", ()) for lv in path.get("levels", ())
        ]
        if all(lv in LADDER and LADDER.index(lv) >= lowest for lv in accepted):
            return True
    return False


# 'Law degree', 'an economics degree', 'Law graduate': a degree named by its field, read as 'a degree in law'.
_FIELD_FIRST = lazy_pattern(
    r"(?<![\w'\u2019-])(?P<words>(?:[A-Za-z][a-z-]*,?\s+){0,4}[A-Za-z][a-z-]*)\s+(?:degree|graduate)\b(?!\s+(?:in|of|on)\b)"
)
_NOT_A_FIELD = frozenset(
    word
    for words in (
        "a an the any one such this that same hold holds holding have has having possess possessing be is are must",
        "should with and or of in to as at by for completed relevant recognised recognized related appropriate suitable",
        "accredited equivalent required minimum formal good sound advanced higher tertiary academic university college",
        "first second third first-level second-level third-level undergraduate graduate postgraduate post-graduate",
        "bachelor bachelors master masters doctoral doctorate honours honors joint double professional level recent",
        "technical vocational school diploma national foreign international valid full upper second-class combined dual",
        "associate specialist specialised specialized european necessary preferred desired desirable similar comparable",
        "corresponding initial basic further additional another young new fresh officially internationally nationally",
        "recognised-university post senior junior other their your his her its own obtained awarded earned acquired",
        "no where when if unless without lacking",
        # 'after the said degree', 'the above-mentioned diploma': words that point back to a degree already named
        "said aforesaid above above-mentioned abovementioned aforementioned mentioned stated specified these those",
    )
    for word in words.split()
)


_BEFORE_A_VERB = frozenset(
    [
        "will",
        "shall",
        "may",
        "can",
        "could",
        "would",
        "should",
        "must",
        "to",
        "who",
        "not",
        "soon",
        "recently",
        "just",
        "they",
        "you",
        "we",
        "i",
        "expect",
        "expected",
        "due",
        "about",
    ]
)
"""Words before 'graduate' that make it the verb ('who will graduate', 'expected to graduate'), not a graduate."""


def _field_first(text: str) -> str:
    """'Law degree from a recognised university' -> 'degree in law from …'; 'A law degree' and 'Law graduate' the
    same; a qualifier before 'degree' ('a relevant degree', 'a university degree', 'a four-year degree') names no
    field and is left as written."""
    taken = mentions(text)

    def rewrite(m: re.Match) -> str:
        if any(s < m.end() and m.start() < e for s, e, _ in taken):
            return m.group(0)
        words = m.group("words").split()
        if m.group(0).lower().endswith("graduate") and words[-1].lower() in _BEFORE_A_VERB:
            return m.group(0)  # 'Candidates who will graduate by June': the verb, no degree named by its field
        field: list[str] = []
        for i in range(len(words) - 1, -1, -1):
            word = words[i].rstrip(",")
            joins = word.lower() in ("or", "and") or words[i].endswith(",")
            if joins and field and i and words[i - 1].rstrip(",").lower() not in _NOT_A_FIELD:
                field.insert(0, words[i])  # 'an economics or finance degree': both fields
                continue
            if word.lower() in _NOT_A_FIELD or "year" in word.lower():
                break
            field.insert(0, words[i])
        if not field:
            return m.group(0)
        kept = words[: len(words) - len(field)]
        return " ".join([*kept, "degree in", " ".join(field).lower()])

    return _FIELD_FIRST.sub(rewrite, text)


# 'in the absence of a degree, a secondary school diploma and four additional years', 'candidates without a Master's
# degree but with a Bachelor's degree and two more years': the degree named is the one the path stands in for.
_ABSENT = (
    r"(?:\b(?:(?:in\s+)?the\s+(?:absence|lack)\s+of|^\W*(?:absence|lack)\s+of|without|lacking|in\s+default\s+of)\s+"
    r"(?:an?\s+|the\s+|such\s+an?\s+|this\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)s?\b"
    # 'Where no degree is held, a military staff college qualification plus four more years …': the same absence.
    r"|\b(?:where|if|when)\s+no\s+(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)s?\s+(?:is|are)\s+held\b"
    rf"|{NOT_HOLDING_A_DEGREE})"
)
_IN_LIEU_WORDS = lazy_pattern(
    rf"{REPLACES}|in lieu|instead of|substitut\w*\s+for|in\s+place\s+of|may be considered if|in combination with[^.]*additional|combined with[^.]*additional|provided[^.]*additional|plus[^.]*additional"
    # '…; a first-level degree together with two additional years … is accepted instead', '… is accepted in its place':
    # the clause is a path of the degree before it, read as 'in lieu of'.
    r"|\b(?:accepted|considered|acceptable)\s+(?:instead|in\s+(?:its|their)\s+place)\b"
    # '… a military academy diploma plus four more years of experience will be considered equivalent': the same.
    # '… together with two extra years of relevant work will be taken as equal to the master's degree': the same.
    rf"|\b{NUMBER}\s+(?:more|further|extra|additional)\s+years?\b[^.;]*?\b(?:considered|accepted|regarded|deemed|"
    r"taken|treated|counted)\s+(?:as\s+)?(?:an?\s+)?(?:equivalent|equal)\b"
    # 'Candidates with a bachelor's degree are also considered if they have two more years of experience', '… may
    # also apply if …': a path of the degree asked, with the years it costs.
    r"|\balso\s+(?:(?:be\s+)?(?:considered|eligible|accepted)|apply)\s+(?:if|provided|when|where|as\s+long\s+as)\b[^.]*?"
    rf"(?:\b{NUMBER}\s+(?:additional|more|further|extra)\s+years?|\badditional\s+(?:{NUMBER}\s+)?years?|\bon\s+top\s+of)"
    # 'Candidates without a degree but with a secondary education and four additional years …': a path of the degree.
    rf"|{_ABSENT}[^.;]*?(?:\b{NUMBER}\s+(?:(?:additional|more|further|extra)\s+)?years?|\badditional\s+years?)",
    re.I,
)
_CUT = lazy_pattern(rf"in lieu of|instead of|substitut\w*\s+for|in\s+place\s+of|{_ABSENT}", re.I)
"""Where a path's degree ends and the degree it stands for begins."""
_DENIED_IN_LIEU = lazy_pattern(
    r"\b(?:not|cannot|never)\b(?:\s+\w+){0,3}?\s+(?:in\s+lieu|instead\s+of|substitut\w*|in\s+place\s+of)", re.I
)
_EXTRA = lazy_pattern(
    rf"(?P<a>{NUMBER})\s+(?:years?(?:['\u2019]|\s+of)?\s+)?additional|additional\s+(?P<b>{NUMBER})\s+years?|(?P<c>{NUMBER})\s+(?:more|further|extra)\s+years?",
    re.I,
)
_WITH_QUALIFICATION = lazy_pattern(
    r"^(?:\s+in\s+[^,;.()]+?)?\s*,?\s*(?:together\s+with|combined\s+with|coupled\s+with|along\s+with|in\s+addition\s+to|"
    r"plus|with|and)\s+(?:an?\s+|the\s+)?(?:[\w()-]+\s+){0,4}?(?:qualifications?|certifications?|certificates?|"
    r"accreditations?|designations?|licen[cs]es?|memberships?|credentials?)\b[^,;.]*",
    re.I,
)
"""'…, or a bachelor's degree together with a chartered accountancy qualification': a degree accepted only with a
qualification no kind checks."""
_WITH_EXPERIENCE = lazy_pattern(
    r"(combined with|in combination with|plus|together with|with)\s+(?:significant|substantial|extensive|considerable|relevant|additional|\w+\s+)*(?:professional\s+|relevant\s+|work\s+)*experience"
    rf"|^[^.;]{{0,160}}?\b(?:and|followed\s+by)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?:additional\s+|further\s+)?"
    rf"{NUMBER}\s+(?:(?:additional|further|more|extra)\s+)?years?\s+(?:of\s+)?(?:\w+\s+){{0,3}}?experience"
    rf"|^[^.;]{{0,160}}?\b(?:and|with)\s+(?:\w+\s+){{0,3}}?experience\s+of\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?"
    rf"{NUMBER}\s+years?\b",
    re.I,
)
"""'… with significant experience', and a route of its own: 'completed secondary education and a minimum of five
years of relevant experience', 'a school diploma, and relevant professional experience of three years'."""
_FIELDS = lazy_pattern(
    r"^\s*(?:\([^)]*\)\s*)?(?:in|on)\s+(?!lieu)(?P<f>.+?)(?=;|\.\s|\.$|\?|$|,?\s+combined with|,?\s+in combination with|\s+or\s+(?:an?\s+)?(?:certified|equivalent|graduation)|\s+or equivalent|\s+with\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|over|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|\s+with\s+(?:\w+\s+){0,3}experience\b|\s+[-\u2013\u2014]\s+(?:an?|the|e\.g\.|i\.e\.|such\s+as|including|namely)\s|\s+of\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|not\s+less\s+than|no\s+less\s+than)\s+)?(?:\d+|one|two|three|four|five|six)\b|,?\s+(?:and|plus|followed\s+by)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|over|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\b|,?\s+(?:and|plus|followed\s+by)\s+(?:\w+\s+){0,3}experience\b|,?\s+and\s+(?:(?:must|should|will|shall)\s+)?(?:have|has|having|hold|holds|be|speak|possess|demonstrate|bring)\b|,\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|over|more\s+than)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\+?\s+(?:(?:full|more|additional)\s+)?(?:years?|yrs?)\b|,?\s+or\s+(?:an?\s+|the\s+)?(?:(?:completed|completion\s+of|finished)\s+(?:an?\s+|the\s+)?)?(?:police|military)\s+(?:or\s+(?:police|military)\s+)?(?:academy|academies|officers?|college|school|educational|education|training)\b|,?\s+or\s+(?:an?\s+|the\s+)?(?:(?:first|second|third)[- ]level|bachelor|master|doctora|ph\.?d|advanced\s+(?:university\s+)?degree|(?:under|post-?)?graduate\s+degree|(?:higher\s+)?secondary|high\s+school)|\s+is\s|\s+are\s|\s+may\s|\s+will\s|,\s+as well as|,\s*(?:and|but)\s+(?:candidates?|applicants?|they|you|will|must|should|shall)\s|,\s+with\s|,\s+preferably|,?\s+(?:attested|certified|evidenced|proven|confirmed|documented)\s+by\b|\s+\(|,\s+including|\s+(?:from|obtained\s+(?:at|from)|awarded\s+by)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:universit\w*|institution\w*|college|school|academ\w*)\b|,?\s+(?:strongly\s+|highly\s+)?(?:preferred|preferable|desirable|desired|advantageous|optional)\b)",
    re.I,
)


_STUDY_YEARS = r"(?:academic\s+)?years?(?:['\u2019]?\s+(?:duration|of\s+(?:full-time\s+)?study))?"
_FIELDS_FOLLOW = r"(?=,?\s+(?:in|on)\s+(?!lieu\b|combination\b|addition\b))"
_BEFORE_FIELDS = lazy_pattern(
    r"(?:,?\s+or\s+(?:an?\s+)?equivalent(?:\s+(?:degree|qualification|diploma|level))?|\s+of\s+(?:at\s+least\s+|"
    rf"a\s+minimum\s+of\s+|minimum\s+|not\s+less\s+than\s+)?(?:\d+|one|two|three|four|five|six)(?:\s+full)?\s+{_STUDY_YEARS})"
    + _FIELDS_FOLLOW,
    re.I,
)
"""What may stand between a degree and its fields: an equivalent ('Master's degree or equivalent in public health') or
the length of the studies ('completed university studies of at least 4 years in law')."""
_STUDY_LENGTH = lazy_pattern(
    r"\b(?:studies|study|degree|diploma|education|programme|program)\s+(?:\(\s*)?(?:of|lasting)\s+"
    rf"(?:(?:at\s+least|a\s+minimum\s+of|minimum|not\s+less\s+than|no\s+less\s+than)\s+)?(?P<n>{NUMBER})\s+"
    r"(?:full[- ]time\s+|full\s+)?(?:academic\s+)?years?\b"
    rf"|\b(?P<m>{NUMBER})[- ]years?\s+(?:(?:university|academic|undergraduate|bachelor'?s?|first)\s+)?"
    r"(?:degree|studies|programme|program|course)\b"
    rf"|\((?:at\s+least\s+|a\s+minimum\s+of\s+|minimum\s+)(?P<k>{NUMBER})\s+years?\s+of\s+(?:university\s+)?stud(?:y|ies)\)",
    re.I,
)
"""How long a degree's studies last: 'university studies of at least four years', 'a four-year degree', 'university
degree (minimum 4 years of study)'."""
_YEARS_OF_STUDY = lazy_pattern(rf"\s+(?:full\s+)?{_STUDY_YEARS}{_FIELDS_FOLLOW}", re.I)
"""The same length after a degree's mention that ends on its number ('University studies of at least three' /
'years in economics')."""
_ENDS_ON_NUMBER = lazy_pattern(r"\b(?:\d+|one|two|three|four|five|six)$", re.I)


_EQUIVALENT_EXPERIENCE = lazy_pattern(
    r"\bor\s+(?:an?\s+)?(?:equivalent|comparable|relevant)\s+(?:combination\s+of\s+education\s+and\s+)?"
    r"(?:[\w-]+\s+)?experience\b",
    re.I,
)


# 'Educated to degree level', 'degree-level education': the degree named as a level of education.
_LEVEL_WORD = lazy_pattern(r"\b(?:degree|graduate)[- ]level\b", re.I)
# '… or equivalent.': an equivalent with no noun of its own.
_OR_EQUIVALENT = lazy_pattern(r",?\s+or\s+(?:the\s+|an?\s+)?equivalent\s*(?=[.;,)]|$)", re.I)


def _difference(own: str, other: str) -> float | None:
    """'A master's degree with five years of experience, or a degree with seven years': the lower degree's path costs
    the two years more it states; None unless both figures are stated and the second is no smaller."""
    mine, theirs = WRITTEN_YEARS.search(own), WRITTEN_YEARS.search(other[:120])
    if not (mine and theirs):
        return None
    a, b = number(mine.group("n")), number(theirs.group("n"))
    return b - a if a is not None and b is not None and b >= a else None


def _extra_years(text: str) -> float | None:
    """'two additional years', 'plus two years', 'two years on top of the minimum' -> 2: years said to come on top."""
    m = _EXTRA.search(text)
    if m:
        return number(m.group("a") or m.group("b") or m.group("c"))
    m = _ON_TOP.search(text)
    return number(m.group("a") or m.group("b")) if m else None


# Years an in-lieu path adds, in words other than 'additional': 'plus two years', 'two years on top of the minimum',
# 'two years in addition to the required experience', 'two years beyond the minimum'.
_ON_TOP = lazy_pattern(
    rf"\bplus\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<a>{NUMBER})\s+years?"
    rf"|(?P<b>{NUMBER})\s+years?\b[^.;]{{0,80}}?\b(?:on\s+top\s+of|in\s+addition\s+to|over\s+and\s+above|beyond)\s+"
    r"(?:the\s+)?(?:minimum|required|requirement|experience|years)",
    re.I,
)
_ANAPHOR = lazy_pattern(
    r"\s*(?:(?:one|any|either)\s+of\s+)?(?:these|those|the\s+(?:above|same|said))(?:\s+(?:mentioned\s+)?"
    r"(?:fields?|areas?|disciplines?|subjects?))?\s*$",
    re.I,
)
_FIELDS_BEFORE = lazy_pattern(
    r"\b(?:studies|study|degree|diploma|education|qualification)\s+(?:in|on)\s+(?P<f>[^,;.]+(?:,\s*(?!or\s+hold)"
    r"[^,;.]+)*?)(?=,?\s+or\s+(?:hold|have|possess|a|an)\b|[;.]|$)",
    re.I,
)
# 'completed at least three years of university studies', 'successful completion of four semesters of higher education'.
_STUDIES = lazy_pattern(
    rf"\b(?:completed|finished|completion\s+of)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}\s+"
    r"(?:full[- ]time\s+)?(?:years?|semesters?)\s+of\s+(?:full[- ]time\s+)?(?:university|undergraduate|higher|"
    r"tertiary|college|academic)\s+(?:studies|study|education)\b",
    re.I,
)


_EQUAL_TO = lazy_pattern(
    r"\b(?:equivalent|corresponding|equal)\s+to\s+(?:an?\s+|the\s+)?(?:level\s+of\s+(?:an?\s+)?)?$", re.I
)


_GENERIC_DEGREE = lazy_pattern(r"bachelor|first|1st|undergraduate", re.I)
_LEVEL_QUALIFIER = lazy_pattern(
    r"(?:\bat\s+least\s+(?:an?\s+|the\s+)?|\bat\s+(?:the\s+)?(?:level\s+of\s+(?:an?\s+)?)?|"
    r"\(\s*(?:at\s+least\s+)?(?:an?\s+|the\s+)?"
    # 'University degree in hydrology or a related subject: a Diplom or a Master's degree': the level said after a colon
    r"|:\s*(?:at\s+least\s+)?(?:an?\s+|the\s+)?)$",
    re.I,
)
_QUALIFIER_WISH = lazy_pattern(
    r"^[^;.)]*?\b(?:preferred|preferabl[ey]|desirable|desired|asset|advantage\w*|plus|welcome)\b", re.I
)


def _named_level(text: str, found: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], str] | None:
    """A generic degree ('university degree', 'higher education degree') whose level a qualifier names after it:
    '(at least a Master's or equivalent)', 'at Master's level', 'at the level of a master's degree'. The
    mention that names the level, and the text before its qualifier; None where no qualifier names a higher
    level, or the named level is a wish ('(Master's preferred)')."""
    start, end, level = found[0]
    if level != "bachelor" or _GENERIC_DEGREE.search(text[start:end]):
        return None
    for mention in found[1:]:
        s, e, other = mention
        if other not in LADDER or LADDER.index(other) <= LADDER.index(level):
            continue
        qualifier = _LEVEL_QUALIFIER.search(text[end:s])
        if qualifier is None or re.search(r"\bor\s*$", text[end : end + qualifier.start()], re.I):
            continue  # '… degree in law, or at least a Master's in economics' is another degree
        said, after = qualifier.group(0).lower(), text[e:]
        bare_at = said.startswith("at ") and not said.startswith("at least") and "level" not in said
        if bare_at and not re.match(r"\s*(?:degree\s+)?level\b", after, re.I):
            continue  # 'at' names a level only as 'at Master's level', 'at the level of'
        if _QUALIFIER_WISH.search(after):
            continue
        return mention, text[: end + qualifier.start()]
    return None


def _degrees(sentence, drafts: list, reading) -> list:
    """The degree a clause asks: its level, fields, equivalents and the ways accepted in lieu."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    found = _such_degree(text, _programme_studied(text, mentions(text)))
    if not found:
        return []
    # "a Master's degree or a higher degree in public health": a higher degree than the one named is that degree's
    # level or above (`_DEGREE_TAIL`), never a degree of the lowest level accepted in its place.
    found = [f for i, f in enumerate(found) if not i or not _higher_than_named(text, f)]
    found, implied = _implied_by_higher(text, found)
    found, studied, students_only = _held_by_students(text, found)
    text, alone = _no_degree_routes(text)
    if alone:
        drafts_out = _degrees(replace(sentence, text=text), drafts, reading)
        degree = next((d for d in drafts_out if d.kind == KIND and d.params.get("level") in LADDER[1:]), None)
        for part in alone if degree is not None else ():
            _no_degree_path(degree, part, reading)
        school = next((d for d in drafts_out if d.kind == KIND and d.params.get("level") == LADDER[0]), None)
        for part in alone if degree is None else ():
            if school is None:
                break
            # 'Secondary education or equivalent (e.g. 2 years of relevant experience)': years in place of the
            # lowest level, which no path below it can state; a person judges a candidate without it.
            school.review.append(
                f"'{clip(part)}' is accepted in place of secondary education, which no path can state (there is no "
                "level below it): a person judges a candidate without it"
            )
        for d in drafts_out:
            d.source = sentence.text
        return drafts_out
    lower = _lower_with_years(text, found, drafts, sentence)
    if lower is not None:
        return [lower]
    if _IN_LIEU_WORDS.search(text) and any(level in LADDER or _EXTRA.search(text) for _, _, level in found):
        if _DENIED_IN_LIEU.search(text):
            return []  # 'experience cannot be accepted in lieu of the degree': no path, and the degree stated apart
        return [_in_lieu_path(sentence, found, drafts, reading)]
    equal = next((f for f in found[1:] if _EQUAL_TO.search(text[: f[0]])), None)
    if equal is not None:
        # 'higher education degree or qualification equivalent to a master's degree in law': the level it equals.
        found = [equal] + [f for f in found[1:] if f is not equal]
    named = _named_level(text, found)
    fields_before = None
    if named is not None:
        # 'higher education degree in law (at least a Master's or equivalent)', '… at Master's level': the
        # level the qualifier names, not the generic degree before it.
        level_at, qualifier = named
        fields_before = _FIELDS_BEFORE.search(qualifier.rstrip(" ,(:"))
        found = [level_at] + [f for f in found[1:] if f is not level_at]
    _first_start, first_end, level = found[0]
    for start, end, _ in found[1:]:
        if not re.fullmatch(r"\s*(?:/|,|\bor\b|\bou\b)\s*", text[first_end:start], re.I):
            break
        first_end = end  # 'Bachelor's or Master's degree in law', 'Licence / Maîtrise in law': one set of fields
    if re.search(r"\sin$", text[_first_start:first_end], re.I):
        first_end -= 2  # 'Degree in law': the 'in' that names the degree also opens its fields
    title_rest = _DEGREE_TAIL.match(text, first_end)
    if title_rest:
        first_end = title_rest.end()
    at_level = _AT_LEVEL.match(text, first_end)
    if at_level:
        first_end = at_level.end()  # 'University studies at Master's level in law': the fields follow the level
    bracket = _BRACKET_REST.match(text, first_end)
    if bracket and "(" in text[text.rfind(")", 0, first_end) + 1 : first_end]:
        # 'University degree (Master's or equivalent) in law', '… (ISCED level 7) in law', 'higher education (at
        # least Master's level or equivalent) in economics': the level named in brackets after the degree or the
        # education it names; its fields follow the brackets.
        first_end = bracket.end()
    between = _BEFORE_FIELDS.match(text, first_end) or (
        _YEARS_OF_STUDY.match(text, first_end) if _ENDS_ON_NUMBER.search(text, 0, first_end) else None
    )
    if between:
        # 'Master's degree or equivalent in public health', 'completed university studies of at least 4 years in
        # law': the fields follow the equivalent or the length of the studies.
        first_end = between.end()
    params: dict = {"level": level}
    review: list[str] = []
    length = _STUDY_LENGTH.search(text)
    years_of_study = number(length.group("n") or length.group("m") or length.group("k")) if length else None
    if length and level == "bachelor" and years_of_study is not None and years_of_study > 3:
        # 'Completed university studies of at least four years': a first-level degree, but one of three years is
        # short; no profile records how long a candidate's studies lasted.
        review.append(
            f"'{clip(length.group(0))}': read as a first-level degree whose studies lasted at least "
            f"{years_of_study:g} years; no profile records how long studies lasted: a person must check it"
        )
    beside = _beside(text, first_end)
    route_besides = _route_beside(text, first_end, found, level, beside)
    m = _FIELDS.match(text[first_end : _fields_end(text, first_end, found, beside)])
    label_value = None if m else _LABEL_VALUE.match(text, first_end)
    if label_value:
        # 'University degree: Logistics or mechanical engineering', a table's row under the degree it names: the value
        # after the label is the degree's subject, as one after 'in' is.
        m = _FIELDS.match("in " + text[label_value.end() : _fields_end(text, label_value.end(), found, beside)])
    if not m and fields_before is not None:
        m = fields_before
    attested = None if m else _ATTESTED.search(text, first_end, beside.start() if beside else len(text))
    if attested:
        # 'completed university studies of at least 4 years attested by a diploma in law': the diploma's field is
        # the degree's.
        m = _FIELDS.match(text[attested.end() : beside.start() if beside else None])
    if m and _ANAPHOR.match(m.group("f")):
        # '… studies in law or political science, or hold a university degree in one of these fields': the fields
        # named before.
        m = _FIELDS_BEFORE.search(text[:_first_start])
    instead = _QUALIFICATION_OR.search(m.group("f")) if m else None
    if instead and (mentions(instead.group("q")) or WRITTEN_YEARS.search(instead.group("q"))):
        instead = None  # '…, or a higher secondary education and … a professional qualification, with 2 additional
        # years': a route of a degree level, read as such
    if m and instead:
        # 'Degree in accounting or finance, or a full professional accountancy qualification (ACCA, CIMA or CPA)': a
        # qualification that is no degree may replace it; never a field of the degree. It is the degree's equivalent
        # (a professional certificate in the degree's fields), and a person judges whether a holder's is the one named.
        said = clip(m.string[m.start("f") + instead.start("q") :].strip(" ;."))
        params.setdefault("equivalents", []).append("professional-certificate")
        review.append(
            f"'{said}' is accepted instead of the degree: read as a professional certificate in the degree's fields; "
            "a person judges whether a candidate's is the one named"
        )
    if m:
        fields, related = field_list(m.group("f")[: instead.start() if instead else None])
        if fields:
            params["fields"] = fields
        if related:
            params["or_related"] = True
    elif re.search(r"or (?:other )?(?:relevant|related) (?:degree|field|discipline)", text, re.I):
        params["or_related"] = True
    # Routes, each a degree with its own years ('7 years (with Master's degree) or 9 years (with Bachelor's
    # degree)'): a lower route is a path in lieu, costing the years more it states.
    route_years = {lv: n for lv, n, _ in routes(text) or ()}
    academies: list[str] = []
    # The other mentions: '… or a certified training course, combined with significant experience'.
    for at, end, other in found[1:]:
        if beside is not None and at >= beside.start():
            continue  # '… and a professional certification (ACCA, CPA or equivalent)': asked beside it, not instead
        if other == level or any(other in path["levels"] for path in params.get("in_lieu", ())):
            continue  # the degree asked, or a path read already ('a first university degree (BA/BSc …) plus …')
        if other in LADDER and level in LADDER and LADDER.index(other) > LADDER.index(level):
            # 'a high school diploma with eight years, or a university degree with four': the higher degree is
            # accepted already; the years it needs are a path of the experience criterion.
            if (
                studied
                and not params.get("fields")
                and LADDER.index(other) == LADDER.index(level) + 1
                and _STUDYING_FOR.search(text[max(0, _first_start - 120) : _first_start])
            ):
                # 'be enrolled in a master's programme or hold a master's degree in history': the same degree studied
                # for or held, and the field said after the one held is the choice's, never any field.
                after = _FIELDS.match(text[end : _fields_end(text, end, found, beside)])
                if after and not _ANAPHOR.match(after.group("f")):
                    fields_after, related = field_list(after.group("f"))
                    if fields_after:
                        params["fields"] = fields_after
                    if related:
                        params["or_related"] = True
            elif params.get("fields"):
                # 'a degree in economics, or a master's degree in law': the higher degree in its own field, which one
                # criterion cannot hold; either field is read for either degree, and a person checks the pairing.
                after = _FIELDS.match(text[end : _fields_end(text, end, found, beside)])
                own_fields = field_list(after.group("f"))[0] if after and not _ANAPHOR.match(after.group("f")) else []
                if set(own_fields) - set(params["fields"]):
                    params["fields"] = list(dict.fromkeys([*params["fields"], *own_fields]))
                    review.append(
                        f"'{clip(text[at:].strip(' ;.'))}' names its own field: either field is read for either "
                        "degree; a person must check the candidate's degree is in the field said of its level"
                    )
            continue
        if other in ACADEMIES and level in LADDER[1:] and _asked_too(text, _first_start, at):
            # 'A law degree plus the diploma of a police academy': both are asked, never either.
            academies.append(other)
            continue
        tail = text[end:]
        if other in route_years and level in route_years:
            extra_route = max(0.0, float(route_years[other]) - float(route_years[level]))
            params.setdefault("in_lieu", []).append({"levels": [other], "extra_years": extra_route})
        elif _WITH_EXPERIENCE.search(tail[:240]):
            extra = _extra_years(tail) or _difference(text[first_end:end], tail)
            path = {"levels": [other], "extra_years": extra}
            params.setdefault("in_lieu", []).append(path)
            own = re.split(r"[;.](?:\s|$)", tail, maxsplit=1)[0]
            stated = years_stated(own) if extra is None and reading is not None else None
            if stated is not None:
                # '…, or a bachelor's degree with ten years of relevant experience': in all, or on top of the minimum?
                reading.amend(lambda merged, path=path, stated=stated, own=own: years_in_all(merged, path, stated, own))
            elif extra is None:
                review.append(f"'{clip(tail)}': the experience this path needs is not a number; a person must judge it")
        else:
            student_path = _studied_route(text, at, end, level, other, params, found, beside) if studied else None
            if student_path is not None:
                # 'Hold a master's degree in law or be enrolled in a master's programme in history': the route of a
                # student is a path in the programme's own fields, never the held degree's.
                params.setdefault("in_lieu", []).append(student_path)
                continue
            params.setdefault("equivalents", []).append(other)
            condition = _WITH_QUALIFICATION.match(tail)
            if condition is not None:
                # Accepted only with the qualification, which no criterion checks: never a degree accepted outright.
                review.append(
                    f"'{clip(text[at : end + condition.end()].strip(' ;.'), 100)}': a {LEVEL_NAMES.get(other, other)} is "
                    "accepted only with a qualification no criterion checks; a person must check it"
                )
            bracketed = ")" not in text[text.rfind("(", 0, at) : at] if "(" in text[:at] else False
            # In brackets, only the words before the bracket closes are the degree's own ('Master's degree (or a
            # Bachelor's degree in economics)'); those after it are the degree asked's.
            inside = text[end : text.find(")", end)] if bracketed and ")" in text[end:] else ""
            own = _FIELDS.match(inside) if inside.strip() else None
            after = own if bracketed else _FIELDS.match(text[end : _fields_end(text, end, found, beside)])
            fields_after = field_list(after.group("f"))[0] if after and not _ANAPHOR.match(after.group("f")) else []
            said = clip((text[at : end + len(inside)] if bracketed else text[at:]).strip(" ;."))
            if fields_after and not params.get("fields") and bracketed:
                # "Master's degree (or a Bachelor's degree in economics)": the degree asked in any field, the one in
                # brackets only in its own, which one criterion cannot hold: no field is read, and a person checks it.
                review.append(
                    f"'{said}' is accepted only in {join_or(fields_after)}: the degree asked is read in any field; a "
                    f"person must check the field of a {LEVEL_NAMES.get(other, other)}"
                )
            elif fields_after and not params.get("fields"):
                # "Master's degree or a Bachelor's degree in economics": the field said after the last degree is the
                # choice's, never a bachelor's in any field.
                params["fields"] = fields_after
            elif fields_after and set(fields_after) - set(params["fields"]):
                # "Master's degree in law or a Bachelor's degree in economics": each degree in its own field, which one
                # criterion cannot hold; either field is read for both, and a person checks the pairing.
                params["fields"] = list(dict.fromkeys([*params["fields"], *fields_after]))
                review.append(
                    f"'{said}' names its own field: either field is read for either degree; a person must check the "
                    "candidate's degree is in the field said of its level"
                )
            quality = _DEGREE_QUALITY.search(text, max(0, at - 30), min(len(text), end + 40))
            lower = other in LADDER and level in LADDER and LADDER.index(other) < LADDER.index(level)
            if quality and lower:
                # 'Master's degree (or equivalent, e.g. a four-year Bachelor's degree with honours)': the lower degree
                # counts only with what the ladder does not record; a person checks it, never any bachelor's.
                said = text[min(at, quality.start()) : max(end, quality.end())]
                review.append(
                    f"'{clip(said)}' is accepted in its place only as such ('{quality.group(0)}'), which no profile "
                    "records: a person must check the candidate's degree"
                )
    studies = _STUDIES.search(text)
    if studies and level in LADDER and LADDER.index(level) > 0 and re.search(r"\bor\b", text, re.I):
        # 'completed at least three years of university studies …, or hold a university degree': students who have
        # done the years qualify without the degree; no profile states years of study, so a person judges them.
        below = LADDER[LADDER.index(level) - 1]
        params.setdefault("in_lieu", []).append({"levels": [below], "extra_years": None})
        review.append(f"'{clip(studies.group(0))}' accepted in lieu of the degree: a person must judge it")
    equivalent = _EQUIVALENT_EXPERIENCE.search(text)
    if level in LADDER and LADDER.index(level) > 0 and equivalent:
        # 'or equivalent professional experience', 'or equivalent research experience', 'or an equivalent combination
        # of education and experience': a path of the degree whose years a person must set.
        below = LADDER[LADDER.index(level) - 1]
        params.setdefault("in_lieu", []).append({"levels": [below], "extra_years": _extra_years(text)})
        if _extra_years(text) is None:
            review.append(f"'{clip(equivalent.group(0))}' accepted in lieu of the degree: how many years is not stated")
    elif (
        level in LADDER[1:]
        and _LEVEL_WORD.search(text, _first_start, first_end)
        and (or_equivalent := _OR_EQUIVALENT.search(text))
    ):
        # 'Educated to degree level or equivalent', 'graduate-level education or equivalent': a level of education
        # or its equivalent, which is what a person has learnt by work as much as a diploma of another name. A path
        # of the degree whose years a person must set (after 'a degree or equivalent' the equivalent is a degree).
        below = LADDER[LADDER.index(level) - 1]
        params.setdefault("in_lieu", []).append({"levels": [below], "extra_years": None})
        review.append(
            f"'{clip(or_equivalent.group(0).strip())}' after a level of education may be experience in "
            "lieu of the degree: how many years is not stated"
        )
    if level not in LADDER:
        primary = _primary(drafts, sentence)
        if (
            primary is not None
            and not _extra_years(text)
            and (sentence.mode != "desirable" or primary.mandatory is False)
        ):
            # 'Police academy courses, or graduation from a recognized police academy': equivalents of the degree above.
            # A wished certification is none of a required degree's: a wish of its own.
            equivalents = [level] + [lv for lv in params.get("equivalents", []) if lv != level]
            params = {"level": primary.params["level"], "equivalents": equivalents}
            return [Draft(KIND, text, params=params, mandatory=primary.mandatory, heading=sentence.heading)]
    notes = []
    special = SPECIALISATION.search(m.group("f")) if m and params.get("fields") else None
    if special:
        # 'law with specialisation in maritime law': the field is checked, the specialisation a person weighs.
        notes.append(
            f"'{clip(special.group(0).strip(' ,()'))}' within the field is not checked: a person may weigh it."
        )
    if implied:
        notes.append(f"'{implied}' is asked beside a higher qualification, which implies it: the higher one is read.")
    if SHORTER_STUDIES.search(text) and WRITTEN_YEARS.search(text) and re.search(r"experience", text, re.I):
        # The EU's 'studies … and appropriate professional experience of at least one year when the normal period
        # of university education is at least three years': a shorter degree's extra year, said on the degree.
        notes.append(
            "A degree of three years' study needs the experience the source states besides it: check that by hand."
        )
    post = _POST_SECONDARY.search(text, max(0, _first_start - 6), first_end)
    if level == "secondary" and post:
        # 'Post-secondary diploma in accounting': more than secondary school and less than a first degree, a step the
        # ladder does not hold; the level below is the safe reading, and a person checks the diploma.
        issue = (
            f"'{clip(text[post.start() : first_end])}' is above secondary education and below a first-level degree: "
            "read as secondary education; a person must check that the candidate holds such a diploma"
        )
        route = _SCHOOL_ROUTE.search(text, first_end)
        if route:
            # '… a post-secondary diploma, or a school diploma and three years of experience': the other route's years
            # are no minimum of everyone's; a person checks them for a candidate without the diploma.
            issue += f", or meets the other route ('{clip(route.group('route'))}')"
        review.append(issue)
    dated = _OBTAINED_WHEN.search(text)
    if dated:
        # 'Candidates must have obtained their Master's degree after 1 January 2023': when the degree was obtained is
        # asked, which the degree criterion does not check; a person checks the date, never silence.
        review.append(
            f"'{clip(dated.group(0))}': when the degree was obtained is asked, which no criterion checks: a person "
            "must check the date"
        )
    where = _obtained_where(text, _first_start)
    if where:
        # 'a Master's degree in law, obtained in the legal system of a member State': where the degree was obtained
        # is asked, which no profile records; the degree is read, and a person checks where, never silence.
        review.append(
            f"'{clip(where.group(0).strip())}': where the degree was obtained is asked, which no profile records: a "
            "person must check it"
        )
    also = _ALSO_ADMITS.search(text)
    if also and not _CONSIDERED.search(text):
        # 'Doctorate in political science (candidates who have submitted their thesis may also apply)': candidates
        # the degree criterion cannot tell apart are admitted too; a person judges them, never silence.
        review.append(
            f"'{clip(also.group(0))}': candidates the degree criterion cannot check: a person must judge them"
        )
    if studied:
        # Being enrolled is not holding the degree: the level below is what such a student holds, and secondary
        # education names no field.
        # the level below the one studied for, whichever mention the degree asked is read from
        held = next((LADDER[LADDER.index(lv) - 1] for _, _, lv in mentions(studied) if lv in LADDER[1:]), level)
        notes.append(f"'{studied}' read as the {LEVEL_NAMES.get(held, held)} a student of that degree holds.")
        if students_only and not _STUDENTS_BARRED.search(text):
            # 'be enrolled in a master's programme or have completed one': a bachelor's is what a student holds, but
            # not every holder is studying, and no profile says who is: a person checks it, never a refusal.
            review.append(
                f"'{clip(studied)}': students of that degree are admitted, and no profile records who is studying: "
                "a person must check that a candidate who does not hold it is enrolled"
            )
        if level == "secondary":
            params.pop("fields", None)
            params.pop("or_related", None)
    if (
        studied
        and students_only
        and params.get("fields")
        and not any(p.get("or_related") for p in params.get("in_lieu", ()))
    ):
        # 'registered in a postgraduate programme in forestry': the fields are the programme's; a student's first degree
        # may be in another, which a person judges, never a refusal.
        params["or_related"] = True
        notes.append("The fields are those of the programme studied: a first degree in another field goes to a person.")
    drafts_out = [Draft(KIND, text, params=params, review=review, notes=notes, heading=sentence.heading)]
    for academy in academies:
        drafts_out.append(
            Draft(
                KIND,
                text,
                params={"level": academy},
                notes=[f"The {LEVEL_NAMES[academy]} is asked beside the degree."],
                heading=sentence.heading,
            )
        )
    if beside and route_besides:
        # 'a university degree, or secondary education supplemented by formal training in bookkeeping': the training
        # is asked on the school route alone, a condition of that path a person judges; never of a degree's holder.
        said = _ROUTE_YEARS.split(beside.group("what"), maxsplit=1)[0].strip(" ,")
        lv = route_besides[2]
        route_path: dict[str, Any] | None = next((p for p in params.get("in_lieu", ()) if lv in p["levels"]), None)
        if route_path is None:
            params["equivalents"] = [e for e in params.get("equivalents", []) if e != lv]
            if not params["equivalents"]:
                del params["equivalents"]
            route_path = {"levels": [lv], "extra_years": 0}
            params.setdefault("in_lieu", []).append(route_path)
        route_path["review"] = said
        notes.append(
            f"'{clip(said)}' is asked of the route of {LEVEL_NAMES[lv]} alone: a person judges it for a candidate "
            "on that route."
        )
        beside = None
    if beside:
        # 'Completed university education in law and passed bar examination': the examination is asked as well,
        # and no degree criterion states it.
        said = beside.group("what").strip()
        issue = f"'{clip(said)}' is asked beside the degree: a person must judge it"
        drafts_out.append(Draft("requirement", said, review=[issue], heading=sentence.heading))
    return drafts_out


_YEARS_FIRST = lazy_pattern(
    rf"\s*(?:(?:at\s+least|a\s+minimum\s+of|minimum|over|more\s+than)\s+)?(?:(?:additional|further)\s+)?{NUMBER}\s",
    re.I,
)
"""An alternative that opens with its years: '… or ten years of relevant experience in lieu of a degree'."""


def _no_degree_routes(text: str) -> tuple[str, list[str]]:
    """'Master's degree in law, or a Bachelor's degree in law and three years …, or ten years of relevant experience
    in lieu of a degree': an alternative that names years and no degree of its own, in lieu of a degree named without
    its level, is a route with no degree; so is a degree's equivalent said to be years of experience alone
    ('Bachelor's degree or equivalent (e.g. 4 years of relevant experience)'). The text without such alternatives,
    and each such alternative's words."""
    equivalents = [
        m for m in EQUIVALENT_YEARS.finditer(text) if not mentions(m.group("route")) and mentions(text[: m.start()])
    ]
    if equivalents:
        kept, routes_alone = _no_degree_routes(_without(text, [m.span() for m in equivalents]))
        return kept, [m.group("route") for m in equivalents] + routes_alone
    spans = list(ALTERNATIVE.finditer(text))
    starts = [0] + [m.end() for m in spans]
    ends = [m.start() for m in spans] + [len(text)]
    kept, routes_alone = text[: ends[0]], []
    for i in range(1, len(starts)):
        part = text[starts[i] : ends[i]]
        cut = _CUT.search(part)
        stood_for = [m for m in mentions(part) if cut and m[0] > cut.start()]
        if (
            cut
            and _YEARS_FIRST.match(part)
            and (WRITTEN_YEARS.search(part[: cut.start()]) or _EXTRA.search(part[: cut.start()]))
            and not mentions(part[: cut.start()])
            and all(_generic(part, m) for m in stood_for)
        ):
            routes_alone.append(part)
            continue
        kept += text[ends[i - 1] : ends[i]]
    return kept, routes_alone


def _without(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans cut out."""
    ends = [0] + [end for _, end in spans]
    starts = [start for start, _ in spans] + [len(text)]
    return "".join(text[a:b] for a, b in zip(ends, starts, strict=True))


def _no_degree_path(draft, part: str, reading) -> None:
    """The path of a route with no degree (`_no_degree_routes`), added to the degree it stands in for: secondary
    education (a school-leaving certificate, no field to match) with the route's years, told as any path's are."""
    extra = _extra_years(part)
    path = {"levels": ["secondary"], "extra_years": extra}
    draft.params.setdefault("in_lieu", []).append(path)
    draft.notes.append(f"'{clip(part)}' read as a route with no degree: secondary education with those years.")
    stated = years_stated(part) if extra is None else None
    if stated is not None and reading is not None:
        reading.amend(lambda merged: years_in_all(merged, path, stated, part))
    elif extra is None:
        draft.review.append(f"'{clip(part)}': the years of this route with no degree are not a number")


def _lower_with_years(text: str, found: list[tuple[int, int, str]], drafts: list, sentence):
    """'Bachelor's level accepted with two years of additional relevant experience', 'Bachelor's degree holders need
    two more years of experience', after a higher degree asked: a clause whose only degree is below the degree asked
    and that states years on top is that degree's path in lieu, never a second degree asked of everyone. None for
    any other clause."""
    from eligibility.compiler.draft import Draft

    if _CUT.search(text):
        return None  # 'in lieu of …', 'without a degree': the degree the path stands for is named, read as such
    levels = {level for _, _, level in found}
    primary = _primary(drafts, sentence)
    if primary is None or primary.mandatory is False or len(levels) != 1 or not levels <= set(LADDER):
        return None
    (level,) = levels
    extra = _extra_years(text)
    # 'Holders of a master's degree in another field need two additional years': the degree asked, or one below it,
    # in any field, with the years on top.
    elsewhere = _IN_ANOTHER_FIELD.match(text, found[0][1]) is not None
    asked = LADDER.index(primary.params["level"])
    if extra is None or LADDER.index(level) > asked or (LADDER.index(level) == asked and not elsewhere):
        return None
    if _DENIED_IN_LIEU.search(text):
        return None
    path = {"levels": [level], "extra_years": extra, **({"any_field": True} if elsewhere else {})}
    params = {"level": primary.params["level"], "in_lieu": [path]}
    return Draft(KIND, text, params=params, mandatory=primary.mandatory, heading=sentence.heading)


_IN_ANOTHER_FIELD = lazy_pattern(
    r"\s*(?:\([^()]*\)\s*)?(?:(?:in|of)\s+)?(?:an?other|a\s+different|other|different|any\s+other|an?\s+unrelated|"
    r"unrelated)\s+(?:fields?|disciplines?|subjects?|areas?|domains?)\b",
    re.I,
)
"""A degree's field said to be another than the one asked: '… a master's degree in another field', '… in a different
discipline'."""


def _each_path(text: str, levels: list[str]) -> list[dict]:
    """'a Bachelor's degree with four years of additional experience, or a secondary school diploma with eight
    years of additional experience, may be accepted in lieu': several paths, each alternative one degree and its own
    additional years; [] unless every alternative is such."""
    if len(levels) < 2:
        return []
    found = []
    for part in ALTERNATIVE.split(text):
        own = list(dict.fromkeys(lv for _, _, lv in mentions(part) if lv in LADDER))
        extra = _extra_years(part)
        if len(own) != 1 or extra is None:
            return []
        found.append({"levels": own, "extra_years": extra})
    return found if len(found) == len(levels) else []


def _levelless(text: str, mention: tuple[int, int, str]) -> bool:
    """'a degree', 'a university degree in law': a degree named without its level, read as a first degree by
    `mentions`."""
    start, end, level = mention
    return level == "bachelor" and not _GENERIC_DEGREE.search(text[start:end])


def _generic(text: str, mention: tuple[int, int, str]) -> bool:
    """'a degree', 'a university degree': a degree named without its level or field ('without a degree in law' names
    a field: a degree in another field may still be held)."""
    return _levelless(text, mention) and not re.match(r"\s+(?:in|of)\s+(?!lieu\b)\w", text[mention[1] :], re.I)


_POST_SECONDARY = lazy_pattern(r"\bpost-?\s?secondary\b", re.I)
_SCHOOL_ROUTE = lazy_pattern(
    rf"\bor\s+(?P<route>(?:an?\s+)?[^.;]*?\bsecondary\b[^.;]*?\b{NUMBER}\s+years?\b[^.;]*)", re.I
)
"""After a post-secondary diploma, another route of a school diploma with years of experience."""
_BRACKET_REST = lazy_pattern(r"(?!\s*(?:in|on)\s)[^()]*\)")
"""The rest of the brackets a degree's level is named in, up to their end, where no field is named in them."""
_AT_LEVEL = lazy_pattern(r"\s*(?:degree\s+|studies\s+)?level\b(?=\s+(?:in|on)\s)", re.I)
"""The word 'level' after a degree's name, before its fields ('at Master's level in law')."""
_HIGHER_THAN_NAMED = lazy_pattern(r"\b(?:or|and)\s+(?:an?\s+|any\s+)?(?:higher|more\s+advanced)\s+$", re.I)


def _higher_than_named(text: str, mention: tuple[int, int, str]) -> bool:
    """A degree said only to be higher than one named before it ('… or a higher degree'), not a level of its own
    ('… or Higher Secondary education' names one)."""
    start, end, _ = mention
    return bool(
        _HIGHER_THAN_NAMED.search(text, 0, start)
        and re.match(r"(?:university\s+|academic\s+)?(?:degree|qualification)\b", text[start:end], re.I)
    )


_DEGREE_TAIL = lazy_pattern(
    r"(?:\s+of\s+(?:(?-i:[A-Z])[\w.']*\s+){1,3}?|,?\s+(?:or|and)\s+(?:higher|above|(?:an?\s+)?higher\s+"
    r"(?:degree|level|qualification)))(?=\s*(?:in|on)\s)",
    re.I,
)
"""What completes a degree's name before its fields: the rest of its title ('Master of Arts in …', 'Bachelor of
Science in …') or a level it admits above it ('a Bachelor's degree or higher in economics')."""
# '… or a military college diploma', '… or be enrolled in a master's programme', '… or hold a bachelor's degree'.
_OR_BEFORE_DEGREE = lazy_pattern(
    r"[,;]?\s+or\s+(?:(?:be|are|is|being)\s+(?:currently\s+)?(?:enrolled|registered)\s+(?:in|on|for|at)\s+"
    r"|(?:current\s+)?(?:enrol(?:l)?ment|registration)\s+(?:in|on|for|at)\s+"
    r"|(?:hold|have|possess|holding|having)\s+)?"
    r"(?:an?\s+|the\s+)?(?:(?:diploma|degree|graduation|certificate)\s+(?:of|from)\s+(?:an?\s+|the\s+)?)?$",
    re.I,
)


def _fields_end(text: str, start: int, found: list[tuple[int, int, str]], beside) -> int | None:
    """Where the words that may name the first degree's fields end: before what is asked beside it, and before
    another degree offered instead ('Degree in economics, or a military or police college diploma …')."""
    end = beside.start() if beside else None
    clause = _NOT_A_FIELD_CLAUSE.search(text, start, end if end is not None else len(text))
    if clause:
        end = clause.start()  # '…, awarded at most three years ago', '…, or hold one': no field
    for s, _, _ in found:
        if s >= start and (end is None or s < end):
            other = _OR_BEFORE_DEGREE.search(text, start, s) or _asked_too(text, start, s)
            if other:
                return other.start()
    return end


_LABEL_VALUE = lazy_pattern(
    r"\s*:\s+(?=[^\W\d_])(?!(?:essential|required|mandatory|compulsory|obligatory|desirable|preferred|preferable|"
    r"optional|advantageous|yes|no|none|an?\s|the\s|at\s+least|minimum|any)\b)",
    re.I,
)
"""A colon after a degree's name that opens its subject, as a label does its value ('University degree: Law'); never a
mode ('Master's degree: desirable') or a figure."""
_NOT_A_FIELD_CLAUSE = lazy_pattern(
    r",?\s+(?:obtained|awarded|earned|acquired|received|completed|conferred)\s+(?:(?:not|no)\s+(?:more|later|earlier|"
    r"before)|(?:less|fewer)\s+than|within|after|since|before|during|in\s+the\s+(?:last|past)|on\s+or)\b"
    r"|,\s+(?:obtained|awarded|earned|acquired|received|conferred)\b"
    # where it was obtained: '… in law obtained under the legal system of a member State'
    r"|\s+(?:obtained|awarded|earned|acquired|received|conferred|issued)\s+(?:in|under|within)\b"
    r"|,?\s+or\s+(?:to\s+)?(?:have|has|hold|holds|be|possess|are|is)\b",
    re.I,
)
"""What ends a degree's fields without naming one: when it was obtained ('…, awarded no more than three years before
the deadline'), or another clause offered instead ('…, or have completed such a programme')."""
_ASKED_TOO = lazy_pattern(
    r"(?<![/\w])(?:and|plus|as\s+well\s+as|together\s+with|in\s+addition\s+to|followed\s+by|supplemented\s+by)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:successful\s+)?(?:graduation|completion|diploma|degree|certificate)\s+(?:from|of)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+,?\s+){0,3}?)?(?:(?:recogni[sz]ed|accredited|completed)\s+)?$",
    re.I,
)
"""The words that join a second qualification to the one before as asked too: '… and a diploma of a …', '… and
completion of a customs, police or military academy' (the kind of academy named before the one read)."""


def _asked_too(text: str, start: int, at: int) -> re.Match[str] | None:
    """The words before a degree mention at `at` that ask it beside the one named from `start` ('A secondary school
    diploma and a diploma of a police academy'), never instead of it: no 'or' stands between them."""
    if re.search(r"\bor\b", text[start:at], re.I):
        return None
    return _ASKED_TOO.search(text, start, at)


def _implied_by_higher(text: str, found: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], str]:
    """'Finished secondary school and a diploma of a police academy', '… and a university degree in law':
    secondary education asked together with a higher qualification, which implies it; what is asked is the higher
    one, never secondary school with the other as a choice. The mentions with the higher first, and the secondary
    education's words ('' when there is none such)."""
    if len(found) < 2 or found[0][2] != "secondary":
        return found, ""
    start, end, _ = found[0]
    nxt = next((f for f in found[1:] if f[2] != "secondary"), None)
    if nxt is None or not (nxt[2] in ACADEMIES or nxt[2] in LADDER[1:]) or not _asked_too(text, end, nxt[0]):
        return found, ""
    return [nxt] + [f for f in found[1:] if f is not nxt], text[start:end]


_PROGRAMME_STUDIED = lazy_pattern(
    r"\b(?:post-?\s?)?graduate\s+(?:programmes?|programs?|studies|courses?)\b(?!\s*(?:\(|,|at\b|of\b|leading\b))",
    re.I,
)
"""A programme whose level is said by its name alone: a (post)graduate programme follows a first degree."""
_SUCH = lazy_pattern(r"\bsuch\s+(?:an?\s+)?$", re.I)


def _programme_studied(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The mentions with a (post)graduate programme being studied ('registered in a postgraduate programme in forestry')
    read as a master's mention, which `_held_by_students` then reads as studied for."""
    extra = [
        (m.start(), m.end(), "master")
        for m in _PROGRAMME_STUDIED.finditer(text)
        if _STUDYING_FOR.search(text[max(0, m.start() - 120) : m.start()])
        and not any(s < m.end() and m.start() < e for s, e, _ in found)
    ]
    return sorted(found + extra) if extra else found


def _such_degree(text: str, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """'… or hold such a degree': a degree named by no level that points back to the one before is of that
    level, never a first degree of its own."""
    out: list[tuple[int, int, str]] = []
    for i, (start, end, level) in enumerate(found):
        if i and _levelless(text, (start, end, level)) and _SUCH.search(text, 0, start):
            level = out[i - 1][2]
        out.append((start, end, level))
    return out


_SUPPLEMENTED = lazy_pattern(
    r"\b(?:(?:supplemented|complemented|accompanied|followed)\s+(?:by|with)"
    # 'secondary education and completed vocational training': training said done, asked as well
    r"|(?:and|plus)(?=\s+(?:an?\s+)?(?:successfully\s+)?completed\s))\s+"
    r"(?P<what>(?:an?\s+|the\s+)?(?:(?!years?\b|experience\b)[a-z-]+\s+){0,3}?(?:training|courses?|coursework|certificates?|certification|qualifications?)\b"
    r"(?!\s+(?:experience|skills)\b)[^;.]*)",
    re.I,
)
"""Training asked beside a degree or school: '… supplemented by courses in finance', '… complemented
by vocational training in payroll', '… followed by a post-secondary qualification in bookkeeping', '… and completed
training as a fitter'."""


_ROUTE_YEARS = lazy_pattern(
    r",?\s+(?:and|with|plus|followed\s+by)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|over|more\s+than)\s+)?"
    rf"(?:{NUMBER}\b|(?:\w+\s+){{0,3}}?(?:years?|experience)\b)",
    re.I,
)
"""What ends the training a route asks beside its level: the years the route needs ('…, and a minimum of five years
of relevant experience')."""


def _route_beside(
    text: str, start: int, found: list[tuple[int, int, str]], level: str, beside: re.Match[str] | None
) -> tuple[int, int, str] | None:
    """The lower route, offered after 'or', that what is asked beside (`beside`) follows at once ('a university
    degree, or secondary education supplemented by formal training in bookkeeping'): the training is that route's,
    never the degree's; None where it follows the degree asked, or a route that is no lower level."""
    if beside is None or level not in LADDER:
        return None
    for mention in found[1:]:
        s, e, lv = mention
        if s < start or e > beside.start():
            continue
        if (
            lv in LADDER
            and LADDER.index(lv) < LADDER.index(level)
            and re.search(r"\bor\b", text[start:s], re.I)
            and re.fullmatch(r"[\s,]*", text[e : beside.start()])
        ):
            return mention
    return None


def _beside(text: str, start: int) -> re.Match[str] | None:
    """What a degree clause asks beside the degree after `start` (`_BESIDE_DEGREE`, `_SUPPLEMENTED`): the first."""
    found = [m for m in (_BESIDE_DEGREE.search(text, start), _SUPPLEMENTED.search(text, start)) if m]
    return min(found, key=lambda m: m.start()) if found else None


# '…, or a full professional accountancy qualification', '… or a chartered certification': a qualification that is
# no degree, after the degree's fields.
_QUALIFICATION_OR = lazy_pattern(
    r",?\s+or\s+(?:an?\s+|the\s+)?(?P<q>[^,;]*?\b(?:qualifications?|certificat\w*|chartered|accreditation|designation|"
    r"membership|licen[cs]e)\b.*)$",
    re.I,
)
_DEGREE_QUALITY = lazy_pattern(
    r"\b(?:(?:three|four|five|3|4|5)[- ]years?(?:\s+(?:full[- ]time|university))?|(?:with\s+)?honou?rs|"
    r"(?:with\s+)?(?:first|upper\s+second)[- ]class(?:\s+honou?rs)?|with\s+distinction)\b",
    re.I,
)
"""What a degree accepted as an equivalent must also be: 'a four-year Bachelor's degree with honours'."""
_OBTAINED_WHEN = lazy_pattern(
    r"\b(?:obtained|awarded|completed|earned|graduated)\b[^.;]{0,40}?\b(?:(?:after|since|on\s+or\s+after|not\s+(?:before|"
    r"earlier\s+than)|no\s+earlier\s+than|(?:with)?in\s+the\s+(?:last|past))\s+[^.;]{1,40}"
    # 'awarded no more than three years before the deadline', '… within the four months before applying'
    rf"|(?:(?:not|no)\s+more\s+than\s+|(?:less|fewer)\s+than\s+|within\s+(?:the\s+)?){NUMBER}\s+(?:years?|months?)\b"
    r"[^.;]{0,40})",
    re.I,
)
"""A degree asked to be recent: 'obtained their Master's degree after 1 January 2023', 'graduated within the last
two years'."""
_GOT = r"\b(?:obtained|awarded|earned|acquired|received|conferred|issued|gained|completed)\s+"
_OBTAINED_WHERE = lazy_pattern(
    # in a legal or national system: 'obtained in the legal system of a member State', '… under the law of a country'
    _GOT
    + r"(?:in|under|within)\s+(?:the\s+|an?\s+)?(?:(?:[\w-]+\s+){0,2}?(?:legal|judicial|national|education(?:al)?)\s+"
    r"(?:system|order)s?"
    r"|jurisdictions?|laws?\s+of)\b[^,;.()]*"
    # in a state or country: '… awarded in an EU member state', '… in one of the participating States'
    r"|" + _GOT + r"(?:in|within)\s+(?:(?:an?|the|one\s+of\s+the|any)\s+)?(?:(?:EU|European\s+Union|OSCE|participating|"
    r"member|other|foreign|this|that)\s+)*(?:states?|countr(?:y|ies))\b[^,;.()]*"
    # in a country named: '… obtained in Germany' (told by `_obtained_where`)
    r"|"
    + _GOT
    + r"in\s+(?:the\s+)?(?P<country>(?-i:[A-Z][\w'\u2019-]*(?:\s+(?:of\s+|and\s+)?[A-Z][\w'\u2019-]*){0,3}))",
    re.I,
)
"""A degree asked to come from a place or a legal system: 'a Master's degree in law, obtained in the legal system of a
member State', '… awarded in an EU country', '… obtained in Germany'. No profile records where a degree was obtained."""


def _obtained_where(text: str, start: int) -> re.Match[str] | None:
    """Where the degree named at `start` is asked to have been obtained (`_OBTAINED_WHERE`); a name after 'in' only
    when it is a country's ('obtained in Germany', never 'obtained in June'); never where experience named after the
    degree was gained ('… and five years of experience acquired in a member State')."""
    for m in _OBTAINED_WHERE.finditer(text, start):
        if _NOT_THE_DEGREE.search(text, start, m.start()):
            break
        if m.group("country") is None or country_code(m.group("country")):
            return m
    return None


_NOT_THE_DEGREE = lazy_pattern(r"\b(?:experience|years?|service|work|employment|training|[;.](?:\s|$))", re.I)
# 'candidates who have submitted their thesis may also apply', 'final-year students are also eligible'.
_ALSO_ADMITS = lazy_pattern(
    r"\b(?:candidates|applicants|those|persons|students|graduates)\b[^.;()]*?\b(?:may|can|will|are|shall)\s+also\s+"
    r"(?:apply|be\s+(?:considered|accepted|eligible|admitted))\b|\b(?:are|is)\s+also\s+eligible\b",
    re.I,
)
_BESIDE_DEGREE = lazy_pattern(
    r"\b(?:and|plus)\s+(?P<what>(?:having\s+)?(?:passed|passing|successful\w*\s+(?:passed|completed|completion)|"
    r"admission\s+to|admitted\s+to|membership\s+(?:of|in)|(?:the\s+|a\s+)?(?:bar|state|judicial|legal)\s+exam"
    r"|(?:an?\s+|the\s+)?(?:recogni[sz]ed\s+|relevant\s+|valid\s+)?(?:professional\s+)?(?:certification|accreditation"
    r"|designation|chartered\s+[\w-]+)\b|(?<=plus\s)(?-i:[A-Z]{2,})\b)[^;.]*)",
    re.I,
)
"""What a degree clause asks besides the degree: a passed examination, admission to the bar, a professional
certification ('… and a professional certification (ACCA, CPA or equivalent)', '… plus CFA Level II')."""


# 'be enrolled in a master's programme', 'studying for a doctorate', 'in the final year of a bachelor's degree': the
# degree named is being studied for, not held. A programme named by no level before the level it is at ('enrolled in
# a graduate programme (master's level)', '… in a postgraduate course at doctoral level') is studied for the same.
_STUDYING_FOR = lazy_pattern(
    r"\b(?P<how>(?:(?:be|is|are|being)\s+)?(?:currently\s+)?(?:enrolled|registered)\s+(?:in|on|for|at)|"
    # the noun: 'enrolment in a doctoral programme', 'current registration in a PhD programme'
    r"(?:(?:current|ongoing)\s+)?(?:enrol(?:l)?ments?|registrations?)\s+(?:in|on|for|at)|"
    r"(?:currently\s+)?(?:studying|working)\s+(?:for|towards?)|(?:currently\s+)?pursuing|"
    r"students?\s+(?:of|in|on|at)|(?:in\s+)?(?:the\s+)?(?:final|last)\s+year\s+of)"
    r"\s+(?:(?:an?|the|their|his/her|one's)\s+)?(?:full-time\s+|part-time\s+)?"
    r"(?:(?:(?:post-?)?graduate|university|academic|degree|study|studies)\s+(?:programmes?|programs?|courses?|studies)"
    r"\s*(?:\(\s*|,\s*|at\s+(?:the\s+)?|of\s+(?:the\s+)?|leading\s+to\s+)(?:(?:an?|the)\s+)?)?$",
    re.I,
)

_BE = lazy_pattern(r"^(?:be|is|are|being)\s+", re.I)
_PROGRAMME_WORDS = lazy_pattern(
    r"\s*(?:degree\s+)?(?:programmes?|programs?|courses?|studies)\b(?=\s+(?:in|on)\s)", re.I
)


def _studied_route(text: str, at: int, end: int, level: str, other: str, params: dict, found, beside) -> dict | None:
    """The path of a student of the degree at `at` (read as the level below, which such a student holds) where the
    programme names its own fields beside those of a higher degree held ('Hold a master's degree in law or be
    enrolled in a master's programme in history'): a path with no more years, in the programme's fields, a first
    degree in another field going to a person (a student's first degree need not be in the programme's field);
    None where the mention is no such route."""
    if not (other in LADDER and level in LADDER and LADDER.index(other) < LADDER.index(level) and params.get("fields")):
        return None
    if not _STUDYING_FOR.search(text[max(0, at - 120) : at]):
        return None
    programme = _PROGRAMME_WORDS.match(text, end)
    start = programme.end() if programme else end
    after = _FIELDS.match(text[start : _fields_end(text, start, found, beside)])
    if after is None or _ANAPHOR.match(after.group("f")):
        return None
    own = [f for f in field_list(after.group("f"))[0] if f]
    if not own or not set(own) - set(params["fields"]):
        return None
    return {"levels": [other], "extra_years": 0, "fields": own, "or_related": True}


# 'Candidates in the final year of a Master's programme may not apply': the students shut out, never admitted.
_STUDENTS_BARRED = lazy_pattern(
    r"\b(?:may|can|shall|will)\s*not\s+(?:apply|be\s+(?:considered|accepted|admitted|eligible))\b|\bcannot\s+apply\b|"
    r"\b(?:are|is)\s+not\s+(?:eligible|accepted|admitted|considered)\b|\bineligible\b|\bare\s+excluded\b",
    re.I,
)


def _held_by_students(text: str, found: list[tuple[int, int, str]]) -> tuple[list[tuple[int, int, str]], str, bool]:
    """The degree mentions with a degree being studied for read as the level below, which a student of it holds
    ('be enrolled in a master's programme or have graduated from a bachelor's programme' asks a bachelor's degree);
    how the first such mention was worded ('enrolled in a master's'), for a note ('' when there is none); and whether
    the level a student holds is asked only of students: no mention names it as a degree held ('be enrolled in a
    master's programme or have completed one' admits no bachelor who is not studying)."""
    out, studied, lowered = [], "", set()
    for start, end, level in found:
        how = _STUDYING_FOR.search(text[max(0, start - 120) : start])
        if how and level in LADDER and LADDER.index(level) > 0:
            said = _BE.sub("", text[max(0, start - 120) + how.start() : end]).strip()
            studied = studied or (said + ")" if said.count("(") > said.count(")") else said)
            level = LADDER[LADDER.index(level) - 1]
            lowered.add(start)
        out.append((start, end, level))
    held = {level for start, _, level in out if start not in lowered}
    return out, studied, bool(lowered) and not any(level in held for start, _, level in out if start in lowered)


def _primary(drafts: list, sentence):
    return next(
        (
            d
            for d in reversed(drafts)
            if d.kind == KIND and d.params.get("level") in LADDER and d.heading == sentence.heading
        ),
        None,
    )


def _in_lieu_path(sentence, found: list[tuple[int, int, str]], drafts: list, reading):
    from eligibility.compiler.draft import Draft

    text = sentence.text
    cut = _CUT.search(text)
    named_in_cut = re.search(r"\b(?:degree|diploma)s?\b", cut.group(0), re.I) if cut else None
    if cut and named_in_cut and not any(cut.start() <= s < cut.end() for s, _, _ in found):
        # 'Where no degree is held, …': the degree stood for is named without its level, as 'a degree' is.
        at = cut.start() + named_in_cut.start()
        found = sorted([*found, (at, cut.start() + named_in_cut.end(), "bachelor")])
    before = [lv for s, _, lv in found if not cut or s < cut.start()]
    beyond = [(s, e, lv) for s, e, lv in found if cut and s > cut.start()]
    asked = [d for d in reversed(drafts) if d.kind == KIND and d.params.get("level") in LADDER]
    # '… in lieu of a degree' with no degree of its own: experience alone, with no degree (a school-leaving
    # certificate, the lowest level on the ladder), whatever the degree asked.
    no_degree = not before and len(beyond) == 1 and _generic(text, beyond[0])
    # 'Candidates without a degree in law need three additional years': the absence of a degree in a field, with no
    # degree named for the path, is the degree asked in another field, with the years; never a lower degree.
    other_field = (
        not before
        and bool(beyond)
        and cut is not None
        and _levelless(text, beyond[0])
        and not no_degree
        and re.match(_ABSENT, text[cut.start() :], re.I) is not None
        # 'in the absence of a degree in law, a degree in another field and two additional years': the path's
        # degree, where named, is one named without its level too
        and all(_levelless(text, m) for m in beyond[1:])
    )
    mandatory_asked = [d for d in asked if d.mandatory is not False]
    if (
        beyond
        and mandatory_asked
        and _levelless(text, beyond[0])
        and not any(d.params["level"] == beyond[0][2] for d in asked)
    ):
        # '… in lieu of a degree', 'in the absence of a university degree': the degree asked, whatever its level.
        beyond[0] = (beyond[0][0], beyond[0][1], mandatory_asked[0].params["level"])
    if not before and len(beyond) > 1 and not other_field:
        # 'In lieu of a Master's degree, a Bachelor's degree and two additional years …', 'in the absence of a degree,
        # a secondary school diploma and four additional years': the path is written after the degree it stands for.
        before = [lv for _, _, lv in beyond[1:]]
    after = [lv for _, _, lv in beyond[:1]]
    # The degree the path stands in for is the one it names ('… in lieu of university studies'), wherever the notice
    # asks it (a desirable degree read last is not it); with none named, the last degree asked.
    primary = next((d for d in asked if after and d.params["level"] == after[0]), None) or next(iter(asked), None)
    # 'A university degree in law or, in lieu of the degree, four years …': the degree named is the one meant.
    named = [lv for lv in before if lv in LADDER] if not after and not primary else []
    target = after[0] if after else (primary.params["level"] if primary else named[0] if named else "master")
    # With no degree named for the path, experience stands for the degree: the path is the level below it.
    below = "secondary" if no_degree else LADDER[LADDER.index(target) - 1] if target in LADDER[1:] else "bachelor"
    levels = [target] if other_field else [lv for lv in dict.fromkeys(before) if lv != target] or [below]
    extra = _extra_years(text)
    stated = None if extra is not None else years_stated(text)
    review = (
        []
        if extra is not None or stated is not None
        else [f"in-lieu path '{clip(text)}': no number of additional years found"]
    )
    path = {"levels": levels, "extra_years": extra, **({"any_field": True} if other_field else {})}
    own = _path_own_fields(text, found, cut, levels, primary)
    if own:
        path["fields"] = own
        reading.amend(_path_fields_asked)
    params: dict = {
        "level": target,
        "in_lieu": _each_path(text[: cut.start()] if cut and cut.start() else text, levels) or [path],
    }
    if len(params["in_lieu"]) > 1:
        stated, review = None, []  # each path states its own additional years
    if stated is not None:
        # 'A first degree with ten years of relevant experience may be accepted in lieu …': years in all, or on top of
        # the minimum? Told against the posting's experience minimum once the whole posting is read.
        reading.amend(lambda merged: years_in_all(merged, path, stated, text))
    if named and cut is not None:
        # The fields of the degree named, up to where the way in lieu begins: 'A university degree in law or, …'.
        end = next(e for s, e, lv in found if lv == named[0])
        m = _FIELDS.match(re.sub(r"[\s,]*(?:\b(?:or|and))?[\s,]*$", "", text[end : cut.start()]))
        fields = field_list(m.group("f"))[0] if m else []
        if fields:
            params["fields"] = fields
    elif found[0][2] == target and (
        (named and cut is None) or (after and cut is not None and found[0][0] < cut.start())
    ):
        # 'Advanced university degree (Master's or equivalent) in law or political science, or a first-level
        # university degree plus two additional years …': the fields written after the degree asked are its own, and
        # the path's too (the path stands in for that degree, not for any one); so are those of 'an advanced degree
        # in law (a first-level degree … in lieu of the advanced degree)'.
        first_start, end, _ = found[0]
        if re.search(r"\sin$", text[first_start:end], re.I):
            end -= 2  # 'Degree in law': the 'in' that names the degree also opens its fields
        if cut is not None and cut.start() > end:
            # '… in law or, in the absence of a degree, …': the fields end where the way in lieu begins.
            m = _FIELDS.match(re.sub(r"[\s,]*(?:\b(?:or|and))?[\s,]*$", "", text[end : cut.start()]))
        else:
            m = _FIELDS.match(text[end : _fields_end(text, end, found, None)])
        fields, related = field_list(m.group("f")) if m else ([], False)
        if fields:
            params["fields"] = fields
        if related:
            params["or_related"] = True
    mandatory = primary.mandatory if primary else None
    return Draft(KIND, text, params=params, mandatory=mandatory, review=review, heading=sentence.heading)


def _path_own_fields(text: str, found, cut, levels: list[str], primary) -> list[str]:
    """'A first-level university degree in law together with two additional years …, in lieu of the advanced
    degree': the fields the path's own degree is named in, where the degree it stands for asks others; [] where it
    names none, or only the degree's own."""
    mention = next((m for m in found if m[2] in levels and (cut is None or m[0] < cut.start())), None)
    if mention is None or primary is None:
        return []
    m = _FIELDS.match(text[mention[1] : cut.start() if cut is not None and cut.start() > mention[1] else None])
    if m is None:
        return []
    said = re.sub(r"\s+(?:together|along|coupled|combined)$", "", m.group("f").strip(), flags=re.I)
    if _ANAPHOR.match(said) or re.match(r"(?:combination|addition|conjunction)\b", said, re.I):
        return []  # '… in one of these fields', '… in combination with two additional years': no field of its own
    fields = [f for f in field_list(said)[0] if f]
    asked = {f.lower() for f in primary.params.get("fields") or ()}
    return fields if fields and not all(f.lower() in asked for f in fields) else []


def _path_fields_asked(drafts: list) -> None:
    """A path's own fields that the degree it stands for asks too are no fields of its own: they are dropped."""
    for d in drafts:
        asked = {f.lower() for f in d.params.get("fields") or ()} if d.kind == KIND else set()
        for path in d.params.get("in_lieu") or () if d.kind == KIND else ():
            if path.get("fields") and all(f.lower() in asked for f in path["fields"]):
                del path["fields"]


# '… university studies … attested by a diploma in law': the diploma that attests the studies names their field.
_ATTESTED = lazy_pattern(
    r"\b(?:attested|certified|evidenced|proven|confirmed)\s+by\s+(?:an?\s+|the\s+)?(?:university\s+)?"
    r"(?:diploma|degree)s?(?=\s+in\s)",
    re.I,
)
_CONSIDERED = lazy_pattern(r"equivalent\s+qualifications?[^.]*may\s+(?:also\s+)?be\s+considered", re.I)


# 'Candidates currently enrolled in a Master's programme are also eligible', 'Final-year students may also apply',
# 'Holders of a bachelor's degree are also encouraged to apply': who else may apply, never who must.
_WIDENS = lazy_pattern(
    r"^[\s\W]*(?:(?:(?:an?\s+)?[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,2}?\s+(?:degree|diploma)\s+(?=holders|graduates))?"
    r"(?:candidates|applicants|those|persons|people|individuals|students|graduates|holders|"
    r"undergraduates|postgraduates|final[- ]year|last[- ]year|recent)\b)[^.;]*?\b(?:are|is|may|can|will|shall)\s+"
    r"(?:(?:also|equally|likewise)\s+(?:be\s+)?(?:eligible|considered|accepted|admitted|apply|welcome\w*)|"
    r"(?:also\s+)?(?:be\s+)?(?:(?:strongly\s+)?encouraged|welcome[ds]?|invited)\s+to\s+apply)\b"
    # 'Final-year students are eligible to apply', 'Candidates who will graduate by June 2027 may apply': students
    # said to be admitted, with or without 'also' (a plain 'Candidates may apply online' names no students).
    r"|^[\s\W]*(?:(?:final|last)[- ]year\s+)?(?:students|undergraduates|(?:candidates|applicants|those|persons)\s+"
    r"(?:who\s+(?:will|are\s+(?:about|due|expected)\s+to|expect\s+to)\s+graduate|graduating|in\s+(?:the|their)\s+"
    r"(?:final|last)\s+year))\b[^.;]*?\b(?:are|is|may|can|will|shall)\s+(?:also\s+)?(?:be\s+)?(?:eligible|considered|"
    r"accepted|admitted|apply)\b"
    # 'a Bachelor's degree is accepted as equivalent', '… is also accepted', on its own after the degree asked: another
    # degree accepted in its place, never a second degree asked of everyone.
    r"|^(?![^.;]*\b(?:years?|months?|experience)\b)[\s\W]*(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?"
    r"(?:degree|diploma|bachelor'?s?|master'?s?)\b[^.;]{0,60}?\b"
    r"(?:is|are|will\s+be|would\s+be|may\s+be|can\s+be|shall\s+be)\s+(?:also\s+)?(?:accepted|recogni[sz]ed)"
    r"(?:\s+as\s+(?:an?\s+)?equivalent|\s+instead)?\s*[.;]?\s*$",
    re.I,
)
# Who is still studying: 'enrolled in a Master's programme', 'final-year students', 'pursuing a doctorate', 'who will
# graduate by June'.
_STUDYING = lazy_pattern(
    r"\b(?:enrolled|enrolment|studying|students?|pursuing|undergraduates?|final[- ]year|last[- ]year|graduating|"
    r"(?:will|to|about\s+to)\s+graduate|"
    r"(?:currently\s+)?(?:completing|finishing)|in\s+the\s+(?:process|course)\s+of)\b",
    re.I,
)


def _widening(sentence, reading) -> list:
    """A sentence that says who else may apply ('Candidates currently enrolled in a Master's programme are also
    eligible'): never a degree asked of everyone. Once the whole posting is read, those it admits who hold the degree
    asked leave the degree as it is (a note says so); those below it (final-year students, holders of a lower
    degree) are a path in lieu of it that a person judges. A sentence that states the years such a path needs is a
    path read as any other."""
    text = sentence.text
    if not _WIDENS.search(text) or _IN_LIEU_WORDS.search(text) or WRITTEN_YEARS.search(text):
        return []
    named = [lv for _, _, lv in mentions(text) if lv in LADDER]
    studying = bool(_STUDYING.search(text))
    if not named and not studying:
        return []
    reading.amend(
        lambda drafts: _admits(drafts, text, named[0] if named else None, studying),
        why="says who else may apply: read against the degree asked, never a degree of its own",
    )
    return []


def _admits(drafts: list, text: str, named: str | None, studying: bool) -> None:
    """The degree criterion read with those a widening sentence admits (`_widening`)."""
    degree = next((d for d in drafts if d.kind == KIND and d.mandatory and d.params.get("level") in LADDER), None)
    if degree is None:
        return  # no degree is asked of anyone: whom else it admits changes nothing
    asked = LADDER.index(degree.params["level"])
    # A student holds the level below the one studied for; a student of no named level, the level below the one asked.
    held = (LADDER.index(named) - (1 if studying else 0)) if named else asked - 1
    accepted = [asked] + [
        LADDER.index(lv) for path in degree.params.get("in_lieu", ()) for lv in path["levels"] if lv in LADDER
    ]
    if held >= min(accepted):
        degree.notes.append(f"'{text}' admits candidates who hold the degree asked: it changes nothing.")
        return
    level = LADDER[max(held, 0)]
    degree.params.setdefault("in_lieu", []).append({"levels": [level], "extra_years": None})
    degree.review.append(f"'{clip(text)}' admits candidates without the degree asked: a person must judge them")


# 'Those who hold only a first university degree are not eligible', 'A bachelor's degree alone is not sufficient': a
# degree that is not enough, so the level above it is asked; never that degree asked of everyone.
_DEGREE_NAMED = r"(?P<degree>(?:an?\s+|the\s+)?[^.;:]{0,60}?\b(?:degree|diploma|bachelor'?s?|master'?s?))\b"
_NOT_ENOUGH = (
    lazy_pattern(
        r"\b(?:candidates?|applicants?|those|persons?|people|holders)\s+(?:who\s+(?:hold|have|possess)\s+|holding\s+|"
        rf"with\s+|of\s+)only\s+{_DEGREE_NAMED}[^.;]*?\b(?:are|is|will|shall|would)\s+not\s+(?:be\s+)?"
        r"(?:eligible|considered|accepted|admitted|sufficient|enough)\b",
        re.I,
    ),
    lazy_pattern(
        rf"^\W*{_DEGREE_NAMED}\s+(?:alone|only|on\s+its\s+own)\s+(?:is|will)\s+not\s+(?:be\s+)?"
        r"(?:sufficient|enough|accepted|considered)\b",
        re.I,
    ),
)


def _not_enough(sentence, reading) -> list:
    """'Those who hold only a first university degree are not eligible': the degree named is not enough, so the level
    above it is asked. Once the whole posting is read: where the degree asked is that level or higher and accepts
    nothing lower, a note; where no degree is asked, the level above is; where the degree asked (or a path in lieu of
    it) accepts the degree said not to be enough, a person judges which holds."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    found = next((m for pattern in _NOT_ENOUGH if (m := pattern.search(text))), None)
    if found is None:
        return []
    levels = [lv for _, _, lv in mentions(found.group("degree")) if lv in LADDER]
    if not levels or levels[0] == LADDER[-1]:
        return []
    below = levels[0]
    asked = LADDER[LADDER.index(below) + 1]

    def against_degree(drafts: list) -> None:
        degree = next((d for d in drafts if d.kind == KIND and d.mandatory and d.params.get("level") in LADDER), None)
        if degree is None:
            note = f"'{clip(text)}' read as asking more than a {LEVEL_NAMES[below]}: a {LEVEL_NAMES[asked]}."
            drafts.append(Draft(KIND, text, True, params={"level": asked}, notes=[note], heading=sentence.heading))
            return
        accepted = [degree.params["level"]] + [
            lv for path in degree.params.get("in_lieu", ()) for lv in path.get("levels", ()) if lv in LADDER
        ]
        if all(LADDER.index(lv) > LADDER.index(below) for lv in accepted):
            degree.notes.append(f"'{clip(text)}': the degree asked is higher already.")
            return
        degree.review.append(
            f"'{clip(text)}' says a {LEVEL_NAMES[below]} is not enough, but the degree criterion accepts one: a person "
            "must judge which holds"
        )

    reading.amend(against_degree, why=f"a {LEVEL_NAMES[below]} alone is not enough: read against the degree asked")
    return []


_COUNTS_AS_DEGREE = lazy_pattern(
    r"\b(?:is|are)\s+(?:also\s+)?(?:accepted|considered|recogni[sz]ed|regarded|deemed|treated)\s+(?:as\s+)?(?:being\s+)?"
    r"(?:an?\s+)?equivalent\s+(?:to|of)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)\b",
    re.I,
)
"""'A six-year integrated diploma in medicine is recognised as equivalent to a master's degree': what counts as a
degree of some level, said of a qualification with no years of experience beside it."""


def _equivalents_note(sentence, reading) -> list:
    """'Candidates with equivalent qualifications … may also be considered', 'a five-year diploma is accepted as
    equivalent to a master's degree': a note for the mandatory degree criterion, added once the whole posting is
    read; the sentence gives no criterion of its own (a qualification that counts as a degree is no degree asked).
    Years of experience beside it make it a path in lieu, read as such."""
    counts = _COUNTS_AS_DEGREE.search(sentence.text) and not (
        _IN_LIEU_WORDS.search(sentence.text) or re.search(r"\bexperience\b", sentence.text, re.I)
    )
    if not (_CONSIDERED.search(sentence.text) or counts):
        return []
    note = sentence.text
    reading.amend(
        lambda drafts: _note_on_degree(drafts, note),
        why="a note on the degree's equivalents (added to the degree criterion)",
    )
    return []


def _note_on_degree(drafts: list, note: str) -> None:
    degree = next((d for d in drafts if d.kind == KIND and d.mandatory), None)
    if degree is not None:
        degree.notes.append(note)


def reads_sections(criterion, ctx) -> tuple[str, ...]:
    """The profile sections a failure of this criterion rests on: where a CV holds some of their entries back until
    its questions are answered, a failure on the entries stated is no failure yet (engine.lift_held_back)."""
    return ("education", "experience") if criterion.params.in_lieu else ("education",)
