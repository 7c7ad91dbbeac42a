"""The score, worked by hand (README, "How it decides"; the cases in tests/cases/scoring.yaml): each case fails if a
weight, the review credit or the verdict bands change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import build

from eligibility.engine import assess
from eligibility.scoring import ELIGIBLE_FLOOR, MET, OTHERS_CEILING, WEIGHTS

AS_OF = {"closes": date(2025, 6, 1)}
CASES = yaml.safe_load((Path(__file__).parent / "cases" / "scoring.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_score_worked_by_hand(case):
    ruleset, person = build(case["criteria"], case["profile"], posting=AS_OF)
    result = assess(ruleset, person)
    assert (result.verdict.value, result.score) == (case["verdict"], case["score"]), [
        (f.criterion.id, f.outcome.status.value, f.outcome.margin) for f in result.findings
    ]


def test_readme_works_the_example_of_its_cases():
    """README's worked example gives the scores of the two cases named after it, in order."""
    import re

    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    example = re.search(r"Worked example:(.*?)Every term", readme, re.S)
    assert example, "README has no worked example of the score"
    said = [int(n) for n in re.findall(r"score (\d+)", example.group(1))]
    worked = [c["score"] for c in CASES if c["name"].startswith("README's worked example")]
    assert said == worked and len(worked) == 2, (said, worked)


def test_the_constants_are_the_documented_ones():
    assert WEIGHTS == {"mandatory": 60, "margin": 25, "desirable": 15}
    assert [MET[s] for s in sorted(MET, key=lambda s: s.rank)] == [0.0, 0.0, 0.5, 1.0]
    assert (ELIGIBLE_FLOOR, OTHERS_CEILING) == (60, 59)
