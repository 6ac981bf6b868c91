"""Quote pairing with hand-written beads and a deterministic fake encoder."""

from __future__ import annotations

import hashlib
import re

import numpy as np
import polars as pl
import pytest

from toolkit.quotes import PAIRS, extract_quotes, pair_quotes
from toolkit.schemas import BEADS, SENTENCES


def fake_encode(texts: list[str]) -> np.ndarray:
    """Hashed bags of lowercase words and digits, L2-normalised (deterministic)."""
    out = np.zeros((len(texts), 256), dtype=np.float32)
    for i, text in enumerate(texts):
        for word in re.findall(r"\w+", text.lower()):
            out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % 256] += 1.0
        out[i] /= max(float(np.linalg.norm(out[i])), 1e-9)
    return out


def blind_encode(texts: list[str]) -> np.ndarray:
    """Every text the same vector: only the alignment can decide."""
    return np.ones((len(texts), 4), dtype=np.float32) / 2.0


def version(text: str, lang: str, name: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    spans = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    rows = [(name, i, i, a, b, a, b, text[a:b]) for i, (a, b) in enumerate(spans)]
    sents = pl.DataFrame(rows, schema=SENTENCES, orient="row")
    return sents, extract_quotes(text, lang, sents, version_id=name)


def beads(*pairs: tuple[list[int], list[int]]) -> pl.DataFrame:
    return pl.DataFrame([(a, b, 1.0) for a, b in pairs], schema=BEADS, orient="row")


EN = (
    '"We will sign the gas deal in May," Kovalchuk said.\n'
    "Talks went on.\n"
    '"Nobody wants a repeat of 2009," she said.'
)
UK = (
    "«Ми підпишемо газову угоду в травні», — сказала Ковальчук.\n"
    "Переговори тривали.\n"
    "«Ніхто не хоче повторення 2009 року», — наголосила вона."
)


def test_pairs_follow_the_alignment() -> None:
    sa, qa = version(EN, "en", "a.en")
    sb, qb = version(UK, "uk", "a.uk")
    out = pair_quotes(
        qa,
        qb,
        beads(([0], [0]), ([1], [1]), ([2], [2])),
        sentences_a=sa,
        sentences_b=sb,
        encode=blind_encode,
    )
    assert out.schema == pl.Schema(PAIRS)
    assert out.select("quote_id_a", "quote_id_b", "method").rows() == [
        ("a.en:q0", "a.uk:q0", "alignment"),
        ("a.en:q1", "a.uk:q1", "alignment"),
    ]


def test_crossed_beads_cross_the_pairs() -> None:
    sa, qa = version(EN, "en", "a.en")
    sb, qb = version(UK, "uk", "a.uk")
    out = pair_quotes(
        qa, qb, beads(([0], [2]), ([2], [0])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert out.select("quote_id_a", "quote_id_b").rows() == [
        ("a.en:q0", "a.uk:q1"),
        ("a.en:q1", "a.uk:q0"),
    ]


def test_similarity_pairs_what_the_alignment_missed() -> None:
    other = (
        '"Nobody wants a repeat of 2009," the minister said.\n'
        "Talks went on.\n"
        '"We will sign the gas deal in May," Kovalchuk said.'
    )
    sa, qa = version(EN, "en", "a.en")
    sb, qb = version(other, "en", "b.en")
    out = pair_quotes(qa, qb, beads(), sentences_a=sa, sentences_b=sb, encode=fake_encode)
    assert out.select("quote_id_a", "quote_id_b", "method").rows() == [
        ("a.en:q0", "b.en:q1", "similarity"),
        ("a.en:q1", "b.en:q0", "similarity"),
    ]


def test_unpaired_quote_keeps_its_best_sentence() -> None:
    dequoted = (
        "Kovalchuk said the gas deal would be signed in May.\n"
        "Talks went on.\n"
        '"Nobody wants a repeat of 2009," she said.'
    )
    sa, qa = version(EN, "en", "a.en")
    sb, qb = version(dequoted, "en", "b.en")
    out = pair_quotes(
        qa,
        qb,
        beads(([0], [0]), ([1], [1]), ([2], [2])),
        sentences_a=sa,
        sentences_b=sb,
        encode=fake_encode,
    )
    first = out.row(0, named=True)
    assert (first["quote_id_a"], first["quote_id_b"], first["method"]) == ("a.en:q0", None, None)
    assert first["best_sent_ids_other"] == [0]
    assert first["best_sim"] > 0.3
    assert out.row(1, named=True)["quote_id_b"] == "b.en:q0"


def test_quote_split_in_two_pairs_with_both() -> None:
    joined = '"We will sign the gas deal in May. Nobody wants a repeat of 2009," she said.'
    split = '"We will sign the gas deal in May," she said.\n"Nobody wants a repeat of 2009."'
    sa, qa = version(joined, "en", "a.en")
    sb, qb = version(split, "en", "b.en")
    out = pair_quotes(
        qa, qb, beads(([0], [0, 1])), sentences_a=sa, sentences_b=sb, encode=fake_encode
    )
    assert sorted(out.select("quote_id_b", "method").rows()) == [
        ("b.en:q0", "alignment"),
        ("b.en:q1", "split"),
    ] or sorted(out.select("quote_id_b", "method").rows()) == [
        ("b.en:q0", "split"),
        ("b.en:q1", "alignment"),
    ]
    assert out["quote_id_a"].to_list() == ["a.en:q0", "a.en:q0"]


def test_two_peoples_quotes_are_no_split_of_one() -> None:
    joined = '"We will sign the gas deal in May. Nobody wants a repeat of 2009," Kovalchuk said.'
    two = (
        '"We will sign the gas deal in May," Kovalchuk said.\n'
        '"Nobody wants a repeat of 2009," Bondar said.'
    )
    sa, qa = version(joined, "en", "a.en")
    sb, qb = version(two, "en", "b.en")
    out = pair_quotes(
        qa, qb, beads(([0], [0, 1])), sentences_a=sa, sentences_b=sb, encode=fake_encode
    )
    assert "split" not in out["method"].to_list()


def test_no_quotes_on_either_side() -> None:
    sa, qa = version("Nothing quoted.", "en", "a.en")
    sb, qb = version("«Так», — сказав він.", "uk", "b.uk")
    out = pair_quotes(qa, qb, beads(([0], [0])), sentences_a=sa, sentences_b=sb, encode=fake_encode)
    assert out.rows() == [(None, "b.uk:q0", None, None, [0], out["best_sim"][0])]
    empty = pair_quotes(qa, qa, beads(), sentences_a=sa, sentences_b=sa, encode=fake_encode)
    assert empty.height == 0
    assert empty.schema == pl.Schema(PAIRS)


def test_titles_pair_only_with_titles() -> None:
    sa, qa = version('The company "Naftogaz" said: "Prices will rise."', "en", "a.en")
    sb, qb = version("Компанія «Нафтогаз» заявила: «Ціни зростуть».", "uk", "b.uk")
    out = pair_quotes(
        qa, qb, beads(([0], [0])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert out.select("quote_id_a", "quote_id_b").rows() == [
        ("a.en:q0", "b.uk:q0"),
        ("a.en:q1", "b.uk:q1"),
    ]


def test_the_same_speaker_goes_first_among_aligned_quotes() -> None:
    # the journalist's question and Marchenko's answer both sit in sentences aligned with
    # her one quote: the blind encoder cannot tell them apart, the speakers can
    ru = "— А антибиотики?\n— Самолечение антибиотиками опасно, — сказала Марченко."
    uk = "«Самолікування антибіотиками небезпечне», — сказала Марченко."
    sa, qa = version(ru, "ru", "a.ru")
    sb, qb = version(uk, "uk", "b.uk")
    assert qa["speaker_key"].to_list() == [None, "marchink"]
    out = pair_quotes(
        qa, qb, beads(([0, 1], [0])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert out.select("quote_id_a", "quote_id_b").rows() == [
        ("a.ru:q0", None),
        ("a.ru:q1", "b.uk:q0"),
    ]


def short_alike_encode(texts: list[str]) -> np.ndarray:
    """Every text of one or two words the same vector, every longer text its own (hashed)
    vector orthogonal to it: titles look alike, sentences do not."""
    out = np.zeros((len(texts), 257), dtype=np.float32)
    out[:, 1:] = fake_encode(texts)
    for i, text in enumerate(texts):
        if len(text.split()) <= 2:
            out[i] = 0.0
            out[i, 0] = 1.0
    return out


def test_titles_pair_by_similarity_only_when_they_spell_one_name() -> None:
    sa, qa = version('The next match, against "Kryvbas", is on Wednesday.', "en", "a.en")
    sb, qb = version("Матч против «Днепра» прошел в субботу.", "ru", "b.ru")
    assert qa["kind"].to_list() == qb["kind"].to_list() == ["title"]
    out = pair_quotes(qa, qb, beads(), sentences_a=sa, sentences_b=sb, encode=short_alike_encode)
    assert out.select("quote_id_a", "quote_id_b").rows() == [("a.en:q0", None), (None, "b.ru:q0")]
    sc, qc = version("Матч против «Кривбасса» прошел в субботу.", "ru", "c.ru")
    out = pair_quotes(qa, qc, beads(), sentences_a=sa, sentences_b=sc, encode=short_alike_encode)
    assert out.select("quote_id_a", "quote_id_b", "method").rows() == [
        ("a.en:q0", "c.ru:q0", "similarity")
    ]


def test_an_interrupted_quote_over_two_sentences_covers_both_quotes() -> None:
    en = '"We see the consequences," says Dr Halyna Rudenko.\n"Measles is not mild."'
    uk = "«Ми бачимо наслідки, — каже Галина Руденко. — Кір — це не легка хвороба»."
    sa, qa = version(en, "en", "a.en")
    cut = uk.index("— Кір")
    rows = [
        ("b.uk", i, i, a, b, a, b, uk[a:b]) for i, (a, b) in enumerate([(0, cut), (cut, len(uk))])
    ]
    sb = pl.DataFrame(rows, schema=SENTENCES, orient="row")
    qb = extract_quotes(uk, "uk", sb, version_id="b.uk")
    assert qb.height == 1 and qb["sent_ids"].to_list() == [[0, 1]]
    out = pair_quotes(
        qa, qb, beads(([0], [0]), ([1], [1])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert sorted(out.select("quote_id_a", "quote_id_b").rows()) == [
        ("a.en:q0", "b.uk:q0"),
        ("a.en:q1", "b.uk:q0"),
    ]


def _two_sentence_quote(text: str, lang: str, name: str, cut_at: str) -> tuple:
    """Sentences cut by hand at `cut_at` (inside one quote) and the quotes of `text`."""
    cut = text.index(cut_at)
    rows = [
        (name, i, i, a, b, a, b, text[a:b]) for i, (a, b) in enumerate([(0, cut), (cut, len(text))])
    ]
    sents = pl.DataFrame(rows, schema=SENTENCES, orient="row")
    return sents, extract_quotes(text, lang, sents, version_id=name)


def test_a_quote_over_two_sentences_covers_a_second_quote_only_when_it_renders_it() -> None:
    # The same speaker's second quote sits in the aligned sentence, but its words are not in
    # the quote over two sentences: joining it to the first partner loses similarity.
    whole = "«Ми бачимо наслідки, — каже Галина Руденко. — Кір — це не легка хвороба»."
    sa, qa = _two_sentence_quote(whole, "uk", "a.uk", "— Кір")
    for second, paired in (("Кір — це не легка хвороба", True), ("Щепіться вчасно", False)):
        text = f"«Ми бачимо наслідки», — каже Галина Руденко.\n«{second}»."
        sb, qb = version(text, "uk", "b.uk")
        assert qb["speaker_key"].to_list() == qa["speaker_key"].to_list() * 2
        out = pair_quotes(
            qa,
            qb,
            beads(([0], [0]), ([1], [1])),
            sentences_a=sa,
            sentences_b=sb,
            encode=fake_encode,
        )
        got = sorted(out.drop_nulls("quote_id_a").select("quote_id_a", "quote_id_b").rows())
        want = [("a.uk:q0", "b.uk:q0")] + [("a.uk:q0", "b.uk:q1")] * paired
        assert got == want, second


def test_an_unattributed_question_never_pairs_with_a_statement() -> None:
    en = 'Coach Ivan Petrenko called the draw "fair, but painful".'
    ru = "— Довольны ли вы результатом?"
    sa, qa = version(en, "en", "a.en")
    sb, qb = version(ru, "ru", "b.ru")
    assert qa["speaker_key"].to_list() == ["pitrink"] and qb["speaker_key"].to_list() == [None]
    out = pair_quotes(
        qa, qb, beads(([0], [0])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert out.select("quote_id_a", "quote_id_b").rows() == [("a.en:q0", None), (None, "b.ru:q0")]


def test_one_speaker_pairs_a_fragment_with_a_whole_quote_in_aligned_sentences() -> None:
    # one speaker's whole quote against its fragment in the other version: a low margin,
    # still the pair (the speaker agrees and the sentences are aligned)
    en = (
        '"The trains are part of the cast. They never rehearse," Pavlo Hrin said.\n'
        "The premiere sold out."
    )
    ru = "Поезда Павел Грин назвал «частью труппы».\nПремьера прошла с аншлагом."
    sa, qa = version(en, "en", "a.en")
    sb, qb = version(ru, "ru", "b.ru")
    assert qa["speaker_key"].to_list() == qb["speaker_key"].to_list() == ["hrin"]

    def weak_encode(texts: list[str]) -> np.ndarray:
        """The two quotes only loosely alike (cosine 0.6), everything else apart."""
        out = fake_encode(texts)
        for i, text in enumerate(texts):
            if text in (qa["text"][0], qb["text"][0]):
                out[i] = 0.0
                out[i, 0] = 0.6 if text == qb["text"][0] else 1.0
                out[i, 1] = 0.8 if text == qb["text"][0] else 0.0
        return out

    out = pair_quotes(qa, qb, beads(([0], [0]), ([1], [1])), sentences_a=sa, sentences_b=sb,
                      encode=weak_encode)  # fmt: skip
    assert out.select("quote_id_a", "quote_id_b").rows() == [("a.en:q0", "b.ru:q0")]


def test_titles_of_several_words_pair_by_similarity_though_translated() -> None:
    sa, qa = version('The premiere of "The Salt Keeper" opened the season.', "en", "a.en")
    sb, qb = version("Сезон відкрила вистава «Хранителька солі».", "uk", "b.uk")
    assert qa["kind"].to_list() == qb["kind"].to_list() == ["title"]

    def alike(texts: list[str]) -> np.ndarray:
        out = fake_encode(texts)
        for i, text in enumerate(texts):
            if text in ("The Salt Keeper", "Хранителька солі"):
                out[i] = 0.0
                out[i, 0] = 1.0
        return out

    out = pair_quotes(qa, qb, beads(), sentences_a=sa, sentences_b=sb, encode=alike)
    assert out.select("quote_id_a", "quote_id_b", "method").rows() == [
        ("a.en:q0", "b.uk:q0", "similarity")
    ]


@pytest.mark.parametrize("aligned", [True, False])
def test_a_title_pairs_with_the_same_words_read_as_speech_in_the_other_version(
    aligned: bool,
) -> None:
    # One version's marks are read as a title (the bakery's name), the other's as speech: the
    # same words still pair (inside aligned sentences or by similarity alone); other words
    # of the other kind do not.
    text = 'Residents call the new bakery "Warm Bread Every Morning".\nIt opened on Monday.'
    sa, qa = version(text, "en", "a.en")
    sb, qb = version(text, "en", "b.en")
    qa = qa.with_columns(kind=pl.lit("title"))
    qb = qb.with_columns(kind=pl.lit("speech"))
    links = beads(([0], [0]), ([1], [1])) if aligned else beads(([1], [1]))
    out = pair_quotes(qa, qb, links, sentences_a=sa, sentences_b=sb, encode=fake_encode)
    assert out.drop_nulls("quote_id_a")["quote_id_b"].to_list() == ["b.en:q0"]
    other = 'Residents call the new bakery "Cold Stones".\nIt opened on Monday.'
    sc, qc = version(other, "en", "c.en")
    qc = qc.with_columns(kind=pl.lit("speech"))
    out = pair_quotes(qa, qc, links, sentences_a=sa, sentences_b=sc, encode=fake_encode)
    assert out.drop_nulls("quote_id_a")["quote_id_b"].to_list() == [None]


def test_aligned_quotes_pair_as_one_assignment_not_greedily() -> None:
    # by margin, the first English quote is a shade closer to the second Ukrainian quote
    # (1.74) than to the first (1.66); taking that pair first would leave the second English
    # quote with the first Ukrainian one only (0.64, below the floor): two quotes unpaired
    en = '"Alpha," Koval said.\n"Beta," Koval said.'
    uk = "«Альфа», — сказав Коваль.\n«Бета», — сказав Коваль."
    vectors = {"Alpha": [0.7, 0.5], "Beta": [1.0, 0.0], "Альфа": [0.2, 1.0], "Бета": [1.0, 1.0]}

    def encode(texts: list[str]) -> np.ndarray:
        # quotes in two dimensions, every sentence on a third one
        out = np.array([[*vectors.get(t, [0.0, 0.0]), float(t not in vectors)] for t in texts])
        return out / np.linalg.norm(out, axis=1, keepdims=True)

    sa, qa = version(en, "en", "a.en")
    sb, qb = version(uk, "uk", "b.uk")
    out = pair_quotes(
        qa, qb, beads(([0, 1], [0, 1])), sentences_a=sa, sentences_b=sb, encode=encode
    )
    assert out.select("quote_id_a", "quote_id_b", "method").rows() == [
        ("a.en:q0", "b.uk:q0", "alignment"),
        ("a.en:q1", "b.uk:q1", "alignment"),
    ]


def test_among_equally_close_aligned_quotes_the_same_speaker_pairs() -> None:
    en = '"We will wait," Koval said. "We will not wait," Bondar said.'
    uk = "«Ми не чекатимемо», — сказав Бондар."
    sa, qa = version(en, "en", "a.en")
    sb, qb = version(uk, "uk", "b.uk")
    assert qa["speaker_key"].to_list() == ["koval", "bondar"]
    out = pair_quotes(
        qa, qb, beads(([0], [0])), sentences_a=sa, sentences_b=sb, encode=blind_encode
    )
    assert out.select("quote_id_a", "quote_id_b").rows() == [
        ("a.en:q0", None),
        ("a.en:q1", "b.uk:q0"),
    ]


def test_a_quote_nested_between_two_parts_does_not_hide_the_second_part() -> None:
    # a: "A 'x'," he said. "B" (three quotes, the middle one nested in the first);
    # b: one quote saying A and B (the same nested quote in it): it pairs with both parts,
    # over the nested quote
    a_text = (
        "\"Every winter we hear 'next year' from the council,\" Koval said. "
        '"Meanwhile the roof of the pool leaks."'
    )
    b_text = (
        "\"Every winter we hear 'next year' from the council, and meanwhile the roof of the "
        'pool leaks," Koval said.'
    )
    sa, qa = version(a_text, "en", "a.en")
    sb, qb = version(b_text, "en", "b.en")
    assert qa["text"].to_list()[1] == "next year" and qa["parent"].to_list()[1] == "a.en:q0"
    out = pair_quotes(qa, qb, beads(([0], [0])), sentences_a=sa, sentences_b=sb, encode=fake_encode)
    assert sorted(out.drop_nulls("quote_id_b").select("quote_id_a", "quote_id_b").rows()) == [
        ("a.en:q0", "b.en:q0"),
        ("a.en:q1", "b.en:q1"),
        ("a.en:q2", "b.en:q0"),
    ]
