"""`competency`: a requirement no profile can prove (negotiating skills, say).

Listed so that nothing the posting asks is dropped; it never decides the verdict.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eligibility.checks.params import Param, keys
from eligibility.fields import Node
from eligibility.outcome import Outcome, Status
from eligibility.phrases import lazy_pattern

KIND = "competency"
PARAMS: tuple[Param, ...] = ()
KEYS = keys(PARAMS)
DECIDES = False
"""No profile can prove it: a person judges it, so its finding never decides the verdict (nor the score)
and is the same for every candidate."""
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
    Status.REVIEW, "Not checkable from a profile; for the selection panel (does not affect the verdict)."
)


def check(criterion, ctx) -> Outcome:
    return _OUTCOME


def describe(params: Params) -> str:
    return "assessed by the selection panel"


ASKS: tuple[str, ...] = ()
"""What the guided self-check asks for a posting with this kind (profile keys; `management`: whether jobs managed people)."""


def brief(facts: dict) -> str:
    """In screening rows: nothing beyond the criterion's id."""
    return ""


# --- how the compiler writes it ------------------------------------------------------------------------


def merge_key(draft) -> tuple | None:
    """Competencies the compiler named alike ('nomination') are one; others stay apart."""
    return (KIND, draft.id) if draft.id else None


# --- how the compiler reads it ---------------------------------------------------------------------------

READS = "condition"
"""The conditions of appointment no kind checks, read wherever they stand, once every other kind has read the
sentence: kept as competencies, so that a person sees them."""
READS_AFTER = "*"
"""After every other kind that reads conditions: a sentence one of them reads is that kind's."""
_NOMINATION = lazy_pattern(
    r"nominated\s+by\s+(?:their\s+|the\s+|its\s+)?(?:respective\s+)?participating\s+States?|subject\s+to\s+nomination",
    re.I,
)
_MEDICAL = lazy_pattern(r"medical\s+clearance", re.I)
_FITNESS = lazy_pattern(
    r"\b(?:physically|medically)\s+(?:and\s+(?:physically|medically)\s+)?fit\b|\b(?:physical|medical)\s+fitness\b"
    r"|\b(?:excellent|good|sound)\s+physical\s+(?:condition|health)\b",
    re.I,
)
"""Physical fitness, however a notice asks it ('Excellent physical condition', 'Be physically fit to perform the
duties'): one condition with one reading, settled by the medical examination before appointment as a medical
clearance is, so a competency a person sees, never a requirement a profile could not answer."""


_COURSE_OF_THE_POST = lazy_pattern(
    r"^\W*(?:(?:participation|attendance|enrol?ment)\s+(?:in|at|on)\s+|completion\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?:\d{1,2}|one|two|three|four|five|six|seven|ten)[- ](?:days?|weeks?|hours?)(?:\s+of)?\s+|a\s+)?"
    r"(?:mandatory\s+)?(?:pre-?deployment|induction|in-?mission|pre-?assignment|orientation|onboarding)\s+"
    r"(?:training|course|programme|program|briefing|sessions?)s?\b[^.;]{0,60}?"
    r"\b(?:is|are|will\s+be)\s+(?:also\s+)?(?:mandatory|compulsory|obligatory|required)\b[^.;]*[.;]?\s*$",
    re.I,
)
"""'2 days of pre-deployment training are mandatory', 'Participation in a 5-day induction course is compulsory': a
course the post holder attends once selected, a term of the post that no candidate has before it."""


def extract(sentence, reading) -> list:
    """'Candidates must be nominated by their participating State', 'subject to medical clearance', 'Be physically
    fit to perform the duties', '2 days of pre-deployment training are mandatory'."""
    from eligibility.compiler.draft import Draft

    text = sentence.text
    if _NOMINATION.search(text):
        return [Draft(KIND, text, True, id="nomination")]
    if _MEDICAL.search(text):
        return [Draft(KIND, text, True, id="medical-clearance")]
    if _FITNESS.search(text) and sentence.section not in ("skip", "info", "metadata", "elsewhere"):
        return [Draft(KIND, text, sentence.mode != "desirable", id="physical-condition")]
    if _COURSE_OF_THE_POST.search(text):
        note = (
            "A course the post holder attends once selected: a condition of the post, which no candidate has before it."
        )
        return [Draft(KIND, text, True, id="course-of-the-post", notes=[note])]
    return []
