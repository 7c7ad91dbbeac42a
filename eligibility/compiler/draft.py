"""A criterion found in a posting, before it is written out, and how duplicates merge."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eligibility import checks
from eligibility.phrases import STRENGTH_TAG

_TAG_AT_END = re.compile(rf"\s*{STRENGTH_TAG}\s*[.;]?\s*$", re.I)


@dataclass
class Sentence:
    """One requirement candidate, with where it stands in the posting."""

    text: str
    section: str
    heading: str | None = None
    mode: str | None = None
    """'mandatory' or 'desirable' where a heading said so."""
    item: bool = False
    """It stands on a list's line: bulleted, numbered or lettered, or ending in ';'."""
    previous: str = ""
    """The sentence before it on the same line, if any."""

    @property
    def question(self) -> bool:
        """It asks a question ('Do you speak French?'), with or without a word that says how strongly ('… ?
        (required)')."""
        return _TAG_AT_END.sub("", self.text).rstrip().endswith("?")


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
    read_by: str | None = None
    """The kind whose reading gave the draft, which may be another kind's (a nationality rule kept for a person as
    a `requirement`): its `beside` says what else the sentence asks."""
    settled_by: tuple[str, str, frozenset[str]] | None = None
    """A required draft that says nothing another criterion of the posting does not (a language named as required
    with no level, or said to be tested, where a requirement elsewhere gives its level): that criterion's kind, and
    the parameter and values it must hold (no values: any that holds the parameter)."""

    def key(self) -> tuple:
        """Drafts with the same key say the same thing (job boards repeat themselves) and merge; each kind says
        which of its drafts are one (`merge_key`), and any other draft stands alone."""
        module = checks.KINDS.get(self.kind)
        key = module.merge_key(self) if module is not None and hasattr(module, "merge_key") else None
        return key if key is not None else (self.kind, self.source.lower(), id(self))

    def absorb(self, other: Draft) -> None:
        module = checks.KINDS.get(self.kind)
        if module is not None and hasattr(module, "absorb"):
            module.absorb(self.params, other.params)
        self.notes += [n for n in other.notes if n not in self.notes]
        self.review += [r for r in other.review if r not in self.review]


def merge(drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    index: dict[tuple, Draft] = {}
    for d in drafts:
        k = d.key()
        if k in index:
            if index[k].heading is None and d.heading is not None:
                # 'Degree Level   Master's Degree' in a board's panel above the notice, then the notice's own
                # 'Second-level university degree in political science': the notice's words are the source.
                index[k].source, index[k].heading = d.source, d.heading
            index[k].absorb(d)
        else:
            index[k] = d
            out.append(d)
    # A draft that restates another's with less ('eight years of experience' beside 'eight years in finance'), as its
    # kind tells (`repeats`), merges into it.
    kept: list[Draft] = []
    for d in out:
        if d.settled_by is not None and d.mandatory is not False and _settled(d, [o for o in out if o is not d]):
            continue  # 'Spanish (required)' beside 'fluency in Spanish is required': it adds nothing
        repeats = getattr(checks.KINDS.get(d.kind), "repeats", None)
        into = next((o for o in out if o is not d and o.kind == d.kind and repeats(d, o)), None) if repeats else None
        if into is not None:
            into.absorb(d)
        else:
            kept.append(d)
    return kept


def _settled(draft: Draft, others: list[Draft]) -> bool:
    """Whether the posting requires each of the draft's values elsewhere, in criteria of the kind that settles them
    and, as that kind judges (`no_weaker`), asking no less than the draft does."""
    assert draft.settled_by is not None
    kind, param, values = draft.settled_by
    no_weaker = getattr(checks.KINDS.get(kind), "no_weaker", None)
    required: set[str] = set()
    for d in others:
        if d.kind == kind and d.mandatory is not False and (no_weaker is None or no_weaker(d.params, draft.params)):
            required.update(d.params.get(param, ()))
    if not values:
        # No values named: any criterion of the kind that holds the parameter settles it ('candidates of other
        # nationalities will not be considered' beside a rule opening the post to some nationals only).
        return bool(required)
    return values <= required
