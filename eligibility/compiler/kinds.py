"""The kinds' own phrases: each kind module that reads postings declares `extract` and how it reads (`READS`).

A kind reads in one or more of three ways (`READS`, a name or a tuple of them):

- `"condition"`: who may apply (a nationality rule, a licence, a service limit, an age limit). Such a sentence is
  read wherever it stands, closing notes included, and once a kind finds its condition there, that is all the
  sentence states.
- `"sentence"`: a requirement sentence read whole, before it is cut into clauses: a statement that changes
  another criterion of the posting ('the minimum is reduced to seven years for candidates with a first-level
  degree'). A kind that finds one there takes the sentence.
- `"clause"`: read in each clause of a requirement sentence, beside the other kinds' findings (two languages at
  two levels in one clause; a degree and its years of experience).

`extract(sentence, reading)` takes the sentence (or clause) and a `Reading` (what the layout found of the
posting, the drafts read before, how it is being read) and returns the drafts it reads there. The kinds are
asked in the registry's order, except that a kind reads after those it names in `READS_AFTER` (or, with '*',
after every other kind that reads the same way). A condition kind that names another in `READS_WITH` also reads a
sentence that kind took: an age limit said of the nationals who may apply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from types import ModuleType
from typing import Any

from eligibility import checks
from eligibility.compiler.draft import Draft, Sentence


@dataclass
class Reading:
    """What a kind's `extract` is told besides the sentence."""

    posting: Any
    """What the layout found of the posting (`layout.Metadata`): its organisation, duty-station country, dates."""
    mode: str = "clause"
    """How the sentence is being read: 'condition', 'sentence' or 'clause'."""
    before: list[Draft] = field(default_factory=list)
    """The drafts of the sentences and clauses read before this one, in the posting's order."""
    here: list[Draft] = field(default_factory=list)
    """What the kinds that read this clause first found in it."""
    rest: list[Draft] = field(default_factory=list)
    """What a kind leaves of the clause unread, kept as competencies after the clause's criteria."""
    amendments: list[Callable[[list[Draft]], None]] = field(default_factory=list)
    """Changes to the merged drafts, made once the whole posting is read (one list for the whole posting)."""
    why: str = ""
    """Why a sentence a kind took gives no criterion of its own."""

    def amend(self, change: Callable[[list[Draft]], None], why: str = "") -> None:
        """Change the posting's merged drafts once every sentence is read; `why` takes the sentence without a
        criterion of its own (a note for the degree criterion, say)."""
        self.amendments.append(change)
        self.why = self.why or why


WAYS = ("condition", "sentence", "clause")
"""The ways a kind can read a posting (`READS`), in the order the compiler asks them of a sentence."""


@cache
def readers(how: str) -> tuple[ModuleType, ...]:
    """The kinds that read postings this way: in the registry's order, each after the kinds in its `READS_AFTER`."""
    modules = [m for m in checks.KINDS.values() if how in ways(m) and hasattr(m, "extract")]
    ordered: list[ModuleType] = []
    while modules:
        ready = next((m for m in modules if not any(_after(m, o) for o in modules if o is not m)), None)
        if ready is None:
            raise ValueError(f"the kinds {', '.join(m.KIND for m in modules)} each read after another ({how})")
        ordered.append(ready)
        modules.remove(ready)
    return tuple(ordered)


def _after(module: ModuleType, other: ModuleType) -> bool:
    """Whether `module` reads after `other`: it names it in `READS_AFTER`, or reads after every other kind ('*')."""
    after = getattr(module, "READS_AFTER", ())
    return after == "*" or other.KIND in after


def ways(module: ModuleType) -> tuple[str, ...]:
    """The ways a kind reads postings: its `READS`, one name or several."""
    declared = getattr(module, "READS", ())
    return (declared,) if isinstance(declared, str) else tuple(declared)


def conditions(sentence: Sentence, reading: Reading) -> list[Draft]:
    """The first condition a kind finds in the sentence (then it states nothing else: the sentence is read
    wherever it stands, closing notes included), with what the kinds that read beside it (`READS_WITH`) find
    there too, or none."""
    asked = replace(reading, mode="condition", here=[], rest=[], why="")
    for module in readers("condition"):
        found = module.extract(sentence, asked)
        if found:
            for draft in found:
                draft.read_by = draft.read_by or module.KIND
            for other in readers("condition"):
                if module.KIND in getattr(other, "READS_WITH", ()):
                    found = found + other.extract(sentence, replace(asked, here=list(found)))
            return found
    return []


def whole(sentence: Sentence, reading: Reading) -> tuple[list[Draft], str]:
    """What the first kind that takes the whole sentence reads there, and why it gives no criterion where it
    gives none; nothing and '' when no kind takes it."""
    for module in readers("sentence"):
        asked = replace(reading, mode="sentence", here=[], rest=[], why="")
        found = module.extract(sentence, asked)
        if found or asked.why:
            return found, asked.why
    return [], ""


def clause(sentence: Sentence, reading: Reading) -> list[Draft]:
    """What every clause-reading kind finds in the clause, then what they left of it as competencies."""
    asked = replace(reading, mode="clause", here=[], rest=[], why="")
    for module in readers("clause"):
        asked.here = asked.here + module.extract(sentence, asked)
    return asked.here + asked.rest
