#!/usr/bin/python3
"""Independent GPT-2 reference for the C++ tests.

Reads a Hugging Face GPT-2 layout safetensors file (names with or without "transformer.",
Conv1D weights stored [in, out], fused c_attn) and its config.json, runs a plain GPT-2 forward
pass written out from the paper/reference formulas (no KV cache, float64 by default), and prints
JSON: {"logits": [[...] per position], "greedy": [ids]}.

Needs only Debian's python3-torch (no transformers, no safetensors package):
    /usr/bin/python3 gpt2_reference.py --weights model.safetensors --config config.json \
        --ids 1,2,3 --greedy 8
"""
import argparse
import json
import math
import os
import sys

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402


def gelu_new(x):
    return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))


class Gpt2:
    def __init__(self, tensors, config, dtype):
        def get(name):
            for key in (name, "transformer." + name):
                if key in tensors:
                    return tensors[key].to(dtype)
            raise KeyError("missing tensor " + name)

        self.get = get
        self.layers = config["n_layer"]
        self.heads = config["n_head"]
        self.eps = config.get("layer_norm_epsilon", 1e-5)
        self.wte = get("wte.weight")
        self.wpe = get("wpe.weight")

    def layer_norm(self, x, prefix):
        w, b = self.get(prefix + ".weight"), self.get(prefix + ".bias")
        mean = x.mean(-1, keepdim=True)
        var = ((x - mean) ** 2).mean(-1, keepdim=True)
        return (x - mean) / torch.sqrt(var + self.eps) * w + b

    def conv1d(self, x, prefix):
        # Hugging Face's Conv1D: y = x W + b with W stored [in, out].
        return x @ self.get(prefix + ".weight") + self.get(prefix + ".bias")

    def logits(self, ids):
        t = len(ids)
        x = self.wte[torch.tensor(ids)] + self.wpe[:t]
        e = x.shape[-1]
        d = e // self.heads
        causal = torch.tril(torch.ones(t, t, dtype=torch.bool))
        for i in range(self.layers):
            p = "h.%d." % i
            qkv = self.conv1d(self.layer_norm(x, p + "ln_1"), p + "attn.c_attn")
            q, k, v = (part.reshape(t, self.heads, d).transpose(0, 1) for part in qkv.split(e, dim=-1))
            scores = (q @ k.transpose(-1, -2)) / math.sqrt(d)
            scores = scores.masked_fill(~causal, float("-inf"))
            y = (torch.softmax(scores, dim=-1) @ v).transpose(0, 1).reshape(t, e)
            x = x + self.conv1d(y, p + "attn.c_proj")
            h = gelu_new(self.conv1d(self.layer_norm(x, p + "ln_2"), p + "mlp.c_fc"))
            x = x + self.conv1d(h, p + "mlp.c_proj")
        x = self.layer_norm(x, "ln_f")
        return x @ self.wte.t()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--ids", required=True, help="comma-separated prompt ids")
    ap.add_argument("--greedy", type=int, default=0, help="greedy tokens to generate")
    ap.add_argument("--dtype", default="float64", choices=["float32", "float64"])
    args = ap.parse_args()

    torch.set_num_threads(1)
    with open(args.config) as f:
        config = json.load(f)
    dtype = torch.float64 if args.dtype == "float64" else torch.float32
    model = Gpt2(read_safetensors(args.weights), config, dtype)
    ids = [int(s) for s in args.ids.split(",") if s]
    with torch.no_grad():
        logits = model.logits(ids)
        seq = list(ids)
        greedy = []
        for _ in range(args.greedy):
            nxt = int(torch.argmax(model.logits(seq[-config["n_positions"]:])[-1]))
            greedy.append(nxt)
            seq.append(nxt)
    json.dump({"logits": logits.tolist(), "greedy": greedy}, sys.stdout)


if __name__ == "__main__":
    main()
