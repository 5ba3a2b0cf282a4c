"""The tracker page and the explainer's night in context, as `mkdocs build` publishes them
from the committed data file (the 114-row excerpt of the Air Force reports) and the seed
story: what a reader gets, what an editor relies on, and a project without data."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urljoin, urlparse

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.airforce.model import CREDIT, DATASET_URL
from tests.support.harness import copy_project, mkdocs_build
from tests.support.project import REPO, SEED_SLUG, BuiltSite, run_cli

pytestmark = pytest.mark.timeout(300)

SEED_POST = "https://www.facebook.com/kpszsu/posts/pfbid02bmamJy6D32F2bRNHdy9yzNW7uXbxoUccsYemPBXC7APZABC5kpZ5stFkcfF1j26vl"
MEDIAN_POST = "https://www.facebook.com/kpszsu/posts/pfbid04F4kZPzZubc3XtzJ6MSStRwX7kDKtDDibDQ5yFkuEhDBWiPF4JQYpxVsAtFHG9Ggl"
MAXIMUM_POST = "https://www.facebook.com/kpszsu/posts/pfbid098b1wLqRJTY1zEARExkkmiFhTsgNAw85ebeEw9nzENtvKYweEYUxLVvt3733A3JYl"


def page(site: BuiltSite, path: str) -> BeautifulSoup:
    return BeautifulSoup(site.html(path), "html.parser")


def texts(elements: list) -> list[str]:
    return [" ".join(e.get_text(" ", strip=True).split()) for e in elements]


def lands_on(site: BuiltSite, from_path: str, href: str) -> str:
    """The page (folder) a relative link from `from_path` leads to."""
    return urlparse(urljoin(f"http://site/{from_path}/", href)).path.strip("/")


def test_tracker_shows_the_seed_night_108_launched_35_shot_down_58_suppressed(
    seed_site: BuiltSite,
) -> None:
    tracker = page(seed_site, "tracker")
    row = tracker.select_one('#chart-drones tr[data-bar="2025-05-19"]')
    assert texts(row.select("td")) == [
        "108",
        "35 (32%)",
        "58 (54%)",
        "15 (14%), derived",
        "131.7, derived",
    ]
    assert texts(row.select("th")) == ["19 May Explainer : " + seed_headline()]
    assert lands_on(seed_site, "tracker", row.select_one("a")["href"]) == SEED_SLUG
    titles = texts(tracker.select('#chart-drones .chart-static g[data-bar="2025-05-19"] title'))
    assert (
        titles
        == [
            "19 May: 108 launched, 35 shot down, 58 suppressed by electronic warfare, "
            "15 unaccounted for"
        ]
        * 2
    )  # the phone's drawing and the wider one
    rate = tracker.select_one('#chart-interception tr[data-bar="2025-05-19"]')
    assert texts(rate.select("td")) == ["86.1%, derived", "32.4%, derived", "Not reported"]


def seed_headline() -> str:
    from tests.support.chart_facts import seed_facts

    return seed_facts().headline


def test_tracker_lists_the_nights_with_an_explainer_and_their_figures(
    seed_site: BuiltSite,
) -> None:
    tracker = page(seed_site, "tracker")
    items = tracker.select("ul.tracker-explainers li")
    assert texts(items) == [
        f"19 May 2025 : {seed_headline()} . Ukrainian Air Force: 108 drones launched, "
        "35 shot down, 58 suppressed."
    ]
    assert lands_on(seed_site, "tracker", items[0].a["href"]) == SEED_SLUG
    options = tracker.select("#tracker-around option")
    assert [(o["value"], o.get_text()) for o in options] == [
        ("", "Choose a night…"),
        ("2025-05-19", f"19 May 2025: {seed_headline()}"),
    ]
    radios = tracker.select("form.chart-range input[type=radio]")
    assert [(r["value"], r.has_attr("checked")) for r in radios] == [
        ("30", True),
        ("all", False),
    ]
    assert tracker.select_one("form.chart-range")["data-chart-range"] == (
        "chart-drones chart-missiles chart-interception"
    )


def test_nights_without_a_national_report_say_so_in_the_tracker_never_zero(
    seed_site: BuiltSite,
) -> None:
    tracker = page(seed_site, "tracker")
    for night in ("2025-05-08", "2025-05-09"):
        cells = tracker.select(f'#chart-drones tr[data-bar="{night}"] td')
        assert [(c.get("colspan"), c.get_text()) for c in cells] == [("5", "No national report")]
        bands = tracker.select(f'#chart-drones g[data-bar="{night}"] rect.c-gap')
        assert len(bands) == 2
    assert "0" not in texts(tracker.select("#chart-drones td"))


def test_tracker_credits_the_dataset_with_its_link(seed_site: BuiltSite) -> None:
    tracker = page(seed_site, "tracker")
    credits = [a for a in tracker.select("a") if a.get_text() == CREDIT]
    assert [a["href"] for a in credits] == [DATASET_URL, DATASET_URL]
    for chart in ("drones", "missiles", "interception"):
        sources = tracker.select_one(f"#chart-{chart} .chart-sources").get_text()
        assert CREDIT in sources


def test_tracker_downloads_hold_every_night(seed_site: BuiltSite) -> None:
    tracker = page(seed_site, "tracker")
    folder = seed_site.site / "tracker" / "data"
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{chart}{suffix}"
        for chart in ("drones", "missiles", "interception")
        for suffix in (".csv", ".json", ".plotly.json")
    )
    drones = (folder / "drones.csv").read_bytes().decode("utf-8-sig")
    assert drones.count("\r\n") == 1 + 36 * 5  # header, then 5 figures a night
    links = tracker.select("#chart-drones .chart-downloads a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("CSV", "data/drones.csv"),
        ("JSON", "data/drones.json"),
    ]
    assert texts(tracker.select("#chart-drones .chart-downloads")) == [
        "Get the data (all 36 nights): CSV · JSON"
    ]


def test_tracker_is_in_the_navigation_between_all_explainers_and_about(
    seed_site: BuiltSite,
) -> None:
    nav = page(seed_site, "about").select(".md-nav--primary > .md-nav__list > li a")
    assert [a.get_text(strip=True) for a in nav] == [
        "Home",
        "All explainers",
        "Attack tracker",
        "About",
    ]


def test_explainer_sets_its_night_among_the_previous_30_in_a_chart_crediting_the_dataset(
    seed_site: BuiltSite,
) -> None:
    section = page(seed_site, SEED_SLUG).select_one("#context-russian-drones-on-ukraine")
    title = section.select_one(".chart-title")
    # The title says where the night stands; the night's own figures are in the strip
    # above, and its column is labelled with its date, not a fifth "108".
    assert title.get_text() == "Fewer drones than on 17 of the 27 nights before with a report"
    assert section["aria-labelledby"] == title["id"]
    for svg in section.select(".chart-static svg"):  # the phone's drawing and the wider one
        nights = svg.select("g.c-night")
        assert [g["data-bar"] for g in nights] == [
            (date(2025, 4, 19) + timedelta(days=n)).isoformat() for n in range(31)
        ]
        (night,) = svg.select('g.c-night[data-style="highlight"]')
        assert (night["data-bar"], night.title.get_text()) == ("2025-05-19", "19 May: 108 launched")
        assert texts(svg.select("text.c-highlight-label")) == ["This night, 19 May"]
        # the median is worked out by us, and says so
        assert texts(svg.select("text[data-reference]")) == ["Median 114 derived", "Most 273"]
        # a night without a report is a grey band, never a column of 0
        for gap in ("2025-04-19", "2025-05-08", "2025-05-09"):
            shapes = svg.select_one(f'g.c-night[data-bar="{gap}"]').select("rect")
            assert [r["class"] for r in shapes] == [["c-gap"]]
    assert texts(section.select(".chart-description")) == [
        "Drones launched per night, 19 April 2025 to 19 May 2025: 31 nights, 3 of them without "
        "a report. Highlighted, the night of 19 May 2025: 108 launched. The median of the 27 "
        "nights before with a report, worked out by us: 114. The most of those nights: 273, "
        "on 17 May 2025."
    ]
    assert texts(section.select(".context-gaps")) == [
        "Shaded: no report on 19 April, 8 and 9 May, not counted as 0."
    ]
    source = section.select_one(".context-source")
    assert source.select_one(f'a[href="{DATASET_URL}"]').get_text() == CREDIT
    tracker_link = source.select("a")[-1]
    assert lands_on(seed_site, SEED_SLUG, tracker_link["href"]) == "tracker"
    rows = section.select("table.chart-figures tbody tr")
    assert len(rows) == 31
    assert texts(rows[-1].select("th, td")) == [
        "This night, 19 May Report : the Air Force’s post for the night of 19 May 2025",
        "108",
    ]
    assert texts(rows[0].select("th, td")) == ["19 Apr", "No national report"]
    # each night's figure links to its report: the median's night, the most's, this one's
    reports = {row["data-bar"]: [a["href"] for a in row.select("a")] for row in rows}
    assert (reports["2025-04-25"], reports["2025-05-17"], reports["2025-05-19"]) == (
        [MEDIAN_POST],
        [MAXIMUM_POST],
        [SEED_POST],
    )
    assert sum(bool(links) for links in reports.values()) == 28  # none for the 3 gaps
    assert section.select(".context-difference") == []
    # Russia's figures about Ukrainian drones are not the dataset's: no context for them
    assert page(seed_site, SEED_SLUG).select_one("#context-ukrainian-drones-on-russia") is None


def test_the_context_charts_downloads_hold_its_31_nights_never_a_0(seed_site: BuiltSite) -> None:
    folder = seed_site.site / SEED_SLUG / "data"
    csv = (folder / "context-russian-drones-on-ukraine.csv").read_bytes().decode("utf-8-sig")
    rows = {line.split(",")[0]: line.split(",") for line in csv.splitlines()[1:]}
    assert len(rows) == 31
    assert rows["2025-05-19"][3:8] == ["Ukrainian Air Force", "launched", "Launched", "108",
                                       "reported"]  # fmt: skip
    assert rows["2025-05-08"][6:8] == ["", "not reported"]  # never 0
    links = page(seed_site, SEED_SLUG).select(
        "#context-russian-drones-on-ukraine .chart-downloads a"
    )
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("CSV", "data/context-russian-drones-on-ukraine.csv"),
        ("JSON", "data/context-russian-drones-on-ukraine.json"),
    ]


def test_context_comes_after_the_figures_and_the_chart(seed_site: BuiltSite) -> None:
    article = page(seed_site, SEED_SLUG).select_one("article")
    order = [
        e.get("id")
        for e in article.select("#key-figures, #chart-launches, .night-context, #positions")
    ]
    assert order == [
        "key-figures",
        "chart-launches",
        "context-russian-drones-on-ukraine",
        "positions",
    ]


def edit_data(project: Path, old: str, new: str) -> None:
    path = project / "content" / "data" / "airforce-nights.yaml"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_dataset_that_disagrees_with_a_fact_sheet_stops_a_strict_build_naming_both(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    edit_data(project, '"launched": 108, "shot_down": 35', '"launched": 110, "shot_down": 35')
    strict = mkdocs_build(project, tmp_path / "strict", quiet=False)
    assert strict.returncode == 1
    warning = (
        f"WARNING -  explainer: content/{SEED_SLUG}/facts.yaml:63:7: warning: launched: the "
        "fact sheet says 108, the Air Force dataset says 110 for drones on the night of 19 "
        "May 2025 (national report kpszsu/posts/pfbid02bmamJy6D32F2bRNHdy9yzNW7uXbxoUccsYemP"
        "BXC7APZABC5kpZ5stFkcfF1j26vl)"
    )
    assert warning in strict.stderr
    lenient = mkdocs_build(project, tmp_path / "site", strict=False)
    assert lenient.returncode == 0, lenient.stderr
    html = (tmp_path / "site" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    section = BeautifulSoup(html, "html.parser").select_one("#context-russian-drones-on-ukraine")
    assert texts(section.select(".context-difference")) == [
        "The article and the dataset differ. Launched: the article gives 108, the dataset 110. "
        "The figures above are the article’s."
    ]


def test_project_without_air_force_data_has_no_tracker_and_builds_strict(
    tmp_path: Path,
) -> None:
    project = copy_project(tmp_path / "project")
    shutil.rmtree(project / "content" / "data")
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "site" / "tracker").exists()
    about = (tmp_path / "site" / "about" / "index.html").read_text(encoding="utf-8")
    nav = BeautifulSoup(about, "html.parser").select(".md-nav--primary > .md-nav__list > li a")
    assert [a.get_text(strip=True) for a in nav] == ["Home", "All explainers", "About"]
    explainer = (tmp_path / "site" / SEED_SLUG / "index.html").read_text(encoding="utf-8")
    assert "The night in context" not in explainer


def test_a_broken_data_file_stops_the_build_with_its_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project")
    edit_data(project, "  rows: 114\n", '  rows: "many"\n')
    done = mkdocs_build(project, tmp_path / "site")
    assert done.returncode == 1
    assert (
        "content/data/airforce-nights.yaml:17: is not as `explainer import-airforce` writes "
        "it: `rows` of the dataset should be int, not str"
    ) in done.stderr


def test_render_writes_the_tracker_for_other_site_builders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)
    result = run_cli("render", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    tracker = (tmp_path / "out" / "docs" / "tracker" / "index.md").read_text(encoding="utf-8")
    front_matter = yaml.safe_load(tracker.split("---\n")[1])
    assert front_matter["title"] == "Attacks on Ukraine, night by night"
    assert front_matter["template"] == "explainer.html"
    data = tmp_path / "out" / "docs" / "tracker" / "data"
    assert sorted(p.name for p in data.iterdir())[:3] == [
        "drones.csv",
        "drones.json",
        "drones.plotly.json",
    ]
