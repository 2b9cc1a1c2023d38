"""The text as the analysis reads it: markup read past, line ends cleaned, and offsets mapped back."""
from __future__ import annotations

import pytest

from services.nlp.reading import read


def _submitted_text(text: str, word: str) -> str:
    """The part of the submitted `text` that `word` of the text read came from."""
    reading = read(text)
    start = reading.text.index(word)
    return text[slice(*reading.submitted(start, start + len(word)))]


@pytest.mark.parametrize("text", [
    "Apple said on Monday it would buy Beats.\n\nShares rose 2%.",
    "Shares of AT&T rose; Q&A at 5pm; a < b > c; 3<4 and 5>2",
    "The agency, <Reuters> reported, said x <y> z.",  # no element the service knows
])
def test_plain_text_is_read_as_it_is(text):
    reading = read(text)
    assert reading.text == text
    assert reading.submitted(3, 9) == (3, 9)


def test_paragraph_elements_make_the_line_breaks_and_the_source_breaks_are_spaces():
    text = ("<html><body>\n  <h1>Tesco profits jump</h1>\n  <p>Tesco said on\n    Wednesday that profits rose.</p>"
            "<p>Shares rose<br/>2%.</p>\n</body></html>")
    assert read(text).text == "Tesco profits jump\n\nTesco said on Wednesday that profits rose.\n\nShares rose\n2%."
    assert _submitted_text(text, "on Wednesday") == "on\n    Wednesday"


def test_inline_tags_go_and_a_text_without_paragraph_elements_keeps_its_lines():
    text = "Tesco profits jump\n\nThe <b>Tesco</b> chief, <a href=\"/p/km\">Ken Murphy</a>, spoke."
    assert read(text).text == "Tesco profits jump\n\nThe Tesco chief, Ken Murphy, spoke."
    assert _submitted_text(text, "Ken Murphy") == "Ken Murphy"
    assert _submitted_text(text, "Tesco chief") == "Tesco</b> chief"


def test_scripts_styles_and_comments_are_no_text():
    text = ("<p>Fed holds rates.</p><script type=\"text/javascript\">var a = \"<p>Ad</p>\";</script><!-- ad slot -->"
            "<style>p { color: red; }</style><p>Powell spoke.</p>")
    assert read(text).text == "Fed holds rates.\n\nPowell spoke."


def test_markup_with_windows_line_ends_maps_back():
    text = "<p>Fed holds rates.</p>\r\n<p>Jerome Powell <i>and</i> aides spoke.  \r\nMarkets rose.</p>"
    reading = read(text)
    assert reading.text == "Fed holds rates.\n\nJerome Powell and aides spoke. Markets rose."
    assert _submitted_text(text, "Jerome Powell and aides") == "Jerome Powell <i>and</i> aides"
    # The text read's last character came from the last character before the closing tag.
    assert reading.submitted(len(reading.text) - 1, len(reading.text)) == (text.index("rose.</p>") + 4,
                                                                          text.index("rose.</p>") + 5)
