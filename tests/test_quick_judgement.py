"""A kind's quick judgement (`plan`) and its full check agree, and so do the results and rows built on them.

The quick way decides a criterion's status and margin (and the few facts its
screening brief shows) without writing the explanation; the full check writes
the outcome when an output shows it. Over many generated candidates, every
seed rule set, several assessment dates and both ways of counting years, they
must give the same status, margin and brief, and the results the same verdict,
score, statuses, CSV row, table row and JSON line as when every criterion is
checked in full.
"""

from __future__ import annotations

import copy
import random
import sys
from datetime import date

import pytest
from conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
from synthetic import profile as synthetic_profile

from eligibility import checks, engine
from eligibility.batch import Item
from eligibility.context import Context
from eligibility.engine import assess
from eligibility.formats import rows
from eligibility.formats.json import result_line
from eligibility.profile import read_profile
from eligibility.rules import read_ruleset
from eligibility.yamlio import load_file

RULESETS = [
    read_ruleset(load_file(path), str(path))
    for path in sorted((ROOT / "rules").glob("*.yaml")) + sorted((ROOT / "tests" / "fixtures" / "rules").glob("*.yaml"))
]
"""Every seed rule set and every test fixture rule set."""
DATES = [None, date(2012, 3, 31), date(2019, 12, 31), date(2026, 6, 15)]
PLANNED = sorted(kind for kind, module in checks.KINDS.items() if hasattr(module, "plan"))


def _varied(rng: random.Random, i: int) -> dict:
    """A synthetic candidate, with now and then what the generator never writes: jobs whose management or
    fields are left open, undated or future degrees, languages or experience not stated at all."""
    data = synthetic_profile(rng, i)
    for job in data.get("experience", ()):
        if rng.random() < 0.15:
            job["management"] = "unknown"
        if rng.random() < 0.1:
            job.pop("fields", None)
        if rng.random() < 0.1:
            job["fields"] = [rng.choice(["law enforcement", "border police", "finance", "community safety"])]
    for degree in data.get("education", ()):
        if rng.random() < 0.15:
            degree.pop("completed", None)
        elif rng.random() < 0.1:
            degree["completed"] = "2027-06"
    for key in ("languages", "experience", "education"):
        if rng.random() < 0.04:
            data.pop(key, None)
    if rng.random() < 0.05:
        data["languages"] = {"English": "native", "Russian": "C2"}
    if rng.random() < 0.2:
        # Earlier assignments as people name them: placed by name alone, ruled out, or not placeable at all.
        data["osce_service"] = [
            {**rng.choice(SERVICE), "start": f"{rng.randint(2005, 2015)}-01", "end": f"{rng.randint(2016, 2026)}-06"}
            for _ in range(rng.randint(1, 2))
        ]
    for key in ("osce_service", "permanent_residence"):
        if rng.random() < 0.04:
            data[key] = "unknown"
    return data


SERVICE = [
    {"mission": "OSCE Mission to Kosovo"},
    {"mission": "OSCE Kyrgyzstan"},
    {"mission": "OSCE"},
    {"mission": "OSCE Mission to Serbia"},
    {"mission": "OSCE Secretariat", "post": "Associate Security Project Officer"},
    {"mission": "OSCE Secretariat"},
    {"mission": "Field office", "post": "Chief of the Community Safety Development Section (S3)"},
    {"country": "XK", "local": True},
]


PROFILES = [read_profile(_varied(random.Random(i), i), f"generated-{i}.yaml") for i in range(250)]


def _full(ruleset, profile, as_of, after_degree):
    """The result with every criterion checked in full at once (no quick judgement)."""
    return assess(ruleset, profile, as_of=as_of, after_degree=after_degree, explained=True)


def test_the_rule_sets_hold_a_degree_path_that_needs_no_experience():
    # A path whose minimum is no years at all: a quick judgement and a full check that disagree on its margin
    # disagree on the score.
    # (tests/fixtures/rules/no-experience-with-degree.yaml).
    assert "NOEXP1" in {r.posting.id for r in RULESETS}


def test_the_kinds_that_judge_quickly_are_the_costly_ones():
    assert {"education", "experience", "language", "management"} <= set(PLANNED)


@pytest.mark.parametrize("after_degree", [False, True], ids=["all-years", "after-degree"])
@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: r.posting.id)
def test_each_quick_judgement_agrees_with_the_full_check(ruleset, after_degree):
    judged = 0
    for profile in PROFILES:
        for as_of in DATES:
            when = as_of or ruleset.posting.closes or date(2025, 1, 1)
            ctx = Context(profile=profile, ruleset=ruleset, as_of=when, after_degree=after_degree)
            for c in ruleset.criteria:
                planner = getattr(c.module, "plan", None)
                if planner is None or not c.module.DECIDES:
                    continue
                quick = planner(c)(ctx)
                full = c.module.check(c, ctx)
                if quick is None:
                    continue
                judged += 1
                where = (c.id, profile.file, when, after_degree)
                assert (quick[0], quick[1]) == (full.status, full.margin), where
                if len(quick) > 2:
                    assert c.module.brief(quick[2]) == c.module.brief(full.facts), where
    assert judged > 0


@pytest.mark.parametrize("ruleset", RULESETS, ids=lambda r: r.posting.id)
def test_results_and_rows_are_the_same_as_with_every_criterion_checked_in_full(ruleset):
    batch = rows.Batch(posting={"id": ruleset.posting.id, "title": ruleset.posting.title})
    for i, profile in enumerate(PROFILES):
        as_of, after_degree = DATES[i % len(DATES)], i % 3 == 0
        quick = assess(ruleset, profile, as_of=as_of, after_degree=after_degree)
        full = _full(ruleset, profile, as_of, after_degree)
        assert (quick.verdict, quick.score) == (full.verdict, full.score), profile.file
        assert [(f.status, f.margin) for f in quick.findings] == [
            (f.outcome.status, f.outcome.margin) for f in full.findings
        ]
        item = Item(profile.file, profile.file)
        # Rows first, from results whose outcomes are not written yet; then everything the JSON line shows.
        assert rows.csv_row(quick, item, None, batch) == rows.csv_row(full, item, None, batch)
        fresh = assess(ruleset, copy.copy(profile), as_of=as_of, after_degree=after_degree)
        assert rows.table_row(fresh, item, None, batch)[2:] == rows.table_row(full, item, None, batch)[2:]
        assert result_line(quick, after_degree=after_degree) == result_line(full, after_degree=after_degree)


def test_a_finding_writes_its_outcome_once_and_only_when_asked():
    ruleset = next(r for r in RULESETS if r.posting.id == "KOS000396")
    calls = []
    module = checks.KINDS["experience"]
    original = module.check

    def counting(criterion, ctx):
        calls.append(criterion.id)
        return original(criterion, ctx)

    engine._plans.clear()
    module.check = counting
    try:
        result = assess(ruleset, PROFILES[0])
        assert calls == []  # the verdict and the score came from the quick judgement
        finding = next(f for f in result.findings if f.criterion.kind == "experience")
        assert finding.outcome.reason and finding.outcome is finding.outcome
        assert calls == [finding.criterion.id]
    finally:
        module.check = original
        engine._plans.clear()
