"""Articles made (or pasted) to be slow or to break the reading: a megabyte of spaces after
a dateline, "Col. " or "1,000 " thousands of times over, a run of thousands of digits.
`check` and `new` answer each promptly, with the right answer: every pattern over an
article reads it in time linear in its length. No timing is asserted (bench/ measures
them): the generous timeouts only catch the hours a quadratic pattern takes on these."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.article.model import parse_article
from generator.article.numbers import numbers_in
from generator.factsheet.checks.passages import closest_hint
from tests.support.project import REPO, RulesProject, assert_reports, run_cli

SEED_ARTICLE = REPO / "seeds" / "000_ae606ad9438aac58.txt"
MEGABYTE_OF_SPACES = " " * 1_000_000


@pytest.mark.timeout(60)
def test_a_dateline_is_read_at_once_however_many_spaces_follow_it() -> None:
    """Before: the spaces were tried once per way to split them, over an hour a megabyte."""
    assert parse_article("a.txt", "KYIV" + MEGABYTE_OF_SPACES + "x\n").dateline is None
    assert parse_article("a.txt", "KYIV" + MEGABYTE_OF_SPACES + "— x\n").dateline == "KYIV"
    opening = "ODESA, Ukraine" + MEGABYTE_OF_SPACES + "x\n"
    assert parse_article("a.txt", opening).dateline is None


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("LONDON — Russia", "LONDON"),
        ("ODESA, Ukraine — Russia", "ODESA, Ukraine"),
        ("KYIV (Reuters) - Russia", "KYIV (Reuters)"),
        ("KYIV, Ukraine (AP) — Russia", "KYIV, Ukraine (AP)"),
        ("NEW YORK – Russia", "NEW YORK"),
        ("WASHINGTON, D.C. -- Russia", "WASHINGTON, D.C."),
        ("KYIV - Ukraine said", "KYIV"),
        ("Moscow (AFP) - Ukraine", "Moscow (AFP)"),
        ("Zaporizhzhia (Ukraine) (AFP) – Russia", "Zaporizhzhia (Ukraine) (AFP)"),
        ("Russia launched — drones", None),
        ("I — for one — think", None),
    ],
)
def test_datelines_are_read_as_wire_copy_writes_them(opening: str, dateline: str | None) -> None:
    assert parse_article("a.txt", opening + "\n").dateline == dateline


@pytest.mark.timeout(120)
def test_check_answers_on_an_article_opening_with_a_megabyte_of_spaces(
    rules: RulesProject,
) -> None:
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8")
    article.write_text("LVIV" + MEGABYTE_OF_SPACES + "— x\n" + text, encoding="utf-8")
    assert_reports(
        rules.check(),
        "night.yaml:5:1: the dateline `KYIV` is not where the article says it was filed",
        "    the article opens with `LVIV`",
    )


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project: mkdocs.yml, content/ and seeds/."""
    root = tmp_path / "project"
    (root / "content").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "mkdocs.yml").write_text("site_name: t\ndocs_dir: content\n", encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def names(count: int) -> str:
    """`count` sentences, each naming a new person ("Ivan Petrenkoaab said.")."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    return " ".join(
        f"Ivan Petrenko{letters[i % 26]}{letters[i // 26 % 26]}{letters[i // 676 % 26]} said."
        for i in range(count)
    )


@pytest.mark.timeout(120)
@pytest.mark.parametrize(
    "body",
    [
        "Col. " * 60_000,
        "said " * 60_000,
        "1,000 " * 25_000,
        "U.S. " * 20_000,
        "Russia demands a ceasefire " * 11_000,
        names(4_000),
    ],
    ids=["Col.", "said", "1,000", "U.S.", "demands", "4,000 names"],
)
def test_new_drafts_an_article_of_one_phrase_repeated(project: Path, body: str) -> None:
    """Before: "Col. " or "1,000 " over 80 KB took 99 s, each sentence end or number
    reading all the text before it again, and a list of 1,000 names took two minutes (each
    name looked for in all the text): these took from ten minutes to hours."""
    text = "KYIV — Russia launched 40 drones at Ukraine overnight.\n" + body + "\n"
    (project / "seeds" / "story.txt").write_text(text, encoding="utf-8")
    result = run_cli("new", "seeds/story.txt")
    assert result.exit_code == 0, result.stderr
    assert (project / "content" / "story" / "facts.yaml").is_file()


@pytest.mark.timeout(180)
def test_new_drafts_a_megabyte_article_within_the_format_and_says_what_it_left_out(
    project: Path,
) -> None:
    """A 1 MB article (the seed's text over and over) states hundreds of quotes and figures:
    the draft keeps the first ones, fits a fact sheet (512 KB at most) and passes its own
    check, and says how many more were found."""
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    text = seed * (1_000_000 // len(seed.encode("utf-8")))
    (project / "seeds" / "long.txt").write_text(text, encoding="utf-8")
    result = run_cli("new", "seeds/long.txt")
    assert result.exit_code == 0, result.stderr
    assert ", 100 quote(s), " in result.stdout
    facts = (project / "content" / "long" / "facts.yaml").read_text(encoding="utf-8")
    assert "# The article is long: this draft leaves out what is found after the first\n" in (facts)
    assert " more quotes, " in facts and len(facts.encode("utf-8")) < 512 * 1024


THOUSANDS_OF_DIGITS = "They fired " + "9" * 5000 + " drones.\n"


@pytest.mark.timeout(60)
def test_check_reports_a_run_of_thousands_of_digits_at_its_place(rules: RulesProject) -> None:
    """Before: "internal error" (Python reads no number of over 4,300 digits)."""
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    article.write_text(text + THOUSANDS_OF_DIGITS, "utf-8")
    assert_reports(
        rules.check(),
        f"night.yaml:8:1: the article `seeds/night.txt` (line {text.count(chr(10)) + 1}, "
        "column 12): 5,000 digits in a row: no figure has more than 30",
        "    check the article's text there (a paste gone wrong?) and save it again",
    )


@pytest.mark.timeout(60)
def test_new_refuses_a_run_of_thousands_of_digits_at_its_place(project: Path) -> None:
    text = SEED_ARTICLE.read_text(encoding="utf-8").rstrip("\n") + "\n"
    (project / "seeds" / "story.txt").write_text(text + THOUSANDS_OF_DIGITS, "utf-8")
    lines = text.count("\n")
    result = run_cli("new", "seeds/story.txt")
    assert (result.exit_code, result.stdout, result.stderr) == (
        1,
        "",
        f"seeds/story.txt:{lines + 1}:12: 5,000 digits in a row: no figure has more than 30\n",
    )
    assert not (project / "content" / "story").exists()


MEGABYTE_OF_OVER_5 = "over 5 " * 140_000


@pytest.mark.timeout(60)
def test_every_hedged_number_of_a_megabyte_paragraph_is_read_once() -> None:
    """Before: each number hedged with "over" copied all the text before it, and each was
    compared with every "N million": a 400 KB paragraph of "over 5 " took 159 s to check."""
    mentions = numbers_in(MEGABYTE_OF_OVER_5)
    assert len(mentions) == 140_000
    assert {(m.value, m.qualifier) for m in mentions} == {(5, "more than")}
    places = numbers_in("over seven regions " * 50_000)
    assert {(m.value, m.qualifier) for m in places} == {(7, None)}
    large = numbers_in("more than 5 million " * 50_000)
    assert len(large) == 50_000
    assert {(m.value, m.qualifier) for m in large} == {(5_000_000, "more than")}


@pytest.mark.timeout(120)
def test_check_answers_on_an_article_with_a_megabyte_paragraph_of_hedged_numbers(
    rules: RulesProject,
) -> None:
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    article.write_text(text + MEGABYTE_OF_OVER_5.strip()[:1_000_000] + "\n", encoding="utf-8")
    result = rules.check()
    assert (result.exit_code, result.stderr) == (0, "")


def drone_sentences(count: int) -> str:
    """`count` sentences alike but each its own, as a long live blog has them."""
    return " ".join(
        f"Drone {i} was shot down over the Kyiv region overnight." for i in range(count)
    )


@pytest.mark.timeout(180)
def test_check_names_the_closest_sentence_of_a_megabyte_article_for_each_wrong_passage(
    rules: RulesProject,
) -> None:
    """Before: each passage not found was compared character by character with every
    sentence: a 530-character passage took 14 s on 200 KB, 30 s on 800 KB. The suggestions
    are those of the four-line article: none of the 17,000 new sentences is closer."""
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    article.write_text(text + drone_sentences(17_000) + "\n", encoding="utf-8")
    sheet = (
        rules.valid.replace(
            "evidence: Air defences shot down 25 of them",
            "evidence: Air defences shot down 25 of them, while another 10 were lost to "
            "electronic warfare. Debris fell in at least three region.",
        )
        .replace("- We will not be intimidated,", "- We shall not be intimidated,")
        .replace(
            "evidence: Mayor Olena Petrenko said on Telegram",
            "evidence: in a Kremlin-approved press release",
        )
    )
    rules.write(sheet)
    assert_reports(
        rules.check(),
        "night.yaml:39:17: this passage is not in the article",
        "    copy it from the article exactly; closest in paragraph 2: “Air defences shot down "
        "25 of them, while another 10 were lost to electronic warfare.”; the article has "
        "nothing where this has “Debris fell in at least three region.”",
        "night.yaml:55:17: this passage is not in the article",
        "    copy it from the article exactly; closest in paragraph 2: “Air defences shot down "
        "25 of them, while another 10 were lost to electronic warfare.”",
        "night.yaml:57:9: the quoted words are not in the article",
        "    copy them exactly (for a quote split around 'he said', list each fragment); "
        "closest in paragraph 3: ““We will not be intimidated,” Mayor Olena Petrenko said "
        "on Telegram.”; the article has “will” where this has “shall”",
        summary="1 fact sheet checked: 3 error(s), 0 warning(s)\n",
    )


@pytest.mark.timeout(60)
def test_the_closest_sentence_is_found_in_an_article_of_one_megabyte_sentence() -> None:
    """An article with no full stop is one sentence: it is the closest, and the words that
    differ are read from its start, not compared with its 150,000 words."""
    words = "the drones were launched across the country overnight and downed "
    article = parse_article("a.txt", words * (1_000_000 // len(words)))
    copy = (words * 150).replace("drones", "drone", 1)
    assert closest_hint(article, copy) == (
        "; closest in paragraph 1: “the drones were launched across the country overnight "
        "and downed the drones were launched across the country…”; the article has "
        "“drones” where this has “drone”"
    )


@pytest.mark.timeout(120)
def test_the_closest_of_a_megabyte_of_sentences_alike_is_the_first_that_holds_the_copy() -> None:
    """Sentences said again score the same: the first in reading order is named, and each
    is compared once."""
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    article = parse_article("a.txt", seed * (1_000_000 // len(seed.encode("utf-8"))))
    copy = "Trump expressed optimism after his two-hour conversation with Putin"
    number, sentence = article.closest(copy) or (0, "")
    assert number == 4
    assert sentence.startswith("Despite the continued escalation, Trump expressed optimism")


@pytest.mark.timeout(180)
def test_check_reads_a_megabyte_article_once_for_the_numbers_of_every_quotes_context(
    rules: RulesProject,
) -> None:
    """Before: the numbers of the whole article were read again for each quote's context,
    seconds each on a megabyte: a fact sheet of 300 quotes took a quarter of an hour."""
    article = rules.root / "seeds" / "night.txt"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    article.write_text(text + drone_sentences(17_000) + "\n", encoding="utf-8")
    quote = rules.valid[rules.valid.index("  not-intimidated:\n") : rules.valid.index("\nissues:")]
    context = "    speaker: petrenko\n    context: After 40 drones\n"
    quote = quote.replace("    speaker: petrenko\n", context)
    more = "".join(quote.replace("not-intimidated:", f"stands-{i}:") for i in range(300))
    sheet = rules.valid.replace("\nissues:", "\n" + more + "\nissues:")
    rules.write(sheet.replace("context: After 40 drones", "context: After 20,000 drones", 1))
    line = sheet.count("\n", 0, sheet.index("context: After 40 drones")) + 1
    assert_reports(
        rules.check(),
        f"night.yaml:{line - 1}:5: the context says 20,000, but the article does not",
        "    numbers must come from the passage: check the number or the passage",
    )


def _write_paragraphs(project: Path, paragraphs: list[str]) -> None:
    text = "KYIV — Russia launched 100 drones at Ukraine overnight, officials said.\n"
    (project / "seeds" / "long.txt").write_text(text + "\n".join(paragraphs) + "\n", "utf-8")


def test_new_names_at_most_forty_quotes_too_long_for_the_format_each_briefly(
    project: Path,
) -> None:
    """A quote over 600 characters is named for the editor, not drafted: 50 of them, each
    starting with words of 90 letters, give 40 short notes and a count of the rest."""
    words = " the drones struck the power station near the river at dawn and" * 10
    _write_paragraphs(
        project,
        [
            f"“{' '.join(f'w{i}x{j}' + 'y' * 90 for j in range(8))}{words},” Zelensky said."
            for i in range(50)
        ],
    )
    result = run_cli("new", "seeds/long.txt")
    assert result.exit_code == 0, result.stderr
    facts = (project / "content" / "long" / "facts.yaml").read_text(encoding="utf-8")
    notes = [line for line in facts.splitlines() if "Left out, over 600 characters" in line]
    assert len(notes) == 40
    assert notes[0] == (
        "# Left out, over 600 characters: the quote in paragraph 2 starting “w0x0"
        + "y" * 76
        + "… …” (add it in fragments)"
    )
    assert "(10 more quotes over 600 characters)" in facts


def test_new_keeps_the_quotes_words_within_a_limit_however_many_fragments(
    project: Path,
) -> None:
    """Quotes split into twenty fragments of 400 characters: 100 of them would be 800 KB
    of words, more than a fact sheet may hold; the draft keeps the first 120,000
    characters' worth and counts the rest."""
    fragment = "the lights went out across the city for many hours " * 8
    _write_paragraphs(
        project,
        [
            " ".join(f"“{i} {j} {fragment.strip()},” Zelensky said{j}." for j in range(20))
            for i in range(100)
        ],
    )
    result = run_cli("new", "seeds/long.txt")
    assert result.exit_code == 0, result.stderr
    assert ", 14 quote(s), " in result.stdout
    facts = (project / "content" / "long" / "facts.yaml").read_text(encoding="utf-8")
    assert " more quotes, " in facts and len(facts.encode("utf-8")) < 512 * 1024


def test_new_shows_a_number_beside_a_very_long_word_briefly(project: Path) -> None:
    _write_paragraphs(project, [f"Officials counted 12 {'z' * 5000} on Monday."])
    result = run_cli("new", "seeds/long.txt")
    assert result.exit_code == 0, result.stderr
    facts = (project / "content" / "long" / "facts.yaml").read_text(encoding="utf-8")
    (line,) = [line.strip() for line in facts.splitlines() if '# 12 ("12"' in line]
    assert line == f'# 12 ("12", role unclear): Officials counted 12 {"z" * 67}…'
