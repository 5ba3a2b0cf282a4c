"""The social preview image keeps every text inside its margins, whatever its length, and
leaves out characters its font cannot draw instead of drawing empty boxes.

Real fact sheets (the seed's, edited) are loaded and checked as the build does; the PNG
is then read pixel by pixel."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image

from generator.factsheet.loader import load_story
from generator.pages.social_image import CARD_SIZE, social_image
from tests.support.project import REPO, SEED_SLUG

ARTICLE = "seeds/000_ae606ad9438aac58.txt"
MARGIN = 72
LONG_WORD = "Drones" + "x" * 124  # the longest a headline may be (140) is one word
LONG_DATELINE = "LLANFAIRPWLLGWYNGYLLGOGERYCHWYRNDROBWLLLLANTYSILIOGOGOGOCH"  # 58
LONG_PUBLICATION = "The Extraordinarily Long-Named Newsroom of Explainers and Evening Bulletins"
LONG_SOURCE = "Ukraine’s Air Force Command of the Armed Forces of Ukraine, Western Air Command"


def story_image(tmp_path: Path, edits: dict[str, str], article_edits: dict[str, str]) -> bytes:
    """The image of the seed story after replacing text in its fact sheet and article."""
    shutil.copytree(REPO / "content" / SEED_SLUG, tmp_path / "content" / SEED_SLUG)
    (tmp_path / "seeds").mkdir()
    for path, changes in ((f"content/{SEED_SLUG}/facts.yaml", edits), (ARTICLE, article_edits)):
        source = REPO / path if path == ARTICLE else tmp_path / path
        text = source.read_text(encoding="utf-8")
        for old, new in changes.items():
            assert old in text, old
            text = text.replace(old, new)
        (tmp_path / path).write_text(text, encoding="utf-8")
    loaded = load_story(tmp_path / "content" / SEED_SLUG / "facts.yaml", tmp_path)
    assert loaded.errors == [], loaded.errors
    assert loaded.story is not None
    return social_image(loaded.story.facts)


def headline_edit(headline: str) -> dict[str, str]:
    seed = '"108 drones, one phone call: Russia strikes Ukraine hours after the Trump–Putin talk"'
    return {f"headline: {seed}": f'headline: "{headline}"'}


def ink_outside_margins(png: bytes) -> list[tuple[int, int]]:
    """Pixels that differ from the background left or right of the margins (with a
    little room for anti-aliasing), or below the bottom margin."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    width, height = CARD_SIZE
    background = image.getpixel((0, 0))
    outside = [(x, y) for x in range(MARGIN - 4) for y in range(height)]
    outside += [(x, y) for x in range(width - MARGIN + 4, width) for y in range(height)]
    outside += [(x, y) for x in range(width) for y in range(height - MARGIN + 12, height)]
    return [point for point in outside if image.getpixel(point) != background]


def test_long_words_datelines_and_names_stay_within_the_margins(tmp_path: Path) -> None:
    edits = {
        **headline_edit(LONG_WORD),
        "dateline: LONDON": f"dateline: {LONG_DATELINE}",
        "publication: Newsroom Explainers": f"publication: {LONG_PUBLICATION}",
        "Ukraine’s Air Force": LONG_SOURCE,
    }
    article = {"LONDON —": f"{LONG_DATELINE} —", "Ukraine’s Air Force": LONG_SOURCE}
    assert ink_outside_margins(story_image(tmp_path, edits, article)) == []


def test_the_seed_image_keeps_its_margins(tmp_path: Path) -> None:
    assert ink_outside_margins(story_image(tmp_path, {}, {})) == []


@pytest.mark.parametrize("missing", ["基辅", "🚀", "キーウ 🇺🇦", "\U0010fffd"])
def test_characters_the_font_cannot_draw_are_left_out_not_boxed(
    tmp_path: Path, missing: str
) -> None:
    with_them = story_image(tmp_path / "with", headline_edit(f"Drones {missing} over Kyiv"), {})
    without = story_image(tmp_path / "without", headline_edit("Drones over Kyiv"), {})
    assert with_them == without
