"""The seed story's fact sheet holds what the article says, and passes every check."""

from __future__ import annotations

from pathlib import Path

from generator.factsheet.derived import unaccounted
from generator.factsheet.loader import load_story
from generator.factsheet.model import FigureState
from tests.support.project import REPO, SEED_FACTS, run_cli


def seed():
    result = load_story(SEED_FACTS, REPO)
    assert result.problems == ()
    assert result.story is not None
    return result.story.facts


def test_seed_passes_check_strict(monkeypatch) -> None:
    monkeypatch.chdir(REPO)
    result = run_cli("check", "--strict")
    assert (result.exit_code, result.stdout) == (
        0,
        "1 fact sheet checked: 0 error(s), 0 warning(s)\n",
    )


def test_seed_article_is_kept_byte_for_byte() -> None:
    shared = REPO.parent / "shared" / "seeds" / "000_ae606ad9438aac58.txt"
    ours = REPO / "seeds" / "000_ae606ad9438aac58.txt"
    if shared.exists():
        assert ours.read_bytes() == shared.read_bytes()
    assert ours.read_bytes().startswith("LONDON — Russia launched".encode())


def test_seed_figures_are_the_articles() -> None:
    facts = seed()
    ukraine, russia = facts.strike_reports
    assert [(f.key, f.count, f.qualifier) for f in ukraine.figures if f.is_reported] == [
        ("launched", 108, None),
        ("shot_down", 35, None),
        ("suppressed", 58, None),
        ("regions_hit", 4, "at least"),
    ]
    assert ukraine.killed.state is FigureState.NOT_REPORTED
    assert unaccounted(ukraine).value == 15
    assert (russia.shot_down.count, russia.shot_down.label) == (8, "Intercepted")
    assert russia.launched.state is FigureState.NOT_REPORTED
    assert unaccounted(russia).value is None


def test_seed_has_every_quote_with_speaker_and_channel() -> None:
    quotes = {
        q.id: (q.speaker, q.channel.name if q.channel else None, len(q.words))
        for q in seed().quotes
    }
    assert quotes == {
        "trump-something-going-to-happen": ("trump", "Oval Office remarks to reporters", 2),
        "trump-talks-immediately": ("trump", "Truth Social post", 1),
        "trump-of-course": ("trump", None, 2),
        "putin-position-unchanged": ("putin", "Kremlin statement", 2),
        "zelenskyy-decisive-moment": ("zelenskyy", "Telegram post", 2),
        "zelenskyy-pressure-essential": ("zelenskyy", None, 2),
    }


def test_seed_positions_cover_every_party_on_every_issue() -> None:
    facts = seed()
    grid = {
        issue.id: {
            party: (pos.stance.value if pos else "not stated")
            for party, pos in issue.positions.items()
        }
        for issue in facts.issues
    }
    assert grid == {
        "ceasefire": {"united-states": "supports", "russia": "unclear", "ukraine": "supports"},
        "peace-talks": {
            "united-states": "supports",
            "russia": "conditional",
            "ukraine": "conditional",
        },
        "sanctions": {"united-states": "unclear", "russia": "not stated", "ukraine": "conditional"},
        "territory": {"united-states": "not stated", "russia": "supports", "ukraine": "not stated"},
        "nato": {"united-states": "not stated", "russia": "opposes", "ukraine": "not stated"},
        "demilitarisation": {
            "united-states": "not stated",
            "russia": "supports",
            "ukraine": "not stated",
        },
    }


def test_todo_is_a_warning_and_strict_makes_it_an_error(tmp_path: Path, monkeypatch) -> None:
    draft = SEED_FACTS.read_text(encoding="utf-8").replace("byline: Explainer desk", "byline: TODO")
    (tmp_path / "content" / "story").mkdir(parents=True)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "000_ae606ad9438aac58.txt").write_bytes(
        (REPO / "seeds" / "000_ae606ad9438aac58.txt").read_bytes()
    )
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n")
    (tmp_path / "draft.yaml").write_text(draft, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    warning = (
        "draft.yaml:19:9: warning: TODO: `byline` is not filled in yet\n"
        "    write one line of text\n"
    )
    loose = run_cli("check", "draft.yaml")
    assert (loose.exit_code, loose.stderr, loose.stdout) == (
        0,
        warning,
        "1 fact sheet checked: 0 error(s), 1 warning(s)\n",
    )
    strict = run_cli("check", "--strict", "draft.yaml")
    assert (strict.exit_code, strict.stderr) == (
        1,
        warning + "1 fact sheet checked: 0 "
        "error(s), 1 warning(s) (--strict: warnings count as errors)\n",
    )
