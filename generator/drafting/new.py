"""`explainer new ARTICLE`: copy the article into seeds/ and write a draft fact sheet for
it, or write nothing at all.

The draft is checked like any fact sheet, against its article, in a scratch project
before anything is written; then the fact sheet and the article's copy are put in place
with links that never overwrite an existing file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from generator.article.model import MAX_ARTICLE_BYTES, digit_run_problem, parse_article
from generator.drafting.draft import draft_from
from generator.drafting.people import slug as slug_of
from generator.drafting.writer import fact_sheet_text
from generator.errors import ExplainerError, Problem
from generator.factsheet.loader import ARTICLES_DIR, FACT_SHEET_NAME, load_story
from generator.factsheet.project import Project
from generator.factsheet.schema import SCHEMA_COPY, SCHEMA_FILE, json_schema_text
from generator.factsheet.schema_kinds import ARTICLE_PATH_MAX
from generator.web.files import temporary_file
from generator.web.urls import RESERVED_SLUGS
from generator.yamlformat.controls import text_control_problems
from generator.yamlformat.source_files import LINK_HINT, read_regular, refusal

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # whole: fullmatch, so no "abc\n"


@dataclass(frozen=True)
class NewStory:
    """What `explainer new` wrote."""

    fact_sheet: Path
    article: Path
    copied: bool
    quotes: int
    figures: int
    todos: int

    @property
    def slug(self) -> str:
        return self.fact_sheet.parent.name


def is_slug(text: str) -> bool:
    return bool(_SLUG.fullmatch(text)) and len(text) <= 60


def new_story(
    source: Path, project: Project, slug: str | None, shown: Callable[[Path], str]
) -> NewStory:
    """Draft content/<slug>/facts.yaml from the article at `source`; raises
    `ExplainerError` (one line, nothing written) on a bad article or an existing story."""

    def display(path: Path) -> str:
        return printable(shown(path))

    data = read_article(source, display(source))
    slug = slug or slug_of(source.stem)
    if not is_slug(slug):
        raise ExplainerError(
            f"cannot make an address from the file name `{printable(source.name)}` "
            "(give one with --slug, like --slug odesa-strikes)"
        )
    if slug in RESERVED_SLUGS or (project.content_dir / f"{slug}.md").is_file():
        raise ExplainerError(
            f"`{slug}` is the address of one of the site's own pages "
            f"(choose another with --slug, like --slug {slug}-story)"
        )
    target = project.content_dir / slug / FACT_SHEET_NAME
    if target.exists():
        raise ExplainerError(
            f"{display(target)} already exists (choose another --slug, or edit that fact sheet)"
        )
    relative, copy_to = _article_place(source, project, data, display)
    _check_article_path(relative, display(source))
    article = parse_article(relative, data.decode("utf-8-sig"))
    draft = draft_from(article)
    own_schema = project.root / SCHEMA_FILE
    schema = own_schema if own_schema.is_file() else project.root / SCHEMA_COPY
    link = Path(os.path.relpath(schema, target.parent)).as_posix()
    text = fact_sheet_text(draft, slug, link)
    todos = _self_check(text, data, relative, slug)
    _write(target, text, copy_to, data, display)
    if schema != own_schema:
        _keep_schema_copy(schema)
    figures = sum(len(r.figures) for r in draft.reports)
    figures += len(draft.impact.figures) if draft.impact else 0
    return NewStory(
        target, project.root / relative, copy_to is not None, len(draft.quotes), figures, todos
    )


def _keep_schema_copy(schema: Path) -> None:
    """Write the installed version's schema beside mkdocs.yml (a project that installed
    the package has no generator/ folder), unless that copy is current already."""
    text = json_schema_text()
    with contextlib.suppress(OSError):  # completion is a convenience; the draft is written
        if not schema.is_file() or schema.read_text(encoding="utf-8") != text:
            schema.write_text(text, encoding="utf-8")


def printable(text: str) -> str:
    """`text` for a one-line message: line breaks and other control characters escaped."""
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def _check_article_path(relative: str, shown: str) -> None:
    """The fact sheet names its article by this path: it must fit in the `article` field."""
    if not relative.isprintable():
        raise ExplainerError(
            f"{shown}: the file name has a line break or another control character "
            "(rename the file, then draft from it)"
        )
    if len(relative) > ARTICLE_PATH_MAX:
        raise ExplainerError(
            f"{shown}: the article's place in the project ({len(relative)} characters) is "
            f"longer than a fact sheet takes ({ARTICLE_PATH_MAX}): give the file a shorter name"
        )


def read_article(path: Path, shown: str) -> bytes:
    """The article's bytes, or a one-line `ExplainerError` saying why it cannot be used."""

    def refuse(message: str) -> ExplainerError:
        return ExplainerError([Problem(shown, 0, 0, message)])

    try:
        if path.is_dir():
            raise refuse("is a folder, not an article (name the article's file)")
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise refuse(
                f"is {size // 1024} KB; an article may be at most {MAX_ARTICLE_BYTES // 1024} KB"
            )
        data = read_regular(path, MAX_ARTICLE_BYTES, follow_links=True)  # not /dev/zero
    except FileNotFoundError:
        raise refuse("article not found (check the path and the file name)") from None
    except OSError as exc:
        raise refuse(f"cannot be read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise refuse("is a binary file, not an article (save the article as plain text)")
    if b"\x00" in data:  # text with a NUL further in: say where, as for a bad byte
        at = data.index(b"\x00")
        line = data.count(b"\n", 0, at) + 1
        col = len(data[data.rfind(b"\n", 0, at) + 1 : at].decode("utf-8", errors="replace")) + 1
        raise ExplainerError(
            [Problem(shown, line, col, "a NUL byte is not text (save the article as plain text)")]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = (
            len(
                data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode(
                    "utf-8", errors="replace"
                )
            )
            + 1
        )
        raise ExplainerError(
            [
                Problem(
                    shown,
                    line,
                    col,
                    f"byte 0x{data[exc.start]:02x} is not UTF-8 text (save the article as UTF-8)",
                )
            ]
        ) from None
    if not text.strip():
        raise refuse("the article is empty (paste the article text, one paragraph per line)")
    for found in text_control_problems(shown, text)[:1]:  # check refuses them too
        raise ExplainerError(
            [Problem(shown, found.line, found.col, f"{found.message}: {found.hint}")]
        )
    digits = digit_run_problem(shown, text.removeprefix("\ufeff"))
    if digits is not None:
        raise ExplainerError([replace(digits, hint="")])
    return data


def _article_place(
    source: Path, project: Project, data: bytes, shown: Callable[[Path], str]
) -> tuple[str, Path | None]:
    """The article's path in the project, and where to copy it (None: it is there).

    The fact sheet names a file that `check` reads, never through a link: a linked seeds/
    or a link in seeds/ where the article would be is refused here, not after drafting."""
    seeds_dir = project.root / ARTICLES_DIR
    _refuse_link(seeds_dir, shown)
    seeds = seeds_dir.resolve()
    resolved = source.resolve()
    if resolved.is_relative_to(seeds):  # the file itself, even when named through a link
        return resolved.relative_to(project.root.resolve()).as_posix(), None
    copy_to = seeds_dir / source.name
    _refuse_link(copy_to, shown)
    if copy_to.exists():
        if copy_to.is_file() and read_regular(copy_to, MAX_ARTICLE_BYTES) == data:
            return f"{ARTICLES_DIR}/{source.name}", None
        raise ExplainerError(
            f"{shown(copy_to)} already exists with other text (rename the "
            "article's file, or draft from the copy in seeds/)"
        )
    return f"{ARTICLES_DIR}/{source.name}", copy_to


def _refuse_link(path: Path, shown: Callable[[Path], str]) -> None:
    why = refusal(path)
    if why is not None:
        raise ExplainerError([Problem(shown(path), 0, 0, why, LINK_HINT)])


def _self_check(text: str, data: bytes, relative: str, slug: str) -> int:
    """Check the draft as `explainer check` would, in a scratch project; the number of
    TODO warnings. An error here is a bug of the drafting, reported as such."""
    with tempfile.TemporaryDirectory(prefix="explainer-new-") as scratch:
        root = Path(scratch)
        (root / "mkdocs.yml").write_text("site_name: draft\ndocs_dir: content\n", "utf-8")
        (root / relative).parent.mkdir(parents=True)
        (root / relative).write_bytes(data)
        facts = root / "content" / slug / FACT_SHEET_NAME
        facts.parent.mkdir(parents=True)
        facts.write_text(text, encoding="utf-8")
        result = load_story(facts, root, display=f"content/{slug}/{FACT_SHEET_NAME}")
    if result.errors:
        raise ExplainerError(_internal(result.errors))
    return len(result.warnings)


def _internal(errors: list[Problem]) -> list[Problem]:
    first = Problem(
        "",
        0,
        0,
        "internal error: the draft fails its own check, so nothing was "
        "written (a bug in `explainer new`: please report it with the article)",
    )
    return [first, *errors]


def _write(
    target: Path, text: str, copy_to: Path | None, data: bytes, shown: Callable[[Path], str]
) -> None:
    """Put the fact sheet (and the article's copy) in place, never over an existing file;
    on any failure, leave nothing behind: no file, no folder made on the way."""
    folders: list[Path] = []
    temps: list[Path] = []
    placed: list[Path] = []
    try:
        _make_folders(target.parent, folders)
        facts_temp = _temp(target.parent, text.encode("utf-8"), temps)
        if copy_to is not None:
            _make_folders(copy_to.parent, folders)
            os.link(_temp(copy_to.parent, data, temps), copy_to)
            placed.append(copy_to)
        os.link(facts_temp, target)
    except OSError as exc:
        for path in placed:
            path.unlink(missing_ok=True)
        for temp in temps:
            temp.unlink(missing_ok=True)
        for folder in reversed(folders):
            with contextlib.suppress(OSError):
                folder.rmdir()
        where = Path(exc.filename) if exc.filename else target
        if isinstance(exc, FileExistsError) and where in (target, copy_to):
            problem = "already exists"
        else:
            problem = f"cannot be written ({exc.strerror or exc})"
        raise ExplainerError(f"{shown(where)}: {problem}; nothing was written") from None
    finally:
        for temp in temps:
            temp.unlink(missing_ok=True)


def _make_folders(folder: Path, made: list[Path]) -> None:
    """Make `folder` and any missing parent, adding each one made to `made`."""
    missing = []
    while not folder.is_dir():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        made.append(path)


def _temp(folder: Path, data: bytes, temps: list[Path]) -> Path:
    handle, path = temporary_file(folder, prefix=".explainer-new-", suffix=".tmp")
    temps.append(path)
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    return path
