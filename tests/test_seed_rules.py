"""The seed rule sets against the posting texts they come from (../shared/postings)."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import ROOT, SEEDS, posting_text

from eligibility.compiler import compile_text
from eligibility.rules import load_ruleset


def _flat(text: str) -> str:
    """Whitespace and PDF line breaks folded, for comparing quotations."""
    text = text.replace("\u2019", "'").replace("\uf0b7", " ")
    return re.sub(r"\s+", " ", text).strip().lower()


@pytest.mark.parametrize("posting", SEEDS)
def test_every_criterion_quotes_the_posting(posting):
    text = _flat(posting_text(SEEDS[posting]))
    ruleset = load_ruleset(posting)
    for criterion in ruleset.criteria:
        if criterion.origin == "posting":
            assert _flat(criterion.source) in text, f"{criterion.id}: {criterion.source!r} is not in the posting"


@pytest.mark.parametrize("posting", SEEDS)
def test_metadata_matches_the_posting(posting):
    text = posting_text(SEEDS[posting])
    p = load_ruleset(posting).posting
    if p.id.isupper():
        assert f"Requisition ID: {p.id}" in text
    if p.closes:
        assert (
            f"{p.closes:%b} {p.closes.day}, {p.closes.year}" in text
            or f"{p.closes:%B} {p.closes.day}, {p.closes.year}" in text
        )
    assert p.duty_station.split(" / ")[0] in text


def test_field_posts_exclude_duty_station_nationals():
    for posting in ("KOS000396", "kosovo-chief-of-mission-security", "bishkek-deputy-head-of-mission"):
        kinds = {(c.kind, tuple(getattr(c.params, "excluded", ()))) for c in load_ruleset(posting).criteria}
        country = load_ruleset(posting).posting.country
        assert ("nationality", (country,)) in kinds and ("residence", (country,)) in kinds, posting


def test_secretariat_posts_do_not():
    for posting in ("SEC000821", "jpo-2020"):
        assert not any(getattr(c.params, "excluded", ()) for c in load_ruleset(posting).criteria)


def _licence_criteria() -> list[tuple[str, dict]]:
    """Every driving-licence criterion as written: in each seed rule set, and in the organisation's own rules."""
    found = []
    for path in sorted((ROOT / "rules").glob("*.yaml")):
        for criterion in yaml.safe_load(path.read_text("utf-8"))["criteria"]:
            found.append((path.name, criterion))
    osce = yaml.safe_load((ROOT / "eligibility/data/osce.yaml").read_text("utf-8"))
    for rule, criteria in osce["rules"].items():
        found.extend((rule, c) for c in criteria if isinstance(c, dict))
    return [(where, c) for where, c in found if c.get("kind") == "driving-licence"]


def test_every_written_licence_criterion_states_whether_manual_transmission_is_asked():
    """`manual` defaults to false (any valid licence): a rule set that means a manual car says so, and one that
    does not says that too, so that neither rests on the default."""
    criteria = _licence_criteria()
    assert criteria
    for where, criterion in criteria:
        assert isinstance(criterion.get("manual"), bool), f"{where}: {criterion.get('id')} does not state `manual`"


@pytest.mark.parametrize(
    "sentence,manual",
    [("A valid driving licence.", False), ("A valid driving licence and the ability to drive a manual car.", True)],
)
def test_a_compiled_licence_criterion_states_whether_manual_transmission_is_asked(sentence, manual):
    compiled = compile_text(f"Field Officer\n\nRequirements:\n- {sentence}\n").ruleset
    licences = [c for c in compiled["criteria"] if c["kind"] == "driving-licence"]
    assert [c["manual"] for c in licences] == [manual]
