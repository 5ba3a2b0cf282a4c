"""The last gate before a generated page reaches the site builder: its front matter must
read back as YAML.

MkDocs (and other Markdown site builders) read a page's front matter leniently: a block
that does not parse is left in the page as Markdown, raw HTML and all, and the page loses
its title and sharing tags. So no page whose front matter does not read back is ever
handed over: it becomes a build error instead, whatever field a future change adds.
"""

from __future__ import annotations

import re

import yaml
from yaml.reader import ReaderError

from generator.errors import Problem
from generator.web.files import GeneratedFile

# MkDocs reads front matter with PyYAML's SafeLoader; libyaml's refuses the same
# characters and is ten times faster (every page of every build passes here).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# MkDocs' own pattern (mkdocs/utils/meta.py): what a builder takes for front matter.
_FRONT_MATTER = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def front_matter_problem(page: GeneratedFile) -> Problem | None:
    """Why the generated Markdown page's front matter would not be read, if it would not."""
    if not page.src.endswith(".md") or not isinstance(page.content, str):
        return None
    if not page.content.startswith("---"):
        return None  # a page without front matter
    found = _FRONT_MATTER.match(page.content)
    reason = "its closing `---` line is missing"
    if found:
        try:
            data = yaml.load(found.group(1), Loader=_LOADER)
        except ReaderError as exc:
            code = exc.character if isinstance(exc.character, int) else ord(exc.character)
            reason = f"character U+{code:04X} is not allowed in YAML (position {exc.position})"
        except yaml.YAMLError as exc:
            reason = " ".join(str(exc).split())
        else:
            if isinstance(data, dict):
                return None
            reason = "it is not a mapping of keys"
    return Problem(
        f"(generated page) {page.src}",
        0,
        0,
        f"the page's front matter would not be read: {reason}",
        "the page is left out: this is a bug of the generator, please report it with the "
        "fact sheet that made the page",
    )


def readable_pages(files: list[GeneratedFile]) -> tuple[list[GeneratedFile], list[Problem]]:
    """The files without the pages whose front matter would not be read, and why not."""
    kept, problems = [], []
    for generated in files:
        problem = front_matter_problem(generated)
        if problem is None:
            kept.append(generated)
        else:
            problems.append(problem)
    return kept, problems
