"""`make serve` (mkdocs serve --dirty) keeps Material's search index whole by reaching into
its search plugin (`generator/mkdocs_plugin/dirty.py`): `search_index_prev`,
`search_index` and the index's `entries`. Nothing documents them, so this test is the
alarm that a Material upgrade renamed them; dirty.py itself then does nothing rather than
fail (it checks each attribute)."""

from __future__ import annotations

import inspect

from material.plugins.search.plugin import SearchIndex, SearchPlugin


def test_material_search_still_has_the_attributes_dirty_serve_merges() -> None:
    plugin = inspect.getsource(SearchPlugin)
    assert "self.search_index_prev" in plugin
    assert "self.search_index = SearchIndex(" in plugin
    assert "self.entries" in inspect.getsource(SearchIndex)
