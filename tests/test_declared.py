"""The profile and the rule set's `posting` block are declared once (eligibility.declared): their readers and
their JSON Schemas come from the same declaration, and the readers report every problem, in reading order,
with file, line, field path and did-you-mean."""

from __future__ import annotations

import pytest
from clirun import run
from conftest import ROOT

from eligibility.declared import keys
from eligibility.profile import DEGREE, JOB, LICENCE, PROFILE, SERVICE
from eligibility.rules import POSTING
from eligibility.schema import SCHEMAS

FIXTURES = ROOT / "tests" / "fixtures" / "declared"


@pytest.mark.parametrize("what", ["profile", "rules"])
def test_every_problem_is_reported_in_reading_order_with_its_field_path(what):
    path = FIXTURES / f"many-problems.{what}.yaml"
    expected = (FIXTURES / f"many-problems.{what}.expected").read_text("utf-8").splitlines()
    ran = run("validate", str(path))
    assert ran.code == 2
    assert [line.replace(str(path), "FILE", 1) for line in ran.stderr.splitlines()] == expected


def test_the_profile_schema_has_exactly_the_declared_fields():
    schema = SCHEMAS["profile"]()
    assert list(schema["properties"]) == list(keys(PROFILE))
    listed = {**schema["properties"], "osce_service": schema["properties"]["osce_service"]["anyOf"][0]}
    items = {name: listed[name]["items"] for name in ("education", "experience", "osce_service")}
    for name in ("permanent_residence", "osce_service"):  # sections whose absence reads as none
        assert {"const": "unknown"} in schema["properties"][name]["anyOf"]
    for name, declared in (("education", DEGREE), ("experience", JOB), ("osce_service", SERVICE)):
        assert list(items[name]["properties"]) == list(keys(declared))
        assert items[name].get("required", []) == [p.name for p in declared if p.required]
    licence = schema["properties"]["driving_licence"]["oneOf"][1]
    assert list(licence["properties"]) == list(keys(LICENCE))


def test_the_rules_schema_posting_block_has_exactly_the_declared_fields():
    posting = SCHEMAS["rules"]()["properties"]["posting"]
    assert list(posting["properties"]) == list(keys(POSTING))
    assert posting["required"] == ["id", "title"]


def test_the_fast_profile_reader_leaves_keys_it_does_not_build_to_the_located_reader():
    from eligibility import quickread
    from eligibility.profile import PROFILE_KEYS

    assert set(PROFILE_KEYS) >= quickread._KEYS
    plain = {"name": "A", "nationalities": ["HR"]}
    assert quickread.quick_profile(plain, "p.yaml") is not None
    assert quickread.quick_profile({**plain, "not_built_here": 1}, "p.yaml") is None
