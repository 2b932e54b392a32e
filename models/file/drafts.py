"""Text typed but not yet saved, kept in a small file beside the ledger so a crash cannot lose it."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from models.errors import os_error_words


@dataclass(frozen=True)
class Draft:
    text: str
    percent: int | None = None
    saved_at: str = ""


def drafts_path(ledger_path: Path) -> Path:
    return ledger_path.with_name(f"{ledger_path.stem}.未保存的录入.json")


class DraftStore:
    """Drafts keyed by where they were typed (e.g. "meeting:3:task:17"); every change is on disk at once."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._drafts: dict[str, Draft] = {}
        self.problem = ""  # why drafts cannot be kept, shown to the user instead of failing silently
        try:
            raw = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
            self._drafts = {key: Draft(**value) for key, value in raw.items() if isinstance(value, dict)}
        except (OSError, ValueError, TypeError) as error:
            self.problem = f"无法读取未保存的录入（{path.name}）：{error}"

    def get(self, key: str) -> Draft | None:
        return self._drafts.get(key)

    def keys(self, prefix: str = "") -> list[str]:
        return [key for key in self._drafts if key.startswith(prefix)]

    def put(self, key: str, text: str, percent: int | None = None) -> None:
        if not text.strip():
            self.discard(key)
            return
        draft = Draft(text, percent, datetime.now().isoformat(timespec="seconds"))
        if self._drafts.get(key) == draft:
            return
        self._drafts[key] = draft
        self._write()

    def discard(self, key: str) -> None:
        if self._drafts.pop(key, None) is not None:
            self._write()

    def _write(self) -> None:
        """Write to a temporary file, flush it to disk, then rename over the old one: never half a file."""
        try:
            if not self._drafts:
                self.path.unlink(missing_ok=True)
                return
            data = json.dumps({key: asdict(d) for key, d in self._drafts.items()}, ensure_ascii=False, indent=1)
            self.path.parent.mkdir(parents=True, exist_ok=True)  # a server ledger keeps its drafts in a folder
            handle, temporary = tempfile.mkstemp(prefix=".drafts-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, self.path)
            self.problem = ""
        except OSError as error:
            self.problem = f"无法保存未保存的录入（{self.path.parent}）：{os_error_words(error)}"
