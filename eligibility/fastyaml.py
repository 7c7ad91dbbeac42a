"""Plain data from YAML at the cost of libyaml's own parse, for documents with nothing unusual in them.

The located loader (yamlio.load_yaml) builds every value from the parser's
events in Python and remembers the line of each, so that any problem can be
reported exactly. Lines are needed only when there is a problem. This loader
lets libyaml's C parser compose the document, resolves plain scalars by the
same YAML 1.2 core schema, and builds plain dicts and lists; whenever it meets
anything the located loader would refuse or treat specially (tags,
merge keys, duplicate keys, deep nesting, too many values with aliases
expanded, numbers it cannot read) it returns None, and the caller reads the text with the located loader.
"""

from __future__ import annotations

from typing import Any

import yaml

from eligibility.yamlio import _FIRST, _SCALARS, _TAG, MAX_DEPTH, MAX_NODES, _implicit_tag

_STR, _SEQ, _MAP = _TAG + "str", _TAG + "seq", _TAG + "map"
_SCALAR = yaml.ScalarNode
_CParser = getattr(getattr(yaml, "_yaml", None), "CParser", None)


class _Unusual(Exception):
    """Something the located loader must judge."""


class _CoreResolver:
    """The tag of each node: YAML 1.2 core schema for plain scalars, text for quoted ones."""

    def resolve(self, kind, value, implicit):
        if kind is _SCALAR:
            # Most values start with a letter: text, without a look at the schema's patterns.
            if not implicit[0] or (value and value[0] not in _FIRST):
                return _STR
            return _implicit_tag(value)
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def descend_resolver(self, *args) -> None:
        pass

    def ascend_resolver(self, *args) -> None:
        pass


if _CParser is not None:

    class _Composer(_CParser, _CoreResolver):
        def __init__(self, stream: str) -> None:
            _CParser.__init__(self, stream)

else:  # pragma: no cover - PyYAML without libyaml: the located loader reads everything
    _Composer = None


def load(text: str) -> Any | None:
    """The document's plain data, or None when the located loader must read it."""
    if _Composer is None or "!" in text or not text.strip():
        return None  # tags are rare in profiles: the located loader judges them
    composer = _Composer(text)
    try:
        node = composer.get_single_node()
        if node is None:
            return None
        return _Build().value(node, 0)
    except (yaml.YAMLError, _Unusual, ValueError, TypeError, OverflowError, RecursionError):
        return None
    finally:
        composer.dispose()


class _Build:
    """Values from composed nodes. An alias is the node it names, composed once: its value is shared,
    and its whole size is counted again, as the located loader counts it. The values of a sequence or mapping that
    are scalars (most of a profile) are read in its own loop, without a call each."""

    __slots__ = ("count", "done")

    def __init__(self) -> None:
        self.count = 0
        self.done: dict[int, tuple[Any, int]] = {}

    def value(self, node, depth: int) -> Any:
        return self.sized(node, depth)[0]

    def sized(self, node, depth: int) -> tuple[Any, int]:
        if depth > MAX_DEPTH:
            raise _Unusual
        if type(node) is _SCALAR:
            self.count += 1
            if self.count > MAX_NODES:
                raise _Unusual
            return _scalar(node), 1
        seen = self.done.get(id(node))
        if seen is not None:  # an alias
            self.count += seen[1]
            if self.count > MAX_NODES:
                raise _Unusual
            return seen
        kind = type(node)
        children = node.value
        if children and depth + 1 > MAX_DEPTH:
            raise _Unusual
        size = direct = 1  # all it holds; what it holds itself (nested containers count their own)
        if kind is yaml.SequenceNode and node.tag == _SEQ:
            out: Any = []
            append = out.append
            for item in children:
                if type(item) is _SCALAR:
                    append(_scalar(item))
                    direct += 1
                else:
                    value, n = self.sized(item, depth + 1)
                    append(value)
                    size += n
        elif kind is yaml.MappingNode and node.tag == _MAP:
            out = {}
            for key_node, value_node in children:
                if type(key_node) is not _SCALAR:
                    raise _Unusual
                if key_node.value == "<<" and not key_node.style:  # plain style
                    raise _Unusual  # a merge key: refused with its own message
                key = _scalar(key_node)
                key = key if isinstance(key, str) else str(key)
                if key in out:
                    raise _Unusual
                if type(value_node) is _SCALAR:
                    out[key] = _scalar(value_node)
                    direct += 2
                else:
                    out[key], m = self.sized(value_node, depth + 1)
                    direct += 1
                    size += m
        else:
            raise _Unusual
        # Its own node and the scalars read in the loops above are counted here, all at once: the same total, checked
        # before the value is used anywhere (an alias to this node counts its whole size again).
        size += direct - 1
        self.count += direct
        if self.count > MAX_NODES:
            raise _Unusual
        self.done[id(node)] = (out, size)
        return out, size


def _scalar(node) -> Any:
    """A scalar node's value by its resolved tag; _Unusual for a tag the located loader must judge."""
    tag = node.tag
    if tag == _STR:
        return node.value
    convert = _SCALARS.get(tag, _Unusual)
    if convert is _Unusual:
        raise _Unusual
    return node.value if convert is None else convert(node.value)
