"""The `age` kind end to end (tests/cases/age.yaml): compile, check, screening rows, self-check, schema."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import jsonschema
import pytest
import yaml
from clirun import run
from conftest import build

from eligibility.compiler import compile_text
from eligibility.compiler.emit import to_yaml
from eligibility.engine import assess
from eligibility.formats.brief import brief
from eligibility.interview import interview
from eligibility.profile import read_profile
from eligibility.rules import read_ruleset
from eligibility.schema import SCHEMAS
from eligibility.yamlio import load_yaml

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "age.yaml").read_text("utf-8"))


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value


@pytest.mark.parametrize("case", CASES["compile"], ids=[c["phrase"] for c in CASES["compile"]])
def test_the_compiler_reads_the_age_limit(case):
    text = f"Junior Officer\n\nRequirements\n{case['phrase']}\nA university degree in law.\n"
    compiled = compile_text(text, posting_id="AGE01")
    written = to_yaml(compiled.ruleset, compiled.review, source_name=None)
    ruleset = yaml.safe_load(written)
    ages = [c for c in ruleset["criteria"] if c["kind"] == "age"]
    if case["expect"] == "none":
        assert not ages, ages
        return
    assert len(ages) == 1, ruleset["criteria"]
    params = {k: _plain(v) for k, v in ages[0].items() if k not in ("id", "kind", "source", "note", "mandatory")}
    assert params == {k: _plain(v) for k, v in case["expect"].items()}
    assert case.get("note_says", "") in ages[0].get("note", "")
    read_ruleset(load_yaml(written, name="compiled.yaml"), "compiled.yaml")  # reads back


@pytest.mark.parametrize("case", CASES["check"], ids=[c["name"] for c in CASES["check"]])
def test_the_check_says_how_old_and_never_guesses(case):
    criterion = {"id": "age", "kind": "age", "source": "age limit", **case["criterion"]}
    profile = {"name": "A"} | ({"born": case["born"]} if "born" in case else {})
    ruleset, person = build([criterion], profile, posting={"closes": case["closes"]})
    result = assess(ruleset, person, today=date(2026, 1, 1))
    (finding,) = result.findings
    assert finding.outcome.status.value == case["expect"], finding.outcome.reason
    assert case["says"] in finding.outcome.reason
    assert brief(finding) == case["brief"]


@pytest.mark.parametrize("case", CASES["self_check"], ids=lambda c: str(c["asks_birth_date"]))
def test_the_self_check_asks_the_birth_date_only_where_a_posting_has_an_age_limit(case):
    ruleset, _ = build(case["criteria"], {"name": "Ana"})
    prompts: list[str] = []

    class Person:
        def say(self, text: str) -> None:
            pass

        def ask(self, prompt: str) -> str:
            prompts.append(prompt)
            if "date of birth" in prompt:
                return "1994-05"
            if "nationalities" in prompt.lower():
                return "Croatia"
            return "n" if "(y/n)" in prompt else ""

    answers = interview(ruleset, Person())
    asked = any("date of birth" in p for p in prompts)
    assert asked == case["asks_birth_date"], prompts
    profile = read_profile(load_yaml(yaml.safe_dump(dict(answers)), name="answers.yaml"), "answers.yaml")
    assert (str(profile.born) if profile.born else None) == ("1994-05" if asked else None)


def test_the_self_check_asks_again_after_a_date_that_is_no_date_of_birth():
    ruleset, _ = build(CASES["self_check"][0]["criteria"], {"name": "Ana"})
    answers_given = iter(["1994-13", "1994"])
    said: list[str] = []

    class Person:
        def say(self, text: str) -> None:
            said.append(text)

        def ask(self, prompt: str) -> str:
            if "date of birth" in prompt:
                return next(answers_given)
            if "nationalities" in prompt.lower():
                return "Croatia"
            return "n" if "(y/n)" in prompt else ""

    answers = interview(ruleset, Person())
    assert answers["born"] == "1994"
    assert any("has no month 13" in s for s in said), said


def test_a_screening_row_shows_the_age_and_the_limit(tmp_path):
    rules = tmp_path / "rules.yaml"
    rules.write_text(
        yaml.safe_dump(
            {
                "posting": {"id": "JPO1", "title": "Junior Professional", "closes": "2026-03-31"},
                "criteria": [{"id": "age", "kind": "age", "max_age": 31, "source": "Under 32 years of age."}],
            }
        )
    )
    folder = tmp_path / "profiles"
    folder.mkdir()
    (folder / "older.yaml").write_text("name: Older\nborn: 1990-02-14\n")
    (folder / "younger.yaml").write_text("name: Younger\nborn: 1999\n")
    ran = run("screen", str(rules), str(folder), "--format", "csv")
    rows = {line.split(",")[0]: line for line in ran.stdout.splitlines()[1:]}
    assert "age 36/≤31" in rows["Older"]
    assert ",eligible," in rows["Younger"]


def test_the_schemas_describe_the_age_limit_and_the_birth_date():
    rules = SCHEMAS["rules"]()
    ruleset = {
        "posting": {"id": "JPO1", "title": "Junior Professional"},
        "criteria": [{"id": "age", "kind": "age", "max_age": 31, "on_date": "2026-12-31", "source": "s"}],
    }
    jsonschema.validate(ruleset, rules)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**ruleset, "criteria": [{**ruleset["criteria"][0], "max_age": "old"}]}, rules)
    profile = SCHEMAS["profile"]()
    for born in (1994, "1994-05", "1994-05-14"):
        jsonschema.validate({"born": born}, profile)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"born": "May 1994"}, profile)
