"""`validate --json`: what `validate` found, file by file, as one JSON object (schema `validate`)."""

from __future__ import annotations

from typing import Any

from eligibility.formats.json import SCHEMA_VERSION


class ValidateReport:
    """Collects what `validation.validate_paths` reports, in the order it reports it, for one JSON object."""

    def __init__(self) -> None:
        self._files: dict[str, dict[str, Any]] = {}
        self._aside: list[dict[str, Any]] = []
        self._again: list[dict[str, str]] = []

    def _entry(self, name: str) -> dict[str, Any]:
        return self._files.setdefault(
            name, {"file": name, "status": "ok", "what": None, "problems": [], "warnings": []}
        )

    def ok(self, name: str, what: str) -> None:
        self._entry(name)["what"] = what

    def problem(self, problem, name: str) -> None:
        entry = self._entry(name)
        entry["status"] = "error"
        entry["problems"].append(problem.as_dict())

    def warning(self, problem, name: str) -> None:
        self._entry(name)["warnings"].append(problem.as_dict())

    def repeated(self, again: list[tuple[str, str]]) -> None:
        self._again += [{"file": name, "first": first} for name, first in again]

    def aside(self, files: dict[tuple[str, str], int]) -> None:
        self._aside += [{"file": name, "what": what, "lines": lines} for (name, what), lines in files.items()]

    def as_dict(self) -> dict[str, Any]:
        files = list(self._files.values())
        return {
            "schema_version": SCHEMA_VERSION,
            "valid": all(entry["status"] == "ok" for entry in files),
            "files": files,
            "set_aside": self._aside,
            "given_again": self._again,
        }
