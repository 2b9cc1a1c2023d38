"""The folded form of a name that entity ids and the entity search compare, and of a text that duplicate detection
and the article search compare."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold_case(text: str) -> str:
    """A text in one Unicode form (NFC: "e" and a combining acute accent are "é") and case folded."""
    return unicodedata.normalize("NFC", text).casefold()


def fold_text(text: str) -> str:
    """`fold_case`, and each run of whitespace one space (two spaces, a no-break space, a line end), so that the same
    words written either way compare equal."""
    return _SPACES.sub(" ", fold_case(text))


def text_pattern(query: str) -> re.Pattern[str]:
    """What finds `query` in a `fold_case`d text as `fold_text` compares them, any run of whitespace where the query
    has one ("Keir  Starmer", "Keir\u00a0Starmer", "Keir\nStarmer" all find "Keir Starmer"), without folding each
    text's whitespace: searched, that took 8 times as long as the search."""
    return re.compile(r"\s+".join(map(re.escape, fold_case(query).split())))


def normalise_name(name: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name, for ids and matching; initials written with
    stops are one word, as written without ("U.S." is "us", "J.K. Rowling" is "jk rowling")."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[^\w]+", " ", text.casefold())
    return " ".join(_initials_joined(text.split()))


# An apostrophe inside a word ("O’Brien", "D'Angelo"), which normalise_name makes a space (entity ids depend on it).
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2018\u2019\u02bc`\u00b4](?=\w)")


def search_forms(text: str) -> tuple[str, str]:
    """A name or query as the entity search compares it: as normalise_name folds it ("O’Brien" is "o brien"), and
    with the apostrophes inside its words left out ("obrien"); a name contains a query when either of the query's
    forms is in the name's form of the same kind."""
    plain, dropped = normalise_name(text), _INNER_APOSTROPHE.sub("", text)
    return plain, normalise_name(dropped) if dropped != text else plain


def _initials_joined(words: list[str]) -> list[str]:
    """Runs of two or more one-letter words made one word: ["u", "s"] -> ["us"]; a lone initial stays, and digits
    do ("6.5" is not "65")."""
    out: list[str] = []
    run: list[str] = []
    for word in [*words, ""]:
        if len(word) == 1 and word.isalpha():
            run.append(word)
            continue
        out.extend(["".join(run)] if len(run) > 1 else run)
        run = []
        if word:
            out.append(word)
    return out
