"""The ingest service: read articles from files, folders and feeds and submit them."""
