"""Who may apply: a sentence that states a condition is read wherever it stands, closing notes included.

The kinds read their own conditions (nationality, age, driving licence, service limit: `READS = "condition"`);
the conditions of appointment no kind checks (a nomination, a medical clearance) are kept as competencies, so
that a person sees them.
"""

from __future__ import annotations

import re

from eligibility.compiler import kinds
from eligibility.compiler.draft import Draft, Sentence

_NOMINATION = re.compile(
    r"nominated\s+by\s+(?:their\s+|the\s+|its\s+)?(?:respective\s+)?participating\s+States?|subject\s+to\s+nomination",
    re.I,
)
_MEDICAL = re.compile(r"medical\s+clearance", re.I)


def extract(sentence: Sentence, reading: kinds.Reading) -> tuple[list[Draft], bool]:
    """Drafts for the conditions this sentence states, and whether it said nothing else."""
    found = kinds.conditions(sentence, reading)
    if found:
        return found, True
    text = sentence.text
    if _NOMINATION.search(text):
        return [Draft("competency", text, True, id="nomination")], True
    if _MEDICAL.search(text):
        return [Draft("competency", text, True, id="medical-clearance")], True
    return [], False
