"""Flag stage, last step: check each flag against the story's other versions.

A story is usually the English original and two translations. When three versions are
compared pairwise, a real change in one translation shows twice: a number the Ukrainian
version changed differs from the English and from the Russian, which both kept it. A
difference only one comparison shows is more often a translator's rewording the rules read
as a change (a negation rendered with another verb, a name left out of one sentence and
said in the next).

For a flag between versions `a` and `b`, every third version `c` compared with both is
asked whether a flag of the same kind (`FAMILY`; for dropped or added words, with the same
version lacking them) lies on the same sentences of `a` in the comparison (a, c), and of
`b` in (b, c). Where the flag has no sentence on one side (a
sentence or quote that side lacks), the third version's counterparts of the other side's
sentences (its aligned units) stand in: a paragraph the Ukrainian version leaves out is
missing against the English and against the Russian. The answer goes to the flag's
`cross_check`:

- ``odd one: a`` — seen between a and c, not between b and c: `a` is the version that
  differs from both others (the reviewer knows which translation to look at);
- ``seen against c`` — seen on both sides (each version differs from the others);
- ``not seen against c`` — no comparison with a third version shows it; the flag's
  severity drops one level (high -> medium, medium -> low). Nothing is dropped.
- null — no third version was compared with both (two versions, or `--pairs pivot`).

Measured on NTREX stories (bench/results/divergence.md, session 21): see
`toolkit.divergence_eval.evaluate_story_drift`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# Categories that report one kind of difference: a changed name can come out as a
# changed speaker in another comparison, dropped words as added ones when the sides swap.
FAMILY = {
    "NUMBER_CHANGED": "number",
    "DATE_CHANGED": "date",
    "NAME_CHANGED": "name",
    "SPEAKER_CHANGED": "name",
    "NEGATION_FLIP": "negation",
    "MEANING_CHANGED": "meaning",
    "WORDS_DROPPED": "words",
    "WORDS_ADDED": "words",
    "QUOTE_MISSING": "quote",
    "DEQUOTED": "quote",
    "PARAPHRASE_AS_QUOTE": "quote",
}
LOWER = {"high": "medium", "medium": "low", "low": "low"}
ODD_ONE = "odd one: "  # + the version that differs from both others
# The words family has a direction: the version that lacks the words (WORDS_DROPPED: words
# of version a missing in b; WORDS_ADDED: words of b missing in a). A flag that the Ukrainian
# version lacks words is confirmed only by another saying the Ukrainian version lacks them.
LACKING_SIDE = {"WORDS_DROPPED": "b", "WORDS_ADDED": "a"}

_Key = tuple[frozenset[str], str, str]  # (version pair, version, kind: see `_kind`)
# (version, other version) -> sentence of version -> the other's sentences in its unit
Counterparts = dict[tuple[str, str], dict[int, set[int]]]


def counterparts(units: Iterable[Mapping]) -> Counterparts:
    """Each version's sentences mapped to the other version's sentences of their aligned
    unit, from rows with version_a, version_b, sent_ids_a, sent_ids_b (the unit rows of a
    features frame, one per bead)."""
    out: Counterparts = {}
    for row in units:
        ids_a, ids_b = list(row["sent_ids_a"] or []), list(row["sent_ids_b"] or [])
        for v, w, mine, theirs in (
            (row["version_a"], row["version_b"], ids_a, ids_b),
            (row["version_b"], row["version_a"], ids_b, ids_a),
        ):
            table = out.setdefault((v, w), {})
            for s in mine:
                table.setdefault(s, set()).update(theirs)
    return out


def cross_check(
    flags: list[dict], compared: Iterable[tuple[str, str]], units: Counterparts
) -> list[dict]:
    """`flags` (dict rows of schemas.FLAGS) with `cross_check` set and the severity of the
    flags no third version confirms lowered one level; `compared` are the version pairs
    the run compared, `units` their aligned sentences (`counterparts`). The rows are
    changed in place and returned."""
    pairs = {frozenset(p) for p in compared}
    versions = sorted({v for p in pairs for v in p})
    index = _index(flags)
    for flag in flags:
        a, b = flag["version_a"], flag["version_b"]
        thirds = [c for c in versions if c not in (a, b) and {a, c} in pairs and {b, c} in pairs]
        flag["cross_check"] = None
        if not thirds:
            continue
        ids_a, ids_b = flag["sent_ids_a"] or [], flag["sent_ids_b"] or []
        kind_a, kind_b = _kind(flag, "a"), _kind(flag, "b")
        seen_a = [c for c in thirds if _seen(index, units, (a, ids_a, kind_a), (b, ids_b), c)]
        seen_b = [c for c in thirds if _seen(index, units, (b, ids_b, kind_b), (a, ids_a), c)]
        if seen_a and not seen_b:
            flag["cross_check"] = ODD_ONE + a
        elif seen_b and not seen_a:
            flag["cross_check"] = ODD_ONE + b
        elif seen_a:
            flag["cross_check"] = "seen against " + ", ".join(sorted(set(seen_a) | set(seen_b)))
        else:
            flag["cross_check"] = "not seen against " + ", ".join(thirds)
            flag["severity"] = LOWER.get(flag["severity"], flag["severity"])
    return flags


def _kind(flag: dict, side: str) -> str:
    """The flag's kind of difference as seen from its version on `side`: the family, and for
    dropped or added words whether that version lacks them or has them."""
    family = FAMILY.get(flag["category"], flag["category"])
    lacking = LACKING_SIDE.get(flag["category"])
    if lacking is None:
        return family
    return f"{family}:{'lacks' if side == lacking else 'has'}"


def _opposite(kind: str) -> str:
    """The kind the other version of the same difference shows (lacks <-> has)."""
    family, _, role = kind.partition(":")
    return {"lacks": f"{family}:has", "has": f"{family}:lacks"}.get(role, kind)


def odd_version(check: str | None) -> str | None:
    """The version a `cross_check` value names as the one that differs from both others, or
    None (another outcome, or no cross-check)."""
    return check.removeprefix(ODD_ONE) if check and check.startswith(ODD_ONE) else None


def odd_counts(checks: Iterable[str | None]) -> dict[str, int]:
    """Version -> how many of the `cross_check` values name it as the odd one."""
    counts: dict[str, int] = {}
    for version in filter(None, map(odd_version, checks)):
        counts[version] = counts.get(version, 0) + 1
    return counts


def _index(flags: list[dict]) -> dict[_Key, set[int]]:
    """(version pair, version, kind) -> the sentences of that version that flags of that
    kind (`_kind`, seen from that version) lie on in that comparison."""
    index: dict[_Key, set[int]] = {}
    for flag in flags:
        pair = frozenset((flag["version_a"], flag["version_b"]))
        for side in ("a", "b"):
            key = (pair, flag[f"version_{side}"], _kind(flag, side))
            index.setdefault(key, set()).update(flag[f"sent_ids_{side}"] or [])
    return index


def _seen(
    index: dict[_Key, set[int]],
    units: Counterparts,
    side: tuple[str, list, str],
    other: tuple[str, list],
    c: str,
) -> bool:
    """Whether the comparison of version `v` (`side`: version, the flag's sentences there,
    the flag's kind seen from it) with `c` has a flag of that kind, seen from `v`, on those
    sentences; or, where the flag has none there, one of the opposite kind seen from `c` on
    `c`'s counterparts of the flag's sentences of `other`."""
    (v, mine, kind), (w, theirs) = side, other
    pair = frozenset((v, c))
    if mine:
        return bool(index.get((pair, v, kind), set()) & set(mine))
    table = units.get((w, c), {})
    near = set().union(*(table.get(s, set()) for s in theirs)) if theirs else set()
    return bool(index.get((pair, c, _opposite(kind)), set()) & near)
