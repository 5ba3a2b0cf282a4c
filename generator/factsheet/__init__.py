"""The fact sheet: its format (described once), its typed model, and the loader that reads a
file into that model with every problem of the file reported."""
