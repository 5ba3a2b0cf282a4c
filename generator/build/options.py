"""The builders' options that name folders of the site (the plugin's `stories_dir` and
`archive`, `explainer render`'s flags): checked once, the same way for both."""

from __future__ import annotations

from generator.errors import ExplainerError


def folder_option(name: str, value: str) -> str:
    """A folder option's value as a path under the content folder, without slashes at
    either end ("" for the folder itself); `ExplainerError` if it leaves the folder."""
    folder = value.strip().strip("/")
    parts = folder.split("/") if folder else []
    if value.strip().startswith("/") or any(p in ("", ".", "..") for p in parts) or "\\" in value:
        raise ExplainerError(
            f"explainer: {name}: `{value}` is not a folder inside the docs folder "
            '(write it like "stories" or "news/explainers/")'
        )
    return folder


def archive_src(address: str) -> str | None:
    """The archive page's source for the `archive` option ("" or false: no archive)."""
    folder = folder_option("archive", address)
    return f"{folder}/index.md" if folder else None
