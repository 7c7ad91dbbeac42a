"""`import` on a terminal: the open questions are offered, answered with the self-check's parsers, then saved."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from test_cv import FIXTURES

pty = pytest.importorskip("pty")


CTRL_D = "\x04"
"""The end of input, typed at the start of a line: the question it meets reads no answer."""


def converse(args: list[str], answers: list[str], cwd) -> tuple[int, str]:
    """Run a command on a pseudo-terminal, typing the answers; (exit status, everything it printed)."""
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "eligibility", *args],
        cwd=cwd,
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "200", "TERM": "dumb", "PYTHONPATH": str(ROOT)},
        close_fds=True,
    )
    os.close(slave)
    os.write(master, "".join(a if a == CTRL_D else a + "\n" for a in answers).encode())
    out = b""
    deadline = time.monotonic() + 120  # a command that waits for an answer never given fails, never hangs
    while time.monotonic() < deadline:
        if not select.select([master], [], [], 0.5)[0]:
            if proc.poll() is not None:
                break
            continue
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    else:
        proc.kill()
        raise AssertionError("the command still waits: " + out.decode("utf-8", "replace")[-2000:])
    proc.wait(timeout=60)
    os.close(master)
    return proc.returncode, out.decode("utf-8", "replace")


def test_import_on_a_terminal_asks_what_the_cv_leaves_open_and_saves(tmp_path):
    answers = [
        "y",  # answer these now
        "y",  # Security coordinator: management
        "security, risk management",  # its fields
        "",  # Trainee: the month of its start year, unsure
        "n",  # Trainee: management
        "",  # its fields: left open
        "Norwya",  # nationalities, misspelt
        "Norway",
        "",  # permanent residence: none
        "",  # save to the suggested file
    ]
    code, out = converse(["import", str(FIXTURES / "jonas-berg.resume.json")], answers, tmp_path)
    assert code == 0, out
    assert "did you mean 'Norway'" in out
    saved = tmp_path / "jonas-berg.yaml"
    assert "written to jonas-berg.yaml" in out and saved.is_file()

    from eligibility.profile import read_profile
    from eligibility.yamlio import load_yaml

    profile = read_profile(load_yaml(saved.read_text("utf-8"), name=str(saved)), str(saved))
    assert profile.nationalities == ("NO",) and profile.permanent_residence == ()
    assert [j.management for j in profile.experience] == [True, False]
    assert profile.experience[0].fields == ("security", "risk management")
    text = saved.read_text("utf-8")
    assert "#   - Trainee at Bergen Harbour Authority: what fields was the work in?" in text
    assert "did you manage people" not in text
    assert "#   - Trainee at Bergen Harbour Authority: in which month of 2016 did it start?" in text


def test_import_on_a_terminal_never_overwrites_without_a_yes(tmp_path):
    (tmp_path / "mira-kovac.yaml").write_text("name: kept\n", "utf-8")
    answers = ["n", "", "n", "other.yaml"]  # no answers now; suggested file exists; do not overwrite; another name
    code, out = converse(["import", str(FIXTURES / "mira-kovac.europass.xml")], answers, tmp_path)
    assert code == 0, out
    assert (tmp_path / "mira-kovac.yaml").read_text("utf-8") == "name: kept\n"
    assert "management: unknown" in (tmp_path / "other.yaml").read_text("utf-8")


def test_import_on_a_terminal_never_saves_over_the_cv_it_reads(tmp_path):
    cv = tmp_path / "resume.json"
    cv.write_bytes((FIXTURES / "jonas-berg.resume.json").read_bytes())
    before = cv.read_bytes()
    answers = ["n", "resume.json", "mine.yaml"]  # no answers now; the CV's own name; another
    code, out = converse(["import", "resume.json"], answers, tmp_path)
    assert code == 0, out
    assert "That is the CV being read. Choose another file name." in out
    assert cv.read_bytes() == before and (tmp_path / "mine.yaml").is_file()


def test_import_keeps_the_answers_given_when_the_input_ends_at_a_question(tmp_path):
    answers = ["y", "y", "security, risk management", CTRL_D, ""]  # two answers, then Ctrl-D; the suggested file
    code, out = converse(["import", str(FIXTURES / "jonas-berg.resume.json")], answers, tmp_path)
    assert code == 0, out
    assert "Stopped. 2 answers kept" in out
    text = (tmp_path / "jonas-berg.yaml").read_text("utf-8")
    assert "fields: [security, risk management]\n    management: true" in text
    assert "#   - Trainee at Bergen Harbour Authority: did you manage people or a unit?" in text


def test_import_whose_input_ends_before_a_file_is_chosen_prints_the_profile(tmp_path):
    code, out = converse(["import", str(FIXTURES / "mira-kovac.europass.xml")], ["n", CTRL_D], tmp_path)
    assert code == 0, out
    assert "the profile follows on standard output, not saved" in " ".join(out.split())
    assert "name: Mira Kovač" in out and "management: unknown" in out
    assert not list(tmp_path.iterdir())
