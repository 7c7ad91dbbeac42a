"""The compiler against many phrasings, as data (tests/cases/compile_phrases.yaml; each kind's own phrases are run
with its case file by test_kinds.py), and own postings in the OSCE and job-board layouts."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_every_line_has_a_fate, check_lacking, check_meeting, check_phrase

from eligibility.compiler import compile_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "compile_phrases.yaml").read_text("utf-8"))
"""Phrases about several kinds, or about the compiler's own reading; each kind's own are in its case file."""


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_phrase(case):
    check_phrase(case)


LACKING = [c for c in CASES if "lacking" in c]


@pytest.mark.parametrize("case", LACKING, ids=case_id)
def test_a_profile_lacking_the_requirement_is_not_eligible(case):
    check_lacking(case)


def test_a_number_it_cannot_pin_down_is_flagged_not_guessed():
    result = compile_text(
        "Requirements:\nA second-level degree in law, or a police academy combined with substantial experience.\n"
    )
    degree = result.ruleset["criteria"][0]
    assert degree["in_lieu"] == [{"level": "police-academy"}]
    assert any("not a number" in item for item in result.review)


def test_compiling_is_deterministic():
    text = "Requirements:\nMinimum 8 years of experience in police.\nKnowledge of Serbian is an asset.\n"
    assert compile_text(text).ruleset == compile_text(text).ruleset


def test_an_unseen_field_posting_in_the_osce_layout():
    """A notice written for the tests (not one of the seeds): another mission, other phrasings."""
    text = (Path(__file__).parent / "cases" / "unseen-field-posting.txt").read_text("utf-8")
    result = compile_text(text)
    posting = result.ruleset["posting"]
    assert (posting["id"], posting["country"], posting["grade"], str(posting["closes"])) == (
        "BAH000123",
        "BA",
        "S2",
        "2026-02-02",
    )
    by_id = {c["id"]: c for c in result.ruleset["criteria"]}
    assert by_id["degree-2"]["in_lieu"] == [{"level": "bachelor", "extra_years": 2}]
    assert by_id["experience"]["min_years"] == 6
    assert by_id["management-years"]["min_years"] == 2
    assert by_id["local-languages"]["languages"] == ["Bosnian", "Croatian", "Serbian"]
    assert by_id["not-duty-station-national"]["excluded"] == ["BA"]
    assert by_id["maximum-service"]["max_years"] == 7
    assert "participating-states" in result.ruleset["organisation_rules"]


@pytest.mark.parametrize(
    "sentence,contract,grade",
    [
        ("This is a contracted position at grade P3.", "contracted", "P3"),
        ("This seconded post is at the grade S2.", "secondment", "S2"),
        ("This position is open for secondment only.", "secondment", None),
    ],
)
def test_contract_and_grade_stated_in_prose(sentence, contract, grade):
    posting = compile_text(
        f"Human Rights Officer\n\nRequirements:\nFluency in English is required.\n\nAdditional Notes:\n{sentence}\n"
    ).ruleset["posting"]
    assert posting.get("contract") == contract and posting.get("grade") == grade


def test_an_unseen_local_post_takes_no_rule_of_international_posts():
    """A national post in a field operation: open to nationals of the host country, not closed to them."""
    text = (Path(__file__).parent / "cases" / "unseen-local-posting.txt").read_text("utf-8")
    result = compile_text(text)
    posting = result.ruleset["posting"]
    assert (posting["id"], posting["contract"], posting["grade"], posting["country"]) == (
        "AST000077",
        "local",
        "G5",
        "KZ",
    )
    assert result.ruleset["organisation_rules"] == ["participating-states"]
    by_id = {c["id"]: c for c in result.ruleset["criteria"]}
    assert by_id["nationals-only"]["only"] == ["KZ"]
    assert by_id["degree"]["level"] == "secondary"
    assert [by_id[i]["languages"] for i in ("english", "russian", "kazakh")] == [["English"], ["Russian"], ["Kazakh"]]
    assert "title not found" in result.review


def test_an_unseen_job_board_posting():
    text = (Path(__file__).parent / "cases" / "unseen-job-board-posting.txt").read_text("utf-8")
    result = compile_text(text)
    posting = result.ruleset["posting"]
    assert (posting["title"], posting["country"], posting["contract"], posting["grade"]) == (
        "Senior Rule of Law Officer",
        "MK",
        "contracted",
        "P3",
    )
    by_id = {c["id"]: c for c in result.ruleset["criteria"]}
    assert by_id["degree"]["in_lieu"] == [{"level": "bachelor", "extra_years": 2}]
    assert (by_id["experience"]["min_years"], by_id["management-years"]["min_years"]) == (6, 2)
    assert by_id["macedonian-or-albanian"]["mandatory"] is False
    assert by_id["not-duty-station-national"]["excluded"] == ["MK"]
    assert by_id["driving-licence"]["manual"] is False


LAYOUTS = [c for c in CASES if "text" in c]


@pytest.mark.parametrize("case", LAYOUTS, ids=case_id)
def test_every_line_has_a_fate_in_explain(case):
    check_every_line_has_a_fate(case)


MEETING = [c for c in CASES if "meeting" in c]


@pytest.mark.parametrize("case", MEETING, ids=case_id)
def test_a_profile_meeting_what_is_required_is_eligible(case):
    check_meeting(case)


ALL_RULES = ["participating-states", "duty-station-exclusion", "cumulative-service"]


@pytest.mark.parametrize(
    "stated,rules",
    [
        ("", ALL_RULES),
        ("Nationals of the host country are not eligible to apply.", ["participating-states", "cumulative-service"]),
        ("The vacancy is open only to nationals of OSCE participating States.", ALL_RULES[1:]),
        ("The maximum period of service in this post is five years.", ALL_RULES),
    ],
    ids=["none", "duty-station exclusion", "participating States", "a post's service limit"],
)
def test_an_organisation_rule_the_posting_states_itself_is_not_added_again(stated, rules):
    """The posting's own criterion stands for the rule (a duty-station exclusion whatever country it names); a
    limit of service in the post is not the organisation's cumulative limit."""
    text = f"Legal Officer\nOSCE Mission to Serbia\nDuty station: Belgrade\n\nRequirements:\nA university degree in law.\n{stated}\n"
    assert compile_text(text).ruleset["organisation_rules"] == rules
