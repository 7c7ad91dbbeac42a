"""Hostile and unlucky inputs: a clear line and exit 2 (or the right verdict), never a traceback or a lost batch."""

from __future__ import annotations

import json
import sys

import pytest
from conftest import ROOT

from eligibility.cli import main

GOOD = (ROOT / "profiles" / "sec000821-eligible.yaml").read_text("utf-8")


def cli(monkeypatch, capsys, *args: str) -> tuple[int, str, str]:
    """Run the command in this process: (exit status, standard output, standard error)."""
    monkeypatch.setattr(sys, "argv", ["eligibility", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return stop.value.code, out, err


def one_error(code: int, err: str, *expected: str) -> str:
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for piece in expected:
        assert piece in lines[0], lines[0]
    return lines[0]


def as_json(text: str) -> str:
    from eligibility.yamlio import load_yaml

    return json.dumps(load_yaml(text, name="x.yaml"))


def test_json_with_surrogate_pair_escapes_reads_as_the_characters(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(json.dumps({"name": "Ana \U0001f600 Kovač", "nationalities": ["NO"]}), "ascii")
    assert "\\ud83d\\ude00" in path.read_text()
    code, out, _ = cli(monkeypatch, capsys, "validate", str(path))
    assert code == 0
    assert "Ana \U0001f600 Kovač" in out


def test_a_dot_json_profile_goes_through_a_json_parser(monkeypatch, capsys, tmp_path):
    path = tmp_path / "p.json"
    path.write_text(as_json(GOOD))
    code, _, _ = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    assert code == 0
    path.write_text('{"name": "A", "name": "B", "nationalities": [NO]}')
    one_error(*cli(monkeypatch, capsys, "check", "SEC000821", str(path))[::2], str(path), "not JSON")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_utf16_file_is_read_as_text(monkeypatch, capsys, tmp_path, encoding):
    path = tmp_path / "p.yaml"
    path.write_bytes(GOOD.replace("[AT]", "[NO]").encode(encoding))
    code, _out, err = cli(monkeypatch, capsys, "check", "SEC000821", str(path))
    assert code == 0, err


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('{"name": ' + "[" * 1000 + "]" * 1000 + "}", "nesting deeper than 50 levels"),
        (
            '{"name": "A", "experience": [{"start": "2020-01", "fraction": ' + "9" * 400 + "}]}",
            "a number has more than 15 digits",
        ),
        ('{"name": "A", "experience": [{"start": "2020-01", "fraction": 1e999}]}', "not finite"),
        ('{"name": "A", "experience": [{"start": "2020-01", "fraction": NaN}]}', "a number (NaN) is not finite"),
    ],
)
def test_a_hostile_json_line_is_an_error_row_and_the_batch_goes_on(monkeypatch, capsys, tmp_path, line, expected):
    path = tmp_path / "batch.jsonl"
    good = json.dumps(json.loads(as_json(GOOD)))
    path.write_text(f"{good}\n{line}\n{good}\n")
    code, out, _err = cli(monkeypatch, capsys, "screen", "SEC000821", str(path), "--format", "jsonl")
    rows = [json.loads(row) for row in out.splitlines()]
    assert code == 2
    assert [row["verdict"] for row in rows] == ["eligible", None, "eligible"]
    assert expected in rows[1]["error"]
    assert rows[1]["error"].startswith(f"{path}:2")
