"""The input schema's check that a text has words outside its HTML markup: its quick answer is the reading's."""
from __future__ import annotations

import pytest
from marshmallow import ValidationError

from services.core.schemas import _BLANK, ArticleIn, _has_words_outside_markup
from services.nlp.reading import read

CASES = [
    # (text, has words outside its markup)
    ("<p> </p>", False), ("<P> </P>", False), ("<br> <br>", False), ("<div>\n  <p> </p>\n</div>\n", False),
    # Words a rough strip of the tags keeps but the reading never reads: a script's, a style's, a comment's.
    ("<script>var x = 1</script>", False), ("<style>p { color: red }</style>", False), ("<!-- hello -->", False),
    ("<!-- a > b -->", False), ("<SCRIPT>var x</SCRIPT> <p> </p>", False),
    ("<p>Hello</p>", True), ("<b>x</b>", True), ("a < b", True), ("<p>&amp;</p>", True),
    ("<style>p {}</style><p>The minister spoke.</p>", True), ("<p>Tom &amp; Jerry</p>", True),
]


@pytest.mark.parametrize(("text", "has_words"), CASES)
def test_the_quick_answer_is_the_readings(text: str, has_words: bool) -> None:
    assert (not _BLANK.fullmatch(read(text).text)) is has_words  # the cases say what the reading says
    assert _has_words_outside_markup(text) is has_words


# Character references are the characters they stand for before the check: a no-break or zero-width space is none.
@pytest.mark.parametrize("text", [text for text, has_words in CASES if not has_words] + ["<p>&nbsp;</p>",
                                                                                        "<p>&#8203;</p>"])
def test_markup_without_words_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        ArticleIn().load({"text": text})
    assert "words outside its HTML markup" in str(refused.value.messages) or "empty" in str(refused.value.messages)
