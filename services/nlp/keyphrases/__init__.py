"""Key phrases of an article: the noun phrases it is about.

Candidates are spaCy noun chunks trimmed to their content words (no determiners, pronouns, numbers, sums,
dates or generic adjectives such as "additional" or "new"; no honorific, nor a person's role before their name, nor
what the entity step stripped from a person's full name).
Content words are ranked with PositionRank (PageRank over a co-occurrence graph of nouns, proper nouns and
adjectives within each sentence, biased towards words that occur early);
a phrase scores the sum of its words' ranks over the square root of its length (longer phrases are
more specific but should not win by length alone), raised by how often the phrase recurs (also inside
longer chunks) and by an early first mention (headline and lede state the topic). Phrases headed by a
role ("defence minister") or a generic noun ("time", "meeting") are damped: they refer to people and
occasions rather than naming what the story is about; so is a common noun mostly seen as a modifier
("defence" in "defence minister"). Longer forms of a listed name ("Vladimir Putin" after "Putin")
are dropped. Phrases are deduplicated by lemma; a phrase whose
words all belong to a better-ranked phrase ("Putin" after "Vladimir Putin") is dropped. Scores are
divided by the best one, so the first phrase scores 1.0. A line in capitals (a shouted headline) gives phrases cut
at a headline's verbs ("SLUMP", "OVERTAKES") and spelled as the rest of the text spells their words ("iPhone prices"
of "APPLE CUTS IPHONE PRICES"), a word it does not write in lower case if a dictionary noun, else as a name.

The modules, each importing only from those listed above it:
  - `words`: limits and word lists, and tests of one word: a glued hyphen, a sentence's stop, a title line.
  - `content`: which words can be a key phrase's (`is_content`), sums marked as none, lemmas.
  - `cutting`: `Cuts`, what the entity step's names tell about where phrases are cut or kept whole; idioms; lines
    in capitals, their headline verbs (`HEADLINE_VERBS`) and the text's spellings.
  - `numbered`: numbers and letters that belong to the name before them ("Type 26", "Plan B"), scores.
  - `names`: chunks widened to whole names; nicknames, titles, places and people's names a run keeps whole.
  - `trimming`: `content_runs`, a chunk split into runs of content words at glue words, roles, possessives.
  - `candidates`: `Phrase` and `_phrases`, the candidates by lemma key, and their surfaces as written.
  - `scoring`: `textrank` (PositionRank over the words) and `_score`, a phrase's score.
  - `ranking`: `keyphrases`, the interface: phrases ranked, an entity's names merged, covered phrases dropped.
"""
from __future__ import annotations

from services.nlp.keyphrases.candidates import _phrases
from services.nlp.keyphrases.cutting import _cuts, _initials
from services.nlp.keyphrases.ranking import keyphrases

# The names other code imports from here (the tests import private ones).
__all__ = [
    "_cuts",
    "_initials",
    "_phrases",
    "keyphrases",
]
