"""The experience kind over random days (hypothesis): a continuing job meets an N-year minimum on the day before
the N-th anniversary of its start and not the day before that, and earlier it is said to reach it on that day,
whatever the Februaries between."""

from __future__ import annotations

from datetime import date, timedelta

from conftest import build
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_properties import anniversary, days

from eligibility.engine import assess
from eligibility.outcome import Status


@settings(max_examples=60, deadline=None)
@given(start=days, years=st.integers(1, 12), before=st.integers(1, 2000))
@example(start=date(2022, 2, 21), years=6, before=365)
def test_a_continuing_job_meets_whole_years_on_the_day_it_is_said_to(start, years, before):
    criteria = [{"id": "exp", "kind": "experience", "min_years": years, "source": "s"}]
    ruleset, person = build(criteria, {"experience": [{"start": start.isoformat()}]})
    last = anniversary(start, years) - timedelta(days=1)

    assert assess(ruleset, person, as_of=last).findings[0].status is Status.PASS
    assert assess(ruleset, person, as_of=last - timedelta(days=1)).findings[0].status is Status.FAIL
    earlier = assess(ruleset, person, as_of=max(start, last - timedelta(days=before)))
    assert earlier.findings[0].outcome.facts["reached_on"] == last.isoformat()
    assert earlier.qualifies_on == last
