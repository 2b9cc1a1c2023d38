"""The text as the analysis reads it: markup read past, line ends cleaned, and offsets mapped back."""
from __future__ import annotations

import pytest

from services.nlp import reading as reading_module
from services.nlp.reading import read
from tests.unit.work import lines_run


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


@pytest.mark.parametrize("text", ["<p> </p>", "<P> </P>", "<br> <br>", "<div>\n  <p> </p>\n</div>\n"])
def test_a_text_of_nothing_but_tags_and_white_space_is_all_markup(text):
    # "<p> </p>" was read as two tags named in prose (a space beside each): its summary was "<p> </p>".
    assert not read(text).text.strip()


@pytest.mark.parametrize("text", ["<p> hi </p>", "the <br> tag", "<Label> </Label>", "<b> Smith </b>"])
def test_tags_beside_a_word_are_not_made_markup_by_that_rule_guard(text):
    # guard: a word outside the tags keeps them as they were read (named in prose, or a title in brackets).
    assert read(text).text == text


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
    # Guards (reading's third round): words that are no attributes, an unclosed comment and CDATA markers in prose,
    # titles and tickers in mixed or upper case.
    "The band's album <i open> sold well, and <a hidden gem> topped the charts.",
    "To hide a line, type <!-- before it, the guide says.",
    "The feed wraps its HTML in <![CDATA[ and ]]> markers.",
    "Cupertino <BR /> shares fell, and IU's album <Label> sold well.",
    # Guards (review of the reading's third round): tags with attributes written bare, named in prose.
    "Developers can write <video controls> to show play buttons, Google's Chrome team said. The change ships in March.",
    "The bug was in the <dialog open> element, Apple engineer Maria Gomez wrote in a blog post.",
    "Use the <details open> attribute to expand a section by default, the MDN guide says. Mozilla maintains it.",
    "The <main hidden> trick, <ol reversed> lists and <td nowrap> cells are old HTML, said Jeffrey Zeldman.",
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



def _assert_maps_back(text: str) -> None:
    """Each character of the text read but a space or line break the markup made came from the same character."""
    reading = read(text)
    for at, char in enumerate(reading.text):
        if not char.isspace():
            assert text[reading.submitted(at, at + 1)[0]] == char, (at, char)


@pytest.mark.parametrize(("text", "expected"), [
    ('<p>Apple said.</p><video controls autoplay><source src="a.mp4"></video><p>Shares rose.</p>',
     "Apple said.\n\nShares rose."),
    ('<p>Apple said.</p><script async>var ad = "<p>Buy</p>";</script><p>Shares rose.</p>',
     "Apple said.\n\nShares rose."),
    ('<p>Apple said.</p><script async src="/x.js" defer></script><p>Shares rose.</p>', "Apple said.\n\nShares rose."),
    ("<p>Apple said.</p>\n<input disabled>\n<p>Shares rose.</p>", "Apple said.\n\nShares rose."),
    # The only tags of the text, alone on their lines.
    ("<details open>\n<summary>Results</summary>\nShares rose.\n</details>", "Results\n\nShares rose."),
])
def test_tags_with_attributes_written_bare_are_markup(text, expected):
    # "<video controls>" was no tag (no "=" in it): it stayed in the text, and a "<script async>"'s code was prose.
    assert read(text).text == expected
    _assert_maps_back(text)


def test_an_articles_other_elements_are_markup_and_drawings_and_embeds_no_text():
    text = ('<p>Apple <strike>fell</strike> <kbd>rose</kbd> <mark>2%</mark>.</p><figure><svg viewBox="0 0 9 9">'
            "<title>Chart</title><text>Q3</text></svg><figcaption>Apple's shares</figcaption></figure>"
            '<iframe src="/ad">Your browser cannot show this.</iframe><noscript>Enable JavaScript.</noscript>'
            '<details><summary>Background</summary>Cook spoke.</details><p>Tim <svg class="icon"/>Cook said.</p>')
    assert read(text).text == ("Apple fell rose 2%.\n\nApple's shares\n\nBackground\n\nCook spoke.\n\n"
                               "Tim Cook said.")
    _assert_maps_back(text)


@pytest.mark.parametrize(("text", "expected"), [
    # A feed's description: HTML in a CDATA section.
    ("<![CDATA[<p>Apple said on Monday.</p><p>Shares rose 2%.</p>]]>", "Apple said on Monday.\n\nShares rose 2%."),
    ("<p>Apple said.</p><p><![CDATA[Q3 < Q4, & Q4 > Q3]]></p>", "Apple said.\n\nQ3 < Q4, & Q4 > Q3"),
])
def test_cdata_markers_go_and_their_content_is_read(text, expected):
    assert read(text).text == expected
    _assert_maps_back(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("<Div>Apple said.</Div>\n<Div>Shares rose.<Br>Next.</Div><p>End.</p>",
     "Apple said.\n\nShares rose.\nNext.\n\nEnd."),
    # In a page, a ticker or a placeholder in upper case stays.
    ("<P>Apple said.</P><P>Shares of DuPont (<DD>) and Pandora (<P>) rose.</P>",
     "Apple said.\n\nShares of DuPont (<DD>) and Pandora (<P>) rose."),
    ('<p>Police said.</p><p>"Pay the fee at <LINK>." Victims gave their <ADDRESS>, and IU\'s album <Label> sold.</p>',
     'Police said.\n\n"Pay the fee at <LINK>." Victims gave their <ADDRESS>, and IU\'s album <Label> sold.'),
    # With spaces on both sides: markup in a page, text beside one stray tag (and in prose: see above).
    ("<P>Apple said.</P><P>Cupertino <BR /> shares fell. </P>", "Apple said.\n\nCupertino\nshares fell."),
    ("<p>Apple said.</p><p>Cupertino <br /> shares fell</p>", "Apple said.\n\nCupertino\nshares fell"),
    ("Apple said.</P>\nUse the <BR> tag, Cupertino staff were told.",
     "Apple said.\nUse the <BR> tag, Cupertino staff were told."),
])
def test_tags_in_upper_or_mixed_case_are_markup_where_written_as_markup(text, expected):
    assert read(text).text == expected
    _assert_maps_back(text)


def test_an_unclosed_comment_in_a_page_keeps_the_rest():
    # Guard (review): dropping the rest, as a browser does, lost the article after a stray or named "<!--".
    text = ("<p>Shares rose 3%.</p><p>To comment out code, type <!-- before it, said Tim Cook.</p>"
            "<p>Investors cheered.</p>")
    assert read(text).text == ("Shares rose 3%.\n\nTo comment out code, type <!-- before it, said Tim Cook.\n\n"
                               "Investors cheered.")
    _assert_maps_back(text)


@pytest.mark.parametrize("unit", ["<b> ", "<video controls ", "<![CDATA[ <b>x", "]]><![CDATA[", "<!-- <p>x</p>",
                                  " <BR> <p>", "<svg>", "<Div>x", "<svg/>x", " <i>\n", "<p>a (<DD>) "])
def test_reading_grows_linearly_with_repeated_markup(unit):
    small = lines_run(lambda: read(unit * 2000), reading_module.__file__)
    large = lines_run(lambda: read(unit * 4000), reading_module.__file__)
    assert large < 2.5 * small


@pytest.mark.timeout(30)
def test_a_long_line_of_tags_beside_spaces_is_read_at_once():
    # Each tag looked at its whole line ("alone on its line?"): 200,000 characters took seconds, 1.6 million minutes.
    text = "Use the tag <b> " * 100_000  # no tag written as markup: a text about tags, read as it is
    assert read(text).text == text
