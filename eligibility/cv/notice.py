"""Tell a vacancy notice from a CV: a posting's PDF or text saved among the profiles is named as what it is.

A notice names itself (a vacancy, a job opening), says by when to apply, what is
required, and speaks of the candidates; a CV does none of that. Marks of two of
these kinds make a notice; one alone (a CV may name "the closing date" of a
project) does not.
"""

from __future__ import annotations

import re
from pathlib import Path

from eligibility.cv.detect import screen_csv
from eligibility.errors import RESULTS_WRITTEN, EligibilityError, NotAProfile, not_a_profile

MARKS = {
    "notice": r"vacanc(?:y|ies)|job\s+opening|requisition|job\s+(?:id|code|number)|post(?:ing)?\s+title|"
    r"reference\s+(?:no|number|code)",
    "deadline": r"deadline\s*(?::|for\b)|(?:application|submission)\s+deadline|closing\s+date|posting\s+end\s+date|"
    r"apply\s+(?:by|before|no\s+later)|applications?\s+(?:must|should)\s+be\s+(?:submitted|received|sent)|"
    r"date\s+of\s+closure",
    "asks": r"(?:is|are)\s+(?:required|essential|desirable|mandatory|an\s+asset)|minimum\s+requirements|"
    r"(?:necessary|required|minimum)\s+qualifications|must\s+(?:have|possess|hold|be\s+a\s+national)|"
    r"will\s+be\s+an?\s+(?:asset|advantage)",
    "applicant": r"candidates\s+(?:must|should|will|are|who|with)\b|"
    r"(?:successful|qualified|interested|suitable)\s+candidates?\b|applicants?\b|the\s+incumbent|we\s+offer|"
    r"how\s+to\s+apply|we\s+are\s+looking\s+for",
}
"""The kinds of marks a notice carries, each as the phrases that show it (any case)."""
_MARKS = {kind: re.compile(rf"\b(?:{pattern})", re.I) for kind, pattern in MARKS.items()}

NOTICE = "is a vacancy notice, not a profile"
HINT = "compile it into a rule set with `eligibility compile FILE`; the posting is given before the profiles"
WHAT = "a vacancy notice"

PROFILE_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl", ".ndjson", ".xml")
"""Files named as profiles or CVs: their own reader's message stands."""
MAX_TEXT = 2_000_000
"""A notice's text is well under this; a larger file is not read again to tell."""


def reads_as_notice(text: str) -> bool:
    """Whether a text carries marks of two kinds a vacancy notice has."""
    return sum(1 for mark in _MARKS.values() if mark.search(text)) >= 2


def notice_error(name: str) -> NotAProfile:
    return NotAProfile(NOTICE, what=WHAT, file=name, hint=HINT)


def instead(path: str, exc: EligibilityError) -> EligibilityError:
    """The error for a file given as a profile that could not be read as one: NotAProfile where it is `screen`'s CSV
    output, or its text (plain or a saved web page) reads as a vacancy notice; else `exc` itself. Only on that failure is the file read again."""
    if not_a_profile(exc) is not None or Path(path).suffix.lower() in PROFILE_SUFFIXES + (".pdf",):
        return exc
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_TEXT)
    except (OSError, ValueError):
        return exc
    if screen_csv(data[:4096]):
        return NotAProfile(
            "holds results written by `eligibility screen` (CSV), not a profile",
            what=RESULTS_WRITTEN,
            file=path,
            line=1,
            hint="screen the profiles they were made from",
        )
    text = data.decode("utf-8", errors="replace")
    if re.search(r"<(?:html|body|div|p|h1)\b", text[:4096], re.I):
        text = re.sub(r"<[^>]+>", " ", text)
    return notice_error(path) if reads_as_notice(text) else exc
