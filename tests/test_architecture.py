"""The house rules that keep the code easy to carry on (README, "Architecture")."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path

import pytest
from conftest import ROOT

from eligibility import checks
from eligibility.checks.params import Param, keys
from eligibility.profile import PROFILE_KEYS

PACKAGE = ROOT / "eligibility"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module's imports of other modules of the package, at any depth in the file."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("eligibility"):
                for alias in node.names:
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in modules)
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(name: str) -> list[str] | None:
        state[name] = 1
        stack.append(name)
        for dep in sorted(graph[name]):
            if state.get(dep) == 1:
                return stack[stack.index(dep) :] + [dep]
            if dep not in state and (found := visit(dep)):
                return found
        stack.pop()
        state[name] = 2
        return None

    for name in sorted(graph):
        if name not in state and (found := visit(name)):
            return found
    return None


KNOWN = {("eligibility.cv", "eligibility.profile")}
"""Import cycles known and not yet broken: reading a profile file dispatches to the CV readers, which build
their profile through the profile reader. Listed so that any other cycle fails this test."""


def test_no_module_imports_a_module_that_imports_it_back():
    graph = _imports()
    for a, b in KNOWN:
        assert b in graph[a] and a in graph[b], f"{a} and {b} no longer import each other: drop them from KNOWN"
        graph[b].discard(a)
    assert _cycle(graph) is None


def test_the_cycle_finder_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


@pytest.mark.parametrize("kind", sorted(checks.KINDS))
def test_a_kind_module_declares_everything_the_program_needs(kind):
    module = checks.KINDS[kind]
    assert kind == module.KIND
    assert all(isinstance(p, Param) and p.doc for p in module.PARAMS)
    assert keys(module.PARAMS) == module.KEYS
    assert isinstance(module.DECIDES, bool) and isinstance(module.MARGIN, bool) and isinstance(module.FINAL, bool)
    assert set(module.ASKS) <= {*PROFILE_KEYS, "management"}, "the self-check asks for profile keys"
    for function in ("read", "check", "describe", "brief"):
        assert inspect.isfunction(getattr(module, function)), function
    assert (module.__doc__ or "").startswith(f"`{kind}`: "), "the docstring names the kind and says what it asks"


def test_the_readme_table_of_kinds_is_the_one_the_kinds_declare():
    readme = (ROOT / "README.md").read_text("utf-8")
    table = checks.kinds_table()
    assert table in readme, "README's table of kinds is out of date; replace it with:\n" + table


GENERIC_WORDS = {"level", "fields", "languages", "manual", "only", "excluded", "scope", "equivalents"}
"""Parameter names that are also ordinary words of the program (a degree's level, a job's fields): not searched."""
KIND_HELPERS = {"checks/params.py", "checks/paths.py", "checks/years.py"}
"""Shared by the kinds themselves: value types, education paths, counted years."""


def _owners() -> dict[str, set[str]]:
    """Each parameter name (but the ordinary words) -> the kind modules that declare it, by their file stem."""
    owners: dict[str, set[str]] = {}
    for module in checks.KINDS.values():
        for name in module.KEYS:
            if name not in GENERIC_WORDS:
                owners.setdefault(name, set()).add(Path(module.__file__).stem)
    return owners


def _written(paths, allowed) -> dict[str, set[str]]:
    """File -> the parameter names it writes that `allowed(file, owning module stems)` does not allow."""
    found: dict[str, set[str]] = {}
    for path, relative in paths:
        text = path.read_text("utf-8")
        for name, stems in _owners().items():
            if not allowed(relative, stems) and re.search(rf"\b{name}\b", text):
                found.setdefault(relative, set()).add(name)
    return found


def test_a_kinds_parameter_names_are_written_only_in_its_own_module():
    paths = [(path, str(path.relative_to(PACKAGE))) for path in PACKAGE.rglob("*.py")]
    found = _written(paths, lambda file, stems: file in KIND_HELPERS or file in {f"checks/{s}.py" for s in stems})
    assert found == {}, f"a kind's parameter names written outside its module: {found}"


SEVERAL_KINDS = {
    "cases/compile_phrases.yaml": "phrases that give criteria of several kinds, or test the compiler's own reading",
    "cases/compile_postings.yaml": "own postings in each layout, compiled whole",
    "cases/compile_layout.yaml": "own notices in a page's layouts (page furniture, label columns), compiled whole",
    "cases/unseen_postings.yaml": "own notices compiled whole, checked criterion by criterion",
    "test_compile_notices.py": "own notices in the forms real notices take, checked fact by fact across the kinds",
    "cases/semantics.yaml": "kinds deciding together: education paths, the verdict over several criteria",
    "cases/advice.yaml": "the advice of education paths, which the degree and experience criteria give together",
    "cases/scoring.yaml": "the score worked by hand over criteria of several kinds",
    "cases/degree_routes.yaml": "degree routes: a degree's paths in lieu and the experience minimum they are told against",
    "test_degree_routes.py": "the table of degree routes, read across the degree and experience kinds",
}
"""The files of cases about several kinds, and why each is one."""


def test_in_the_tests_a_kinds_parameter_names_are_written_only_in_its_own_cases():
    """A kind's own test module (tests/test_<module>.py) and case file (tests/cases/<kind>.yaml), and the files of
    cases about several kinds; rule sets, profiles and postings under tests/fixtures are data, not searched."""
    tests = ROOT / "tests"
    paths = [(path, str(path.relative_to(tests))) for path in [*tests.glob("*.py"), *tests.glob("cases/*.yaml")]]
    kind_of = {Path(m.__file__).stem: kind for kind, m in checks.KINDS.items()}

    def allowed(file: str, stems: set[str]) -> bool:
        own = {f"test_{s}.py" for s in stems} | {f"cases/{kind_of[s]}.yaml" for s in stems}
        return file in own or file in SEVERAL_KINDS

    found = _written(paths, allowed)
    assert found == {}, f"a kind's parameter names written in the tests outside its own cases: {found}"
    assert all((tests / file).is_file() for file in SEVERAL_KINDS), "drop a file that is gone from SEVERAL_KINDS"


def test_the_kinds_read_postings_in_ways_the_compiler_knows_each_after_the_kinds_it_names():
    from eligibility.compiler import kinds

    readers = [m for m in checks.KINDS.values() if hasattr(m, "extract")]
    assert readers, "no kind reads postings"
    for module in readers:
        assert kinds.ways(module) and set(kinds.ways(module)) <= set(kinds.WAYS), module.KIND
        after = getattr(module, "READS_AFTER", ())
        assert after == "*" or set(after) <= set(checks.KINDS), module.KIND
    for how in kinds.WAYS:
        order = [m.KIND for m in kinds.readers(how)]
        for i, module in enumerate(kinds.readers(how)):
            after = getattr(module, "READS_AFTER", ())
            assert not (set(order[i + 1 :]) if after == "*" else set(after) & set(order[i + 1 :])), (how, order)


def test_the_command_line_imports_no_other_module_s_private_name():
    tree = ast.parse((PACKAGE / "cli.py").read_text("utf-8"))
    private = [
        f"{node.module}.{alias.name}"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
        if alias.name.startswith("_") and not alias.name.startswith("__")
    ]
    assert private == [], "give it a public name in its home module"


def _tuples_formatted(source: str) -> list[int]:
    """Lines of f-strings that format a tuple: in a pattern built as an f-string, a quantifier written with single
    braces and a space ('{0, 2}') is the tuple (0, 2) written out, never a quantifier."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.JoinedStr)
        for value in node.values
        if isinstance(value, ast.FormattedValue) and isinstance(value.value, ast.Tuple)
    ]


def test_no_f_string_pattern_writes_a_quantifier_as_a_tuple():
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _tuples_formatted(path.read_text("utf-8")))
    }
    assert found == {}
    assert _tuples_formatted('x = rf"(?:a\\s+){0, 2}?b"') == [1]
