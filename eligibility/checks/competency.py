"""`competency`: a requirement no profile can prove (negotiating skills, say).

Listed so that nothing the posting asks is dropped; it never decides the verdict.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.fields import Node
from eligibility.outcome import Outcome, Status

KIND = "competency"
KEYS = ()


@dataclass(frozen=True)
class Params:
    pass


def read(node: Node) -> Params:
    return Params()


_OUTCOME = Outcome(
    Status.REVIEW, "Not checkable from a profile; for the selection panel (does not affect the verdict)."
)


def check(criterion, ctx) -> Outcome:
    return _OUTCOME


def describe(params: Params) -> str:
    return "assessed by the selection panel"
