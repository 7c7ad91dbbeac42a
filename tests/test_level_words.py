"""Level words and the words that deny them (eligibility.languages), as data (tests/cases/level_words.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eligibility.languages import NOT_SPOKEN, language_name, level_for_wording, level_stated, name_in_text

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "level_words.yaml").read_text("utf-8"))


def _level(words: str) -> str | None:
    stated = level_stated(words)
    return stated[0] if stated else None


@pytest.mark.parametrize("case", CASES["denied"], ids=lambda c: c["words"])
def test_a_denied_level_is_never_that_level(case):
    assert _level(case["words"]) == case["level"]


@pytest.mark.parametrize("case", CASES["denied"], ids=lambda c: c["words"])
def test_the_posting_wording_table_skips_a_denied_level(case):
    found = level_for_wording(case["words"])
    assert (found[0] if found else None) == case.get("table", case["level"])


@pytest.mark.parametrize("case", CASES["stated"], ids=lambda c: c["words"])
def test_a_level_stated_plainly(case):
    expected = NOT_SPOKEN if case["level"] == "not spoken" else case["level"]
    assert _level(case["words"]) == expected


@pytest.mark.parametrize("case", CASES["names"], ids=lambda c: c["text"])
def test_a_common_english_word_in_free_text_is_no_language(case):
    assert name_in_text(case["text"]) == case["name"]


def test_a_language_code_position_still_reads_every_code():
    # A profile's `languages` keys are a code's place: 'no' there is Norwegian, as ISO 639-1 has it.
    assert language_name("no") == "Norwegian"
    assert language_name("not") is not None
