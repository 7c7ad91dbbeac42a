"""The engine's semantics, one named case each (tests/cases/semantics.yaml: cases about several kinds; each
kind's own are run with its case file by test_kinds.py).

Each case pins the status of its criteria, the verdict, the score, and the key
sentence of each explanation (`says`: a part the explanation must contain).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from casecheck import case_id, check_semantics

CASES = yaml.safe_load((Path(__file__).parent / "cases" / "semantics.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case(case):
    check_semantics(case)
