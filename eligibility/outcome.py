"""What one check found, and what the whole assessment found: plain data for the formatters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any


class Status(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    UNKNOWN = "unknown"
    """The profile does not state what the criterion needs."""
    REVIEW = "review"
    """A person must judge (a related field, an unquantified requirement, a competency)."""

    @property
    def rank(self) -> int:
        """Higher is better for the candidate: used to keep the best of several ways to qualify."""
        return {Status.FAIL: 0, Status.UNKNOWN: 1, Status.REVIEW: 2, Status.PASS: 3}[self]


class Verdict(str, Enum):
    """Declared best first: the order of `rank`, used wherever results are sorted."""

    ELIGIBLE = "eligible"
    NEEDS_REVIEW = "needs-review"
    NOT_ELIGIBLE = "not-eligible"

    @property
    def rank(self) -> int:
        """0 for eligible, 1 for needs review, 2 for not eligible: lower sorts first."""
        return _VERDICT_RANK[self]


_VERDICT_RANK = {verdict: i for i, verdict in enumerate(Verdict)}


@dataclass(frozen=True)
class Outcome:
    """One criterion's finding, with the sentence that explains it."""

    status: Status
    explanation: str | Callable[[], str]
    """Specific to this candidate, with the numbers behind it; a function writes it on first use,
    so that batch formats that never show it do not pay for it."""
    margin: float | None = None
    """For quantitative criteria that pass: how far above the minimum, 0..1 (used by the score)."""
    advice: tuple[str, ...] = ()
    """What it would take to pass: the gap and how to close it."""
    facts: dict[str, Any] = field(default_factory=dict)
    """The numbers behind the reason, for JSON consumers."""

    @property
    def reason(self) -> str:
        text = self.explanation
        if callable(text):
            text = text()
            object.__setattr__(self, "explanation", text)
        return text


@dataclass(frozen=True)
class Finding:
    """A criterion together with its outcome."""

    criterion: Any  # rules.Criterion
    outcome: Outcome
    decisive: bool = field(init=False)
    """Mandatory and checkable: the only findings that decide the verdict."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "decisive", self.criterion.decisive)


@dataclass(frozen=True)
class Result:
    """A candidate assessed against one posting."""

    ruleset: Any  # rules.RuleSet
    profile: Any  # profile.Profile
    as_of: date
    as_of_basis: str
    """Where the assessment date came from: 'closing date', '--as-of' or 'today'."""
    verdict: Verdict
    score: int
    findings: tuple[Finding, ...]

    @property
    def qualifies_on(self) -> date | None:
        """When every failed requirement is met if current jobs continue; None unless time alone closes every gap."""
        failing = self.with_status(Status.FAIL)
        if not failing or any("reached_on" not in f.outcome.facts for f in failing):
            return None
        return max(date.fromisoformat(f.outcome.facts["reached_on"]) for f in failing)

    def with_status(self, *statuses: Status) -> list[Finding]:
        """The decisive findings with one of these statuses."""
        return [f for f in self.findings if f.decisive and f.outcome.status in statuses]
