"""What every Newswire service shares: configuration, schemas, the Redis store and queue names."""
