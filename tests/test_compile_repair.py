"""Text repair keeps the posting's words and nothing that would act on a terminal or a rule set."""

from __future__ import annotations

import pytest

from eligibility.compiler import compile_text
from eligibility.compiler.text import repair

CASES = {
    "a colour sequence": ("\x1b[31mLegal Officer\x1b[0m", "Legal Officer"),
    "a window-title sequence": ("\x1b]0;owned\x07Legal Officer", "Legal Officer"),
    "a screen clear and a bell": ("\x1b[2J\aLegal Officer", "Legal Officer"),
    "a form feed between PDF pages": ("Legal Officer\fRequirements", "Legal Officer\nRequirements"),
    "tabs and newlines stay": ("Legal\tOfficer\nRequirements", "Legal\tOfficer\nRequirements"),
    "UTF-8 read as Windows-1252": (
        "Bachelor\u00e2\u20ac\u2122s degree \u00e2\u20ac\u201c law",
        "Bachelor's degree - law",
    ),
    "accented letters stay": (
        "caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve, Z\u00fcrich, S\u00e3o Paulo",
        "caf\u00e9 cr\u00e8me \u00e0 Gen\u00e8ve, Z\u00fcrich, S\u00e3o Paulo",
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_repair(name):
    given, expected = CASES[name]
    assert repair(given) == expected


def test_a_compiled_title_holds_no_control_characters():
    text = "\x1b[2J\x1b]0;owned\x07Legal Officer\n\nRequirements:\n- Master's degree in law.\n- 5 years of experience in law.\n"
    title = compile_text(text).ruleset["posting"]["title"]
    assert title == "Legal Officer"


@pytest.mark.parametrize(
    ("wrapped", "joined"),
    [
        # A word cut only by the line's end is read whole.
        ("Six years of professional expe-\nrience in audit.", "Six years of professional experience in audit."),
        ("Degree in political sci-\nence.", "Degree in political science."),
        # A compound keeps its hyphen: by its halves, or as the text writes it elsewhere.
        (
            "Experience in decision-\nmaking and in co-\noperation.",
            "Experience in decision-making and in co-operation.",
        ),
        (
            "Good data-\nhandling skills; data-handling is tested.",
            "Good data-handling skills; data-handling is tested.",
        ),
        ("English-\nspeaking staff.", "English-speaking staff."),
        # An address is copied as written.
        (
            "See jobs.example.org/our-competency-\nmodel for more.",
            "See jobs.example.org/our-competency-model for more.",
        ),
    ],
)
def test_a_word_cut_at_a_lines_end_is_joined(wrapped, joined):
    from eligibility.compiler.text import logical_lines

    assert " ".join(logical_lines(wrapped)) == joined
