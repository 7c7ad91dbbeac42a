"""Read YAML safely and keep where every value came from.

Inputs are untrusted: a profile may come from anyone. So the loader refuses
oversized files, binary or non-UTF-8 bytes, tags that would build objects and
alias bombs, and it returns plain data whose mappings and sequences remember
the line of each entry, so that later checks can say `experience[2].end` at
line 14.
"""

from __future__ import annotations

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
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{what} is {size:,} bytes; the limit is {MAX_BYTES:,}", file=name)
        data = p.read_bytes()
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
    try:
        node = yaml.compose(text, Loader=_Loader)
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
    if node is None:
        raise InputError("file has no YAML document", file=name)
    return _Builder(name).build(node)


def load_file(path: str | Path, *, what: str = "file") -> Any:
    return load_yaml(read_text(path, what=what), name=str(path))


class _Builder:
    """Turns composed nodes into plain data, with a budget that stops alias expansion."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.budget = MAX_NODES

    def fail(self, node: yaml.Node, message: str) -> InputError:
        return InputError(message, file=self.name, line=node.start_mark.line + 1)

    def build(self, node: yaml.Node, depth: int = 0) -> Any:
        self.budget -= 1
        if self.budget < 0:
            raise self.fail(node, f"document expands to more than {MAX_NODES:,} values (alias bomb?)")
        if depth > MAX_DEPTH:
            raise self.fail(node, f"nesting deeper than {MAX_DEPTH} levels (recursive alias?)")
        if isinstance(node, yaml.ScalarNode):
            if node.tag not in _SCALARS:
                raise self.fail(node, f"YAML tag {node.tag!r} is not allowed here; use plain values")
            convert = _SCALARS[node.tag]
            if convert is None:
                return node.value
            try:
                return convert(node)
            except (ValueError, TypeError):
                raise self.fail(node, f"cannot read {node.value!r} as {node.tag[len(_TAG):]}") from None
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _TAG + "seq":
                raise self.fail(node, f"YAML tag {node.tag!r} is not allowed here")
            seq = Sequence(self.build(item, depth + 1) for item in node.value)
            seq.line = node.start_mark.line + 1
            seq.lines = [item.start_mark.line + 1 for item in node.value]
            return seq
        if isinstance(node, yaml.MappingNode):
            if node.tag != _TAG + "map":
                raise self.fail(node, f"YAML tag {node.tag!r} is not allowed here")
            out = Mapping()
            out.line = node.start_mark.line + 1
            out.lines = {}
            for key_node, value_node in node.value:
                if key_node.tag == _TAG + "merge":
                    raise self.fail(key_node, "YAML merge keys ('<<') are not supported; write the keys out")
                key = self.build(key_node, depth + 1)
                if isinstance(key, (Mapping, Sequence)):
                    raise self.fail(key_node, "a key must be a plain value")
                key = str(key) if not isinstance(key, str) else key
                if key in out:
                    raise self.fail(key_node, f"key '{key}' appears twice")
                out[key] = self.build(value_node, depth + 1)
                out.lines[key] = key_node.start_mark.line + 1
            return out
        raise self.fail(node, "unsupported YAML node")  # pragma: no cover
