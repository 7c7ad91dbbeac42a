"""Text from input files made safe to show on a terminal.

A profile's name or a country value may hold escape sequences (ANSI colours,
OSC titles and hyperlinks, cursor movement) that a terminal would obey. Every
human output passes data text through `shown`, which writes each control
character as a visible escape (`\\x1b`, `\\u009b`, …) and leaves all other text,
accents and emoji included, as it is. JSON and CSV output stay exact.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
"""C0 and C1 controls (tab and newline kept) and the bidirectional overrides that reorder what is shown."""
_CONTROL_OR_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _escape(match: re.Match) -> str:
    char = match.group()
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, *, one_line: bool = False) -> str:
    """`value` as text with control characters escaped; `one_line` escapes line breaks and tabs too."""
    text = value if isinstance(value, str) else str(value)
    pattern = _CONTROL_OR_BREAK if one_line else _CONTROL
    return pattern.sub(_escape, text)


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
