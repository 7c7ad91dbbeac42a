"""A notice's text as its page lays it out, made into the lines the compiler reads.

Three things a page adds that are no part of what it says:

- page furniture: 'Page 2 of 3' and the running header or footer printed beside it on every page. A PDF's text
  carries them between the two halves of a sentence ('Minimum 6 years of relevant, diversified and progressively' /
  footer / 'responsible professional experience'); they go, and the sentence is whole again.
- a label column: 'Languages            English, Level: Fluent, Required' in a two-column page, its value wrapped
  onto lines indented to the value's column. Each row becomes a labelled line ('Languages: English, …'), so that the
  label is read as the heading it is and the value under its meaning; a row of several values
  ('English, …' / 'French, …') becomes the label and its values as a list.
- emphasis: 'is *desirable*', '**an asset**', '_required_' inside a sentence: the marks go, the words stay.
- posts side by side: 'POST A   POST B' over rows 'Experience:   minimum 3 years   minimum 6 years'. The first
  column is the posting read; the other column's values go, so that no criterion mixes two posts' words, and the
  posts are named for the review (`side_by_side`).

And a checklist's boxes ('[x] …', '[ ] …', '☐ …', '- [ ] …') become a list's bullets: a box says nothing by itself.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from eligibility.compiler.layout import _names_post, meaning
from eligibility.compiler.tables import aligned_rows, is_mark
from eligibility.compiler.tables import mode_of as _mode

# 'Page 2 of 3', 'Page 2/3', '2 of 3', '- 2 -': a page's number on a line of its own (a running header may stand
# before it, parted by a wide gap).
# A bar or a bullet parts it from the header as a wide gap does ('OSCE Mission to Serbia | Page 1/2').
_PAGE_MARK = re.compile(
    r"^(?P<before>.*?)(?:^|\s{2,}|\s+[|\u2022\u00b7]\s+)(?:page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|\d{1,3}\s*(?:of|/)\s*\d{1,3}"
    r"|[-\u2013]\s*\d{1,3}\s*[-\u2013])\s*$",
    re.I,
)
_NEAR = 2
"""How many lines of text from a page's number a running header or footer stands."""
_SENTENCE_END = (".", ";", ":", "?", "!")


def laid_out(text: str, edges: frozenset[str] = frozenset()) -> str:
    """The text with page furniture dropped, label columns made labelled lines and emphasis marks unwrapped. `edges`:
    the lines that stand at the edge of two pages or more (`page_edges`)."""
    lines = text.split("\n")
    lines = without_furniture(lines, edges)
    lines = [unleadered(line) for line in lines]
    lines = label_rows(lines)
    lines = checklist(lines)
    return "\n".join(unemphasised(line) for line in lines)


def _page_mark(line: str) -> re.Match | None:
    return _PAGE_MARK.match(line) if len(line) <= 200 else None


def page_edges(text: str) -> frozenset[str]:
    """The lines (their words) that stand first or last on two pages or more of a text whose pages a form feed
    parts: a running header or footer, even with no page number beside it."""
    pages = text.split("\f")
    if len(pages) < 2:
        return frozenset()
    counts: dict[str, int] = {}
    for page in pages:
        texts = [" ".join(line.split()) for line in page.splitlines() if line.strip()]
        for edge in {*texts[:1], *texts[-1:]}:
            counts[edge] = counts.get(edge, 0) + 1
    return frozenset(edge for edge, n in counts.items() if n >= 2 and _may_run(edge))


_GAP_BETWEEN = 4
"""How many lines of text stand at least between two places of a running header with no page number beside it."""


def _may_run(words: str) -> bool:
    """Whether a line may be a running header or footer: a few words, no sentence's end, no heading's colon, no
    list's item."""
    return (
        2 <= len(words.split()) <= 20
        and not words.endswith((*_SENTENCE_END, ","))
        and not re.match(r"^(?:[-*+\u2022\u25aa\u25cf>]|\d{1,2}[.)]|\(\w{1,3}\))\s", words)
    )


def _recurring(seen: dict[str, list[int]], position: dict[int, int]) -> set[int]:
    """The places of a line that recurs three times or more, each place well apart from the one before, and that
    may be a running header: a PDF's header or footer whose page numbers are lost."""
    return {
        i
        for words, places in seen.items()
        if len(places) >= 3
        and _may_run(words)
        and all(position[b] - position[a] > _GAP_BETWEEN for a, b in itertools.pairwise(places))
        for i in places
    }


def _inside_a_sentence(lines: list[str], texts: list[int], marks: dict, running: set[int]) -> set[int]:
    """A page's number, with the header beside it, that stands once between a sentence's halves (the text before
    ends mid-sentence, the text after goes on in lower case): furniture, never a header the page opens with."""
    inside: set[int] = set()
    for i in marks:
        if i in running:
            continue
        before = [j for j in texts if j < i and j not in running and j not in marks]
        after = [j for j in texts if j > i and j not in running and j not in marks]
        if not (before and after):
            continue
        previous, following = lines[before[-1]].rstrip(), lines[after[0]].strip()
        if not previous.endswith(_SENTENCE_END) and following[:1].islower():
            inside.add(i)
    return inside


def without_furniture(lines: list[str], edges: frozenset[str] = frozenset()) -> list[str]:
    """The lines less each page's number and the running header or footer repeated beside it, or repeated at the
    pages' edges (`edges`), or recurring well apart three times or more with no number beside it (the text's first
    line then stays, as the title or header it is there). A sentence cut by them runs on: when the line before ends
    mid-sentence and the one after starts in lower case, the blank lines between go too."""
    marks = {i: m for i, line in enumerate(lines) for m in [_page_mark(line)] if m}
    texts = [i for i, line in enumerate(lines) if line.strip()]
    position = {i: k for k, i in enumerate(texts)}
    near = {j for i in marks for j in texts[max(0, position[i] - _NEAR) : position[i] + _NEAR + 1]}
    seen: dict[str, list[int]] = {}
    for i in texts:
        # A header on the number's own line is the same header whatever the number ('… Belgrade   page 1/2').
        words = marks[i].group("before") if i in marks and marks[i].group("before").strip() else lines[i]
        seen.setdefault(" ".join(words.split()), []).append(i)
    # A running header or footer: the same line again and again, beside a page's number each time.
    running = {i for places in seen.values() if len(places) >= 2 and all(i in near for i in places) for i in places}
    running |= _inside_a_sentence(lines, texts, marks, running)
    # With no number beside it, a header at the pages' edges or recurring well apart; the text's first line stays.
    running |= ({i for words in edges for i in seen.get(words, [])} | _recurring(seen, position)) - set(texts[:1])
    if not marks and not running:
        return lines
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


# 'Deadline ............ 24 February 2027', 'Desirable ...........': a label of a few words and its value parted by
# a leader of dots (five or more, four after a space, or ellipses), as a two-column page flattened to text lays them
# out. Three dots ('English... and Maltese') are an ellipsis, and so are four that end a sentence ('desirable....').
_LEADER = re.compile(
    r"^(?P<label>\s*[A-Z][\w()/'&,-]*(?: [\w()/'&,-]+){0,4}?)(?:\s*\.{5,}|\s+\.{4}|\s*\u2026{2,}|\s+(?:\.\s){4,})"
    r"\s*(?P<value>\S.*)?$"
)


def unleadered(line: str) -> str:
    """A label's line with its leader of dots made the gap it stands for ('Location ...... Bucharest' -> 'Location
    Bucharest', the value where it stood, so that it lines up with the other rows); a label with nothing after its
    leader ends in a colon ('Desirable ........' -> 'Desirable:'). The dots are no content."""
    m = _LEADER.match(line) if "..." in line or "\u2026" in line or ". . ." in line else None
    if m is None:
        return line
    label = m.group("label").rstrip()
    if m.group("value") is None:
        return label + ":"
    return label + " " * max(2, m.start("value") - len(label)) + m.group("value")


# A row of a two-column page: a label of a few words at the line's start, a wide gap (two spaces or more, or a
# tab), and the value.
_ROW = re.compile(
    r"^(?P<label>[A-Z][A-Za-z()/'&-]*(?:[ ,][A-Za-z()/'&-]+){0,5}:?)(?P<gap> {2,}|\t+)(?P<value>\S.*?)\s*$"
)
_MIN_COLUMN = 10
"""A value column starts this far in at least: a justified line's first word and gap ('The  incumbent  will') is no
label."""
_LABEL_TAIL = re.compile(r"^(?P<label>[a-z][a-z()/'&-]*(?: [a-z()/'&-]+){0,3})(?P<gap> {2,}|\t+)(?P<value>\S.*?)\s*$")
"""A label's words wrapped in its own column, in lower case, before the value's next line: 'experience      justice'."""
_INDENT = re.compile(r"^(?P<indent>[ \t]+)(?P<value>\S.*?)\s*$")
_ENTRY = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+)?\s*[,:(]")
"""'English, Level: Working knowledge', 'French (working knowledge)': a value that starts as a list's entry does."""
_CONNECTOR = re.compile(r"(?:,|\b(?:and|or|of|the|in|to|for|with|a|an|on|by|from|as|at|including))$", re.I)


def _column(m: re.Match) -> int:
    return len(m.group("label")) + len(m.group("gap").expandtabs(8))


def label_rows(lines: list[str]) -> list[str]:
    """Rows of a label column ('Required education level      Bachelor degree …') as labelled lines ('Required
        education level: Bachelor degree …'). Rows count as such only where two or more of them start their values at
        the same column (or part label and value by a tab), or where the label names requirements ('Languages'): any
    other line with one wide gap inside is no table. A line indented
        to the value's column under a row continues it: a wrapped line ('management, of which …', '4x4 vehicles
        (required)') joins the value it wraps; a line that starts anew ('French, Level: …' under 'English, Level: …')
        is a further value of the same label."""
    in_table = aligned_rows(lines)  # 'Criteria      Essential / Desirable' over its rows: read as a table
    rows = {
        i: m
        for i, line in enumerate(lines)
        if len(line) <= 300 and i not in in_table
        for m in [_ROW.match(line)]
        if m and not re.search(r"\t| {2,}", m.group("value"))  # 'The  incumbent  will  be': justified, no row
    }
    columns: dict[int, int] = {}
    for m in rows.values():
        if "\t" not in m.group("gap"):
            columns[_column(m)] = columns.get(_column(m), 0) + 1
    tabbed = sum("\t" in m.group("gap") for m in rows.values())
    table = {
        i: m
        for i, m in rows.items()
        if ("\t" in m.group("gap") and tabbed >= 2)
        or (
            _column(m) >= _MIN_COLUMN
            and (columns.get(_column(m), 0) >= 2 or _names_requirement(m.group("label"), m.group("value")))
        )
    }
    if any(_heads_column(m.group("value")) for m in table.values() if "\t" in m.group("gap")):
        # 'Criteria<tab>Essential<tab>Desirable', 'Education<tab>Essential': a table whose columns a mode heads is
        # read column by column (tables.py).
        table = {i: m for i, m in table.items() if "\t" not in m.group("gap")}
    if not table:
        return lines
    spans: list[tuple[int, int]] = []
    labels: dict[int, str] = {}
    tails: dict[int, str] = {}
    i = 0
    while i < len(lines):
        m = table.get(i)
        if m is None:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j not in table:
            tail = _LABEL_TAIL.match(lines[j]) if "\t" not in m.group("gap") else None
            if tail is not None and abs(_column(tail) - _column(m)) <= 2:
                # 'Professional    Not less than three years …' / 'experience      justice, …': the label's words
                # wrapped in its own column go with the label, the value's with the value.
                labels[i] = f"{labels.get(i, m.group('label').rstrip(': '))} {tail.group('label')}"
                tails[j] = tail.group("value")
                j += 1
                continue
            more = _INDENT.match(lines[j])
            indent = len(more.group("indent").expandtabs(8)) if more else 0
            if more is None or (abs(indent - _column(m)) > 2 and "\t" not in m.group("gap")):
                break
            j += 1
        spans.append((i, j))
        i = j
    parts = {i: [table[i].group("value"), *(tails.get(k, lines[k].strip()) for k in range(i + 1, j))] for i, j in spans}
    # The width the values are wrapped at: the longest of the table's.
    width = max(len(part) for values in parts.values() for part in values)
    out = list(lines)
    for i, j in reversed(spans):
        out[i:j] = _labelled(labels.get(i, table[i].group("label")), _values(parts[i], width))
    return out


def _names_requirement(label: str, value: str) -> bool:
    """'Languages', 'Required education': a label whose words open requirements makes a row of its own a table's,
    even where no other row shares its column; not a row of a table whose cells bars part ('| At least …'), which is
    read as that table, nor a requirement marked in a column ('Knowledge of Kyrgyz      X')."""
    if "|" in value or is_mark(value) or len(label.split()) > 3:
        return False  # 'Master's degree in law     X': a row of a table whose columns a mark chooses
    return meaning(" ".join(label.rstrip(": ").lower().split())) == "requirements"


def _heads_column(cell: str) -> bool:
    """'Essential', 'Desirable qualifications': a cell that heads a column by its mode, no value."""
    return bool(_mode(cell)) and len(cell.split()) <= 2 and "," not in cell


def _values(parts: list[str], width: int) -> list[str]:
    """The values of a row from its lines: a line runs on from the one before when that one was cut mid-phrase
    (it ends in a comma or a linking word, or it reached the column's width and the line does not start as a
    list's entry) or it starts in lower case, with a figure or a bracket; any other line is a value of its own."""
    values: list[str] = []
    for part in parts:
        if values:
            previous = values[-1]
            wrapped = not previous.endswith(_SENTENCE_END) and (
                part[:1].islower()
                or part[:1].isdigit()
                or part[:1] in "(\"'"
                or bool(_CONNECTOR.search(previous))
                or (len(previous.split("\n")[-1]) >= 0.8 * width and not _ENTRY.match(part))
            )
            if wrapped:
                values[-1] = previous + "\n" + part
                continue
        values.append(part)
    return [" ".join(v.split("\n")) for v in values]


def _labelled(label: str, values: list[str]) -> list[str]:
    label = label.rstrip(": ")
    if len(values) == 1:
        return [f"{label}: {values[0]}"]
    return [f"{label}:", *(f"\u2022 {v}" for v in values)]


# A checklist's boxes: '[ ]', '[x]', '☐', '☑', '☒', also after a list's dash ('- [ ] …'). A box is a list's item mark
# and says nothing by itself; a legend that says what a box means ('Items marked [ ] are desirable') gives its items
# that meaning, in the legend's own word.
_BOX = r"(?:\[\s?\]|\[\s?[xX\u2713\u2714]\s?\]|[\u2610\u2611\u2612\u2705])"
_BOXED = re.compile(rf"^(?P<indent>\s*)(?:[-*+\u2022]\s+)?(?P<box>{_BOX})\s*(?P<item>\S.*)$")
_LEGEND_VERB = re.compile(r"^(?:are|is|=|:|means?|marks?|indicates?|denotes?|shows?|stands?)(?!\w)", re.I)
_LEGEND = re.compile(
    rf"(?P<box>{_BOX})\s*(?:are|is|=|:|means?|marks?|indicates?|denotes?|shows?|stands?\s+for)?\s*"
    r"(?P<word>essential|mandatory|required|(?:an?\s+)?requirements?|desirable|an?\s+asset|preferred|optional|"
    r"advantageous|an?\s+advantage|nice\s+to\s+have)\b",
    re.I,
)


def _box_kind(box: str) -> str:
    return "empty" if box.replace(" ", "") in ("[]", "\u2610") else "ticked"


def _legend(lines: list[str]) -> dict[str, str]:
    """What a notice's legend says each kind of box ('empty', 'ticked') means, in its own word ('desirable')."""
    said: dict[str, str] = {}
    for m in _LEGEND.finditer(" ".join(line.strip() for line in lines)):
        said.setdefault(_box_kind(m.group("box")), " ".join(m.group("word").split()))
    return said


def checklist(lines: list[str]) -> list[str]:
    """A checklist's items as a list's items ('[x] Fluency in English' -> '• Fluency in English'); an item whose box
    a legend calls a wish ('items marked [ ] are desirable') ends with the legend's word ('… (desirable)')."""
    boxed = {i: m for i, line in enumerate(lines) if len(line) <= 500 for m in [_BOXED.match(line)] if m}
    boxed = {i: m for i, m in boxed.items() if not _LEGEND_VERB.match(m.group("item"))}
    if not boxed:
        return lines
    legend = _legend([line for i, line in enumerate(lines) if i not in boxed])
    out = list(lines)
    for i, m in boxed.items():
        out[i] = f"{m.group('indent')}\u2022 {m.group('item')}"
        word = legend.get(_box_kind(m.group("box")), "")
        if not word or _mode(word) != "desirable":
            continue
        # The item ends where its wrapped lines, indented under it, end.
        end = i
        while (
            end + 1 < len(lines)
            and end + 1 not in boxed
            and lines[end + 1].strip()
            and (len(lines[end + 1]) - len(lines[end + 1].lstrip()) > len(m.group("indent")))
        ):
            end += 1
        last = out[end].rstrip()
        stop = last[-1] if last.endswith((".", ";", ",")) else ""
        out[end] = f"{last[: len(last) - len(stop)].rstrip()} ({word}){stop}"
    return out


# '*desirable*', '**an asset**', '_required_', '__essential__' inside a line: emphasis around words. A mark at a
# line's start is the line's own (a bullet, a Markdown heading in bold, a footnote's mark) and stays.
_EMPHASIS = re.compile(r"(?<=[\s(\"'])(?P<m>\*{1,2}|_{1,2})(?=[^\s*_])(?P<words>[^*_\n]*?[^\s*_])(?P=m)(?![\w*])")


def unemphasised(line: str) -> str:
    """The line with emphasis marks around words inside it dropped: 'is *desirable*;' -> 'is desirable;'."""
    if "*" not in line and "_" not in line:
        return line
    lead = re.match(r"^\s*(?:[-*+\u2022]\s+|#{1,6}\s+|\d{1,2}[.)]\s+)?", line)
    start = lead.end() if lead else 0
    return line[:start] + _EMPHASIS.sub(lambda m: m.group("words"), line[start:]) if start < len(line) else line


# A row of posts side by side: a label, the first post's value, a wide gap and the second post's value.
_TWIN = re.compile(
    r"^(?P<label>[A-Z][A-Za-z()/'&-]*(?:[ ,][A-Za-z()/'&-]+){0,5}:?)(?P<gap> {2,}|\t+)(?P<a>\S.*?)"
    r"(?: {3,}|\t+)(?P<b>\S.*?)\s*$"
)
_CELL = re.compile(r"\S+(?: \S+)*")
# 'POST A', 'Post 1', 'Position 2', 'Vacancy II': a column's head that numbers a post (or it names the post: 'Legal
# Officer (NP1)').
_POST_HEAD = re.compile(r"^(?i:post|position|vacancy|job|role|lot)\s*(?i:no\.?|#)?\s*(?:\d{1,2}|[IVX]{1,4}|[A-F])$")
# The row that names each column's post: its title, grade or level.
_POST_ROW = re.compile(r"^(?i:(?:job|post|position|vacancy)\s+)?(?i:title|post|position|grade|level|job)\s*:?$")


@dataclass(frozen=True)
class SideBySide:
    """Two posts a notice sets side by side, in columns: the first is the one read."""

    first: str
    """The first column's post, as its head or title row names it."""
    second: str
    """The other column's post."""

    def note(self) -> str:
        return (
            f"the notice sets two posts side by side ('{self.first}' and '{self.second}'): this rule set is the "
            f"first column's, '{self.first}'; compile '{self.second}' from its own column"
        )


def _cells_at(line: str) -> list[tuple[int, str]]:
    """A line's cells apart by two spaces or more, with the column each starts at."""
    return [(m.start(), m.group()) for m in _CELL.finditer(line.expandtabs(8))]


def side_by_side(text: str) -> tuple[str, SideBySide | None]:
    """The text with a two-post table read as its first column ('Experience:   minimum 3 years      minimum 6 years'
    reads 'Experience:   minimum 3 years'), and the two posts; the text unchanged and None where no rows of two
    values stand under column heads that name posts ('POST A   POST B', 'Legal Officer (NP1)   Senior Legal Officer
    (NP2)') or beside a title row ('Title:   Legal Officer (NP1)   Senior Legal Officer (NP2)'). A line indented to
    the second column continues its value and goes with it; a line indented to the first stays. Heads that number
    the posts go (the review names the posts); heads that are titles leave the first post's."""
    lines = text.split("\n")
    columns: dict[tuple[int, int], list[int]] = {}
    for i, line in enumerate(lines):
        cells = _cells_at(line) if len(line) <= 300 else []
        if len(cells) != 3 or not _TWIN.match(line.expandtabs(8)):
            continue
        a, b = cells[1][0], cells[2][0]
        key = next((k for k in columns if abs(k[0] - a) <= 2 and abs(k[1] - b) <= 2), (a, b))
        columns.setdefault(key, []).append(i)
    for (a, b), rows in columns.items():
        if len(rows) < 2:
            continue
        posts = _posts(lines, rows, b)
        if posts is None:
            continue
        heads, named = posts
        out = lines[: rows[0]]
        if heads is not None:
            # Heads that number the posts ('POST A') go; heads that are the posts' titles leave the first's.
            first = _cells_at(lines[heads])[0][1]
            out[heads : heads + 1] = [] if _POST_HEAD.match(first) else [first]
        k = rows[0]
        while k < len(lines):
            line = lines[k].expandtabs(8)
            indent = len(line) - len(line.lstrip())
            if k in rows:
                out.append(line[: _cells_at(line)[2][0]].rstrip())
            elif not line.strip() or indent < a - 2:
                if k > rows[-1]:
                    break  # the table ends
                out.append(line)
            elif abs(indent - a) <= 2:
                cells = _cells_at(line)
                out.append(line[: cells[1][0]].rstrip() if len(cells) > 1 and cells[1][0] >= b - 2 else line)
            # else: the second post's value carried onto a line of its own goes with it
            k += 1
        return "\n".join(out + lines[k:]), named
    return text, None


def _posts(lines: list[str], rows: list[int], second: int) -> tuple[int | None, SideBySide] | None:
    """The line of column heads that name the posts (or None), and the posts, named by those heads and by the rows'
    title row; None when nothing names the columns as posts."""
    above = next((k for k in range(rows[0] - 1, max(-1, rows[0] - 3), -1) if lines[k].strip()), None)
    heads = _cells_at(lines[above]) if above is not None else []
    named = (
        len(heads) == 2
        and all(_POST_HEAD.match(c) or _names_post(c) for _, c in heads)
        and abs(heads[1][0] - second) <= 4
    )
    titles = next((_cells_at(lines[i]) for i in rows if _POST_ROW.match(_cells_at(lines[i])[0][1])), None)
    if titles is not None and named:
        return above, SideBySide(f"{heads[0][1]}: {titles[1][1]}", f"{heads[1][1]}: {titles[2][1]}")
    if named:
        return above, SideBySide(heads[0][1], heads[1][1])
    if titles is not None and not any(_mode(cell) for _, cell in titles[1:]):
        return None, SideBySide(titles[1][1], titles[2][1])
    return None
