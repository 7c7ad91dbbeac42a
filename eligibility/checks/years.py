"""Compare counted months of experience with a minimum; shared by experience and management."""

from __future__ import annotations

from datetime import date, timedelta

from eligibility.checks.params import merged_list, plain_number
from eligibility.experience import NO_DEGREE, RelevantExperience
from eligibility.outcome import Outcome, Status
from eligibility.periods import describe_days, describe_months, describe_years, human_date
from eligibility.profile import YearAlone, held_back

_EPS = 1e-6


def compare(
    relevant: RelevantExperience,
    *,
    required_years: float,
    what: str,
    as_of: date,
    others_judged: bool = False,
    path_note: str = "",
    alternatives: tuple[str, ...] = (),
    start_unknown: bool = False,
    to_judge: str = "whether this work is related",
    judged: tuple[Status, float | None, str] | None = None,
) -> Outcome:
    """Pass, fail, unknown or review for `what` ('police experience'), with the numbers and the gap; `to_judge`:
    what a person must judge of the jobs in other fields, with `others_judged` (they go to a person: 'or a related
    field'); `judged`: what `judge` gave for the same figures, where the caller asked it already."""
    need = required_years * 12
    have = relevant.months
    status, margin, rule = (
        judged
        if judged is not None
        else judge(relevant, need, others_judged=others_judged, start_unknown=start_unknown)
    )

    facts = {
        "months": round(have, 2),
        "required_months": round(need, 2),
        "counted": [job.label for job, _ in relevant.counted],
    }

    def said() -> str:
        required = (
            f"{describe_years(required_years)} required{path_note}"
            if required_years
            else "the posting asks for demonstrated experience, without a minimum"
        )
        since = f" (counted from {human_date(relevant.not_before)}, after the degree)" if relevant.not_before else ""
        # Under a month, the days: '0 months' of a criterion met would read as none.
        amount = describe_days(relevant.days) if 0 < have < 1 - _EPS else describe_months(have)
        return f"{amount} of {what}{since} as of {human_date(as_of)}; {required}.{_empty_ends(relevant, as_of)}"

    if relevant.not_before == NO_DEGREE:
        # Only experience after the degree counts, and the profile holds no qualifying degree by the assessment date.
        return Outcome(
            Status.FAIL,
            lambda: (
                f"No qualifying degree held by {human_date(as_of)}: with experience counted from the degree, none "
                f"counts; {required(required_years, what)}{path_note}."
            ),
            facts=facts,
            advice=(f"a qualifying degree, and {required(required_years, what).removesuffix(' required')} after it",),
        )
    if rule == "start":
        # Only experience after the degree counts, and no qualifying degree says when it was completed.
        return Outcome(
            Status.UNKNOWN,
            lambda: (
                f"{said()} Only experience after the degree counts, and the profile does not say when "
                + ("one of its qualifying degrees was" if relevant.not_before else "the degree was")
                + " completed."
            ),
            facts=facts,
            advice=("give the month you completed your degree",),
        )

    if status is Status.PASS:
        return Outcome(Status.PASS, said, margin=margin, facts=facts)
    if rule == "related":
        jobs = ", ".join(j.label for j in relevant.judged[:3])
        return Outcome(
            Status.REVIEW,
            lambda: (
                f"{said()} A person must judge {to_judge}: {jobs}; counting it gives {describe_months(relevant.with_judged)}."
            ),
            facts=facts,
        )
    if rule == "unstated":
        jobs = ", ".join(j.label for j in relevant.unstated[:3])
        broad = sum(1 for j in relevant.unstated if j.fields)
        whose = (
            "whose fields are not stated"
            if not broad
            else "whose fields are stated more broadly than the posting's"
            if broad == len(relevant.unstated)
            else "whose fields are not stated, or stated more broadly than the posting's"
        )
        return Outcome(
            Status.UNKNOWN,
            lambda: f"{said()} Jobs {whose} ({jobs}) would make up the difference.",
            facts=facts,
            advice=(f"state the fields of: {jobs}" + (", as precisely as the posting names them" if broad else ""),),
        )
    gap = max(need - have, 1 / 31) if need else 1.0
    if not need:
        advice = f"some {what}"
    elif gap < 1 - _EPS:
        advice = f"less than a month more {what}"  # days short: 'a month more' would say too much
    else:
        advice = f"{describe_months(gap + 0.999)} more {what}"
    running = relevant.running() if need else []
    later = relevant.later() if need else []
    if running or later:
        # Counted on from `as_of`: jobs under way then, each until its stated end, and jobs stated to start later
        # (which count nothing as of `as_of`), from their start.
        reached = relevant.reached(gap)
        if later:
            facts["later_jobs"] = [j.label for j in later]
            advice += f"; {_starting_later(later, as_of)}"
        if reached is not None:
            facts["reached_on"] = reached.isoformat()
            how = "with your jobs as stated" if later else "if your current job continues"
            advice += f"; {how} you reach it on {human_date(reached)}"
        elif all(j.end is not None for j in running + later):
            last = max(j.end.end_exclusive for j in running + later if j.end is not None) - timedelta(days=1)
            jobs = "jobs end by" if later or len(running) > 1 else "job ends on"
            advice += f"; your {'' if later else 'current '}{jobs} {human_date(last)} as stated, before you reach it"
    return Outcome(Status.FAIL, said, facts=facts, advice=(advice,) + alternatives)


def _empty_ends(relevant: RelevantExperience, as_of: date) -> str:
    """' No end is given for Officer at OSCE (`end` left empty): counted as ongoing up to 31 Jul 2025.': an end
    left empty reads as ongoing, as a forgotten date would; the explanation says how it was read."""
    jobs = [job.label for job, _ in relevant.counted if job.end_empty]
    if not jobs:
        return ""
    return f" No end is given for {', '.join(jobs)} (`end` left empty): counted as ongoing up to {human_date(as_of)}."


def _starting_later(jobs: list, as_of: date) -> str:
    """'Adviser at OSCE (from 2026-03) starts after 1 Jun 2025 and is not counted as of then'."""
    named = " and ".join(
        f"{j.label} (from {j.start.year if isinstance(j.start, YearAlone) else j.start})" for j in jobs
    )
    verb = "starts" if len(jobs) == 1 else "start"
    return f"{named} {verb} after {human_date(as_of)} and {'is' if len(jobs) == 1 else 'are'} not counted as of then"


def no_jobs(ctx, required: str | None, advice: str) -> Outcome:
    """Unknown, where the profile states no experience: what the CV it was read from leaves open is named ('The
    CV lists jobs but not the start of Lawyer'), else that it states none. `required`: what the criterion asks,
    as `required` words it."""
    asks = f"; {required}" if required else ""
    open_in_cv = held_back(ctx.profile, "experience")
    if open_in_cv:
        return Outcome(Status.UNKNOWN, f"The CV lists jobs but not {open_in_cv}{asks}.", advice=(f"give {open_in_cv}",))
    return Outcome(Status.UNKNOWN, f"The profile does not state its experience{asks}.", advice=(advice,))


def required(required_years: float, what: str) -> str:
    """'3 years of management experience required', or for a criterion with no number 'demonstrated management
    experience required (no minimum stated)': never '0 years'."""
    if required_years:
        return f"{describe_years(required_years)} of {what} required"
    return f"demonstrated {what} required (no minimum stated)"


def judge(
    relevant: RelevantExperience, need: float, *, others_judged: bool = False, start_unknown: bool = False
) -> tuple[Status, float | None, str]:
    """(status, margin, the rule that decided) for counted months against `need` months; `compare` words it.

    The rules, in rank order, each only ever turning true as jobs are added, so that more experience
    never lowers a status: 'start' (only experience after an undated degree counts: unknown), 'pass',
    'related' (jobs in other stated fields, or stated more broadly, would make it up: review), 'unstated' (jobs whose fields are not
    stated would, with those in other fields where they count: unknown, and the applicant is asked for their
    fields), 'short' (fail).
    """
    have = relevant.months
    # Counted from a dated degree, what counts is the least: what it passes, or sends to a person, stands whatever an
    # undated degree beside it may add.
    dated_stands = relevant.not_before is not None and (
        _enough(have, need) or (others_judged and relevant.any_judged and _enough(relevant.with_judged, need))
    )
    if start_unknown and not dated_stands:
        # Counted from a dated degree, the least that counts; an undated one may have come earlier: the most.
        most = relevant.at_most or relevant
        if _enough(most.with_related if others_judged else most.with_unstated, need):
            return Status.UNKNOWN, None, "start"
    if _enough(have, need):
        margin = min(1.0, (have - need) / need) if need else 1.0
        return Status.PASS, max(0.0, margin), "pass"
    if others_judged and relevant.any_judged and _enough(relevant.with_judged, need):
        return Status.REVIEW, None, "related"
    if relevant.unstated and _enough(relevant.with_related if others_judged else relevant.with_unstated, need):
        return Status.UNKNOWN, None, "unstated"
    return Status.FAIL, None, "short"


def _enough(months: float, need: float) -> bool:
    return months + _EPS >= need and (need > 0 or months > 0)


def brief_facts(relevant: RelevantExperience, need: float) -> dict:
    """The facts `brief` reads, as `compare` states them, for counted months against `need` months."""
    return {"months": round(relevant.months, 2), "required_months": round(need, 2)}


def _years(months: float) -> str:
    whole = int(months + 1e-6)
    years, rest = divmod(whole, 12)
    return f"{years}y{rest}m" if rest else f"{years}y"


def brief(facts: dict) -> str:
    """Counted and required years, as '7y10m/8y', where the check counted against a minimum."""
    if not facts.get("required_months"):
        return ""
    return f"{_years(facts['months'])}/{_years(facts['required_months'])}"


# --- how the compiler writes experience and management criteria (shared by both kinds) ---------------


def emit(params: dict) -> dict:
    """A compiled draft's parameters as the rule set writes them."""
    out: dict = {}
    if params.get("min_years"):
        out["min_years"] = plain_number(params["min_years"])
    if params.get("by_education"):
        out["by_education"] = {k: plain_number(v) for k, v in params["by_education"].items()}
    if params.get("route_fields"):
        out["route_fields"] = {k: list(v) for k, v in params["route_fields"].items()}
    if params.get("fields"):
        out["fields"] = params["fields"]
    if params.get("or_related"):
        out["or_related"] = True
    return out


def merge_key(kind: str, draft) -> tuple:
    """Statements of one minimum in the same fields (or, without a minimum, of one field) say the same thing and
    merge; 'eight years in public administration' and 'eight years in public finance' are two minimums, each of
    its own fields (one in either field would be looser than the notice)."""
    minimum = draft.params.get("min_years", 0)
    fields = tuple(sorted(f.lower() for f in draft.params.get("fields", ())))
    return (kind, minimum, draft.mandatory, fields) if minimum else (kind, fields, draft.mandatory)


def repeats(draft, other) -> bool:
    """Whether `draft` restates `other`'s minimum without its fields ('eight years of professional experience' beside
    'eight years of experience in public finance'): it says nothing more, and merges into it."""
    minimum = draft.params.get("min_years", 0)
    return bool(
        minimum
        and not draft.params.get("fields")
        and other.params.get("fields")
        and other.params.get("min_years", 0) == minimum
        and other.mandatory == draft.mandatory
    )


def absorb(params: dict, other: dict) -> None:
    if other.get("fields"):
        params["fields"] = merged_list(params.get("fields"), other["fields"])
    if other.get("or_related"):
        params["or_related"] = True
    if other.get("by_education"):
        params.setdefault("by_education", {}).update(other["by_education"])
    if other.get("route_fields"):
        params.setdefault("route_fields", {}).update(other["route_fields"])
