"""Tell CV formats and profiles apart by content, not by file name."""

from __future__ import annotations

import re

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


def sniff(data: bytes) -> str:
    """PDF, XML, JSON Resume, or a profile (YAML or JSON) from a file's first bytes."""
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"<"):
        return XML
    if head.startswith(b"{"):
        return JSON_RESUME  # confirmed (or turned back to a profile) once parsed: see cv.read_bytes
    return PROFILE
