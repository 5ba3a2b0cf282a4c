"""A figure's passage ties its count to its role.

A passage may hold several numbers ("shot down 25 of them, while another 10 were lost"):
then finding the count somewhere in it is not enough, or two figures citing one sentence
could swap their counts and pass. The passage is read as `explainer new` reads a
sentence (article/roles.py): each number takes the role of its own verb ("downed",
"were lost", "killing"). When the figure's role belongs to another number and not to the
count, the figure is wrong. A `label` the passage uses ("Destroyed on the ground") ties
the count the same way, to the number nearest the label's words. A passage whose roles
cannot be read is left alone: the check reports what it can see, never a guess.
"""

from __future__ import annotations

import re

from generator.article.numbers import NumberMention
from generator.article.roles import FIGURE_KEY_OF_ROLE, OTHER, roles_in
from generator.factsheet.model import Figure
from generator.yamlformat.spec import Reader


def check_role_tie(figure: Figure, r: Reader) -> None:
    """Call with a reported figure whose count is in its passage."""
    assert figure.evidence is not None and figure.count is not None
    text = figure.evidence.text
    read = roles_in(text)
    if len({(m.start, m.end) for m, _, _ in read}) < 2:
        return
    mine = [(m, role) for m, role, _ in read if m.value == figure.count]
    if any(FIGURE_KEY_OF_ROLE.get(role) == figure.key for _, role in mine):
        return
    others = [
        (m, cue)
        for m, role, cue in read
        if FIGURE_KEY_OF_ROLE.get(role) == figure.key and m.value != figure.count
    ]
    label_cue = _label_cue(figure, text, [m for m, _, _ in read])
    if label_cue is not None:
        if label_cue[0].value == figure.count:
            return
        others = [label_cue]
    if not others:
        return
    other, cue = others[0]
    own = next((FIGURE_KEY_OF_ROLE[role] for _, role in mine if role != OTHER), None)
    reading = f"reads {figure.count} as {own}" if own else f"gives {figure.count} no {figure.key}"
    r.error(
        figure.loc,
        f"{figure.key}: in its passage “{cue}” goes with {other.text}, not with {figure.count}",
        f"the passage {reading}: check the count, or copy a passage that ties "
        f"{figure.count} to {figure.key}",
    )


def _label_cue(
    figure: Figure, text: str, mentions: list[NumberMention]
) -> tuple[NumberMention, str] | None:
    """The number nearest the label's words in the passage, and those words."""
    if not figure.label:
        return None
    found = re.search(rf"(?<!\w){re.escape(figure.label)}(?!\w)", text, re.IGNORECASE)
    if found is None:
        return None

    def gap(m: NumberMention) -> int:
        return max(found.start() - m.end, m.start - found.end(), 0)

    return min(mentions, key=gap), found.group()
