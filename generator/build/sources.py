"""What in the content folder is never published: sources (fact sheets and the Air Force
data file, which the generator turns into pages) and the leftovers editors and merges
leave beside them (`facts.yaml~`, `#facts.yaml#`, `facts.yaml.bak`, `.orig`, `facts.yaml.txt`,
`intro.md~`, `facts_BASE_1234.yaml`…), internal notes and all.

A file is judged by what it is, not only by its name: a copy of a fact sheet under any
name (`notes.txt`, `facts (copy)`) is recognised by its keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.airforce.datafile import DATA_FILE
from generator.factsheet.loader import FACT_SHEET_NAME
from generator.yamlformat.source_files import read_head

SOURCE_SUFFIXES = {".yaml", ".yml"}
# Fact sheets, intros (intro.md) and the home page's text (index.md): their copies.
_SOURCE_NAMES = (FACT_SHEET_NAME, "facts.yml", "intro.md", "index.md")
_LEFTOVER_SUFFIXES = {
    ".bak", ".backup", ".bk", ".old", ".orig", ".rej", ".save", ".sav", ".swp", ".swo",
    ".swn", ".tmp", ".temp", ".part", ".crdownload", ".dpkg-old", ".merge",
}  # fmt: skip
# Fact sheets, and files named like one (the build refuses those, naming the right name).
_SOURCE_YAML_NAMES = {FACT_SHEET_NAME, "facts.yml", "fact-sheet.yaml", "fact-sheet.yml"}
_MERGE_COPY = re.compile(r"_(BACKUP|BASE|LOCAL|REMOTE)_\d+", re.IGNORECASE)
# Files a site publishes as they are: never read to see whether they are a fact sheet.
_PUBLISHED_KINDS = {
    ".md", ".html", ".htm", ".css", ".js", ".json", ".csv", ".xml", ".png", ".jpg", ".jpeg",
    ".gif", ".webp", ".avif", ".svg", ".ico", ".pdf", ".woff", ".woff2", ".ttf", ".mp3",
    ".mp4", ".webm",
}  # fmt: skip
_FACT_SHEET_KEY = re.compile(
    rb"^(slug|headline|summary|article|strike_reports|internal_notes|editor_notes)\s*:", re.M
)
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class Sources:
    """The content folder's files that are never published (paths relative to it), and
    which of them are leftovers or copies rather than the sources themselves."""

    kept_out: frozenset[str]
    leftovers: tuple[str, ...]


def find_sources(content_dir: Path, files: tuple[str, ...]) -> Sources:
    """Among `files` (relative to `content_dir`), the sources and their leftovers."""
    kept_out, leftovers = set(), []
    for src in files:
        path = PurePosixPath(src)
        if src == DATA_FILE or path.name.lower() in _SOURCE_YAML_NAMES:
            kept_out.add(src)  # the site's other YAML files are its own: published
        elif _is_leftover(path.name) or _is_fact_sheet_copy(content_dir / src, path):
            kept_out.add(src)
            leftovers.append(src)
    return Sources(frozenset(kept_out), tuple(leftovers))


def _is_leftover(name: str) -> bool:
    lower = name.lower()
    suffixes = PurePosixPath(lower).suffixes
    return (
        lower.endswith("~")  # Emacs, Vim, gedit backups
        or (lower.startswith("#") and lower.endswith("#"))  # Emacs auto-save
        or lower.startswith(".#")  # Emacs lock
        or bool(suffixes and suffixes[-1] in _LEFTOVER_SUFFIXES)
        or bool(_MERGE_COPY.search(name))  # git mergetool's copies
        or any(s in SOURCE_SUFFIXES for s in suffixes[:-1])  # facts.yaml.txt
        or any(lower.startswith(source + ".") for source in _SOURCE_NAMES)  # intro.md.txt
    )


def _is_fact_sheet_copy(path: Path, src: PurePosixPath) -> bool:
    if src.suffix.lower() in _PUBLISHED_KINDS:
        return False
    keys = {m.group(1) for m in _FACT_SHEET_KEY.finditer(read_head(path, _SNIFF_BYTES))}
    return len(keys) >= 2
