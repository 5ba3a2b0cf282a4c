"""The whole generated site: every fact sheet under the content folder in, Markdown pages
and asset files out. This is the core that the MkDocs plugin and `explainer render` share.

Nothing here imports MkDocs. A broken ready fact sheet stops the build (its problems are
`publishing_problems`); a draft's problems never do (drafts are listed, not published). In
preview, a broken fact sheet becomes a page that shows its problems.

The Air Force data file (content/data/airforce-nights.yaml), when there is one, is read
once per build: it makes the tracker page, sets each explainer's night in context, and
is checked against the fact sheets as `explainer check` does (so `mkdocs build --strict`
stops where `explainer check --strict` does).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from markupsafe import escape

from generator.airforce.crosscheck import checked_against_data, read_project_data
from generator.airforce.model import AirforceData
from generator.build.addresses import (
    GENERATOR,
    INTRO_NAME,
    Published,
    address_clashes,
    is_read_into_a_page,
    story_folders,
)
from generator.build.cache import BuildCache, cache_key
from generator.build.front_matter import readable_pages
from generator.build.sources import Sources, find_sources
from generator.build.theme import page_assets as page_assets  # re-exported
from generator.build.theme import with_template
from generator.build.workers import run_all
from generator.charts.chart import chart_files
from generator.errors import Problem, shown_path
from generator.factsheet.loader import FACT_SHEET_NAME, Story
from generator.factsheet.stories import StoryOutcome, find_fact_sheets, load_all
from generator.pages.article import render_article
from generator.pages.embeds import embeds
from generator.pages.explainer import render_explainer
from generator.pages.feed import atom_feed
from generator.pages.index import index_pages
from generator.pages.sections.chart import launches_chart
from generator.pages.sections.night_context import night_contexts
from generator.pages.sharing import sharing
from generator.pages.social_image import social_image
from generator.pages.tracker import tracker_files
from generator.web.files import GeneratedFile
from generator.web.templating import page_front_matter
from generator.web.urls import (
    ARCHIVE_SRC,
    ASSETS_DIR,
    HOME_SRC,
    TRACKER_SRC,
    Urls,
    article_src,
    explainer_src,
    social_image_src,
)
from generator.yamlformat.source import read_optional_text
from generator.yamlformat.source_files import ContentScan, scan_content


@dataclass(frozen=True)
class Site:
    files: tuple[GeneratedFile, ...]
    outcomes: tuple[StoryOutcome, ...]
    data_problems: tuple[Problem, ...] = ()  # the Air Force data file's, if unreadable
    # Pages left out because the builder would not read them (front_matter.py).
    page_problems: tuple[Problem, ...] = ()
    # The content folder's links and non-regular files: never read, never published.
    scan: ContentScan = field(default_factory=lambda: ContentScan((), ()))
    # The content folder's sources and their leftovers: never published.
    sources: Sources = field(default_factory=lambda: Sources(frozenset(), ()))
    # Every file of the content folder (relative to it) that a builder must not publish as
    # it is: sources and leftovers, files read into a page (index.md, intros), files at a
    # generated page's address, and the files of stories this build does not publish.
    withheld: frozenset[str] = frozenset()
    # Pages a site's navigation may name that this build does not make (the tracker,
    # without Air Force data): a builder leaves them out of its navigation.
    absent_pages: tuple[str, ...] = ()

    def withholds(self, src: str) -> bool:
        """Whether the content folder's file at `src` stays out of the site."""
        return src in self.withheld or self.scan.is_refused(src)

    @property
    def problems(self) -> list[Problem]:
        return [
            *self.scan.problems,
            *self.data_problems,
            *(p for o in self.outcomes for p in o.problems),
            *self.page_problems,
        ]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.is_error]

    @property
    def publishing_problems(self) -> list[Problem]:
        """The problems that stop a published build: all but a draft's. A draft's are the
        editor's business, shown in the preview, never fatal."""
        return [
            *self.scan.problems,
            *self.data_problems,
            *(p for o in self.outcomes if not o.draft for p in o.problems),
            *self.page_problems,
        ]

    @property
    def drafts(self) -> list[StoryOutcome]:
        return [o for o in self.outcomes if o.draft]


def preview_summary(site: Site) -> str:
    """One line per preview rebuild: "3 stories (1 draft(s), 43 TODO(s)), 1 error(s), 2
    other warning(s): each story's problems are on its preview page"."""
    stories = len(site.outcomes)
    todos = sum(o.todos for o in site.outcomes)
    errors = sum(len(o.errors) for o in site.outcomes)
    warnings = sum(len(o.problems) - len(o.errors) for o in site.outcomes) - todos
    parts = [f"{stories} stor{'y' if stories == 1 else 'ies'} ({len(site.drafts)} draft(s), "
             f"{todos} TODO(s))", f"{errors} error(s)", f"{warnings} other warning(s)"]  # fmt: skip
    where = ": each story's problems are on its preview page" if errors or warnings or todos else ""
    return ", ".join(parts) + where


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
    # Include draft stories (`explainer render --drafts`) without the preview's editor's
    # desk: no warnings list, no error pages. The preview includes them anyway.
    drafts: bool = False


def generate(
    root: Path, content_dir: Path, options: SiteOptions, workers: int | None = None
) -> Site:
    """All generated pages and assets for the stories under `content_dir`. The stories
    that are not in the cache are rendered by `workers` processes (`build/workers.py`;
    None: as many as the machine has cores, when that pays)."""
    shown = shown_path(content_dir, root)
    scan = scan_content(content_dir, shown, frozenset({FACT_SHEET_NAME}))
    if scan.is_refused(""):
        return Site((), (), scan=scan)
    sheets = find_fact_sheets(content_dir / options.stories_dir)
    outcomes = load_all(root, sheets, run=lambda loads: run_all(loads, workers))
    cache = BuildCache(root if options.cache else None)
    project_data = read_project_data(content_dir, lambda path: shown_path(path, root))
    outcomes = checked_against_data(outcomes, project_data)
    data = project_data.data
    read_problems: list[Problem] = []  # intros and the home page's text that cannot be read
    listed: list[StoryOutcome] = []
    entries: list[_StoryFiles] = []  # each listed story's files, or None: to be rendered
    renders: list[partial[tuple[list[GeneratedFile], list[Problem]]]] = []
    for outcome in outcomes:
        story = outcome.story
        if story is None:
            if options.preview:
                src = explainer_src(options.urls.story(outcome.slug))
                page = _templated(GeneratedFile(src, _error_page(outcome)), options)
                entries.append(_StoryFiles(outcome.display, "", [page]))
                listed.append(outcome)
            continue
        if story.facts.is_draft and not (options.preview or options.drafts):
            continue
        intro = read_optional_text(
            outcome.folder / INTRO_NAME,
            shown_path(outcome.folder / INTRO_NAME, root),
            read_problems,
        )
        # The dataset's bytes are in the key: the page sets its night in that data's context.
        # in preview, the page lists the story's warnings for the editor
        warnings = tuple(p for p in outcome.problems if not p.is_error) if options.preview else ()
        key = cache_key(
            repr(options), repr(story.facts), repr(story.article), intro, project_data.raw,
            repr(warnings),
        )  # fmt: skip
        cached = cache.cached(key, story.facts.slug)
        entries.append(_StoryFiles(outcome.display, key, cached))
        if cached is None:
            renders.append(partial(_checked_story_files, story, intro, options, data, warnings))
        listed.append(outcome)
    rendered = iter(run_all(renders, workers))
    files: list[GeneratedFile] = []
    page_problems: list[Problem] = []
    origins: dict[str, str] = {}  # each story's generated files: its fact sheet
    for entry in entries:
        if entry.files is None:
            produced, problems = next(rendered)
            if not problems:  # a page the gate refused is rendered (and reported) again
                cache.store(entry.key, produced)
        else:
            produced, problems = readable_pages(entry.files)
        origins.update(dict.fromkeys((f.src for f in produced), entry.display))
        files += produced
        page_problems += problems
    cache.prune()
    home_intro = (
        read_optional_text(content_dir / HOME_SRC, f"{shown}/{HOME_SRC}", read_problems)
        if options.home
        else ""
    )
    shared = index_pages(
        listed,
        options.urls,
        options.site_title,
        home_intro,
        options.home,
        options.archive_src,
        tracker=data is not None,
    )
    if data is not None:
        stories = [o.story.facts for o in listed if o.story is not None]
        shared += tracker_files(data, stories, options.urls)
    if options.site_url:
        stories = [o.story.facts for o in listed if o.story is not None]
        shared.append(atom_feed(stories, options.site_url, options.site_title, options.urls))
    shared = [_templated(f, options) for f in shared]
    shared.extend(_assets())
    shared, shared_problems = readable_pages(shared)
    files += shared
    page_problems += shared_problems
    sources = find_sources(content_dir, scan.files)
    folders = story_folders(outcomes, content_dir)
    # The first file at a path is the story's (its pages come first); a later one is not.
    published = [Published(f.src, origins.pop(f.src, GENERATOR)) for f in files]
    published += [
        Published(src, f"{shown}/{src}")
        for src in scan.files
        if src not in sources.kept_out and not is_read_into_a_page(src, folders, options.home)
    ]
    page_problems += address_clashes(published, options.urls.directory_urls)
    page_problems += [*cache.problems, *read_problems]
    files = _first_at_each_path(files)  # a clash is an error: a builder gets one file
    generated = {f.src for f in files}
    unpublished = [
        o.folder.relative_to(content_dir).as_posix()
        for o in outcomes
        if not options.preview
        and (o.story is None or (o.story.facts.is_draft and not options.drafts))
    ]
    withheld = frozenset(
        src
        for src in scan.files
        if src in sources.kept_out
        or src in generated
        or is_read_into_a_page(src, folders, options.home)
        or any(src.startswith(f"{folder}/") for folder in unpublished if folder != ".")
    )
    absent = () if TRACKER_SRC in generated else (TRACKER_SRC,)
    return Site(
        tuple(files),
        tuple(outcomes),
        project_data.problems,
        tuple(page_problems),
        scan,
        sources,
        withheld,
        absent,
    )


def _first_at_each_path(files: list[GeneratedFile]) -> list[GeneratedFile]:
    seen: set[str] = set()
    kept = []
    for generated in files:
        if generated.src not in seen:
            seen.add(generated.src)
            kept.append(generated)
    return kept


def _templated(file: GeneratedFile, options: SiteOptions) -> GeneratedFile:
    if not options.page_template or not file.src.endswith(".md"):
        return file
    if not isinstance(file.content, str):
        return file
    return GeneratedFile(file.src, with_template(file.content, options.page_template))


@dataclass(frozen=True)
class _StoryFiles:
    display: str  # the fact sheet, as messages name it
    key: str  # its cache key
    files: list[GeneratedFile] | None  # None until rendered


def _checked_story_files(
    story: Story,
    intro: str,
    options: SiteOptions,
    data: AirforceData | None,
    warnings: tuple[Problem, ...],
) -> tuple[list[GeneratedFile], list[Problem]]:
    """The story's files that pass the front matter gate (`front_matter.py`), and why the
    others did not: checked where they are rendered, in a worker process if there."""
    files = _story_files(story, intro, options, data, warnings)
    return readable_pages([_templated(f, options) for f in files])


def _story_files(
    story: Story,
    intro: str,
    options: SiteOptions,
    data: AirforceData | None = None,
    warnings: tuple[Problem, ...] = (),
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
        story, urls, intro, facts.is_draft, shared, embedded.codes, chart, contexts, warnings
    )
    return [
        GeneratedFile(explainer_src(options.urls.story(facts.slug)), page),
        GeneratedFile(article_src(options.urls.story(facts.slug)), render_article(story, urls)),
        *embedded.files,
        *(chart_files(urls.story(facts.slug), chart) if chart else []),
        *(f for view in contexts for f in chart_files(urls.story(facts.slug), view.built)),
        GeneratedFile(social_image_src(options.urls.story(facts.slug)), social_image(facts)),
    ]


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
    title = f"Fact sheet has errors: {outcome.display}"
    return (
        f"{page_front_matter(title=title)}\n\n"
        f'<div class="explainer-errors" role="alert">\n<h1>{escape(title)}</h1>\n'
        f"<p>This explainer cannot be shown until its fact sheet is fixed. "
        f"Save the file and this page updates.</p>\n<ul>\n{listing}\n</ul>\n</div>\n"
    )
