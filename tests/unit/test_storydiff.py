"""Story diff: agreements, conflicts and single-source facts across a story's articles."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from services.cli.__main__ import _sum
from services.core.amounts import money_text
from services.core.indexes import NAMED_LABELS
from services.core.storydiff import story_diff
from services.nlp.pipeline import enrich


def _labels(diff: dict, verdict: str, kind: str) -> list[str]:
    return [fact["label"] for fact in diff[verdict] if fact["kind"] == kind]


@pytest.fixture(scope="module")
def ramstein(nlp, seed_texts) -> dict:
    return story_diff([("000", enrich(nlp, seed_texts["000"])), ("001", enrich(nlp, seed_texts["001"]))],
                      {"000": seed_texts["000"], "001": seed_texts["001"]})


def test_both_outlets_agree_on_21bn_euros(ramstein):
    agreed = [f for f in ramstein["agree"] if f["kind"] == "money" and f["label"] == "21bn EUR"]
    assert agreed and {v["article_id"] for v in agreed[0]["values"]} == {"000", "001"}
    assert {v["text"] for v in agreed[0]["values"]} >= {"€21bn", "greater than 21,000 million euros"}


def test_forty_against_fifty_countries_is_a_conflict(ramstein):
    conflict = [f for f in ramstein["conflict"] if f["kind"] == "figure" and "country" in f["label"]]
    assert conflict and conflict[0]["label"] == "40 country vs 50 country"
    assert [v["text"] for v in conflict[0]["values"]] == ["more than 40", "greater than fifty"]


def test_single_source_facts_and_shared_entities(ramstein):
    assert "18.2bn GBP" in _labels(ramstein, "single", "money")  # only the first outlet converts to pounds
    assert {"John Healey", "Vladimir Putin"} <= set(_labels(ramstein, "agree", "entity"))


def test_entity_facts_are_names_not_dates_sums_or_counts(nlp):
    texts = ["On Friday the Bundestag approved €21bn for Ukraine, Olaf Scholz said in Berlin.",
             "Olaf Scholz said on Friday that €21bn would go to Ukraine, three officials in Berlin added."]
    enrichments = [enrich(nlp, text) for text in texts]
    labels = {g["name"]: g["label"] for e in enrichments for g in e["entity_groups"]}
    assert {"DATE", "MONEY"} <= set(labels.values()), "no date or sum found: the test would see nothing"
    diff = story_diff(list(zip(["a", "b"], enrichments, strict=True)))
    shown = {f["label"] for verdict in ("agree", "single") for f in diff[verdict] if f["kind"] == "entity"}
    assert "Olaf Scholz" in shown and all(labels.get(name) in NAMED_LABELS for name in shown), shown


def _quote(text: str, speaker: str) -> dict:
    return {"text": text, "start": 0, "end": len(text), "speaker": {"name": speaker, "entity_id": speaker}}


def test_quotes_agree_with_the_same_speaker_and_conflict_with_another():
    words = "\u201cWe will stand with Ukraine for as long as it takes,\u201d"
    same = story_diff([("a", {"quotes": [_quote(words, "Stoltenberg")]}),
                       ("b", {"quotes": [_quote(words.replace("will", "shall"), "Stoltenberg")]})])
    assert [f["kind"] for f in same["agree"]] == ["quote"] and not same["conflict"]
    other = story_diff([("a", {"quotes": [_quote(words, "Stoltenberg")]}), ("b", {"quotes": [_quote(words, "Biden")]})])
    assert [f["kind"] for f in other["conflict"]] == ["quote"]
    assert other["conflict"][0]["label"] == f"Stoltenberg vs Biden: {words}"


def test_a_quote_one_outlet_gives_twice_is_still_shared_with_the_other():
    words = "\u2018epicentre of a broader conflict\u2019"
    diff = story_diff([("a", {"quotes": [_quote(words, "Pistorius"), _quote("Words nobody else has.", "Healey"),
                                         _quote(words, "Pistorius")]}),
                       ("b", {"quotes": [_quote(words, "Pistorius")]})])
    assert [f["kind"] for f in diff["agree"]] == ["quote"] and not diff["conflict"]
    assert [v["article_id"] for v in diff["agree"][0]["values"]] == ["a", "b", "a"]
    assert [f["label"] for f in diff["single"]] == ["Healey: Words nobody else has."]


def _figures(value: float, unit: str = "tank") -> dict:
    """An enrichment holding one figure."""
    return {"figures": [{"text": str(value), "start": 0, "end": 2, "value": value, "unit": unit, "vague": False}]}


def test_far_apart_figures_are_not_a_conflict():
    figure = _figures
    diff = story_diff([("a", figure(15)), ("b", figure(300))])
    assert not diff["conflict"] and len(diff["single"]) == 2
    assert story_diff([("a", figure(15))]) == {"agree": [], "conflict": [], "single": []}


def test_a_value_two_outlets_agree_on_still_conflicts_with_a_third():
    diff = story_diff([("a", _figures(40, "nation")), ("b", _figures(50, "nation")), ("c", _figures(40, "nation"))])
    assert [f["label"] for f in diff["agree"]] == ["40 country"]
    assert [f["label"] for f in diff["conflict"]] == ["40 country vs 50 country"]
    assert not diff["single"]


def _diff_of(nlp, texts: list[str]) -> dict:
    ids = [chr(ord("a") + i) for i in range(len(texts))]
    by_id = dict(zip(ids, texts, strict=True))
    return story_diff([(i, enrich(nlp, text)) for i, text in by_id.items()], by_id)


def test_values_about_different_things_are_no_conflict(nlp):
    diff = _diff_of(nlp, ["Stocks slid after the decision, and the Dow Jones industrial average fell 0.9%.",
                          "Stocks slid after the decision, and the broader S&P 500 index lost 1% by the close."])
    assert not [f for f in diff["conflict"] if f["kind"] == "figure"], diff["conflict"]
    assert {"0.9 percent", "1 percent"} <= set(_labels(diff, "single", "figure"))
    # The same thing reported differently still is one.
    diff = _diff_of(nlp, ["The company reported a quarterly net profit of $5.2 billion on Tuesday.",
                          "The company said its quarterly net profit was $5.3 billion, beating forecasts."])
    assert _labels(diff, "conflict", "money") == ["5.2bn USD vs 5.3bn USD"]


def test_an_approximate_value_that_allows_the_other_is_no_conflict(nlp):
    diff = _diff_of(nlp, ["Officials said more than 2 lakh people had been moved to relief camps by Sunday.",
                          "Officials said 2.14 lakh people had been moved to relief camps by Sunday."])
    assert not [f for f in diff["conflict"] if f["kind"] == "figure"], diff["conflict"]


def test_quotes_that_share_only_small_words_are_not_one():
    diff = story_diff([("a", {"quotes": [_quote("The Fed is in no hurry to cut rates this year.", "Powell")]}),
                       ("b", {"quotes": [_quote("The Fed is behind the curve, as it was in 2021.", "Zentner")]})])
    assert not diff["conflict"] and not diff["agree"]


def test_a_quote_given_to_an_unresolved_pronoun_or_no_one_agrees_with_its_named_speaker():
    words = "Demand for high-bandwidth memory will stay strong through the second half of the year."
    named = {"text": words, "start": 0, "end": len(words), "speaker": {"name": "Samsung", "entity_id": "e1"}}
    for speaker in ({"name": "It", "entity_id": None}, None):
        unnamed = {"text": words, "start": 0, "end": len(words), "speaker": speaker}
        diff = story_diff([("a", {"quotes": [named]}), ("b", {"quotes": [unnamed]})])
        assert not diff["conflict"] and [f["label"][:8] for f in diff["agree"]] == ["Samsung:"]


def test_a_quote_given_to_a_description_agrees_with_its_named_speaker_but_two_names_conflict():
    words = "Workers have been left with no choice but to strike over pay."
    named = {"text": words, "start": 0, "end": len(words), "speaker": {"name": "Sharon Graham", "entity_id": "e1"}}
    for description in ("the union's general secretary", "A spokeswoman for Unite"):
        described = {"text": words, "start": 0, "end": len(words), "speaker": {"name": description, "entity_id": None}}
        diff = story_diff([("a", {"quotes": [named]}), ("b", {"quotes": [described]})])
        assert not diff["conflict"] and [f["label"][:14] for f in diff["agree"]] == ["Sharon Graham:"]
    other = {"text": words, "start": 0, "end": len(words), "speaker": {"name": "Gary Smith", "entity_id": None}}
    diff = story_diff([("a", {"quotes": [named]}), ("b", {"quotes": [other]})])
    assert [f["label"][:27] for f in diff["conflict"]] == ["Sharon Graham vs Gary Smith"]


def _money_of(*amounts: float) -> list[tuple[str, dict]]:
    """Articles "a", "b" ... each reporting one sum in pounds."""
    return [(chr(ord("a") + i), {"money": [{"text": f"£{amount:,}", "start": 0, "end": 9, "amount": amount,
                                            "currency": "GBP"}]}) for i, amount in enumerate(amounts)]


def test_a_conflict_of_two_sums_written_alike_short_shows_them_exact():
    """1,234,567 and 1,234,890 pounds in two reports were "1.235m GBP vs 1.235m GBP": a conflict of one sum with
    itself, to the reader. Guard: sums that differ short stay short."""
    assert _labels(story_diff(_money_of(1_234_567, 1_234_890)), "conflict", "money") == \
        ["1,234,567 GBP vs 1,234,890 GBP"]
    assert _labels(story_diff(_money_of(5.2e9, 5.3e9)), "conflict", "money") == ["5.2bn GBP vs 5.3bn GBP"]


# Sums as the enrichment gives them, and how every view writes them: large ones short, as a reader scans them,
# smaller ones exact with their cents.
SUMS = [
    ({"text": "£18.2bn", "amount": 18_200_000_000, "currency": "GBP"}, "18.2bn GBP"),
    ({"text": "about $5m", "amount": 5_000_000, "currency": "USD", "approximate": True}, "~5m USD"),
    ({"text": "£1.50", "amount": 1.5, "currency": "GBP"}, "1.50 GBP"),
    ({"text": "€1,000-2,000", "amount": 1000, "amount_low": 1000, "amount_high": 2000, "currency": "EUR"},
     "1,000–2,000 EUR"),
    ({"text": "99 cents", "amount": 0.99, "currency": None}, "0.99 ?"),
    ({"text": "$3m to $5m", "amount": 3e6, "amount_low": 3e6, "amount_high": 5e6, "currency": "USD"}, "3m–5m USD"),
    ({"text": "$1.2 trillion", "amount": 1.2e12, "currency": "USD"}, "1.2tn USD"),
    ({"text": "Rs 1,13,575 crore", "amount": 1_135_750_000_000, "currency": "INR"}, "1.136tn INR"),
    ({"text": "£1,234,567", "amount": 1_234_567, "currency": "GBP"}, "1.235m GBP"),
    # Guards: below a million exact, and a sum that rounds up to the next unit takes it.
    ({"text": "£999,999.99", "amount": 999_999.99, "currency": "GBP"}, "999,999.99 GBP"),
    ({"text": "$999,999,999", "amount": 999_999_999, "currency": "USD"}, "1bn USD"),
    ({"text": "$250,000", "amount": 250_000, "currency": "USD"}, "250,000 USD"),
]
# Amounts whose rounding Python's f"{:.2f}" (half to even, on the float's binary value) and the web page's
# Intl.NumberFormat (half away from zero, on its shortest decimal form) wrote differently: 1.005, 0.125, 2.675 ...
TIES = [1.005, 0.125, 2.675, 1.115, 0.135, 8.345, 0.375, 2.5, 1_234_500, 2_675_000, 1_000_500, 1_234_567_500,
        -1.005, -2_675_000, 1e21, 1.2345678901234567e25, 0.001, 0.005, 999_499_999, 999_500_000, 999_999.995]
DOM_JS = Path(__file__).resolve().parents[2] / "services" / "api" / "static" / "js" / "dom.js"


def _node_format_money(sums: list[dict]) -> list[str]:
    script = (f"import {{ formatMoney }} from {json.dumps(DOM_JS.as_uri())};\n"
              f"console.log(JSON.stringify({json.dumps(sums)}.map(formatMoney)));")
    ran = subprocess.run(["node", "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60)
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


def test_a_sum_is_written_alike_by_the_cli_the_story_comparison_and_the_web_page(ramstein):
    """`newswire status` wrote "1.5" and "1,000-2,000", the web page "≈ 5,000,000 USD" and no cents, the story
    comparison "18.2bn GBP": three formats of one sum. All now write it as services/core/amounts.py does."""
    assert [money_text(money) for money, _ in SUMS] == [shown for _, shown in SUMS]
    assert [_sum(money) for money, _ in SUMS] == [f"{money['text']} ({shown})" for money, shown in SUMS]
    assert "18.2bn GBP" in _labels(ramstein, "single", "money")


def test_a_tie_is_rounded_away_from_zero_as_the_web_page_rounds_it():
    """f"{1.005:,.2f}" is "1.00" and f"{0.125:,.2f}" "0.12" where the web page wrote "1.01" and "0.13"."""
    assert [money_text({"amount": a, "currency": "GBP"}) for a in (1.005, 0.125, 2.675, 1_234_500)] == \
        ["1.01 GBP", "0.13 GBP", "2.68 GBP", "1.235m GBP"]
    # Guard: a value below the tie keeps rounding down.
    assert money_text({"amount": 1.0049, "currency": "GBP"}) == "1 GBP"


@pytest.mark.skipif(shutil.which("node") is None, reason="no node to run the web page's module")
def test_the_web_page_writes_a_sum_as_the_cli_does():
    sums = [money for money, _ in SUMS] + [{"text": "a sum", "amount": None, "currency": "GBP"}]
    # Guard: a sum without an amount is its text, in both.
    assert _node_format_money(sums) == [shown for _, shown in SUMS] + ["a sum"]
    assert _sum(sums[-1]) == "a sum"


@pytest.mark.skipif(shutil.which("node") is None, reason="no node to run the web page's module")
def test_the_web_page_rounds_ties_and_huge_sums_as_the_cli_does():
    sums = [{"text": "x", "amount": amount, "currency": "EUR"} for amount in TIES]
    assert _node_format_money(sums) == [money_text(money) for money in sums]
