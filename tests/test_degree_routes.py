"""The degree-and-years readings as a table (tests/cases/degree_routes.yaml): each row's lines are compiled as the
items of a notice's minimum requirements, and the posting must ask one degree on the university ladder, at the level
expected, with exactly the paths in lieu expected (level and extra years), its fields where the row names them, and the experience minimum expected; a second degree asked of everyone only
where the row names it (`extra_degrees`); `no_path`: levels no path may be read at; `any_field`: the levels of the
paths whose degree counts in any field; `path_fields`: the fields a path's own degree must be in, by its level (none
unless named); `experience: null`: no experience minimum at all."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import _verdict

from eligibility.compiler import compile_text

ROWS = yaml.safe_load((Path(__file__).parent / "cases" / "degree_routes.yaml").read_text("utf-8"))
DEFAULT_EXPERIENCE = "A minimum of 6 years of relevant professional experience"


def _notice(row: dict) -> str:
    lines = row["lines"] if "lines" in row else [row["degree"], DEFAULT_EXPERIENCE]
    items = "\n".join(f"- {line}" for line in lines + ["Fluency in English"])
    return f"Vacancy Notice: Legal Officer\nClosing date: 15 January 2027\n\nMinimum requirements:\n{items}\n"


def _row_id(row: dict) -> str:
    return row.get("degree") or " / ".join(row["lines"])


@pytest.mark.parametrize("row", ROWS, ids=_row_id)
def test_degree_and_years(row):
    result = compile_text(_notice(row))
    criteria = result.ruleset["criteria"]
    degrees = [c for c in criteria if c["kind"] == "education" and c.get("mandatory", True)]
    assert [c["level"] for c in degrees] == [row["level"], *row.get("extra_degrees", [])], degrees
    degree = degrees[0]
    paths = sorted((p["level"], p.get("extra_years")) for p in degree.get("in_lieu", []))
    if "no_path" in row:
        # What the row's words must not be read as, where what they are is for a person.
        assert not {level for level, _ in paths} & set(row["no_path"]), degree
    else:
        assert paths == sorted(tuple(p) for p in row.get("in_lieu", [])), degree
    assert degree.get("equivalents", []) == row.get("equivalents", []), degree
    anywhere = [p.get("level") for p in degree.get("in_lieu", []) if p.get("any_field")]
    assert anywhere == row.get("any_field", []), degree
    own = {p.get("level"): p["fields"] for p in degree.get("in_lieu", []) if p.get("fields")}
    assert own == row.get("path_fields", {}), degree
    if "fields" in row:
        assert degree.get("fields") == row["fields"], degree
    minimums = [c.get("min_years") for c in criteria if c["kind"] == "experience" and c.get("mandatory", True)]
    expected = row.get("experience", 6)
    assert minimums == ([] if expected is None else [expected]), criteria
    if "review_says" in row:
        assert any(row["review_says"] in item for item in result.review), result.review
    if "lacking" in row:
        assert _verdict(result.ruleset, row["lacking"]) != "eligible", criteria
    if "meeting" in row:
        assert _verdict(result.ruleset, row["meeting"]) == "eligible", criteria
