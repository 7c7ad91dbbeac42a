"""The closing date a notice gives only as the end of the period applications are open (eligibility/compiler/period.py)."""

from __future__ import annotations

from datetime import date

import pytest

from eligibility.compiler import compile_text

CLOSES = date(2027, 3, 28)

PERIODS = {
    "a period's name with a dash between its days": "Application period 1 Mar 2027 - 28 Mar 2027",
    "the label and its value parted by wide spaces": "Recruitment period      01.03.2027 - 28.03.2027",
    "applications open from one day to another": "Applications are open from 1 March 2027 to 28 March 2027.",
    "an 'Open:' line with an en dash": "Open: 1 March 2027 \u2013 28 March 2027",
    "a vacancy open until a day": "The vacancy is open until 28 March 2027.",
    "days in the year-first form, 'until'": "Applications are accepted from 2027-03-01 until 2027-03-28.",
    "weekdays before the days, 'through'": "This position is open from Monday, 1 March 2027 through Sunday, 28 March 2027.",
    "'between' one day 'and' another": "Applications will be received between 1 Mar 2027 and 28 Mar 2027.",
    # What the applications are for, a year in it, before 'are open': the period's own days still count.
    "applications for a programme named with its year": (
        "Applications for the 2028 Fellowship are open from March 1, 2027 to March 28, 2027 (5 p.m. GMT)."
    ),
    "a period 'for' a programme that 'opens on' one day 'and closes on' another": (
        "The application period for the 2028 intake opens on 1 March 2027 and closes on 28 March 2027."
    ),
    "the last day's year cut onto the next line": (
        "The application period opens on March 1, 2027 and closes on March 28,\n2027 at noon (Central European Time)."
    ),
    "submitting 'between' one day 'and' another, a time after the last": (
        "Submit your application online between 1 March 2027 and 28 March 2027, 12:00 Lisbon time (WET)."
    ),
    "'can be submitted between'": "Applications can be submitted between 1 March 2027 and 28 March 2027.",
    "nominations that 'should be submitted' through a system 'no later than' a day": (
        "Nominations should be submitted through the online\nrecruitment system no later than 28 March 2027, 23:59 CET."
    ),
}


@pytest.mark.parametrize("line", PERIODS.values(), ids=PERIODS.keys())
def test_the_last_day_of_the_period_applications_are_open_is_the_closing_date(line):
    result = compile_text(f"Programme Officer\n{line}\n\nRequirements:\n- University degree in law.\n")
    assert result.ruleset["posting"].get("closes") == CLOSES
    assert "closing date not found" not in result.review


NOT_A_CLOSING_DATE = {
    "open to whom, with no date": "Applications are open to nationals of all participating States.",
    "the first day alone": "Applications open 1 March 2027.",
    "a period in days": "Application period: 30 days from publication.",
    "two dates the wrong way round": "Application period 28 Mar 2027 - 1 Mar 2027",
    "what was submitted 'by' someone 'before' a day is no deadline": (
        "Documents submitted by candidates before 1 March 2025 are kept for two years."
    ),
    "the days a programme runs, not its applications": "The 2028 Fellowship runs from 1 March 2027 to 28 March 2027.",
    "a line that ends on a year is no date cut in two": "The application period opens on 1 March 2027\nand lasts 4 weeks.",
}


@pytest.mark.parametrize("line", NOT_A_CLOSING_DATE.values(), ids=NOT_A_CLOSING_DATE.keys())
def test_a_line_that_states_no_last_day_gives_no_closing_date(line):
    result = compile_text(f"Programme Officer\n{line}\n\nRequirements:\n- University degree in law.\n")
    assert result.ruleset["posting"].get("closes") is None
    assert "closing date not found" in result.review


def test_a_closing_date_the_notice_names_wins_over_a_period():
    text = (
        "Programme Officer\nApplications are open from 1 March 2027 to 28 March 2027.\n"
        "Deadline for applications: 20 March 2027\n\nRequirements:\n- University degree in law.\n"
    )
    assert compile_text(text).ruleset["posting"]["closes"] == date(2027, 3, 20)
