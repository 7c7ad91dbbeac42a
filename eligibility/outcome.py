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
        return _STATUS_RANK[self]


_STATUS_RANK = {Status.FAIL: 0, Status.UNKNOWN: 1, Status.REVIEW: 2, Status.PASS: 3}


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
    advice: tuple[str, ...] | Callable[[], tuple[str, ...]] = ()
    """What it would take to pass: the gap and how to close it (read it as `advised`); a function gives it on first
    use where working it out costs (a screening row that shows no advice never asks for it)."""
    facts: dict[str, Any] = field(default_factory=dict)
    """The numbers behind the reason, for JSON consumers."""

    @property
    def reason(self) -> str:
        text = self.explanation
        if callable(text):
            text = text()
            object.__setattr__(self, "explanation", text)
        return text

    @property
    def advised(self) -> tuple[str, ...]:
        given = self.advice
        if callable(given):
            given = given()
            object.__setattr__(self, "advice", given)
        return given

    def __eq__(self, other: object) -> bool:
        # What each says, however it was given (written at once or on first use).
        if not isinstance(other, Outcome):
            return NotImplemented
        return (self.status, self.reason, self.margin, self.advised, self.facts) == (
            other.status,
            other.reason,
            other.margin,
            other.advised,
            other.facts,
        )


class Finding:
    """A criterion together with its outcome.

    `status` and `margin` (all the verdict and the score need) are there at once. A kind's quick
    judgement (its `plan`, see checks/__init__.py) can decide them without writing anything; the
    full outcome, with its explanation, facts and advice, is then worked out by the kind's `check`
    on first use, so that outputs which show only verdicts and scores never pay for it.
    """

    __slots__ = ("_check", "_context", "_outcome", "brief_facts", "criterion", "decisive", "margin", "status")

    def __init__(self, criterion: Any, outcome: Outcome) -> None:
        self.criterion = criterion
        self.decisive: bool = criterion.decisive
        """Mandatory and checkable: the only findings that decide the verdict."""
        self.status: Status = outcome.status
        self.margin: float | None = outcome.margin
        self.brief_facts: dict[str, Any] | None = None
        """What the kind's `brief` reads of the facts, when known before the outcome is written."""
        self._outcome: Outcome | None = outcome
        self._check: Any = None
        self._context: Any = None

    @classmethod
    def judged(cls, criterion: Any, judged: tuple[Any, ...], check: Any, context: Any) -> Finding:
        """A finding judged by its kind's plan: (status, margin) or (status, margin, the facts its brief reads);
        `check(criterion, context)` writes its outcome when asked."""
        self = cls.__new__(cls)
        self.criterion = criterion
        self.decisive = criterion.decisive
        self.status = judged[0]
        self.margin = judged[1]
        self.brief_facts = judged[2] if len(judged) > 2 else None
        self._outcome = None
        self._check = check
        self._context = context
        return self

    @property
    def outcome(self) -> Outcome:
        found = self._outcome
        if found is None:
            found = self._outcome = self._check(self.criterion, self._context)
            self._check = self._context = None
        return found

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Finding):
            return NotImplemented
        return self.criterion == other.criterion and self.outcome == other.outcome

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Finding(criterion={self.criterion!r}, outcome={self.outcome!r})"


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
    decisive: tuple[Finding, ...] | None = field(default=None, compare=False, repr=False)
    """The findings that decide, in order, when the assessment gathered them (else gathered when first asked)."""

    @property
    def qualifies_on(self) -> date | None:
        """When every failed requirement is met if current jobs continue; None unless time alone closes every gap."""
        failing = self.with_status(Status.FAIL)
        if not failing or any("reached_on" not in f.outcome.facts for f in failing):
            return None
        return max(date.fromisoformat(f.outcome.facts["reached_on"]) for f in failing)

    def with_status(self, *statuses: Status) -> list[Finding]:
        """The decisive findings with one of these statuses."""
        return [f for f in self._decisive() if f.status in statuses]

    def _decisive(self) -> tuple[Finding, ...]:
        # Asked for several times a row (the main reason, the failed and open criteria): gathered once.
        found = self.decisive
        if found is None:
            found = tuple([f for f in self.findings if f.decisive])
            object.__setattr__(self, "decisive", found)
        return found
