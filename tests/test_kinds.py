"""Every kind's own cases (tests/cases/<kind>.yaml): the phrases the compiler reads for it (`phrases`), how its
check decides (`semantics`), what it advises (`advice`) and the rule sets its parameters make bad (`bad_rules`), run the same way as the
cases about several kinds (tests/casecheck.py)."""

from __future__ import annotations

import pytest
import yaml
from casecheck import (
    case_id,
    check_advice,
    check_bad_rules,
    check_lacking,
    check_meeting,
    check_phrase,
    check_semantics,
)
from conftest import ROOT

from eligibility import checks

CASES = ROOT / "tests" / "cases"
FILES = {
    kind: yaml.safe_load(path.read_text("utf-8")) if (path := CASES / f"{kind}.yaml").is_file() else {}
    for kind in checks.KINDS
}
"""Kind -> its case file, read as data."""


def _cases(section: str, *, having: str | None = None) -> list:
    return [
        pytest.param(case, id=f"{kind}: {case_id(case)}")
        for kind, file in FILES.items()
        for case in file.get(section, [])
        if having is None or having in case
    ]


def test_every_kind_has_its_case_file_with_cases_of_its_own_kind():
    for kind, file in FILES.items():
        assert file.get("phrases") or file.get("semantics"), f"tests/cases/{kind}.yaml has no phrases or semantics"
        for case in file.get("semantics", []) + file.get("advice", []):
            assert {c["kind"] for c in case["criteria"]} == {kind}, (kind, case["name"])


@pytest.mark.parametrize("case", _cases("phrases"))
def test_phrase(case):
    check_phrase(case)


@pytest.mark.parametrize("case", _cases("phrases", having="lacking"))
def test_a_profile_lacking_the_requirement_is_not_eligible(case):
    check_lacking(case)


@pytest.mark.parametrize("case", _cases("phrases", having="meeting"))
def test_a_profile_meeting_the_requirement_is_eligible(case):
    check_meeting(case)


@pytest.mark.parametrize("case", _cases("semantics"))
def test_semantics(case):
    check_semantics(case)


@pytest.mark.parametrize("case", _cases("bad_rules"))
def test_bad_rule_set(case, tmp_path):
    check_bad_rules(case, tmp_path)


@pytest.mark.parametrize("case", _cases("advice"))
def test_advice(case):
    check_advice(case)
