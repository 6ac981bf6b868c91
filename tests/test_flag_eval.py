"""The divergence evaluation helpers: ROC AUC, DEMETR pairs and split, key matching."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from toolkit import schemas
from toolkit.divergence_eval import (
    _flagged_rows,
    as_ingested,
    control_rows,
    demetr_pairs,
    document_flags,
    drift_rows,
    evaluate_key,
    in_context,
    key_match,
    roc_auc,
)
from toolkit.errors import InputError
from toolkit.intervals import wilson

ROOT = Path(__file__).resolve().parent.parent
KEY = ROOT / "texts" / "putin-bush-nato-2001" / "expected-divergences.csv"


def test_roc_auc() -> None:
    assert roc_auc([3, 4], [1, 2]) == 1.0
    assert roc_auc([1, 2], [3, 4]) == 0.0
    assert roc_auc([1], [1]) == 0.5
    assert roc_auc([2, 1], [1.5]) == 0.5


def test_demetr_pairs_follow_the_split() -> None:
    calib = demetr_pairs(ROOT / "data" / "demetr_ru_en", split="calib")
    test = demetr_pairs(ROOT / "data" / "demetr_ru_en", split="test")
    assert {p["id"] for p in calib}.isdisjoint({p["id"] for p in test})
    assert sum(p["type"] == "equivalent" for p in calib) == 30
    assert sum(p["label"] == 1 for p in calib) + sum(p["label"] == 1 for p in test) == 1037
    assert {p["type"] for p in test} >= {"numbers_replaced", "ne_replaced", "negation"}


def test_demetr_halves_cut_the_test_sources_in_two() -> None:
    """calib2 / test2 (session 23): disjoint halves of DEMETR's test sources, each source with
    all its pairs; calib sources belong to neither; an unknown split is an InputError."""
    folder = ROOT / "data" / "demetr_ru_en"
    test = demetr_pairs(folder, split="test")
    halves = [demetr_pairs(folder, split=s) for s in ("calib2", "test2")]
    ids = [{p["id"] for p in h} for h in halves]
    assert ids[0] and ids[1] and not ids[0] & ids[1]
    assert ids[0] | ids[1] == {p["id"] for p in test}
    assert abs(len(ids[0]) - len(ids[1])) <= 1
    assert len(halves[0]) + len(halves[1]) == len(test)
    with pytest.raises(InputError, match="unknown split 'half'"):
        demetr_pairs(folder, split="half")


def test_drift_rows_subset() -> None:
    rows = drift_rows(ROOT / "data" / "drift_suite" / "en-uk.csv", split="test", per_category=3)
    assert {r["split"] for r in rows} == {"test"}
    counts = pl.DataFrame(rows)["category"].value_counts()
    assert set(counts["count"]) == {3}


def test_evaluation_texts_are_read_as_ingest_reads_a_version() -> None:
    # NTREX's Ukrainian puts a no-break space before the dash of a reporting clause inside a
    # quote; `toolkit run` makes it a space, so the evaluations must too
    assert (
        as_ingested(" «Я знаю,\xa0– заявила вона\xa0– це так».\n")
        == "«Я знаю, – заявила вона – це так»."
    )
    assert as_ingested("it’s\u00adfine") == "it'sfine"
    suite = ROOT / "data" / "drift_suite" / "en-uk.csv"
    rows = drift_rows(suite, split="calib") + control_rows(
        ROOT / "data" / "ntrex128", suite, split="calib"
    )
    texts = [r[k] for r in rows for k in ("text_en", "text_tgt")]
    assert texts and all(as_ingested(t) == t for t in texts)
    raw = (ROOT / "data" / "drift_suite" / "en-uk.csv").read_text(encoding="utf-8")
    assert "\xa0" in raw  # the data has them; the readers take them out
    pairs = demetr_pairs(ROOT / "data" / "demetr_ru_en", split="calib")
    assert all(as_ingested(str(p[k])) == p[k] for p in pairs for k in ("src", "tgt"))


def flag(va: str, vb: str, category: str, text_a: str, text_b: str) -> dict[str, object]:
    return {"flag_id": f"{category[:4]}{len(text_a)}", "story": "s", "version_a": va,
            "version_b": vb, "category": category, "severity": "high", "score": 0.9,
            "evidence": "x: a -> b", "sent_ids_a": [0], "sent_ids_b": [0], "text_a": text_a,
            "text_b": text_b, "quote_id_a": None, "quote_id_b": None}  # fmt: skip


KEY_ROW = {"id": "D07", "version_a": "a.uk", "version_b": "a.ru", "category": "WORDS_DROPPED",
           "text_a": "Навіщо потрібне розширення НАТО на схід? Інше.",
           "text_b": "Зачем нужно расширение НАТО? Другое."}  # fmt: skip


@pytest.mark.parametrize(
    ("flagged", "expected"),
    [
        (flag("a.uk", "a.ru", "WORDS_DROPPED", "Навіщо потрібне розширення НАТО на схід?",
              "Зачем нужно расширение НАТО?"), True),
        (flag("a.ru", "a.uk", "WORDS_ADDED", "Зачем нужно расширение НАТО?",
              "Навіщо потрібне розширення НАТО на схід?"), True),
        (flag("a.ru", "a.uk", "WORDS_DROPPED", "Зачем нужно расширение НАТО?",
              "Навіщо потрібне розширення НАТО на схід?"), False),
        (flag("a.uk", "a.ru", "WORDS_DROPPED", "Інший текст.",
              "Зачем нужно расширение НАТО?"), False),
        (flag("a.uk", "a.en", "WORDS_DROPPED", "Навіщо потрібне розширення НАТО на схід?",
              ""), False),
    ],
    ids=["same-way", "mirrored", "mirrored-wrong-category", "other-text", "other-versions"],
)  # fmt: skip
def test_key_match(flagged: dict[str, object], expected: bool) -> None:
    assert key_match(KEY_ROW, flagged) is expected


def test_evaluate_key_counts_unexplained_flags() -> None:
    number = flag("rbc-ukraine.en", "rbc-ukraine.uk", "NUMBER_CHANGED",
                  '"NATO gave a negative answer with four specific reasons',
                  "«НАТО дало негативну відповідь із трьома конкретними причинами")  # fmt: skip
    stray = flag("rbc-ukraine.en", "rbc-ukraine.uk", "DATE_CHANGED", "x", "y")
    result = evaluate_key(KEY, pl.DataFrame([number, stray], schema=schemas.FLAGS))
    flagged = {(k["id"], k["version_a"]) for k in result["keys"] if k["flagged"]}
    assert flagged == {("D10", "rbc-ukraine.en")}
    assert [f["category"] for f in result["false_flags"]["rbc-ukraine.en rbc-ukraine.uk"]] == [
        "DATE_CHANGED"
    ]


def test_in_context_puts_the_row_among_its_document_sentences() -> None:
    suite = ROOT / "data" / "drift_suite" / "en-uk.csv"
    ntrex = ROOT / "data" / "ntrex128"
    row = next(r for r in drift_rows(suite, split="calib") if r["category"] == "NEGATION_FLIP")
    en, uk, middle = in_context(row, ntrex, 2)
    assert len(en) == len(uk) and 1 <= len(en) <= 5
    assert (en[middle], uk[middle]) == (row["text_en"], row["text_tgt"])  # the edited text
    controls = control_rows(ntrex, suite, split="calib")
    same_doc = [c for c in controls if c["doc_id"] == row["doc_id"]]
    lines = {int(c["line"]): c["text_en"] for c in same_doc}
    assert all(t in lines.values() for k, t in enumerate(en) if k != middle)
    # the first sentence of a document has nothing before it from another document
    first = min(same_doc, key=lambda c: int(c["line"]))
    en, _, middle = in_context(first, ntrex, 2)
    assert middle == 0
    with pytest.raises(InputError, match="is not in NTREX document"):
        in_context(first | {"doc_id": "no.such.doc"}, ntrex, 2)
    with pytest.raises(InputError, match="context must be 0 or more sentences, got -1"):
        in_context(first, ntrex, -1)


@pytest.mark.model
def test_in_context_counts_only_the_flags_on_the_rows_sentence(embedder) -> None:
    suite = ROOT / "data" / "drift_suite" / "en-uk.csv"
    ntrex = ROOT / "data" / "ntrex128"
    rows = [r for r in drift_rows(suite, split="calib") if r["category"] == "NUMBER_CHANGED"][:2]
    for row, flags in _flagged_rows(rows, embedder, None, ntrex_dir=ntrex, context=2):
        _, _, middle = in_context(row, ntrex, 2)
        assert "NUMBER_CHANGED" in flags["category"].to_list()  # the edit, found in context
        assert all(
            middle in a or middle in b for a, b in flags.select("sent_ids_a", "sent_ids_b").rows()
        )


@pytest.mark.model
def test_document_flags_compare_a_document_once_and_count_each_sentence(embedder) -> None:
    def doc_row(k: int, en: str, uk: str) -> dict[str, str]:
        return {"id": f"c{k}", "lang_pair": "en-uk", "doc_id": "d1", "line": str(k + 1),
                "category": "NONE", "text_en": en, "text_tgt": uk}  # fmt: skip

    rows = [
        doc_row(2, "The minister came on Monday.", "Міністр прибув у понеділок."),
        doc_row(0, "The talks lasted four hours.", "Переговори тривали чотири години."),
        doc_row(1, "He met 25 students.", "Він зустрівся з 35 студентами."),
    ]
    found = list(document_flags(rows, embedder, None))
    assert [row["id"] for row, _ in found] == ["c0", "c1", "c2"]  # document order
    by_row = {row["id"]: flags["category"].to_list() for row, flags in found}
    assert by_row == {"c0": [], "c1": ["NUMBER_CHANGED"], "c2": []}
    assert found[1][1]["sent_ids_a"].to_list() == [[1]]


@pytest.mark.model
def test_evaluate_drift_reports_rows_flagged_under_another_category(embedder, tmp_path) -> None:
    """`flagged_any` counts a row flagged at all; `recall` only under its own category."""
    from toolkit.divergence_eval import evaluate_drift

    rows = [
        ("r1", "NUMBER_CHANGED", "He met 25 students.", "Він зустрівся з 35 студентами."),
        ("r2", "NAME_CHANGED", "He met 25 students.", "Він зустрівся з 35 студентами."),
        ("r3", "NAME_CHANGED", "The talks lasted four hours.", "Переговори тривали чотири години."),
        ("r4", "NONE", "The minister came on Monday.", "Міністр прибув у понеділок."),
    ]
    path = tmp_path / "en-uk.csv"
    lines = ["id,split,lang_pair,doc_id,line,category,text_en,text_tgt,change"]
    lines += [
        f'{i},test,en-uk,d1,{k + 1},{c},"{en}","{uk}",' for k, (i, c, en, uk) in enumerate(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = evaluate_drift([path], embedder, split="test", words=False)
    assert result["recall"] == {"NAME_CHANGED": 0.0, "NUMBER_CHANGED": 1.0}
    assert result["hits"] == {"NAME_CHANGED": 0, "NUMBER_CHANGED": 1}
    assert result["flagged_any"] == {"NAME_CHANGED": 0.5, "NUMBER_CHANGED": 1.0}
    assert result["false_flag_rate"] == 0.0
    # at a rate of 0 or 1 there is no spread between documents to measure: Wilson's
    assert result["recall_interval"] == {
        "NAME_CHANGED": wilson(0, 2),
        "NUMBER_CHANGED": wilson(1, 1),
    }
    assert result["false_flag_interval"] == wilson(0, 1)
    assert "design effect of news documents" in result["intervals"]


def _three_line_ntrex(tmp_path, ids: list[str], *, uk_students: int):
    """An NTREX folder of three lines in en / uk / ru with these document ids; the
    Ukrainian second line says `uk_students` students where the others say 25."""
    from toolkit.ntrex import NTREX_FILES

    ntrex = tmp_path / "ntrex"
    ntrex.mkdir()
    lines = {
        "en": ["The talks lasted four hours.", "He met 25 students.", "It rained."],
        "uk": [
            "Переговори тривали чотири години.",
            f"Він зустрівся з {uk_students} студентами.",
            "Йшов дощ.",
        ],
        "ru": ["Переговоры длились четыре часа.", "Он встретился с 25 студентами.", "Шёл дождь."],
    }
    (ntrex / "DOCUMENT_IDS.tsv").write_text("\n".join(ids) + "\n", encoding="utf-8")
    for lang, texts in lines.items():
        (ntrex / NTREX_FILES[lang]).write_text("\n".join(texts) + "\n", encoding="utf-8")
    return ntrex


@pytest.mark.model
def test_evaluate_stories_reads_each_document_as_a_three_version_story(embedder, tmp_path) -> None:
    """A two-document NTREX folder: the Ukrainian line changes a number the Russian keeps,
    so en-uk and uk-ru flag that sentence and en-ru flags nothing."""
    from toolkit.divergence_eval import evaluate_stories

    ntrex = _three_line_ntrex(tmp_path, ["d1", "d1", "d2"], uk_students=35)
    suite = tmp_path / "en-uk.csv"
    suite.write_text(
        "id,split,lang_pair,doc_id,line,category,text_en,text_tgt,change\n"
        "r1,test,en-uk,d1,1,NONE,a,b,\n",
        encoding="utf-8",
    )
    result = evaluate_stories(ntrex, suite, embedder, split="test")
    assert result["documents"] == 1  # d2 is in no row of the split
    pairs = result["pairs"]
    assert pairs["en-uk"]["sentences"] == 2 and pairs["en-uk"]["flagged_share"] == 0.5
    assert pairs["en-uk"]["flags_by_category"] == {"NUMBER_CHANGED": 1}
    assert pairs["en-ru"]["flagged_share"] == 0.0 and pairs["en-ru"]["flags_by_category"] == {}
    assert pairs["uk-ru"]["flags_by_category"] == {"NUMBER_CHANGED": 1}
    # the Russian agrees with the English: the Ukrainian is named, and stays medium or high
    assert pairs["en-uk"]["cross_check"] == {"odd one: uk": 1}
    assert pairs["uk-ru"]["cross_check"] == {"odd one: uk": 1}
    assert pairs["en-uk"]["flagged_share_medium"] == 0.5


@pytest.mark.model
def test_evaluate_story_drift_puts_the_edit_back_into_one_translation(embedder, tmp_path) -> None:
    """A drift row replaces its line in the Ukrainian version only; the Russian keeps the
    published number. A row whose English the suite wrapped as a quote is left out."""
    from toolkit.divergence_eval import evaluate_story_drift

    ntrex = _three_line_ntrex(tmp_path, ["d1", "d1", "d1"], uk_students=25)
    suite = tmp_path / "en-uk.csv"
    suite.write_text(
        "id,split,lang_pair,doc_id,line,category,text_en,text_tgt,change\n"
        "r1,test,en-uk,d1,2,NUMBER_CHANGED,He met 25 students.,Він зустрівся з 35 студентами.,x\n"
        'r2,test,en-uk,d1,1,NUMBER_CHANGED,"""The talks lasted four hours,"" he said.",y,x\n',
        encoding="utf-8",
    )
    result = evaluate_story_drift(ntrex, [suite], embedder, split="test")
    assert result["pairs"]["en-uk"] == {
        "NUMBER_CHANGED": {"rows": 1, "flagged": 1, "flagged_medium": 1, "odd_one_right": 1}
    }


def test_a_changed_name_reported_as_the_changed_speaker_is_told_apart() -> None:
    from toolkit.divergence_eval import _speaker_names

    row = {"category": "NAME_CHANGED", "change": "name: Трамп -> Андерсон"}
    speaker = pl.DataFrame(
        {"category": ["SPEAKER_CHANGED"], "evidence": ["speaker: Trump -> Андерсон"]}
    )
    other = pl.DataFrame({"category": ["SPEAKER_CHANGED"], "evidence": ["speaker: Trump -> Буш"]})
    words = pl.DataFrame({"category": ["WORDS_ADDED"], "evidence": ["words added: Андерсон"]})
    assert _speaker_names(row, speaker) is True
    assert _speaker_names(row, other) is False  # another new speaker
    assert _speaker_names(row, words) is False  # not a speaker flag


def test_test_halves_cut_the_test_documents_in_two_for_both_pairs() -> None:
    """calib2 / test2 (session 22): disjoint halves of the test documents, the same for
    en-uk and en-ru, the same on every call; calib rows belong to neither."""
    from toolkit.divergence_eval import drift_rows

    suite = ROOT / "data" / "drift_suite"
    docs = {}
    for pair in ("en-uk", "en-ru"):
        test = {r["doc_id"] for r in drift_rows(suite / f"{pair}.csv", split="test")}
        calib = {r["doc_id"] for r in drift_rows(suite / f"{pair}.csv", split="calib")}
        halves = [{r["doc_id"] for r in drift_rows(suite / f"{pair}.csv", split=s)}
                  for s in ("calib2", "test2")]  # fmt: skip
        assert halves[0] and halves[1] and not halves[0] & halves[1]
        assert halves[0] | halves[1] == test and not (halves[0] | halves[1]) & calib
        assert abs(len(halves[0]) - len(halves[1])) <= 1
        docs[pair] = halves
    assert docs["en-uk"] == docs["en-ru"]
    with pytest.raises(InputError, match="unknown split 'half'"):
        drift_rows(suite / "en-uk.csv", split="half")
