"""The quotes of a document with their speakers, as dicts: `extract_quotes`."""
from __future__ import annotations

from spacy.tokens import Doc

from services.nlp.doctext import ents_of, text_of
from services.nlp.quotes.antecedents import _antecedent
from services.nlp.quotes.marks import quote_spans_of
from services.nlp.quotes.phrases import Context, Quote
from services.nlp.quotes.speakers import attribute
from services.nlp.quotes.titles import (
    _bare,
    is_changed_label,
    is_cited_word,
    is_label_of,
    is_name_not_speech,
    is_paired_title,
    is_quoted_figure,
    is_scare_modifier,
    is_scare_subject,
    is_set_term,
    is_title_again,
    is_unsaid_title,
    merge_pieces,
)


def _entity_mentions(doc: Doc, mentions: list[dict] | None) -> list[dict]:
    if mentions is not None:
        return sorted(mentions, key=lambda m: m["start"])
    return [{"text": e.text, "label": e.label_, "start": e.start_char, "end": e.end_char} for e in ents_of(doc)]


def _to_dict(text: str, q: Quote, ctx: Context) -> dict:
    speaker = None
    if q.speaker is not None:
        s, e = q.speaker
        antecedent = _antecedent(q.speaker_tok, ctx) if q.speaker_tok is not None else None
        speaker = {"text": text[s:e], "start": s, "end": e, "antecedent": antecedent}
    return {"text": text[q.start : q.end], "start": q.start, "end": q.end, "speaker": speaker}


def _analyse(doc: Doc, mentions: list[dict] | None = None) -> Context:
    """Quotes of the document with their speakers, as internal records."""
    text = text_of(doc)
    found = quote_spans_of(doc)
    titled = {(s, e) for s, e in found
              if is_name_not_speech(text, s, e, doc) or is_unsaid_title(doc, text, s, e, found)
              or is_paired_title(text, found, s, e)}
    titles = {_bare(text, s, e) for s, e in titled}
    spans = [(s, e) for s, e in found
             if (s, e) not in titled and not is_scare_modifier(doc, text, s, e) and not is_label_of(doc, text, s, e)
             and not is_scare_subject(doc, text, s, e)
             and not is_set_term(text, s, e) and not is_changed_label(text, s, e)
             and not is_quoted_figure(text, s, e)
             and not is_title_again(doc, text, s, e, titles) and not is_cited_word(doc, text, s, e, found)]
    quotes = [Quote(s, e) for s, e in merge_pieces(doc, text, spans)]
    ctx = Context(doc, text, quotes, _entity_mentions(doc, mentions), found)
    attribute(ctx)
    return ctx


def extract_quotes(doc: Doc, mentions: list[dict] | None = None) -> list[dict]:
    """Direct quotes in the document, in text order.

    Each quote is `{"text", "start", "end", "speaker"}` with character offsets into `doc.text`
    (marks included); `speaker` is None or `{"text", "start", "end", "antecedent"}`, where
    `antecedent` is None or `{"text", "start", "end"}` of the person a he/she speaker refers to.
    `mentions` (dicts with text, label, start, end) replace `doc.ents` when given.
    """
    ctx = _analyse(doc, mentions)
    return [_to_dict(ctx.text, q, ctx) for q in ctx.quotes]
