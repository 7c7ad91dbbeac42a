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
    r"|\bapplications?\s+(?:are\s+|will\s+be\s+|may\s+be\s+)?(?:open|accepted|received|submitted|taken|invited)\b"
    r"|\b(?:vacancy|position|post|call|posting|competition|advert(?:isement)?|announcement)\s+(?:is\s+|will\s+be\s+)?"
    r"open\b"
    r"|(?:^|\n)[ \t]*(?:open|opening\s+period)\s*(?=:|\bfrom\b|\d)",
    re.I,
)
# What parts the period's first day from its last: a dash with spaces, an en or em dash, or a word.
_TO = re.compile(r"\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\s+(?:to|until|till|through|and)\s+", re.I)
# A date right where it is expected: '27 Dec 2026', 'Sunday, 27 December 2026', 'December 27, 2026', '2026-12-27'.
_DATE_HERE = re.compile(r"\s*(?:[A-Z][a-z]+day,?\s+)?(?:\d|[A-Z][a-z]{2,8}\.?\s+\d)")
_WORD_TO = re.compile(r"\s*(?:until|till|through|to)\s+", re.I)


def period_end(text: str) -> date | None:
    """The last day of the first period of applications the text states, or None."""
    for m in _OPEN.finditer(text):
        window = text[m.end() : m.end() + 120].split("\n", 1)[0]
        opening = re.match(r"\s*(?::|is|are|runs|will\s+run|from|between|as\s+of)*\s*", window, re.I)
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
