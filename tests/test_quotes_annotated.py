"""The hand-annotated set: well-formed, large enough, and the dev split scores its targets."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def evaluation():
    spec = importlib.util.spec_from_file_location("eval_quotes", ROOT / "bench" / "eval_quotes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_set_is_large_and_covers_every_language(evaluation) -> None:
    items = evaluation.load_items()
    per_lang = Counter()
    for item in items:
        per_lang[item["lang"]] += len(item["quotes"])
        spans = evaluation.locate(item["text"], item["quotes"])  # every quote is in its text
        assert all(0 <= a < b <= len(item["text"]) for a, b in spans)
    assert sum(per_lang.values()) >= 150
    assert min(per_lang.values()) >= 40
    splits = tuple(["dev", "test"] + [f"test{n}" for n in range(2, 40)])
    assert {i["split"] for i in items} == set(splits)
    groups = {s: {i["group"] for i in items if i["split"] == s} for s in splits}
    for n, split in enumerate(splits):  # no group in two splits
        assert all(groups[split].isdisjoint(groups[other]) for other in splits[n + 1 :])


def test_dev_split_meets_span_and_speaker_targets(evaluation) -> None:
    items = [i for i in evaluation.load_items() if i["split"] == "dev"]
    scores = evaluation.span_and_speaker([evaluation.evaluate_item(i) for i in items])
    assert scores["span_f1"] >= 0.95, scores["errors"]
    assert scores["speaker_acc"] >= 0.90, scores["errors"]
