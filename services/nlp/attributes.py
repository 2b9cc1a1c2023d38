"""The model's attribute ruler, made cheap: its rules' verdicts cached per kind of token.

spaCy's attribute ruler maps each token's tag to a part of speech and morphology, and fixes a few
lemmas, through a `Matcher` over its rules (179 in the small English model). The Matcher tries
every rule on every token, and its `IN` and `REGEX` tests are Python calls: about 16 microseconds
per token, 8 ms per article. Yet a rule can only look at a few attributes of a token (here its tag,
dependency label, lower-case form and whether it is white space), and almost every lower-case form
is one no rule names. `CachedAttributeRuler` keys each token by those attributes (the form only
where a rule could tell it apart), asks spaCy's own Matcher about a kind of token the first time it
sees it (on that token alone), and applies the rules' attributes in the ruler's order, as the
ruler does. Rules over several tokens are matched from the same per-token answers.
"""
from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import get_string_id
from spacy.tokens import Doc

NAME = "attribute_ruler"
FACTORY = "newswire_cached_attribute_ruler"
# Kinds of token and word forms remembered per process, the oldest dropped first (1,400 kinds in 600 corpus
# articles). Both caches together hold about 1 MB.
CACHE_SIZE = 4_096
# What a rule may test and set for its answers to be cached exactly; a model with other rules keeps spaCy's ruler.
TESTED = ("TAG", "DEP", "LOWER", "IS_SPACE")
SET = frozenset({POS, MORPH, LEMMA, TAG, DEP})  # token attributes only: none is stored on the shared lexeme
_PREDICATES = frozenset({"IN", "NOT_IN", "REGEX"})

Spec = tuple[int, int, int]  # (rule, alternative, position): one token of one of a rule's patterns
Kind = tuple[tuple[int, ...], frozenset[Spec], tuple[tuple[int, int], ...]]
"""A kind of token: the one-token rules it fits (in order), the specs of longer patterns it fits, and what the
one-token rules set on it, folded in order as (column, value)."""


class CachedAttributeRuler:
    """Sets what `ruler` would set on each token (same rules, same order), from a cache of its verdicts."""

    def __init__(self, ruler: AttributeRuler | None = None) -> None:
        self.ruler: AttributeRuler | None = None
        self.cache: dict[tuple[int, ...], Kind] = {}
        self.form_cache: dict[int, int] = {}  # lower-case forms no rule names -> as the rules see them
        self.verdicts: dict[Kind, Kind] = {}  # a few hundred at most: the rules can only combine so many ways
        if ruler is not None:
            self.wrap(ruler)

    def wrap(self, ruler: AttributeRuler) -> None:
        """Take `ruler`'s rules; raises ValueError if one tests or sets what the cache cannot key exactly."""
        patterns = ruler.patterns
        check_cacheable(patterns)
        self.ruler = ruler
        self.set_attrs = sorted({attr for attrs in ruler.attrs for attr in attrs})
        column = {attr: j for j, attr in enumerate(self.set_attrs)}
        self.rules = [tuple((column[attr], value) for attr, value in attrs.items()) for attrs in ruler.attrs]
        self.indices = [rule["index"] for rule in patterns]
        self.matcher = Matcher(ruler.vocab)
        self.specs: dict[int, Spec] = {}  # the spec Matcher's match id -> spec (position -1: a one-token pattern)
        self.multi: list[tuple[int, int, int]] = []  # (rule, alternative, length) of the patterns of several tokens
        forms: set[str] = set()
        self.regexes: list[re.Pattern[str]] = []
        for n, rule in enumerate(patterns):
            for alternative, pattern in enumerate(rule["patterns"]):
                if len(pattern) > 1:
                    self.multi.append((n, alternative, len(pattern)))
                for position, token in enumerate(pattern):
                    key = f"newswire-attribute-rule-{n}-{alternative}-{position}"
                    self.matcher.add(key, [[token]])
                    self.specs[get_string_id(key)] = (n, alternative, position if len(pattern) > 1 else -1)
                    _collect_forms(token.get("LOWER"), forms, self.regexes)
        self.forms = {get_string_id(form) for form in forms}

    def __call__(self, doc: Doc) -> Doc:
        if self.ruler is None:
            raise RuntimeError(f"{FACTORY} wraps an attribute ruler: build it with use_cached_attribute_ruler(nlp)")
        kinds = self._kinds(doc)
        # Two dimensions also when the rules set one attribute (spaCy returns a flat array for a single one).
        columns = doc.to_array(self.set_attrs).reshape(len(doc), len(self.set_attrs)).T.tolist()
        for i, (_, _, folded) in enumerate(kinds):
            for column, value in folded:
                columns[column][i] = value
        for target, rules in self._multi_matches(kinds).items():  # rare: redo the token's rules, in order
            for rule in sorted({*kinds[target][0], *rules}):
                for column, value in self.rules[rule]:
                    columns[column][target] = value
        doc.from_array(self.set_attrs, numpy.array(columns, dtype=numpy.uint64).T)
        return doc

    def _kinds(self, doc: Doc) -> list[Kind]:
        """Each token's kind, from the caches (a loop, not calls per token: this runs on every token)."""
        kinds = []
        named, form_of, kind_of = self.forms, self.form_cache.get, self.cache.get
        for i, (tag, dep, lower, space) in enumerate(doc.to_array([IDS[name] for name in TESTED]).tolist()):
            form = lower if lower in named else form_of(lower)
            if form is None:
                form = self._form(doc, lower)
            key = (tag, dep, form, space)
            kind = kind_of(key)
            if kind is None:
                kind = self._ask_matcher(doc, i, key)
            kinds.append(kind)
        return kinds

    def _form(self, doc: Doc, lower: int) -> int:
        """The lower-case form as the rules see it: itself if one of their regular expressions matches it, else 0
        (as any other word no rule names)."""
        text = doc.vocab.strings[lower]
        form = lower if any(r.search(text) for r in self.regexes) else 0
        _remember(self.form_cache, lower, form)
        return form

    def _ask_matcher(self, doc: Doc, i: int, key: tuple[int, ...]) -> Kind:
        """Which patterns token `i` fits, by spaCy's Matcher run on that token alone (remembered for its kind)."""
        specs = [self.specs[match_id] for match_id, _, _ in self.matcher(doc[i:i + 1], allow_missing=True)]
        single = tuple(sorted({rule for rule, _, position in specs if position < 0}))
        folded: dict[int, int] = {}
        for rule in single:  # later rules win, as in the ruler
            folded.update(self.rules[rule])
        kind = single, frozenset(spec for spec in specs if spec[2] >= 0), tuple(folded.items())
        # One object per distinct verdict: most kinds of token share one (every plain noun gets the same), so the
        # cache holds little more than its keys.
        kind = self.verdicts.setdefault(kind, kind)
        _remember(self.cache, key, kind)
        return kind

    def _multi_matches(self, kinds: list[Kind]) -> dict[int, set[int]]:
        """The rules each token gets from matches of patterns of several tokens."""
        found: dict[int, set[int]] = {}
        for start, (_, fits, _) in enumerate(kinds):
            if not fits:
                continue
            for rule, alternative, length in self.multi:
                if start + length <= len(kinds) and all(
                        (rule, alternative, p) in kinds[start + p][1] for p in range(length)):
                    found.setdefault(start + self.indices[rule] % length, set()).add(rule)
        return found


def check_cacheable(patterns: list[dict[str, Any]]) -> None:
    """Raise ValueError unless every rule tests only `TESTED` attributes (values; IN, NOT_IN, or REGEX on the form),
    sets only `SET` attributes, and names a token inside each of its patterns."""
    if not patterns:
        raise ValueError("no attribute rules: nothing to cache")
    for rule in patterns:
        for pattern in rule["patterns"]:
            if not -len(pattern) <= rule["index"] < len(pattern):
                raise ValueError(f"an attribute rule sets token {rule['index']} of {pattern}")
            for token in pattern:
                for name, test in token.items():
                    if name not in TESTED or not _cacheable_test(name, test):
                        raise ValueError(f"an attribute rule tests {name} as {test!r}: {pattern}")
        names = {IDS.get(name.upper(), -1) if isinstance(name, str) else name for name in rule["attrs"]}
        if not names <= SET:
            raise ValueError(f"an attribute rule sets {sorted(rule['attrs'])}")


def _cacheable_test(name: str, test: Any) -> bool:
    if not isinstance(test, dict):
        return isinstance(test, str | bool)
    if not set(test) <= _PREDICATES or ("REGEX" in test and name != "LOWER"):
        return False
    return all(isinstance(v, str) if p == "REGEX" else all(isinstance(x, str) for x in v) for p, v in test.items())


def _collect_forms(test: Any, forms: set[str], regexes: list[re.Pattern[str]]) -> None:
    """The lower-case forms a rule's LOWER test names, and its regular expressions."""
    if isinstance(test, str):
        forms.add(test)
    elif isinstance(test, dict):
        for predicate, value in test.items():
            if predicate == "REGEX":
                regexes.append(re.compile(value))
            else:
                forms.update(value)


def _remember(cache: dict[Any, Any], key: Any, value: Any) -> None:
    if len(cache) >= CACHE_SIZE:
        del cache[next(iter(cache))]
    cache[key] = value


@Language.factory(FACTORY)
def _make_cached_attribute_ruler(nlp: Language, name: str) -> CachedAttributeRuler:
    return CachedAttributeRuler()


def use_cached_attribute_ruler(nlp: Language) -> Language:
    """Put `CachedAttributeRuler` in the place of `nlp`'s attribute ruler, if it has one whose rules it can cache."""
    if NAME in nlp.pipe_names and isinstance(nlp.get_pipe(NAME), AttributeRuler):
        original = nlp.get_pipe(NAME)
        try:
            check_cacheable(original.patterns)
        except ValueError:
            return nlp  # other rules than this model's: spaCy's ruler does them
        cached = nlp.replace_pipe(NAME, FACTORY)
        cached.wrap(original)
    return nlp
