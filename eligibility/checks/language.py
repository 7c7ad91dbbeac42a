"""`language`: one of a set of languages at a minimum CEFR level (native counts as C2).

Example (Bishkek): 'professional fluency in Russian or Kyrgyz' is one
criterion, `languages: [Russian, Kyrgyz]`, `level: C1`. A language missing
from the profile's stated `languages` is not spoken.
"""

from __future__ import annotations

from dataclasses import dataclass

from eligibility.checks.common import join_or
from eligibility.checks.params import CEFR_LEVEL, LANGUAGES, Param, keys, read_params
from eligibility.fields import Node
from eligibility.languages import CEFR, NATIVE, level_rank
from eligibility.outcome import Outcome, Status

KIND = "language"
PARAMS = (
    Param("languages", LANGUAGES, "one of these languages (names or ISO 639 codes)", required=True, default=()),
    Param("level", CEFR_LEVEL, "at this CEFR level or above; native counts as C2", required=True, default="B1"),
)
KEYS = keys(PARAMS)
DECIDES = True
"""Mandatory criteria of this kind decide the verdict."""
MARGIN = True
"""A pass says how far above the minimum it is (`Outcome.margin`): counted in the score."""
FINAL = False
"""A failure here can change with qualifications: listed after final ones in screening rows."""


@dataclass(frozen=True)
class Params:
    languages: tuple[str, ...]
    level: str


def read(node: Node) -> Params:
    return Params(**read_params(node, PARAMS))


def check(criterion, ctx) -> Outcome:
    params: Params = criterion.params
    wanted = join_or(list(params.languages))
    if ctx.profile.languages is None:
        return Outcome(
            Status.UNKNOWN,
            f"The profile does not state its languages; {wanted} at {params.level} required.",
            advice=(f"give your level in {wanted} (A1 to C2, or native)",),
        )
    spoken = {name: level for name, level in ctx.profile.languages.items() if name in params.languages}
    facts = {"required": params.level, "held": dict(spoken)}
    if not spoken:
        return Outcome(
            Status.FAIL,
            f"The profile lists no {wanted}; {params.level} required.",
            facts=facts,
            advice=(f"{wanted} at {params.level}",),
        )
    name, level = max(spoken.items(), key=lambda kv: level_rank(kv[1]))
    need = level_rank(params.level)
    have = level_rank(level)
    shown = "native" if level == NATIVE else level
    if have >= need:
        margin = 1.0 if need == len(CEFR) else (have - need) / (len(CEFR) - need)
        return Outcome(Status.PASS, f"{name} {shown}; {params.level} required.", margin=margin, facts=facts)
    return Outcome(
        Status.FAIL,
        f"{name} {shown}; {params.level} required.",
        facts=facts,
        advice=(f"{name} at {params.level} (you stated {shown})",),
    )


def asked_about(params: Params) -> dict[str, tuple[str, ...]]:
    """The languages the guided self-check asks a level for, one by one."""
    return {"languages": params.languages}


def describe(params: Params) -> str:
    return f"{join_or(list(params.languages))} at {params.level} or above"


ASKS: tuple[str, ...] = ("languages",)
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: the best level held of the accepted languages and the level required, as 'B2/C1'."""
    held = facts.get("held")
    if not held:
        return ""
    best = max(held.values(), key=lambda lv: (level_rank(lv), lv == NATIVE))
    return f"{best}/{facts['required']}"


# --- how the compiler writes it ------------------------------------------------------------------------


def emit(params: dict) -> dict:
    return {"languages": params["languages"], "level": params["level"]}


def default_id(params: dict, mandatory: bool) -> str:
    langs = params["languages"]
    return "-or-".join(lang.lower() for lang in langs) if len(langs) <= 2 else "languages"
