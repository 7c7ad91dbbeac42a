"""The kinds' own phrases: each kind module that reads postings declares `extract` and how it reads (`READS`).

- `READS = "condition"`: who may apply (a licence, a service limit, an age limit). Such a sentence is read
  wherever it stands, closing notes included, and once a kind finds its condition there, that is all the
  sentence states.
- `READS = "clause"`: read in each clause of a requirement sentence, beside the other kinds' findings
  (two languages at two levels in one clause).

`extract(sentence, posting)` takes the sentence (or clause) and what the layout found of the posting
(its organisation and duty-station country), and returns the drafts it reads there.
"""

from __future__ import annotations

from functools import cache
from types import ModuleType

from eligibility import checks
from eligibility.compiler.draft import Draft, Sentence


@cache
def reading(how: str) -> tuple[ModuleType, ...]:
    """The kinds that read postings this way, in the registry's order."""
    return tuple(m for m in checks.KINDS.values() if getattr(m, "READS", None) == how and hasattr(m, "extract"))


def conditions(sentence: Sentence, posting) -> list[Draft]:
    """The first condition a kind finds in the sentence (then it states nothing else), or none."""
    for module in reading("condition"):
        found = module.extract(sentence, posting)
        if found:
            return found
    return []


def clause(sentence: Sentence, posting) -> list[Draft]:
    """What every clause-reading kind finds in the clause."""
    return [draft for module in reading("clause") for draft in module.extract(sentence, posting)]
