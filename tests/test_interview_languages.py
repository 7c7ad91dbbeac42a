"""The self-check's language questions: a level that is only denied is never read as that level
(tests/cases/interview_languages.yaml), and a whole self-check where it is."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from eligibility.engine import assess
from eligibility.interview import _languages, interview, to_profile
from eligibility.rules import load_ruleset

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "interview_languages.yaml").read_text("utf-8"))


class Script:
    """Answers given in turn ('' once they run out, for the next question only); everything said is kept."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.said: list[str] = []

    def say(self, text: str) -> None:
        self.said.append(text)

    def ask(self, prompt: str) -> str:
        return self.answers.pop(0) if self.answers else ""


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["name"])
def test_language_answers(case):
    script = Script(*case["answers"])
    spoken = _languages(script, list(case["asked"]))
    assert spoken == case["spoken"], script.said
    told = "\n".join(script.said)
    for piece in case.get("says", []):
        assert piece in told, told
    for piece in case.get("says_not", []):
        assert piece not in told, told
    assert not script.answers, f"answers left unread: {script.answers}"


SELF_CHECK = [
    "Test Person", "Austria", "", "y", "master", "Security Studies", "2015-06", "n",
    "y", "Security analyst", "Austrian Ministry of Interior", "2016-01", "", "security", "", "n",
]  # fmt: skip
"""A self-check for SEC000821 up to its first language question, English (C1 required)."""


@pytest.mark.parametrize("english", ["not fluent", "not native", "not fluent but basic", "Not fluent, not native"])
def test_a_denied_english_level_never_makes_the_candidate_eligible(english):
    ruleset = load_ruleset("SEC000821")
    script = Script(*SELF_CHECK, english, "A2")
    profile, _ = to_profile(interview(ruleset, script))
    result = assess(ruleset, profile)
    english_level = next(f for f in result.findings if f.criterion.id == "english")
    assert english_level.status.value != "pass", english_level.outcome.reason
    assert result.verdict.value != "eligible"
