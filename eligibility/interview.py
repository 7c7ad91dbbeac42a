"""The guided self-check: ask what a posting's criteria need, and build a profile from the answers.

Only the questions a posting needs are asked (no driving-licence question
for a Secretariat post that does not require one), and the few whose absence
would read as "none" elsewhere (permanent residence, earlier OSCE service). Every answer is checked
by the same parsers that read profile files, and asked again with a hint
when it is wrong. The answers become an ordinary profile, read back through
the profile reader, so that a saved file and the interview agree.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Protocol

import yaml

from eligibility.countries import country_code, country_hint, country_name, nationality_code
from eligibility.degrees import LEVEL_NAMES, LEVELS, degree_from_words
from eligibility.errors import EligibilityError
from eligibility.fields import Node, Problems
from eligibility.fileio import write_atomic
from eligibility.languages import (
    NOT_SPOKEN,
    WORD_CODES,
    denies_level,
    language_hint,
    level_stated,
    name_in_text,
    no_agreed_level,
    other_language,
    parse_level,
    qualified,
)
from eligibility.missions import countries_named, same_office
from eligibility.periods import PartialDate, human_date, parse_partial_date
from eligibility.profile import (
    NAME_LIMIT,
    PROFILE,
    TEXT_LIMIT,
    UNSTATED,
    UNSTATED_SECTIONS,
    Profile,
    read_profile,
)
from eligibility.yamlio import load_yaml


class Asker(Protocol):
    """Where questions go and answers come from."""

    def say(self, text: str) -> None: ...

    def ask(self, prompt: str) -> str:
        """One answer; raises EOFError when there are no more."""
        ...


class Stopped(EligibilityError):
    """The person left the interview (end of input)."""


class EndOfInput(Stopped):
    """The input ended at a question (Ctrl-D on a terminal): the answers so far are kept, as after Ctrl-C."""


class Answers(dict):
    """The profile as answered so far. `done` names the finished groups of questions, so that an
    interrupted self-check keeps them and can resume where it stopped."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.done: set[str] = set()


def _ask(asker: Asker, prompt: str, parse: Callable[[str], object], *, default: str | None = None, attempts: int = 5):
    """Ask until `parse` accepts the answer; `parse` raises ValueError with the hint to show."""
    shown = f"{prompt} [{default}]" if default else prompt
    for _ in range(attempts):
        try:
            answer = asker.ask(f"{shown}: ").strip()
        except EOFError:
            raise EndOfInput("the interview ended before every question was answered") from None
        if not answer and default is not None:
            answer = default
        try:
            return parse(answer)
        except ValueError as exc:
            asker.say(f"  {exc}")
    raise Stopped(f"no usable answer to '{prompt}' after {attempts} tries")


# --- answer parsers: each returns the profile value or raises ValueError with a hint ---


def _yes_no(answer: str) -> bool:
    low = answer.lower()
    if low in ("y", "yes", "j", "ja", "oui", "da"):
        return True
    if low in ("n", "no", "nein", "non", "ne"):
        return False
    raise ValueError("answer y or n")


_UNSURE = (
    "?",
    "unsure",
    "not sure",
    "don't know",
    "dont know",
    "do not know",
    "i don't know",
    "i dont know",
    "unknown",
)
"""Answers that say the candidate does not know: saved as unknown (open), never as no."""


def _unsure(answer: str) -> bool:
    return answer.strip().lower().replace("’", "'").rstrip(".!") in _UNSURE


def _yes_no_unsure(answer: str) -> bool | None:
    """y or n; None for an answer that says the candidate does not know (saved as unknown, never as no)."""
    return None if _unsure(answer) else _yes_no(answer)


_NONE = ("none", "nothing", "-", "n/a", "na", "nil")
"""Answers that mean 'no country' where none is a valid answer."""


def _countries(required: bool, *, nationals: bool = False) -> Callable[[str], list[str] | str]:
    """`nationals`: nationalities are asked, and a nationality's adjective ('Austrian') names its country too."""
    find = nationality_code if nationals else country_code

    def parse(answer: str) -> list[str] | str:
        if not required and answer.strip().lower() in _NONE:
            return []
        if not required and _unsure(answer):
            return UNSTATED  # open: criteria that need it are unknown, never passed
        if not required and answer.strip().lower() in ("no", "n"):
            # 'NO' is also Norway's code: never guess which was meant.
            raise ValueError("'no' could mean none or Norway: leave it empty (or write none) for none, or write Norway")
        names = [a.strip() for a in re.split(r"[,;]", answer) if a.strip()]
        if not names and required:
            raise ValueError("name at least one country, e.g. Croatia or HR")
        codes = []
        for name in names:
            code = find(name)
            if code is None:
                raise ValueError(f"unknown country '{name}' ({country_hint(name)})")
            codes.append(code)
        return codes

    return parse


def _level(answer: str) -> str:
    """A level, or a degree's name read as `import` reads a CV's ('Bachelor of Arts', 'MBA', 'LL.B.')."""
    found = degree_from_words(answer) if answer.strip() else None
    if found is None:
        raise ValueError(
            f"'{answer}' names no level: choose one of {', '.join(LEVELS)}, or give the degree's name "
            "(Bachelor of Arts, MSc, LL.B.)"
        )
    return found[0]


DATE_FORMS = "YYYY-MM, MM/YYYY, June 2019, YYYY-MM-DD or a year (its month is then asked)"

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class _Year(str):
    """A date answered as a year alone, at the month that counts least (`year_as`): its month is asked next."""

    year: int
    month: int

    @classmethod
    def at(cls, year: int, month: int) -> _Year:
        found = cls(f"{year:04d}-{month:02d}")
        found.year, found.month = year, month
        return found


def _date(optional: bool, *, present: bool = False, year_as: int = 12) -> Callable[[str], str | None]:
    """A date as in profile files ('03/2019' and 'since 2017' too); a bare year is taken as month `year_as` of it
    (the month that counts least) until its month is answered (`_dated`)."""

    def parse(answer: str) -> str | None:
        if not answer:
            if optional:
                return None
            raise ValueError(f"write a date as {DATE_FORMS}")
        if present and answer.lower() in ("present", "now", "ongoing", "current", "today"):
            return None
        answer = re.sub(r"^(?:since|from|in)\s+", "", answer.strip(), flags=re.I)
        if re.fullmatch(r"\d{4}", answer):
            year = _Year.at(int(answer), year_as)
            parse_partial_date(year)  # the year is within the supported range
            return year
        written = re.fullmatch(r"(\d{1,2})[/.](\d{4})", answer)
        if written:
            answer = f"{written.group(2)}-{int(written.group(1)):02d}"
        answer = _named_month(answer) or answer
        try:
            return str(parse_partial_date(answer))
        except ValueError as exc:
            reason = str(exc).split("; write", 1)[0]
            raise ValueError(f"{reason}; write {DATE_FORMS}") from None

    return parse


def _named_month(answer: str) -> str | None:
    """'June 2012', 'Jun. 2012', 'Sept 2012', '14 June 2012' as YYYY-MM or YYYY-MM-DD; None for other forms."""
    found = re.fullmatch(r"(?:(\d{1,2})\s+)?([A-Za-z]+)\.?,?\s+(\d{4})", answer.strip())
    if found is None:
        return None
    day, name, year = found.groups()
    low = name.lower()
    month = next((i for i, full in enumerate(MONTHS, 1) if len(low) >= 3 and full.lower().startswith(low)), None)
    if month is None:
        return None
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def _month(year: _Year) -> Callable[[str], str]:
    """The date with its month answered; '' when the month is not known."""

    def parse(answer: str) -> str:
        if not answer or _unsure(answer):
            return ""
        low = answer.strip().lower()
        number = next((i for i, name in enumerate(MONTHS, 1) if low in (name.lower(), name[:3].lower())), None)
        if number is None and low.isdigit() and 1 <= int(low) <= 12:
            number = int(low)
        if number is None:
            raise ValueError("a month: 1 to 12 or its name (empty if unsure)")
        return f"{year.year:04d}-{number:02d}"

    return parse


def _dated(
    asker: Asker,
    prompt: str,
    parse: Callable[[str], str | None],
    *,
    default: str | None = None,
    year_alone: bool = False,
):
    """Ask for a date; a year alone is followed by its month. Where that is not known, no month is assumed in the
    candidate's favour or silently: with `year_alone` (jobs, degrees and OSCE assignments, which a profile may date
    by a year alone) the year is kept alone, read at the month that counts least with the other months kept open,
    so that a requirement the months would decide is open, not failed; else the month that counts least is kept,
    and said."""
    value = _ask(asker, prompt, parse, default=default)
    if not isinstance(value, _Year):
        return value
    least = MONTHS[value.month - 1]
    month = _ask(
        asker,
        f"    Which month of {value.year}? (1-12; empty if unsure: {least}, the month that counts least)",
        _month(value),
        default="",
    )
    if month:
        return month
    if year_alone:
        asker.say(
            f"    Kept as the year {value.year} alone: read as {least}, the month that counts least; a requirement "
            "its other months would meet is left open until you give the month."
        )
        return f"{value.year:04d}"
    asker.say(f"    Taken as {least} {value.year} ({value}); give the month in the saved profile if you find it.")
    return str(value)


def _end_after(start: str, *, year_as: int = 1) -> Callable[[str], str | None]:
    """An end date (or 'present') that does not come before `start`; a bare year ends in month `year_as` of it
    (its first month for a job: the month that counts least), or in the start's month if that is later."""
    parse_end = _date(False, present=True, year_as=year_as)
    # A start kept as a year alone may be any month of it: an end is before it only if before that year.
    began = PartialDate(int(start), 1) if re.fullmatch(r"\d{4}", start) else parse_partial_date(start)

    def parse(answer: str) -> str | None:
        end = parse_end(answer)
        if end and parse_partial_date(end).end_exclusive <= began.first_day:
            if not (isinstance(end, _Year) and end.year == began.year):
                raise ValueError(f"that is before the start ({start}); write the end date, or present")
            end = _Year.at(began.year, began.month)
        return end

    return parse


def _text(optional: bool, limit: int | None = TEXT_LIMIT) -> Callable[[str], str | None]:
    """Free text, at most `limit` characters (as a profile file holds it: `profile.TEXT_LIMIT`, `NAME_LIMIT`)."""

    def parse(answer: str) -> str | None:
        if not answer and not optional:
            raise ValueError("an answer is needed")
        if limit is not None and len(answer) > limit:
            raise ValueError(f"{len(answer):,} characters; the limit is {limit:,}")
        return answer or None

    return parse


FIELDS_QUESTION = "What the work was (comma-separated fields, e.g. police, security)"


def _fields(answer: str) -> list[str] | None:
    """Comma-separated fields of work, each at most `TEXT_LIMIT` characters, as a profile's `fields` holds them (the
    limit is each field's, never the answer's in all)."""
    fields = [w.strip() for w in answer.split(",") if w.strip()]
    for field in fields:
        if len(field) > TEXT_LIMIT:
            raise ValueError(
                f"the field '{field[:30]}…' is {len(field):,} characters; each field may hold {TEXT_LIMIT:,} "
                "(separate fields with commas)"
            )
    return fields or None


def _fraction(answer: str) -> float:
    try:
        value = float(answer.replace(",", "."))
    except ValueError:
        raise ValueError("a number such as 1 (full time) or 0.5 (half time)") from None
    if not 0 < value <= 1:
        raise ValueError("a share of full time between 0 (excluded) and 1")
    return value


class _Worded(str):
    """A level read from words ('fluent'), or from a level between two ('B2+': B2): said back, never silently.
    Empty for words that say the language is not spoken ('no knowledge'): it is then left out, and that said back."""

    said: str


_NO_LEVEL = "A1, A2, B1, B2, C1, C2 or native, or in words: basic, good, fluent, mother tongue"


def _cefr(answer: str, language: str = "") -> str | None:
    """A CEFR level, native, or a plain word for one ('fluent' = C1, 'good' = B2, 'basic' = A2); 'B2+' is B2.

    Words that deny a level ('not fluent', 'not native') are never read as it: the level is asked again, unless the
    rest states one ('basic, not fluent' is A2). So are words that make it no level the person has now ('less than
    fluent', 'I used to be fluent', 'fluent (reading only)', `qualified`) and, asked about `language`, words that
    name another ('German native' for Spanish). 'No knowledge' says the language is not spoken."""
    if not answer or answer.lower() in ("none", "no", "-"):
        return None
    other = other_language(answer, language) if language else None
    if other is not None:
        raise ValueError(f"'{answer.strip()}' names {other}: say your level in {language}, e.g. B2 or fluent")
    weakened = qualified(answer) if parse_level(answer) is None else None
    if weakened is not None:
        raise ValueError(
            f"'{answer.strip()}' is no level you have now in every skill ('{weakened}'): say the level you have, "
            "e.g. B2 or good"
        )
    level = parse_level(answer)
    if level is None:
        stated = level_stated(answer, language)
        if stated is not None:
            level = _Worded("" if stated[0] == NOT_SPOKEN else stated[0])
            level.said = answer.strip()
    if level is None and denies_level(answer):
        raise ValueError(
            f"'{answer.strip()}' says what level you do not have: say the level you have, e.g. A2 or basic "
            "(leave empty if you do not speak it)"
        )
    unagreed = no_agreed_level(answer) if level is None else None
    if unagreed is not None:
        raise ValueError(f"'{answer.strip()}': {unagreed}; say the level you have, e.g. C1 or fluent")
    if level is None:
        raise ValueError(f"{_NO_LEVEL} (leave empty if you do not speak it)")
    return level


def _other_languages(answer: str) -> dict[str, str]:
    """'Serbian native, German B2' (or 'Serbian: native; German fluent') as a language-to-level mapping.

    A language is named by its name, or by its ISO 639 code where the code is no common English word ('not
    fluent' names no language); a two-letter code that is an English word ('is', 'it', 'am': `WORD_CODES`) names
    its language only in a language list, every entry a language and its level ('de B2, fr C1, it A2'), never in a
    sentence ('it is B2') or alone ('is B2': asked again, with the language's name to write). A level that only
    denies one ('Russian not fluent') is asked again, and a clause that only denies a level ('Russian basic, not
    fluent') belongs to the language before it. 'no' or 'none' alone says there are none."""
    if answer.strip().lower() in ("no", "none", "-"):
        return {}
    spoken: dict[str, str] = {}
    parts: list[list[str]] = []
    for part in (p.strip() for p in re.split(r"[,;]", answer) if p.strip()):
        words = part.replace(":", " ").split()
        if parts and name_in_text(words[0]) is None and denies_level(part):
            parts[-1].append(part)  # 'Russian basic, not fluent': more words about Russian's level
        else:
            parts.append([part])
    coded = len(parts) > 1 and all(_listed(pieces[0]) and _by_code(pieces[0]) for pieces in parts)
    for pieces in parts:
        part = ", ".join(pieces)
        words = pieces[0].replace(":", " ").split()
        found = _named(words, coded)
        if found is not None:
            found = (found[0], ", ".join([found[1], *pieces[1:]]))
        if found is None:
            code = words[0].lower() if words else ""
            named = name_in_text(code) if code in WORD_CODES and _listed(pieces[0]) else None
            if named is not None:
                raise ValueError(
                    f"'{part}': '{words[0]}' is an English word as well as the code of {named}; write the language's "
                    f"name, e.g. {named} {' '.join(words[1:])}"
                )
            head = " ".join(words[:-1]) or part
            raise ValueError(f"'{part}': name a language and a level, e.g. Serbian native ({language_hint(head)})")
        level = _cefr(found[1], found[0])
        if isinstance(level, _Worded) and not level:
            spoken[found[0]] = level  # 'German no knowledge': not spoken, said back and left out
            continue
        spoken[found[0]] = str(level or "")
        if not spoken[found[0]]:
            raise ValueError(f"'{part}': give a level, e.g. {found[0]} B2")
    return spoken


_DENYING = re.compile(r"n't\b|\b(?:not|no|non|never|neither|nor|without)\b", re.I)


def _named(words: list[str], coded: bool) -> tuple[str, str] | None:
    """(the language, the words after it) in one entry: the longest name or code that words after it can give a
    level to, opening the entry or after words that name no language there ('my German is B2'), none of them a
    denial ('not German B2' names none). A code that is an English word (`WORD_CODES`: 'is', 'my') is a language
    only in a list of codes (`coded`)."""
    for start in range(len(words) - 1):
        if start and (_DENYING.search(" ".join(words[:start])) or _language_at(words[start - 1 : start], coded)):
            return None
        for cut in range(len(words) - 1, start, -1):
            name = _language_at(words[start:cut], coded)
            if name is not None:
                return name, " ".join(words[cut:])
    return None


def _language_at(words: list[str], coded: bool) -> str | None:
    said = " ".join(words)
    name = name_in_text(said)
    return name if name is not None and (coded or said.lower() not in WORD_CODES) else None


def _by_code(entry: str) -> bool:
    """Whether an entry names its language by an ISO 639 code ('de B2', 'is B2'), not by its name ('German B2')."""
    words = entry.replace(":", " ").split()
    if not words or len(words[0]) > 3:
        return False
    name = name_in_text(words[0])
    return name is not None and name.lower() != words[0].lower()


def _listed(entry: str) -> bool:
    """Whether an entry is a language and its level and nothing else ('it A2', 'Serbian: native', 'German B2+'),
    as in a language list, not a sentence ('it is B2', 'I am B2 in German')."""
    words = entry.replace(":", " ").split()
    for cut in range(len(words) - 1, 0, -1):
        if name_in_text(" ".join(words[:cut])) is not None:
            level = " ".join(words[cut:])
            if parse_level(level) is not None or parse_level(level.removesuffix("+")) is not None:
                return True
            stated = level_stated(level)
            return stated is not None and stated[1].lower() == level.lower()
    return False


# --- the interview ---------------------------------------------------------------


def needs(ruleset) -> dict:
    """What the posting's checkable criteria ask about, as each kind declares it (`ASKS`, `asked_about`).

    'kinds': the kinds that decide; 'asks': the profile facts to ask for; 'languages' and 'fields': the
    languages to ask a level for and the fields of experience the posting looks for.
    """
    deciding = [c for c in ruleset.criteria if c.module.DECIDES]
    detail: dict[str, list[str]] = {"languages": [], "fields": []}
    for c in ruleset.criteria:
        about = c.module.asked_about(c.params) if hasattr(c.module, "asked_about") else {}
        for key, values in about.items():
            detail[key] += [v for v in values if v not in detail[key]]
    return {
        "kinds": {c.kind for c in deciding},
        "asks": {fact for c in deciding for fact in c.module.ASKS},
        "languages": detail["languages"],
        "fields": detail["fields"],
    }


def interview(ruleset, asker: Asker, answers: Answers | None = None) -> Answers:
    """The profile, as plain data, from a person's answers.

    Beyond what this posting checks, it asks what other postings will (every language spoken, permanent
    residence, earlier OSCE service with its country), so that a saved profile serves for the next posting
    too; what it does not ask is saved as not stated (a job's `management: unknown`), never as "no". Given `answers` from an
    interrupted run, it asks only the groups of questions not yet finished.
    """
    need = needs(ruleset)
    asks = need["asks"]
    posting = ruleset.posting
    profile = answers if answers is not None else Answers()

    def group(name: str, ask: Callable[[], None]) -> None:
        if name not in profile.done:
            ask()
            profile.done.add(name)

    if not profile.done:
        asker.say(f"Self-check for {posting.title} ({posting.id}). Press Enter to accept a [default].")
        if posting.closes is not None and posting.closes < date.today():
            asker.say(
                f"This posting closed on {human_date(posting.closes)}: the check is as of that day, and applications are "
                "no longer accepted (`eligibility postings --open` lists the open ones)."
            )
    group("name", lambda: _optional(asker, profile, "name", "Your name (optional)", _text(True, NAME_LIMIT)))
    group(
        "nationalities",
        lambda: profile.__setitem__(
            "nationalities",
            _ask(
                asker,
                "Your nationalities (comma-separated, e.g. Croatia, Bosnia and Herzegovina)",
                _countries(True, nationals=True),
            ),
        ),
    )
    # Asked for every posting: left out, a saved profile would read as "no residence" wherever it is used next.
    group(
        "residence",
        lambda: profile.__setitem__(
            "permanent_residence",
            _ask(
                asker,
                "Other countries where you hold permanent residence (empty for none, ? if unsure)",
                _countries(False),
                default="",
            ),
        ),
    )
    if "education" in asks:
        group("education", lambda: profile.__setitem__("education", _degrees(asker)))
    if "experience" in asks:
        group(
            "experience",
            lambda: profile.__setitem__(
                "experience", _jobs(asker, need["fields"], ask_management="management" in asks)
            ),
        )
    group("languages", lambda: profile.__setitem__("languages", _languages(asker, need["languages"])))
    if "driving_licence" in asks:
        group("driving_licence", lambda: profile.__setitem__("driving_licence", _licence(asker, ruleset)))
    group("osce_service", lambda: profile.__setitem__("osce_service", _service(asker, posting=posting)))
    for key in sorted(asks - _ASKED_ABOVE):
        group(key, lambda key=key: _declared(asker, profile, key))
    return profile


_ASKED_ABOVE = {
    "name",
    "nationalities",
    "permanent_residence",
    "education",
    "experience",
    "management",
    "languages",
    "driving_licence",
    "osce_service",
}
"""The facts asked by the questions above; any other profile key a kind asks for is asked as the profile declares it."""


def _declared(asker: Asker, profile: dict, key: str) -> None:
    """Ask for a profile key by its declared meaning, reading the answer as a profile file's value is read.

    An empty answer leaves it unstated (unknown), never a guess."""
    param = {p.name: p for p in PROFILE}[key]

    def parse(answer: str) -> str:
        if answer:
            problems = Problems("answer")
            param.value.read(Node(answer, key, None, problems))
            if problems.errors:
                first = problems.errors[0]
                raise ValueError(first.message + (f" ({first.hint})" if first.hint else ""))
        return answer

    _optional(asker, profile, key, f"{param.doc[:1].upper()}{param.doc[1:]} (empty if you prefer not to say)", parse)


def _languages(asker: Asker, asked: list[str]) -> dict[str, str]:
    spoken: dict[str, str] = {}
    if asked:
        asker.say(
            "Languages this posting asks about (A1–C2, native, or in words such as fluent; "
            "leave empty if you do not speak one):"
        )
        for language in asked:
            level = _ask(asker, f"  Your level in {language}", partial(_cefr, language=language), default="")
            if level:
                spoken[language] = str(level)
            if isinstance(level, _Worded) and level:
                asker.say(f"    '{level.said}' is taken as {level}; give the CEFR level itself if you know it.")
            elif isinstance(level, _Worded):
                asker.say(f"    '{level.said}' is taken as: you do not speak {language}.")
    others = _ask(
        asker,
        f"{'Other languages' if asked else 'Languages'} you speak, with levels (e.g. Serbian native, German B2; empty for none)",
        _other_languages,
        default="",
    )
    for language, level in others.items():
        if isinstance(level, _Worded) and not level:
            asker.say(f"    '{level.said}' is taken as: you do not speak {language}.")
            continue
        spoken.setdefault(language, level)
    return spoken


def _licence(asker: Asker, ruleset) -> dict:
    valid = _ask(asker, "Do you hold a valid driving licence? (y/n)", _yes_no)
    licence = {"valid": valid}
    if valid and any(c.kind == "driving-licence" and c.params.manual for c in ruleset.criteria):
        manual = _ask(asker, "Can you drive a car with manual transmission? (y/n, ? if unsure)", _yes_no_unsure)
        if manual is not None:  # left out when unsure: the licence is then not known to cover manual cars
            licence["manual"] = manual
    return licence


def _optional(asker: Asker, into: dict, key: str, prompt: str, parse: Callable[[str], object]) -> None:
    """Ask a question that may be left empty; keep the answer only if one was given."""
    value = _ask(asker, prompt, parse, default="")
    if value:
        into[key] = value


def _degrees(asker: Asker) -> list[dict]:
    asker.say(
        "Your degrees and qualifications (levels: " + ", ".join(f"{k} = {v}" for k, v in LEVEL_NAMES.items()) + ")."
    )
    degrees = []
    while _ask(
        asker,
        f"Add {'a' if not degrees else 'another'} degree or qualification? (y/n)",
        _yes_no,
        default="y" if not degrees else "n",
    ):
        degree = {"level": _ask(asker, "  Level", _level)}
        _optional(asker, degree, "field", "  Field (e.g. Law; empty if none)", _text(True))
        completed = _dated(
            asker, "  Completed (YYYY-MM, or a year; empty if unsure)", _date(True), default="", year_alone=True
        )
        if completed:
            degree["completed"] = completed
        degrees.append(degree)
    return degrees


def _jobs(asker: Asker, fields: list[str], *, ask_management: bool) -> list[dict]:
    hint = f" (this posting looks for experience in: {', '.join(fields[:6])})" if fields else ""
    asker.say(f"Your professional experience, one job at a time{hint}.")
    jobs = []
    while _ask(asker, f"Add {'a' if not jobs else 'another'} job? (y/n)", _yes_no, default="y" if not jobs else "n"):
        job: dict = {}
        _optional(asker, job, "title", "  Job title", _text(True))
        _optional(asker, job, "employer", "  Employer", _text(True))
        job["start"] = _dated(asker, "  Started (YYYY-MM, or a year)", _date(False), year_alone=True)
        end = _dated(
            asker,
            "  Ended (YYYY-MM, a year, or present)",
            _end_after(job["start"]),
            default="present",
            year_alone=True,
        )
        if end:
            job["end"] = end
        work = _ask(asker, f"  {FIELDS_QUESTION}", _fields, default="")
        if work:
            job["fields"] = work
        share = _ask(asker, "  Share of full time (1 = full time)", _fraction, default="1")
        if share != 1:
            job["fraction"] = share
        if ask_management:
            managed = _ask(
                asker, "  Did you manage people or a unit in this job? (y/n, ? if unsure)", _yes_no_unsure, default="n"
            )
            job["management"] = UNSTATED if managed is None else managed
        else:
            job["management"] = UNSTATED  # not asked: left open for the postings that count it, never "no"
        jobs.append(job)
    return jobs


def _service(asker: Asker, *, likely: bool = False, posting=None) -> list[dict]:
    """Earlier OSCE assignments; `likely`: the answers so far (a CV's jobs) name the OSCE, so yes is the default.
    `posting`: the rule set's posting, whose office and duty station place an assignment at that office."""
    entries: list[dict] = []
    if not _ask(
        asker, "Have you worked for the OSCE before (any post)? (y/n)", _yes_no, default="y" if likely else "n"
    ):
        return entries
    while True:
        entry: dict = {}
        mission = _ask(asker, "  Mission or office (e.g. OSCE Mission in Kosovo, OSCE Secretariat)", _text(False))
        entry["mission"] = mission
        entry["country"] = _ask(asker, "  Its country", _one_country, default=_country_of(mission, posting))
        _optional(
            asker, entry, "post", "  Your post, as its vacancy notice named it (e.g. Programme Officer)", _text(True)
        )
        if _ask(asker, "  Was it a local (national) post? (y/n)", _yes_no, default="n"):
            entry["local"] = True
        # For a limit on service the longest reading counts least: a year alone starts in January, ends in December;
        # kept alone, the shortest reading is judged too, so that a limit its months would decide is open.
        entry["start"] = _dated(asker, "  Started (YYYY-MM, or a year)", _date(False, year_as=1), year_alone=True)
        end = _dated(
            asker,
            "  Ended (YYYY-MM, a year, or present)",
            _end_after(entry["start"], year_as=12),
            default="present",
            year_alone=True,
        )
        if end:
            entry["end"] = end
        entries.append(entry)
        if not _ask(asker, "Add another OSCE assignment? (y/n)", _yes_no, default="n"):
            return entries


def _one_country(answer: str) -> str:
    """The country an earlier assignment was in: needed, so that service limits can place it."""
    codes = _countries(True)(answer)
    if len(codes) != 1:
        raise ValueError("name the one country it was in, e.g. Kosovo or XK")
    return codes[0]


def _country_of(mission: str, posting=None) -> str | None:
    """The country a mission's name points to, offered as the answer's default: by the offices and places the
    organisation's data knows ('OMiK': Kosovo, 'ODIHR': Poland), else, for the office that issued `posting`, the
    rule set's duty-station country; None when it names none (or several), and the country must then be given."""
    named = countries_named(mission)
    if len(named) == 1:
        return country_name(next(iter(named)))
    issued_here = posting is not None and posting.issued_by and same_office(mission, posting.issued_by)
    return country_name(posting.country) if not named and issued_here and posting.country else None


ANSWERS = "your answers"
"""What the answers are called where a profile's file name would stand ('Candidate: your answers')."""


def to_profile(answers: dict) -> tuple[Profile, str]:
    """The answers as a Profile and as YAML text; the profile is read back from the text, as a saved file would be.

    A section that criteria need stated (permanent residence, earlier OSCE service) and that was not answered
    (the self-check stopped before it) is written as `unknown`, so that the file says it is open."""
    data = dict(answers)
    for key in UNSTATED_SECTIONS:
        data.setdefault(key, UNSTATED)
    text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=None)
    return read_profile(load_yaml(text, name=ANSWERS), ANSWERS), text


_LETTERS = str.maketrans(
    {
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "æ": "ae",
        "Æ": "Ae",
        "œ": "oe",
        "Œ": "Oe",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
        "ı": "i",
        "ħ": "h",
        "Ħ": "H",
    }
)


def transliterate(text: str) -> str:
    """Latin letters without their marks ('Đorđe Škrbić' -> 'Dorde Skrbic'); letters that do not decompose are mapped."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def suggested_path(answers: dict) -> str:
    name = transliterate(answers.get("name") or "my-profile").lower()
    base = re.sub(r"[^\w]+", "-", name).strip("-_") or "my-profile"
    return f"{base}.yaml"


def _header(target: Path) -> str:
    schema = Path(resources.files("eligibility").joinpath("data/schemas/profile.schema.json"))
    relative = os.path.relpath(schema, target.resolve().parent)
    return (
        f"# yaml-language-server: $schema={relative}\n"
        "# Written by `eligibility check` from answers given in the terminal; edit it freely.\n"
    )


def offer_save(answers: dict, text: str, asker: Asker, posting_id: str) -> Path | None:
    """Save the answers as a profile if the person wants; never overwrite a file without their yes."""
    if not _ask(asker, "Save these answers as a profile? (y/n)", _yes_no, default="n"):
        return None
    return save(answers, text, asker, posting_id)


def save(answers: dict, text: str, asker: Asker, posting_id: str) -> Path:
    """Ask for a file name and write the profile there; never overwrite a file without a yes."""
    while True:
        try:
            target = Path(_ask(asker, "File to save to", _text(False, None), default=suggested_path(answers)))
        except Stopped:
            # Nothing typed is lost: the answers are shown, ready to copy into a file.
            asker.say("Not saved. Your answers as a profile:\n" + text)
            raise
        force = False
        if os.path.lexists(target):
            if target.is_dir() or not _ask(asker, f"{target} exists. Overwrite it? (y/n)", _yes_no, default="n"):
                asker.say("  Choose another file name.")
                continue
            force = True
        try:
            write_atomic(target, _header(target) + text, force=force)
        except (EligibilityError, OSError) as exc:
            asker.say(f"  {exc}")
            continue
        asker.say(f"Saved to {target}. Next time: eligibility check {posting_id} {target}")
        return target


class TerminalAsker:
    """Questions and answers on the terminal."""

    def __init__(self, console) -> None:
        self.console = console

    def say(self, text: str) -> None:
        self.console.print(text, markup=False, highlight=False)

    def ask(self, prompt: str) -> str:
        from rich.markup import escape

        return self.console.input(escape(prompt))  # '[y]' is a default to show, not rich markup
