"""What it would take: the advice for each failed or unknown criterion, and the date it can be met."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_advice

from eligibility.engine import assess
from eligibility.outcome import Status
from eligibility.profile import load_profile
from eligibility.rules import load_ruleset

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "advice.yaml").read_text("utf-8"))
"""Advice about several kinds; each kind's own is in its case file (test_kinds.py)."""


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_advice(case):
    check_advice(case)


def test_every_failed_or_unknown_decisive_criterion_has_advice():
    for posting in (
        "KOS000396",
        "SEC000821",
        "bishkek-deputy-head-of-mission",
        "kosovo-chief-of-mission-security",
        "jpo-2020",
    ):
        for path in sorted(Path("profiles").glob("*.yaml")):
            result = assess(load_ruleset(posting), load_profile(str(path)))
            for f in result.with_status(Status.FAIL, Status.UNKNOWN):
                assert f.outcome.advice, (posting, path.name, f.criterion.id)


def test_the_qualifying_date_is_the_first_day_as_of_gives_eligible():
    ruleset = load_ruleset("KOS000396")
    profile = load_profile("profiles/kos000396-short-experience.yaml")
    result = assess(ruleset, profile)
    when = result.qualifies_on
    assert when == date(2025, 12, 31)
    assert assess(ruleset, profile, as_of=when).verdict.value == "eligible"
    assert assess(ruleset, profile, as_of=when - timedelta(days=2)).verdict.value == "not-eligible"


def test_no_qualifying_date_when_time_alone_cannot_close_the_gap():
    result = assess(load_ruleset("KOS000396"), load_profile("profiles/kos000396-dual-national.yaml"))
    assert result.qualifies_on is None
