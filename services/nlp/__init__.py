"""The NLP service: Celery workers that enrich articles with spaCy."""
