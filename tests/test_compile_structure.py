"""A notice's structure read into the posting's metadata and the organisation's rules, as data
(tests/cases/compile_structure.yaml): national and international posts, the organisation and country a notice
comes from, closing dates and titles in the forms notices write them, and the scope of a heading's words."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_compiled, check_lacking, check_meeting

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "compile_structure.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_the_notice_compiles_to_its_structure(case):
    result = check_compiled(case)
    if "review_says" in case:
        assert any(case["review_says"] in item for item in result.review), result.review


@pytest.mark.parametrize("case", [c for c in CASES if "lacking" in c], ids=case_id)
def test_a_profile_the_notice_shuts_out_is_not_eligible(case):
    check_lacking(case)


@pytest.mark.parametrize("case", [c for c in CASES if "meeting" in c], ids=case_id)
def test_a_profile_the_notice_admits_is_eligible(case):
    check_meeting(case)
