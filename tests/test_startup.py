"""Start-up: a command imports only what it uses (README, "Benchmarks")."""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys

import pytest
from conftest import ROOT


def _imported(*args: str) -> set[str]:
    """The modules a run of the command imports, from Python's own import report."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "eligibility", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"ELIGIBILITY_CACHE": "off", "PATH": ""},
    )
    assert "Traceback" not in proc.stderr
    return {line.rsplit("|", 1)[1].strip() for line in proc.stderr.splitlines() if line.startswith("import time:")}


def test_match_over_many_postings_draws_no_table():
    postings = [str(ROOT / "rules" / "KOS000396.yaml")] * 41
    imported = _imported("match", str(ROOT / "profiles" / "kos000396-eligible.yaml"), *postings)
    assert "eligibility.formats.match" in imported
    assert "rich.table" not in imported


def test_match_over_many_postings_to_a_pipe_loads_no_terminal_library():
    """Written to a file or a pipe, a long list is plain text: rich is not even imported (README, "Benchmarks")."""
    postings = [str(ROOT / "rules" / "KOS000396.yaml")] * 41
    imported = _imported("match", str(ROOT / "profiles" / "kos000396-eligible.yaml"), *postings)
    assert not {name for name in imported if name == "rich" or name.startswith("rich.")}


def test_a_long_match_list_reads_the_same_with_and_without_the_terminal_library():
    from eligibility.engine import assess
    from eligibility.formats.match import print_matches
    from eligibility.formats.safe import console
    from eligibility.profile import load_profile
    from eligibility.rules import load_ruleset

    profile = load_profile(str(ROOT / "profiles" / "kos000396-eligible.yaml"))
    results = [assess(load_ruleset(ref), profile) for ref in ("KOS000396", "SEC000821") * 21]
    plain = io.StringIO()
    with contextlib.redirect_stdout(plain):
        print_matches(profile, results)
    drawn = console(file=io.StringIO(), highlight=False)
    print_matches(profile, results, drawn)
    assert plain.getvalue() == drawn.file.getvalue()
    assert plain.getvalue().count("\n") == len(results) + 3


@pytest.mark.parametrize(
    "environ",
    [
        {},
        {"FORCE_COLOR": "1"},
        {"FORCE_COLOR": ""},
        {"TTY_COMPATIBLE": "0", "FORCE_COLOR": "1"},
        {"TTY_COMPATIBLE": "1"},
    ],
    ids=repr,
)
@pytest.mark.parametrize("tty", [False, True], ids=["pipe", "terminal"])
def test_what_may_be_a_terminal_is_what_rich_takes_for_one(environ, tty):
    from rich.console import Console

    from eligibility.formats.match import may_be_terminal

    class File(io.StringIO):
        def isatty(self) -> bool:
            return tty

    file = File()
    assert may_be_terminal(file, environ) == Console(file=file, _environ=environ).is_terminal


def test_a_check_draws_its_table():
    imported = _imported("check", "KOS000396", str(ROOT / "profiles" / "kos000396-eligible.yaml"))
    assert "rich.table" in imported


def test_no_command_converts_its_parameters_through_pydantic():
    assert "pydantic" not in _imported("check", "KOS000396", str(ROOT / "profiles" / "kos000396-eligible.yaml"))
