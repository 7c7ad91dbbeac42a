"""What `facts.counted` lists: the jobs that add months to a criterion, and no other. A job that adds nothing (it
starts after the assessment date, or ends before the degree experience is counted from) is neither counted nor
named as one that might count, and changes no status."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import build

from eligibility.engine import assess

AS_OF = date(2025, 6, 30)
NOW = {"title": "Officer", "employer": "Ministry", "start": "2023-08-01", "end": "2025-06-30", "fields": ["police"]}
LATER = {"title": "Next post", "employer": "Ministry", "start": "2025-07-01", "fields": ["police"]}
EXPERIENCE = {"id": "c", "kind": "experience", "min_years": 2, "fields": ["police"], "source": "s"}
MANAGEMENT = {"id": "c", "kind": "management", "min_years": 2, "source": "s"}

CASES = [
    # (name, criterion, jobs, education, after_degree, status, counted, advice must not name)
    (
        "a job starting after the assessment date",
        EXPERIENCE,
        [NOW, LATER],
        None,
        False,
        "fail",
        ["Officer at Ministry"],
        "Next post",
    ),
    (
        "a management job starting after the assessment date",
        MANAGEMENT,
        [{**NOW, "management": True}, {**LATER, "management": True}],
        None,
        False,
        "fail",
        ["Officer at Ministry"],
        "Next post",
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
        "Next post",
    ),
]


@pytest.mark.parametrize(
    "criterion,jobs,education,after_degree,status,counted,unnamed", [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_only_jobs_that_add_months_are_counted(criterion, jobs, education, after_degree, status, counted, unnamed):
    profile = {"experience": jobs} if education is None else {"experience": jobs, "education": education}
    ruleset, person = build([criterion], profile)
    finding = assess(ruleset, person, as_of=AS_OF, after_degree=after_degree, explained=True).findings[0]
    assert finding.status.value == status, finding.outcome.reason
    assert finding.outcome.facts["counted"] == counted
    said = finding.outcome.reason + " ".join(finding.outcome.advice)
    assert unnamed not in said, said
