"""The command line: text, JSON, exit codes.

Run in-process through the entry point (`clirun`, with typer's CliRunner), as
fast as calling a function; a few runs go through a real `python -m
eligibility` process end to end (exit statuses, usage errors as a shell sees them).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from clirun import run_bytes as run
from conftest import ROOT


def run_process(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    """End to end: a real process, as a shell runs it."""
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args],
        cwd=ROOT,
        input=data,
        capture_output=True,
        env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"},
    )


@pytest.mark.parametrize(
    "profile,code",
    [("kos000396-eligible", 0), ("kos000396-short-experience", 1), ("kos000396-licence-unstated", 3)],
)
def test_exit_status_follows_the_verdict(profile, code):
    assert run_process("check", "KOS000396", f"profiles/{profile}.yaml").returncode == code


def test_text_view_shows_marks_numbers_sources_and_verdict():
    out = run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--all").stdout.decode()
    assert "✘ fail" in out and "✔ pass" in out
    assert "7 years 10 months of police, law enforcement or security experience" in out
    assert "Minimum 8 years of diversified" in out
    assert "Verdict: NOT ELIGIBLE" in out and "score" in out
    assert "What it would take:" in out


def test_json_output_is_one_object_with_the_documented_shape():
    proc = run("check", "SEC000821", "profiles/sec000821-first-degree-short.yaml", "--json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert data["schema_version"] == 1
    assert data["posting"]["id"] == "SEC000821" and data["posting"]["title"]
    assert data["candidate"]["name"] == "Elena Popescu"
    assert data["as_of"] == "2025-07-31" and data["verdict"] == "not-eligible"
    assert 0 <= data["score"] <= 100
    for criterion in data["criteria"]:
        assert {"id", "kind", "mandatory", "status", "reason", "source"} <= set(criterion)
        assert criterion["status"] in ("pass", "fail", "unknown", "review")
    degree = next(c for c in data["criteria"] if c["id"] == "degree")
    assert degree["status"] == "fail" and "4 years required" in degree["reason"]
    assert data["qualifies_on"] == "2026-07-31"


def test_as_of_moves_the_assessment_date():
    data = json.loads(
        run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--json", "--as-of", "2026-01-15").stdout
    )
    assert data["as_of"] == "2026-01-15" and data["as_of_basis"] == "--as-of"
    assert data["verdict"] == "eligible"


def test_posting_by_path_and_profile_from_stdin():
    profile = (ROOT / "profiles" / "jpo-eligible.yaml").read_text()
    proc = run("check", "rules/jpo-2020.yaml", "-", "--json", "--as-of", "2020-05-01", stdin=profile)
    assert proc.returncode == 0 and json.loads(proc.stdout)["candidate"]["file"] == "<stdin>"


def test_rule_set_from_stdin():
    rules = (ROOT / "rules" / "SEC000821.yaml").read_text()
    proc = run("check", "-", "profiles/sec000821-eligible.yaml", stdin=rules)
    assert proc.returncode == 0, proc.stderr


def test_show_lists_what_a_posting_requires():
    out = run("show", "bishkek-deputy-head-of-mission").stdout.decode()
    assert "second-level university degree" in out and "at least 10 years" in out
    assert "organisation" in out


def test_unknown_posting_id_suggests_the_nearest():
    proc = run("check", "KOS00396", "profiles/kos000396-eligible.yaml")
    assert proc.returncode == 2
    assert "did you mean 'KOS000396'" in proc.stderr.decode()


@pytest.mark.parametrize(
    "args,expected",
    [
        (("check",), "Missing argument 'POSTING'. (see 'python -m eligibility check --help')"),
        (("frobnicate",), "No such command 'frobnicate'. (see 'python -m eligibility --help')"),
        (("screen", "KOS000396", "profiles", "--format", "xml"), "'xml' is not one of 'table', 'json', 'jsonl', 'csv'"),
        (
            ("check", "KOS000396", "profiles/kos000396-eligible.yaml", "--as-of", "2025-13-01"),
            "--as-of: '2025-13-01' has no month 13",
        ),
        # Numbers out of place, said plainly (never the parser's 'is not a valid int range').
        (("screen", "KOS000396", "profiles", "--jobs", "abc"), "'--jobs' / '-j': 'abc' is not a whole number."),
        (("screen", "KOS000396", "profiles", "-j", "1.5"), "'--jobs' / '-j': '1.5' is not a whole number."),
        (("screen", "KOS000396", "profiles", "--jobs", "0"), "'--jobs' / '-j': 0 is too small: give 1 or more."),
        (("screen", "KOS000396", "profiles", "--min-score", "101"), "'--min-score': 101 is not between 0 and 100."),
        # An unknown option that is no file's name: nothing more (one that is: below).
        (("check", "KOS000396", "-x.yaml"), "No such option: -x (see 'python -m eligibility check --help')"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(args, expected):
    proc = run_process(*args)
    lines = proc.stderr.decode().strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and expected in lines[0], lines


def test_a_file_whose_name_starts_with_a_dash_is_named_the_way_it_can_be_given(tmp_path):
    (tmp_path / "-dash.yaml").write_text((ROOT / "profiles" / "kos000396-eligible.yaml").read_text("utf-8"), "utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "eligibility", "check", "KOS000396", "-dash.yaml"], cwd=tmp_path, capture_output=True
    )
    assert proc.returncode == 2 and proc.stderr.decode() == (
        "eligibility: error: No such option: -d; for the file '-dash.yaml', write ./-dash.yaml (or put -- before it) "
        "(see 'python -m eligibility check --help')\n"
    )
    for given in (["./-dash.yaml"], ["--", "-dash.yaml"]):
        ran = subprocess.run([sys.executable, "-m", "eligibility", "check", "KOS000396", *given], cwd=tmp_path)
        assert ran.returncode == 0


@pytest.mark.parametrize(
    "command,usage",
    [
        ("screen", "screen [OPTIONS] POSTING PATH..."),
        ("check", "check [OPTIONS] POSTING [PROFILE]"),
        ("match", "match [OPTIONS] PROFILE [POSTING...]"),
        ("validate", "validate [OPTIONS] FILE..."),
    ],
)
def test_usage_line_names_arguments_plainly(command, usage):
    """Required arguments bare, optional ones in brackets, several with '...': never '{POSTING}'."""
    out = run(command, "--help").stdout.decode()
    assert usage in out.splitlines()[0], out.splitlines()[0]


# --- compile -------------------------------------------------------------------


def _posting(name: str) -> str:
    from conftest import posting_text

    return posting_text(name)


def test_compile_writes_yaml_to_stdout_and_a_summary_to_stderr():
    _posting("SEC000821.txt")
    proc = run("compile", "../shared/postings/SEC000821.txt")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.decode().lstrip().startswith("# Rule set compiled")
    err = proc.stderr.decode()
    assert "compiled SEC000821: Associate Security Project Officer (S)" in err
    assert "criteria:" in err


def test_compile_piped_into_check_gives_the_hand_checked_verdict():
    text = _posting("KOS000396.txt")
    compiled = run("compile", "-", stdin=text)
    proc = run("check", "-", "profiles/kos000396-short-experience.yaml", "--json", stdin=compiled.stdout)
    assert proc.returncode == 1
    assert json.loads(proc.stdout)["verdict"] == "not-eligible"


def test_compile_to_a_file_refuses_to_overwrite_without_force(tmp_path):
    text = _posting("bishkek-deputy-head-of-mission.txt")
    source = tmp_path / "posting.txt"
    source.write_text(text)
    target = tmp_path / "rules.yaml"
    assert run("compile", str(source), "-o", str(target)).returncode == 0
    first = target.read_text()
    target.write_text("# my edits\n" + first)
    proc = run("compile", str(source), "-o", str(target))
    assert proc.returncode == 2 and "use --force" in proc.stderr.decode()
    assert target.read_text().startswith("# my edits")
    assert run("compile", str(source), "-o", str(target), "--force").returncode == 0
    assert target.read_text() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_compile_takes_an_id_when_the_text_has_none(tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text("Requirements:\nMinimum 3 years of experience in law.\n")
    proc = run("compile", str(source), "--id", "my-post", "-q")
    assert proc.returncode == 0 and proc.stderr == b""
    assert "id: my-post" in proc.stdout.decode()


@pytest.mark.parametrize(
    ("posting_id", "why"),
    [
        ("../../evil", "'../../evil' is not a usable id"),
        ("a/b", "'a/b' is not a usable id"),
        ("", "an id cannot be empty"),
        (" ", "an id cannot be empty"),
        (".hidden", "'.hidden' is not a usable id"),
    ],
)
def test_compile_names_the_id_option_when_the_id_given_is_unusable(posting_id, why, tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text("Requirements:\nMinimum 3 years of experience in law.\n")
    proc = run("compile", str(source), "--id", posting_id, "-o", str(tmp_path / "out.yaml"))
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1
    assert f"Invalid value for '--id': {why}" in err and "<compiled>" not in err
    assert not (tmp_path / "out.yaml").exists()


NOT_ENGLISH_NOTICES = [
    # (the notice, whether anything in it reads as a requirement at all)
    (
        "Chargé de projet\nQualifications requises :\n- Diplôme universitaire de deuxième cycle en droit ;\n"
        "- Maîtrise de l'anglais, à l'oral et à l'écrit ;\n- La connaissance de l'allemand serait un atout.\n",
        True,
    ),
    (
        "Oficial de proyecto\nRequisitos:\n- Título universitario en derecho y cinco años de trabajo en la "
        "administración pública.\n- Se valorará el conocimiento del idioma ruso.\n",
        False,
    ),
]


@pytest.mark.parametrize(("notice", "read"), NOT_ENGLISH_NOTICES, ids=["French", "Spanish"])
def test_compile_says_a_notice_seems_not_to_be_in_english(notice, read, tmp_path):
    source = tmp_path / "notice.txt"
    source.write_text(notice, "utf-8")
    proc = run("compile", str(source), "-o", str(tmp_path / "out.yaml"))
    err = proc.stderr.decode()
    assert "the text seems not to be in English, and only English is read" in err
    assert proc.returncode == (0 if read else 2)
    assert read or (err.count("\n") == 1 and "no requirements found" in err)


@pytest.mark.parametrize("notice", ["P05.txt", "R09.txt", "P01.txt"])
def test_compile_says_nothing_of_language_for_a_notice_with_english_in_it(notice, tmp_path):
    proc = run("compile", str(ROOT / "tests" / "fixtures" / "notices" / notice), "-o", str(tmp_path / "out.yaml"))
    assert proc.returncode == 0 and "not to be in English" not in proc.stderr.decode()


def test_compile_refuses_binary_input(tmp_path):
    source = tmp_path / "notice.pdf"
    source.write_bytes(b"%PDF-1.7\x00\x01\x02")
    proc = run("compile", str(source))
    assert proc.returncode == 2 and "binary" in proc.stderr.decode()


def test_version():
    from eligibility import __version__

    proc = run("--version")
    assert proc.returncode == 0 and proc.stdout.decode().strip() == f"eligibility {__version__}"
