"""The experience kind over random days (hypothesis): a continuing job meets an N-year minimum on the day before
the N-th anniversary of its start and not the day before that, and earlier it is said to reach it on that day,
whatever the Februaries between. And which jobs it says it counted."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
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


# What `facts.counted` lists: the jobs that add months to a criterion, and no other. A job that adds nothing (it starts
# after the assessment date, or ends before the degree experience is counted from) is not counted and changes no
# status; one that starts later is listed as such (`later_jobs`), never as counted or as one whose fields might count.
AS_OF = date(2025, 6, 30)
NOW = {"title": "Officer", "employer": "Ministry", "start": "2023-08-01", "end": "2025-06-30", "fields": ["police"]}
LATER = {"title": "Next post", "employer": "Ministry", "start": "2025-07-01", "fields": ["police"]}
EXPERIENCE = {"id": "c", "kind": "experience", "min_years": 2, "fields": ["police"], "source": "s"}
MANAGEMENT = {"id": "c", "kind": "management", "min_years": 2, "source": "s"}

CASES = [
    # (name, criterion, jobs, education, after_degree, status, counted, later_jobs, words the outcome must not hold)
    (
        "a job starting after the assessment date",
        EXPERIENCE,
        [NOW, LATER],
        None,
        False,
        "fail",
        ["Officer at Ministry"],
        ["Next post at Ministry"],
        "state the fields",
    ),
    (
        "a management job starting after the assessment date",
        MANAGEMENT,
        [{**NOW, "management": True}, {**LATER, "management": True}],
        None,
        False,
        "fail",
        ["Officer at Ministry"],
        ["Next post at Ministry"],
        "state the fields",
    ),
    (
        "a job ending before the degree experience is counted from",
        EXPERIENCE,
        [
            {**NOW, "start": "2018-01-01"},
            {"title": "Cadet", "employer": "Academy", "start": "2010-01", "end": "2012-06", "fields": ["police"]},
        ],
        [{"level": "bachelor", "completed": "2015-06"}],
        True,
        "pass",
        ["Officer at Ministry"],
        [],
        "Cadet",
    ),
    (
        "a job starting after the assessment date, whose fields are not stated",
        EXPERIENCE,
        [
            {**NOW, "start": "2024-07-01"},
            {"title": "Guard", "employer": "Firm", "start": "2022-01-01", "end": "2023-12-31"},
            {"title": "Next post", "employer": "Firm", "start": "2025-08-01"},
        ],
        None,
        False,
        "unknown",
        ["Officer at Ministry"],
        [],
        "Next post",
    ),
]


@pytest.mark.parametrize(
    "criterion,jobs,education,after_degree,status,counted,later,unsaid",
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_only_jobs_that_add_months_are_counted(
    criterion, jobs, education, after_degree, status, counted, later, unsaid
):
    profile = {"experience": jobs} if education is None else {"experience": jobs, "education": education}
    ruleset, person = build([criterion], profile)
    finding = assess(ruleset, person, as_of=AS_OF, after_degree=after_degree, explained=True).findings[0]
    assert finding.status.value == status, finding.outcome.reason
    assert finding.outcome.facts["counted"] == counted
    assert finding.outcome.facts.get("later_jobs", []) == later
    said = finding.outcome.reason + " ".join(finding.outcome.advised)
    assert unsaid not in said, said
