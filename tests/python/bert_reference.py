#!/usr/bin/python3
"""Independent BERT reference for the C++ tests.

Reads a Hugging Face BERT layout safetensors file (BertForMaskedLM names with "bert." and
"cls.predictions.*", or BertModel names without a prefix; "LayerNorm.gamma/beta" accepted) and its
config.json, runs BERT's forward pass written out from the paper's formulas (post-LayerNorm
blocks, exact GELU, separate query/key/value projections, the MLM head tied to the word
embeddings), one sequence at a time with no padding, in float64 by default, and prints JSON:

    {"sequences": [{"hidden": [[...] per token], "logits": [[...] per token] or null,
                    "top5": [[ids] per token] or null,
                    "pooled": {"mean": [...], "cls": [...]}}, ...]}

The pooled vectors are sentence-transformers' mean and CLS pooling of the last hidden states,
divided by their length with --normalize.

Needs only Debian's python3-torch (no transformers, no safetensors package):
    /usr/bin/python3 bert_reference.py --weights model.safetensors --config config.json \
        --ids 2,17,4,9,3 --ids 2,5,3 --normalize
"""
import argparse
import json
import math
import struct
import sys

import torch

FLOATS = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "F64": torch.float64}


def read_float_tensors(path):
    """The floating-point tensors of a safetensors file (real BERT files also carry an int64
    position_ids buffer, which the model does not need)."""
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    tensors = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] not in FLOATS:
            continue
        begin, end = info["data_offsets"]
        raw = bytearray(data[8 + n + begin:8 + n + end])
        dtype = FLOATS[info["dtype"]]
        t = torch.frombuffer(raw, dtype=dtype) if raw else torch.empty(0, dtype=dtype)
        tensors[name] = t.reshape(info["shape"])
    return tensors


def gelu(x):
    return 0.5 * x * (1.0 + torch.erf(x / math.sqrt(2.0)))


class Bert:
    def __init__(self, tensors, config, dtype):
        prefix = "bert." if any(k.startswith("bert.") for k in tensors) else ""

        def get(name, absolute=False):
            full = name if absolute else prefix + name
            candidates = [full]
            if full.endswith("LayerNorm.weight"):
                candidates.append(full[: -len("weight")] + "gamma")
            if full.endswith("LayerNorm.bias"):
                candidates.append(full[: -len("bias")] + "beta")
            for key in candidates:
                if key in tensors:
                    return tensors[key].to(dtype)
            raise KeyError("missing tensor " + full)

        self.get = get
        self.layers = config["num_hidden_layers"]
        self.heads = config["num_attention_heads"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        self.has_head = "cls.predictions.transform.dense.weight" in tensors

    def layer_norm(self, x, prefix, absolute=False):
        w, b = self.get(prefix + ".weight", absolute), self.get(prefix + ".bias", absolute)
        mean = x.mean(-1, keepdim=True)
        var = ((x - mean) ** 2).mean(-1, keepdim=True)
        return (x - mean) / torch.sqrt(var + self.eps) * w + b

    def linear(self, x, prefix, absolute=False):
        return x @ self.get(prefix + ".weight", absolute).t() + self.get(prefix + ".bias", absolute)

    def run(self, ids):
        t = len(ids)
        x = (self.get("embeddings.word_embeddings.weight")[torch.tensor(ids)]
             + self.get("embeddings.position_embeddings.weight")[:t]
             + self.get("embeddings.token_type_embeddings.weight")[0])
        x = self.layer_norm(x, "embeddings.LayerNorm")
        e = x.shape[-1]
        d = e // self.heads
        for i in range(self.layers):
            p = "encoder.layer.%d." % i

            def heads(name):
                return self.linear(x, p + "attention.self." + name).reshape(t, self.heads, d).transpose(0, 1)

            q, k, v = heads("query"), heads("key"), heads("value")
            probs = torch.softmax((q @ k.transpose(-1, -2)) / math.sqrt(d), dim=-1)
            context = (probs @ v).transpose(0, 1).reshape(t, e)
            x = self.layer_norm(self.linear(context, p + "attention.output.dense") + x,
                                p + "attention.output.LayerNorm")
            h = gelu(self.linear(x, p + "intermediate.dense"))
            x = self.layer_norm(self.linear(h, p + "output.dense") + x, p + "output.LayerNorm")
        logits = None
        if self.has_head:
            h = gelu(self.linear(x, "cls.predictions.transform.dense", True))
            h = self.layer_norm(h, "cls.predictions.transform.LayerNorm", True)
            logits = h @ self.get("embeddings.word_embeddings.weight").t() + self.get("cls.predictions.bias", True)
        return x, logits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--ids", action="append", required=True, help="comma-separated ids of one sequence")
    ap.add_argument("--normalize", action="store_true")
    ap.add_argument("--no-logits", action="store_true")
    ap.add_argument("--dtype", default="float64", choices=["float32", "float64"])
    args = ap.parse_args()
    dtype = getattr(torch, args.dtype)
    with open(args.config, encoding="utf-8") as f:
        config = json.load(f)
    model = Bert(read_float_tensors(args.weights), config, dtype)
    out = []
    with torch.no_grad():
        for seq in args.ids:
            ids = [int(v) for v in seq.split(",") if v]
            hidden, logits = model.run(ids)
            entry = {"hidden": hidden.tolist(), "logits": None, "top5": None, "pooled": None}
            if logits is not None and not args.no_logits:
                entry["logits"] = logits.tolist()
                entry["top5"] = torch.topk(logits, min(5, logits.shape[-1]), dim=-1).indices.tolist()
            entry["pooled"] = {}
            for mode, pooled in (("mean", hidden.mean(0)), ("cls", hidden[0])):
                if args.normalize:
                    pooled = pooled / pooled.norm().clamp_min(1e-12)
                entry["pooled"][mode] = pooled.tolist()
            out.append(entry)
    json.dump({"sequences": out}, sys.stdout)


if __name__ == "__main__":
    main()
