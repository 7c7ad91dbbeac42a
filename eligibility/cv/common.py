"""What every CV reader does the same way: dates, degrees, jobs, languages into a Draft, each value noted."""

from __future__ import annotations

import re

from eligibility.countries import country_code
from eligibility.cv import mapping
from eligibility.cv.draft import Draft
from eligibility.errors import InputError
from eligibility.languages import NATIVE, language_name
from eligibility.profile import UNSTATED


class Located:
    """Raises errors about one place in the CV: a callable that turns a message into an InputError."""

    def __init__(self, make) -> None:
        self.make = make

    def __call__(self, message: str, hint: str | None = None) -> InputError:
        return self.make(message, hint)


def located_at(doc, element) -> Located:
    """Errors about one element of an XML CV (`doc`: an xmlsafe.Document), naming its line and element."""
    return Located(lambda message, hint: doc.error(element, message, hint))


def date_or_error(value: str, where: Located, *, end: bool = False, completion: bool = False):
    try:
        return mapping.completion_date(value) if completion else mapping.cv_date(value, end=end)
    except ValueError as exc:
        raise where(str(exc), "write YYYY, YYYY-MM or YYYY-MM-DD") from None


def add_job(
    draft: Draft,
    *,
    title: str | None,
    employer: str | None,
    start: str | None,
    end: str | None,
    ongoing: bool | None,
    where_start: Located,
    where_end: Located,
) -> None:
    """One job: its dates as stated, its management unknown, its fields left for the applicant unless stated."""
    jobs = draft.data.setdefault("experience", [])
    label = " at ".join(part for part in (title, employer) if part) or f"job {len(jobs) + 1}"
    if start is None:
        draft.ask(("experience",), f"{label}: the CV gives no start date, so it is left out; add it", "note")
        return
    job: dict = {}
    index = len(jobs)
    jobs.append(job)
    if title:
        job["title"] = title
    if employer:
        job["employer"] = employer
    start_value, start_note = date_or_error(start, where_start)
    draft.set(("experience", index, "start"), start_value, start_note)
    if end is not None:
        end_value, end_note = date_or_error(end, where_end, end=True)
        if mapping.ends_before(end_value, start_value):
            raise where_end(f"ends ({end}) before it starts ({start})")
        draft.set(("experience", index, "end"), end_value, end_note)
    elif ongoing is False:
        # Neither an end date nor 'current': count the start month only, and ask.
        draft.set(("experience", index, "end"), start_value, "the CV gives no end date and says the job is over")
        draft.ask(("experience", index, "end"), f"{label}: when did it end?", "end", label=label)
    else:
        draft.notes[("experience", index, "start")] = (
            (start_note + "; " if start_note else "") + "ongoing: the CV gives no end date"
            if ongoing is None
            else (start_note + "; " if start_note else "") + "ongoing, as the CV says"
        )
    draft.set(("experience", index, "management"), "unknown", "the CV does not say")
    draft.ask(
        ("experience", index, "management"), f"{label}: did you manage people or a unit?", "management", label=label
    )
    draft.ask(("experience", index, "fields"), f"{label}: what fields was the work in?", "fields", label=label)


def add_degree(
    draft: Draft,
    *,
    name: str | None,
    level_code: str | None,
    level_scheme: str,
    field: str | None,
    end: str | None,
    ongoing: bool,
    where: Located,
    where_end: Located,
) -> None:
    """One qualification: its level from the level code, else from its name; in progress or unplaced ones are listed, not taken."""
    label = name or "a qualification"
    if ongoing:
        draft.ask(("education",), f"{label}: still in progress, so not counted as held", "note")
        return
    level = mapping.qualification_level(level_code, level_scheme) if level_code else None
    if level is None and name:
        level = mapping.degree_from_words(name)
    if level is None:
        why = (
            f"level code {level_code!r} is below secondary"
            if level_code
            else "neither a level code nor a name that says its level"
        )
        draft.ask(("education",), f"{label}: {why}; add it by hand if it counts", "note")
        return
    degrees = draft.data.setdefault("education", [])
    index = len(degrees)
    degrees.append({})
    draft.set(("education", index, "level"), level[0], level[1])
    subject = field or (mapping.field_from_title(name) if name else None)
    if subject:
        draft.set(("education", index, "field"), subject, None if field else f"from the name '{name}'")
    else:
        draft.ask(("education", index, "field"), f"{label}: in what field?", "degree-field", label=label)
    if end:
        value, note = date_or_error(end, where_end, completion=True)
        draft.set(("education", index, "completed"), value, "end of studies" + (f"; {note}" if note else ""))
    else:
        draft.ask(
            ("education", index, "completed"),
            f"{label}: when was it completed? (the CV gives no end date; until then it is taken as held)",
            "completed",
            label=label,
        )


def set_nationalities(draft: Draft, codes: list[str], where: Located) -> None:
    found = []
    for code in codes:
        country = country_code(code)
        if country is None:
            raise where(f"unknown country {code!r}", "use an ISO 3166 code such as 'hr'")
        found.append(country)
    if found:
        draft.data["nationalities"] = list(dict.fromkeys(found))


def set_language(draft: Draft, name: str, level: tuple[str, str] | None, where: Located) -> None:
    canonical = language_name(name)
    if canonical is None:
        raise where(f"unknown language {name!r}", "use an ISO 639 code or an English name")
    languages = draft.data.setdefault("languages", {})
    if level is None:
        draft.ask(("languages", canonical), f"{canonical}: at what level (A1–C2)?", "language", language=canonical)
        return
    previous = languages.get(canonical)
    if previous == NATIVE:
        return
    draft.set(("languages", canonical), level[0], level[1])


def set_licence(draft: Draft, categories: list[str]) -> None:
    """A car licence from EU categories; whether it covers manual transmission no CV says."""
    codes = [c.strip().upper() for c in categories if c and c.strip()]
    if not codes:
        return
    cars = [c for c in codes if c in mapping.CAR_LICENCES]
    if not cars:
        draft.ask(("driving_licence",), f"licence categories {', '.join(codes)} do not include a car (B)", "note")
        return
    draft.set(("driving_licence",), {"valid": True}, f"categories {', '.join(codes)}")
    draft.ask(("driving_licence", "manual"), "does your licence cover manual transmission?", "manual")


def finish(draft: Draft) -> Draft:
    """What every CV leaves open: permanent residence; nationality when the CV gives none; unlevelled languages."""
    if "nationalities" not in draft.data:
        draft.ask(("nationalities",), "your nationalities (the CV states none)", "nationalities")
    draft.ask(("permanent_residence",), "permanent residence in countries other than your nationalities", "residence")
    # Not stated, rather than left out: a profile without the key reads as "no residence", which would pass.
    draft.set(("permanent_residence",), UNSTATED, "the CV does not say")
    _earlier_service(draft)
    unlevelled = [q for q in draft.questions if q.kind == "language"]
    if unlevelled and "languages" in draft.data:
        # A language left out of a stated list would read as not spoken: without every level, state none.
        draft.withheld["languages"] = draft.data.pop("languages")
    return draft


_OSCE = re.compile(
    r"\bOSCE\b|\bOrgani[sz]ation\s+for\s+Security\s+and\s+Co-?operation\s+in\s+Europe\b|\bODIHR\b|\bHCNM\b", re.I
)
"""How a CV names work for the OSCE: the organisation, its full name, or its institutions."""


def _earlier_service(draft: Draft) -> None:
    """Earlier OSCE service, for maximum-service rules. A CV lists a whole working life: with no job for the OSCE
    in it, there is none; with one, its assignments (mission, country, local or international post) are for the
    applicant to state, and until then the rules that count them are unknown."""
    jobs = [
        j for j in draft.data.get("experience", []) if _OSCE.search(f"{j.get('employer', '')} {j.get('title', '')}")
    ]
    if not jobs:
        draft.set(("osce_service",), [], "the CV lists no work for the OSCE")
        return
    named = "; ".join(" at ".join(p for p in (j.get("title"), j.get("employer")) if p) for j in jobs)
    draft.ask(
        ("osce_service",),
        f"earlier OSCE service ({named}): each assignment's mission, country, dates and whether it was a local post",
        "service",
    )
    draft.set(("osce_service",), UNSTATED, "the CV lists work for the OSCE; its assignments are not stated")
