"""Who says something: the subject of a verb of saying, resolved to a person or an
institution (where it was said is channels.py's).

References are resolved the way a reader does: a name or surname is that person; "he" or
"she" is the person last named before it; "the spokeswoman" is the last person with that
title; "it" and "the ministry" are the institution last named.
"""

from __future__ import annotations

import itertools
import re

from generator.article.model import Article
from generator.article.sentences import word_set
from generator.article.sides import first_side
from generator.drafting.people import (
    SPEECH_VERB,
    SPEECH_VERBS,
    TITLE_NOUNS,
    Found,
    mentions_of,
    slug,
)
from generator.drafting.sentences import sentence_at, sentence_span, unquoted

INSTITUTION_HEADS = word_set(
    "force ministry military army navy officials authorities kremlin staff service police "
    "government command administration agency council office operator company prosecutors "
    "governments presidency embassy"
)
# Verbs that put words in quotation marks without being verbs of saying: "dismissed the
# gathering as “a meeting of warmongers”". Only for quotes: a figure's source still needs
# a verb of saying ("X condemned the strike, which killed five" does not report the five).
CHARACTERISING_VERBS = (
    "dismissed|denounced|branded|condemned|labell?ed|derided|hailed|praised|accused|urged|"
    "vowed|pledged|promised|argued|stressed|acknowledged|admitted|critici[sz]ed|mocked|"
    "calling|describing|dismissing|denouncing|branding|accusing|urging|vowing"
)
QUOTE_VERB = re.compile(r"\b(?:" + SPEECH_VERBS + "|" + CHARACTERISING_VERBS + r")\b")
_ACCORDING = re.compile(r"\b[Aa]ccording to (?:(?:a|an|the) [\w-]+ (?:from|by|of) )?([^,.;]+)")
_PRONOUN = re.compile(r"^(?:he|she|He|She)$")
_IT = re.compile(r"^(?:it|It|they|They)$")
_ROLE = re.compile(r"^(?:the|The) ((?:[a-z’']+ ){0,2}[a-z]+)$")
_LEADING = re.compile(r"^(?:and|but|while|as|then)\s+")
_SUBORDINATE = re.compile(
    r"\b(?:that|which|who|whom|whose|when|where|because|after|before|if|as)\s+"
)
_ATTRIBUTION_WORDS = 8
_REACH = 300  # characters before a verb of saying where its subject may be
# A clause names its speaker at one of its first verbs of saying, or not at all: a text of
# "said said said …" must not be searched for a speaker once per verb.
_MOST_VERBS = 12
# Words set off by commas between a subject and its verb: "the Air Force, meanwhile, said".
_ASIDE = re.compile(
    r"^\s*(?:meanwhile|however|too|also|separately|in turn|for (?:its|his|her|their) part"
    r"|in a (?:statement|post|video)(?: on \w+)?"
    r"|on \w+day|later|earlier|in response|in (?:Moscow|Kyiv|Washington|Brussels)"
    # "Name, had initially said": the tense of the verb, not its subject
    r"|(?:(?:had|has|have)\s+)?(?:initially|originally|previously|first|at first|later|earlier)"
    # "Name, speaking at a news conference with Other Name, said": where, not who
    r"|(?:speaking|writing) (?:at|to|in|on|after|during|before|from) [^,;]*)"
    r"\s*$",
    re.IGNORECASE,
)
# Someone the article describes but does not name: "a State Department spokesperson",
# "Turkey’s foreign minister", "a source in the SBU".
_UNNAMED_HEADS = TITLE_NOUNS | {"source", "sources", "official", "officials", "diplomat"}
# people quoted for what they saw: "a 58-year-old resident told the BBC"
_UNNAMED_HEADS |= word_set(
    "resident witness eyewitness survivor neighbour neighbor volunteer doctor nurse medic "
    "soldier rescuer firefighter pensioner student teacher driver worker shopkeeper farmer "
    "woman man mother father"
)
_UNNAMED = re.compile(
    r"^(?:(?:a|an|one|the|A|An|One|The)\s+|[A-Z][\w’'.-]*(?:’s|'s)\s+)"
    r"(?:[\w’'.-]+\s+){0,5}?(\w+)(?:\s+(?:in|at|for|of|from|with|close to)\s+[^,;]{2,60})?$"
)
_VAGUE = word_set("officials authorities sources")
# what stands between a subject and its verb of saying: "Regional officials had initially
# reported" is "Regional officials"
_AUXILIARIES = re.compile(
    r"(?:\s+(?:had|has|have|also|initially|earlier|first|previously|originally|later))+$"
)


class Cast:
    """The people and institutions of one article, and who was last mentioned where."""

    def __init__(self, article: Article, people: list[Found]) -> None:
        self.article = article
        self.people = people
        self.institutions: list[Found] = []
        self._mentions = sorted(
            (at, person.id) for person in people for at in mentions_of(article, person)
        )
        self._institution_mentions: list[tuple[tuple[int, int], str]] = []
        self._unnamed: set[str] = set()  # ids of speakers described, not named

    def speakers(self) -> list[Found]:
        """People and institutions, first mention first."""
        return sorted([*self.people, *self.institutions], key=lambda f: (f.paragraph, f.offset))

    def by_id(self, speaker_id: str) -> Found | None:
        return next((f for f in [*self.people, *self.institutions] if f.id == speaker_id), None)

    def named_in(self, text: str) -> Found | None:
        """The person last named in `text` (by name or surname)."""
        best: tuple[int, Found] | None = None
        for person in self.people:
            for form in (person.name, person.surname):
                for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text):
                    if best is None or m.start() > best[0]:
                        best = (m.start(), person)
        return best[1] if best else None

    def last_person(self, at: tuple[int, int], noun: str | None = None) -> Found | None:
        earlier = [pid for where, pid in self._mentions if where < at]
        for pid in reversed(earlier):
            person = self.by_id(pid)
            if person and (noun is None or noun in (person.title or "").lower()):
                return person
        return None

    def pronoun(self, word: str, at: tuple[int, int]) -> tuple[Found | None, str]:
        """ "he said": the person named last, if named in this paragraph or the one before;
        further back, a reader cannot be sure either: no speaker, and the candidates for
        the editor's comment."""
        earlier = [(where, pid) for where, pid in self._mentions if where < at]
        if earlier and earlier[-1][0][0] >= at[0] - 1:
            others = self._named_with(earlier[-1][0], earlier)
            if others:
                return self._one_of(word, earlier[-1], others)
            found = self.by_id(earlier[-1][1])
            return found, f"'{word}' taken as the person named last"
        seen: dict[str, int] = {}
        for (paragraph, _), pid in reversed(earlier):
            if pid not in seen and len(seen) < 3:
                seen[pid] = paragraph
        names = [
            f"{found.name} (paragraph {paragraph})"
            for pid, paragraph in seen.items()
            if (found := self.by_id(pid)) is not None
        ]
        return None, f"'{word}': nobody named nearby; candidates: " + "; ".join(
            names
        ) if names else ""

    def _one_of(
        self,
        word: str,
        last: tuple[tuple[int, int], str],
        others: list[tuple[str, tuple[int, int]]],
    ) -> tuple[Found | None, str]:
        """ "he" after a sentence that names two people: the one who speaks in it ("Peskov
        said Putin would attend"), else nobody ("… arrived for talks with his counterpart
        Andrii Sybiha. He said"): a reader cannot tell, so the editor decides."""
        where, pid = last
        start, end = sentence_span(self.article, where)
        sentence = unquoted(self.article.paragraphs[where[0] - 1])[start:end]
        candidates = [self.by_id(pid), *(self.by_id(other) for other, _ in others)]
        speaker, _ = speaker_of(sentence, (where[0], start), self)
        if speaker is not None and speaker in candidates:
            return speaker, f"'{word}' taken as the speaker of the sentence before"
        names = ", ".join(sorted(c.name for c in candidates if c is not None))
        return None, (
            f"'{word}': more than one person named just before: {names}, in "
            f"{sentence_at(self.article, where)}"
        )

    def _named_with(
        self, last: tuple[int, int], earlier: list[tuple[tuple[int, int], str]]
    ) -> list[tuple[str, tuple[int, int]]]:
        """Other people named in the sentence where someone was named last: (id, where)."""
        start, end = sentence_span(self.article, last)
        last_id = earlier[-1][1]
        seen: dict[str, tuple[int, int]] = {}
        for where, pid in earlier:
            if where[0] == last[0] and start <= where[1] < end and pid != last_id:
                seen.setdefault(pid, where)
        return list(seen.items())

    def mentions(self) -> list[tuple[tuple[int, int], str]]:
        """Every mention of a person, described speaker or institution so far: (place, id),
        in reading order."""
        return sorted([*self._mentions, *self._institution_mentions])

    def last_institution(self, at: tuple[int, int], head: str | None = None) -> Found | None:
        for where, iid in reversed(self._institution_mentions):
            found = self.by_id(iid)
            if iid in self._unnamed:
                continue
            if where < at and found and (head is None or head in found.name.lower()):
                return found
        return None

    def last_titled(self, at: tuple[int, int], noun: str) -> Found | None:
        """The person or described speaker last mentioned with this title ("the
        spokesperson", "the source"), or None: no guess at anyone else."""
        earlier = [(where, pid) for where, pid in self._mentions if where < at]
        for _, pid in reversed(earlier):
            found = self.by_id(pid)
            words = f"{found.title or ''} {found.name}".lower() if found else ""
            if found and re.search(rf"\b{re.escape(noun)}\b", words):
                return found
        return None

    def unnamed(self, phrase: str, at: tuple[int, int]) -> Found:
        """A speaker the article describes without a name, recorded as mentioned at `at`
        (so that "he", "she" and "the spokesperson" after it are this speaker)."""
        known = self.institution(phrase, at)
        self._unnamed.add(known.id)
        self._mentions.append((at, known.id))
        self._mentions.sort()
        return known

    def institution(self, phrase: str, at: tuple[int, int]) -> Found:
        """The institution a phrase names ("the Air Force" is the "Ukraine’s Air Force"
        named before), recorded as mentioned at `at`."""
        bare = re.sub(r"^(?:the|The)\s+", "", phrase).strip()
        key = bare.lower().replace("’", "'")
        known = next(
            (
                i
                for i in reversed(self.institutions)
                if i.name.lower().replace("’", "'").endswith(key)
            ),
            None,
        )
        if known is None:
            side = first_side(bare)
            base = slug(bare) or "institution"
            ids = {f.id for f in [*self.people, *self.institutions]}
            new_id = base if base not in ids else f"{base}-{len(self.institutions) + 1}"
            known = Found(new_id, bare, "institution", None, side.id if side else None, *at)
            self.institutions.append(known)
        self._institution_mentions.append((at, known.id))
        self._institution_mentions.sort()
        return known

    def resolve(self, subject: str, at: tuple[int, int]) -> tuple[Found | None, str]:
        """Who a subject phrase ("he", "the spokeswoman", "Ukraine’s Air Force") refers to,
        and how that was decided."""
        # a blanked-out quotation (wide spaces) ends the phrase: the subject is after it
        subject = re.split(r"\s{2,}", subject.strip())[-1]
        subject = _LEADING.sub("", subject.strip(" ,;:—-")).strip()
        if not subject:
            return None, ""
        person = self.named_in(subject)
        if person is not None:
            return person, "named"
        if _PRONOUN.match(subject):
            return self.pronoun(subject, at)
        if _IT.match(subject):
            return self.last_institution(at), f"'{subject}' taken as the institution named last"
        subject = _AUXILIARIES.sub("", subject)  # "Regional officials had initially"
        role = _ROLE.match(subject)
        words = subject.lower().replace("’", "'").split()
        if role and words[-1].endswith("s") and words[-1][:-1] in _UNNAMED_HEADS - _VAGUE:
            return self.unnamed(subject, at), "named"  # "the regional governors said"
        if role and words[-1] in _UNNAMED_HEADS and words[-1] not in _VAGUE:
            found = self.last_titled(at, words[-1])
            if found is not None:
                return found, f"'{subject}' taken as the last {words[-1]} named"
            titled = [p for p in self.people if words[-1] in (p.title or "").lower().split()]
            if len(titled) == 1:  # "the city's mayor said", and Mayor X named later
                return titled[0], f"'{subject}' taken as the only {words[-1]} named"
            return self.unnamed(subject, at), "named"  # "the regional governor said": no name
        described = _UNNAMED.match(subject)
        if described and described.group(1).lower() in _UNNAMED_HEADS - _VAGUE:
            return self.unnamed(subject, at), "named"
        if len(words) <= 6 and any(w.strip(",") in INSTITUTION_HEADS for w in words):
            return self.institution(subject, at), "named"
        return None, ""


def _segments_before(text: str, verb_start: int) -> list[str]:
    """The comma-separated phrases before a verb, last first, asides left out."""
    before = text[max(verb_start - _REACH, 0) : verb_start]  # bounded: linear time
    segments: list[str] = []
    while len(segments) < 3:
        cut = max(before.rfind(","), before.rfind(";"), before.rfind("—"), before.rfind(" – "))
        phrase = before[cut + 1 :].lstrip(" –")  # " – " is cut at its first space
        if phrase.strip() and not _ASIDE.match(phrase):
            subordinate = list(_SUBORDINATE.finditer(phrase))
            segments.append((phrase[subordinate[-1].end() :] if subordinate else phrase).strip())
        elif segments or cut < 0:
            segments.append(phrase.strip())
        if cut < 0 or before[cut] in ";—–" or (segments and len(segments) >= 1 and cut < 0):
            break
        before = before[:cut]
    return segments


def subject_before(text: str, verb_start: int) -> str:
    """The phrase before a verb of saying, back to the clause's start (or `_REACH`
    characters back: no subject is longer, and each verb must not cost all the text;
    "meanwhile" and other asides in commas skipped)."""
    segments = _segments_before(text, verb_start)
    return segments[0] if segments else ""


def _described_before(text: str, verb_start: int) -> str | None:
    """ "a source in the SBU, Ukraine's security service, told": the described speaker
    before an appositive that explains a word of it."""
    segments = _segments_before(text, verb_start)
    if len(segments) < 2:
        return None
    described = _UNNAMED.match(segments[1])
    if described and described.group(1).lower() in _UNNAMED_HEADS - _VAGUE:
        return segments[1]
    return None


def speaker_of(
    clause: str,
    at: tuple[int, int],
    cast: Cast,
    leading: bool = False,
    verbs: re.Pattern[str] = SPEECH_VERB,
) -> tuple[Found | None, str]:
    """The speaker of an attribution clause ("Trump told reporters", "said X, a …",
    "according to a statement from …"), or (None, "") if it names nobody. With `leading`,
    the verb must open the clause (as after a quote: “…,” he said), not come later."""
    if leading:
        first = verbs.search(clause) or _ACCORDING.search(clause)
        if first is None or len(clause[: first.start()].split(None, _ATTRIBUTION_WORDS)) > (
            _ATTRIBUTION_WORDS
        ):
            return None, ""
    lead = len(clause) - len(clause.lstrip(" ,"))  # a verb at or before it opens the clause
    according = _ACCORDING.search(clause)
    if according:
        # "according to the head of the city's military administration, Tymur Tkachenko":
        # the name in the appositive, not the office
        person = _name_in_commas(clause[according.end() : according.end() + 90], cast)
        if person is not None:
            return person, "named"
        found = cast.resolve(according.group(1), at)
        if found[0] is not None:
            return found
    unsure = ""  # why a pronoun found nobody, with the candidates
    for verb in itertools.islice(verbs.finditer(clause), _MOST_VERBS):
        found = cast.resolve(subject_before(clause, verb.start()), at)
        if found[0] is None and found[1]:
            unsure = unsure or found[1]
            continue
        described = _described_before(clause, verb.start())
        if described and (found[0] is None or found[0].kind == "institution"):
            found = cast.resolve(described, at)
        if found[0] is not None and found[0].kind == "institution":
            # "Volodymyr Zelenskyy, Ukraine’s president, said": the name before the title
            segments = _segments_before(clause, verb.start())
            named = cast.named_in(segments[1]) if len(segments) > 1 else None
            if named is not None and len(segments[1].split()) <= len(named.name.split()) + 1:
                found = (named, "named")
        if found[0] is None:
            found = _after_verb(clause, verb.end(), at, cast, leading)
        if found[0] is None and verb.start() <= lead:
            continue
        if found[0] is None:  # "Melnyk, chief executive of …, said": the name is earlier
            person = cast.named_in(clause[max(verb.start() - _REACH, 0) : verb.start()])
            found = (person, "named") if person else found
        if found[0] is not None:
            return found
    return None, unsure


def _name_in_commas(text: str, cast: Cast) -> Found | None:
    """The person whose name, and nothing more, follows in commas: ", Tymur Tkachenko." (not
    ", while Governor Ivan Petrov said …": another clause)."""
    appositive = re.match(r",\s*([A-Z][^,.;]{1,60})(?:[,.;]|$)", text)
    if appositive is None:
        return None
    person = cast.named_in(appositive.group(1))
    words = appositive.group(1).split()
    return person if person and len(words) <= len(person.name.split()) + 1 else None


def _after_verb(
    clause: str, end: int, at: tuple[int, int], cast: Cast, leading: bool = False
) -> tuple[Found | None, str]:
    text = clause[end : end + _REACH]
    after = re.match(r"\s+((?:the |The )?[A-Z][^,.;]*|the [a-z]+)", text)
    if after is None and leading:
        # “…,” said a resident of the building: described, after a quote only ("officials
        # said a man in the building died" names the dead, not a source)
        after = re.match(r"\s+((?:a|an) [^,.;]{2,60})", text)
    if not after:
        return None, ""
    # "said Zelenskyy's chief of staff, Andriy Yermak": the name in the appositive
    person = _name_in_commas(text[after.end() :], cast)
    if person is not None and cast.named_in(after.group(1)) is None:
        return person, "named"
    return cast.resolve(after.group(1), at)
