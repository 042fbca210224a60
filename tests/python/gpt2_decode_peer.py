#!/usr/bin/python3
"""Benchmark peer for genlab-bench text.decode: the same weights and the same greedy loop with a
key/value cache, written the way Hugging Face's GPT-2 runs it in PyTorch (Conv1D as addmm, the
cache grown with torch.cat, the LM head as F.linear), under torch.inference_mode.

    /usr/bin/python3 gpt2_decode_peer.py --weights model.safetensors --config config.json \
        --threads 2 --prompt 1,2,3 --tokens 64 --contexts 64,256,1000 --context-tokens 16

Prints JSON: {"tokens_per_s", "ids", "contexts": {"64": tokens_per_s, ...}, "torch", "threads"}.
"""
import argparse
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402


class Gpt2:
    def __init__(self, tensors, config):
        def get(name):
            for key in (name, "transformer." + name):
                if key in tensors:
                    return tensors[key].float().contiguous()
            raise KeyError(name)

        self.n_layer = config["n_layer"]
        self.n_head = config["n_head"]
        self.eps = config.get("layer_norm_epsilon", 1e-5)
        self.wte = get("wte.weight")
        self.wpe = get("wpe.weight")
        self.e = self.wte.shape[1]
        self.layers = []
        for i in range(self.n_layer):
            p = "h.%d." % i
            self.layers.append({k: get(p + k) for k in (
                "ln_1.weight", "ln_1.bias", "attn.c_attn.weight", "attn.c_attn.bias", "attn.c_proj.weight",
                "attn.c_proj.bias", "ln_2.weight", "ln_2.bias", "mlp.c_fc.weight", "mlp.c_fc.bias",
                "mlp.c_proj.weight", "mlp.c_proj.bias")})
        self.lnf_w = get("ln_f.weight")
        self.lnf_b = get("ln_f.bias")

    def forward(self, ids, past):
        t = len(ids)
        start = 0 if past is None else past[0][0].shape[1]
        e, h = self.e, self.n_head
        d = e // h
        x = self.wte[torch.tensor(ids)] + self.wpe[start:start + t]
        new_past = []
        for i, w in enumerate(self.layers):
            a = F.layer_norm(x, (e,), w["ln_1.weight"], w["ln_1.bias"], self.eps)
            qkv = torch.addmm(w["attn.c_attn.bias"], a, w["attn.c_attn.weight"])
            q, k, v = (z.view(t, h, d).transpose(0, 1) for z in qkv.split(e, dim=1))
            if past is not None:
                k = torch.cat([past[i][0], k], dim=1)
                v = torch.cat([past[i][1], v], dim=1)
            new_past.append((k, v))
            att = (q @ k.transpose(-1, -2)) / math.sqrt(d)
            if t > 1:
                mask = torch.ones(t, start + t, dtype=torch.bool).triu(start + 1)
                att = att.masked_fill(mask, float("-inf"))
            y = (torch.softmax(att, dim=-1) @ v).transpose(0, 1).reshape(t, e)
            x = x + torch.addmm(w["attn.c_proj.bias"], y, w["attn.c_proj.weight"])
            m = F.layer_norm(x, (e,), w["ln_2.weight"], w["ln_2.bias"], self.eps)
            m = F.gelu(torch.addmm(w["mlp.c_fc.bias"], m, w["mlp.c_fc.weight"]), approximate="tanh")
            x = x + torch.addmm(w["mlp.c_proj.bias"], m, w["mlp.c_proj.weight"])
        x = F.layer_norm(x[-1:], (e,), self.lnf_w, self.lnf_b, self.eps)
        return F.linear(x, self.wte)[0], new_past


def greedy(model, prompt, tokens):
    """Returns generated ids and decode tokens/s (time after the prompt's forward pass)."""
    logits, past = model.forward(prompt, None)
    ids = []
    t0 = time.perf_counter()
    for i in range(tokens):
        nxt = int(torch.argmax(logits))
        ids.append(nxt)
        if i + 1 < tokens:
            logits, past = model.forward([nxt], past)
    elapsed = time.perf_counter() - t0
    return ids, (tokens - 1) / elapsed if tokens > 1 and elapsed > 0 else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--prompt", required=True)
    ap.add_argument("--tokens", type=int, default=32)
    ap.add_argument("--contexts", default="")
    ap.add_argument("--context-tokens", type=int, default=16)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    torch.set_num_threads(args.threads)
    with open(args.config) as f:
        config = json.load(f)
    model = Gpt2(read_safetensors(args.weights), config)
    prompt = [int(s) for s in args.prompt.split(",") if s]
    out = {"torch": torch.__version__, "threads": torch.get_num_threads(), "contexts": {}}
    with torch.inference_mode():
        greedy(model, prompt, 3)  # warm-up
        out["ids"], out["tokens_per_s"] = greedy(model, prompt, args.tokens)
        rng = random.Random(args.seed)
        for ctx in [int(s) for s in args.contexts.split(",") if s]:
            ctx_prompt = [rng.randrange(config["vocab_size"]) for _ in range(ctx)]
            _, out["contexts"][str(ctx)] = greedy(model, ctx_prompt, args.context_tokens)
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
