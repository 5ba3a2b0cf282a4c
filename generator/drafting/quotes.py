"""The article's quotes, each with its speaker and, where named, its channel.

Quoted passages are found paragraph by paragraph. A passage that starts in lower case
after a passage cut by "she added," continues it, and so does one with no attribution of
its own after a passage that has one ("…,” Trump told reporters. “There are …”): they
become fragments of one quote. A short passage with no verb of saying around it
(“denazification,” “buffer”) is a term, not a statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.article.model import Article, quoted_spans
from generator.article.sentences import sentence_bounds
from generator.drafting.attribution import QUOTE_VERB, Cast, speaker_of
from generator.drafting.channels import FoundChannel, channel_evidence, channel_in
from generator.drafting.people import SPEECH_VERBS, Found
from generator.drafting.sentences import unquoted
from generator.drafting.speaker_candidates import named_between, named_nearby

_TERM_WORDS = 3
_ENDS_SENTENCE = re.compile(r"[.!?]['’\u2019]?$")
# between a partial quote that closes its sentence and the next quotation: the marks, the
# full stop and a space ("peace". "Such")
_NOTHING_BETWEEN = re.compile(r"^[\"”’']?\s*[.!?]?\s*[\"“‘']?$")
_INTRODUCES = re.compile(r"(?:\b(?:" + SPEECH_VERBS + r"|replied|responded)\b)[^,:]{0,40}[,:]$")
_SAYING = re.compile(r"\b(?:" + SPEECH_VERBS + r"|replied|responded)\b")
_SAID_AFTER = re.compile(
    r"^[\s,]*(?:[\w’'.-]+\s+){0,6}?(?:" + SPEECH_VERBS + r"|replied|responded)\b"
)
_BE_AT_END = re.compile(r"\b(?:were|was|been|are|is|be)$")
# a count or the weapons as the subject: what the source says happened to them, in its term
_COUNT_BE_AT_END = re.compile(
    r"(?:\b\d[\d,]*|\b(?:others|more|them|drones|missiles|rockets|UAVs)|\b(?:one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty))\s+(?:were|was|had been"
    r"|have been|are)$"
)
_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s$")
_NAMING = re.compile(r"\b(?:terms?|termed|calls?|called|dubbed|so-called|described as|as)$")


@dataclass(frozen=True)
class Fragment:
    paragraph: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class FoundQuote:
    speaker: Found | None
    how: str  # how the speaker was found ("named", "'he' taken as …"); "" when unknown
    channel: FoundChannel | None
    fragments: tuple[Fragment, ...]


@dataclass(frozen=True)
class _Piece:
    fragment: Fragment
    before: str  # the attribution clause before it, if any
    after: str  # the attribution clause after it, if any
    before_at: int
    after_at: int


def find_quotes(article: Article, cast: Cast) -> tuple[list[FoundQuote], list[Fragment]]:
    """The quotes in reading order, and the single terms in quotation marks."""
    quotes: list[FoundQuote] = []
    terms: list[Fragment] = []
    runs_on = False  # the paragraph before ended inside an open quotation
    for number, paragraph in enumerate(article.paragraphs, start=1):
        pieces = _pieces(number, paragraph)
        previous: _Piece | None = None
        opened_here = 0
        for piece in pieces:
            speaker, how, said_after = _speaker(piece, cast)
            # a lower-case passage continues the one before unless someone else says it:
            # "…said it was “too early” …, while the French foreign ministry said that “only…”"
            continues = (
                previous is not None
                and _continues(previous, piece)
                and (speaker is None or not quotes or speaker == quotes[-1].speaker)
            )
            text = piece.fragment.text
            sentence_more = opened_here > 0 and text[:1].isupper() and _ENDS_SENTENCE.search(text)
            if not continues and not said_after and not sentence_more and _is_term(piece):
                terms.append(piece.fragment)
                continue
            unattributed = not piece.before or (_SAYING.search(piece.before) and speaker is None)
            # a quotation left open at the end of the paragraph before, reopened at the start
            # of this one, goes on unless someone else says it ("…,” he added)
            reopens = runs_on and piece.fragment.start <= 1 and opened_here == 0
            joins = continues or (
                speaker is None and bool(unattributed) and (opened_here > 0 or reopens)
            )
            joins = joins or bool(reopens and quotes and speaker == quotes[-1].speaker)
            # Peskov said Kyiv was "not interested in peace". "Such attacks …," he said: a
            # partial quote that ends its sentence and the speaker's next words are one
            # quote; one the sentence goes on after ("was “not happy” about the strikes.")
            # is a quote of its own
            joins = joins or bool(
                quotes
                and speaker is not None
                and speaker == quotes[-1].speaker
                and opened_here > 0
                and quotes[-1].fragments[-1].text[:1].islower()
                and how.startswith("'")
                and _NOTHING_BETWEEN.match(
                    paragraph[quotes[-1].fragments[-1].end : piece.fragment.start]
                )
            )
            if joins and quotes and not reopens:
                # “We will respond,” Zelenskiy said. Peskov rejected the claim. “Russia
                # strikes only military targets.”: someone else named between the two
                # passages, so the second is not surely the first speaker's
                last_end = (quotes[-1].fragments[-1].paragraph, quotes[-1].fragments[-1].end)
                between = named_between(cast, last_end, (number, piece.fragment.start))
                if any(found != quotes[-1].speaker for found, _ in between):
                    joins = False
                    names = "; ".join(f"{found.name} ({where})" for found, where in between)
                    how = f"no attribution beside it; named just before it: {names}"
            if joins and quotes:
                last = quotes[-1]
                quotes[-1] = FoundQuote(
                    last.speaker, last.how, last.channel, (*last.fragments, piece.fragment)
                )
            else:
                channel = _channel(piece, paragraph, number, speaker, cast)
                if channel is None and piece.fragment.start <= 1 and number > 1:
                    # the paragraph opens on the quote: the occasion the paragraph before
                    # ended on, if the same speaker spoke there ("said on X …" / "he wrote")
                    channel = _channel_before(article.paragraphs[number - 2], number - 1,
                                              speaker, cast)  # fmt: skip
                if speaker is None and not how:  # no attribution: who was named nearby
                    nearby = named_nearby(cast, (number, piece.fragment.start))
                    how = f"no attribution beside it; {nearby}" if nearby else ""
                quotes.append(FoundQuote(speaker, how, channel, (piece.fragment,)))
                opened_here += 1
            previous = piece
        runs_on = bool(pieces) and pieces[-1].fragment.end >= len(paragraph.rstrip()) - 1
    return quotes, terms


def _pieces(number: int, paragraph: str) -> list[_Piece]:
    spans = [(s, e) for s, e in quoted_spans(paragraph) if paragraph[s:e].strip()]
    pieces = []
    for i, (start, end) in enumerate(spans):
        inner = paragraph[start:end]
        lead = len(inner) - len(inner.lstrip())
        fragment = Fragment(number, start + lead, start + len(inner.rstrip()), inner.strip())
        gap_start = spans[i - 1][1] + 1 if i else 0
        gap_end = spans[i + 1][0] - 1 if i + 1 < len(spans) else len(paragraph)
        before = paragraph[gap_start : max(start - 1, gap_start)]
        after = paragraph[min(end + 1, gap_end) : gap_end]
        before_clause, before_at = _last_clause(before, gap_start)
        after_clause, after_at = "", end + 1
        closes_clause = re.search(r"[,.!?\u2014-]['’]?$", fragment.text)
        if closes_clause and (
            not _ENDS_SENTENCE.search(fragment.text) or after.lstrip()[:1].islower()
        ):
            after_clause, after_at = _first_clause(after, end + 1)
        pieces.append(_Piece(fragment, before_clause, after_clause, before_at, after_at))
    return pieces


def _last_clause(gap: str, offset: int) -> tuple[str, int]:
    """The words of `gap` in the sentence that the quotation after it belongs to."""
    stripped = gap.rstrip()
    if not stripped or _ENDS_SENTENCE.search(stripped.rstrip("\"”’'")):
        return "", offset + len(gap)
    start, end = sentence_bounds(gap)[-1]
    return gap[start:end], offset + start


def _first_clause(gap: str, offset: int) -> tuple[str, int]:
    bounds = sentence_bounds(gap)
    if not bounds:
        return "", offset
    start, end = bounds[0]
    return gap[start:end], offset + start


def _continues(previous: _Piece, piece: _Piece) -> bool:
    """“The grid is holding,” she added, “but only just.”: one quote, two fragments."""
    first = next((c for c in piece.fragment.text if c.isalpha()), "")
    return (
        first.islower()
        and not _ENDS_SENTENCE.search(previous.fragment.text)
        and previous.fragment.paragraph == piece.fragment.paragraph
    )


def _speaker(piece: _Piece, cast: Cast) -> tuple[Found | None, str, bool]:
    """The speaker and how it was found; True when the attribution follows the quotation
    (“…,” he said), which makes even a short quotation a statement."""
    at = piece.fragment.paragraph
    unsure = ""
    if piece.after:
        speaker, how = speaker_of(piece.after, (at, piece.after_at), cast, leading=True)
        if speaker is not None:
            return speaker, how, True
        unsure = how
    if piece.before and QUOTE_VERB.search(piece.before):
        speaker, how = speaker_of(piece.before, (at, piece.before_at), cast, verbs=QUOTE_VERB)
        return speaker, how or unsure, False
    return None, unsure, bool(unsure)


def _is_term(piece: _Piece) -> bool:
    """A scare-quoted word (“denazification,”) rather than someone's statement."""
    if len(piece.fragment.text.split()) > _TERM_WORDS:
        return False
    if len(piece.fragment.text.split()) > 1 and _SAID_AFTER.match(piece.after):
        return False  # “It was terrifying,” said Olena: words said, whoever said them
    before = piece.before.rstrip()
    if _NAMING.search(before) or _POSSESSIVE.search(before):
        return True  # "Russia's “shadow fleet”": a name for a thing
    clause = before.rsplit(",", 1)[-1]
    if _BE_AT_END.search(clause) and not _SAYING.search(clause):
        return True  # "a further 27 drones were ‘locationally lost’": the source's term
    if _COUNT_BE_AT_END.search(clause):
        return True  # "…, adding that 71 were shot down and 12 were “locationally lost”"
    if _INTRODUCES.search(before):
        return False  # Trump replied, “Of course,”
    if len(piece.fragment.text.split()) > 1 and _SAYING.search(before):
        return False  # Zelenskiy said Moscow was “playing for time”: a partial quote
    return not (_ENDS_SENTENCE.search(piece.fragment.text) and _SAYING.search(before))


def _channel_before(
    paragraph: str, number: int, speaker: Found | None, cast: Cast
) -> FoundChannel | None:
    """The channel of the last sentence of a paragraph, if `speaker` speaks in it in
    reported speech only ("Zelenskiy said on X that …"): the quote after it gives the
    words of that paraphrase. A sentence with quotations of its own has given its words
    already, and the next quote may be another occasion: no channel is guessed."""
    text = unquoted(paragraph)
    bounds = sentence_bounds(text)
    if speaker is None or not bounds:
        return None
    start, end = bounds[-1]
    blanked = [w for w in re.findall(r"\S+", paragraph[start:end]) if w not in text[start:end]]
    if len(blanked) >= 3:
        return None  # words of a quotation in it (blanked by `unquoted`), not a term
    found = channel_in(text[start:end])
    if found is None or speaker_of(text[start:end], (number, start), cast)[0] != speaker:
        return None
    clause_start = end - start - len(text[start:end].lstrip())
    return channel_evidence(paragraph[start:end], max(clause_start, 0), found)


def _channel(
    piece: _Piece, paragraph: str, number: int, speaker: Found | None, cast: Cast
) -> FoundChannel | None:
    """Where the words were said: in their own attribution, else in another sentence of the
    paragraph in which the same speaker speaks ("Wrona posted on X that …")."""
    for clause in (piece.after, piece.before):
        found = channel_in(clause)
        if found:
            return channel_evidence(clause, 0, found)
    if speaker is None:
        return None
    text = unquoted(paragraph)
    for start, end in sentence_bounds(text):
        sentence = text[start:end]
        found = channel_in(sentence)
        if (
            found
            and start <= piece.fragment.start < end
            and start + found[1] > piece.fragment.start
        ):
            continue  # in the quote's own sentence, a channel after it is someone else's
        if found and speaker_of(sentence, (number, start), cast)[0] == speaker:
            clause_start = len(sentence) - len(sentence.lstrip())
            # the passage is the article's own words, quotations included (the blanked
            # text only finds the channel; `unquoted` keeps every offset)
            return channel_evidence(paragraph[start:end], clause_start, found)
    return None
