"""`eligibility import`: a CV written as a profile file, its open questions answered first on a terminal."""

from __future__ import annotations

from pathlib import Path

from eligibility import cv
from eligibility.cv import detect, json_resume
from eligibility.cv.draft import Draft
from eligibility.cv.render import render
from eligibility.errors import EligibilityError
from eligibility.profile import PROFILE_KEYS
from eligibility.yamlio import decode

STDIN = "<stdin>"
"""The name a CV given as `-` goes by in messages and in the profile's header."""


def read_cv(cv_file: str) -> Draft:
    """The Draft a CV file gives (`-`: standard input, as for every command), or an error saying why none."""
    if cv_file == "-":
        data, cv_file = _standard_input(), STDIN
    else:
        data = cv.read_file(cv_file)
    draft = cv.read_bytes(data, cv_file)
    if draft is None:
        if detect.sniff(data) == detect.JSON_RESUME:
            # JSON that would be a JSON Resume but does not parse: what is wrong with it, where, never "not a CV".
            json_resume.parse(decode(data, name=cv_file), cv_file)
        parsed = _parsed(data, cv_file)
        if isinstance(parsed, EligibilityError):
            raise parsed
        if isinstance(parsed, dict) and set(parsed) & set(PROFILE_KEYS):
            raise EligibilityError(
                f"{cv_file}: is a profile, not a CV; a profile needs no import: use it as it is "
                "(`eligibility check POSTING FILE`)"
            )
        raise EligibilityError(f"{cv_file}: not a CV: expected {EXPECTED}")
    cv.to_profile(draft)  # what the CV states must read as a profile before anything is asked or written
    return draft


EXPECTED = (
    "a JSON Resume (JSON with basics, work, volunteer, education or languages) or a Europass CV (XML whose root "
    "is Candidate, or SkillsPassport with LearnerInfo; or the Europass PDF with that XML attached)"
)
"""What `import` reads, said where a file is none of it."""


DATA_SUFFIXES = (".yaml", ".yml", ".json")
"""Files named as data: where one does not read as data, why is said (empty, too deep, several documents, an alias
bomb), as `check` says it, rather than that it is no CV."""


def _parsed(data: bytes, name: str) -> object:
    """A file that is no CV, read as YAML (JSON included), to tell a profile from other files; the error that says
    why it does not read where that is the file's fault rather than its being no CV: it is empty, or named as data."""
    from eligibility.yamlio import load_text

    try:
        return load_text(decode(data, name=name), name=name)  # as a profile file is read
    except EligibilityError as exc:
        return exc if not data.strip() or name.lower().endswith(DATA_SUFFIXES) else None


def open_questions(draft: Draft) -> list:
    return [q for q in draft.questions if q.kind != "note"]


def profile_text(draft: Draft, target: Path | None) -> str:
    """The file's text, read back through the profile reader: what is written must load."""
    from eligibility.interview import _header
    from eligibility.profile import read_profile
    from eligibility.yamlio import load_yaml

    text = render(draft)
    read_profile(load_yaml(text, name="<imported>"), "<imported>")
    return (_header(target).splitlines()[0] + "\n" + text) if target is not None else text


def converse(draft: Draft, asker, output: Path | None, force: bool) -> tuple[Path | None, bool]:
    """On a terminal: offer to answer the open questions, then choose where to save (never overwriting unasked).

    Where the input ends (Ctrl-D) before a file is chosen, the target is None: the profile goes to standard
    output, as without a terminal, and nothing given is lost."""
    from eligibility.cv.questions import answer
    from eligibility.fileio import same_file
    from eligibility.interview import EndOfInput, _ask, _text, _yes_no, suggested_path

    asked = open_questions(draft)
    if asked:
        asker.say(f"Read {draft.source} ({draft.format}). It does not say:")
        for question in asked:
            asker.say(f"  - {question.text}")
        try:
            now = _ask(asker, "Answer these now? (y/n)", _yes_no, default="y")
        except EndOfInput:
            now = False
        if now:
            answer(draft, asker)
            cv.to_profile(draft)
    if output is not None:
        return output, force
    try:
        while True:
            target = Path(_ask(asker, "Save the profile to", _text(False), default=suggested_path(draft.data)))
            if not target.exists():
                return target, False
            if same_file(target, draft.source):
                asker.say("  That is the CV being read. Choose another file name.")
                continue
            if not target.is_dir() and _ask(asker, f"{target} exists. Overwrite it? (y/n)", _yes_no, default="n"):
                return target, True
            asker.say("  Choose another file name.")
    except EndOfInput:
        asker.say("The input ended before a file was chosen: the profile follows on standard output, not saved.")
        return None, False


def summary(draft: Draft, target: Path) -> str:
    left = len(open_questions(draft))
    return f"written to {target}: a profile from {draft.format}" + (
        f"; {left} question{'s' if left != 1 else ''} left open (listed at its top)" if left else ""
    )


def _standard_input() -> bytes:
    """Standard input's bytes, refused past the size any CV file is allowed."""
    import sys

    from eligibility.errors import InputError

    data = sys.stdin.buffer.read(cv.MAX_PDF_BYTES + 1)
    if len(data) > cv.MAX_PDF_BYTES:
        raise InputError(f"standard input is over {cv.MAX_PDF_BYTES:,} bytes", file=STDIN)
    if not data.strip():
        raise InputError("standard input is empty: pipe a CV into it (eligibility import - < cv.json)", file=STDIN)
    return data
