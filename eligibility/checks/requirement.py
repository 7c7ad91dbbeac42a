"""`requirement`: a mandatory requirement the posting states but no number or level could be read from.

A compiled rule set writes one where a sentence speaks of a checkable dimension
(a qualification, years, a licence, nationality) in words the compiler could
not turn into parameters. It keeps the verdict at `needs-review` until a person
rewrites it as the kind it really is; unlike a `competency` it is never a free pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.checks.params import Param, keys
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status

KIND = "requirement"
PARAMS: tuple[Param, ...] = ()
KEYS = keys(PARAMS)
DECIDES = True
"""A mandatory one holds the verdict at needs-review: never a free pass."""
MARGIN = False
"""Met or not, nothing in between: no margin in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class Params:
    pass


def read(node: Node) -> Params:
    return Params()


_OUTCOME = Outcome(
    Status.REVIEW,
    "A requirement the rule set does not yet state in checkable terms: a person must judge it "
    "(or rewrite the criterion as the kind it is).",
)


def check(criterion, ctx) -> Outcome:
    return _OUTCOME


def describe(params: Params) -> str:
    return "not yet in checkable terms: judged by a person"


ASKS: tuple[str, ...] = ()
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""
