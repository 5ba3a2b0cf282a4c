"""The positions table: issues by parties (or the reverse), one cell per stance, and what
its party and issue filters offer."""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet.model import FactSheet, Position, Stance, TableRows
from generator.pages.ids import position_id, quote_id
from generator.pages.sections import Href, Quoted
from generator.pages.sections.key_figures import party_name
from generator.pages.sections.quotes import CHANNEL_NOT_STATED, quote_text
from generator.web.bidi import isolate

STANCES = {
    Stance.SUPPORTS: ("Supports", "✓"),
    Stance.OPPOSES: ("Opposes", "✕"),
    Stance.CONDITIONAL: ("Conditional", "◐"),
    Stance.UNCLEAR: ("Unclear", "?"),
    Stance.TODO: ("TODO", "…"),
}
NOT_STATED = "not-stated"
NOT_STATED_LABEL = "Not stated in the article"
CAPTION = "Where each party stands, issue by issue"


@dataclass(frozen=True)
class PositionCell:
    id: str
    party_id: str
    issue_id: str
    party: str
    issue: str
    heading: str  # the name of its column, shown above the cell when the table is cards
    stance: str  # a Stance value, or NOT_STATED
    stance_label: str
    icon: str
    summary: str = ""
    quote: str = ""  # the article's words; the fragments of a split quote joined by " … "
    quote_by: str = ""  # "Volodymyr Zelenskyy, Telegram post"
    quote_href: str | None = None
    href: str | None = None


@dataclass(frozen=True)
class TableLine:
    """A row of the table: an issue (with parties as columns) or a party."""

    kind: str  # "issue" or "party": which filter the row answers to
    id: str
    name: str
    cells: tuple[PositionCell, ...]


@dataclass(frozen=True)
class PositionsTable:
    caption: str
    row_header: str  # "Issue" or "Party"
    column_kind: str  # "party" or "issue"
    columns: tuple[tuple[str, str], ...]  # (id, name)
    rows: tuple[TableLine, ...]
    parties: tuple[tuple[str, str], ...]  # (id, name), for the party filter
    issues: tuple[tuple[str, str], ...]  # (id, name), for the issue filter

    @property
    def showing_all(self) -> str:
        """The filters' status line when nothing is filtered out, worded as positions.js
        words it after each change ("Showing Russia on all 6 issues.")."""
        parties = _every(len(self.parties), "party", "parties")
        return f"Showing {parties} on {_every(len(self.issues), 'issue', 'issues')}."

    @property
    def not_stated(self) -> int:
        """How many cells say a party did not address an issue: folded until the reader
        asks for them (positions.css), so the table shows what was said first."""
        return sum(cell.stance == NOT_STATED for row in self.rows for cell in row.cells)


def _every(count: int, one: str, many: str) -> str:
    return f"the one {one}" if count == 1 else f"all {count} {many}"


def positions_table(facts: FactSheet, href: Href, quoted: Quoted) -> PositionsTable | None:
    if not facts.issues:
        return None
    parties = tuple((p.id, p.name) for p in facts.parties)
    issues = tuple((i.id, i.name) for i in facts.issues)

    def cell(issue_index: int, party_id: str, heading: str) -> PositionCell:
        issue = facts.issues[issue_index]
        position = issue.positions.get(party_id)
        return _cell(facts, issue.id, issue.name, party_id, position, heading, href, quoted)

    if facts.table_rows is TableRows.PARTIES:
        by_party = tuple(
            TableLine(
                "party",
                pid,
                pname,
                tuple(cell(n, pid, iname) for n, (_, iname) in enumerate(issues)),
            )
            for pid, pname in parties
        )
        return PositionsTable(CAPTION, "Party", "issue", issues, by_party, parties, issues)
    by_issue = tuple(
        TableLine("issue", iid, iname, tuple(cell(n, pid, pname) for pid, pname in parties))
        for n, (iid, iname) in enumerate(issues)
    )
    return PositionsTable(CAPTION, "Issue", "party", parties, by_issue, parties, issues)


def _cell(
    facts: FactSheet,
    issue_id: str,
    issue_name: str,
    party_id: str,
    position: Position | None,
    heading: str,
    href: Href,
    quoted: Quoted,
) -> PositionCell:
    pid = position_id(issue_id, party_id)
    party = party_name(facts, party_id)
    if position is None:
        return PositionCell(
            pid, party_id, issue_id, party, issue_name, heading, NOT_STATED, NOT_STATED_LABEL, "—"
        )
    label, icon = STANCES[position.stance]
    quote = facts.quote(position.quote)
    speaker = facts.person(quote.speaker) if quote else None
    quote_by = ""
    if quote:
        name = speaker.name if speaker else quote.speaker
        where = quote.channel.name if quote.channel else f"where: {CHANNEL_NOT_STATED}"
        quote_by = f"{isolate(name)}, {isolate(where)}"
    return PositionCell(
        pid,
        party_id,
        issue_id,
        party,
        issue_name,
        heading,
        position.stance.value,
        label,
        icon,
        position.summary,
        quote_text(quote, quoted) if quote else "",
        quote_by,
        "#" + quote_id(quote.id) if quote else None,
        href(pid),
    )
