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
from functools import lru_cache

from eligibility.periods import SCALE_DAYS, PartialDate, Span, add_months, credited_days, days_in_month, month_scale
from eligibility.profile import Job
from eligibility.relevance import field_broader, first_match, title_match

NO_DEGREE = date.max
"""The day experience counts from when only experience after the qualifying degree counts and the profile holds no
such degree by the assessment date: none counts."""


class Timeline:
    """A profile's jobs placed on the month scale once for one assessment, shared by every criterion that counts years.

    Each job's credited stretch is worked out once; the months of any set of jobs
    (overlaps counted once, part-time pro rata) are summed once and remembered, and
    so is each set of relevant jobs, so that experience, management and the education paths of a
    posting (and of every posting assessed on the same date) count the same jobs once.
    """

    def __init__(
        self, jobs: Iterable[Job], as_of: date, not_before: date | None = None, earliest: Timeline | None = None
    ) -> None:
        self.tally = tally = _Tally(jobs, as_of, not_before, earliest)
        self.jobs, self.as_of, self.not_before = tally.jobs, as_of, not_before
        self.earliest = earliest
        """The same jobs counted from their start, where the day counted from may be earlier than `not_before` (a
        qualifying degree with no date may have come before the dated one): what they would count at most."""
        self._relevant: dict[tuple[tuple[str, ...], bool], RelevantExperience] = {}

    def months(self, indices: tuple[int, ...]) -> float:
        """Credited months of these jobs: at any moment the sum of their shares, capped at full time."""
        return self.tally.months(indices)

    def relevant(self, fields: tuple[str, ...], *, management: bool = False) -> RelevantExperience:
        key = (fields, management)
        found = self._relevant.get(key)
        if found is None:
            found = self._relevant[key] = _classify(self.tally, fields, management)
        return found


class _Tally:
    """The month-scale part of a timeline, which each set of relevant jobs reads: it holds no set of relevant jobs
    itself, so that a timeline and its sets form no reference cycle and are freed as soon as an assessment is done
    (a batch holds the cyclic garbage collector off while it judges a chunk: see batch.py)."""

    __slots__ = ("_months", "as_of", "earliest", "jobs", "not_before", "stretches")

    def __init__(self, jobs: Iterable[Job], as_of: date, not_before: date | None, earliest: Timeline | None) -> None:
        self.jobs: tuple[Job, ...] = tuple(jobs)
        self.as_of = as_of
        self.not_before = not_before
        self.earliest = earliest
        # Each job's `span`, straight on the month scale (which keeps the order of days: the same stretches).
        cap = _day_after(as_of)
        floor = month_scale(not_before) if not_before is not None else None
        stretches: list[tuple[float, float, float] | None] = []
        for job in self.jobs:
            start = _start_scale(job.start)
            if floor is not None and floor > start:
                start = floor
            end = _end_scale(job.end) if job.end else cap
            if end > cap:
                end = cap
            share = job.fraction
            stretches.append((start, end, share) if end > start and share > 0 else None)
        self.stretches = stretches
        self._months: dict[tuple[int, ...], float] = {}

    def months(self, indices: tuple[int, ...]) -> float:
        total = self._months.get(indices)
        if total is None:
            total = self._months[indices] = _credited(self.stretches, indices)
        return total


@lru_cache(maxsize=256)
def _day_after(as_of: date) -> float:
    """The month-scale place of the day after `as_of`, where counting stops: the same for a whole batch."""
    return month_scale(as_of + timedelta(days=1))


def _start_scale(when: PartialDate) -> float:
    """month_scale(when.first_day), without making the date."""
    day = when.day
    base = when.year * 12 + (when.month - 1)
    return base + (day - 1) / SCALE_DAYS[when.month - 1] if day else base + 0.0


def _end_scale(when: PartialDate) -> float:
    """month_scale(when.end_exclusive), without making the date: the next day's place is the day's own
    count of the month (the month's last day gives the next month's first)."""
    day = when.day
    base = when.year * 12 + (when.month - 1)
    if not day or day == days_in_month(when.year, when.month):
        return base + 1.0
    return base + day / SCALE_DAYS[when.month - 1]


def _credited(stretches: list, indices: tuple[int, ...]) -> float:
    # The same sweep as periods.credited_months, on month-scale numbers: the same sums, without dates.
    edges: list[tuple[float, float]] = []
    for i in indices:
        stretch = stretches[i]
        if stretch is not None:
            edges.append((stretch[0], stretch[2]))
            edges.append((stretch[1], -stretch[2]))
    if len(edges) == 2:  # one job: nothing to sort or overlap
        share = edges[0][1]
        return min(1.0, share) * (edges[1][0] - edges[0][0]) if share > 1e-12 else 0.0
    edges.sort()
    total = 0.0
    level = 0.0
    previous: float | None = None
    for when, delta in edges:
        if previous is not None and when > previous and level > 1e-12:
            total += min(1.0, level) * (when - previous)
        level += delta
        previous = when
    return total


class RelevantExperience:
    """Months of experience, split by how sure we are that it is relevant.

    Only `months` is needed in the common case; the wider totals are computed
    when a check asks for them.
    """

    __slots__ = (
        "_broad",
        "_counted",
        "_later",
        "_related",
        "_related_jobs",
        "_timeline",
        "_unstated",
        "_unstated_jobs",
        "_wanted",
        "as_of",
        "counted",
        "months",
        "not_before",
    )

    def __init__(
        self,
        timeline: _Tally,
        counted: list[tuple[Job, str]],
        counted_at: tuple[int, ...],
        unstated_at: tuple[int, ...],
        related_at: tuple[int, ...],
        later: tuple[Job, ...] = (),
        wanted: tuple[tuple[str, ...], bool] = ((), False),
        broad_at: tuple[int, ...] = (),
    ) -> None:
        self._timeline = timeline
        self._broad = broad_at
        self._wanted = wanted
        self._later = later
        self._counted, self._unstated, self._related = counted_at, unstated_at, related_at
        self.counted: tuple[tuple[Job, str], ...] = tuple(counted)
        """The matched jobs, each with the phrase that made it relevant."""
        self._unstated_jobs: tuple[Job, ...] | None = None if unstated_at else ()
        self._related_jobs: tuple[Job, ...] | None = None if related_at else ()
        self.as_of = timeline.as_of
        self.not_before = timeline.not_before
        """Experience before this day does not count (the completion of the qualifying degree), if set."""
        self.months = timeline.months(counted_at)
        """Jobs that match the fields (all jobs when the criterion names none)."""

    @property
    def at_most(self) -> RelevantExperience | None:
        """The same experience counted from each job's start, where the day it is counted from may be earlier (a
        qualifying degree with no date may have come first): the most it could be; None when the day is known."""
        earliest = self._timeline.earliest
        if earliest is None:
            return None
        fields, management = self._wanted
        return earliest.relevant(fields, management=management)

    @property
    def unstated(self) -> tuple[Job, ...]:
        """Jobs whose fields the profile does not state."""
        found = self._unstated_jobs
        if found is None:
            jobs = self._timeline.jobs
            found = self._unstated_jobs = tuple([jobs[i] for i in self._unstated])
        return found

    @property
    def related(self) -> tuple[Job, ...]:
        """Jobs in other fields (for postings that accept related fields)."""
        found = self._related_jobs
        if found is None:
            jobs = self._timeline.jobs
            found = self._related_jobs = tuple([jobs[i] for i in self._related])
        return found

    # Plain properties: these are read only when a criterion falls short, and
    # functools.cached_property takes a lock on every read in Python 3.11.
    @property
    def with_unstated(self) -> float:
        """Adding jobs whose fields the profile does not state."""
        if not self._unstated:
            return self.months
        return self._timeline.months(tuple(sorted(self._counted + self._unstated)))

    @property
    def with_other_fields(self) -> float:
        """Adding the jobs whose fields are stated and are not the posting's (not those whose fields are unstated)."""
        if not self._related:
            return self.months
        return self._timeline.months(tuple(sorted(self._counted + self._related)))

    @property
    def judged(self) -> tuple[Job, ...]:
        """What a person judges where the posting accepts related fields: the jobs in other stated fields, and those
        whose fields are stated more broadly than the posting's (work in 'law' may well be related to 'international
        law'; a stated field is never worse than an empty list of fields)."""
        jobs = self._timeline.jobs
        return self.related + tuple([jobs[i] for i in self._broad])

    @property
    def any_judged(self) -> bool:
        """Whether there are jobs a person judges (`judged`), without gathering them."""
        return bool(self._related or self._broad)

    @property
    def with_judged(self) -> float:
        """Adding the jobs a person judges where the posting accepts related fields (`judged`)."""
        if not self._broad:
            return self.with_other_fields
        return self._timeline.months(tuple(sorted(self._counted + self._related + self._broad)))

    @property
    def with_related(self) -> float:
        """Adding every other job too."""
        if not self._related:
            return self.with_unstated
        return self._timeline.months(tuple(sorted(self._counted + self._unstated + self._related)))

    @property
    def days(self) -> float:
        """The counted jobs' credited calendar days (part-time pro rata, overlaps counted once): how a stretch under a
        month is said."""
        return credited_days(span(job, self.as_of, self.not_before) for job, _ in self.counted)

    @property
    def ongoing_share(self) -> float:
        """Share of time still accruing at the assessment date from matched jobs (for dates in advice).

        A job is current when it has started by the assessment date and not ended: one that starts later is
        a plan, not a job that continues.
        """
        cap = self.as_of + timedelta(days=1)
        return min(
            1.0,
            sum(
                j.fraction
                for j, _ in self.counted
                if j.start.first_day <= self.as_of and (j.end is None or j.end.end_exclusive > cap)
            ),
        )

    def running(self) -> list[Job]:
        """The matched jobs still under way on the assessment date: started by then and ending after it; each adds
        months later until its stated end (a job stated to start later is in `later`)."""
        cap = self.as_of + timedelta(days=1)
        return [
            j
            for j, _ in self.counted
            if j.start.first_day <= self.as_of and (j.end is None or j.end.end_exclusive > cap)
        ]

    def later(self) -> list[Job]:
        """The matched jobs stated to start after the assessment date: they count nothing as of that day, and add
        months after it as stated (an assessment --as-of an earlier day, of a profile that already lists them)."""
        return list(self._later)

    def reached(self, gap: float) -> date | None:
        """The day the jobs as stated, counted on from the assessment date, add `gap` months after it: those running
        then, each until its stated end, and those stated to start later, from their start (part-time pro rata,
        overlaps capped at full time); None when they end before that (or there are none)."""
        jobs = [*self.running(), *self.later()]
        if not jobs or gap <= 0:
            return None
        first = self.as_of + timedelta(days=1)
        here = month_scale(first)
        stretches = [
            (max(_start_scale(j.start), here), _end_scale(j.end) if j.end is not None else float("inf"), j.fraction)
            for j in jobs
        ]
        points = sorted({start for start, _, _ in stretches if start > here} | {end for _, end, _ in stretches})
        left = gap
        for point in [*points, float("inf")]:
            if point <= here:
                continue
            level = min(1.0, sum(share for start, end, share in stretches if start <= here and end >= point))
            if level > 1e-12:
                if here + left / level <= point + 1e-9:
                    after = add_months(first, here + left / level - month_scale(first))
                    return after - timedelta(days=1) if after is not None else None
                left -= (point - here) * level
            here = point
        return None


def span(job: Job, as_of: date, not_before: date | None = None) -> Span:
    cap = as_of + timedelta(days=1)
    end = job.end.end_exclusive if job.end else cap
    start = job.start.first_day if not_before is None else max(job.start.first_day, not_before)
    return Span(start, min(end, cap), job.fraction)


@lru_cache(maxsize=16384)
def _field_hit(
    job_fields: tuple[str, ...] | None, title: str | None, fields: tuple[str, ...]
) -> tuple[str, str] | None:
    """The first of a job's fields that matches one of `fields`; its title only where its fields are not stated:
    stated fields say what the work was, and a title's words ('Security Council desk officer') do not override
    them. The same phrases recur across candidates and postings, so each combination is matched once."""
    if job_fields is not None:
        return first_match(list(job_fields), fields)
    return title_match(title, fields)


@lru_cache(maxsize=16384)
def _too_broad(job_fields: tuple[str, ...], fields: tuple[str, ...]) -> bool:
    """Whether a job states its field more broadly than one the posting asks ('human rights' for 'human rights
    monitoring'): whether it is relevant cannot be told, as for a job whose fields are not stated."""
    return any(field_broader(own, asked) for own in job_fields for asked in fields)


def _classify(timeline: _Tally, fields: tuple[str, ...], management: bool) -> RelevantExperience:
    counted: list[tuple[Job, str]] = []
    counted_at: list[int] = []
    unstated: list[int] = []
    related: list[int] = []
    broad: list[int] = []
    later: list[Job] = []
    for i, job in enumerate(timeline.jobs):
        if management and not job.management:
            continue
        if fields:
            hit = _field_hit(job.fields, job.title, fields)
            phrase = hit[1] if hit else None
        else:
            phrase = "any professional experience"
        if timeline.stretches[i] is None:
            # It adds nothing as of the assessment date (it starts after it, or ends before the degree): neither
            # counted nor named as one that might count. One that starts later is counted on from its start.
            if phrase is not None and job.start.first_day > timeline.as_of:
                later.append(job)
            continue
        if phrase is not None:
            counted.append((job, phrase))
            counted_at.append(i)
        elif job.fields is None:
            unstated.append(i)
        elif _too_broad(job.fields, fields):
            unstated.append(i)  # whether it is relevant cannot be told, as of a job whose fields are not stated
            broad.append(i)
        else:  # fields stated and not the posting's, whatever the title says: for a person to judge, at most
            related.append(i)
    return RelevantExperience(
        timeline,
        counted,
        tuple(counted_at),
        tuple(unstated),
        tuple(related),
        tuple(later),
        (fields, management),
        tuple(broad),
    )


def count_experience(
    jobs: Iterable[Job],
    as_of: date,
    fields: tuple[str, ...],
    *,
    management: bool = False,
    not_before: date | None = None,
) -> RelevantExperience:
    """The experience in `fields` among `jobs` (only jobs marked management, if asked)."""
    return Timeline(jobs, as_of, not_before).relevant(fields, management=management)


_recent: dict[tuple[int, date, date | None, bool], tuple[object, Timeline]] = {}
_RECENT = 64
"""Timelines kept for the profiles assessed last: `match` assesses one profile against many postings."""


def timeline_for(profile, as_of: date, not_before: date | None = None, *, may_be_earlier: bool = False) -> Timeline:
    """The timeline of a profile's jobs for an assessment, shared with earlier assessments on the same dates;
    `may_be_earlier`: the day counted from may be earlier than `not_before` (see `Timeline.earliest`)."""
    key = (id(profile), as_of, not_before, may_be_earlier)
    found = _recent.get(key)
    if found is not None and found[0] is profile:
        return found[1]
    earliest = timeline_for(profile, as_of) if may_be_earlier and not_before is not None else None
    if len(_recent) >= _RECENT:
        # The older half dropped at once, not the oldest one by one: a dict whose first entries are popped one at a
        # time scans past every popped place to find the next first one, until it is next rebuilt.
        for old in list(_recent)[: _RECENT // 2]:
            del _recent[old]
    timeline = Timeline(profile.experience or (), as_of, not_before, earliest)
    _recent[key] = (profile, timeline)
    return timeline
