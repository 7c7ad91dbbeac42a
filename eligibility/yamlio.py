"""Read YAML safely and keep where every value came from.

Inputs are untrusted: a profile may come from anyone. So the loader refuses
oversized files, binary or non-UTF-8 bytes, tags that would build objects and
alias bombs, and it returns plain data whose mappings and sequences remember
the line of each entry, so that later checks can say `experience[2].end` at
line 14.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import orjson
import yaml

from eligibility.errors import BROKEN_LINK, InputError, os_error, shown_name

# libyaml's C parser when the machine has it; the pure-Python one otherwise.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_BYTES = 1_000_000
"""A profile or rule set is a few kilobytes; anything over this is refused unread."""

MAX_NODES = 100_000
"""Values built from one document, aliases expanded: stops 'billion laughs'."""

MAX_DEPTH = 50
"""Nesting depth; a recursive alias would otherwise recurse without end."""

_TAG = "tag:yaml.org,2002:"

MAX_INT_DIGITS = 15
"""No number in a profile or rule set needs more digits; longer ones are refused, not overflowed later."""


def _int(text: str) -> int:
    sign = -1 if text[:1] == "-" else 1
    body = text.lstrip("+-")
    if body.startswith("0o"):
        value = int(body[2:], 8)
    elif body.startswith("0x"):
        value = int(body[2:], 16)
    else:
        if len(body) > MAX_INT_DIGITS:
            raise ValueError(f"more than {MAX_INT_DIGITS} digits")
        value = int(body, 10)
    if len(str(value)) > MAX_INT_DIGITS:
        raise ValueError(f"more than {MAX_INT_DIGITS} digits")
    return sign * value


def _float(text: str) -> float:
    lowered = text.lower()
    if lowered.lstrip("+-") in (".inf", ".nan"):
        raise ValueError("not a finite number")
    value = float(lowered)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("not a finite number")
    return value


def _bool(text: str) -> bool:
    if text.lower() not in ("true", "false"):
        raise ValueError("only true and false are booleans")
    return text.lower() == "true"


_SCALARS = {
    _TAG + "str": None,
    _TAG + "int": _int,
    _TAG + "float": _float,
    _TAG + "bool": _bool,
    _TAG + "null": lambda text: None,
    # Dates stay text: the schema parses them with month precision.
    _TAG + "timestamp": None,
}


class Mapping(dict):
    """A dict that knows the line of each key (1-based) and of itself."""

    line: int = 0
    lines: dict


class Sequence(list):
    """A list that knows the line of each item (1-based) and of itself."""

    line: int = 0
    lines: list


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
"""Non-blocking, so that opening a FIFO returns at once and is refused instead of waiting forever."""

_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def special_kind(mode: int) -> str | None:
    """What a file that is neither a regular file nor a folder is, or None."""
    return next((kind for test, kind in _KINDS if test(mode)), None)


def open_regular(path: str | Path, *, what: str = "file") -> int:
    """A read-only descriptor for a regular file; a folder, FIFO or device is refused at once, without blocking."""
    name = str(path)
    fd = os.open(name, _OPEN_FLAGS)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"is a directory, not a {what}", file=shown_name(name))
        if not stat.S_ISREG(info.st_mode):
            kind = special_kind(info.st_mode) or "not a regular file"
            raise InputError(f"is {kind}, not a {what}", file=shown_name(name), hint="give a file saved on disk")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_text(path: str | Path, *, what: str = "file") -> str:
    """The text of a file, refused with a located error if it is not readable UTF-8 text."""
    name = str(path)
    try:
        fd = open_regular(name, what=what)
        try:
            info = os.fstat(fd)
            if info.st_size > MAX_BYTES:
                raise InputError(f"{what} is {info.st_size:,} bytes; the limit is {MAX_BYTES:,}", file=name)
            data = _read_up_to(fd, MAX_BYTES + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        if os.path.islink(name):
            raise InputError(BROKEN_LINK, file=shown_name(name)) from None
        raise InputError(f"no such {what}", file=shown_name(name)) from None
    except PermissionError:
        raise InputError(f"permission denied reading the {what}", file=shown_name(name)) from None
    except OSError as exc:
        raise os_error(exc, name, doing=f"cannot read the {what}") from None
    return decode(data, name=name, what=what)


def _read_up_to(fd: int, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(fd, limit - size)
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    return b"".join(parts)


def _utf16(data: bytes) -> str | None:
    """Text saved as UTF-16 ('Unicode' in some editors): with a byte-order mark, or ASCII-heavy without one."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    elif len(data) >= 4 and len(data) % 2 == 0:
        even, odd = data[0::2], data[1::2]
        if odd.count(0) == len(odd) and 0 not in even:
            encoding = "utf-16-le"
        elif even.count(0) == len(even) and 0 not in odd:
            encoding = "utf-16-be"
        else:
            return None
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def utf16_encoding(head: bytes) -> str | None:
    """The codec for a file whose first bytes show UTF-16 ('utf-16' with a byte-order mark, which it drops;
    'utf-16-le' or 'utf-16-be' without one: text whose every other byte is zero), else None.

    For files read a line at a time, where the whole text is never at hand to decode at once."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    sample = head[: len(head) // 2 * 2]
    if len(sample) < 4:
        return None
    # UTF-8 text holds no zero byte; UTF-16 text that is largely ASCII (as JSON is) holds one in every other
    # byte: in the second of each pair little-endian, in the first big-endian. Other letters (Ā, Ѐ, 一) may
    # put a zero on the other side now and then.
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > even and odd * 4 >= half:
        return "utf-16-le"
    if even > odd and even * 4 >= half:
        return "utf-16-be"
    return None


def _utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes, *, name: str, what: str = "file") -> str:
    """Bytes to text: UTF-8 (or UTF-16, as some editors save 'Unicode'); binary input is refused."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{what} is {len(data):,} bytes; the limit is {MAX_BYTES:,}", file=name)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in data:
        text = _utf16(data)
        if text is None or "\x00" in text:
            if text is None and _utf8(data):
                # Text but for a zero byte (a stray NUL an editor or a copy left): where it is, as for a bad byte.
                line = data[: data.index(b"\x00")].count(b"\n") + 1
                raise InputError(f"{what} holds a zero byte (0x00): binary, not text", file=name, line=line)
            raise InputError(f"{what} is binary, not text", file=name)
        return text.lstrip("\ufeff")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{what} is not UTF-8 text (byte 0x{data[exc.start]:02x})",
            file=name,
            line=line,
            hint="save it as UTF-8",
        ) from None
    return text.lstrip("\ufeff")


_SURROGATE_PAIR = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})", re.IGNORECASE)
"""JSON writes characters beyond the Basic Multilingual Plane as two escapes (\\ud83d\\ude00); YAML wants one."""


def _join_surrogates(text: str) -> str:
    def joined(m: re.Match) -> str:
        code = 0x10000 + ((int(m.group(2), 16) - 0xD800) << 10) + (int(m.group(3), 16) - 0xDC00)
        return f"{m.group(1)}\\U{code:08x}"

    return _SURROGATE_PAIR.sub(joined, text)


def load_yaml(text: str, *, name: str) -> Any:
    """Parse one YAML document into located plain data."""
    if not text.strip():
        raise InputError("file is empty", file=name)
    try:
        return _parse(text, name)
    except InputError:
        joined = _join_surrogates(text)
        if joined == text:
            raise
    return _parse(joined, name)


def _parse(text: str, name: str) -> Any:
    loader = _Loader(text)
    try:
        return _Builder(loader, name).document()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        raise InputError(
            f"malformed YAML: {problem}",
            file=name,
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
        ) from None
    except yaml.YAMLError as exc:  # e.g. a character YAML does not allow: its message's first line says which
        raise InputError(f"malformed YAML: {str(exc).splitlines()[0]}", file=name) from None
    finally:
        loader.dispose()


def load_file(path: str | Path, *, what: str = "file") -> Any:
    """A YAML file, or a JSON one (by its `.json` name) through a JSON parser."""
    return load_text(read_text(path, what=what), name=str(path))


def load_text(text: str, *, name: str) -> Any:
    """A file's text, read as its name says: JSON by a `.json` name, else YAML."""
    if name.lower().endswith(".json"):
        return load_json(text, name=name)
    return load_yaml(text, name=name)


JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""JSON Lines: a profile a line."""


def one_json_line(text: str, *, name: str) -> None:
    """A JSON Lines file read as one profile (`check`, `match`) must hold one line: more are a batch, `screen`'s."""
    lines = [n for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if len(lines) > 1:
        raise InputError(
            f"holds {len(lines)} profiles, one a line (JSON Lines); this command reads one profile",
            file=name,
            line=lines[1],
            hint=f"screen them all: eligibility screen POSTING {name}",
        )


def load_json(text: str, *, name: str, line: int | None = None) -> Any:
    """Parse one JSON document into the same located plain data as YAML (`line`: where it sits in its file)."""
    if not text.strip():
        raise InputError("file is empty", file=name, line=line)

    def refuse(constant: str):
        raise _NotPlain  # NaN, Infinity: `_json_fault` finds where

    try:
        data = json.loads(text, parse_constant=refuse, parse_int=_json_int, object_pairs_hook=_unique_pairs)
        return _locate(data, line or 1, 0, name)
    except _NotPlain:
        raise _json_fault(text, name=name, line=line) from None
    except json.JSONDecodeError as exc:
        end = len(text.rstrip())
        if exc.pos >= end:  # cut off: the fault is where its text ends, not on a line or column past it
            at = line if line is not None else text.count("\n", 0, end) + 1
            raise InputError(
                f"not JSON: it ends before its value is complete ({exc.msg})", file=name, line=at
            ) from None
        raise InputError(
            f"not JSON: {exc.msg} (column {exc.colno})", file=name, line=line if line is not None else exc.lineno
        ) from None
    except RecursionError:
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name, line=line) from None
    except ValueError as exc:  # a number with too many digits: on the line it stands on, as every other fault is
        long = re.search(rf"(?<![\w.\"])-?\d{{{MAX_INT_DIGITS + 1},}}", text)
        at = line if line is not None else (text.count("\n", 0, long.start()) + 1 if long else None)
        raise InputError(f"a number {exc}", file=name, line=at) from None


class _NotPlain(Exception):
    """A key given twice in one object, a lone surrogate escape, or the constant NaN or Infinity: `_json_fault`
    finds where, and names the field, as the YAML reader does."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict:
    out = dict(pairs)
    if len(out) != len(pairs):
        raise _NotPlain
    return out


_LONE_SURROGATE = re.compile(r"[\ud800-\udfff]")
"""What JSON's `\\ud800` escapes leave in a string when they are not a pair: half a character, which no file
or terminal can hold (YAML refuses them as it reads)."""

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]|(?<![\w.])-?(?:NaN|Infinity)\b')
"""The strings and punctuation of a JSON text, and the constants NaN and Infinity that Python's reader takes for
numbers (other numbers and literals hold none of them)."""


def _shown(text: str) -> str:
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _json_fault(text: str, *, name: str, line: int | None) -> InputError:
    """The first key given twice in one object, string holding a lone surrogate escape, or constant NaN or Infinity,
    in a JSON text that parses: with its line and field path, as the YAML reader reports the same mistakes."""
    # Each open object or array: [is an object, its keys so far, its current key or index].
    stack: list[list[Any]] = []
    pending: tuple[str, int] | None = None  # a string just read: a key if a ':' follows

    def path(upto: int | None = None) -> str:
        out = ""
        for is_object, _, at in stack[:upto]:
            if is_object:
                out += f".{_shown(at)}" if out else _shown(at)
            else:
                out += f"[{at}]"
        return out

    def where(offset: int) -> int:
        return (line or 1) + text.count("\n", 0, offset)

    def lone(value: str, offset: int, field: str) -> InputError | None:
        found = _LONE_SURROGATE.search(value)
        if found is None:
            return None
        return InputError(
            f"holds the escape \\u{ord(found.group()):04x}, half of a surrogate pair and no character by itself",
            file=name,
            line=where(offset),
            field=field or None,
            hint="write the character itself, or remove the escape",
        )

    for token in _JSON_TOKEN.finditer(text):
        mark = token.group()
        if mark == ":" and pending is not None and stack and stack[-1][0]:
            key, offset = pending
            pending = None
            frame = stack[-1]
            if key in frame[1]:
                return InputError(
                    f"key '{_shown(key)}' appears twice", file=name, line=where(offset), field=path(-1) or None
                )
            frame[1].add(key)
            frame[2] = key
            problem = lone(key, offset, path())
            if problem is not None:
                return problem
            continue
        if pending is not None:
            problem = lone(pending[0], pending[1], path())
            if problem is not None:
                return problem
            pending = None
        if mark[0] == '"':
            pending = (json.loads(mark), token.start())
        elif mark[-1] in "Ny":  # NaN, Infinity
            return InputError(f"a number ({mark}) is not finite", file=name, line=where(token.start()), field=path())
        elif mark == "{":
            stack.append([True, set(), ""])
        elif mark == "[":
            stack.append([False, None, 0])
        elif mark in "}]":
            if stack:
                stack.pop()
        elif mark == "," and stack and not stack[-1][0]:
            stack[-1][2] += 1
    if pending is not None:
        problem = lone(pending[0], pending[1], path())
        if problem is not None:
            return problem
    return InputError("a key appears twice, or a string holds half a character", file=name, line=line)


def may_repeat_a_key(raw: bytes | str, data: Any) -> bool:
    """Whether a JSON text may give a key twice in one object, which a parser keeping the last (orjson) allows in
    silence; `data` is what it parsed. False is certain, True asks the located reader to look.

    The cheap test, for every line of a batch: each key given writes one colon, and so does each colon in a
    string. Written out again, `data` holds every colon of the text but those of a key given twice and of the
    value it lost. A colon escaped as `\\u003a` is counted as one too, so that it cannot hide a key."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    given = raw.count(b":")
    if b"\\u00" in raw:
        given += raw.count(b"\\u003a") + raw.count(b"\\u003A")
    try:
        return given > orjson.dumps(data).count(b":")
    except TypeError:  # nested deeper than orjson writes: the located reader refuses it
        return True


def _json_int(text: str) -> int:
    try:
        return _int(text)
    except ValueError as exc:
        raise ValueError(f"has {exc}") from None


def _locate(value: Any, line: int, depth: int, name: str) -> Any:
    if depth > MAX_DEPTH and isinstance(value, (dict, list)):
        raise InputError(f"nesting deeper than {MAX_DEPTH} levels", file=name, line=line)
    if type(value) is str:
        if _LONE_SURROGATE.search(value):
            raise _NotPlain
        return value
    if isinstance(value, dict):
        if any(_LONE_SURROGATE.search(key) for key in value):
            raise _NotPlain
        out = Mapping((key, _locate(item, line, depth + 1, name)) for key, item in value.items())
        out.line, out.lines = line, dict.fromkeys(out, line)
        return out
    if isinstance(value, list):
        seq = Sequence(_locate(item, line, depth + 1, name) for item in value)
        seq.line, seq.lines = line, [line] * len(seq)
        return seq
    if (isinstance(value, float) and value != value) or value in (float("inf"), float("-inf")):
        raise InputError("a number is not finite", file=name, line=line)
    return value


def load_data(name: str) -> Any:
    """One of the package's own data files, read by the same YAML 1.2 loader as every input."""
    from importlib import resources

    return load_yaml(resources.files("eligibility").joinpath("data", name).read_text("utf-8"), name=name)


# YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#103-core-schema): only these plain
# scalars are not text. Unlike YAML 1.1 (PyYAML's default), `NO`, `no`, `on`, `off`, `y`
# stay text, `012345` is the decimal 12345 and `12:30` is text.
_CORE = (
    (_TAG + "null", re.compile(r"^(?:~|null|Null|NULL)$")),
    (_TAG + "bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")),
    (_TAG + "int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$")),
    (
        _TAG + "float",
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
    ),
)
_FIRST = set("~nNtTfF0123456789+-.")
"""First characters of every non-text plain scalar: anything else is text without a regex."""


def _implicit_tag(value: str) -> str:
    if value == "":
        return _TAG + "null"
    if value[0] in _FIRST:
        for tag, pattern in _CORE:
            if pattern.match(value):
                return tag
    return _TAG + "str"


def _within(error: InputError, place: str) -> None:
    """Name the field of a value's own fault ('experience[0].fraction') as it passes out through a key or a place
    in a list; faults of the document (an alias bomb, a nesting too deep) name none."""
    if error.field is None:
        return
    inner = error.field
    error.field = place + ("." + inner if inner and not inner.startswith("[") else inner)


class _Builder:
    """Builds plain data straight from the parser's events.

    Aliases share the value they point to, but count its full size against a
    budget, so that 'billion laughs' is refused instead of walked; an alias to
    a node still being built (a recursive alias) is refused as undefined.
    """

    def __init__(self, loader, name: str) -> None:
        self.loader = loader
        self.name = name
        self.budget = MAX_NODES
        self.anchors: dict[str, tuple[Any, int]] = {}

    def fail(self, event, message: str) -> InputError:
        return InputError(message, file=self.name, line=event.start_mark.line + 1)

    def document(self) -> Any:
        next_event = self.loader.get_event
        next_event()  # stream start
        if self.loader.check_event(yaml.StreamEndEvent):
            raise InputError("file has no YAML document", file=self.name)
        next_event()  # document start
        value, _ = self.node(next_event(), 0)
        next_event()  # document end
        if not self.loader.check_event(yaml.StreamEndEvent):
            raise self.fail(self.loader.peek_event(), "more than one YAML document; a file holds one")
        return value

    def _charge(self, event, size: int) -> None:
        self.budget -= size
        if self.budget < 0:
            raise self.fail(event, f"document expands to more than {MAX_NODES:,} values (alias bomb?)")

    def node(self, event, depth: int) -> tuple[Any, int]:
        """(value, number of values it holds)."""
        if type(event) is yaml.ScalarEvent and event.tag is None and event.anchor is None:
            # The common case, kept short: an untagged plain or quoted scalar.
            self.budget -= 1
            if self.budget < 0:
                self._charge(event, 0)
            value = event.value
            if event.implicit[0] and (not value or value[0] in _FIRST):
                return self.scalar(event), 1
            return value, 1
        if depth > MAX_DEPTH:
            raise self.fail(event, f"nesting deeper than {MAX_DEPTH} levels (recursive alias?)")
        kind = type(event)
        if kind is yaml.AliasEvent:
            if event.anchor not in self.anchors:
                raise self.fail(event, f"alias '*{event.anchor}' names no finished anchor (recursive alias?)")
            value, size = self.anchors[event.anchor]
            self._charge(event, size)
            return value, size
        if kind is yaml.ScalarEvent:
            self._charge(event, 1)
            value = self.scalar(event)
            size = 1
        elif kind is yaml.SequenceStartEvent:
            self._tag(event, "seq")
            value, size = self.sequence(event, depth)
        elif kind is yaml.MappingStartEvent:
            self._tag(event, "map")
            value, size = self.mapping(event, depth)
        else:  # pragma: no cover - the parser yields nothing else here
            raise self.fail(event, "unsupported YAML node")
        if event.anchor:
            self.anchors[event.anchor] = (value, size)
        return value, size

    def _tag(self, event, kind: str) -> None:
        if event.tag not in (None, "!", _TAG + kind):
            raise self.fail(event, f"YAML tag {event.tag!r} is not allowed here")

    def scalar(self, event) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = _implicit_tag(event.value) if event.implicit[0] else _TAG + "str"
        if tag not in _SCALARS:
            raise self.fail(event, f"YAML tag {tag!r} is not allowed here; use plain values")
        convert = _SCALARS[tag]
        if convert is None:
            return event.value
        try:
            return convert(event.value)
        except (ValueError, TypeError, OverflowError) as exc:
            error = self.fail(event, f"cannot read {event.value[:40]!r} as {tag[len(_TAG) :]}: {exc}")
            error.field = ""  # a value's own fault: the keys and places around it name its field on the way out
            raise error from None

    def sequence(self, start, depth: int) -> tuple[Sequence, int]:
        seq = Sequence()
        seq.line = start.start_mark.line + 1
        seq.lines = lines = []
        size = 1
        self._charge(start, 1)
        next_event, check = self.loader.get_event, self.loader.check_event
        while not check(yaml.SequenceEndEvent):
            event = next_event()
            lines.append(event.start_mark.line + 1)
            try:
                value, n = self.node(event, depth + 1)
            except InputError as exc:
                _within(exc, f"[{len(seq)}]")
                raise
            seq.append(value)
            size += n
        next_event()
        return seq, size

    def mapping(self, start, depth: int) -> tuple[Mapping, int]:
        out = Mapping()
        out.line = start.start_mark.line + 1
        out.lines = lines = {}
        size = 1
        self._charge(start, 1)
        next_event, check = self.loader.get_event, self.loader.check_event
        while not check(yaml.MappingEndEvent):
            key_event = next_event()
            if type(key_event) is yaml.ScalarEvent and key_event.value == "<<" and key_event.implicit[0]:
                raise self.fail(key_event, "YAML merge keys ('<<') are not supported; write the keys out")
            key, n = self.node(key_event, depth + 1)
            if isinstance(key, (Mapping, Sequence)):
                raise self.fail(key_event, "a key must be a plain value")
            key = key if isinstance(key, str) else str(key)
            if key in out:
                raise self.fail(key_event, f"key '{key}' appears twice")
            try:
                value, m = self.node(next_event(), depth + 1)
            except InputError as exc:
                _within(exc, key)
                raise
            out[key] = value
            lines[key] = key_event.start_mark.line + 1
            size += n + m
        next_event()
        return out, size
