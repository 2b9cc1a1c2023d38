"""Money amounts and other figures (first working version: spaCy MONEY/CARDINAL entities)."""
from __future__ import annotations

from spacy.tokens import Doc


def extract_money(doc: Doc) -> list[dict]:
    """Money mentions: {"text","start","end","amount","currency","approximate"}."""
    return [
        {"text": e.text, "start": e.start_char, "end": e.end_char, "amount": None, "currency": None,
         "approximate": False}
        for e in doc.ents if e.label_ == "MONEY"
    ]


def extract_figures(doc: Doc) -> list[dict]:
    """Non-money figures: {"text","start","end","value","unit","approximate","vague"}."""
    return [
        {"text": e.text, "start": e.start_char, "end": e.end_char, "value": None, "unit": None,
         "approximate": False, "vague": False}
        for e in doc.ents if e.label_ in {"CARDINAL", "PERCENT", "QUANTITY"}
    ]
