"""`/v1/entities`: the canonical entities across all articles, searchable, each with its context."""
from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from services.api.common import Blueprint, page_limit, services
from services.api.errors import documents_errors
from services.core import keys
from services.core.indexes import Corpus
from services.core.schemas import EntityArgs, EntityOut, EntityPage

blp = Blueprint("entities", __name__, url_prefix="/v1/entities", description="Entities across the corpus.")



@blp.route("")
class Entities(MethodView):
    @blp.arguments(EntityArgs(), location="query")
    @blp.response(200, EntityPage)
    @documents_errors(blp, 422)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Entities by mentions, optionally of one `label` and with `q` in their name."""
        limit = page_limit(args["limit"])
        items, next_cursor = Corpus(services().store.redis).entities(args["label"], args["q"], args["cursor"], limit)
        return {"items": items, "next_cursor": next_cursor}


@blp.route("/<string:entity_id>")
class Entity(MethodView):
    @blp.response(200, EntityOut)
    @documents_errors(blp, 404)
    def get(self, entity_id: str) -> dict[str, Any]:
        """One entity: its articles and stories (newest first), co-occurring entities, its quotes."""
        corpus = Corpus(services().store.redis)
        entity = corpus.entity(entity_id)
        if entity is None:
            abort(404, message=f"No entity with id '{entity_id}'.")
        article_ids = corpus.entity_article_ids(entity_id)
        return {
            **entity,
            "article_count": entity["articles"],
            "articles": [{"id": i, "title": t} for i, t in zip(article_ids, _titles(article_ids), strict=True)],
            "story_count": corpus.entity_story_count(entity_id),
            "stories": [{"id": s, "title": t} for s, t in _story_refs(corpus.entity_story_ids(entity_id))],
            "cooccurring": corpus.cooccurring(entity_id),
            "quotes": _quotes(corpus.entity_quote_refs(entity_id)),
        }


def _titles(article_ids: list[str]) -> list[str | None]:
    redis = services().store.redis
    with redis.pipeline(transaction=False) as pipe:
        for article_id in article_ids:
            pipe.hget(keys.article(article_id), "title")
        return [title or None for title in pipe.execute()]  # untitled is null, as everywhere else


def _story_refs(story_ids: list[str]) -> list[tuple[str, str | None]]:
    """Stories as (id, title): a story's title is that of its first article."""
    redis = services().store.redis
    firsts = [redis.zrange(keys.story_articles(s), 0, 0) for s in story_ids]
    titles = _titles([f[0] if f else "-" for f in firsts])
    return list(zip(story_ids, titles, strict=True))


def _quotes(refs: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """The quotes behind (article id, index) references, read from the articles' enrichments (each article once)."""
    store = services().store
    records = {article_id: store.get_article(article_id) or {} for article_id in dict.fromkeys(a for a, _ in refs)}
    quotes = []
    for article_id, index in refs:
        found = (records[article_id].get("enrichment") or {}).get("quotes", [])
        if index < len(found):
            quote = found[index]
            quotes.append({"article_id": article_id, "title": records[article_id].get("title") or None,
                           "text": quote["text"], "start": quote["start"], "end": quote["end"]})
    return quotes
