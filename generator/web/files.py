"""A generated file: what every page, chart and asset of the site becomes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedFile:
    src: str  # path relative to the docs folder, with forward slashes
    content: str | bytes
