"""Element ids of facts on an explainer page. They are part of the page's public address
(`/<slug>/#fig-…`), used by links from the article page and by embeds: keep them stable."""


def figure_id(report_id: str, key: str) -> str:
    return f"fig-{report_id}-{key.replace('_', '-')}"


def impact_figure_id(key: str) -> str:
    """A figure of the attack's toll (`impact:`): "--" is in no report's id."""
    return figure_id("-impact", key)


def quote_id(quote: str) -> str:
    return f"quote-{quote}"


def position_id(issue: str, party: str) -> str:
    return f"pos-{issue}-{party}"


def event_id(number: int) -> str:
    return f"event-{number}"


def speaker_id(person: str) -> str:
    return f"speaker-{person}"


def report_id(report: str) -> str:
    return f"report-{report}"


def context_id(report: str) -> str:
    """The context of a strike report's night (the Air Force data's figures)."""
    return f"context-{report}"
