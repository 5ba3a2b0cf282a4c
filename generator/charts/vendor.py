"""The vendored plotly.js bundle, in generator/assets/vendor/plotly/ with its LICENSE (MIT)
and the npm package's own package.json (its name and version), all unchanged from
https://registry.npmjs.org/plotly.js-basic-dist-min/-/plotly.js-basic-dist-min-4.1.1.tgz
(npm integrity
sha512-1oNF8PeQx2hv/y7tqEVWKD3JGwn/MGEMQ8mL9HUwsaqG9FGy/OU5FHUHvzqbqxN4mnwZGI9abTiE775C4kkjMQ==).

Its version must be the one the plotly Python package expects
(`plotly.offline.get_plotlyjs_version()`): tests/charts/test_chart_files.py checks it. The README
("The launches chart") says how to upgrade. The site build never needs Node.
"""

from __future__ import annotations

PLOTLY_JS_VERSION = "4.1.1"
PLOTLY_BUNDLE = f"vendor/plotly/plotly-basic-{PLOTLY_JS_VERSION}.min.js"  # under assets/
