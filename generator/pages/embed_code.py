"""The code an editor elsewhere pastes to embed a chart or table: an <iframe> that takes
the height of its content, and the small host script that sizes it."""

from __future__ import annotations

from dataclasses import dataclass

from generator.web.templating import render

HOST_SCRIPT = "embed/embed-host.js"  # under assets/explainer/


@dataclass(frozen=True)
class EmbedCode:
    name: str  # "chart-launches": the page is /<slug>/embed/<name>/
    title: str  # the iframe's accessible name on the host page
    url: str  # absolute, for other sites
    href: str  # relative, from the explainer page
    code: str  # HTML to paste, as text (escaped again wherever it is shown)


def embed_code(name: str, embed_id: str, title: str, url: str, href: str, host_script: str,
               height: int) -> EmbedCode:  # fmt: skip
    code = render("embed_code.html.j2", embed_id=embed_id, title=title, url=url,
                  host_script=host_script, height=height).strip()  # fmt: skip
    return EmbedCode(name, title, url, href, code)
