"""Tables in narrow windows: ids and verdict words are never cut or broken over lines; free text (titles, reasons,
requirements) wraps, and where a table cannot fit with its ids whole the rows are laid out as a list."""

from __future__ import annotations

import json
import re

import pytest
from clirun import run

from eligibility.catalogue import entries
from eligibility.rules import load_ruleset

PROFILE = "profiles/sec000821-eligible.yaml"
WIDTHS = (60, 80, 120)


def whole(word: str, out: str) -> bool:
    """Whether `word` stands whole on one line of `out` (not as part of a longer id)."""
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", out) is not None


def readable(title: str, out: str) -> bool:
    """A title is whole in a list, and wraps at spaces only in a table's cell (each word whole)."""
    if "┃" not in out:
        return title in " ".join(out.split())
    return all(whole(word, out) for word in title.split())


def drawn(args: tuple[str, ...], width: int) -> str:
    ran = run(*args, columns=width)
    assert ran.code in (0, 1, 3), ran.stderr
    out = ran.stdout
    too_wide = [line for line in out.splitlines() if len(line) > width]
    assert too_wide == [], f"lines wider than {width} columns"
    # Nothing is cut short: the only ellipses are those of the text itself, as drawn without a limit.
    assert out.count("…") == run(*args, columns=1000).stdout.count("…")
    return out


def posting_ids() -> list[str]:
    return [entry.id for entry in entries()]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("posting", ["kosovo-chief-of-mission-security", "KOS000396", "bishkek-deputy-head-of-mission"])
def test_show_keeps_every_criterion_id_whole(posting, width):
    out = drawn(("show", posting), width)
    for criterion in load_ruleset(posting).criteria:
        assert whole(criterion.id, out), criterion.id
        assert whole(criterion.kind, out), criterion.kind
    assert ("┃" in out) == (width >= 120), "a table where it fits, else a list"


@pytest.mark.parametrize("width", WIDTHS)
def test_check_all_keeps_every_criterion_id_whole(width):
    out = drawn(("check", "KOS000396", "profiles/kos000396-short-experience.yaml", "--all"), width)
    for criterion in load_ruleset("KOS000396").criteria:
        assert whole(criterion.id, out), criterion.id
    assert out.count("For the selection panel") == 26 and "Verdict: NOT ELIGIBLE" in out


@pytest.mark.parametrize("width", WIDTHS)
def test_match_keeps_posting_ids_and_verdicts_whole(width):
    out = drawn(("match", PROFILE), width)
    matches = json.loads(run("match", PROFILE, "--json").stdout)["matches"]
    words = {"eligible": "eligible", "not-eligible": "not eligible", "needs-review": "needs review"}
    for match in matches:
        assert whole(match["posting"]["id"], out), match["posting"]["id"]
        line = next(line for line in out.splitlines() if whole(match["posting"]["id"], line))
        if width < 120:  # a list: verdict, score and id on one line
            assert re.match(rf"{words[match['verdict']]} +{match['score']}  ", line), line
    assert sum(whole(word, out) for word in ("not eligible", "needs review")) >= 1
    assert ("┃" in out) == (width >= 120), "a table where it fits, else a list"
    assert readable("Chief of the Community Safety Development Section", out)


@pytest.mark.parametrize("width", WIDTHS)
def test_postings_keeps_ids_whole_and_titles_readable(width):
    out = drawn(("postings",), width)
    for posting in posting_ids():
        assert whole(posting, out), posting
    for title in ("Chief of the Community Safety Development Section", "Junior Professional Officer Programme 2020"):
        assert readable(title, out), title
    assert ("┃" in out) == (width >= 80), "a table where it fits, else a list"


@pytest.mark.parametrize("width", (60, 80))
def test_the_screen_table_on_a_terminal_folds_locations_ids_and_files_never_cuts_them(tmp_path, width):
    folder = tmp_path / "applications"
    folder.mkdir()
    (folder / "a-candidate-with-a-rather-long-file-name.yaml").write_text(
        "name: Jo\nnationalities: [JP]\nlanguages: {English: A1}\n"
    )
    (folder / "broken-application.yaml").write_text("name: X\nnationalities: [Atlantis]\n")
    ran = run("screen", "SEC000821", str(folder), columns=width, env={"TTY_COMPATIBLE": "1", "NO_COLOR": "1"})
    assert ran.code == 2 and "┃" in ran.stdout and "…" not in ran.stdout
    out = re.sub(r"\x1b\[[0-9;]*m", "", ran.stdout)  # styles (a terminal's dim file names)
    rows = [line.split("│") for line in out.splitlines() if line.count("│") == 7]
    failing, files = ("".join(row[column].strip() for row in rows) for column in (5, 6))
    assert "broken-application.yaml:2:" in failing and "participating-states" in failing
    assert "a-candidate-with-a-rather-long-file-name.yaml" in files
