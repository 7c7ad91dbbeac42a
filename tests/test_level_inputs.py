"""A person's level words read alike in a JSON Resume, the guided self-check and a profile (tests/cases/level_inputs.yaml)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from eligibility import interview
from eligibility.cv import read_bytes
from eligibility.languages import level_hint, level_stated

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "level_inputs.yaml").read_text("utf-8"))["words"]
LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2", "native")


def _from_resume(words: str) -> str | None:
    resume = {"basics": {"name": "Ana"}, "languages": [{"language": "English", "fluency": words}]}
    draft = read_bytes(json.dumps(resume).encode(), "cv.json")
    assert draft is not None
    if any(q.path == ("languages", "English") for q in draft.questions):
        return None
    return {**draft.withheld.get("languages", {}), **draft.data.get("languages", {})}["English"]


def _from_self_check(words: str) -> str | None:
    try:
        return str(interview._cefr(words, "English"))
    except ValueError:
        return None


def _from_profile_hint(words: str) -> str | None:
    hint = level_hint(words)
    return next((level for level in LEVELS if hint.startswith(f"write {level}:")), None)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["words"])
def test_level_words_read_alike_in_every_input(case):
    stated = level_stated(case["words"], "English")
    read = {
        "words": stated[0] if stated else None,
        "JSON Resume": _from_resume(case["words"]),
        "self-check": _from_self_check(case["words"]),
        "profile hint": _from_profile_hint(case["words"]),
    }
    assert read == dict.fromkeys(read, case["level"])
