"""Nothing lost, nothing ambiguous: an output never replaces an input, JSON Lines read in any UTF, one id one
rule set, problems on standard error, and an interrupted stream says what it wrote."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil

import pytest
from clirun import run
from conftest import ROOT

RULES = ROOT / "rules" / "SEC000821.yaml"
PROFILE = ROOT / "profiles" / "sec000821-eligible.yaml"
RESUME = ROOT / "tests" / "fixtures" / "cv" / "jonas-berg.resume.json"
NOTICE = ROOT / "tests" / "fixtures" / "notices" / "U01.txt"


def lines(*names: str) -> str:
    return "".join(json.dumps({"name": n, "nationalities": ["AT"]}) + "\n" for n in names)


def refused_as_input(ran, shown: str) -> None:
    assert ran.code == 2
    assert ran.stderr.strip().splitlines() == [
        f"eligibility: error: {shown}: is also an input; give another output file"
    ]


# --- `-o -` is standard output ----------------------------------------------------------------------

DASH_OUTPUT = {
    "compile": (["compile", str(NOTICE)], "criteria:"),
    "screen": (["screen", str(RULES), str(PROFILE), "-f", "csv"], "candidate,file,posting"),
    "import": (["import", str(RESUME)], "name:"),
}


@pytest.mark.parametrize("command", DASH_OUTPUT, ids=list(DASH_OUTPUT))
def test_an_output_of_dash_is_standard_output_never_a_file_named_dash(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    args, shows = DASH_OUTPUT[command]
    ran = run(*args, "-o", "-")
    assert ran.code in (0, 1, 3), ran.stderr
    assert shows in ran.stdout
    assert not (tmp_path / "-").exists()


# --- an output that is also an input -----------------------------------------------------------


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_screen_refuses_to_write_over_its_own_json_lines(tmp_path, monkeypatch, force):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch.jsonl").write_text(lines("A", "B"), "utf-8")
    before = (tmp_path / "batch.jsonl").read_bytes()
    refused_as_input(run("screen", str(RULES), "batch.jsonl", "-o", "batch.jsonl", *force), "batch.jsonl")
    absolute = str(tmp_path / "batch.jsonl")
    refused_as_input(run("screen", str(RULES), "./batch.jsonl", "-o", absolute, *force), absolute)
    assert (tmp_path / "batch.jsonl").read_bytes() == before


def test_screen_refuses_an_input_under_another_name_or_inside_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "people.jsonl").write_text(lines("A"), "utf-8")
    shutil.copy(PROFILE, folder / "one.yaml")
    os.link(folder / "people.jsonl", tmp_path / "hard.jsonl")
    os.symlink(folder / "one.yaml", tmp_path / "soft.yaml")
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    refused_as_input(run("screen", str(RULES), "batch", "-o", "hard.jsonl", "--force"), "hard.jsonl")
    refused_as_input(run("screen", str(RULES), "soft.yaml", "-o", "batch/one.yaml", "--force"), "batch/one.yaml")
    refused_as_input(run("screen", str(RULES), "batch", "-o", "batch/people.jsonl", "--force"), "batch/people.jsonl")
    # A profile found in the folder, by its own name and as a hard link outside it.
    refused_as_input(run("screen", str(RULES), "batch", "-o", "batch/one.yaml", "--force"), "batch/one.yaml")
    os.link(folder / "one.yaml", tmp_path / "hard.yaml")
    refused_as_input(run("screen", str(RULES), "batch", "-o", "hard.yaml", "--force"), "hard.yaml")
    os.unlink(tmp_path / "hard.yaml")
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    # The rule set screened against is an input too, whether named by path or by id.
    shutil.copy(RULES, tmp_path / "posting.yaml")
    refused_as_input(run("screen", "posting.yaml", "batch", "-o", "posting.yaml", "--force"), "posting.yaml")
    # Another file is written as asked.
    written = run("screen", str(RULES), "batch", "-o", "out.jsonl")
    assert written.code == 0 and len((tmp_path / "out.jsonl").read_text("utf-8").splitlines()) == 2


def test_compile_and_import_refuse_to_write_over_what_they_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copy(NOTICE, "notice.txt")
    shutil.copy(RESUME, "resume.json")
    saved = {name: (tmp_path / name).read_bytes() for name in ("notice.txt", "resume.json")}
    refused_as_input(run("compile", "notice.txt", "-o", "notice.txt", "--force"), "notice.txt")
    refused_as_input(run("import", "resume.json", "-o", "resume.json", "--force"), "resume.json")
    os.symlink("resume.json", "link.json")
    refused_as_input(
        run("import", "link.json", "-o", str(tmp_path / "resume.json"), "--force"), str(tmp_path / "resume.json")
    )
    assert {name: (tmp_path / name).read_bytes() for name in saved} == saved


@pytest.mark.parametrize("force", [[], ["--force"]])
def test_an_output_that_is_a_folder_is_named_as_one_at_once(tmp_path, monkeypatch, force):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    (tmp_path / "batch.jsonl").write_text(lines("A"), "utf-8")
    shutil.copy(NOTICE, "notice.txt")
    for args in (
        ("compile", "notice.txt", "-o", "out/"),
        ("import", str(RESUME), "-o", "out"),
        ("screen", str(RULES), "batch.jsonl", "-o", "out/"),
    ):
        ran = run(*args, *force)
        assert ran.code == 2, args
        assert ran.stderr.strip() == "eligibility: error: out: is a directory; give a file name", args
    assert list((tmp_path / "out").iterdir()) == []


# --- JSON Lines saved as UTF-16 ----------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("mark", ["\ufeff", ""])
def test_json_lines_saved_as_utf16_are_read_line_by_line(tmp_path, encoding, mark):
    text = lines("Ana Petrović 一", "Ā Ѐ") + "\r\n" + lines("C")  # a blank line keeps the numbering honest
    data = (mark + text).encode(encoding)
    (tmp_path / "c16.jsonl").write_bytes(data)
    ran = run("screen", str(RULES), str(tmp_path / "c16.jsonl"), "-f", "csv")
    assert ran.code == 0, ran.stderr
    rows = list(csv.DictReader(io.StringIO(ran.stdout)))
    assert [(r["candidate"], r["file"].rsplit(":", 1)[1]) for r in rows] == [
        ("Ana Petrović 一", "1"),
        ("Ā Ѐ", "2"),
        ("C", "4"),
    ]
    assert "3 candidates" in ran.stderr and "0 unreadable" in ran.stderr
    checked = run("validate", str(tmp_path / "c16.jsonl"))
    assert checked.code == 0 and checked.stdout.count("valid profile") == 3


def test_a_bad_line_in_utf16_json_lines_is_named_by_its_own_number(tmp_path):
    text = lines("A") + "{not json\n" + lines("C")
    (tmp_path / "c16.jsonl").write_bytes(text.encode("utf-16"))
    ran = run("screen", str(RULES), str(tmp_path / "c16.jsonl"), "-f", "jsonl", "--brief")
    assert ran.code == 2
    rows = [json.loads(line) for line in ran.stdout.splitlines()]
    assert [r["candidate"]["file"].rsplit(":", 1)[1] for r in rows] == ["1", "2", "3"]
    assert [r["verdict"] for r in rows] == ["needs-review", None, "needs-review"]
    assert rows[1]["error"].startswith(f"{tmp_path / 'c16.jsonl'}:2: not JSON")
    assert "3 candidates" in ran.stderr and "1 unreadable" in ran.stderr


def test_utf16_json_lines_that_break_off_say_where(tmp_path):
    (tmp_path / "c16.jsonl").write_bytes(lines("A", "B").encode("utf-16-le") + b"\x00\xd8\x41")
    ran = run("screen", str(RULES), str(tmp_path / "c16.jsonl"), "-f", "csv")
    assert ran.code == 2
    rows = list(csv.DictReader(io.StringIO(ran.stdout)))
    assert [r["verdict"] for r in rows] == ["needs-review", "needs-review", "error"]
    assert "cannot be read as UTF-16 after line 2" in rows[2]["error"]


# --- one id, one rule set ----------------------------------------------------------------------


@pytest.fixture
def twins(tmp_path, monkeypatch):
    """A rules folder with two rule sets of the id 'twin', and a working directory without ./rules."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ELIGIBILITY_RULES", raising=False)
    folder = tmp_path / "dup"
    folder.mkdir()
    text = RULES.read_text("utf-8").replace("id: SEC000821", "id: twin", 1)
    (folder / "a.yaml").write_text(text, "utf-8")
    (folder / "b.yaml").write_text(text.replace("closes: 2025-07-31", "closes: 2099-07-31", 1), "utf-8")
    return folder


@pytest.mark.parametrize(
    "command", [["check", "twin", str(PROFILE)], ["show", "twin"], ["screen", "twin", str(PROFILE)]]
)
def test_an_id_two_rule_sets_share_is_refused_with_both_files(twins, command):
    ran = run(*command, "--rules", "dup")
    assert ran.code == 2 and ran.stdout == ""
    assert ran.stderr.strip() == (
        "eligibility: error: posting 'twin' is ambiguous: both dup/a.yaml and dup/b.yaml have that id; "
        "give the path of the file you mean instead of the id"
    )
    chosen = run(*[("dup/b.yaml" if word == "twin" else word) for word in command], "--rules", "dup")
    assert chosen.code in (0, 3), chosen.stderr


def test_postings_marks_an_id_two_rule_sets_share(twins):
    listed = json.loads(run("postings", "--rules", "dup", "--json").stdout)["postings"]
    same = {p["file"]: p["same_id_as"] for p in listed if p["id"] == "twin"}
    assert same == {"dup/a.yaml": ["dup/b.yaml"], "dup/b.yaml": ["dup/a.yaml"]}
    assert all(p["same_id_as"] == [] for p in listed if p["id"] != "twin")
    table = run("postings", "--rules", "dup", columns=200)
    assert table.code == 0
    assert table.stdout.count("twin *") == 2
    assert "* twin is the id of 2 rule sets (dup/a.yaml, dup/b.yaml)" in table.stdout


def test_match_shows_each_rule_set_of_a_shared_id_with_its_file(twins):
    table = run("match", str(PROFILE), "--rules", "dup", columns=200).stdout
    assert "dup/a.yaml" in table and "dup/b.yaml" in table
    assert "eligibility/data/rules" not in table  # ids stated once are shown without their file
    data = json.loads(run("match", str(PROFILE), "--rules", "dup", "--json").stdout)
    assert sorted(m["posting"]["file"] for m in data["matches"] if m["posting"]["id"] == "twin") == [
        "dup/a.yaml",
        "dup/b.yaml",
    ]


def test_validate_reports_rule_sets_of_one_folder_that_share_an_id(twins):
    ran = run("validate", "dup")
    assert ran.code == 2
    assert ran.stderr.splitlines() == [
        "dup/a.yaml: posting id 'twin' is also the id of dup/b.yaml in the same folder; give each rule set its own id",
        "dup/b.yaml: posting id 'twin' is also the id of dup/a.yaml in the same folder; give each rule set its own id",
    ]
    (twins / "b.yaml").write_text((twins / "b.yaml").read_text("utf-8").replace("id: twin", "id: other", 1), "utf-8")
    assert run("validate", "dup").code == 0


def test_a_file_named_like_an_id_and_another_stating_it_are_ambiguous_too(twins):
    (twins / "b.yaml").rename(twins / "twin.yaml")
    (twins / "twin.yaml").write_text(RULES.read_text("utf-8"), "utf-8")  # states SEC000821, named twin
    ran = run("show", "twin", "--rules", "dup")
    assert ran.code == 2 and "dup/twin.yaml and dup/a.yaml" in ran.stderr


# --- problems on standard error, one line each ----------------------------------------------


def test_match_reports_a_missing_posting_on_standard_error_and_goes_on(tmp_path):
    ran = run("match", str(PROFILE), str(RULES), "NOPE", columns=60)
    assert ran.code == 2
    assert "SEC000821" in ran.stdout and "NOPE" not in ran.stdout
    errors = ran.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("eligibility: error: no posting 'NOPE': not a file")
    data = json.loads(run("match", str(PROFILE), str(RULES), "NOPE", "--json").stdout)
    assert [e["posting"] for e in data["errors"]] == ["NOPE"] and len(data["matches"]) == 1


def test_a_profile_in_a_rules_folder_is_named_as_a_profile(twins):
    shutil.copy(PROFILE, twins / "someone.yaml")
    listed = run("postings", "--rules", "dup", columns=60)
    assert listed.code == 2 and "someone.yaml" not in listed.stdout
    assert listed.stderr.strip().splitlines() == ["eligibility: error: dup/someone.yaml: is a profile, not a rule set"]
    data = json.loads(run("postings", "--rules", "dup", "--json").stdout)
    assert data["errors"] == [{"file": "dup/someone.yaml", "error": "dup/someone.yaml: is a profile, not a rule set"}]
    matched = run("match", str(PROFILE), "--rules", "dup", columns=60)
    assert matched.code == 2
    assert matched.stderr.strip().splitlines() == ["eligibility: error: dup/someone.yaml: is a profile, not a rule set"]


# --- Ctrl-C while streaming to standard output --------------------------------------------


@pytest.mark.parametrize(
    "format,count",
    [("jsonl", lambda out: len(out.splitlines())), ("csv", lambda out: len(list(csv.reader(io.StringIO(out)))) - 1)],
)
def test_ctrl_c_while_streaming_says_how_many_rows_were_written(tmp_path, monkeypatch, format, count):
    from eligibility import batch

    real = batch.run

    def first_chunk_then_stop(*args, **kwargs):
        yield next(iter(real(*args, **kwargs)))
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "run", first_chunk_then_stop)
    names = [f"P{i}" for i in range(batch.CHUNK + 5)]
    (tmp_path / "many.jsonl").write_text(lines(*names), "utf-8")
    ran = run("screen", str(RULES), str(tmp_path / "many.jsonl"), "-f", format)
    assert ran.code == 130
    assert count(ran.stdout) == batch.CHUNK
    assert f"interrupted: {batch.CHUNK} rows were written to standard output; the output is incomplete" in ran.stderr
    kept = run("screen", str(RULES), str(tmp_path / "many.jsonl"), "-f", format, "--only", "error")
    assert kept.code == 130 and "interrupted: 0 rows were written to standard output" in kept.stderr


def test_an_output_in_a_folder_that_takes_no_new_file_says_so(tmp_path, monkeypatch):
    """A system folder such as /proc refuses the temporary file with 'no such file': the folder is named."""
    import errno as errno_module
    import tempfile

    from eligibility.errors import InputError
    from eligibility.fileio import AtomicOutput

    def refused(*args, **kwargs):
        raise FileNotFoundError(errno_module.ENOENT, "No such file or directory")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(InputError) as raised:
        AtomicOutput(tmp_path / "out.csv", force=True)
    assert str(raised.value) == (
        f"{tmp_path / 'out.csv'}: cannot write the output: folder {tmp_path} takes no new file "
        "(the output is written beside its name first, then moved into place)"
    )


def test_screen_walks_each_folder_once_and_looks_up_no_file_the_walk_has_read(tmp_path, monkeypatch):
    # The output's check and the screening share one walk of each folder, and neither asks the system again for a
    # file the walk has read (a large folder is read once: see bench/).
    from eligibility import batch, fileio

    monkeypatch.chdir(tmp_path)
    (tmp_path / "batch").mkdir()
    for i in range(3):
        shutil.copy(PROFILE, tmp_path / "batch" / f"p{i}.yaml")
    (tmp_path / "out.csv").write_text("old", "utf-8")
    walked: list[str] = []
    real_walk = batch._walk
    monkeypatch.setattr(batch, "_walk", lambda folder: walked.append(str(folder)) or real_walk(folder))
    looked_up: list[str] = []
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        looked_up.append(str(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(batch.os, "stat", stat)
    monkeypatch.setattr(fileio.os, "stat", stat)
    ran = run("screen", str(RULES), "batch", "-f", "csv", "-o", "out.csv", "--force", "-j", "1")
    assert ran.code == 0, ran.stderr
    assert walked == ["batch"]
    assert not [path for path in looked_up if path.endswith(".yaml") and "/batch/" in path], looked_up
    assert len((tmp_path / "out.csv").read_text("utf-8").splitlines()) == 4
