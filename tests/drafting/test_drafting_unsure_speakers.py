"""When the rules cannot be sure who speaks, the draft says so: the quote's speaker is a
TODO whose comment names the candidates with the sentences that name them, never a guess
(a quote given to the wrong person is worse than a TODO; issue 17)."""

from __future__ import annotations

from tests.support.drafts import draft, quotes


def test_he_after_a_sentence_naming_two_people_is_a_todo_with_both_and_the_sentence() -> None:
    d = draft(
        "The Dutch foreign minister, Maarten van der Linde, arrived in Kyiv for talks with "
        "Foreign Minister Andrii Sybiha. “We will deliver the air defence,” he said."
    )
    quote = d.quotes[0].quote
    assert quote.speaker is None
    assert quote.how == (
        "'he': more than one person named just before: Andrii Sybiha, Maarten van der "
        "Linde, in paragraph 1: “The Dutch foreign minister, Maarten van der Linde, arrived "
        "in Kyiv for talks with Foreign Minister Andrii Sybiha.”"
    )


def test_he_after_a_sentence_naming_two_people_is_the_one_who_spoke_in_it() -> None:
    d = draft(
        "Kremlin spokesman Dmitry Peskov said President Vladimir Putin would attend.",
        "“It is a serious meeting,” he told reporters.",
    )
    assert quotes(d) == [("Dmitry Peskov", ("It is a serious meeting,",), "Remarks to reporters")]


def test_a_quote_with_no_attribution_lists_who_was_named_nearby_with_the_sentence() -> None:
    d = draft(
        "Governor Oleh Kiper said the port was hit.",
        "Cranes were damaged. “We will rebuild the port by spring.”",
    )
    quote = d.quotes[0].quote
    assert quote.speaker is None
    assert quote.how == (
        "no attribution beside it; candidates: Oleh Kiper (paragraph 1: “Governor Oleh "
        "Kiper said the port was hit.”)"
    )


def test_a_quote_after_someone_else_is_named_is_not_the_first_speakers() -> None:
    d = draft(
        "“We will respond to every strike,” President Volodymyr Zelenskiy said. Kremlin "
        "spokesman Dmitry Peskov rejected the claim. “Russia strikes only military targets.”"
    )
    assert quotes(d) == [
        ("Volodymyr Zelenskiy", ("We will respond to every strike,",), None),
        (None, ("Russia strikes only military targets.",), None),
    ]
    assert d.quotes[1].quote.how == (
        "no attribution beside it; named just before it: Volodymyr Zelenskiy (paragraph 1: "
        "““We will respond to every strike,” President Volodymyr Zelenskiy said.”); Dmitry "
        "Peskov (paragraph 1: “Kremlin spokesman Dmitry Peskov rejected the claim.”)"
    )
