"""Marshmallow schemas: the one definition of what goes in and what comes out."""
from __future__ import annotations

import html
import re
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates, validates_schema

from services.core.config import Settings
from services.core.indexes import NAMED_LABELS
from services.core.markup import OTHER_SPACE, SKIPPED_TAGS
from services.core.names import normalise_name
from services.nlp.reading import read

STATUSES = ("queued", "processing", "done", "failed")


# C0 control characters other than tab, newline and carriage return: never part of an article.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Other ways to break a line become "\n", the one the analysis reads as a line break: form feed and vertical tab
# (page and line breaks in text from PDFs and word processors, else refused as control characters), a lone
# carriage return (old Mac text), NEL and the Unicode line and paragraph separators (else a headline ran into
# the first paragraph, and a speaker's name took the headline with it).
_LINE_BREAK = re.compile("\r(?!\n)|[\f\v\x85\u2028\u2029]")
# Invisible characters web pages put inside words, dropped: the soft hyphen, the zero-width space, the word joiner
# and the byte order mark ("Hart\u00adwell" was a person of its own, found by no search for "Hartwell"). Joiners
# and direction marks stay: emoji sequences and right-to-left text need them.
_INSIDE_WORDS = re.compile("[\u00ad\u200b\u2060\ufeff]")
# Joiners between two Latin letters do nothing there ("Jo\u200dhn Smith" split the name in two): dropped; between
# emoji, in Persian or in Indic scripts they shape the text and stay.
_LATIN_JOINER = re.compile("(?<=[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])[\u200c\u200d]"
                           "(?=[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f])")
# HTML character references left in text copied out of a page's source, with their semicolon: "$1.2&nbsp;billion"
# was $1.2, and "&ldquo;...&rdquo;" no quote. Without one they stay ("R&D", "A&notes" is no "A¬es").
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# White space and the invisible characters that are no text either: zero-width spaces and joiners, direction marks,
# the soft hyphen, the word joiner and the byte order mark.
_BLANK = re.compile(r"[\s\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]*")
# A tag, roughly; and what hides words from the reading though a rough strip of tags leaves them (comments, doctypes
# and CDATA, the elements whose content is never read).
_ROUGH_TAG = re.compile(r"<[^>]*>")
_HIDES_WORDS = re.compile(r"<\s*(?:!|(?:" + "|".join(sorted(SKIPPED_TAGS)) + r")\b)", re.IGNORECASE)
_WORD = re.compile(r"\w")


def check_clean(text: str) -> str:
    """`text` if it can be stored and sent on as UTF-8: no control characters, no lone surrogates."""
    if _CONTROL.search(text):
        raise ValidationError("Must not contain control characters (other than tab and line breaks).")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValidationError("Must be valid Unicode (no lone surrogates).") from exc
    return text


def _character(reference: re.Match[str]) -> str:
    """The character an HTML reference stands for; an unknown one as written (a control character's is dropped)."""
    found = html.unescape(reference[0])
    return reference[0] if found == reference[0] or _CONTROL.search(found) else found


class CleanString(fields.String):
    """A string that can be stored and sent on as UTF-8: line breaks as "\n" (or "\r\n"), other spaces as " ", no
    invisible characters inside words, no other control characters, no lone surrogates."""

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        text = _CHARACTER_REFERENCE.sub(_character, super()._deserialize(value, attr, data, **kwargs))
        text = _LINE_BREAK.sub("\n", text)
        return check_clean(_LATIN_JOINER.sub("", _INSIDE_WORDS.sub("", OTHER_SPACE.sub(" ", text))))


class CleanLine(CleanString):
    """A clean string without white space around it: a title, a source name ("  Reuters " is "Reuters", which the
    `source` filter then finds)."""

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        return super()._deserialize(value, attr, data, **kwargs).strip()


class CleanUrl(fields.Url):
    """A URL that can be stored and sent on as UTF-8 (the URL pattern lets a lone surrogate through)."""

    def __init__(self, **kwargs: Any) -> None:
        # OpenAPI's name for the format is "uri" (apispec writes "url", which validators do not know).
        super().__init__(**{**kwargs, "metadata": {"format": "uri", **kwargs.get("metadata", {})}})

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        url = check_clean(super()._deserialize(value, attr, data, **kwargs))
        try:
            urlsplit(url).port  # noqa: B018 - raises for a port past 65535, which the URL pattern lets through
        except ValueError as exc:
            raise ValidationError("Not a valid URL: the port must be a number from 1 to 65535.") from exc
        return url


# A cursor is a position or a sequence number: digits, at most 18 of them (Redis refuses indexes past 64 bits).
CURSOR = validate.Regexp(r"^\d{1,18}$", error="Not a valid cursor.")
# The entity list's: the last entity's mentions and id (see `Corpus.entities`).
ENTITY_CURSOR = validate.Regexp(r"^\d{1,18}-[0-9a-f]{1,64}$", error="Not a valid cursor.")
# The labels the indexes keep (an unknown one would only ever list nothing).
LABELS = sorted(NAMED_LABELS)


def _any_case(word: str) -> str:
    return "".join(f"[{c.upper()}{c.lower()}]" if c.isalpha() else re.escape(c) for c in word)


# The labels in any case as the OpenAPI document's pattern (it has no case-insensitive flag; an enum of the labels
# said upper case only).
LABEL_PATTERN = f"^(?:{'|'.join(_any_case(label) for label in LABELS)})$"


class Label(fields.String):
    """An entity label in any case: "person" is PERSON. Checked here, after the case is folded, rather than by a
    OneOf validator, which the document would show as an upper-case enum."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = kwargs.pop("metadata", {})
        description = f"{metadata.get('description', '')} One of {', '.join(LABELS)}.".strip()
        super().__init__(metadata={**metadata, "description": description, "pattern": LABEL_PATTERN}, **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        label = super()._deserialize(value, attr, data, **kwargs).upper()
        if label not in NAMED_LABELS:
            raise ValidationError(f"Not an entity label; one of: {', '.join(LABELS)}.")
        return label


# The grandfathered tags the grammar below does not make (RFC 5646 section 2.2.8, "irregular"): "en-GB-oed" was
# refused. The "regular" ones ("zh-min-nan", "art-lojban") are well-formed as they are.
_IRREGULAR_TAGS = ("en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
                   "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE")


def _any_case(tag: str) -> str:
    """A pattern of `tag` in any case, without inline flags (the OpenAPI document's pattern is read as ECMAScript)."""
    return "".join(f"[{char.upper()}{char.lower()}]" if char.isalpha() else re.escape(char) for char in tag)


# A well-formed BCP 47 language tag (RFC 5646 section 2.1): a language ("en"; with extended subtags, "zh-yue"), then
# a script ("Hant"), a region ("BR", "419"), variants ("1996"), extensions ("u-ca-buddhist") and private use
# ("x-wire"), or private use alone, or a grandfathered tag. "es-419" and "zh-Hant-TW" were refused.
_ALNUM = "[A-Za-z0-9]"
_LANGUAGE_TAG = re.compile(
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}"  # language (the 4- to 8-letter ones are registered to none), extlangs
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    rf"(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*"  # variants
    rf"(?:-[0-9A-WYZa-wyz](?:-{_ALNUM}{{2,8}})+)*"  # extensions
    rf"(?:-[Xx](?:-{_ALNUM}{{1,8}})+)?"  # private use
    rf"|[Xx](?:-{_ALNUM}{{1,8}})+"
    rf"|{'|'.join(map(_any_case, _IRREGULAR_TAGS))})")
# The longest tag taken (RFC 5646 asks for 35 characters at least; a tag of many extensions is no article's).
MAX_LANGUAGE_TAG_CHARS = 64


def normal_language_tag(tag: str) -> str:
    """A well-formed language tag in its usual case (RFC 5646 section 2.1.1): the language in lower case, a script in
    title case ("Hant"), a region in upper case ("BR"), the rest, and all after a singleton ("u-", "x-"), in lower."""
    subtags = tag.lower().split("-")
    normal = [subtags[0]]
    singleton = len(subtags[0]) == 1  # private use alone: "x-..."
    for subtag in subtags[1:]:
        singleton = singleton or len(subtag) == 1
        if not singleton and len(subtag) == 2:
            subtag = subtag.upper()
        elif not singleton and len(subtag) == 4 and subtag.isalpha():
            subtag = subtag.title()
        normal.append(subtag)
    return "-".join(normal)


class LanguageCode(fields.String):
    """A BCP 47 language tag like "en", "pt-BR", "es-419" or "zh-Hant-TW", in any case and kept in its usual case:
    "EN" is "en", "pt-br" is "pt-BR"."""

    # Language tags ignore case (BCP 47): "EN" and "En-GB" were refused as no language code.
    PATTERN = _LANGUAGE_TAG

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(metadata={"pattern": f"^(?:{self.PATTERN.pattern})$", "maxLength": MAX_LANGUAGE_TAG_CHARS,
                                   "description": "A BCP 47 language tag like 'en', 'pt-BR', 'es-419' or "
                                   "'zh-Hant-TW' (in any case; kept in the usual case: 'pt-br' is 'pt-BR')."},
                         **kwargs)

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        code = super()._deserialize(value, attr, data, **kwargs)
        if len(code) > MAX_LANGUAGE_TAG_CHARS or not self.PATTERN.fullmatch(code):
            raise ValidationError("Not a BCP 47 language tag like 'en', 'pt-BR' or 'zh-Hant-TW'.")
        return normal_language_tag(code)


# The page size's maximum is the server's NEWSWIRE_MAX_PAGE_SIZE, so the document states it in words.
PAGE_LIMIT_DOC = {"description": f"Items per page: NEWSWIRE_PAGE_SIZE ({Settings.page_size}) by default, at most "
                                 f"NEWSWIRE_MAX_PAGE_SIZE ({Settings.max_page_size} by default; more is 422)."}
# The longest title, source name and URL an article may have.
MAX_TITLE_CHARS = 1000
MAX_SOURCE_CHARS = 200
MAX_URL_CHARS = 2048
# `GET /v1/failed` answers at most this many dead letters.
MAX_FAILED_LISTED = 1000


class WebhookUrl(CleanUrl):
    """A webhook's address: an http(s) URL. Another scheme, or none, is said to be no webhook's; a malformed http(s)
    URL is "Not a valid URL." as any other."""

    SCHEMES = frozenset({"http", "https"})
    # What a URL's scheme is (RFC 3986), with its colon: "ftp:", "mailto:", and "example.org:" of "example.org:80/x".
    _SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        # "ftp://example.org/hook" was "Not a valid URL.", as "not a url" was: say which URLs are, and only to them
        # ("https://exa mple.org/hook" is malformed, not of another kind).
        if isinstance(value, str) and not ((scheme := self._SCHEME.match(value)) and scheme[0][:-1].lower()
                                           in self.SCHEMES):
            raise ValidationError("Not a valid URL: a webhook is an http:// or https:// address.")
        return super()._deserialize(value, attr, data, **kwargs)


def callback_url_field(description: str) -> WebhookUrl:
    """An article's or a batch's webhook address: http(s), at most `MAX_URL_CHARS` characters, null for none."""
    return WebhookUrl(load_default=None, allow_none=True, schemes=WebhookUrl.SCHEMES, require_tld=False,
                      validate=validate.Length(max=MAX_URL_CHARS), metadata={"description": description})


def _has_words_outside_markup(text: str) -> bool:
    """Whether the reading of `text` (HTML read past) keeps a word.

    The reading costs about a millisecond per thousand characters in the API's request; where a rough strip of the
    tags leaves words and nothing could hide them, its answer is known without it."""
    if not _HIDES_WORDS.search(text) and _WORD.search(html.unescape(_ROUGH_TAG.sub(" ", text))):
        return True
    return not _BLANK.fullmatch(read(text).text)


class ArticleIn(Schema):
    """An article as a client submits it."""

    class Meta:
        unknown = RAISE

    # A batch item that is no object was "Invalid input type.", marshmallow's words, which say nothing of what to send.
    error_messages = {"type": 'An article must be a JSON object of its fields, such as {"text": "..."}.'}

    text = CleanString(required=True, metadata={"minLength": 1,
        "description": "The article body (plain text, not blank nor markup with no words; HTML markup in it is read "
                       "past, offsets index the text as submitted); longer than the server's NEWSWIRE_MAX_TEXT_CHARS "
                       "(200,000 characters unless configured) is refused with 413."})
    # null is accepted for every optional field, as clients that write unset fields as null send it.
    # Omitted, null, empty or blank: none, returned as null (the document said `default: ""`, which is never sent).
    title = CleanLine(load_default=None, allow_none=True, validate=validate.Length(max=MAX_TITLE_CHARS),
                      metadata={"description": "The headline; omitted, null or blank is none (returned as null)."})
    url = CleanUrl(load_default=None, allow_none=True, validate=validate.Length(max=MAX_URL_CHARS))
    source = CleanLine(load_default=None, allow_none=True, validate=validate.Length(max=MAX_SOURCE_CHARS),
                       metadata={"description": "Who published it ('Reuters'); omitted, null or blank is none "
                                                "(returned as null)."})
    # A date or a date-time without a zone is taken as UTC, as `since` and `until` are.
    published_at = fields.AwareDateTime(
        load_default=None, allow_none=True, format="iso", default_timezone=UTC,
        error_messages={"invalid": "Not an ISO 8601 date or date-time, e.g. 2025-04-01T12:00:00Z."},
        metadata={"description": "When the article was published: an ISO 8601 date-time or a date (its "
                              "midnight); without a zone, UTC."})
    language = LanguageCode(load_default=None, allow_none=True)
    callback_url = callback_url_field("Receives a signed POST when the article is done or failed.")

    @validates("text")
    def _text_not_blank(self, value: str, **_: object) -> None:
        if _BLANK.fullmatch(value):
            raise ValidationError("Text must not be empty or only whitespace.")
        if "<" in value and not _has_words_outside_markup(value):  # "<p> </p>" was enriched, its summary "<p> </p>"
            raise ValidationError("Text must have words outside its HTML markup.")

    @validates("published_at")
    def _published_in_utc_range(self, value: datetime | None, **_: object) -> None:
        # Dates are compared and stored in UTC: "0001-01-01T00:00:00+01:00" is a moment before year 1 there.
        if value is None:
            return
        try:
            value.astimezone(UTC)
        except OverflowError:
            raise ValidationError("Falls outside years 1 to 9999 in UTC.") from None


class ArticleFields(Schema):
    """The stored article as returned to clients.

    Its `callback_url` is kept for delivery but never shown: a webhook address often holds a secret token, and every
    key that reads the article (or submits its text again, or gets its webhook) would see the first submitter's.
    """

    title = fields.String(allow_none=True)
    text = fields.String(allow_none=True)
    url = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    language = fields.String(allow_none=True)
    batch_id = fields.String(allow_none=True)


ARTICLE_FIELDS = tuple(ArticleFields().fields)


def present_article(record: dict) -> dict:
    """A stored record in the shape of `ArticleOut` (used by the API and webhook payloads)."""
    return {
        "id": record["id"],
        "status": record["status"],
        "error": record.get("error") or None,
        "attempts": record.get("attempts", 0),
        "created_at": record.get("created_at"),
        "updated_at": record.get("updated_at"),
        "article": {name: record.get(name) or None for name in ARTICLE_FIELDS},
        "enrichment": record.get("enrichment"),
    }


class Span(Schema):
    """A piece of the submitted text, by character offsets."""

    text = fields.String(required=True)
    start = fields.Integer(required=True)
    end = fields.Integer(required=True)


class Entity(Span):
    label = fields.String(required=True)
    entity_id = fields.String(allow_none=True)
    canonical = fields.String(allow_none=True)


class EntityGroup(Schema):
    """One real-world person, organisation or place, with all its mentions in the article."""

    entity_id = fields.String(required=True)
    name = fields.String(required=True)
    label = fields.String(required=True)
    salience = fields.Float(required=True)
    mentions = fields.Integer(required=True)


class Summary(Schema):
    text = fields.String(required=True)
    sentences = fields.List(fields.Nested(Span), required=True)


class Keyphrase(Schema):
    text = fields.String(required=True)
    score = fields.Float(required=True)


class Speaker(Span):
    name = fields.String(required=True)
    entity_id = fields.String(allow_none=True)


class Quote(Span):
    speaker = fields.Nested(Speaker, allow_none=True)


class Money(Span):
    amount = fields.Float(allow_none=True)
    currency = fields.String(allow_none=True)
    approximate = fields.Boolean()
    amount_low = fields.Float(allow_none=True)
    amount_high = fields.Float(allow_none=True)


class Figure(Span):
    value = fields.Float(allow_none=True)
    low = fields.Float(allow_none=True)
    high = fields.Float(allow_none=True)
    unit = fields.String(allow_none=True)
    approximate = fields.Boolean()
    vague = fields.Boolean()


class ModelInfo(Schema):
    name = fields.String(required=True)
    version = fields.String(required=True)


class Enrichment(Schema):
    """What the NLP worker adds to an article."""

    language = fields.String(required=True)
    note = fields.String(allow_none=True, metadata={"description": "Why parts were skipped, if any."})
    entities = fields.List(fields.Nested(Entity), required=True)
    entity_groups = fields.List(fields.Nested(EntityGroup), required=True)
    summary = fields.Nested(Summary, required=True)
    keyphrases = fields.List(fields.Nested(Keyphrase), required=True)
    quotes = fields.List(fields.Nested(Quote), required=True)
    money = fields.List(fields.Nested(Money), required=True)
    figures = fields.List(fields.Nested(Figure), required=True)
    model = fields.Nested(ModelInfo, required=True)
    processing_ms = fields.Float(required=True)
    story_id = fields.String(allow_none=True, metadata={"description": "The story the article joined."})
    near_duplicate_of = fields.String(
        allow_none=True, metadata={"description": "An earlier article this one nearly repeats (e.g. syndication)."}
    )


class ArticleOut(Schema):
    """An article with its status and, once done, its enrichment."""

    id = fields.String(required=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    error = fields.String(allow_none=True)
    attempts = fields.Integer()
    created_at = fields.Float()
    updated_at = fields.Float()
    article = fields.Nested(ArticleFields)
    enrichment = fields.Nested(Enrichment, allow_none=True)


class ArticleSubmitted(ArticleOut):
    """The answer to a submission: the article as `ArticleOut`, and whether its content was known already."""

    duplicate = fields.Boolean(required=True, metadata={"description": "True when the content was already submitted."})


# What `?full=true` adds to each row of the article list: the rest of the article as its GET answers it.
_FULL_ROW = "With `full=true` only: as `GET /v1/articles/<id>` answers it."


class ArticleSummary(Schema):
    """One row of the article list; with `full=true`, also everything `GET /v1/articles/<id>` answers."""

    id = fields.String(required=True)
    status = fields.String(required=True)
    title = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    created_at = fields.Float()
    error = fields.String(allow_none=True, metadata={"description": _FULL_ROW})
    attempts = fields.Integer(metadata={"description": _FULL_ROW})
    updated_at = fields.Float(metadata={"description": _FULL_ROW})
    article = fields.Nested(ArticleFields, metadata={"description": _FULL_ROW})
    enrichment = fields.Nested(Enrichment, allow_none=True, metadata={"description": _FULL_ROW})


class ArticlePage(Schema):
    items = fields.List(fields.Nested(ArticleSummary), required=True)
    next_cursor = fields.String(allow_none=True)


# A zone offset's '+' sent unencoded in a query string is read back as a space (`since=2025-04-01T12:00:00+02:00`
# from curl or a browser's address bar): a time, a space, then an offset's hours and minutes ending the value. Nothing
# else writes a space there, so it is the '+' again (was 422 "Not an ISO 8601 date or date-time").
_PLUS_READ_AS_SPACE = re.compile(r"(\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) (\d{2}(?::?\d{2})?)$")


class Instant(fields.String):
    """An ISO 8601 date or date-time (UTC when no zone is given), loaded as epoch seconds."""

    def _deserialize(self, value, attr, data, **kwargs):  # type: ignore[no-untyped-def]
        try:
            moment = datetime.fromisoformat(_PLUS_READ_AS_SPACE.sub(r"\1+\2", str(value)))
        except ValueError as exc:
            raise ValidationError("Not an ISO 8601 date or date-time, e.g. 2025-04-01T12:00:00Z.") from exc
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


# The length of a text search, its words and the spaces between them.
_SEARCH_LENGTH = validate.Length(min=2, max=200)


def _search_text(value: str) -> None:
    """A text search of white space alone would find every article with a space in it; one of a single character
    nearly as many. One message for one fault: an empty `q` was told both its length and its white space."""
    if not value.strip():
        raise ValidationError("Must not be empty or white space alone.")
    _SEARCH_LENGTH(value)
    check_clean(value)  # stored text has no control characters: "?q=%00%00" found nothing, silently


# A filter's value: not empty, and nothing stored could match a control character ("?entity=%00" listed nothing).
_FILTER = [validate.Length(min=1), check_clean]


class ListArgs(Schema):
    """Query parameters of the article list; filters combine (all must hold)."""

    limit = fields.Integer(load_default=None, validate=validate.Range(min=1), metadata=PAGE_LIMIT_DOC)
    cursor = fields.String(load_default=None, validate=CURSOR)
    # An empty filter is a client's mistake (an unset variable), not "any": 422, as an empty label is.
    entity = fields.String(load_default=None, validate=_FILTER,
                           metadata={"description": "Only articles mentioning this entity id."})
    story = fields.String(load_default=None, validate=_FILTER,
                          metadata={"description": "Only articles of this story."})
    label = Label(load_default=None,
                  metadata={"description": "Only articles with an entity of this label, in any case (e.g. PERSON "
                                           "or person)."})
    source = fields.String(load_default=None, validate=_FILTER,
                           metadata={"description": "Only articles from this source."})
    since = Instant(load_default=None, metadata={"description": "Published (else submitted) at or after: an ISO 8601 "
                                                                "date or date-time, UTC without a zone.",
                                                 "example": "2025-04-01T12:00:00Z"})
    until = Instant(load_default=None, metadata={"description": "Published (else submitted) before: an ISO 8601 date "
                                                                "or date-time, UTC without a zone.",
                                                 "example": "2025-04-02"})
    status = fields.String(load_default=None, validate=validate.OneOf(STATUSES),
                           metadata={"description": "Only articles in this status (one of "
                                                    f"{', '.join(STATUSES)})."})
    q = fields.String(load_default=None,
                      validate=_search_text,
                      metadata={"minLength": _SEARCH_LENGTH.min, "maxLength": _SEARCH_LENGTH.max,
                                "description": "Text that must occur in the title or text (case-insensitive; any "
                                               "run of white space matches any other)."})

    # A client reading everything (`newswire export`) asked once per article, and waited out the rate limit.
    full = fields.Boolean(load_default=False,
                          metadata={"description": "Each item also as `GET /v1/articles/<id>` answers it (its "
                                                   "article, enrichment, error, attempts, updated_at): a page of "
                                                   "articles in one request. With `status`, an article whose status "
                                                   "changed between the list and that read is left out."})

    @validates_schema
    def _since_before_until(self, data: dict, **_: object) -> None:
        # An empty window is a client's mistake (swapped bounds), not a query that found nothing.
        if data.get("since") is not None and data.get("until") is not None and data["since"] >= data["until"]:
            raise ValidationError("Must be before `until`.", field_name="since")


class WaitArgs(Schema):
    """Query parameters of the article resource."""

    wait = fields.Float(load_default=0.0, validate=validate.Range(min=0))


class FailedArticle(Schema):
    """A dead letter: an article that ended `failed`, with why."""

    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    error = fields.String(allow_none=True)
    attempts = fields.Integer(allow_none=True)
    failed_at = fields.Float(allow_none=True)


class FailedArgs(Schema):
    limit = fields.Integer(load_default=MAX_FAILED_LISTED, validate=validate.Range(min=1, max=MAX_FAILED_LISTED),
                           metadata={"description": f"At most this many, newest first (at most {MAX_FAILED_LISTED})."})


class FailedList(Schema):
    items = fields.List(fields.Nested(FailedArticle), required=True)


class Retried(Schema):
    """Articles put back on the queue."""

    retried = fields.List(fields.String(), required=True)


class BatchIn(Schema):
    """Several articles at once; each is validated on its own."""

    class Meta:
        unknown = RAISE

    # Raw, null allowed: each item is checked on its own, and a bad one (even null) does not sink the batch.
    articles = fields.List(fields.Raw(allow_none=True), required=True, validate=validate.Length(min=1))
    callback_url = callback_url_field("Applies to every article of the batch that has no callback_url of its own "
                                      "(null or left out).")


class BatchItemError(Schema):
    """Why a batch item did not go in, or its article failed, in the shape of every error answer's `error`."""

    code = fields.String(required=True, metadata={"description": "invalid (a POST of the article alone: 422), "
                                                                 "too_large (413), failed (its article failed)"})
    message = fields.String(required=True, metadata={"description": "As a POST of the article alone is answered; "
                                                                    "a failed article's reason."})
    field_messages = fields.Dict(data_key="fields", attribute="fields",
                                 metadata={"description": "Per-field messages of an invalid item."})


class BatchItem(Schema):
    """One submitted item: accepted, duplicate or invalid (with why), and its article's status."""

    index = fields.Integer(required=True)
    outcome = fields.String(required=True, validate=validate.OneOf(("accepted", "duplicate", "invalid")))
    id = fields.String(allow_none=True)
    status = fields.String(allow_none=True)
    error = fields.Raw(allow_none=True, metadata={"description": "An invalid item's field errors; a failed article's "
                                                                  "reason (kept as it was: `error_detail` gives both "
                                                                  "in one shape)."})
    error_detail = fields.Nested(BatchItemError, allow_none=True,
                                 metadata={"description": "An invalid item's or a failed article's error as an error "
                                                          "answer gives it, `{code, message, fields?}`: the code and "
                                                          "message a POST of that article alone is answered (a text "
                                                          "too long: too_large, the 413's)."})


class BatchProgress(Schema):
    total = fields.Integer(required=True)
    accepted = fields.Integer(required=True)
    duplicate = fields.Integer(required=True)
    invalid = fields.Integer(required=True)
    done = fields.Integer(required=True)
    failed = fields.Integer(required=True)
    pending = fields.Integer(required=True)
    complete = fields.Boolean(required=True)


class BatchOut(Schema):
    id = fields.String(required=True)
    created_at = fields.Float()
    progress = fields.Nested(BatchProgress, required=True)
    items = fields.List(fields.Nested(BatchItem), required=True)


def shown_callback(url: str) -> str:
    """A webhook address as the deliveries log shows it: its site only, as its path or query may hold a token
    ("https://hooks.example.com/…")."""
    parts = urlsplit(url)
    site = f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"
    return f"{site}/…" if parts.path.strip("/") or parts.query else site


class Delivery(Schema):
    """One webhook delivery attempt."""

    attempt = fields.Integer(required=True)
    at = fields.Float(required=True)
    url = fields.Function(lambda attempt: shown_callback(attempt["url"]), required=True,
                          metadata={"description": "The receiver's site; its path and query are not shown."})
    status_code = fields.Integer(allow_none=True)
    ok = fields.Boolean(required=True)
    error = fields.String(allow_none=True)
    final = fields.Boolean(metadata={"description": "True when no further retry will follow."})


class DeliveryLog(Schema):
    items = fields.List(fields.Nested(Delivery), required=True)


class EntityArgs(Schema):
    """Query parameters of the entity list."""

    label = Label(load_default=None,
                  metadata={"description": "Only entities of this label, in any case (e.g. ORG or org)."})
    q = fields.String(load_default=None, validate=validate.Length(min=1, max=200),
                      metadata={"description": "Text in the entity's name (case, accents and punctuation aside)."})
    limit = fields.Integer(load_default=None, validate=validate.Range(min=1), metadata=PAGE_LIMIT_DOC)
    cursor = fields.String(load_default=None, validate=ENTITY_CURSOR,
                           metadata={"description": "`next_cursor` of the page before."})

    @validates("q")
    def _q_has_a_word(self, value: str | None, **_: object) -> None:
        # Punctuation and spaces are set aside in matching: with nothing else, every name would match.
        if value is not None and not normalise_name(value):
            raise ValidationError("Must contain a letter or digit.")


class EntityRow(Schema):
    entity_id = fields.String(required=True)
    name = fields.String(required=True)
    label = fields.String(required=True)
    mentions = fields.Integer(required=True)
    articles = fields.Integer(required=True)


class EntityPage(Schema):
    items = fields.List(fields.Nested(EntityRow), required=True)
    next_cursor = fields.String(allow_none=True)


class Ref(Schema):
    """A link to an article or a story."""

    id = fields.String(required=True)
    title = fields.String(allow_none=True)


class Cooccurring(Schema):
    entity_id = fields.String(required=True)
    name = fields.String(required=True)
    label = fields.String(required=True)
    count = fields.Integer(required=True, metadata={"description": "Articles mentioning both."})


class EntityQuote(Span):
    """A quote attributed to the entity, newest first, with the article it is in."""

    article_id = fields.String(required=True)
    title = fields.String(allow_none=True)


class EntityOut(Schema):
    """One canonical entity across the corpus: where it appears, with whom, and what it said."""

    entity_id = fields.String(required=True)
    name = fields.String(required=True)
    label = fields.String(required=True)
    mentions = fields.Integer(required=True)
    article_count = fields.Integer(required=True)
    articles = fields.List(fields.Nested(Ref), required=True, metadata={"description": "The newest 100."})
    story_count = fields.Integer(required=True)
    stories = fields.List(fields.Nested(Ref), required=True, metadata={"description": "The newest 100."})
    cooccurring = fields.List(fields.Nested(Cooccurring), required=True)
    quotes = fields.List(fields.Nested(EntityQuote), required=True)


class StoryArgs(Schema):
    limit = fields.Integer(load_default=None, validate=validate.Range(min=1), metadata=PAGE_LIMIT_DOC)
    cursor = fields.String(load_default=None, validate=CURSOR)


class EntityRef(Schema):
    entity_id = fields.String(required=True)
    name = fields.String(required=True)
    label = fields.String(required=True)


class StoryRow(Schema):
    """One story in the list: its size, time span and main entities."""

    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    size = fields.Integer(required=True)
    first_seen = fields.Float(allow_none=True)
    last_seen = fields.Float(allow_none=True)
    top_entities = fields.List(fields.Nested(EntityRef), required=True)


class StoryPage(Schema):
    items = fields.List(fields.Nested(StoryRow), required=True)
    next_cursor = fields.String(allow_none=True)


class StoryArticle(Schema):
    id = fields.String(required=True)
    title = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    created_at = fields.Float(allow_none=True)
    near_duplicate_of = fields.String(allow_none=True)


class FactValue(Span):
    article_id = fields.String(required=True)


class Fact(Schema):
    """One fact compared across a story's articles."""

    kind = fields.String(required=True, validate=validate.OneOf(("money", "figure", "date", "quote", "entity")))
    label = fields.String(required=True)
    values = fields.List(fields.Nested(FactValue), required=True)


class StoryDiff(Schema):
    agree = fields.List(fields.Nested(Fact), required=True)
    conflict = fields.List(fields.Nested(Fact), required=True)
    single = fields.List(fields.Nested(Fact), required=True)


class TimelineEntry(Schema):
    article_id = fields.String(required=True)
    at = fields.Float(required=True)
    title = fields.String(allow_none=True)
    source = fields.String(allow_none=True)


class StoryOut(StoryRow):
    """A story: its articles, their timeline and what they agree and disagree on."""

    articles = fields.List(fields.Nested(StoryArticle), required=True)
    timeline = fields.List(fields.Nested(TimelineEntry), required=True)
    diff = fields.Nested(StoryDiff, required=True)
