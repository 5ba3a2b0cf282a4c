"""The sections of an explainer page, one module each: what its template needs, worked
out from the typed model. `Href` turns a fact's element id into the link to its passage
on the article page (None when the fact has no passage); `Quoted` turns a quote's words,
as the fact sheet gives them, into the article's own characters for them."""

from collections.abc import Callable

Href = Callable[[str], str | None]
Quoted = Callable[[str], str]
