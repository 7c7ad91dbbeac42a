"""The 0-100 score: how well a candidate meets a posting, beyond the verdict.

    score = 60 x (share of mandatory criteria met)
          + 25 x (mean margin above the minimum, over mandatory quantitative criteria)
          + 15 x (share of desirable criteria met)

'Met' counts pass as 1, review as 1/2, unknown and fail as 0. A margin is
how far a passing quantity exceeds its minimum, capped at 1 (twice the
required years, or the top CEFR level), 0 for anything not passing. A part
with no criteria hands its weight to the first part. Competencies never
count. Every term only grows when a candidate gains experience, degrees,
languages or a licence, so the score never drops when qualifications are added.
"""

from __future__ import annotations

from eligibility.outcome import Finding, Status

WEIGHTS = {"mandatory": 60, "margin": 25, "desirable": 15}
_MET = {Status.PASS: 1.0, Status.REVIEW: 0.5, Status.UNKNOWN: 0.0, Status.FAIL: 0.0}


def score(findings: tuple[Finding, ...] | list[Finding]) -> int:
    mandatory = [f for f in findings if f.decisive]
    desirable = [f for f in findings if not f.criterion.mandatory and f.criterion.kind != "competency"]
    quantitative = [f for f in mandatory if f.criterion.kind in ("experience", "management", "language", "education")]

    def met(items: list[Finding]) -> float:
        return sum(_MET[f.outcome.status] for f in items) / len(items)

    parts = {"mandatory": met(mandatory) if mandatory else 1.0}
    weight = WEIGHTS["mandatory"]
    total = 0.0
    if quantitative:
        margins = [(f.outcome.margin or 0.0) if f.outcome.status is Status.PASS else 0.0 for f in quantitative]
        total += WEIGHTS["margin"] * sum(margins) / len(margins)
    else:
        weight += WEIGHTS["margin"]
    if desirable:
        total += WEIGHTS["desirable"] * met(desirable)
    else:
        weight += WEIGHTS["desirable"]
    total += weight * parts["mandatory"]
    return round(total)
