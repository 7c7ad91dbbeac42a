"""A Europass PDF: the Europass editor attaches the CV's XML to every PDF it makes (as `attachment.xml`)."""

from __future__ import annotations

import io
import logging

from eligibility.errors import InputError

MAX_ATTACHMENT = 1_000_000
"""An attached CV is a few kilobytes to a few hundred (with a photo)."""

NO_XML_HINT = (
    "this PDF carries no Europass XML; open your CV in the Europass editor (europa.eu/europass, "
    "'My Library') and download it again as PDF, which attaches the XML, or download the XML itself"
)


def attached_xml(data: bytes, name: str) -> bytes:
    """The Europass XML attached to a PDF; InputError when the PDF cannot be read or carries none."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    quiet = logging.getLogger("pypdf")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # pypdf logs repairs it makes; the user gets one line from us instead
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        attachments = reader.attachments
        candidates = []
        for filename in attachments:
            for content in attachments[filename]:
                if len(content) > MAX_ATTACHMENT:
                    raise InputError(
                        f"attachment '{filename}' is {len(content):,} bytes; the limit is {MAX_ATTACHMENT:,}",
                        file=name,
                    )
                candidates.append((filename, content))
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError) as exc:
        raise InputError(f"not a readable PDF ({type(exc).__name__}: {exc})", file=name) from None
    finally:
        quiet.setLevel(level)
    from eligibility.cv.detect import xml_root_name

    for _filename, content in sorted(candidates, key=lambda c: not c[0].lower().endswith(".xml")):
        if xml_root_name(content) in ("Candidate", "SkillsPassport", "Europass"):
            return content
    if _is_notice(data, name):
        from eligibility.cv.notice import notice_error

        raise notice_error(name)
    raise InputError("no Europass XML attached", file=name, hint=NO_XML_HINT)


def _is_notice(data: bytes, name: str) -> bool:
    """Whether a PDF with no CV attached is a vacancy notice (its text read as `compile` reads it)."""
    from eligibility.compiler.sources import pdf_text
    from eligibility.cv.notice import reads_as_notice

    try:
        return reads_as_notice(pdf_text(data, name=name))
    except (InputError, ValueError, KeyError, TypeError, AttributeError, OSError, RecursionError):
        return False
