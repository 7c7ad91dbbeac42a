"""The seed rule sets against the posting texts they come from (../shared/postings)."""

from __future__ import annotations

import re

import pytest
from conftest import SEEDS, posting_text

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
