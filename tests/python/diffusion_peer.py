#!/usr/bin/python3
"""Python peer for `genlab-bench diffusion`: the Diffusion lab's UNet in PyTorch.

UNet mirrors core/engine/diffusion/detail/unet.cpp module for module, with the same state_dict
names ("unet.<name>" / "ema.<name>" in a checkpoint's model.safetensors are <name> here), so it
loads the weights DiffusionModel::save wrote and must give the same output:

  time_in, time_out   sinusoidal embedding of the integer t (sin of the first half, cos of the
                      second, frequencies 10000^(-i / (b/2))) -> Linear(b, 4b) -> SiLU -> Linear(4b, 4b)
  class_embedding     Embedding(classes + 1, 4b) added (row `classes`: "no class"); blocks see SiLU(e)
  conv_in             Conv2d(C, b, 3, padding 1)
  down                per level (widths b, 2b, 2b, ...): res_blocks ResBlocks, then (not the lowest
                      level) Conv2d(w, w, 3, stride 2, padding 1); every output kept for the skips
  mid_block1, mid_attention, mid_block2
  up                  per level from the lowest: res_blocks + 1 ResBlocks on cat([h, skip]), then
                      (not level 0) nearest 2x upsampling and Conv2d(w, w, 3, padding 1)
  norm_out, conv_out  GroupNorm(8, b) -> SiLU -> Conv2d(b, C, 3, padding 1)

Written the way a PyTorch user would write it (nn modules, torch.inference_mode for sampling).

  diffusion_peer.py forward --dir TMP [--threads N] [--batches 1,16] [--t 500] [--budget-ms 1500]
      TMP/model/ (DiffusionModel::save, config.json + model.safetensors) and, per batch B,
      TMP/input{B}.f32, TMP/labels{B}.f32 and our output TMP/ours{B}.f32. Prints
      {"ms": {B: median ms per forward}, "cpu_ms": {B: median thread CPU ms}, "max_abs_diff": {B: ...}, ...}.
  diffusion_peer.py train --config JSON [--threads N] [--batch 64] [--steps S] [--warmup W]
      [--lr 1e-3] [--ema 0.995] [--class-dropout 0.1] [--clip 0]
      The trainer's step (core/engine/diffusion/training.cpp) on random images in memory: t uniform
      in 1..T, labels dropped to "no class" with --class-dropout, x_t = sqrt(abar) x0 + sqrt(1 - abar) eps,
      MSE(net(x_t, t, y), eps) (or v), Adam, the gradient norm (clipped with --clip > 0), EMA update.
      Prints {"images_per_s": ..., "cpu_images_per_s": (per CPU second of the calling thread), ...}.
"""
import argparse
import json
import math
import os
import statistics
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402

GROUPS = 8
EPS = 1e-5


class ResBlock(nn.Module):
    def __init__(self, cin, cout, emb):
        super().__init__()
        self.norm1 = nn.GroupNorm(GROUPS, cin, eps=EPS)
        self.conv1 = nn.Conv2d(cin, cout, 3, padding=1)
        self.time_proj = nn.Linear(emb, cout)
        self.norm2 = nn.GroupNorm(GROUPS, cout, eps=EPS)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.skip = nn.Conv2d(cin, cout, 1) if cin != cout else None

    def forward(self, x, e):
        h = self.conv1(F.silu(self.norm1(x)))
        h = h + self.time_proj(e)[:, :, None, None]
        h = self.conv2(F.silu(self.norm2(h)))
        return h + (self.skip(x) if self.skip is not None else x)


class Attention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.heads = 4 if c >= 128 else 1
        self.norm = nn.GroupNorm(GROUPS, c, eps=EPS)
        self.qkv = nn.Conv2d(c, 3 * c, 1)
        self.proj = nn.Conv2d(c, c, 1)

    def forward(self, x):
        n, _, h, w = x.shape
        d = self.c // self.heads
        q, k, v = self.qkv(self.norm(x)).reshape(n, 3, self.heads, d, h * w).unbind(1)
        a = torch.softmax(q.transpose(-1, -2) @ k / math.sqrt(d), dim=-1)
        return x + self.proj((v @ a.transpose(-1, -2)).reshape(n, self.c, h, w))


class UNet(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        b = cfg["base_channels"]
        e = 4 * b
        size = cfg["image_size"]
        levels = 3 if size < 48 else 4
        widths = [b if l == 0 else 2 * b for l in range(levels)]
        res_blocks = cfg["res_blocks"]
        self.classes = cfg["num_classes"] if cfg["conditional"] else 0
        half = b // 2
        self.register_buffer("frequencies", torch.exp(torch.arange(half, dtype=torch.float64) *
                                                      (-math.log(10000.0) / half)).float(), persistent=False)
        self.time_in = nn.Linear(b, e)
        self.time_out = nn.Linear(e, e)
        if self.classes:
            self.class_embedding = nn.Embedding(self.classes + 1, e)
        self.conv_in = nn.Conv2d(cfg["channels"], b, 3, padding=1)
        self.down = nn.ModuleList()
        skips = [b]
        ch = b
        for l in range(levels):
            for _ in range(res_blocks):
                self.down.append(ResBlock(ch, widths[l], e))
                ch = widths[l]
                skips.append(ch)
            if l + 1 < levels:
                self.down.append(nn.Conv2d(ch, ch, 3, stride=2, padding=1))
                skips.append(ch)
        self.mid_block1 = ResBlock(ch, ch, e)
        self.mid_attention = Attention(ch) if cfg["attention"] else None
        self.mid_block2 = ResBlock(ch, ch, e)
        self.up = nn.ModuleList()
        for l in reversed(range(levels)):
            for _ in range(res_blocks + 1):
                self.up.append(ResBlock(ch + skips.pop(), widths[l], e))
                ch = widths[l]
            if l > 0:
                self.up.append(nn.Conv2d(ch, ch, 3, padding=1))
        self.norm_out = nn.GroupNorm(GROUPS, ch, eps=EPS)
        self.conv_out = nn.Conv2d(ch, cfg["channels"], 3, padding=1)

    def forward(self, x, t, y=None):
        angles = t.float()[:, None] * self.frequencies[None, :]
        emb = self.time_out(F.silu(self.time_in(torch.cat([torch.sin(angles), torch.cos(angles)], 1))))
        if self.classes:
            if y is None:
                emb = emb + self.class_embedding.weight[self.classes][None, :]
            else:
                emb = emb + self.class_embedding(y)
        emb = F.silu(emb)
        h = self.conv_in(x)
        hs = [h]
        for m in self.down:
            h = m(h, emb) if isinstance(m, ResBlock) else m(h)
            hs.append(h)
        h = self.mid_block1(h, emb)
        if self.mid_attention is not None:
            h = self.mid_attention(h)
        h = self.mid_block2(h, emb)
        for m in self.up:
            if isinstance(m, ResBlock):
                h = m(torch.cat([h, hs.pop()], 1), emb)
            else:
                h = m(F.interpolate(h, scale_factor=2, mode="nearest"))
        return self.conv_out(F.silu(self.norm_out(h)))


def alpha_bars(cfg):
    """ᾱ(0..T) of the config's schedule, as core/engine/diffusion/schedule.cpp computes it: a curve,
    its β(t) = 1 - ᾱ(t)/ᾱ(t-1) clipped into [1e-12, 0.999], their running product."""
    T = cfg["timesteps"]
    kind = cfg["schedule"]
    if kind == "linear":
        scale = 1000.0 / T
        betas = [scale * (1e-4 + (0.02 - 1e-4) * (t - 1) / (T - 1)) for t in range(1, T + 1)]
    else:
        if kind == "cosine":
            f = [math.cos((t / T + 0.008) / 1.008 * math.pi / 2) ** 2 for t in range(T + 1)]
            curve = [v / f[0] for v in f]
        else:  # sigmoid, temperature 0.9 over [-3, 3]
            sig = lambda z: 1 / (1 + math.exp(-z))  # noqa: E731
            v0, v1 = sig(-3 / 0.9), sig(3 / 0.9)
            curve = [(v1 - sig((t / T * 6 - 3) / 0.9)) / (v1 - v0) for t in range(T + 1)]
        betas = [1 - curve[t] / curve[t - 1] if curve[t - 1] > 0 else 0.999 for t in range(1, T + 1)]
    abar = [1.0]
    for beta in betas:
        abar.append(abar[-1] * (1 - min(max(beta, 1e-12), 0.999)))
    return torch.tensor(abar, dtype=torch.float64)


def load_model(folder):
    with open(os.path.join(folder, "config.json")) as f:
        cfg = json.load(f)
    tensors = read_safetensors(os.path.join(folder, "model.safetensors"))
    # predictNoise uses the EMA weights: "ema.<name>"; a file with the raw ones only: "unet.<name>".
    prefix = "ema." if any(k.startswith("ema.") for k in tensors) else "unet."
    state = {k[len(prefix):]: v for k, v in tensors.items() if k.startswith(prefix)}
    net = UNet(cfg)
    net.load_state_dict(state, strict=True)
    net.eval()
    return net, cfg, prefix


def read_f32(path):
    with open(path, "rb") as f:
        return torch.frombuffer(bytearray(f.read()), dtype=torch.float32)


def median_ms(fn, budget_ms, min_calls=5, max_calls=2000):
    """Median wall and thread-CPU milliseconds of one call."""
    for _ in range(3):
        fn()
    times, cpu = [], []
    start = time.perf_counter()
    while len(times) < min_calls or ((time.perf_counter() - start) * 1000 < budget_ms and len(times) < max_calls):
        t0, c0 = time.perf_counter(), time.thread_time()
        fn()
        cpu.append((time.thread_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), statistics.median(cpu)


def forward_main(args):
    torch.set_num_threads(args.threads)
    net, cfg, prefix = load_model(os.path.join(args.dir, "model"))
    c, s = cfg["channels"], cfg["image_size"]
    abar = alpha_bars(cfg)
    out = {"ms": {}, "cpu_ms": {}, "max_abs_diff": {}, "max_abs_output": {}, "threads": args.threads,
           "torch": torch.__version__,
           "weights": prefix + "*", "mode": "torch.inference_mode, NCHW"}
    for b in [int(v) for v in args.batches.split(",")]:
        x = read_f32(os.path.join(args.dir, "input%d.f32" % b)).reshape(b, c, s, s)
        y = read_f32(os.path.join(args.dir, "labels%d.f32" % b)).long() if cfg["conditional"] else None
        t = torch.full((b,), args.t, dtype=torch.long)

        def predict():
            with torch.inference_mode():
                o = net(x, t, y)
                if cfg.get("prediction", "epsilon") == "v":
                    # ε = sqrt(ᾱ) v + sqrt(1 - ᾱ) x_t
                    a = float(abar[args.t])
                    o = math.sqrt(a) * o + math.sqrt(1 - a) * x
                return o

        ours_path = os.path.join(args.dir, "ours%d.f32" % b)
        mine = predict()
        if os.path.exists(ours_path):
            ours = read_f32(ours_path).reshape(mine.shape)
            out["max_abs_diff"][str(b)] = float((ours - mine).abs().max())
        out["max_abs_output"][str(b)] = float(mine.abs().max())
        out["ms"][str(b)], out["cpu_ms"][str(b)] = median_ms(predict, args.budget_ms)
    print(json.dumps(out))


def train_main(args):
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    cfg = json.loads(args.config)
    net = UNet(cfg)
    ema = UNet(cfg)
    ema.load_state_dict(net.state_dict())
    ema.requires_grad_(False)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr, betas=(0.9, 0.999), eps=1e-8)
    T = cfg["timesteps"]
    abar = alpha_bars(cfg).float()
    classes = cfg["num_classes"] if cfg["conditional"] else 0
    c, s = cfg["channels"], cfg["image_size"]
    data = torch.rand(2048, c, s, s) * 2 - 1
    labels = torch.randint(0, max(classes, 1), (2048,))
    batches = data.shape[0] // args.batch
    v_prediction = cfg.get("prediction", "epsilon") == "v"

    def step(i):
        j = i % batches
        x0 = data[j * args.batch:(j + 1) * args.batch]
        y = labels[j * args.batch:(j + 1) * args.batch]
        if classes:
            y = torch.where(torch.rand(args.batch) < args.class_dropout, torch.full_like(y, classes), y)
        t = torch.randint(1, T + 1, (args.batch,))
        a = abar[t][:, None, None, None]
        eps = torch.randn_like(x0)
        xt = a.sqrt() * x0 + (1 - a).sqrt() * eps
        target = a.sqrt() * eps - (1 - a).sqrt() * x0 if v_prediction else eps
        loss = F.mse_loss(net(xt, t, y if classes else None), target)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        # The norm is measured every step (the trainer reports it), clipped only with --clip > 0.
        torch.nn.utils.clip_grad_norm_(net.parameters(), args.clip if args.clip > 0 else float("inf"))
        opt.step()
        with torch.no_grad():
            for pe, p in zip(ema.parameters(), net.parameters()):
                pe.lerp_(p, 1 - args.ema)
        return loss.item()

    net.train()
    for i in range(args.warmup):
        step(i)
    t0, c0 = time.perf_counter(), time.thread_time()
    for i in range(args.steps):
        step(args.warmup + i)
    seconds, cpu = time.perf_counter() - t0, time.thread_time() - c0
    print(json.dumps({"images_per_s": args.batch * args.steps / seconds,
                      "cpu_images_per_s": args.batch * args.steps / cpu, "batch": args.batch,
                      "threads": args.threads, "torch": torch.__version__}))


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="mode", required=True)
    f = sub.add_parser("forward")
    f.add_argument("--dir", required=True)
    f.add_argument("--threads", type=int, default=2)
    f.add_argument("--batches", default="1,16")
    f.add_argument("--t", type=int, default=500)
    f.add_argument("--budget-ms", type=float, default=1500)
    t = sub.add_parser("train")
    t.add_argument("--config", required=True)
    t.add_argument("--threads", type=int, default=2)
    t.add_argument("--batch", type=int, default=64)
    t.add_argument("--steps", type=int, default=12)
    t.add_argument("--warmup", type=int, default=3)
    t.add_argument("--lr", type=float, default=1e-3)
    t.add_argument("--ema", type=float, default=0.995)
    t.add_argument("--class-dropout", type=float, default=0.1)
    t.add_argument("--clip", type=float, default=0.0)
    args = p.parse_args()
    forward_main(args) if args.mode == "forward" else train_main(args)


if __name__ == "__main__":
    main()
