"""The Europass CV as the Europass editor saves it since 2020: an HR-XML 3 `Candidate` document.

Read: the name, `BirthDate`, `NationalityCode`, mother tongues (`PrimaryLanguageCode`), each
`EmployerHistory`'s positions with their `eures:EmploymentPeriod`, each
`EducationOrganizationAttendance` with its `EducationLevelCode` (EQF) and
`AttendancePeriod`, languages (`PersonCompetency` with `TaxonomyID` language and
the CEFR dimensions), and driving-licence categories (`eures:Licenses`).
"""

from __future__ import annotations

from eligibility.cv import mapping
from eligibility.cv.common import (
    add_degree,
    add_job,
    finish,
    located_at,
    set_born,
    set_language,
    set_licence,
    set_nationalities,
)
from eligibility.cv.draft import Draft
from eligibility.cv.xmlsafe import Document, child, children, descendants, local, text

FORMAT = "Europass CV, 2020 format (HR-XML Candidate)"
EXPECTED = "a name, date of birth, nationality, mother tongue, work experience, education, languages or driving licence"
"""What a profile is made from: a CV with none of it is refused."""

DIMENSIONS = {
    "CEF-Understanding-Listening": "listening",
    "CEF-Understanding-Reading": "reading",
    "CEF-Speaking-Interaction": "spoken interaction",
    "CEF-Speaking-Production": "spoken production",
    "CEF-Writing-Production": "writing",
    "CEF-Writing-Interaction": "writing",
}


def _date(period, name: str) -> tuple[str | None, object]:
    """(the date text, its element) of StartDate or EndDate: FormattedDateTime, else DateText."""
    holder = child(period, name) if period is not None else None
    if holder is None:
        return None, period
    formatted = child(holder, "FormattedDateTime")
    if formatted is not None and text(formatted):
        return text(formatted), formatted
    free = child(holder, "DateText")
    return (text(free), free) if free is not None and text(free) else (None, holder)


def _flag(element) -> bool | None:
    value = text(element)
    return None if value is None else value.lower() == "true"


def read(doc: Document) -> Draft:
    root = doc.root
    draft = Draft(source=doc.name, format=FORMAT)
    person = child(root, "CandidatePerson")
    profile = child(root, "CandidateProfile")
    if person is not None:
        given = text(person, "PersonName", "GivenName")
        family = text(person, "PersonName", "FamilyName")
        name = " ".join(part for part in (given, family) if part)
        if name:
            draft.data["name"] = name
        born = child(person, "BirthDate")
        if born is not None and text(born):
            set_born(draft, text(born), located_at(doc, born))
        nationality = children(person, "NationalityCode")
        if nationality:
            set_nationalities(draft, [(text(n), None) for n in nationality])
        for tongue in children(person, "PrimaryLanguageCode"):
            value = text(tongue)
            if value:
                set_language(draft, value, ("native", "mother tongue"), located_at(doc, tongue))
    if profile is not None:
        _jobs(doc, draft, profile)
        _education(doc, draft, profile)
        _languages(doc, draft, profile)
        categories = [text(c) or "" for c in descendants(profile, "LicenseTypeCode")]
        set_licence(draft, categories)
    return finish(draft, nothing=located_at(doc, root), what="a Europass CV", expected=EXPECTED)


def _jobs(doc: Document, draft: Draft, profile) -> None:
    for employer in descendants(profile, "EmployerHistory"):
        organisation = text(employer, "OrganizationName")
        for position in children(employer, "PositionHistory"):
            period = child(position, "EmploymentPeriod")
            start, start_at = _date(period, "StartDate")
            end, end_at = _date(period, "EndDate")
            add_job(
                draft,
                title=text(position, "PositionTitle"),
                employer=organisation,
                start=start,
                end=end,
                ongoing=_flag(child(period, "CurrentIndicator")) if period is not None else None,
                where_start=located_at(doc, start_at),
                where_end=located_at(doc, end_at),
                described=text(position, "Description"),
            )


def _education(doc: Document, draft: Draft, profile) -> None:
    for attendance in descendants(profile, "EducationOrganizationAttendance"):
        period = child(attendance, "AttendancePeriod")
        end, end_at = _date(period, "EndDate")
        degree = child(attendance, "EducationDegree")
        level = text(attendance, "EducationLevelCode") or text(degree, "EducationLevelCode")
        add_degree(
            draft,
            name=text(degree, "DegreeName"),
            level_code=level,
            level_scheme="EQF",
            field=None,
            end=end,
            ongoing=bool(_flag(child(period, "Ongoing"))) if period is not None else False,
            where=located_at(doc, attendance),
            where_end=located_at(doc, end_at),
        )


def _languages(doc: Document, draft: Draft, profile) -> None:
    for competency in descendants(profile, "PersonCompetency"):
        if (text(competency, "TaxonomyID") or "").lower() != "language":
            continue
        ident = child(competency, "CompetencyID")
        name = text(ident) or text(competency, "CompetencyName")
        if not name:
            continue
        levels = {}
        for dimension in children(competency, "CompetencyDimension"):
            code = text(dimension, "CompetencyDimensionTypeCode") or ""
            score = text(dimension, "Score", "ScoreText")
            skill = DIMENSIONS.get(code, code.lower())
            if score:
                current = levels.get(skill)
                levels[skill] = score if current is None else min(current, score)
        if not levels:
            overall = text(competency, "ProficiencyLevel", "ScoreText")
            if overall:
                levels["overall"] = overall
        set_language(
            draft,
            name,
            mapping.lowest_level(levels),
            located_at(doc, ident if ident is not None else competency),
            stated=mapping.partial_grid(levels),
        )


def is_candidate(doc: Document) -> bool:
    return local(doc.root.tag) == "Candidate"
