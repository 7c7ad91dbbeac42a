"""`experience`: minimum years of relevant professional experience, by education path where stated.

Example (KOS000396): 'Minimum 8 years of … experience in police or other
relevant law enforcement/security fields'. Where the education criterion has
an in-lieu path ('a first-level degree with two additional years'), its extra
years come on top of `min_years`; where the posting states each path's
minimum ('two years, four with a first-level degree'), `by_education` holds
them and wins.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from eligibility.checks import paths
from eligibility.checks import years as years_module
from eligibility.checks.common import field_label, join_or
from eligibility.checks.params import FIELDS, FIELDS_BY_DEGREE, FLAG, YEARS, YEARS_BY_DEGREE, Param, keys, read_params
from eligibility.checks.years import brief as years_brief
from eligibility.degrees import LADDER, LEVEL_NAMES, accepts, mentions
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_months, describe_years, human_date
from eligibility.phrases import (
    GRADE,
    NOT_HOLDING_A_DEGREE,
    NUMBER,
    REPLACES,
    WISH_ADVERB,
    clip,
    field_list,
    lazy_pattern,
    number,
)
from eligibility.phrases import YEARS as WRITTEN_YEARS
from eligibility.relevance import first_match

KIND = "experience"
PARAMS = (
    Param("min_years", YEARS, "years of relevant experience asked; 0 = demonstrated, without a number", default=0.0),
    Param("fields", FIELDS, "relevant fields; none = all professional experience counts", default=()),
    Param("or_related", FLAG, "'or a related field': experience in other fields goes to review", default=False),
    Param("by_education", YEARS_BY_DEGREE, "an education path's own minimum ({bachelor: 4})", default={}),
    Param(
        "route_fields",
        FIELDS_BY_DEGREE,
        "the fields a path's degree must be in for its own minimum ({bachelor: [finance, accounting]})",
        default=(),
    ),
    Param(
        "from_degree",
        FLAG,
        "the posting counts this experience only from the qualifying degree ('after the diploma'), as "
        "`--experience-after-degree` does for every criterion",
        default=False,
    ),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = True
"""A pass says how far above the minimum it is (`Outcome.margin`): counted in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class Params:
    min_years: float = 0.0
    """0: the posting asks for demonstrated experience without a number."""
    fields: tuple[str, ...] = ()
    """Relevant fields; empty means all professional experience counts."""
    or_related: bool = False
    by_education: dict = field(default_factory=dict)
    """Degree level -> minimum years on that education path."""
    route_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(degree level, fields) of the paths whose degree must be in one of these fields to lower the minimum."""
    from_degree: bool = False
    """Count only experience gained after the qualifying degree, as the posting says."""


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


_WHERE = frozenset(
    [
        "international",
        "regional",
        "national",
        "local",
        "global",
        "multilateral",
        "multinational",
        "intergovernmental",
        "private",
        "public",
        "field",
        "country",
        "headquarters",
        "headquarter",
    ]
)
_PLACES = frozenset(
    [
        "level",
        "environment",
        "environments",
        "setting",
        "settings",
        "context",
        "contexts",
        "organisation",
        "organisations",
        "organization",
        "organizations",
        "operation",
        "operations",
        "mission",
        "missions",
        "presence",
        "presences",
        "office",
        "offices",
        "institution",
        "institutions",
        "agency",
        "agencies",
        "body",
        "bodies",
        "sector",
        "sectors",
    ]
)
_ALONE = frozenset({"abroad", "overseas", "headquarters", "field"})
_RANKS = frozenset(["senior", "leadership", "executive", "expert", "professional", "technical", "junior", "middle"])
"""Words of a rank: 'of which three in a senior position', 'at the expert level', 'at a technical/senior level'."""
_LIKE_THE_POST = frozenset(["comparable", "similar", "equivalent", "analogous"])
"""A role said to be like the post's ('in a comparable function', 'in a similar position'), which no job records."""
_SAME_EMPLOYER = frozenset(["their", "his", "her", "the", "current", "present", "same", "one", "single", "a"])
"""Words of one employer ('with their current employer', 'with the same employer'), which no job's fields record."""
_POSTS = frozenset(
    ["level", "position", "positions", "post", "posts", "role", "roles", "capacity", "capacities", "function"]
    + ["functions", "grade", "grades"]
)


def _words(field: str) -> list[str]:
    return [w for w in field.lower().replace("-", " ").split() if w not in ("the", "a", "an", "in", "at")]


_GRADE_SCALES = frozenset(["P", "D", "G", "GS", "S", "FS", "NO", "NP", "NPO", "AD", "AST"])
"""Grades of an organisation's scale, written with their number ('P-3', 'P4', 'D-1', 'G5', 'S3', 'AD7') or a letter
('NO-B')."""
_REACH = ("or", "and", "above", "higher", "equivalent")


def _grade(token: str, following: str) -> int:
    """How many of the tokens here a grade takes: 'P3' (1), 'P 3' or 'NO B' (2), none (0)."""
    scale = token.rstrip("0123456789")
    if scale in _GRADE_SCALES and scale != token and len(token) - len(scale) <= 2:
        return 1
    if token not in _GRADE_SCALES or not following:
        return 0
    numbered = following.isdigit() and len(following) <= 2
    lettered = token == "NO" and len(following) == 1 and following in "ABCD"
    return 2 if numbered or lettered else 0


@lru_cache(maxsize=4096)
def _rank(field: str) -> bool:
    """Whether a field names the rank the work was done at ('a senior position', 'a senior-level role', 'the expert
    level', 'the P-3 level'), which no job's fields record."""
    tokens = field.replace("-", " ").replace("/", " ").split()
    rest: list[str] = []
    graded, i = False, 0
    while i < len(tokens):
        taken = _grade(tokens[i], tokens[i + 1] if i + 1 < len(tokens) else "")
        if taken:
            graded, i = True, i + taken
            continue
        rest.append(tokens[i])
        i += 1
    words = _words(" ".join(rest))
    if graded:
        return all(w in _POSTS or w in _REACH for w in words)
    if len(words) > 2 and words[0] == "level" and (words[1] in _LIKE_THE_POST or words[1] == "corresponding"):
        return True  # 'a level equivalent to function group AD': a rank named by another scale's
    return (
        len(words) > 1
        and words[0] in _RANKS
        and words[-1] in _POSTS
        and all(w in _RANKS or w in _POSTS or w in ("or", "and") for w in words[1:-1])
    )


@lru_cache(maxsize=4096)
def _setting(field: str) -> bool:
    """Whether a field names where the work was done ('the international level', 'a field operation',
    'international organisations') or at what rank (`_rank`), which no job's fields record, rather than what it
    was."""
    parts = re.split(r"\s+(?:in|at|within|with)\s+", field.strip(), flags=re.I)
    if len(parts) > 1:
        # 'the P-4 level in an international organisation': a rank held in a setting, both of which a person judges.
        return all(_setting(p) for p in parts)
    words = _words(field)
    if not words:  # 'the', '-': no word of its own, so no setting (and, matched, no field either)
        return False
    if len(words) == 1:
        return words[0] in _ALONE
    if words[-1] in _POSTS and all(w in _LIKE_THE_POST for w in words[:-1]):
        return True  # 'a comparable function': whether a job was one is for a person
    if words[-1] in ("employer", "employers") and all(w in _SAME_EMPLOYER for w in words[:-1]):
        return True  # 'two of them with their current employer': which employer is no field of work
    return _rank(field) or (words[-1] in _PLACES and all(w in _WHERE for w in words[:-1]))


@lru_cache(maxsize=4096)
def _settings_only(fields: tuple[str, ...]) -> bool:
    """Whether every field a criterion names is a setting rather than a field of work."""
    return bool(fields) and all(_setting(f) for f in fields)


def _or_related(params: Params) -> bool:
    """Other jobs go to a person: when the posting says 'or a related field', and when its fields are settings
    (a job's fields never say it was at the international level; counting it as none would be a wrong fail)."""
    return params.or_related or _settings_only(params.fields)


related_to_judge = _or_related
"""Whether jobs in other fields go to a person under these parameters (the management minimum part of this
criterion treats its jobs the same way)."""


def to_judge(params: Params) -> str:
    """What a person judges of the jobs in other fields, as the explanation words it."""
    if _settings_only(params.fields) and not params.or_related:
        what = "at the rank" if any(_rank(f) for f in params.fields) else "where"
        return (
            f"whether this work was done {what} the posting asks ({field_label(params.fields)}; jobs do not record it)"
        )
    return "whether this work is related"


def _held(params: Params, ctx, level: str) -> Status | None:
    """How the candidate holds the degree of a path: PASS (in one of the path's fields, where it names any), UNKNOWN
    (of that level, its field not stated), None (no such degree, or only in other fields)."""
    fields = dict(params.route_fields).get(level)
    found = None
    for d in ctx.profile.education or ():
        if not accepts(d.level, level) or (d.completed is not None and d.completed.first_day > ctx.as_of):
            continue
        if not fields or d.level in paths.ACADEMIES or (d.field is not None and first_match([d.field], fields)):
            return Status.PASS
        if d.field is None:
            found = Status.UNKNOWN
    return found


def _lower(params: Params) -> list[tuple[float, str]]:
    """The education paths whose own minimum is lower than `min_years`, lowest first."""
    return sorted((years, level) for level, years in params.by_education.items() if years < params.min_years)


def _minimum(params: Params, lower: list[tuple[float, str]], ctx) -> tuple[float, str | None]:
    """The minimum in years, lowered where the posting says a higher degree needs fewer years ('six
    years, four with a second-level degree'), with the degree level that lowered it. Paths that need
    more years (a first-level degree in lieu of a second) are the degree criterion's to check: holding
    a degree can then only lower what this criterion asks."""
    for years, level in lower:
        if _held(params, ctx, level) is Status.PASS:
            return years, level
    return params.min_years, None


def _unsure(params: Params, lower: list[tuple[float, str]], need: float, ctx) -> tuple[float, str] | None:
    """The lowest path below `need` whose degree the candidate holds in a field the profile does not state: it
    would lower the minimum if the field is one of the path's."""
    for years, level in lower:
        if years < need and _held(params, ctx, level) is Status.UNKNOWN:
            return years, level
    return None


def _no_minimum(params: Params, lower: list[tuple[float, str]], ctx) -> str | None:
    """The degree held whose path needs no experience at all ('OR a post-secondary diploma (no experience
    required)'), if any."""
    years, level = _minimum(params, lower, ctx) if lower else (params.min_years, None)
    return level if level is not None and years == 0 else None


def plan(criterion):
    """The status and margin alone, for a candidate (`check` writes the outcome when it is shown)."""
    params: Params = criterion.params
    fields, or_related, lower = params.fields, _or_related(params), _lower(params)

    def judge(ctx):
        if params.from_degree:
            ctx = ctx.after_the_degree()
        relevant = ctx.experience(fields)
        if lower and _no_minimum(params, lower, ctx):
            return Status.PASS, 1.0, {"months": round(relevant.months, 2) if relevant else 0, "required_months": 0}
        if relevant is None:
            return Status.UNKNOWN, None
        need = _minimum(params, lower, ctx)[0] if lower else params.min_years
        status, margin, _ = years_module.judge(
            relevant, need * 12, others_judged=or_related, start_unknown=ctx.degree_date_unknown
        )
        if status is Status.FAIL and lower and _route_open(params, lower, need, relevant, ctx):
            return Status.UNKNOWN, None
        return status, margin, years_module.brief_facts(relevant, need * 12)

    return judge


def _route_open(params: Params, lower, need: float, relevant, ctx) -> tuple[float, str] | None:
    """The path (years, level) whose degree's unstated field decides, where the minimum `need` is not met: the
    candidate would pass on it. Called once the minimum is known to fail, by the quick judgement and the check alike."""
    unsure = _unsure(params, lower, need, ctx)
    if unsure is None:
        return None
    status = years_module.judge(relevant, unsure[0] * 12, start_unknown=ctx.degree_date_unknown)[0]
    return unsure if status is Status.PASS else None


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    if params.from_degree:
        ctx = ctx.after_the_degree()
    no_minimum = _no_minimum(params, _lower(params), ctx)
    if no_minimum:
        # A minimum of none, met: fully above it, as any minimum met with as much again to spare (`years.judge`).
        return Outcome(Status.PASS, f"No experience is required with a {LEVEL_NAMES[no_minimum]}.", margin=1.0)
    relevant = ctx.experience(params.fields)
    what = f"{field_label(params.fields)} experience" if params.fields else "professional experience"
    if relevant is None:
        return years_module.no_jobs(
            ctx, years_module.required(params.min_years, what), "list your jobs, with their dates and fields"
        )
    lower = _lower(params)
    need, level = _minimum(params, lower, ctx)
    judged = years_module.judge(
        relevant, need * 12, others_judged=_or_related(params), start_unknown=ctx.degree_date_unknown
    )
    failed = judged[0] is Status.FAIL
    unsure = _route_open(params, lower, need, relevant, ctx) if lower and failed else None
    if unsure is not None:
        years, path = unsure
        return Outcome(
            Status.UNKNOWN,
            f"{describe_months(relevant.months)} of {what} as of {human_date(ctx.as_of)}; "
            f"{describe_years(need)} required, or {describe_years(years)} with a {LEVEL_NAMES[path]}"
            f"{paths.route_fields(ctx.ruleset, path)}: the profile does not say what its {LEVEL_NAMES[path]} is in.",
            facts={"months": round(relevant.months, 2), "required_months": need * 12},
            advice=(f"give the field of your {LEVEL_NAMES[path]}",),
        )
    note = f" with a {LEVEL_NAMES[level]}" if level else ""
    alternatives: tuple[str, ...] = ()
    if relevant.months + 1e-6 < need * 12:
        alternatives = tuple(
            f"or a {LEVEL_NAMES[level]}{paths.route_fields(ctx.ruleset, level)}, which lowers the minimum to {describe_years(years)}"
            for years, level in lower
            if years < need
        )
    return years_module.compare(
        relevant,
        required_years=need,
        what=what,
        as_of=ctx.as_of,
        others_judged=_or_related(params),
        path_note=note,
        alternatives=alternatives,
        start_unknown=ctx.degree_date_unknown,
        to_judge=to_judge(params),
        judged=judged,
    )


def asked_about(params: Params) -> dict[str, tuple[str, ...]]:
    """What the guided self-check mentions when it asks for jobs: the fields this posting counts."""
    return {"fields": params.fields}


def describe(params: Params) -> str:
    what = f"experience in {join_or(list(params.fields))}" if params.fields else "professional experience"
    if params.or_related:
        what += " or related fields"
    text = f"at least {describe_years(params.min_years)} of {what}" if params.min_years else f"demonstrated {what}"
    if params.by_education:
        text += (
            " ("
            + ", ".join(f"{describe_years(y)} with a {LEVEL_NAMES[k]}" for k, y in params.by_education.items())
            + ")"
        )
    if params.from_degree:
        text += ", gained after the qualifying degree"
    return text


ASKS: tuple[str, ...] = ("experience",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


brief = years_brief
"""In screening rows: counted/required years, as 'experience 7y10m/8y'."""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    out = years_module.emit(params)
    if params.get("from_degree"):
        out["from_degree"] = True
    return out


def absorb(params: dict, other: dict) -> None:
    years_module.absorb(params, other)
    if other.get("from_degree"):
        params["from_degree"] = True


def default_id(params: dict, mandatory: bool) -> str:
    if params.get("min_years"):
        return "experience"
    return "experience-" + re.sub(r"[^a-z0-9]+", "-", (params.get("fields") or ["field"])[0].lower()).strip("-")


def merge_key(draft) -> tuple:
    return years_module.merge_key(KIND, draft)


repeats = years_module.repeats


def primary(criteria) -> Any:
    """The mandatory experience criterion with a minimum: the one education paths adjust (None without one)."""
    return next((c for c in criteria if c.kind == KIND and c.mandatory and c.params.min_years > 0), None)


# --- how the compiler reads it ---------------------------------------------------------------------------

READS = ("sentence", "clause")
"""Each clause of a requirement is read for its years (and the management minimum stated with them: one clause
gives both kinds); a whole sentence for a minimum a degree reduces, which the education paths hold."""


# 'within the past three years', 'in the last year', 'during the previous five years', 'in recent years': when the
# experience was gained. A window is neither a minimum nor a field; the check counts experience whenever it was
# gained, so a criterion read with one says so for a person to judge.
_WINDOW = lazy_pattern(
    r",?\s*(?:(?:gained|acquired|obtained|accumulated|earned)\s+)?"
    r"(?:(?:with)?in|during|over|for)\s+the\s+(?:last|past|previous|preceding|most\s+recent)\s+"
    rf"(?:(?:{NUMBER})\s+)?(?:full\s+)?(?:calendar\s+)?(?:years?|months?|decades?)\b"
    r"|,?\s*\bin\s+recent\s+years\b",
    re.I,
)

_NO_FIELD = lazy_pattern(
    r"\d|\b(?:in|of|for|with|to|by|at|from|as|than|who|which|that|including|especially|particularly|notably|namely|"
    r"such|excellent|good|strong|sound|skills?|abilit\w*|knowledge|fluen\w*)\b|^(?:\S+\s+){5}",
    re.I,
)
"""What no field's name holds: words that say where, when or how the experience was gained, or what else is asked
beside it, and more than five words."""
_PERIOD = lazy_pattern(r"\b(?:years?|months?|yrs?|decades?)\b", re.I)


def _without_window(sentence):
    """The sentence without the window its experience was to be gained in, and the window's words (None without)."""
    m = _WINDOW.search(sentence.text)
    if m is None:
        return sentence, None
    text = (sentence.text[: m.start()] + sentence.text[m.end() :]).strip()
    return replace(sentence, text=text), m.group(0).strip(" ,")


def _window_noted(drafts: list, window: str | None) -> list:
    if window:
        for d in drafts:
            if d.kind in (KIND, "management"):
                d.review.append(
                    f"'{window}': only experience gained then counts, and the check counts it whenever it was "
                    "gained: a person must judge it"
                )
    return drafts


def extract(sentence, reading) -> list:
    """'Minimum 8 years of relevant experience in police or security fields', 'ten years, of which five at
    management level', 'six years (four years with a second-level degree)', 'proven work experience in logistics';
    a whole sentence: 'the minimum is reduced to seven years for candidates with a first-level degree'. A window the
    experience was gained in ('within the past five years') is read as neither."""
    others = _HELD_BY_OTHERS.search(sentence.text)
    if others:
        # '…, where the team has at least 5 years of experience in shelter': the clause holds the years of others,
        # asked of no one; the rest of the sentence is read on its own.
        text = sentence.text
        start = max(text.rfind(mark, 0, others.start()) for mark in ",;:")
        ends = [i for i in (text.find(mark, others.end()) for mark in ",;") if i >= 0]
        clause = text[start + 1 : min(ends) if ends else len(text)]
        if not _THE_CANDIDATE.search(clause):
            rest = (text[: start + 1] + text[min(ends) if ends else len(text) :]).strip(" ,;:")
            if not rest or not re.search(r"\d|\byears?\b", rest, re.I):
                return []
            sentence = replace(sentence, text=rest)
    graded = _FOR_GRADE.match(sentence.text)
    if graded and (reading.mode != "sentence" or _other_grade(graded, reading)):
        return _for_grade(sentence, graded, reading)
    sentence, window = _without_window(sentence)
    return _window_noted(_extract(sentence, reading), window)


_FOR_GRADE = lazy_pattern(
    r"^\W*(?:for\s+(?:an?\s+)?(?:appointment|recruitment|selection)|(?:if|when|where)\s+(?:appointed|recruited|selected))"
    rf"\s+at\s+(?:the\s+)?(?:grade\s+|level\s+)?(?P<g>{GRADE})(?:\s+level)?\s*[:,\u2013-]\s*",
    re.I,
)
"""A line of what one grade the post may be filled at asks: 'For appointment at P-3: four years …', 'If appointed at
the P-4 level, eight years …' (a table of years by grade, which may list grades the post is not at, is `_grade_row`'s)."""
_ASKED_AT = "_asked_at_grade"
"""The grade a draft's line is for, kept until the whole posting is read (`_lowest_grade_only`)."""


def _other_grade(graded, reading) -> bool:
    own = getattr(reading.posting, "grade", None)
    return isinstance(own, str) and bool(own) and _grade_key(own) != _grade_key(graded.group("g"))


def _for_grade(sentence, graded, reading) -> list:
    """'For appointment at P-3: four years …' / 'For appointment at P-4: eight years …': the post may be filled at
    any grade a line names, so the lowest grade's years are the minimum and a higher grade's a note, never a
    criterion that bars a candidate the lower grade takes; with the post's grade stated, its own line alone."""
    grade, own = _grade_key(graded.group("g")), getattr(reading.posting, "grade", None)
    if own and _grade_key(own) != grade:
        reading.why = f"what appointment at grade {_grade_shown(grade)} asks; the post is graded {_grade_shown(own)}"
        return []
    found = extract(replace(sentence, text=sentence.text[graded.end() :]), reading)
    for d in found:
        d.source = sentence.text
        if not own and d.kind in (KIND, "management"):
            d.params[_ASKED_AT] = grade
    if not own and found:
        reading.amend(_lowest_grade_only)
    return found


def _grade_order(grade: str) -> tuple:
    letters, digits = re.match(r"(\D*)(\d*)", grade).groups()  # type: ignore[union-attr]
    return letters, int(digits) if digits else 0


def _lowest_grade_only(drafts: list) -> None:
    """Of the years asked by grade, the lowest grade's stand; a higher grade's become a note on them."""
    tagged = [(d, d.params.pop(_ASKED_AT)) for d in drafts if _ASKED_AT in d.params]
    grades = sorted({g for _, g in tagged}, key=_grade_order)
    if len(grades) < 2:
        return
    kept = [d for d, g in tagged if g == grades[0]]
    higher = [(d, g) for d, g in tagged if g != grades[0]]
    said = "; ".join(f"{_grade_shown(g)}: {d.kind} {describe_years(d.params.get('min_years') or 0)}" for d, g in higher)
    for d, _ in higher:
        drafts.remove(d)
    kept[0].notes.append(
        f"Years by grade: the post may be filled at {join_or([_grade_shown(g) for g in grades])}, so what "
        f"{_grade_shown(grades[0])} asks is the minimum; the higher grades ask more ({said})."
    )


_HELD_BY_OTHERS = lazy_pattern(
    r"\b(?:(?:the|our|its|this|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:team|office|unit|section|organi[sz]ation|mission|"
    r"programme|project|department|agency|partners?|colleagues|staff|company|firm|network)(?:\s+(?:that|which|who))?"
    r"|we)\s+(?:has|have|had|brings?|boasts?)\s+(?:over\s+|more\s+than\s+|at\s+least\s+|nearly\s+|almost\s+|"
    r"some\s+)?(?:\d+|[a-z]+(?:-[a-z]+)?)\s*\+?\s*years?\b",
    re.I,
)
"""Years said of others than the candidate: 'where the team has at least 5 years of experience', 'We have over 20
years of experience in shelter'."""
_THE_CANDIDATE = lazy_pattern(
    r"\b(?:you|your|candidates?|applicants?|holders|those|persons|they|the\s+(?:successful\s+)?(?:candidate|applicant|"
    r"incumbent|post\s+holder))\b"
    r"(?!\s+will\s+(?:join|work|be\s+part))",
    re.I,
)
"""The candidate named: 'Candidates must have …'; not 'you will join a team that …', which asks nothing."""


_ROW_GRADE = rf"(?:{GRADE}|(?-i:\b(?:AD|AST|SC|FG)\s?-?\s?\d{{1,2}}\b)|\blevel\s+(?-i:[A-E])\b(?![\w-]))"
"""A grade as a table of years names it: the UN's and the OSCE's ('P-3', 'S2'), the EU's ('AD7', 'AST4'), and a
level by its letter ('Level B')."""
_GRADE_ROW = lazy_pattern(
    rf"^\W*(?P<g>{_ROW_GRADE})(?:\s+level)?\s*[:|=\u2013-]?\s*(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?"
    rf"(?P<n>{NUMBER})\s*(?:full[- ])?(?:years?|yrs?)\b(?:\s+of\s+(?:[\w-]+\s+){{0,3}}?experience)?\s*[.;]?\s*$",
    re.I,
)
"""A row of a table of years by grade, on a line of its own: 'AD7 | 6 years', 'P-4: 7 years of professional
experience'."""


def _grade_key(grade: str) -> str:
    return re.sub(r"[\s-]", "", grade).upper()


def _grade_shown(grade: str) -> str:
    """A grade as the messages name it: 'P3', 'AD7', 'Level B'."""
    key = _grade_key(grade)
    return f"Level {key[-1]}" if key.startswith("LEVEL") else key


def _grade_row(sentence, reading) -> list:
    """'AD6 | 3 years' / 'AD7 | 6 years' / …: the row for the post's grade is the minimum; another grade's row asks
    nothing of this post; with the post's grade unknown, a person picks the row (never the lowest taken for it)."""
    from eligibility.compiler.competency import mandatory
    from eligibility.compiler.draft import Draft

    row = _GRADE_ROW.match(sentence.text)
    if row is None or (n := number(row.group("n"))) is None:
        return []
    grade, own = _grade_key(row.group("g")), getattr(reading.posting, "grade", None)
    shown = _grade_shown(grade)
    if own and _grade_key(own) == grade:
        note = f"The row of a table of years by grade for the post's grade, {shown}."
        return [
            Draft(
                KIND,
                sentence.text,
                mandatory(sentence),
                params={"min_years": n},
                heading=sentence.heading,
                notes=[note],
            )
        ]
    if own:
        reading.why = f"the years a table asks for grade {shown}; the post is graded {_grade_shown(own)}"
        return []
    issue = (
        f"a table of years by grade: {describe_years(n)} for {shown}; the posting does not state the post's grade, "
        "so a person must say which row applies (set `min_years` to it, or drop this criterion)"
    )
    return [Draft("requirement", sentence.text, True, id=f"years-for-{grade.lower()}", review=[issue])]


_WITH_THE_EMPLOYER = lazy_pattern(
    r"\b(?:worked|served|employed|been)\s+(?:\w+\s+)?(?:for|with|by|at)\s+(?:that|this|the|their|his|her|its|the\s+same)\s+"
    r"(?:(?:current|present|same|own|seconding)\s+)?employer\b",
    re.I,
)
"""Time with the candidate's present employer: 'have worked for that employer for at least 12 months'."""


_EVERY_ROUTE = lazy_pattern(
    r"^\W*(?:and\s+)?(?:in\s+(?:both|either|all|each|any)\s+(?:cases?|instances?)|for\s+(?:both|either|all|each|every)\s+"
    r"(?:routes?|options?|cases?))\s*,?\s*(?:including|with)\s+(?=(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?"
    rf"{NUMBER}\s+(?:full[- ])?(?:years?|months?)\b)",
    re.I,
)
"""'…; in both cases including at least five years managing a unit': a part that every route before it asks, said
in an item of its own: a minimum of its own, as if said alone."""


def _extract(sentence, reading) -> list:
    every = _EVERY_ROUTE.match(sentence.text) if reading.mode != "sentence" else None
    if every:
        found = _extract(replace(sentence, text=sentence.text[every.end() :]), reading)
        for d in found:
            d.source = sentence.text
        return found
    if reading.mode == "sentence":
        return (
            _grade_row(sentence, reading)
            or (paths.reduced_minimum(sentence, reading) if not _states_its_paths(sentence) else [])
            or paths.degree_replaces_years(sentence, reading)
            or _no_experience_path(sentence, reading)
            or _alternative_route(sentence, reading)
            or _preferred_more(sentence, reading)
            or _counted_from_degree(sentence, reading)
            or _counted_more(sentence, reading)
        )
    said = sentence.text
    if _WITH_THE_EMPLOYER.search(said) and not re.search(r"\bexperience\b", said, re.I):
        # 'have worked for their current employer for at least two years': time with one employer, which no job of a
        # profile is marked as; a standing a person settles (the compiler keeps it), never years in a field.
        return []
    weighed = _COUNTED_MORE.search(said)
    if weighed and (counted := _without_counting(said, weighed)):
        # '5 years in human rights, and years in a field mission are counted double': how some work is counted
        # (a review item below) is no field of the minimum.
        sentence = replace(sentence, text=counted)
    if _TRACK_RECORD.search(said) and WRITTEN_YEARS.search(said) and not re.search(r"experience", said, re.I):
        # 'A five-year track record in procurement': years of a track record are years of experience.
        sentence = replace(sentence, text=_TRACK_RECORD.sub("experience", said))
    if (stated := years_said_without_the_word(sentence.text)) is not None:
        # 'At least 5 years as a police officer': years of work said without the word 'experience' are read as the
        # same words with it.
        sentence = replace(sentence, text=stated)
    elif (label := _EXPERIENCE_LABEL.match(sentence.text)) and _WORK_SAID.search(sentence.text, label.end()):
        # 'Experience: at least three years of accounting work': the label names the kind, and the years of work
        # after it are read as they are without it (the label's 'experience' is no field's head).
        rest = sentence.text[label.end() :]
        sentence = replace(sentence, text=years_said_without_the_word(rest) or rest)
    labelled = paths.labelled_minimum(sentence.text)
    if labelled is not None:
        # 'Minimum years of relevant experience: 5': read as 'Minimum 5 years of relevant experience'.
        found, rest = _read(replace(sentence, text=labelled))
        for d in found:
            d.source = sentence.text
        if (bare := paths.unit_left_out(sentence.text)) is not None:
            for d in found:
                d.review.append(
                    f"'{clip(bare)}' gives a figure without its unit: read as {describe_years(d.params.get('min_years') or 0)}; "
                    "a person must confirm the unit (or set `min_years`)"
                )
    else:
        found, rest = _read(sentence)
    for d in found:
        if d.source == sentence.text:
            d.source = said
        for level in d.params.pop(_NAMED_BEFORE, ()):
            _fields_from_before(d, level, sentence.text, reading)
    if _AFTER_DIPLOMA.search(sentence.text):
        for d in found:
            if d.kind == KIND:
                d.params["from_degree"] = True
    for d in found:
        if weighed and d.kind == KIND and d.params.get("min_years"):
            # '5 years of experience (a year in a field mission counts twice)': the minimum's own counting note.
            d.review.append(_counted_more_issue(said))
    role = _AS_ROLE.search(sentence.text)
    for d in found:
        if role and d.kind == KIND and not d.params.get("fields"):
            # 'At least 5 years as a police officer': jobs record fields, not roles, so every job counts; a person
            # judges whether the work counted was in that role (never a free pass, never a wrong fail).
            d.review.append(
                f"the years are asked as {role.group('role').strip()}: the check counts every job, so a person must "
                "judge whether the work counted was in that role"
            )
    if rest:
        from eligibility.compiler.draft import Draft

        reading.rest.append(Draft("competency", rest))
    return found


_TRACK_RECORD = lazy_pattern(r"\btrack[- ]record\b", re.I)
_EXPERIENCE_LABEL = lazy_pattern(
    r"^\W*(?:(?:professional|relevant|work|working|prior|previous)\s+)*experience\s*(?::|\s[-\u2013]\s)\s*"
    r"(?=[^:]*\b(?:years?|months?)\b)(?![^:]*\bexperience\b)",
    re.I,
)
"""'Experience: …', 'Professional experience - …': a label naming the kind before years whose own words never say
'experience'."""
_WORK_SAID = lazy_pattern(r"\b(?:years?|months?)\b['\u2019]?\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?work\b", re.I)
"""Years of work said with the word 'work' ('three years of accounting work', 'five years of professional work in')."""
_AS_ROLE = lazy_pattern(
    r"(?:\b(?:experience|years?|months?)|(?<![\w.,])\d{1,2}(?:[.,]5)?)\s+(?:working\s+|serving\s+)?as\s+"
    r"(?P<role>an?\s+[a-z][\w-]*(?:\s+(?!(?:in|with|within|at|for|of|and|during|on)\b)[a-z][\w-]*){0,4})",
    re.I,
)
"""'5 years of experience as a police officer', 'Minimum 2 years working as a translator', '…, of which 3 as an officer':
a role the work was in."""
_YEARS_OF_WORK = lazy_pattern(
    r"^(?P<years>(?:[^\w<>]|\d){0,8}?(?:(?:you|candidates?|applicants?)\s+(?:must|should|shall)\s+)?"
    r"(?:(?:have|possess|bring|offer)\s+)?"
    rf"(?:{WISH_ADVERB},?\s+)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|not\s+less\s+than|no\s+less\s+than|more\s+than|over)\s+)?"
    rf"{NUMBER}\s*(?:full[- ])?(?:years?|yrs?|months?))"
    r"(?:['\u2019]\s*(?:work\s+)?|\s+of\s+(?:(?:professional|relevant|active|paid|operational)\s+)?(?:service|employment)\s+|\s+)"
    r"(?P<how>as|working\s+(?:in|as|with|for|on|at)|(?:spent|employed|serving|served)\s+(?:in|with|at|by|as)|in|with|within)"
    r"\s+(?P<what>(?:(?:an?|the)\s+)?(?P<first>\S+))",
    re.I,
)
"""Years of work said without the word 'experience': 'At least 5 years as a police officer', 'Minimum 3 years working
in human rights', 'Four years in a similar position', 'Six years of service in the police', "Three years' work in
public administration"."""
_NOT_WORK = lazy_pattern(
    r"\b(?:lieu|total|addition|place|length|duration|age|old|instance|advance|prison|custody|residence|resident|row|"
    r"the\s+(?:country|past|last|first|same|region)|of|from|at|a\s+row|univers\w*|college|school|stud\w*|education|"
    r"training|academy|course|degree|diploma|programme|program|maximum|minimum)\b",
    re.I,
)
"""What after 'years in/as/with' is no place of work: 'in lieu', 'in total', 'as of', 'in university', 'in the last
ten years'."""
_NO_MINIMUM_OF_WORK = lazy_pattern(
    r"\b(?:not|no)\s+(?:more|longer)\s+than\b|\bmaximum\b|\bmax\.|\bup\s+to\b|\bexceed|\bat\s+most\b|\bwithin\b"
    r"|\bexperience\b|\bnot\s+required\b|\bno\s+(?:prior\s+)?\w+\s+required\b",
    re.I,
)
"""Sentences whose years are no minimum of work (a maximum, a window, a denial), or that name experience already."""


_SERVICE_ADJECTIVE = r"(?:active|continuous|full-time|operational|professional|uniformed|regular)"
_YEARS_OF_SERVICE = lazy_pattern(
    r"^(?P<years>(?:[^\w<>]|\d){0,8}?(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|not\s+less\s+than|"
    rf"no\s+less\s+than|more\s+than|over)\s+)?{NUMBER}\s*(?:full[- ])?(?:years?|yrs?))"
    rf"\s+of\s+(?:{_SERVICE_ADJECTIVE}\s+)*(?!{_SERVICE_ADJECTIVE}\b)(?P<what>(?:[a-z][\w-]*\s+){{1,2}}?)service\b"
    r"(?P<rest>.*)$",
    re.I,
)
"""Years of work said as a service ('A minimum of eight years of active police service', 'Ten years of military
service, three of them in command positions'): the service is where the work was, as in 'years of service in the
police'."""
_OF_THOSE_YEARS = lazy_pattern(
    r"^\W*(?P<least>(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|not\s+less\s+than|no\s+less\s+than|"
    rf"no\s+fewer\s+than|not\s+fewer\s+than)\s+)?(?P<n>{NUMBER})\s+of\s+(?:(?:these|those)\s+|the\s+(?:[\w-]+\s+)?)"
    r"years?\s+(?:(?:must|should|shall|will)\s+(?:have\s+)?(?:been\s+)?|(?:are|were)\s+|(?:have|has)\s+been\s+)?"
    r"(?:served|spent|gained|acquired|worked|accrued|obtained)\s+(?P<rest>(?P<what>(?:in|at|with|within|as)\s+\S+).*)$",
    re.I,
)
"""A part of the minimum before it said of its years: 'Not less than two of those years must have been served in a
field duty station', 'At least three of these years spent in a field operation'."""
_YEARS_OF_X_WORK = lazy_pattern(
    r"^(?P<years>(?:[^\w<>]|\d){0,8}?(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|not\s+less\s+than|"
    rf"no\s+less\s+than|no\s+fewer\s+than|not\s+fewer\s+than|more\s+than|over)\s+)?{NUMBER}\s*(?:full[- ])?(?:years?|yrs?))"
    # 'social work', 'field work', 'volunteer work': a discipline or a setting of its own, read as before
    r"['\u2019]?\s+of\s+(?!(?:[\w-]+\s+){0,2}(?:social|field|volunteer|voluntary|team|case)\s+work\b)"
    r"(?P<what>(?:[a-z][\w-]*\s+){1,3}?)work\b(?!\s+(?:permits?|visas?|plans?|programmes?)\b)"
    r"(?P<rest>.*)$",
    re.I,
)
"""Years of work said with 'work' after the words of its field: 'at least three years of accounting work', 'five
years of professional work in water audits'."""
_YEARS_THEN_MANAGEMENT = lazy_pattern(
    r"^(?P<years>(?:[^\w<>]|\d){0,8}?(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|not\s+less\s+than|"
    rf"no\s+less\s+than|more\s+than|over)\s+)?{NUMBER}\s*(?:full[- ])?(?:years?|yrs?))"
    r"(?P<total>\s+(?:in\s+total|overall|in\s+all))?"
    r"(?P<part>\s*,\s*(?:of\s+which|including|thereof|(?:\w+\s+)?of\s+(?:which|them|these))\b.*)$",
    re.I,
)
"""Years said alone and a part of them after a comma: 'At least 8 years in total, 2 of which in a managerial capacity'."""
_MANAGEMENT_PART = lazy_pattern(
    r"\b(?:in|at)\s+(?:an?\s+|the\s+)?(?:senior\s+|middle\s+)?(?:managerial|management|supervisory|command)\s+"
    r"(?:capacity|capacities|levels?|positions?|roles?|functions?)\b",
    re.I,
)
"""A part of years said as management ('in a managerial capacity', 'at management level'): the years are of work."""


def years_said_without_the_word(text: str) -> str | None:
    """The sentence with 'of experience' after its years, where it asks years of work without the word ('At least 5
    years as a police officer' -> 'At least 5 years of experience as a police officer'); None otherwise. A place of
    work named with a capital ('5 years in the OSCE') is a name no job records, left for a person; a period that is
    no work ('in lieu', 'in total', 'in university', 'as of') and a maximum are never read as experience."""
    served = _YEARS_OF_SERVICE.match(text)
    if served and not _NO_MINIMUM_OF_WORK.search(text) and not _NOT_WORK.match(served.group("what")):
        what = served.group("what").strip()
        if what[:1].islower():
            return f"{served.group('years')} of experience in the {what} service{served.group('rest')}"
    those = _OF_THOSE_YEARS.match(text)
    if those and not _NO_MINIMUM_OF_WORK.search(text) and not _NOT_WORK.match(those.group("what")):
        # 'Not less than two of those years must have been served in a field duty station': a part of the minimum
        # before it, said of its years, read as 'Of these, at least two years of experience in …' is.
        return f"Of these, {those.group('least') or ''}{those.group('n')} years of experience {those.group('rest')}"
    work = _YEARS_OF_X_WORK.match(text)
    if work and not _NO_MINIMUM_OF_WORK.search(text) and not _NOT_WORK.search(work.group("what")):
        # 'at least three years of accounting work': the same as 'of accounting work experience', whose field is
        # the words before 'work' (never 'work' itself, nor 'accounting work', which no job records).
        return f"{work.group('years')} of {work.group('what')}work experience{work.group('rest')}"
    managed = _YEARS_THEN_MANAGEMENT.match(text)
    if managed and _MANAGEMENT_PART.search(managed.group("part")) and not _NO_MINIMUM_OF_WORK.search(text):
        # 'At least 8 years in total, 2 of which in a managerial capacity': years of work, part of them management.
        return f"{managed.group('years')} of experience{managed.group('total') or ''}{managed.group('part')}"
    m = _YEARS_OF_WORK.match(text)
    if m is None or _NO_MINIMUM_OF_WORK.search(text):
        return None
    what, first = m.group("what"), m.group("first")
    if not first[:1].islower() or _NOT_WORK.match(what) or _NOT_WORK.match(first):
        return None
    how = m.group("how").split()
    # 'spent in', 'employed by', 'served with': the verb says no more than the place does.
    place = how[-1] if how[0].lower() in ("spent", "employed", "serving", "served") else " ".join(how)
    return f"{m.group('years')} of experience {place} {text[m.start('what') :]}"


def _fields_from_before(experience, level: str, text: str, reading) -> None:
    """'…, reduced to three years for holders of a first-level degree in one of these areas', '… or a Bachelor's
    degree in the same fields with ten years': the route's fields are those of the degree the sentence names first,
    else of the degree criterion before; where none names any, a person names them (a route open to a degree in any
    field would lower the minimum for everyone who holds one), unless the route is the degree criterion's own path
    in lieu, whose fields it checks itself."""
    own = next((lv for _, _, lv in mentions(text) if lv in LADDER and lv != level), None)
    fields = _degree_fields(text, own) if own else []
    if not fields:
        degree = next(
            (
                d
                for d in reversed(reading.before)
                if d.kind == "education" and d.mandatory is not False and d.params.get("fields")
            ),
            None,
        )
        fields = list(degree.params["fields"]) if degree is not None else []
    if fields:
        experience.params.setdefault("route_fields", {})[level] = fields
        return
    asked = [d.params["level"] for d in reading.before if d.kind == "education" and d.params.get("level") in LADDER]
    levels = [*asked, *([own] if own else [])]
    if levels and LADDER.index(level) < max(LADDER.index(lv) for lv in levels):
        return
    experience.review.append(
        f"'{clip(text)}': the fields a {LEVEL_NAMES[level]} must be in to lower the minimum are those named before, "
        "which the compiler could not tell: a person sets them as `route_fields`"
    )


_PATH_WORDS = lazy_pattern(r"\b(?:reduced|lowered|holders?|holding|suffices?|sufficient|enough)\b", re.I)


def _states_its_paths(sentence) -> bool:
    """'A minimum of five years of experience, reduced to three years for holders of a first-level degree': the
    sentence states the minimum with its path, which each clause's reading takes (the minimum is never lost)."""
    return bool(_PATH_WORDS.search(sentence.text)) and any(
        d.kind == KIND and d.params.get("by_education") for d in _numeric(sentence)
    )


# A degree named by a level above the first ('after the Master's degree'): the qualifying degree where the posting
# asks it; a first degree named where a higher one is asked would count from the higher one, later than the posting says.
_THE_DIPLOMA = (
    r"(?:(?:obtaining|completing|receiving|graduation\s+from|the\s+award\s+of)\s+)?"
    # 'after the award of that diploma', '… of the said degree', '… of such qualification': the degree just asked
    r"(?:the|their|your|a|this|that|such|the\s+(?:said|same|above(?:[\s-]mentioned)?|aforementioned))\s+"
    r"(?:(?:first|first-level|second-level|university|academic|qualifying|relevant|required|"
    r"master['\u2019]?s|doctoral|postgraduate)\s+){0,2}"
    r"(?:diploma|degree|qualification|graduation)\b"
)
# 'gained after the diploma', 'after obtaining the degree', 'post-degree experience': experience that counts only from
# the qualification: the criterion counts it so (`from_degree`).
_AFTER_DIPLOMA = lazy_pattern(
    rf"\b(?:after|since|following|upon|subsequent\s+to)\s+{_THE_DIPLOMA}|\bpost-?(?:degree|graduation|qualification)\s+"
    r"experience\b"
    # 'following graduation', 'gained after graduation from university', 'since graduation'; 'post-graduate
    # professional experience', 'post-university work experience'.
    r"|\b(?:after|since|following|upon|subsequent\s+to)\s+(?:(?:their|your|the)\s+)?graduation\b"
    r"|\bpost-?(?:graduate|degree|graduation|qualification|university|diploma)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:experience|work\s+experience)\b"
    # 'work before the Master's degree does not (count)': only what follows the degree counts.
    rf"|\b(?:before|prior\s+to)\s+{_THE_DIPLOMA}[^.;]*?\b(?:does|do|will|shall)\s+not\b(?:\s+count\b)?\s*(?:[.;]|$)",
    re.I,
)
_COUNTED = lazy_pattern(
    r"\b(?:counted|calculated|computed|reckoned|measured|taken\s+into\s+account|considered|counts?|does\s+not|do\s+not)\b",
    re.I,
)
_WORK = lazy_pattern(r"\b(?:experience|work|internships?|traineeships?|employment|jobs?|posts)\b", re.I)


def _years_stated(text: str) -> bool:
    """Whether the sentence states years of its own ('two (2) years' relevant experience after the degree'); '…
    count towards the three years' names again the minimum stated elsewhere."""
    return any(not re.search(r"\bthe\s+$", text[: m.start()], re.I) for m in WRITTEN_YEARS.finditer(text))


def _counted_from_degree(sentence, reading) -> list:
    """'Years of experience are counted after the first university degree', 'Only experience gained after the
    degree will be taken into account': how the posting's experience is counted, which the experience criterion does
    itself (`from_degree`), never a degree asked of everyone. With no experience minimum in the posting, the
    sentence is kept for a person as it stands."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    if not (_WORK.search(text) and _COUNTED.search(text) and _AFTER_DIPLOMA.search(text) and not _years_stated(text)):
        return []

    def count_from_degree(drafts: list) -> None:
        minimums = [d for d in drafts if d.kind == KIND and d.params.get("min_years")]
        said = clip(text.strip(" .*\u2022-"))
        for d in minimums:
            d.params["from_degree"] = True
            d.notes.append(f"'{said}': experience is counted from the degree.")
        if not minimums:
            note = "How experience is counted (from the degree); the posting states no experience minimum."
            drafts.append(Draft("competency", text, sentence.mode != "desirable", notes=[note]))

    reading.amend(count_from_degree, why="how experience is counted: from the degree (`from_degree`)")
    return []


# '2 years in a field mission are counted double', 'experience at the international level counts twice', 'each year
# in a hardship post is weighted one and a half times': work that counts for more than its time.
_COUNTED_MORE = lazy_pattern(
    r"\b(?:(?:is|are|will\s+be|shall\s+be|may\s+be|can\s+be|being)\s+(?:counted|credited|weighted|valued|reckoned)"
    r"|counts?|counted)\s+(?:as\s+|at\s+|for\s+)?(?:double|twice|two[- ]?fold|two\s+years|1\.5|one\s+and\s+a\s+half|"
    r"(?:a\s+)?factor\s+of|x\s?[1-9])",
    re.I,
)


_TRIM = " .*\u2022-"


def _counted_more_issue(text: str) -> str:
    return (
        f"'{clip(text.strip(_TRIM))}' counts some work for more than its time, which the engine does not do (it "
        "counts every month once): a person checks whether the minimum is met sooner"
    )


def _without_counting(text: str, found: re.Match) -> str | None:
    """The text without the clause that says how some work is counted ('…, and years in a field mission are counted
    double', '… (a year in a field mission counts twice)'), or None where that clause is not set apart."""
    begin = max(text.rfind(mark, 0, found.start()) for mark in "(;,")
    if begin < 0:
        return None
    if text[begin] == "(":
        closing = text.find(")", found.end())
        end = closing + 1 if closing >= 0 else len(text)
    else:
        end = min((i for i in (text.find(mark, found.end()) for mark in ";,") if i >= 0), default=len(text))
    rest = (text[:begin].rstrip() + " " + text[end:].lstrip()).strip()
    return rest if re.search(r"[^\W\d_]{2,}", rest) else None


def _counted_more(sentence, reading) -> list:
    """'2 years in a field mission are counted double': how some work is counted, which asks nothing of its own;
    the engine counts every month once, so the experience minimum gets a review item naming the words (the minimum
    may be met sooner than the engine counts), or, with no minimum in the posting, the sentence is kept for a person."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    found = _COUNTED_MORE.search(text)
    if not found:
        return []
    begin = max(text.rfind(mark, 0, found.start()) for mark in "(;,")
    end = min((i for i in (text.find(mark, found.end()) for mark in ");,") if i >= 0), default=len(text))
    if re.search(r"[^\W\d_]{2,}", text[: max(begin, 0)] + text[end + 1 :]):
        return []  # '5 years of experience (a year in a field mission counts twice)': read with the minimum it notes
    issue = _counted_more_issue(text)

    def weigh(drafts: list) -> None:
        minimums = [d for d in drafts if d.kind == KIND and d.mandatory is not False and d.params.get("min_years")]
        for d in minimums:
            d.review.append(issue)
        if not minimums:
            drafts.append(Draft("requirement", text, True, id="counted-more", review=[issue], heading=sentence.heading))

    reading.amend(weigh, why="how some work is counted (more than its time): a review item on the minimum")
    return []


_NO_EXPERIENCE = lazy_pattern(
    r"\bno\s+(?:professional\s+|prior\s+|work\s+)?experience\s+(?:is\s+)?(?:required|needed|necessary)"
    r"|\bwithout\s+(?:any\s+)?(?:professional\s+|prior\s+)?experience",
    re.I,
)


def _no_experience_path(sentence, reading) -> list:
    """'…, followed by at least 3 years of experience; OR a level of post-secondary education attested by a diploma
    (no experience required)': the other degree's path needs no experience (`by_education: {bachelor: 0}`), added
    to the experience criterion once the posting is read; the sentence is kept beside it, saying how it was read."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    if not re.match(r"\s*or\b", text, re.I) or not _NO_EXPERIENCE.search(text):
        return []
    levels = [lv for _, _, lv in mentions(text) if lv in _LEVELS]
    if re.search(r"post-?secondary|tertiary|higher\s+education|universit", text, re.I):
        levels = ["bachelor"]  # a diploma after secondary school: read as a first-level degree, and said so
    if not levels:
        return []
    level = levels[0]

    def no_minimum(drafts: list) -> None:
        experience = next((d for d in drafts if d.kind == KIND and d.mandatory and d.params.get("min_years")), None)
        if experience is not None:
            experience.params.setdefault("by_education", {})[level] = 0

    reading.amend(no_minimum)
    note = (
        f"Read as a path with no experience for a {LEVEL_NAMES.get(level, level)}; a person checks whether a shorter "
        "post-secondary diploma is meant too."
    )
    return [Draft("competency", text, True, id="path-without-experience", notes=[note])]


# '…; a university degree with at least two years of relevant experience is acceptable instead', 'alternatively, a
# university degree with two years': a route of its own beside the one the sentence before states.
_ALTERNATIVE_ROUTE = lazy_pattern(
    r"^\W*(?:or\s+)?(?:alternatively|as\s+an\s+alternative|otherwise)\b"
    r"|\b(?:is|are|will\s+be|shall\s+be|would\s+be|may\s+be)\s+(?:also\s+)?(?:acceptable|accepted|considered|sufficient)"
    r"\s+(?:instead|as\s+an\s+alternative|alternatively)\b(?!\s+of\b)"
    r"|\binstead\W*$"
    # 'A bachelor's degree with 4 years of experience is also acceptable', 'Candidates may also qualify with …',
    # 'Holders of a bachelor's degree may also apply if they have …': another route, said after the degree asked.
    r"|\b(?:(?:is|are)\s+also|(?:will|shall|would|may)\s+(?:also\s+be|be\s+also))\s+(?:acceptable|accepted)\b"
    r"|\b(?:may|can)\s+also\s+(?:qualify|apply|be\s+considered)\b"
    # 'A bachelor's degree with 4 years of experience will also be considered': the same, in the future.
    r"|\b(?:will|shall|would)\s+also\s+be\s+considered\b(?!\s+(?:an?|as)\b)"
    # 'a Bachelor's degree is only accepted together with three years of experience': a degree accepted on a condition
    # of years is another route, of that degree and those years.
    r"|\b(?:is|are|will\s+be|may\s+be)\s+(?:only\s+)?(?:accepted|acceptable|considered)\s+(?:only\s+)?"
    r"(?:(?:together|combined|in\s+combination|along|coupled)\s+with|with|if\s+(?:combined\s+with|accompanied\s+by))"
    r"(?=[^.;]*?\b(?:years?|months?)\b)",
    re.I,
)
_STUDENTS = lazy_pattern(r"\b(?:students?|enrolled|final[- ]year|last[- ]year|undergraduates?|graduates?)\b", re.I)
_IN_LIEU_YEARS_WORDS = lazy_pattern(
    r"\b(?:in\s+lieu|instead\s+of|in\s+place\s+of|additional|substitut\w*)\b"
    rf"|{REPLACES}"
    # 'Candidates without a degree but with 10 years … will also be considered': the degree's way in lieu, read there.
    r"|\b(?:without|lacking|in\s+the\s+absence\s+of)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)s?\b"
    rf"|{NOT_HOLDING_A_DEGREE}",
    re.I,
)


# A route alone: a degree and its years, nothing else ('Master's plus two years', 'a Master's degree and 2 years of
# relevant experience'), as the item or clause after another route.
_ROUTE_ALONE = lazy_pattern(
    r"^\W*(?:or\s+)?[^;:,.]{0,80}?\s*(?:\([^()]*\)\s*)?,?\s+(?:plus|and|with|combined\s+with|together\s+with|"
    rf"in\s+combination\s+with)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}\s+(?:years?|yrs?)\b"
    r"(?:\s+of\s+(?:[\w-]+\s+){0,3}?(?:experience|work)\b[^;:.]*)?\W*$",
    re.I,
)


_HOLDERS = (
    r"(?:with|for\s+(?:holders\s+of|(?:candidates|applicants|those|persons)\s+(?:with|holding|who\s+(?:hold|have|possess)))"
    r"|for(?=\s+an?\s)|(?:if|where|when)\s+(?:the\s+)?(?:(?:highest\s+)?degree\s+(?:held|obtained)(?:\s+is)?|"
    r"(?:candidate|applicant)\s+(?:holds|has|possesses)|(?:candidate|applicant)['\u2019]s\s+(?:highest\s+)?degree\s+is))"
)
"""Whose years a figure is: 'with a …', 'for holders of a …', 'for candidates holding a …', 'for a …', 'if the degree
held is a …', 'where the candidate holds a …'."""
# 'Seven years for holders of a Bachelor's degree only', '7 years with a Bachelor's degree': the years one degree's
# holders need, said after the minimum and the degree asked, figure first.
_YEARS_FOR_HOLDERS = lazy_pattern(
    rf"^\W*(?:or\s+)?(?:(?:at\s+least|a\s+minimum\s+of|minimum|not\s+less\s+than)\s+)?{NUMBER}(?:\s*\(\d+\))?\s+"
    r"(?:years?|yrs?)\b(?:\s+of\s+(?:[\w-]+\s+){0,3}?experience)?\s+(?:are\s+(?:required|needed)\s+)?"
    rf"{_HOLDERS}\s+"
    r"(?:only\s+)?(?:an?\s+|the\s+)?[^,;:.()]*?(?:degree|diploma|master|doctorate|phd|bachelor)[^,;:.()]*?\W*$",
    re.I,
)


def _alternative_route(sentence, reading) -> list:
    """'Completed secondary education with six years of relevant work experience; a university degree with at least
    two years of relevant experience is acceptable instead': the second route is a path of the first's criteria, not
    a degree and a minimum asked of everyone. A higher degree's years are its path of the experience minimum
    (`by_education`); a lower degree is the degree criterion's path in lieu, with the years it needs more: the degree
    and the minimum read before it may stand in one item or each in its own ('First-level degree in law.' / 'Minimum
    four years …; candidates with completed secondary education and at least eight years … may also be considered'),
    as the route names both its degree and its years. Where no degree and minimum are read before it, a person adds
    the path.

    A route alone, a degree of another level and its years with nothing else ('Bachelor's plus four years of
    relevant experience; Master's plus two years'), right after a route that states a degree and its years, is read
    the same with no word saying it is another; so are the years said of a degree's holders ('seven years for
    holders of a Bachelor's degree') after a minimum and a degree of another level; anywhere else either is read as
    it is written."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    holders = _YEARS_FOR_HOLDERS.match(text) is not None
    alone = not _ALTERNATIVE_ROUTE.search(text) and (_ROUTE_ALONE.match(text) is not None or holders)
    if not (_ALTERNATIVE_ROUTE.search(text) or alone) or _IN_LIEU_YEARS_WORDS.search(text):
        return []
    levels = list(dict.fromkeys(lv for _, _, lv in mentions(text) if lv in _LEVELS))
    # Neither a figure of age nor the length of a course of study ('a university degree (minimum 4 years of study)')
    # is the route's experience.
    figures = [
        f
        for f in WRITTEN_YEARS.finditer(text)
        if not re.match(r"\s*(?:old|of\s+age|age)\b", text[f.end() :])
        and not _STUDY_AFTER.match(text[f.end() :])
        and not _STUDY_BEFORE.search(text[max(0, f.start() - 60) : f.start()])
    ]
    found = number(figures[0].group("n")) if len(figures) == 1 else None
    if not levels and found is not None and not alone:
        return _route_without_degree(sentence, reading, found)
    if len(levels) != 1 or found is None:
        return []
    level, needs = levels[0], found
    experience = _last_asked(reading.before, KIND)
    if experience is not None:
        # '… four years …, of which at least one year in customs; six years if …': the minimum the part belongs to,
        # read from the same words before it, not the part.
        experience = next(
            (
                d
                for d in reading.before
                if d.kind == KIND and d.source == experience.source and d.params.get("min_years")
            ),
            experience,
        )
    degree = _last_asked(reading.before, "education", _LEVELS)
    minimum = experience.params.get("min_years") if experience is not None else None
    same = degree is None or degree.params["level"] == level
    if holders and minimum is not None and same and needs > minimum and level != _LEVELS[-1]:
        # 'Not less than five years; seven years for holders of a Bachelor's degree only', no degree asked before (the
        # sentence is read for the degree as well, so its degree is the one asked) or that degree asked ('University
        # degree in law; minimum four years …; six years if the degree held is a bachelor's degree'): the minimum is
        # its years; the minimum said first is what a higher degree's holders need.
        higher = _LEVELS[_LEVELS.index(level) + 1]

        def holders_need(drafts: list) -> None:
            experience.params["min_years"] = needs
            experience.params.setdefault("by_education", {})[higher] = minimum
            experience.source = f"{experience.source.rstrip(' .;')}; {text}"
            experience.notes.append(
                f"'{clip(text)}' read as the minimum for the {LEVEL_NAMES[level]} asked; "
                f"{describe_years(minimum)} is what a {LEVEL_NAMES[higher]} or higher needs."
            )

        reading.amend(holders_need)
        return []
    if alone and not (
        _route_before(reading.before, experience, degree, level)
        # said of a degree's holders, after a minimum and a degree of another level asked each on its own
        or (holders and experience is not None and degree is not None and degree.params["level"] != level)
    ):
        return []
    lower = degree is not None and LADDER.index(level) < LADDER.index(degree.params["level"])
    if lower and (experience is None or needs <= float(experience.params["min_years"])):
        # 'Master's degree in law. Candidates may also qualify with a bachelor's degree and 4 years of experience':
        # a lower degree's route where the degree asked needs no years is the degree's path in lieu, needing all
        # the years the route states, never a minimum asked of every candidate. Where the minimum asks as many or
        # more, the route's years are told against it as an in-lieu path's are: never fewer years for the lower
        # degree than for the degree asked.
        return _route_in_lieu(sentence, reading, degree, level, needs)
    if experience is None or degree is None or degree.params["level"] == level:
        issue = (
            f"'{clip(text)}' is another route (a {LEVEL_NAMES[level]} with {describe_years(needs)}), but no route "
            "before it states a degree and its years: a person must add it as a path of the degree and experience "
            "criteria"
        )
        return [Draft("requirement", text, True, id="alternative-route", review=[issue], heading=sentence.heading)]
    fields = _degree_fields(text, level)

    def add_route(drafts: list) -> None:
        paths.add_route(experience, degree, level, needs)
        if fields:
            experience.params.setdefault("route_fields", {})[level] = fields
        experience.notes.append(
            f"'{clip(text)}' read as another route: {describe_years(needs)} with a {LEVEL_NAMES[level]}."
        )

    reading.amend(add_route, why=f"another route: a {LEVEL_NAMES[level]} with {describe_years(needs)} (a path)")
    return []


def _last_asked(before: list, kind: str, levels: tuple[str, ...] | None = None):
    """The last criterion of `kind` read before that every candidate is asked: an experience minimum (its years
    stated), or a degree of one of `levels`."""
    for d in reversed(before):
        stated = d.params.get("level") in levels if levels is not None else d.params.get("min_years")
        if d.kind == kind and d.mandatory is not False and stated:
            return d
    return None


def _route_without_degree(sentence, reading, needs: float) -> list:
    """'Master's degree in law. Candidates may also apply if they have 4 years of relevant experience': a route that
    names years and no degree, after the degree asked, is the degree's path with no degree (secondary education with
    those years), never a minimum asked of everyone. Where the degree asked is not the item before's own, where a
    minimum asked of everyone stands apart from it, or where the route speaks of students, a person adds the path."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    experience = _last_asked(reading.before, KIND)
    degree = _last_asked(reading.before, "education", _LEVELS[1:])
    apart = experience is not None and degree is not None and degree.source != experience.source
    if degree is None or apart or _STUDENTS.search(text):
        issue = (
            f"'{clip(text)}' is another route ({describe_years(needs)} of experience with no degree named): a person "
            "must add it as a path of the degree and experience criteria"
        )
        return [Draft("requirement", text, True, id="alternative-route", review=[issue], heading=sentence.heading)]
    if experience is None:
        return _route_in_lieu(sentence, reading, degree, "secondary", needs)

    def add_route(drafts: list) -> None:
        paths.add_route(experience, degree, "secondary", needs)
        experience.notes.append(f"'{clip(text)}' read as another route: {describe_years(needs)} with no degree.")

    reading.amend(add_route, why=f"another route: {describe_years(needs)} with no degree (a path)")
    return []


def _route_in_lieu(sentence, reading, degree, level: str, needs: float) -> list:
    """The route as the degree's path in lieu. The years it states are those the route needs in all ('Candidates
    holding a Bachelor's degree with at least ten years of experience will also be considered'): where a minimum
    asked of everyone is read after it, the path costs the years beyond that minimum, told as any in-lieu path's
    years are (`paths.years_in_all`)."""
    text = sentence.text

    def add_path(drafts: list) -> None:
        path = paths.add_path_in_lieu(degree, level, None)
        if path is None:
            return
        said = paths.years_stated(text)
        paths.years_in_all(drafts, path, (needs, bool(said and said[1])), text)
        if paths.experience_minimum(drafts) is None:
            degree.notes.append(
                f"'{clip(text)}' read as another route: a {LEVEL_NAMES[level]} with {describe_years(needs)} of "
                "experience."
            )

    reading.amend(add_path, why=f"another route: a {LEVEL_NAMES[level]} with {describe_years(needs)} (a path in lieu)")
    return []


def _route_before(before: list, experience, degree, level: str) -> bool:
    """Whether the item or clause read last states a route of its own, a degree of another level than `level` and
    its years, as the one degree and the one minimum it asks."""
    if experience is None or degree is None or degree.params["level"] == level:
        return False
    last = [d for d in before if d.source == before[-1].source] if before else []
    return experience in last and degree in last and len([d for d in last if d.kind in (KIND, "education")]) == 2


# 'A minimum of two, preferably three, years' experience', 'at least three (ideally five) years of experience': the
# first figure is the minimum, the second a wish.
_PREFERRED_MORE = lazy_pattern(
    rf"(?P<min>{NUMBER})\s*(?:,|\()\s*(?:and\s+|but\s+)?(?:preferably|ideally|desirably|optimally|or\s+preferably)\s+"
    rf"(?P<wish>{NUMBER})\s*(?:,|\))?\s*(?=(?:full[- ])?(?:years?|yrs?)\b)",
    re.I,
)
_ANOTHER_REQUIREMENT = lazy_pattern(
    r"\b(?:degree|diploma|fluen\w*|knowledge|proficien\w*|languages?|licen[cs]e|nationals?|citizens?|aged?)\b|;",
    re.I,
)


def _preferred_more(sentence, reading) -> list:
    """'A minimum of two, preferably three, years' experience in economic analysis': the minimum (mandatory as the
    sentence is) and the years preferred (desirable), read from the whole sentence before the wish cuts it in two;
    where the sentence asks more, its clauses are read for the rest and the two criteria are added to them."""
    from eligibility.compiler import competency
    from eligibility.compiler.draft import Draft

    found = _PREFERRED_MORE.search(sentence.text)
    if not found:
        return []
    wish = number(found.group("wish"))
    text = sentence.text
    other = _ANOTHER_REQUIREMENT.search(text, found.end())
    if other:
        # The experience's own words end at the last 'and' or comma before what else the sentence asks.
        joins = list(re.finditer(r",|;|\band\b|\bplus\b|\bas\s+well\s+as\b", text[found.end() : other.start() + 1]))
        text = text[: found.end() + joins[-1].start()] if joins else text[: other.start()]
    plain = replace(sentence, text=text[: found.start()] + found.group("min") + " " + text[found.end() :])
    drafts = [d for d in _numeric(plain) if d.kind == KIND]
    if wish is None or len(drafts) != 1 or not drafts[0].params.get("min_years"):
        return []
    minimum = drafts[0]
    minimum.mandatory = competency.mandatory(plain)
    minimum.source = sentence.text
    params = {**minimum.params, "min_years": wish}
    note = f"The posting prefers {describe_years(wish)}; {describe_years(minimum.params['min_years'])} is the minimum."
    read = [minimum, Draft(KIND, sentence.text, False, params=params, notes=[note], heading=sentence.heading)]
    if other:
        # '…, preferably three, years' experience in analysis and fluency in French': the clauses read the rest.
        reading.amend(lambda drafts: drafts.extend(read))
        return []
    return read


_KIND_OF_WORK = (
    r"(?:administrative|scientific|technical|professional|clerical|operational|advisory|executive|secretarial|"
    r"academic|analytical|specialist|support|supervisory|managerial)"
)
_KINDS_OF_DUTIES = lazy_pattern(
    rf"^\s*(?:(?:the|such)\s+)?{_KIND_OF_WORK}(?:\s*(?:,|\bor\b|\band\b|\band/or\b|/)\s*{_KIND_OF_WORK})+\s*,?\s+"
    r"(?:duties|tasks|functions|work|responsibilities|assignments|roles)\s*$",
    re.I,
)
"""'administrative, scientific or technical duties', 'technical or advisory functions': kinds of work given as
alternatives, which between them cover a career's work in any subject; no field a job states."""


def _fields(phrase: str, joined: re.Match | None = None) -> dict:
    """The `fields` (and `or_related`) a phrase names; empty when it names none. `joined`: the match that found the
    phrase after 'experience', whose 'related to' ('experience related to border management') leaves the jobs in
    other fields to a person, as 'or a related field' does."""
    if _KINDS_OF_DUTIES.match(phrase):
        return {}
    fields, related = field_list(phrase)
    params: dict = {}
    if fields:
        params["fields"] = fields
    if related or (fields and joined is not None and joined.groupdict().get("rel")):
        params["or_related"] = True
    return params


_ADVERB = r"(?:specifically|particularly|especially|notably|mainly|primarily|mostly|namely|directly)"
_AREA = r"(?:fields?|areas?|domains?|spheres?|sectors?)"
_CONNECTOR = (
    rf"(?:\s*,\s*{_ADVERB}\s+|\s+(?:{_ADVERB}\s+)?)"
    r"(?:(?:of\s+)?(?:working|work)\s+(?:on|in|with|within|for)"
    r"|dealing\s+with|(?P<rel>related|relating|relevant|pertaining|linked)\s+to"
    r"|with\s+(?:an?\s+)?(?:(?:strong|particular|specific|special|clear|main|primary)\s+)?(?:focus|emphasis)\s+on"
    r"|focus(?:s?ing|ed)\s+on|(?:of\s+)?supporting|concerning|covering|regarding|involving|in|within"
    # 'experience with an international organization': the setting, as 'in an international organization' names it.
    r"|with(?=\s+(?:an?\s+|the\s+)?(?:international|intergovernmental|multilateral|regional|non-governmental)\s+"
    r"(?:[\w-]+\s+)?(?:organi[sz]ations?|bod(?:y|ies)|agenc(?:y|ies)|institutions?)\b)"
    # 'experience with SAP', '… with refugees and asylum seekers': what the work was with, as 'in' names it; never a
    # degree or a figure the years go with ('with a Master's degree', 'with at least two years'), a level or a
    # language, nor a managing capacity (read by management), nor an organisation named ('with the OSCE').
    r"|with(?=\s+(?!the\s+[A-Z])(?!(?:an?\s+|the\s+|his\s+|her\s+|their\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:degrees?|diplomas?|"
    r"master|bachelor|doctorate|ph\.?d|qualifications?|certificat\w+|education|studies)\b)"
    r"(?!(?:an?\s+|the\s+)?(?:at\s+least|a\s+minimum|minimum|more|over|up|not|no|\d|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|good|excellent|strong|fluent|full|working|sound|proven|demonstrated|knowledge|fluency|proficiency|"
    r"command|managerial|management|supervisory|responsibilit\w+|focus|emphasis|particular|specific|special|"
    r"clear|main|primary|current|present|same|that|this|its)\b)[A-Za-z])"
    # 'experience at the P-3 level or above', 'at NO-C level': the grade the work was done at (a rank no job records)
    r"|at(?=\s+(?:the\s+)?(?:P|D|G|GS|S|FS|NO|NP|NPO|AD|AST)[\s-]?(?:\d{1,2}|[A-D])\b)"
    r"|on(?!\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:basis|job|ground|level)\b)"
    rf"|of(?!\s+(?:(?:at\s+least|a\s+minimum|minimum|not\s+less|no\s+less|more\s+than|over|up\s+to|which|whom|"
    rf"them|these|those|between|about|around|approximately|this|that|such|{NUMBER})\b|an?\s+(?:similar|comparable)\b)))"
    rf"\s+(?!(?:the|this|a\s+similar)\s+(?:post|position|job|role|assignment|vacancy|functions|duties|"
    rf"responsibilities|tasks|mandate|above)\b)"
    rf"(?:(?:the\s+|such\s+)?{_AREA}\s+(?:of|such\s+as|like|including)\s+|such\s+as\s+)?"
)
"""What joins 'experience' to the field it is in: 'in', 'within', 'working on', 'dealing with', 'related to', 'with a
focus on', 'supporting', 'involving', 'on', 'of', 'in areas such as', ', specifically in'. Not a field: 'on a full-time
basis', 'on the job'; 'experience of at least four
years', 'experience relevant to the post' (the post is no field), 'experience of a similar nature'; a comma before
'preferably' begins a wish, which the clauses read."""
_OTHER_REQUIREMENT = (
    r",?\s+(?:and|as\s+well\s+as|plus)\s+(?=(?:an?\s+)?(?:(?:proven|strong|solid|good|excellent|demonstrated|sound|"
    r"very\s+good|established)\s+)?(?:track[- ]record|publication\s+record|(?:peer[- ]reviewed\s+)?publications\b|"
    r"(?:[\w-]+\s+){0,2}?skills\b))"
)
"""What joins a requirement of another kind to years of experience ('… and a track record of publications', '… and
excellent drafting skills'): the experience's words end there, and the rest is the selection panel's."""
_OTHER_AFTER = lazy_pattern(_OTHER_REQUIREMENT + r"(?P<other>.+)$", re.I)
_QUALIFICATION_BEFORE = lazy_pattern(
    r"^\W*(?P<other>(?:an?\s+|the\s+)?(?:[\w'\u2019/-]+\s+){0,4}?(?:diploma|certificate|certification|"
    r"qualification|licen[cs]e)s?\b[^,;.]{0,80}?)\s*,?\s+(?:and|plus|together\s+with|combined\s+with)\s+"
    rf"(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?{NUMBER}\s+(?:full[- ])?(?:years?|yrs?)\b",
    re.I,
)
"""A qualification named before the years it is joined to ('A post-graduate diploma in management and 3 years of
experience'): a requirement of its own, never dropped with the years."""
_YEARS_AFTER_FIELD = (
    r"\s+(?:of|for)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than|over|more\s+than)\s+)?"
    rf"(?:{NUMBER})\s*(?:full[- ])?(?:years?|yrs?|months?)\b"
)
"""'Experience in law of at least five years': the years said after the field end it."""
_COMPOUND_HEAD = (
    r"(?!\s+(?!(?:experience|levels?|capacit(?:y|ies)|positions?|roles?|functions?|posts?|jobs?|duties|tasks|"
    r"responsibilit(?:y|ies)|skills?|and|or|of|in|at|on|for|with|within|over|to|is|are|was|were|must|should|max|"
    r"maximum|minimum|only|required|preferred|desirable|essential|mandatory|preferably|ideally)\b)[a-z][a-z-]*\b)"
)
"""After a word of management, a word that makes it the first word of a field ('management consulting', 'management
accounting'): no management of people (a level, a capacity, 'of staff' or a clause's next word keep it management)."""
_FIELDS_AFTER = lazy_pattern(
    rf"experience{_CONNECTOR}(?!a\s+management|management\b"
    + _COMPOUND_HEAD
    + rf")(?P<f>.+?)(?={_YEARS_AFTER_FIELD}|{_OTHER_REQUIREMENT}|,\s*including|,\s*(?:(?:which|this|it)\s+is\s+)?(?:reduced|lowered|decreased|shortened|cut)\s+to\b|,\s*(?:although|though|whereas)\s|,?\s+and\s+(?:(?:an?|good|excellent|full)\s+)?(?:fluency|fluent|knowledge|proficiency|command)\b|,?\s+or\s*$|,?\s+or\s+(?:(?:at\s+least|a\s+minimum\s+of)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|,\s*with\s|\s+with\s+at\s+least|,\s*of\s+which|,\s*among\s|,\s*from\s+(?:this|these|which)\s|,\s*out\s+of\s+which|,\s*(?:at\s+least|a\s+minimum\s+of|minimum)\s|\s*:\s*(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b|\.\s|\.$|;|$|\s+is\s+required|\s+is\s+mandatory|\s+are\s+required|\s+(?:required|needed|necessary|mandatory|essential)\s*[.;]?\s*$|,\s*preferably|\s+preferably|\s+within\s)",
    re.I,
)
# 'as a project or team manager', 'as a team or project leader': a managing role given as one of two, read as
# management with a review item (a project manager's role alone is experience).
_EITHER_ROLE = lazy_pattern(
    r"\s*as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+(?:or|and/or|/)\s+(?:team|line|people)\s+(?:manager|leader)"
    r"|(?:team|line|people)\s+(?:manager|leader)\s+(?:or|and/or|/)\s+[\w-]+\s+(?:manager|leader)"
    r"|(?:team|line|people)\s+(?:or|and/or|/)\s+[\w-]+\s+(?:manager|leader))\b",
    re.I,
)
_TRADES = (
    r"(?:lawyers|attorneys|counsel|engineers|officers|officials|analysts|specialists|experts|consultants|investigators|"
    r"auditors|accountants|researchers|interpreters|translators|technicians|professionals|advis[eo]rs|inspectors|"
    r"workers|volunteers|nurses|doctors|physicians|teachers|trainers|scientists|economists|statisticians|prosecutors|"
    r"clerks|assistants|agents|coordinators|developers|programmers|editors|journalists|drivers|guards|paralegals|"
    r"interns|trainees|operators|surveyors|architects|designers|practitioners|auxiliaries)"
)
"""People named by their trade, whom one manages ('managing lawyers', 'supervising field officers')."""
_RESPONSIBILITY = r"(?:(?:line|people|staff|team|direct|personnel)[\s-]+)?(?:managerial|management|supervisory)\s+responsibilit(?:y|ies)\b"
_MANAGERIAL = r"(?:management|managerial|supervisory|leadership|command)"
_PEOPLE_MANAGED = r"(?:teams?|staff|people|personnel|units?|employees|managers|offices?|departments?|divisions?|sections?|subordinates)\b"
"""Whom management is of: responsibility 'for teams' is management, 'for budgets' is not."""
"""Words of a level or capacity of management: 'at a senior command or management level' (command, in police and
military work, is the management of officers)."""
_RANK = r"(?:(?:senior|middle|top|executive|line|people|team|staff)(?:\s*,|\s+or|\s+and|\s*/)?\s+)?"
"""'senior management', and 'a senior or managerial position': a rank said with the management it stands beside."""
_MUST_BE = (
    r"(?:(?:must|should|shall|need\s+to|have\s+to)\s+(?:be|have\s+been|(?:have\s+)?(?:involved|included|entailed))\s+"
    r"|(?:are|were|involving|including|involved|included)\s+)?"
    r"(?:(?:spent|gained|acquired|obtained|accrued)\s+)?"
)
"""'three of which must be in supervisory functions', '… two years must have involved line management of staff',
'… 12 months must have been spent in a field office': the part said with a verb is the same part."""
_EITHER_MANAGED = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+)?" + _MUST_BE + r"(?:(?:professional|relevant|work)\s+)*(?:experience\s+)?"
    r"(?P<m>(?:managing|supervising|leading|heading|directing|overseeing)\s+(?:[\w-]+\s+){1,3}?(?:or|and/or)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:teams?|staff|people|personnel|units?|employees|offices?|departments?|"
    rf"divisions?|sections?|subordinates|{_TRADES})\b)",
    re.I,
)
"""'… managing IT programmes or organisational units': the managing of people given as one of two, read as management
with a review item, as a managing role given as one of two is."""
# 'at a technical or management level', 'in a management or advisory capacity': a level of management given as one
# of two, read as management with a review item, as a managing role given as one of two is (never a field called
# 'management level').
_OTHER_THAN_MANAGING = rf"(?!(?:senior|middle|top|executive|line|people|team|staff|managerial|{_MANAGERIAL})\b)"
_EITHER_LEVEL = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+(?:which|them|these|those)\s+)?" + _MUST_BE + r"(?:in|at)\s+(?:an?\s+|the\s+)?"
    rf"(?:{_OTHER_THAN_MANAGING}[\w-]+\s+(?:or|and/or|/)\s+{_MANAGERIAL}|{_MANAGERIAL}\s+(?:or|and/or|/)\s+"
    rf"{_OTHER_THAN_MANAGING}[\w-]+)\s+"
    r"(?:levels?|capacit(?:y|ies)|positions?|roles?|functions?|posts?)\b",
    re.I,
)
# '3 years in management', 'at the management level', 'in a supervisory or managerial capacity',
# 'at senior management level' — but not 'in project management', which is a field.
_MANAGEMENT_AFTER = lazy_pattern(
    rf"^\s*['\u2019]?\s*(?:of\s+(?:(?:which|them|these|those|it)\s+)?|thereof\s+)?{_MUST_BE}(?:(?:in|at)\s+(?:a\s+|an\s+|the\s+)?)?"
    rf"(?:{_RANK}{_MANAGERIAL}(?:\s+(?:or|and)\s+{_MANAGERIAL})?\b{_COMPOUND_HEAD}"
    r"(?!\s+(?:of|in)\s+(?!(?:[\w-]+\s+)?(?:people|staff|personnel|employees|teams?)\b|a\s))"
    # 'in a position with managerial responsibility', 'in roles involving line management responsibilities'
    r"|(?:[\w-]+\s+){0,2}?(?:positions?|roles?|posts?|functions?|jobs?|capacity|capacities)\s+(?:with|involving|"
    r"carrying|including|that\s+(?:involved?|includes?|included|carr(?:y|ied)))\s+(?:[\w-]+\s+){0,2}?"
    rf"{_RESPONSIBILITY}"
    # 'including three years with managerial responsibilities'
    rf"|(?:with|having|holding|carrying|bearing)\s+(?:[\w-]+\s+){{0,2}}?{_RESPONSIBILITY}"
    # 'four years in leading positions', '… on leading work places': a leading post is one of managing
    r"|(?:on\s+)?(?:an?\s+|the\s+)?leading\s+(?:work\s*)?(?:positions?|posts?|roles?|functions?|places?|workplaces?)\b)",
    re.I,
)
_COMMANDED = r"(?:unit|section|team|squad|platoon|company|shift|station|deputy|watch|patrol|border\s+post)"
_COMMANDER = (
    rf"(?:{_COMMANDED}\s*(?:(?:or|and|and/or)\s+|/\s*)(?={_COMMANDED}))?(?:{_COMMANDED}\s+)?commander(?![\w'\u2019])"
)
"""A commander of a unit, or of either of two ('a shift or unit commander', 'a squad/platoon commander'): command, in
police and military work, is the management of officers."""
# 'two years managing a team', 'three years supervising staff', 'of which two years leading teams', 'two years as a
# team leader': years of management written as what the person did.
_MANAGING_AFTER = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+)?" + _MUST_BE + r"(?:(?:professional|relevant|work)\s+)*(?:experience\s+)?"
    # '… in a position of responsibility managing a unit', '… in a senior role leading teams': the post held while
    # managing
    r"(?:in\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:positions?|roles?|posts?|functions?|capacity|capacities)"
    r"(?:\s+of\s+(?:[\w-]+\s+)?responsibility)?,?\s+)?(?:(?:in|of)\s+)?"
    # '… organising and supervising the work of a team', '… managing lawyers': the managing of people said with a
    # second verb, of their work, or of people named by their trade
    r"(?:(?:(?:organi[sz]ing|coordinating|planning|overseeing|guiding|training|directing)\s+(?:and|or|and/or)\s+)?"
    r"(?:managing|supervising|leading|heading|directing|overseeing)\s+(?:the\s+(?:work|activities|performance)\s+"
    r"of\s+)?(?:(?:a|an|the|their|multi\w*|small|large|diverse|international)\s+)*(?:[\w-]+\s+)?"
    rf"(?:teams?|staff|people|personnel|units?|employees|managers|offices?|departments?|divisions?|sections?|"
    rf"subordinates|colleagues|{_TRADES})\b"
    r"|as\s+(?:a\s+|an\s+)?(?:team\s+leader|(?:(?:team|line|people)\s+)?manager|supervisor|head\s+of\s+(?:a\s+|an\s+)?\w+|"
    # '… two years as a unit commander': command, in police and military work, is the management of officers
    rf"{_COMMANDER})"
    # 'of experience in team leadership', '… in people management': the managing named as a noun
    r"|(?:team|people|staff|line)\s+(?:leadership|management|supervision)\b"
    # '… in a team-leader role', '… in line-manager positions': a managing role named before what it is
    r"|(?:an?\s+|the\s+)?(?:team|line|people|unit|section)[\s-]+(?:leader|manager|supervisor|head)s?\s+"
    r"(?:roles?|positions?|posts?|functions?|capacit(?:y|ies))\b)",
    re.I,
)
# 'three years of experience at a senior managerial level', '… in the management of multi-disciplinary teams',
# 'three years' experience as head of a unit': years of management written as a level, the managing of people, or a
# managing role (not 'experience in project management', which is a field, nor 'as a project manager').
_MANAGEMENT_EXPERIENCE = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+)?(?:(?:professional|relevant|work|proven|progressively\s+responsible)\s+)*experience\s+"
    rf"(?:(?:in|at)\s+(?:a\s+|an\s+|the\s+)?{_RANK}{_MANAGERIAL}(?:\s+(?:or|and)\s+{_MANAGERIAL})?\s+"
    r"(?:level|levels|capacity|capacities|position|positions|role|roles|functions?|posts?)\b"
    r"|in\s+(?:the\s+)?(?:management|supervision|leadership)\s+of\s+(?:[\w-]+\s+){0,3}?(?:teams?|staff|people|"
    r"personnel|units?|employees|offices?|departments?|divisions?|sections?|subordinates)\b"
    r"|as\s+(?:an?\s+|the\s+)?(?:(?:deputy\s+)?head|chief|director|manager|supervisor|team\s+leader|"
    rf"{_COMMANDER})"
    # 'four years of experience with managerial responsibilities', '… of supervisory responsibility', '… in senior
    # management': the responsibility held, or management alone, as the work's capacity
    r"|(?:with|having|holding|involving|carrying|bearing|including|of)\s+(?:(?:significant|substantial|full|formal|"
    rf"clear|some|direct)\s+)?{_RESPONSIBILITY}(?!\s+(?:for|over)\s+(?!(?:[\w-]+\s+){{0,3}}?{_PEOPLE_MANAGED}))"
    rf"|in\s+{_RANK}management\s*(?=[,;.(]|$))",
    re.I,
)
_LEAST = (
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum(?:\s+of)?|no\s+less\s+than|not\s+less\s+than|over|more\s+than)\s+)?"
)
_MANAGEMENT_BEFORE = lazy_pattern(
    r"(?:^|[(,;:]|\b(?:proven|demonstrated|relevant|professional|solid|substantial|significant|prior|previous|and|with"
    r"|have|has|of|including)\b)\s*"
    r"(?:(?:people|staff|team|line|senior|middle|personnel)\s+)?(?:managerial|supervisory|management|leadership)\s+"
    rf"experience\s*[:(]?\s*(?:of\s+|for\s+)?{_LEAST}\(?\s*$"
    r"|\bexperience\s+(?:in|of)\s+(?:(?:people|staff|team|line|senior|middle|personnel)\s+)?(?:management|supervision"
    rf"|leadership)\s*[(,:]?\s*(?:for\s+)?{_LEAST}\(?\s*$",
    re.I,
)
"""'Proven supervisory experience of at least 2 years', 'experience in line management (minimum 2 years)': years of
management said after the management they are of (not 'project management experience of 3 years', a field)."""
# 'experience managing teams of at least ten staff for three years', 'managerial responsibility for multidisciplinary
# teams for at least 4 years': years of management said after what the person did (a team's size is no years).
_MANAGING_FOR = lazy_pattern(
    r"\b(?:managing|supervising|leading|heading|directing|(?:managerial|management|supervisory)\s+"
    r"responsibilit(?:y|ies)\s+(?:for|over))\s+(?:[\w-]+\s+){0,8}?(?:teams?|staff|people|personnel|"
    r"units?|employees|managers|offices?|departments?|divisions?|sections?|subordinates)\b(?:[^,;.]{0,40}?\s+for\s+|\s*\(\s*)"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than|over|more\s+than)\s+)?$",
    re.I,
)
# 'three years of legal practice', 'five years of professional work in auditing', 'five years of progressively
# responsible work in human rights': years of an activity.
_PRACTICE = lazy_pattern(
    r"^\s*(?:of\s+)?(?:(?:relevant|professional|full[- ]time|active|(?:progressively|increasingly)\s+responsible|"
    r"responsible|paid)\s+)*(?P<adj>legal|judicial|medical|clinical|"
    r"diplomatic|police|military|teaching|research|audit|accounting|engineering)?\s*(?P<noun>practice|work)\b(?!\s+permit)",
    re.I,
)
# 'At least 12 months of line management of national staff', 'three years of managing a team of five': years of
# management stated without the word 'experience'.
_MANAGING_WORDS = (
    r"\s*(?:of\s+)?(?:(?:line|people|staff|team|direct|personnel|senior)\s+)?"
    r"(?:management|managing|supervising|supervision|leading|heading|directing)\b"
)
_YEARS_OF_MANAGING = lazy_pattern(rf"\b(?:years?|months?){_MANAGING_WORDS}", re.I)
_HELD_RESPONSIBILITY = lazy_pattern(
    r"^\s*(?:(?:full[- ])?years?\s+)?(?:(?:you|they|the\s+candidate|candidates?)\s+)?(?:must|should|shall)?\s*"
    r"(?:have\s+)?(?:held|had|exercised|carried|borne|included|involved|entailed|been\s+in)\s+(?:a\s+)?"
    + _RESPONSIBILITY,
    re.I,
)
"""'For at least five of these years you have held line management responsibilities', 'Of these, at least three
years must have included managerial responsibility': years of management, said as the responsibility held."""
_YEARS_OF_RESPONSIBILITY = lazy_pattern(
    rf"\b(?:years?|months?)\b[^.;]{{0,40}}?\b{_RESPONSIBILITY}|\b{_RESPONSIBILITY}[^.;]{{0,80}}?\b(?:years?|months?)\b",
    re.I,
)
"""A clause of management responsibility and years, with or without the word 'experience'."""
_YEARS_OF_PRACTICE = lazy_pattern(
    r"\byears?\s+of\s+(?:(?:relevant|professional|full[- ]time|active|(?:progressively|increasingly)\s+responsible|"
    r"responsible|paid)\s+)*(?:legal|judicial|medical|clinical|"
    r"diplomatic|police|military|teaching|research|audit|accounting|engineering)?\s*(?:practice|work)\b(?!\s+permit)",
    re.I,
)
_LEVELS = ("secondary", "bachelor", "master", "doctorate")
_IN_CAPACITY = lazy_pattern(
    rf"(?:an?\s+|the\s+)?{_RANK}{_MANAGERIAL}(?:\s+(?:or|and)\s+{_MANAGERIAL})?"
    r"\s+(?:capacity|capacities|position|positions|role|roles|function|functions|level|post|posts)",
    re.I,
)
_FIELDS_AFTER_YEARS = lazy_pattern(
    r"(?:years?|months?)\s+(?:of\s+(?:\w+\s+){0,3}?experience\s+)?in\s+(?!a\s+management|management\b"
    + _COMPOUND_HEAD
    + r")(?:the\s+(?:field|area)s?\s+of\s+)?(?P<f>.+?)(?="
    + _OTHER_REQUIREMENT
    + r"|,|\.\s|\.$|;|$|\s+is\s+required|\s+(?:required|needed|necessary|mandatory|essential)\s*[.;]?\s*$|\s+preferably)",
    re.I,
)
_MANAGEMENT_FIELDS = lazy_pattern(
    rf"{_MANAGERIAL}\s+(?:role|level|position|capacity|functions?)?\s*(?:related\s+to|in\s+the\s+field\s+of|within)\s+(?P<f>[^,.;]+)",
    re.I,
)
_WORK_EXPERIENCE = lazy_pattern(
    r"\bwork(?:ing)?\s+experience\s+in\s+(?:the\s+(?:field|area)s?\s+of\s+)?(?P<f>.+?)(?=,\s*preferably|\s+preferably|\s+within\s|\s+in\s+(?:a|an|both)\s|[.;]|$)",
    re.I,
)
_WORKING_IN = lazy_pattern(r"\bexperience\s+working\s+in\s+(?P<f>[a-z ]+?)(?=\s+with\s|\s+for\s|[,.;]|$)", re.I)
# 'Experience in law or public affairs', 'proven experience in procurement': experience in a field, without years,
# is experience with no minimum in those fields, as 'work experience in' is. Not a field: an activity with its object
# ('experience in drafting reports'), management ('in people management', a kind of its own), a setting or a role
# named with an article ('in a field mission', 'in a similar role'), and a name ('in Central Asia', 'in EU law'),
# which no job's fields record: those stay for the selection panel.
_EXPERIENCE_IN = lazy_pattern(
    r"^[\W\d]*(?:[\w'-]+\s+){0,3}?[Ee]xperience\s+in\s+(?:the\s+(?:field|area)s?\s+of\s+)?"
    r"(?!(?:a|an|the|this|such|similar|any|both|each|lieu|place|addition|combination|respect)\b|[A-Z]"
    r"|\w+ing\s+(?!and\b|or\b)[a-z]"
    r"|(?:(?:people|staff|team|line|personnel|senior|middle)\s+)?(?:management\b"
    + _COMPOUND_HEAD
    + r"|managing|supervis\w*|leading|leadership)\b)"
    r"(?P<f>[a-z][\w -]*?(?:,\s*[\w -]+?)*?)"
    r"\s*(?:\([^()]*\))?\s*(?:(?:is|are|would|will)\s[^,;()]*)?[.;]?\s*$"
)
"""An item that is only experience in a field: 'Experience in law or public affairs.', 'Proven experience in
procurement is required.'; an item that says more ('…, including large projects, as well as …') is the panel's."""
_REQUIRED_IN_A = lazy_pattern(
    r"^[\W\d]*(?:[\w'-]+\s+){0,2}?[Ee]xperience\s+(?:(?:gained|acquired)\s+)?in\s+an?\s+"
    r"(?!(?:similar|comparable|relevant|related|like|such|equivalent|senior|managerial|management|supervisory|"
    r"leadership|position|role|capacity)\b)(?P<f>[a-z][\w -]*?)\s+(?:is|are)\s+(?:(?:absolutely|strictly)\s+)?"
    r"(?:required|essential|mandatory|compulsory)(?:\s+(?:at|for|in)\s+(?:both|all|each|every|either)\s+"
    r"(?:levels?|grades?|posts?|positions?|cases?))?\s*[.;]?\s*$"
)
"""Experience said as required, in a setting named with an article: 'Field experience in a flood emergency is
required.', '… is required at both levels'."""
_JOINED_EXPERIENCE = lazy_pattern(
    r"(?:,\s*(?:and\s+|as\s+well\s+as\s+|plus\s+|with\s+)?|\s+(?:and|as\s+well\s+as|plus|with)\s+)"
    r"(?=(?:[\w'-]+\s+){0,3}?experience\s+in\b)",
    re.I,
)
"""Where experience joined to another requirement begins: '…, and experience in law', '… with experience in'."""
_IN_PLACE_OF = lazy_pattern(r"\bexperience\s+in\s+(?:lieu|place|addition|combination|respect)\b", re.I)
"""'…, or relevant experience in lieu': experience that stands for something else, which its kind reads."""
_TAIL_END = lazy_pattern(
    r"(?:,\s*|\s+(?:and|as\s+well\s+as)\s+)(?=(?:an?\s+)?(?:(?:good|excellent|very\s+good|strong|sound|working|basic|"
    r"thorough|full|proven|demonstrated)\s+)?(?:fluency|fluent|knowledge|proficiency|command|familiarity|understanding|"
    r"abilit\w*|skills?|valid|driving|(?:[\w'-]+\s+)?(?:degree|diploma)s?)\b)",
    re.I,
)
"""Where the experience joined to another requirement ends: at the next requirement ('…, experience in elections and
fluency in English')."""
_ADJECTIVE = lazy_pattern(
    r"\b(diplomatic|police|military|legal|law enforcement|policing|judicial)\s+(?:service\s+)?experience\b", re.I
)
_ADJECTIVE_FIELD = {"diplomatic": "diplomacy", "legal": "law", "judicial": "judiciary"}
_WORK_OF_ITS_OWN = frozenset(
    ["social", "youth", "development", "community", "humanitarian", "relief", "welfare", "care", "outreach", "case"]
)
"""Words that name a field of work together with 'work' ('social work', 'youth work', 'development work'), where
'work' is no qualifier to drop: the field alone ('social', 'youth') names another thing, or nothing a job records."""
# People management, not a field: 'proven project management experience' is experience in project management.
_DEMONSTRATED_MANAGEMENT = lazy_pattern(
    r"\b(?:demonstrated|proven)\s+(?:(?:people|staff|team|line|senior|managerial|supervisory)\s+)?management\b"
    r"(?:\s+and\s+\w+)?\s+experience",
    re.I,
)


_PART_WISH_WORD = lazy_pattern(r"\b(?:" + WISH_ADVERB + r"|if\s+possible|where\s+possible)\b", re.I)
"""A wish said of a part of the minimum: 'of which preferably 2 years …'."""
_PART_WISH = lazy_pattern(r"\s*(?:of\s+(?:\w+\s+)?experience\s+)?(?P<w>,?\s*" + WISH_ADVERB + r"\b,?)", re.I)
"""The wish said right after a part's years: '2 years preferably at the international level'."""


_IN_LIEU_YEARS = lazy_pattern(
    rf"in\s+lieu|instead\s+of|substitut\w*\s+for|in\s+place\s+of|{REPLACES}"
    # 'Candidates without a degree but with ten years of experience …': the years of a path without the degree.
    r"|\b(?:in\s+the\s+absence\s+of|without|lacking)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:degree|diploma)s?\b"
    rf"|{NOT_HOLDING_A_DEGREE}",
    re.I,
)
# '… if they have two years of qualifying experience on top of the experience required below': years asked over and
# above the minimum are a path's extra years, never a minimum of their own.
_ON_TOP = lazy_pattern(
    r"\s*(?:years?\s+)?(?:of\s+)?(?:[\w-]+,?\s+){0,3}?(?:on\s+top\s+of|over\s+and\s+above|in\s+addition\s+to)\s+(?:the\s+)?"
    r"(?:\w+\s+){0,2}?(?:experience|minimum|years)\b",
    re.I,
)
# Where a requirement of its own is joined to the clause before: '…, and candidates must bring a minimum of eight
# years …', '…, and will bring a minimum of six years …', '…, as well as at least five years …'.
_JOINED = lazy_pattern(
    r",\s*(?:and|but)\s+(?=(?:candidates?|applicants?|they|you|the\s+(?:successful\s+)?(?:candidate|applicant|incumbent))"
    r"\s+(?:must|should|shall|will|need|needs|are\s+required|is\s+required|have\s+to)\b)"
    r"|,\s*and\s+(?=(?:must|should|shall|will|to)\s+(?:also\s+)?(?:bring|have|possess|demonstrate|offer)\b)"
    r"|,?\s+as\s+well\s+as\s+"
    r"|,\s*and\s+(?=(?:a\s+minimum\s+of|at\s+least|minimum|no\s+(?:less|fewer)\s+than)\s)",
    re.I,
)


_SERVED_YEARS = lazy_pattern(
    r"\b(?:have|having)\s+(?:previously\s+)?(?:served|worked|been\s+(?:employed|working|serving))\s+(?:for\s+)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?"
    rf"(?P<n>{NUMBER})\s*(?:full[- ])?(?:years?|yrs?)\s+(?:with|in|for|at|within|on)\s+(?P<f>[^,.;()]+)",
    re.I,
)
"""'Candidates must have served a minimum of two years with an international organization', '… have worked for at
least three years in a field mission', 'You have worked for no less than four years on the construction of water
networks': years of experience said as service, in the setting (or field) named. A
name ('with the OSCE', 'in EU law'), which no job's fields record, stays for a person."""
_SERVED_IN_FOR = lazy_pattern(
    r"\b(?:have|having)\s+(?:previously\s+)?(?:served|worked|been\s+(?:employed|working|serving))\s+"
    r"(?:with|in|for|at|within)\s+(?P<f>[^,.;()]+?)\s+for\s+"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?"
    rf"(?P<n>{NUMBER})\s*(?:full[- ])?(?:years?|yrs?)\b",
    re.I,
)
"""The same with the place first: '… have worked in human rights for at least 3 years', 'I have worked with an
international organization for at least 1 year'."""


def _read(sentence) -> tuple[list, str | None]:
    """Drafts for the experience (and management) this clause asks, and any part left over for a competency."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    served = _SERVED_YEARS.search(text) or _SERVED_IN_FOR.search(text)
    where = re.sub(r"^(?:an?|the)\s+", "", served.group("f").strip(), flags=re.I) if served else ""
    if served and where[:1].islower() and not re.search(r"experience|\bnot\b|\bno\s+more\b|\bmaximum\b", text, re.I):
        served_params = {"min_years": number(served.group("n")), **_fields(where)}
        return [Draft(KIND, text, params=served_params, heading=sentence.heading)], None
    if not re.search(rf"experience|years?\s+(?:in|at)\s+(?:a\s+|the\s+)?{_RANK}{_MANAGERIAL}", text, re.I) and not (
        _YEARS_OF_PRACTICE.search(text) or _YEARS_OF_MANAGING.search(text) or _YEARS_OF_RESPONSIBILITY.search(text)
    ):
        return [], None
    drafts = _numeric(sentence)
    if drafts:
        # '5 years of experience and a track record of publications': the other requirement is the panel's, never
        # dropped with the years it is joined to.
        other = _OTHER_AFTER.search(text)
        before = _QUALIFICATION_BEFORE.match(text)
        if other is None and before is not None and not mentions(before.group("other")):
            # A qualification no degree level names is the selection panel's; a degree is the education reader's.
            return drafts, before.group("other").strip(" .;,")
        return drafts, (other.group("other").strip(" .;") if other else None)
    if _WISHED_PART.match(text):
        # '…, preferably including international experience in field operations': the wished part, cut from its
        # minimum, is read as the part it is.
        return _part_without_years(sentence, 0), None
    if _IN_LIEU_YEARS.search(text) and any(n for n, *_ in _figures(text)):
        return [], None  # 'or, in lieu of the degree, four years of legal experience': the years are the degree's path
    fields: list[str] = []
    related = False
    consumed = 0
    consumed_tails: set[str] = set()
    # Where the clause names a period, its figures are the years' reading alone (a path's years, a term of the post).
    bare = not (_WORK_EXPERIENCE.search(text) or _WORKING_IN.search(text) or _PERIOD.search(text))
    # 'Completed university studies attested by a diploma, and experience in law': experience in a field joined to
    # another requirement is the clause's own, read as the item alone would be.
    tails = [_TAIL_END.split(text[m.end() :], maxsplit=1)[0] for m in _JOINED_EXPERIENCE.finditer(text)] if bare else []
    joined = [_EXPERIENCE_IN.search(tail) for tail in tails]
    for m, plain in (
        (_WORK_EXPERIENCE.search(text), False),
        (_WORKING_IN.search(text), False),
        (_EXPERIENCE_IN.search(text) if bare else None, True),
        *((m, True) for m in joined),
    ):
        if m:
            found, rel = field_list(m.group("f").replace(", as well as ", ", ").replace(" as well as ", ", "))
            if plain and (any(_NO_FIELD.search(f) for f in found) or _settings_only(tuple(found))):
                continue  # 'in university education in the region': more than a field's name; 'in field
                # operations': where the work was done, which no job's fields record
            fields += found
            related = related or rel
            if m.string == text:
                consumed = max(consumed, m.end())
            consumed_tails.add(m.string.strip(" .;"))
    if not fields and (required_in := _REQUIRED_IN_A.match(text)):
        # 'Field experience in a flood emergency is required': experience said as required, in a setting named with
        # an article, which jobs rarely record in those words: the setting is its field and work recorded in other
        # fields goes to a person (never a competency, which decides nothing).
        found = [f for f in field_list(required_in.group("f"))[0] if not _NO_FIELD.search(f)]
        if found:
            fields, related, consumed = found, True, len(text)
    for m in _ADJECTIVE.finditer(text):
        word = m.group(1).lower()
        fields.insert(0, _ADJECTIVE_FIELD.get(word, word))
    out: list[Draft] = []
    # '… and experience in drafting legal texts': more than a field's name, kept for the selection panel as the item
    # alone would be, never dropped with the requirement it is joined to.
    unread = next(
        (tail for tail in tails if tail.strip(" .;") not in consumed_tails and not _IN_PLACE_OF.search(tail)), None
    )
    if fields:
        params: dict = {"fields": list(dict.fromkeys(fields))}
        if related:
            params["or_related"] = True
        out.append(Draft(KIND, text, params=params, heading=sentence.heading))
    elif _DEMONSTRATED_MANAGEMENT.search(text):
        out.append(Draft("management", text, heading=sentence.heading))
    if not out:
        return [], unread.strip(" .;") if unread else None
    # '…, as well as experience in preparing analytical reports': the clause left over is a competency.
    rest = re.search(r",\s*as well as\s+(.+)$", text[consumed:])
    return out, (("as well as " + rest.group(1)) if rest else None)


_GOVERNING = (
    r"\b(?:including|of\s+which|among\s+(?:them|which|these)|thereof|out\s+of\s+which|from\s+(?:this|these|which)|"
    r"with(?=\s+(?:at\s+least|no\s+less\s+than|not\s+less\s+than|a\s+minimum\s+of|minimum)\b)"
    # '4 years of experience with 2 in management', '…, two in management': a bare figure (no 'years' after it, which
    # a route's 'with 2 years' has) where the part is.
    rf"|(?:with|,)(?=\s+{NUMBER}\s+(?:in|at|as)\s))"
)
"""Words that make a figure a part of the minimum before it: 'of which three', 'including two', 'with no less than
three years at the international level'."""
# A part of a minimum written without 'years': 'of which at least three at managerial level', 'including a
# minimum of two in a supervisory capacity', 'at least three of them', 'among them two'.
_GOVERNED = lazy_pattern(
    rf"{_GOVERNING}\s+(?:{WISH_ADVERB}\s+)?(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?"
    rf"(?P<n>{NUMBER})(?!\s*(?:full[- ])?(?:years?|yrs?)\b)"
    rf"|(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<m>{NUMBER})\s+of\s+(?:them|these|which)\b"
    r"(?!\s+(?:areas?|fields?|disciplines?|subjects?|domains?|sectors?|languages?|countries|degrees?|organi[sz]ations?)\b)"
    # '4 years of experience (2 in management)', '6 years (4 with a second-level degree)': a bare figure opening a
    # bracket after the minimum, and where it is or the degree it is for.
    rf"|\(\s*(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?(?P<b>{NUMBER})(?!\s*(?:full[- ])?(?:years?|yrs?|months?)\b)"
    r"(?=\s+(?:in|at|as|within|with|for)\s)",
    re.I,
)
_GOVERNED_AFTER = lazy_pattern(r"\s*(?:of\s+(?:which|them|these|those|it)|thereof)\b", re.I)
"""'…, 2 years of which at management level': the governing words after the part's years."""
# '…, of which four years in a managerial capacity and at least two in an international organisation': a further
# part after the first, written without 'years' (a part only where a governing word stands before it).
_AND_PART = lazy_pattern(
    r"(?:,\s*|\s)and\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+(?:less|fewer)\s+than|not\s+(?:less|fewer)\s+than)\s+)?"
    rf"(?P<n>{NUMBER})(?!\s*(?:full[- ])?(?:years?|yrs?|months?)\b)(?=\s+(?:in|at|within|as|with)\s)",
    re.I,
)


_MONTHS = lazy_pattern(rf"(?P<n>{NUMBER})\s*(?:full[- ])?(?:calendar\s+)?months?\b", re.I)
"""'At least 24 months of experience': a period in months, read as years (24 -> 2, 18 -> 1.5)."""


_COUNTS_TOWARDS = lazy_pattern(
    r"[^.;()]{0,80}?\b(?:counts?|is\s+counted|are\s+counted|(?:will|may|can|shall)\s+(?:also\s+)?(?:be\s+)?count(?:ed)?)"
    r"\s+(?:towards?|as\s+part\s+of|in)\b[^.;()]*\)?",
    re.I,
)
"""'(half a year in an emergency counts towards this)', '…; a year in a peace operation will be counted towards
them': how the years asked are counted, which asks nothing of its own."""
_MONTHS_OF = lazy_pattern(
    r"\s*(?:(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:experience|practice)\b"
    # '…, 3 months of it in management': a part of the period before, said after its months.
    r"|(?:(?:of\s+(?:which|them|these|those|it)|thereof)\s+)?(?:[\w-]+\s+)?(?:in|at|as|within|with)\s"
    # '(or at least 18 months for holders of a first-level degree)': a degree's path, in months.
    r"|for\s+(?:holders|candidates|applicants|those)\b"
    rf"|{_MANAGING_WORDS})",
    re.I,
)
_TERM_OF = lazy_pattern(
    r"\b(?:availab\w+|contract|assignment|appointment|duration|term|deployment)\s+(?:of|for)\s+"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|up\s+to)\s+)?$",
    re.I,
)
"""A period that is the post's, not the candidate's: 'availability for 12 months', 'an assignment of 6 months'."""
_OF_MONTHS = lazy_pattern(
    r"\bexperience\s+(?:[\w-]+\s+){0,3}?(?:of|for)\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|"
    r"not\s+less\s+than|over|more\s+than)\s+)?$|\byears?\s*(?:,|and|,\s*and)?\s*$"
    # '…, of which at least 18 months', '…, including 6 months': a part of the minimum before it
    rf"|{_GOVERNING}\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?$",
    re.I,
)
"""A period in months is experience's where its words say so: '24 months of experience', '12 months in customs',
'experience of at least 18 months', 'two years and six months', '…, of which at least 18 months'."""


# '…, 4 years with a second-level degree', '…; three for holders of a master's degree': the years a degree's path
# needs, written after the main minimum.
_PATH_AFTER = lazy_pattern(
    r"\s*(?:years?\s+)?(?:of\s+(?:[\w-]+\s+){0,3}?experience\s+)?"
    r"(?:(?:suffice|will\s+suffice|are\s+sufficient|are\s+enough|are\s+required|are\s+needed|are\s+accepted)\s+)?"
    rf"{_HOLDERS}\s+"
    r"(?P<d>(?:an?\s+|the\s+)?[^,;()]*?(?:degree|diploma|master|doctorate|phd|bachelor|education)"
    r"[^,;()]*?)\s*(?:[.;,)]|$)",
    re.I,
)
# What stands between the main minimum and a path's figure: the minimum's clause has ended.
# '…, reduced to three years for holders of …', '…, although three years suffice for …': the same.
_CLAUSE_END = lazy_pattern(
    r"[,;]\s*(?:or\s+|and\s+|but\s+|although\s+|though\s+|while\s+|whereas\s+)?"
    r"(?:(?:which\s+is\s+|this\s+is\s+|it\s+is\s+)?(?:reduced|lowered|decreased|shortened|cut)\s+to\s+)?(?:only\s+|just\s+)?$",
    re.I,
)
# A route's degree whose fields are those named before: '… degree in one of these areas', '… in the same fields'.
_FIELDS_NAMED_BEFORE = lazy_pattern(
    r"\b(?:in|of)\s+(?:any\s+|one\s+of\s+)?(?:the\s+)?(?:these|those|same|above|above-mentioned|aforementioned|said)"
    r"(?:\s+\w+)?\s+(?:areas?|fields?|disciplines?|subjects?|domains?)\b",
    re.I,
)


# '…, or a bachelor's degree in law with', '…; or a first-level degree combined with a total of': a route of its own,
# right before its figure of years; '…, or a school diploma, and relevant professional experience of': the same, its
# years said after the experience.
_ROUTE_WITH = lazy_pattern(
    r"(?:(?:,|;|\))\s*or\s+|\bor\s+(?:an?\s+)?equivalent\s*(?:\(|:\s*|[-\u2013]\s+))"
    r"(?P<route>(?:an?\s+)?[^,;()]{0,120}?),?\s+(?:with|combined\s+with|in\s+combination\s+with|"
    r"together\s+with|plus|\+|and)\s+(?:(?:[\w-]+\s+){0,3}?experience\s+of\s+)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|a\s+total\s+of|minimum|over)\s+)?$",
    re.I,
)


def _lower_route_years(text: str, start: int) -> bool:
    """Whether the figure at `start` is the years of a route offered instead of a degree with none of its own: a
    lower degree ('Master's degree in law, or a bachelor's degree with ten years of relevant experience', 'Master's
    degree or equivalent (Bachelor's degree + 2 years of relevant experience)') or a
    qualification beside the ladder ('Degree in economics, or a military or police college diploma combined with 4
    years of experience'). The degree criterion's path in lieu tells whether they are its years in all; they are
    never a minimum asked of everyone. So are the years a degree's equivalent is said to be ('Bachelor's degree or
    equivalent (e.g. 4 years of relevant experience)'), a route with no degree."""
    for equivalent in paths.EQUIVALENT_YEARS.finditer(text):
        if equivalent.start("route") <= start < equivalent.end("route") and not mentions(equivalent.group("route")):
            return bool(mentions(text[: equivalent.start()]))
    route = _ROUTE_WITH.search(text[:start])
    if route is None:
        return False
    first = [lv for _, _, lv in mentions(text[: route.start()]) if lv in LADDER]
    own = [lv for _, _, lv in mentions(route.group("route"))]
    if not (first and own):
        return False
    # 'A university degree at Master's level in economics, or a Bachelor's degree with ten years': the highest level
    # named before the route is the degree asked.
    highest = max(LADDER.index(lv) for lv in first)
    if own[0] == "secondary" == LADDER[highest] and _POST_SECONDARY.search(text, 0, route.start()):
        # 'a post-secondary diploma, or a secondary school diploma and three years …': a diploma after school, which
        # the ladder holds as secondary, is more than the school diploma of the route (the degree's review says so).
        return True
    return own[0] not in LADDER or LADDER.index(own[0]) < highest


_POST_SECONDARY = lazy_pattern(r"\bpost-?\s?secondary\b", re.I)


def _route_start(text: str, begin: int, end: int) -> int | None:
    """Where another route begins between two figures: after the last 'or' that a degree follows ('…, or a
    Bachelor's Degree in the same fields with'); None where none does."""
    last = None
    for m in re.finditer(r"\bor\b", text[begin:end], re.I):
        last = m
    if last is None or not any(lv in _LEVELS for _, _, lv in mentions(text[begin + last.end() : end])):
        return None
    return begin + last.end()


def _figures(text: str) -> list[tuple[float | None, int, int, bool]]:
    """The numbers of years a text states (periods in months as years), in order: (years, start, end, governed by
    an earlier minimum)."""
    found = [(number(m.group("n")), m.start(), m.end(), False) for m in WRITTEN_YEARS.finditer(text)]
    for m in _MONTHS.finditer(text):
        months = number(m.group("n"))
        if months is None or any(s < m.end() and m.start() < e for _, s, e, _ in found):
            continue
        if not (_MONTHS_OF.match(text[m.end() :]) or _OF_MONTHS.search(text[: m.start()])) or _TERM_OF.search(
            text[max(0, m.start() - 40) : m.start()]
        ):
            continue  # 'availability for 12 months', 'a contract of 6 months': no period of experience
        joined = next(
            (
                f
                for f in found
                if f[2] <= m.start() and re.fullmatch(r"\s*(?:,|and|,\s*and)?\s*", text[f[2] : m.start()])
            ),
            None,
        )
        if joined is not None and joined[0] is not None:
            # 'two years and six months': one period.
            found[found.index(joined)] = (joined[0] + round(months / 12, 2), joined[1], m.end(), False)
        else:
            found.append((round(months / 12, 2), m.start(), m.end(), False))
    for m in _GOVERNED.finditer(text):
        group = next(g for g in "nmb" if m.group(g))
        if not any(s <= m.start(group) < e for _, s, e, _ in found):
            found.append((number(m.group(group)), m.start(group), m.end(), True))
    for m in _AND_PART.finditer(text):
        if re.search(_GOVERNING, text[: m.start()], re.I) and not any(s <= m.start("n") < e for _, s, e, _ in found):
            found.append((number(m.group("n")), m.start("n"), m.end("n"), True))
    return sorted(found, key=lambda f: f[1])


# Years stated per grade: 'P-3: 5 years', '5 years (P-3)', '5 years of experience for P-3', '7 for P-4', '7 years at
# the P-4 level'. `g` is the grade; `own` the words that name it, dropped where the lowest figure is kept.
_BY_GRADE = lazy_pattern(
    rf"(?P<own1>(?P<g1>{GRADE})(?:\s+level)?\s*[:=\u2013-]\s*)(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?"
    rf"(?P<n1>{NUMBER})(?:\s*(?:years?|yrs?)\b)?"
    rf"|(?P<n2>{NUMBER})(?:\s*(?:years?|yrs?)\b)?(?P<own2>\s*\(\s*(?P<g2>{GRADE})(?:\s+level)?\s*\))"
    rf"|(?P<n3>{NUMBER})(?:\s*(?:years?|yrs?)\b(?:\s+(?:of|in)\s[^,;.:\d()]{{0,80}}?)?)?"
    rf"(?P<own3>\s+(?:for|at)\s+(?:the\s+)?(?:level\s+)?(?P<g3>{GRADE})(?:\s+level)?)",
    re.I,
)
# What joins one grade's years to the next: ', ', '; ', ' and ', ' or ', ' / '.
_GRADE_JOIN = lazy_pattern(r"\s*(?:[,;/]\s*)?(?:(?:and|or)\s+)?(?:(?:at\s+least|minimum)\s+)?$", re.I)


def _years_by_grade(text: str) -> tuple[str, str] | None:
    """The text with only the lowest of the years stated per grade ('P-3: 5 years; P-4: 7 years' -> '5 years') and
    a note of them all; None unless two or more grades each state their years."""
    pairs = []
    for m in _BY_GRADE.finditer(text):
        i = next(k for k in "123" if m.group("n" + k))
        years = number(m.group("n" + i))
        if years is None:
            return None
        pairs.append((m, i, years, re.sub(r"\s+", "", m.group("g" + i)).upper()))
    if len(pairs) < 2 or len({g for *_, g in pairs}) < len(pairs):
        return None
    if any(not _GRADE_JOIN.fullmatch(text[a[0].end() : b[0].start()]) for a, b in itertools.pairwise(pairs)):
        return None  # figures apart in the sentence: not one list of grades
    keep = min(pairs, key=lambda p: p[2])
    m, i, years, _ = keep
    own = m.span("own" + i)
    kept = text[m.start() : own[0]] + text[own[1] : m.end()]
    lowest = text[: pairs[0][0].start()] + kept + text[pairs[-1][0].end() :]
    said = "; ".join(f"{g}: {describe_years(n)}" for _, _, n, g in pairs)
    note = f"Years by grade ({said}): the post may be filled at any of them, so {describe_years(years)} is the minimum."
    return lowest, note


# The length of a course of study, never experience: 'university studies of at least four years', 'three years of
# higher education'.
_STUDY_BEFORE = lazy_pattern(
    r"\b(?:studies|study|education|schooling|programme|program|course)\s+(?:of\s+|lasting\s+|totalling\s+|is\s+|was\s+)?"
    r"(?:(?:at\s+least|a\s+minimum\s+of|minimum|no\s+less\s+than|not\s+less\s+than)\s+)?$",
    re.I,
)
_STUDY_AFTER = lazy_pattern(
    r"\s*(?:of\s+)?(?:full[- ]time\s+)?(?:university|undergraduate|graduate|higher|tertiary|college|academic|"
    r"post-?secondary)\s+(?:studies|study|education|level\s+studies)\b|\s*of\s+(?:full[- ]time\s+)?(?:studies|study|schooling)\b",
    re.I,
)


def _before_degree(words: str) -> str:
    """A route's field, without the degree the route is for: 'refugee protection with an undergraduate degree' ->
    'refugee protection'."""
    said = mentions(words)
    if not said or said[0][0] == 0:
        return words
    return re.sub(
        r"[\s,(]*\b(?:with|holding|having|for\s+(?:candidates|applicants|those|holders)(?:\s+(?:with|holding|of))?)"
        r"(?:\s+(?:an?|the))?\s*$",
        "",
        words[: said[0][0]],
        flags=re.I,
    )


_ROUTE_FIELDS = lazy_pattern(
    r"\s*(?:\([^)]*\)\s*)?(?:degree\s+)?(?:in|of)\s+(?P<f>[^;:()]+?)\s*,?\s+(?:with|and|plus|combined|together|"
    r"supplemented|followed)\b(?![^;]*\bor\b\s+(?:a|an)\b)",
    re.I,
)
"""The fields a route's degree is named in: '… degree in finance, accounting or business administration with …'."""


def _route_fields(experience, words: str, level: str, whole: bool = False) -> None:
    """The fields a route's degree must be in (`route_fields`), as `words` name them; where they only point back to
    fields named before ('… degree in one of these areas'), the extract resolves them from the drafts before.
    `whole`: the words are the degree's phrase alone, so its fields run to their end."""
    said = [m for m in mentions(words) if m[2] == level]
    if said and _FIELDS_NAMED_BEFORE.search(words[said[-1][1] :][:60]):
        experience.params.setdefault(_NAMED_BEFORE, []).append(level)
        return
    fields = _degree_fields(words, level)
    if not fields and said and whole:
        # '…, reduced to four years for holders of a master's degree in accounting': the fields end the phrase.
        named = _DEGREE_IN.match(words[said[-1][1] :])
        fields = [f for f in field_list(named.group("f"))[0] if f] if named else []
    if fields:
        experience.params.setdefault("route_fields", {})[level] = fields


_DEGREE_IN = lazy_pattern(r"\s*(?:\([^)]*\)\s*)?(?:(?:university\s+)?degree\s+)?(?:in|of)\s+(?P<f>[^;:()]+?)\s*$", re.I)
_NAMED_BEFORE = "_fields_named_before"
"""A draft's note to the extract (never written out): the levels whose route fields point back to fields named
before."""


_SAME_FIELDS = lazy_pattern(
    r"\s*(?:(?:one|any|either)\s+of\s+)?(?:these|those|the\s+(?:above|same|said))(?:\s+(?:mentioned\s+)?"
    r"(?:fields?|areas?|disciplines?|subjects?))?\s*$",
    re.I,
)
"""Fields named by pointing back: 'in the above fields', 'in one of these areas', 'in the same fields'."""


def _degree_fields(words: str, level: str, before: list[str] | None = None) -> list[str]:
    """The fields the last mention of a degree of `level` in `words` names ('a first-level university degree in
    finance or accounting with four years' -> [finance, accounting]); [] where it names none. Fields named by pointing
    back ('… in the above fields') are `before`, the fields named before it."""
    said = [m for m in mentions(words) if m[2] == level]
    named = _ROUTE_FIELDS.match(words[said[-1][1] :]) if said else None
    if named and _SAME_FIELDS.match(named.group("f")):
        return list(before or [])
    return [f for f in field_list(named.group("f"))[0] if f] if named else []


_PART_SCOPE = lazy_pattern(
    r"\s*(?:of\s+(?:\w+\s+)?experience\s+)?(?:at|in|within)\s+(?P<f>(?:an?\s+|the\s+)?[^,.;]*?\b(?:level|organi[sz]ations?|"
    r"field|environment|setting|context|capacity)s?)\b(?=\s*(?:[,.;]|$))",
    re.I,
)
"""The scope of a period said after 'and N years': 'at the international level', 'in an international organisation'."""
_PART_FIELD = lazy_pattern(
    r"\s*(?:\(\s*\w+\s*\)\s*)?(?:years?\s+)?(?:of\s+(?:\w+\s+)?experience\s+)?(?:in|within)\s+(?P<f>[^,.;()]+?)"
    r"(?=\s*(?:[,.;]|$))",
    re.I,
)
"""The field of a period said after 'and N years' ('… and two (2) years of experience in procurement', '… and two
years in audit'): a minimum of its own beside the first, whether or not the first names a field."""


_CEILING_BEFORE = lazy_pattern(
    # 'must not have more than 4 years', 'should not exceed 3 years': what a candidate may have at most.
    r"(?:\b(?:no|not)\s+(?:(?:have|has|hold|possess|bring)\s+)?more\s+than|\bmaximum(?:\s+of)?|\bmax\.?|\bat\s+most|"
    r"(?<!not\s)(?<!no\s)\b(?:less|fewer)\s+than|\bnot\s+(?:exceeding|to\s+exceed|exceed)|\bup\s+to)\s+(?:\(\w+\)\s+)?$",
    re.I,
)
_CEILING_AFTER = lazy_pattern(
    r"^\s*(?:of\s+(?:\w+\s+){0,3}?experience\s+)?(?:or\s+(?:less|fewer)|at\s+(?:the\s+)?most)\b", re.I
)
_EXCLUDED = lazy_pattern(
    r"\b(?:not|in)\s*eligible\b|\b(?:cannot|can\s*not|may\s+not|need\s+not)\s+apply\b|"
    r"\b(?:will|shall)\s+not\s+be\s+(?:considered|accepted)\b|\bare\s+excluded\b",
    re.I,
)


_UNIT = r"(?P<unit>\s*(?:full[- ])?(?:months?|years?|yrs?)\b)?"
_RANGE_BEFORE = lazy_pattern(
    rf"(?:\bbetween\s+(?P<lo>{NUMBER}){_UNIT}\s+and|(?<![\w.])(?P<lo2>{NUMBER}){_UNIT.replace('unit', 'unit2')}\s*"
    rf"(?:-|\u2013|\u2014|to)|(?<![\w.])(?P<lo3>{NUMBER})\s+or)\s*$",
    re.I,
)
"""The lower figure of a range before the upper one: 'between two and four years', '2-4 years', 'three to five years',
'two or three years', with its own unit where it has one ('six months to one year')."""


def _range_low(before: str, upper: str) -> tuple[float | None, bool]:
    """The lower end of the range that ends at the figure `upper` (its words, '12 months', 'one year'), in years, and
    whether it is a range at all (not 'two or three years'); None without one. 'Six months to one year' -> 0.5,
    '6-12 months' -> 0.5: each end in its own unit, or the upper one's."""
    span = _RANGE_BEFORE.search(before)
    if span is None:
        return None, False
    low = number(span.group("lo") or span.group("lo2") or span.group("lo3"))
    unit = span.group("unit") or span.group("unit2") or upper
    if low is not None and re.search(r"month", unit, re.I):
        low = round(low / 12, 2)
    return low, not span.group("lo3")


_EXPERIENCE_PART = lazy_pattern(
    rf"{_GOVERNING}(?=[^.;]*?\bexperience\b)",
    re.I,
)
"""A part of the minimum that names experience of its own after a governing word: '…, including experience in
elections', '…, including preferably international experience in field operations'."""


_WISHED_PART = lazy_pattern(rf"^\W*{WISH_ADVERB}\W+(?={_GOVERNING})", re.I)


def _part_without_years(sentence, after: int) -> list:
    """The experience a part of the minimum names without years ('…, including preferably international experience
    in field operations'): a criterion of its own with no minimum in its field or setting (a wish where the part is
    wished), never the minimum's own field; [] where it names neither."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    part = _EXPERIENCE_PART.search(text, after)
    if part is None:
        return []
    words = re.split(r"[.;]", text[part.end() :], maxsplit=1)[0]
    if WRITTEN_YEARS.search(words) or _MONTHS.search(words):
        return []  # a part with its years, which the figures read
    wished = bool(_PART_WISH_WORD.search(words))
    words = re.sub(rf",?\s*\b(?:{WISH_ADVERB}|if\s+possible|where\s+possible)\b,?", " ", words, flags=re.I)
    words = re.sub(r"^[\s,]+", "", words)
    named, settings = _said_before(" " + words)
    found = _FIELDS_AFTER.search(words)
    fields = _fields(found.group("f").strip(" ,."), found).get("fields", []) if found else []
    fields = list(dict.fromkeys([*fields, *named, *settings]))
    if not fields:
        return []
    params = {"fields": fields}
    return [Draft(KIND, text, False if wished else None, params=params, heading=sentence.heading)]


def _ranges_joined(text: str, figures: list) -> tuple[list, dict[int, float]]:
    """The figures with each range whose ends both carry their unit ('six months to one year', 'between 3 years and
    5 years') made one, from its lower end's start to its upper end's end; and the upper end of each such range by
    its start."""
    out: list = []
    uppers: dict[int, float] = {}
    for figure in figures:
        if out and not figure[3] and not out[-1][3] and figure[0] is not None and out[-1][0] is not None:
            between = text[out[-1][2] : figure[1]]
            before = text[max(0, out[-1][1] - 12) : out[-1][1]]
            if re.fullmatch(r"\s*(?:-|\u2013|\u2014|to)\s*", between) or (
                re.fullmatch(r"\s+and\s+", between) and re.search(r"\bbetween\s+$", before, re.I)
            ):
                low = out[-1]
                out[-1] = (low[0], low[1], figure[2], False)
                uppers[low[1]] = figure[0]
                continue
        out.append(figure)
    return out, uppers


def _ceiling(text: str, before: str, after: str) -> bool:
    """Whether a figure of years is an upper limit: 'no more than two years', 'a maximum of three years', 'two years
    or less', or 'more than two years' ('over two years') in a clause that says such candidates are not eligible."""
    if _CEILING_BEFORE.search(before) or _CEILING_AFTER.match(after):
        return True
    return bool(
        re.search(r"\b(?:more\s+than|over|above|in\s+excess\s+of)\s+$", before, re.I) and _EXCLUDED.search(text)
    )


_OR_LONGER = lazy_pattern(r"\s+or\s+(?:more|longer)\b(?=\s+(?:in|at|as|of|with|on|within)\b)", re.I)
"""'… years or more', '… years or longer' before what the years are of: the figure is the minimum all the same."""


_SHORTER_ROUTE_BEGINS = lazy_pattern(r"\s*[,;]\s*or\b", re.I)
"""Where another route begins in a sentence of routes: '…, or', '…; or'."""


def _numeric(sentence) -> list:
    from eligibility.compiler.draft import Draft

    text = sentence.text
    out: list = []
    if _IN_LIEU_YEARS.search(text):
        # 'a first-level degree with four years … in lieu': the years are the degree path's; a requirement joined to
        # it ('…, and candidates must bring a minimum of eight years …') is read on its own.
        parts = _JOINED.split(text)
        for part in parts if len(parts) > 1 else ():
            if not _IN_LIEU_YEARS.search(part):
                out += _numeric(replace(sentence, text=part))
        return out
    shorter = paths.SHORTER_STUDIES.search(text)
    if shorter:
        # '… experience of at least one year when the normal period of university education is three years': the
        # shorter degree's route (the degree's note says so), not the posting's minimum. The longer studies' route
        # said before it in the same sentence ('… four years or more, followed by at least eight years of
        # experience, or … three years, followed by …') states the minimum, as it does in an item of its own.
        begins = list(_SHORTER_ROUTE_BEGINS.finditer(text, 0, shorter.start()))
        if begins:
            out = _numeric(replace(sentence, text=text[: begins[-1].start()]))
            for d in out:
                d.source = text
        return out
    by_grade = _years_by_grade(text)
    if by_grade is not None:
        # 'P-3: 5 years; P-4: 7 years': the post may be filled at any of the grades, so the lowest figure is the
        # minimum; the others are what the higher grades ask, a note and never a criterion of their own.
        lowest, note = by_grade
        out = _numeric(replace(sentence, text=lowest))
        for d in out:
            d.source = text
        first = next((d for d in out if d.kind == KIND), None)
        if first is not None:
            first.notes.append(note)
        return out
    routes = paths.routes(text)
    if routes:
        # The first route's figure is the minimum, as its degree is the degree criterion's (or the others' path);
        # every other route's figure is what its degree needs.
        _, minimum, words = routes[0]
        route: dict = {"min_years": minimum, "by_education": {lv: n for lv, n, _ in routes[1:]}}
        # '5 years (Master's) or 7 years (Bachelor's) of experience in law': fields said once, after the last
        # route, are every route's.
        last = routes[-1][2]
        found = next(
            filter(None, (p.search(w) for w in (words, last) for p in (_FIELDS_AFTER, _FIELDS_AFTER_YEARS))), None
        )
        if found:
            route.update(_fields(_before_degree(found.group("f")), found))
        first = _degree_fields(words, routes[0][0])
        by_route = {lv: fields for lv, _, said in routes[1:] if (fields := _degree_fields(said, lv, first))}
        if by_route:
            route["route_fields"] = by_route
        return [Draft(KIND, text, params=route, heading=sentence.heading)]

    experience = None
    experience_start = experience_end = 0
    managed: tuple[Any, int] | None = None
    """The management asked by a minimum of its own ('four years in a managerial capacity'), and where its figure
    ends: a part of it said after ('…, including two in a field mission') is a part of that management."""
    ranged = ""
    figures, uppers = _ranges_joined(text, _figures(text))
    for i, (n, start, end, governed) in enumerate(figures):
        if n is None:
            continue
        before = text[max(0, start - 60) : start]
        after = text[end : end + 100]
        # 'four years or more in a senior management role': what the years are of follows the 'or more'.
        after = after[longer.end() :] if (longer := _OR_LONGER.match(after)) else after
        either = None
        counts = _COUNTS_TOWARDS.match(after)
        counted = out[-1] if out else experience
        if counts and counted is not None:
            # '… of which 2 years in a field mission (half a year in an emergency counts towards this)': how the
            # years before are counted, no minimum of its own; no criterion checks it, so a person weighs it.
            opened = text.rfind("(", 0, start)
            begin = opened + 1 if opened > text.rfind(")", 0, start) else start
            said = clip(text[begin : end + counts.end()].strip(" ()."))
            counted.review.append(
                f"'{said}' says what else counts towards the experience asked, which no criterion checks: a person "
                "weighs it"
            )
            continue
        if _HELD_RESPONSIBILITY.match(after):
            # 'For at least five of these years you have held line management responsibilities': years of
            # management, of the minimum before it or of the clause's own.
            out.append(Draft("management", text, params={"min_years": n}, heading=sentence.heading))
            continue
        if governed and experience is None and managed is None:
            continue  # 'three of them' with no minimum before it to be a part of
        # 'ten years, including five at supervisory level and at least three in a field operation': every figure
        # after a governing word is a part of the minimum, and says nothing of the minimum's own field.
        # '… of which three years at supervisory level, or a Bachelor's degree with ten years': after 'or' and a
        # degree, another route begins, whose figure no earlier 'of which' governs.
        route_at = _route_start(text, experience_end, start) if experience is not None else None
        host_end = experience_end if experience is not None else managed[1] if managed is not None else 0
        governed = governed or (
            (experience is not None or managed is not None)
            and (
                bool(re.search(_GOVERNING, text[route_at if route_at is not None else host_end : start], re.I))
                or bool(_GOVERNED_AFTER.match(text[end:]))
            )
        )
        # The minimum's own words end where the next figure begins, a path's figure in parentheses aside.
        unbracketed = re.sub(r"\([^)]*\)", lambda m: " " * len(m.group()), text)
        own = unbracketed[: next((f[1] for f in figures[i + 1 :] if unbracketed[f[1]] != " "), len(text))]
        if (
            re.match(r"['\u2019]?\s*(?:of\s+)?(?:additional|more|further|extra)\b", after, re.I)
            or re.search(r"additional\s*$", before, re.I)
            or _ON_TOP.match(after)
        ):
            continue  # an in-lieu path's extra years: the education extractor's
        if experience is None and _lower_route_years(text, start):
            continue  # 'Master's degree, or a bachelor's degree with ten years …': the lower degree's path, not a minimum
        low, spans = _range_low(before, text[start:end])
        if start in uppers:
            low, spans, n = n, True, uppers[start]  # 'six months to one year': both ends figures of their own
        if low is not None and low < n and experience is None and re.search(r"experience", text, re.I):
            # '2-4 years of experience', 'between two and four years': the lower figure is the minimum; whether more
            # than the upper one excludes a candidate is for a person to judge. 'Two or three years': the lower
            # figure is the minimum, the higher no limit.
            ranged = (
                f"'{clip(text)}' states a range: {describe_years(low)} is read as the minimum; whether more than "
                f"{describe_years(n)} excludes a candidate is for a person to judge"
                if spans
                else ""
            )
            n = low
        if _ceiling(text, before, after) and re.search(r"experience", text, re.I):
            # 'candidates with more than two years of experience are not eligible', 'no more than two years of
            # experience': an upper limit, never a minimum; the kind checks minimums, so a person checks it.
            issue = (
                f"'{clip(text)}' sets an upper limit on experience ({describe_years(n)}), which no criterion checks: "
                "a person must confirm the candidate does not exceed it"
            )
            out.append(Draft("requirement", text, id="experience-limit", review=[issue], heading=sentence.heading))
            continue
        if re.search(r"period\s+of\s+service|maximum", before, re.I):
            continue
        if _STUDY_BEFORE.search(before) or _STUDY_AFTER.match(after):
            continue  # 'university studies of at least four years', 'three years of university studies': the degree's
        if re.search(r"\([^)]*$", before) and experience is not None:
            levels = [lv for _, _, lv in mentions(after.split(")")[0])]
            if levels:
                experience.params.setdefault("by_education", {})[levels[0]] = n
                continue
        path = _PATH_AFTER.match(after)
        if experience is not None and not governed and path and _CLAUSE_END.search(text[experience_end:start]):
            # 'Minimum 6 years of experience in policing, 4 years with a second-level degree': a path's own minimum
            # after the main one, as in brackets ('(four years with a second-level degree)').
            levels = [lv for _, _, lv in mentions(path.group("d")) if lv in _LEVELS]
            if levels:
                experience.params.setdefault("by_education", {})[levels[0]] = n
                _route_fields(experience, path.group("d"), levels[0], whole=True)
                continue
        either = _EITHER_LEVEL.match(after)
        if (
            either
            or _MANAGEMENT_AFTER.match(after)
            or _MANAGING_AFTER.match(after)
            or _MANAGING_FOR.search(text[max(0, start - 120) : start])
            or _MANAGEMENT_EXPERIENCE.match(after)
            or _MANAGEMENT_BEFORE.search(text[:start])
            or (either := _EITHER_ROLE.match(after))
            or (either := _EITHER_MANAGED.match(after))
        ):
            params: dict = {"min_years": n}
            managing_in = _MANAGEMENT_FIELDS.search(after)
            if managing_in:
                params["fields"] = field_list(managing_in.group("f"))[0]
                if re.search(r"\brelated\s+to\b", managing_in.group(0), re.I):
                    params["or_related"] = True  # 'a management role related to security': relatedness is judged
            elif experience is not None and governed and experience.params.get("fields"):
                params["fields"] = list(experience.params["fields"])
            managing = Draft("management", text, params=params, heading=sentence.heading)
            if not governed and experience is None:
                managed = (managing, end)
            if either:
                # 'as a project or team manager': a managing role named beside another; read as management, and a
                # person judges a role in the other that managed no one.
                managing.review.append(
                    f"'{clip(either.group(0).strip())}' names a managing role or level beside another: read as "
                    "management; a person judges a candidate whose role was the other and managed no one"
                )
            out.append(managing)
            continue
        if governed and (experience is not None or managed is not None):
            # '10 years, including 4 at the international level': a further minimum of its own; 'of which
            # preferably 2 years …', '… 2 years preferably at the international level': a wish of its own. A part of
            # management asked on its own ('four years in a managerial capacity, including two in a field mission')
            # is management there.
            part_kind, host_end = (KIND, experience_end) if managed is None else ("management", managed[1])
            lead = text[host_end:start]
            governing = list(re.finditer(_GOVERNING, lead, re.I))
            wish = _PART_WISH.match(after)
            wished = bool(wish) or bool(governing and _PART_WISH_WORD.search(lead[governing[-1].end() :]))
            if wish:
                after = after[: wish.start("w")] + after[wish.end("w") :]
            params = {"min_years": n}
            scope = re.match(
                r"\s*['\u2019]?\s*(?:of\s+\w+\s+)?"
                + _MUST_BE
                + r"(?:(?:professional|relevant|work)\s+)*(?:experience\s+)?(?:in|at|within|with)\s+(?P<f>[^,.;]+)",
                after,
                re.I,
            )
            if scope and re.fullmatch(r"(?:the\s+)?field", scope.group("f").strip(), re.I):
                # 'of which at least 2 years in the field': a part said in the field, after the minimum in the
                # field of work, is the field work's setting (a field operation), which no job records.
                from eligibility.compiler.vocabulary import vocabulary

                params["fields"] = [vocabulary().experience_settings["field"]]
            elif scope:
                params.update(_fields(re.sub(r"^(?:an?|the)\s+", "", scope.group("f").strip(), flags=re.I)))
            else:
                # 'with at least 2 years of international experience', 'of which 3 years of field experience': the
                # part's setting (or field) said before 'experience', kept as 'at the international level' is.
                named, settings = _said_before(after)
                if not (named or settings):
                    # '…, including project management experience of at least two years': said before the years.
                    named, settings = _named_before(text[:start])
                away = _AWAY.match(after)
                if not (named or settings) and away:
                    settings = [away.group("w").lower()]  # 'including 3 years abroad': where, which jobs do not record
                if not (named or settings) and (named := _activity_fields(after) or _topic_fields(after)):
                    # 'of which three years designing irrigation schemes', 'of which one year on procurement files':
                    # what the work did, or what it was on, is the part's field; jobs rarely record it in those
                    # words, so work in other fields goes to a person (never a part with no field, which any years
                    # of the minimum would meet).
                    params["or_related"] = True
                if named or settings:
                    params["fields"] = [*named, *settings]
            out.append(Draft(part_kind, text, False if wished else None, params=params, heading=sentence.heading))
            continue
        between = text[experience_end:start]
        levels = [lv for _, _, lv in mentions(between) if lv in _LEVELS]
        if experience is not None and levels and re.search(r"\bor\b", between, re.I):
            # 'a high school diploma with eight years of experience, or a university degree with four': the years
            # the other degree needs.
            first = [lv for _, _, lv in mentions(text[:experience_start]) if lv in _LEVELS]
            if levels[-1] in first:
                # 'post-secondary education with 3 years, or secondary education with 6': two routes the degree
                # ladder holds as one level; the lower figure stands and a person tells the routes apart.
                experience.review.append(
                    f"'{clip(text[start : end + 40])}' is another route's minimum at a level the ladder does not "
                    f"tell apart from the first ({levels[-1]}): a person must judge which applies"
                )
                continue
            experience.params.setdefault("by_education", {})[levels[-1]] = n
            # '… or a first-level university degree in finance, accounting or business administration with four':
            # only a degree in those fields takes the shorter route.
            _route_fields(experience, between, levels[-1])
            continue
        scope = _PART_SCOPE.match(after)
        # 'Three years of professional experience and two years of experience in audit': a field of its own, never
        # a further part of the first period as a setting ('… and two years at the international level') is.
        own_field = None if scope else _PART_FIELD.match(after)
        if own_field and not _fields(own_field.group("f")).get("fields"):
            own_field = None  # '… and two years in total': no field named
        scope = scope or own_field
        if (
            experience is not None
            and scope
            and re.search(r"\band\s+(?:(?:at\s+least|a\s+minimum\s+of|minimum)\s+)?$", between, re.I)
            and experience.params.get("min_years") is not None
        ):
            # 'two years at the national level and one year at the international level': two periods, so three
            # years in all, and the second a minimum of its own in its scope; whether the periods may overlap is
            # for a person to judge.
            before_years = float(experience.params["min_years"])
            part = {"min_years": n, **_fields(re.sub(r"^(?:an?|the)\s+", "", scope.group("f").strip(), flags=re.I))}
            out.append(Draft(KIND, text, params=part, heading=sentence.heading))
            if experience.params.get("fields") or own_field:
                # 'five years in finance and two years in an international organisation', 'three years of
                # experience and two years in audit': each its own minimum.
                read = f"a minimum of its own, {scope.group(0).strip()}"
            else:
                experience.params["min_years"] = before_years + n
                read = f"a further period: {before_years + n:g} years in all, {n:g} of them {scope.group(0).strip()}"
            experience.review.append(
                f"'{clip(text[start : end + 60])}' read as {read}; check that the periods are meant to add up"
            )
            continue
        if experience is not None:
            # A second figure that is neither a path's nor management's: say so rather than drop it.
            experience.review.append(
                f"'{clip(text[start : end + 60])}' states another number of years, not read as a criterion"
            )
            continue
        practice = _PRACTICE.match(after)
        if practice and not re.search(r"experience", text, re.I):
            # 'three years of legal practice as a judge': years of an activity, without the word 'experience'.
            adjective = (practice.group("adj") or "").lower()
            params = {"min_years": n}
            scope = re.match(r"\s+(?:in|within)\s+(?P<f>[^,.;]+)", after[practice.end() :], re.I)
            if adjective:
                params["fields"] = [_ADJECTIVE_FIELD.get(adjective) or f"{adjective} {practice.group('noun').lower()}"]
            elif scope:
                params.update(_fields(scope.group("f")))
            experience = Draft(KIND, text, params=params, heading=sentence.heading)
            experience_start, experience_end = start, end
            managed = None  # a part after this minimum is of it
            out.append(experience)
            continue
        if re.search(r"experience", text, re.I):
            params = {"min_years": n}
            part = _EXPERIENCE_PART.search(own, end)
            if part is not None:
                # '6 years of experience, including preferably international experience in field operations': the
                # part's experience is a criterion of its own (`_part_without_years`), never the minimum's field.
                own = own[: part.start()]
            word = re.search(r"experience", own[end:], re.I)
            own, at_level = _level_said(own, end + word.end()) if word else (own, [])
            before_fields, settings = _said_before(text[end:])
            f = _FIELDS_AFTER.search(own) or _FIELDS_AFTER_YEARS.search(own)
            where = f.group("f").strip(" ,.") if f else ""
            capacity = _IN_CAPACITY.match(where)
            if capacity and re.match(r"\s*(?:[,;(]|$)", where[capacity.end() :]):
                # 'five years of professional experience in a managerial capacity': years of management.
                out.append(Draft("management", text, params={"min_years": n}, heading=sentence.heading))
                continue
            if f:
                # '… in finance and two years …': the words before the next figure end the field.
                params.update(_fields(re.sub(r"(?:,|\s)\s*(?:and|or)\s*$", "", f.group("f")), f))
            elif before_fields:
                params["fields"] = before_fields  # 'five years of procurement experience'
            elif not settings:
                # 'Procurement experience of at least five years': the field said before 'experience', the years after.
                before_fields, settings = _named_before(text[:start])
                if before_fields:
                    params["fields"] = before_fields
                elif away := _AWAY.match(after):
                    settings = [away.group("w").lower()]  # 'five years of experience abroad'
                elif named := _activity_fields(after):
                    # 'three years of experience auditing public accounts': what the work did, as a part says it.
                    params.update(fields=named, or_related=True)
            experience = Draft(KIND, text, params=params, heading=sentence.heading)
            experience_start, experience_end = start, end
            managed = None  # a part after this minimum is of it
            out.append(experience)
            # 'five years of international experience', '… experience at the regional or international level': the
            # same years in that setting too, a minimum of its own (which jobs go to a person for, see `_setting`).
            # Where the experience's own words name only a setting too ('international experience in field
            # operations'), both describe one setting: one criterion.
            if settings and params.get("fields") and _settings_only(tuple(params["fields"])):
                params["fields"] = list(dict.fromkeys([*params["fields"], *settings]))
                settings = []
            for where in ([settings] if settings else []) + ([at_level] if at_level else []):
                out.append(Draft(KIND, text, params={"min_years": n, "fields": where}, heading=sentence.heading))
    if experience is not None and not any(d is not experience and d.kind in (KIND, "management") for d in out):
        out += _part_without_years(sentence, experience_end)
    if ranged and experience is not None:
        experience.review.append(ranged)
    return out


_BEFORE_EXPERIENCE = lazy_pattern(
    r"^\s*(?:(?:full[- ])?(?:years?|yrs?|months?)\b)?['’]?\s*(?:of\s+)?(?P<w>[^,.;:()\d]{1,80}?)\s+experience\b",
    re.I,
)
_CLAUSE_WORDS = frozenset(
    ["in", "as", "within", "for", "from", "by", "to", "on", "into", "under", "after", "before"]
    # 'three years of experience and two years of experience in …': another period, not the first one's words
    + ["experience", "year", "years", "months"]
)
_MANAGING_WORDS_ALONE = frozenset(["management", "managerial", "supervisory", "leadership", "supervision"])


def _said_before(after: str) -> tuple[list[str], list[str]]:
    """The field and the settings a minimum names between its years and 'experience': 'five years of procurement
    experience' (procurement), 'of legal experience' (law), 'of international experience' (the international level:
    a setting, data/compiler.yaml `experience_settings`); qualifiers ('progressively responsible') name neither."""
    from eligibility.compiler.vocabulary import vocabulary

    m = _BEFORE_EXPERIENCE.match(after)
    if m is None:
        return [], []
    words = m.group("w").split()
    if any(w.lower() in _CLAUSE_WORDS for w in words):
        return [], []  # '… years in the field, and experience …': a clause of its own, not the experience's words
    vocab = vocabulary()
    said = [w.strip(",'’\"") for w in words]
    # 'banking or project finance experience': an 'or' between the field's words parts two fields, which the field
    # list reads apart; an 'or' between qualifiers ('relevant or comparable experience') parts nothing.
    kept = [
        w
        for i, w in enumerate(said)
        if w.lower() == "or"
        or (w and w.lower() not in vocab.experience_qualifiers and not w.lower().endswith("ly"))
        # 'five years of social work experience': 'social work' is the field, never 'social'
        or (w.lower() == "work" and i > 0 and said[i - 1].lower() in _WORK_OF_ITS_OWN)
    ]
    kept = [
        w for i, w in enumerate(kept) if w.lower() != "or" or (0 < i < len(kept) - 1 and kept[i - 1].lower() != "or")
    ]
    rest = [w for w in kept if w.lower() != "or"]
    if not rest or (len(rest) == 1 and rest[0].lower() in _MANAGING_WORDS_ALONE):
        return [], []
    settings = [vocab.experience_settings.get(w.lower()) for w in rest]
    if all(settings):
        return [], list(dict.fromkeys(s for s in settings if s))
    if len(rest) == 1 and rest[0].lower() in _ADJECTIVE_FIELD:
        return [_ADJECTIVE_FIELD[rest[0].lower()]], []
    return [_ADJECTIVE_FIELD.get(f.lower(), f) for f in field_list(" ".join(kept))[0]], []


_EXPERIENCE_BEFORE_YEARS = lazy_pattern(
    rf"(?:^|[(,;:]|\b(?:and|with|including|of\s+which))\s*(?P<w>(?:[\w-]+\s+){{0,4}}?[\w-]+)\s+experience\s*[:(]?\s*"
    rf"(?:of\s+|for\s+)?{_LEAST}\(?\s*$",
    re.I,
)


_ACTIVITY_PART = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+)?" + _MUST_BE + r"(?:(?:professional|relevant|work|practical|hands-on)\s+)*"
    r"(?:experience\s+)?(?:in\s+)?(?P<g>[a-z]+ing)(?:\s*,?\s+(?:and|or|and/or)\s+[a-z]+ing)?\s+(?:(?:the|an?)\s+)?"
    r"(?P<f>(?!(?:in|at|on|for|with|within|as|of|to|from|under|across|and|or)\b)[a-z][\w-]*(?:\s+(?:and\s+|or\s+)?"
    r"(?!(?:in|at|on|for|with|within|as|of|to|from|under|across|is|are|must|should|and|or)\b)[a-z][\w-]*){0,3})"
    r"(?=\s*(?:[,;.()]|$)|\s+(?:in|at|on|for|with|within|as|to|from|under|across|is|are|must|should|and|or)\b)",
    re.I,
)
"""A part of a minimum said as what the work did, and its object: 'of which three years designing irrigation schemes',
'including two years of experience auditing public accounts in a ministry' (designing, auditing)."""
_NOT_ACTIVITIES = frozenset(
    ["working", "serving", "being", "having", "including", "during", "following", "concerning", "regarding", "acting"]
    + ["living", "holding", "gaining", "spending", "preceding", "totalling", "totaling", "starting", "beginning"]
)
"""Gerunds that name no activity of the work: where, as what or when it was done, which jobs record otherwise."""


def _activity_fields(after: str) -> list[str]:
    """The object of what the work did, as the fields of the years before: 'three years auditing public accounts'
    (public accounts); none where the gerund says where, as what or when the work was done."""
    doing = _ACTIVITY_PART.match(after)
    if doing is None or doing.group("g").lower() in _NOT_ACTIVITIES:
        return []
    return field_list(doing.group("f"))[0]


_TOPIC_PART = lazy_pattern(
    r"^\s*['\u2019]?\s*(?:of\s+)?" + _MUST_BE + r"(?:(?:professional|relevant|work|practical|hands-on)\s+)*"
    r"(?:experience\s+)?(?:(?:working|work(?:ed)?|focus(?:ed|ing)|concentrat(?:ed|ing))\s+)?on\s+"
    # 'on a rotational basis', 'on mission', 'on the ground', 'on call': how or where the work was done, no topic
    r"(?!(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}basis\b|(?:the\s+)?(?:job|ground|call|duty|leave|missions?|assignments?|"
    r"secondment|rotation|contracts?|site|board|average|behalf|top|time|the\s+whole)\b)"
    r"(?:(?:the|an?)\s+)?(?P<f>[a-z][\w-]*(?:\s+(?:and\s+|or\s+|of\s+)?(?!(?:in|at|on|for|with|within|as|of|to|from|under|across|"
    r"is|are|must|should|and|or)\b)[a-z][\w-]*){0,3})(?=\s*(?:[,;.()]|$)|\s+(?:in|at|for|with|within|as|to|from|under|"
    r"across|is|are|must|should|and|or)\b)",
    re.I,
)
"""A part of a minimum said as what the work was on: 'of which at least one year on procurement files', 'including two
years working on asylum cases' (never 'on a part-time basis', 'on mission': how or where it was done)."""


def _topic_fields(after: str) -> list[str]:
    """What a part's work was on, as its fields: 'one year on procurement files' (procurement files)."""
    on = _TOPIC_PART.match(after)
    return field_list(on.group("f"))[0] if on else []


_AWAY = lazy_pattern(
    r"['\u2019]?\s*(?:(?:years?|months?)\b['\u2019]?\s*)?(?:(?:of\s+)?(?:[\w-]+\s+)?experience\s+)?(?:spent\s+|gained\s+|working\s+)?"
    r"(?P<w>abroad|overseas)\b",
    re.I,
)
"""A part of a minimum said to be gained away from home: 'of which 2 years abroad', 'including three years' experience
overseas'."""


def _named_before(before: str) -> tuple[list[str], list[str]]:
    """The field and the settings named before 'experience' when the years follow it: 'Procurement experience of at
    least five years' (procurement), 'international experience of at least two years' (the international level)."""
    m = _EXPERIENCE_BEFORE_YEARS.search(before)
    if m is None:
        return [], []
    words = m.group("w")
    if not before[: m.start("w")].strip(" -*\u2022(") and words[1:2].islower():
        words = words[0].lower() + words[1:]  # the sentence's capital, not a name's: 'Procurement experience of …'
    return _said_before(f" of {words} experience")


_LEVEL_WORDS = r"(?:national|international|regional|local|global|headquarters|country|field|community|senior|expert)"
_AT_LEVEL = lazy_pattern(
    rf",?\s+at\s+(?:the\s+|an?\s+)?(?:(?P<lv>{_LEVEL_WORDS}(?:\s*(?:,|or|and|and/or|/)\s*{_LEVEL_WORDS})*)[\s-]+levels?\b"
    # 'at the P-3 level or above', 'at a level equivalent to function group AD': a grade, which no job records
    rf"|(?P<grade>{_ROW_GRADE})(?:[\s-]+level)?(?:\s+or\s+(?:above|higher|equivalent))?(?![\w-])"
    r"|(?P<like>level\s+(?:equivalent|comparable|corresponding)\s+to\s+(?:(?:the|an?)\s+)?"
    r"(?:(?:function(?:\s+group)?|grade|category)\s+)?(?-i:[A-Z]{1,3})(?:\s?-?\s?\d{1,2})?)(?![\w-]))",
    re.I,
)
"""'… experience in elections at the international level', '… experience at the regional or international level',
'… at the P-3 level', '… at a level equivalent to grade AD 5': where (or at what rank) the work was done, said after
'experience'."""
_ANY_LEVEL = frozenset(["national", "local", "community", "country"])
"""Levels every career has been at, alone or beside others: 'at the national or international level' asks no
setting (a further period 'and 2 years at the international level' is read as a part of its own)."""


def _level_said(own: str, experience_at: int) -> tuple[str, list[str]]:
    """The minimum's words without the level said after 'experience' ('at the international level'), and the
    settings it asks (none where it names the national level: any level)."""
    m = _AT_LEVEL.search(own, experience_at)
    if m is None:
        return own, []
    kept = own[: m.start()] + own[m.end() :]
    if m.group("grade") or m.group("like"):
        # A grade is a rank a person judges (`_rank`): '… at the P-3 level' asks the years there too.
        return kept, [f"{m.group('grade')} level" if m.group("grade") else m.group("like")]
    levels = [w.lower() for w in re.findall(_LEVEL_WORDS, m.group("lv"), re.I)]
    if any(lv in _ANY_LEVEL for lv in levels):
        return kept, []
    return kept, [" ".join(levels[:1] + ["level"])] if len(levels) == 1 else [f"{lv} level" for lv in levels]


def reads_sections(criterion, ctx) -> tuple[str, ...]:
    """The profile sections a failure of this criterion rests on: where a CV holds some of their entries back until
    its questions are answered, a failure on the entries stated is no failure yet (engine.lift_held_back)."""
    params = criterion.params
    degrees = params.by_education or params.from_degree or ctx.after_degree
    return ("experience", "education") if degrees else ("experience",)
