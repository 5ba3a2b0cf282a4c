"""The source article: plain text, its paragraphs and sentences, and counts as a news article
writes them."""
