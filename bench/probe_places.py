"""Do place names, demonyms and people's names find their Ukrainian and Russian counterparts?

Each row of bench/places_probe.tsv is an English place (or demonym) with its Ukrainian and
Russian genitive (for a demonym: the masculine genitive adjective); each row of
bench/people_probe.tsv a person's name with its usual Ukrainian and Russian rendering, in the
nominative and in the genitive; each row of bench/orgs_probe.tsv an institution, party,
company, club or feast (one row per usual rendering); each row of bench/spelling_probe.tsv
a person of an English-speaking country whose name Cyrillic spells by ear (Leigh / Лі,
Andrews / Ендрюс), set in the people's frames. They are set in sentence frames and
compared by the name stage (`toolkit.compare.compare_texts`, no model needed):

- same: one place, the same on both sides; nothing may be one-sided;
- pairs: two places, listed in the other order on the other side; nothing may be one-sided;
- changed: the other side names another place; something must be one-sided;
- surname (people in the nominative, two-word names): the other side keeps the first name
  and puts another row's surname after it ("Theresa May" / "Тереза Джонсон"); something
  must be one-sided. A looser key for surnames shows here first.

    .venv/bin/python bench/probe_places.py            # failures, then counts per probe
    .venv/bin/python bench/probe_places.py --counts   # counts only

The lists were written from general knowledge, not from any evaluation set: the places for
names33 (bench/results/drift_suite.md, session 32; the alias entries it led to are the
exonyms and demonyms that failed the "same" probes), the people (politicians, athletes,
writers, business people and monarchs of many countries) and the organisations for names34
(session 33), the spelling patterns in session 34 (written by a helper agent; a measure,
nothing in the name stage was built on them, bench/results/drift_suite.md).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.compare import compare_texts  # noqa: E402

TABLES = tuple(
    ROOT / "bench" / f"{name}_probe.tsv" for name in ("places", "people", "orgs", "spelling")
)
FRAMES = {
    "place": (
        "A delegation from {} arrived on Monday.",
        {
            "uk": "Делегація з {} прибула в понеділок.",
            "ru": "Делегация из {} прибыла в понедельник.",
        },
    ),
    "demonym": (
        "A representative of the {} government arrived on Monday.",
        {
            "uk": "Представник {} уряду прибув у понеділок.",
            "ru": "Представитель {} правительства прибыл в понедельник.",
        },
    ),
    "person": (
        "{} said on Monday that the talks would go on.",
        {
            "uk": "{} заявив у понеділок, що переговори триватимуть.",
            "ru": "{} заявил в понедельник, что переговоры продолжатся.",
        },
    ),
    "org": (
        "{} said on Monday that the talks would go on.",
        {
            "uk": "{} заявив у понеділок, що переговори триватимуть.",
            "ru": "{} заявил в понедельник, что переговоры продолжатся.",
        },
    ),
    "person genitive": (
        "A spokesman for {} arrived on Monday.",
        {
            "uk": "Речник {} прибув у понеділок.",
            "ru": "Представитель {} прибыл в понедельник.",
        },
    ),
}
PAIR_FRAMES = {
    "place": (
        "Delegations from {} and {} met on Monday.",
        {"uk": "Делегації з {} та {} зустрілися в понеділок.",
         "ru": "Делегации из {} и {} встретились в понедельник."},
    ),
    "demonym": (
        "A representative of the {} government met a representative of the {} government.",
        {"uk": "Представник {} уряду зустрівся з представником {} уряду.",
         "ru": "Представитель {} правительства встретился с представителем {} правительства."},
    ),
    "person": (
        "{} and {} met on Monday.",
        {"uk": "{} і {} зустрілися в понеділок.", "ru": "{} и {} встретились в понедельник."},
    ),
    "org": (
        "{} and {} met on Monday.",
        {"uk": "{} і {} зустрілися в понеділок.", "ru": "{} и {} встретились в понедельник."},
    ),
    "person genitive": (
        "Spokesmen for {} and {} met on Monday.",
        {"uk": "Речники {} та {} зустрілися в понеділок.",
         "ru": "Представители {} и {} встретились в понедельник."},
    ),
}  # fmt: skip
# the spelling probe's people (bench/spelling_probe.tsv) in the people's frames
for _frames in (FRAMES, PAIR_FRAMES):
    _frames["spelling"] = _frames["person"]
    _frames["spelling genitive"] = _frames["person genitive"]
SURNAME_KINDS = ("person", "spelling")  # the kinds whose rows are people's names
PAIR_STEP = 7  # the second place of a pair: this many rows further down
CHANGE_STEP = 11  # the other side's place in the "changed" probe


def read_table(paths: tuple[Path, ...] = TABLES) -> dict[str, list[dict[str, str]]]:
    """The probe rows by kind (place, demonym, person); a row with genitive forms (uk_gen,
    ru_gen) is also one of kind "<kind> genitive", those forms in place of the nominative."""
    rows: dict[str, list[dict[str, str]]] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                rows.setdefault(row["kind"], []).append(row)
                if row.get("uk_gen") and row.get("ru_gen"):
                    genitive = {"en": row["en"], "uk": row["uk_gen"], "ru": row["ru_gen"]}
                    rows.setdefault(f"{row['kind']} genitive", []).append(genitive)
    return rows


def one_sided(en: str, other: str, lang: str) -> list[str]:
    """The names either side has alone."""
    features = compare_texts(en, "en", other, lang)
    return [*features.names_only_a, *features.names_only_b]


def probes(kind: str, rows: list[dict[str, str]]) -> Iterator[tuple[str, str, str, str, bool]]:
    """(probe, lang, English, other, passed) for every frame of one kind."""
    en_frame, frames = FRAMES[kind]
    en_pair, pair_frames = PAIR_FRAMES[kind]
    n = len(rows)
    for k, row in enumerate(rows):
        second, changed = rows[(k + PAIR_STEP) % n], rows[(k + CHANGE_STEP) % n]
        for lang in ("uk", "ru"):
            en, other = en_frame.format(row["en"]), frames[lang].format(row[lang])
            yield "same", lang, en, other, not one_sided(en, other, lang)
            en = en_pair.format(row["en"], second["en"])
            other = pair_frames[lang].format(second[lang], row[lang])
            yield "pairs", lang, en, other, not one_sided(en, other, lang)
            en, other = en_frame.format(row["en"]), frames[lang].format(changed[lang])
            yield "changed", lang, en, other, bool(one_sided(en, other, lang))
            swapped = _surname_swapped(row[lang], changed[lang])
            if kind in SURNAME_KINDS and len(row["en"].split()) == 2 and swapped:
                en, other = en_frame.format(row["en"]), frames[lang].format(swapped)
                yield "surname", lang, en, other, bool(one_sided(en, other, lang))


def _surname_swapped(name: str, other: str) -> str | None:
    """`name`'s first name with `other`'s surname ("Тереза Мей", "Борис Джонсон" ->
    "Тереза Джонсон"), when both are two words and the surnames differ; else None."""
    words, other_words = name.split(), other.split()
    if len(words) != 2 or len(other_words) != 2 or words[1] == other_words[1]:
        return None
    return f"{words[0]} {other_words[1]}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", action="store_true", help="print the counts only")
    args = parser.parse_args()
    tally: dict[tuple[str, str], list[int]] = {}
    for kind, rows in read_table().items():
        for probe, lang, en, other, passed in probes(kind, rows):
            counts = tally.setdefault((kind, probe), [0, 0])
            counts[0] += passed
            counts[1] += 1
            if not passed and not args.counts:
                print(f"FAILED {kind} {probe} {lang}: {en} | {other}")
    for (kind, probe), (passed, total) in sorted(tally.items()):
        print(f"{kind:8} {probe:8} {passed}/{total} pass")


if __name__ == "__main__":
    main()
