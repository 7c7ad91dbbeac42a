"""JSON and JSON Lines input is held to what YAML input is: a key given twice and a lone surrogate escape are
refused with file, line and field (exit 2, one error row in a batch), never kept silently or crashed on."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest
from casecheck import assert_one_line_error
from clirun import run_bytes
from conftest import ROOT

# A Kosovo national (XK) whose second `nationalities` would hide it: the duty-station exclusion must see it.
KOSOVO_THEN_AUSTRIA = (
    '{"name": "Dual", "nationalities": ["XK"], "permanent_residence": [], '
    '"education": [{"level": "master", "field": "Law", "completed": "2010-06"}], '
    '"experience": [{"title": "Police officer", "start": "2005-01", "management": true}], '
    '"languages": {"English": "C1"}, "nationalities": ["AT"]}'
)
GOOD = (
    '{"name": "Good %d", "nationalities": ["AT"], "permanent_residence": [], '
    '"education": [{"level": "bachelor", "field": "Security", "completed": "2015-06"}], '
    '"experience": [{"title": "Security officer", "start": "2016-01", "fields": ["security"]}], '
    '"languages": {"English": "C1", "German": "native"}}'
)
LONE_SURROGATE = GOOD.replace('"Good %d"', '"\\ud800 Lone"')


def run(*args: str) -> subprocess.CompletedProcess:
    """In a process of its own, with an ASCII-only locale's strict output: a character no encoder can write
    crashes there as it does for a user."""
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args],
        cwd=ROOT,
        capture_output=True,
        env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"},
    )


def rules_as_json() -> str:
    """A bundled rule set written as JSON, one key a line."""
    from eligibility.yamlio import load_yaml

    return json.dumps(load_yaml((ROOT / "rules" / "SEC000821.yaml").read_text(), name="SEC000821.yaml"), indent=1)


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
def test_a_key_given_twice_in_a_json_profile_is_refused_as_in_yaml(tmp_path, suffix):
    path = tmp_path / f"dual{suffix}"
    path.write_text(KOSOVO_THEN_AUSTRIA + "\n")
    proc = run_bytes("check", "KOS000396", str(path), "--json")
    assert_one_line_error(proc, [f"{path}:1", "key 'nationalities' appears twice"])
    assert json.loads(proc.stdout)["error"].endswith("key 'nationalities' appears twice")


def test_a_key_given_twice_is_named_at_its_second_line_with_the_object_it_is_in(tmp_path):
    path = tmp_path / "nested.json"
    path.write_text(
        '{\n  "name": "A",\n  "experience": [\n    {"title": "Clerk", "start": "2020-01"},\n'
        '    {"title": "Analyst",\n     "start": "2021-01",\n     "title": "Officer"}\n  ]\n}\n'
    )
    assert_one_line_error(run_bytes("validate", str(path)), [f"{path}:7: experience[1]: key 'title' appears twice"])


def test_a_key_given_twice_in_a_json_rule_set_is_refused(tmp_path):
    text = rules_as_json().replace('"criteria": [', '"schema_version": 1,\n "criteria": [', 1)
    path = tmp_path / "rules.json"
    path.write_text(text)
    line = text[: text.index('"schema_version": 1,\n "criteria"')].count("\n") + 1
    assert_one_line_error(run_bytes("show", str(path)), [f"{path}:{line}", "key 'schema_version' appears twice"])


def test_a_batch_gives_the_line_with_a_key_twice_an_error_row_and_reads_the_others(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([GOOD % 1, KOSOVO_THEN_AUSTRIA, GOOD % 3]) + "\n")
    proc = run("screen", "KOS000396", str(path), "-f", "csv")
    assert proc.returncode == 2, proc.stderr
    got = {row["file"]: row for row in rows(proc.stdout.decode())}
    assert got[f"{path}:2"]["verdict"] == "error"
    assert "key 'nationalities' appears twice" in got[f"{path}:2"]["error"]
    assert got[f"{path}:1"]["verdict"] != "error" and got[f"{path}:3"]["verdict"] != "error"


def test_a_batch_gives_a_json_file_with_a_key_twice_an_error_row(tmp_path):
    (tmp_path / "a.json").write_text(GOOD % 1)
    (tmp_path / "b.json").write_text(KOSOVO_THEN_AUSTRIA)
    proc = run("screen", "KOS000396", str(tmp_path), "-f", "csv")
    assert proc.returncode == 2, proc.stderr
    got = {row["file"]: row for row in rows(proc.stdout.decode())}
    assert "key 'nationalities' appears twice" in got[str(tmp_path / "b.json")]["error"]
    assert got[str(tmp_path / "a.json")]["verdict"] != "error"


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_the_fast_profile_reader_refuses_a_key_twice_too(tmp_path, suffix):
    from eligibility.errors import InputError
    from eligibility.quickread import load_profile_file

    path = tmp_path / f"dual{suffix}"
    path.write_text(KOSOVO_THEN_AUSTRIA)
    with pytest.raises(InputError, match="key 'nationalities' appears twice"):
        load_profile_file(str(path))


def test_validate_names_each_line_with_a_key_twice(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([GOOD % 1, KOSOVO_THEN_AUSTRIA]) + "\n")
    proc = run_bytes("validate", str(path))
    assert proc.returncode == 2
    assert f"{path}:2: key 'nationalities' appears twice" in proc.stderr.decode()
    assert f"{path}:1: valid profile" in proc.stdout.decode()


@pytest.mark.parametrize(
    "text",
    [
        GOOD.replace('"Security officer"', '"Officer \\"A\\": the title"'),  # a quote and colon inside a string
        GOOD.replace('"Security officer"', '"Officer: 09:00 to 17:00"'),
        GOOD.replace('{"name":', '{ "name" :').replace('"nationalities":', '"nationalities"  :'),
    ],
    ids=["a quoted colon", "plain colons", "spaces before colons"],
)
def test_colons_in_strings_or_spaced_keys_are_not_taken_for_a_key_twice(tmp_path, text):
    path = tmp_path / "one.jsonl"
    path.write_text(text % 1 + "\n")
    proc = run_bytes("check", "SEC000821", str(path), "--json")
    assert proc.returncode in (0, 1, 3), proc.stderr
    assert json.loads(proc.stdout)["candidate"]["name"] == "Good 1"


def test_a_line_with_a_key_twice_is_found_whatever_its_strings_hold():
    """The fast path counts colons against keys; a colon in a string must not hide a key given twice."""
    from eligibility.yamlio import may_repeat_a_key

    line = '{"a": "x: y", "b": {"c": 1, "c": 2}}'
    assert may_repeat_a_key(line, {"a": "x: y", "b": {"c": 2}})
    assert may_repeat_a_key(line.encode(), {"a": "x: y", "b": {"c": 2}})
    assert not may_repeat_a_key('{"a": "x: y", "b": [{"c": 1}]}', {"a": "x: y", "b": [{"c": 1}]})
    # A colon written as an escape is counted all the same: it cannot make up for the key given twice.
    assert may_repeat_a_key('{"a": "x\\u003a y", "n": 1, "n": 2}', {"a": "x: y", "n": 2})
    assert not may_repeat_a_key('{"a": "x\\u003a y", "n": 1}', {"a": "x: y", "n": 1})


LONE = "holds the escape \\ud800, half of a surrogate pair"


@pytest.mark.parametrize("suffix", [".jsonl", ".json"])
@pytest.mark.parametrize("command", ["check", "check --json", "match", "match --json", "validate"])
def test_a_lone_surrogate_escape_is_bad_input_on_its_line_and_field(tmp_path, suffix, command):
    path = tmp_path / f"lone{suffix}"
    path.write_text(LONE_SURROGATE + "\n")
    name, *flags = command.split()
    args = {"check": ["SEC000821", str(path)], "match": [str(path), "SEC000821"], "validate": [str(path)]}[name]
    proc = run(name, *args, *flags)
    err = proc.stderr.decode()
    assert proc.returncode == 2, err
    assert "Traceback" not in err
    assert f"{path}:1: name: {LONE}" in err
    if flags:
        assert json.loads(proc.stdout) == {
            "schema_version": 1,
            "error": err.split("error: ", 1)[1].strip(),
            "exit_status": 2,
        }


@pytest.mark.parametrize("format", ["csv", "json", "jsonl", "table"])
def test_a_batch_gives_a_lone_surrogate_line_an_error_row_and_writes_every_other(tmp_path, format):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([GOOD % 1, GOOD % 2, LONE_SURROGATE, GOOD % 4]) + "\n")
    out = tmp_path / f"out.{format}"
    proc = run("screen", "SEC000821", str(path), "-f", format, "-o", str(out))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr.decode()
    text = out.read_text("utf-8")
    assert all(f"Good {n}" in text for n in (1, 2, 4))
    assert f"{path}:3" in text and "surrogate" in text


def test_a_lone_surrogate_in_a_json_rule_set_names_its_field(tmp_path):
    text = rules_as_json().replace('"title": "', '"title": "\\udc80', 1)
    path = tmp_path / "rules.json"
    path.write_text(text)
    line = text[: text.index("\\udc80")].count("\n") + 1
    for args in (("show", str(path)), ("check", str(path), "profiles/sec000821-eligible.yaml", "--json")):
        proc = run(*args)
        assert proc.returncode == 2
        assert f"{path}:{line}: posting.title: holds the escape \\udc80" in proc.stderr.decode()


@pytest.mark.parametrize(
    "end",
    ['"end": null, ', ""],
    ids=["JSON null", "no end"],
)
@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_an_end_given_as_null_is_ongoing_as_an_end_left_out(tmp_path, end, suffix):
    """The documented choice: exports write null for a job that goes on."""
    path = tmp_path / f"p{suffix}"
    path.write_text((GOOD % 1).replace('"start": "2016-01", ', f'"start": "2016-01", {end}'))
    ran = json.loads(run_bytes("check", "SEC000821", str(path), "--json").stdout)
    experience = next(c for c in ran["criteria"] if c["id"] == "experience")
    assert experience["status"] == "pass"
    assert experience["reason"].startswith("9 years 7 months of")
    # An end given empty may be a forgotten date: the explanation says how it was read; an end left out does not.
    assert ("(`end` left empty): counted as ongoing up to 31 Jul 2025" in experience["reason"]) is bool(end)


@pytest.mark.parametrize("end", ['"end": null, ', ""], ids=["JSON null", "no end"])
def test_a_screened_end_given_as_null_is_said_to_be_read_as_ongoing(tmp_path, end):
    path = tmp_path / "p.jsonl"
    path.write_text((GOOD % 1).replace('"start": "2016-01", ', f'"start": "2016-01", {end}'))
    ran = json.loads(run_bytes("screen", "SEC000821", str(path), "--format", "jsonl").stdout)
    experience = next(c for c in ran["criteria"] if c["id"] == "experience")
    assert experience["reason"].startswith("9 years 7 months of")
    assert ("No end is given for Security officer" in experience["reason"]) is bool(end)


@pytest.mark.parametrize(
    ("end", "said"), [("end:", True), ("end: null", True), ("end: ~", True), ("end: present", False)]
)
def test_an_empty_end_in_yaml_is_ongoing(tmp_path, end, said):
    path = tmp_path / "p.yaml"
    path.write_text(
        "nationalities: [AT]\nexperience:\n  - title: Security officer\n    start: 2016-01\n"
        f"    {end}\n    fields: [security]\n"
    )
    for command in (("check", "SEC000821", str(path), "--json"), ("screen", "SEC000821", str(path), "-f", "jsonl")):
        ran = json.loads(run_bytes(*command).stdout)
        experience = next(c for c in ran["criteria"] if c["id"] == "experience")
        assert experience["reason"].startswith("9 years 7 months of")
        assert ("No end is given for Security officer (`end` left empty)" in experience["reason"]) is said


def test_a_batch_names_a_line_that_is_no_utf8_text_by_its_line_in_the_file(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_bytes(b"\n".join([(GOOD % 1).encode(), (GOOD % 2).encode().replace(b"Good", b"G\xffood"), b""]))
    proc = run("screen", "SEC000821", str(path), "-f", "csv")
    error = {row["file"]: row for row in rows(proc.stdout.decode())}[f"{path}:2"]["error"]
    assert error.startswith(f"{path}:2: line is not UTF-8 text"), error  # never 'batch.jsonl:2:1', a column of it


@pytest.mark.parametrize(
    ("tail", "said"),
    [
        ('"x": NaN}', ":3: x: a number (NaN) is not finite"),
        (
            '"experience": [{"start": "2020-01",\n "fraction": -Infinity}]}',
            ":4: experience[0].fraction: a number (-Infinity)",
        ),
        ('"notes": ["NaN", "-Infinity", Infinity]}', ":3: notes[2]: a number (Infinity) is not finite"),
        # A number no field can hold, on the line it stands on (a string of digits is no number).
        ('"id": "12345678901234567890",\n "years": 12345678901234567890}', ":4: a number has more than 15 digits"),
    ],
)
def test_a_number_no_field_can_hold_is_named_on_its_line(tmp_path, tail, said):
    path = tmp_path / "p.json"
    path.write_text('{"name": "A",\n "nationalities": ["AT"], "education": [],\n ' + tail + "\n")
    proc = run("check", "SEC000821", str(path))
    assert_one_line_error(proc, [f"{path}{said}"])


# A JSON text cut off is named on the line where it stops, never on a line or column past its end.
CUT_OFF = {
    "a batch line": (
        "batch.jsonl",
        ["screen", "-f", "csv"],
        '{"name": "A", "nationalities": ["AT"]}\n{"name": "B", \n',
    ),
    "a file with blank lines after it": ("p.json", ["check"], '{"name": "A",\n "nationalities": ["AT"\n\n\n'),
}


@pytest.mark.parametrize("case", CUT_OFF, ids=str)
def test_json_cut_off_is_named_on_the_line_where_it_stops(tmp_path, case):
    name, command, text = CUT_OFF[case]
    path = tmp_path / name
    path.write_text(text)
    proc = run(command[0], "SEC000821", str(path), *command[1:])
    said = f"{path}:2: not JSON: it ends before its value is complete"
    assert said in (proc.stdout + proc.stderr).decode() and "column" not in (proc.stdout + proc.stderr).decode()
