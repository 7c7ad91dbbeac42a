"""A criterion's finding in a few words, for tables and spreadsheets: 'experience 7y10m/8y'."""

from __future__ import annotations

from eligibility.outcome import Finding, Result, Status


def _years(months: float) -> str:
    whole = int(months + 1e-6)
    years, rest = divmod(whole, 12)
    return f"{years}y{rest}m" if rest else f"{years}y"


def brief(finding: Finding) -> str:
    o, c = finding.outcome, finding.criterion
    facts = o.facts
    if o.status is Status.UNKNOWN:
        return f"{c.id}?"
    if c.kind in ("experience", "management", "education") and facts.get("required_months"):
        return f"{c.id} {_years(facts['months'])}/{_years(facts['required_months'])}"
    if c.kind == "language" and facts.get("held"):
        held = max(facts["held"].values(), key=lambda lv: ["A1", "A2", "B1", "B2", "C1", "C2", "native"].index(lv))
        return f"{c.id} {held}/{facts['required']}"
    return c.id


def failed(result: Result) -> list[str]:
    return [brief(f) for f in result.with_status(Status.FAIL)]


def open_items(result: Result) -> list[str]:
    return [brief(f) for f in result.with_status(Status.UNKNOWN, Status.REVIEW)]


def main_reason(result: Result) -> str:
    """The one sentence that most explains the verdict."""
    for statuses in ((Status.FAIL,), (Status.UNKNOWN, Status.REVIEW)):
        found = result.with_status(*statuses)
        if found:
            return f"{found[0].criterion.id}: {found[0].outcome.reason}"
    return "meets every checkable requirement"
