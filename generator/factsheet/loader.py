"""Fact sheet file in, typed `FactSheet` out, with every problem of the file reported.

Reading goes as far as it can: a broken section does not hide the problems of the others,
and the article checks run on every part that could be read. A model comes out only when
there is no error; warnings (TODOs) travel with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from yaml.nodes import MappingNode

from generator.article.model import Article, load_article
from generator.errors import Problem, in_file_order, shown_path
from generator.factsheet.checks.consistency import check_consistency
from generator.factsheet.checks.provenance import check_provenance
from generator.factsheet.model import FactSheet, Loc, Status, TableRows
from generator.factsheet.schema import FACT_SHEET, build_parties, with_ids
from generator.web.urls import RESERVED_SLUGS
from generator.yamlformat.source import MAX_FACT_SHEET_BYTES, compose, read_text
from generator.yamlformat.source_files import read_regular
from generator.yamlformat.spec import INVALID, Reader, describe_node

FACT_SHEET_NAME = "facts.yaml"
# Names an editor gives a fact sheet that the site would silently pass over.
_LIKE_FACT_SHEET = re.compile(r"facts?([-_ ]?sheet)?\.ya?ml", re.IGNORECASE)


def is_misnamed_fact_sheet(name: str) -> bool:
    """`facts.yml`, `Facts.yaml`, `fact-sheet.yaml`…: meant as a fact sheet, not read as one."""
    return name != FACT_SHEET_NAME and bool(_LIKE_FACT_SHEET.fullmatch(name))


ARTICLES_DIR = "seeds"


@dataclass(frozen=True)
class Story:
    """A fact sheet that passed validation, with its article."""

    facts: FactSheet
    article: Article
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class LoadResult:
    story: Story | None
    problems: tuple[Problem, ...]  # errors and warnings, in file order
    draft: bool = True  # `status: draft` (or no status): listed, never published or fatal

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if not p.is_error]


def load_story(path: Path, root: Path, display: str | None = None) -> LoadResult:
    """Read, validate and check the fact sheet at `path` against its article.

    `root` is the project folder that the article path is relative to; `display` is how
    the file is named in messages (default: relative to `root`).
    """
    display = display or shown_path(path, root)
    if is_misnamed_fact_sheet(path.name):
        misnamed = Problem(
            display,
            0,
            0,
            f"the fact sheet is named `{path.name}`: the site reads only `{FACT_SHEET_NAME}`",
            f"rename it to {FACT_SHEET_NAME}",
        )
        result = _load(path, root, display)
        return LoadResult(None, (misnamed, *result.problems), _is_draft(path, result))
    result = _load(path, root, display)
    return LoadResult(result.story, result.problems, _is_draft(path, result))


# A fact sheet too broken to read is still a draft or a ready story: its own words say which.
_READY = re.compile(r"^status:\s*[\"']?ready\b", re.MULTILINE)


def _is_draft(path: Path, result: LoadResult) -> bool:
    if result.story is not None:
        return result.story.facts.is_draft
    try:  # as safely as the loader reads it: never a link, a device or a pipe
        text = read_regular(path, MAX_FACT_SHEET_BYTES).decode("utf-8", errors="replace")
    except OSError:  # a file that cannot be read is no editor's draft: its errors count
        return False
    return not _READY.search(text)


def _load(path: Path, root: Path, display: str) -> LoadResult:
    source, problems = read_text(path, display, MAX_FACT_SHEET_BYTES, what="fact sheet")
    if source is None:
        return LoadResult(None, tuple(problems))
    node, problems = compose(source)
    if problems:
        return LoadResult(None, tuple(problems))
    r = Reader(display)
    if node is None:
        r.error(
            Loc(1, 1),
            "the fact sheet is empty",
            "start from the seed story's facts.yaml, or run `explainer new ARTICLE`",
        )
        return LoadResult(None, tuple(r.problems))
    if not isinstance(node, MappingNode):
        r.error(
            node,
            f"a fact sheet is a mapping of keys (slug:, headline:, …), not {describe_node(node)}",
            "see FACTSHEET.md for the format",
        )
        return LoadResult(None, tuple(r.problems))

    locs: dict[str, Loc] = {}
    values = FACT_SHEET.read_fields(node, r, "the fact sheet", locs)
    facts = _best_effort(values, display, locs)
    complete = INVALID not in values.values() and all(
        entry.value is not INVALID for key in _ID_SECTIONS for entry in values.get(key) or ()
    )
    _check_slug(facts, path, r)
    check_consistency(facts, _declared(values), r)
    article = _load_article(values.get("article"), root, locs, r)
    if article is not None:
        check_provenance(facts, article, r, derived_complete=complete)

    problems = in_file_order(r.problems)
    complete = complete and article is not None
    if any(p.is_error for p in problems) or not complete:
        return LoadResult(None, tuple(problems))
    assert article is not None
    warnings = tuple(p for p in problems if not p.is_error)
    return LoadResult(Story(facts, article, warnings), tuple(problems))


_ID_SECTIONS = ("parties", "people", "strike_reports", "quotes", "issues")


def _declared(values: dict[str, Any]) -> dict[str, list[str]]:
    """The ids each section declares, including those whose entries have problems (so a
    typo in one entry does not also make every reference to it an error)."""
    declared = {}
    for key in _ID_SECTIONS:
        entries = values.get(key)
        declared[key] = [] if entries is INVALID or not entries else [e.key for e in entries]
    return declared


def _best_effort(values: dict[str, Any], display: str, locs: dict[str, Loc]) -> FactSheet:
    """A model of what could be read, with neutral values where a field was broken, so
    that the checks of the other parts can still run."""

    def get(key: str, empty: Any) -> Any:
        value = values.get(key, INVALID)
        return empty if value is INVALID or value is None else value

    published = get("published", None)
    return FactSheet(
        slug=get("slug", ""),
        status=Status(get("status", "draft")),
        headline=get("headline", ""),
        summary=get("summary", ""),
        dateline=get("dateline", ""),
        publication=get("publication", ""),
        byline=get("byline", ""),
        article=get("article", ""),
        article_source=get("article_source", ""),
        events_date=get("events_date", None),
        published=published,
        updated=get("updated", None) or published,
        corrections=get("corrections", ()),
        parties=build_parties(get("parties", ())),
        people=with_ids(get("people", ())),
        strike_reports=with_ids(get("strike_reports", ())),
        quotes=with_ids(get("quotes", ())),
        issues=with_ids(get("issues", ())),
        timeline=get("timeline", ()),
        editor_notes=get("editor_notes", ()),
        internal_notes=get("internal_notes", ()),
        table_rows=TableRows(get("table_rows", "issues")),
        path=display,
        impact=get("impact", None),
        field_locs=locs,
    )


def _check_slug(facts: FactSheet, path: Path, r: Reader) -> None:
    if not facts.slug:
        return
    at = facts.field_locs.get("slug", Loc(1, 1))
    hint = f"choose another slug, like `{facts.slug}-story`, and rename the folder to match"
    if facts.slug in RESERVED_SLUGS:
        r.error(at, f"slug `{facts.slug}` is the address of one of the site's own pages", hint)
        return
    if path.name != FACT_SHEET_NAME:
        return
    folder = path.resolve().parent.name
    page = path.resolve().parent.parent / f"{facts.slug}.md"
    if page.is_file():  # a page of the content folder, such as about.md
        r.error(at, f"slug `{facts.slug}` is the address of the page {page.name}", hint)
    elif facts.slug != folder:
        r.error(
            at,
            f"slug `{facts.slug}` does not match the folder `{folder}`",
            "the folder's name is the explainer's address: rename one so they agree "
            "(and never rename a published story)",
        )


def _load_article(value: Any, root: Path, locs: dict[str, Loc], r: Reader) -> Article | None:
    if not isinstance(value, str):
        return None
    at = locs.get("article", Loc(1, 1))
    relative = PurePosixPath(value)
    inside = (root / relative).resolve()
    if (
        relative.is_absolute()
        or ".." in relative.parts
        or relative.parts[:1] != (ARTICLES_DIR,)
        or not inside.is_relative_to(root.resolve())
    ):
        r.error(
            at,
            f"the article `{value}` is not a file under {ARTICLES_DIR}/",
            f"articles live in {ARTICLES_DIR}/: write a path like {ARTICLES_DIR}/my-story.txt",
        )
        return None
    if inside != root.resolve().joinpath(*relative.parts):
        r.error(
            at,
            f"the article `{value}` is reached through a symbolic link",
            f"only files inside the project are read: put the article itself in {ARTICLES_DIR}/",
        )
        return None
    article, problems = load_article(root, value)
    for problem in problems:
        where = f" (line {problem.line}, column {problem.col})" if problem.line else ""
        r.error(at, f"the article `{value}`{where}: {problem.message}", problem.hint)
    return article
