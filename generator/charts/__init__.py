"""Charts: typed data in (model.py), a static SVG written in Python, a Plotly figure, CSV
and JSON downloads and a description generated from the data out (chart.py).

- model.py: `ChartData` (bars: a whole split into parts; optional lines), `Value`.
- chart.py: `build_chart`, `chart_files`, `chart_view` (for templates/charts/figure.html.j2).
- launches.py: a fact sheet's strike reports as a chart.
- svg_rows.py / svg_columns.py: the static chart (a few reports / a series of nights).
- plotly_rows.py / plotly_columns.py / plotly_spec.py: the interactive chart.
- describe.py, downloads.py: the words and the files.
"""
