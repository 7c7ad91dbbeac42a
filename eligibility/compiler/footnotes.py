"""Footnotes on figures: 'Minimum of 6 years* of relevant experience' with '* of which at least 2 years at the
international level.' under the notes. The note is read as part of the sentence its mark stands in, so what it adds
to the figure (a further minimum, a path) is never lost; the note's own line stays where it is."""

from __future__ import annotations

import re

# A mark right after a figure of years or months, or after the figure itself: '6 years*', '6*', 'years**', '6 years†'.
_MARK = re.compile(r"(?<=\d|s|r)(?P<mark>\*{1,3}|\u2020)(?=[\s,.;:)]|$)", re.I)
_FIGURE_BEFORE = re.compile(r"(?:\d|\b(?:years?|yrs|months?))$", re.I)


def _note_line(mark: str) -> re.Pattern:
    return re.compile(r"^\s*" + re.escape(mark) + r"(?!" + re.escape(mark[0]) + r")\s*(?P<note>\S.*?)\s*$")


def resolved(lines: list[str]) -> list[str]:
    """The lines with each footnote on a figure written out where its mark stands ('Minimum of 6 years* of relevant
    experience in law;' reads '… in law, of which at least 2 years at the international level;'). A note is a line
    that starts with the mark, after the marked line, and is no item of a list of lines that start so (a list's
    bullets)."""
    out = list(lines)
    for i, line in enumerate(lines):
        for m in reversed(list(_MARK.finditer(line))):
            mark = m.group("mark")
            if not _FIGURE_BEFORE.search(line[: m.start()]):
                continue
            note = _note(lines, i, mark)
            if note is None:
                continue
            # Later marks first: what is written out after one leaves the places of those before it as they were.
            # The mark stays, so the sentence still shows where its note came from.
            current = out[i]
            end = re.compile(r"[.;](?=\s|$)").search(current, m.end())
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
