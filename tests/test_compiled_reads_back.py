"""Every rule set the compiler writes is one the rule-set reader accepts, whatever kinds it holds."""

from __future__ import annotations

import pytest

from eligibility.compiler import compile_text
from eligibility.rules import read_ruleset

TEXTS = {
    "an exclusion with no duty station named": (
        "Chief of Section\n\nRequirements:\n- Second-level university degree in law\n"
        "- Minimum 6 years of relevant professional experience\n"
        "- Nationals and permanent residents of the duty station are not eligible for this post\n"
    ),
    "a language the compiler cannot level": (
        "Analyst\n\nRequirements:\n- University degree in economics\n"
        "- At least 3 years of experience in statistics\n"
        "- Knowledge of one of the languages of the European Union\n"
    ),
}


@pytest.mark.parametrize("name", TEXTS)
def test_compiled_rule_set_reads_back(name):
    compiled = compile_text(TEXTS[name])
    kinds = {c["kind"] for c in compiled.ruleset["criteria"]}
    ruleset = read_ruleset(compiled.ruleset, "<compiled>")
    assert {c.kind for c in ruleset.criteria if c.origin == "posting"} == kinds


def test_a_requirement_criterion_is_read_back():
    compiled = compile_text(TEXTS["an exclusion with no duty station named"])
    assert "requirement" in {c["kind"] for c in compiled.ruleset["criteria"]}
    read_ruleset(compiled.ruleset, "<compiled>")
