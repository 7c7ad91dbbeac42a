"""Where a posting's requirements are: its sections, and the metadata of its header and footer.

Four layouts are known (and mixtures of them): job-board summaries with
'Required Qualifications / Educational Background / Experience / Languages'
paragraphs, the OSCE vacancy layout ('General Minimum Requirements',
'Mandatory:', 'Desirable:', 'Additional Information'), a single 'Necessary
Qualifications' paragraph, and programme documents with no headings at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from eligibility.countries import country_code
from eligibility.organisation import Office, osce

# Section kinds: 'requirements' (every sentence is a candidate requirement),
# 'info' (closing notes: only distinctive rules are read), 'skip' (duties,
# background), 'default' (before any heading, or unheaded documents).
HEADINGS = {
    "requirements": (
        "general minimum requirements",
        "field of expertise requirements",
        "level of professional competence requirements",
        "mission specific requirements",
        "necessary qualifications",
        "required qualifications",
        "qualifications",
        "minimum requirements",
        "requirements",
        "educational background",
        "education",
        "experience",
        "languages",
        "language requirements",
        "language",
        "eligibility",
        "eligibility criteria",
        "minimum qualifications",
        "mandatory",
        "desirable",
        "mandatory requirements",
        "desirable qualifications",
        "required skills",
    ),
    "info": ("additional notes", "additional information", "other information", "important information", "please note"),
    "skip": (
        "tasks and responsibilities",
        "duties and responsibilities",
        "key responsibilities",
        "responsibilities",
        "job overview",
        "job description",
        "job posting organization",
        "background",
        "about",
        "about the organization",
        "organizational setting",
        "how to apply",
        "remuneration package",
        "apply now",
        "similar jobs",
        "recommended for you",
        "main duties",
        "summary of duties",
    ),
}
_HEADING_KIND = {h: kind for kind, names in HEADINGS.items() for h in names}
_MODES = {
    "mandatory": "mandatory",
    "mandatory requirements": "mandatory",
    "desirable": "desirable",
    "desirable qualifications": "desirable",
}


@dataclass(frozen=True)
class Line:
    text: str
    section: str
    """'requirements', 'info', 'skip' or 'default'."""
    heading: str | None
    """The heading the line sits under, lower-case."""
    mode: str | None
    """'mandatory' or 'desirable' where a heading says so."""


def heading_of(line: str) -> str | None:
    key = re.sub(r"[\s:]+$", "", line).strip().lower()
    return key if key in _HEADING_KIND else None


def sections(lines: list[str]) -> list[Line]:
    out: list[Line] = []
    section, heading, mode = "default", None, None
    for text in lines:
        key = heading_of(text)
        if key is not None:
            section = _HEADING_KIND[key]
            heading = key
            # 'Mandatory:'/'Desirable:' set a mode within the requirements; other headings clear it.
            mode = _MODES.get(key, mode if key in ("experience", "education", "languages") and mode else None)
            continue
        out.append(Line(text, section, heading, mode))
    return out


# --- metadata -----------------------------------------------------------------

_FOOTER_KEYS = (
    "Issued by",
    "Requisition ID",
    "Contract Type",
    "Grade",
    "Job Level",
    "Job Type",
    "Number of posts",
    "Location",
    "Issue Date",
    "Closing Date",
    "Employee Status",
    "Schedule",
    "Education Level",
    "Target Start Date",
    "Deadline for Applications",
)
_FOOTER = re.compile(r"(" + "|".join(re.escape(k) for k in _FOOTER_KEYS) + r"):\s*")
_MONTH_DATE = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"
_BOARD_DATES = re.compile(rf"^({_MONTH_DATE})({_MONTH_DATE})(.*)$")
_PROGRAMME = re.compile(r"\b(?:the )?(\d{4}) ([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*? Programme)\b")


@dataclass
class Metadata:
    id: str | None = None
    title: str | None = None
    organisation: str | None = None
    issued_by: str | None = None
    duty_station: str | None = None
    country: str | None = None
    field_operation: bool | None = None
    grade: str | None = None
    contract: str | None = None
    issued: date | None = None
    closes: date | None = None
    notes: tuple[str, ...] = ()


def _date(text: str) -> date | None:
    text = text.replace(".", "").strip()
    for fmt in ("%b %d, %Y", "%B %d, %Y", "%d %B %Y", "%d %b %Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def footer_fields(text: str) -> dict[str, str]:
    """'Key: value' pairs of an OSCE 'Additional Information' block, wherever they stand."""
    found: dict[str, str] = {}
    matches = list(_FOOTER.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else text.find("\n", m.end())
        value = text[m.end() : end if end != -1 else len(text)].strip()
        found.setdefault(m.group(1), value)
    return found


def _office_for(text: str) -> Office | None:
    """The office a text names: by requisition prefix ('KOS - …'), name, city or alias."""
    org = osce()
    prefix = re.match(r"([A-Z]{2,4})\s+-\s+", text)
    if prefix:
        office = next((o for o in org.offices if o.prefix == prefix.group(1)), None)
        if office:
            return office
    low = text.lower()
    for office in org.offices:
        if office.name.lower() in low:
            return office
    for office in org.offices:
        for place in (office.city,) + office.aliases:
            if re.search(rf"\b{re.escape(place.lower())}\b", low):
                return office
    return None


def _split_place(glued: str) -> tuple[str | None, str | None]:
    """'PristinaKosovo' -> ('Pristina', 'XK'); 'The HagueNetherlands' -> ('The Hague', 'NL')."""
    for m in re.finditer(r"(?<=[a-z])(?=[A-Z])", glued):
        code = country_code(glued[m.start() :])
        if code:
            return glued[: m.start()].strip() or None, code
    code = country_code(glued)
    return (None, code) if code else (glued.strip() or None, None)


def metadata(raw_lines: list[str], text: str) -> Metadata:
    meta = Metadata()
    notes: list[str] = []
    footer = footer_fields(text)
    req = re.search(r"Requisition ID:\s*([A-Z]{2,5}\d{3,})", text)
    if req:
        meta.id = req.group(1)
    meta.grade = footer.get("Grade") or _grade_in_prose(text)
    meta.issued_by = footer.get("Issued by") or None
    meta.issued = _date(footer.get("Issue Date", ""))
    meta.closes = _date(footer.get("Closing Date", "") or footer.get("Deadline for Applications", ""))
    location = footer.get("Location", "")
    office = _office_for(location) if location else None
    if location and "," in location:
        meta.duty_station = location.split(",", 1)[1].strip()
    # Job-board header: title lines, then 'Month D, YYYYMonth D, YYYYCityCountry'.
    for line in raw_lines[:8]:
        m = _BOARD_DATES.match(line.strip())
        if m:
            meta.issued = meta.issued or _date(m.group(1))
            meta.closes = meta.closes or _date(m.group(2))
            city, code = _split_place(m.group(3))
            meta.duty_station = meta.duty_station or city
            meta.country = code
            break
    meta.title = _title(raw_lines, text)
    if office is None and meta.issued_by:
        office = _office_for(meta.issued_by)
    if office is None and meta.duty_station:
        office = _office_for(meta.duty_station)
    if office is None:
        office = _office_for(" ".join(raw_lines[:60]))
    if office is not None:
        meta.country = meta.country or office.country
        meta.duty_station = meta.duty_station or office.city
        meta.issued_by = meta.issued_by or (office.name if office.country == meta.country else None)
    if meta.country:
        field_office = osce().office_in(meta.country)
        meta.field_operation = bool(field_office and field_office.field)
    meta.organisation = (
        "OSCE" if re.search(r"\bOSCE\b|Organi[sz]ation for Security and Co-operation in Europe", text) else None
    )
    meta.contract = _contract(footer, text, meta.title)
    for name, value in (("title", meta.title), ("duty-station country", meta.country), ("closing date", meta.closes)):
        if value is None:
            notes.append(f"{name} not found")
    meta.notes = tuple(notes)
    return meta


def _title(raw_lines: list[str], text: str) -> str | None:
    org = osce()
    office_names = {o.name.lower() for o in org.offices} | {"osce", org.name.lower()}
    for line in raw_lines[:5]:
        line = line.strip()
        if not line:
            continue
        if heading_of(line):
            break  # a title stands before the first heading, or not at all
        if ":" in line or len(line) > 90 or line.endswith(".") or line.lower() in office_names:
            continue
        if line.lower().startswith(("the ", "organization for security", "tags")):
            continue
        return line
    m = _PROGRAMME.search(text)
    if m:
        return f"{m.group(2)} {m.group(1)}"
    return None


_GRADE = re.compile(r"\b(?:at|of)\s+(?:the\s+)?grade\s+((?:S|P|D|G|NP)-?\d\+?|S)\b|\bgrade:?\s+((?:S|P|D|G|NP)-?\d)\b")


def _grade_in_prose(text: str) -> str | None:
    m = _GRADE.search(text)
    return (m.group(1) or m.group(2)).replace("-", "") if m else None


def _contract(footer: dict[str, str], text: str, title: str | None) -> str | None:
    kind = f"{footer.get('Contract Type', '')} {footer.get('Job Type', '')}".lower()
    if re.search(r"\b(?:local|national)\b", kind):  # whole words: 'international' is not 'national'
        return "local"
    seconded = "second" in kind or bool(
        re.search(r"open for secondment only|\bseconded\s+(?:position|post)\b", text, re.I)
    )
    contracted = "contract" in kind or bool(re.search(r"\bcontracted\s+(?:position|post)\b", text, re.I))
    if seconded and contracted:
        return "secondment-or-contracted"
    if seconded:
        return "secondment"
    if contracted:
        return "contracted"
    if title and "programme" in title.lower():
        return "programme"
    return None
