"""Advice speaks plainly (no profile keys), gives each gap once, and every `review` says what a person should judge."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, build

from eligibility.engine import assess
from eligibility.formats.brief import advice_items, gaps, main_reason
from eligibility.outcome import Status
from eligibility.profile import load_profile
from eligibility.rules import load_ruleset

RULES = sorted((ROOT / "rules").glob("*.yaml"))
PROFILES = sorted((ROOT / "profiles").glob("*.yaml")) + sorted((ROOT / "tests" / "fixtures" / "cv").glob("*.yaml"))
"""The examples, and profiles as a CV gives them (jobs whose management is unknown, levels left open)."""
GAPS = yaml.safe_load((ROOT / "tests" / "fixtures" / "gaps.yaml").read_text("utf-8"))
"""Criteria with gaps of both sorts, by name."""
YAML_WORDS = re.compile(r"`|\b(management|manual|valid|field|completed|languages|experience|education): ")


def results():
    for rules in RULES:
        ruleset = load_ruleset(str(rules))
        for profile in PROFILES:
            yield assess(ruleset, load_profile(str(profile)))
        # A profile that states almost nothing: every 'state …' advice appears.
        yield assess(ruleset, build([{"id": "any", "kind": "competency", "source": "s"}], {"name": "Blank"})[1])


@pytest.mark.parametrize("result", list(results()), ids=lambda r: f"{r.ruleset.posting.id}-{r.profile.name}")
def test_advice_and_reasons_use_no_profile_keys(result):
    for f in result.findings:
        for text in (*f.outcome.advised, f.outcome.reason):
            assert not YAML_WORDS.search(text), (f.criterion.id, text)


@pytest.mark.parametrize("result", list(results()), ids=lambda r: f"{r.ruleset.posting.id}-{r.profile.name}")
def test_every_review_says_what_a_person_should_judge(result):
    for f in result.findings:
        if f.outcome.status is Status.REVIEW:
            assert re.search(r"judge|selection panel", f.outcome.reason), (f.criterion.id, f.outcome.reason)


def test_advice_is_given_once_per_gap():
    ruleset, profile = build(
        [
            {"id": "english", "kind": "language", "languages": ["English"], "level": "C1", "source": "s"},
            {"id": "english-writing", "kind": "language", "languages": ["English"], "level": "C1", "source": "t"},
        ],
        {"languages": {"English": "B2"}},
    )
    items = [text for _, text in advice_items(assess(ruleset, profile))]
    assert items == ["English at C1 (you stated B2)"]


def test_a_gap_no_qualification_can_close_comes_first():
    ruleset, profile = build(
        GAPS["final-and-closable"],
        {"nationalities": ["XK"], "experience": [{"start": "2020-01", "end": "2021-01"}]},
    )
    result = assess(ruleset, profile)
    assert [f.criterion.id for f in gaps(result, Status.FAIL)] == ["not-national", "exp"]
    assert main_reason(result).startswith("not-national:")
    assert advice_items(result)[0][1].startswith("none that qualifications can close")


def test_bundled_files_exist():
    assert RULES and PROFILES and all(isinstance(p, Path) for p in RULES)


def test_json_advice_is_one_item_per_gap_decisive_first():
    from eligibility.formats.json import result_dict

    ruleset, profile = build(
        GAPS["one-advice-per-gap"],
        {
            "nationalities": ["XK"],
            "languages": {"English": "B2"},
            "experience": [{"start": "2020-01", "end": "2021-01"}],
        },
    )
    advice = result_dict(assess(ruleset, profile))["advice"]
    assert [a["criterion"] for a in advice] == ["not-national", "exp", "english"]


REVIEWED_PROFILE = """\
nationalities: [AT]
experience: [{title: Officer, start: 2018-01, end: 2024-12, fields: [logistics]}]
"""


def test_a_criterion_left_to_a_person_is_advised_in_json_and_on_the_terminal(tmp_path):
    """What a person must judge is a gap's advice like any other: in JSON on the criterion and in the top-level
    list (in the rule set's order among the open ones), and in --all's list; under the criterion on the terminal it is
    not said again, as the explanation just above it says it."""
    from clirun import run

    rules, profile = ROOT / "tests" / "fixtures" / "rules" / "left-to-a-person.yaml", tmp_path / "profile.yaml"
    profile.write_text(REVIEWED_PROFILE, "utf-8")
    judged = "a person must judge whether this work is related: Officer; counting it gives 7 years"
    words = "the posting's words: “Completed national military service.”"
    done = run("check", str(rules), str(profile), "--json")
    assert done.code == 3, done.stderr
    data = json.loads(done.stdout)
    statuses = {c["id"]: (c["status"], c["advice"]) for c in data["criteria"]}
    assert statuses["exp"] == ("review", [judged])
    assert statuses["service"][0] == "review" and words in statuses["service"][1][0]
    assert [(a["criterion"], a["text"]) for a in data["advice"]] == [
        ("english", statuses["english"][1][0]),
        ("exp", judged),
        ("service", statuses["service"][1][0]),
    ]
    summary = " ".join(run("check", str(rules), str(profile), columns=200).stdout.split())
    assert judged[1:].lower() in summary.lower() and f"→ {judged}" not in summary and words not in summary
    listed = " ".join(run("check", str(rules), str(profile), "--all", columns=200).stdout.split())
    assert f"• exp: {judged}" in listed
