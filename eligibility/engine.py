"""Assess a profile against a rule set: run every check, decide the verdict, compute the score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from eligibility.context import Context
from eligibility.made import made
from eligibility.outcome import Finding, Outcome, Result, Status, Verdict
from eligibility.profile import Profile, held_back
from eligibility.rules import Criterion, RuleSet
from eligibility.scoring import score


def assessment_date(ruleset: RuleSet, as_of: date | None, today: date | None = None) -> tuple[date, str]:
    """--as-of if given, else the posting's closing date, else today."""
    if as_of is not None:
        return as_of, "--as-of"
    if ruleset.posting.closes is not None:
        return ruleset.posting.closes, "closing date"
    return today or date.today(), "today"


def verdict(findings: list[Finding]) -> Verdict:
    decisive = [f.status for f in findings if f.decisive]
    if Status.FAIL in decisive:
        return Verdict.NOT_ELIGIBLE
    if Status.UNKNOWN in decisive or Status.REVIEW in decisive:
        return Verdict.NEEDS_REVIEW
    return Verdict.ELIGIBLE


def _capped(found: Verdict, ruleset: RuleSet) -> Verdict:
    """A rule set with open review items never says a silent `eligible`."""
    return Verdict.NEEDS_REVIEW if found is Verdict.ELIGIBLE and ruleset.review else found


Check = Callable[[Criterion, Context], Outcome]
Judge = Callable[[Context], "tuple[Any, ...] | None"]
"""(status, margin) or (status, margin, the facts the kind's brief reads); None: the full check decides."""
Step = tuple[int, Criterion, Check, Judge | None]


@dataclass(frozen=True)
class Plan:
    """A rule set's assessment worked out once: the findings that are the same for every candidate in place
    (None elsewhere), and for each other criterion its position, check and quick judgement (`plan(criterion)`,
    for kinds that have one)."""

    constant: list[Finding | None]
    steps: list[Step]


_plans: dict[int, tuple[RuleSet, Plan]] = {}


def _plan(ruleset: RuleSet) -> Plan:
    cached = _plans.get(id(ruleset))
    if cached is None or cached[0] is not ruleset:
        # A competency's finding is the same for every candidate: built once per rule set.
        constant = [ruleset.constant_findings.get(i) for i in range(len(ruleset.criteria))]
        steps: list[Step] = []
        for i, c in enumerate(ruleset.criteria):
            if constant[i] is None:
                planner = getattr(c.module, "plan", None)
                steps.append((i, c, c.module.check, planner(c) if planner is not None else None))
        if len(_plans) >= 64:
            _plans.clear()
        cached = _plans[id(ruleset)] = (ruleset, Plan(constant, steps))
    return cached[1]


def lift_held_back(finding: Finding, ctx: Context) -> Finding:
    """A failure resting on a section a CV holds back in part (entries whose level, dates or completion it leaves
    open until its questions are answered) is unknown: the entries held back may meet it. What passes on the
    entries stated stands. Then a finding that dates given as a year alone decide (`lift_open_months`)."""
    return lift_open_months(_lift_held(finding, ctx), ctx)


def lift_open_months(finding: Finding, ctx: Context) -> Finding:
    """Where the profile gives dates as a year alone, each is read at the month that counts least; a criterion
    that fails on that reading and not on the one most in the candidate's favour (a job from January to
    December, a degree completed in January), or the other way round (a maximum), is unknown until the months
    are given. One that fails (or passes) on both stands."""
    favourable = ctx.profile.favourable
    if favourable is None or finding.status not in (Status.FAIL, Status.PASS):
        return finding
    other_ctx = Context(
        profile=favourable,
        ruleset=ctx.ruleset,
        as_of=ctx.as_of,
        after_degree=ctx.after_degree,
        organisation=ctx.organisation,
    )
    other = finding.criterion.module.check(finding.criterion, other_ctx)
    if (other.status is Status.FAIL) == (finding.status is Status.FAIL):
        return finding
    reads = getattr(finding.criterion.module, "reads_sections", None)
    sections = reads(finding.criterion, ctx) if reads is not None else ()
    named = [what for section, what in ctx.profile.open_months if section in sections]
    found, months = finding.outcome, " and ".join(named or [what for _, what in ctx.profile.open_months])
    if finding.status is Status.PASS:
        other_reading = "it is not met"
    else:
        other_reading = {Status.PASS: "it is met", Status.REVIEW: "it needs review"}.get(other.status, "it is open")
    return Finding(
        finding.criterion,
        replace(
            found,
            status=Status.UNKNOWN,
            explanation=(
                f"{found.reason.rstrip('.')}, reading each year the profile gives alone at its month that counts "
                f"least; at the months that count most {other_reading}. Open: the months of {months}."
            ),
            # A failure no qualification can close (a maximum reached) is no failure yet: its advice is not given.
            advice=(f"give the months of {months}",)
            + (() if getattr(finding.criterion.module, "FINAL", False) else found.advised),
        ),
    )


def _lift_held(finding: Finding, ctx: Context) -> Finding:
    if finding.status is not Status.FAIL:
        return finding
    reads = getattr(finding.criterion.module, "reads_sections", None)
    sections = reads(finding.criterion, ctx) if reads is not None else ()
    held = [what for section in sections if (what := held_back(ctx.profile, section))]
    if not held:
        return finding
    found, also = finding.outcome, " and ".join(held)
    return Finding(
        finding.criterion,
        replace(
            found,
            status=Status.UNKNOWN,
            explanation=f"{found.reason.rstrip('.')}; the CV also lists entries it leaves open ({also}), which may meet it.",
            advice=(f"give {also}",) + found.advised,
        ),
    )


def _findings(plan: Plan, ctx: Context, quick: bool = True) -> tuple[list[Finding], list[Finding]]:
    """(every criterion's finding, the findings that depend on the candidate): judged quickly where the kind can
    (its outcome written when first asked for), else checked in full; `quick=False` checks every criterion in
    full at once (for outputs that show them all). Only the second list can decide the verdict or count in
    the score: the constant findings are of kinds that never decide."""
    findings = plan.constant.copy()
    judged_as = Finding.judged
    own: list[Finding] = []
    held = bool(ctx.profile.held_back) or ctx.profile.favourable is not None
    for i, c, check, judge in plan.steps:
        judged = judge(ctx) if judge is not None and quick else None
        found = findings[i] = Finding(c, check(c, ctx)) if judged is None else judged_as(c, judged, check, ctx)
        if held:
            found = findings[i] = lift_held_back(found, ctx)
        own.append(found)
    return findings, own  # type: ignore[return-value]  # every place is filled


def assess(
    ruleset: RuleSet,
    profile: Profile,
    *,
    as_of: date | None = None,
    today: date | None = None,
    after_degree: bool = False,
    explained: bool = False,
) -> Result:
    """`after_degree`: count only experience gained after the qualifying degree (off: all experience counts).
    `explained`: every outcome is written at once, for outputs that show every explanation (else each is
    written when first asked for); the result is the same."""
    when, basis = assessment_date(ruleset, as_of, today)
    ctx = Context(profile=profile, ruleset=ruleset, as_of=when, after_degree=after_degree)
    findings, own = _findings(_plan(ruleset), ctx, quick=not explained)
    decided = _capped(verdict(own), ruleset)
    result: Result = made(
        Result,
        {
            "ruleset": ruleset,
            "profile": profile,
            "as_of": when,
            "as_of_basis": basis,
            "verdict": decided,
            "score": score(own, decided),
            "findings": tuple(findings),
            "decisive": tuple([f for f in own if f.decisive]),  # only the candidate's own findings can decide
        },
    )
    return result
