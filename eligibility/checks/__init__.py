"""One module per criterion kind; `KINDS`, found by looking at this package's modules, is the only list of them.

Each module declares, next to its `check`, what the rest of the program needs
to know about the kind:

- `KIND`, and `PARAMS`: its parameters with types, defaults, whether required
  and what they mean (checks/params.py); the rule-set reader, the JSON Schema
  and the README table come from them (`KEYS` lists their names);
- `DECIDES` (False: never decides the verdict, as for a competency) and
  `MARGIN` (a pass carries a margin the score counts);
- `ASKS`: what the guided self-check asks for it, with `asked_about(params)`
  where the questions name the posting's languages or fields;
- `read(node) -> Params`, `check(criterion, context) -> Outcome` (which writes
  its own explanation) and `describe(params) -> str` (for `show`);
- optionally `plan(criterion)`: worked out once per rule set, a function of the
  context that gives the status and margin alone (and the facts the kind's
  `brief` reads), or None where only the full check can tell. The engine
  decides verdicts and scores from it and calls `check` only when an output
  shows the outcome; tests hold both to the same answers.

- for the compiler, where the kind reads postings: `READS` and
  `extract(sentence, reading)` (its phrases; eligibility/compiler/kinds.py
  says how they are asked), `emit(params)` (its parameters as a rule set
  writes them), `default_id`, `merge_key` and `absorb`.
"""

import importlib
import pkgutil
from types import ModuleType


def _discover() -> dict[str, ModuleType]:
    """Every module of this package that declares a `KIND`, by module name: adding a kind is adding its module."""
    found = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        if isinstance(getattr(module, "KIND", None), str):
            found[module.KIND] = module
    return found


KINDS = _discover()
"""Kind name -> its module, found in this package (the helpers common, params, paths and years declare no kind)."""


def kinds_table() -> str:
    """The README's table of kinds, from each kind's docstring and `PARAMS`."""
    lines = ["| kind | asks for | parameters |", "| --- | --- | --- |"]
    for kind, module in KINDS.items():
        asks = (module.__doc__ or "").split("\n", 1)[0].split(": ", 1)[-1].rstrip(".")
        params = (
            "<br>".join(f"`{p.name}`{' (required)' if p.required else ''}: {p.doc}" for p in module.PARAMS) or "none"
        )
        lines.append(f"| `{kind}` | {asks} | {params} |")
    return "\n".join(lines) + "\n"
