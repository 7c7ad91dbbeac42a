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
        f"note: 1 file was given more than once and screened once: {folder / 'a.yaml'} (given twice; again as "
        f"{folder}/./a.yaml, {tmp_path / 'link.yaml'})"
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
        f"eligibility: note: 2 files were given more than once and validated once: {folder / 'a.yaml'} (given "
        f"twice; again as {folder}/./a.yaml, {tmp_path / 'link.yaml'}); {lines} (given twice)"
    ]


@pytest.mark.parametrize(
    ("given", "said"),
    [
        (["a.yaml", "a.yaml"], "a.yaml (given twice)"),
        (["a.yaml", "a.yaml", "a.yaml"], "a.yaml (given 3 times)"),
        (["a.yaml", "./a.yaml"], "a.yaml (again as ./a.yaml)"),
        (["a.yaml", "./a.yaml", "./a.yaml", "a.yaml"], "a.yaml (given twice; again as ./a.yaml twice)"),
    ],
)
@pytest.mark.parametrize("command", [["validate"], ["screen", "SEC000821", "-f", "csv"]])
def test_a_file_given_twice_under_one_spelling_is_said_to_be_given_twice(given, said, command, tmp_path, monkeypatch):
    monkeypatch.chdir(two_profiles(tmp_path / "in"))
    ran = run(*command, *given)
    assert ran.code == 0, ran.stderr
    done = "validated" if command[0] == "validate" else "screened"
    assert f"note: 1 file was given more than once and {done} once: {said}\n" in ran.stderr


def test_validate_sets_aside_results_found_in_a_folder_as_screen_does(tmp_path):
    folder = two_profiles(tmp_path / "in")
    for out in ("out.csv", "out.jsonl", "out.json"):
        assert (
            run("screen", "SEC000821", str(folder / "a.yaml"), str(folder / "b.yaml"), "-o", str(folder / out)).code
            == 0
        )
    ran = run("validate", str(folder))
    assert ran.code == 0, ran.stderr
    assert ran.stdout.splitlines() == [
        f"{folder / 'a.yaml'}: valid profile of Lukas Gruber",
        f"{folder / 'b.yaml'}: valid profile of Lukas Gruber",
    ]
    assert ran.stderr.splitlines() == [
        "eligibility: note: 3 files in the folders given are not profiles and were not validated: "
        f"{folder / 'out.csv'} (results written by `eligibility`); "
        f"{folder / 'out.json'} (results written by `eligibility`); "
        f"{folder / 'out.jsonl'} (results written by `eligibility`, 2 lines)"
    ]
    named = run("validate", str(folder / "out.jsonl"), str(folder / "out.json"))
    assert named.code == 2 and "is a result written by `eligibility`, not a profile" in named.stderr
    named = run("validate", str(folder / "out.csv"))
    assert named.code == 2
    assert named.stderr == (
        f"{folder / 'out.csv'}:1: holds results written by `eligibility screen` (CSV), not a profile "
        "(screen the profiles they were made from)\n"
    )
    for command in (("check", "SEC000821"), ("match",), ("screen", "SEC000821")):
        named = run(*command, str(folder / "out.csv"))
        assert named.code == 2, command
        said = named.stderr if command[0] != "screen" else named.stdout
        assert f"{folder / 'out.csv'}:1: holds results written by `eligibility screen` (CSV), not a profile" in said


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


def test_a_rule_set_and_results_saved_in_a_folder_of_profiles_are_set_aside_and_named(tmp_path):
    folder = two_profiles(tmp_path / "in")
    shutil.copy(ROOT / "rules" / "SEC000821.yaml", folder / "SEC000821.yaml")
    first = run("screen", "SEC000821", str(folder), "-o", str(folder / "out.jsonl"))
    assert first.code == 0, first.stderr  # the rule set is no candidate: set aside, not an error
    (folder / "check.json").write_text(run("check", "SEC000821", str(folder / "a.yaml"), "--json").stdout)
    ran = run("screen", "SEC000821", str(folder), "-f", "csv")
    assert ran.code == 0, ran.stderr
    assert [row["file"] for row in csv_rows(ran.stdout)] == [str(folder / "a.yaml"), str(folder / "b.yaml")]
    assert (
        f"eligibility: note: 3 files in the folders given are not profiles and were not screened: "
        f"{folder / 'SEC000821.yaml'} (a rule set); {folder / 'check.json'} (results written by `eligibility`); "
        f"{folder / 'out.jsonl'} (results written by `eligibility`, 2 lines)"
    ) in ran.stderr
    assert "2 candidates: 2 eligible, 0 needs review, 0 not eligible, 0 unreadable" in ran.stderr


def test_a_rule_set_or_results_given_by_name_stay_error_rows(tmp_path):
    folder = two_profiles(tmp_path / "in")
    saved = tmp_path / "check.json"
    saved.write_text(run("check", "SEC000821", str(folder / "a.yaml"), "--json").stdout)
    ran = run("screen", "SEC000821", str(folder / "a.yaml"), "rules/KOS000396.yaml", str(saved), "-f", "csv")
    assert ran.code == 2
    errors = [row["error"] for row in csv_rows(ran.stdout) if row["verdict"] == "error"]
    assert len(errors) == 2
    assert "is a rule set, not a profile (a rule set is the POSTING, given before the profiles)" in errors[0]
    assert errors[1] == (
        f"{saved}:1: is a result written by `eligibility`, not a profile (screen the profiles it was made from)"
    )
    assert "not screened" not in ran.stderr


def test_a_folder_holding_nothing_but_a_rule_set_has_no_profile(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "rules" / "SEC000821.yaml", folder / "SEC000821.yaml")
    ran = run("screen", "SEC000821", str(folder), "-f", "csv")
    assert ran.code == 2
    assert f"note: 1 file in the folders given is not a profile and was not screened: {folder / 'SEC000821.yaml'}" in (
        ran.stderr
    )
    assert ran.stderr.rstrip().endswith(
        f"eligibility: error: no profiles found in {folder}: the files found are not profiles (named above)"
    )


def test_a_rule_set_in_a_large_folder_screened_by_several_workers_is_set_aside_too(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(210):  # over PARALLEL_FROM: screened by worker processes
        shutil.copy(ROOT / "profiles" / "sec000821-eligible.yaml", folder / f"p{n:03}.yaml")
    shutil.copy(ROOT / "rules" / "SEC000821.yaml", folder / "SEC000821.yaml")
    ran = run("screen", "SEC000821", str(folder), "-f", "csv", "--jobs", "2")
    assert ran.code == 0, ran.stderr
    assert len(csv_rows(ran.stdout)) == 210
    assert "210 candidates: 210 eligible" in ran.stderr and f"{folder / 'SEC000821.yaml'} (a rule set)" in ran.stderr


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


NOTICE = """Vacancy notice: Project Assistant (Training)
Deadline for applications: 14 March 2027
Minimum requirements
- Secondary education and four years of experience in administration.
- Excellent knowledge of English is required.
How to apply: candidates must apply online.
"""
CV = """Curriculum vitae: Ana Horvat
Project manager, Regional Training Centre, 2019 - present
- Planned courses and kept every project within its closing date and budget.
- Supervised a team of four; PhD candidate in public administration since 2022.
Qualifications: MA in Public Administration (2016); driving licence.
Languages: Croatian (native), English (C1).
"""


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (NOTICE, True),
        (CV, False),
        ("Job Opening ID: 27-ADM-001\nThe incumbent reports to the Chief.\n", True),
        ("Closing date: 3 May 2027\n", False),  # one mark alone makes no notice
        ("Responsibilities: deadlines, budgets, a team of five.\nSkills: Excel.\n", False),
    ],
    ids=["a notice", "a CV", "an opening and its incumbent", "a closing date alone", "a CV's responsibilities"],
)
def test_a_vacancy_notice_is_told_from_a_cv_by_marks_of_two_kinds(text, notice):
    from eligibility.cv.notice import reads_as_notice

    assert reads_as_notice(text) is notice


def test_a_vacancy_notice_pdf_is_named_as_one_in_a_folder_set_aside_and_given_by_name(tmp_path):
    from test_compile_postings import make_pdf

    folder = two_profiles(tmp_path / "in")
    notice = make_pdf(NOTICE, folder / "notice.pdf")
    ran = run("screen", "SEC000821", str(folder), "-f", "csv")
    assert ran.code == 0, ran.stderr
    assert len(csv_rows(ran.stdout)) == 2
    assert f"not screened: {notice} (a vacancy notice)" in ran.stderr
    said = (
        f"{notice}: is a vacancy notice, not a profile (compile it into a rule set with `eligibility compile FILE`; "
        "the posting is given before the profiles)"
    )
    named = run("screen", "SEC000821", str(folder / "a.yaml"), str(notice), "-f", "csv")
    assert named.code == 2
    assert [row["error"] for row in csv_rows(named.stdout)] == ["", said]
    checked = run("check", "SEC000821", str(notice))
    assert (checked.code, checked.stderr) == (2, f"eligibility: error: {said}\n")
    assert "Europass" not in run("validate", str(notice)).stderr


def test_a_cv_pdf_without_europass_xml_keeps_the_advice_to_download_it_again(tmp_path):
    from test_compile_postings import make_pdf

    cv = make_pdf(CV, tmp_path / "cv.pdf")
    ran = run("check", "SEC000821", str(cv))
    assert ran.code == 2
    assert f"{cv}: no Europass XML attached" in ran.stderr and "download it again as PDF" in ran.stderr


@pytest.mark.parametrize("name", ["notice.txt", "notice.html", "notice"])
def test_a_vacancy_notice_text_given_as_a_profile_is_named_as_one(tmp_path, name):
    path = tmp_path / name
    text = NOTICE if name != "notice.html" else "<html><body><h1>" + NOTICE.replace("\n", "</p><p>") + "</body></html>"
    path.write_text(text)
    said = f"{path}: is a vacancy notice, not a profile (compile it into a rule set"
    checked = run("check", "SEC000821", str(path))
    assert checked.code == 2 and checked.stderr.startswith(f"eligibility: error: {said}"), checked.stderr
    assert checked.stderr.count("\n") == 1
    screened = run("screen", "SEC000821", str(path), "-f", "csv")
    assert screened.code == 2 and csv_rows(screened.stdout)[0]["error"].startswith(said)
    validated = run("validate", str(path))
    assert validated.code == 2 and validated.stderr.startswith(said)
    # A text that is no notice keeps its reader's message.
    path.write_text("name: Ana\nnationalites: [HR]\n")
    assert "unknown key 'nationalites'" in run("check", "SEC000821", str(path)).stderr


@pytest.mark.parametrize("format", ["csv", "json", "jsonl", "jsonl --brief", "table"])
def test_a_file_name_that_is_not_utf8_is_written_as_escapes_never_lost(format, tmp_path):
    folder = two_profiles(tmp_path / "in")
    os.rename(folder / "a.yaml", os.fsdecode(os.fsencode(folder) + b"/caf\xe9.yaml"))
    (folder / "b.yaml").rename(os.fsdecode(os.fsencode(folder) + b"/bad\xe9.yaml"))
    with open(os.fsencode(folder) + b"/bad\xe9.yaml", "w") as handle:
        handle.write("name: [\n")
    ran = run("screen", "SEC000821", str(folder), "-f", *format.split(), columns=300)
    assert ran.code == 2 and "Traceback" not in ran.stderr, ran.stderr
    assert "\udce9" not in ran.stdout and "\ufffd" not in ran.stdout
    escape = "\\\\xe9" if format.startswith("json") else "\\xe9"  # JSON writes the backslash escaped
    assert f"caf{escape}.yaml" in ran.stdout
    assert f"bad{escape}.yaml:2:1: malformed YAML" in ran.stdout
    assert "2 candidates: 1 eligible, 0 needs review, 0 not eligible, 1 unreadable" in ran.stderr + ran.stdout


def test_validate_and_check_write_a_file_name_that_is_not_utf8_as_escapes(tmp_path):
    folder = two_profiles(tmp_path / "in")
    bad = os.fsdecode(os.fsencode(folder) + b"/bad\xe9.yaml")
    with open(bad, "w") as handle:
        handle.write("name: [\n")
    ran = run("validate", str(folder))
    assert ran.code == 2 and f"{folder}/bad\\xe9.yaml:2:1: malformed YAML" in ran.stderr
    checked = run("check", "SEC000821", bad, "--json")
    assert checked.code == 2 and f"{folder}/bad\\xe9.yaml:2:1" in checked.stderr
    assert json.loads(checked.stdout)["error"].startswith(f"{folder}/bad\\xe9.yaml:2:1")
