"""The score, worked by hand (README, "How it decides"): each case fails if a weight, the review credit
or the verdict bands change."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build

from eligibility.engine import assess
from eligibility.scoring import ELIGIBLE_FLOOR, MET, OTHERS_CEILING, WEIGHTS

AS_OF = {"closes": date(2025, 6, 1)}
EXPERIENCE = {"id": "exp", "kind": "experience", "min_years": 4, "fields": ["police"], "source": "s"}
RELATED = {**EXPERIENCE, "or_related": True}
ENGLISH = {"id": "en", "kind": "language", "languages": ["English"], "level": "B2", "source": "s"}
LICENCE = {"id": "car", "kind": "driving-licence", "mandatory": False, "source": "s"}
PANEL = {"id": "tact", "kind": "competency", "source": "s"}


def job(years: int, field: str = "police") -> dict:
    return {"start": f"{2025 - years}-06", "end": "2025-05", "fields": [field]}


CASES = [
    pytest.param(
        [EXPERIENCE, ENGLISH, LICENCE, PANEL],
        {"experience": [job(7)], "languages": {"English": "C1"}, "driving_licence": {"valid": True, "manual": True}},
        "eligible",
        # 60 x 1 + 25 x mean(margin 3/4 of 4 years, margin (C1-B2)/(C2-B2) = 1/2) + 15 x 1 = 90.625
        91,
        id="eligible: all mandatory met, margins 3/4 and 1/2, the desirable licence held",
    ),
    pytest.param(
        [EXPERIENCE, ENGLISH, LICENCE, PANEL],
        {"experience": [job(7)], "languages": {"English": "C1"}},
        "eligible",
        # 60 + 25 x 5/8 + 15 x 0 (the licence is not stated: unknown counts 0) = 75.625
        76,
        id="eligible without the desirable licence: its 15 points are not earned",
    ),
    pytest.param(
        [EXPERIENCE, ENGLISH],
        {"experience": [job(4)], "languages": {"English": "B2"}},
        "eligible",
        # no desirable criteria: their 15 go to the mandatory part; no margin: 75 x 1 + 25 x 0
        75,
        id="eligible at exactly every minimum scores the floor plus the desirable share it inherits",
    ),
    pytest.param(
        [EXPERIENCE, ENGLISH],
        {"experience": [job(2)], "languages": {"English": "C1"}},
        "not-eligible",
        # 75 x 1/2 + 25 x mean(0, 1/2) = 43.75 points, scaled into 0-59: x 59/100 = 25.8
        26,
        id="not eligible: half the mandatory criteria met, scaled below the eligible band",
    ),
    pytest.param(
        [RELATED, ENGLISH],
        {"experience": [job(5, "border guard")], "languages": {"English": "C2"}},
        "needs-review",
        # review counts 1/2: 75 x (1/2 + 1)/2 + 25 x mean(0, 1) = 68.75 points, x 59/100 = 40.6
        41,
        id="needs review: a related field counts half as met, and has no margin",
    ),
]


@pytest.mark.parametrize(("criteria", "profile", "verdict", "expected"), CASES)
def test_score_worked_by_hand(criteria, profile, verdict, expected):
    ruleset, person = build(criteria, profile, posting=AS_OF)
    result = assess(ruleset, person)
    assert (result.verdict.value, result.score) == (verdict, expected), [
        (f.criterion.id, f.outcome.status.value, f.outcome.margin) for f in result.findings
    ]


def test_the_constants_are_the_documented_ones():
    assert WEIGHTS == {"mandatory": 60, "margin": 25, "desirable": 15}
    assert [MET[s] for s in sorted(MET, key=lambda s: s.rank)] == [0.0, 0.0, 0.5, 1.0]
    assert (ELIGIBLE_FLOOR, OTHERS_CEILING) == (60, 59)
