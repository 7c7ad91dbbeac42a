"""README's examples of output are what the commands print: each console block's `eligibility` command that runs on
the bundled rule sets and profiles alone is run, and every line the block shows must be in its output, in order (a
block may leave lines out, and a row of '…' alone marks where). The JSON example is `check --json`'s own output for
the profile it names. So the examples cannot go stale."""

from __future__ import annotations

import json
import re
import shlex

import pytest
from clirun import run
from conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")
_BOX = re.compile(r"[\s│┃|]+")


def _examples() -> list[tuple[str, list[str], list[str]]]:
    """(the command line, its arguments, the output lines shown) for each command in a console block that runs on
    the bundled files alone: an argument that names a file must be one the project ships, and a `check` with no
    profile is the guided self-check, which asks at a terminal."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", README, re.S):
        command: str | None = None
        shown: list[str] = []
        for line in block.splitlines() + ["$ end"]:
            if not line.startswith("$ "):
                shown.append(line.rstrip())
                continue
            if command is not None:
                found.append((command, shown))
            command, shown = line[2:].split("  #")[0].strip(), []
    runnable = []
    for command, shown in found:
        if "|" in command:
            continue
        words = shlex.split(command)
        if words[0] != "eligibility":
            continue
        args = words[1:]
        paths = [a for a in args if not a.startswith("-") and ("/" in a or "." in a)]
        if any(not (ROOT / p).exists() for p in paths if p != "shortlist.csv"):
            continue
        if args[0] == "check" and len([a for a in args[1:] if not a.startswith("-")]) < 2:
            continue
        runnable.append((command, args, shown))
    return runnable


EXAMPLES = _examples()


def test_the_readme_shows_examples_that_run():
    commands = [c.split()[1] for c, _, _ in EXAMPLES]
    assert {"check", "postings", "screen", "match"} <= set(commands), commands


@pytest.mark.parametrize("command,args,shown", EXAMPLES, ids=[c for c, _, _ in EXAMPLES])
def test_each_readme_example_shows_what_the_command_prints(command, args, shown, tmp_path):
    args = [str(tmp_path / a) if a == "shortlist.csv" else a for a in args]
    width = max((len(line) for line in shown), default=80)
    ran = run(*args, columns=max(width, 80))
    printed = [line.rstrip() for line in (ran.stdout + ran.stderr).splitlines()]
    at = 0
    for line in shown:
        if _BOX.sub("", line) in ("…", ""):
            continue  # where the block leaves lines out, or a blank line
        while at < len(printed) and printed[at] != line:
            at += 1
        assert at < len(printed), f"`{command}` no longer prints, at this point:\n{line}\n\nIt prints:\n" + "\n".join(
            printed
        )
        at += 1


def test_the_json_example_is_what_check_json_prints():
    block = re.search(r"`check --json` prints one object.*?```json\n(.*?)```", README, re.S)
    assert block is not None
    example = json.loads(block.group(1))
    ran = run("check", example["posting"]["id"], example["candidate"]["file"], "--json")
    printed = json.loads(ran.stdout)
    for key in ("verdict", "score", "counts", "as_of", "as_of_basis", "options", "qualifies_on"):
        assert printed[key] == example[key], key
    for criterion in example["criteria"]:
        got = next(c for c in printed["criteria"] if c["id"] == criterion["id"])
        for key in ("kind", "mandatory", "decisive", "status", "reason", "origin", "advice"):
            assert got[key] == criterion[key], (criterion["id"], key)
        facts = {k: v for k, v in criterion["facts"].items() if v != ["…"]}
        assert {k: got["facts"][k] for k in facts} == facts
