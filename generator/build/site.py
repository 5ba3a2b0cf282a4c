"""The whole generated site: every fact sheet under the content folder in, Markdown pages
and asset files out. This is the core that the MkDocs plugin and `explainer render` share.

Nothing here imports MkDocs. A broken fact sheet either stops the build (its problems
are returned as errors) or, in preview, becomes a page that shows its problems.

The Air Force data file (content/data/airforce-nights.yaml), when there is one, is read
once per build: it makes the tracker page, sets each explainer's night in context, and
is checked against the fact sheets as `explainer check` does (so `mkdocs build --strict`
stops where `explainer check --strict` does).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from markupsafe import escape

from generator.airforce import datafile
from generator.airforce.crosscheck import check_against_data
from generator.airforce.model import AirforceData
from generator.build.cache import BuildCache, cache_key
from generator.build.theme import page_assets as page_assets  # re-exported
from generator.build.theme import with_template
from generator.charts.chart import chart_files
from generator.errors import Problem
from generator.factsheet.loader import FACT_SHEET_NAME, Story, load_story
from generator.pages.article import render_article
from generator.pages.embeds import embeds
from generator.pages.explainer import render_explainer
from generator.pages.feed import atom_feed
from generator.pages.index import index_pages
from generator.pages.sections.chart import launches_chart
from generator.pages.sections.night_context import night_contexts
from generator.pages.sharing import sharing
from generator.pages.social_image import social_image, social_image_src
from generator.pages.tracker import tracker_files
from generator.web.files import GeneratedFile, StoryOutcome
from generator.web.urls import (
    ARCHIVE_SRC,
    ASSETS_DIR,
    HOME_SRC,
    Urls,
    article_src,
    explainer_src,
)

INTRO_NAME = "intro.md"


@dataclass(frozen=True)
class Site:
    files: tuple[GeneratedFile, ...]
    outcomes: tuple[StoryOutcome, ...]
    data_problems: tuple[Problem, ...] = ()  # the Air Force data file's, if unreadable

    @property
    def problems(self) -> list[Problem]:
        return [*self.data_problems, *(p for o in self.outcomes for p in o.problems)]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]


@dataclass(frozen=True)
class SiteOptions:
    urls: Urls = field(default_factory=Urls)
    preview: bool = False  # `mkdocs serve`: show drafts and broken fact sheets' problems
    site_title: str = "Explainers"
    # The published address (https://org.github.io/repo/). Sharing metadata, the feed and
    # embed codes need absolute addresses; without it they are left out.
    site_url: str = ""
    # The theme template that shows an embed without the site around it, where the theme
    # has one (generator/theme/embed.html); otherwise embeds use the builder's page layout.
    embed_template: str = ""
    # The theme template every generated page names (generator/theme/explainer.html: the
    # sharing tags, the feed link and the explainer's files); "" for the theme's default.
    page_template: str = ""
    # Where the stories are, under the content folder ("" for anywhere in it).
    stories_dir: str = ""
    # The generated home page (index.md, with the content folder's index.md as its intro)
    # and the archive of every explainer (None for none).
    home: bool = True
    archive_src: str | None = ARCHIVE_SRC
    # Keep each story's rendered files in .cache/explainer/ and reuse them while nothing
    # they depend on changes (see build_cache.py).
    cache: bool = True


def find_fact_sheets(content_dir: Path) -> list[Path]:
    """Every fact sheet under the content folder, in a stable order."""
    return sorted(
        path
        for path in content_dir.rglob(FACT_SHEET_NAME)
        if not any(part.startswith(".") for part in path.relative_to(content_dir).parts)
    )


def load_all(root: Path, content_dir: Path) -> list[StoryOutcome]:
    outcomes = []
    for path in find_fact_sheets(content_dir):
        result = load_story(path, root)
        display = path.resolve().relative_to(root.resolve()).as_posix()
        outcomes.append(StoryOutcome(path.parent, display, result.story, result.problems))
    return _with_duplicate_slugs(outcomes)


def _with_duplicate_slugs(outcomes: list[StoryOutcome]) -> list[StoryOutcome]:
    first: dict[str, StoryOutcome] = {}
    checked = []
    for outcome in outcomes:
        if outcome.slug in first:
            problem = Problem(
                outcome.display,
                1,
                1,
                f"slug `{outcome.slug}` is already used by {first[outcome.slug].display}",
                "every explainer needs its own address: choose another slug",
            )
            outcome = StoryOutcome(
                outcome.folder, outcome.display, None, (*outcome.problems, problem)
            )
        else:
            first[outcome.slug] = outcome
        checked.append(outcome)
    return checked


def generate(root: Path, content_dir: Path, options: SiteOptions) -> Site:
    """All generated pages and assets for the stories under `content_dir`."""
    outcomes = load_all(root, content_dir / options.stories_dir)
    cache = BuildCache(root if options.cache else None)
    dataset = _read_bytes(datafile.data_file_path(content_dir))
    data, data_problems = read_data(root, content_dir, dataset)
    if data is not None:
        outcomes = [_checked(outcome, data, root, content_dir) for outcome in outcomes]
    files: list[GeneratedFile] = []
    listed: list[StoryOutcome] = []
    for outcome in outcomes:
        story = outcome.story
        if story is None:
            if options.preview:
                files.append(GeneratedFile(explainer_src(outcome.slug), _error_page(outcome)))
                listed.append(outcome)
            continue
        if story.facts.is_draft and not options.preview:
            continue
        intro = _read_optional(outcome.folder / INTRO_NAME)
        # The dataset's bytes are in the key: the page sets its night in that data's context.
        key = cache_key(repr(options), repr(story.facts), repr(story.article), intro, dataset)
        files += cache.files(key, partial(_story_files, story, intro, options, data))
        listed.append(outcome)
    cache.prune()
    home_intro = _read_optional(content_dir / HOME_SRC) if options.home else ""
    files += index_pages(
        listed, options.urls, options.site_title, home_intro, options.home, options.archive_src
    )
    if data is not None:
        stories = [o.story.facts for o in listed if o.story is not None]
        files += tracker_files(data, stories, options.urls)
    if options.site_url:
        stories = [o.story.facts for o in listed if o.story is not None]
        files.append(atom_feed(stories, options.site_url, options.site_title, options.urls))
    if options.page_template:
        files = [_templated(f, options.page_template) for f in files]
    files.extend(_assets())
    return Site(tuple(files), tuple(outcomes), tuple(data_problems))


def _templated(file: GeneratedFile, template: str) -> GeneratedFile:
    if not file.src.endswith(".md") or not isinstance(file.content, str):
        return file
    return GeneratedFile(file.src, with_template(file.content, template))


# `mkdocs serve` rebuilds the site on every save: the data file, thousands of rows, is
# parsed again only when its bytes change (the last file's result is kept, keyed by its
# digest: the bytes that key each story's cache are the bytes parsed).
_parsed: dict[str, tuple[str, tuple[AirforceData | None, list[Problem]]]] = {}


def read_data(
    root: Path, content_dir: Path, raw: bytes | None = None
) -> tuple[AirforceData | None, list[Problem]]:
    """The Air Force data file, if the project has one (None and no problem if not);
    `raw`, its bytes when the caller has read them."""
    path = datafile.data_file_path(content_dir)
    if raw is None:
        if not path.is_file():
            return None, []
        raw = _read_bytes(path)
    elif not raw and not path.is_file():
        return None, []
    display = _display(path, root)
    key = f"{hashlib.sha256(raw).hexdigest()} {display}"
    cached = _parsed.get("data")
    if cached is None or cached[0] != key:
        cached = (key, datafile.parse(raw, display))
        _parsed["data"] = cached
    data, problems = cached[1]
    return data, list(problems)


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


def _checked(
    outcome: StoryOutcome, data: AirforceData, root: Path, content_dir: Path
) -> StoryOutcome:
    """The outcome with the warnings of the check against the data (crosscheck.py)."""
    if outcome.story is None:
        return outcome
    shown = _display(datafile.data_file_path(content_dir), root)
    found = check_against_data(outcome.story.facts, data, shown)
    problems = (*outcome.problems, *found)
    return StoryOutcome(outcome.folder, outcome.display, outcome.story, problems)


def _story_files(
    story: Story, intro: str, options: SiteOptions, data: AirforceData | None = None
) -> list[GeneratedFile]:
    """The explainer page, its article page, its embeds, its chart's data files and its
    social preview image."""
    facts, urls = story.facts, options.urls
    shared = (
        sharing(facts, options.site_url, options.site_title, urls) if options.site_url else None
    )
    chart = launches_chart(facts)
    embedded = embeds(story, urls, options.site_url, options.embed_template, chart)
    contexts = night_contexts(facts, data, urls) if data is not None else ()
    page = render_explainer(
        story, urls, intro, facts.is_draft, shared, embedded.codes, chart, contexts
    )
    return [
        GeneratedFile(explainer_src(facts.slug), page),
        GeneratedFile(article_src(facts.slug), render_article(story, urls)),
        *embedded.files,
        *(chart_files(facts.slug, chart) if chart else []),
        GeneratedFile(social_image_src(facts.slug), social_image(facts)),
    ]


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _read_optional(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _assets() -> list[GeneratedFile]:
    """Every file under generator/assets/, published under assets/explainer/."""
    root = resources.files("generator") / "assets"
    return [GeneratedFile(f"{ASSETS_DIR}/{name}", data) for name, data in _walk(root, "")]


def _walk(folder: Traversable, prefix: str) -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.startswith((".", "__")):
            continue
        if entry.is_dir():
            found += _walk(entry, f"{prefix}{entry.name}/")
        else:
            found.append((prefix + entry.name, entry.read_bytes()))
    return found


def _error_page(outcome: StoryOutcome) -> str:
    """In preview, a broken fact sheet's page lists its problems instead of its facts."""
    listing = "\n".join(
        f'<li class="problem-{p.severity.value}"><code>{escape(p.location)}</code>: '
        f"{escape(p.message)}"
        + (f'<br><span class="problem-hint">{escape(p.hint)}</span>' if p.hint else "")
        + "</li>"
        for p in outcome.problems
    )
    title = escape(f"Fact sheet has errors: {outcome.display}")
    return (
        f'---\ntitle: "{title}"\n---\n\n'
        f'<div class="explainer-errors" role="alert">\n<h1>{title}</h1>\n'
        f"<p>This explainer cannot be shown until its fact sheet is fixed. "
        f"Save the file and this page updates.</p>\n<ul>\n{listing}\n</ul>\n</div>\n"
    )


def write_site(site: Site, out: Path) -> list[Path]:
    """Write the generated files under `out` (for another Markdown site builder)."""
    written = []
    for generated in site.files:
        target = out / generated.src
        target.parent.mkdir(parents=True, exist_ok=True)
        data = generated.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        target.write_bytes(data)
        written.append(target)
    return written
