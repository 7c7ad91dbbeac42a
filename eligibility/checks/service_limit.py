"""`service-limit`: a maximum period already served in this post, this mission, or the organisation.

Counts the profile's `osce_service` up to the assessment date, overlaps once;
local (national) posts do not count. A candidate who has already served the
maximum is not eligible. No `osce_service` means no earlier service.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from eligibility.checks.params import YEARS, Param, choice, keys, plain_number, read_params
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import Span, credited_months, describe_months, describe_years
from eligibility.relevance import phrase_matches

KIND = "service-limit"
SCOPES = ("post", "mission", "organisation")
PARAMS = (
    Param("max_years", YEARS, "the most years of earlier service allowed", required=True, default=0.0),
    Param(
        "scope",
        choice(*SCOPES),
        "where earlier service counts: this post, the same mission or the organisation",
        default="mission",
    ),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = False
"""Met or not, nothing in between: no margin in the score."""
FINAL = True
"""Its failure is the answer: no qualification can change it, so screening rows list it first."""


@dataclass(frozen=True)
class Params:
    max_years: float
    scope: str


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def _in_scope(service, params: Params, posting) -> bool:
    if service.local:
        return False
    if params.scope == "organisation":
        return True
    if params.scope == "post":
        return bool(service.post) and service.post.strip().lower() in {posting.id.lower(), posting.title.lower()}
    if service.country and posting.country:
        return service.country == posting.country
    names = [n for n in (posting.issued_by, posting.duty_station) if n]
    return bool(service.mission) and any(phrase_matches(service.mission, n) for n in names)


def _where(params: Params, posting) -> str:
    return {
        "post": "this post",
        "mission": f"the same mission ({posting.issued_by or posting.duty_station or posting.country})",
        "organisation": "the OSCE (international posts)",
    }[params.scope]


def plan(criterion):
    """The status alone: the months served in scope against the maximum (`check` writes the outcome when it is
    shown)."""
    params: Params = criterion.params

    def judge(ctx):
        if ctx.profile.osce_service is None:
            return Status.PASS, None, {}
        return (Status.FAIL if _served(params, ctx) + 1e-6 >= params.max_years * 12 else Status.PASS), None, {}

    return judge


def _served(params: Params, ctx) -> float:
    """Months of earlier service in scope, up to the assessment date, overlaps once."""
    posting = ctx.ruleset.posting
    cap = ctx.as_of + timedelta(days=1)
    spans = [
        Span(s.start.first_day, min(s.end.end_exclusive if s.end else cap, cap))
        for s in ctx.profile.osce_service
        if _in_scope(s, params, posting)
    ]
    return credited_months(spans)


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    posting = ctx.ruleset.posting
    where = _where(params, posting)
    if ctx.profile.osce_service is None:
        return Outcome(
            Status.PASS,
            f"No earlier OSCE service stated, so none in {where}; the maximum is {describe_years(params.max_years)}.",
            facts={"months": 0},
        )
    months = _served(params, ctx)
    facts = {"months": round(months, 2), "max_months": params.max_years * 12}
    served = describe_months(months)
    if months + 1e-6 >= params.max_years * 12:
        return Outcome(
            Status.FAIL,
            f"Has served {served} in {where}; the maximum is {describe_years(params.max_years)}.",
            facts=facts,
            advice=(f"none that qualifications can close: the maximum period of service in {where} is reached",),
        )
    left = describe_months(params.max_years * 12 - months)
    return Outcome(
        Status.PASS,
        f"Has served {served} in {where}; the maximum is {describe_years(params.max_years)} ({left} left).",
        facts=facts,
    )


def describe(params: Params) -> str:
    return (
        f"at most {describe_years(params.max_years)} already served in "
        + {"post": "this post", "mission": "the same mission", "organisation": "the OSCE"}[params.scope]
    )


ASKS: tuple[str, ...] = ("osce_service",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {"max_years": plain_number(params["max_years"]), "scope": params["scope"]}


def merge_key(draft) -> tuple:
    return (KIND,)


READS = "condition"
"""Read wherever it stands: a sentence that states a service limit states nothing else."""
READS_AFTER = ("nationality",)
"""A sentence that says whose nationals may apply is the nationality kind's, whatever else it names."""


@cache
def _service_phrase() -> re.Pattern[str]:
    from eligibility.phrases import NUMBER

    return re.compile(
        rf"maximum\s+(?:period|duration|length)\s+of\s+(?:service|assignment)\b(?P<scope>[^.]*?)\b(?:is|of|will\s+be)\s+"
        rf"(?P<n>{NUMBER})\s+years?",
        re.I,
    )


def extract(sentence, reading) -> list:
    """'The maximum period of service in this post or in the same Mission is seven years.'"""
    from eligibility.compiler.draft import Draft
    from eligibility.phrases import number

    text = sentence.text
    m = _service_phrase().search(text)
    if not m:
        return []
    scope = (
        "mission"
        if re.search(r"same\s+(?:mission|field\s+operation)|in\s+the\s+mission", m.group("scope"), re.I)
        else "post"
    )
    return [Draft(KIND, text, True, {"max_years": number(m.group("n")), "scope": scope}, id="maximum-service")]
