"""What a file found in a folder of profiles is, when it is clearly no profile: set aside and named, never an error.

One rule for every file found in a folder under a name no profile or CV has (`notes.md`, `out.csv`, `README`,
`scan.png`): it is read when it is a profile or a CV; one that does not read is set aside and named in a note when it
is clearly not a profile (an image or archive by its first bytes, results the tool wrote, a rule set, a text that is
no mapping of a profile's keys), and is an error row naming its problem when it holds a profile's (or a JSON
Resume's) keys, since that is a profile with a mistake in it, not some other file, or when it is a word processor's
file (a CV that is named, never read: `cv.detect.office_document`).
"""

from __future__ import annotations

from eligibility.errors import EligibilityError

TRIED = "neither a profile nor a CV; `eligibility validate FILE` says why"
"""Why a file of another name found in a folder that does not read as a profile or CV was set aside."""

_HEAD = 4096


def why_set_aside(path: str) -> str | None:
    """What a file of another name found in a folder, that did not read as a profile or CV, is for the note ('a PNG
    image', results written by `eligibility`, `TRIED`); None when it holds a profile's or a JSON Resume's keys (a
    profile with a problem, whose problem is reported) or is a word processor's file (a CV, named as one)."""
    from eligibility.cv import json_resume
    from eligibility.cv.detect import office_document, other_file, screen_csv
    from eligibility.profile import PROFILE_KEYS, RESULTS_WRITTEN, other_document
    from eligibility.yamlio import load_file

    try:
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
    except OSError:
        return TRIED
    if office_document(path, head) is not None:
        return None  # a CV kept as a word processor's file: its error row names it, never set aside
    kind = other_file(head)
    if kind is not None:
        return kind
    if screen_csv(head):
        return RESULTS_WRITTEN
    try:
        data = load_file(path, what="file")
    except (EligibilityError, OSError, OverflowError, RecursionError, ValueError, MemoryError):
        return TRIED
    other = other_document(data)
    if other is not None:
        return RESULTS_WRITTEN if other[0] == "result" else "a rule set"
    if isinstance(data, dict) and (set(data) & set(PROFILE_KEYS) or json_resume.looks_like(data)):
        return None
    return TRIED
