"""The whole site from a project: every story loaded, checked and rendered into generated files,
with a cache of rendered stories."""
