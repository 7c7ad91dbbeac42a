from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
POSTINGS = ROOT.parent / "shared" / "postings"

SEEDS = {
    "KOS000396": "KOS000396.txt",
    "SEC000821": "SEC000821.txt",
    "bishkek-deputy-head-of-mission": "bishkek-deputy-head-of-mission.txt",
    "kosovo-chief-of-mission-security": "kosovo-chief-of-mission-security.txt",
    "jpo-2020": "jpo-2020.txt",
}
"""Each seed rule set in rules/, and the posting text in ../shared/postings it was written from."""


@pytest.fixture(autouse=True)
def _run_in_project_root(monkeypatch):
    """Posting ids are looked up in ./rules, as a user running from the project would."""
    monkeypatch.chdir(ROOT)


def posting_text(name: str) -> str:
    path = POSTINGS / name
    if not path.is_file():
        pytest.skip(f"posting texts not available: put them in {POSTINGS} to run these (README, first section)")
    return path.read_text("utf-8")


def build(criteria, profile, *, posting=None, organisation_rules=()):
    """A rule set and profile from plain data, through the same readers as files."""
    from eligibility.profile import read_profile
    from eligibility.rules import read_ruleset
    from eligibility.yamlio import load_yaml

    doc = {
        "posting": {"id": "case", "title": "Case", "country": "AT", **(posting or {})},
        "organisation_rules": list(organisation_rules),
        "criteria": criteria,
    }
    ruleset = read_ruleset(load_yaml(yaml.safe_dump(doc), name="case-rules.yaml"), "case-rules.yaml")
    person = read_profile(load_yaml(yaml.safe_dump(profile), name="case-profile.yaml"), "case-profile.yaml")
    return ruleset, person
