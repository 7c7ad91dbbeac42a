"""A posting's text from what a user has: plain text, a web page saved from a browser, or a PDF.

HTML is read with Beautiful Soup (the standard library's parser underneath, so
no compiled dependency): headings, paragraphs, list items and table cells each
become a line, list items marked '•', scripts, styles and navigation dropped.
PDF is read with pypdf (pure Python): its text, page by page; the compiler's
line joining then undoes hard wraps.
"""

from __future__ import annotations

import io
import logging
import re

from eligibility.errors import InputError
from eligibility.yamlio import MAX_BYTES, decode

MAX_DOCUMENT_BYTES = 20_000_000
"""A saved page or PDF carries markup and fonts: it may be larger than a text file."""

_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "div", "section", "article", "dt", "dd", "br")
_DROP = ("script", "style", "noscript", "nav", "header", "footer", "form", "button", "svg", "iframe", "template")


def kind_of(data: bytes) -> str:
    """'pdf', 'html' or 'text', by the content, not the file name."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(?:body|div|p|h1|ul|table)\b", head):
        return "html"
    return "text"


def read_posting_bytes(path) -> bytes:
    """A posting file's bytes, refused before reading when it is larger than any posting can be."""
    import os

    from eligibility.yamlio import open_regular

    try:
        # A folder, named pipe or device is refused by what it is, at once (a pipe is never waited on).
        fd = open_regular(path, what="posting")
    except FileNotFoundError:
        raise InputError("no such file", file=str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot open it ({exc.strerror or exc})", file=str(path)) from None
    try:
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"cannot read it ({exc.strerror or exc})", file=str(path)) from None
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"is over {MAX_DOCUMENT_BYTES:,} bytes: not a posting", file=str(path))
    return data


def read_posting(data: bytes, *, name: str) -> str:
    kind = kind_of(data)
    if kind == "text":
        return decode(data, name=name, what="posting text")
    if len(data) > MAX_DOCUMENT_BYTES:
        raise InputError(f"{kind.upper()} file is {len(data):,} bytes; the limit is {MAX_DOCUMENT_BYTES:,}", file=name)
    text = html_text(data) if kind == "html" else pdf_text(data, name=name)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(f"the text of this {kind.upper()} is over {MAX_BYTES:,} bytes", file=name)
    return text


def html_text(data: bytes) -> str:
    """A saved web page as lines: one per heading, paragraph, list item ('• …') or table row."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup.find_all(_DROP):
        tag.decompose()
    # A site's menu, top bar or breadcrumb trail kept in a plain element, named so by its class or id ('<div
    # class="topbar">', '<ol class="crumbs">'): navigation as a <nav> is, never the notice's title; a short one only.
    for tag in soup.find_all(_named_navigation):
        if not tag.decomposed and len(tag.get_text(" ", strip=True)) <= _MENU_CHARS:
            tag.decompose()
    # What a browser does not show is no part of the notice a reader sees: an element `hidden`, `aria-hidden`, or
    # styled away inline (display: none, visibility: hidden).
    for tag in soup.find_all(_hidden):
        if not tag.decomposed:
            tag.decompose()
    title = soup.find("h1") or soup.find("title")
    for tag in soup.find_all("li"):
        tag.insert(0, "\u2022 ")
    # A table row of several cells stays one line with its cells apart ('Education | Master's degree | PhD'), so
    # that each column is read as its own (a column headed 'Desirable' is desirable, its neighbour is not).
    # A two-column table ('Closing date | 2 March 2026') is a list of labels and stays one.
    in_rows = set()
    for table in soup.find_all("table"):
        rows = [row.find_all(["td", "th"], recursive=False) for row in table.find_all("tr")]
        if not any(len(cells) >= 3 for cells in rows):
            continue
        for cells in rows:
            if len(cells) < 2:
                continue
            for cell in cells[1:]:
                cell.insert(0, " | ")
            in_rows.update(id(cell) for cell in cells)
    for table in soup.find_all("table"):
        for row in table.find_all("tr"):
            cells = row.find_all(["td", "th"], recursive=False)
            if len(cells) == 2 and cells[0].name == "td" and id(cells[0]) not in in_rows and _label(cells[0]):
                cells[0].append(":")  # 'Main language | Russian: perfect command …': the row's label, as a <th> is
    for tag in soup.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "dt", "th"]):
        text = tag.get_text(" ", strip=True)
        if text and not text.endswith((":", "?", ".")) and tag.name != "h1" and id(tag) not in in_rows:
            tag.append(":")  # a heading stays a heading once its tags are gone
    for tag in soup.find_all(["td", "dd"]):
        if id(tag) not in in_rows:
            tag.insert(0, " ")
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    body = soup.body or soup
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in body.get_text("").splitlines()]
    out = [line for line in lines if line]
    if title is not None and title.name == "title":
        heading = title.get_text(" ", strip=True)
        if heading and (not out or out[0] != heading):
            out.insert(0, heading)
    return "\n".join(out) + "\n"


_NAVIGATION_NAME = re.compile(
    r"^(?:[\w-]*[-_])?(?:nav|navbar|navigation|menu|menubar|topbar|top-bar|breadcrumbs?|crumbs)(?:[-_][\w-]*)?$", re.I
)
_MENU_CHARS = 300
"""The most characters a menu, a top bar or a breadcrumb trail holds; an element named so that holds more is content."""


def _named_navigation(tag) -> bool:
    """Whether an element's class or id names it a menu, a top bar or a breadcrumb trail."""
    names = [*(tag.get("class") or []), *str(tag.get("id") or "").split()]
    return any(_NAVIGATION_NAME.match(name) for name in names)


def _label(cell) -> bool:
    """Whether a row's first cell of two is its label: a few words that end no sentence ('Main language',
    'Closing date'), never a paragraph or a cell left empty."""
    text = cell.get_text(" ", strip=True)
    return 0 < len(text.split()) <= _LABEL_WORDS and not text.endswith((":", "?", ".", ";", "!"))


_LABEL_WORDS = 6
"""The most words a row's label cell holds."""


_HIDDEN_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\s*(?:!important\s*)?(?:;|$)", re.I
)


def _hidden(tag) -> bool:
    """Whether an element is one a browser does not show (or a screen reader skips): `hidden`, `aria-hidden="true"`,
    or an inline style of display: none or visibility: hidden."""
    attrs = tag.attrs
    if "hidden" in attrs or str(attrs.get("aria-hidden", "")).strip().lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(attrs.get("style", ""))))


def pdf_text(data: bytes, *, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs what it repairs; a user gets one line, from us, or none.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"not a readable PDF ({exc})", file=name) from None
    text = "\n".join(pages)
    if not text.strip():
        raise InputError("the PDF has no text layer (a scanned image?); run it through OCR first", file=name)
    return text
