"""compare: the features of each pair of aligned units or paired quotes, computed once.

numbers.py, dates.py, names.py, negation.py (negation and antonyms) and words.py (content
words left unmatched by word alignment) each extract one kind of signal; features.py puts
them into one record per pair. No thresholds here: the flag stage applies them.
"""

from __future__ import annotations

from toolkit.compare.features import FEATURES, PairFeatures, compare_texts, features_frame

__all__ = ["FEATURES", "PairFeatures", "compare_texts", "features_frame"]
