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
