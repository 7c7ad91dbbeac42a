"""`experience`: minimum years of relevant professional experience, by education path where stated.

Example (KOS000396): 'Minimum 8 years of … experience in police or other
relevant law enforcement/security fields'. Where the education criterion has
an in-lieu path ('a first-level degree with two additional years'), its extra
years come on top of `min_years`; where the posting states each path's
minimum ('two years, four with a first-level degree'), `by_education` holds
them and wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from eligibility.checks import years as years_module
from eligibility.checks.common import field_label, join_or
from eligibility.checks.params import FIELDS, FLAG, YEARS, YEARS_BY_DEGREE, Param, keys, read_params
from eligibility.checks.years import brief as years_brief
from eligibility.degrees import LEVEL_NAMES, accepts
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_years

KIND = "experience"
PARAMS = (
    Param("min_years", YEARS, "years of relevant experience asked; 0 = demonstrated, without a number", default=0.0),
    Param("fields", FIELDS, "relevant fields; none = all professional experience counts", default=()),
    Param("or_related", FLAG, "'or a related field': experience in other fields goes to review", default=False),
    Param("by_education", YEARS_BY_DEGREE, "an education path's own minimum ({bachelor: 4})", default={}),
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


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def _held(ctx, level: str) -> bool:
    return any(
        accepts(d.level, level)
        for d in (ctx.profile.education or ())
        if d.completed is None or d.completed.first_day <= ctx.as_of
    )


def _lower(params: Params) -> list[tuple[float, str]]:
    """The education paths whose own minimum is lower than `min_years`, lowest first."""
    return sorted((years, level) for level, years in params.by_education.items() if years < params.min_years)


def _minimum(params: Params, lower: list[tuple[float, str]], ctx) -> tuple[float, str | None]:
    """The minimum in years, lowered where the posting says a higher degree needs fewer years ('six
    years, four with a second-level degree'), with the degree level that lowered it. Paths that need
    more years (a first-level degree in lieu of a second) are the degree criterion's to check: holding
    a degree can then only lower what this criterion asks."""
    for years, level in lower:
        if _held(ctx, level):
            return years, level
    return params.min_years, None


def plan(criterion):
    """The status and margin alone, for a candidate (`check` writes the outcome when it is shown)."""
    params: Params = criterion.params
    fields, or_related, lower = params.fields, params.or_related, _lower(params)

    def judge(ctx):
        relevant = ctx.experience(fields)
        if relevant is None:
            return Status.UNKNOWN, None
        need = _minimum(params, lower, ctx)[0] if lower else params.min_years
        status, margin, _ = years_module.judge(
            relevant, need * 12, or_related=or_related, start_unknown=ctx.degree_date_unknown
        )
        return status, margin, years_module.brief_facts(relevant, need * 12)

    return judge


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    relevant = ctx.experience(params.fields)
    what = f"{field_label(params.fields)} experience" if params.fields else "professional experience"
    if relevant is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not state its experience; {describe_years(params.min_years)} of {what} required.",
            advice=("list your jobs, with their dates and fields",),
        )
    lower = _lower(params)
    need, level = _minimum(params, lower, ctx)
    note = f" with a {LEVEL_NAMES[level]}" if level else ""
    alternatives: tuple[str, ...] = ()
    if relevant.months + 1e-6 < need * 12:
        alternatives = tuple(
            f"or a {LEVEL_NAMES[level]}, which lowers the minimum to {describe_years(years)}"
            for years, level in lower
            if years < need
        )
    return years_module.compare(
        relevant,
        required_years=need,
        what=what,
        as_of=ctx.as_of,
        or_related=params.or_related,
        path_note=note,
        alternatives=alternatives,
        start_unknown=ctx.degree_date_unknown,
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
    return text


ASKS: tuple[str, ...] = ("experience",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


brief = years_brief
"""In screening rows: counted/required years, as 'experience 7y10m/8y'."""


# --- how the compiler writes it ------------------------------------------------------------------------

emit = years_module.emit
absorb = years_module.absorb


def default_id(params: dict, mandatory: bool) -> str:
    if params.get("min_years"):
        return "experience"
    return "experience-" + re.sub(r"[^a-z0-9]+", "-", (params.get("fields") or ["field"])[0].lower()).strip("-")


def merge_key(draft) -> tuple:
    return years_module.merge_key(KIND, draft)


def primary(criteria) -> Any:
    """The mandatory experience criterion with a minimum: the one education paths adjust (None without one)."""
    return next((c for c in criteria if c.kind == KIND and c.mandatory and c.params.min_years > 0), None)
