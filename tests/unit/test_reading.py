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


@pytest.mark.parametrize("text", [
    # Guards (review of 5092a9e): tags named in prose, titles and words in angle brackets, an unclosed comment.
    "Hackers injected a <script> tag into the checkout pages of 500 shops. The code sat between the <script> and "
    "</script> markers, where browsers run it.",
    "Hackers injected a <script>\ntag into the checkout pages, and staff were told to check every\n<p> and <div> "
    "element on their pages.",
    "Springfield council voted to stop staff using the <br> tag in notices.\n\nThe rule takes effect in May.",
    "Director Jang Hoon's film <A Taxi Driver> drew 12 million viewers, while <I Can Speak> and <Time> topped the box "
    "office, and IU's album <Label> sold well.",
    "Allies were ready to invoke <Article 5> if needed, the <I> Corps said; students graded <A> passed.",
    "If a<b and c>d then the HTML5 <video> and <audio> elements fail.",
    "From: Jane Doe <jane.doe@acme.com>\nSubject: Acme results\n\nAcme said revenue rose.",
    "Word <!-- " * 50,
    # Guards (second review of the reading): tags named in prose beside marks or brackets, tickers, placeholders,
    # Markdown's code.
    '...said attackers injected a "<script>" tag into the page of Acme Corp, and the "</script>" tag closed it.',
    "Browsers must handle tags like <b>, <i> and <u>; Edge now supports the <video>.",
    'He wrote "<p>" and "</p>" on the whiteboard, teacher Mark Lee said of the dotless letter (<i>).',
    "Shares of DuPont (<DD>) and Pandora Media (<P>) rose.",
    '"Pay the fee at <LINK>." Victims had to confirm their <ADDRESS>, <TIME> of birth and <SOURCE> of income.',
    "Use the `<br>` tag and the `<p>` tag.",
])
def test_text_that_names_tags_or_brackets_words_is_no_markup(text):
    assert read(text).text == text


def test_a_text_laid_out_by_its_own_line_breaks_keeps_them_beside_its_tags():
    # Guard (review of 5092a9e): one "<br>" made every line break a space, the headline and byline one line.
    text = ("<h1>Tesco profits jump</h1>\nBy Simon Jack\nBusiness editor\n\nTesco said profits rose.<br>\n\n\"We are "
            "pleased,\" Murphy said.<br>More to come.")
    assert read(text).text == ("Tesco profits jump\nBy Simon Jack\nBusiness editor\n\nTesco said profits rose.\n\n\"We "
                               "are pleased,\" Murphy said.\nMore to come.")


def test_cells_blocks_pre_and_line_breaks_of_a_page():
    # Guards (review of 5092a9e): cells were glued ("Tim CookChief Executive"), a page's nav, main and aside inline,
    # a <pre>'s lines joined, and "<br><br>" one line break.
    text = ("<nav>Home | News</nav>\n<main><p>Apple named its leaders.</p><table><tr><td>Tim Cook</td><td>Chief "
            "Executive</td></tr></table>\n<pre>Team  Pts\nLiverpool 82</pre>\nStorm hits<br><br>Winds rose.</main>"
            "<hr>")
    assert read(text).text == ("Home | News\n\nApple named its leaders.\n\nTim Cook Chief Executive\n\nTeam  Pts\n"
                               "Liverpool 82\n\nStorm hits\n\nWinds rose.")


@pytest.mark.parametrize(("text", "expected"), [
    # Guards (second review of the reading): one stray tag in a text laid out by single line breaks.
    ('Storm hits Cornwall\nWinds battered Cornwall.<br>\n"It is a dangerous storm," said Alex Deakin.',
     'Storm hits Cornwall\nWinds battered Cornwall.\n"It is a dangerous storm," said Alex Deakin.'),
    ("Tesco profits jump\nTesco said profits rose.\nShares rose 3% in London.</p>",
     "Tesco profits jump\nTesco said profits rose.\nShares rose 3% in London."),
    ("Arsenal: Raya; White, Saliba\nChelsea: Sanchez; James<br>\nReferee: Michael Oliver\nAttendance: 60,383",
     "Arsenal: Raya; White, Saliba\nChelsea: Sanchez; James\nReferee: Michael Oliver\nAttendance: 60,383"),
    # A blank line inside a <pre> leaves the page laid out by its tags.
    ("<p>Tim Cook said the\ncompany would invest.</p><pre>line a\n\nline b</pre><p>Shares\nrose.</p>",
     "Tim Cook said the company would invest.\n\nline a\n\nline b\n\nShares rose."),
])
def test_a_stray_tag_keeps_the_texts_own_line_breaks(text, expected):
    assert read(text).text == expected

