"""Write a compiled rule set as YAML a recruiter can read: block mappings, short lists inline."""

from __future__ import annotations

import yaml


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):  # the same list in two places is written twice, not as an anchor
        return True


def _list(dumper: yaml.SafeDumper, data: list):
    flow = all(isinstance(item, (str, int, float, bool)) for item in data) and sum(len(str(i)) for i in data) < 100
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _dict(dumper: yaml.SafeDumper, data: dict):
    flow = (
        all(isinstance(v, (str, int, float, bool, list)) for v in data.values())
        and len(str(data)) < 70
        and "source" not in data
    )
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)


_Dumper.add_representer(list, _list)
_Dumper.add_representer(dict, _dict)


def to_yaml(ruleset: dict, review: list[str], *, source_name: str | None) -> str:
    header = [
        "# Rule set compiled by `eligibility compile`" + (f" from {source_name}" if source_name else "") + ".",
        "# Every `source` quotes the posting; review the criteria before relying on them.",
    ]
    if review:
        header.append("# Needs review:")
        header += [f"#   - {item}" for item in review]
    body = yaml.dump(ruleset, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=110)
    # A blank line between criteria, as in the hand-written rule sets.
    body = body.replace("\n- id:", "\n\n- id:")
    return "\n".join(header) + "\n" + body
