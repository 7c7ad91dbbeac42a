"""JSON Resume (jsonresume.org schema v1): `basics`, `work`, `volunteer`, `education`, `languages`.

`volunteer` entries are read as jobs marked volunteer work, left to a person (see `common.add_job`).

What JSON Resume cannot say stays unstated: it has no nationality (`basics.location`
is where someone lives, not a citizenship), no driving licence and no management flag.
`studyType` goes through the compiler's degree wording, `fluency` through its language wording.
"""

from __future__ import annotations

import json

from eligibility.cv import mapping
from eligibility.cv.common import Located, add_degree, add_job, finish, set_language
from eligibility.cv.draft import Draft
from eligibility.errors import InputError
from eligibility.yamlio import load_json

FORMAT = "JSON Resume"
KEYS = {
    "basics",
    "work",
    "volunteer",
    "education",
    "awards",
    "certificates",
    "publications",
    "skills",
    "languages",
    "interests",
    "references",
    "projects",
    "meta",
    "$schema",
}
ONLY_RESUME = KEYS - {"education", "languages"}
"""Keys that profiles do not have: how a JSON file says it is a resume."""
EXPECTED = "basics.name, work, volunteer, education or languages"
"""What a profile is made from: a resume with none of it (only `meta`, `interests`, `basics.email`…) is refused."""


def looks_like(data: object) -> bool:
    if not isinstance(data, dict):
        return False
    if ONLY_RESUME & set(data):
        return True
    return isinstance(data.get("languages"), list) or any(
        isinstance(e, dict) and ("studyType" in e or "institution" in e) for e in data.get("education") or []
    )


def parse(text: str, name: str) -> object:
    """The resume's data, read as a profile written in JSON is: a key given twice is refused, never the last kept."""
    return load_json(text, name=name)


def _at(name: str, path: str) -> Located:
    return Located(lambda message, hint: InputError(message, file=name, field=path, hint=hint))


_DATE_KEYS = ("startDate", "endDate")


def _text(entry: dict, key: str, name: str, at: str) -> str | None:
    """The text of `entry[key]` with its spaces collapsed, or None when absent, null or empty. Anything else (a
    number, true, a list) is refused with the file and field, never read as absent: a job's `"startDate": 2018`
    is a number, not a missing date."""
    value = entry.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, bool):
            said = json.dumps(value)
        elif isinstance(value, (int, float)):
            said = f"the number {json.dumps(value)}"
        else:
            said = "a list" if isinstance(value, list) else "an object"
        hint = 'a date in quotes, e.g. "2018-03" or "2018"' if key in _DATE_KEYS else "text in quotes"
        raise InputError(f"must be text, not {said}", file=name, field=f"{at}.{key}" if at else key, hint=hint)
    return " ".join(value.split()) or None


def _list(data: dict, key: str, name: str) -> list[tuple[int, dict]]:
    value = data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise InputError("must be a list", file=name, field=key)
    out = []
    for i, entry in enumerate(value):
        if not isinstance(entry, dict):
            raise InputError("must be an object", file=name, field=f"{key}[{i}]")
        out.append((i, entry))
    return out


def read(data: dict, name: str) -> Draft:
    draft = Draft(source=name, format=FORMAT)
    basics = data.get("basics")
    if isinstance(basics, dict) and _text(basics, "name", name, "basics"):
        draft.data["name"] = _text(basics, "name", name, "basics")
    for section, employer_key in (("work", "name"), ("volunteer", "organization")):
        for i, work in _list(data, section, name):
            add_job(
                draft,
                title=_text(work, "position", name, f"{section}[{i}]"),
                employer=_text(work, employer_key, name, f"{section}[{i}]")
                or _text(work, "name", name, f"{section}[{i}]")
                or _text(work, "company", name, f"{section}[{i}]"),
                start=_text(work, "startDate", name, f"{section}[{i}]"),
                end=_text(work, "endDate", name, f"{section}[{i}]"),
                ongoing=None,
                where_start=_at(name, f"{section}[{i}].startDate"),
                where_end=_at(name, f"{section}[{i}].endDate"),
                described=" ".join(
                    part
                    for part in (
                        _text(work, "summary", name, f"{section}[{i}]"),
                        _text(work, "description", name, f"{section}[{i}]"),
                        *(h for h in work.get("highlights") or () if isinstance(h, str)),
                    )
                    if part
                ),
                volunteer=section == "volunteer",
            )
    for i, study in _list(data, "education", name):
        study_type = _text(study, "studyType", name, f"education[{i}]")
        area = _text(study, "area", name, f"education[{i}]")
        add_degree(
            draft,
            name=study_type,
            level_code=None,
            level_scheme="",
            field=area,
            end=_text(study, "endDate", name, f"education[{i}]"),
            ongoing=False,
            where=_at(name, f"education[{i}]"),
            where_end=_at(name, f"education[{i}].endDate"),
        )
    for i, entry in _list(data, "languages", name):
        language = _text(entry, "language", name, f"languages[{i}]")
        if not language:
            continue
        fluency = _text(entry, "fluency", name, f"languages[{i}]")
        set_language(
            draft,
            language,
            mapping.level_from_fluency(fluency, language) if fluency else None,
            _at(name, f"languages[{i}].language"),
            stated=f"'{fluency}'" if fluency else None,
        )
    return finish(draft, nothing=_at(name, ""), what="a JSON Resume", expected=EXPECTED)
