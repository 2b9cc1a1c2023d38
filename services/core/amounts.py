"""How a sum of money is written wherever Newswire shows one: `newswire status`, the story comparison's labels, and
the web page (`formatMoney` in services/api/static/js/dom.js follows these rules; tests/unit/test_storydiff.py holds
the two together)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def amount_text(value: float) -> str:
    """An amount with thousands separators and its cents only where it has some: 18,200,000,000; 1.50."""
    text = f"{value:,.2f}"
    return text.removesuffix(".00")


def money_text(money: Mapping[str, Any]) -> str | None:
    """A sum as read: "18,200,000,000 GBP", "~5,000,000 USD" (approximate), a range "1,000–2,000 EUR"; None where
    it has no amount."""
    low, high = money.get("amount_low"), money.get("amount_high")
    if low is not None and high is not None:
        amount = f"{amount_text(low)}–{amount_text(high)}"
    elif money.get("amount") is not None:
        amount = amount_text(money["amount"])
    else:
        return None
    return f"{'~' if money.get('approximate') else ''}{amount} {money.get('currency') or '?'}"
