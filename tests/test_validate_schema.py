"""validate, and the JSON Schemas editors use: generated from the readers' constants, kept in the repository."""

from __future__ import annotations

import json

import jsonschema
import pytest
from clirun import run_bytes as run
from conftest import ROOT

from eligibility.schema import SCHEMAS
from eligibility.yamlio import load_file

SCHEMA_DIR = ROOT / "eligibility" / "data" / "schemas"


def plain(data):
    return json.loads(json.dumps(data))


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_schema_files_in_the_repository_are_the_generated_ones(name):
    kept = json.loads((SCHEMA_DIR / f"{name}.schema.json").read_text("utf-8"))
    assert kept == SCHEMAS[name](), (
        f"regenerate: eligibility schema {name} > eligibility/data/schemas/{name}.schema.json"
    )
    jsonschema.Draft202012Validator.check_schema(kept)


def test_the_schema_command_prints_them():
    proc = run("schema", "rules")
    assert proc.returncode == 0 and json.loads(proc.stdout) == SCHEMAS["rules"]()
    assert run("schema", "nonsense").returncode == 2


@pytest.mark.parametrize("kind,folder", [("rules", "rules"), ("profile", "profiles")])
def test_shipped_files_point_at_their_schema_and_pass_it(kind, folder):
    validator = jsonschema.Draft202012Validator(SCHEMAS[kind]())
    for path in sorted((ROOT / folder).glob("*.yaml")):
        first = path.read_text("utf-8").splitlines()[0]
        assert first == f"# yaml-language-server: $schema=../eligibility/data/schemas/{kind}.schema.json", path.name
        assert (path.parent / first.split("=", 1)[1]).resolve().is_file()
        errors = list(validator.iter_errors(plain(load_file(path))))
        assert not errors, (path.name, errors[0].message)


@pytest.mark.parametrize(
    "document",
    [
        {"nationalties": ["AT"]},
        {"experience": [{"start": "2020-01", "fraction": 1.5}]},
        {"languages": {"English": "fluent"}},
        {"education": [{"level": "bachlor"}]},
        {"driving_licence": {"valid": True, "automatic": True}},
    ],
)
def test_the_profile_schema_rejects_what_the_tool_rejects(document):
    assert list(jsonschema.Draft202012Validator(SCHEMAS["profile"]()).iter_errors(document))


def test_check_json_output_follows_the_result_schema():
    validator = jsonschema.Draft202012Validator(SCHEMAS["result"]())
    for profile in sorted((ROOT / "profiles").glob("*.yaml")):
        data = json.loads(run("check", "KOS000396", str(profile), "--json").stdout)
        errors = list(validator.iter_errors(data))
        assert not errors, (profile.name, errors[0].message)


def test_validate_reports_every_problem_with_file_line_and_field(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("nationalties: [AT]\nexperience:\n  - {start: 2020-13, fraction: 2}\nlanguages: {Englsh: C1}\n")
    rules = tmp_path / "rules.yaml"
    rules.write_text("posting: {id: x, title: X}\ncriteria:\n  - {id: a, kind: experiense, source: s}\n")
    proc = run("validate", str(bad), str(rules), "rules/SEC000821.yaml")
    err = proc.stderr.decode().splitlines()
    assert proc.returncode == 2
    assert f"{bad}:1: nationalties: unknown key 'nationalties' (did you mean 'nationalities'?)" in err
    assert f"{bad}:3: experience[0].start: '2020-13' has no month 13" in err
    assert f"{bad}:3: experience[0].fraction: 2 is out of range; must be in (0, 1]" in err
    assert any(line.startswith(f"{bad}:4: languages.Englsh") for line in err)
    assert any(line.startswith(f"{rules}:3: criteria[0].kind") and "did you mean 'experience'" in line for line in err)
    assert "rules/SEC000821.yaml: valid rule set SEC000821" in proc.stdout.decode()


def test_validate_passes_the_shipped_files():
    proc = run("validate", "rules", "profiles")
    assert proc.returncode == 0 and proc.stdout.decode().count(": valid ") == 19


def test_validate_warns_of_a_contracted_post_at_a_seconded_grade(tmp_path):
    """S grades are filled by secondment: 'contracted' beside one reads, but contradicts itself. A warning line naming
    file, line and field; the rule set stays valid."""
    posting = "posting: {{id: {grade}-{contract}, title: X, country: AT, grade: {grade}, contract: {contract}}}\n"
    criteria = "criteria:\n  - {id: a, kind: competency, source: s}\n"
    files = {}
    for grade, contract in [("S2", "contracted"), ("S-3", "contracted"), ("P2", "contracted"), ("S2", "secondment")]:
        path = tmp_path / f"{grade}-{contract}.yaml"
        path.write_text(posting.format(grade=grade, contract=contract) + criteria)
        files[grade, contract] = path
    proc = run("validate", *map(str, files.values()))
    err = proc.stderr.decode().splitlines()
    assert proc.returncode == 0 and proc.stdout.decode().count(": valid rule set") == 4
    assert err == [
        f"{files[grade, 'contracted']}:1: posting.contract: warning: 'contracted' at grade {grade}, a seconded grade; "
        "give the contract the posting states (secondment) or its grade"
        for grade in ("S2", "S-3")
    ]


def test_validate_warns_of_a_country_given_twice_in_a_profile_and_every_command_reads_it_once(tmp_path):
    """'nationalities: [AT, Austria]' reads as Austria once; `validate` names the second entry (a warning, which
    leaves the profile valid), a different country given beside it is no repeat."""
    path = tmp_path / "twice.yaml"
    path.write_text("name: Twice\nnationalities:\n  - AT\n  - DE\n  - Austria\npermanent_residence: [HR]\n")
    proc = run("validate", str(path))
    assert proc.returncode == 0 and ": valid profile of Twice" in proc.stdout.decode()
    assert proc.stderr.decode().splitlines() == [
        f"{path}:5: nationalities: warning: AT is given twice; it is read once"
    ]
    from eligibility.profile import load_profile

    assert load_profile(str(path)).nationalities == ("AT", "DE")


@pytest.mark.parametrize(
    ("schema", "command"),
    [
        ("result", ["check", "SEC000821", "no-such-profile.yaml", "--json"]),
        ("result", ["check", "SEC000821", "profiles/sec000821-eligible.yaml", "--json", "--as-of", "someday"]),
        ("match", ["match", "no-such-profile.yaml", "--json"]),
        ("brief", ["screen", "NO-SUCH-POSTING", "profiles", "--brief", "-f", "jsonl"]),
        ("error", ["check", "NO-SUCH-POSTING", "profiles/sec000821-eligible.yaml", "--json"]),
    ],
)
def test_the_error_object_a_command_stops_with_follows_its_schemas(schema, command):
    proc = run(*command)
    assert proc.returncode == 2
    data = json.loads(proc.stdout)
    assert data["error"] and data["exit_status"] == 2
    for name in (schema, "error"):
        errors = list(jsonschema.Draft202012Validator(SCHEMAS[name]()).iter_errors(data))
        assert not errors, (name, errors[0].message)
    assert list(jsonschema.Draft202012Validator(SCHEMAS["error"]()).iter_errors({**data, "verdict": None}))
