"""What is published: every page and file a reader gets, as Markdown and assets, made from typed
stories. Nothing here reads YAML or imports MkDocs."""
