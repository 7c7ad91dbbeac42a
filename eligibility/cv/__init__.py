"""CVs as profiles: Europass XML (2020 `Candidate` and v3 `LearnerInfo`), Europass PDF with the XML attached, JSON Resume.

`read_bytes` tells the formats apart by content and gives a Draft: the profile
the CV states, a note on every inferred value and the questions it leaves open.
`load_profile` reads any profile file, CV or YAML, as the commands do.
"""

from __future__ import annotations

import os
from pathlib import Path

from eligibility.cv import detect
from eligibility.cv.draft import Draft
from eligibility.errors import InputError, NotAProfile

CV_SUFFIXES = (".xml", ".pdf", ".json")
"""Files a folder is searched for besides YAML profiles."""
MAX_PDF_BYTES = 20_000_000
"""A Europass PDF with a photo is well under this; the attached XML has its own limit."""


def read_file(path: str | Path) -> bytes:
    """A file's bytes, refused unread when larger than any CV."""
    name = str(path)
    try:
        from eligibility.yamlio import open_regular

        fd = open_regular(name, what="file")
    except FileNotFoundError:
        raise InputError("no such file", file=name) from None
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot be read ({exc.strerror})", file=name) from None
    try:
        size = os.fstat(fd).st_size
        if size > MAX_PDF_BYTES:
            raise InputError(f"file is {size:,} bytes; the limit is {MAX_PDF_BYTES:,}", file=name)
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_PDF_BYTES:
                raise InputError(f"file is over {MAX_PDF_BYTES:,} bytes", file=name)
        return b"".join(chunks)
    except IsADirectoryError:
        raise InputError("is a folder, not a file", file=name) from None
    finally:
        os.close(fd)


def claims(path: str) -> bool:
    """Whether a file in a batch is read as a CV: by its name (.xml, .pdf, .json), else by its first bytes.

    Files named .yaml or .yml are profiles and are not opened twice.
    """
    suffix = Path(path).suffix.lower()
    if suffix in CV_SUFFIXES:
        return True
    if suffix in (".yaml", ".yml"):
        return False
    return is_cv_file(path)


def is_cv_file(path: str) -> bool:
    """Whether a single file is a CV (or JSON) by its first bytes, whatever its name."""
    from eligibility.yamlio import open_regular

    try:
        with os.fdopen(open_regular(path), "rb") as handle:
            head = handle.read(2048)
    except (OSError, InputError):  # not a readable regular file: its reader says why
        return False
    return (
        detect.office_document(path, head) is not None
        or detect.other_file(head) is not None
        or detect.sniff(head) != detect.PROFILE
    )


def read_bytes(data: bytes, name: str) -> Draft | None:
    """The Draft a CV gives, or None when the content is a profile (YAML, or JSON in the profile format)."""
    from eligibility.yamlio import MAX_BYTES, decode

    office = detect.office_document(name, data)
    if office is not None:
        raise InputError(f"{office}: not read; {detect.NOT_READ}", file=name)
    other = detect.other_file(data)
    if other is not None:  # in a folder of profiles, set aside and named in a note (NotAProfile)
        raise NotAProfile(f"{other}, not a profile: not read; {detect.NOT_READ}", what=other, file=name)
    kind = detect.sniff(data)
    if kind == detect.PROFILE:
        return None
    if kind == detect.PDF:
        from eligibility.cv.pdf import attached_xml

        draft = _xml(attached_xml(data, name), f"{name} (attached XML)")  # messages point into the attachment
        draft.source = name  # the profile is the PDF's: its file is a path a script can open
        return draft
    if len(data) > MAX_BYTES:
        raise InputError(f"file is {len(data):,} bytes; the limit is {MAX_BYTES:,}", file=name)
    if kind == detect.XML:
        return _xml(data, name)
    from eligibility.cv import json_resume

    try:
        parsed = json_resume.parse(decode(data, name=name), name)
    except InputError:
        return None  # the profile reader says what is wrong with the JSON, as for any profile
    if not json_resume.looks_like(parsed):
        return None  # a profile written as JSON
    return json_resume.read(parsed, name)


def _xml(data: bytes, name: str) -> Draft:
    from eligibility.cv import europass, europass_v3, xmlsafe

    doc = xmlsafe.parse(data, name)
    if europass.is_candidate(doc):
        return europass.read(doc)
    if europass_v3.is_learner_info(doc):
        return europass_v3.read(doc)
    raise doc.error(
        doc.root,
        "not a Europass CV",
        "a Europass CV's root element is Candidate (since 2020) or SkillsPassport with LearnerInfo (v3)",
    )


def to_profile(draft: Draft):
    """The Profile a draft states: `profile_data`, read by the same reader as any profile file."""
    from eligibility.profile import read_profile

    return read_profile(profile_data(draft), draft.source)


def profile_data(draft: Draft) -> dict:
    """The profile a draft states, as data in the profile format, as `import` writes it: in each list it holds back
    (degrees, jobs) the entries no open question is about, what the CV states for certain, so that it counts and a
    failure on it alone is unknown (engine.lift_held_back); the levels of languages it holds back, which can meet
    a criterion and never fail one; and `held_back`, what is open in each such section (or in a section it does not
    state, a nationality that names no country)."""
    held: dict[str, list[str]] = {}
    for q in draft.questions:
        section = q.context.get("blocks")
        if "open" in q.context and (section in draft.withheld or section not in draft.data):
            found = held.setdefault(section, [])
            if q.context["open"] not in found:
                found.append(q.context["open"])
    data = dict(draft.data)
    for section, entries in draft.withheld.items():
        if isinstance(entries, list):
            kept = [entry for i, entry in enumerate(entries) if i not in _open_entries(draft, section)]
            kept = [entry for entry in kept if entry is not None]
            if kept:
                data[section] = kept
        elif isinstance(entries, dict) and entries and section in held:
            data[section] = entries  # none stated for certain: the section is left out (not stated), never empty
    if held:
        data["held_back"] = {section: what[0] if len(what) == 1 else what for section, what in held.items()}
    return data


def open_entries(draft: Draft, section: str) -> list:
    """The entries of a list the draft holds back that an open question is about: not stated until answered."""
    entries = draft.withheld.get(section)
    if not isinstance(entries, list):
        return []
    at = _open_entries(draft, section)
    return [entry for i, entry in enumerate(entries) if i in at and entry is not None]


def _open_entries(draft: Draft, section: str) -> set[int]:
    return {
        q.path[1]
        for q in draft.questions
        if q.context.get("blocks") == section and len(q.path) > 1 and isinstance(q.path[1], int)
    }


def load_profile(ref: str):
    """A profile from a file: a CV (any of the formats above) or a YAML profile."""
    from eligibility.profile import read_profile
    from eligibility.yamlio import load_file

    draft = read_bytes(read_file(ref), ref)
    if draft is not None:
        return to_profile(draft)
    return read_profile(load_file(ref, what="profile"), ref)


def read_text_input(text: str, name: str) -> Draft | None:
    """A CV given on standard input (XML or JSON Resume text), or None for a profile."""
    return read_bytes(text.encode("utf-8"), name)
