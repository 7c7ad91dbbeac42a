"""Every seed rule set against the example profiles written for it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from eligibility.engine import assess
from eligibility.profile import load_profile
from eligibility.rules import load_ruleset

EXPECTED = yaml.safe_load((Path(__file__).parent / "cases" / "examples.yaml").read_text("utf-8"))
PAIRS = [(posting, profile, verdict) for posting, rows in EXPECTED.items() for profile, verdict in rows.items()]


@pytest.mark.parametrize("posting,profile,verdict", PAIRS, ids=[f"{p}-{q}" for p, q, _ in PAIRS])
def test_example_verdict(posting, profile, verdict):
    result = assess(load_ruleset(posting), load_profile(f"profiles/{profile}.yaml"))
    assert result.verdict.value == verdict, [(f.criterion.id, f.outcome.reason) for f in result.findings if f.decisive]


def test_every_posting_has_an_eligible_and_a_not_eligible_example():
    for posting, rows in EXPECTED.items():
        assert {"eligible", "not-eligible"} <= set(rows.values()), posting


def test_every_example_profile_is_exercised():
    shipped = {p.stem for p in (ROOT / "profiles").glob("*.yaml")}
    used = {profile for rows in EXPECTED.values() for profile in rows}
    assert shipped == used


def test_the_reason_carries_the_numbers():
    result = assess(load_ruleset("KOS000396"), load_profile("profiles/kos000396-short-experience.yaml"))
    reason = next(f.outcome.reason for f in result.findings if f.criterion.id == "experience")
    assert reason.startswith("7 years 10 months of police")
    assert "as of 11 Nov 2025; 8 years required" in reason


def test_management_in_a_field_the_experience_criterion_sends_to_a_person_goes_to_a_person_too():
    """KOS000396 asks 8 years in police or other relevant fields, including 3 in management: a management job in
    another field is for a person to judge, as it would be for the experience, never a failure."""
    result = assess(
        load_ruleset("KOS000396"),
        load_profile(str(ROOT / "tests/fixtures/profiles/kos000396-management-related-field.yaml")),
    )
    status = {f.criterion.id: f.outcome.status.value for f in result.findings}
    assert status["experience"] == "pass"
    assert status["management-years"] == "review"
    assert result.verdict.value == "needs-review"
