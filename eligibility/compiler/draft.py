"""A criterion found in a posting, before it is written out, and how duplicates merge."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Sentence:
    """One requirement candidate, with where it stands in the posting."""

    text: str
    section: str
    heading: str | None = None
    mode: str | None = None
    """'mandatory' or 'desirable' where a heading said so."""

    @property
    def question(self) -> bool:
        return self.text.rstrip().endswith("?")


@dataclass
class Draft:
    kind: str
    source: str
    mandatory: bool | None = None
    """None until set: by the sentence's wording, or by the degree an in-lieu path belongs to."""
    params: dict = field(default_factory=dict)
    id: str | None = None
    notes: list[str] = field(default_factory=list)
    review: list[str] = field(default_factory=list)
    """What a person must confirm: numbers or levels that could not be pinned down."""
    heading: str | None = None

    def key(self) -> tuple:
        """Drafts with the same key say the same thing (job boards repeat themselves) and merge."""
        p = self.params
        if self.kind == "education":
            # Mandatory degree statements repeat across a job board's sections; desirable ones are distinct wishes.
            return (self.kind, p.get("level"), self.mandatory) if self.mandatory else (self.kind, self.source.lower())
        if self.kind in ("experience", "management"):
            minimum = p.get("min_years", 0)
            return (
                (self.kind, minimum, self.mandatory)
                if minimum
                else (self.kind, tuple(p.get("fields", ())), self.mandatory)
            )
        if self.kind == "nationality":
            return (
                self.kind,
                p.get("participating_states_only", False),
                tuple(p.get("only", ())),
                tuple(p.get("excluded", ())),
            )
        if self.kind == "residence":
            return (self.kind, tuple(p.get("excluded", ())))
        if self.kind in ("driving-licence", "service-limit"):
            return (self.kind,)
        if self.kind == "competency" and self.id:
            return (self.kind, self.id)
        return (self.kind, self.source.lower(), id(self))

    def absorb(self, other: Draft) -> None:
        p, q = self.params, other.params
        for name in ("fields", "equivalents"):
            if q.get(name):
                p[name] = list(dict.fromkeys(list(p.get(name, [])) + list(q[name])))
        if q.get("or_related"):
            p["or_related"] = True
        for lieu in q.get("in_lieu", []):
            existing = [entry for entry in p.setdefault("in_lieu", []) if entry["levels"] == lieu["levels"]]
            if existing:
                if existing[0].get("extra_years") is None and lieu.get("extra_years") is not None:
                    existing[0]["extra_years"] = lieu["extra_years"]
            else:
                p["in_lieu"].append(lieu)
        if q.get("by_education"):
            p.setdefault("by_education", {}).update(q["by_education"])
        if q.get("manual"):
            p["manual"] = True
        self.notes += [n for n in other.notes if n not in self.notes]
        self.review += [r for r in other.review if r not in self.review]


def merge(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    index: dict[tuple, Draft] = {}
    for d in drafts:
        k = d.key()
        if k in index:
            index[k].absorb(d)
        else:
            index[k] = d
            out.append(d)
    return out
