"""`plugins: - explainer`: hands the core's generated site to MkDocs. The only package that
imports MkDocs."""
