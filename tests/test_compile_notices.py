"""Notices written for the tests in the forms real notices take, each compiled and checked fact by fact against
what a person reads in it (tests/fixtures/notices/facts.yaml). A fact listed under the notice's `gaps` is one the
compiler still gets wrong: an expected failure, which fails the test once it is put right."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml

from eligibility.compiler import compile_text
from eligibility.compiler.emit import to_yaml
from eligibility.compiler.sources import read_posting
from eligibility.countries import country_code
from eligibility.rules import read_ruleset
from eligibility.yamlio import load_yaml

HERE = Path(__file__).parent / "fixtures" / "notices"
FACTS = yaml.safe_load((HERE / "facts.yaml").read_text("utf-8"))
LADDER = ["secondary", "bachelor", "master", "doctorate"]
OSCE_RULES = {"participating-states", "duty-station-exclusion", "cumulative-service"}


@cache
def compiled(notice: str) -> dict:
    """The rule set compiled from a notice, read back as every compiled rule set is before it is written."""
    path = HERE / f"{notice}.txt"
    result = compile_text(read_posting(path.read_bytes(), name=path.name), source_name=path.name)
    rendered = to_yaml(result.ruleset, result.review, source_name=path.name)
    read_ruleset(load_yaml(rendered, name=path.name), path.name)
    return result.ruleset


def _mandatory(c: dict) -> bool:
    return c.get("mandatory", True) is not False


def _of(ruleset: dict, kind: str, mandatory: bool | None = None) -> list[dict]:
    return [c for c in ruleset["criteria"] if c["kind"] == kind and (mandatory is None or _mandatory(c) == mandatory)]


def _langs(value) -> frozenset[str]:
    return frozenset(str(v).strip().title() for v in value or [])


def _mentioning(ruleset: dict, phrase: str, mandatory: bool | None = None) -> list[dict]:
    p = phrase.lower()
    return [
        c
        for c in ruleset["criteria"]
        if (mandatory is None or _mandatory(c) == mandatory)
        and (p in str(c.get("source", "")).lower() or p in " ".join(c.get("fields", [])).lower())
    ]


def _accepts(held: str, floor: str) -> bool:
    return held == floor or (held in LADDER and floor in LADDER and LADDER.index(held) >= LADDER.index(floor))


def _degree(ruleset: dict) -> dict | None:
    """The degree criterion a notice's paths hang on: the one with in-lieu paths, else the highest."""
    degrees = [c for c in _of(ruleset, "education", True) if c.get("level") in LADDER]
    with_paths = [c for c in degrees if c.get("in_lieu")]
    if with_paths:
        return with_paths[0]
    return max(degrees, key=lambda c: LADDER.index(c["level"])) if degrees else None


def _experience(ruleset: dict) -> dict | None:
    return next((c for c in _of(ruleset, "experience", True) if (c.get("min_years") or 0) > 0), None)


def _paths(degree: dict | None) -> list[dict]:
    return [
        {"levels": list(p.get("levels") or [p.get("level")]), "extra": p.get("extra_years")}
        for p in (degree or {}).get("in_lieu", [])
    ]


def _path_years(ruleset: dict, level: str) -> float | None:
    """The experience the education path `level` needs under the rule set; None if the path is not open."""
    degree, experience = _degree(ruleset), _experience(ruleset)
    if degree is None or experience is None:
        return None
    minimum = float(experience["min_years"])
    by_education = {k: float(v) for k, v in (experience.get("by_education") or {}).items()}
    if _accepts(level, degree["level"]):
        return by_education.get(level, minimum)
    options = [
        by_education.get(p["levels"][0], minimum + float(p["extra"]))
        for p in _paths(degree)
        if p["extra"] is not None and any(_accepts(level, f) for f in p["levels"])
    ]
    return min(options) if options else None


def _excluded(ruleset: dict, kind: str) -> set[str]:
    out = {c for x in _of(ruleset, kind, True) for c in x.get("excluded", [])}
    if "duty-station-exclusion" in ruleset["organisation_rules"] and ruleset["posting"].get("country"):
        out.add(ruleset["posting"]["country"])
    return out


def _facts(fact: dict) -> list[str]:
    names = ["degree", "in-lieu"] + [f"years[{k}]" for k in fact["experience"]["paths"]]
    names += [f"other-experience[{o['phrase']}]" for o in fact["experience"].get("other") or []]
    names += ["management"]
    for lf in fact["languages"]:
        name = "/".join(lf["languages"]) if lf["languages"] else lf["phrase"]
        names.append(f"language[{name}{'' if lf['mandatory'] else ', desirable'}]")
    names += ["no-invented-language", "licence", "exclusion", "closing"]
    if fact.get("members"):
        names.append("members")
    if (fact.get("title") or {}).get("value"):
        names.append("title")
    if fact["organisation"] != "OSCE":
        names.append("organisation")
    return names


def wrong(fact: dict, name: str) -> str | None:
    """What is wrong with one fact of the compiled notice, or None when it is right."""
    ruleset = compiled(fact["id"])
    education, experience = fact["education"], fact["experience"]
    degree = _degree(ruleset)
    if name == "degree":
        got = degree["level"] if degree else None
        higher = [
            c["level"]
            for c in _of(ruleset, "education", True)
            if c is not degree
            and c.get("level") in LADDER
            and LADDER.index(c["level"]) > LADDER.index(education["level"])
        ]
        return None if got == education["level"] and not higher else f"degree {got}, also {higher}"
    if name == "in-lieu":
        ok = set(education.get("in_lieu_ok") or [])
        unmatched = _paths(degree)
        for want in education.get("in_lieu") or []:
            if "unquantified" in want:
                hit = next((p for p in unmatched if p["extra"] is None), None)
            else:
                hit = next(
                    (
                        p
                        for p in unmatched
                        if want["level"] in p["levels"]
                        and p["extra"] is not None
                        and float(p["extra"]) == float(want["extra_years"])
                    ),
                    None,
                )
            if hit is None:
                return f"path {want} missing from {_paths(degree)}"
            unmatched.remove(hit)
        extra = [p for p in unmatched if p["extra"] is not None or "unquantified" not in ok]
        return f"paths not in the text: {extra}" if extra else None
    if name.startswith("years["):
        level, want = name[6:-1], experience["paths"][name[6:-1]]
        readings = [float(y) for y in (want if isinstance(want, list) else [want])]
        have = _path_years(ruleset, level)
        if readings == [0]:
            return None if not have else f"no experience is required; compiled {have}"
        return None if have in readings else f"{' or '.join(map(str, readings))} years expected, compiled {have}"
    if name.startswith("other-experience["):
        other = next(o for o in experience["other"] if f"other-experience[{o['phrase']}]" == name)
        found = [
            c
            for phrase in other.get("match") or [other["phrase"]]
            for c in _mentioning(ruleset, phrase, True)
            if c["kind"] == "experience"
        ]
        return None if any(float(c.get("min_years") or 0) == float(other["years"]) for c in found) else str(found)
    if name == "management":
        want = (fact.get("management") or {}).get("years")
        have = max((float(c.get("min_years") or 0) for c in _of(ruleset, "management", True)), default=None)
        return None if (have is None if want is None else have == float(want)) else f"{want} expected, compiled {have}"
    if name.startswith("language["):
        lf = next(
            lf
            for lf in fact["languages"]
            if name == f"language[{'/'.join(lf['languages']) if lf['languages'] else lf['phrase']}"
            f"{'' if lf['mandatory'] else ', desirable'}]"
        )
        if not lf["languages"]:
            return None if _mentioning(ruleset, lf["phrase"], lf["mandatory"]) else "no criterion says it"
        want = _langs(lf["languages"])
        good = [
            c
            for c in _of(ruleset, "language", lf["mandatory"])
            if _langs(c["languages"]) == want and c["level"] in lf["levels"]
        ]
        return None if good else f"no {'mandatory' if lf['mandatory'] else 'desirable'} criterion: {sorted(want)}"
    if name == "no-invented-language":
        known = {n for lf in fact["languages"] for n in _langs(lf["languages"])}
        invented = [c for c in _of(ruleset, "language", True) if not _langs(c["languages"]) & known]
        return f"invented: {invented}" if invented else None
    if name == "licence":
        want, licences = fact["driving_licence"], _of(ruleset, "driving-licence", True)
        if not want.get("required"):
            return "a mandatory licence the text does not ask" if licences else None
        if not licences:
            return "no mandatory licence"
        return None if not want.get("manual") or any(c["manual"] for c in licences) else "manual not required"
    if name == "exclusion":
        want = fact["exclusion"]
        nationals, residents = _excluded(ruleset, "nationality"), _excluded(ruleset, "residence")
        if not want["applies"]:
            return f"excludes {nationals | residents}" if nationals or residents else None
        if want.get("country"):
            return (
                None if nationals == {want["country"]} and want["country"] in residents else f"{nationals} {residents}"
            )
        return None if not (nationals or residents) else f"invented {nationals | residents}"
    if name == "members":
        from eligibility.memberships import grouping

        groups = [grouping(code) for code in fact["members"]["of"]]
        want = {c for g in groups if g for c in g.members} | set(fact["members"].get("plus", []))
        got = [set(c.get("only", [])) for c in _of(ruleset, "nationality", True)]
        return None if want in got else f"no mandatory nationality criterion open to exactly {sorted(want)}: {got}"
    if name == "closing":
        want, have = fact["closing"]["value"], ruleset["posting"].get("closes")
        have = date.fromisoformat(have) if isinstance(have, str) else have
        return None if have == want else f"{want} expected, compiled {have}"
    if name == "title":
        import re

        raw = str(ruleset["posting"].get("title") or "")
        title = re.sub(r"\(\s*[SPGD]\s*-?\s*\d\s*\)", "", raw, flags=re.I)
        want = " ".join(fact["title"]["value"].split()).lower()
        same = any(" ".join(t.split()).lower() == want for t in (title, re.split(r",|\s[–—-]\s", title)[0]))
        return None if same else f"{fact['title']['value']!r} expected, compiled {raw!r}"
    if name == "organisation":
        applied = [r for r in ruleset["organisation_rules"] if r in OSCE_RULES]
        states = [c for c in _of(ruleset, "nationality", True) if c.get("participating_states_only")]
        osce = ruleset["posting"].get("organisation") == "OSCE"
        return f"OSCE rules applied: {applied}" if applied or states or osce else None
    raise AssertionError(name)


CASES = [
    pytest.param(
        fact,
        name,
        id=f"{fact['id']} {name}",
        marks=[pytest.mark.xfail(reason=fact["gaps"][name], strict=True)] if name in fact.get("gaps", {}) else [],
    )
    for fact in FACTS
    for name in _facts(fact)
]


@pytest.mark.parametrize(("fact", "name"), CASES)
def test_each_fact_of_each_notice(fact, name):
    assert wrong(fact, name) is None


def test_every_gap_names_a_fact_of_its_notice():
    for fact in FACTS:
        assert set(fact.get("gaps", {})) <= set(_facts(fact)), fact["id"]


def test_the_exclusion_country_is_a_country():
    for fact in FACTS:
        if fact["exclusion"].get("country"):
            assert country_code(fact["exclusion"]["country"]) == fact["exclusion"]["country"], fact["id"]
