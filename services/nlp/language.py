"""Language identification of article text (py3langid: a small model shipped inside the wheel)."""
from __future__ import annotations

import functools
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Confidence under which a short or mixed text is not called non-English.
MIN_CONFIDENCE = 0.8
# The identifier's answer for "no linguistic content" (ISO 639-2): emoji and codes, not another language. A short
# English text with a few emoji got it with confidence 0.88 and went unenriched.
NO_LANGUAGE = "zxx"
# The opening of a text (about 170 words) is enough to tell its language; the identifier's cost grows
# with the sample (2,000 characters took 1.7-4.5 ms of CPU per article, 1,000 half that).
SAMPLE_CHARS = 1000
# English function words that are not words of the other languages written in Latin letters (no "a", "in",
# "on", "to", "die"). In the opening of the 868 English corpus texts they are 8-34% of the words (29 under 15%);
# in news paragraphs of eight other European languages at most 6.2% (Dutch).
ENGLISH_WORDS = frozenset(
    "the of and that with for was were is are said have has this from by he she they it not be been which who "
    "would will their his her its".split()
)
# Share of those words (among at least `MIN_WORDS`) that makes a text English without asking the identifier:
# it answers that way for such texts anyway, and costs about 0.35 ms of CPU per article (this check 0.07).
ENGLISH_SHARE = 0.15
MIN_WORDS = 30
_WORD = re.compile(r"[^\W\d_]+")


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def load_identifier() -> None:
    """Load the identifier's model now (about 74 MiB). Plainly English texts never need it, so without this a
    worker would load it mid-run, at its first other text: memory that looks like growth."""
    _identifier()


def detect_language(text: str) -> tuple[str, float]:
    """ISO 639-1 code of the text's language and the confidence in [0, 1] (1.0 for plainly English text)."""
    sample = text[:SAMPLE_CHARS]
    if is_plainly_english(sample):
        return "en", 1.0
    code, confidence = _classify(sample)
    words = _WORD.findall(sample)
    if not is_english(code, confidence) and len(words) < MIN_WORDS:
        # In a headline or a two-sentence item the names can tip the answer: 'Labour TD Aodhán Ó Ríordáin dismissed
        # the plan ...' was Irish with confidence 0.99. Its words without the capitalised ones are English (0.95);
        # a short French, German or Irish sentence stays itself without its names and nouns.
        uncapitalised = " ".join(word for word in words if not word[0].isupper())
        if uncapitalised and (answer := _classify(uncapitalised))[0] == "en":
            return answer
        # The names' own small words can tip it still: 'Alice Weidel of the Alternative für Deutschland spoke.' is
        # German (0.90) by "für" alone. Without the lower-case words inside names too ("für", "von der", "de los"), an
        # English sentence keeps an English function word and reads English; a German one keeps none of them or
        # stays German ("Die Alternative für Deutschland hat gewonnen": "hat gewonnen").
        outside = _outside_names(words)
        if any(word in ENGLISH_WORDS for word in outside) and (answer := _classify(" ".join(outside)))[0] == "en" \
                and not _reads_as(code, [word for word in outside if word not in ENGLISH_WORDS]):
            return answer
    return code, confidence


def _reads_as(code: str, words: list[str]) -> bool:
    """The words are of the language the identifier first said: an English name's "of the" reads the rest of a
    French sentence as English ('La série House of the Dragon arrive en juin sur OCS.': "of the arrive en juin sur"),
    yet "arrive en juin sur" alone is French; an English sentence's "spoke" or "won" is not German or Dutch."""
    return bool(words) and _classify(" ".join(words))[0] == code


# The most lower-case words between two capitalised ones that are a name's own: "für", "von der", "de los".
NAME_PARTICLE_RUN = 2


def _outside_names(words: list[str]) -> list[str]:
    """The lower-case words, but those of no English function word in a run of up to `NAME_PARTICLE_RUN` between two
    capitalised words ("für" of "Alternative für Deutschland"; not "of the" of "Weidel of the Alternative")."""
    kept: list[str] = []
    run: list[str] = []
    after_capital = False
    for word in words:
        if word[0].isupper():
            inside = after_capital and len(run) <= NAME_PARTICLE_RUN
            kept.extend(w for w in run if not inside or w in ENGLISH_WORDS)
            run, after_capital = [], True
        else:
            run.append(word)
    kept.extend(run)
    return kept


def _classify(sample: str) -> tuple[str, float]:
    """The identifier's code and confidence for the sample."""
    code, confidence = _identifier().classify(sample)
    return str(code), float(confidence)


def is_plainly_english(sample: str) -> bool:
    """True when English function words make up `ENGLISH_SHARE` of the sample's words (at least `MIN_WORDS`)."""
    words = _WORD.findall(sample)
    if len(words) < MIN_WORDS:
        return False
    return sum(word.lower() in ENGLISH_WORDS for word in words) >= ENGLISH_SHARE * len(words)


def is_english(code: str, confidence: float) -> bool:
    """True unless the text was confidently identified as another language."""
    return code in ("en", NO_LANGUAGE) or confidence < MIN_CONFIDENCE
