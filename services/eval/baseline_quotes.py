"""Reference baseline for quote extraction, kept to measure `services.nlp.quotes` against.

A careful but plain rule-based extractor on the spaCy parse: double quotation marks are paired
within each paragraph; the speaker is the subject of a speech verb near the quote, else the nearest
PERSON/ORG entity or personal pronoun in the paragraph.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_SPEECH_LEMMAS = frozenset({
    "say", "add", "tell", "warn", "concede", "insist", "claim", "write", "explain", "argue", "ask",
    "state", "note", "continue", "respond", "reply", "declare", "announce", "suggest", "call", "describe",
    "accuse", "admit", "acknowledge", "tweet", "post", "urge", "predict", "complain", "deny", "report",
})
_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each newline-separated paragraph."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _pair_marks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(open, close + 1) of double-quoted stretches inside text[start:end]."""
    pairs, opened = [], None
    for i in range(start, end):
        ch = text[i]
        if ch == "“" or (ch == '"' and opened is None):
            opened = i
        elif ch in "”\"" and opened is not None:
            pairs.append((opened, i + 1))
            opened = None
    return pairs


def _mention(span: Span | Token) -> dict:
    if isinstance(span, Token):
        return {"text": span.text, "start": span.idx, "end": span.idx + len(span), "antecedent": None}
    return {"text": span.text, "start": span.start_char, "end": span.end_char, "antecedent": None}


def _subject_span(verb: Token) -> Span | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _speaker(doc: Doc, start: int, end: int, para: tuple[int, int], quoted: list[tuple[int, int]]) -> dict | None:
    """Subject of the nearest speech verb outside the quote, else the nearest entity or pronoun."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    sents = [span[0].sent, span[-1].sent]
    verbs = [t for s in sents for t in s if t.lemma_ in _SPEECH_LEMMAS and not start <= t.idx < end
             and para[0] <= t.idx < para[1]]
    for verb in sorted(verbs, key=lambda t: min(abs(t.idx - start), abs(t.idx - end))):
        subject = _subject_span(verb)
        if subject is not None and not start <= subject.start_char < end:
            return _mention(subject)
    candidates: list[Span | Token] = [e for e in doc.ents if e.label_ in ("PERSON", "ORG")]
    candidates += [t for t in doc if t.lower_ in _PRONOUNS]
    inside = [c for c in candidates if para[0] <= _mention(c)["start"] < para[1]
              and not any(s <= _mention(c)["start"] < e for s, e in quoted)]
    if not inside:
        return None
    return _mention(min(inside, key=lambda c: min(abs(_mention(c)["start"] - end),
                                                  abs(_mention(c)["end"] - start))))


def baseline_quotes(doc: Doc) -> list[dict]:
    """Direct quotes in the document, in text order (baseline)."""
    text = doc.text
    quotes = []
    for para in _paragraphs(text):
        pairs = _pair_marks(text, *para)
        for start, end in pairs:
            quotes.append({"text": text[start:end], "start": start, "end": end,
                           "speaker": _speaker(doc, start, end, para, pairs)})
    return quotes
