"""The browser test harness: real MkDocs builds, a real local web server, real Chromium.

- `copy_project` copies the site's sources (mkdocs.yml, content/, seeds/, site_overrides/)
  to a temporary folder, so a test can change a story without touching the repository.
- `mkdocs_build` runs the real `mkdocs build` command.
- `SiteServer` serves a built site on localhost (gzip optional, as GitHub Pages does) and
  records every request, so tests can assert that nothing else was asked for.
- `launch_chromium` starts Debian's chromium through Playwright (never a downloaded
  browser); `axe_violations` runs axe-core, loaded from the npm package on disk.

Material only navigates instantly when `site_url` matches the page's origin, port
included: builds for browser tests set SITE_URL to the server's own address.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[2]
PROJECT_PARTS = ("mkdocs.yml", "content", "seeds", "site_overrides")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
# A fixed build time (MkDocs writes it into the sitemap), so two builds are identical.
SOURCE_DATE_EPOCH = "1747699200"  # 2025-05-20


def copy_project(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = REPO / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


def mkdocs_env(site_url: str | None = None, **extra: str) -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH}
    if site_url:
        env["SITE_URL"] = site_url
    env.update(extra)
    return env


def mkdocs_build(
    project: Path, site_dir: Path, *, site_url: str | None = None, strict: bool = True,
    config: str = "mkdocs.yml", quiet: bool = True,
) -> subprocess.CompletedProcess[str]:  # fmt: skip
    """`quiet` (-q) hides warnings, and MkDocs then does not count them: a build that
    must fail on a warning under --strict needs quiet=False."""
    command = [sys.executable, "-m", "mkdocs", "build", *(["-q"] if quiet else []),
               "-f", str(project / config), "-d", str(site_dir)]  # fmt: skip
    if strict:
        command.append("--strict")
    return subprocess.run(command, capture_output=True, text=True, cwd=project,
                          env=mkdocs_env(site_url), timeout=300)  # fmt: skip


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class _Handler(SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: under the server's prefix only, a folder by
    its index.html, and any address it does not have by 404.html with status 404."""

    gzip_types = (".html", ".css", ".js", ".json", ".svg", ".xml", ".csv", ".txt")

    def __init__(self, *args: Any, server_state: SiteServer, **kwargs: Any) -> None:
        self.state = server_state
        self.asked = ""
        super().__init__(*args, directory=str(server_state.root), **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        self.state.requests.append(self.asked or self.path)

    def send_head(self) -> Any:
        self.asked = self.path
        address = urlsplit(self.path).path
        base = "/" + self.state.prefix
        if not address.startswith(base):
            return self._not_found()
        self.path = "/" + self.path[len(base) :]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not address.endswith("/"):
                self.send_response(301)
                self.send_header("Location", address + "/")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            path = path / "index.html"
        if not path.is_file():
            return self._not_found()
        if not self.state.gzip:
            return super().send_head()
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in self.gzip_types):
            return super().send_head()
        return self._body(200, gzip.compress(path.read_bytes(), mtime=0), path, "gzip")

    def _not_found(self) -> Any:
        page = self.state.root / "404.html"
        if not page.is_file():
            self.send_error(404)
            return None
        return self._body(404, page.read_bytes(), page)

    def _body(self, status: int, body: bytes, path: Path, encoding: str = "") -> io.BytesIO:
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


@dataclass
class SiteServer:
    """A built site served on 127.0.0.1; `url` ends with '/'."""

    root: Path
    port: int = field(default_factory=free_port)
    gzip: bool = False
    prefix: str = ""  # a project sub-path, e.g. "repo/": the site is served under it
    requests: list[str] = field(default_factory=list)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"{self.origin}/{self.prefix}"

    @contextmanager
    def running(self) -> Iterator[SiteServer]:
        handler = partial(_Handler, server_state=self)
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), handler)
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            httpd.shutdown()
            httpd.server_close()


CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]  # fmt: skip


def launch_chromium(playwright: Any) -> Any:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@dataclass
class PageWatch:
    """What a page did that a reader would not want: errors and requests off the site."""

    origin: str
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("request", self._request)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def _request(self, request: Any) -> None:
        self.requests.append(request.url)
        if not request.url.startswith((self.origin, "data:", "blob:", "about:")):
            self.foreign_requests.append(request.url)

    def assert_clean(self) -> None:
        assert self.console_errors == [], self.console_errors
        assert self.page_errors == [], self.page_errors
        assert self.foreign_requests == [], self.foreign_requests


def axe_violations(page: Any, impacts: tuple[str, ...] = ("serious", "critical"),
                   within: str | None = None) -> list[Any]:  # fmt: skip
    """axe-core's violations of the given impacts, with every rule enabled, in the whole
    page or `within` the element a CSS selector names."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    result = page.evaluate(
        "async (within) => await axe.run(within ? document.querySelector(within) : document,"
        " {resultTypes: ['violations']})",
        within,
    )
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5],
         "help": v["help"]}
        for v in result["violations"] if v["impact"] in impacts
    ]  # fmt: skip


def set_palette(page: Any, scheme: str) -> None:
    """Switch Material's palette with its own toggle until the body shows `scheme`."""
    for _ in range(3):
        if page.evaluate("() => document.body.getAttribute('data-md-color-scheme')") == scheme:
            return
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function(
            "() => !document.body.hasAttribute('data-md-color-switching')", timeout=5000
        )
    raise AssertionError(f"palette did not switch to {scheme}")
