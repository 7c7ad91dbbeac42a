"""Frozen dataclasses made by `made.made` are the instances their own `__init__` makes, field by field: the
values given, every other field's default or factory's, and what `__post_init__` adds."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date

import pytest

from eligibility.batch import Item
from eligibility.made import made
from eligibility.outcome import Result, Verdict
from eligibility.periods import PartialDate
from eligibility.profile import Degree, Job


@dataclass(frozen=True)
class _Sample:
    given: int
    default: str = "d"
    listed: list = field(default_factory=list)
    after: str = field(init=False, default="")
    kept: dict = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "after", f"{self.given}{self.default}")


CASES = {
    "an item with its defaults": (Item, {"name": "f.jsonl:3", "path": "f.jsonl", "line": b"{}", "lineno": 3}),
    "an item with every field": (
        Item,
        {
            "name": "n",
            "path": "p",
            "line": None,
            "lineno": None,
            "problem": "x",
            "walked": True,
            "tried": True,
            "key": (1, 2),
        },
    ),
    "a result": (
        Result,
        {
            "ruleset": None,
            "profile": None,
            "as_of": date(2025, 1, 1),
            "as_of_basis": "closing date",
            "verdict": Verdict.ELIGIBLE,
            "score": 70,
            "findings": (),
            "decisive": (),
        },
    ),
    "a job, whose label __post_init__ adds": (
        Job,
        {"title": "Officer", "employer": "Police", "start": PartialDate(2010, 1), "end": None, "fields": ("police",)},
    ),
    "a degree": (Degree, {"level": "master", "field": "law", "completed": PartialDate(2001, 6)}),
    "defaults, a factory and __post_init__": (_Sample, {"given": 4}),
}


@pytest.mark.parametrize("case", list(CASES))
def test_made_is_what_init_makes(case):
    cls, values = CASES[case]
    fast, slow = made(cls, values), cls(**values)
    assert fast == slow
    assert {f.name: getattr(fast, f.name) for f in fields(cls)} == {f.name: getattr(slow, f.name) for f in fields(cls)}
    assert fast.__dict__ == slow.__dict__


def test_each_instance_gets_its_own_factory_value():
    one, two = made(_Sample, {"given": 1}), made(_Sample, {"given": 2})
    assert one.listed == [] and one.listed is not two.listed and (one.after, two.after) == ("1d", "2d")
    assert one.kept == {} and one.kept is not two.kept
