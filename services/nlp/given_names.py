"""The usual gender of a given name, from the name lists of `gender-guesser` (US and UK usage first)."""
from __future__ import annotations

import functools

from gender_guesser.detector import Detector

_MALE = frozenset({"male", "mostly_male"})
_FEMALE = frozenset({"female", "mostly_female"})


def load_names() -> None:
    """Build the table now: a worker that built it at its first article would seem to grow."""
    _table()


def given_name_gender(name: str) -> str | None:
    """"m" or "f" when the name is usually a man's or a woman's ("John", "Kamala", "Mary"); None for names used
    for both ("Jordan") or of another gender in the US or the UK ("Jean"), and for unknown ones."""
    return _table().get(name.lower())


@functools.cache
def _table() -> dict[str, str]:
    """Every listed name with a clear gender. The library's own lists take 21 MiB per process; this table, built
    from them once and kept alone, about a tenth of that."""
    detector = Detector(case_sensitive=False)
    table = {}
    for name in detector.names:
        gender = _gender(detector, name)
        if gender is not None:
            table[name] = gender
    return table


def _gender(detector: Detector, name: str) -> str | None:
    """The name's gender over all the lists, unless US or UK usage says the other ("Jean" is French for John);
    a name only mostly of one gender must be so in the US and the UK as well ("Mary")."""
    anywhere = detector.get_gender(name)
    local = {detector.get_gender(name, "usa"), detector.get_gender(name, "great_britain")}
    for gender, words, others in (("m", _MALE, _FEMALE), ("f", _FEMALE, _MALE)):
        if anywhere in words and not local & others and (anywhere in ("male", "female") or local <= words):
            return gender
    return None
