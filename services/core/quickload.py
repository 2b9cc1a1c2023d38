"""`Schema.load` for data of plain JSON types, without marshmallow's machinery for each value.

The NLP worker validates every enrichment it stores (a dict of ~10 KB, ~2,000 values): marshmallow's `load` calls
several methods per value and took 1.5 ms per article, more than any step of the analysis but the entities. A quick
loader walks the same fields once, checking the exact types that load as they are. Anything else (a missing required
field, an unknown key, a None where none is allowed, a string for a number, a tuple for a list, NaN) goes to the
schema's own `load`, which rejects or converts it as before: the result, or the error, is always the schema's.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from marshmallow import RAISE, Schema, fields
from marshmallow.utils import missing

# Loads one value as its field would, or raises `_NotPlain`.
_Check = Callable[[Any], Any]


class _NotPlain(Exception):
    """A value the quick check leaves to marshmallow."""


def quick_loader(schema: Schema) -> Callable[[Any], Any]:
    """A function that returns `schema.load(data)`, quickly where the data holds only plain types.

    A schema using anything the quick check does not reproduce (another field class, a validator, a hook, a
    `data_key` or `attribute`, a default) is loaded by marshmallow alone."""
    try:
        check = _schema_check(schema)
    except _NotPlain:
        return schema.load

    def load(data: Any) -> Any:
        try:
            return check(data)
        except _NotPlain:
            return schema.load(data)  # raises the schema's error, or converts the value as it always did

    return load


def _not_plain() -> None:
    raise _NotPlain


def _schema_check(schema: Schema) -> _Check:
    """The check of a dict loaded by `schema`: known keys only, required ones present, each value checked in the
    schema's field order (the order `load` builds its dict in)."""
    if schema.many or schema.partial or schema.unknown != RAISE or schema.dict_class is not dict \
            or any(schema._hooks.values()):
        _not_plain()
    checks = tuple((name, field.required, _field_check(field)) for name, field in schema.load_fields.items())
    known = frozenset(schema.load_fields)
    required = frozenset(name for name, field in schema.load_fields.items() if field.required)

    def check(value: Any) -> dict:
        if type(value) is not dict or not known.issuperset(value) or not required.issubset(value):
            raise _NotPlain
        return {name: field_check(value[name]) for name, _, field_check in checks if name in value}

    return check


def _field_check(field: fields.Field) -> _Check:
    """The check of one field's value, None included where the field allows it."""
    if field.validators or field.data_key is not None or field.attribute is not None \
            or field.load_default is not missing or field.pre_load or field.post_load:
        _not_plain()
    check = _value_check(field)
    if not field.allow_none:
        return check
    return lambda value: None if value is None else check(value)


def _value_check(field: fields.Field) -> _Check:
    """The check of a field's value other than None, by the field's exact class (a subclass may load otherwise)."""
    kind = type(field)
    if kind is fields.String:
        return _string
    if kind is fields.Integer:
        return _integer
    if kind is fields.Float and not field.allow_nan:
        return _finite_float
    if kind is fields.Boolean:
        return _boolean
    if kind is fields.Nested and field.only is None and not field.exclude and field.unknown is None:
        return _schema_check(field.schema)
    if kind is fields.List:
        item = _field_check(field.inner)
        return lambda value: [item(each) for each in value] if type(value) is list else _not_plain()
    raise _NotPlain


def _string(value: Any) -> str:
    if type(value) is not str:
        raise _NotPlain
    return value


def _integer(value: Any) -> int:
    if type(value) is not int:  # not a bool, which the field refuses
        raise _NotPlain
    return value


def _finite_float(value: Any) -> float:
    """A float as it is, an int as a float (as `float(value)`); NaN and infinities, which the field refuses, and ints
    too big for a float go to marshmallow."""
    if type(value) is int:
        try:
            value = float(value)
        except OverflowError:
            raise _NotPlain from None
    elif type(value) is not float:
        raise _NotPlain
    if value - value != 0.0:  # NaN or an infinity
        raise _NotPlain
    return value


def _boolean(value: Any) -> bool:
    if value is not True and value is not False:
        raise _NotPlain
    return value
