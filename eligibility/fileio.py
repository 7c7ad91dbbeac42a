"""Writing files without losing anything: never overwrite unasked, never leave half a file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from eligibility.errors import EligibilityError


def write_atomic(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write `text` to `path` through a temporary file renamed into place."""
    target = Path(path)
    if target.exists() and not force:
        raise EligibilityError(f"{target}: exists; use --force to overwrite it")
    if target.is_dir():
        raise EligibilityError(f"{target}: is a directory")
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise EligibilityError(f"{target}: folder {directory} does not exist")
    fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class AtomicOutput:
    """A text file written under a temporary name and renamed into place on success."""

    def __init__(self, path: str | Path, *, force: bool = False, encoding: str = "utf-8") -> None:
        self.target = Path(path)
        if self.target.exists() and not force:
            raise EligibilityError(f"{self.target}: exists; use --force to overwrite it")
        directory = self.target.parent if str(self.target.parent) else Path(".")
        if not directory.is_dir():
            raise EligibilityError(f"{self.target}: folder {directory} does not exist")
        fd, self.temp = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".tmp", dir=directory)
        self.handle = os.fdopen(fd, "w", encoding=encoding, newline="")

    def __enter__(self):
        return self.handle

    def __exit__(self, kind, value, tb) -> None:
        if kind is None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temp, self.target)
        else:
            self.handle.close()
            Path(self.temp).unlink(missing_ok=True)
