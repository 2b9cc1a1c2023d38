"""Running Newswire locally: start Redis, workers and the API as processes (make run, tests, bench)."""
