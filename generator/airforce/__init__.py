"""The Ukrainian Air Force's reports, as digitised by Petro Ivaniuk's public dataset
("Massive Missile Attacks on Ukraine"): imported from its CSV file into the site's data
file, then read back as a typed model for the tracker and for setting an explainer's
night in context.

- `csvread`: the dataset's CSV file, row by row, every quirk handled or reported
- `weapons`: which model names are drones and which are missiles (`weapons.yaml`)
- `nights`: rows grouped into nights, national reports kept apart from regional ones
- `datafile`: the data file the site builds from (written and read back)
- `importer`: the whole import, as `explainer import-airforce` runs it
- `context`: how one night compares with the nights before it
- `series`: night-by-night figures for the tracker
- `crosscheck`: a fact sheet's Air Force figures against the dataset's
"""
