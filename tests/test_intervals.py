"""toolkit.intervals: Wilson intervals of rates, the grouped bootstrap intervals of ROC AUC and
of rates whose rows come in documents."""

from __future__ import annotations

import math

import pytest

from toolkit.divergence_eval import (
    category_rates,
    category_table,
    demetr_report,
    render_report,
    roc_auc,
)
from toolkit.intervals import bootstrap_auc, grouped_wilson, wilson


@pytest.mark.parametrize(
    ("k", "n", "expected"),
    [
        (8, 10, (0.4902, 0.9433)),
        (0, 70, (0.0, 0.0520)),  # z² / (n + z²)
        (70, 70, (0.9480, 1.0)),  # n / (n + z²)
    ],
)
def test_wilson_matches_the_formula(k: int, n: int, expected: tuple[float, float]) -> None:
    assert wilson(k, n) == pytest.approx(expected, abs=1e-4)


@pytest.mark.parametrize(("k", "n"), [(8, 10), (27, 30), (63, 69), (3, 70)])
def test_wilson_bounds_are_where_the_score_test_turns(k: int, n: int) -> None:
    """Each bound p0 solves |k/n - p0| = z * sqrt(p0 (1 - p0) / n), what defines the
    Wilson interval (to the 4 places it is rounded to)."""
    for p0 in wilson(k, n):
        gap = abs(k / n - p0) - 1.959964 * math.sqrt(p0 * (1 - p0) / n)
        assert abs(gap) < 2e-4


def test_wilson_narrows_with_more_rows_and_holds_the_rate() -> None:
    small, large = wilson(9, 10), wilson(900, 1000)
    assert small[0] < 0.9 < small[1] and large[0] < 0.9 < large[1]
    assert large[1] - large[0] < (small[1] - small[0]) / 5


def test_wilson_of_nothing_is_undefined() -> None:
    assert all(math.isnan(x) for x in wilson(0, 0))


def _groups(n: int, gap: float) -> tuple[list, list]:
    """n groups, each one negative and two positives; positives score `gap` higher on
    average, with overlap."""
    pos = [(g, (g * 37 % 11) / 10 + gap) for g in range(n)]
    pos += [(g, (g * 53 % 7) / 6 + gap) for g in range(n)]
    neg = [(g, (g * 29 % 13) / 12) for g in range(n)]
    return pos, neg


def test_bootstrap_auc_holds_the_auc_and_repeats_exactly() -> None:
    pos, neg = _groups(40, 0.3)
    auc = roc_auc([s for _, s in pos], [s for _, s in neg])
    lo, hi = bootstrap_auc(pos, neg)
    assert lo < auc < hi
    assert 0 < hi - lo < 0.4
    assert bootstrap_auc(pos, neg) == (lo, hi)
    assert bootstrap_auc(pos, neg, seed=1) != (lo, hi)


def test_bootstrap_auc_narrows_with_more_groups() -> None:
    few, many = bootstrap_auc(*_groups(20, 0.3)), bootstrap_auc(*_groups(400, 0.3))
    assert many[1] - many[0] < few[1] - few[0]


def test_bootstrap_auc_without_negatives_is_undefined() -> None:
    assert all(math.isnan(x) for x in bootstrap_auc([("a", 1.0)], []))


def test_grouped_wilson_widens_when_documents_hold_the_hits() -> None:
    # 600 pairs in 40 documents of 15, 60 flagged: one in each document and 20 more in two
    # documents, or all 60 in four whole documents
    spread = [(d, i == 0 or (d < 2 and i <= 10)) for d in range(40) for i in range(15)]
    lumped = [(d, d < 4) for d in range(40) for i in range(15)]
    assert sum(h for _, h in spread) == sum(h for _, h in lumped) == 60
    w_lo, w_hi = wilson(60, 600)
    lo_s, hi_s = grouped_wilson(spread)
    lo_l, hi_l = grouped_wilson(lumped)
    assert lo_l < lo_s <= w_lo < 0.1 < w_hi <= hi_s < hi_l
    assert hi_l - lo_l > 2 * (w_hi - w_lo)  # four documents are worth far fewer than 600 pairs
    assert grouped_wilson(lumped) == (lo_l, hi_l)  # seeded: the same every run


def test_grouped_wilson_is_wilson_for_independent_rows_and_at_the_bounds() -> None:
    # one pair per document: the design effect is about 1 (never below), so about Wilson's
    lo, hi = grouped_wilson([(d, d % 5 == 0) for d in range(400)])
    w_lo, w_hi = wilson(80, 400)
    assert lo <= w_lo and hi >= w_hi and (hi - lo) < 1.2 * (w_hi - w_lo)
    # every row a hit: no variance to measure the groups by, so Wilson's, not a zero width
    all_hit = [(d, True) for d in range(10) for _ in range(4)]
    assert grouped_wilson(all_hit) == wilson(40, 40)
    assert grouped_wilson(all_hit)[0] < 1.0
    assert all(math.isnan(x) for x in grouped_wilson([]))


def test_category_rates_count_each_category_once_per_pair_over_all_pairs() -> None:
    # 20 documents of 10 pairs: a NEGATION_FLIP on pair 0 of every document, a NAME_CHANGED
    # beside it in documents 0-4, and both again on pair 1 of document 0 (one pair, two flags)
    pairs: list[tuple[str, set[str]]] = [
        (f"d{d}", ({"NEGATION_FLIP"} | ({"NAME_CHANGED"} if d < 5 else set())) if i == 0 else set())
        for d in range(20)
        for i in range(10)
    ]
    pairs[1] = ("d0", {"NEGATION_FLIP", "NAME_CHANGED"})
    rates = category_rates(pairs, ["NEGATION_FLIP", "NAME_CHANGED", "DATE_CHANGED"])
    assert list(rates) == ["NEGATION_FLIP", "NAME_CHANGED", "DATE_CHANGED"]
    assert rates["NEGATION_FLIP"]["rate"] == 0.105  # 21 of 200 pairs
    assert rates["NAME_CHANGED"]["rate"] == 0.03  # 6 of 200
    assert rates["DATE_CHANGED"]["rate"] == 0.0
    lo, hi = rates["NAME_CHANGED"]["interval"]
    assert lo < 0.03 < hi
    assert rates["NAME_CHANGED"]["interval"] == grouped_wilson(
        [(doc, "NAME_CHANGED" in cats) for doc, cats in pairs]
    )


def _pair(i: int, kind: str, label: int, score: float, flagged: bool, cosine: float) -> dict:
    return {"id": f"s{i}", "type": kind, "label": label, "score": score, "cosine": cosine,
            "categories": ["NEGATION_FLIP"] if flagged else []}  # fmt: skip


def test_demetr_report_gives_each_figure_its_interval() -> None:
    scored = []
    for i in range(30):
        scored.append(_pair(i, "equivalent", 0, 0.1 + i / 100, i < 2, 0.9))
        scored.append(_pair(i, "equivalent_mt", 0, 0.1, False, 0.92))
        scored.append(_pair(i, "negation", 1, 0.85 if i < 27 else 0.2, i < 27, 0.88))
    report = demetr_report(scored, cosine_at=0.85)
    assert report["recall"]["negation"] == 0.9
    assert report["recall_interval"]["negation"] == wilson(27, 30)
    assert report["fpr_interval"] == wilson(2, 30)
    lo, hi = report["auc_interval"]
    assert lo <= report["auc"] <= hi
    text = render_report(report | {"split": "calib", "model": "m", "flag": "f"})
    negation = next(line for line in text.splitlines() if line.startswith("negation"))
    assert f"{wilson(27, 30)[0]:.3f}-{wilson(27, 30)[1]:.3f}" in negation
    assert "bootstrap over source sentences" in text


def test_category_table_sets_each_categorys_recall_beside_its_false_flags() -> None:
    drift = {
        "en-uk": {"recall": {"NAME_CHANGED": 0.75, "NUMBER_CHANGED": 1.0},
                  "recall_interval": {"NAME_CHANGED": [0.5, 0.9], "NUMBER_CHANGED": [0.9, 1.0]}},
    }  # fmt: skip
    controls = {
        "en-uk": {
            "pairs": 200,
            "false_flag_rate_by_category": {
                "NAME_CHANGED": {"rate": 0.03, "interval": [0.01, 0.06]}
            },
            "reviewed": {"by_category": {"NAME_CHANGED": {"flags": 6, "both REAL": 1}}},
        }
    }
    table = category_table(drift | {"part": "drift", "seconds": 1.0}, controls).splitlines()
    assert table[0].startswith("| category | en-uk recall | en-uk untouched pairs")
    assert table[2] == "| NAME_CHANGED | 0.750 (0.500-0.900) | 3.00% (1.0%-6.0%) | 1 of 6 |"
    # a category no untouched pair raised: 0 of 200, Wilson's upper bound; no judged flags
    lo, hi = wilson(0, 200)
    assert table[3] == f"| NUMBER_CHANGED | 1.000 (0.900-1.000) | 0.00% ({lo:.1%}-{hi:.1%}) | - |"
    # a second pair whose rows hold no NUMBER_CHANGED: a dash, not an error
    drift["en-ru"] = {
        "recall": {"NAME_CHANGED": 1.0},
        "recall_interval": {"NAME_CHANGED": [0.8, 1.0]},
    }
    controls["en-ru"] = {"pairs": 100}
    rows = category_table(drift, controls).splitlines()
    assert rows[3].endswith(f"| - | 0.00% ({wilson(0, 100)[0]:.1%}-{wilson(0, 100)[1]:.1%}) | - |")
