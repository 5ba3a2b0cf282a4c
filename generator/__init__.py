"""Newsroom explainer generator: article + fact sheet in, Markdown pages out."""

__version__ = "0.1.0"
