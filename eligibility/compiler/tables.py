"""Requirements laid out as a table, read column by column.

'Criteria | Essential | Desirable' over rows such as 'Education | Master's degree in law | PhD': each column headed
by a mode becomes a list under that mode ('Essential:' / 'Education: Master's degree in law' / … / 'Desirable:' /
'Education: PhD'), so a cell is read with its own column's mode, never with its neighbour's. A table whose columns
are not headed by a mode keeps every cell as an item of its own, so that no cell decides for another. A cell's
words that wrap onto the next lines (a row with no label) are put back into that cell; columns kept apart only by
runs of spaces are read by where each starts under a header that names a mode. A column whose cells each
name a mode ('Area | Requirement | Status' over '… | Mandatory', '… | Desirable') gives each row its own mode, and so
does one headed by both modes ('Criteria      Essential / Desirable', 'E/D' over rows marked 'E' or 'D'), whose
rows may wrap onto lines of the first column alone.
"""

from __future__ import annotations

import re

from eligibility.compiler.vocabulary import vocabulary
from eligibility.degrees import LADDER, mentions
from eligibility.phrases import NUMBER, YEARS

# Cells of a plain-text table: split at '|' (Markdown or a copied page) or at tabs.
_BAR = re.compile(r"\s*\|\s*")
_TAB = re.compile(r"\s*\t+\s*")
_RULE = re.compile(r"^[\s|:+=-]+$")
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
"""A grid table's border: '+------+-------+', '+======+=======+' under its header."""
_EMPTY = {"", "-", "\u2013", "\u2014", "n/a", "na", "none", "not applicable"}
# A cell that only marks its column ('X', '✓', 'yes'): the row's own text is the item, in that column's mode.
_MARK = re.compile(r"^(?:x|\u2713|\u2714|\u2715|\u2716|\u2717|\u2718|\u2612|\u2611|\*|yes)$", re.I)


def is_mark(cell: str) -> bool:
    """Whether a cell (or a label's value, 'Knowledge of Kyrgyz: X.') only marks a column: 'X', '✓', 'yes'."""
    return bool(_MARK.match(cell.strip().rstrip(".").strip()))


def _cells(line: str, framed: bool = True) -> tuple[str, list[str]] | None:
    """A table row's separator and cells, or None for a line that is no row. In a table whose rows are framed by
    bars ('| Education | … |') the outer bars are no cells; in one whose header is not, a bar at a row's start or end
    stands after or before an empty cell (a cell's wrapped words under the next column's)."""
    for kind, split in (("|", _BAR), ("\t", _TAB)):
        if kind not in line:
            continue
        parts = split.split(line.strip(" \r\n") if kind == "\t" else line.strip())
        if kind == "|" and framed and parts and parts[0] == "":
            parts = parts[1:]  # '| Education | … |'
        if kind == "|" and framed and parts and parts[-1] == "":
            parts = parts[:-1]
        if len(parts) >= 2 and any(part.strip() for part in parts):
            return kind, parts
    return None


# A cell's words that a wrap carried to the next line end on a word that calls for more.
_UNFINISHED = re.compile(r"(?:[,(/-]|\b(?:of|or|and|in|to|the|a|an|with|for|at|on|by|as|from))\s*$", re.I)


def _continues(previous: list[str], cells: list[str]) -> bool:
    """Whether a row with no label of its own carries on the previous row's cells ('Education | Bachelor's degree
    (university studies of' / ' | at least 3 years) in statistics'): every cell it fills goes on, in lower case or
    after an unfinished word, from an unfinished cell of that column. A row in capitals ('| | French at level B2')
    is an item of its own."""
    if cells[0].strip():
        return False
    filled = [(c, cell.strip()) for c, cell in enumerate(cells) if c > 0 and cell.strip()]
    for c, cell in filled:
        before = previous[c].strip() if c < len(previous) else ""
        if not before or before.endswith((".", ";", ":", "!", "?")):
            return False
        if not (cell[0].islower() or cell[0].isdigit() or _UNFINISHED.search(before)):
            return False
    return bool(filled)


def _wrapped(previous: list[str], cells: list[str]) -> bool:
    """Whether a row of a table whose columns are modes ('Essential | Desirable') carries on the previous row's
    cells ('… of which at least 18 months' / 'in a field mission …'): every cell it fills begins in lower case and
    goes on from a cell of that column that ends on no full stop. A row that begins a cell of its own is an item."""
    filled = [(c, cell.strip()) for c, cell in enumerate(cells) if cell.strip()]
    for c, cell in filled:
        before = previous[c].strip() if c < len(previous) else ""
        if not before or before.endswith((".", ";", ":", "!", "?")) or not cell[0].islower():
            return False
    return bool(filled)


def _merged(previous: list[str], cells: list[str]) -> list[str]:
    width = max(len(previous), len(cells))
    padded = [*previous, *[""] * (width - len(previous))]
    for c, cell in enumerate(cells):
        if cell.strip():
            padded[c] = (padded[c].strip() + " " + cell.strip()).strip()
    return padded


# 'Criteria      Essential        Desirable': columns kept apart by runs of spaces, as a page copied from a PDF
# lays them out. Read as a table only under a header that names a mode, by where each column starts.
_GAP = re.compile(r"\S+(?: \S+)*")


def _aligned(lines: list[str], i: int) -> tuple[int, list[str]] | None:
    """The lines from i that a header of space-aligned columns heads, rewritten as rows with bars, and the index
    after them; None when line i is no such header. A row's first cell may wrap onto lines of the first column
    alone, its other cells on the first of them or the last, and group titles ('Experience') may stand between rows:
    each row is put back together, and the table ends after the last line that fills a later column. Under a status
    column ('Criteria      Essential / Desirable') blank lines may stand between rows too. A header that names no
    mode ('Language      Level      Status') heads a table only where one column gives every row its mode."""
    header = lines[i].rstrip()
    if "|" in header or "\t" in header or "  " not in header.strip():
        return None
    spans = [(m.start(), m.group()) for m in _GAP.finditer(header)]
    letters = _letter_modes([cell for _, cell in spans])
    spans = [(start, letters.get(cell, cell)) for start, cell in spans]
    headed = any(mode_of(cell) for _, cell in spans)
    if len(spans) < 2:
        return None
    if any(len(cell.split()) > 4 or re.search(r"[,;:.]", cell) for _, cell in spans):
        return None  # 'Languages      English, Level: Fluent, Required': a label and its value, no column heads
    starts = [start for start, _ in spans]
    by_status = any(names_both_modes(cell) for _, cell in spans[1:])
    physical: list[list[str]] = []
    kept = 0
    end = i + 1  # the index after the last line that fills a later column
    j = i + 1
    while j < len(lines):
        line = lines[j].rstrip()
        if "|" in line or "\t" in line:
            break
        if not line.strip():
            # Under a status column, and between the rows of columns headed by a mode (a page copied from a PDF sets
            # them a blank line apart), one blank line stands between rows; two end the table.
            if not (by_status or (headed and j + 1 < len(lines) and lines[j + 1].strip())):
                break
            j += 1
            continue
        # A row's words never cross a column's start, and its columns are apart by two spaces or more.
        if any(0 < s < len(line) and line[s - 1] != " " for s in starts[1:]):
            break
        # Words of the first column alone, starting where the header's first cell does ('A. Professional
        # qualifications', a group's title; a row's wrapped words are indented further).
        alone = len(line) <= starts[1] and len(line) - len(line.lstrip()) <= starts[0]
        if "  " not in line.strip() and not line.startswith("  ") and not alone:
            break
        cells = [line[a:b].strip() for a, b in zip(starts, [*starts[1:], len(line) + 1], strict=True)]
        if any(cells[1:]) or (kept == len(physical) and kept and _goes_on(physical[-1][0], cells[0])):
            end = j + 1  # a row, or the last row's first cell wrapped onto the line after it
            kept = len(physical) + 1
        physical.append(cells)
        j += 1
    if end == i + 1:
        return None
    physical = _rows_put_back(physical[:kept])
    if not headed and not _each_row_a_status(physical):
        return None  # a header that names no mode heads a table only when a column gives every row its mode
    if by_status and letters:
        physical = [[_LETTERS.get(cell, cell) if c else cell for c, cell in enumerate(cells)] for cells in physical]
    rows = [" | ".join(cell for _, cell in spans)]
    rows += [" | ".join(cells) if cells[0] else " | " + " | ".join(cells[1:]) for cells in physical]
    return end, rows


def _each_row_a_status(rows: list[list[str]]) -> bool:
    """Whether one column after the first gives each of two rows or more its mode ('Language    Level    Status' over
    'English    Fluent    Required', 'Arabic    Working knowledge    Desirable')."""
    return len(rows) >= 2 and any(
        all(c < len(cells) and _only_mode(cells[c].rstrip(".")) for cells in rows) for c in range(1, len(rows[0]))
    )


def aligned_rows(lines: list[str]) -> set[int]:
    """The indexes of the lines that a header of space-aligned columns naming a mode heads, the header's own among
    them: a table, never a label and its value ('Excellent written English      Essential')."""
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        found = _aligned(lines, i) if "  " in lines[i].strip() else None
        if found is None:
            i += 1
            continue
        rows.update(range(i, found[0]))
        i = found[0]
    return rows


# 'Criteria    E    D' and 'Criteria    E/D' over rows marked 'E' or 'D': the letters a person specification uses for
# its two modes, read as such only where a header holds both.
_LETTERS = {"E": "Essential", "D": "Desirable"}
_LETTER_PAIR = re.compile(r"^E\s*/\s*D$")


def _letter_modes(header: list[str]) -> dict[str, str]:
    """The header's cells that are the two modes' letters, spelled out: {'E': 'Essential', 'D': 'Desirable'} where
    the header has both letters as cells of their own, {'E/D': 'Essential / Desirable'} for one cell of both."""
    if "E" in header and "D" in header:
        return dict(_LETTERS)
    return {cell: "Essential / Desirable" for cell in header if _LETTER_PAIR.match(cell)}


def names_both_modes(cell: str) -> bool:
    """Whether a column heading names both modes ('Essential / Desirable', 'Essential or desirable'): a column
    whose cells each give their row's mode, not a list in one mode."""
    modes = vocabulary().modes
    return len(cell.split()) <= 4 and all(modes[mode].search(cell) for mode in ("mandatory", "desirable"))


def _goes_on(before: str, cell: str) -> bool:
    """Whether a first column's line carries on the cell above: it starts in lower case, or that one ends unfinished."""
    return bool(before and cell) and (cell[0].islower() or bool(_UNFINISHED.search(before)) or before.endswith(","))


def _rows_put_back(physical: list[list[str]]) -> list[list[str]]:
    """The rows of a space-aligned table whose first cells wrap onto lines of their own: a line that goes on
    in lower case, or after an unfinished word, carries on the row above, whichever of the two holds the status
    ('At least five years' experience of developing' / 'policy in a ministry      Essential'); a short line with no
    status and no full stop before a row of its own is a group's title ('Experience'), the label of the rows under
    it ('Experience: At least five years' …')."""
    rows: list[list[str]] = []
    for cells in physical:
        first = cells[0]
        if rows and first and rows[-1][0]:
            before = rows[-1]
            clash = any(a and b for a, b in zip(before[1:], cells[1:], strict=False))
            if _goes_on(before[0], first) and not clash:
                rows[-1] = _merged(before, cells)
                continue
        rows.append(list(cells))
    return rows


def mode_of(cell: str) -> str | None:
    """The mode a column heading names ('Essential', 'Desirable qualifications'), or None."""
    if not cell or len(cell.split()) > 4:
        return None
    modes = vocabulary().modes
    for mode in ("desirable", "mandatory"):
        if modes[mode].search(cell):
            return mode
    return None


def unrolled(text: str) -> str:
    """The text with every table row rewritten as lines a list would have."""
    lines = text.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        aligned = _aligned(lines, i)
        if aligned is not None:
            lines[i : aligned[0]] = aligned[1]
        row = _cells(lines[i])
        if row is None:
            out.append(_marked(lines[i]))
            i += 1
            continue
        kind, header = row
        framed = lines[i].strip().startswith("|")
        # A grid table's first row is its header only when a '+===+' border closes it: under a '+---+' border it is
        # a row like the others ('| Experience | Minimum seven years. |'), whose words head no column.
        headless = i > 0 and i + 1 < len(lines) and bool(_GRID_BORDER.match(lines[i - 1]))
        headless = headless and bool(_GRID_BORDER.match(lines[i + 1])) and "=" not in lines[i + 1]
        labelled = mode_of(header[0]) is None
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines):
            if _RULE.match(lines[j]) and lines[j].strip():
                j += 1  # '|---|---|' under a Markdown header
                continue
            nxt = _cells(lines[j], framed)
            if nxt is None or nxt[0] != kind:
                break
            if rows and (_continues(rows[-1], nxt[1]) if labelled else _wrapped(rows[-1], nxt[1])):
                rows[-1] = _merged(rows[-1], nxt[1])
            else:
                rows.append(nxt[1])
            j += 1
        by_degree = _years_by_degree(header, rows)
        if by_degree is not None:
            out.append(by_degree)
            i = j
            continue
        by_grade = _years_by_grade(header, rows)
        if by_grade is not None:
            out += by_grade
            i = j
            continue
        # 'Essential / Desirable' heads a column that gives each row its mode, not a list in one of them.
        modes = [None if headless or names_both_modes(cell) else mode_of(cell) for cell in header]
        rows, routes = _options(rows, modes)
        if routes:
            out.append(" | ".join(header) + ":")  # the header stays in view, as the heading it is
            if "mandatory" in modes:
                out.append(header[modes.index("mandatory")].rstrip(":") + ":")  # the routes' column heads them
            out.append(routes)
            if not rows:
                i = j
                continue
        status = None if any(modes) or not rows or headless else _status_column(header, rows)
        if rows and any(modes):
            out += _by_column(header, modes, rows)
        elif status is not None:
            out += _by_status(header, status, rows)
        elif (rows and all(len(cells) == len(header) for cells in rows)) or _labelled_rows([header, *rows]):
            out += [_row_items(cells) for cells in [header, *rows]]
        elif not rows and framed and lines[i].rstrip().endswith("|") and len(header) == 2:
            # '| Professional experience | Six years in logistics |' framed by bars on both sides: a table's lone row,
            # its label and its value, whose bars are no words of either.
            out.append(_row_items(header))
        else:
            out += lines[i:j]  # a lone line with a bar ('Senior Adviser | OSCE') is no table
        i = j
    return "\n".join(out) + ("\n" if text.endswith("\n") else "")


# 'Highest degree | Minimum experience' over 'Doctorate (PhD) | 5 years', 'Master's degree | 7 years', or rows with no
# header ('Bachelor's degree ⇥ at least 4 years of experience in …'): the years of experience each degree needs.
_FIGURE = re.compile(rf"(?<![\w-]){NUMBER}(?![\w-])", re.I)
_NOT_EXPERIENCE = re.compile(r"\b(?:stud(?:y|ies)|duration|course|programme|program|age|aged|old)\b", re.I)


def _degree_row(cells: list[str]) -> tuple[str, str, str] | None:
    """(level, the degree's cell, the years' cell) of a row that names one degree in one cell and one figure of
    years in another, and nothing else; None for any other row."""
    filled = [c.strip() for c in cells if c.strip()]
    if len(filled) != 2 or any(_NOT_EXPERIENCE.search(c) for c in filled):
        return None
    for degree, years in (filled, filled[::-1]):
        levels = {lv for _, _, lv in mentions(degree) if lv in LADDER}
        figures = _FIGURE.findall(years)
        if (
            len(levels) == 1
            and not YEARS.search(degree)
            and YEARS.search(years)
            and len(figures) == 1
            and not mentions(years)
        ):
            return levels.pop(), degree, years
    return None


def _years_by_degree(header: list[str], rows: list[list[str]]) -> str | None:
    """A table of the years of experience each degree needs, as the one line of routes the experience kind reads
    ('Highest degree / Minimum experience: Doctorate (PhD) – 5 years; Master's degree – 7 years'); None for any other
    table. A header that is itself such a row ('Bachelor's degree ⇥ at least 4 years …') is the first route."""
    if any(_NOT_EXPERIENCE.search(cell) for cell in header):
        return None
    first = _degree_row(header)
    found = [_degree_row(cells) for cells in ([header, *rows] if first else rows)]
    if len(found) < 2 or any(f is None for f in found):
        return None
    routes = [f for f in found if f is not None]
    if len({level for level, _, _ in routes}) < len(routes):
        return None
    label = "Years of experience by degree" if first else " / ".join(c.strip() for c in header if c.strip())
    if not re.search(r"experience", label, re.I):
        label += " (years of experience)"
    return f"- {label}: " + " / ".join(
        f"{degree.rstrip(':')} \u2013 {years.rstrip('.;')}" for _, degree, years in routes
    )


_GRADE_CELL = re.compile(r"^(?-i:(?:P|D|G|S|FS|GS|NP|NO|AD|AST|SC|FG)\s?-?\s?\d{1,2}|NO-?[A-D])$")
_GRADE_HEAD = re.compile(r"\b(?:grades?|levels?)\b", re.I)
_YEARS_HEAD = re.compile(r"\b(?:years?|experience)\b", re.I)


def _years_by_grade(header: list[str], rows: list[list[str]]) -> list[str] | None:
    """'Grade | Years' over 'P-2 | 2', 'P-3 | 5': the years of experience each grade asks, as the rows of a table of
    years by grade the experience kind reads ('- P-2: 2 years of experience', one a line), the unit its header gives;
    None for any other table. The header is no line of its own: 'Grade: Years' states no grade of the post."""
    cells = [c.strip() for c in header]
    if len(cells) != 2 or not rows or any(len([c for c in r if c.strip()]) != 2 for r in rows):
        return None
    grade_at = next((k for k, c in enumerate(cells) if _GRADE_HEAD.search(c) and not _YEARS_HEAD.search(c)), None)
    if grade_at is None or not _YEARS_HEAD.search(cells[1 - grade_at]):
        return None
    out = []
    for row in rows:
        grade, years = row[grade_at].strip(), row[1 - grade_at].strip().rstrip(".;")
        figures = _FIGURE.findall(years)
        if (
            not _GRADE_CELL.match(grade)
            or len(figures) != 1
            or not re.fullmatch(rf"\s*{NUMBER}\s*(?:years?)?\s*", years, re.I)
        ):
            return None
        out.append(f"- {grade}: {figures[0]} years of experience")
    return out


_LABEL_MARK = re.compile(r"^(?P<lead>\s*(?:[-\u2022*]\s+)?)(?P<label>[^:|]{3,200}?)\s*:\s*(?P<mark>\S{1,4})\s*$")


def _marked(line: str) -> str:
    """'First-level university degree in law: X.' -> 'First-level university degree in law.': a requirement whose
    value only marks it (as a table's row does when its bars are lost) is the requirement itself."""
    m = _LABEL_MARK.match(line)
    if m is None or not is_mark(m.group("mark")) or len(m.group("label").split()) < 2:
        return line
    label = m.group("label").rstrip()
    return m.group("lead") + label + ("" if label.endswith((".", ";", "!", "?")) else ".")


# 'Education (option 1)', 'Experience - Option 2', 'Option B: Education': a row that belongs to one of several
# alternative routes.
_OPTION = re.compile(
    r"^(?P<what>.+?)\s*[-\u2013,:]?\s*[(\[]?\s*(?:option|alternative|route)\s*(?P<n>\w{1,3})\s*[)\]]?$"
    r"|^[(\[]?\s*(?:option|alternative|route)\s*(?P<n2>\w{1,3})\s*[)\]]?\s*[-\u2013:,]?\s*(?P<what2>.+)$",
    re.I,
)


def _options(rows: list[list[str]], modes: list[str | None]) -> tuple[list[list[str]], str | None]:
    """The rows that are no option's, and the options' rows as one sentence of alternative routes: '| Education
    (option 1) | Master's degree in law |' / '| Experience (option 1) | Two years … |' / '| Education (option 2) | …'
    -> "Master's degree in law with two years …, or …": each route its own degree and years, never all of them
    asked together. None where fewer than two options are written."""
    wanted = [c for c, mode in enumerate(modes) if mode == "mandatory"] or list(
        range(1, max(map(len, rows), default=1))
    )
    options: dict[str, list[str]] = {}
    rest: list[list[str]] = []
    for cells in rows:
        m = _OPTION.match(cells[0].strip()) if len(cells) >= 2 else None
        filled = [c for c in range(1, len(cells)) if cells[c].strip().lower().rstrip(".") not in _EMPTY]
        own = next((c for c in filled if c in wanted), None)
        value = cells[own].strip().rstrip(".;") if own is not None else ""
        if m is None or not value or is_mark(value):
            rest.append(cells)
            continue
        options.setdefault((m.group("n") or m.group("n2")).lower(), []).append(value)
        if len(filled) > 1:
            # The option's cell in another column (a desirable one) is read with its own column.
            rest.append([cell if c != own else "" for c, cell in enumerate(cells)])
    if len(options) < 2:
        return rows, None
    routes = [" with ".join(v[:1] + [w[:1].lower() + w[1:] for w in v[1:]]) for v in options.values()]
    return rest, ", or ".join(routes) + "."


_ROW_NUMBER = re.compile(r"^(?:\d{1,2}[.)]|[A-Za-z][.)]|\(\w{1,3}\))\s+(?=\S)")


def _by_column(header: list[str], modes: list[str | None], rows: list[list[str]]) -> list[str]:
    labelled = modes[0] is None  # 'Criteria | Essential | Desirable': the first column names each row
    out: list[str] = [" | ".join(header) + ":"]  # the header stays in view, as the heading it is
    for col, mode in enumerate(modes):
        if mode is None:
            continue
        out.append(header[col].rstrip(":") + ":")
        for cells in rows:
            cell = cells[col].strip() if col < len(cells) else ""
            if cell.lower().rstrip(".") in _EMPTY:
                continue
            # '3. Experience in …': the row's number in the table is no part of its requirement.
            label = _ROW_NUMBER.sub("", cells[0].strip()).rstrip(":") if labelled and cells[0].strip() else None
            if label and is_mark(cell):
                # 'First-level university degree in law | X |': the row is the requirement, its mark the mode; an
                # item of the column's list.
                out.append("\u2022 " + (label if label.endswith((".", ";", "!", "?")) else label + "."))
                continue
            # A full stop ends the item, so that a short one ('Languages: Arabic') is never taken for a heading.
            cell = cell if cell.endswith((".", ";", "!", "?")) else cell + "."
            out.append(f"{label}: {cell}" if label else cell)
    return out


def _status_column(header: list[str], rows: list[list[str]]) -> int | None:
    """The column that gives each row's mode ('Area | Requirement | Status' over '… | Mandatory', '… | Desirable'):
    one after the first whose every filled cell holds only a mode's words ('Essential', 'Preferred', 'An asset'), in
    two rows or more; None when no column does."""
    for col in range(len(header)):
        cells = [cells[col].strip().rstrip(".") for cells in rows if col < len(cells) and cells[col].strip()]
        enough = len(cells) >= 1 if names_both_modes(header[col]) else len(cells) >= 2 and col > 0
        if enough and all(_only_mode(c) for c in cells):
            return col
    return None


_INTENSIFIER = re.compile(r"\b(?:an?|highly|strongly|very|considered)\b", re.I)


def _only_mode(cell: str) -> bool:
    """Whether a cell holds only a mode's words ('Mandatory', 'An asset', 'Highly desirable'), nothing more ('required
    for P4 posts' says more)."""
    if not mode_of(cell):
        return False
    rest = _INTENSIFIER.sub(" ", cell)
    for pattern in vocabulary().modes.values():
        rest = pattern.sub(" ", rest)
    return not re.search(r"\w", rest)


def _by_status(header: list[str], status: int, rows: list[list[str]]) -> list[str]:
    """The rows of a table with a status column as lists under their status cells as headings: the mandatory ones
    ('Mandatory:') first, then the desirable ones ('Desirable:', 'An asset:'); each row an item of its own
    ('Education: First-level university degree in law.'), read with its own row's mode, never a neighbour's. A row
    with no status is read under the table's own heading, before them."""

    def head(cells: list[str]) -> str:
        return cells[status].strip().rstrip(".:") if status < len(cells) else ""

    out: list[str] = [" | ".join(header) + ":"]  # the header stays in view, as the heading it is
    for cells in rows:
        if not head(cells) and _group_title(cells):
            # 'Experience' over the rows of a part of the table: a heading, no item.
            out.append(" ".join(cell.strip() for cell in cells if cell.strip()).rstrip(":") + ":")
    out += _status_items(status, [cells for cells in rows if not head(cells) and not _group_title(cells)])
    heads = dict.fromkeys(head(cells) for cells in rows if head(cells))
    for mode in ("mandatory", "desirable"):
        for named in (h for h in heads if mode_of(h) == mode):
            out.append(named + ":")
            out += _status_items(status, [cells for cells in rows if head(cells) == named])
    return out


def _group_title(cells: list[str]) -> bool:
    """Whether a row with no status is the title of the rows under it ('Knowledge and qualifications'): a few words
    in one cell, no full stop."""
    filled = [cell.strip() for cell in cells if cell.strip()]
    return len(filled) == 1 and len(filled[0].split()) <= 4 and not filled[0].endswith((".", ";", "!", "?"))


def _status_items(status: int, rows: list[list[str]]) -> list[str]:
    out: list[str] = []
    for cells in rows:
        rest = [cell.strip() for c, cell in enumerate(cells) if c != status and cell.strip()]
        label = rest[0].rstrip(":") if len(rest) >= 2 and len(rest[0].split()) <= 3 else None
        text = "; ".join(cell.rstrip(".;") for cell in (rest[1:] if label else rest))
        if text:
            # A list's mark: the items are a list, which a paragraph after the table ends.
            out.append("\u2022 " + (f"{label}: {text}." if label else f"{text}."))
    return out


def _labelled_rows(rows: list[list[str]]) -> bool:
    """Rows each of a short label and its values in words, one a requirement's label ('Education | University degree
    …', 'Experience | At least 5 years in X | At least 2 years leading staff'), however many values each row holds:
    each cell a value of its own, ended by its bar. A lone line of three or more cells is such a row too; one of two
    ('Senior Adviser | OSCE') is no table, nor are rows of short values or of modes ('French | B1 | advantageous')."""
    if len(rows) == 1 and len(rows[0]) < 3:
        return False
    for cells in rows:
        filled = [c for c in cells if c.strip()]
        if len(filled) < 2 or len(cells[0].split()) > 3 or cells[0].strip().endswith((".", ";", ",")):
            return False
        if any(len(c.split()) < 3 or mode_of(c) is not None for c in filled[1:]):
            return False  # 'French | B1 | advantageous': a table of short values and their status, read as a table
    requirements = vocabulary().headings.get("requirements")
    return requirements is not None and any(requirements.search(cells[0].strip().lower()) for cells in rows)


def _row_items(cells: list[str]) -> str:
    """'Languages | English | Arabic' with no column heads: each cell an item of its own, under the row's label."""
    items = [c for c in cells if c.lower().rstrip(".") not in _EMPTY]
    if len(items) >= 2 and len(items[0].split()) <= 3 and not items[0].endswith((".", ";")):
        return f"{items[0].rstrip(':')}: " + "; ".join(item.rstrip(".;") for item in items[1:])
    return "; ".join(item.rstrip(".;") for item in items)
