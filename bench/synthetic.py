"""Synthetic candidate profiles with a fixed seed, for the benchmark and the batch tests."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

NATIONALITIES = [
    "HR",
    "BA",
    "RS",
    "AL",
    "DE",
    "FR",
    "IT",
    "PL",
    "FI",
    "AT",
    "US",
    "GB",
    "KG",
    "KZ",
    "XK",
    "JP",
    "AU",
    "ME",
    "RO",
    "UA",
]
LEVELS = ["bachelor", "master", "master", "doctorate", "police-academy", "secondary", "professional-certificate"]
DEGREE_FIELDS = [
    "Law",
    "Criminology",
    "Security Studies",
    "Political Science",
    "International Relations",
    "Economics",
    "History",
    "Public Safety",
    "Psychology",
    None,
]
JOB_FIELDS = [
    ["police"],
    ["community policing"],
    ["security"],
    ["law enforcement", "security"],
    ["diplomacy"],
    ["political affairs"],
    ["project management"],
    ["banking"],
    ["risk management"],
    ["public safety"],
    None,
]
LANGUAGES = ["English", "French", "German", "Russian", "Serbian", "Albanian", "Kyrgyz", "Italian", "Spanish"]
LEVELS_CEFR = ["A2", "B1", "B2", "C1", "C2", "native"]


def profile(rng: random.Random, i: int) -> dict:
    doc: dict = {"name": f"Candidate {i:05d}", "nationalities": rng.sample(NATIONALITIES, rng.choice([1, 1, 1, 2]))}
    if rng.random() < 0.15:
        doc["permanent_residence"] = [rng.choice(NATIONALITIES)]
    else:
        doc["permanent_residence"] = []  # stated: none (an absent key is unknown)
    if rng.random() < 0.95:
        doc["education"] = []
        for _ in range(rng.choice([1, 1, 2])):
            degree = {"level": rng.choice(LEVELS)}
            field = rng.choice(DEGREE_FIELDS)
            if field:
                degree["field"] = field
            degree["completed"] = f"{rng.randint(1990, 2024)}-{rng.randint(1, 12):02d}"
            doc["education"].append(degree)
    if rng.random() < 0.95:
        jobs = []
        year = rng.randint(1995, 2018)
        for _ in range(rng.randint(0, 4)):
            start_y, start_m = year, rng.randint(1, 12)
            end_y = start_y + rng.randint(1, 8)
            job = {
                "title": rng.choice(["Officer", "Analyst", "Head of unit", "Adviser", "Inspector"]),
                "start": f"{start_y}-{start_m:02d}",
            }
            if end_y < 2026 and rng.random() < 0.8:
                job["end"] = f"{end_y}-{rng.randint(1, 12):02d}"
            fields = rng.choice(JOB_FIELDS)
            if fields:
                job["fields"] = fields
            if rng.random() < 0.35:
                job["management"] = True
            if rng.random() < 0.1:
                job["fraction"] = rng.choice([0.5, 0.8])
            jobs.append(job)
            year = end_y - rng.randint(0, 1)
        doc["experience"] = jobs
    if rng.random() < 0.9:
        doc["languages"] = {lang: rng.choice(LEVELS_CEFR) for lang in rng.sample(LANGUAGES, rng.randint(1, 3))}
    if rng.random() < 0.8:
        licence = {"valid": rng.random() < 0.9}
        if rng.random() < 0.7:
            licence["manual"] = rng.random() < 0.7
        doc["driving_licence"] = licence
    if rng.random() < 0.1:
        doc["osce_service"] = [
            {
                "mission": "OSCE Mission in Kosovo",
                "country": "XK",
                "start": "2012-01",
                "end": f"{rng.randint(2013, 2020)}-06",
            }
        ]
    else:
        doc["osce_service"] = []
    return doc


def write_profiles(folder: Path, count: int, *, seed: int = 20251111) -> list[Path]:
    """`count` profile files in `folder`, the same ones for the same seed."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"candidate-{i:05d}.yaml"
        path.write_text(yaml.safe_dump(profile(rng, i), sort_keys=False, allow_unicode=True), encoding="utf-8")
        paths.append(path)
    return paths


def write_jsonl(path: Path, count: int, *, seed: int = 20251111) -> Path:
    """`count` profiles, one JSON object a line, the same ones (and as the YAML files) for the same seed."""
    import json

    rng = random.Random(seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps(profile(rng, i), ensure_ascii=False) + "\n")
    partial.replace(path)
    return path
