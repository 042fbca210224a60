#!/usr/bin/python3
"""Python peer for `genlab-bench latent`: trains the latent lab's conv VAE in PyTorch.

The same network as core/engine/vae (28x28x1, latent 16, base width 32): two stride-2 4x4
convolutions, a linear layer to [mean | log-variance], a linear layer back to 64x7x7, two stride-2
4x4 transposed convolutions to logits; Bernoulli likelihood (BCE with logits, summed per image),
KL to N(0, I), Adam. Written the way a PyTorch user would write it. Prints one JSON line with the
images per second of the best memory format (contiguous and channels_last are both tried).

usage: bench_latent_peer.py [--threads N] [--batch B] [--steps S] [--warmup W]
"""
import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvVae(nn.Module):
    def __init__(self, latent=16, base=32, channels=1):
        super().__init__()
        self.down = nn.ModuleList([nn.Conv2d(channels, base, 4, 2, 1), nn.Conv2d(base, 2 * base, 4, 2, 1)])
        self.to_latent = nn.Linear(2 * base * 7 * 7, 2 * latent)
        self.from_latent = nn.Linear(latent, 2 * base * 7 * 7)
        self.up = nn.ModuleList([nn.ConvTranspose2d(2 * base, base, 4, 2, 1), nn.ConvTranspose2d(base, channels, 4, 2, 1)])
        self.base = base

    def forward(self, x, noise):
        h = x
        for conv in self.down:
            h = F.relu(conv(h))
        mean, log_var = self.to_latent(h.flatten(1)).chunk(2, dim=1)
        z = mean + noise * torch.exp(0.5 * log_var)
        h = F.relu(self.from_latent(z)).view(-1, 2 * self.base, 7, 7)
        h = F.relu(self.up[0](h))
        return self.up[1](h), mean, log_var


def measure(channels_last, args):
    torch.manual_seed(1)
    model = ConvVae()
    data = torch.rand(2048, 1, 28, 28)
    if channels_last:
        model = model.to(memory_format=torch.channels_last)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    batches = data.shape[0] // args.batch

    def step(i):
        x = data[(i % batches) * args.batch:(i % batches + 1) * args.batch]
        if channels_last:
            x = x.contiguous(memory_format=torch.channels_last)
        noise = torch.randn(args.batch, 16)
        logits, mean, log_var = model(x, noise)
        rec = F.binary_cross_entropy_with_logits(logits, x, reduction="sum") / args.batch
        kl = (0.5 * (mean.square() + log_var.exp() - 1 - log_var)).sum(1).mean()
        loss = rec + kl
        opt.zero_grad()
        loss.backward()
        opt.step()
        return loss.item()

    for i in range(args.warmup):
        step(i)
    t0 = time.perf_counter()
    for i in range(args.steps):
        step(args.warmup + i)
    seconds = time.perf_counter() - t0
    return args.batch * args.steps / seconds


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--warmup", type=int, default=10)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    contiguous = measure(False, args)
    channels_last = measure(True, args)
    best = max(contiguous, channels_last)
    print(json.dumps({"images_per_s": best, "contiguous": contiguous, "channels_last": channels_last,
                      "torch": torch.__version__, "threads": torch.get_num_threads()}))


if __name__ == "__main__":
    main()
