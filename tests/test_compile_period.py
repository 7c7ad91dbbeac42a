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
