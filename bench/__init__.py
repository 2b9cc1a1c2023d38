"""`make bench`: Newswire's throughput, latency, API, scaling and memory, each against a baseline of the same run."""
