"""Words of speech: the verbs and nouns that report it, whether a token of the parse is a verb of speech, and
the tokens of a stretch of text."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from services.nlp.doctext import tokens_of

# Lemmas of verbs that introduce or attribute speech or writing in news.
SPEECH_VERBS = frozenset({
    "accuse", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue",
    "ask", "assert", "blast", "boast", "call", "caution", "charge", "chime", "claim", "comment",
    "complain", "conclude", "concede", "confirm", "contend", "continue", "counter", "cry", "declare",
    "decry", "demand", "deny", "describe", "dismiss", "dub", "emphasise", "emphasize", "exclaim",
    "explain", "insist", "interject", "joke", "label", "lament", "maintain", "mention", "muse", "note",
    "observe", "plead", "pledge", "post", "praise", "predict", "proclaim", "promise", "quip", "read",
    "recall", "recount", "reiterate", "remark", "repeat", "reply", "report", "respond", "retort",
    "reveal", "say", "scoff", "scream", "shout", "slam", "state", "stress", "suggest", "tell", "testify",
    "tout", "tweet", "urge", "vow", "warn", "whisper", "write", "yell", "email",
    # Said by radio, by phone, or through tears: "radioed", "texted", "messaged", "sobbed", "wept" (as the frame of a
    # quote only, see `_FRAMING_ONLY_VERBS`).
    "radio", "text", "message", "sob", "weep", "stammer", "gasp", "snap",
})
# Verbs of speech only as a quote's frame ('"…," she snapped', 'she texted: "…"'); else a market snaps a run, a mayor
# texts a link, a crowd gasps or chants while someone else speaks.
_FRAMING_ONLY_VERBS = frozenset({"radio", "text", "message", "sob", "weep", "stammer", "gasp", "snap", "chant"})
# Tokens looked back from such a verb, over its subject, to the quote's closing mark.
_FRAME_TOKENS = 15
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def is_said(word: str) -> bool:
    """A verb of speech in the past tense: "replied", "tweeted", "chanted" ('"Never" replied the minister')."""
    return _said_stem(word) is not None


def _said_stem(word: str) -> str | None:
    """The verb of speech a past tense is of: "replied" -> "reply", or None."""
    stems = {word[:-2], word[:-1], word[:-3] + "y", word[:-3]}  # "added", "declared", "replied", "slammed"
    return min(stems & (SPEECH_VERBS | {"chant"}), default=None)


# Verbs that attribute the words before them ("... recession," the minister said), not any verb of speech: 'Mark Felt,
# known as "Deep Throat," divulged information'.
ATTRIBUTING_VERBS = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "insisted",
                               "explained", "warned", "argued", "stated", "declared"})


# Nouns that report speech; their possessor is the speaker: Trump's claim that there were “…”.
SPEECH_NOUNS = frozenset({
    "accusation", "announcement", "answer", "argument", "assertion", "claim", "comment", "description",
    "interview", "message", "pledge", "promise", "question", "quote", "remark", "reply", "response",
    "speech", "statement", "testimony", "tweet", "warning", "word",
})
DOCUMENT_NOUNS = frozenset({"letter", "memo", "note", "post", "release", "report", "series", "video"})


def is_speech_verb(tok: Token) -> bool:
    # "said"/"says" count whatever the tagger makes of them ("Said Ellis:" is often a name); so does the past form of
    # another verb of speech where the model lemmatised it wrong ("texted" as "texte") or took it for a noun
    # ("…," NASA astronaut Matthew Dominick, the mission commander, radioed), but not as a modifier ("noted author").
    if tok.lower_ in ("said", "says"):
        return True
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in SPEECH_VERBS:
        verb: str | None = tok.lemma_.lower()
    elif tok.pos_ in ("VERB", "NOUN") and tok.lower_.endswith("ed") and tok.dep_ not in ("amod", "compound"):
        verb = _said_stem(tok.lower_)
    else:
        return False
    return verb is not None and (verb not in _FRAMING_ONLY_VERBS or _frames_a_quote(tok))


def _frames_a_quote(tok: Token) -> bool:
    """A verb right before a quote ('she texted: "…"', 'she texted her mother: "…"') or after its closing comma with
    only its subject between ('"…," Maria Lopez, the mission commander, radioed'); not one away from any quote
    ("Stocks snapped a three-day rally, in what one trader called "…"", "Investors gasped as …")."""
    doc = tok.doc
    after = max((child.right_edge.i for child in tok.children if child.dep_ == "dobj" and child.i > tok.i),
                default=tok.i) + 1
    if after < len(doc) and doc[after].text == ":":
        after += 1
    if after < len(doc) and doc[after].is_quote:
        return True
    for before in reversed(doc[max(0, tok.i - _FRAME_TOKENS):tok.i]):
        if before.is_quote and before.tag_ != "POS":
            return before.i > 0 and doc[before.i - 1].text in _FRAME_CLOSERS
        if (before.pos_ in ("VERB", "AUX") and before.dep_ not in ("compound", "amod")) \
                or before.pos_ in ("CCONJ", "SCONJ") or before.text in (";", "(", ")"):
            return False  # another clause's: "Demonstrators chanted as police moved in, and one protester screamed"
    return False


# Marks a quote framed by what follows ends with inside its closing mark: '"…," she snapped', '"…?" he radioed'.
_FRAME_CLOSERS = frozenset({",", "?", "!", "—", "–"})


def _tokens(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return tokens_of(doc)[span.start:span.end] if span is not None else []
