"""Read YAML safely and keep where every value came from.

Inputs are untrusted: a profile may come from anyone. So the loader refuses
oversized files, binary or non-UTF-8 bytes, tags that would build objects and
alias bombs, and it returns plain data whose mappings and sequences remember
the line of each entry, so that later checks can say `experience[2].end` at
line 14.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml

from eligibility.errors import InputError

# libyaml's C parser when the machine has it; the pure-Python one otherwise.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_constructor = yaml.SafeLoader("")  # only its scalar constructors are used

MAX_BYTES = 1_000_000
"""A profile or rule set is a few kilobytes; anything over this is refused unread."""

MAX_NODES = 100_000
"""Values built from one document, aliases expanded: stops 'billion laughs'."""

MAX_DEPTH = 50
"""Nesting depth; a recursive alias would otherwise recurse without end."""

_TAG = "tag:yaml.org,2002:"
_SCALARS = {
    _TAG + "str": None,
    _TAG + "int": _constructor.construct_yaml_int,
    _TAG + "float": _constructor.construct_yaml_float,
    _TAG + "bool": _constructor.construct_yaml_bool,
    _TAG + "null": _constructor.construct_yaml_null,
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


def read_text(path: str | Path, *, what: str = "file") -> str:
    """The text of a file, refused with a located error if it is not readable UTF-8 text."""
    name = str(path)
    try:
        fd = os.open(name, os.O_RDONLY)
        try:
            size = os.fstat(fd).st_size
            if size > MAX_BYTES:
                raise InputError(f"{what} is {size:,} bytes; the limit is {MAX_BYTES:,}", file=name)
            data = os.read(fd, MAX_BYTES + 1)
        finally:
            os.close(fd)
    except FileNotFoundError:
        raise InputError(f"no such {what}", file=name) from None
    except IsADirectoryError:
        raise InputError(f"is a directory, not a {what}", file=name) from None
    except PermissionError:
        raise InputError(f"permission denied reading the {what}", file=name) from None
    return decode(data, name=name, what=what)


def decode(data: bytes, *, name: str, what: str = "file") -> str:
    """Bytes to text, refusing binary and non-UTF-8 input."""
    if len(data) > MAX_BYTES:
        raise InputError(f"{what} is {len(data):,} bytes; the limit is {MAX_BYTES:,}", file=name)
    if b"\x00" in data:
        raise InputError(f"{what} is binary, not text", file=name)
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


def load_yaml(text: str, *, name: str) -> Any:
    """Parse one YAML document into located plain data."""
    if not text.strip():
        raise InputError("file is empty", file=name)
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
    except yaml.YAMLError as exc:
        raise InputError(f"malformed YAML: {exc}", file=name) from None
    finally:
        loader.dispose()


def load_file(path: str | Path, *, what: str = "file") -> Any:
    return load_yaml(read_text(path, what=what), name=str(path))


# PyYAML's own table of implicit types, by first character: the same answers as its
# resolver, without the per-scalar machinery of its composer.
_IMPLICIT = yaml.resolver.Resolver.yaml_implicit_resolvers


def _implicit_tag(value: str) -> str:
    for tag, pattern in _IMPLICIT.get(value[:1], ()):
        if pattern.match(value):
            return tag
    return _TAG + "str"


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
            if event.implicit[0] and value[:1] in _IMPLICIT:
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
            return convert(yaml.ScalarNode(tag, event.value))
        except (ValueError, TypeError):
            raise self.fail(event, f"cannot read {event.value!r} as {tag[len(_TAG) :]}") from None

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
            value, n = self.node(event, depth + 1)
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
            value, m = self.node(next_event(), depth + 1)
            out[key] = value
            lines[key] = key_event.start_mark.line + 1
            size += n + m
        next_event()
        return out, size
