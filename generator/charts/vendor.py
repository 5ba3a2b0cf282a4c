"""The vendored plotly.js bundle (generator/assets/vendor/plotly/, see SOURCE.txt there):
its version must be the one the plotly Python package expects, which a test checks."""

from __future__ import annotations

PLOTLY_JS_VERSION = "4.1.1"
PLOTLY_BUNDLE = f"vendor/plotly/plotly-basic-{PLOTLY_JS_VERSION}.min.js"  # under assets/
