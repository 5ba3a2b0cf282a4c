"""The core turns fact sheets into Markdown without MkDocs: another site builder can use it."""

from __future__ import annotations

import subprocess
import sys

from tests.support.project import REPO


def test_core_modules_never_import_mkdocs() -> None:
    code = (
        "import sys, pathlib\n"
        "from generator import cli\n"
        "from generator.build import site\n"
        "from generator.factsheet import loader\n"
        "from generator.build.site import SiteOptions, generate\n"
        "generate(pathlib.Path('.'), pathlib.Path('content'), SiteOptions())\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('mkdocs', 'material')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert done.stdout.strip() == "[]"
