"""The `explainer` command. Each command is a few lines over the core; bad input exits 1
with `file:line:col: message` and a hint, bad usage exits 2, and neither prints a
traceback."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from generator.airforce.crosscheck import checked_against_data, read_project_data
from generator.airforce.datafile import data_file_path
from generator.airforce.importer import import_file
from generator.build.addresses import (
    Published,
    address_clashes,
    is_read_into_a_page,
    planned_pages,
    story_folders,
)
from generator.build.options import archive_src, folder_option
from generator.build.sources import find_sources
from generator.build.theme import EMBED_TEMPLATE, PAGE_TEMPLATE, page_assets
from generator.drafting.new import is_slug, new_story, printable
from generator.errors import ExplainerError, Problem, in_file_order, shown_path
from generator.factsheet.loader import FACT_SHEET_NAME
from generator.factsheet.project import Project
from generator.factsheet.reference import reference_markdown
from generator.factsheet.schema import json_schema_text
from generator.factsheet.stories import StoryOutcome, draft_line, find_fact_sheets, load_all
from generator.web.urls import Urls
from generator.yamlformat.source_files import ContentScan, scan_content

# The fact sheets' own reader reports a linked or unreadable fact sheet.
FACT_SHEETS = frozenset({FACT_SHEET_NAME})


class _Group(click.Group):
    """Bad input (`ExplainerError`) ends any command with its report and exit status 1."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ExplainerError as exc:
            click.echo(exc.report(), err=True)
            ctx.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="newsroom-explainer")
@click.option(
    "-f", "--config-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="The site's MkDocs configuration (default: mkdocs.yml or mkdocs.yaml in the "
    "current folder or the nearest one above it).",
)  # fmt: skip
@click.pass_context
def cli(ctx: click.Context, config_file: Path | None) -> None:
    """Turn news articles and their fact sheets into explainer pages."""
    ctx.obj = config_file


def _project(start: Path | None = None) -> Project:
    """The project the command works on: `-f PATH`'s, or the one around `start`."""
    config_file = click.get_current_context().find_root().obj
    return Project.find(start, config_file)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings (such as TODOs) as errors.")
def check(paths: tuple[Path, ...], strict: bool) -> None:
    """Check fact sheets against the format and against their articles.

    With no PATH, checks every fact sheet (facts.yaml) under the project's content folder.
    Prints each problem as file:line:col: message, with how to fix it below. When the
    project has Air Force data (explainer import-airforce), figures the Ukrainian Air
    Force gives are compared with the data's national figures for the night, and each
    difference is a warning.

    Example: explainer check content/my-story/facts.yaml
    """
    targets = list(paths)
    whole_project = not targets
    if not targets:
        content = _project().content_dir
        targets = find_fact_sheets(content)
        if not targets:
            raise ExplainerError(f"no fact sheets (facts.yaml) found under {_shown(content)}")
    problems: list[Problem] = []
    drafts: list[str] = []
    # The same loading and checks as the site build (factsheet/stories.py, and the Air
    # Force data of each fact sheet's project), so the two report the same problems.
    for project, sheets in _by_project(targets).items():
        data = read_project_data(project.content_dir, _shown)
        outcomes = checked_against_data(load_all(project.root, sheets, _shown), data)
        problems += data.problems
        if whole_project:  # links and devices in the content folder fail the build too
            content = project.content_dir
            scan = scan_content(content, _shown(content), FACT_SHEETS)
            problems += scan.problems
            problems += _page_clashes(project, outcomes, scan, data.data is not None)
        for outcome in outcomes:
            if whole_project and outcome.draft:
                # a draft is the editor's work in progress: listed, never fatal to the others
                drafts.append(
                    draft_line(outcome) + f": `explainer check {outcome.display}` lists them"
                )
            else:
                problems += outcome.problems
    for line in drafts:
        click.echo(line)
    _report(problems, strict, checked=len(targets) - len(drafts), drafts=len(drafts))


def _page_clashes(
    project: Project, outcomes: list[StoryOutcome], scan: ContentScan, tracker: bool
) -> list[Problem]:
    """Files of the content folder at the address of a page every build makes, reported
    as the build reports them (build/addresses.py), with the plugin's settings."""
    settings = project.plugin_settings("explainer")
    try:
        prefix = folder_option("prefix", str(settings.get("prefix", "")))
        archive = archive_src(str(settings.get("archive", "explainers/")))
    except ExplainerError:
        return []  # the build stops at the setting itself
    home = settings.get("home", True) is not False
    content = project.content_dir
    published = [(o.story.facts.slug, o.display) for o in outcomes if o.story and not o.draft]
    planned = planned_pages(published, Urls(project.directory_urls, prefix), home, archive, tracker)
    kept_out = find_sources(content, scan.files).kept_out
    folders = story_folders(outcomes, content)
    own = [
        Published(src, f"{_shown(content)}/{src}")
        for src in scan.files
        if src not in kept_out and not is_read_into_a_page(src, folders, home)
    ]
    return address_clashes(planned + own, project.directory_urls)


def _by_project(paths: list[Path]) -> dict[Project, list[Path]]:
    """The fact sheets grouped by the project each lies in (articles are relative to it)."""
    grouped: dict[Project, list[Path]] = {}
    for path in paths:
        grouped.setdefault(_project(path.parent), []).append(path)
    return grouped


def _shown(path: Path) -> str:
    return shown_path(path, Path.cwd())


def _report(problems: list[Problem], strict: bool, checked: int, drafts: int = 0) -> None:
    for problem in in_file_order(problems):
        click.echo(str(problem), err=True)
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    noun = "fact sheet" if checked == 1 else "fact sheets"
    summary = f"{checked} {noun} checked: {errors} error(s), {warnings} warning(s)"
    if drafts:
        summary += f"; {drafts} draft(s) left out"
    if errors or (strict and warnings):
        click.echo(summary + (" (--strict: warnings count as errors)" if strict else ""), err=True)
        sys.exit(1)
    click.echo(summary)


@cli.command()
@click.option("--markdown", is_flag=True, help="Print the reference section of FACTSHEET.md.")
def schema(markdown: bool) -> None:
    """Print the JSON Schema of the fact sheet format.

    Editors' tools (VS Code with the YAML extension) use it for completion and inline
    errors; each fact sheet names it on its first line.

    Example: explainer schema > generator/factsheet.schema.json
    """
    click.echo(reference_markdown() if markdown else json_schema_text(), nl=False)


@cli.command()
@click.option(
    "--out",
    "out",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder to write the site to: DIR/mkdocs.yml, DIR/docs/ and DIR/theme/.",
)
@click.option("--drafts", is_flag=True, help="Include draft stories, marked as drafts.")
@click.option("--site-url", default=None, help="The published address (default: mkdocs.yml's).")
@click.option("--site-name", default=None, help="The site's name (default: mkdocs.yml's).")
@click.option("--stories-dir", default="", help="Where the stories are, under the docs folder.")
@click.option("--prefix", default="", help="The folder explainers are published under.")
@click.option("--home/--no-home", default=True, help="Generate the home page (default: yes).")
@click.option("--archive", default="explainers/", help='The archive\'s address ("" for none).')
@click.option(
    "--directory-urls/--no-directory-urls", default=True, help="Addresses like a/ (default)."
)
@click.option(
    "--theme/--no-theme",
    default=True,
    help="Write the theme templates and mkdocs.yml (default), or only the Markdown pages.",
)
@click.option("--force", is_flag=True, help="Replace files in --out that `render` did not write.")
@click.option(
    "--embed-template",
    default=EMBED_TEMPLATE,
    help='The template embeds name (default: the packaged embed.html; "" for the page\'s).',
)
def render(
    out: Path, drafts: bool, site_url: str | None, site_name: str | None, stories_dir: str,
    prefix: str, home: bool, archive: str, directory_urls: bool, theme: bool, force: bool,
    embed_template: str,
) -> None:  # fmt: skip
    """Write the whole site for a builder without the plugin: MkDocs, ProperDocs, Zensical.

    DIR/docs/ gets the site's own pages and files (not the explainers' sources) and the
    generated pages and assets; DIR/theme/ the templates they need; DIR/mkdocs.yml a
    configuration for both. Nothing is written if a ready story's fact sheet has an
    error (drafts are listed and left out; with --drafts, they are written and their
    errors count too), a generated page would take the place of one of the site's own,
    or a file there would be replaced that an earlier render did not write (unless
    --force).

    Example: explainer render --out build/site --site-url https://news.example/
    """
    # Imported here: the site builder brings Plotly and Pillow, which checking never needs.
    from generator.build.options import archive_src, folder_option
    from generator.build.render import write_rendered
    from generator.build.site import SiteOptions, generate

    project = _project()
    settings = project.settings()
    options = SiteOptions(
        Urls(directory_urls, folder_option("--prefix", prefix)), False,
        site_name or settings.get("site_name") or "Explainers",
        site_url if site_url is not None else settings.get("site_url") or "",
        embed_template if theme else "", PAGE_TEMPLATE if theme else "",
        stories_dir=folder_option("--stories-dir", stories_dir), home=home,
        archive_src=archive_src(archive), cache=True, drafts=drafts,
    )  # fmt: skip
    site = generate(project.root, project.content_dir, options)
    problems = site.problems if drafts else site.publishing_problems
    if any(p.is_error for p in problems):
        raise ExplainerError(problems)
    for problem in problems:
        click.echo(str(problem), err=True)
    for draft in [] if drafts else site.drafts:
        click.echo(draft_line(draft))
    written = write_rendered(site, project.content_dir, options, out, force)
    click.echo(f"wrote {written} files to {out}")
    if theme:
        click.echo(f"next: cd {out} && mkdocs build   (or properdocs build, zensical build)")
    else:
        click.echo(
            "the pages name no template: add to the builder's configuration extra_css: "
            + ", ".join(page_assets("css"))
            + "; extra_javascript: "
            + ", ".join(page_assets("js"))
        )


def _slug_option(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not is_slug(value):
        raise click.BadParameter(
            f"`{printable(value)}` is not an address: use lowercase letters, digits "
            "and hyphens, like odesa-strikes"
        )
    return value


@cli.command()
@click.argument("article", type=click.Path(path_type=Path))
@click.option(
    "--slug",
    callback=_slug_option,
    help="The explainer's address, /<slug>/ (default: from the article's file name).",
)
def new(article: Path, slug: str | None) -> None:
    """Draft a fact sheet from a new article.

    Copies ARTICLE (plain text, one paragraph per line) into seeds/ unless it is there, and
    writes content/<slug>/facts.yaml with status draft: the figures, quotes, people and
    positions the article states, each with its passage, and TODO wherever the editor must
    decide. Never overwrites a fact sheet; writes nothing if anything goes wrong.

    Example: explainer new ~/Downloads/odesa-strikes.txt --slug odesa-strikes
    """
    story = new_story(article, _project(), slug, _shown)
    if story.copied:
        click.echo(f"copied {_shown(article)} to {_shown(story.article)}")
    click.echo(
        f"wrote {_shown(story.fact_sheet)}: {story.figures} figure(s), "
        f"{story.quotes} quote(s), {story.todos} TODO(s) for the editor"
    )
    click.echo(f"next: {_typed_command()} check {_shown(story.fact_sheet)}")
    click.echo(f"preview: make serve, then open http://127.0.0.1:8000/{story.slug}/")


def _typed_command() -> str:
    """`explainer` as the editor can type it here: the bare name when the shell finds this
    very program, else its path (".venv/bin/explainer" before the venv is activated)."""
    program = Path(sys.argv[0])
    if program.name != "explainer":
        return "explainer"  # run from Python (tests, `python -m generator`)
    on_path = shutil.which("explainer")
    if on_path and Path(on_path).resolve() == program.resolve():
        return "explainer"
    return _shown(program)


@cli.command("import-airforce")
@click.argument("csv_path", metavar="CSV", type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out",
    type=click.Path(path_type=Path),
    help="The data file to write (default: content/data/airforce-nights.yaml).",
)
@click.option("--strict", is_flag=True, help="Treat any skipped row as an error: write nothing.")
@click.option(
    "--force", is_flag=True, help="Replace --out even when it is not an earlier data file."
)
def import_airforce(csv_path: Path, out: Path | None, strict: bool, force: bool) -> None:
    """Import the Ukrainian Air Force reports dataset for the tracker and the explainers.

    CSV is Petro Ivaniuk's "Massive Missile Attacks on Ukraine" file (or an excerpt).
    Each row is imported, or skipped with file:line: and the reason; weapon models are
    classified by generator/airforce/weapons.yaml. Nothing is written if the file cannot
    be read, and the same file always gives the same data file.

    Example: explainer import-airforce missile_attacks_daily.csv
    """
    out = out or data_file_path(_project().content_dir)
    shown = _shown(csv_path)
    outcome = import_file(
        csv_path, out, display=shown, out_display=_shown(out), strict=strict, force=force
    )
    for problem in outcome.imported.problems:
        click.echo(str(problem), err=True)
    if not outcome.written:
        click.echo(outcome.message, err=True)
        sys.exit(1)
    click.echo(outcome.message)


def main() -> None:
    """Entry point: bad input becomes a message and exit status 1, never a traceback."""
    try:
        cli.main(prog_name="explainer")
    except Exception as exc:  # a bug of ours: say so briefly, unless asked for details
        if os.environ.get("EXPLAINER_DEBUG"):
            raise
        click.echo(
            f"internal error: {type(exc).__name__}: {exc}\n"
            "    this is a bug in the explainer generator; rerun with "
            "EXPLAINER_DEBUG=1 for details and report it",
            err=True,
        )
        sys.exit(1)
