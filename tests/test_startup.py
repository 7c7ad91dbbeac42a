"""Start-up: a command imports only what it uses (README, "Benchmarks")."""

from __future__ import annotations

import subprocess
import sys

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


def test_a_check_draws_its_table():
    imported = _imported("check", "KOS000396", str(ROOT / "profiles" / "kos000396-eligible.yaml"))
    assert "rich.table" in imported


def test_no_command_converts_its_parameters_through_pydantic():
    assert "pydantic" not in _imported("check", "KOS000396", str(ROOT / "profiles" / "kos000396-eligible.yaml"))
