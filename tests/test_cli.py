"""The command line end to end: text, JSON, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import ROOT


def run(*args: str, stdin: str | bytes | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args], cwd=ROOT, input=data, capture_output=True, env={"COLUMNS": "160", "PATH": "/usr/bin:/bin"}
    )


@pytest.mark.parametrize(
    "profile,code",
    [("kos000396-eligible", 0), ("kos000396-short-experience", 1), ("kos000396-licence-unstated", 3)],
)
def test_exit_status_follows_the_verdict(profile, code):
    assert run("check", "KOS000396", f"profiles/{profile}.yaml").returncode == code


def test_text_view_shows_marks_numbers_sources_and_verdict():
    out = run("check", "KOS000396", "profiles/kos000396-short-experience.yaml").stdout.decode()
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
    experience = next(c for c in data["criteria"] if c["id"] == "experience")
    assert experience["status"] == "fail" and "4 years required" in experience["reason"]


def test_as_of_moves_the_assessment_date():
    data = json.loads(run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--json", "--as-of", "2026-01-15").stdout)
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


def test_usage_errors_exit_2():
    assert run("check").returncode == 2
    assert run("frobnicate").returncode == 2
    assert run("check", "KOS000396", "profiles/kos000396-eligible.yaml", "--as-of", "2025-13-01").returncode == 2
