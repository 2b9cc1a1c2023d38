"""How a sum of money is written wherever Newswire shows one: `newswire status`, the story comparison's labels, and
the web page (`formatMoney` in services/api/static/js/dom.js follows these rules; tests/unit/test_storydiff.py holds
the two together)."""
from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

# Large sums are written short, as a reader scans them ("18.2bn", "~5m"); smaller ones exactly, with their cents.
# Each unit with the least sum written in it: from a million on, and a sum the smaller unit would write as 1,000 of
# it (999,500,000 rounds to "999.5m", 999,999,999 to "1bn", not "1,000m").
SHORT_UNITS = ((999.9995e9, 1e12, "tn"), (999.9995e6, 1e9, "bn"), (1e6, 1e6, "m"))
SHORT_PLACES = Decimal("0.001")
CENTS = Decimal("0.01")
# Wide enough for the digits of any float: quantize() refuses a result longer than its context's precision.
_EVERY_DIGIT = Context(prec=400)


def _rounded(value: float, places: Decimal) -> str:
    """The value to `places` with thousands separators, rounded as the web page's Intl.NumberFormat rounds: the
    float's shortest decimal form (its repr, "1.005"), ties away from zero ("1.01", where f"{1.005:.2f}" is "1.00")."""
    return f"{Decimal(repr(float(value))).quantize(places, rounding=ROUND_HALF_UP, context=_EVERY_DIGIT):,f}"


def amount_text(value: float, short: bool = True) -> str:
    """An amount as a reader scans it: short from a million ("18.2bn", "5m", "1.235m"), below it (or not `short`)
    exact with thousands separators and its cents only where it has some ("250,000", "1.50")."""
    for least, size, suffix in SHORT_UNITS if short else ():
        if abs(value) >= least:
            return _rounded(value / size, SHORT_PLACES).rstrip("0").rstrip(".") + suffix
    return _rounded(value, CENTS).removesuffix(".00")


def money_text(money: Mapping[str, Any], short: bool = True) -> str | None:
    """A sum as read: "18.2bn GBP", "~5m USD" (approximate), "1.50 GBP", a range "1,000–2,000 EUR"; None where it
    has no amount. Not `short`, every sum exact ("1,234,567 GBP": two sums written alike short told apart)."""
    low, high = money.get("amount_low"), money.get("amount_high")
    if low is not None and high is not None:
        amount = f"{amount_text(low, short)}–{amount_text(high, short)}"
    elif money.get("amount") is not None:
        amount = amount_text(money["amount"], short)
    else:
        return None
    return f"{'~' if money.get('approximate') else ''}{amount} {money.get('currency') or '?'}"
