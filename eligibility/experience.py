"""Count a candidate's relevant experience up to the assessment date.

Choices the OSCE leaves open, made here and documented in README:
overlapping jobs count once (at any moment the credit is the sum of the
part-time shares, capped at full time); part-time counts pro rata; ongoing
jobs count up to and including the assessment date; jobs after it count
nothing; experience before the degree counts (as the UN does), unless the
assessment asks to count only experience after the qualifying degree (as
the EU does: `--experience-after-degree`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from eligibility.periods import Span, credited_months
from eligibility.profile import Job
from eligibility.relevance import first_match


class RelevantExperience:
    """Months of experience, split by how sure we are that it is relevant.

    Only `months` is needed in the common case; the wider totals are computed
    when a check asks for them.
    """

    def __init__(self, counted, unstated, related, as_of: date, not_before: date | None = None) -> None:
        self.counted: tuple[tuple[Job, str], ...] = tuple(counted)
        """The matched jobs, each with the phrase that made it relevant."""
        self.unstated: tuple[Job, ...] = tuple(unstated)
        """Jobs whose fields the profile does not state."""
        self.related: tuple[Job, ...] = tuple(related)
        """Jobs in other fields (for postings that accept related fields)."""
        self.as_of = as_of
        self.not_before = not_before
        """Experience before this day does not count (the completion of the qualifying degree), if set."""
        self._spans = [span(j, as_of, not_before) for j, _ in self.counted]
        self.months = credited_months(self._spans)
        """Jobs that match the fields (all jobs when the criterion names none)."""

    # Plain properties: these are read only when a criterion falls short, and
    # functools.cached_property takes a lock on every read in Python 3.11.
    @property
    def with_unstated(self) -> float:
        """Adding jobs whose fields the profile does not state."""
        if not self.unstated:
            return self.months
        return credited_months(self._spans + [span(j, self.as_of, self.not_before) for j in self.unstated])

    @property
    def with_related(self) -> float:
        """Adding every other job too."""
        if not self.related:
            return self.with_unstated
        return credited_months(
            self._spans + [span(j, self.as_of, self.not_before) for j in self.unstated + self.related]
        )

    @property
    def ongoing_share(self) -> float:
        """Share of time still accruing at the assessment date from matched jobs (for dates in advice)."""
        cap = self.as_of + timedelta(days=1)
        return min(1.0, sum(j.fraction for j, _ in self.counted if j.end is None or j.end.end_exclusive > cap))


def span(job: Job, as_of: date, not_before: date | None = None) -> Span:
    cap = as_of + timedelta(days=1)
    end = job.end.end_exclusive if job.end else cap
    start = job.start.first_day if not_before is None else max(job.start.first_day, not_before)
    return Span(start, min(end, cap), job.fraction)


def count_experience(
    jobs: Iterable[Job],
    as_of: date,
    fields: tuple[str, ...],
    *,
    management: bool = False,
    not_before: date | None = None,
) -> RelevantExperience:
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
    return RelevantExperience(counted, unstated, related, as_of, not_before)
