"""Whether a job's field or title counts for a posting's field (tests/cases/relevance.yaml): what a phrase denies
never counts, a word in another sense is another field, and a one-word title names no post."""

from __future__ import annotations

import pytest
import yaml
from conftest import ROOT

from eligibility.relevance import field_matches, title_match

CASES = yaml.safe_load((ROOT / "tests" / "cases" / "relevance.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES["fields"], ids=lambda c: c["name"])
def test_a_field_counts_for_the_posting_field(case):
    assert field_matches(case["job"], case["asked"]) is case["counts"]


@pytest.mark.parametrize("case", CASES["titles"], ids=lambda c: c["name"])
def test_a_title_shows_the_posting_field(case):
    assert (title_match(case["title"], (case["asked"],)) is not None) is case["counts"]
