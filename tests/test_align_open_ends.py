"""Open ends (toolkit.align.open_ends): a segment ending in ";" or ":" or after an initial stays
in one bead with what follows it, unless the other side breaks at the same place."""

from __future__ import annotations

import numpy as np
import pytest
from test_align_core import unit

from toolkit.align import align_arrays, align_pair, frame_from_lines
from toolkit.align.dp import DPParams
from toolkit.align.open_ends import open_ends


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le temps finit par s' améliorer ;", True),
        ("Er berichtet ( wir würden sagen :", True),
        ("Він сказав так:", True),
        ("7. Kangchendzönga , ca. 8597 m , Leiter Ch .", True),
        ("Erstersteigung 1933 durch B.M .", True),
        ("Підписав І.", True),
        ("Le camp IV.", False),
        ("Er kam um 16 Uhr .", False),
        ('He said: "No."', False),
        ("Tents in the Clouds ( London :  ", True),
        ("", False),
    ],
)
def test_open_ends_marks_clauses_and_initials(text: str, expected: bool) -> None:
    assert open_ends([text]).tolist() == [expected]


def boundaries(beads) -> set[tuple[int, int]]:
    """(source, target) sentence counts before each bead boundary."""
    out, i, j = set(), 0, 0
    for bead in beads[:-1]:
        i, j = i + len(bead.src_ids), j + len(bead.tgt_ids)
        out.add((i, j))
    return out


def clause_case() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three source sentences; the target splits the middle one into a clause and the rest,
    which alone matches nothing, so without the cost it becomes a 0-1 bead."""
    rng = np.random.default_rng(3)
    base = unit(rng.standard_normal((6, 32)))
    src = base[:3]
    tgt = np.stack([base[0], unit(base[1:2] + 0.1 * base[3:4])[0], base[4], base[2]])
    return src, tgt, np.array([False, True, False, False])


def test_a_clause_stays_in_the_bead_of_its_sentence() -> None:
    src, tgt, tgt_open = clause_case()
    no_src_open = np.zeros(3, dtype=bool)
    plain = align_arrays(src, tgt, translation=DPParams(open_end_cost=0.0))
    assert (2, 2) in boundaries(plain)  # the bead of the clause ends after it
    glued = align_arrays(
        src,
        tgt,
        translation=DPParams(open_end_cost=5.0),
        src_open=no_src_open,
        tgt_open=tgt_open,
    )
    assert (2, 2) not in boundaries(glued)
    assert {(b.src_ids, b.tgt_ids) for b in glued} >= {((0,), (0,)), ((2,), (3,))}


def test_both_sides_breaking_after_an_open_end_is_a_real_boundary() -> None:
    src, tgt, _ = clause_case()
    tgt = np.stack([tgt[0], tgt[1], tgt[3]])  # no rest: the clause is the whole translation
    both = align_arrays(
        src,
        tgt,
        translation=DPParams(open_end_cost=5.0),
        src_open=np.array([False, True, False]),
        tgt_open=np.array([False, True, False]),
    )
    assert [(b.src_ids, b.tgt_ids) for b in both] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_an_open_last_sentence_costs_nothing() -> None:
    src, _, _ = clause_case()
    last = np.array([False, False, True])
    free = align_arrays(src, src.copy(), translation=DPParams(open_end_cost=5.0))
    charged = align_arrays(
        src,
        src.copy(),
        translation=DPParams(open_end_cost=5.0),
        src_open=last,
        tgt_open=np.zeros(3, dtype=bool),
    )
    assert [b.score for b in charged] == [b.score for b in free]


# Text+Berg de-fr dev (data/textberg_de_fr, licence there), lines 139-143 / 181-185: the German
# sentence breaks at "( wir würden sagen :", the French one does not.
DE = [
    "Leider kann er nicht den Anspruch erheben , jemals eine derartige Spur gesehen und "
    "untersucht zu haben .",
    "Er berichtet nur aus zweiter Hand , verschiedene Tibeter hätten bezeugt , dass Spuren , die "
    "anfänglich einem Yeti zugeschrieben wurden , sich dann als Fährten eines roten ( wir würden "
    "sagen :",
    "braunen ) Bären herausgestellt hätten .",
    "Das ist natürlich nur ein Scheinargument .",
]
FR = [
    "Malheureusement , il ne peut prétendre avoir jamais lui-même rencontré et observé ses "
    "traces .",
    "Son information n' est que de seconde main .",
    "Des Tibétains lui ont assuré que des empreintes attribuées d' abord au ,yéti ' étaient en "
    "réalité celles d' un ours rouge ( nous dirions plutôt brun ) .",
    "Ce n' est là , il va sans dire , qu' un témoignage fallacieux .",
]


@pytest.mark.model
def test_real_model_keeps_a_sentence_split_at_a_colon_in_one_bead(embedder) -> None:
    result = align_pair(
        frame_from_lines(DE, version="tb.de"),
        frame_from_lines(FR, version="tb.fr"),
        embedder,
        mode="translation",
    )
    beads = {(tuple(s), tuple(t)) for s, t in result.beads.select("src_ids", "tgt_ids").rows()}
    assert ((1, 2), (1, 2)) in beads
    assert "open=0.02" in result.signature
