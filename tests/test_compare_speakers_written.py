"""compare's speaker_written_a / _b: a paired quote's speaker written in its own sentences."""

from __future__ import annotations

import pytest

from toolkit.compare.pairs import speaker_written


@pytest.mark.parametrize(
    ("speaker", "text", "lang", "expected"),
    [
        ("Пітер Джонс", "Джерела повідомляють, що Джонса «розлютило» це.", "uk", True),
        ("Putin", '"I can imagine us becoming allies," Putin said.', "en", True),
        ("Путин", "«Я могу это представить», — сказал тогда глава Кремля.", "ru", False),
        ("James", '"I don\'t need preseason games," he said.', "en", False),
        ("Майк Труделл", "«Мені не потрібні ігри», — відповів він.", "uk", False),
        ("the minister", "The minister said so.", "en", True),
        ("the minister", "He said so.", "en", False),
    ],
)
def test_speaker_written(speaker: str, text: str, lang: str, expected: bool) -> None:
    assert speaker_written(speaker, text, lang) is expected
