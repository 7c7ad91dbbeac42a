"""The closing date a notice gives only as the end of the period it is open: 'Application period 30 Nov 2026 -
27 Dec 2026', 'Applications are open from 1 March 2027 to 31 March 2027', 'The vacancy is open until 12 May 2027',
'Open: 2 June 2027 – 30 June 2027'. Read where no label or sentence names the closing date itself."""

from __future__ import annotations

import re
from datetime import date

from eligibility.compiler.layout import parse_date

# Words that say for how long applications are taken: a period's name, or applications (the vacancy) being open.
_OPEN = re.compile(
    r"\b(?:application|applications|posting|vacancy|publication|advertis(?:ing|ement)|recruitment|submission|"
    r"announcement)\s+period\b"
    # 'The application period for the 2027 programme opens on …': what the period is for, before its verb.
    r"(?:\s+for\s+[^.\n]{1,40}?(?=\s+(?:opens|is|runs|will\s+run)\b))?"
    # 'Applications for the 2027 Programme are open from …', 'Applications can be submitted between …'.
    r"|\bapplications?(?:\s+(?:for|to)\s+(?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,5}?)?\s+"
    r"(?:are\s+|will\s+be\s+|may\s+be\s+|can\s+be\s+)?(?:open|accepted|received|submitted|taken|invited)\b"
    # 'Submit your application online between 24 November 2026 and 15 January 2027'.
    r"|\b(?:submit|send)\s+(?:your\s+|an?\s+|the\s+)?(?:applications?|candidatures?|nominations?)"
    r"(?:\s+(?:online|electronically|by\s+e-?mail))?(?=\s+between\b)"
    r"|\b(?:vacancy|position|post|call|posting|competition|advert(?:isement)?|announcement)\s+(?:is\s+|will\s+be\s+)?"
    r"open\b"
    r"|(?:^|\n)[ \t]*(?:open|opening\s+period)\s*(?=:|\bfrom\b|\d)",
    re.I,
)
# What parts the period's first day from its last: a dash with spaces, an en or em dash, or a word.
_TO = re.compile(
    r"\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\s+(?:to|until|till|through|and(?:\s+(?:closes|ends)(?:\s+on)?)?)\s+",
    re.I,
)
# A date right where it is expected: '27 Dec 2026', 'Sunday, 27 December 2026', 'December 27, 2026', '2026-12-27'.
_DATE_HERE = re.compile(r"\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
_CUT_DATE = re.compile(r"\b(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?)\s*$")
"""A line that ends on a date's month and day with its year on the next line: 'closes on January 11,'."""
_WORD_TO = re.compile(r"\s*(?:until|till|through|to)\s+", re.I)


def period_end(text: str) -> date | None:
    """The last day of the first period of applications the text states, or None."""
    for m in _OPEN.finditer(text):
        window, _, after_line = text[m.end() : m.end() + 160].partition("\n")
        if _CUT_DATE.search(window):
            # '… and closes on January 11,' / '2027 at 11:59 PM': a date the line's end cuts goes on on the next line.
            window += " " + after_line.split("\n", 1)[0].strip()
        window = window[:140]
        opening = re.match(r"\s*(?::|is|are|runs|will\s+run|opens(?:\s+on)?|from|between|as\s+of)*\s*", window, re.I)
        rest = window[opening.end() if opening else 0 :]
        only_end = _WORD_TO.match(window)
        if only_end and _DATE_HERE.match(window, only_end.end()):
            # 'The vacancy is open until 12 May 2027': the last day alone.
            return parse_date(window[only_end.end() :])
        if not _DATE_HERE.match(rest):
            continue
        first = parse_date(rest)
        for cut in _TO.finditer(rest):
            after = rest[cut.end() :]
            if not _DATE_HERE.match(after) or parse_date(rest[: cut.start()]) != first:
                continue
            last = parse_date(after)
            if first is not None and last is not None and last >= first:
                return last
    return None
