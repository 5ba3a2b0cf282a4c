"""The floor the pages stand on: addresses and relative links, templating that always escapes
untrusted text, and the generated file."""
