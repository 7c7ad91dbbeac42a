"""What every CV reader does the same way: dates, degrees, jobs, languages into a Draft, each value noted."""

from __future__ import annotations

import re
from datetime import date

from eligibility.countries import country_code, country_name, nationality_code
from eligibility.cv import mapping
from eligibility.cv.draft import Draft
from eligibility.errors import InputError
from eligibility.languages import NATIVE, language_name
from eligibility.missions import osce_named
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
    described: str | None = None,
    volunteer: bool = False,
) -> None:
    """One job: its dates and share of full time as stated, its management unknown, its fields left for the
    applicant unless stated. What the CV leaves open about its length (no start date, part-time without a share,
    'current' with an end date past) is asked, and no experience is stated until it is answered: a job of
    unknown length is neither counted nor left out. An end date that says the job has not ended ('Present') is
    no end. `volunteer`: unpaid work, which no OSCE rule says counts as professional experience or not: it is
    listed and left to a person (held back like an entry whose dates are open), never counted unasked."""
    jobs = draft.data.setdefault("experience", [])
    label = " at ".join(part for part in (title, employer) if part) or f"job {len(jobs) + 1}"
    if volunteer:
        label = f"volunteer work as {label}" if title or employer else f"volunteer work {len(jobs) + 1}"
    if end is not None and mapping.says_ongoing(end):
        end, ongoing = None, True  # 'Present', 'current', 'to date': not ended
    job: dict = {}
    index = len(jobs)
    jobs.append(job)
    if title:
        job["title"] = title
    if employer:
        job["employer"] = employer
    start_value, start_note = date_or_error(start, where_start) if start is not None else (None, None)
    if start_value is None:
        draft.ask(
            ("experience", index, "start"),
            f"{label}: when did it start? (the CV gives no start date; until answered no experience is stated)",
            "start",
            label=label,
            blocks="experience",
            open=f"the start of {label}",
        )
    else:
        draft.set(("experience", index, "start"), start_value, start_note)
    if end is not None:
        end_value, end_note = date_or_error(end, where_end, end=True)
        if start_value is not None and mapping.ends_before(end_value, start_value):
            raise where_end(f"ends ({end}) before it starts ({start})")
        draft.set(("experience", index, "end"), end_value, end_note)
        if ongoing is True and mapping.ends_before(end_value, date.today().isoformat()):
            draft.notes[("experience", index, "end")] = "the CV also marks the job as current"
            draft.ask(
                ("experience", index, "end"),
                f"{label}: the CV marks it current but gives an end date ({end_value}); when did it end (or present)?"
                " Until answered no experience is stated",
                "end-or-present",
                label=label,
                blocks="experience",
                open=f"the end of {label} (marked current, with an end date past)",
            )
    elif ongoing is False and start_value is not None:
        # Neither an end date nor 'current': count the start month only, and ask.
        draft.set(("experience", index, "end"), start_value, "the CV gives no end date and says the job is over")
        draft.ask(("experience", index, "end"), f"{label}: when did it end?", "end", label=label)
    elif start_value is not None:
        draft.notes[("experience", index, "start")] = (
            (start_note + "; " if start_note else "") + "ongoing: the CV gives no end date"
            if ongoing is None
            else (start_note + "; " if start_note else "") + "ongoing, as the CV says"
        )
    for key in ("start", "end"):
        _ask_month(draft, ("experience", index, key), label, "did it start" if key == "start" else "did it end")
    if volunteer:
        draft.notes[("experience", index, "title")] = "volunteer work, as the CV lists it"
        draft.ask(
            ("experience", index),
            f"{label}: does the posting count it as professional experience? No OSCE rule says; "
            "until a person decides it is not counted, and a criterion it could meet stays unknown",
            "volunteer",
            label=label,
            blocks="experience",
            open=f"a decision on whether {label} counts as professional experience",
        )
    share = mapping.part_time(title) if title else None
    if share is None and described:
        share = mapping.part_time(described, described=True)
    if share is not None and share[0] is not None:
        draft.set(("experience", index, "fraction"), share[0], f"'{share[1]}' in the CV: part-time")
    elif share is not None:
        draft.ask(
            ("experience", index, "fraction"),
            f"{label}: the CV says '{share[1]}'; what share of full time (0.5 for half time)?"
            " Until answered no experience is stated",
            "fraction",
            label=label,
            blocks="experience",
            open=f"the share of full time of {label} ('{share[1]}')",
        )
    draft.set(("experience", index, "management"), "unknown", "the CV does not say")
    draft.ask(
        ("experience", index, "management"), f"{label}: did you manage people or a unit?", "management", label=label
    )
    draft.ask(("experience", index, "fields"), f"{label}: what fields was the work in?", "fields", label=label)


_UNTIL = "until answered no education is stated"


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
    as_level: tuple[str, str] | None = None,
) -> None:
    """One qualification: its level from the level code, else from its name; a police or military academy's by
    its name whatever the code, and, where the code or name also says a university degree, held as both.
    `as_level`: the level already decided (the second of the two). One the CV says is unfinished or in
    progress is listed, not counted. One whose level or completion the CV leaves open is kept and asked, and no
    education is stated until it is answered: never taken as held, never as absent."""
    label = name or "a qualification"
    if end is not None and mapping.says_ongoing(end):
        end, ongoing = None, True  # 'Present', 'current': still studying
    if ongoing:
        draft.ask(("education",), f"{label}: still in progress, so not counted as held", "note")
        return
    state = mapping.degree_state(name) if name else None
    if state is not None and state[0] in ("unfinished", "in progress"):
        said = "not completed" if state[0] == "unfinished" else "still in progress"
        draft.ask(("education",), f"{label}: {said} ('{state[1]}'), so not counted as held", "note")
        return
    not_degree = state is not None and state[0] == "not a degree"
    level = mapping.qualification_level(level_code, level_scheme) if level_code and not not_degree else None
    if level is None and name and not not_degree:
        level = mapping.degree_from_words(name)
    academy = mapping.academy_from_name(name) if name and not not_degree and as_level is None else None
    also = None
    if academy and level and level[0] != academy[0]:
        also = level if level[0] in ("bachelor", "master", "doctorate") else None
        level = (academy[0], f"{academy[1]}, whatever {level[1]} says")
    if as_level is not None:
        level = as_level
    if level is None and level_code and re.fullmatch(r"\D*[12]\s*", str(level_code)):
        draft.ask(("education",), f"{label}: level code {level_code!r} is below secondary, so not counted", "note")
        return
    degrees = draft.data.setdefault("education", [])
    index = len(degrees)
    degrees.append({})
    if not_degree:
        draft.ask(
            ("education", index, "level"),
            f"{label}: is it a degree, and at what level? '{state[1]}' names a course, certificate or title, not a "
            f"degree; {_UNTIL}",
            "degree-level",
            label=label,
            blocks="education",
            open=f"whether {label} is a degree",
        )
    elif state is not None:
        draft.ask(
            ("education", index),
            f"{label}: was the degree obtained? '{state[1]}' does not say; {_UNTIL}",
            "obtained",
            label=label,
            blocks="education",
            open=f"whether {label} was obtained",
        )
    if level is None and not not_degree:
        draft.ask(
            ("education", index, "level"),
            f"{label}: at what level (bachelor, master, doctorate …)? Neither a level code nor its name says; {_UNTIL}",
            "degree-level",
            label=label,
            blocks="education",
            open=f"the level of {label}",
        )
    elif level is not None:
        draft.set(("education", index, "level"), level[0], level[1])
    subject = field or (mapping.field_from_title(name) if name else None)
    if subject:
        draft.set(("education", index, "field"), subject, None if field else f"from the name '{name}'")
    else:
        draft.ask(("education", index, "field"), f"{label}: in what field?", "degree-field", label=label)
    if end:
        value, note = date_or_error(end, where_end, completion=True)
        draft.set(("education", index, "completed"), value, "end of studies" + (f"; {note}" if note else ""))
        _ask_month(draft, ("education", index, "completed"), label, "was it completed")
    else:
        draft.ask(
            ("education", index, "completed"),
            f"{label}: when was it completed? The CV gives no end date, so it may still be in progress; {_UNTIL}",
            "completed",
            label=label,
            blocks="education",
            open=f"when {label} was completed (no end date)",
        )
    if also:
        add_degree(
            draft,
            name=name,
            level_code=level_code,
            level_scheme=level_scheme,
            field=field,
            end=end,
            ongoing=ongoing,
            where=where,
            where_end=where_end,
            as_level=also,
        )


def _ask_month(draft: Draft, path: tuple, label: str, what: str) -> None:
    """Where the CV gives a date as a year alone, its month is asked: until given, the month that counts least is
    read, and a criterion the month would decide is unknown."""
    target = draft.data
    for key in path[:-1]:
        target = target[key]
    value = target.get(path[-1])
    if any(q.path == path for q in draft.questions):
        return  # the date itself is asked (an end the CV does not give, or one past for a current job)
    if isinstance(value, str) and re.fullmatch(r"\d{4}", value):
        draft.ask(
            path,
            f"{label}: in which month of {value} {what}? (the CV gives only the year)",
            "month",
            label=label,
            year=int(value),
            what=what,
        )


def set_born(draft: Draft, value: str, where: Located) -> None:
    """The date of birth the CV states, to its precision (a year, a month or a day), for age limits."""
    try:
        draft.set(("born",), mapping.birth_date(value))
    except ValueError as exc:
        raise where(str(exc), "write YYYY-MM-DD, YYYY-MM or YYYY") from None


EU_CODES = {"EL": "GR", "UK": "GB"}
"""Country codes the EU's own documents use where ISO 3166 has others: Greece is EL, the United Kingdom UK."""


def set_nationalities(draft: Draft, given: list[tuple[str | None, str | None]]) -> None:
    """Each nationality as the CV gives it, (code, label): the code as an ISO 3166 code (or the EU's own), else the
    label as a country's name or its nationals' adjective ('Austrian', any case). One that names no country is
    asked, never guessed, and until it is answered no nationality is stated: one left out could be the very one
    a posting excludes."""
    found, notes, unread = [], [], []
    for code, label in given:
        code, label = (code or "").strip(), (label or "").strip()
        iso = EU_CODES.get(code.upper())
        country = iso or (country_code(code) if code else None)
        if iso:
            notes.append(f"'{code}' is the EU's code for {iso}")
        elif country is None and label:
            country = nationality_code(label)
            if country is not None:
                notes.append(f"from '{label}'")
        if country is not None:
            found.append(country)
        elif code or label:
            unread.append(label or code)
    if unread:
        said = " and ".join(f"'{x}'" for x in unread)
        besides = f" (besides {', '.join(country_name(c) for c in dict.fromkeys(found))})" if found else ""
        draft.ask(
            ("nationalities",),
            f"your nationalities: the CV gives {said}{besides}, which {'names' if len(unread) == 1 else 'name'} no "
            "country known here; until answered none is stated",
            "nationalities",
            blocks="nationalities",
            open=f"the country of the nationality {said}",
            given=said,
        )
        return
    if notes:
        draft.notes[("nationalities",)] = "; ".join(notes)
    if found:
        draft.data["nationalities"] = list(dict.fromkeys(found))


def set_language(
    draft: Draft, name: str, level: tuple[str, str] | None, where: Located, *, stated: str | None = None
) -> None:
    """A language at its level; without one, asked (and no languages are stated until it is answered).
    `stated`: what the CV does give when that is not a level (some skills of the grid, or words no scale fixes)."""
    canonical = language_name(name)
    if canonical is None:
        raise where(f"unknown language {name!r}", "use an ISO 639 code or an English name")
    languages = draft.data.setdefault("languages", {})
    previous = languages.get(canonical)
    if previous is not None or any(q.path == ("languages", canonical) for q in draft.questions):
        # As in a profile, a language given twice is refused, never one of its two levels taken: a mother tongue
        # graded again ('Native', then 'B1') too, since which of the two holds only the person can say.
        levels = f", as {previous} and as {level[0]}" if previous is not None and level is not None else ""
        raise where(f"{canonical} is listed twice{levels}", "give each language once, with one level")
    if level is None:
        given = f" The CV gives {stated}, which does not show the level." if stated else ""
        draft.ask(
            ("languages", canonical),
            f"{canonical}: at what level (A1–C2)?{given}",
            "language",
            language=canonical,
            blocks="languages",
            open=f"the level of {canonical}" + (f" (it gives {stated})" if stated else ""),
        )
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


WITHHELD = ("education", "experience", "languages")
"""The sections a question can hold back: stated only once what the CV leaves open in them is answered."""


def finish(draft: Draft, *, nothing: Located, what: str, expected: str) -> Draft:
    """What every CV leaves open: permanent residence; nationality when the CV gives none; other languages
    when it gives only mother tongues; and the sections with an open question in them, held back.

    A CV that states nothing a profile holds, and leaves nothing to ask of its own (only `meta` or `interests`,
    empty sections, an empty `Candidate`), is refused through `nothing` as `what` it is ('a JSON Resume'), naming what was `expected`: read, it
    would be a candidate who stated nothing, every criterion unknown without a word on why."""
    if not draft.data and not draft.questions:
        raise nothing(f"{what} with nothing a profile holds", f"expected {expected}")
    if "nationalities" not in draft.data and not any(q.kind == "nationalities" for q in draft.questions):
        draft.ask(("nationalities",), "your nationalities (the CV states none)", "nationalities")
    draft.ask(("permanent_residence",), "permanent residence in countries other than your nationalities", "residence")
    # Not stated, rather than left out: a profile without the key reads as "no residence", which would pass.
    draft.set(("permanent_residence",), UNSTATED, "the CV does not say")
    _earlier_service(draft)
    _other_languages(draft)
    withhold(draft)
    return draft


def withhold(draft: Draft) -> None:
    """Hold back each section with an open question in it: a value missing from a stated section would read as
    none (a language not listed is not spoken, a degree not listed is not held, a job not listed was not done)."""
    blocked = {q.context.get("blocks") for q in draft.questions}
    for section in WITHHELD:
        if section in blocked and section in draft.data:
            draft.withheld[section] = draft.data.pop(section)


def _other_languages(draft: Draft) -> None:
    """A CV that gives mother tongues and no other language does not say it has none: the others are asked."""
    languages = draft.data.get("languages")
    if not languages or any(level != NATIVE for level in languages.values()):
        return
    if any(q.kind == "language" for q in draft.questions):
        return
    draft.ask(
        ("languages",),
        f"other languages than {', '.join(languages)} and their levels (the CV names none; until answered no "
        "languages are stated)",
        "other-languages",
        blocks="languages",
        open=f"languages other than {', '.join(languages)}",
    )


def _earlier_service(draft: Draft) -> None:
    """Earlier OSCE service, for maximum-service rules. A CV that lists no job says nothing of it: not stated, and
    asked. A CV that lists jobs lists a whole working life: with no job for the OSCE in it, there is none; with one, or one whose employer may be the OSCE or is not stated (it cannot be placed),
    its assignments (mission, country,
    local or international post) are for the applicant to state, and until then the rules that count them are
    unknown."""
    jobs = draft.data.get("experience") or []
    if not jobs:
        # No job at all: the CV says nothing of earlier service, so none is stated (not `[]`, which passes a
        # limit), and it is asked.
        draft.ask(
            ("osce_service",),
            "earlier OSCE service (the CV lists no job): each assignment's mission, country, dates and whether it "
            "was a local post, or none",
            "service",
            likely=False,
        )
        return
    found = []
    for job in jobs:
        named = osce_named(f"{job.get('employer', '')} | {job.get('title', '')}")
        if named is not None:
            found.append((" at ".join(p for p in (job.get("title"), job.get("employer")) if p), named))
        elif not str(job.get("employer") or "").strip():
            found.append((f"{job.get('title') or 'a job'}, employer not stated", False))
    if not found:
        draft.set(("osce_service",), [], "the CV lists no work for the OSCE")
        return
    listed = "; ".join(label if surely else f"{label} (may be the OSCE)" for label, surely in found)
    draft.ask(
        ("osce_service",),
        f"earlier OSCE service ({listed}): each assignment's mission, country, dates and whether it was a local post",
        "service",
    )
    draft.set(
        ("osce_service",), UNSTATED, "the CV lists work that is or may be for the OSCE; its assignments are not stated"
    )
