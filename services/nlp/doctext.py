"""The text of a parsed document and of its tokens, each built once per document.

The analysis steps read these many times: spaCy builds `Doc.text` by joining every token again on each
access, and each `doc[i]` makes a new Token object.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

_TEXT = "newswire.text"
_WORDS = "newswire.words"
# Entries of each per-word cache in the analysis (word tests that run for every token). Frequent words
# hit; a bigger cache only grows a long-lived worker: at 65,536 entries the caches filled with the
# corpus's distinct words, and one process grew +5.7% over 868 articles instead of +2.3%.
WORD_CACHE = 4096
# A run of this many characters without a space is no word (a pasted blob, a row of marks). spaCy's tokenizer
# strips punctuation off such a run one character at a time, scanning the rest again each time: 15,000
# quotation marks in a row took 21 s.
LONG_RUN_CHARS = 1000
LONG_RUN = re.compile(rf"\S{{{LONG_RUN_CHARS},}}")


def tokenizable(text: str) -> str:
    """The text as the model reads it: each run of `LONG_RUN_CHARS` or more non-space characters blanked out (as
    letters, it became an organisation named "xxxx..." in every such article; a long link stays inside its
    sentence). The length stays, so offsets into it index the text itself."""
    return LONG_RUN.sub(lambda run: " " * len(run.group()), text)


def remember_text(doc: Doc, text: str) -> Doc:
    """Record the text `doc` was parsed from (spaCy keeps it exactly: doc.text == text)."""
    doc.user_data[_TEXT] = text
    return doc


def text_of(doc: Doc) -> str:
    """The document's text."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = remember_text(doc, doc.text).user_data[_TEXT]
    return text


def words_of(doc: Doc) -> list[str]:
    """The text of each token, by token index."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = doc.user_data[_WORDS] = [token.text for token in doc]
    return words
