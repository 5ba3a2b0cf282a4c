"""The people an article names, with the titles it gives them and the sides they speak for.

A person is a run of two or three capitalised words in a telling place: after a title
("Russian Foreign Ministry spokeswoman Irina Sobolevskaya"), before or after a verb of
saying ("Taras Bondar, said", "said Marta Lindqvist"), or with an appositive title
("Oksana Melnyk, chief executive of …"). Quoted words are never searched.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from generator.article.model import Article
from generator.article.sentences import ABBREVIATIONS, RANKS, word_set
from generator.article.sides import first_side
from generator.drafting.sentences import unquoted

TITLE_NOUNS = word_set(
    "president governor minister spokesman spokeswoman spokesperson aide envoy head chief "
    "executive mayor commander chancellor secretary ambassador official adviser advisor leader "
    "general colonel prosecutor director chairman chairwoman chair premier senator negotiator "
    "representative commissioner deputy col gen lt maj capt sgt adm gov sen rep dr mr mrs ms "
    "prof"
)
_TITLE_MODIFIERS = word_set(
    "former regional acting senior foreign defence defense interior vice first national "
    "military air force ministry kremlin navy army security council state general staff "
    "deputy prime top special"
)
SPEECH_VERBS = (
    "said|says|say|told|tells|wrote|writes|posted|posts|stated|states|replied|replies|added|"
    "adds|adding|saying|reported|reports|announced|announces|claimed|claims|noted|notes|warned|warns|"
    "insisted|insists|asked|asks|called|calls|described|describes|declared|declares|explained|explains|tweeted|confirmed|"
    "confirms|continued"
)
SPEECH_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + r")\b")  # a verb of saying, whole word
_SPEECH_AFTER = re.compile(
    r"^(?:,[^,.;]{1,120},|,)?\s+(?:[a-z]+ly\s+|later\s+|also\s+)?(?:" + SPEECH_VERBS + r")\b"
)
# Lower-case words inside a name: "Ursula von der Leyen", "Charles de Gaulle".
NAME_PARTICLES = word_set("von van der den de da di du la le dos das al bin ibn")
# A title in commas before the name: "Ukraine's delegation head, Andriy Matviienko, said".
_TITLE_IN_COMMAS = re.compile(
    r"(?:^|(?<=[,;:—]\s)|(?<=\.\s)|(?<=\s\s))"
    r"((?:[Tt]he |[Aa]n? )?[\w’'.-]+(?: [\w’'.-]+){0,8}),\s+$"
)
_SPEECH_BEFORE = re.compile(r"\b(?:" + SPEECH_VERBS + r"|according to)\s+$")
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_FUNCTION_WORDS = word_set(
    "The A An In On At As If But And Or Of For To From With By After Before While When Where "
    "Despite Asked Speaking According Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December"
)
_NOT_NAMES = _FUNCTION_WORDS | word_set(
    "Air Force Ministry Defence Defense Office Social Sea Union Day Truth Oval White House Black "
    "Council Security Foreign Kremlin Moscow Kyiv Russia Ukraine Russian Ukrainian European "
    "Western Eastern Northern Southern Patriot Shahed Iskander God Christmas Easter "
    # the last word of a body's name: "State Emergency Service", "Operational Command"
    "Service Command Bank Fund Agency Committee Commission Staff Guard Police Army Navy "
    "Administration Operator Company Nations"
)
# Rules read this many characters each side of a name (a search over all the text before
# it, for each name, made a paragraph of names cost its length squared); with `search(text,
# pos, endpos)` a pattern's `^` still means the paragraph's start and `$` the name's.
_REACH = 200
# No story names more people than this; an article that does (a list of names) gets the
# first ones, since every person found is looked for in all the text again.
MAX_PEOPLE = 60
_APPOSITIVE_AFTER = re.compile(r"^,\s+(?:(?:a|an|the)\s+)?([^,.;]{3,100}?)(?=\s+who\b|[,.;]|$)")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[,;]\s*)((?:[Tt]he|[Aa]n?)\s+[^,;]{3,100}),\s+$")


@dataclass(frozen=True)
class Found:
    """A person or institution found in the article (ids are unique in one draft)."""

    id: str
    name: str
    kind: str  # "person" or "institution"
    title: str | None
    party: str | None  # a side's id
    paragraph: int
    offset: int

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


def slug(text: str) -> str:
    """An id from any text: "Ukraine’s Air Force" -> "ukraine-air-force"."""
    text = re.sub(r"['’]s\b", "", text)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60].strip("-")


def _is_title_word(word: str) -> bool:
    bare = word.rstrip(".").lower()
    # "Secretary-General", "Vice-President": a title joined to another word of a title
    parts = bare.split("-") if "-" in bare else []
    return (
        bare in TITLE_NOUNS
        or bare in _TITLE_MODIFIERS
        or (
            any(p in TITLE_NOUNS for p in parts)
            and all(p in TITLE_NOUNS or p in _TITLE_MODIFIERS or p == "general" for p in parts)
        )
    )


def _has_title_noun(text: str) -> bool:
    return any(w.rstrip(".").lower() in TITLE_NOUNS for w in _TOKEN.findall(text))


def find_people(article: Article) -> list[Found]:
    """Every person the article names in a telling place, first mention first."""
    found: dict[str, Found] = {}
    for number, paragraph in enumerate(article.paragraphs, start=1):
        text = unquoted(paragraph)
        for run in _capitalised_runs(text):
            person = _person(text, run, number)
            if person is None:
                continue
            known = next((p for p in found.values() if p.surname == person.surname), None)
            if known is None and len(found) >= MAX_PEOPLE:
                continue  # a list of names, not a story: each name costs a pass over it
            if known is None:
                found[person.name] = replace(person, id=_free_id(person, found))
            elif len(person.name.split()) > len(known.name.split()) or (
                known.title is None and person.title
            ):
                # a fuller name or a title found later completes the first mention
                name = max(person.name, known.name, key=lambda n: len(n.split()))
                found[known.name] = Found(
                    known.id,
                    name,
                    "person",
                    known.title or person.title,
                    known.party or person.party,
                    known.paragraph,
                    known.offset,
                )
    return list(found.values())


def _free_id(person: Found, found: dict[str, Found]) -> str:
    """An id no one else has: the surname's, else the full name's, else numbered."""
    taken = {p.id for p in found.values()}
    for candidate in (person.id, slug(person.name)):
        if candidate and candidate not in taken:
            return candidate
    n = len(found) + 1
    while f"person-{n}" in taken:
        n += 1
    return f"person-{n}"


def _capitalised_runs(text: str) -> list[list[re.Match[str]]]:
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text):
        word = token.group()
        joined = current and text[current[-1].end() : token.start()] in (" ", ". ")
        if joined and word in NAME_PARTICLES and _capital_follows(text, token.end()):
            current.append(token)
            continue
        if joined and text[current[-1].end()] == "." and current[-1].group() not in ABBREVIATIONS:
            joined = False
        if word[0].isupper() and (joined or not current):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if word[0].isupper() else []
    if current:
        runs.append(current)
    return runs


def _capital_follows(text: str, end: int) -> bool:
    """Is the next word, after a particle, a capitalised part of the name?"""
    nxt = re.match(r" (?:(?:von|van|der|den|de|da|di|du|la|le) )*([^\W\d_])", text[end:])
    return bool(nxt and nxt.group(1).isupper())


def _person(text: str, run: list[re.Match[str]], paragraph: int) -> Found | None:
    words = [t.group() for t in run]
    # the name follows the last title or place word of the run: "Energy Minister Petro Hrab"
    lead = 1 + max(
        (i for i, w in enumerate(words) if _is_title_word(w) or w in _NOT_NAMES or first_side(w)),
        default=-1,
    )
    name_tokens = run[lead:]
    names = [t.group() for t in name_tokens]
    while names and names[0] in NAME_PARTICLES:  # a name starts with a capital
        name_tokens, names = name_tokens[1:], names[1:]
    capitals = [n for n in names if n not in NAME_PARTICLES]
    if not capitals or len(capitals) > 3 or any(n in _NOT_NAMES or first_side(n) for n in capitals):
        return None
    if any(n.isupper() and len(n) > 1 for n in names) or names[-1].endswith(("'s", "’s")):
        return None
    start, end = name_tokens[0].start(), name_tokens[-1].end()
    title = _title_before(text, start)
    titled = title is not None or (lead > 0 and _has_title_noun(" ".join(words[:lead])))
    if not titled and len(names) < 2:
        return None  # one untitled word is no one's name, whatever is said around it
    spoken = bool(
        _SPEECH_AFTER.match(text[end : end + _REACH])
        or _SPEECH_BEFORE.search(text, max(start - _REACH, 0), start)
    )
    if title is None:
        title = _appositive_title(text, start, end)
    if not (titled or ((spoken or title) and len(capitals) >= 2)):
        return None
    name = " ".join(names)
    party = first_side(title) if title else None
    return Found(
        slug(names[-1]), name, "person", title, party.id if party else None, paragraph, start
    )


def _title_before(text: str, start: int) -> str | None:
    """The title written just before a name: "regional Governor", "Air Force spokesman"."""
    tokens = list(_TOKEN.finditer(text, max(start - _REACH, 0), start))
    first = len(tokens)
    while first > 0:
        token = tokens[first - 1]
        gap = text[token.end() : tokens[first].start() if first < len(tokens) else start]
        if gap not in (" ", ". ") or (gap == ". " and token.group() not in ABBREVIATIONS):
            break
        word = token.group()
        if not (word[0].isupper() or _is_title_word(word)):
            break
        first -= 1
    while (
        first < len(tokens)
        and (tokens[first].group() in _FUNCTION_WORDS or tokens[first].group()[0].islower())
        and not _is_title_word(tokens[first].group())
    ):
        first += 1
    last = len(tokens)
    while last > first and tokens[last - 1].group() in RANKS:
        last -= 1
    if first >= last:
        return None
    title = text[tokens[first].start() : tokens[last - 1].end()]
    return title if _has_title_noun(title) and len(title) <= 80 else None


def _appositive_title(text: str, start: int, end: int) -> str | None:
    """A title given beside the name: "Viktor Lukyanov, a senior Kremlin aide who …", or
    before it in commas: "Ukraine's delegation head, Andriy Matviienko, said"."""
    in_commas = _TITLE_IN_COMMAS.search(text, max(start - _REACH, 0), start)
    # the name closes the appositive with a comma, or ends the sentence: "…, according to
    # the regional governor, Serhiy Lysenko."
    closed = text[end:].startswith(",") or re.match(r"\.(?:\s|$)", text[end : end + 2])
    if in_commas and closed and _has_title_noun(in_commas.group(1)):
        title = re.sub(r"^(?:according to\s+)?(?:[Tt]he|[Aa]n?)\s+", "", in_commas.group(1))
        title = title.strip()
        if len(title) <= 80:
            return title
    after = _APPOSITIVE_AFTER.match(text[end : end + _REACH])
    if after and _has_title_noun(after.group(1)) and not after.group(1).startswith("who"):
        return after.group(1).strip()
    before = _APPOSITIVE_BEFORE.search(text, max(start - _REACH, 0), start)
    if before and _has_title_noun(before.group(1)):
        title = re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", before.group(1)).strip()
        return title if len(title) <= 80 else None
    return None


def mentions_of(article: Article, person: Found) -> list[tuple[int, int]]:
    """(paragraph, offset) of every mention of a person outside quotes, by name or surname."""
    pattern = re.compile(
        rf"(?<![\w-])(?:{re.escape(person.name)}|{re.escape(person.surname)})"
        r"(?![\w-])"
    )
    return [
        (number, m.start())
        for number, paragraph in enumerate(article.paragraphs, start=1)
        for m in pattern.finditer(unquoted(paragraph))
    ]
