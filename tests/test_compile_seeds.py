"""The compiler against its reference: the five hand-checked rule sets (../shared/postings)."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter

import pytest
from conftest import ROOT, SEEDS, posting_text

from eligibility import checks
from eligibility.compiler import compile_text
from eligibility.compiler.emit import to_yaml
from eligibility.engine import assess
from eligibility.outcome import Verdict
from eligibility.profile import load_profile
from eligibility.relevance import normalise
from eligibility.rules import load_ruleset, read_ruleset
from eligibility.yamlio import load_yaml

PROFILES = sorted((ROOT / "profiles").glob("*.yaml"))


def compiled(posting: str):
    result = compile_text(posting_text(SEEDS[posting]), source_name=SEEDS[posting])
    text = to_yaml(result.ruleset, result.review, source_name=SEEDS[posting])
    return read_ruleset(load_yaml(text, name="compiled.yaml"), "compiled.yaml")


def _fields(fields) -> frozenset:
    return frozenset(normalise(f) for f in fields)


def _value(name: str, value):
    """A parameter's value, compared without order (and fields by their normal form, a path without its source)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple(_value(f.name, getattr(value, f.name)) for f in dataclasses.fields(value) if f.name != "source")
    if isinstance(value, dict):
        return frozenset(value.items())
    if isinstance(value, (tuple, list)):
        return _fields(value) if name == "fields" else frozenset(_value(name, v) for v in value)
    return value


def meaning(c) -> tuple:
    """What a criterion asks, independent of its id, wording and order: its kind, whether mandatory, its parameters."""
    return (c.kind, c.mandatory) + tuple(_value(name, getattr(c.params, name)) for name in checks.KINDS[c.kind].KEYS)


def _flat(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


@pytest.mark.parametrize("posting", SEEDS)
def test_compiled_checkable_criteria_agree_with_the_hand_checked_rule_set(posting):
    ours = Counter(meaning(c) for c in compiled(posting).criteria if c.kind != "competency")
    reference = Counter(meaning(c) for c in load_ruleset(posting).criteria if c.kind != "competency")
    assert ours - reference == Counter(), "compiled but not in the reference"
    assert reference - ours == Counter(), "in the reference but not compiled"


@pytest.mark.parametrize("posting", SEEDS)
def test_every_competency_of_the_reference_is_compiled(posting):
    ours = [c for c in compiled(posting).criteria if c.kind == "competency"]
    reference = [c for c in load_ruleset(posting).criteria if c.kind == "competency"]
    for c in reference:
        hits = [o for o in ours if _flat(c.source) in _flat(o.source) or _flat(o.source) in _flat(c.source)]
        assert hits, f"{c.id}: {c.source!r} was dropped"
        assert hits[0].mandatory == c.mandatory, c.id
    assert len(ours) == len(reference)


@pytest.mark.parametrize("posting", SEEDS)
def test_compiled_metadata_agrees(posting):
    ours, reference = compiled(posting).posting, load_ruleset(posting).posting
    for key in ("country", "field_operation", "grade", "issued", "closes", "organisation"):
        assert getattr(ours, key) == getattr(reference, key), key
    if reference.id.isupper():
        assert ours.id == reference.id


@pytest.mark.parametrize("posting", SEEDS)
@pytest.mark.parametrize("profile", PROFILES, ids=[p.stem for p in PROFILES])
def test_round_trip_gives_the_hand_checked_verdict(posting, profile):
    candidate = load_profile(str(profile.relative_to(ROOT)))
    ruleset = compiled(posting)
    reference = assess(load_ruleset(posting), candidate)
    # What the criteria decide agrees once a person has settled the open review items ...
    settled = assess(dataclasses.replace(ruleset, review=()), candidate)
    assert settled.verdict == reference.verdict
    assert settled.score == reference.score
    # ... and until then they can only hold an `eligible` back to needs-review.
    if ruleset.review and reference.verdict is Verdict.ELIGIBLE:
        assert assess(ruleset, candidate).verdict is Verdict.NEEDS_REVIEW


def test_every_source_quotes_the_posting():
    for posting, name in SEEDS.items():
        text = _flat(posting_text(name))
        for c in compiled(posting).criteria:
            if c.origin == "posting":
                assert _flat(c.source) in text, (posting, c.source)
