"""Posting text made ready for extraction: repaired, unwrapped, split into sentences.

Postings arrive copied from job boards and PDFs: UTF-8 read as a Thai code
page ('OSCEโ€™s'), hard line breaks and page numbers, bullet glyphs, and
list items glued together without separators ('police training
schoolRegular, active police service'). Each step here undoes one of those.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from eligibility.compiler.vocabulary import vocabulary
from eligibility.degrees import LADDER, mentions
from eligibility.phrases import GRADE, NUMBER, NUMBER_WORDS, STRENGTH_TAG

_BULLETS = "\uf0b7\u2022\u25aa\u25cf\u2023\u2043\u25e6\uf0a7\uf076"
_MOJIBAKE = re.compile(r"[\u0e00-\u0e7f][\u0e00-\u0e7f\u0080-\u00ff\u2000-\u21ff\u0152-\u0192\u02c6-\u02dc]+")
# UTF-8 read as Windows-1252 ('Bachelorâ€™s'): a lead byte's letter and its continuation bytes' characters; undone
# only where the bytes are UTF-8, before compatibility folding turns '™' into 'TM'.
_MOJIBAKE_1252 = re.compile(r"[\u00c2-\u00f4][\u0080-\u00bf\u2013-\u203a\u20ac\u2122\u0152-\u0192\u02c6-\u02dc]{1,3}")


def _byte(ch: str) -> int | None:
    for codec in ("cp874", "cp1252"):
        try:
            return ch.encode(codec)[0]
        except UnicodeEncodeError:
            continue
    return None


def _unmangle(match: re.Match) -> str:
    run = match.group()
    raw = [_byte(ch) for ch in run]
    if None in raw:
        return run
    try:
        return bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return run


_TERMINAL_SEQUENCE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?|[@-Z\\-_])")
"""ANSI/VT escape sequences (colours, cursor moves, window titles): terminal control, never posting text."""
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
"""Control characters other than tab, newline, carriage return and form feed."""


_SUPERSCRIPT_DIGITS = str.maketrans("\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079", "0123456789")
_SUPER = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"
_SUPER_MARK = re.compile(rf"(?<=[^\W\d_]|[.,;)])(?P<n>{_SUPER}{{1,2}})(?=[\s,.;:)]|$)", re.M)
"""A superscript number after a word or a clause's end: a footnote mark."""
_SUPER_NOTE = re.compile(rf"^(?P<i>[ \t]*)(?P<n>{_SUPER}{{1,2}})(?=[ \t]*\S)", re.M)
"""A superscript number that starts a line: the footnote it marks."""


_ANOTHER_OF_BEFORE = re.compile(
    r";\s*(?=and\s+(?:[\w-]+\s+){0,4}?(?:another|a\s+second|a\s+further)(?:\s+one)?(?:\s+of\s+(?:them|these|those))?"
    r"\s*(?:[.;]|$|at\b|\())",
    re.I,
)
"""'; and good knowledge of another': a clause that names nothing of its own, only one more of what the clause before
lists; read with it."""


def repair(text: str) -> str:
    """Undo UTF-8 read as Windows-874 or Windows-1252, and drop what cannot be undone or is no text at all."""
    text = _CONTROL.sub("", _TERMINAL_SEQUENCE.sub("", text)).replace("\f", "\n")
    text = _MOJIBAKE.sub(_unmangle, text)
    text = _MOJIBAKE_1252.sub(_unmangle, text)
    # A lone lead byte whose continuation bytes were lost stood for a quotation mark.
    text = re.sub(r"(?<=\w)\u0e42(?=\w)", "\u2019", text)
    text = re.sub(r"[\u0e00-\u0e7f]+", " ", text)
    # A footnote mark in superscript ('8 years²', and '² including …' where the note is) is written as the
    # numbered mark '(2)' the footnote reader reads, before NFKC would make it part of the word ('years2').
    text = _SUPER_MARK.sub(lambda m: "(" + m.group("n").translate(_SUPERSCRIPT_DIGITS) + ")", text)
    text = _SUPER_NOTE.sub(lambda m: m.group("i") + "(" + m.group("n").translate(_SUPERSCRIPT_DIGITS) + ")", text)
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u00a0", " ").replace("\u2013", "-").replace("\u2014", "-")
    # Soft hyphens and zero-width characters a word processor leaves inside words ('univer\u00adsity'): never text.
    text = re.sub(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]", "", text)
    # A quoted e-mail ('> - Minimum 7 years …, of which 3 in a senior or' / '>   managerial position;'): its lines are
    # read without their quote marks, so a wrapped line joins the one before as written ('> 5 years' is a figure).
    text = _unquoted(text)
    for bullet in _BULLETS:
        text = text.replace(bullet, "\n\u2022 ")
    return _OPENING_MARK.sub("\\g<indent>\u2022 ", text)


_OPENING_MARK = re.compile(
    r"^(?P<indent>[ \t]*)[\u2713\u2714\u2756\u25c6\u25a0\u25ba\u25b6\u27a2\u27a4\u2192\u21d2\u2605][ \t]*(?=[\w(])",
    re.M,
)
"""A tick, an arrow, a diamond or a star that opens a line before its words ('✓ knowledge of French', '➢ a degree in
law'): a list's item mark, as a bullet is. A tick alone in a table's cell marks its column, and stays."""


_QUOTE_MARK = re.compile(r"^[ \t]*(?:>(?![ \t]*\d)[ \t]?)+", re.M)
_QUOTED = re.compile(r"^[ \t]*>")
_ANY_QUOTE_MARK = re.compile(r"^[ \t]*(?:>[ \t]?)+")


def _unquoted(text: str) -> str:
    """The text without the quote marks of a quoted e-mail. Inside a quoted block (lines in a row that open with '>',
    one of them a quote's text) every line's '>' is a quote mark, '> 40% of the time' too; a '>' alone before a figure
    elsewhere ('> 5 years') is 'more than'."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        quoted = len(run) >= 2 and any(_QUOTE_MARK.match(line) and _QUOTE_MARK.sub("", line) != line for line in run)
        out.extend(_ANY_QUOTE_MARK.sub("", line) if quoted else _QUOTE_MARK.sub("", line) for line in run)
        run.clear()

    for line in lines:
        if _QUOTED.match(line):
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)


_PAGE_NUMBER = re.compile(r"^\s*(page\s+)?\d{1,3}\s*$", re.I)
# A list's item: a bullet of any common mark ('•', '-', '*', '·', '▪', '–', or a word processor's 'o' before a
# capitalised word), a number or a letter, a letter in brackets ('(b) ', '(iv) '; a figure in brackets may go on from
# the line before: 'two' / '(2) years'), or a small roman numeral ('ii) ').
_LIST_START = re.compile(
    r"^(\u2022|[-*+>\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u2013\u2014\u00a7\u00d8]\s|o\s+(?=[A-Z0-9(\"'])"
    r"|\d{1,2}[.)]\s|[a-z][.)]\s|\((?:[a-zA-Z]|[ivxIVX]{1,4})\)\s|[ivx]{2,4}[.)]\s)"
)
_O_ITEM = re.compile(r"^o\s+\S")
_TERMINAL = (".", ";", ":", "?", "!")


def hard_wrapped(lines: list[str]) -> bool:
    """Text extracted from a PDF: most lines are cut at a similar, moderate width, or, from a page of narrow
    columns, most run close to a narrow column's width ('(a) be a national of one of the Member' / 'States of the
    European Union, Iceland,')."""
    lengths = [len(line) for line in lines if line.strip()]
    if len(lengths) < 20:
        return False
    if sum(1 for n in lengths if 50 <= n <= 110) / len(lengths) > 0.5:
        return True
    width = _width(lines)
    if not _COLUMN <= width < _NARROW or sum(1 for n in lengths if 0.65 * width <= n <= width) / len(lengths) <= 0.5:
        return False
    # Short lines that each end where their writer ended them ('Fluency in English' / 'Knowledge of Arabic is an
    # asset') are a list's; a column's lines break sentences, many of them before a word in lower case.
    written = [line.strip() for line in lines if line.strip()]
    pairs = list(itertools.pairwise(written))
    cut = sum(1 for a, b in pairs if not a.endswith(_TERMINAL) and b[:1].islower())
    return cut >= _CUT_SHARE * len(pairs)


_LABELLED = re.compile(r"^[A-Z][\w'\u2019/() .-]{0,40}:\s+\S")
"""'Closing date: 3 March 2027' under 'Place of employment: Lisbon, Portugal': a field of its own, however close to
the width the line above runs."""
_NARROW = 50
"""A text wrapped at fewer characters than this is a narrow column's."""
_CUT_SHARE = 0.2
"""The share of a narrow column's line breaks that fall inside a sentence, before a word in lower case."""
_COLUMN = 25
"""Lines shorter than this are a list of words, never a column of wrapped text."""


def logical_lines(
    text: str, is_heading=lambda line: False, is_label=lambda line: False, breaks: set[int] | None = None
) -> list[str]:
    """Lines with PDF hard wraps undone: a line continues the last unless that one ended a sentence.

    A heading stands alone; a labelled line ('Experience: Minimum six years … working on') starts afresh but
    its text may run on to the next line. `breaks`, when given, receives the index of each line that starts a new
    paragraph (after a blank line)."""
    out: list[str] = []
    blank = False
    raw_lines = [raw.strip() for raw in text.splitlines()]
    wrapped = hard_wrapped(raw_lines)
    # A wrapped line runs close to the page's width; a shorter one ('Senior Inspector, P-4' above 'Inspectorate
    # Division') ended where its writer ended it.
    width = _width(raw_lines) if wrapped else 0
    # A line is cut close to the width; a narrow column's is, however short the width.
    close = 0.75 * width if width < _NARROW else max(50, 0.75 * width)
    last = ""  # the last line as written, of the logical line that `out[-1]` is
    for n, line in enumerate(raw_lines):
        if not line:
            blank = True
            continue
        if _PAGE_NUMBER.match(line):
            continue
        if out and _routes_under_label(out[-1], line):
            # 'Minimum years of experience:' / 'Master's degree - 5' / 'Bachelor's degree - 7': the routes of the
            # label's minimum, one line as the routes written on the label's own line are.
            item = _LIST_START.sub("", line).strip().rstrip(";.")
            out[-1] = out[-1].rstrip() + (" " if out[-1].rstrip().endswith(":") else "; ") + item
            blank = False
            continue
        # 'o fluent English' after 'o a degree in law': an 'o' bullet before a lower-case word, in a list of them.
        starts_item = bool(_LIST_START.match(line)) or bool(out and _O_ITEM.match(line) and _O_ITEM.match(out[-1]))
        joinable = (
            out
            and not starts_item
            and not out[-1].endswith(_TERMINAL)
            and (not is_heading(line) or _wrapped_lead_in(out[-1], line))
            and not is_label(line)
            and (not is_heading(out[-1]) or _heading_cut(line, wrapped and len(last) >= close))
        )
        if joinable and (
            _continues(out[-1], line)
            or (wrapped and len(last) >= close and not _LABELLED.match(line))
            or _item_runs_on(out[-1], last, raw_lines[n:], is_heading, is_label)
        ):
            if out[-1].endswith("-"):
                # 'expe-' / 'rience' is 'experience'; 'co-' / 'operation' stays 'co-operation'.
                out[-1] = (out[-1] if _compound(out[-1], line, text) else out[-1][:-1]) + line
            else:
                out[-1] += " " + line
        else:
            if blank and breaks is not None:
                breaks.add(len(out))
            out.append(line)
        last = line
        blank = False
    return out


def _heading_cut(line: str, full: bool) -> bool:
    """'2. Very good knowledge of statistical' / 'and data analysis tools …': a numbered item that reads as a
    heading, cut at the page's width, runs on to a line in lower case. A heading stands alone: one that ends short
    of the width ('Qualifications' / 'a degree in law') ended where its writer ended it."""
    return full and line[:1].islower()


def _item_runs_on(item: str, cut: str, rest: list[str], is_heading, is_label) -> bool:
    """'(a) be a national of one of the Member' / 'States of the European Union, Iceland,' / 'Liechtenstein or
    Norway;' / '(b) …': a list's item wrapped over lines that start with a capital. The lines after an item that has
    no end mark run on to the first that has one ('.' or ';') when the list's next item follows it straight away.
    A line in between that is a heading, a label or a blank stops it, and so does a line after the end mark that
    is no item (the list's last item, then a paragraph). `cut`, the item's line as written, is wrapped at the width
    its lines before the last reach: a short one ('+ Medical requirements') above longer lines is a heading of its
    own, with its paragraph under it."""
    if not (_LIST_START.match(item) or _O_ITEM.match(item)):
        return False
    if len(rest) > 1 and len(rest[0].split()) <= _TAIL_WORDS and _LIST_START.match(rest[1]) and not is_heading(rest[0]):
        # '- a degree in Law, Economics or Political' / 'Science' / '- …': a few words between two items, in a list
        # whose items end with no mark, are the end of the item above.
        return not is_label(rest[0])
    for k, line in enumerate(rest[:_ITEM_LINES]):
        if not line or _LIST_START.match(line) or is_heading(line) or is_label(line):
            return False
        if line.endswith((".", ";")):
            after = next((later for later in rest[k + 1 :] if later), "")
            return bool(_LIST_START.match(after)) and all(len(cut) >= 0.8 * len(before) for before in rest[:k])
    return False


_TAIL_WORDS = 3
"""The most words a line between two items holds to be the end of the one above, with no end mark."""
_ITEM_LINES = 6
"""The most lines one item is read to run on over, before its end mark."""


def _wrapped_lead_in(previous: str, line: str) -> bool:
    """'… has a good sense of' / 'what makes co-operation work. You:', '… all candidates' / 'must:': a lead-in
    wrapped over two lines. Its second line has a heading's colon but starts in lower case, so it runs on from the
    sentence above, unless that one is a list item ('- a degree in law' / 'the following would be an asset:')."""
    return line[:1].islower() and line.endswith(":") and not _LIST_START.match(previous)


_CUT = re.compile(r"(?<![\w-])([A-Za-z]+)-$")
_REST = re.compile(r"^([a-z]+)\b")


def _compound(previous: str, line: str, text: str) -> bool:
    """Whether the hyphen that ends `previous` belongs to the word it cuts ('decision-' / 'making', 'co-' /
    'operation'), not only to the line's end ('expe-' / 'rience', 'sci-' / 'ence'). The text's own spelling of the
    word elsewhere decides first; then the compound's halves (data/compiler.yaml `hyphen_prefixes`,
    `hyphen_words`). A half that is no lower-case word fragment ('English-' / 'speaking', '2020-' / '2024') keeps
    it."""
    first, rest = _CUT.search(previous), _REST.match(line)
    if first is None or rest is None or not first.group(1)[1:].islower():
        return True
    if re.search(r"[/@.:]\S*$", previous):
        return True  # an address ('jobs.osce.org/resources/our-competency-' / 'model') is copied as written
    head, tail = first.group(1).lower(), rest.group(1)
    if first.group(1)[0].isupper() and head in {lang.lower() for lang in vocabulary().languages}:
        return True  # 'English-' / 'speaking'
    written = _spellings(text)
    if f"{head}-{tail}" in written:
        return True
    if head + tail in written:
        return False
    vocab = vocabulary()
    return head in vocab.hyphen_prefixes or tail in vocab.hyphen_words


@functools.lru_cache(maxsize=4)
def _spellings(text: str) -> frozenset[str]:
    """The words a text writes, lower-case, hyphenated ones whole ('co-operation') and each of their parts."""
    words = re.findall(r"[a-z]+(?:-[a-z]+)*", text.lower())
    return frozenset(words) | {part for word in words if "-" in word for part in word.split("-")}


def _width(lines: list[str]) -> int:
    """The width a text is wrapped at: the length most of its longer lines reach (the 90th percentile)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0


def _continues(previous: str, line: str) -> bool:
    """A wrapped line starts lower-case, or the previous one stopped mid-phrase."""
    if line[:1].islower() or line[:1] in "(\"'":
        return True
    last = previous.split()[-1].lower() if previous.split() else ""
    return last in {
        "and",
        "or",
        "of",
        "the",
        "in",
        "to",
        "for",
        "with",
        "a",
        "an",
        "on",
        "by",
        "from",
        "within",
        "as",
        "at",
        "that",
        "who",
        "which",
    } or previous.endswith(",")


# 'schoolRegular' -> 'school' | 'Regular': a list item glued to the next. The left word
# must start lower-case, so that 'PowerPoint' or 'LinkedIn' stay whole, and be no language's noun-class prefix
# ('isiZulu', 'siSwati').
_GLUED = re.compile(r"\b(?!(?:isi|si|ki|se|xi|tshi|lu|chi)[A-Z])([a-z]+)(?=[A-Z][a-z]{2,})")
_PROTECT = re.compile(
    r"\b(e\.g|i\.e|etc|incl|approx|No|Nr)\.|\b(?:max|min)\.(?=\s*(?:\d|age\b|level\b|[ABC][12]\b))|(?-i:\b(?:[A-Z]\.){2,})",
    re.I,
)
"""Points that end no sentence: an abbreviation's ('e.g.', 'No.'; 'MAX.' and 'MIN.' before a figure, an age or a
language level, in capitals as in small letters: 'MAX. AGE 64', 'English (min. B2)') and a dotted acronym's ('a U.S. Secret-level clearance', 'U.N.
agencies')."""
_SENTENCE_END = re.compile(rf"(?<=[.;?!])\s+(?=[\"'(\u2022A-Z0-9])(?!(?i:{STRENGTH_TAG})\s*(?:[.;]|$))")
"""Where a sentence ends; a bracketed word that says how strongly the item before is asked ('Do you hold a degree
in law? (required)') is that item's own, never a sentence of its own."""
# '… is an asset.Minimum 7 years …': a full stop glued to the next sentence by a copy that lost its space. Only after
# a word of two or more lower-case letters (or a closing bracket) and before a capitalised word, so that 'Ph.D',
# 'U.N.', 'www.osce.org' and 'No.5' stay whole.
_GLUED_STOP = re.compile(r"(?<=[a-z]{2}[.?!])(?=[A-Z][a-z])|(?<=\)[.])(?=[A-Z][a-z])")


# '(Fields of education marked with an asterisk* are essential)': a legend for marks the list may use, a sentence of
# its own, never part of the item it follows.
_LEGEND = re.compile(r"\s*(\((?:[^()]|\([^()]*\))*?\basterisk(?:[^()]|\([^()]*\))*\))")

_ITEM_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|[a-z][.)]|[ivx]{1,4}[.)]|\(\w{1,4}\))\s+(?=\S)", re.I)


# 'a) Fluency in French b) A driving licence', '(1) … (2) …': an item's letter or number in brackets inside a line.
_INNER_MARK = re.compile(
    r"(?<=[\w.;:)\]])\s+(?P<mark>\((?P<a>[a-z]|[ivx]{1,4}|\d{1,2})\)|(?P<b>[a-z]|[ivx]{1,4}|\d{1,2})\))\s+(?=\w)", re.I
)
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
_FIRST_MARKS = {"a": "b", "i": "ii", "1": "2"}
_MODE_LABEL = re.compile(
    r"(?<=\S)\s+(?P<label>(?:Mandatory|Essential|Required|Desirable|Optional|Advantageous|Preferred)\s*:)\s*$"
)
"""A mode's label run into the text before a list's first mark ('… in Kosovo Desirable: a) …')."""
"""A list's first mark, and the mark that shows it opens a list."""


def _before_mark(mark: str) -> set[str]:
    """The marks that come just before `mark` in a list: 'a' before 'b', '1' before '2', 'iv' before 'v' (an 'i' or
    a 'v' is a letter or a Roman figure)."""
    mark = mark.lower()
    out = set()
    if mark.isdigit():
        out.add(str(int(mark) - 1))
    if len(mark) == 1 and mark.isalpha() and mark != "a":
        out.add(chr(ord(mark) - 1))
    if mark in _ROMAN[1:]:
        out.add(_ROMAN[_ROMAN.index(mark) - 1])
    return out


def _inner_items(line: str) -> str:
    """A line holding several lettered or numbered items ('a) Fluency in English b) A valid driving licence', '(1) …;
    (2) …') cut at each item's mark, with its mark dropped: a mark whose item before it stands in the line (its
    'a)' before a 'b)'), after a sentence's end or after an item's last word before the next item's capital. A
    list's first mark, and a mark after a link word or a comma ('either (i) a diploma, or (ii) a school certificate
    and three years …'), names a part of one sentence: it is dropped and the sentence stays whole; a mode's label
    before a list's first mark ('… in Kosovo Desirable: a) Knowledge of Albanian') opens the list's first item. A
    figure said again in brackets ('two (2) years') and a mark named in passing ('sections a) and b) of the rules')
    are no item's."""
    found = list(_INNER_MARK.finditer(line))
    if not found:
        return _ITEM_MARK.sub("", line)
    marks = [(m.group("a") or m.group("b")).lower() for m in found]
    first = _ITEM_MARK.match(line)
    seen = {re.sub(r"\W", "", first.group()).lower()} if first else set()
    out, at = "", 0
    for m, mark in zip(found, marks, strict=True):
        word = re.search(r"(\w+)\W*$", line[: m.start()])
        before = word.group(1).lower() if word else ""
        after = re.match(r"\w+", line[m.end() :])
        listed = bool(_before_mark(mark) & seen) or _FIRST_MARKS.get(mark, "") in marks
        if before in NUMBER_WORDS or (after is not None and after.group().lower() in _LINKS - {"a", "an", "the"}):
            pass
        elif listed and (line[: m.start()].endswith(",") or before in _LINKS or not _before_mark(mark) & seen):
            label = _MODE_LABEL.search(line, at, m.start())
            cut = label.start("label") if label and not _before_mark(mark) & seen else m.start()
            out += line[at:cut] + ("\n" if cut < m.start() else "") + line[cut : m.start()] + " "
            at = m.end()
        elif _before_mark(mark) & seen and (line[: m.start()].rstrip()[-1:] in ".;:" or line[m.end()].isupper()):
            # '… in English b) Possession of …': an item's words, then the next item's capital. A figure in brackets
            # before words that go on ('… studies (8) attested by a diploma, and … experience (9) after …') is a
            # footnote's mark.
            out += line[at : m.start()] + "\n"
            at = m.end()
        seen.add(mark)
    out += line[at:]
    return "\n".join(_ITEM_MARK.sub("", piece) for piece in out.split("\n"))


def sentences(line: str) -> list[str]:
    """A logical line cut into sentences and list items; an item's number or letter ('2.', 'b)') is no sentence."""
    line = _inner_items(line)
    if "asterisk" in line:
        line = _LEGEND.sub(r"\n\1\n", line)
    line = _GLUED.sub(r"\1\n", line)
    line = _PROTECT.sub(lambda m: m.group().replace(".", "\u2024"), line)
    line = _GLUED_STOP.sub(" ", line)
    parts: list[str] = []
    for chunk in line.split("\n"):
        listed = _skills_listed(_routes_listed(_GRADES_LISTED.sub(f"\\1{_LISTING} ", _countries_listed(chunk))))
        for piece in _SENTENCE_END.split(listed):
            # '…; or 5 years with a graduate degree': an alternative of the item before, read with it; so is '…; and
            # good knowledge of another', which names its language by the item before.
            joined = _ANOTHER_OF_BEFORE.sub(", ", re.sub(r";\s*(?=or\b)", ", ", piece))
            for item in re.split(r";\s*(?!or\b)", joined):
                for run in _run_on(item):
                    run = run.replace("\u2024", ".").replace(_LISTING, ";").strip(" \u2022-\t")
                    if run:
                        parts.append(run)
    return parts


# 'nationals of the following countries: Denmark; Finland; Sweden': a semicolon between two countries' names lists
# them, and cuts no sentence.
_COUNTRY_SEMICOLON = re.compile(
    r"(?P<before>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'\u2019-]*){0,4})\s*;\s*"
    r"(?=(?:and\s+|or\s+)?(?P<after>[A-Z][\w'\u2019-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'\u2019-]*){0,4}))"
)


_LISTING = "\ue03b"
"""Stands for a semicolon that lists (countries, grades' figures) and cuts no sentence, until the sentences are cut."""


def _skills_listed(piece: str) -> str:
    """'English: C1 in reading and writing; B2 in speaking': a semicolon between one language's levels by skill lists
    them, and cuts no sentence (the language's reader reads them together)."""
    if ";" not in piece:
        return piece
    from eligibility.checks.language import skill_semicolons

    for at in skill_semicolons(piece):
        piece = piece[:at] + _LISTING + piece[at + 1 :]
    return piece


# 'P-3: 5 years; P-4: 7 years': a semicolon between two grades' figures lists them, and cuts no sentence.
_GRADES_LISTED = re.compile(
    rf"({GRADE}\s*[:=\u2013-]\s*[^;:]{{0,24}}?\d[^;:]{{0,16}}?)\s*;\s*(?={GRADE}\s*[:=\u2013-]\s*\S)"
)
_FIGURE = re.compile(rf"(?<![\w-])(?:{NUMBER})(?![\w-])", re.I)
_YEARS_OF_EXPERIENCE = re.compile(
    r"\b(?:years?|yrs?)\b[^;]*?\bexperience\b|\bexperience\b[^;]*?\b(?:years?|yrs?)\b", re.I
)


_ITEM_LEAD = re.compile(r"[\s\-\u2013\u2022*]*(?:(?:an?|the|minimum(?:\s+of)?|at\s+least|with)\s+)*", re.I)


def route_item(item: str) -> bool:
    """One degree and one figure in a few words: an item of a list of routes ('Master's degree - 5', '7 years
    (Bachelor's)'), never a sentence of its own ('a university degree with at least two years of relevant experience
    is acceptable instead', which the experience reader takes as another route)."""
    said = mentions(item)
    levels = {level for _, _, level in said if level in LADDER}
    # An item of a table opens with its degree or its figure ('Bachelor's degree - 7', '7 years with a Bachelor's
    # degree'), never with who it is for ('candidates with a Bachelor's degree need seven years …').
    lead = _ITEM_LEAD.match(item)
    opens = bool(_FIGURE.match(item, lead.end())) or any(start == lead.end() for start, _, _ in said)
    return opens and len(levels) == 1 and len(_FIGURE.findall(item)) == 1 and len(item.split()) <= 12


_EXPERIENCE_LABEL = re.compile(r"^(?P<label>[^:]*\bexperience\b[^:]*):(?P<items>.*)$", re.I)


_ITEMS_APART = re.compile(r"\s*(?:;|/|\||,?\s+or\s+|,)\s*", re.I)


def routes_only(value: str) -> bool:
    """'Master's: 5 years / Bachelor's: 7 years': two or more routes, each one degree and its years, and nothing
    else (what they count is for a label to say)."""
    items = [item for item in _ITEMS_APART.split(value.strip().rstrip(".")) if item]
    return len(items) >= 2 and all(route_item(item) for item in items)


def _routes_under_label(previous: str, line: str) -> bool:
    """Whether `line` is one more route under a label of experience that ends its line ('Minimum years of experience
    in law:' / '- Master's degree - 5'): a line of one degree and one figure after the label, or after the routes
    already joined to it."""
    labelled = _EXPERIENCE_LABEL.match(_LIST_START.sub("", previous).strip())
    if labelled is None or not route_item(_LIST_START.sub("", line)):
        return False
    items = labelled.group("items").strip()
    return not items or all(route_item(item) for item in items.split(";"))


_MORE_ROUTES = re.compile(r",?\s+or\s+|,\s*", re.I)


def _routes_listed(piece: str) -> str:
    """'Minimum years of experience in law: Master's degree - 5; Bachelor's degree - 7': a semicolon between two
    routes, each one degree and its years, lists them, and cuts no sentence; the experience reader reads the routes
    together (a route cut off alone would lose the figure that is its minimum)."""
    if ";" not in piece or not _YEARS_OF_EXPERIENCE.search(piece):
        return piece
    items = piece.split(";")
    out = items[0]
    for before, after in itertools.pairwise(items):
        # The item before is what follows a label's colon ('Years of experience: Master's: 5 years'), or all of it.
        items_before = [before] + [before[m.end() :] for m in re.finditer(":", before)]
        # 'Bachelor's degree with 9 years; Master's degree with 7 years or PhD with 5 years …': the routes after go
        # on with 'or' or a comma, the first of them one more route.
        joined = any(route_item(item) for item in items_before) and (
            route_item(after) or route_item(_MORE_ROUTES.split(after, maxsplit=1)[0])
        )
        out += (_LISTING if joined else ";") + after
    return out


_WHO_MAY_APPLY = re.compile(r"\b(?:nationals?|citizens?|nationality|nationalities|countries|states)\b", re.I)


def _countries_listed(piece: str) -> str:
    """The semicolons that list countries' names made commas, so the list is read as one sentence."""
    if ";" not in piece or not _WHO_MAY_APPLY.search(piece):
        return piece
    from eligibility.countries import country_code

    def listed(m: re.Match) -> str:
        if country_code(m.group("before")) and country_code(m.group("after")):
            return m.group("before") + _LISTING + " "
        return m.group(0)

    return _COUNTRY_SEMICOLON.sub(listed, piece)


_LINKS = {"and", "or", "of", "the", "in", "to", "for", "with", "a", "an", "on", "by", "from", "within", "as", "at"}
_RUN_GAP = re.compile(r"(?<=[a-z)])( +)(?=[A-Z])")
_RUN_LENGTH = 80


def _run_on(item: str) -> list[str]:
    """A list whose bullets were lost, cut back into its items.

    Items kept apart by two or more spaces ('… the vendor database  Performs other duties') are cut there; a
    long run of one-space gaps ('… would be an asset Minimum seven years of experience … Valid driver's licence …')
    is cut before a word a requirement starts with (data/compiler.yaml `item_openers`). Never after a preposition
    or conjunction ('fluency in  English', 'knowledge of Computer systems'), nor inside brackets, so a phrase stays
    whole."""
    if len(item) < 20:
        return [item]
    from eligibility.compiler.vocabulary import vocabulary

    openers, languages = vocabulary().item_openers, vocabulary().languages
    cuts = []
    for gap in _RUN_GAP.finditer(item):
        # The word before the gap is a lower-case word of its own ('asset', 'systems)') or a language ('fluency in
        # Greek  Valid …'), not another name ('First University degree'), a bullet letter ('or o Completed …') or
        # a link word.
        word = re.search(r"(?:^|\s)\(?([A-Za-z]+)\W*$", item[: gap.start()])
        last = word.group(1) if word else ""
        own = (last.islower() and len(last) >= 2) or last in languages
        if not own or last in _LINKS:
            continue
        before = item[: gap.start()]
        if before.count("(") > before.count(")"):
            continue  # 'higher education (at least Master's level …) in law': a bracket's words are one item's
        if len(gap.group(1)) >= 2 or (len(item) >= _RUN_LENGTH and openers.match(item, gap.end())):
            cuts.append(gap.end())
    if not cuts:
        return [item]
    bounds = [0, *cuts, len(item)]
    return [item[a:b].strip() for a, b in itertools.pairwise(bounds)]


_SMALL_WORDS = {
    *("of", "and", "in", "the", "to", "or", "at", "a", "an", "for", "with", "on", "by", "as", "from", "is", "are", "be")
}


def uncapitalised(sentence: str) -> str:
    """A sentence written all in capitals ('THIS POSITION IS OPEN TO CITIZENS OF THE REPUBLIC OF MOLDOVA ONLY',
    'LANGUAGES: EXCELLENT COMMAND OF ROMANIAN AND RUSSIAN') in the case the kinds read names in, as a notice in
    lower case is given back its capitals (`recased`): in small letters, with its first word, the languages,
    countries, nationals and organisations the data knows capitalised ('This position is open to citizens of the
    Republic of Moldova only'); levels, grades and short forms ('B2', 'P-3', 'EU', 'MSC') keep their letters. Any
    other sentence is returned as it is."""
    letters = re.sub(r"[^A-Za-z]", "", sentence)
    if len(letters) < 5 or not letters.isupper() or not re.search(r"[A-Z]{3,}", sentence):
        return sentence
    organisations = vocabulary().organisations

    def word(m: re.Match) -> str:
        w = m.group()
        if w.lower() in _SMALL_WORDS or w.lower() in _COMMON_SHORT:
            return w.lower()
        if re.search(r"\d", w) or len(w) <= 2 or any(p.fullmatch(w) for _, p in organisations):
            return w  # 'B2', 'EU', 'OSCE': a level's or an organisation's letters
        return w.lower()  # a short form ('MBA') is given back its letters below, unless it is a name ('URDU')

    lowered = re.sub(r"[A-Za-z][A-Za-z'’]*\d*", word, sentence)
    # 'REPUBLIC OF MOLDOVA', 'KINGDOM OF THE NETHERLANDS': a state's style before a name is part of the name.
    named = _STATE_STYLE.sub(lambda m: m.group(1).title() + m.group(2), _given_names(lowered))
    # 'BOSNIAN/CROATIAN/SERBIAN': a one-word name beside a slash, which a name's bounds leave out (never a word that
    # is also an ordinary one).
    _, written, ordinary = _names()
    named = re.sub(
        r"(?<=/)[a-z]+|[a-z]+(?=/)",
        lambda m: written.get(m.group(), m.group()) if m.group() not in ordinary else m.group(),
        named,
    )
    # A short word that is no English word and no name ('MBA', 'NOB', 'CFA') is a short form, as written.
    named = re.sub(
        r"\b[a-z]{3,4}\b",
        lambda m: (
            m.group() if m.group() in _COMMON_SHORT or m.group() in _SMALL_WORDS else sentence[m.start() : m.end()]
        ),
        named,
    )
    # The first word of each sentence is capitalised, after an item's own mark ('(a) A second-level degree …').
    named = re.sub(r"^(\W*)([A-Z])(?=[.)]\s)", lambda m: m.group(1) + m.group(2).lower(), named)
    named = re.sub(r"(?<=[a-z]{2}[.?!])(\s+)([a-z])", lambda m: m.group(1) + m.group(2).upper(), named)
    return re.sub(r"^(\W*(?:[a-z0-9]{1,2}[.)]\s+)?)([a-z])", lambda m: m.group(1) + m.group(2).upper(), named)


_STATE_STYLE = re.compile(
    r"\b((?:(?:federal|democratic|socialist|islamic|united|grand|people's|hashemite|arab|plurinational|bolivarian|"
    r"sovereign|independent)\s+)*(?:republic|kingdom|principality|"
    r"duchy|federation|commonwealth))(\s+of\s+(?:the\s+)?(?=[A-Z]))"
)
_COMMON_SHORT = frozenset(
    re.findall(
        r"\S+",
        """not no nor may can must will who all any its it has had have hold this that than then only also both each
        such per one two six ten year age aged over more less good very some work law life role post able open own
        our your his her they them when what which whom whose well plus full time part high low new old off out up
        via need needs shall does did done so if but yet born were been was into upon from with under""",
    )
)
"""Short words in capitals that are English words, never a short form ('ONLY', 'MUST', 'LAW'): in small letters."""


def _given_names(line: str) -> str:
    """A line in small letters with the capitals of the names in it given back (`_names`); a name that is also an
    ordinary word ('polish', 'chad') only where a name's context makes it one."""
    pattern, written, ordinary = _names()

    def name(m: re.Match) -> str:
        found = m.group()
        if found in ordinary:
            before, after = m.string[: m.start()], m.string[m.end() :]
            listed = _NAME_LISTED.search(before[-40:])
            beside = (
                listed is not None and listed.group(1).lower() in written and listed.group(1).lower() not in ordinary
            )
            if not (_NAME_BEFORE.search(before[-40:]) or beside or _NAME_AFTER.match(after)):
                return found
        return written.get(found, found)

    return pattern.sub(name, line)


def lower_case(text: str) -> bool:
    """Whether a notice is written in lower case throughout ('osce centre in ashgabat' / 'fluent russian and
    turkmen'): nearly no word of it is capitalised, so that its names, headings and sentences cannot be told by
    their capitals. Short forms in capitals ('OSCE', 'CV') do not count; a notice in capitals is none."""
    letters = sum(1 for ch in text if ch.isalpha())
    lower = sum(1 for ch in text if ch.islower())
    words = len(re.findall(r"[^\W\d_]+", text))
    capitalised = len(re.findall(r"(?<![^\W\d_])[A-Z][a-z]", text))
    # Each line's first letter ('- fluent …', 'minimum requirements'): a notice in lower case opens its lines so.
    openings = re.findall(r"^[^\w\n]*([^\W\d_])", text, re.M)
    lines_lower = sum(ch.islower() for ch in openings) >= 0.8 * len(openings)
    return letters >= 40 and lower >= 0.7 * letters and capitalised <= 0.02 * words and lines_lower


@functools.lru_cache(maxsize=1)
def _names() -> tuple[re.Pattern, dict[str, str], frozenset[str]]:
    """The names a notice in lower case is given back its capitals for, lower-case -> as written: languages,
    countries, their nationals, duty-station cities, organisations and their offices; and the names that are also
    ordinary words (data/compiler.yaml `ordinary_words`), which are names only where a name's context says so."""
    from eligibility.countries import _iso, _table
    from eligibility.organisation import osce

    vocab = vocabulary()
    table = _table()
    written: dict[str, str] = {}

    def add(name: str) -> None:
        name = name.strip()
        if re.fullmatch(r"[^\W\d_][\w' .-]*", name) and len(name) >= 3:
            written.setdefault(name.lower(), name)

    for language in vocab.languages:
        add(language)
    for region in vocab.regions:
        add(region)
    for raw in vocab.organisation_names:
        if raw.lower() not in vocab.never_names:
            add(raw)
    for office in osce().offices:
        add(office.name)
        add(office.city)
    for name in _iso()["names"].values():
        add(name)
    for group in ("aliases", "duty_stations", "demonyms"):
        for key in table[group]:
            add(_title_words(key))
    ordered = sorted(written, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w@/.-])(?:" + "|".join(re.escape(n) for n in ordered) + r")(?![\w@/-]|\.\w)")
    return pattern, written, frozenset(n.lower() for n in vocab.ordinary_words)


def _title_words(phrase: str) -> str:
    """'bosnia and herzegovina' -> 'Bosnia and Herzegovina', 'cox's bazar' -> 'Cox's Bazar'."""
    words = phrase.split(" ")
    return " ".join(w if (w in _SMALL_WORDS and i > 0) else w[:1].upper() + w[1:] for i, w in enumerate(words))


# A name that is also an ordinary word ('polish', 'chad', 'turkey') is a name after these words ('knowledge of
# polish', 'nationals of chad', 'based in jordan') or beside another name ('russian and polish').
_NAME_BEFORE = re.compile(r"\b(?:of|in|from)\s+$")
_NAME_LISTED = re.compile(r"([^\W\d_]+)(?:,|\s+(?:and|or))\s+$")
_NAME_AFTER = re.compile(r"^\s+(?:language|nationals?|citizens?|(?:and|or)\s+[a-z]+\s+(?:language|nationals?))\b")
# A level, a grade or a reference written in lower case ('b2', 'g5', 'p-3', 'vntkmg00093').
_CODE = re.compile(r"(?<![\w@/.-])[a-z]{1,8}-?\d[\w-]*(?![\w@/-]|\.\w)")
_SENTENCE_START = re.compile(r"(^[\s>\-*#\u2022(\"']*(?:\d{1,2}[.)]\s+|[a-z][.)]\s+)?|[.?!]\s+)([a-z])", re.M)
_HEADER_LINE = 12
"""A line of at most this many words, with no bullet and no closing punctuation, is a header, heading or label (one
that ends in a colon, of at most five: 'tasks and responsibilities:', not 'under the supervision of …, the
incumbent:')."""


def recased(text: str) -> str:
    """A notice written all in lower case, given the capitals its reading depends on: languages, countries,
    nationals, cities, organisations and offices ('fluent russian' -> 'fluent Russian', 'osce' -> 'OSCE'), levels,
    grades and references ('b2' -> 'B2', 'g5' -> 'G5'), the first word of each line and sentence, and each word of a
    short line that is a header, heading or label ('vacancy notice: national programme assistant' -> 'Vacancy
    Notice: National Programme Assistant'). A name that is also an ordinary word ('polish your drafts', 'a
    chad') keeps its case unless a name's context makes it one. Only the case of letters changes, so each line
    keeps its length. Any other text is returned as it is."""
    if not lower_case(text):
        return text
    lines = []
    for line in text.split("\n"):
        line = _given_names(line)
        line = _CODE.sub(lambda m: m.group().upper(), line)
        line = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), line)
        bare = line.strip()
        if (
            bare
            and len(bare.split()) <= _HEADER_LINE
            and not bare.endswith((".", ";", ",", "?", "!"))
            and (not bare.endswith(":") or len(bare.split()) <= 5)
            and not re.match(r"[-*\u2022>]|\d{1,2}[.)]\s", bare)
        ):
            line = _title_cased(line)
        lines.append(line)
    return "\n".join(lines)


def as_written(quote: str, original: str) -> str:
    """A quote of a `recased` notice in the case the notice writes it ('Fluent spoken and written Russian' ->
    'fluent spoken and written russian'); the quote itself where the notice does not hold it."""
    words = quote.split()
    if not words:
        return quote
    m = re.search(r"\s+".join(re.escape(w) for w in words), original, re.I)
    return re.sub(r"\s+", " ", m.group()) if m else quote


def _title_cased(line: str) -> str:
    """Each word of a line capitalised but the small words after its first ('national legal assistant' ->
    'National Legal Assistant'); capitals already there are kept ('OSCE', 'G4')."""
    first = len(line) - len(line.lstrip())
    return re.sub(
        r"(?<![\w'@/.-])([a-z])([a-z'-]*)",
        lambda m: m.group() if m.group() in _SMALL_WORDS and m.start() > first else m.group(1).upper() + m.group(2),
        line,
    )
