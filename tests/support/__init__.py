"""Helpers the tests import: harness (builds, servers, the browser), project (the
repository's places, the CLI, the rules project), and the fixtures' data builders."""
