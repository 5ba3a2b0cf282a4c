"""`explainer check` on hostile or broken files: a clear answer, promptly, never a hang,
a MemoryError or a traceback. (Speed is measured in bench/, not asserted here.)"""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.support.project import RulesProject

pytestmark = pytest.mark.timeout(20)


def test_oversized_file_is_refused_before_parsing(rules: RulesProject) -> None:
    rules.write("# " + "x" * (600 * 1024) + "\n")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "night.yaml: is 600 KB; a fact sheet may be at most 512 KB\n"
        "    split it, or check that this is the file you meant\n"
    )


def test_alias_expansion_bomb_is_refused(rules: RulesProject) -> None:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)
    ]
    rules.write("\n".join(lines) + "\n")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "night.yaml:1:4: anchors and aliases (&name, *name) are not allowed in a fact sheet\n"
        "    write the value out in full where it is needed\n"
    )


def test_deep_nesting_is_refused(rules: RulesProject) -> None:
    rules.write("slug: " + "[" * 100_000 + "]" * 100_000 + "\n")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "night.yaml:1:18: nested more than 12 levels deep\n"
        "    a fact sheet needs only a few levels; check the indentation and brackets\n"
    )


def test_control_character_is_reported_at_its_place(rules: RulesProject) -> None:
    rules.edit("byline: A. Editor", "byline: A. Ed\x07itor")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "night.yaml:7:14: control character U+0007 is not allowed\n"
        "    delete it (it is often pasted in invisibly from a web page)\n"
    )


def test_several_documents_in_one_file_are_refused(rules: RulesProject) -> None:
    rules.write(rules.valid + "---\nslug: other\n")
    result = rules.check()
    assert result.exit_code == 1
    assert "expected a single document" in result.stderr
    assert "a fact sheet is one document: remove the '---' line" in result.stderr


def test_missing_file_exits_1(rules: RulesProject) -> None:
    result = rules.check("nothing.yaml")
    assert (result.exit_code, result.stderr) == (
        1,
        "nothing.yaml: fact sheet not found\n    check the path and the file name\n"
        "1 fact sheet checked: 1 error(s), 0 warning(s)\n",
    )


def test_folder_instead_of_file_exits_1(rules: RulesProject) -> None:
    result = rules.check("seeds")
    assert result.exit_code == 1
    assert result.stderr.startswith("seeds: is a folder, not a fact sheet\n")


def test_all_files_are_checked_in_one_run(rules: RulesProject) -> None:
    rules.write(rules.valid.replace("count: 25", "count: 52"), "other.yaml")
    result = rules.check("night.yaml", "other.yaml", "missing.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "3 fact sheets checked: 3 error(s), 0 warning(s)"
    assert [
        line.split(":")[0]
        for line in result.stderr.splitlines()
        if not line.startswith((" ", "3 fact"))
    ] == ["missing.yaml", "other.yaml", "other.yaml"]


def test_bad_usage_exits_2(rules: RulesProject) -> None:
    result = rules.check("--no-such-option")
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\xff\xfe\x00\x00",
        b"slug: [",
        b"{",
        b"- - - -",
        b"? a\n: b",
        b"!!python/object:os.system x",
        b"slug: !!binary aGVsbG8=",
        b"\x00\x01\x02",
        b"key: 'unterminated",
        b"a:\n  - b\n - c",
    ],
)
def test_the_command_never_prints_a_traceback(rules: RulesProject, content: bytes) -> None:
    path = rules.write(content)
    done = subprocess.run(
        [sys.executable, "-m", "generator", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=rules.root,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(path.name + ":")


@pytest.mark.parametrize(
    ("content", "message"),
    [("slug: " + "[" * 5000 + "]" * 5000, "night.yaml:1:18: nested more than 12 levels deep"),
     ("a: &a [1]\nb: *a\n", "night.yaml:1:4: anchors and aliases (&name, *name) are not "
      "allowed in a fact sheet")],
)  # fmt: skip
def test_hostile_input_is_refused_without_libyaml_too(
    rules: RulesProject, monkeypatch: pytest.MonkeyPatch, content: str, message: str
) -> None:
    import yaml

    monkeypatch.setattr(yaml, "__with_libyaml__", False)
    rules.write(content + "\n")
    result = rules.check()
    assert result.exit_code == 1
    assert result.stderr.startswith(message + "\n")
