"""What `screen` is given: each file screened once however often it is named, and files that are no profile
(a rule set, the tool's own results) named for what they are."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest
from clirun import run
from conftest import ROOT


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def two_profiles(folder):
    folder.mkdir()
    for name in ("a.yaml", "b.yaml"):
        shutil.copy(ROOT / "profiles" / "sec000821-eligible.yaml", folder / name)
    return folder


def test_a_file_given_again_alone_and_under_another_spelling_is_screened_once_and_said(tmp_path):
    folder = two_profiles(tmp_path / "in")
    os.symlink(folder / "a.yaml", tmp_path / "link.yaml")
    ran = run(
        "screen", "SEC000821", str(folder), str(folder / "a.yaml"), f"{folder}/./a.yaml", str(tmp_path / "link.yaml"),
        "-f", "csv",
    )  # fmt: skip
    assert ran.code == 0, ran.stderr
    assert [row["file"] for row in csv_rows(ran.stdout)] == [str(folder / "a.yaml"), str(folder / "b.yaml")]
    assert (
        f"note: 1 file was given more than once and screened once: {folder / 'a.yaml'} (again as "
        f"{folder / 'a.yaml'}, {folder}/./a.yaml, {tmp_path / 'link.yaml'})"
    ) in ran.stderr
    assert "2 candidates: 2 eligible" in ran.stderr


def test_a_folder_or_a_json_lines_file_given_twice_is_screened_once(tmp_path):
    folder = two_profiles(tmp_path / "in")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"name": "A", "nationalities": ["AT"]}\n{"name": "B", "nationalities": ["AT"]}\n')
    ran = run("screen", "SEC000821", str(folder), str(lines), str(folder), str(lines), "-f", "csv")
    assert ran.code == 0, ran.stderr
    assert len(csv_rows(ran.stdout)) == 4
    assert "3 files were given more than once and screened once" in ran.stderr
    assert "4 candidates" in ran.stderr


def test_validate_lists_a_file_given_again_once_and_says_so(tmp_path):
    folder = two_profiles(tmp_path / "in")
    os.symlink(folder / "a.yaml", tmp_path / "link.yaml")
    lines = tmp_path / "batch.jsonl"
    lines.write_text('{"name": "A", "nationalities": ["AT"]}\n{"name": "B", "nationalities": ["AT"]}\n')
    ran = run(
        "validate", str(folder), str(folder / "a.yaml"), f"{folder}/./a.yaml", str(tmp_path / "link.yaml"),
        str(lines), str(lines),
    )  # fmt: skip
    assert ran.code == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        f"{folder / 'a.yaml'}: valid profile of Lukas Gruber",
        f"{folder / 'b.yaml'}: valid profile of Lukas Gruber",
        f"{lines}:1: valid profile",
        f"{lines}:2: valid profile",
    ]
    assert ran.stderr.splitlines() == [
        f"eligibility: note: 2 files were given more than once and validated once: {folder / 'a.yaml'} (again as "
        f"{folder / 'a.yaml'}, {folder}/./a.yaml, {tmp_path / 'link.yaml'}); {lines} (again as {lines})"
    ]


def test_validate_given_each_file_once_gives_no_note(tmp_path):
    folder = two_profiles(tmp_path / "in")
    ran = run("validate", str(folder / "a.yaml"), str(folder / "b.yaml"))
    assert ran.code == 0 and len(ran.stdout.splitlines()) == 2
    assert ran.stderr == ""


def test_files_given_once_get_no_note(tmp_path):
    folder = two_profiles(tmp_path / "in")
    ran = run("screen", "SEC000821", str(folder / "a.yaml"), str(folder / "b.yaml"), "-f", "csv")
    assert ran.code == 0 and len(csv_rows(ran.stdout)) == 2
    assert "note:" not in ran.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("NOPE", "profiles", "-f", "json"),
        ("NOPE", "profiles", "--format=JSONL"),
        ("SEC000821", "-fjson"),  # no profile: a usage mistake, found before the command runs
        ("SEC000821", "profiles", "-f", "jsonl", "--only", "bogus"),
    ],
    ids=["json", "jsonl by --format=", "a usage mistake", "a bad option value"],
)
def test_screen_writing_json_to_standard_output_gives_the_json_error_object(args):
    ran = run("screen", *args)
    assert ran.code == 2
    message = ran.stderr.strip().removeprefix("eligibility: error: ")
    assert json.loads(ran.stdout) == {"schema_version": 1, "error": message, "exit_status": 2}


@pytest.mark.parametrize("args", [("-f", "csv"), (), ("-f", "json", "-o", "out.json")])
def test_screen_writing_other_formats_or_to_a_file_keeps_standard_output_empty(tmp_path, args):
    args = tuple(str(tmp_path / a) if a == "out.json" else a for a in args)
    ran = run("screen", "NOPE", "profiles", *args)
    assert ran.code == 2 and ran.stdout == ""


def test_a_rule_set_given_as_the_profile_is_named_as_one():
    ran = run("check", "SEC000821", "rules/KOS000396.yaml")
    assert ran.code == 2
    line = next(
        n
        for n, text in enumerate((ROOT / "rules/KOS000396.yaml").read_text().splitlines(), 1)
        if text.startswith("posting:")
    )
    assert ran.stderr.strip().startswith(
        f"eligibility: error: rules/KOS000396.yaml:{line}: is a rule set, not a profile"
    )
    assert "unknown key" not in ran.stderr


def test_a_folder_holding_a_rule_set_and_the_results_saved_beside_its_profiles_names_each(tmp_path):
    folder = two_profiles(tmp_path / "in")
    shutil.copy(ROOT / "rules" / "SEC000821.yaml", folder / "SEC000821.yaml")
    first = run("screen", "SEC000821", str(folder), "-o", str(folder / "out.jsonl"))
    assert first.code == 2  # the rule set is an error row already
    ran = run("screen", "SEC000821", str(folder), "-f", "csv")
    assert ran.code == 2
    errors = {row["file"]: row["error"] for row in csv_rows(ran.stdout) if row["verdict"] == "error"}
    assert errors[str(folder / "SEC000821.yaml")].endswith(
        "is a rule set, not a profile (a rule set is the POSTING, given before the profiles)"
    )
    results = {name: error for name, error in errors.items() if name.startswith(f"{folder / 'out.jsonl'}:")}
    assert len(results) == 3
    assert all(
        error == f"{name}: is a result written by `eligibility`, not a profile (screen the profiles it was made from)"
        for name, error in results.items()
    )


@pytest.mark.parametrize("command", [("check", "--json"), ("screen", "-f", "json"), ("match", "--json")])
def test_results_the_tool_wrote_are_named_as_such_wherever_a_profile_or_rule_set_belongs(tmp_path, command):
    name, *flags = command
    args = {
        "check": ("SEC000821", "profiles/sec000821-eligible.yaml"),
        "screen": ("SEC000821", "profiles"),
        "match": ("profiles/sec000821-eligible.yaml",),
    }[name]
    saved = tmp_path / "saved.json"
    saved.write_text(run(name, *args, *flags).stdout)
    as_profile = run("check", "SEC000821", str(saved))
    assert as_profile.code == 2
    assert f"{saved}:1: " in as_profile.stderr and "written by `eligibility`, not a profile" in as_profile.stderr
    as_rules = run("check", str(saved), "profiles/sec000821-eligible.yaml")
    assert as_rules.code == 2
    assert "written by `eligibility`, not a rule set" in as_rules.stderr
    validated = run("validate", str(saved))
    assert validated.code == 2
    assert validated.stderr.count("\n") == 1 and "written by `eligibility`, not a profile" in validated.stderr
