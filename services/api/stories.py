"""`/v1/stories`: articles grouped by the event they report, with what their outlets agree on."""
from __future__ import annotations

from typing import Any

from flask.views import MethodView
from flask_smorest import abort

from services.api.common import Blueprint, page_limit, services
from services.api.errors import documents_errors
from services.core import keys
from services.core.indexes import article_time
from services.core.schemas import StoryArgs, StoryOut, StoryPage
from services.core.storydiff import story_diff

blp = Blueprint("stories", __name__, url_prefix="/v1/stories", description="Stories across outlets.")

# A diff compares every article with every other: bound the work for very large stories.
MAX_DIFF_ARTICLES = 50



@blp.route("")
class Stories(MethodView):
    @blp.arguments(StoryArgs(), location="query")
    @blp.response(200, StoryPage)
    @documents_errors(blp, 422)
    def get(self, args: dict[str, Any]) -> dict[str, Any]:
        """Stories, most recently updated first; pass `next_cursor` back as `cursor` for the next page."""
        limit = page_limit(args["limit"])
        high = f"({args['cursor']}" if args["cursor"] else "+inf"
        redis = services().store.redis
        rows = redis.zrevrangebyscore(keys.stories_recent(), high, "-inf", start=0, num=limit + 1, withscores=True)
        page = rows[:limit]
        items = [_summary(story_id) for story_id, _ in page]
        return {"items": items, "next_cursor": str(int(page[-1][1])) if len(rows) > limit else None}


@blp.route("/<string:story_id>")
class Story(MethodView):
    @blp.response(200, StoryOut)
    @documents_errors(blp, 404)
    def get(self, story_id: str) -> dict[str, Any]:
        """A story's articles side by side, their timeline and the diff of their facts."""
        store = services().store
        article_ids = store.redis.zrange(keys.story_articles(story_id), 0, -1)
        if not article_ids:
            abort(404, message=f"No story with id '{story_id}'.")
        records = [r for r in (store.get_article(i) for i in article_ids) if r]
        # Near-duplicates (syndicated copies) would count one report twice: the diff compares distinct reports.
        members = set(article_ids)
        distinct = [r for r in records if (r.get("enrichment") or {}).get("near_duplicate_of") not in members]
        enriched = [(r["id"], r.get("enrichment") or {}) for r in distinct[:MAX_DIFF_ARTICLES]]
        return {
            **_summary(story_id, records),
            "articles": [_article(r) for r in records],
            "timeline": sorted(({"article_id": r["id"], "at": article_time(r), "title": r.get("title") or None,
                                 "source": r.get("source") or None} for r in records), key=lambda t: t["at"]),
            "diff": story_diff(enriched, {r["id"]: r.get("text") or "" for r in distinct}),
        }


def _article(record: dict[str, Any]) -> dict[str, Any]:
    return {"id": record["id"], "title": record.get("title") or None, "source": record.get("source") or None,
            "published_at": record.get("published_at") or None, "created_at": record.get("created_at"),
            "near_duplicate_of": (record.get("enrichment") or {}).get("near_duplicate_of")}


def _summary(story_id: str, records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Size, time span, title (its first article's) and top entities of a story."""
    redis = services().store.redis
    if records is None:
        ids = redis.zrange(keys.story_articles(story_id), 0, -1)
        with redis.pipeline(transaction=False) as pipe:
            for article_id in ids:
                pipe.hmget(keys.article(article_id), ["title", "published_at", "created_at"])
            records = [{"title": t, "published_at": p, "created_at": float(c or 0)} for t, p, c in pipe.execute()]
    times = [article_time(r) for r in records]
    top = redis.zrevrange(keys.story_entities(story_id), 0, 4)
    with redis.pipeline(transaction=False) as pipe:
        for entity_id in top:
            pipe.hmget(keys.entity(entity_id), ["name", "label"])
        names = pipe.execute()
    return {
        "id": story_id,
        "title": (records[0].get("title") or None) if records else None,
        "size": len(records),
        "first_seen": min(times) if times else None,
        "last_seen": max(times) if times else None,
        "top_entities": [{"entity_id": entity_id, "name": name, "label": label}
                         for entity_id, (name, label) in zip(top, names, strict=True) if name],
    }
