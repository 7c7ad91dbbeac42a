"""The guided self-check: ask what a posting's criteria need, and build a profile from the answers.

Only the questions a posting needs are asked (no driving-licence question
for a Secretariat post that does not require one). Every answer is checked
by the same parsers that read profile files, and asked again with a hint
when it is wrong. The answers become an ordinary profile, read back through
the profile reader, so that a saved file and the interview agree.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Protocol

import yaml

from eligibility.countries import country_code, country_hint
from eligibility.errors import EligibilityError
from eligibility.fileio import write_atomic
from eligibility.languages import parse_level
from eligibility.periods import parse_partial_date
from eligibility.profile import LEVEL_NAMES, LEVELS, Profile, parse_degree_level, read_profile
from eligibility.yamlio import load_yaml


class Asker(Protocol):
    """Where questions go and answers come from."""

    def say(self, text: str) -> None: ...

    def ask(self, prompt: str) -> str:
        """One answer; raises EOFError when there are no more."""
        ...


class Stopped(EligibilityError):
    """The person left the interview (end of input)."""


def _ask(asker: Asker, prompt: str, parse: Callable[[str], object], *, default: str | None = None, attempts: int = 5):
    """Ask until `parse` accepts the answer; `parse` raises ValueError with the hint to show."""
    shown = f"{prompt} [{default}]" if default else prompt
    for _ in range(attempts):
        try:
            answer = asker.ask(f"{shown}: ").strip()
        except EOFError:
            raise Stopped("the interview ended before every question was answered") from None
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


def _countries(required: bool) -> Callable[[str], list[str]]:
    def parse(answer: str) -> list[str]:
        names = [a.strip() for a in re.split(r"[,;]", answer) if a.strip()]
        if not names and required:
            raise ValueError("name at least one country, e.g. Croatia or HR")
        codes = []
        for name in names:
            code = country_code(name)
            if code is None:
                raise ValueError(f"unknown country '{name}' ({country_hint(name)})")
            codes.append(code)
        return codes

    return parse


def _level(answer: str) -> str:
    level = parse_degree_level(answer)
    if level is None:
        raise ValueError(f"choose one of: {', '.join(LEVELS)}")
    return level


def _date(optional: bool, *, present: bool = False) -> Callable[[str], str | None]:
    def parse(answer: str) -> str | None:
        if not answer:
            if optional:
                return None
            raise ValueError("write a date as YYYY-MM or YYYY-MM-DD")
        if present and answer.lower() in ("present", "now", "ongoing"):
            return None
        return str(parse_partial_date(answer))

    return parse


def _end_after(start: str) -> Callable[[str], str | None]:
    """An end date (or 'present') that does not come before `start`."""
    parse_end = _date(False, present=True)

    def parse(answer: str) -> str | None:
        end = parse_end(answer)
        if end and parse_partial_date(end).end_exclusive <= parse_partial_date(start).first_day:
            raise ValueError(f"that is before the start ({start}); write the end date, or present")
        return end

    return parse


def _text(optional: bool) -> Callable[[str], str | None]:
    def parse(answer: str) -> str | None:
        if not answer and not optional:
            raise ValueError("an answer is needed")
        return answer or None

    return parse


def _fraction(answer: str) -> float:
    try:
        value = float(answer.replace(",", "."))
    except ValueError:
        raise ValueError("a number such as 1 (full time) or 0.5 (half time)") from None
    if not 0 < value <= 1:
        raise ValueError("a share of full time between 0 (excluded) and 1")
    return value


def _cefr(answer: str) -> str | None:
    if not answer or answer.lower() in ("none", "no", "-"):
        return None
    level = parse_level(answer)
    if level is None:
        raise ValueError("A1, A2, B1, B2, C1, C2 or native (leave empty if you do not speak it)")
    return level


# --- the interview ---------------------------------------------------------------


def needs(ruleset) -> dict:
    """What the posting's checkable criteria ask about."""
    kinds = {c.kind for c in ruleset.criteria if c.kind != "competency"}
    languages: list[str] = []
    fields: list[str] = []
    for c in ruleset.criteria:
        if c.kind == "language":
            languages += [lang for lang in c.params.languages if lang not in languages]
        if c.kind in ("experience", "management", "education"):
            fields += [f for f in c.params.fields if f not in fields]
    return {"kinds": kinds, "languages": languages, "fields": fields}


def interview(ruleset, asker: Asker) -> dict:
    """The profile, as plain data, from a person's answers."""
    need = needs(ruleset)
    kinds = need["kinds"]
    posting = ruleset.posting
    asker.say(f"Self-check for {posting.title} ({posting.id}). Press Enter to accept a [default].")
    profile: dict = {}
    _optional(asker, profile, "name", "Your name (optional)", _text(True))
    if kinds & {"nationality", "residence"}:
        profile["nationalities"] = _ask(
            asker, "Your nationalities (comma-separated, e.g. Croatia, Bosnia and Herzegovina)", _countries(True)
        )
    if "residence" in kinds:
        others = _ask(
            asker, "Other countries where you hold permanent residence (empty for none)", _countries(False), default=""
        )
        profile["permanent_residence"] = others
    if "education" in kinds:
        profile["education"] = _degrees(asker)
    if kinds & {"experience", "management"}:
        profile["experience"] = _jobs(asker, need["fields"], ask_management="management" in kinds)
    if need["languages"]:
        asker.say("Languages this posting asks about (CEFR A1–C2 or native; leave empty if you do not speak one):")
        spoken = {}
        for language in need["languages"]:
            level = _ask(asker, f"  Your level in {language}", _cefr, default="")
            if level:
                spoken[language] = level
        profile["languages"] = spoken
    if "driving-licence" in kinds:
        valid = _ask(asker, "Do you hold a valid driving licence? (y/n)", _yes_no)
        licence = {"valid": valid}
        if valid and any(c.kind == "driving-licence" and c.params.manual for c in ruleset.criteria):
            licence["manual"] = _ask(asker, "Can you drive a car with manual transmission? (y/n)", _yes_no)
        profile["driving_licence"] = licence
    if "service-limit" in kinds:
        profile["osce_service"] = _service(asker)
    return profile


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
        _optional(asker, degree, "completed", "  Completed (YYYY-MM; empty if unsure)", _date(True))
        degrees.append(degree)
    return degrees


def _jobs(asker: Asker, fields: list[str], *, ask_management: bool) -> list[dict]:
    hint = f" (this posting looks for: {', '.join(fields[:6])})" if fields else ""
    asker.say(f"Your professional experience, one job at a time{hint}.")
    jobs = []
    while _ask(asker, f"Add {'a' if not jobs else 'another'} job? (y/n)", _yes_no, default="y" if not jobs else "n"):
        job: dict = {}
        _optional(asker, job, "title", "  Job title", _text(True))
        _optional(asker, job, "employer", "  Employer", _text(True))
        job["start"] = _ask(asker, "  Started (YYYY-MM)", _date(False))
        end = _ask(asker, "  Ended (YYYY-MM, or present)", _end_after(job["start"]), default="present")
        if end:
            job["end"] = end
        work = _ask(
            asker, "  What the work was (comma-separated fields, e.g. police, security)", _text(True), default=""
        )
        if work:
            job["fields"] = [w.strip() for w in work.split(",") if w.strip()]
        share = _ask(asker, "  Share of full time (1 = full time)", _fraction, default="1")
        if share != 1:
            job["fraction"] = share
        if ask_management:
            job["management"] = _ask(
                asker, "  Did you manage people or a unit in this job? (y/n)", _yes_no, default="n"
            )
        jobs.append(job)
    return jobs


def _service(asker: Asker) -> list[dict]:
    entries = []
    if not _ask(asker, "Have you served on international posts with the OSCE before? (y/n)", _yes_no, default="n"):
        return entries
    while True:
        entry: dict = {}
        mission = _ask(asker, "  Mission or office (e.g. OSCE Mission in Kosovo)", _text(False))
        entry["mission"] = mission
        where = _ask(asker, "  Its country", _countries(False), default="")
        if where:
            entry["country"] = where[0]
        entry["start"] = _ask(asker, "  Started (YYYY-MM)", _date(False))
        end = _ask(asker, "  Ended (YYYY-MM, or present)", _end_after(entry["start"]), default="present")
        if end:
            entry["end"] = end
        entries.append(entry)
        if not _ask(asker, "Add another OSCE assignment? (y/n)", _yes_no, default="n"):
            return entries


def to_profile(answers: dict) -> tuple[Profile, str]:
    """The answers as a Profile and as YAML text; the profile is read back from the text, as a saved file would be."""
    text = yaml.safe_dump(answers, sort_keys=False, allow_unicode=True, default_flow_style=None)
    return read_profile(load_yaml(text, name="<answers>"), "<answers>"), text


def suggested_path(answers: dict) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", (answers.get("name") or "my-profile").lower()).strip("-") or "my-profile"
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
    while True:
        target = Path(_ask(asker, "File to save to", _text(False), default=suggested_path(answers)))
        force = False
        if target.exists():
            if target.is_dir() or not _ask(asker, f"{target} exists. Overwrite it? (y/n)", _yes_no, default="n"):
                asker.say("  Choose another file name.")
                continue
            force = True
        try:
            write_atomic(target, _header(target) + text, force=force)
        except EligibilityError as exc:
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
