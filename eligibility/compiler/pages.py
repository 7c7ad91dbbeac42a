"""A notice's text as its page lays it out, made into the lines the compiler reads.

Page furniture: 'Page 2 of 3' and the running header or footer printed beside it on every page are no part of what a
notice says. A PDF's text carries them between the two halves of a sentence ('Minimum 6 years of relevant, diversified
and progressively' / footer / 'responsible professional experience'); they go, and the sentence is whole again.
"""

from __future__ import annotations

import re

# 'Page 2 of 3', 'Page 2/3', '2 of 3', '- 2 -': a page's number on a line of its own (a running header may stand
# before it, parted by a wide gap).
_PAGE_MARK = re.compile(
    r"^(?P<before>.*?)(?:^|\s{2,})(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|[-\u2013]\s*\d{1,3}\s*[-\u2013])\s*$",
    re.I,
)
_NEAR = 2
"""How many lines of text from a page's number a running header or footer stands."""
_SENTENCE_END = (".", ";", ":", "?", "!")


def laid_out(text: str) -> str:
    """The text with page furniture dropped."""
    return "\n".join(without_furniture(text.split("\n")))


def _page_mark(line: str) -> re.Match | None:
    return _PAGE_MARK.match(line) if len(line) <= 200 else None


def without_furniture(lines: list[str]) -> list[str]:
    """The lines less each page's number and the running header or footer repeated beside it. A sentence cut by
    them runs on: when the line before ends mid-sentence and the one after starts in lower case, the blank lines
    between go too."""
    marks = {i: m for i, line in enumerate(lines) for m in [_page_mark(line)] if m}
    if not marks:
        return lines
    texts = [i for i, line in enumerate(lines) if line.strip()]
    position = {i: k for k, i in enumerate(texts)}
    near = {j for i in marks for j in texts[max(0, position[i] - _NEAR) : position[i] + _NEAR + 1]}
    seen: dict[str, list[int]] = {}
    for i in texts:
        seen.setdefault(" ".join(lines[i].split()), []).append(i)
    # A running header or footer: the same line again and again, beside a page's number each time.
    running = {i for places in seen.values() if len(places) >= 2 and all(i in near for i in places) for i in places}
    out: list[str] = []
    cut = False
    for i, line in enumerate(lines):
        if i in marks and i not in running:
            # 'OSCE Mission to Serbia      Page 1 of 3': a header that stands once, beside the number, stays.
            line = marks[i].group("before").rstrip()
        if i in running or not line.strip():
            cut = cut or i in running or i in marks
            if not line.strip() and not cut:
                out.append(line)
            continue
        if cut and out:
            # The blank lines around the furniture are a paragraph's end only where the sentence does not run on.
            while out and not out[-1].strip():
                out.pop()
            previous = out[-1].rstrip() if out else ""
            if previous and (previous.endswith(_SENTENCE_END) or not line.strip()[:1].islower()):
                out.append("")
        cut = False
        out.append(line)
    return out
