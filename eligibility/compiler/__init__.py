"""Compile a posting's text into a rule set that `check` can use, with what needs a person's review.

Deterministic and offline: text preparation (text.py), layout and metadata
(layout.py), then one extractor per kind of requirement over every sentence,
then duplicates merged (draft.py). Nothing the posting asks is dropped: a
requirement sentence no extractor understands becomes a `competency`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eligibility.compiler import competency, conditions, education, experience, languages, layout, text
from eligibility.compiler.draft import Draft, Sentence, merge
from eligibility.rules import SCHEMA_VERSION


@dataclass
class Compiled:
    ruleset: dict
    """The rule set as plain data, in the order it is written out."""
    review: list[str] = field(default_factory=list)
    """What a person should confirm before relying on it."""
    counts: dict[str, int] = field(default_factory=dict)


def compile_text(source_text: str, *, posting_id: str | None = None, source_name: str | None = None) -> Compiled:
    repaired = text.repair(source_text)
    raw_lines = repaired.splitlines()
    meta = layout.metadata(raw_lines, repaired)
    lines = layout.sections(text.logical_lines(repaired, lambda line: layout.heading_of(line) is not None))
    drafts: list[Draft] = []
    notes_for_degree: list[str] = []
    for line in lines:
        for piece in text.sentences(line.text):
            sentence = Sentence(piece, line.section, line.heading, line.mode)
            drafts += _extract(sentence, meta, drafts, notes_for_degree)
    drafts = merge(drafts)
    if notes_for_degree:
        degree = next((d for d in drafts if d.kind == "education" and d.mandatory), None)
        if degree is not None:
            degree.notes += notes_for_degree
    return _assemble(drafts, meta, posting_id=posting_id, source_name=source_name)


def _extract(
    sentence: Sentence, meta: layout.Metadata, drafts: list[Draft], notes_for_degree: list[str]
) -> list[Draft]:
    found, whole = conditions.extract(sentence, meta.country)
    if whole:
        return found
    if sentence.section in ("skip", "info"):
        return []
    if sentence.section == "default" and not competency.is_requirement(sentence):
        return []  # unheaded text: only questions to candidates and sentences that oblige them
    if sentence.text.rstrip().endswith(":") or competency.is_boilerplate(sentence.text):
        return []
    note = education.relaxation(sentence)
    if note:
        notes_for_degree.append(note)
        return []
    # Experience first: 'two years (four years with a first-level degree) of experience' names a degree too.
    out, rest = experience.extract(sentence)
    if not out:
        out = education.extract(sentence, drafts)
    if not out:
        out = languages.extract(sentence, meta.country)
    if not out:
        if not competency.is_requirement(sentence):
            return []
        out = [Draft("competency", sentence.text)]
    mandatory = competency.mandatory(sentence)
    for d in out:
        if d.mandatory is None:
            d.mandatory = mandatory
    if rest:
        out.append(Draft("competency", rest, mandatory=mandatory))
    return out


def unique(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` … whichever is free; it is then taken."""
    name, i = base, 2
    while name in taken:
        name, i = f"{base}-{i}", i + 1
    taken.add(name)
    return name


def _criterion(d: Draft, taken: set[str]) -> dict:
    d.id = unique(d.id or _default_id(d), taken)
    out: dict = {"id": d.id, "kind": d.kind}
    if not d.mandatory:
        out["mandatory"] = False
    p = d.params
    if d.kind == "education":
        out["level"] = p["level"]
        for key in ("fields", "or_related", "equivalents"):
            if p.get(key):
                out[key] = list(dict.fromkeys(p[key])) if isinstance(p[key], list) else p[key]
        if p.get("in_lieu"):
            out["in_lieu"] = [
                {
                    "levels" if len(e["levels"]) > 1 else "level": e["levels"]
                    if len(e["levels"]) > 1
                    else e["levels"][0],
                    **({"extra_years": _num(e["extra_years"])} if e.get("extra_years") is not None else {}),
                }
                for e in p["in_lieu"]
            ]
    elif d.kind in ("experience", "management"):
        if p.get("min_years"):
            out["min_years"] = _num(p["min_years"])
        if p.get("by_education"):
            out["by_education"] = {k: _num(v) for k, v in p["by_education"].items()}
        if p.get("fields"):
            out["fields"] = p["fields"]
        if p.get("or_related"):
            out["or_related"] = True
    elif d.kind == "language":
        out["languages"] = p["languages"]
        out["level"] = p["level"]
    elif d.kind in ("nationality", "residence"):
        for key in ("participating_states_only", "only", "excluded"):
            if key in p:
                out[key] = p[key]
    elif d.kind == "driving-licence":
        out["manual"] = bool(p.get("manual"))
    elif d.kind == "service-limit":
        out["max_years"] = _num(p["max_years"])
        out["scope"] = p["scope"]
    out["source"] = _source(d.source)
    notes = list(d.notes) + [f"Review: {r}" for r in d.review]
    if notes:
        out["note"] = " ".join(notes)
    return out


def _num(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _source(sentence: str) -> str:
    return re.sub(r"\s+", " ", sentence).strip().rstrip(";")


def _default_id(d: Draft) -> str:
    """An id that says what the criterion is: 'degree', 'experience', 'english', 'excellent-negotiating-skills'."""
    p = d.params
    if d.kind == "education":
        if p.get("level") in ("police-academy", "military-academy"):
            return p["level"].replace("-academy", "-training")
        return "degree" if d.mandatory else "degree-desirable"
    if d.kind == "experience":
        if p.get("min_years"):
            return "experience"
        return "experience-" + re.sub(r"[^a-z0-9]+", "-", (p.get("fields") or ["field"])[0].lower()).strip("-")
    if d.kind == "management":
        return "management-years" if p.get("min_years") else "management-experience"
    if d.kind == "language":
        langs = p["languages"]
        return "-or-".join(lang.lower() for lang in langs) if len(langs) <= 2 else "languages"
    return competency.slug(d.source)


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60] or "posting"


def _assemble(
    drafts: list[Draft], meta: layout.Metadata, *, posting_id: str | None, source_name: str | None
) -> Compiled:
    review = list(meta.notes)
    pid = meta.id or posting_id or (_slug(meta.title) if meta.title else None)
    if pid is None:
        pid = "posting"
        review.append("no requisition id or title: pass --id")
    posting: dict = {"id": pid, "title": meta.title or f"Vacancy {pid}"}
    for key in (
        "organisation",
        "issued_by",
        "duty_station",
        "country",
        "field_operation",
        "grade",
        "contract",
        "issued",
        "closes",
    ):
        value = getattr(meta, key)
        if value is not None:
            posting[key] = value
    if source_name:
        posting["source"] = source_name
    has_states = any(d.kind == "nationality" and d.params.get("participating_states_only") for d in drafts)
    has_exclusion = any(d.kind == "nationality" and d.params.get("excluded") is not None for d in drafts)
    org_rules = []
    if meta.organisation == "OSCE":
        if not has_states:
            org_rules.append("participating-states")
        # A local (national) post takes neither rule of international posts.
        if meta.field_operation and not has_exclusion and meta.contract != "local":
            org_rules.append("duty-station-exclusion")
        if meta.contract != "local":
            org_rules.append("cumulative-service")
    taken: set[str] = set()
    criteria = [_criterion(d, taken) for d in drafts]
    for d in drafts:
        review += [f"{d.id}: {r}" for r in d.review]
    counts: dict[str, int] = {}
    for c in criteria:
        counts[c["kind"]] = counts.get(c["kind"], 0) + 1
    ruleset = {
        "schema_version": SCHEMA_VERSION,
        "posting": posting,
        "organisation_rules": org_rules,
        "criteria": criteria,
    }
    return Compiled(ruleset=ruleset, review=review, counts=counts)
