"""The package's layout is its architecture: each folder is a stage of the pipeline, and
imports only run down the stages. Read from the source (AST), so a violation fails here
before anyone has to notice it in review."""

from __future__ import annotations

import ast

from tests.support.project import REPO

PACKAGE = REPO / "generator"

# Stages from the floor up. A module may import from its own stage's package and from
# lower stages, never from a higher one nor from a sibling wing of its own stage.
STAGES: dict[str, int] = {
    "errors": 0,
    "web": 0,
    "yamlformat": 1,
    "article": 2,
    "factsheet": 3,
    "airforce": 4,
    "drafting": 4,
    "charts": 5,
    "pages": 6,
    "build": 7,
    "cli": 8,
    "mkdocs_plugin": 8,
    "__main__": 9,
}


def _part(module: str) -> str:
    """The stage a dotted module name (generator.x.y) belongs to."""
    return module.split(".")[1]


def _imports() -> list[tuple[str, str, str]]:
    """(file, importing stage, imported module) for every import in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(REPO).with_suffix("")
        own = relative.parts[1] if len(relative.parts) > 1 else ""
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            found += [(relative.as_posix(), own, name) for name in names]
    return found


def test_every_folder_of_the_package_is_a_known_stage() -> None:
    folders = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert folders | modules == set(STAGES)


def test_only_the_mkdocs_plugin_imports_mkdocs() -> None:
    offenders = [
        (file, name)
        for file, own, name in _imports()
        if name.split(".")[0] in ("mkdocs", "material") and own != "mkdocs_plugin"
    ]
    assert offenders == []


def test_imports_never_run_up_the_pipeline() -> None:
    offenders = []
    for file, own, name in _imports():
        if not name.startswith("generator.") or own in ("__init__", ""):
            continue
        theirs = _part(name)
        if theirs == own:
            continue
        if STAGES[theirs] >= STAGES[own]:
            offenders.append(f"{file} imports {name}")
    assert offenders == []


def test_inputs_never_import_what_is_published() -> None:
    inputs = ("yamlformat", "article", "factsheet")
    published = ("generator.pages", "generator.charts", "generator.build")
    offenders = [
        f"{file} imports {name}"
        for file, own, name in _imports()
        if own in inputs and name.startswith(published)
    ]
    assert offenders == []
