"""The engine's semantics, one named case each (tests/cases/semantics.yaml).

Each case pins the status of its criteria, the verdict, the score, and the key
sentence of each explanation (`says`: a part the explanation must contain).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import build

from eligibility.engine import assess

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "semantics.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_case(case):
    ruleset, profile = build(
        case["criteria"],
        case["profile"],
        posting=case.get("posting"),
        organisation_rules=case.get("organisation_rules", ()),
    )
    as_of = case.get("as_of")
    result = assess(
        ruleset,
        profile,
        as_of=as_of if isinstance(as_of, date) else None,
        today=date(2025, 6, 1),
        after_degree=case.get("after_degree", False),
    )
    got = {f.criterion.id: f.outcome.status.value for f in result.findings}
    reasons = {f.criterion.id: f.outcome.reason for f in result.findings}
    for cid, status in case["expect"].items():
        assert got[cid] == status, f"{cid}: {reasons[cid]}"
    assert result.verdict.value == case["verdict"]
    assert result.score == case["score"], [(f.criterion.id, f.outcome.status.value) for f in result.findings]
    for cid, sentence in case["says"].items():
        assert sentence in reasons[cid], f"{cid}: {reasons[cid]!r} does not say {sentence!r}"
