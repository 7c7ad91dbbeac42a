"""The columns of `screen`'s CSV, in one home: what writes them (formats/rows, formats/screen) and what tells a CSV
`screen` wrote from a profile (cv/detect.screen_csv) both read them here."""

from __future__ import annotations

CSV_HEADER = [
    "candidate",
    "file",
    "posting",
    "as of",
    "verdict",
    "score",
    "reason",
    "failed criteria",
    "criteria to review",
    "error",
]
