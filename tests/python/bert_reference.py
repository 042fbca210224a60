#!/usr/bin/python3
"""Independent BERT reference for the C++ tests.

Reads a Hugging Face BERT layout safetensors file (BertForMaskedLM names with "bert." and
"cls.predictions.*", or BertModel names without a prefix; "LayerNorm.gamma/beta" accepted) and its
config.json, runs BERT's forward pass written out from the paper's formulas (post-LayerNorm
blocks, exact GELU, separate query/key/value projections, the MLM head tied to the word
embeddings), one sequence at a time with no padding, in float64 by default, and prints JSON:

    {"sequences": [{"hidden": [[...] per token], "logits": [[...] per token] or null,
                    "top5": [[ids] per token] or null, "pooled": [...] or null}, ...]}

Needs only Debian's python3-torch (no transformers, no safetensors package):
    /usr/bin/python3 bert_reference.py --weights model.safetensors --config config.json \
        --ids 2,17,4,9,3 --ids 2,5,3 --pooling mean --normalize
"""
import argparse
import json
import math
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402


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
    ap.add_argument("--pooling", choices=["none", "mean", "cls"], default="none")
    ap.add_argument("--normalize", action="store_true")
    ap.add_argument("--no-logits", action="store_true")
    ap.add_argument("--dtype", default="float64", choices=["float32", "float64"])
    args = ap.parse_args()
    dtype = getattr(torch, args.dtype)
    with open(args.config, encoding="utf-8") as f:
        config = json.load(f)
    model = Bert(read_safetensors(args.weights), config, dtype)
    out = []
    with torch.no_grad():
        for seq in args.ids:
            ids = [int(v) for v in seq.split(",") if v]
            hidden, logits = model.run(ids)
            entry = {"hidden": hidden.tolist(), "logits": None, "top5": None, "pooled": None}
            if logits is not None and not args.no_logits:
                entry["logits"] = logits.tolist()
                entry["top5"] = torch.topk(logits, min(5, logits.shape[-1]), dim=-1).indices.tolist()
            if args.pooling != "none":
                pooled = hidden[0] if args.pooling == "cls" else hidden.mean(0)
                if args.normalize:
                    pooled = pooled / pooled.norm().clamp_min(1e-12)
                entry["pooled"] = pooled.tolist()
            out.append(entry)
    json.dump({"sequences": out}, sys.stdout)


if __name__ == "__main__":
    main()
