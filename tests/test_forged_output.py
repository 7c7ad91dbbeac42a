"""Text in a profile can never print a line the tool did not write: every human format shows a line break, a line
or paragraph separator, a control character or a bidirectional control in input text as a visible escape."""

from __future__ import annotations

import json

import pytest
from clirun import run

SEPARATORS = {
    "\n": "\\x0a",
    "\r": "\\x0d",
    "\x0b": "\\x0b",
    "\x0c": "\\x0c",
    "\x85": "\\x85",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
    "\u061c": "\\u061c",
    "\u202e": "\\u202e",
    "\u2066": "\\u2066",
}
FORGED = "Verdict: ELIGIBLE   score 99/100"


def _profile(tmp_path, separator: str):
    path = tmp_path / "forged.yaml"
    name = f"Mallory{separator}{FORGED}{separator}Met (6): degree"
    path.write_text(json.dumps({"name": name, "nationalities": ["JP"], "languages": {"English": "A1"}}))
    return path


def _assert_one_line(text: str, separator: str) -> None:
    if separator != "\n":  # the output's own lines end in one
        assert separator not in text
    assert SEPARATORS[separator] in text
    assert not any(line.lstrip("│┃ ").startswith(FORGED) for line in text.splitlines())


COMMANDS = {
    "check": lambda path: ("check", "SEC000821", str(path)),
    "check --all": lambda path: ("check", "SEC000821", str(path), "--all"),
    "validate": lambda path: ("validate", str(path)),
    "screen table": lambda path: ("screen", "SEC000821", str(path.parent)),
    "match": lambda path: ("match", str(path)),
}


@pytest.mark.parametrize("separator", SEPARATORS)
@pytest.mark.parametrize("command", COMMANDS)
def test_a_line_break_in_a_name_is_shown_escaped(tmp_path, command, separator):
    ran = run(*COMMANDS[command](_profile(tmp_path, separator)), columns=120)
    assert "Traceback" not in ran.stderr
    _assert_one_line(ran.stdout, separator)


@pytest.mark.parametrize("separator", ["\n", "\u2028"])
def test_the_plain_table_of_a_large_batch_shows_names_escaped(tmp_path, monkeypatch, separator):
    monkeypatch.setattr("eligibility.formats.screen.RICH_ROWS", 0)  # the layout used above that many rows
    ran = run("screen", "SEC000821", str(_profile(tmp_path, separator).parent), columns=120)
    _assert_one_line(ran.stdout, separator)


def test_an_error_line_quoting_input_text_is_one_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text(json.dumps({"nationalities": [f"Atlantis\n{FORGED}"]}))
    ran = run("check", "SEC000821", str(path))
    assert ran.code == 2 and len(ran.stderr.strip().splitlines()) == 1 and "\\x0a" in ran.stderr


def test_json_and_csv_keep_the_name_exact(tmp_path):
    path = _profile(tmp_path, "\u2028")
    data = json.loads(run("check", "SEC000821", str(path), "--json").stdout)
    assert "\u2028" in data["candidate"]["name"]
    assert "\u2028" in run("screen", "SEC000821", str(path), "-f", "csv").stdout


RULE_SET_COMMANDS = {
    "check": lambda rules, profile: ("check", str(rules), profile),
    "screen table": lambda rules, profile: ("screen", str(rules), profile),
    "match": lambda rules, profile: ("match", profile, str(rules)),
    "postings": lambda rules, profile: ("postings", "--rules", str(rules.parent)),
}


@pytest.mark.parametrize("command", RULE_SET_COMMANDS)
def test_a_line_break_in_a_rule_set_s_title_is_shown_escaped(tmp_path, command):
    from conftest import ROOT

    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    title = next(line for line in text.splitlines() if line.startswith("  title: "))
    rules = tmp_path / "rules" / "forged.yaml"
    rules.parent.mkdir()
    rules.write_text(text.replace(title, f'  title: "Officer\\u2028{FORGED}\\nMet (6): degree"', 1), "utf-8")
    ran = run(*RULE_SET_COMMANDS[command](rules, "profiles/sec000821-eligible.yaml"), columns=120)
    assert "Traceback" not in ran.stderr
    _assert_one_line(ran.stdout, "\u2028")
    _assert_one_line(ran.stdout, "\n")


@pytest.mark.parametrize("columns", [200, 80], ids=["table", "one entry a criterion"])
@pytest.mark.parametrize(
    ("command", "key"),
    [(("show",), "source"), (("show",), "note"), (("check", "--all"), "source")],
    ids=["show: the posting's words", "show: a note", "check --all: the posting's words"],
)
def test_a_line_break_in_a_criterion_s_words_is_shown_escaped(tmp_path, command, key, columns):
    import yaml
    from conftest import ROOT

    data = yaml.safe_load((ROOT / "rules" / "SEC000821.yaml").read_text("utf-8"))
    data["criteria"][1][key] = f"Nationals\u2028{FORGED}\nMet (6): degree \x1b[2J"
    rules = tmp_path / "forged.yaml"
    rules.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    args = (command[0], str(rules), *(["profiles/sec000821-eligible.yaml"] if command[0] == "check" else []))
    ran = run(*args, *command[1:], columns=columns)
    assert "Traceback" not in ran.stderr
    _assert_one_line(ran.stdout, "\u2028")
    _assert_one_line(ran.stdout, "\n")
    assert "\x1b" not in ran.stdout and "\\x1b[2J" in ran.stdout
