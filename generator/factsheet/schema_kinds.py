"""The fact sheet's own kinds of value: evidence passages, quoted words, notes."""

from __future__ import annotations

from typing import Any

from yaml.nodes import Node, ScalarNode, SequenceNode

from generator.factsheet.model import (
    TODO,
    EditorNote,
    Evidence,
    Loc,
)
from generator.yamlformat.scalars import Date, Text
from generator.yamlformat.spec import INVALID, Kind, Reader, describe_node, loc_of

EVIDENCE_MIN_WORDS = 3


class EvidenceText(Text):
    """A passage copied from the article, remembered with its place in the fact sheet."""

    def __init__(self, min_words: int = EVIDENCE_MIN_WORDS) -> None:
        super().__init__(max_length=600, paragraph=True, min_words=min_words)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        text = super().read_value(node, r, label)
        return text if text is INVALID else Evidence(text, loc_of(node))

    def todo_value(self, loc: Loc) -> Any:
        return None

    def describe(self) -> str:
        return "a passage copied from the article"


class NoteText(Text):
    def __init__(self) -> None:
        super().__init__(max_length=1200, paragraph=True)

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        text = super().read_value(node, r, label)
        return text if text is INVALID else EditorNote(text, loc_of(node))

    def todo_value(self, loc: Loc) -> Any:
        return EditorNote(TODO, loc)


class QuoteWords(Kind):
    """The quoted words: one passage, or a list of fragments of a quote split by "he said"."""

    todo_allowed = False

    def read_value(self, node: Node, r: Reader, label: str) -> Any:
        fragment = EvidenceText(min_words=1)
        if isinstance(node, ScalarNode):
            words = fragment.read(node, r, label)
            return INVALID if words is INVALID else (words,)
        if isinstance(node, SequenceNode) and node.value:
            fragments = [fragment.read(child, r, label) for child in node.value]
            return INVALID if INVALID in fragments else tuple(fragments)
        return r.error(
            node, f"`words` should be the quoted text, not {describe_node(node)}", self.hint()
        )

    def json_schema(self) -> dict[str, Any]:
        text = {"type": "string", "minLength": 1}
        return {"anyOf": [text, {"type": "array", "items": text, "minItems": 1}]}

    def describe(self) -> str:
        return "the words as the article quotes them, or a list of fragments"


class DateOrTodo(Date):
    def todo_value(self, loc: Loc) -> Any:
        return None


ARTICLE_PATH_MAX = 200  # characters of `article`: a path under seeds/


class ArticlePath(Text):
    todo_allowed = False
