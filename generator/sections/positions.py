"""The positions table: issues by parties (or the reverse), one cell per stance."""

from __future__ import annotations

from dataclasses import dataclass

from generator.factsheet import FactSheet, Position, Stance, TableRows
from generator.ids import position_id, quote_id
from generator.sections import Href
from generator.sections.key_figures import party_name

STANCES = {
    Stance.SUPPORTS: ("Supports", "✓"),
    Stance.OPPOSES: ("Opposes", "✕"),
    Stance.CONDITIONAL: ("Conditional", "◐"),
    Stance.UNCLEAR: ("Unclear", "?"),
    Stance.TODO: ("TODO", "…"),
}
NOT_STATED_LABEL = "Not stated in the article"


@dataclass(frozen=True)
class Cell:
    id: str
    row: str
    column: str
    party: str
    issue: str
    stance: str  # a Stance value, or "not-stated"
    stance_label: str
    icon: str
    summary: str = ""
    quote: str = ""
    quote_href: str | None = None
    href: str | None = None


@dataclass(frozen=True)
class PositionsTable:
    caption: str
    row_header: str
    columns: tuple[tuple[str, str], ...]  # (id, name)
    rows: tuple[tuple[str, str, tuple[Cell, ...]], ...]  # (id, name, cells)


def positions_table(facts: FactSheet, href: Href) -> PositionsTable | None:
    if not facts.issues:
        return None
    parties = [(p.id, p.name) for p in facts.parties]
    issues = [(i.id, i.name) for i in facts.issues]

    def cell(issue_id: str, party_id: str, row: str, column: str) -> Cell:
        issue = next(i for i in facts.issues if i.id == issue_id)
        return _cell(
            facts, issue_id, issue.name, party_id, issue.positions.get(party_id), row, column, href
        )

    caption = "Where each party stands, issue by issue"
    if facts.table_rows is TableRows.PARTIES:
        rows = tuple(
            (pid, name, tuple(cell(iid, pid, name, iname) for iid, iname in issues))
            for pid, name in parties
        )
        return PositionsTable(caption, "Party", tuple(issues), rows)
    rows = tuple(
        (iid, name, tuple(cell(iid, pid, name, pname) for pid, pname in parties))
        for iid, name in issues
    )
    return PositionsTable(caption, "Issue", tuple(parties), rows)


def _cell(
    facts: FactSheet,
    issue_id: str,
    issue_name: str,
    party_id: str,
    position: Position | None,
    row: str,
    column: str,
    href: Href,
) -> Cell:
    pid = position_id(issue_id, party_id)
    party = party_name(facts, party_id)
    if position is None:
        return Cell(pid, row, column, party, issue_name, "not-stated", NOT_STATED_LABEL, "—")
    label, icon = STANCES[position.stance]
    quote = facts.quote(position.quote)
    quote_text = " … ".join(w.text for w in quote.words) if quote else ""
    return Cell(
        pid,
        row,
        column,
        party,
        issue_name,
        position.stance.value,
        label,
        icon,
        position.summary,
        quote_text,
        "#" + quote_id(quote.id) if quote else None,
        href(pid),
    )
