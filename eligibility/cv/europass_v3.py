"""The earlier Europass CV (schema v3.x, used until 2020): `SkillsPassport` (or `Europass`) with `LearnerInfo`.

Read: `Identification` (name, `Demographics` birth date and nationalities), `WorkExperienceList`
(`Period` with From/To/Current, `Position`, `Employer`), `EducationList`
(`Period`, `Title`, `Level` (EQF), `Field`), `Skills/Linguistic` (mother
tongues and the CEFR self-assessment grid) and `Skills/Driving`. Dates are
attributes (`year="2015" month="--03" day="---01"`); child elements of the
same names are read too.
"""

from __future__ import annotations

from eligibility.cv import europass, mapping
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

FORMAT = "Europass CV, v3 format (LearnerInfo)"
EXPECTED = europass.EXPECTED
SKILLS = {
    "Listening": "listening",
    "Reading": "reading",
    "SpokenInteraction": "spoken interaction",
    "SpokenProduction": "spoken production",
    "Writing": "writing",
}


def _date(doc: Document, element) -> str | None:
    """'2015-03' from <From year="2015" month="--03"/>; the month and day keep their leading dashes in the schema."""
    if element is None:
        return None
    year = element.get("year") or text(element, "Year")
    month = element.get("month") or text(element, "Month")
    day = element.get("day") or text(element, "Day")
    if not year:
        return None
    value = year.strip()
    if month:
        value += "-" + month.strip().lstrip("-")
        if day:
            value += "-" + day.strip().lstrip("-")
    return value


def read(doc: Document) -> Draft:
    learner = child(doc.root, "LearnerInfo")
    draft = Draft(source=doc.name, format=FORMAT)
    if learner is None:
        return finish(draft, nothing=located_at(doc, doc.root), what="a Europass CV", expected=EXPECTED)
    identification = child(learner, "Identification")
    if identification is not None:
        first = text(identification, "PersonName", "FirstName")
        surname = text(identification, "PersonName", "Surname")
        name = " ".join(part for part in (first, surname) if part)
        if name:
            draft.data["name"] = name
        demographics = child(identification, "Demographics")
        born = child(demographics, "Birthdate") if demographics is not None else None
        if born is not None and _date(doc, born):
            set_born(draft, _date(doc, born) or "", located_at(doc, born))
        nationalities = descendants(demographics if demographics is not None else identification, "Nationality")
        set_nationalities(draft, [(text(n, "Code"), text(n, "Label")) for n in nationalities])
    for work in descendants(learner, "WorkExperience"):
        period = child(work, "Period")
        start_at, end_at = child(period, "From"), child(period, "To")
        current = text(period, "Current")
        add_job(
            draft,
            title=text(work, "Position", "Label"),
            employer=text(work, "Employer", "Name"),
            start=_date(doc, start_at),
            end=_date(doc, end_at),
            ongoing=None if current is None else current.lower() == "true",
            where_start=located_at(doc, start_at if start_at is not None else work),
            where_end=located_at(doc, end_at if end_at is not None else work),
            described=text(work, "Activities"),
        )
    for education in descendants(learner, "Education"):
        period = child(education, "Period")
        end_at = child(period, "To")
        current = text(period, "Current")
        add_degree(
            draft,
            name=text(education, "Title"),
            level_code=text(education, "Level", "Code") or text(education, "Level", "Label"),
            level_scheme="EQF",
            field=text(education, "Field", "Label"),
            end=_date(doc, end_at),
            ongoing=current is not None and current.lower() == "true",
            where=located_at(doc, education),
            where_end=located_at(doc, end_at if end_at is not None else education),
        )
    linguistic = child(learner, "Skills", "Linguistic")
    if linguistic is not None:
        for tongue in descendants(linguistic, "MotherTongue"):
            name = text(tongue, "Description", "Code") or text(tongue, "Description", "Label")
            if name:
                set_language(draft, name, ("native", "mother tongue"), located_at(doc, tongue))
        for foreign in descendants(linguistic, "ForeignLanguage"):
            name = text(foreign, "Description", "Code") or text(foreign, "Description", "Label")
            if not name:
                continue
            grid = child(foreign, "ProficiencyLevel")
            levels = {SKILLS[local(e.tag)]: text(e) for e in children(grid, *SKILLS)} if grid is not None else {}
            levels = {k: v for k, v in levels.items() if v}
            set_language(
                draft, name, mapping.lowest_level(levels), located_at(doc, foreign), stated=mapping.partial_grid(levels)
            )
    driving = child(learner, "Skills", "Driving")
    if driving is not None:
        set_licence(draft, [text(e) or "" for e in descendants(driving, "Licence")])
    return finish(draft, nothing=located_at(doc, doc.root), what="a Europass CV", expected=EXPECTED)


def is_learner_info(doc: Document) -> bool:
    return local(doc.root.tag) in ("SkillsPassport", "Europass") and child(doc.root, "LearnerInfo") is not None
