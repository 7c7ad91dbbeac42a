"""`education`: a degree of the required level in an accepted field, or an accepted way in lieu.

Example (SEC000821): a second-level degree in security studies, law or a
related field; or a first-level degree, or a qualification from a military or
police educational institution, with two additional years of experience.
A candidate with a first-level degree in Law qualifies on the in-lieu path,
whose extra years the experience criterion then adds to its minimum.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.checks.common import fields_of, join_or
from eligibility.errors import did_you_mean
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_years, human_date
from eligibility.profile import LADDER, LEVEL_NAMES, LEVELS, Degree, parse_degree_level
from eligibility.relevance import first_match

KIND = "education"
KEYS = ("level", "fields", "or_related", "equivalents", "in_lieu")
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = True
"""A pass says how far above the minimum it is (`Outcome.margin`): counted in the score."""
_ACADEMIES = ("police-academy", "military-academy")


@dataclass(frozen=True)
class InLieu:
    levels: tuple[str, ...]
    extra_years: float | None
    """Additional years of experience this path costs; None when the posting does not quantify them."""
    source: str | None = None


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


@dataclass(frozen=True)
class Path:
    """One way to meet the criterion, and how the candidate stands on it."""

    key: str
    """The level that names the path (the experience criterion's `by_education` keys)."""
    floors: tuple[str, ...]
    """The levels this path accepts (and, on the university ladder, anything higher)."""
    label: str
    extra_years: float | None
    status: Status
    degree: Degree | None
    why: str
    experience: Outcome | None = None
    """For an in-lieu path whose degree is held: how the experience it needs compares."""
    experience_years: float | None = None
    """The experience an in-lieu path needs in all."""


def _levels(node: Node, key: str) -> tuple[str, ...]:
    values = node.get(key, Node.text_list, default=[]) or []
    out = []
    for v in values:
        level = parse_degree_level(v)
        if level is None:
            node.child(key).error(
                f"unknown degree level '{v}'", did_you_mean(v, LEVELS) or f"use one of: {', '.join(LEVELS)}"
            )
        else:
            out.append(level)
    return tuple(out)


def read(node: Node) -> Params:
    level = node.get("level", Node.text, required=True)
    parsed = parse_degree_level(level) if level else None
    if level and parsed is None:
        node.child("level").error(
            f"unknown degree level '{level}'", did_you_mean(level, LEVELS) or f"use one of: {', '.join(LEVELS)}"
        )
    lieu = []
    if node.has("in_lieu") and node.child("in_lieu").is_sequence():
        for item in node.child("in_lieu").items():
            if not item.is_mapping():
                continue
            item.only_keys(("level", "levels", "extra_years", "source"))
            levels = _levels(item, "levels") if item.has("levels") else _levels(item, "level")
            if not levels:
                item.error("needs a level (or levels) accepted in lieu")
            extra = item.get("extra_years", lambda n: n.number(low=0, high=60))
            lieu.append(InLieu(levels, extra, item.get("source", Node.text)))
    return Params(
        level=parsed or "bachelor",
        fields=fields_of(node),
        or_related=node.get("or_related", Node.boolean, default=False),
        equivalents=_levels(node, "equivalents"),
        in_lieu=tuple(lieu),
    )


def accepts(level: str, floor: str | tuple[str, ...]) -> bool:
    """Does a degree of `level` meet `floor` (a level, or any of several)? Higher university degrees meet lower ones."""
    return _accepts(level, floor)


def _accepts(level: str, floor: str | tuple[str, ...]) -> bool:
    floors = (floor,) if isinstance(floor, str) else floor
    for f in floors:
        if level == f:
            return True
        if level in LADDER and f in LADDER and LADDER.index(level) >= LADDER.index(f):
            return True
    return False


def _degree_label(d: Degree) -> str:
    text = LEVEL_NAMES[d.level]
    if d.field:
        text += f" in {d.field}"
    if d.completed:
        text += f" ({d.completed})"
    return text


def _field_status(params: Params, degree: Degree) -> tuple[Status, str]:
    if not params.fields or degree.level in _ACADEMIES:
        return Status.PASS, ""
    if degree.field is None:
        return Status.UNKNOWN, "the profile does not say what it is in"
    hit = first_match([degree.field], params.fields)
    if hit:
        return Status.PASS, f"'{degree.field}' matches '{hit[1]}'"
    if params.or_related:
        return (
            Status.REVIEW,
            f"whether '{degree.field}' is a field related to {join_or(list(params.fields[:4]))}{' …' if len(params.fields) > 4 else ''} is for a person to judge",
        )
    return Status.FAIL, f"'{degree.field}' is not among the accepted fields ({join_or(list(params.fields))})"


def _to_judge(path: Path) -> str:
    """What a person must judge on a path under review, when its experience does not already say so."""
    if path.experience is not None and path.experience.status is Status.REVIEW:
        return ""
    why = path.why if "judge" in path.why else "whether the degree's field is accepted is for a person to judge"
    return f" {why[0].upper()}{why[1:]}."


def paths_for(criterion, ctx) -> tuple[Path, ...]:
    """Every path of the criterion with the candidate's best standing on each."""
    params: Params = criterion.params
    held = [d for d in (ctx.profile.education or ()) if d.completed is None or d.completed.first_day <= ctx.as_of]
    specs = [(params.level, (params.level,) + params.equivalents, 0.0, None)]
    specs += [(lieu.levels[0], lieu.levels, lieu.extra_years, lieu) for lieu in params.in_lieu if lieu.levels]
    paths = []
    for key, floors, extra, lieu in specs:
        best: tuple[Status, Degree | None, str] = (
            Status.FAIL if ctx.profile.education is not None else Status.UNKNOWN,
            None,
            "",
        )
        for degree in held:
            if not _accepts(degree.level, floors):
                continue
            status, why = _field_status(params, degree)
            if best[1] is None or status.rank > best[0].rank:
                best = (status, degree, why)
        label = join_or([LEVEL_NAMES[f] for f in floors])
        if lieu is not None:
            label += " with " + (
                f"{describe_years(extra)} of additional experience"
                if extra is not None
                else "experience the posting does not quantify"
            )
        status, experience, need = best[0], None, None
        if lieu is not None and status.rank >= Status.REVIEW.rank:
            # The degree is there: the path is met when the experience it costs is there too.
            if extra is None:
                status = Status.REVIEW
            else:
                experience, need = _path_experience(criterion, ctx, key, extra)
                status = min(status, experience.status, key=lambda s: s.rank)
        paths.append(Path(key, tuple(floors), label, extra, status, best[1], best[2], experience, need))
    return tuple(paths)


def _path_experience(criterion, ctx, key: str, extra: float) -> tuple[Outcome, float]:
    """How the candidate's experience compares with what an in-lieu path needs in all."""
    from eligibility.checks import experience as experience_check
    from eligibility.checks import years

    primary = ctx.ruleset.primary_experience if criterion is ctx.ruleset.primary_education else None
    if primary is not None:
        need = experience_check.path_years(primary.params, key, extra)
        fields, related = primary.params.fields, primary.params.or_related
    else:
        need, fields, related = extra, (), False
    what = f"{_field_words(fields)} experience" if fields else "professional experience"
    relevant = ctx.experience(fields)
    if relevant is None:
        return Outcome(
            Status.UNKNOWN,
            "The profile does not state its experience.",
            advice=("list your jobs, with their dates and fields",),
        ), need
    return years.compare(
        relevant,
        required_years=need,
        what=what,
        as_of=ctx.as_of,
        or_related=related,
        start_unknown=ctx.degree_date_unknown,
    ), need


def _field_words(fields: tuple[str, ...]) -> str:
    return join_or(list(fields[:3])) + (" …" if len(fields) > 3 else "")


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    if ctx.profile.education is None:
        return Outcome(
            Status.UNKNOWN,
            "The profile does not state any education.",
            advice=("list your degrees, with their level and field",),
        )
    paths = ctx.education_paths() if criterion is ctx.ruleset.primary_education else paths_for(criterion, ctx)
    pending = [d for d in ctx.profile.education if d.completed and d.completed.first_day > ctx.as_of]

    def later() -> str:
        return (
            f" ({_degree_label(pending[0])} completes after {human_date(ctx.as_of)} and is not counted.)"
            if pending
            else ""
        )

    best = max(paths, key=lambda p: (p.status.rank, -paths.index(p)))
    facts = {"path": best.key, "degree": best.degree.level if best.degree else None}
    main = paths[0]
    if best.status is Status.PASS and best is main:
        why = f": {best.why}" if best.why else ""
        return Outcome(
            Status.PASS,
            lambda: f"{_degree_label(best.degree).capitalize()} meets the required {main.label}{why}.{later()}",
            margin=1.0,
            facts=facts,
        )
    in_lieu_held = (
        best is not main and best.degree is not None and (best.experience is not None or best.extra_years is None)
    )
    if best.status is not Status.FAIL and in_lieu_held:
        got = _degree_label(best.degree).capitalize()
        if best.extra_years is None:
            return Outcome(
                Status.REVIEW,
                lambda: (
                    f"{got} is accepted in lieu only with experience the posting does not quantify; a person must judge.{later()}"
                ),
                facts=facts,
            )
        exp = best.experience
        facts.update({"months": exp.facts.get("months"), "required_months": exp.facts.get("required_months")})
        return Outcome(
            best.status,
            lambda: (
                f"{got} is accepted in lieu of a {LEVEL_NAMES[params.level]} with {describe_years(best.experience_years)} of "
                f"relevant experience in all: {exp.reason[0].lower() + exp.reason[1:]}"
                + (_to_judge(best) if best.status is Status.REVIEW else "")
                + later()
            ),
            margin=0.0,
            facts=facts,
            advice=exp.advice if best.status is Status.UNKNOWN else (),
        )
    # Not met on any path: say what the candidate holds and what each path would take.
    status = best.status
    advice: tuple[str, ...] = ()
    short = None
    if status is Status.UNKNOWN:
        advice = ("give the field of each degree",)
    elif status is Status.FAIL:
        short = next((p for p in paths if p.experience is not None and p.experience.status is Status.FAIL), None)
        if short is not None:
            # The degree is held; only the years of the in-lieu path are missing.
            advice = (
                f"on the path of your {LEVEL_NAMES[short.degree.level]}: {short.experience.advice[0]}; or a {main.label}",
            )
            facts.update({"path": short.key, "degree": short.degree.level})
            for key in ("months", "required_months", "reached_on"):
                if key in short.experience.facts:
                    facts[key] = short.experience.facts[key]
        else:
            advice = (_closest(params, paths, ctx.profile.education),)

    def said() -> str:
        holding = join_or([_degree_label(d) for d in ctx.profile.education], "and") or "no degree"
        if short is not None:
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


def _distance(path: Path, held: list[Degree]) -> tuple[int, int]:
    """How far the candidate is from a path: (steps up the degree ladder, the path's position)."""
    if any(_accepts(d.level, path.floors) for d in held):
        return (0, 0)  # the level is there; the field is not
    top = max((LADDER.index(d.level) for d in held if d.level in LADDER), default=0)
    steps = min((LADDER.index(f) - top if f in LADDER else 1) for f in path.floors)
    return (max(1, steps), 0)


def _closest(params: Params, paths: tuple[Path, ...], held: tuple[Degree, ...] | None) -> str:
    """'closest: a first-level university degree in law … with 2 years of additional experience; or …'."""
    held = list(held or ())
    ranked = sorted(paths, key=lambda p: (_distance(p, held), paths.index(p)))
    fields = f" in {join_or(list(params.fields[:4]))}{' …' if len(params.fields) > 4 else ''}" if params.fields else ""

    def option(path: Path) -> str:
        head, _, tail = path.label.partition(" with ")
        if _distance(path, held)[0] == 0:
            head = f"a degree{fields} at the level you hold ({head})"
        else:
            head = f"a {head}{fields}" if not head.startswith(("police", "military", "certified")) else head
        return head + (f" with {tail}" if tail else "")

    closest, *others = ranked
    text = f"closest: {option(closest)}"
    if others:
        text += "; or " + "; or ".join(option(p) for p in others)
    return text


def describe(params: Params) -> str:
    text = LEVEL_NAMES[params.level]
    if params.equivalents:
        text += " (or " + join_or([LEVEL_NAMES[e] for e in params.equivalents]) + ")"
    if params.fields:
        text += " in " + join_or(list(params.fields)) + (" or a related field" if params.or_related else "")
    for lieu in params.in_lieu:
        extra = (
            f"{describe_years(lieu.extra_years)} of additional experience"
            if lieu.extra_years is not None
            else "experience (not quantified)"
        )
        text += f"; or {join_or([LEVEL_NAMES[level] for level in lieu.levels])} with {extra}"
    return text
