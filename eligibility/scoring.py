"""The 0-100 score: how well a candidate meets a posting, beyond the verdict.

First how much of the posting is met:

    points = 60 x (share of mandatory criteria met)
           + 25 x (mean margin above the minimum, over mandatory criteria that have one)
           + 15 x (share of desirable criteria met)

'Met' counts pass as 1, review as 1/2, unknown and fail as 0. A margin is
how far a passing quantity exceeds its minimum, capped at 1 (twice the
required years, or the top CEFR level), 0 for anything not passing; the
kinds that have one say so (`MARGIN` in their module). A part with no
criteria hands its weight to the first part. Kinds that never decide (a
competency) never count.

Then the verdict band, so that the score reads the same way everywhere:
an eligible candidate meets every mandatory criterion and so has at least
60 points, which are the score (60-100); any other candidate has fewer than
100 points, scaled into 0-59 (points x 59/100). A candidate who is not
eligible therefore never outscores an eligible one for the same posting.
Every term only grows when a candidate gains experience, degrees, languages
or a licence, and a gain never turns eligible into anything else, so the
score never drops when qualifications are added.
"""

from __future__ import annotations

from collections.abc import Sequence

from eligibility.outcome import Finding, Status, Verdict

WEIGHTS = {"mandatory": 60, "margin": 25, "desirable": 15}
MET = {Status.PASS: 1.0, Status.REVIEW: 0.5, Status.UNKNOWN: 0.0, Status.FAIL: 0.0}
"""How much each status counts as met."""
ELIGIBLE_FLOOR = WEIGHTS["mandatory"]
"""The lowest score of an eligible candidate: everything mandatory met, nothing more."""
OTHERS_CEILING = ELIGIBLE_FLOOR - 1
"""The highest score of a candidate who is not (yet) eligible."""


def points(findings: Sequence[Finding]) -> float:
    """0-100: how much of the posting is met, before the verdict band."""
    # One pass over the findings, each part summed in the findings' order.
    mandatory = desirable = with_margin = 0
    met_mandatory = met_desirable = margins = 0.0
    for f in findings:
        if f.decisive:
            mandatory += 1
            met_mandatory += MET[f.status]
            if f.criterion.has_margin:
                with_margin += 1
                margins += (f.margin or 0.0) if f.status is Status.PASS else 0.0
        elif f.criterion.desirable:
            desirable += 1
            met_desirable += MET[f.status]

    weight = WEIGHTS["mandatory"]
    total = 0.0
    if with_margin:
        total += WEIGHTS["margin"] * margins / with_margin
    else:
        weight += WEIGHTS["margin"]
    if desirable:
        total += WEIGHTS["desirable"] * (met_desirable / desirable)
    else:
        weight += WEIGHTS["desirable"]
    return total + weight * (met_mandatory / mandatory if mandatory else 1.0)


def score(findings: Sequence[Finding], verdict: Verdict) -> int:
    """The points in the verdict's band: 60-100 for eligible, 0-59 otherwise."""
    raw = points(findings)
    if verdict is Verdict.ELIGIBLE:
        return max(ELIGIBLE_FLOOR, min(100, round(raw)))
    return min(OTHERS_CEILING, round(raw * OTHERS_CEILING / 100))
