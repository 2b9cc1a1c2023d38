"""A person's gender as their given name tells it, from the name lists of the gender-guesser package."""
from __future__ import annotations

import functools

from gender_guesser.detector import Detector

# Countries whose answer must not contradict the worldwide one: news here is in English, where "Jean" and "Jan"
# are mostly women's names though worldwide men's.
_ENGLISH_SPEAKING = ("great_britain", "usa")
_OPPOSITE = {"male": ("female", "mostly_female"), "female": ("male", "mostly_male")}


@functools.cache
def _detector() -> Detector:
    return Detector(case_sensitive=False)  # reads its name list once (~0.3 s)


@functools.cache
def gender_of(given_name: str) -> str | None:
    """"m" or "f" when the name is clearly a man's or a woman's (also in Britain and the US), else None."""
    if not given_name.isalpha():
        return None
    detector = _detector()
    found = detector.get_gender(given_name)
    if found not in _OPPOSITE:  # mostly_, andy (either) or unknown
        return None
    if any(detector.get_gender(given_name, country) in _OPPOSITE[found] for country in _ENGLISH_SPEAKING):
        return None
    return "m" if found == "male" else "f"


@functools.cache
def is_given_name(word: str) -> bool:
    """True when `word` is a given name anywhere, a man's, a woman's or either ("Leslie", "Andrea")."""
    return word.isalpha() and _detector().get_gender(word) != "unknown"
