"""Dates with month precision, and time counted in months.

A profile may give `2015-03` or `2015-03-14`. A month-precision start is the
first of the month, a month-precision end covers the whole month, so
2015-03 to 2025-02 is exactly ten years. Lengths are measured on a continuous
month scale (a day is 1/29 to 1/31 of its month), which makes every whole
calendar month worth exactly one month and splits add up. February is reckoned
at 29 days in every year, its 28th counting for two in a common year, so that a
day holds the same place on the scale in every year: from any day to the day
before its N-th anniversary is exactly N years, whatever the Februaries between.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

MIN_YEAR = 1900
MAX_YEAR = 2199
SUPPORTED_YEARS = f"the supported years are {MIN_YEAR} to {MAX_YEAR}"
"""Every date read is in these years, so that no reckoning with it can leave the calendar."""

_DATE = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$")


@dataclass(frozen=True)
class PartialDate:
    """A date written as YYYY-MM (month precision) or YYYY-MM-DD."""

    year: int
    month: int
    day: int | None = None
    first_day: date = field(init=False, repr=False, compare=False)
    """The first day it covers."""
    end_exclusive: date = field(init=False, repr=False, compare=False)
    """The day after the period this date closes (the month's end when no day is given)."""

    def __post_init__(self) -> None:
        # Read many times over for every job and degree of every candidate: worked out once, when the date is read.
        year, month, day = self.year, self.month, self.day
        object.__setattr__(self, "first_day", date(year, month, day or 1))
        if day is not None:
            after = date(year, month, day) + timedelta(days=1)
        else:
            after = date(year + (month == 12), month % 12 + 1, 1)
        object.__setattr__(self, "end_exclusive", after)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")


def parse_partial_date(value: object) -> PartialDate:
    """Parse YYYY-MM or YYYY-MM-DD; raise ValueError with the reason otherwise."""
    if isinstance(value, date):
        _check_year(value.year, value.isoformat())
        return PartialDate(value.year, value.month, value.day)
    text = str(value).strip()
    m = _DATE.match(text)
    if not m:
        raise ValueError(f"'{text}' is not a date; write YYYY-MM or YYYY-MM-DD")
    year, month = int(m.group(1)), int(m.group(2))
    day = int(m.group(3)) if m.group(3) else None
    _check_year(year, text)
    if not 1 <= month <= 12:
        raise ValueError(f"'{text}' has no month {month}")
    if day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"'{text}' is not a day of the calendar")
    return PartialDate(year, month, day)


def _check_year(year: int, text: str) -> None:
    if year < MIN_YEAR:
        raise ValueError(f"'{text}' is before {MIN_YEAR}; {SUPPORTED_YEARS}")
    if year > MAX_YEAR:
        raise ValueError(f"'{text}' is after {MAX_YEAR}; {SUPPORTED_YEARS}")


def parse_day(value: object) -> date:
    """A full date (YYYY-MM-DD) as for --as-of."""
    d = parse_partial_date(value)
    if d.day is None:
        raise ValueError(f"'{value}' needs a day: write YYYY-MM-DD")
    return d.first_day


_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

SCALE_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
"""The days a month is divided into on the month scale: a leap year's, in every year."""


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and calendar.isleap(year) else _MONTH_DAYS[month - 1]


def month_scale(d: date) -> float:
    """Months since year 0 on a continuous scale: whole months exact, days pro rata.

    A day's place depends on its month and day only, never on the year, so anniversaries are whole years.
    """
    return d.year * 12 + (d.month - 1) + (d.day - 1) / SCALE_DAYS[d.month - 1]


def months_between(start: date, end: date) -> float:
    """Length of [start, end) in months."""
    return max(0.0, month_scale(end) - month_scale(start))


@dataclass(frozen=True)
class Span:
    """A half-open stretch of time [start, end) credited at `share` (part-time counts pro rata)."""

    start: date
    end: date
    share: float = 1.0


def credited_months(spans: Iterable[Span]) -> float:
    """Total months, overlaps counted once: at any moment the credit is the sum of shares, capped at 1."""
    return _credited(spans, months_between)


def credited_days(spans: Iterable[Span]) -> float:
    """Total calendar days, as `credited_months` counts months: what a stretch under a month is said in."""
    return _credited(spans, lambda start, end: float((end - start).days))


def _credited(spans: Iterable[Span], measure) -> float:
    edges: list[tuple[date, float]] = []
    for span in spans:
        if span.end > span.start and span.share > 0:
            edges.append((span.start, span.share))
            edges.append((span.end, -span.share))
    edges.sort()
    total = 0.0
    level = 0.0
    previous: date | None = None
    for when, delta in edges:
        if previous is not None and when > previous and level > 1e-12:
            total += min(1.0, level) * measure(previous, when)
        level += delta
        previous = when
    return total


def describe_months(months: float) -> str:
    """'7 years 10 months', rounded down to whole months."""
    whole = int(months + 1e-6)
    years, rest = divmod(whole, 12)
    parts = []
    if years:
        parts.append(f"{years} year{'s' if years != 1 else ''}")
    if rest or not years:
        parts.append(f"{rest} month{'s' if rest != 1 else ''}")
    return " ".join(parts)


def describe_days(days: float) -> str:
    """'1 day', '12 days': a stretch under a month, rounded to whole days (at least one)."""
    whole = max(1, round(days))
    return f"{whole} day{'s' if whole != 1 else ''}"


def describe_years(years: float) -> str:
    """'10 years', '2.5 years'."""
    text = f"{years:g}"
    return f"{text} year{'s' if years != 1 else ''}"


@lru_cache(maxsize=4096)
def human_date(d: date) -> str:
    """'11 Nov 2025'."""
    return f"{d.day} {d:%b %Y}"


_EPS = 1e-6
"""Months closer than this (a few seconds) are the same place on the scale: sums of floats are not exact."""


def add_months(d: date, months: float) -> date | None:
    """The first day at least `months` after `d` on the month scale; None past MAX_YEAR.

    With `d` the day after the last one counted, the day before the answer is the day the months are complete
    (used for 'you reach it on …').
    """
    target = month_scale(d) + months
    if not target < (MAX_YEAR + 1) * 12:
        return None
    whole = math.floor(target + _EPS)
    year, month0 = divmod(whole, 12)
    rest = target - whole
    day = 1 if rest <= _EPS else math.ceil(rest * SCALE_DAYS[month0] - _EPS) + 1
    if day > days_in_month(year, month0 + 1):
        if year + (month0 == 11) > MAX_YEAR:
            return None
        return date(year + (month0 == 11), (month0 + 1) % 12 + 1, 1)
    return date(year, month0 + 1, day)
