"""The text of a parsed document, joined once per document."""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "newswire.text"


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text `doc` was parsed from (spaCy keeps it exactly: doc.text == text)."""
    doc.user_data[_KEY] = text
    return doc


def text_of(doc: Doc) -> str:
    """The document's text: `Doc.text` joins every token again on each access, a pass over the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = remember_text(doc, doc.text).user_data[_KEY]
    return text
