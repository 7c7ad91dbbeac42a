"""Level words and the words that deny them (eligibility.languages), as data (tests/cases/level_words.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eligibility import interview
from eligibility.cv import mapping
from eligibility.languages import (
    NOT_SPOKEN,
    language_name,
    level_for_wording,
    level_stated,
    name_in_text,
    other_language,
)

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


@pytest.mark.parametrize("words", CASES["qualified"])
def test_a_qualified_level_is_no_level(words):
    assert level_stated(words) is None
    assert mapping.level_from_fluency(words, "English") is None
    with pytest.raises(ValueError):
        interview._cefr(words, "English")


@pytest.mark.parametrize("case", CASES["between"], ids=lambda c: c["words"])
def test_a_level_between_two_is_the_lower(case):
    assert _level(case["words"]) == case["level"]
    found = mapping.level_from_fluency(case["words"], "English")
    assert (found[0] if found else None) == case["level"]


@pytest.mark.parametrize("case", CASES["other_language"], ids=lambda c: f"{c['words']} for {c['language']}")
def test_a_level_naming_another_language_is_not_this_ones(case):
    assert other_language(case["words"], case["language"]) == case["other"]
    found = mapping.level_from_fluency(case["words"], case["language"])
    if case["other"] is None:
        assert found is not None and interview._cefr(case["words"], case["language"])
    else:
        assert found is None
        with pytest.raises(ValueError, match=f"names {case['other']}: say your level in {case['language']}"):
            interview._cefr(case["words"], case["language"])


@pytest.mark.parametrize("case", CASES["names"], ids=lambda c: c["text"])
def test_a_common_english_word_in_free_text_is_no_language(case):
    assert name_in_text(case["text"]) == case["name"]


def test_a_language_code_position_still_reads_every_code():
    # A profile's `languages` keys are a code's place: 'no' there is Norwegian, as ISO 639-1 has it.
    assert language_name("no") == "Norwegian"
    assert language_name("not") is not None
