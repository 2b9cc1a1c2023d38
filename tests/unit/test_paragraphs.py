"""Sentences start at paragraph breaks: the parser no longer runs one on across a blank line."""
from __future__ import annotations

import pytest
from spacy.language import Language

from services.nlp.pipeline import enrich


def sentences(nlp: Language, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_blank_line_ends_a_sentence_even_after_a_closing_quote(nlp: Language) -> None:
    text = 'He said: "We are fixing the NHS."\n\nVictoria Atkins said the plan was unfunded.'
    assert sentences(nlp, text) == ['He said: "We are fixing the NHS."', "Victoria Atkins said the plan was unfunded."]


def test_a_short_line_is_a_headline_and_a_long_unfinished_line_is_a_hard_wrap(nlp: Language) -> None:
    text = ("Minister quits over leak\nThe minister said on Monday that the plan had been hard wrapped\n"
            "at seventy columns by the wire service.")
    assert sentences(nlp, text) == [
        "Minister quits over leak",
        "The minister said on Monday that the plan had been hard wrapped\nat seventy columns by the wire service.",
    ]


def test_a_colon_keeps_the_quote_below_it_in_its_sentence(nlp: Language) -> None:
    assert len(sentences(nlp, 'The minister said:\n\n"We will win."')) == 1


def test_a_pronoun_after_a_paragraph_break_speaks_for_the_person_just_named(nlp: Language) -> None:
    # The sentence run on across the blank line named Atkins beside "He": she was taken for a man, and her
    # quote went to Streeting.
    text = ('Wes Streeting defended the policy. He said: "We are fixing the NHS."\n\n'
            'Victoria Atkins said the plan was unfunded. She said: "Labour have no idea."')
    speakers = {q["text"]: q["speaker"]["name"] for q in enrich(nlp, text)["quotes"]}
    assert speakers == {'"We are fixing the NHS."': "Wes Streeting", '"Labour have no idea."': "Victoria Atkins"}


def test_a_hard_wrap_after_an_abbreviation_is_left_to_the_parser(nlp: Language) -> None:
    text = ("The minister met officials from the U.S.\nTreasury on Monday to discuss the new trade rules and the\n"
            "tariffs that Mr.\nSmith had proposed.")
    assert len(sentences(nlp, text)) == 1


def test_a_sum_or_measure_in_m_or_g_ends_its_sentence(nlp: Language) -> None:
    # spaCy keeps "m." as one token, an abbreviation: the two sentences were one, and summaries ran across them.
    text = ("The deal is worth £5m. Shares rose on the news. The sample weighed 4.5g.  Nobody knew why. "
            "At 5 p.m. Jones left.")
    assert sentences(nlp, text) == ["The deal is worth £5m.", "Shares rose on the news.", "The sample weighed 4.5g.",
                                    "Nobody knew why.", "At 5 p.m. Jones left."]  # two spaces after "4.5g." too
    phrases = {k["text"] for k in enrich(nlp, text)["keyphrases"]}
    assert phrases and not any(p.startswith(("m.", "g.")) for p in phrases)


def test_a_name_after_an_abbreviated_title_starts_no_sentence(nlp: Language) -> None:
    text = "Phoenix police Sgt. Brian Lopez said officers arrested the suspect at a motel."
    assert sentences(nlp, text) == [text]
    assert enrich(nlp, text)["summary"]["text"] == text


def test_a_members_hon_ends_no_sentence(nlp: Language) -> None:
    # "hon." lost its full stop to the tokenizer, which ended a sentence: the summary glued "I thank my hon." to
    # "Lady knows that ...", a sentence nobody said.
    text = ("I thank my hon. Friend for her question. The right hon. Gentleman is wrong. The hon. and learned Lady "
            "knows that we have cut waiting lists.")
    assert sentences(nlp, text) == ["I thank my hon. Friend for her question.", "The right hon. Gentleman is wrong.",
                                    "The hon. and learned Lady knows that we have cut waiting lists."]


def test_a_members_address_is_no_key_phrase_nor_name(nlp: Language) -> None:
    text = ("Mr Speaker: The Minister will know that the hon. Member for Clacton is wrong. I refer the right hon. "
            "Gentleman to my earlier answer. The hon. Lady is right, and my hon. Friend agrees.")
    result = enrich(nlp, text)
    phrases = {k["text"] for k in result["keyphrases"]}
    assert "Clacton" in phrases
    address = {"hon", "hon.", "right", "Lady", "Gentleman", "Friend", "Member"}
    assert not {p for p in phrases if address & set(p.split())}, phrases
    assert not {e["text"] for e in result["entities"]} & {"Lady", "Gentleman", "Friend", "Member"}


def test_guard_hon_hai_and_lady_gaga_are_unchanged(nlp: Language) -> None:
    text = ("Hon Hai Precision Industry, the Apple supplier known as Foxconn, said profits rose. Lady Gaga thanked "
            "her friends in Los Angeles.")
    result = enrich(nlp, text)
    names = {e["canonical"] for e in result["entities"]}
    assert "Hon Hai Precision Industry" in names and ("Lady Gaga" in names or "Gaga" in names), names
    assert "Hon Hai Precision Industry" in {k["text"] for k in result["keyphrases"]}


def test_a_title_ending_a_sentence_before_a_pronoun_still_ends_it(nlp: Language) -> None:
    text = "He retired from the Army as a Col. He then joined a defence contractor in Virginia."
    assert len(sentences(nlp, text)) == 2


_ON_X = ('Emmanuel Macron congratulated her on X. Jordan Bardella said she had been "re-elected by a coalition of '
         'losers".')


@pytest.mark.parametrize("text, expected", [
    (_ON_X, ["Emmanuel Macron congratulated her on X.", _ON_X[len("Emmanuel Macron congratulated her on X. "):]]),
    ("Musk posted via X. The company said nothing.", ["Musk posted via X.", "The company said nothing."]),
    ("Donald J. Trump praised Malcolm X. Jones in a speech.",
     ["Donald J. Trump praised Malcolm X. Jones in a speech."]),
])
def test_the_platform_x_ends_its_sentence_and_an_initial_x_does_not(nlp: Language, text: str,
                                                                    expected: list[str]) -> None:
    # spaCy keeps "X." whole, an initial: the two sentences were one, and Bardella's quote went to Macron.
    assert sentences(nlp, text) == expected


def test_a_quote_after_a_post_on_x_is_the_next_speakers(nlp: Language) -> None:
    assert [q["speaker"]["name"] for q in enrich(nlp, _ON_X)["quotes"]] == ["Jordan Bardella"]


@pytest.mark.parametrize("stamp", ["07:41 GMT", "14:32 BST", "9.15am", "11:05 ET", "2:14 p.m. ET"])
def test_a_live_blogs_time_alone_on_its_line_is_a_sentence_of_its_own(nlp: Language, stamp: str) -> None:
    text = (f"Storm Éowyn live: homes without power\n\n{stamp}\nESB Networks says about 715,000 homes are without "
            "power across the Republic.")
    assert sentences(nlp, text)[1:] == [
        stamp, "ESB Networks says about 715,000 homes are without power across the Republic."]


def test_the_entry_after_a_live_blogs_time_keeps_its_names(nlp: Language) -> None:
    # The parser cut "ESB" from "Networks says ..." after the stamp: no organisation was found.
    text = ("Storm Éowyn live: homes without power\n\n07:41 GMT\nESB Networks says about 715,000 homes are without "
            "power across the Republic.\n\n07:22 GMT\nApple shares fell in early trading in New York.")
    result = enrich(nlp, text)
    assert {"ESB Networks", "Apple"} <= {m["text"] for m in result["entities"]}
    assert "GMT" not in result["summary"]["text"]


_ELLIPSIS_QUOTE = ('Tesco chief executive Ken Murphy said the company would invest £1.5bn in Scotland. "We are '
                   'confident in the future of the high street..." Murphy said. Shares rose 4%.')


def test_an_attribution_after_a_quote_closing_on_an_ellipsis_is_in_the_quotes_sentence(nlp: Language) -> None:
    # The parser ended the sentence at the closing mark: "Murphy said." stood alone, and the quote lost its speaker.
    assert sentences(nlp, _ELLIPSIS_QUOTE)[1] == '"We are confident in the future of the high street..." Murphy said.'
    result = enrich(nlp, _ELLIPSIS_QUOTE, summary_sentences=2)
    assert [(q["speaker"]["text"], q["speaker"]["name"]) for q in result["quotes"]] == [("Murphy", "Ken Murphy")]
    assert result["summary"]["text"].endswith('high street..." Murphy said.')


@pytest.mark.parametrize("after", ["the 24-year-old said.", "he added, smiling.", "said coach Tom Jones."])
def test_any_short_attribution_after_an_ellipsis_quote_is_in_its_sentence(nlp: Language, after: str) -> None:
    text = f'Emma Raducanu won on Saturday. "I just kept going and it worked out in the end..." {after} She rested.'
    assert sentences(nlp, text)[1].endswith(after)


def test_a_sentence_saying_more_after_an_ellipsis_quote_is_its_own(nlp: Language) -> None:
    text = 'Fans sang "Here we go..." Murphy said the board would grow the business.'
    assert sentences(nlp, text) == ['Fans sang "Here we go..."', "Murphy said the board would grow the business."]


def test_a_spaced_opening_guillemet_starts_its_sentence(nlp: Language) -> None:
    # The parser put the mark alone in a sentence of its own: the summary's sentence began after it.
    text = ("Ken Murphy, chief executive of Tesco, spoke in Glasgow. « We are confident in the future of the high "
            "street, » Murphy said. Shares rose 4%.")
    assert sentences(nlp, text)[:2] == [
        "Ken Murphy, chief executive of Tesco, spoke in Glasgow.",
        "« We are confident in the future of the high street, » Murphy said."]
    summary = enrich(nlp, text, summary_sentences=2)["summary"]["text"]
    assert summary.endswith("Glasgow. « We are confident in the future of the high street, » Murphy said.")


@pytest.mark.parametrize("before", ["Revenue rose 39% to $30.07 billion.", "Shares fell 4% on Monday.",
                                    "Net profit rose to NT$398 billion."])
def test_initials_opening_a_sentence_stay_with_the_name_after_them(nlp: Language, before: str) -> None:
    # QA qa2: the parser made "C.C." a sentence of its own: the person was lost, the quote's speaker was "Wei".
    text = f'{before} C.C. Wei, the chief executive, said demand "continues to be very strong".'
    assert sentences(nlp, text)[1:] == ['C.C. Wei, the chief executive, said demand "continues to be very strong".']
    result = enrich(nlp, text)
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["C.C. Wei"]


@pytest.mark.parametrize(("text", "expected"), [
    # Guards: initials inside a sentence end it as before; initials opening one keep their sentence.
    ("He flew to the U.S. Officials said he was fine.", ["He flew to the U.S. Officials said he was fine."]),
    ("Sales rose 5%. U.S. officials said so.", ["Sales rose 5%.", "U.S. officials said so."]),
    ("Revenue rose 39%. J.K. Rowling, the author, said it was good.",
     ["Revenue rose 39%.", "J.K. Rowling, the author, said it was good."]),
    ('It rose. "Yes." C.C. Wei said so.', ["It rose.", '"Yes."', "C.C. Wei said so."]),
])
def test_initials_opening_a_sentence_stay_with_the_name_after_them_guard(nlp: Language, text: str,
                                                                          expected: list[str]) -> None:
    assert sentences(nlp, text) == expected


def test_a_results_lines_def_ends_no_sentence(nlp: Language) -> None:
    # qa2: the parser ended a sentence at "def." between winner and loser: the summary kept "UFC 300 results: Alex
    # Pereira def." as a sentence and "Alex Pereira def" was a key phrase.
    text = ("UFC 300 results: Alex Pereira def. Jamahal Hill via KO (punches) at 3:14 of Round 1; Zhang Weili def. "
            "Yan Xiaonan via unanimous decision. Max Holloway (USA) def. Justin Gaethje via KO.")
    assert sentences(nlp, text) == [
        "UFC 300 results: Alex Pereira def. Jamahal Hill via KO (punches) at 3:14 of Round 1; Zhang Weili def. Yan "
        "Xiaonan via unanimous decision.", "Max Holloway (USA) def. Justin Gaethje via KO."]
    assert "Alex Pereira def" not in [k["text"] for k in enrich(nlp, text)["keyphrases"]]


@pytest.mark.parametrize("text", [
    "The server ran def. The next job failed.",  # a word "def" after no name
    "He wrote def foo. Then it crashed.",
])
def test_a_results_lines_def_ends_no_sentence_guard(nlp: Language, text: str) -> None:
    """"def" and its stop after no name, or spaced from its stop, leave the parser's sentences as they were."""
    assert len(sentences(nlp, text)) == 2
