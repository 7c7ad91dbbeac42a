"""Each extractor against many phrasings, as data (tests/cases/compile_phrases.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eligibility.compiler import compile_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "compile_phrases.yaml").read_text("utf-8"))


def _matches(criterion: dict, expected: dict) -> bool:
    for key, want in expected.items():
        if key == "review":
            if want != ("Review:" in criterion.get("note", "")):
                return False
        elif key == "mandatory":
            if criterion.get("mandatory", True) != want:
                return False
        elif key == "in_lieu":
            got = [{"levels": e.get("levels") or [e["level"]], "extra_years": e.get("extra_years")} for e in criterion.get("in_lieu", [])]
            if got != want:
                return False
        elif key == "fields":
            if [f.lower() for f in criterion.get("fields", [])] != [f.lower() for f in want]:
                return False
        elif criterion.get(key, False if key == "or_related" else None) != want:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c["phrase"] for c in CASES])
def test_phrase(case):
    result = compile_text(f"Requirements:\n{case['phrase']}\n")
    criteria = result.ruleset["criteria"]
    assert len(criteria) == len(case["expect"]), criteria
    for criterion, expected in zip(criteria, case["expect"]):
        assert _matches(criterion, expected), (criterion, expected)


def test_a_number_it_cannot_pin_down_is_flagged_not_guessed():
    result = compile_text("Requirements:\nA second-level degree in law, or a police academy combined with substantial experience.\n")
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
    assert (posting["id"], posting["country"], posting["grade"], str(posting["closes"])) == ("BAH000123", "BA", "S2", "2026-02-02")
    by_id = {c["id"]: c for c in result.ruleset["criteria"]}
    assert by_id["degree-2"]["in_lieu"] == [{"level": "bachelor", "extra_years": 2}]
    assert by_id["experience"]["min_years"] == 6
    assert by_id["management-years"]["min_years"] == 2
    assert by_id["local-languages"]["languages"] == ["Bosnian", "Croatian", "Serbian"]
    assert by_id["not-duty-station-national"]["excluded"] == ["BA"]
    assert by_id["maximum-service"]["max_years"] == 7
    assert "participating-states" in result.ruleset["organisation_rules"]
