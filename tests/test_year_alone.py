"""Dates a profile gives as a year alone (as a CV may): read at the month that counts least, the other kept."""

from __future__ import annotations

import pytest

from eligibility.errors import EligibilityError
from eligibility.profile import read_profile

JOBS = [
    # (start, end) as written -> (least favourable, most favourable) as read
    (("2017", "2025"), (("2017-12", "2025-01"), ("2017-01", "2025-12"))),
    ((2017, 2017), (("2017-12", "2017-12"), ("2017-01", "2017-12"))),
    (("2017-05", "2017"), (("2017-05", "2017-05"), ("2017-05", "2017-12"))),
    (("2017", "2017-03"), (("2017-03", "2017-03"), ("2017-01", "2017-03"))),
    (("2017", "present"), (("2017-12", "None"), ("2017-01", "None"))),
]


@pytest.mark.parametrize(("written", "read"), JOBS, ids=[f"{s} to {e}" for (s, e), _ in JOBS])
def test_a_jobs_year_alone_is_read_at_the_month_that_counts_least_within_its_other_date(written, read):
    start, end = written
    profile = read_profile({"experience": [{"title": "Clerk", "start": start, "end": end}]}, "p.yaml")
    least, most = read
    job, wide = profile.experience[0], profile.favourable.experience[0]
    assert (str(job.start), str(job.end)) == least
    assert (str(wide.start), str(wide.end)) == most
    assert profile.open_months[0][0] == "experience" and "of Clerk (" in profile.open_months[0][1]


def test_a_completion_year_alone_is_read_as_december_and_january_at_most():
    profile = read_profile({"education": [{"level": "master", "field": "Law", "completed": 2012}]}, "p.yaml")
    assert str(profile.education[0].completed) == "2012-12"
    assert str(profile.favourable.education[0].completed) == "2012-01"
    assert profile.open_months == (("education", "the completion of the second-level university degree in Law (2012)"),)


def test_full_dates_leave_nothing_open():
    profile = read_profile({"experience": [{"start": "2017-03", "end": "2019-04"}]}, "p.yaml")
    assert profile.favourable is None and profile.open_months == ()


@pytest.mark.parametrize(
    ("job", "says"),
    [
        ({"start": 2018, "end": 2017}, "experience[0].end: ends (2017) before it starts (2018)"),
        ({"start": "2018-03", "end": 2017}, "experience[0].end: ends (2017) before it starts (2018-03)"),
        ({"start": 1850}, "experience[0].start: '1850' is outside the supported years"),
    ],
)
def test_a_year_alone_that_cannot_be_is_refused(job, says):
    with pytest.raises(EligibilityError) as raised:
        read_profile({"experience": [job]}, "p.yaml")
    assert says in str(raised.value)


SERVICE = [
    # (start, end) as written -> (longest, shortest) as read: service counts against a maximum, so the reading that
    # counts least for the candidate is the longest
    (("2012", "2018"), (("2012-01", "2018-12"), ("2012-12", "2018-01"))),
    ((2012, 2012), (("2012-01", "2012-12"), ("2012-12", "2012-12"))),
    (("2012-05", "2012"), (("2012-05", "2012-12"), ("2012-05", "2012-05"))),
    (("2012", "2012-03"), (("2012-01", "2012-03"), ("2012-03", "2012-03"))),
    (("2012-01", 2015), (("2012-01", "2015-12"), ("2012-01", "2015-01"))),
    (("2012", "present"), (("2012-01", "None"), ("2012-12", "None"))),
]


@pytest.mark.parametrize(("written", "read"), SERVICE, ids=[f"{s} to {e}" for (s, e), _ in SERVICE])
def test_an_osce_assignments_year_alone_is_read_at_its_longest_and_its_shortest_kept(written, read):
    start, end = written
    service = {"mission": "OSCE Mission in Kosovo", "country": "XK", "start": start, "end": end}
    profile = read_profile({"osce_service": [service]}, "p.yaml")
    longest, shortest = read
    served, wide = profile.osce_service[0], profile.favourable.osce_service[0]
    assert (str(served.start), str(served.end)) == longest
    assert (str(wide.start), str(wide.end)) == shortest
    assert profile.open_months[0][0] == "osce_service" and "of OSCE Mission in Kosovo (" in profile.open_months[0][1]


@pytest.mark.parametrize(
    ("service", "says"),
    [
        ({"country": "XK", "start": 2018, "end": 2017}, "osce_service[0].end: ends (2017) before it starts (2018)"),
        ({"country": "XK", "start": "2018-03", "end": 2017}, "osce_service[0].end: ends (2017) before it starts"),
        ({"country": "XK", "start": 1850}, "osce_service[0].start: '1850' is outside the supported years"),
    ],
)
def test_an_assignments_year_alone_that_cannot_be_is_refused(service, says):
    with pytest.raises(EligibilityError) as raised:
        read_profile({"osce_service": [service]}, "p.yaml")
    assert says in str(raised.value)
