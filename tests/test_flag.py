"""The flag stage on hand-made feature rows: each category fires / does not fire, stable ids."""

from __future__ import annotations

import polars as pl
import pytest

from toolkit import schemas
from toolkit.compare.features import compare_texts
from toolkit.compare.pairs import PAIR_FEATURES
from toolkit.errors import InputError
from toolkit.flag import (
    CATEGORIES,
    DEFAULT_THRESHOLDS,
    FLAG_SIGNATURE,
    Thresholds,
    divergence_score,
    find_divergences,
    flag_features,
    flag_id,
)
from toolkit.report.highlight import evidence_terms

STORY = "story"


def row(**changes: object) -> dict[str, object]:
    """A features row of an equivalent, clean unit pair, with `changes` applied."""
    base: dict[str, object] = {name: None for name in PAIR_FEATURES}
    base |= {
        "pair_id": "u0",
        "kind": "unit",
        "version_a": "x.en",
        "version_b": "x.uk",
        "sent_ids_a": [0],
        "sent_ids_b": [0],
        "text_a": "Four reasons were given in 1954.",
        "text_b": "Було названо чотири причини у 1954 році.",
        "lang_a": "en",
        "lang_b": "uk",
        "similarity": 0.9,
        "margin": 1.08,
        "negation_a": 0,
        "negation_b": 0,
        "negation_flip": False,
        "date_conflict": False,
        "content_a": 4,
        "content_b": 5,
    }
    for name, dtype in PAIR_FEATURES.items():
        if isinstance(dtype, pl.List) and base[name] is None:
            base[name] = []
    return base | changes


def frame(*rows: dict[str, object]) -> pl.DataFrame:
    return pl.DataFrame(list(rows), schema=PAIR_FEATURES)


def categories(r: dict[str, object]) -> list[str]:
    return [f.category for f in find_divergences(r)]


def test_modality_evidence_names_both_words() -> None:
    (found,) = find_divergences(row(modality_flip=["may_must:could/должна"]))
    assert found.evidence == "modality: could -> должна"
    assert found.score < find_divergences(row(antonyms=["for_against:against/за"]))[0].score


def test_clean_pair_has_no_flags() -> None:
    assert categories(row()) == []
    assert flag_features(frame(row()), story=STORY).height == 0


# three unmatched words of "... the hotel room he shared with his wife and daughter", a run
# of two and a fifth of the content words: whether they flag depends on the clauses alone
SHARED_WITH = {
    "unmatched_a": ["earthquake", "wife", "daughter"],
    "unmatched_spans_a": [[60, 70], [119, 123], [128, 136]],
    "unmatched_best_a": [0.22, 0.16, 0.23],
    "content_a": 15,
    "unmatched_run_a": 2,
}

FIRING = [
    ("NUMBER_CHANGED", {"numbers_only_a": ["4"], "numbers_only_b": ["3"]}),
    ("NAME_CHANGED", {"names_only_a": ["Kremlin"]}),
    ("DATE_CHANGED", {"dates_only_a": ["1954"], "dates_only_b": ["1955"], "date_conflict": True}),
    ("NAME_CHANGED", {"names_only_a": ["Bush"], "names_only_b": ["Клінтон"]}),
    ("NEGATION_FLIP", {"negation_flip": True, "negation_a": 1, "negation_cues_a": ["not"]}),
    ("MEANING_CHANGED", {"antonyms": ["for_against:against/за"]}),
    ("MEANING_CHANGED", {"modality_flip": ["may_must:Perhaps/має"]}),
    ("MEANING_CHANGED", {"similarity": 0.6}),
    ("MEANING_CHANGED", {"kind": "quote", "similarity": 0.86, "margin": 0.9}),
    ("WORDS_DROPPED", {"unmatched_a": ["east", "wide"], "unmatched_best_a": [0.2, 0.3]}),
    ("WORDS_ADDED", {"unmatched_b": ["схід", "широко"], "unmatched_best_b": [0.2, 0.3]}),
    (
        "WORDS_DROPPED",
        {
            "unmatched_a": ["closer", "epicenter", "quake"],
            "unmatched_best_a": [0.6, 0.55, 0.7],
            "content_a": 20,
            "unmatched_run_a": 3,
        },
    ),
    (  # "... the hotel room he shared with his wife and daughter": "shared" aligned
        "WORDS_DROPPED",
        SHARED_WITH | {"clauses_a": [[0, 22, 3], [22, 109, 9], [109, 137, 2]]},
    ),
    (
        "SPEAKER_CHANGED",
        {"kind": "quote", "speaker_a": "Putin", "speaker_b": "Буш", "same_speaker": False},
    ),
]


@pytest.mark.parametrize(
    ("category", "changes"), FIRING, ids=[f"{c}-{i}" for i, (c, _) in enumerate(FIRING)]
)
def test_category_fires(category: str, changes: dict[str, object]) -> None:
    found = find_divergences(row(**changes))
    assert [f.category for f in found] == [category]
    assert 0.0 < found[0].score <= 1.0


NOT_FIRING = [
    ("same numbers", {"numbers_a": ["4"], "numbers_b": ["4"]}),
    ("one-sided number", {"numbers_only_a": ["25000"]}),
    ("no negation flip", {"negation_a": 1, "negation_b": 1, "negation_cues_a": ["not"]}),
    ("unit similarity fine", {"similarity": 0.80}),
    ("quote similarity fine", {"kind": "quote", "similarity": 0.88, "margin": 1.05}),
    ("one unmatched word", {"unmatched_a": ["east"], "unmatched_best_a": [0.2]}),
    ("unmatched but similar", {"unmatched_a": ["east", "wide"], "unmatched_best_a": [0.7, 0.8]}),
    (
        "a run of two",
        {
            "unmatched_a": ["epicenter", "quake"],
            "unmatched_best_a": [0.55, 0.7],
            "content_a": 20,
            "unmatched_run_a": 2,
        },
    ),
    (  # three unmatched words: two in a clause of nine content words, one in another
        "no clause mostly unmatched",
        SHARED_WITH | {"clauses_a": [[0, 22, 3], [22, 125, 9], [125, 137, 3]]},
    ),
    (
        "a clause of added words",
        {
            "unmatched_b": ["дружиною", "дочкою"],
            "unmatched_spans_b": [[10, 18], [22, 28]],
            "unmatched_best_b": [0.2, 0.2],
            "content_b": 15,
            "clauses_b": [[0, 30, 2]],
        },
    ),
    (
        "a run of added words",
        {
            "unmatched_b": ["щоб", "не", "дати"],
            "unmatched_best_b": [0.6, 0.6, 0.6],
            "content_b": 20,
            "unmatched_run_b": 5,
        },
    ),
    (
        "small share",
        {"content_a": 30, "unmatched_a": ["east", "wide"], "unmatched_best_a": [0.1, 0.1]},
    ),
    (
        "same speaker",
        {"kind": "quote", "speaker_a": "Putin", "speaker_b": "Путін", "same_speaker": True},
    ),
    ("unknown speaker", {"kind": "quote", "speaker_a": "Putin", "same_speaker": None}),
]


@pytest.mark.parametrize(("name", "changes"), NOT_FIRING, ids=[n for n, _ in NOT_FIRING])
def test_category_does_not_fire(name: str, changes: dict[str, object]) -> None:
    assert categories(row(**changes)) == []


def test_one_sided_name_and_number_switches() -> None:
    found = find_divergences(row(names_only_a=["Kremlin"]))
    assert [(f.category, f.evidence) for f in found] == [("NAME_CHANGED", "names: Kremlin -> ∅")]
    assert (
        find_divergences(
            row(names_only_a=["Kremlin"]), DEFAULT_THRESHOLDS.replace(name_one_sided=False)
        )
        == []
    )
    thresholds = DEFAULT_THRESHOLDS.replace(number_one_sided=True)
    found = find_divergences(row(numbers_only_a=["25000"]), thresholds)
    assert [(f.category, f.evidence) for f in found] == [("NUMBER_CHANGED", "numbers: 25000 -> ∅")]


def test_a_one_sided_name_flags_only_with_a_name_in_its_place() -> None:
    # word alignment found the other side's word in the name's place (stand_ins)
    swapped = row(names_only_a=["Washington"], names_in_place_a=["Париж"])
    assert [(f.category, f.evidence) for f in find_divergences(swapped)] == [
        ("NAME_CHANGED", "names: Washington -> ∅; in its place: Париж")
    ]
    assert evidence_terms(find_divergences(swapped)[0].evidence) == ["Washington", "Париж"]
    # a common word or a pronoun in its place: no flag, but the pair still ranks as divergent
    dropped = row(names_only_b=["Уіллоубі"], names_in_place_b=[""])
    assert find_divergences(dropped) == []
    assert divergence_score(dropped) == DEFAULT_THRESHOLDS.name_one_sided_score
    assert divergence_score(row()) < DEFAULT_THRESHOLDS.name_one_sided_score
    # the rule switched off, or no word alignment (None): every one-sided name flags
    off = DEFAULT_THRESHOLDS.replace(name_needs_stand_in=False)
    assert [f.category for f in find_divergences(dropped, off)] == ["NAME_CHANGED"]
    unknown = row(names_only_b=["Уіллоубі"], names_in_place_b=None)
    assert [f.category for f in find_divergences(unknown)] == ["NAME_CHANGED"]


def test_even_negation_difference() -> None:
    both = row(negation_b=2, negation_cues_b=["not", "not"])
    assert [(f.category, f.evidence) for f in find_divergences(both)] == [
        ("NEGATION_FLIP", "negation: ∅ -> not, not")
    ]
    assert find_divergences(both, DEFAULT_THRESHOLDS.replace(negation_even=False)) == []


def unpaired_quote(
    side: str, *, other: str, similarity: float | None, unmatched: list[str]
) -> dict:
    quote = "only dire need"  # Putin's (a short quote needs its speaker to count as speech)
    changes: dict[str, object] = {"kind": "unpaired", "similarity": similarity, "margin": None}
    if side == "a":
        changes |= {"text_a": quote, "text_b": other, "quote_id_a": "x.en:q0", "content_a": 3,
                    "unmatched_a": unmatched, "speaker_a": "Putin"}  # fmt: skip
    else:
        changes |= {"text_a": other, "text_b": quote, "quote_id_b": "x.uk:q0", "content_b": 3,
                    "unmatched_b": unmatched, "speaker_b": "Putin"}  # fmt: skip
    return row(**changes)


def test_unpaired_quote_categories() -> None:
    said = "He said that only dire need could force them."
    assert categories(unpaired_quote("a", other=said, similarity=0.8, unmatched=[])) == ["DEQUOTED"]
    assert categories(unpaired_quote("b", other=said, similarity=0.8, unmatched=[])) == [
        "PARAPHRASE_AS_QUOTE"
    ]
    assert categories(unpaired_quote("a", other="", similarity=None, unmatched=[])) == [
        "QUOTE_MISSING"
    ]
    unrelated = unpaired_quote("a", other=said, similarity=0.8, unmatched=["only", "dire", "need"])
    assert categories(unrelated) == ["QUOTE_MISSING"]


def test_unpaired_sentence_is_words_dropped_or_added() -> None:
    dropped = row(kind="unpaired", text_b="", sent_ids_b=[], similarity=None)
    added = row(kind="unpaired", text_a="", sent_ids_a=[], similarity=None)
    assert categories(dropped) == ["WORDS_DROPPED"]
    assert categories(added) == ["WORDS_ADDED"]


def test_every_rule_category_is_listed() -> None:
    assert len(set(CATEGORIES)) == 11
    assert {"QUOTE_MISSING", "DEQUOTED", "PARAPHRASE_AS_QUOTE"} <= set(CATEGORIES)


def test_flags_frame_schema_evidence_and_severity() -> None:
    flags = flag_features(frame(row(numbers_only_a=["4"], numbers_only_b=["3"])), story=STORY)
    assert flags.schema == pl.Schema(schemas.FLAGS)
    flag = flags.row(0, named=True)
    assert (flag["category"], flag["severity"], flag["evidence"]) == (
        "NUMBER_CHANGED",
        "high",
        "numbers: 4 -> 3",
    )
    assert evidence_terms(flag["evidence"]) == ["4", "3"]
    assert flag["text_a"] == row()["text_a"] and flag["sent_ids_b"] == [0]


def test_flag_id_is_stable_and_ignores_spacing() -> None:
    first = flag_id(STORY, "x.en", "x.uk", "NUMBER_CHANGED", "4 reasons", "3 причини")
    assert first == flag_id(STORY, "x.en", "x.uk", "NUMBER_CHANGED", " 4  reasons", "3 причини")
    assert first != flag_id(STORY, "x.en", "x.uk", "DATE_CHANGED", "4 reasons", "3 причини")
    assert first != flag_id(STORY, "x.en", "x.ru", "NUMBER_CHANGED", "4 reasons", "3 причини")
    assert len(first) == 12 and int(first, 16) >= 0


def test_ids_do_not_depend_on_other_rows_or_positions() -> None:
    changed = row(numbers_only_a=["4"], numbers_only_b=["3"])
    other = row(pair_id="u1", sent_ids_a=[1], sent_ids_b=[1], text_a="Bush spoke.",
                text_b="Буш говорив.", names_only_a=["Bush"], names_only_b=["Клінтон"])  # fmt: skip
    alone = flag_features(frame(changed), story=STORY)
    together = flag_features(frame(other, changed), story=STORY)
    edited = flag_features(frame(other | {"text_b": "Клінтон говорив."}, changed), story=STORY)
    number_id = alone["flag_id"][0]
    assert number_id in together["flag_id"].to_list()
    assert number_id in edited["flag_id"].to_list()
    assert set(together["flag_id"]) != set(edited["flag_id"])


def test_order_is_deterministic() -> None:
    a = row(
        numbers_only_a=["4"], numbers_only_b=["3"], names_only_a=["Bush"], names_only_b=["Клінтон"]
    )
    b = row(
        pair_id="u1", sent_ids_a=[1], sent_ids_b=[1], text_a="x", text_b="y", negation_flip=True
    )
    one = flag_features(frame(a, b), story=STORY)
    two = flag_features(frame(b, a), story=STORY)
    assert one.equals(two)
    assert one["category"].to_list() == ["NUMBER_CHANGED", "NAME_CHANGED", "NEGATION_FLIP"]


def test_unit_flag_repeated_by_quote_flag_is_dropped() -> None:
    unit = row(sent_ids_a=[3, 4], sent_ids_b=[3, 4], dates_only_a=["1954"], dates_only_b=["1955"])
    quote = row(kind="quote", pair_id="q0", sent_ids_a=[4], sent_ids_b=[4], text_a="In 1954 ...",
                text_b="У 1955 ...", quote_id_a="x.en:q0", quote_id_b="x.uk:q0",
                dates_only_a=["1954"], dates_only_b=["1955"])  # fmt: skip
    flags = flag_features(frame(unit, quote), story=STORY)
    assert flags["quote_id_a"].to_list() == ["x.en:q0"]


def test_speaker_change_explains_the_name_change() -> None:
    unit = row(sent_ids_a=[6], sent_ids_b=[6], names_only_a=["Kremlin"], names_only_b=["Буш"])
    quote = row(kind="quote", pair_id="q0", sent_ids_a=[4, 5, 6], sent_ids_b=[4, 5, 6],
                text_a="I can", text_b="Я можу", quote_id_a="x.en:q0", quote_id_b="x.uk:q0",
                speaker_a="Putin", speaker_b="Буш", same_speaker=False)  # fmt: skip
    flags = flag_features(frame(unit, quote), story=STORY)
    assert flags["category"].to_list() == ["SPEAKER_CHANGED"]


def test_speaker_change_hides_only_the_changed_name_of_that_speaker() -> None:
    # the quotes stage took "The Hill" for the speaker; the name change is another one
    unit = row(sent_ids_a=[6], sent_ids_b=[6], names_only_a=["Washington"], names_only_b=["Сеула"])
    quote = row(kind="quote", pair_id="q0", sent_ids_a=[6], sent_ids_b=[6], text_a="It's time",
                text_b="Час", quote_id_a="x.en:q0", quote_id_b="x.uk:q0", speaker_a="Hill",
                speaker_b="Воррен", same_speaker=False)  # fmt: skip
    flags = flag_features(frame(unit, quote), story=STORY)
    assert sorted(flags["category"].to_list()) == ["NAME_CHANGED", "SPEAKER_CHANGED"]
    # the same person in another case on one side is that speaker's name
    inflected = unit | {"names_only_a": ["Kremlin"], "names_only_b": ["Путіна"]}
    said = quote | {"speaker_a": "Peskov", "speaker_b": "Путін"}
    flags = flag_features(frame(inflected, said), story=STORY)
    assert flags["category"].to_list() == ["SPEAKER_CHANGED"]


def test_thresholds_change_flags_and_signature() -> None:
    r = row(similarity=0.76)
    assert categories(r) == ["MEANING_CHANGED"]
    looser = DEFAULT_THRESHOLDS.replace(unit_min_similarity=0.7)
    assert [f.category for f in find_divergences(r, looser)] == []
    assert looser.fragment() != FLAG_SIGNATURE
    assert Thresholds().fragment() == FLAG_SIGNATURE
    assert FLAG_SIGNATURE.startswith("rules9@") and len(FLAG_SIGNATURE) == len("rules9@") + 8


@pytest.mark.parametrize(
    ("best", "clause_content", "changes", "fires"),
    [
        ([0.2, 0.2, 0.2], 5, {}, True),  # 3 of 5 content words: share 0.6
        ([0.2, 0.2, 0.2], 6, {}, False),  # 3 of 6: 0.5
        ([0.2, 0.2, 0.6], 3, {}, True),  # 2 of 3 below word_max_best
        ([0.2, 0.6, 0.6], 2, {}, False),  # one below: under words_clause_min
        ([0.2, 0.2, 0.2], 3, {"words_clause_min": 0}, False),  # switched off
        ([0.2, 0.2, 0.2], 5, {"words_clause_share": 0.7}, False),
    ],
)
def test_dropped_clause_share_and_floor(
    best: list[float], clause_content: int, changes: dict[str, float], fires: bool
) -> None:
    r = row(unmatched_a=["wife", "sons", "daughter"],
            unmatched_spans_a=[[10, 14], [15, 19], [24, 32]], unmatched_best_a=best,
            content_a=40, unmatched_run_a=1,
            clauses_a=[[0, 9, 3], [9, 33, clause_content], [33, 60, 4]])  # fmt: skip
    found = find_divergences(r, DEFAULT_THRESHOLDS.replace(**changes))
    assert [f.category for f in found] == (["WORDS_DROPPED"] if fires else [])


def test_unknown_threshold_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown threshold 'numbers'; valid: "):
        DEFAULT_THRESHOLDS.replace(numbers=1)


def test_divergence_score_ranks_unflagged_pairs_by_similarity() -> None:
    close, far = divergence_score(row(similarity=0.92)), divergence_score(row(similarity=0.83))
    assert 0 <= close < far < DEFAULT_THRESHOLDS.medium_at
    assert divergence_score(row(numbers_only_a=["4"], numbers_only_b=["3"])) == 0.9


def test_year_read_as_date_on_one_side_and_number_on_the_other_is_no_change() -> None:
    same = row(numbers_a=["2001"], dates_b=["2001"], dates_only_b=["2001"])
    assert categories(same) == []
    assert categories(row(numbers_a=["2002"], dates_only_b=["2001"])) == ["DATE_CHANGED"]


def test_names_lost_with_a_dropped_sentence_are_not_flagged_twice() -> None:
    dropped = row(kind="unpaired", sent_ids_a=[5], text_a="Russia is European.", text_b="",
                  sent_ids_b=[], similarity=None, names_only_a=["Russia"])  # fmt: skip
    quote = row(kind="quote", pair_id="q0", sent_ids_a=[4, 5], sent_ids_b=[4],
                text_a="A. Russia.", text_b="А.", quote_id_a="x.en:q0", quote_id_b="x.uk:q0",
                names_only_a=["Russia"])  # fmt: skip
    flags = flag_features(frame(dropped, quote), story=STORY)
    assert flags["category"].to_list() == ["WORDS_DROPPED"]


def quote_row(**changes: object) -> dict[str, object]:
    """A paired quote row over sentence 0 of both versions, with `changes` applied."""
    return row(kind="quote", pair_id="q0", text_a="I can", text_b="Я можу",
               quote_id_a="x.en:q0", quote_id_b="x.uk:q0") | changes  # fmt: skip


@pytest.mark.parametrize(
    ("speaker_a", "speaker_b"),
    [("Wade", "Уейд"), ("Olaf Scholz", "Олаф Шольц"), ("Commission", "Комісія"), ("LSU", "Уейд")],
)
def test_speaker_not_changed_when_names_match_or_no_person(speaker_a: str, speaker_b: str) -> None:
    r = quote_row(speaker_a=speaker_a, speaker_b=speaker_b, same_speaker=False)
    assert "SPEAKER_CHANGED" not in categories(r)
    unchecked = DEFAULT_THRESHOLDS.replace(speaker_check_names=False)
    assert "SPEAKER_CHANGED" in [f.category for f in find_divergences(r, unchecked)]


def test_speaker_changed_between_two_people() -> None:
    r = quote_row(speaker_a="Annalena Baerbock", speaker_b="Емманюель Макрон", same_speaker=False)
    assert categories(r) == ["SPEAKER_CHANGED"]


def test_name_change_of_a_one_sided_speaker_is_a_speaker_change() -> None:
    unit = row(names_only_a=["Olena Zelenska"], names_only_b=["Каї Каллас"])
    quote = quote_row(speaker_a="Olena Zelenska", speaker_b=None)
    flags = flag_features(frame(unit, quote), story=STORY)
    assert flags.select("category", "evidence").rows() == [
        ("SPEAKER_CHANGED", "speaker: Olena Zelenska -> Каї Каллас")
    ]
    off = DEFAULT_THRESHOLDS.replace(speaker_from_names=False)
    flags = flag_features(frame(unit, quote), story=STORY, thresholds=off)
    assert flags["category"].to_list() == ["NAME_CHANGED"]


def test_name_change_of_another_name_stays_a_name_change() -> None:
    unit = row(names_only_a=["Mexico"], names_only_b=["Нігерії"])
    quote = quote_row(speaker_a="Olena Zelenska", speaker_b=None)
    flags = flag_features(frame(unit, quote), story=STORY)
    assert flags["category"].to_list() == ["NAME_CHANGED"]


def test_a_name_missing_beside_a_one_sided_speaker_stays_a_name_change() -> None:
    """ "It's not China ..., Lee said" / "Це не Ірак ..., — зауважив він": Lee is the
    quote's one-sided speaker, but the other side's name is inside the quote, so a quoted
    name changed."""
    unit = row(names_only_a=["China", "Lee"], names_only_b=["Ірак"])
    quote = quote_row(speaker_a="Lee", speaker_b=None, names_only_a=["China"],
                      names_only_b=["Ірак"])  # fmt: skip
    flags = flag_features(frame(unit, quote), story=STORY)
    assert flags.select("category", "evidence").rows() == [("NAME_CHANGED", "names: China -> Ірак")]
    # the other side's name outside the quote is the changed speaker's, whatever else the
    # translator left out (Willoughby, named "37-летняя ведущая")
    unit = row(names_only_a=["Willoughby", "Blinken"], names_only_b=["Дуда"])
    quote = quote_row(speaker_a="Blinken", speaker_b=None, names_only_a=["Willoughby"])
    flags = flag_features(frame(unit, quote), story=STORY)
    assert ("SPEAKER_CHANGED", "speaker: Blinken -> Дуда") in flags.select(
        "category", "evidence"
    ).rows()


def test_divergence_score_reads_the_untranslated_flag_and_broken_order() -> None:
    t = DEFAULT_THRESHOLDS
    base = dict(lang_a="ru", lang_b="en", similarity=0.92, text_a="Пилоты показали фигуры в небе.")
    clean = divergence_score(row(**base, text_b="Pilots performed aerobatics in the sky."))
    mixed = divergence_score(
        row(**base, text_b="Pilots performed aerobatics in небе.", untranslated_b=["небе"])
    )
    shuffled = divergence_score(row(**base, text_b="Aerobatics the in pilots sky performed the."))
    assert clean < t.medium_at
    assert mixed == t.untranslated_score
    assert shuffled == t.broken_order_score


def test_an_untranslated_word_is_a_meaning_change_with_the_word_as_evidence() -> None:
    text_a, text_b = "Пилоты показали фигуры в небе.", "Pilots performed aerobatics in небе."
    features = compare_texts(text_a, "ru", text_b, "en", similarity=0.92).record()
    found = find_divergences(row(**features, text_a=text_a, text_b=text_b))
    assert [(f.category, f.evidence) for f in found] == [
        ("MEANING_CHANGED", "untranslated: ∅ -> небе")
    ]
    assert found[0].score == DEFAULT_THRESHOLDS.untranslated_score
    clean = compare_texts(text_a, "ru", "Pilots performed aerobatics in the sky.", "en").record()
    assert clean["untranslated_a"] == clean["untranslated_b"] == []


def test_an_untranslated_word_keeps_a_lower_similarity_finding_and_lists_each_word_once() -> None:
    t = DEFAULT_THRESHOLDS
    base = dict(lang_a="ru", lang_b="en", margin=None, untranslated_b=["небе", "небе", "полиция"])
    (alone,) = find_divergences(row(**base, similarity=0.9))
    assert alone.score == t.untranslated_score
    assert alone.evidence == "untranslated: ∅ -> небе, полиция"
    (both,) = find_divergences(row(**base, similarity=0.3))
    assert both.category == "MEANING_CHANGED" and both.score == 1.0
    assert both.evidence == "untranslated: ∅ -> небе, полиция; similarity: 0.30"


def test_dropping_covered_flags_through_the_index_equals_all_by_all() -> None:
    """`_drop_covered` looks only at flags sharing a sentence; the result must be what
    comparing every flag with every other gives (random flags, several version pairs)."""
    import random

    from toolkit import flag as flag_module

    def all_by_all(flags: list[dict]) -> list[dict]:
        quotes = [f for f in flags if f["_kind"] != "unit"]
        return [
            f
            for f in flags
            if not (f["_kind"] == "unit" and any(flag_module._covers(q, f) for q in quotes))
            and not any(flag_module._explains(o, f) for o in flags)
        ]

    rng = random.Random(7)
    categories = ["NAME_CHANGED", "WORDS_DROPPED", "WORDS_ADDED", "SPEAKER_CHANGED",
                  "QUOTE_MISSING", "DEQUOTED", "NUMBER_CHANGED"]  # fmt: skip
    for _ in range(30):
        flags = [
            {
                "_kind": rng.choice(["unit", "quote", "unpaired"]),
                "version_a": "a.en",
                "version_b": rng.choice(["b.uk", "c.ru"]),
                "category": rng.choice(categories),
                "evidence": rng.choice(["names: ∅ -> Путін", "names: Bush -> Буш", "x"]),
                "sent_ids_a": rng.sample(range(12), rng.randint(0, 2)),
                "sent_ids_b": rng.sample(range(12), rng.randint(0, 2)),
            }
            for _ in range(40)
        ]
        kept = flag_module._drop_covered(flags)
        assert kept == all_by_all(flags)
        assert len(kept) < len(flags)


def _told(en_before: str, en: str) -> pl.DataFrame:
    """Two aligned units; the second's uk side names Putin where its en side may say "He"."""
    first = row(
        pair_id="u0", text_a=en_before, text_b="Путін зустрівся з Бушем.", sent_ids_a=[0],
        sent_ids_b=[0],
    )  # fmt: skip
    second = row(
        pair_id="u1", text_a=en, text_b="Путін також сказав Бушу, що це важливо.",
        sent_ids_a=[1], sent_ids_b=[1], names_only_b=["Путін"],
    )  # fmt: skip
    return frame(first, second)


def test_a_name_that_a_pronoun_stood_for_is_no_changed_name() -> None:
    told = _told("Putin met Bush.", "He also told Bush that this mattered.")
    assert flag_features(told, story=STORY).is_empty()


@pytest.mark.parametrize(
    ("en_before", "en"),
    [
        ("Bush arrived.", "He also told Bush that this mattered."),  # Putin never named before
        ("Putin met Bush.", "Also Bush was told that this mattered."),  # no pronoun
    ],
)
def test_a_name_added_without_pronoun_or_antecedent_is_still_flagged(
    en_before: str, en: str
) -> None:
    flags = flag_features(_told(en_before, en), story=STORY)
    assert flags["category"].to_list() == ["NAME_CHANGED"]


def test_the_pronoun_rule_can_be_switched_off() -> None:
    told = _told("Putin met Bush.", "He also told Bush that this mattered.")
    off = Thresholds(name_for_pronoun=False)
    assert flag_features(told, story=STORY, thresholds=off)["category"].to_list() == [
        "NAME_CHANGED"
    ]


def test_speakers_both_resolved_from_other_sentences_are_not_compared() -> None:
    # "he said" / "відповів він": each language took its name from an earlier sentence
    both = quote_row(speaker_a="James", speaker_b="Майк Труделл", same_speaker=False,
                     speaker_written_a=False, speaker_written_b=False)  # fmt: skip
    assert "SPEAKER_CHANGED" not in categories(both)
    off = DEFAULT_THRESHOLDS.replace(speaker_needs_written=False)
    assert "SPEAKER_CHANGED" in [f.category for f in find_divergences(both, off)]
    # one written: "the Kremlin leader said" / "сказав тоді Буш" is still a changed speaker
    one = both | {"speaker_a": "Putin", "speaker_b": "Буш", "speaker_written_b": True}
    assert "SPEAKER_CHANGED" in categories(one)


def _attributed(en_sentence: str) -> pl.DataFrame:
    unit = row(sent_ids_a=[3], sent_ids_b=[3], text_a=en_sentence,
               text_b="«Він смішний», — сказав Філ Мікельсон.")  # fmt: skip
    quote = quote_row(sent_ids_a=[3], sent_ids_b=[3], speaker_a="Ryder",
                      speaker_b="Філ Мікельсон", same_speaker=False)  # fmt: skip
    return frame(unit, quote)


def test_a_speaker_the_other_side_names_in_the_quote_s_sentences_is_no_change() -> None:
    # the English quotes stage read "Ryder" (Cup) as the speaker
    misread = _attributed('"He is funny," Ryder Cup veteran Phil Mickelson said.')
    assert "SPEAKER_CHANGED" not in flag_features(misread, story=STORY)["category"].to_list()
    off = DEFAULT_THRESHOLDS.replace(speaker_not_mentioned=False)
    flags = flag_features(misread, story=STORY, thresholds=off)
    assert "SPEAKER_CHANGED" in flags["category"].to_list()
    # another person the English sentence does not name is still a changed speaker
    other = _attributed('"He is funny," Ryder Cup veteran Tiger Woods said.')
    assert "SPEAKER_CHANGED" in flag_features(other, story=STORY)["category"].to_list()


def test_one_unmatched_word_flags_a_sentence_but_not_a_short_quote() -> None:
    """word_alone_best: one word with no similar word on the other side flags in a sentence,
    not in a text of three words or fewer ("rocket man" / «людиною-ракетою»)."""
    sentence = row(content_a=5, unmatched_a=["rockets"], unmatched_best_a=[-0.05])
    assert categories(sentence) == ["WORDS_DROPPED"]
    short = row(text_a="rocket man", text_b="людиною-ракетою", content_a=2, content_b=1,
                unmatched_a=["man"], unmatched_best_a=[-0.05])  # fmt: skip
    assert categories(short) == []


def test_added_words_need_a_larger_share_than_dropped_ones() -> None:
    """words_added_min_share: translations make explicit what the original leaves implicit,
    so three unmatched words of ten flag as dropped on the first side, not as added on the
    second; four of ten flag either way."""
    t = Thresholds()
    assert t.words_min_share < 0.35 < t.words_added_min_share <= 0.4
    three, four = ["east", "wide", "late"], ["east", "wide", "late", "soon"]
    best3, best4 = [0.2] * 3, [0.2] * 4
    dropped = row(content_a=10, unmatched_a=three, unmatched_best_a=best3)
    assert categories(dropped) == ["WORDS_DROPPED"]
    added = row(content_b=10, unmatched_b=three, unmatched_best_b=best3)
    assert categories(added) == []
    assert categories(row(content_b=10, unmatched_b=four, unmatched_best_b=best4)) == [
        "WORDS_ADDED"
    ]
