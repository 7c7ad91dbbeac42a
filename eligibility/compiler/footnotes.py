"""Footnotes on figures: 'Minimum of 6 years* of relevant experience' with '* of which at least 2 years at the
international level.' under the notes. The note is read as part of the sentence its mark stands in, so what it adds
to the figure (a further minimum, a path) is never lost; the note's own line stays where it is.

Numbered notes ('… professional experience(2)', with '(2) Of which at least three years in …' after the text) are
read so too when the note goes on from the sentence ('Of which', 'including', 'at least') and the sentence states
years or months; a note that is a sentence of its own ('(1) A first-level degree … may be accepted') is read on its
own line, where it stands. A numbered mark whose note is found is no part of the sentence's words ('law(1)' is law)."""

from __future__ import annotations

import re

# A mark right after a figure of years or months, or after the figure itself: '6 years*', '6*', 'years**', '6 years†'.
_MARK = re.compile(r"(?<=\d|s|r)(?P<mark>\*{1,3}|\u2020)(?=[\s,.;:)]|$)", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:years?|yrs|months?))$", re.I)


# A numbered mark glued to the word before it: 'experience(2)', 'law(1);'.
_NUMBERED = re.compile(r"(?<=[^\W\d_]|[.,;)])\((?P<n>\d{1,2})\)(?=[\s,.;:]|$)")
_NUMBERS = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_DURATION = re.compile(rf"\b{_NUMBERS}\b(?:\s*\(\d{{1,2}}\))?[\s-]*(?:\+\s*)?(?:years?|yrs|months?)\b", re.I)
# A note that goes on from the sentence its mark stands in, rather than a sentence of its own.
_GOES_ON = re.compile(
    r"^(?:of\s+(?:which|these|this)|out\s+of\s+which|among\s+which|including|incl\.|thereof|at\s+least|"
    r"with\s+at\s+least|a\s+minimum\s+of|minimum)\b",
    re.I,
)


# A note's own line: its mark first ('(1) …', '[2] …', '1 Experience …', '* …', '† …', '¹ …'), then its words.
_NOTE_START = re.compile(
    r"^\s*(?:\(\d{1,2}\)|\[\d{1,2}\]|\d{1,2}(?=\s+[A-Z])|\*{1,3}|\u2020|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2})\s*\w"
)


def notes_apart(lines: list[str]) -> frozenset[str]:
    """The lines (stripped) that are notes after a blank line: '- Minimum 4 years of experience in law' / '' / '(1)
    Experience before the degree counts at half.' A note never goes on from the list's last item before it, even
    where that item ends with no full stop."""
    return frozenset(
        line.strip() for i, line in enumerate(lines) if i > 0 and not lines[i - 1].strip() and _NOTE_START.match(line)
    )


def has_marks(text: str) -> bool:
    """Whether the text may hold a footnote mark: '*', '†' or '(2)' glued to a word."""
    return "*" in text or "\u2020" in text or _NUMBERED.search(text) is not None


def _numbered_note(lines: list[str], marked: int, number: str) -> str | None:
    """The note '(n) …' after the marked line, or None."""
    pattern = re.compile(r"^\s*\(" + number + r"\)\s*(?P<note>\S.*?)\s*$")
    for j in range(marked + 1, len(lines)):
        found = pattern.match(lines[j])
        if found:
            return found.group("note")
    return None


def _note_line(mark: str) -> re.Pattern:
    return re.compile(r"^\s*" + re.escape(mark) + r"(?!" + re.escape(mark[0]) + r")\s*(?P<note>\S.*?)\s*$")


def resolved(lines: list[str]) -> list[str]:
    """The lines with each footnote on a figure written out where its mark stands ('Minimum of 6 years* of relevant
    experience in law;' reads '… in law, of which at least 2 years at the international level;'). A note is a line
    that starts with the mark, after the marked line, and is no item of a list of lines that start so (a list's
    bullets)."""
    out = list(lines)
    for i, line in enumerate(lines):
        # Later marks first: what is written out after one leaves the places of those before it as they were.
        for m in sorted([*_MARK.finditer(line), *_NUMBERED.finditer(line)], key=lambda m: m.start(), reverse=True):
            at = m.end()
            if m.re is _NUMBERED:
                note = _numbered_note(lines, i, m.group("n"))
                if note is None:
                    continue
                out[i] = out[i][: m.start()] + out[i][m.end() :]  # a mark whose note is found is no word
                at = m.start()
                if not (_DURATION.search(line[: m.start()]) and _GOES_ON.match(note)):
                    continue
                note = note[0].lower() + note[1:]
            elif not _FIGURE_BEFORE.search(line[: m.start()]):
                continue
            else:
                # The mark stays, so the sentence still shows where its note came from.
                note = _note(lines, i, m.group("mark"))
            if note is None:
                continue
            current = out[i]
            end = re.compile(r"[.;](?=\s|$)").search(current, at)
            cut = end.start() if end else len(current.rstrip())
            out[i] = current[:cut].rstrip(" ,") + ", " + note.rstrip(" .;") + current[cut:]
    return out


def _note(lines: list[str], marked: int, mark: str) -> str | None:
    pattern = _note_line(mark)
    for j in range(marked + 1, len(lines)):
        found = pattern.match(lines[j])
        if not found:
            continue
        neighbours = [lines[k] for k in (j - 1, j + 1) if 0 <= k < len(lines) and lines[k].strip()]
        if not any(pattern.match(n) for n in neighbours):
            return found.group("note")  # an item of a list whose bullets are the mark is no note
    return None
