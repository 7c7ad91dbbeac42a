"""Count a candidate's relevant experience up to the assessment date.

Choices the OSCE leaves open, made here and documented in README:
overlapping jobs count once (at any moment the credit is the sum of the
part-time shares, capped at full time); part-time counts pro rata; ongoing
jobs count up to and including the assessment date; jobs after it count
nothing; experience before the degree counts (as the UN does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Iterable

from eligibility.periods import Span, credited_months
from eligibility.profile import Job
from eligibility.relevance import first_match


@dataclass(frozen=True)
class Tally:
    """Months of experience, split by how sure we are that it is relevant."""

    months: float
    """Jobs that match the fields (all jobs when the criterion names none)."""
    with_unstated: float
    """Adding jobs whose fields the profile does not state."""
    with_related: float
    """Adding every other job (for postings that accept related fields)."""
    counted: tuple[tuple[Job, str], ...]
    """The matched jobs, each with the phrase that made it relevant."""
    unstated: tuple[Job, ...]
    related: tuple[Job, ...]
    ongoing_share: float
    """Share of time still accruing at the assessment date from matched ongoing jobs (for dates in advice)."""


def span(job: Job, as_of: date) -> Span:
    cap = as_of + timedelta(days=1)
    end = job.end.end_exclusive if job.end else cap
    return Span(job.start.first_day, min(end, cap), job.fraction)


def tally(jobs: Iterable[Job], as_of: date, fields: tuple[str, ...], *, management: bool = False) -> Tally:
    counted: list[tuple[Job, str]] = []
    unstated: list[Job] = []
    related: list[Job] = []
    for job in jobs:
        if management and not job.management:
            continue
        if not fields:
            counted.append((job, "any professional experience"))
            continue
        phrases = list(job.fields or ()) + ([job.title] if job.title else [])
        hit = first_match(phrases, fields)
        if hit:
            counted.append((job, hit[1]))
        elif job.fields is None:
            unstated.append(job)
        else:
            related.append(job)
    matched = [span(j, as_of) for j, _ in counted]
    with_unstated = matched + [span(j, as_of) for j in unstated]
    ongoing = sum(j.fraction for j, _ in counted if j.end is None or j.end.end_exclusive > as_of + timedelta(days=1))
    return Tally(
        months=credited_months(matched),
        with_unstated=credited_months(with_unstated),
        with_related=credited_months(with_unstated + [span(j, as_of) for j in related]),
        counted=tuple(counted),
        unstated=tuple(unstated),
        related=tuple(related),
        ongoing_share=min(1.0, ongoing),
    )
