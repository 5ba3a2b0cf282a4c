"""Drafting a fact sheet from a new article (`explainer new`), by rules over its sentences.

One module per idea: `sentences` (where sentences and quotations are), `parties` (the
sides), `people` (names and titles), `attribution` (who says it, where), `quotes`,
`figures` (numbers and their roles), `reports` (figures grouped by source and weapon),
`positions` (candidate positions), `draft` (all of it as one typed `Draft`), `writer`
(the YAML text), `new` (the files), `scoring` (a draft against an answer key).
"""
