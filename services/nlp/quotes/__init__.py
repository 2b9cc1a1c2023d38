"""Direct quotes of an article and who says them.

Quotes. Quotation marks are found by scanning the characters and classified by their neighbours
(an opening mark follows a space and precedes a word, a closing mark the reverse), not by glyph
alone, because news text often uses the wrong curly mark and ’ is mostly an apostrophe. Marks are
paired with a stack, so nested quotes stay inside their outer quote. A paragraph that ends inside a
quote goes on when the next paragraph opens with the same kind of mark (news style); a quote never
closed is dropped, keeping the quotes nested in it. Quoted titles of shows and works, nicknames and
subheadings are not speech and are left out. Quoted pieces of one sentence joined by a few words
("called him a “nasty guy” and “sick”") make one quote, as they make one attribution.

Speakers. A quote opening its sentence is attributed by the clause after it (“…,” she said / said
Smith); a quote inside a sentence by the clause around it: "according to X", the clause before a
colon, the subject of the topmost speech verb above the quote in the parse ("Trump said Clinton
called it “…”" is Trump's, as news annotators read it; not past a clause of a speaker of its own beside that verb:
"X called it “…”, while Y said “…”"), the nearest speech verb before it, and
finally the subject of the verb the quote depends on. A quote standing alone takes the speaker of
the sentence or quote just before it. The speaker is returned as the mention in the text (a name,
a description or a pronoun); a he/she pronoun gets the closest preceding person, preferring
subjects and persons of the right gender, as its antecedent.

Measured on PolNeAR dev: `python -m services.eval.score_quotes`.

The package's modules, each importing only from those listed before it:
- `marks`: quotation marks, the quoted stretches (`find_quote_spans`, `quote_spans_of`) and the text's lines.
- `speech`: verbs and nouns of speech, `is_speech_verb`, the tokens of a stretch of text.
- `titles`: which quoted stretches are quotes (not titles of works, names, scare quotes); on marks, speech.
- `phrases`: the quote and document records (`Quote`, `Context`) and a speaker's phrase; on marks, speech.
- `speakers`: the attribution rules that find each quote's speaker (`attribute`); on marks, speech, phrases.
- `antecedents`: whom a pronoun or description speaker stands for, `near_someone`; on speech, phrases.
- `extract`: `extract_quotes`, the interface; on all of them.
"""
from __future__ import annotations

from services.nlp.quotes.antecedents import (
    ORGANISATION_REACH,
    PEOPLE_ENDINGS,
    PRIVATE_PEOPLE,
    is_private_person,
    names_the_speaker,
    near_someone,
)
from services.nlp.quotes.extract import extract_quotes
from services.nlp.quotes.marks import find_quote_spans, quote_spans_of
from services.nlp.quotes.phrases import ANTECEDENT_REACH
from services.nlp.quotes.speakers import ANCESTOR_STEPS
from services.nlp.quotes.speech import ATTRIBUTING_VERBS, DOCUMENT_NOUNS, SPEECH_NOUNS, SPEECH_VERBS, is_speech_verb
from services.nlp.quotes.titles import HEADLINE_CHARS, TITLE_SMALL_WORDS

__all__ = [
    "ANCESTOR_STEPS",
    "ANTECEDENT_REACH",
    "ATTRIBUTING_VERBS",
    "DOCUMENT_NOUNS",
    "HEADLINE_CHARS",
    "ORGANISATION_REACH",
    "PEOPLE_ENDINGS",
    "PRIVATE_PEOPLE",
    "SPEECH_NOUNS",
    "SPEECH_VERBS",
    "TITLE_SMALL_WORDS",
    "extract_quotes",
    "find_quote_spans",
    "is_private_person",
    "is_speech_verb",
    "names_the_speaker",
    "near_someone",
    "quote_spans_of",
]
