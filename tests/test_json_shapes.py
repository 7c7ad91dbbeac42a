"""Every JSON shape the tool prints has a schema (`eligibility schema NAME`), and real output passes it: `postings
--json`, `validate --json` and `compile --json`, in what they find and when they stop on bad input."""

from __future__ import annotations

import json

import jsonschema
import pytest
from clirun import run
from conftest import ROOT

from eligibility.schema import SCHEMAS

PROFILE = (ROOT / "profiles" / "sec000821-eligible.yaml").read_text("utf-8")
RULES = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")


def _passes(name: str, text: str) -> dict:
    data = json.loads(text)
    errors = list(jsonschema.Draft202012Validator(SCHEMAS[name]()).iter_errors(data))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors]
    return data


def _folder(tmp_path):
    """Valid and broken profiles and rule sets, a JSON Lines file, two rule sets of one id, and files set aside."""
    (tmp_path / "ok.yaml").write_text(PROFILE)
    (tmp_path / "bad.yaml").write_text("name: Ana\nnationalities: [ZZ]\nexperience:\n  - start: 2020-13\n")
    (tmp_path / "people.jsonl").write_text('{"name": "A", "nationalities": ["AT"]}\n{"nationalities": "x"}\n')
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text(RULES)
    (rules / "b.yaml").write_text(RULES)
    contracted = RULES.replace("contract: secondment", "contract: contracted").replace("grade: S\n", "grade: S2\n")
    assert contracted != RULES
    (tmp_path / "contracted.yaml").write_text(contracted.replace("id: SEC000821", "id: SEC000822", 1))
    (tmp_path / "notes.md").write_text("# notes\n")
    return tmp_path


def test_validate_json_gives_each_file_its_status_and_each_problem_its_place(tmp_path):
    folder = _folder(tmp_path)
    ran = run("validate", "--json", str(folder), str(folder / "ok.yaml"))
    assert ran.code == 2
    data = _passes("validate", ran.stdout)
    files = {entry["file"].removeprefix(f"{folder}/"): entry for entry in data["files"]}
    assert data["valid"] is False
    assert files["ok.yaml"] == {
        "file": str(folder / "ok.yaml"),
        "status": "ok",
        "what": "profile of Lukas Gruber",
        "problems": [],
        "warnings": [],
    }
    bad = files["bad.yaml"]
    assert bad["status"] == "error" and bad["what"] is None
    assert {(p["line"], p["field"]) for p in bad["problems"]} == {(2, "nationalities[0]"), (4, "experience[0].start")}
    assert all(p["file"] == str(folder / "bad.yaml") and p["message"] for p in bad["problems"])
    assert {files[name]["status"] for name in ("rules/a.yaml", "rules/b.yaml")} == {"error"}
    assert "also the id of" in files["rules/a.yaml"]["problems"][0]["message"]
    assert files["contracted.yaml"]["status"] == "ok"
    assert files["contracted.yaml"]["warnings"][0]["field"] == "posting.contract"
    assert [entry["status"] for name, entry in files.items() if name.startswith("people.jsonl")] == ["ok", "error"]
    assert data["set_aside"] == [
        {"file": str(folder / "notes.md"), "what": "neither a profile nor a CV; `eligibility validate FILE` says why",
         "lines": 1}
    ]  # fmt: skip
    assert data["given_again"] == [{"file": str(folder / "ok.yaml"), "first": str(folder / "ok.yaml")}]


def test_validate_json_of_valid_files_is_valid_and_exits_0(tmp_path):
    (tmp_path / "ok.yaml").write_text(PROFILE)
    ran = run("validate", "--json", str(tmp_path / "ok.yaml"))
    assert ran.code == 0 and _passes("validate", ran.stdout)["valid"] is True


def test_validate_text_output_is_unchanged_by_the_json_option(tmp_path):
    folder = _folder(tmp_path)
    ran = run("validate", str(folder / "ok.yaml"), str(folder / "bad.yaml"))
    assert ran.stdout == f"{folder / 'ok.yaml'}: valid profile of Lukas Gruber\n"
    assert f"{folder / 'bad.yaml'}:2: nationalities[0]: unknown country 'ZZ'" in ran.stderr


@pytest.mark.parametrize("to_file", [False, True], ids=["to standard output", "with -o"])
def test_compile_json_gives_the_rule_set_written_and_what_needs_review(tmp_path, to_file):
    notice = ROOT / "tests" / "fixtures" / "notices" / "P01.txt"
    target = tmp_path / "P01.yaml"
    ran = run("compile", str(notice), "--json", *(["-o", str(target)] if to_file else []))
    assert ran.code == 0, ran.stderr
    data = _passes("compile", ran.stdout)
    assert data["written_to"] == (str(target) if to_file else None)
    assert data["ruleset"]["posting"]["id"] and data["ruleset"]["criteria"]
    assert sum(data["criteria"].values()) == len(data["ruleset"]["criteria"])
    assert "compiled " in ran.stderr  # the summary still goes to standard error
    if to_file:
        import yaml

        written = yaml.safe_load(target.read_text("utf-8"))
        assert json.loads(json.dumps(written, default=str)) == data["ruleset"]


def test_compile_json_lists_what_a_person_must_review(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "Legal Officer\nDuty station: Vienna, Austria\nDeadline for applications: 1 March 2030\n\n"
        "Minimum requirements\n- First-level university degree in law\n"
        "- Five years of relevant professional experience\n- Demonstrated sound judgement in difficult settings\n"
    )
    ran = run("compile", str(notice), "--json", "--id", "LEG01")
    assert ran.code == 0, ran.stderr
    data = _passes("compile", ran.stdout)
    assert data["needs_review"], "the summary's review points are in the JSON too"
    assert data["open_review_items"] == data["ruleset"].get("review", [])


def test_postings_json_passes_its_schema(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yaml").write_text(RULES)
    (rules / "b.yaml").write_text(RULES)
    (rules / "broken.yaml").write_text("schema_version: 1\nposting: {id: X}\ncriteria: nope\n")
    ran = run("postings", "--json", "--rules", str(rules))
    assert ran.code == 2
    data = _passes("postings", ran.stdout)
    assert data["errors"] and any(p["same_id_as"] for p in data["postings"])


@pytest.mark.parametrize(
    ("name", "args"),
    [
        ("postings", ("postings", "--json", "--rules", "/nowhere")),
        ("validate", ("validate", "--json", "--bogus")),
        ("compile", ("compile", "/nowhere.txt", "--json")),
    ],
)
def test_a_command_stopped_on_bad_input_prints_what_its_schema_allows(name, args):
    ran = run(*args)
    assert ran.code == 2
    assert _passes(name, ran.stdout)["exit_status"] == 2
