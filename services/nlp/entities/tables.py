"""Rows of a table: every name in a column gets the column's majority label."""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from services.nlp.doctext import SMALL_WORD_CACHE, words_of
from services.nlp.entities.gazetteer import _is_country_name
from services.nlp.entities.mentions import MIN_TABLE_ROWS, OPTIONS, Mention, _has_letter
from services.nlp.entities.sport import is_about_sport
from services.nlp.entity_rules import NAME_LABELS
from services.nlp.given_names import is_given_name


def _is_name_token(word: str) -> bool:
    """A word that can be part of a name in a table row: capitalised, or an initial ("U.S.")."""
    return word[:1].isupper() and _has_letter(word)


_DATE = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-](\d{2}|\d{4}))$")


@functools.lru_cache(maxsize=SMALL_WORD_CACHE)
def _is_number(word: str) -> bool:
    """Digits without letters: "3", "50.31", "4-68", "1/2"."""
    return any(ch.isdigit() for ch in word) and not _has_letter(word)


def _row_shape(doc: Doc, start: int, end: int, in_name: list[bool]) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """A line's shape ("X N X N" for "Hull 0 Barnet 0") and the token ranges of its name cells (X).

    Numbers become N (a run of them one N), names X, other tokens stay as they are.
    """
    words = words_of(doc)
    shape: list[str] = []
    cells: list[tuple[int, int]] = []
    i = start
    while i < end:
        word = words[i]
        if in_name[i] or _is_name_token(word):
            j = i + 1
            while j < end and (
                in_name[j]
                or _is_name_token(words[j])
                # "Jed-Forest", "Anne-Gaelle": a hyphen glued on both sides stays inside the name
                or (words[j] == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and j + 1 < end)
            ):
                j += 1
            shape.append("X")
            cells.append((i, j))
            i = j
            continue
        # A date is not a score: "NEW YORK 1996-08-30" is a dateline, not a row of standings.
        label = ("D" if _DATE.match(word) else "N") if _is_number(word) else word.lower()
        if not (label == "N" and shape and shape[-1] == "N"):
            shape.append(label)
        i += 1
    # Units after the last number ("50.31 seconds") vary from row to row of one table.
    while shape and shape[-1].isalpha() and shape[-1].islower():
        shape.pop()
    return tuple(shape), cells


@dataclass
class _Column:
    """Name cells at one position of the rows of one table; `scored` when a number follows each."""

    cells: list[tuple[int, int]]
    scored: bool
    # Names in each row, and the fewest numbers a row has: results have two sides ("Hull 0 Barnet 0"), standings a
    # run of numbers ("Scunthorpe 4 2 1 1 3 3 7"), a batting card one score a name ("Root 104").
    names_per_row: int = 1
    numbers_per_row: int = 0


def _table_columns(doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]) -> list[_Column]:
    """Name cells of the doc's tables, column by column: lines of one shape, repeated, with numbers."""
    in_name = [False] * len(doc)
    for m in mentions:
        if m.label in NAME_LABELS:
            for i in range(m.start, m.end):
                in_name[i] = True
    rows: dict[tuple[str, ...], list[list[tuple[int, int]]]] = defaultdict(list)
    numbers: dict[tuple[str, ...], int] = {}
    words = words_of(doc)
    for start, end in lines:
        if not any(map(_is_number, words[start:end])):
            continue  # no number, no "N" in its shape: most lines, of prose, need no shape
        shape, cells = _row_shape(doc, start, end, in_name)
        if "N" in shape and cells:
            rows[shape].append(cells)
            count = sum(_is_number(words[i]) for i in range(start, end))
            numbers[shape] = min(numbers.get(shape, count), count)
    columns: list[_Column] = []
    for shape, table in rows.items():
        if len(table) < MIN_TABLE_ROWS:
            continue
        positions = [i for i, kind in enumerate(shape) if kind == "X"]
        for k, pos in enumerate(positions):
            scored = pos + 1 < len(shape) and shape[pos + 1] == "N"
            columns.append(_Column([cells[k] for cells in table], scored, len(positions), numbers[shape]))
    return columns


def _vote_tables(doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
    """Give every name in a table column the column's majority label, filling cells the model missed."""
    by_span = {(m.start, m.end): m for m in mentions if m.label in NAME_LABELS}
    covered = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            covered[i] = True
    added: list[Mention] = []
    sport: bool | None = None  # decided once, where a column of persons with scores asks
    for column in _table_columns(doc, lines, mentions):
        label = _column_label(column, by_span)
        if label is None:
            continue
        if label == "PERSON" and column.scored and OPTIONS.teams and _names_teams(doc, column):
            sport = is_about_sport(doc, mentions) if sport is None else sport
            label = "ORG" if sport else label
        for start, end in column.cells:
            cell_label = _cell_label(doc[start:end], label, column.scored)
            m = by_span.get((start, end))
            if m is not None:
                m.label = cell_label
            elif not any(covered[start:end]):
                added.append(Mention(start, end, cell_label, 1.0, "table"))
    return mentions + added


def _names_teams(doc: Doc, column: _Column) -> bool:
    """A column of one-word names, few of them given names, in rows of results or standings, as teams are ("Alloa 2
    Hajduk 1", "Falkirk 4 2 1 1 3 3 7"; "Stirling" and "Livingston" are given names too); people in results tables are
    written in full ("Ernie Els 70 68"), and a batting card's surnames have one score each ("Root 104")."""
    if column.names_per_row < 2 and column.numbers_per_row < _STANDINGS_NUMBERS:
        return False
    single = [doc[start] for start, end in column.cells if end - start == 1]
    given = sum(is_given_name(t.text.title()) for t in single)
    return len(single) * 3 >= len(column.cells) * 2 and given * 4 <= len(single)


# Numbers in a row of standings: played, won, drawn, lost, for, against, points.
_STANDINGS_NUMBERS = 5


def _column_label(column: _Column, by_span: dict[tuple[int, int], Mention]) -> str | None:
    """The label of a strict majority of a column's labelled cells, when at least two are labelled."""
    votes = Counter(by_span[cell].label for cell in column.cells if cell in by_span)
    if sum(votes.values()) < 2:
        return None
    label, count = votes.most_common(1)[0]
    return label if count * 2 > sum(votes.values()) else None


def _cell_label(cell: Span, column_label: str, scored: bool) -> str:
    """A cell's label: its column's, except that places with a score or a standing are teams."""
    if scored and column_label in ("GPE", "LOC") and OPTIONS.teams:
        # Clubs are ORG ("Leeds 2 Chelsea 1"); national teams stay GPE, as OntoNotes has it.
        return "GPE" if _is_country_name(cell.text) else "ORG"
    return column_label
