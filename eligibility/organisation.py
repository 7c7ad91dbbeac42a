"""The organisation's reference facts (eligibility/data/osce.yaml), loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eligibility.yamlio import load_data


@dataclass(frozen=True)
class Office:
    """A field operation or headquarters office."""

    name: str
    country: str
    city: str
    field: bool
    """True for field operations, where international posts exclude duty-station nationals."""
    languages: tuple[str, ...] = ()
    """The local languages postings mean by 'local languages'."""
    prefix: str | None = None
    aliases: tuple[str, ...] = ()
    """Every other name of its places: its own aliases and each spelling of its towns."""
    towns: tuple[tuple[str, ...], ...] = ()
    """The places it has offices in, each with its spellings ('Mitrovicë', 'Mitrovica', 'Mitrovice')."""

    def same_town(self, names: list[str]) -> bool:
        """Whether the names are spellings of one of its towns ('Ferizaj' and 'Uroševac')."""
        wanted = {n.strip().casefold() for n in names}
        return any(wanted <= {s.casefold() for s in town} for town in self.towns)


@dataclass(frozen=True)
class Organisation:
    code: str
    name: str
    participating_states: frozenset[str]
    partners: frozenset[str]
    official_languages: tuple[str, ...]
    offices: tuple[Office, ...]
    rules: dict
    """Organisation-wide criteria by rule name, as YAML mappings."""
    stated_by: dict
    """Rule name -> the parameters by which a posting's own criterion states the rule (absent: all of them)."""
    contract_notes: dict
    """Contract type -> what an applicant must do beyond meeting the requirements (seconded posts: a nomination)."""

    def office_in(self, country: str) -> Office | None:
        return next((o for o in self.offices if o.country == country and o.field), None) or next(
            (o for o in self.offices if o.country == country), None
        )

    def local_languages(self, country: str) -> tuple[str, ...]:
        office = self.office_in(country)
        return office.languages if office else ()


@lru_cache(maxsize=1)
def osce() -> Organisation:
    raw = load_data("osce.yaml")
    offices = tuple(
        Office(
            name=o["name"],
            country=o["country"],
            city=o["city"],
            field=field,
            languages=tuple(o.get("languages", ())),
            prefix=o.get("prefix"),
            aliases=tuple(dict.fromkeys([*o.get("aliases", ()), *(s for town in o.get("towns", ()) for s in town)])),
            towns=tuple(tuple(town) for town in o.get("towns", ())),
        )
        for key, field in (("field_operations", True), ("headquarters", False))
        for o in raw[key]
    )
    return Organisation(
        code=raw["organisation"],
        name=raw["name"],
        participating_states=frozenset(raw["participating_states"]),
        partners=frozenset(raw["partners_for_cooperation"]),
        official_languages=tuple(raw["official_languages"]),
        offices=offices,
        rules=raw["rules"],
        stated_by=raw.get("stated_by") or {},
        contract_notes=raw.get("contract_notes") or {},
    )


def contract_note(posting) -> str | None:
    """What the organisation asks of an applicant to this kind of post beyond its requirements, if anything ('A
    seconded post: …'); where a post may be either, said of the one it applies to."""
    if posting.organisation != osce().code or not posting.contract:
        return None
    notes = osce().contract_notes
    if posting.contract in notes:
        return notes[posting.contract]
    either = [kind for kind in posting.contract.split("-or-") if kind in notes]
    return " ".join(f"If {kind}: {notes[kind]}" for kind in either) or None
