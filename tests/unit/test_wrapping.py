"""Hard-wrapped text read as running text: which line breaks are wraps, and offsets back into the submitted text."""
from __future__ import annotations

import textwrap

import pytest

from services.nlp.reading import read
from services.nlp.wrapping import unwrapped

STORY = ("Volkswagen passenger cars brand chief executive Thomas Schaefer met officials of the National Highway "
         "Traffic Safety Administration in Washington on Monday. The company will recall 40,000 cars built in "
         "Chattanooga.\n\n\"We are confident that the fix is safe,\" Schaefer said after the meeting. Shares rose 2% "
         "in Frankfurt.")


def _filled(text: str, width: int) -> str:
    """The text as a wrapping tool writes it: each paragraph filled to `width`."""
    return "\n".join(textwrap.fill(paragraph, width) for paragraph in text.split("\n"))


@pytest.mark.parametrize("width", [56, 62, 70])
def test_a_hard_wrapped_text_reads_as_its_paragraphs(width):
    wrapped = _filled(STORY, width)
    assert wrapped.count("\n") > 4
    assert unwrapped(wrapped) == STORY


def test_a_short_text_wrapped_once_inside_a_sentence_is_one_line():
    text = ('Ken Murphy, chief executive of Tesco, spoke in Glasgow. "We are\nconfident in the future of the high '
            'street."')
    assert unwrapped(text) == text.replace("\n", " ")


@pytest.mark.parametrize("text", [
    # A poem's lines are not full.
    "The woods are lovely, dark and deep,\nbut I have promises to keep,\nand miles to go before I sleep,\n"
    "and miles to go before I sleep.",
    # A list's items.
    "The council will spend the money on the following projects this year:\n"
    "- new cycle lanes in the centre of the town and down by the river\n- repairs to the bridge\n- a new library",
    # A table's rows are full but no sentence runs on.
    "Company         Price     Change\nTesco           310.2     +4.1%\nSainsbury       270.5     -1.2%",
    # A headline and a byline over paragraphs of one line each.
    "Tesco to invest in Scotland\nBy Jane Smith\nKen Murphy said the company would invest in Scotland.\n"
    "Shares rose 4% in London on Monday.",
    # Lines longer than any wrapping width.
    "Ken Murphy said the company would invest 1.5bn in Scotland over the next five years, the biggest push in a "
    "decade\nand more.\nShares rose.",
])
def test_text_that_is_not_hard_wrapped_keeps_its_line_breaks(text):
    assert unwrapped(text) == text


def test_windows_line_ends_are_read_as_line_feeds_and_offsets_map_back():
    wrapped = _filled(STORY, 70).replace("\n", "\r\n")
    reading = read(wrapped)
    assert reading.text == STORY
    for name in ("Thomas Schaefer", "Chattanooga.", "Frankfurt"):
        start = reading.text.index(name)
        original = wrapped[slice(*reading.submitted(start, start + len(name)))]
        assert original.replace("\r\n", " ") == name
    # A span ending at a line's end ends before its "\r".
    start = reading.text.index("Chattanooga.")
    assert wrapped[reading.submitted(start, start + len("Chattanooga."))[1]] == "\r"


@pytest.mark.parametrize("text", [
    # Guards (review of 61c5403): full lines that go on in capitals are a list's, not prose's.
    "Biden signs executive order on artificial intelligence safety\nTrump rallies supporters in Iowa ahead of the "
    "first caucuses\nBank of England holds interest rates at a sixteen year high\nApple unveils new iPhone with "
    "faster chip and better camera",
    "Results from the Premier League on Saturday afternoon in England\nArsenal 2 Chelsea 1 with goals from Saka and "
    "Havertz at the Emirates\nLiverpool 3 Everton 0 as Salah scored twice in the Merseyside derby\nAston Villa 1 "
    "Newcastle United 1 after a late equaliser by Isak",
    "The band announced a UK tour on Monday with dates across the country\nSaturday 12 May Leeds First Direct Arena "
    "with support from The Kooks\nSunday 13 May Manchester AO Arena with support from Blossoms band",
    "Arsenal: Raya; White, Saliba, Gabriel, Zinchenko; Odegaard, Rice, Havertz\nSubs not used: Ramsdale, Jorginho, "
    "Tierney, Nelson, Smith Rowe, Kiwior\nManchester City: Ederson; Walker, Dias, Ake, Gvardiol; Rodri, De Bruyne",
])
def test_full_lines_that_go_on_in_capitals_keep_their_breaks(text):
    assert unwrapped(text) == text


def test_a_headline_over_a_wrapped_body_keeps_its_break():
    # Guard (review of 61c5403): the headline, the longest line, set the width and was joined to the lede.
    headline = "Volkswagen chief meets US safety regulators over recall of 40,000 cars"
    assert unwrapped(f"{headline}\n{_filled(STORY, 62)}") == f"{headline}\n{STORY}"


def test_spaces_at_line_ends_are_taken_out_and_offsets_map_back():
    # An e-mail's wrapping leaves a space before each break ("format=flowed"): joined to the wrap's space, it made a
    # space token inside "Thomas   Schaefer".
    wrapped = "\n".join(line + "  " for line in _filled(STORY, 62).split("\n")).replace("\n", "\r\n")
    reading = read(wrapped)
    assert reading.text == STORY + "  "  # the text's end has no line break
    for name in ("Thomas Schaefer", "Frankfurt."):
        start = reading.text.index(name)
        assert " ".join(wrapped[slice(*reading.submitted(start, start + len(name)))].split()) == name
