"""Walk located YAML data with a field path, collecting every problem found.

Both the profile and the rule-set readers use this: a typo in either gets the
same clear message, naming the file, the line and the field path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from eligibility.countries import country_code, country_hint
from eligibility.errors import InputError, InputErrors, did_you_mean
from eligibility.periods import PartialDate, parse_partial_date
from eligibility.yamlio import Mapping, Sequence

_MISSING = object()


class Problems:
    """Errors collected while reading one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[InputError] = []

    def add(self, message: str, *, path: str, line: int | None, hint: str | None = None) -> None:
        self.errors.append(InputError(message, file=self.file, line=line, field=path or None, hint=hint))

    def raise_if_any(self) -> None:
        if self.errors:
            raise InputErrors(self.errors)


class Node:
    """A value in the document, with its field path and line.

    The path is put together only when an error needs it: valid documents,
    the common case in a batch, never pay for it.
    """

    __slots__ = ("_key", "_parent", "_path", "line", "problems", "value")

    def __init__(
        self,
        value: Any,
        path: str | None,
        line: int | None,
        problems: Problems,
        parent: Node | None = None,
        key: str | int | None = None,
    ) -> None:
        self.value = value
        self._path = path
        self._parent = parent
        self._key = key
        self.line = line
        self.problems = problems

    @property
    def path(self) -> str:
        if self._path is None:
            assert self._parent is not None  # only the root is built with its path
            base = self._parent.path
            if isinstance(self._key, int):
                self._path = f"{base}[{self._key}]"
            else:
                self._path = f"{base}.{self._key}" if base else str(self._key)
        return self._path

    def error(self, message: str, hint: str | None = None) -> None:
        self.problems.add(message, path=self.path, line=self.line, hint=hint)

    # --- structure -------------------------------------------------------
    def is_mapping(self, what: str = "a mapping") -> bool:
        if not isinstance(self.value, dict):
            self.error(f"must be {what}, not {_kind(self.value)}")
            return False
        return True

    def is_sequence(self, what: str = "a list") -> bool:
        if not isinstance(self.value, list):
            self.error(f"must be {what}, not {_kind(self.value)}")
            return False
        return True

    def only_keys(self, allowed: Iterable[str]) -> None:
        names = list(allowed)
        for key in self.value:
            if key not in names:
                self.child(key).error(
                    f"unknown key '{key}'", did_you_mean(key, names) or f"allowed: {', '.join(names)}"
                )

    def child(self, key: str | int) -> Node:
        value = self.value
        if isinstance(key, int):
            line = value.lines[key] if isinstance(value, Sequence) and value.lines else self.line
            return Node(value[key], None, line, self.problems, self, key)
        if isinstance(value, Mapping):
            return Node(value.get(key), None, value.lines.get(key, self.line), self.problems, self, key)
        return Node(value.get(key) if isinstance(value, dict) else None, None, self.line, self.problems, self, key)

    def has(self, key: str) -> bool:
        return isinstance(self.value, dict) and key in self.value and self.value[key] is not None

    def items(self) -> Iterator[Node]:
        for i in range(len(self.value)):
            yield self.child(i)

    # --- typed fields (return None after recording a problem) -------------
    def get(self, key: str, convert: Callable[[Node], Any], *, required: bool = False, default: Any = None) -> Any:
        """The converted value of `key`; `default` when absent (a problem recorded if `required`)."""
        if not self.has(key):
            if required:
                self.child(key).error("is required")
            return default
        return convert(self.child(key))

    def text(self, *, limit: int | None = None) -> str | None:
        """The node's text, stripped; None (and reported) when it is no text, empty, or longer than `limit`
        characters."""
        if isinstance(self.value, (dict, list)) or self.value is None:
            self.error(f"must be text, not {_kind(self.value)}")
            return None
        if isinstance(self.value, bool):
            self.error("must be text, not true/false")
            return None
        text = str(self.value).strip()
        if not text:
            self.error("must not be empty")
            return None
        if limit is not None and len(text) > limit:
            self.error(f"is {len(text):,} characters long; the limit is {limit:,}")
            return None
        return text

    def boolean(self) -> bool | None:
        if not isinstance(self.value, bool):
            self.error(f"must be true or false, not {self.value!r}")
            return None
        return self.value

    def number(self, *, low: float | None = None, high: float | None = None, low_open: bool = False) -> float | None:
        if isinstance(self.value, bool) or not isinstance(self.value, (int, float)):
            self.error(
                f"must be a number, not {_kind(self.value)} {self.value!r}"
                if not isinstance(self.value, (dict, list))
                else f"must be a number, not {_kind(self.value)}"
            )
            return None
        v = float(self.value)
        if v != v or v in (float("inf"), float("-inf")):
            self.error("must be a finite number")
            return None
        too_low = low is not None and (v <= low if low_open else v < low)
        if too_low or (high is not None and v > high):
            lo = "(" if low_open else "["
            self.error(
                f"{self.value} is out of range; must be in {lo}{low:g}, {high:g}]"
                if high is not None
                else f"{self.value} must be {'>' if low_open else '>='} {low:g}"
            )
            return None
        return v

    def date(self) -> PartialDate | None:
        if isinstance(self.value, (dict, list, bool)) or self.value is None:
            self.error(f"must be a date (YYYY-MM or YYYY-MM-DD), not {_kind(self.value)}")
            return None
        try:
            return parse_partial_date(self.value)
        except ValueError as exc:
            self.error(str(exc))
            return None

    def country(self) -> str | None:
        """An ISO 3166 alpha-2 code from a code or an English name (XK for Kosovo)."""
        text = self.text()
        if text is None:
            return None
        code = country_code(text)
        if code is None:
            self.error(f"unknown country '{text}'", country_hint(text))
        return code

    def countries(self) -> tuple[str, ...] | None:
        """A list of countries; a single country is accepted as a list of one. Duplicates are dropped."""
        if isinstance(self.value, str):
            code = self.country()
            return (code,) if code else None
        if not self.is_sequence("a list of countries"):
            return None
        return tuple(dict.fromkeys(c for c in (item.country() for item in self.items()) if c))

    def text_list(self, *, limit: int | None = None) -> list[str] | None:
        """A list of texts (each at most `limit` characters); a single text is accepted as a list of one."""
        if isinstance(self.value, str):
            return [t for t in [self.text(limit=limit)] if t]
        if not self.is_sequence("a list of texts"):
            return None
        out = []
        for item in self.items():
            t = item.text(limit=limit)
            if t:
                out.append(t)
        return out


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return "a number"
    return "text"


def root(data: Any, file: str) -> Node:
    """The document's root node; the document must be a mapping."""
    problems = Problems(file)
    node = Node(data, "", getattr(data, "line", 1), problems)
    if not isinstance(data, dict):
        problems.add(f"the document must be a mapping of keys to values, not {_kind(data)}", path="", line=1)
        problems.raise_if_any()
    return node
