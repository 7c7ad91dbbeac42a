"""Rule sets kept once read: the same rule set back, never a stale one, never one with problems."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from eligibility import rulecache, rules
from eligibility.errors import EligibilityError


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("ELIGIBILITY_CACHE", str(folder))
    return folder / "rulesets"


def entries(folder):
    return sorted(folder.glob("*.pickle")) if folder.is_dir() else []


def test_a_kept_rule_set_is_the_rule_set_read_afresh(cache, tmp_path):
    for seed in sorted((ROOT / "rules").glob("*.yaml")):
        path = tmp_path / seed.name
        shutil.copy(seed, path)
        fresh = rules.load_ruleset(str(path))
        first = rulecache.load_ruleset(str(path))
        kept = rulecache.load_ruleset(str(path))
        assert first == fresh and kept == fresh
        assert kept.primary_education == fresh.primary_education
        assert kept.constant_findings.keys() == fresh.constant_findings.keys()
    assert len(entries(cache)) == len(list((ROOT / "rules").glob("*.yaml")))


def test_the_second_read_comes_from_the_cache(cache, tmp_path, monkeypatch):
    path = tmp_path / "r.yaml"
    shutil.copy(ROOT / "rules" / "SEC000821.yaml", path)
    first = rulecache.load_ruleset(str(path))
    monkeypatch.setattr(rules, "read_ruleset", lambda *a, **k: pytest.fail("read again"))
    assert rulecache.load_ruleset(str(path)) == first


def test_a_changed_rule_set_is_read_afresh(cache, tmp_path):
    path = tmp_path / "r.yaml"
    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    path.write_text(text, "utf-8")
    before = rulecache.load_ruleset(str(path))
    path.write_text(text.replace(before.posting.title, "Another title", 1), "utf-8")
    assert rulecache.load_ruleset(str(path)).posting.title == "Another title"


def test_a_rule_set_with_problems_is_never_kept_and_says_the_same(cache, tmp_path):
    path = tmp_path / "bad.yaml"
    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    path.write_text(text.replace("kind: education", "kind: educaton", 1), "utf-8")
    with pytest.raises(EligibilityError) as fresh:
        rules.load_ruleset(str(path))
    for _ in range(2):
        with pytest.raises(EligibilityError) as cached:
            rulecache.load_ruleset(str(path))
        assert str(cached.value) == str(fresh.value)
    assert entries(cache) == []


def test_a_damaged_entry_is_read_afresh(cache, tmp_path):
    path = tmp_path / "r.yaml"
    shutil.copy(ROOT / "rules" / "KOS000396.yaml", path)
    first = rulecache.load_ruleset(str(path))
    (entry,) = entries(cache)
    entry.write_bytes(b"not a pickle")
    assert rulecache.load_ruleset(str(path)) == first


def test_no_cache_when_turned_off_or_when_others_can_write_to_it(tmp_path, monkeypatch):
    path = tmp_path / "r.yaml"
    shutil.copy(ROOT / "rules" / "jpo-2020.yaml", path)
    monkeypatch.setenv("ELIGIBILITY_CACHE", "off")
    assert rulecache.cache_folder() is None
    assert rulecache.load_ruleset(str(path)) == rules.load_ruleset(str(path))
    shared = tmp_path / "shared"
    (shared / "rulesets").mkdir(parents=True)
    os.chmod(shared / "rulesets", 0o777)
    monkeypatch.setenv("ELIGIBILITY_CACHE", str(shared))
    assert rulecache.cache_folder() is None
    assert rulecache.load_ruleset(str(path)) == rules.load_ruleset(str(path))
    assert entries(shared / "rulesets") == []


def test_standard_input_is_read_as_before(cache):
    text = (ROOT / "rules" / "jpo-2020.yaml").read_text("utf-8")
    assert rulecache.load_ruleset("-", stdin_text=text) == rules.load_ruleset("-", stdin_text=text)
    assert entries(cache) == []


def _copies(tmp_path, count: int) -> list[str]:
    text = (ROOT / "rules" / "SEC000821.yaml").read_text("utf-8")
    paths = []
    for i in range(count):
        path = tmp_path / f"p{i}.yaml"
        path.write_text(text.replace("id: SEC000821", f"id: LIST{i:06d}", 1), "utf-8")
        paths.append(str(path))
    return paths


def test_many_rule_sets_come_back_together_once_all_were_read(cache, tmp_path, monkeypatch):
    refs = _copies(tmp_path, 5)
    first = rulecache.load_rulesets(refs)
    assert [r.posting.id for r in first] == [f"LIST{i:06d}" for i in range(5)]
    assert first == [rules.load_ruleset(ref) for ref in refs]
    assert len([e for e in entries(cache) if e.name.startswith("list-")]) == 1
    monkeypatch.setattr(rulecache, "_one", lambda ref: pytest.fail("read one by one"))
    assert rulecache.load_rulesets(refs) == first


def test_a_changed_or_bad_rule_set_in_the_list_is_read_afresh_and_reported(cache, tmp_path):
    refs = _copies(tmp_path, 3)
    rulecache.load_rulesets(refs)
    text = Path(refs[1]).read_text("utf-8")
    Path(refs[1]).write_text(text.replace("LIST000001", "LIST000009", 1), "utf-8")
    assert [r.posting.id for r in rulecache.load_rulesets(refs)] == ["LIST000000", "LIST000009", "LIST000002"]
    Path(refs[2]).write_text(text.replace("kind: education", "kind: educaton", 1), "utf-8")
    before = {e.name for e in entries(cache)}
    found = rulecache.load_rulesets(refs)
    assert isinstance(found[2], EligibilityError) and "educaton" in str(found[2])
    assert found[0].posting.id == "LIST000000"
    assert {e.name for e in entries(cache)} == before, "a list with a problem is never kept"
    missing = rulecache.load_rulesets([*refs[:2], str(tmp_path / "gone.yaml")])
    assert isinstance(missing[2], EligibilityError) and "gone.yaml" in str(missing[2])
