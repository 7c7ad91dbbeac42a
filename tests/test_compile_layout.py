"""A page's layout read as its notice means it, as data (tests/cases/compile_layout.yaml): page furniture dropped
and a sentence cut by it read whole, a label column's rows read under their labels, emphasis marks that hide no
word, an organisation's offer that asks nothing, and titles in the forms pages write them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_compiled

from eligibility.compiler import pages, tables

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "compile_layout.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", [c for c in CASES if "lines" in c], ids=case_id)
def test_the_page_is_read_as_these_lines(case):
    read = pages.laid_out(pages.side_by_side(case["text"])[0]).split("\n")
    want = case["lines"]
    # A blank line is kept only where a case names one: it is a paragraph's end.
    got = read if "" in want else [line for line in read if line.strip()]
    while got and not got[-1].strip():
        got.pop()
    assert got == want


@pytest.mark.parametrize("case", [c for c in CASES if "lines" not in c], ids=case_id)
def test_the_notice_compiles_as_its_layout_means(case):
    result = check_compiled(case)
    if "review_says" in case:
        assert any(case["review_says"] in item for item in result.review), result.review
    if "review_lacks" in case:
        assert not any(case["review_lacks"] in item for item in result.review), result.review
    # `read_as`: lines `--explain` shows as read, each whole and on its own.
    for line in case.get("read_as", []):
        assert line in [fate.text for fate in result.fates], [fate.text for fate in result.fates]


@pytest.mark.parametrize(
    "text",
    [
        "Languages        English, Level: Fluent, Required\n                 French, Level: Basic, Desirable\n",
        "Education        Degree in logistics, required\nLanguages        Fluency in English\n",
    ],
)
def test_a_label_and_a_value_that_names_a_mode_are_no_table_header(text):
    # Columns apart by spaces are a table only under column heads; a value with its commas and colons is none.
    assert tables.unrolled(text) == text


@pytest.mark.parametrize(
    ("text", "routes"),
    [
        ("Degree | Minimum experience\nDoctorate | 4 years\nMaster's degree | 6 years\n", True),
        (
            "\tBachelor's degree\tat least 5 years of experience\n\tMaster's degree\tat least 3 years of experience\n",
            True,
        ),
        # Study lengths, a row that names no degree, one degree named twice, a row of two figures: no routes.
        ("Degree | Duration of studies\nBachelor's degree | 3 years\nMaster's degree | 2 years\n", False),
        ("Grade | Minimum experience\nP-3 | 5 years\nMaster's degree | 3 years\n", False),
        ("Degree | Minimum experience\nMaster's degree | 4 years\nMaster's degree | 6 years\n", False),
        ("Degree | Minimum experience\nDoctorate | 4 or 5 years\nMaster's degree | 6 to 7 years\n", False),
    ],
)
def test_a_table_of_years_by_degree_is_one_line_of_routes(text, routes):
    # The experience kind reads the line as years by degree after a label ('Degree / Minimum experience: …').
    assert (" \u2013 " in tables.unrolled(text) and " / " in tables.unrolled(text)) is routes


@pytest.mark.parametrize(
    ("text", "edges"),
    [
        ("Agency - Call 11\nTitle\nText one\n\fAgency - Call 11\nText two\n", {"Agency - Call 11"}),
        ("Title\nText one\nAgency  -  Call 11\n\fText two\nAgency - Call 11\n", {"Agency - Call 11"}),
        # On one page's edge only, or a sentence at each page's edge: no running header.
        ("Title\nText one\n\fMarine data management\nText two\n", set()),
        ("Apply by e-mail.\nText one\n\fApply by e-mail.\nText two\n", set()),
        ("Agency - Call 11\nTitle\nText one\n", set()),
    ],
)
def test_the_lines_at_two_pages_edges_are_a_running_header(text, edges):
    assert pages.page_edges(text) == edges
