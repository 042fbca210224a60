#!/usr/bin/python3
"""Python peer for `genlab-bench gan`: trains the GAN lab's image DCGAN in PyTorch.

The same networks as core/engine/gan (the shipped gan-digits configuration by default: 28x28x1,
class-conditional on 10 classes, noise 64, base width 32):
  G: [z | one-hot(y)] -> Linear (no bias) -> [2b, 7, 7], BatchNorm2d, ReLU,
     ConvTranspose2d(2b, b, 4, 2, 1, bias=False), BatchNorm2d, ReLU,
     ConvTranspose2d(b, C, 4, 2, 1, bias=False), tanh
  D: [image | one constant plane per class] -> Conv2d(C+K, b, 4, 2, 1), LeakyReLU(0.2),
     Conv2d(b, 2b, 4, 2, 1), LeakyReLU(0.2), Linear(2b*7*7, 1)
Non-saturating loss (softplus), one D step per G step, Adam(lr 2e-4, betas 0.5, 0.999) for both,
the fakes of the D step reused for the G step with D frozen, as PyTorch's DCGAN example trains.
Written the way a PyTorch user would write it; prints one JSON line with G steps per second.

usage: gan_peer.py [--threads N] [--batch B] [--steps S] [--warmup W] [--latent N] [--width N]
                   [--unconditional]
"""
import argparse
import json
import time

import torch
import torch.nn as nn
import torch.nn.functional as F


class Generator(nn.Module):
    def __init__(self, latent, base, channels, classes):
        super().__init__()
        self.classes = classes
        self.base = base
        self.fc = nn.Linear(latent + classes, 2 * base * 7 * 7, bias=False)
        self.bn_in = nn.BatchNorm2d(2 * base)
        self.up0 = nn.ConvTranspose2d(2 * base, base, 4, 2, 1, bias=False)
        self.bn0 = nn.BatchNorm2d(base)
        self.up1 = nn.ConvTranspose2d(base, channels, 4, 2, 1, bias=False)

    def forward(self, z, y):
        if self.classes:
            z = torch.cat([z, F.one_hot(y, self.classes).float()], 1)
        h = F.relu(self.bn_in(self.fc(z).view(-1, 2 * self.base, 7, 7)))
        h = F.relu(self.bn0(self.up0(h)))
        return torch.tanh(self.up1(h))


class Discriminator(nn.Module):
    def __init__(self, base, channels, classes):
        super().__init__()
        self.classes = classes
        self.conv0 = nn.Conv2d(channels + classes, base, 4, 2, 1)
        self.conv1 = nn.Conv2d(base, 2 * base, 4, 2, 1)
        self.out = nn.Linear(2 * base * 7 * 7, 1)

    def forward(self, x, y):
        if self.classes:
            planes = F.one_hot(y, self.classes).float()[:, :, None, None].expand(-1, -1, x.shape[2], x.shape[3])
            x = torch.cat([x, planes], 1)
        h = F.leaky_relu(self.conv0(x), 0.2)
        h = F.leaky_relu(self.conv1(h), 0.2)
        return self.out(h.flatten(1)).view(-1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--steps", type=int, default=60)
    p.add_argument("--warmup", type=int, default=10)
    p.add_argument("--latent", type=int, default=64)
    p.add_argument("--width", type=int, default=32)
    p.add_argument("--unconditional", action="store_true")
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    classes = 0 if args.unconditional else 10
    g = Generator(args.latent, args.width, 1, classes)
    d = Discriminator(args.width, 1, classes)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    data = torch.rand(2048, 1, 28, 28) * 2 - 1
    labels = torch.randint(0, max(classes, 1), (2048,))
    batches = data.shape[0] // args.batch

    def step(i):
        j = i % batches
        x = data[j * args.batch:(j + 1) * args.batch]
        y = labels[j * args.batch:(j + 1) * args.batch]
        z = torch.randn(args.batch, args.latent)
        fy = torch.randint(0, max(classes, 1), (args.batch,))
        fake = g(z, fy)
        for q in d.parameters():
            q.requires_grad_(True)
        d_loss = F.softplus(-d(x, y)).mean() + F.softplus(d(fake.detach(), fy)).mean()
        opt_d.zero_grad()
        d_loss.backward()
        opt_d.step()
        for q in d.parameters():
            q.requires_grad_(False)
        g_loss = F.softplus(-d(fake, fy)).mean()
        opt_g.zero_grad()
        g_loss.backward()
        opt_g.step()
        return d_loss.item(), g_loss.item()

    for i in range(args.warmup):
        step(i)
    t0 = time.perf_counter()
    for i in range(args.steps):
        step(args.warmup + i)
    seconds = time.perf_counter() - t0
    print(json.dumps({"steps_per_s": args.steps / seconds, "batch": args.batch, "threads": args.threads,
                      "torch": torch.__version__}))


if __name__ == "__main__":
    main()
