"""YAML is read as YAML 1.2 (core schema) everywhere: a word is never a boolean, a number never octal."""

from __future__ import annotations

import pycountry
import pytest
from conftest import ROOT

from eligibility.engine import assess
from eligibility.languages import language_name
from eligibility.organisation import osce
from eligibility.outcome import Verdict
from eligibility.profile import read_profile
from eligibility.rules import load_ruleset
from eligibility.yamlio import load_yaml

COUNTRY_CODES = sorted({c.alpha_2 for c in pycountry.countries} | {"XK"})
LANGUAGE_CODES = sorted(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def profile(text: str):
    return read_profile(load_yaml(text, name="p.yaml"), "p.yaml")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NO", "NO"),
        ("no", "no"),
        ("No", "No"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("Yes", "Yes"),
        ("12:30", "12:30"),
        ("012345", 12345),
        ("0o17", 15),
        ("0x1F", 31),
        ("1_000", "1_000"),
        ("true", True),
        ("False", False),
        ("null", None),
        ("~", None),
        ("", None),
        ("2.5", 2.5),
        ("1e3", 1000.0),
        ("2015-03", "2015-03"),
        ("2015-03-14", "2015-03-14"),
    ],
)
def test_plain_scalars_follow_the_core_schema(text, expected):
    value = load_yaml(f"key: {text}\n", name="x.yaml")["key"]
    assert value == expected
    assert type(value) is type(expected)


def test_keys_are_read_by_the_same_rules():
    assert list(load_yaml("{no: 1, NO: 2, on: 3}\n", name="x.yaml")) == ["no", "NO", "on"]


@pytest.mark.parametrize("text", ["123456789012345678", "-99999999999999999", "0x" + "f" * 20, ".inf", "-.Inf", ".nan"])
def test_numbers_no_field_can_hold_are_refused_where_they_are_read(text):
    with pytest.raises(Exception, match=r"x\.yaml:1: key: cannot read"):
        load_yaml(f"key: {text}\n", name="x.yaml")


@pytest.mark.parametrize("text", ["!!bool yes", "!!bool 'no'"])
def test_an_explicit_boolean_tag_accepts_only_true_and_false(text):
    with pytest.raises(Exception, match="only true and false"):
        load_yaml(f"key: {text}\n", name="x.yaml")


def test_the_organisation_data_lists_norway_among_the_57():
    states = osce().participating_states
    assert len(states) == 57
    assert "NO" in states
    assert all(isinstance(code, str) and len(code) == 2 for code in states)


def test_every_country_code_reads_unquoted_as_a_nationality():
    text = "nationalities: [" + ", ".join(COUNTRY_CODES) + "]\n"
    assert profile(text).nationalities == tuple(COUNTRY_CODES)


@pytest.mark.parametrize("code", LANGUAGE_CODES)
def test_every_language_code_reads_unquoted_as_a_language_key(code):
    name = language_name(code)
    assert name is not None
    for written in (code, code.upper(), code.capitalize()):
        assert profile(f"languages:\n  {written}: C1\n").languages == {name: "C1"}


def test_norwegian_as_no_is_norwegian():
    assert profile("languages: {no: native}\n").languages == profile("languages: {Norwegian: native}\n").languages


@pytest.mark.parametrize("ruleset", ["SEC000821", "jpo-2020"])
def test_a_norwegian_is_eligible_where_a_croatian_with_the_same_profile_is(ruleset):
    rules = load_ruleset(ruleset)
    base = "profiles/sec000821-eligible.yaml" if ruleset == "SEC000821" else "profiles/jpo-eligible.yaml"
    source = (ROOT / base).read_text("utf-8")
    nationality_line = next(line for line in source.splitlines() if line.startswith("nationalities:"))
    verdicts = {}
    for code in ("HR", "NO"):
        text = source.replace(nationality_line, f"nationalities: [{code}]")
        verdicts[code] = assess(rules, profile(text)).verdict
    assert verdicts["NO"] == verdicts["HR"]
    if ruleset == "SEC000821":
        assert verdicts["NO"] is Verdict.ELIGIBLE
