"""Which weapon is which: the editable mapping `generator/airforce/weapons.yaml`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.airforce.importer import read_dataset
from generator.airforce.model import WeaponClass
from generator.airforce.weapons import (
    DEFAULT_WEAPONS_FILE,
    Classification,
    Unclassified,
    WeaponMap,
    load_weapon_map,
)
from generator.errors import ExplainerError
from tests.support.airforce_files import LONG, SHORT, Variant, imported


@pytest.fixture(scope="module")
def weapons() -> WeaponMap:
    return load_weapon_map()


def test_every_model_of_the_real_excerpts_is_classified(weapons: WeaponMap) -> None:
    for source in (SHORT, LONG):
        assert imported(source).problems == ()
    drones = {
        "Shahed-136/131": "attack drone",
        "Молнія": "loitering munition",
        "Lancet": "loitering munition",
        "Reconnaissance UAV": "reconnaissance drone",
        "Orlan-10": "reconnaissance drone",
        "Unknown UAV": "unidentified drone",
    }
    missiles = {
        "Iskander-M": "ballistic missile",
        "Iskander-M/KN-23": "ballistic missile",
        "X-101/X-555": "cruise missile",
        "Kalibr": "cruise missile",
        "Iskander-K": "cruise missile",
        "C-300/C-400": "air-defence missile used against ground targets",
    }
    for names, weapon in ((drones, WeaponClass.DRONE), (missiles, WeaponClass.MISSILE)):
        for name, kind in names.items():
            assert weapons.classify(name) == Classification(weapon, kind), name


def test_hypersonic_missiles_and_decoys_are_classified(weapons: WeaponMap) -> None:
    assert weapons.classify("X-47 Kinzhal") == Classification(
        WeaponClass.MISSILE, "hypersonic missile"
    )
    assert weapons.classify("Gerbera") == Classification(WeaponClass.DRONE, "decoy")
    assert weapons.classify("Aerial Bomb") == Classification(WeaponClass.OTHER, "guided bomb")


def test_names_are_compared_loosely(weapons: WeaponMap) -> None:
    cruise = Classification(WeaponClass.MISSILE, "cruise missile")
    assert weapons.classify("  x-101/x-555 ") == cruise
    assert weapons.classify("Х‐101/Х‐555") == cruise  # Cyrillic Х, Unicode hyphens
    assert weapons.classify("С-300/С-400") == weapons.classify("C-300/C-400")  # Cyrillic С
    assert weapons.classify("SHAHED-136/131") == weapons.classify("Shahed-136/131")


def test_models_joined_with_and_are_classified_by_their_parts(weapons: WeaponMap) -> None:
    assert weapons.classify("X-101/X-555 and Kalibr and Iskander-K") == Classification(
        WeaponClass.MISSILE, "cruise missile"
    )
    assert weapons.classify("X-101/X-555 and Iskander-M") == Classification(
        WeaponClass.MISSILE, "cruise missile and ballistic missile"
    )
    mixed = weapons.classify("Shahed-136/131 and Kalibr")
    assert mixed == Unclassified(classes=(WeaponClass.DRONE, WeaponClass.MISSILE))
    assert mixed.reason == "counts drones and missiles together in one row"
    unknown = weapons.classify("Kalibr and Oreshnik and Shahed-238")
    assert unknown.reason == 'unknown weapon model "Oreshnik", "Shahed-238"'  # type: ignore[union-attr]


def test_a_model_added_to_the_mapping_is_imported(tmp_path: Path) -> None:
    mapping = tmp_path / "weapons.yaml"
    text = DEFAULT_WEAPONS_FILE.read_text(encoding="utf-8")
    mapping.write_text(text.replace("    - Geran-2\n", "    - Geran-2\n    - Shahed-238\n"))
    Variant().edit(8, "Supercam", "Shahed-238").write(tmp_path / "reports.csv")
    assert len(imported(tmp_path / "reports.csv").problems) == 2  # the row, and the model
    done = read_dataset(tmp_path / "reports.csv", "reports.csv", load_weapon_map(mapping))
    assert done.problems == ()
    night = done.data.night(done.data.nights[6].date)
    assert night is not None
    assert [(r.model, r.kind) for r in night.regional if r.model == "Shahed-238"] == [
        ("Shahed-238", "attack drone")
    ]


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        (
            "drones:\n  attack drone:\n    - Shahed-136/131\n",
            [
                "weapons.yaml:1:1: unknown weapon class `drones`\n"
                "    use one of `drone`, `missile`, `other`"
            ],
        ),
        (
            "drone:\n  attack drone:\n    - Shahed-136/131\n  decoy:\n    - shahed-136/131\n",
            [
                'weapons.yaml:5:7: "shahed-136/131" is already listed (line 3)\n'
                "    list each model name once, under one kind"
            ],
        ),
        (
            "missile:\n  cruise missile: Kalibr\n",
            [
                "weapons.yaml:2:19: list the model names of `cruise missile` as `- name` lines\n"
                "    one model name per line, each starting with '- '"
            ],
        ),
        (
            "- Kalibr\n",
            [
                "weapons.yaml:1:1: the weapon mapping should list weapon classes (`drone`, "
                "`missile`, `other`) with their kinds and model names\n"
                "    see the comment at the top of generator/airforce/weapons.yaml"
            ],
        ),
        (
            "drone:\n\tdecoy: []\n",
            [
                "weapons.yaml:2:1: tab character in the indentation\n"
                "    YAML indents with spaces only: replace the tab with spaces"
            ],
        ),
    ],
)
def test_mistakes_in_the_mapping_are_reported_at_their_place(
    tmp_path: Path, text: str, messages: list[str]
) -> None:
    (tmp_path / "weapons.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ExplainerError) as error:
        load_weapon_map(tmp_path / "weapons.yaml", "weapons.yaml")
    assert [str(p) for p in error.value.problems] == messages


def test_the_committed_mapping_explains_itself() -> None:
    text = DEFAULT_WEAPONS_FILE.read_text(encoding="utf-8")
    assert text.startswith("# Which weapon is which")
    assert "explainer import-airforce" in text
