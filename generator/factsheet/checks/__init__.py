"""Checks that bind a fact sheet to itself and to its article: references resolve, every
passage is the article's own, quotes are the speaker's exact words."""
