"""A newsroom's own Material site, as an adopter has it before adding the plugin: its
own home page, about page, navigation and a YAML file its pages link to. Used by the
guest tests (the plugin from this checkout) and the adoption test (the built wheel)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.support.project import REPO, SEED_FACTS, SEED_SLUG

HOST_NAV = ["Home", "About", "API"]
SITE_URL = "https://news.example/"


def host_site(
    root: Path, plugin_options: str = "", extra_config: str = "", site_url: str = SITE_URL
) -> Path:
    """The host site at `root`, with the plugin added (options as YAML flow mapping
    entries) and the seed story under docs/stories/."""
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text("# Host News\n\nOur own home page.\n", encoding="utf-8")
    (docs / "about.md").write_text("# About us\n\nA [link](index.md).\n", encoding="utf-8")
    (docs / "api.md").write_text("# API\n\nThe [schema](api.yaml).\n", encoding="utf-8")
    (docs / "api.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    options = (
        "{stories_dir: stories, home: false"
        + (f", {plugin_options}" if plugin_options else "")
        + "}"
    )
    (root / "mkdocs.yml").write_text(
        f"site_name: Host News\nsite_url: {site_url}\ndocs_dir: docs\n"
        "theme:\n  name: material\n  font: false\n"
        f"plugins:\n  - search\n  - explainer: {options}\n"
        "nav:\n  - Home: index.md\n  - About: about.md\n  - API: api.md\n" + extra_config,
        encoding="utf-8",
    )
    add_seed_story(root)
    return root


def add_seed_story(root: Path, slug: str = SEED_SLUG) -> None:
    folder = root / "docs" / "stories" / slug
    folder.mkdir(parents=True)
    text = SEED_FACTS.read_text(encoding="utf-8").replace(f"slug: {SEED_SLUG}", f"slug: {slug}")
    # The host has no generator/ folder: no schema line for editors here.
    (folder / "facts.yaml").write_text(text.split("\n", 1)[1], encoding="utf-8")
    seeds = root / "seeds"
    if not seeds.is_dir():
        shutil.copytree(REPO / "seeds", seeds)
