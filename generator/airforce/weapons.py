"""Which weapon is which: the dataset's model names classified as drones, missiles or
other weapons, by the editable mapping in `weapons.yaml`.

The dataset writes names loosely (Cyrillic names, Cyrillic look-alike letters in Latin
names, several models joined with " and "), so names are compared in a normalised form.
A name the mapping does not know is reported, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.airforce.model import WeaponClass, selection_name
from generator.errors import ExplainerError, Problem
from generator.yamlformat.source import compose, read_text

DEFAULT_WEAPONS_FILE = Path(__file__).with_name("weapons.yaml")
_MAX_BYTES = 256 * 1024

# Cyrillic letters that look like Latin ones, after casefolding: "С-300" is "C-300".
_LOOK_ALIKES = str.maketrans("авсеікмнорстухјѕ", "abceikmhopctyxjs")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_JOINER = " and "


def normalise(name: str) -> str:
    """The form names are compared in: case, spacing, dashes and look-alikes ignored."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = _DASHES.sub("-", text)
    return " ".join(text.split()).translate(_LOOK_ALIKES)


@dataclass(frozen=True)
class Classification:
    weapon: WeaponClass
    kind: str


@dataclass(frozen=True)
class Unclassified:
    """Why a model name could not be classified."""

    unknown: tuple[str, ...] = ()  # the parts of the name the mapping does not list
    classes: tuple[WeaponClass, ...] = ()  # set when the parts are of different classes

    @property
    def reason(self) -> str:
        if self.unknown:
            return "unknown weapon model " + ", ".join(f'"{u}"' for u in self.unknown)
        return f"counts {selection_name(frozenset(self.classes))} together in one row"


@dataclass(frozen=True)
class WeaponMap:
    """The mapping of `weapons.yaml`: normalised model name to its class and kind."""

    path: str  # as shown in messages
    names: dict[str, Classification]

    def classify(self, model: str) -> Classification | Unclassified:
        known = self.names.get(normalise(model))
        if known is not None:
            return known
        parts = [p.strip() for p in model.split(_JOINER) if p.strip()] if _JOINER in model else []
        if len(parts) < 2:
            return Unclassified(unknown=(model,))
        found = [self.names.get(normalise(p)) for p in parts]
        unknown = tuple(p for p, f in zip(parts, found, strict=True) if f is None)
        if unknown:
            return Unclassified(unknown=unknown)
        known_parts = [f for f in found if f is not None]
        classes = tuple(dict.fromkeys(f.weapon for f in known_parts))
        if len(classes) > 1:
            return Unclassified(classes=classes)
        kinds = " and ".join(dict.fromkeys(f.kind for f in known_parts))
        return Classification(classes[0], kinds)


def load_weapon_map(path: Path = DEFAULT_WEAPONS_FILE, display: str | None = None) -> WeaponMap:
    """Read and check the mapping; every problem in it raises `ExplainerError` at once."""
    display = display or _shown(path)
    source, problems = read_text(path, display, _MAX_BYTES, what="weapon mapping")
    node: Node | None = None
    if source is not None:
        node, problems = compose(source)
    if problems:
        raise ExplainerError(problems)
    names: dict[str, Classification] = {}
    problems = _read_classes(node, display, names)
    if problems:
        raise ExplainerError(problems)
    return WeaponMap(display, names)


def _read_classes(
    node: Node | None, display: str, names: dict[str, Classification]
) -> list[Problem]:
    classes = ", ".join(f"`{c.value}`" for c in WeaponClass)
    problems: list[Problem] = []

    def problem(at: Node, message: str, hint: str) -> None:
        mark = at.start_mark
        problems.append(Problem(display, mark.line + 1, mark.column + 1, message, hint))

    if node is None or not isinstance(node, MappingNode):
        return [
            Problem(
                display,
                1,
                1,
                "the weapon mapping should list weapon classes "
                f"({classes}) with their kinds and model names",
                "see the comment at the top of generator/airforce/weapons.yaml",
            )
        ]
    where: dict[str, int] = {}
    for class_node, kinds_node in node.value:
        value = class_node.value if isinstance(class_node, ScalarNode) else None
        if value not in {c.value for c in WeaponClass}:
            problem(class_node, f"unknown weapon class `{value}`", f"use one of {classes}")
            continue
        weapon = WeaponClass(value)
        if isinstance(kinds_node, ScalarNode) and kinds_node.value == "":
            continue
        if not isinstance(kinds_node, MappingNode):
            problem(
                kinds_node,
                f"under `{value}:` list kinds, each with its model names",
                "for example `cruise missile:` and below it `- Kalibr`",
            )
            continue
        for kind_node, models_node in kinds_node.value:
            kind = kind_node.value.strip() if isinstance(kind_node, ScalarNode) else ""
            if not kind:
                problem(
                    kind_node,
                    "a kind should be a few words, like `cruise missile`",
                    "write the kind, then its model names below it",
                )
                continue
            if not isinstance(models_node, SequenceNode):
                problem(
                    models_node,
                    f"list the model names of `{kind}` as `- name` lines",
                    "one model name per line, each starting with '- '",
                )
                continue
            for model_node in models_node.value:
                name = model_node.value.strip() if isinstance(model_node, ScalarNode) else ""
                if not name:
                    problem(
                        model_node,
                        "a model name should be one line of text",
                        "write the name as the dataset writes it",
                    )
                    continue
                key = normalise(name)
                if key in where:
                    problem(
                        model_node,
                        f'"{name}" is already listed (line {where[key]})',
                        "list each model name once, under one kind",
                    )
                    continue
                where[key] = model_node.start_mark.line + 1
                names[key] = Classification(weapon, kind)
    return problems


def _shown(path: Path) -> str:
    """The file's name for messages: from the current folder, else from the project (so
    that an editor reads `generator/airforce/weapons.yaml` wherever they run the import)."""
    resolved = path.resolve()
    for base in (Path.cwd(), Path(__file__).parents[2]):
        if resolved.is_relative_to(base.resolve()):
            return resolved.relative_to(base.resolve()).as_posix()
    return str(path)
