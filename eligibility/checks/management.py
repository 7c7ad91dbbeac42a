"""`management`: minimum years in jobs marked `management: true`, optionally within relevant fields.

Example (Kosovo, Chief of Mission Security): 'at least 5 years in a
management role related to security'. A job counts only if the profile marks
it `management: true` (the default is false, and the explanation says so).
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.checks import years
from eligibility.checks.common import field_label, join_or
from eligibility.checks.params import FIELDS, FLAG, YEARS, Param, keys, read_params
from eligibility.checks.years import brief as years_brief
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_years

KIND = "management"
PARAMS = (
    Param("min_years", YEARS, "years of management experience asked", default=0.0),
    Param("fields", FIELDS, "only management within these fields counts", default=()),
    Param(
        "or_related",
        FLAG,
        "management in other fields is for a person to judge ('a management role related to security')",
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
    fields: tuple[str, ...] = ()
    """When given, only management in these fields counts."""
    or_related: bool = False
    """Management in other stated fields goes to a person: the notice asks for management 'related to' its fields."""


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


_known: dict[tuple[int, int], tuple[Params, object, tuple[bool, str]]] = {}


def _related(params: Params, ruleset) -> tuple[bool, str]:
    """`_related_in`, worked out once per criterion and rule set (it reads only them)."""
    key = (id(params), id(ruleset))
    found = _known.get(key)
    if found is None or found[0] is not params or found[1] is not ruleset:
        if len(_known) >= 256:
            _known.clear()
        found = _known[key] = (params, ruleset, _related_in(params, ruleset))
    return found[2]


def _related_in(params: Params, ruleset) -> tuple[bool, str]:
    """Whether management in other fields goes to a person, and what the person judges: as the experience criterion
    this minimum is part of ('8 years in police or other relevant fields, including 3 years in management') treats
    the same jobs, so that a job a person must judge for experience is one a person must judge for management. That
    criterion is the experience criterion naming the same fields (else the first naming any of them, one with a
    minimum first); management within fields that are settings ('at the international level') goes to a person
    as experience there does."""
    from eligibility.checks import experience

    if not params.fields:
        return False, ""
    own = experience.Params(fields=params.fields, or_related=params.or_related)
    if experience.related_to_judge(own):
        return True, experience.to_judge(own)
    asked = {f.lower() for f in params.fields}
    found = [
        c
        for c in (ruleset.criteria if ruleset is not None else ())
        if c.kind == experience.KIND and asked & {f.lower() for f in c.params.fields}
    ]
    found.sort(key=lambda c: ({f.lower() for f in c.params.fields} != asked, not c.params.min_years))
    if found and experience.related_to_judge(found[0].params):
        return True, experience.to_judge(found[0].params)
    return False, ""


def plan(criterion):
    """The status and margin alone, for a candidate; None (the full check decides) where jobs leave
    management open and the minimum is not met."""
    params: Params = criterion.params
    fields, need = params.fields, params.min_years * 12

    def judge(ctx):
        relevant = ctx.experience(fields, management=True)
        if relevant is None:
            return Status.UNKNOWN, None
        others_judged = _related(params, ctx.ruleset)[0]
        status, margin, _ = years.judge(
            relevant, need, others_judged=others_judged, start_unknown=ctx.degree_date_unknown
        )
        if status in (Status.FAIL, Status.UNKNOWN) and any(j.management is None for j in _started(ctx)):
            return None
        return status, margin, years.brief_facts(relevant, need)

    return judge


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    what = f"management experience in {field_label(params.fields)}" if params.fields else "management experience"
    relevant = ctx.experience(params.fields, management=True)
    if relevant is None:
        return years.no_jobs(
            ctx,
            years.required(params.min_years, what),
            "list your jobs, and say in which ones you managed people or a unit",
        )
    others_judged, to_judge = _related(params, ctx.ruleset)
    outcome = years.compare(
        relevant,
        required_years=params.min_years,
        what=what,
        as_of=ctx.as_of,
        others_judged=others_judged,
        start_unknown=ctx.degree_date_unknown,
        to_judge=to_judge or "whether this work is related",
    )
    undecided = [j for j in _started(ctx) if j.management is None]
    if outcome.status in (Status.FAIL, Status.UNKNOWN) and undecided:
        widened = _undecided_outcome(params, ctx, what, undecided)
        if widened is not None:
            return widened
    if outcome.status is Status.FAIL:
        note = ""
        elsewhere = [j.label for j in relevant.related]
        if elsewhere and params.fields:
            note += f" Management in other fields is not counted ({_some(elsewhere)})."
        unmarked = [j.label for j in _started(ctx) if not j.management]
        if unmarked:
            note += f" Jobs not stated as managing people or a unit are not counted ({_some(unmarked)})."
        if note:
            return Outcome(outcome.status, lambda: outcome.reason + note, outcome.margin, outcome.advice, outcome.facts)
    return outcome


def _started(ctx) -> list:
    """The jobs started by the assessment date and, where only experience after the degree counts, ending after
    it: any other counts nothing, whatever its management, so the explanation does not name it as a job that might
    have counted (the experience count names a job starting later apart)."""
    since = ctx.degree_date()
    return [
        j
        for j in ctx.profile.experience
        if j.start.first_day <= ctx.as_of and (since is None or j.end is None or j.end.end_exclusive > since)
    ]


def _some(labels: list[str]) -> str:
    return ", ".join(labels[:3]) + (" …" if len(labels) > 3 else "")


def _undecided_outcome(params: Params, ctx, what: str, undecided) -> Outcome | None:
    """Unknown when jobs whose management the profile leaves open (`management: unknown`) would make up the minimum."""
    from dataclasses import replace

    from eligibility.experience import count_experience

    jobs = [replace(j, management=True) if j.management is None else j for j in ctx.profile.experience]
    widened = count_experience(jobs, ctx.as_of, params.fields, management=True, not_before=ctx.degree_date())
    need = params.min_years * 12
    if widened.with_unstated + 1e-6 < need or widened.with_unstated <= 0:
        return None
    labels = ", ".join(j.label for j in undecided[:3]) + (" …" if len(undecided) > 3 else "")
    return Outcome(
        Status.UNKNOWN,
        lambda: (
            f"{years.required(params.min_years, what).capitalize()}; the profile does not say whether these jobs "
            f"were management ({labels}), and counting them would make up the minimum."
        ),
        advice=(f"say for each of these jobs whether you managed people or a unit: {labels}",),
        facts={"required_months": round(need, 2), "undecided": [j.label for j in undecided]},
    )


def asked_about(params: Params) -> dict[str, tuple[str, ...]]:
    """What the guided self-check mentions when it asks for jobs: the fields this posting counts."""
    return {"fields": params.fields}


def describe(params: Params) -> str:
    where = f" in {join_or(list(params.fields))}" if params.fields else ""
    if params.fields and params.or_related:
        where += " or a related field"
    return (
        f"at least {describe_years(params.min_years)} at management level{where}"
        if params.min_years
        else f"demonstrated management experience{where}"
    )


ASKS: tuple[str, ...] = ("experience", "management")
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


brief = years_brief
"""In screening rows: counted/required years, as 'experience 7y10m/8y'."""


# --- how the compiler writes it ------------------------------------------------------------------------

emit = years.emit
absorb = years.absorb


def default_id(params: dict, mandatory: bool) -> str:
    return "management-years" if params.get("min_years") else "management-experience"


def merge_key(draft) -> tuple:
    return years.merge_key(KIND, draft)


repeats = years.repeats


def reads_sections(criterion, ctx) -> tuple[str, ...]:
    """The profile sections a failure of this criterion rests on: where a CV holds some of their entries back until
    its questions are answered, a failure on the entries stated is no failure yet (engine.lift_held_back)."""
    return ("experience", "education") if ctx.after_degree else ("experience",)
