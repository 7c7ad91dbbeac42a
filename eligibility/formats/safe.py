"""Text from input files made safe to show on a terminal.

A profile's name or a country value may hold escape sequences (ANSI colours,
OSC titles and hyperlinks, cursor movement) that a terminal would obey, or line
breaks that would start a line of output the tool never wrote (a name holding
"\\nVerdict: ELIGIBLE"). Every human output passes the text of its inputs
through `line` before laying it out, which writes each control character, line
or paragraph separator and bidirectional control as a visible escape (`\\x0a`,
`\\x1b`, `\\u2028`, …) and leaves all other text, accents and emoji included, as
it is; the console (`console`) escapes what is left of control characters in
whatever it prints. JSON and CSV output stay exact.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
"""The bidirectional controls (marks, embeddings, overrides, isolates), which reorder what is shown."""
_CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}]")
"""C0 and C1 controls (Unicode category Cc; tab and newline kept) and the bidirectional controls."""
_CONTROL_OR_BREAK = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}\u2028\u2029]")
"""Every control (Cc), the line and paragraph separators (Zl, Zp) and the bidirectional controls."""


_UNDECODED = re.compile("[\udc80-\udcff]")
"""A byte of a file name that is not UTF-8, as Python reads it from the file system (a lone surrogate)."""


def file_text(name: str) -> str:
    r"""A file's name as text any output can hold: each byte of it that is not UTF-8 (a Latin-1 'é' in a name
    written in Latin-1, read by Python as a lone surrogate) written as `\xNN` ('caf\xe9.yaml'), so that its row is
    written, never lost or a crash, and still names the file. Every other name is returned as it is."""
    if _UNDECODED.search(name) is None:
        return name
    return _UNDECODED.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", name)


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, *, one_line: bool = False) -> str:
    """`value` as text with control characters escaped; `one_line` escapes line breaks and tabs too."""
    text = value if isinstance(value, str) else str(value)
    pattern = _CONTROL_OR_BREAK if one_line else _CONTROL
    return pattern.sub(_escape, text)


def line(value: object) -> str:
    """Text of an input (a name, an employer, a file name, a reason quoting them) as one line on a terminal: every
    control character, line break and separator escaped. Every human format lays out input text through this."""
    return shown(value, one_line=True)


class _Escaped:
    """A renderable drawn like the one it wraps, with control characters in its text escaped."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def __rich_console__(self, console, options):
        from rich.segment import Segment

        for segment in console.render(self.inner, options):
            if segment.control or not segment.text:
                yield segment  # the console's own cursor and style codes
            else:
                yield Segment(shown(segment.text), segment.style)


_PADDING = re.compile(r" +(?=\n)")


class _Unpadded:
    """A text stream that drops the spaces rich pads each line with to the console's width: files and pipes keep
    text, and a line's trailing spaces are noise there (a terminal shows none)."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def write(self, text: str) -> int:
        return self.inner.write(_PADDING.sub("", text))

    def __getattr__(self, name: str):
        return getattr(self.inner, name)


def console(**options):
    """A rich Console for human output that shows any control character in what it prints escaped; written to a
    file or a pipe, its lines carry no padding."""
    from rich.console import Console, RenderHook

    class _Hook(RenderHook):
        def process_renderables(self, renderables):
            return [_Escaped(r) for r in renderables]

    made = Console(**options)
    made.push_render_hook(_Hook())
    if not made.is_terminal:
        made.file = _Unpadded(made.file)
    return made
