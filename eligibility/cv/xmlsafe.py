"""XML read safely: no document type (so no entity expansion and no external entity), no network, bounded size.

Every refusal is an InputError naming the file, the line and the element.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from eligibility.errors import InputError

MAX_ELEMENTS = 50_000
"""A CV has a few hundred elements; more is refused as it is read."""
MAX_DEPTH = 40


def local(tag: str) -> str:
    """The element's name without its namespace: '{http://www.hr-xml.org/3}FamilyName' -> 'FamilyName'."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


class _Builder:
    """Builds the tree, remembers each element's line, and refuses documents too large or deep."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.parser = None
        self.lines: dict[int, int] = {}
        self.stack: list[ET.Element] = []
        self.root: ET.Element | None = None
        self.count = 0
        self.text: list[str] = []

    def _line(self) -> int | None:
        return getattr(getattr(self.parser, "parser", None), "CurrentLineNumber", None)

    def start(self, tag, attrs):
        self._flush()
        self.count += 1
        if self.count > MAX_ELEMENTS:
            raise InputError(
                f"<{local(tag)}>: more than {MAX_ELEMENTS:,} elements; a CV has a few hundred",
                file=self.name,
                line=self._line(),
            )
        if len(self.stack) >= MAX_DEPTH:
            raise InputError(f"<{local(tag)}>: nested more than {MAX_DEPTH} deep", file=self.name, line=self._line())
        element = ET.Element(tag, dict(attrs))
        if self.stack:
            self.stack[-1].append(element)
        else:
            self.root = element
        self.stack.append(element)
        self.lines[id(element)] = self._line()
        return element

    def end(self, tag):
        self._flush()
        return self.stack.pop()

    def data(self, text):
        self.text.append(text)

    def _flush(self) -> None:
        if self.text and self.stack:
            joined = "".join(self.text)
            current = self.stack[-1]
            if len(current):
                current[-1].tail = (current[-1].tail or "") + joined
            else:
                current.text = (current.text or "") + joined
        self.text = []

    def close(self):
        return self.root

    @property
    def open_element(self) -> str | None:
        return local(self.stack[-1].tag) if self.stack else None


class Document:
    """A parsed XML document, with the line of every element for error messages."""

    def __init__(self, root: ET.Element, lines: dict[int, int], name: str) -> None:
        self.root = root
        self._lines = lines
        self.name = name

    def line(self, element: ET.Element) -> int | None:
        return self._lines.get(id(element))

    def error(self, element: ET.Element, message: str, hint: str | None = None) -> InputError:
        return InputError(f"<{local(element.tag)}>: {message}", file=self.name, line=self.line(element), hint=hint)


def parse(data: bytes, name: str) -> Document:
    """The document in `data`; raises InputError (file, line, element) on hostile or malformed XML."""
    builder = _Builder(name)
    parser = DefusedXMLParser(target=builder, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    builder.parser = parser

    def where() -> int | None:
        return builder._line()

    try:
        parser.feed(data)
        parser.close()
    except DTDForbidden as exc:
        raise InputError(
            f"<!DOCTYPE {exc.name}>: a document type declaration is refused",
            file=name,
            line=where(),
            hint="a Europass CV has none; declared entities could expand without limit or read other files",
        ) from None
    except (EntitiesForbidden, ExternalReferenceForbidden) as exc:
        raise InputError(
            f"entity '{getattr(exc, 'name', '?')}': entities are refused",
            file=name,
            line=where(),
            hint="a Europass CV declares none",
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        inside = f"in <{builder.open_element}>: " if builder.open_element else ""
        reason = str(exc).split(":", 1)[0]
        raise InputError(f"{inside}not well-formed XML ({reason})", file=name, line=line, column=column + 1) from None
    if builder.root is None:
        raise InputError("no XML element in the file", file=name)
    return Document(builder.root, builder.lines, name)


def children(element: ET.Element, *names: str) -> list[ET.Element]:
    """Direct children with one of these local names."""
    return [child for child in element if local(child.tag) in names]


def child(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first element down a path of local names, or None."""
    current = element
    for name in path:
        if current is None:
            return None
        found = children(current, name)
        current = found[0] if found else None
    return current


def text(element: ET.Element | None, *path: str) -> str | None:
    """The stripped text at a path, or None when absent or empty."""
    found = child(element, *path) if path else element
    if found is None or found.text is None:
        return None
    value = " ".join(found.text.split())
    return value or None


def descendants(element: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in element.iter() if local(e.tag) == name]
