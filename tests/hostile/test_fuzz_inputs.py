"""Whatever an editor saves or a newsroom downloads, the answer is a clean result or a clean
list of problems: never a traceback, never a hang.

Property-based (Hypothesis, derandomised so CI is repeatable, no deadline since the machine
may be busy); a per-test timeout guards against hangs.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.airforce.importer import read_dataset
from generator.errors import ExplainerError, Problem
from generator.factsheet.loader import load_story
from tests.support.project import FIXTURES, REPO, SEED_FACTS

pytestmark = pytest.mark.timeout(240)

FUZZ = settings(
    derandomize=True,
    deadline=None,
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JUNK = [
    "no",
    "~",
    "1e3",
    "-5",
    "[",
    "{}",
    "*a",
    "&a x",
    "TODO",
    '"',
    "'",
    ": :",
    "0x10",
    "108.0",
    "|",
]
SEED_TEXT = SEED_FACTS.read_text(encoding="utf-8")
SAMPLE_CSV = (FIXTURES / "airforce" / "airforce-reports-2025-05-10_18.csv").read_text(
    encoding="utf-8"
)


def load(tmp_path: Path, data: bytes) -> tuple[object, tuple[Problem, ...]]:
    path = tmp_path / "facts.yaml"
    path.write_bytes(data)
    result = load_story(path, REPO, display="facts.yaml")
    for problem in result.problems:
        assert problem.path == "facts.yaml" and problem.message
        assert problem.line >= 0 and problem.col >= 0
    if result.story is None:
        assert result.errors, "no model and no error"
    return result.story, result.problems


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    """The seed fact sheet with a few edits of the kinds a hurried editor makes."""
    lines = SEED_TEXT.split("\n")
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        edit = draw(
            st.sampled_from(
                ["delete", "duplicate", "indent", "dedent", "tab", "replace", "truncate", "insert"]
            )
        )
        line = lines[at]
        if edit == "delete":
            del lines[at]
        elif edit == "duplicate":
            lines.insert(at, line)
        elif edit == "indent":
            lines[at] = "  " + line
        elif edit == "dedent":
            lines[at] = line[2:]
        elif edit == "tab":
            lines[at] = "\t" + line.lstrip()
        elif edit == "truncate":
            lines[at] = line[: draw(st.integers(0, max(len(line) - 1, 0)))]
        elif edit == "insert":
            lines.insert(at, draw(st.text(max_size=30)))
        else:
            junk = draw(st.sampled_from(JUNK))
            key = line.split(":")[0]
            lines[at] = f"{key}: {junk}" if ":" in line else junk
        if not lines:
            break
    return "\n".join(lines)


@FUZZ
@given(data=st.binary(max_size=2000))
def test_any_bytes_give_a_clean_answer(tmp_path: Path, data: bytes) -> None:
    load(tmp_path, data)


@FUZZ
@given(text=mutated_seed())
def test_an_edited_seed_gives_a_clean_answer(tmp_path: Path, text: str) -> None:
    load(tmp_path, text.encode("utf-8"))


@FUZZ
@given(
    text=st.text(
        alphabet=st.sampled_from(list("ab:- \n\t[]{}&*!|>'\"#,?%@`0123TODO")), max_size=300
    )
)
def test_yaml_like_noise_gives_a_clean_answer(tmp_path: Path, text: str) -> None:
    load(tmp_path, text.encode("utf-8"))


def import_csv(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "reports.csv"
    path.write_bytes(data)
    try:
        imported = read_dataset(path, "reports.csv")
    except ExplainerError as error:
        assert error.problems and all(p.message for p in error.problems)
        return
    info = imported.data.info
    assert info.imported + len(info.skipped) == info.rows


@st.composite
def mutated_csv(draw: st.DrawFn) -> bytes:
    """The real excerpt with cells, rows and line ends changed."""
    lines = SAMPLE_CSV.split("\n")
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(lines) - 1))
        cells = lines[at].split(",")
        cell = draw(st.integers(0, max(len(cells) - 1, 0)))
        edit = draw(st.sampled_from(["cell", "drop-row", "drop-cell", "swap", "crlf", "quote"]))
        if edit == "cell":
            cells[cell] = draw(
                st.sampled_from(
                    ["", "NaN", "-1", "1e9", "abc", "108.5", "2025-13-40", "\u041c", "=1+1", '"']
                )
            )
            lines[at] = ",".join(cells)
        elif edit == "drop-row":
            del lines[at]
        elif edit == "drop-cell":
            lines[at] = ",".join(cells[:cell] + cells[cell + 1 :])
        elif edit == "swap" and len(lines) > 1:
            lines[0], lines[at] = lines[at], lines[0]
        elif edit == "crlf":
            lines[at] += "\r"
        else:
            lines[at] = '"' + lines[at]
        if not lines:
            break
    prefix = draw(st.sampled_from([b"", b"\xef\xbb\xbf"]))
    return prefix + "\n".join(lines).encode("utf-8")


@FUZZ
@given(data=mutated_csv())
def test_an_edited_dataset_gives_a_clean_answer(tmp_path: Path, data: bytes) -> None:
    import_csv(tmp_path, data)


@FUZZ
@given(data=st.binary(max_size=1500))
def test_any_bytes_as_a_dataset_give_a_clean_answer(tmp_path: Path, data: bytes) -> None:
    import_csv(tmp_path, data)
