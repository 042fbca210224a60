#!/usr/bin/python3
"""Benchmark peer for genlab-bench tuning.*: instruction-tuning (SFT) and DPO steps of a GPT-2 in
PyTorch the way one writes them there (nn.Parameter weights in Hugging Face's layout, batched causal
attention, F.cross_entropy-style weighted log-likelihood, torch.optim.AdamW, clip_grad_norm_), on
the same weights, the same batch shapes and tokens, and the same optimizer settings as ours.

    /usr/bin/python3 tuning_peer.py --weights model.safetensors --config config.json --threads 2 \
        --mode sft|dpo --batch 16 --length 64 --steps 10 --warmup 2

Prints JSON: {"steps_per_s", "loss_first", "loss_last", "torch", "threads"}.
"""
import argparse
import json
import math
import os
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402


class Gpt2(torch.nn.Module):
    def __init__(self, tensors, config):
        super().__init__()

        def get(name):
            for key in (name, "transformer." + name):
                if key in tensors:
                    return torch.nn.Parameter(tensors[key].float().clone().contiguous())
            raise KeyError(name)

        self.n_layer = config.get("n_layer", config.get("layers"))
        self.n_head = config.get("n_head", config.get("heads"))
        self.eps = config.get("layer_norm_epsilon", config.get("layer_norm_eps", 1e-5))
        self.wte = get("wte.weight")
        self.wpe = get("wpe.weight")
        self.e = self.wte.shape[1]
        self.blocks = torch.nn.ModuleList()
        for i in range(self.n_layer):
            p = "h.%d." % i
            block = torch.nn.ParameterDict({k.replace(".", "_"): get(p + k) for k in (
                "ln_1.weight", "ln_1.bias", "attn.c_attn.weight", "attn.c_attn.bias", "attn.c_proj.weight",
                "attn.c_proj.bias", "ln_2.weight", "ln_2.bias", "mlp.c_fc.weight", "mlp.c_fc.bias",
                "mlp.c_proj.weight", "mlp.c_proj.bias")})
            self.blocks.append(block)
        self.lnf_w = get("ln_f.weight")
        self.lnf_b = get("ln_f.bias")

    def forward(self, ids):
        b, t = ids.shape
        e, h = self.e, self.n_head
        d = e // h
        x = self.wte[ids] + self.wpe[:t]
        mask = torch.ones(t, t, dtype=torch.bool).triu(1)
        for w in self.blocks:
            a = F.layer_norm(x, (e,), w["ln_1_weight"], w["ln_1_bias"], self.eps)
            qkv = a @ w["attn_c_attn_weight"] + w["attn_c_attn_bias"]
            q, k, v = (z.view(b, t, h, d).transpose(1, 2) for z in qkv.split(e, dim=2))
            att = ((q @ k.transpose(-1, -2)) / math.sqrt(d)).masked_fill(mask, float("-inf")).softmax(-1)
            y = (att @ v).transpose(1, 2).reshape(b, t, e)
            x = x + y @ w["attn_c_proj_weight"] + w["attn_c_proj_bias"]
            m = F.layer_norm(x, (e,), w["ln_2_weight"], w["ln_2_bias"], self.eps)
            m = F.gelu(m @ w["mlp_c_fc_weight"] + w["mlp_c_fc_bias"], approximate="tanh")
            x = x + m @ w["mlp_c_proj_weight"] + w["mlp_c_proj_bias"]
        x = F.layer_norm(x, (e,), self.lnf_w, self.lnf_b, self.eps)
        return F.linear(x, self.wte)


def batch_ids(rows, length, vocab, salt):
    # The same tokens genlab-bench builds: (row * 31 + position * 7 + salt) % vocab.
    return torch.tensor([[(r * 31 + i * 7 + salt) % vocab for i in range(length)] for r in range(rows)])


def response_weights(rows, length):
    w = torch.zeros(rows, length - 1)
    w[:, length // 2 - 1:] = 1.0  # targets at positions >= length / 2: the response
    return w


def seq_logp(model, ids, weights):
    logp = torch.log_softmax(model(ids)[:, :-1], -1)
    return (logp.gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1) * weights).sum(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--mode", choices=("sft", "dpo"), default="sft")
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--length", type=int, default=64)
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--lr", type=float, default=1e-4)
    ap.add_argument("--beta", type=float, default=0.1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    with open(a.config) as f:
        config = json.load(f)
    model = Gpt2(read_safetensors(a.weights), config)
    vocab = model.wte.shape[0]
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, 0.99), eps=1e-8, weight_decay=0.0)
    weights = response_weights(a.batch, a.length)
    if a.mode == "sft":
        ids = batch_ids(a.batch, a.length, vocab, 0)
    else:
        reference = Gpt2(read_safetensors(a.weights), config)
        for p in reference.parameters():
            p.requires_grad_(False)
        chosen = batch_ids(a.batch, a.length, vocab, 0)
        rejected = batch_ids(a.batch, a.length, vocab, 5)
        both = torch.cat([chosen, rejected])
        both_w = torch.cat([weights, weights])
    losses = []
    start = None
    for step in range(a.warmup + a.steps):
        if step == a.warmup:
            start = time.perf_counter()
        if a.mode == "sft":
            logp = torch.log_softmax(model(ids)[:, :-1], -1)
            lp = logp.gather(-1, ids[:, 1:].unsqueeze(-1)).squeeze(-1)
            loss = -(lp * weights).sum() / weights.sum()
        else:
            with torch.no_grad():
                ref = seq_logp(reference, both, both_w)
            pol = seq_logp(model, both, both_w)
            r = a.beta * (pol - ref)
            loss = -F.logsigmoid(r[:a.batch] - r[a.batch:]).mean()
        opt.zero_grad(set_to_none=False)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        losses.append(float(loss))
    seconds = time.perf_counter() - start
    print(json.dumps({"steps_per_s": a.steps / seconds, "loss_first": losses[0], "loss_last": losses[-1],
                      "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
