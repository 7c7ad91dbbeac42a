"""`residence`: permanent residents of excluded countries are not eligible.

`permanent_residence: []` states none beyond the nationalities; a profile
that does not say (no `permanent_residence`, or `unknown`) leaves it unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.checks.common import join_or, named
from eligibility.checks.params import COUNTRIES, Param, keys, read_params
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status

KIND = "residence"
PARAMS = (
    Param("excluded", COUNTRIES, "permanent residents of these countries are not eligible", required=True, default=()),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = False
"""Met or not, nothing in between: no margin in the score."""
FINAL = True
"""Its failure is the answer: no qualification can change it, so screening rows list it first."""


@dataclass(frozen=True)
class Params:
    excluded: tuple[str, ...]


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def plan(criterion):
    """The status alone, for a candidate (`check` writes the outcome when it is shown)."""
    excluded = frozenset(criterion.params.excluded)

    def judge(ctx):
        residence = ctx.profile.permanent_residence
        if residence is None:
            return Status.UNKNOWN, None, {}
        return (Status.PASS if excluded.isdisjoint(residence) else Status.FAIL), None, {}

    return judge


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    where = join_or([named(c) for c in params.excluded])
    residence = ctx.profile.permanent_residence
    if residence is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not say where it holds permanent residence; permanent residents of {where} are not eligible.",
            advice=(
                "list the countries where you hold permanent residence beyond your nationalities, or say there are none",
            ),
        )
    if not residence:
        return Outcome(
            Status.PASS,
            f"No permanent residence beyond the nationalities, so none in {where}.",
            facts={"permanent_residence": []},
        )
    barred = [c for c in residence if c in params.excluded]
    if barred:
        return Outcome(
            Status.FAIL,
            f"Permanent resident of {named(barred[0])}, which is excluded.",
            facts={"permanent_residence": list(residence)},
            advice=(
                f"none that qualifications can close: permanent residents of {named(barred[0])} are not eligible for this post",
            ),
        )
    return Outcome(Status.PASS, f"Not a permanent resident of {where}.", facts={"permanent_residence": list(residence)})


def describe(params: Params) -> str:
    return "not a permanent resident of " + join_or([named(c) for c in params.excluded])


ASKS: tuple[str, ...] = ("permanent_residence",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {"excluded": params["excluded"]} if "excluded" in params else {}


def merge_key(draft) -> tuple:
    return (KIND, tuple(draft.params.get("excluded", ())))
