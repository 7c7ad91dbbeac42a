"""Education paths: the ways a degree criterion can be met, and how a candidate stands on each.

A posting's degree criterion may accept a lower degree "in lieu", with
additional years of experience; the experience criterion may state a path's
own minimum (`by_education`). Both the education and the experience checks
need the paths, so they live here, apart from either check; so does the
compiler's reading of a path a posting states apart from both criteria
('the minimum is reduced to seven years for candidates with a first-level
degree'), which the experience kind's `extract` hands over.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Any, NamedTuple

from eligibility.checks import years
from eligibility.checks.common import join_or
from eligibility.degrees import LADDER, LEVEL_NAMES, accepts, mentions
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_years
from eligibility.phrases import NUMBER, clip, field_list, lazy_pattern, number
from eligibility.phrases import YEARS as WRITTEN_YEARS
from eligibility.profile import Degree
from eligibility.relevance import first_match

ACADEMIES = ("police-academy", "military-academy")
"""Academy graduations count whatever the field of study."""
NO_FIELD = (*ACADEMIES, "secondary")
"""The levels that name no field of study: an academy's graduation, a school-leaving certificate."""


class Path(NamedTuple):
    """One way to meet the criterion, and how the candidate stands on it (a named tuple: every candidate's
    degree criteria make several)."""

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
    condition: str = ""
    """What the path asks besides its degree and years, which a person judges ('formal training in bookkeeping',
    asked of the route of a school diploma alone): '' when nothing."""


def path_years(params: Any, level: str, extra_years: float | None) -> float:
    """The experience an education path needs: the posting's own figure for it, else the minimum plus its extra years."""
    if level in params.by_education:
        return params.by_education[level]
    return params.min_years + (extra_years or 0.0)


def _field_status(params: Any, degree: Degree, floors: tuple[str, ...], lieu: Any = None) -> tuple[Status, str]:
    """How a degree held on a path stands on its field. A path at a level that names no field (an academy's
    graduation, a school-leaving certificate) asks none, of the degree of that level and of a higher one on the
    ladder alike: a first-level degree in any field includes the completed secondary education the path asks; nor
    does a path whose degree counts in any field (`any_field`)."""
    if lieu is not None and lieu.fields and not _no_field_asked(degree.level, floors):
        # 'a first-level degree in law with two additional years': the path's own fields, not the criterion's
        if degree.field is None:
            return Status.UNKNOWN, "the profile does not say what it is in"
        hit = first_match([degree.field], lieu.fields)
        if hit:
            return Status.PASS, f"'{degree.field}' matches '{hit[1]}'"
        if lieu.or_related:
            return (
                Status.REVIEW,
                f"whether '{degree.field}' is a field related to {join_or(list(lieu.fields))} is for a person to judge",
            )
        return Status.FAIL, f"'{degree.field}' is not among the path's fields ({join_or(list(lieu.fields))})"
    if not params.fields or (lieu is not None and lieu.any_field) or _no_field_asked(degree.level, floors):
        return Status.PASS, ""
    return _field_standing(params, degree.field)


@lru_cache(maxsize=1024)
def _no_field_asked(level: str, floors: tuple[str, ...]) -> bool:
    """Whether a degree of this level stands on a path through one of its levels that names no field (an academy's
    graduation, a school-leaving certificate): worked out once for each level and path."""
    return any(f in NO_FIELD and accepts(level, f) for f in floors)


@lru_cache(maxsize=4096)
def _field_standing(params: Any, field: str | None) -> tuple[Status, str]:
    """How a degree's field stands against the criterion's fields: the same fields of study recur across candidates."""
    if field is None:
        return Status.UNKNOWN, "the profile does not say what it is in"
    hit = first_match([field], params.fields)
    if hit:
        return Status.PASS, f"'{field}' matches '{hit[1]}'"
    if params.or_related:
        return (
            Status.REVIEW,
            f"whether '{field}' is a field related to {join_or(list(params.fields[:4]))}{' …' if len(params.fields) > 4 else ''} is for a person to judge",
        )
    return Status.FAIL, f"'{field}' is not among the accepted fields ({join_or(list(params.fields))})"


@lru_cache(maxsize=256)
def _specs(params: Any) -> tuple[tuple[str, tuple[str, ...], float | None, Any, str], ...]:
    """(key, floors, extra years, the in-lieu entry or None, label) of each path: the same for every candidate."""
    specs = [(params.level, (params.level,) + params.equivalents, 0.0, None)]
    specs += [(lieu.levels[0], lieu.levels, lieu.extra_years, lieu) for lieu in params.in_lieu if lieu.levels]
    found = []
    for key, floors, extra, lieu in specs:
        label = join_or([LEVEL_NAMES[f] for f in floors])
        if lieu is not None and lieu.any_field and params.fields:
            label += " in any field"
        elif lieu is not None and lieu.fields:
            label += f" in {join_or(list(lieu.fields))}" + (" or a related field" if lieu.or_related else "")
        if lieu is not None:
            label += " with " + (
                "no additional experience"
                if extra == 0
                else f"{describe_years(extra)} of additional experience"
                if extra is not None
                else "experience the posting does not quantify"
            )
            label += f" and {lieu.review}" if lieu.review else ""
        found.append((key, tuple(floors), extra, lieu, label))
    return tuple(found)


def route_fields(ruleset, level: str) -> str:
    """' in finance or accounting': the fields a degree of this level must be in to lower the experience minimum:
    the experience criterion's own for the route (`route_fields`), else those the posting's degree criterion
    accepts a degree of this level in, when it names them and accepts the level on one of its paths; else ''."""
    experience = ruleset.primary_experience
    own = dict(getattr(experience.params, "route_fields", ())).get(level) if experience is not None else None
    if own:
        return f" in {join_or(list(own))}"
    education = ruleset.primary_education
    if education is None or not education.params.fields or level in NO_FIELD:
        return ""
    params = education.params
    if not any(accepts(level, floors) for _, floors, _, _, _ in _specs(params)):
        return ""
    return f" in {join_or(list(params.fields))}" + (" or a related field" if params.or_related else "")


def paths_for(criterion, ctx) -> tuple[Path, ...]:
    """Every path of the criterion with the candidate's best standing on each."""
    params = criterion.params
    held = [d for d in (ctx.profile.education or ()) if d.completed is None or d.completed.first_day <= ctx.as_of]
    paths = []
    for key, floors, extra, lieu, label in _specs(params):
        best: tuple[Status, Degree | None, str] = (
            Status.FAIL if ctx.profile.education is not None else Status.UNKNOWN,
            None,
            "",
        )
        for degree in held:
            if not accepts(degree.level, floors):
                continue
            status, why = _field_status(params, degree, floors, lieu)
            if best[1] is None or status.rank > best[0].rank:
                best = (status, degree, why)
        status, experience, need = best[0], None, None
        if lieu is not None and status.rank >= Status.REVIEW.rank:
            # The degree is there: the path is met when the experience it costs is there too.
            if extra is None:
                status = Status.REVIEW
            elif not extra and _experience_asked(criterion, ctx) is None:
                # No additional years where the posting asks none: the degree is the path ('… or be enrolled in …').
                experience, need = Outcome(Status.PASS, "The posting asks no experience beside the degree."), 0.0
            else:
                experience, need = _path_experience(criterion, ctx, key, extra)
                status = min(status, experience.status, key=lambda s: s.rank)
        elif lieu is not None and status is Status.UNKNOWN and best[1] is not None and extra is not None:
            # The degree is held, its field not stated: where the path fails on the experience it costs, no field
            # can open it, and it fails on the years (its field stays unasked).
            short, years_needed = _path_experience(criterion, ctx, key, extra)
            if short.status is Status.FAIL:
                status, experience, need = Status.FAIL, short, years_needed
        condition = (lieu.review or "") if lieu is not None else ""
        if condition and status.rank >= Status.REVIEW.rank:
            # '… or secondary education supplemented by formal training in bookkeeping': the route's own condition,
            # which no profile records, holds a candidate on that route alone for a person.
            status = Status.REVIEW
        paths.append(Path(key, floors, label, extra, status, best[1], best[2], experience, need, condition))
    return tuple(paths)


def _experience_asked(criterion, ctx) -> Any:
    """The experience criterion an in-lieu path of `criterion` adds its years to: the posting's primary one, where
    `criterion` is its primary degree; else None."""
    return ctx.ruleset.primary_experience if criterion is ctx.ruleset.primary_education else None


def _path_experience(criterion, ctx, key: str, extra: float) -> tuple[Outcome, float]:
    """How the candidate's experience compares with what an in-lieu path needs in all."""
    primary = _experience_asked(criterion, ctx)
    if primary is not None:
        need = path_years(primary.params, key, extra)
        fields, related = primary.params.fields, primary.params.or_related
    else:
        need, fields, related = extra, (), False
    what = f"{_field_words(fields)} experience" if fields else "professional experience"
    relevant = ctx.experience(fields)
    if relevant is None:
        return years.no_jobs(ctx, None, "list your jobs, with their dates and fields"), need
    return years.compare(
        relevant,
        required_years=need,
        what=what,
        as_of=ctx.as_of,
        others_judged=related,
        start_unknown=ctx.degree_date_unknown,
    ), need


def _field_words(fields: tuple[str, ...]) -> str:
    return join_or(list(fields[:3])) + (" …" if len(fields) > 3 else "")


# --- how the compiler reads a path stated apart from both criteria ------------------------------------

SHORTER_STUDIES = lazy_pattern(
    r"\b(?:normal\s+|standard\s+)?(?:period|duration|length)\s+of\s+(?:the\s+)?(?:university\s+|higher\s+)?"
    r"(?:education|studies)\s+(?:is|was)\s+(?:at\s+least\s+)?(?:three|3)\s+years?\b(?!\s+or\s+more)"
    r"|\b(?:university|higher)\s+(?:education|studies)\s+of\s+(?:at\s+least\s+)?(?:three|3)\s+years?\b(?!\s+or\s+more)"
    r"(?=[^.;]{0,120}?\bexperience\s+of\s+(?:at\s+least\s+)?(?:one|1)\s+year\b)",
    re.I,
)
"""'… and experience of at least one year, when the normal period of university education is at least three years',
'completed university studies of at least three years … and appropriate professional experience of at least one
year': the route of a shorter degree, whose years are that degree's, not the posting's minimum (the route of four
years or more states the minimum)."""
ALTERNATIVE = lazy_pattern(r"\s*[,;]\s*or\s+|\s+or\s+(?=(?:an?\s+)?(?:\d|(?-i:[A-Z])))", re.I)
"""Where one alternative of a degree sentence ends and the next begins: '…, or a Bachelor's degree …', '… or 10 years …'."""


EQUIVALENT_YEARS = lazy_pattern(
    r",?\s*\bor\s+(?:an?\s+)?equivalent\s*(?:\(\s*|:\s*|[-\u2013]\s+)"
    r"(?P<route>(?P<example>(?:e\.\s?g\.|i\.\s?e\.|for\s+example|for\s+instance|such\s+as|namely|that\s+is)[,:]?\s*)?"
    rf"(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}\s+(?:(?:additional|further|more)\s+)?years?\b"
    r"[^();.]*?\bexperience\b[^();.]*)\)?",
    re.I,
)
"""'Bachelor's degree or equivalent (e.g. 4 years of relevant experience)', '… or equivalent: six years of
experience': the degree's equivalent is years of experience alone, a route with no degree in lieu of it (the degree
criterion's path), never a minimum asked of everyone. A route that names a degree of its own ('… or equivalent
(Bachelor's degree + 2 years …)') is that degree's path; the caller checks `route` names none."""


_EQUIVALENT_ROUTE = lazy_pattern(
    r"\s*(?:an?\s+|the\s+)?(?:equivalent|comparable)\s+(?:combination|experience|[\w-]+\s+experience)\b", re.I
)
"""A route that states no degree and no figure: 'an equivalent combination of education and experience'."""


_ON_TOP_FIGURE = lazy_pattern(
    rf"{NUMBER}\s+(?:years?\s+of\s+)?(?:additional|more|further|extra)\b|\b(?:additional|further|extra)\s+{NUMBER}\s+years?",
    re.I,
)
"""'four years of additional experience', 'two more years': years on top of the minimum, a path in lieu's, never the
years a route needs in all."""


def routes(text: str) -> list[tuple[str, float, str]] | None:
    """'6 years of experience with an undergraduate degree, or 5 years with a graduate degree, or 4 years with a
    doctorate': alternatives, each one degree and one figure, in whichever order each is written; (level, years,
    the alternative's words) of each, or None when the text is not such a list. The first route's degree is the
    degree criterion's (a lower one after it is its path in lieu), its figure the minimum, and every other
    route's figure what its degree needs. A list after a label ('Minimum years of relevant experience: 5 (Master's
    degree) / 7 (Bachelor's degree)') is read the same (`listed_routes`)."""
    if _ON_TOP_FIGURE.search(text):
        return None  # 'a Bachelor's degree with four years of additional experience, or …': paths in lieu, on top
    return _alternatives(text) or listed_routes(text)


_ROUTE_SEPARATOR = lazy_pattern(r"\s*,\s*(?:or\s+)?|\s+or\s+|\s+/\s+", re.I)
"""Where a route may end inside a part that names several degrees: at a comma, an 'or' or a spaced slash ('Bachelor's
degree with 9 years, Master's degree with 7 years or a doctorate with 5 years')."""
_BARE_FIGURE = lazy_pattern(
    rf"^\s*(?:(?:or|and)\s+)?(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<n>{NUMBER})\s+(?=with\b|for\b)", re.I
)
"""A later route's figure with its unit left to the first ('5 years with a Master's degree, 7 with a Bachelor's')."""


def _route_parts(text: str) -> list[str]:
    """The text cut at every comma and 'or', each piece that names no degree joined back, with its separator, to the
    one before it (a field list, 'law, economics or political science', stays in its route)."""
    spans: list[list[int]] = []
    start = 0
    for cut in [*_ROUTE_SEPARATOR.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if spans and not any(lv in LADDER for _, _, lv in mentions(text[start:end])):
            spans[-1][1] = end
        else:
            spans.append([start, end])
        start = cut.end() if cut else len(text)
    return [text[a:b] for a, b in spans]


def _alternatives(text: str) -> list[tuple[str, float, str]] | None:
    # '…; 7 years with a Bachelor's degree': a semicolon left in a sentence lists its routes (compiler.text).
    parts = [item for alternative in ALTERNATIVE.split(text) for item in alternative.split(";")]
    # 'Bachelor's degree with 9 years, Master's degree with 7 years or PhD with 5 years': routes listed with commas,
    # which cut a route's field list too, so a part is cut at its commas only where each piece names a degree.
    return (
        _routes_of(parts)
        or _routes_of(_degrees_named_together(parts))
        or _routes_of([piece for part in parts for piece in _route_parts(part)])
    )


def _degrees_named_together(parts: list[str]) -> list[str]:
    """'a Maîtrise or Master's degree …, with ten years; or a Licence or Bachelor's degree … with thirteen years': a
    part with no figure before another is one of the degrees (or the fields) its route names ('A or B degree'),
    joined back to it."""
    joined: list[str] = []
    pending = ""
    for i, part in enumerate(parts):
        if pending:
            part, pending = f"{pending} or {part.strip()}", ""
        if i < len(parts) - 1 and not WRITTEN_YEARS.search(part):
            pending = part
            continue
        joined.append(part)
    return joined


_OR_DEGREE = lazy_pattern(r"(?:['\u2019]s?)?\s+(?:(?:university\s+)?(?:degree|diploma)\s+)?or\s+(?:an?\s+)?", re.I)
"""Between two degrees a route names together: 'a Master's or doctoral degree', 'a Maîtrise or Master's degree'."""


def _route_level(part: str) -> str | None:
    """The one degree level a route names; of degrees named together ('a Master's or doctoral degree … with ten
    years'), the lowest, whose holders need the route's years as the higher one's do. None for several apart."""
    found = [(start, end, lv) for start, end, lv in mentions(part) if lv in LADDER]
    if not found:
        return None
    if len({lv for _, _, lv in found}) == 1:
        return found[0][2]
    if all(_OR_DEGREE.fullmatch(part, a[1], b[0]) for a, b in itertools.pairwise(found)):
        return min((lv for _, _, lv in found), key=LADDER.index)
    return None


def _routes_of(parts: list[str]) -> list[tuple[str, float, str]] | None:
    """Each part one route: one degree (or degrees named together) and one figure."""
    found: list[tuple[str, float, str]] = []
    for part in parts:
        if _EQUIVALENT_ROUTE.match(part) and not WRITTEN_YEARS.search(part):
            continue  # 'or an equivalent combination of education and experience': no route of figures (the degree's)
        # A figure of age ('in the 28 to 30 years age bracket') is no route's.
        figures = [
            f for f in WRITTEN_YEARS.finditer(part) if not re.match(r"\s*(?:old|of\s+age|age)\b", part[f.end() :])
        ]
        level = _route_level(part)
        years = number(figures[0].group("n")) if len(figures) == 1 else None
        bare = _BARE_FIGURE.match(part) if found and not figures else None
        if bare is not None:
            years = number(bare.group("n"))
        if level is None or years is None:
            return None
        found.append((level, years, part))
    if len(found) < 2 or len({level for level, _, _ in found}) < len(found):
        return None
    return found


_LABELLED = lazy_pattern(r"^(?P<label>[^:]*\b(?:years?|experience)\b[^:]*):\s*(?P<items>\S.*)$", re.I)
_ITEM_SEPARATOR = lazy_pattern(r"\s*(?:/|;|\||,\s*or\s+|,|\s+or\s+)\s*", re.I)
_BARE_FIGURE = lazy_pattern(rf"(?<![\w-])(?P<n>{NUMBER})(?![\w-])", re.I)


_UNIT_LEFT_OUT = lazy_pattern(rf"^(?P<label>[^:]*\bexperience\b[^:\d]*):\s*(?P<n>{NUMBER})\s*(?:\([^()]*\))?\s*$", re.I)


def unit_left_out(text: str) -> str | None:
    """The words of a figure alone after a label of experience that names no unit ('Experience: 5'), or None."""
    m = _UNIT_LEFT_OUT.match(text.strip().rstrip("."))
    figure = number(m.group("n")) if m else None
    if (
        m is None
        or figure is None
        or figure > 40
        or re.search(r"\b(?:years?|yrs?|months?|decades?)\b", m.group("label"), re.I)
    ):
        return None  # 'Experience: 2010' is a year, no length
    return m.group(0)


def labelled_minimum(text: str) -> str | None:
    """'Minimum years of relevant experience: 5', '…: 5 (Master's degree)': one figure after a label that speaks of
    years of experience, written as the minimum it is ('Minimum 5 years of relevant experience (Master's degree)');
    None for any other text (a list of routes is `listed_routes`')."""
    labelled = _LABELLED.match(text.strip().rstrip("."))
    if not labelled or not re.search(r"experience", labelled.group("label"), re.I):
        return None
    item = labelled.group("items")
    figure = re.fullmatch(rf"\s*(?P<n>{NUMBER})\s*(?:(?:years?|months?)\b)?\s*(?P<rest>\([^()]*\))?\s*", item, re.I)
    # The unit the label names: 'Minimum years of experience: 5', 'Experience (months): 6'.
    years_word = re.search(r"\b(?:years?|months?)\b", labelled.group("label"), re.I)
    if not figure or number(figure.group("n")) is None:
        return None
    label = labelled.group("label")
    if not years_word:
        if unit_left_out(text) is None:
            return None
        # 'Experience: 5', 'Management experience: 3': a figure alone after a label of experience counts years, as
        # notices' forms write them; the criterion says the unit was left out (`unit_left_out`).
        said = f"{figure.group('n')} years of {label[:1].lower()}{label[1:]}"
        return f"{said} {figure.group('rest')}" if figure.group("rest") else said
    unit = re.search(r"\s*(?:\(\s*(?P<unit>years?|months?)\s*\)|\bin\s+(?P<in>years|months)\b)", label, re.I)
    if unit:
        # 'Experience (months): 6', 'Experience in months: 6': the unit the label names is the figure's, '6 months
        # of experience'.
        rest = (label[: unit.start()] + label[unit.end() :]).strip()
        said = f"{figure.group('n')} {(unit.group('unit') or unit.group('in')).lower()} of {rest[:1].lower()}{rest[1:]}"
    else:
        said = f"{label[: years_word.start()]}{figure.group('n')} {label[years_word.start() :]}"
    return f"{said} {figure.group('rest')}" if figure.group("rest") else said


def listed_routes(text: str) -> list[tuple[str, float, str]] | None:
    """'Minimum years of relevant experience: 5 (Master's degree) / 7 (Bachelor's degree)', 'Years of experience:
    Master's – 5; Bachelor's – 7': after a label that speaks of years of experience, a list whose every item is one
    degree and one figure is a list of routes, the first the minimum with its degree; the label's words are the
    first route's (its fields). None when the text is not such a list."""
    labelled = _LABELLED.match(text.strip().rstrip("."))
    if not labelled or not re.search(r"\byears?\b", text, re.I) or not re.search(r"experience", text, re.I):
        return None
    found = []
    for item in _ITEM_SEPARATOR.split(labelled.group("items")):
        levels = [lv for _, _, lv in mentions(item) if lv in LADDER]
        figures = [number(f.group("n")) for f in _BARE_FIGURE.finditer(item)]
        if len(set(levels)) != 1 or len(figures) != 1 or figures[0] is None:
            return None
        found.append((levels[0], figures[0], item))
    if len(found) < 2 or len({level for level, _, _ in found}) < len(found):
        return None
    level, years, item = found[0]
    return [(level, years, f"{labelled.group('label')}: {item}"), *found[1:]]


_REDUCED = lazy_pattern(
    rf"reduced\s+to\s+(?P<n>{NUMBER})\s+years?[^.]*?\b(?:for|with)\b[^.]*?(?P<degree>"
    r"(?:first|second|third|1st|2nd|3rd)[- ]level|bachelor|master|advanced|doctora\w*|ph\.?d)",
    re.I,
)


_HELD = r"(?!(?:no|not|neither|without)\b)"
"""The degree after 'candidates with' is one they hold: 'candidates with no university degree need ten years' names a
route with no degree (education's way in lieu), never the years a degree's holders need."""
# 'candidates holding a first-level university degree need a minimum of four years of such experience': the same
# path, stated as what the holders of a degree need.
_HOLDERS_NEED = lazy_pattern(
    r"\b(?:(?:candidates?|applicants?|those|persons?)\s+(?:holding|with|who\s+(?:hold|have|possess))|holders\s+of)\s+"
    rf"(?:an?\s+|the\s+)?{_HELD}(?P<degree>[^.;]{{0,60}}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d))\b"
    # '… a bachelor's degree in accounting need three years': the fields the path's degree is in
    r"(?:(?:\s+(?:degree|diploma))?\s+in\s+(?P<f>[^.;,()]{1,60}?)\s+(?=(?:will\s+|would\s+|only\s+)?(?:need|needs|require|requires|must|should|"
    r"may|can|qualify|qualifies|are)\b)|[^.;]{0,80}?\b)"
    r"(?:will\s+|would\s+|only\s+)?(?:need|needs|require|requires|must\s+have|must\s+possess|should\s+have|(?:may\s+|can\s+)?qualify\s+with|"
    # '… need only four years': 'only' after the verb, as before it
    r"qualifies\s+with|are\s+eligible\s+with)\s+(?:only\s+)?(?:(?:a\s+)?minimum\s+of|at\s+least)?\s*"
    rf"(?P<n>{NUMBER})\s+years?\b",
    re.I,
)


# 'Six years suffice for holders of a second-level degree in accounting', 'four years are sufficient for candidates
# with a doctorate': the same path, stated as what is enough.
_SUFFICE = lazy_pattern(
    rf"(?P<n>{NUMBER})\s+years?\s+(?:of\s+(?:such\s+|relevant\s+|professional\s+)*experience\s+)?"
    r"(?:suffice|will\s+suffice|are\s+sufficient|will\s+be\s+sufficient|are\s+enough|are\s+accepted)\s+"
    r"(?:for|from)\s+(?:holders\s+of|(?:candidates|applicants|those|persons)\s+(?:with|holding|who\s+(?:hold|have)))\s+"
    rf"{_HELD}(?P<degree>(?:an?\s+|the\s+)?[^.;]{{0,60}}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d))\b",
    re.I,
)
# 'For holders of a university degree: at least 1 year', 'for candidates with a master's degree in law, four years':
# the same path, stated as a label and its figure.
_FOR_HOLDERS = lazy_pattern(
    r"^\W*for\s+(?:holders\s+of|(?:candidates|applicants|those|persons)\s+(?:with|holding|who\s+(?:hold|have)))\s+"
    rf"{_HELD}(?P<degree>(?:an?\s+|the\s+)?[^.;:,]{{0,60}}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d))\b"
    r"(?:\s+in\s+(?P<f>[^.;:,]+?))?(?:\s*[:,\u2013-]|\s*,?\s+(?:the\s+)?(?:minimum|requirement|(?:minimum\s+|required\s+)?"
    r"experience(?:\s+(?:required|needed))?)\s+(?:is|becomes|will\s+be)(?:\s+(?:reduced|lowered)\s+to)?)\s*"
    rf"(?:(?:a\s+)?minimum\s+(?:of\s+)?|at\s+least\s+)?(?P<n>{NUMBER})\s+years?\b",
    re.I,
)
"""'For holders of a university degree: at least 1 year', '… in law, four years', '… in law the minimum is four
years': the same path, stated as a label and its figure."""
# 'Master's degree: 2 years', 'Doctorate – 1 year of experience', a row of a table of requirements: a degree and a
# figure of years alone are the years that degree's holders need, the same path as a label and its figure.
_DEGREE_ROW = lazy_pattern(
    r"^\W*(?P<degree>(?:an?\s+|the\s+)?[^.;:,()]{0,60}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d))\b"
    r"(?:\s+holders?)?(?:\s+in\s+(?P<f>[^.;:,]+?))?\s*(?::|\t|\s[\u2013-])\s*"
    r"(?:(?:a\s+)?minimum\s+(?:of\s+)?|at\s+least\s+)?"
    rf"(?P<n>{NUMBER})\s+years?(?:\s+of\s+(?:[\w-]+\s+){{0,3}}?experience)?\W*$",
    re.I,
)
# The fields the path's degree is in, after it: '… a second-level degree in accounting or finance'.
_PATH_FIELDS = lazy_pattern(r"\s+in\s+(?P<f>[^.;()]+?)\s*(?:[.;]|$)", re.I)


_STUDIES_WORDS = r"(?:university|higher|tertiary|academic)\s+(?:studies|education)"
"""Studies named without a degree ('relevant university studies'): read as a first-level degree, with a note."""
_DEGREE_WORDS = (
    rf"[^.;]{{0,80}}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d|{_STUDIES_WORDS})\b[^.;]{{0,60}}?"
)
_EXPERIENCE_YEARS = (
    rf"(?:up\s+to\s+)?(?P<{{n}}>{NUMBER})\s+years?\s+of\s+(?:the\s+)?(?:(?:required|requisite|relevant|professional|work)\s+)*"
    r"experience\b"
)
# 'A university degree in social sciences may replace two years of the required experience', 'a master's degree
# can substitute for two years of experience', and the passive: 'two years of the required experience may be
# replaced by a first-level degree' (but years 'substituted for' a degree replace the degree: its path in lieu).
_REPLACES = lazy_pattern(
    rf"(?P<degree>{_DEGREE_WORDS})\s(?:may|can|will|shall)\s+(?:also\s+)?(?:replace|substitute\s+for|compensate\s+for|"
    r"count\s+(?:as|for|towards)|stand\s+in\s+for|offset|"
    r"be\s+(?:accepted|counted|considered|taken|substituted|used|credited|recogni[sz]ed)\s+"
    r"(?:in\s+lieu\s+of|as|instead\s+of|in\s+place\s+of|for|towards))\s+"
    + _EXPERIENCE_YEARS.format(n="n")
    + rf"|{_EXPERIENCE_YEARS.format(n='n2')}[^.;]{{0,20}}?\s(?:may|can|will|shall)\s+be\s+(?:replaced|substituted|compensated)\s+"
    rf"(?:by|with)\s+(?P<degree2>{_DEGREE_WORDS})(?=[.;]|$)",
    re.I,
)


# 'A PhD counts as two years of experience', 'a master's degree may be counted as one year of professional experience',
# '…, of which a PhD counts as 2 years': a whole degree that counts as years is that degree's path of the minimum, as a
# degree that replaces them is ('Each year of a doctorate counts as one year', years per year of study, is not).
_COUNTS_AS = lazy_pattern(
    rf"^(?:of\s+which\s+)?(?P<degree>{_DEGREE_WORDS})\s(?:counts?|(?:is|are|will\s+be|may\s+be|can\s+be|shall\s+be)\s+"
    rf"(?:also\s+)?(?:counted|credited))\s+(?:as|for|towards)\s+(?P<n>{NUMBER})\s+years?\b"
    r"(?!\s+of\s+(?:study|studies|education|schooling))",
    re.I,
)
_PER_YEAR = lazy_pattern(r"\b(?:each|every|per|a)\s+(?:full\s+)?year\b|\byears?\s+(?:of|in|at)\b", re.I)
"""Years of study counted one by one ('Each year of a doctorate counts as one year'): no path of a degree."""


def degree_counts_as_years(text: str, reading) -> str | None:
    """'A PhD counts as two years of experience': the degree's path of the experience minimum, two years fewer
    (`by_education`), added once the whole posting is read, as `degree_replaces_years` adds it; the reason the
    sentence gives no criterion of its own, or None when it says no such thing."""
    found = _COUNTS_AS.search(text.strip())
    if not found or _PER_YEAR.search(found.group("degree")):
        return None
    levels = [level for _, _, level in mentions(found.group("degree")) if level in LADDER]
    fewer = number(found.group("n"))
    if not levels or fewer is None:
        return None
    _lower_with(levels[0], fewer, text, None, reading)
    return reading.why


def degree_replaces_years(sentence, reading) -> list:
    """'A university degree in social sciences may replace two years of the required experience': the degree is a
    path of the experience criterion with that many years fewer (`by_education`), never a degree asked of everyone;
    added once the whole posting is read."""
    found = _REPLACES.search(sentence.text)
    if not found:
        return []
    degree = found.group("degree") or found.group("degree2")
    levels = [level for _, _, level in mentions(degree) if level in LADDER]
    studies = re.search(_STUDIES_WORDS, degree, re.I) if not levels else None
    if studies:
        # 'Relevant university studies may replace one year of the experience': the studies' path is a first-level
        # degree's; studies left unfinished are for a person to weigh.
        levels = ["bachelor"]
    fewer = number(found.group("n") or found.group("n2") or "")
    if not levels or fewer is None:
        return []
    _lower_with(levels[0], fewer, sentence.text, studies, reading)
    return []


def _lower_with(level: str, fewer: float, text: str, studies, reading) -> None:
    """Register the path: the experience minimum `fewer` years lower with a degree of `level`."""
    from eligibility.compiler.draft import Draft

    def lower(drafts: list) -> None:
        experience = _primary(drafts)[0]
        if experience is None:
            issue = f"'{text}': a degree replaces years of experience, but no minimum was read: a person must judge it"
            drafts.append(Draft("requirement", text, True, id="degree-replaces-experience", review=[issue]))
            return
        years = max(0.0, float(experience.params["min_years"]) - fewer)
        experience.params.setdefault("by_education", {})[level] = years
        experience.notes.append(f"'{text}' read as {describe_years(years)} with a {LEVEL_NAMES[level]}.")
        if studies:
            experience.review.append(
                f"'{studies.group(0)}' read as a {LEVEL_NAMES[level]} ({describe_years(years)} with it): a person judges "
                "studies not completed with a degree"
            )

    reading.amend(lower, why=f"a {LEVEL_NAMES[level]} lowers the experience minimum by {fewer:g} years (its path)")


def reduced_minimum(sentence, reading) -> list:
    """'The minimum … is reduced to seven years for candidates with a first-level degree': a path of that degree,
    added to the experience criterion (`by_education`) and the degree criterion (`in_lieu`) once the whole posting
    is read; the sentence itself is kept beside them, saying how it was read."""
    from eligibility.compiler.draft import Draft

    reduced = (
        _REDUCED.search(sentence.text)
        or _HOLDERS_NEED.search(sentence.text)
        or _SUFFICE.search(sentence.text)
        or _FOR_HOLDERS.search(sentence.text)
        or _DEGREE_ROW.search(sentence.text)
    )
    if not reduced:
        return reduction_unstated(sentence, reading)
    degree = reduced.group("degree")
    levels = [
        level for _, _, level in mentions(degree if re.search(r"degree|diploma", degree, re.I) else degree + " degree")
    ]
    years = number(reduced.group("n"))
    if not levels or years is None or levels[0] not in LADDER:
        return []
    level = levels[0]
    said = reduced.groupdict().get("f")
    named = _PATH_FIELDS.match(sentence.text, reduced.end())
    fields = [f for f in field_list(said or (named.group("f") if named else ""))[0] if f] if said or named else []
    if fields and re.match(r"(?:any\s+|one\s+of\s+)?(?:the\s+)?(?:these|those|same|above)\b", fields[0], re.I):
        fields = []  # '… in one of these areas': the degree criterion's fields, which it checks on its own paths
    text = sentence.text

    def add(drafts: list) -> None:
        if _primary(drafts)[0] is None:
            # 'Master's degree: 2 years' with no minimum asked of others: the years the degree's holders need, of a
            # minimum the posting never states; never a degree asked of everyone, and never dropped.
            issue = (
                f"'{clip(text)}': the years a {LEVEL_NAMES[level]}'s holders need, but no experience minimum was read: "
                "a person must judge it"
            )
            drafts.append(Draft("requirement", text, True, id="years-by-degree", review=[issue]))
            return
        _add_path(drafts, level, years, fields)

    reading.amend(add)
    note = f"Read as the experience {level} degree holders need: {describe_years(years)}."
    return [Draft("competency", sentence.text, True, id="reduced-minimum", notes=[note])]


# 'Candidates holding an advanced university degree will have their experience requirement reduced', 'the experience
# required is lower for holders of a doctorate': a degree that lowers the minimum, by a figure said elsewhere or not
# at all; the degree named is its holders', never a degree asked of everyone.
_HOLDERS = (
    r"\b(?:holders\s+of|(?:candidates?|applicants?|those|persons?)\s+(?:with|holding|who\s+(?:hold|have|possess)))\s+"
    r"(?P<degree>(?:an?\s+|the\s+)?[^.;:]{0,60}?\b(?:degree|diploma|bachelor'?s?|master'?s?|doctorate|ph\.?d))\b"
)
_LOWERED = r"(?:reduced|lowered|shortened|shorter|lower|less)\b"
_REDUCTION_UNSTATED = (
    lazy_pattern(rf"{_HOLDERS}[^.;]{{0,80}}?\b(?:experience|minimum)\b[^.;]{{0,40}}?\b{_LOWERED}", re.I),
    lazy_pattern(rf"\b(?:experience|minimum)\b[^.;]{{0,40}}?\b{_LOWERED}[^.;]{{0,20}}?\bfor\s+{_HOLDERS}", re.I),
)


def reduction_unstated(sentence, reading) -> list:
    """'Candidates holding an advanced university degree will have their experience requirement reduced (see
    below)': the degree's holders need fewer years, as a path of the experience minimum states (a table of years by
    degree, say); the sentence asks no degree of anyone. Once the posting is read, a note where the minimum has that
    path, else a review item (how many years fewer is not said)."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    found = next((m for pattern in _REDUCTION_UNSTATED if (m := pattern.search(text))), None)
    if not found or WRITTEN_YEARS.search(text):
        return []
    levels = [lv for _, _, lv in mentions(found.group("degree")) if lv in LADDER]
    if not levels:
        return []
    level = levels[0]

    def stated_elsewhere(drafts: list) -> None:
        experience = _primary(drafts)[0]
        if experience is not None and level in (experience.params.get("by_education") or {}):
            experience.notes.append(f"'{clip(text)}': the years by degree state how much.")
            return
        issue = (
            f"'{clip(text)}': a {LEVEL_NAMES[level]} lowers the experience minimum, by how much is not stated: a person "
            "must set its path (`by_education`)"
        )
        drafts.append(Draft("requirement", text, True, id="experience-reduced", review=[issue]))

    reading.amend(
        stated_elsewhere, why=f"a {LEVEL_NAMES[level]} lowers the experience minimum (its path), no degree asked"
    )
    return []


# 'Failing a university degree, candidates must have completed a full course at a police or military academy; in that
# case the minimum experience is 7 years': the years of the route the sentence before names, never everyone's.
_IN_THAT_CASE = lazy_pattern(r"^\W*(?:in\s+(?:that|this|which|such\s+an?)\s+case|if\s+so)\b\s*,?\s*", re.I)
_ROUTE_LEAD = lazy_pattern(
    r"^\W*(?:failing|in\s+the\s+absence\s+of|without|in\s+lieu\s+of|instead\s+of|lacking)\b[^,;]*,", re.I
)


def route_case(sentence, reading) -> bool:
    """'… a full course at a police or military academy; in that case the minimum experience is 7 years': the years
    after 'in that case' are the route's that the sentence before states (its degrees named after 'Failing a
    university degree,'), added once the whole posting is read as that route's path of the experience minimum
    (`by_education`) and of the degree criterion (`in_lieu`, an academy moved there from its equivalents). Whether it
    took the sentence."""
    case = _IN_THAT_CASE.match(sentence.text)
    if case is None or not sentence.previous:
        return False
    said = WRITTEN_YEARS.search(sentence.text, case.end())
    years = number(said.group("n")) if said else None
    route = _ROUTE_LEAD.sub("", sentence.previous)
    levels = list(dict.fromkeys(level for _, _, level in mentions(route) if level in LADDER or level in ACADEMIES))
    if years is None or not levels or route == sentence.previous:
        return False
    text = sentence.text

    def add(drafts: list) -> None:
        from eligibility.compiler.draft import Draft

        experience = next(
            (d for d in drafts if d.kind == "experience" and d.mandatory and d.params.get("min_years")), None
        )
        degree = next((d for d in drafts if d.kind == "education" and d.mandatory), None)
        if experience is None or degree is None:
            issue = f"'{clip(text)}': the years of a route no experience minimum or degree of the posting holds"
            drafts.append(Draft("requirement", text, True, id="route-years", review=[issue]))
            return
        minimum = float(experience.params["min_years"])
        academies = [lv for lv in levels if lv in ACADEMIES]
        if academies:
            kept = [e for e in degree.params.get("equivalents", ()) if e not in academies]
            if kept:
                degree.params["equivalents"] = kept
            else:
                degree.params.pop("equivalents", None)
            degree.params.setdefault("in_lieu", []).append(
                {"levels": academies, "extra_years": max(0.0, years - minimum)}
            )
            for level in academies:
                experience.params.setdefault("by_education", {})[level] = years
        for level in (lv for lv in levels if lv in LADDER):
            if degree.params.get("level") in LADDER:
                add_route(experience, degree, level, years)
        degree.notes.append(f"'{clip(text)}': read as the years the route before it needs ({describe_years(years)}).")

    reading.amend(add)
    return True


def experience_minimum(drafts: list) -> float | None:
    """The experience minimum a posting's drafts ask of everyone (its first mandatory one), or None."""
    experience = _primary(drafts)[0]
    return float(experience.params["min_years"]) if experience is not None else None


# Years an in-lieu path needs in all: 'ten years in total', 'a total of ten years', 'ten years of experience in all',
# 'a combination of a first degree and ten years of experience'.
_IN_ALL = lazy_pattern(
    rf"\b(?:a\s+)?total\s+of\s+(?P<a>{NUMBER})\s+years?"
    rf"|(?P<b>{NUMBER})\s+years?\b[^.;]{{0,60}}?\b(?:in\s+total|in\s+all|overall|altogether|all\s+told)\b"
    rf"|\bcombination\s+of\b[^.;]{{0,120}}?\band\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<c>{NUMBER})\s+years?",
    re.I,
)


def years_stated(text: str) -> tuple[float, bool] | None:
    """The years an in-lieu sentence states without saying they come on top: (the number, whether it says they are
    the years in all); None where it states none."""
    m = _IN_ALL.search(text)
    if m:
        n = number(m.group("a") or m.group("b") or m.group("c"))
        return (n, True) if n is not None else None
    y = WRITTEN_YEARS.search(text)
    n = number(y.group("n")) if y else None
    return (n, False) if n is not None else None


def years_in_all(drafts: list, path: dict, stated: tuple[float, bool], text: str) -> None:
    """An in-lieu path's years told against the posting's experience minimum: years said to be in all, or more than
    the minimum ('a first degree with ten years of relevant experience' where eight are asked), are the path's
    total, so it costs the difference; fewer than the minimum can only come on top of it ('in combination with two
    years of experience' where six are asked). With no minimum asked of others, both readings are the same. Where the
    figure equals the minimum, or a total is below it, the smaller reading stands (no years beyond the minimum) and a
    person tells."""
    years, in_all = stated
    holder = next(
        (d for d in drafts if d.kind == "education" and any(p is path for p in d.params.get("in_lieu", ()))), None
    )
    if holder is None:
        holder = next(
            (
                d
                for d in drafts
                if d.kind == "education"
                for p in d.params.get("in_lieu", ())
                if p["levels"] == path["levels"] and p.get("extra_years") is None
            ),
            None,
        )
        if holder is None:
            return
        path = next(p for p in holder.params["in_lieu"] if p["levels"] == path["levels"])
    minimum = experience_minimum(drafts)
    said = f"'{clip(text)}' states {years:g} years"
    if minimum is None:
        path["extra_years"] = years  # no minimum asked of others: the path's years in all and on top are the same
    elif years > minimum:
        path["extra_years"] = years - minimum
        once(
            holder.notes,
            f"{said} with the degree in lieu: read as the years in all, {years - minimum:g} more than the minimum of "
            f"{minimum:g}.",
        )
    elif years < minimum and not in_all:
        path["extra_years"] = years
        once(
            holder.notes,
            f"{said} with the degree in lieu, fewer than the minimum of {minimum:g}: read as years on top of it.",
        )
    elif in_all:
        path["extra_years"] = 0.0
        once(
            holder.review,
            f"{said} in all with the degree in lieu, no more than the minimum of {minimum:g}: read as no years beyond "
            "it; a person must check the years it needs (`extra_years`)",
        )
    else:
        path["extra_years"] = 0.0
        once(
            holder.review,
            f"{said} with the degree in lieu, as many as the minimum: read as the years in all (none beyond it); a "
            "person must tell whether they come on top of the minimum, and set `extra_years`",
        )


def once(said: list[str], line: str) -> None:
    """A note said once, where two paths of one sentence ('a military or police college diploma with …') say it alike."""
    if line not in said:
        said.append(line)


def add_route(experience, degree, level: str, years: float) -> float | None:
    """A route of `years` with a degree of `level`, added to the experience draft (`by_education`) and, where the
    level is below the degree draft's, to the degree's paths in lieu with the years it needs beyond the minimum.
    Those years when such a path is added, else None."""
    experience.params.setdefault("by_education", {})[level] = years
    if LADDER.index(level) < LADDER.index(degree.params["level"]):
        extra = max(0.0, years - float(experience.params["min_years"]))
        if add_path_in_lieu(degree, level, extra):
            return extra
    return None


def add_path_in_lieu(degree, level: str, years: float | None) -> dict | None:
    """A path in lieu of the degree draft: a degree of `level` with `years` of experience beyond the minimum. The
    first such path for a level stands: the path added, None when there was one."""
    routes = degree.params.setdefault("in_lieu", [])
    if any(level in p["levels"] for p in routes):
        return None
    path = {"levels": [level], "extra_years": years}
    routes.append(path)
    return path


def _primary(drafts: list) -> tuple[Any, Any]:
    """The posting's first mandatory experience minimum and first mandatory degree on the ladder (either None)."""
    experience = next((d for d in drafts if d.kind == "experience" and d.mandatory and d.params.get("min_years")), None)
    degree = next(
        (d for d in drafts if d.kind == "education" and d.mandatory and d.params.get("level") in LADDER), None
    )
    return experience, degree


def _add_path(drafts: list, level: str, years: float, fields: list[str] | None = None) -> None:
    experience, degree = _primary(drafts)
    if experience is None:
        return
    if fields:
        experience.params.setdefault("route_fields", {})[level] = fields
    if degree is None:
        experience.params.setdefault("by_education", {})[level] = years
    else:
        add_route(experience, degree, level, years)


def _minimum_of_degree_asked(experience, degree) -> None:
    """'Doctorate 5 years / Master's degree 7 years / Bachelor's degree 9 years' beside a master's degree asked: the
    first route's figure was read as the minimum, but the minimum is what the degree asked needs (7), the doctorate's
    fewer years its path (`by_education`), so that the lower degree's path in lieu costs the years it states beyond
    the degree asked's (2), and a holder of the degree asked is held to its own figure. A list that starts below the
    degree asked ('Bachelor's 4 years / Master's 2 years' beside a master's asked) the same: the master's 2 years are
    the minimum, and the first-level degree's 4 its route; where the list never names the degree asked, its first
    figure stays the minimum and the lower degree it names is a route of those years."""
    level = degree.params["level"]
    more = (experience.params.get("by_education") or {}).get(level)
    if more is not None and float(more) > float(experience.params["min_years"]) and level != LADDER[-1]:
        # 'Not less than 3 years (5 years for holders of a bachelor's degree only)' beside a bachelor's degree asked:
        # the holders of the degree asked need the years said of them, and the minimum said first is what a higher
        # degree's holders need; never a minimum that lets the degree asked pass with fewer years.
        higher = LADDER[LADDER.index(level) + 1]
        minimum = experience.params["min_years"]
        experience.params["min_years"] = experience.params["by_education"].pop(level)
        experience.params["by_education"].setdefault(higher, minimum)
        experience.notes.append(
            f"The minimum is the {LEVEL_NAMES[level]}'s, the degree asked ({describe_years(float(more))}); "
            f"a {LEVEL_NAMES[higher]} or higher needs {describe_years(float(minimum))}."
        )
        return
    listed = routes(experience.source)
    if not listed:
        return
    by_education = experience.params.setdefault("by_education", {})
    first, minimum, _ = listed[0]
    if first == level or first in by_education or float(minimum) != float(experience.params["min_years"]):
        return
    if level not in by_education:
        if first in LADDER and LADDER.index(first) < LADDER.index(level):
            by_education[first] = experience.params["min_years"]  # the lower degree's route, a path in lieu
        return
    by_education[first] = experience.params["min_years"]
    experience.params["min_years"] = by_education.pop(level)
    experience.notes.append(
        f"The minimum is the {LEVEL_NAMES[level]}'s, the degree asked ({describe_years(experience.params['min_years'])}); "
        f"a {LEVEL_NAMES[first]} needs {describe_years(float(minimum))}."
    )


def routes_accepted(drafts: list) -> None:
    """A lower degree the experience criterion gives its own years ('6 years with a second-level degree, 8 years
    with a first-level degree') is a route the posting accepts: where the degree criterion asks more and accepts
    that degree on no path of its own, it becomes the degree's path in lieu with the years it needs beyond the
    minimum (without it the route's years could never be used, and its holders would fail the degree). Run once
    the whole posting is read, after every other path is in place."""
    experience, degree = _primary(drafts)
    if experience is None or degree is None:
        return
    _minimum_of_degree_asked(experience, degree)
    for level, route_years in list((experience.params.get("by_education") or {}).items()):
        if level not in LADDER or level in degree.params.get("equivalents", ()):
            continue
        extra = add_route(experience, degree, level, route_years)
        if extra is not None:
            degree.notes.append(
                f"A {LEVEL_NAMES[level]} with {describe_years(float(route_years))} of experience, as the experience "
                f"requirement states its route, read as a path in lieu ({describe_years(extra)} beyond the minimum)."
            )
