"""screen and match: ordering, formats read back, error rows, folder and JSON Lines input, parallel equals serial."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import write_jsonl, write_profiles

from eligibility.engine import assess
from eligibility.profile import load_profile
from eligibility.rules import load_ruleset


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eligibility", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        env={"COLUMNS": "200", "PATH": "/usr/bin:/bin"},
    )


def test_table_lists_eligible_first_by_score_then_review_then_not_eligible():
    proc = run("screen", "KOS000396", "profiles")
    out = proc.stdout.decode()
    assert proc.returncode == 0, proc.stderr
    verdicts = [
        word
        for line in out.splitlines()
        for word in ("eligible", "needs review", "not eligible")
        if f"│ {word}" in line
    ]
    order = {"eligible": 0, "needs review": 1, "not eligible": 2}
    assert verdicts == sorted(verdicts, key=order.get) and len(verdicts) == 14
    assert "14 candidates: 1 eligible, 1 needs review, 12 not eligible, 0 unreadable" in out
    assert "experience 7y10m/8y" in out


@pytest.mark.parametrize("to_file", [True, False], ids=["to a file", "to a pipe"])
def test_a_table_written_to_a_file_or_a_pipe_keeps_every_path_whole_and_no_padding(tmp_path, to_file):
    target = tmp_path / "screen.txt"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "eligibility",
            "screen",
            "KOS000396",
            "profiles",
            *(["-o", str(target)] if to_file else []),
        ],
        cwd=ROOT,
        capture_output=True,
        env={"COLUMNS": "80", "PATH": "/usr/bin:/bin"},  # a pipe's usual width: narrower than the rows need
    )
    assert proc.returncode == 0, proc.stderr
    out = target.read_text("utf-8") if to_file else proc.stdout.decode()
    names = sorted(p.name for p in (ROOT / "profiles").glob("*.yaml"))
    lines = out.splitlines()
    assert len(names) == 14 and all(any(name in line for line in lines) for name in names)  # on one line each
    assert "…" not in out
    assert all(line == line.rstrip() for line in out.splitlines())


def test_csv_reads_back_with_one_row_per_candidate(tmp_path):
    target = tmp_path / "screen.csv"
    proc = run("screen", "SEC000821", "profiles", "--format", "csv", "-o", str(target))
    assert proc.returncode == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8-sig"))))
    assert len(rows) == 14
    assert set(rows[0]) == {
        "candidate",
        "file",
        "posting",
        "as of",
        "verdict",
        "score",
        "reason",
        "failed criteria",
        "criteria to review",
        "error",
    }
    assert {r["posting"] for r in rows} == {"SEC000821"} and {r["as of"] for r in rows} == {"2025-07-31"}
    short = next(r for r in rows if r["candidate"] == "Elena Popescu")
    assert short["verdict"] == "not-eligible" and "degree 3y/4y" in short["failed criteria"]
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")  # so spreadsheet programs read UTF-8


def test_csv_cells_cannot_run_as_formulas(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "x.yaml").write_text("name: '=HYPERLINK(\"http://example.invalid\")'\nnationalities: [AT]\n")
    out = run("screen", "SEC000821", str(folder), "--format", "csv").stdout.decode()
    assert "'=HYPERLINK" in out


def test_jsonl_rows_have_the_shape_of_check_json():
    proc = run(
        "screen",
        "KOS000396",
        "profiles/kos000396-eligible.yaml",
        "profiles/kos000396-short-experience.yaml",
        "--format",
        "jsonl",
    )
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 2
    rows = [json.loads(line) for line in lines]
    single = json.loads(run("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--json").stdout)
    assert rows[1] == single
    assert [r["verdict"] for r in rows] == ["eligible", "not-eligible"]


def test_json_format_is_one_array():
    data = json.loads(run("screen", "jpo-2020", "profiles", "--format", "json", "--as-of", "2020-05-01").stdout)
    assert isinstance(data, list) and len(data) == 14


def test_unreadable_profiles_become_error_rows_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.yaml").write_text((ROOT / "profiles" / "sec000821-eligible.yaml").read_text())
    (folder / "bad.yaml").write_text("nationalties: [AT]\n")
    (folder / "notes.txt").write_text("not a profile")
    proc = run("screen", "SEC000821", str(folder), "--format", "jsonl")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert proc.returncode == 2
    assert [r["verdict"] for r in rows] == [None, "eligible"]
    assert "unknown key 'nationalties'" in rows[0]["error"] and "bad.yaml:1" in rows[0]["error"]
    assert "2 candidates: 1 eligible, 0 needs review, 0 not eligible, 1 unreadable" in proc.stderr.decode()
    assert "notes.txt (neither a profile nor a CV" in proc.stderr.decode()


def test_json_lines_input_one_profile_a_line(tmp_path):
    export = tmp_path / "export.jsonl"
    export.write_text(
        json.dumps({"name": "A", "nationalities": ["AT"], "languages": {"English": "C1"}})
        + "\n"
        + "\n"
        + "{not json\n"
        + json.dumps({"name": "B", "nationalities": ["JP"]})
        + "\n"
        + json.dumps({"name": "C", "nationalities": ["AT"], "experience": [{"start": "2020-01", "fraction": 2}]})
        + "\n"
    )
    proc = run("screen", "SEC000821", str(export), "--format", "jsonl")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [r["candidate"]["file"] for r in rows] == [f"{export}:{n}" for n in (1, 3, 4, 5)]
    assert rows[0]["verdict"] == "needs-review" and rows[2]["verdict"] == "not-eligible"
    assert "not JSON" in rows[1]["error"] and f"{export}:3" in rows[1]["error"]
    assert "experience[0].fraction" in rows[3]["error"] and f"{export}:5" in rows[3]["error"]


def test_output_file_is_not_overwritten_without_force(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("precious")
    proc = run("screen", "SEC000821", "profiles", "--format", "csv", "-o", str(target))
    assert proc.returncode == 2 and target.read_text() == "precious"
    assert run("screen", "SEC000821", "profiles", "--format", "csv", "-o", str(target), "--force").returncode == 0


@pytest.fixture(scope="module")
def thousand(tmp_path_factory):
    folder = tmp_path_factory.mktemp("generated")
    write_profiles(folder, 1000, seed=7)
    return folder


@pytest.mark.parametrize("posting", ["KOS000396", "SEC000821"])
def test_a_thousand_generated_profiles_get_the_verdicts_of_check_one_by_one(thousand, posting):
    proc = run("screen", posting, str(thousand), "--format", "jsonl", "--jobs", "2")
    rows = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(rows) == 1000
    ruleset = load_ruleset(posting)
    for row in rows:
        result = assess(ruleset, load_profile(row["candidate"]["file"]))
        assert (row["verdict"], row["score"]) == (result.verdict.value, result.score), row["candidate"]["file"]


def test_parallel_and_serial_runs_write_the_same_bytes(thousand):
    one = run("screen", "KOS000396", str(thousand), "--format", "csv", "--jobs", "1").stdout
    two = run("screen", "KOS000396", str(thousand), "--format", "csv", "--jobs", "2").stdout
    assert one == two and one.count(b"\n") == 1001


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: a batch runs no workers")
@pytest.mark.parametrize("format", ["csv", "jsonl", "json"])
def test_parallel_and_serial_runs_write_the_same_bytes_to_a_file(thousand, tmp_path, format):
    """Workers' rows reach an output file without passing through the main process (os.sendfile): the same bytes."""
    for jobs in ("1", "2"):
        ran = run("screen", "KOS000396", str(thousand), "--format", format, "--jobs", jobs, "-o", str(tmp_path / jobs))
        assert ran.returncode == 0, ran.stderr
    one, two = (tmp_path / "1").read_bytes(), (tmp_path / "2").read_bytes()
    assert one == two and len(one) > 1000 * 100


def test_json_lines_screened_in_parallel_give_the_rows_of_a_serial_run_in_input_order(tmp_path):
    export = write_jsonl(tmp_path / "export.jsonl", 700, seed=11)
    lines = export.read_bytes().splitlines(keepends=True)
    export.write_bytes(b"".join(lines[:300]) + b"\n{broken\n\n" + b"".join(lines[300:]))  # an error row, a gap
    one = run("screen", "KOS000396", str(export), "--format", "csv", "--jobs", "1").stdout
    two = run("screen", "KOS000396", str(export), "--format", "csv", "--jobs", "2").stdout
    assert one == two
    files = [row[1] for row in csv.reader(io.StringIO(two.decode("utf-8-sig")))][1:]
    assert files == [f"{export}:{n}" for n in [*range(1, 301), 302, *range(304, 704)]]


def test_large_tables_are_plain_text_sorted_the_same(thousand):
    import re

    out = run("screen", "KOS000396", str(thousand)).stdout.decode().splitlines()
    assert out[1].split()[:3] == ["#", "candidate", "verdict"]
    rows = [re.split(r"\s{2,}", line.strip()) for line in out[2:-1]]
    assert len(rows) == 1000
    order = {"eligible": 0, "needs review": 1, "not eligible": 2}  # spelt as in the rich table
    keys = [(order[r[2]], -int(r[3])) for r in rows]
    assert rows[0][-1].endswith(".yaml")  # the file column is whole when written to a pipe
    assert keys == sorted(keys)


def test_match_ranks_every_posting_best_first():
    proc = run("match", "profiles/kos000396-eligible.yaml", "--json")
    data = json.loads(proc.stdout)
    assert proc.returncode == 0
    verdicts = [m["verdict"] for m in data["matches"]]
    assert len(verdicts) == 5 and verdicts[0] == "eligible"
    order = {"eligible": 0, "needs-review": 1, "not-eligible": 2}
    assert verdicts == sorted(verdicts, key=order.get)
    assert all(m["main_reason"] for m in data["matches"])


def test_match_exit_status_when_nothing_fits():
    # A Partner's national: not on these posts (S3 seconded; open only to participating States' nationals)
    assert run("match", "profiles/jpo-partner-national.yaml", "KOS000396", "SEC000821").returncode == 1
    text = run("match", "profiles/jpo-partner-national.yaml", "KOS000396", "SEC000821").stdout.decode()
    assert "Postings for Olivia Smith" in text and "KOS000396" in text


@pytest.mark.parametrize(
    ("jobs", "total", "cores", "expected"),
    [
        (None, 50_000, 8, 8),  # all cores by default
        (2, 50_000, 8, 2),  # what is asked, below the cores
        (100_000, 50_000, 2, 2),  # never more than the cores: a thousand processes would only take turns on two
        (8, 300, 8, 3),  # never more than the batch has chunks of profiles
        (4, 0, 4, 4),  # a batch of unknown size: the cores
        (1, 50_000, 8, 1),
    ],
)
def test_a_screening_runs_on_no_more_workers_than_cores_or_chunks(monkeypatch, jobs, total, cores, expected):
    from eligibility import batch

    monkeypatch.setattr(batch.os, "cpu_count", lambda: cores)
    assert batch.worker_count(jobs, total) == expected
