"""The `newswire` command: a terminal client of the API (submit, status, watch, failed, retry)."""
