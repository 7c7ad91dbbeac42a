"""Every package the program imports is one it declares: a fresh install has all it needs."""

from __future__ import annotations

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    names = {re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0] for d in project["dependencies"]}
    return {n.lower().replace("_", "-") for n in names}


def _imported() -> dict[str, str]:
    """Top-level third-party modules the package imports, each with one file that does."""
    found: dict[str, str] = {}
    for file in sorted((ROOT / "eligibility").rglob("*.py")):
        for node in ast.walk(ast.parse(file.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if top != "eligibility" and top not in sys.stdlib_module_names:
                    found.setdefault(top, str(file.relative_to(ROOT)))
    return found


def test_every_imported_package_is_a_declared_dependency():
    declared = _declared()
    owners = packages_distributions()
    undeclared = {
        module: where
        for module, where in _imported().items()
        if not {d.lower().replace("_", "-") for d in owners.get(module, [module])} & declared
    }
    assert not undeclared, f"imported but not in pyproject.toml dependencies: {undeclared}"
