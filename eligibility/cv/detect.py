"""Tell CV formats and profiles apart by content, not by file name."""

from __future__ import annotations

import re

from eligibility.formats.columns import CSV_HEADER

PDF = "europass-pdf"
XML = "xml"
JSON_RESUME = "json-resume"
PROFILE = "profile"

_ROOT = re.compile(rb"<\s*(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]")


def xml_root_name(data: bytes) -> str | None:
    """The local name of the first element (skipping the declaration, comments, a doctype), or None."""
    head = data[:4096]
    head = re.sub(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", b"", head, flags=re.S)
    m = _ROOT.search(head)
    return m.group(1).decode("ascii", "replace") if m else None


OFFICE = "office"
OFFICE_SUFFIXES = {
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".docm": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "an RTF document",
    ".pages": "a Pages document",
}
"""Word processors' files, which hold a CV as layout, not as data: never read, always named."""
NOT_READ = (
    "only Europass CVs (the XML, or the PDF the Europass editor downloads) and JSON Resume are read: enter the "
    "CV in the Europass editor (europa.eu/europass), or answer the guided self-check (`eligibility check POSTING`)"
)
"""Why a word processor's CV is not read, and what to do instead."""


def office_document(name: str, data: bytes = b"") -> str | None:
    """'a Word document' (and the like) for a word processor's file, by its name or its first bytes; else None."""
    named = OFFICE_SUFFIXES.get(_suffix(name))
    if named is not None:
        return named
    if data.startswith(b"{\\rtf"):
        return OFFICE_SUFFIXES[".rtf"]
    if data.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "a Word (or other Office) document"
    if data.startswith(b"PK\x03\x04"):
        head = data[:2048]
        if b"word/" in head or b"[Content_Types].xml" in head:
            return OFFICE_SUFFIXES[".docx"]
        if b"opendocument.text" in head:
            return OFFICE_SUFFIXES[".odt"]
    return None


_KINDS = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
)


def other_file(data: bytes) -> str | None:
    """What a file plainly other than a profile or CV is, by its first bytes: 'a PNG image', 'a gzip archive';
    else None (word processors' files: `office_document`; a web page is read as XML, and named as a vacancy
    notice where it is one)."""
    for magic, kind in _KINDS:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "a WebP image"
    if data[4:8] == b"ftyp":
        return "a HEIC image or MP4 video"
    return None


def _suffix(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    return "." + base.rsplit(".", 1)[-1].lower() if "." in base.lstrip(".") else ""


def sniff(data: bytes) -> str:
    """PDF, XML, JSON Resume, a word processor's file, or a profile (YAML or JSON) from a file's first bytes."""
    if office_document("", data[:2048]) is not None:
        return OFFICE
    head = data[:1024]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte order mark: its text decides
        head = head[: len(head) // 2 * 2].decode("utf-16", "replace").encode("utf-8")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"<"):
        return XML
    if head.startswith(b"{"):
        return JSON_RESUME  # confirmed (or turned back to a profile) once parsed: see cv.read_bytes
    return PROFILE


def screen_csv(head: bytes) -> bool:
    """Whether a file's first bytes are the header of `eligibility screen`'s CSV (formats/columns.CSV_HEADER)."""
    first = head.split(b"\n", 1)[0].decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r")
    return first == ",".join(CSV_HEADER)  # its names need no quotes: written as they are
