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
                assert f.outcome.advised, (posting, path.name, f.criterion.id)


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


LATER_JOB = """\
experience:
  - {title: Clerk, start: 2015-01, end: 2020-12}
  - {title: Adviser, start: 2026-03}
"""


def test_a_job_stated_to_start_after_as_of_dates_the_qualifying_day_from_its_start(tmp_path):
    """Jobs are counted up to --as-of; the day every gap closes counts on from it with the jobs as stated, and the
    terminal says so ('if your jobs go on as stated'), not that current jobs continue."""
    from clirun import run

    rules, path = Path(__file__).parent / "fixtures" / "rules" / "eight-years.yaml", tmp_path / "later.yaml"
    path.write_text(LATER_JOB, "utf-8")
    ruleset, profile = load_ruleset(str(rules)), load_profile(str(path))
    result = assess(ruleset, profile, as_of=date(2025, 6, 1))
    exp = result.findings[0]
    assert exp.outcome.facts["months"] == pytest.approx(72.0) and exp.outcome.facts["later_jobs"] == ["Adviser"]
    assert result.qualifies_on == date(2028, 2, 29)  # 6 years by then, the Adviser's first 2 from 2026-03
    assert assess(ruleset, profile, as_of=result.qualifies_on).verdict.value == "eligible"
    assert assess(ruleset, profile, as_of=result.qualifies_on - timedelta(days=1)).verdict.value == "not-eligible"
    shown = " ".join(run("check", str(rules), str(path), "--as-of", "2025-06-01", columns=200).stdout.split())
    assert "If your jobs go on as stated, every failed requirement is met on 29 Feb 2028" in shown
