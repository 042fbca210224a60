#!/usr/bin/env python3
"""A python3-torch mirror of the studio's small T5 (core/engine/masked/detail/t5net.cpp,
t5training.cpp, spancorruption.cpp), written from T5 / Hugging Face's T5 design, not from our code.

  t5_reference.py ablate  [--model DIR] [--data FILE] [--batches N]
      validation loss and accuracies of a trained model with the true encoder input and with it
      replaced (rows shuffled within the batch; every token [PAD] but one): a decoder that uses the
      encoder loses much more than a decoder that ignores it.
  t5_reference.py compare [--model DIR] TEXT...
      greedy span filling of each text (the same corruption as `genlab corrupt --seed 1`) by this
      mirror and by `genlab corrupt --json`: the output ids must agree.
  t5_reference.py train [--steps N] [--batch B] [--chunk C] [--lr X] [--optimizer adamw|adamw-scale]
                        [--eval-every N]
      the trainer (same windows, corruption, initialisation and AdamW; the learning rate warms up
      and then stays, no cosine), printing the loss per step, to compare with `genlab train t5`
      from the same seed (steps 1 to 5 agree to the digits printed), and with --eval-every the
      validation loss with the true and a shuffled encoder input. adamw-scale: each tensor's step
      times its RMS, as the studio's trainer does by default (T5TrainOptions::scaleStepsByRms);
      adamw: the old plain AdamW.

Run it with Debian's /usr/bin/python3 (python3-torch).

One thread (torch.set_num_threads(1)); no transformers.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import unicodedata

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from safetensors_lite import read_safetensors  # noqa: E402

MASK64 = (1 << 64) - 1
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


# --- seeds and span corruption (T5's random_spans_noise_mask) -----------------------------------

def step_seed(seed, salt):
    z = (seed + 0x9E3779B97F4A7C15 * (salt + 1)) & MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
    return z ^ (z >> 31)


class SplitMix:
    def __init__(self, seed):
        self.state = seed & MASK64

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK64
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK64
        return z ^ (z >> 31)

    def below(self, n):
        limit = MASK64 - (MASK64 % n + 1) % n
        while True:
            r = self.next()
            if r <= limit:
                return r % n


def round_half_even(x):
    import numpy as np
    return int(np.rint(np.float32(x)))


def random_segmentation(items, segments, stream):
    starts = [0] * max(items - 1, 0)
    for i in range(segments - 1):
        starts[i] = 1
    for i in range(len(starts), 1, -1):
        j = stream.below(i)
        starts[i - 1], starts[j] = starts[j], starts[i - 1]
    lengths = [0] * segments
    seg = 0
    lengths[0] = 1
    for s in starts:
        seg += s
        lengths[seg] += 1
    return lengths


def noise_mask(length, density, mean_span, seed):
    import numpy as np
    original = length
    length = max(length, 2)
    noise = min(max(round_half_even(np.float32(length) * np.float32(density)), 1), length - 1)
    spans = min(max(round_half_even(np.float32(noise) / np.float32(mean_span)), 1), length - noise)
    stream = SplitMix(seed)
    noise_lengths = random_segmentation(noise, spans, stream)
    keep_lengths = random_segmentation(length - noise, spans, stream)
    mask = []
    for s in range(spans):
        mask += [False] * keep_lengths[s] + [True] * noise_lengths[s]
    return mask[:original]


def corrupt(ids, mask, sentinels, end_id):
    inp, tgt, k = [], [], 0
    for i, t in enumerate(ids):
        if mask[i]:
            if i == 0 or not mask[i - 1]:
                inp.append(sentinels[k])
                tgt.append(sentinels[k])
                k += 1
            tgt.append(t)
        else:
            inp.append(t)
    tgt.append(sentinels[k])
    return inp + [end_id], tgt + [end_id]


# --- WordPiece (BERT's basic tokenizer, cased, then greedy longest match) ------------------------

def is_punct(ch):
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


class WordPiece:
    def __init__(self, vocab_path):
        with open(vocab_path, encoding="utf-8") as f:
            self.tokens = [line.rstrip("\n") for line in f]
        self.ids = {t: i for i, t in enumerate(self.tokens)}
        self.unk = self.ids["[UNK]"]

    def words(self, text):
        out, cur = [], ""
        for ch in text:
            cp = ord(ch)
            if cp == 0 or cp == 0xFFFD or (unicodedata.category(ch).startswith("C") and ch not in "\t\n\r"):
                continue
            if ch.isspace():
                if cur:
                    out.append(cur)
                cur = ""
            elif is_punct(ch):
                if cur:
                    out.append(cur)
                out.append(ch)
                cur = ""
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def encode(self, text):
        ids = []
        for w in self.words(text):
            if len(w) > 100:
                ids.append(self.unk)
                continue
            pieces, start, bad = [], 0, False
            while start < len(w):
                end, found = len(w), None
                while start < end:
                    sub = w[start:end] if start == 0 else "##" + w[start:end]
                    if sub in self.ids:
                        found = self.ids[sub]
                        break
                    end -= 1
                if found is None:
                    bad = True
                    break
                pieces.append(found)
                start = end
            ids.extend([self.unk] if bad else pieces)
        return ids


# --- the model ----------------------------------------------------------------------------------

def t5_bucket(relative, bidirectional, num_buckets, max_distance):
    """Hugging Face T5Attention._relative_position_bucket on a tensor of key - query."""
    buckets = torch.zeros_like(relative)
    if bidirectional:
        num_buckets //= 2
        buckets = buckets + (relative > 0).long() * num_buckets
        relative = relative.abs()
    else:
        relative = -torch.clamp(relative, max=0)
    max_exact = num_buckets // 2
    is_small = relative < max_exact
    large = max_exact + (torch.log(relative.float() / max_exact) / math.log(max_distance / max_exact)
                         * (num_buckets - max_exact)).long()
    large = torch.clamp(large, max=num_buckets - 1)
    return buckets + torch.where(is_small, relative, large)


class T5:
    def __init__(self, cfg, weights):
        self.c = cfg
        self.w = weights
        self.heads = cfg["num_heads"]
        self.dkv = cfg["d_kv"]
        self.d = cfg["d_model"]
        self.eps = cfg.get("layer_norm_epsilon", 1e-6)
        self.gated = cfg.get("feed_forward_proj", "gated-gelu") == "gated-gelu"

    def norm(self, x, w):
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * w

    def bias(self, table, q, k, bidirectional):
        rel = torch.arange(k)[None, :] - torch.arange(q)[:, None]
        b = t5_bucket(rel, bidirectional, self.c["relative_attention_num_buckets"],
                      self.c["relative_attention_max_distance"])
        return F.embedding(b, table).permute(2, 0, 1)[None]  # [1, H, Q, K]

    def attention(self, p, x, mem, bias):
        B, Q, _ = x.shape
        K = mem.shape[1]
        q = F.linear(x, self.w[p + "q.weight"]).view(B, Q, self.heads, self.dkv).transpose(1, 2)
        k = F.linear(mem, self.w[p + "k.weight"]).view(B, K, self.heads, self.dkv).transpose(1, 2)
        v = F.linear(mem, self.w[p + "v.weight"]).view(B, K, self.heads, self.dkv).transpose(1, 2)
        a = (q @ k.transpose(-1, -2) + bias).softmax(-1)
        return F.linear((a @ v).transpose(1, 2).reshape(B, Q, -1), self.w[p + "o.weight"])

    def ff(self, p, x):
        if self.gated:
            h = F.gelu(F.linear(x, self.w[p + "wi_0.weight"]), approximate="tanh") * F.linear(x, self.w[p + "wi_1.weight"])
        else:
            h = F.relu(F.linear(x, self.w[p + "wi.weight"]))
        return F.linear(h, self.w[p + "wo.weight"])

    def encode(self, ids, keep):
        S = ids.shape[1]
        pad = torch.zeros(keep.shape).masked_fill(~keep, -1e9)[:, None, None, :]
        bias = self.bias(self.w["encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"], S, S, True) + pad
        x = F.embedding(ids, self.w["shared.weight"])
        for i in range(self.c["num_layers"]):
            p = "encoder.block.%d.layer." % i
            n = self.norm(x, self.w[p + "0.layer_norm.weight"])
            x = x + self.attention(p + "0.SelfAttention.", n, n, bias)
            x = x + self.ff(p + "1.DenseReluDense.", self.norm(x, self.w[p + "1.layer_norm.weight"]))
        return self.norm(x, self.w["encoder.final_layer_norm.weight"])

    def decode(self, dec, enc, keep):
        T = dec.shape[1]
        causal = torch.ones(T, T, dtype=torch.bool).triu(1)
        self_bias = self.bias(self.w["decoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight"], T, T, False) \
            + torch.zeros(T, T).masked_fill(causal, -1e9)
        cross = torch.zeros(keep.shape).masked_fill(~keep, -1e9)[:, None, None, :]
        x = F.embedding(dec, self.w["shared.weight"])
        for i in range(self.c["num_decoder_layers"]):
            p = "decoder.block.%d.layer." % i
            n = self.norm(x, self.w[p + "0.layer_norm.weight"])
            x = x + self.attention(p + "0.SelfAttention.", n, n, self_bias)
            x = x + self.attention(p + "1.EncDecAttention.", self.norm(x, self.w[p + "1.layer_norm.weight"]), enc, cross)
            x = x + self.ff(p + "2.DenseReluDense.", self.norm(x, self.w[p + "2.layer_norm.weight"]))
        return self.norm(x, self.w["decoder.final_layer_norm.weight"])

    def logits(self, h):
        return F.linear(h * self.d ** -0.5, self.w["shared.weight"])


def pad_rows(rows, pad):
    width = max(1, max(len(r) for r in rows))
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    keep = torch.zeros((len(rows), width), dtype=torch.bool)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r, dtype=torch.long)
        keep[i, :len(r)] = True
    return ids, keep


def make_batch(ids, begin, end, chunk, rows, seed, density, mean_span, sentinels, pad, end_id):
    count = end - begin - chunk + 1
    inputs, decs, targets = [], [], []
    for r in range(rows):
        rs = step_seed(seed, r)
        off = begin + rs % count
        window = ids[off:off + chunk]
        inp, tgt = corrupt(window, noise_mask(len(window), density, mean_span, step_seed(rs, 1)), sentinels, end_id)
        inputs.append(inp)
        decs.append([pad] + tgt[:-1])
        targets.append(tgt)
    x, keep = pad_rows(inputs, pad)
    d, _ = pad_rows(decs, pad)
    y, ykeep = pad_rows(targets, pad)
    return x, keep, d, y.masked_fill(~ykeep, -100)


def load(model_dir):
    with open(os.path.join(model_dir, "config.json")) as f:
        cfg = json.load(f)
    w = {k: v.float() for k, v in read_safetensors(os.path.join(model_dir, "model.safetensors")).items()}
    return cfg, w, WordPiece(os.path.join(model_dir, "vocab.txt"))


def sentinel_ids(tok, n):
    return [tok.ids["<extra_id_%d>" % k] for k in range(n)]


def word_token(tok, t, sentinels, special):
    """A target token that is a word piece: not a sentinel, special, or punctuation."""
    if t in sentinels or t in special:
        return False
    s = tok.tokens[t]
    s = s[2:] if s.startswith("##") else s
    return any(ch.isalnum() for ch in s)


def measure(model, tok, batches, sentinels, special, encoder_input="true"):
    tot_loss = tot_n = ok = ok_w = n_w = 0
    for x, keep, d, y in batches:
        if encoder_input == "shuffled":  # another row's input
            perm = torch.roll(torch.arange(x.shape[0]), 1)
            x, keep = x[perm], keep[perm]
        elif encoder_input == "blank":  # only the end token
            x = torch.full_like(x, 0)
            keep = torch.zeros_like(keep)
            x[:, 0] = model.c["eos_token_id"]
            keep[:, 0] = True
        with torch.no_grad():
            logits = model.logits(model.decode(d, model.encode(x, keep), keep))
        flat, lab = logits.view(-1, logits.shape[-1]), y.view(-1)
        valid = lab.ne(-100)
        tot_loss += F.cross_entropy(flat, lab, ignore_index=-100, reduction="sum").item()
        tot_n += valid.sum().item()
        pred = flat.argmax(-1)
        ok += (pred.eq(lab) & valid).sum().item()
        words = torch.tensor([bool(v) and word_token(tok, int(t), sentinels, special) for t, v in zip(lab.tolist(), valid.tolist())])
        n_w += words.sum().item()
        ok_w += (pred.eq(lab) & words).sum().item()
    return tot_loss / tot_n, ok / tot_n, ok_w / max(1, n_w), n_w / tot_n


def validation_batches(tok, data, cfg, n, rows=32, seed=1337):
    with open(data, encoding="utf-8", errors="replace") as f:
        ids = tok.encode(f.read())
    split = len(ids) - int(len(ids) * 0.1)
    tr = cfg.get("training", {})
    chunk = tr.get("chunk_tokens", 64)
    sentinels = sentinel_ids(tok, cfg["num_sentinels"])
    return [make_batch(ids, split, len(ids), chunk, rows, step_seed(seed ^ 0xBEEF, i), tr.get("noise_density", 0.15),
                       tr.get("mean_span_length", 3.0), sentinels, cfg["pad_token_id"], cfg["eos_token_id"])
            for i in range(n)]


def cmd_ablate(a):
    cfg, w, tok = load(a.model)
    model = T5(cfg, w)
    sentinels = set(sentinel_ids(tok, cfg["num_sentinels"]))
    special = {tok.ids[s] for s in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")}
    batches = validation_batches(tok, a.data, cfg, a.batches)
    for kind in ("true", "shuffled", "blank"):
        loss, acc, acc_w, share_w = measure(model, tok, batches, sentinels, special, kind)
        print("encoder input %-8s  val loss %.3f  target tokens right %5.1f %%  word tokens right %5.1f %%"
              "  (words are %.0f %% of the targets)" % (kind, loss, 100 * acc, 100 * acc_w, 100 * share_w))


def greedy(model, inp, max_tokens, sentinels, pad, end_id):
    x, keep = pad_rows([inp], pad)
    enc = model.encode(x, keep)
    last_sentinel = max([sentinels.index(t) for t in inp if t in sentinels], default=-1)
    out = []
    for _ in range(max_tokens):
        d = torch.tensor([[pad] + out])
        logit = model.logits(model.decode(d, enc, keep))[0, -1]
        logit[pad] = -float("inf")
        nxt = int(logit.argmax())
        if nxt == end_id:
            break
        out.append(nxt)
        if nxt in sentinels and sentinels.index(nxt) > last_sentinel:
            break
    return out


def cmd_compare(a):
    cfg, w, tok = load(a.model)
    model = T5(cfg, w)
    sentinels = sentinel_ids(tok, cfg["num_sentinels"])
    bad = 0
    for text in a.texts:
        ours = json.loads(subprocess.run([a.genlab, "corrupt", "--model", a.model, "--seed", str(a.seed), "--json", text],
                                         check=True, capture_output=True, text=True).stdout)
        ids = tok.encode(text)
        mask = noise_mask(len(ids), 0.15, 3.0, a.seed)
        inp, _ = corrupt(ids, mask, sentinels, cfg["eos_token_id"])
        with torch.no_grad():
            out = greedy(model, inp, 64, sentinels, cfg["pad_token_id"], cfg["eos_token_id"])
        same_in = inp == ours["input_ids"]
        same_out = out == ours["fill"]["output_ids"]
        bad += not (same_in and same_out)
        print("%s input %s, output %s: %s" % ("OK " if same_in and same_out else "BAD", "same" if same_in else "differs",
                                              "same" if same_out else "differs", " ".join(tok.tokens[t] for t in out)))
    sys.exit(1 if bad else 0)


def init_weights(cfg, seed):
    """T5's initialisation, drawn in t5net.cpp's order from one CPU generator."""
    g = torch.Generator().manual_seed(seed)
    d, dkv, h, dff = cfg["d_model"], cfg["d_kv"], cfg["num_heads"], cfg["d_ff"]
    inner = h * dkv
    w = {}

    def normal(name, shape, std):
        w[name] = torch.empty(shape).normal_(0.0, std, generator=g)

    normal("shared.weight", (cfg["vocab_size"], d), 1.0)
    normal("encoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight", (32, h), d ** -0.5)
    normal("decoder.block.0.layer.0.SelfAttention.relative_attention_bias.weight", (32, h), d ** -0.5)
    for stack, layers in (("encoder", cfg["num_layers"]), ("decoder", cfg["num_decoder_layers"])):
        for i in range(layers):
            p = "%s.block.%d.layer." % (stack, i)
            atts = ["0.SelfAttention."] + (["1.EncDecAttention."] if stack == "decoder" else [])
            for att in atts:
                normal(p + att + "q.weight", (inner, d), (d * dkv) ** -0.5)
                normal(p + att + "k.weight", (inner, d), d ** -0.5)
                normal(p + att + "v.weight", (inner, d), d ** -0.5)
                normal(p + att + "o.weight", (d, inner), inner ** -0.5)
            f = p + ("2." if stack == "decoder" else "1.")
            for n in range(3 if stack == "decoder" else 2):
                w[p + "%d.layer_norm.weight" % n] = torch.ones(d)
            normal(f + "DenseReluDense.wi_0.weight", (dff, d), d ** -0.5)
            normal(f + "DenseReluDense.wi_1.weight", (dff, d), d ** -0.5)
            normal(f + "DenseReluDense.wo.weight", (d, dff), dff ** -0.5)
        w[stack + ".final_layer_norm.weight"] = torch.ones(d)
    return w


def evaluate(model, tok, cfg, ids, split, sentinels, chunk, step, batches=4):
    vb = [make_batch(ids, split, len(ids), chunk, 32, step_seed(1337 ^ 0xBEEF, i), 0.15, 3.0, sentinels, 0,
                     cfg["eos_token_id"]) for i in range(batches)]
    special = {tok.ids[s] for s in ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")}
    loss, acc, acc_w, _ = measure(model, tok, vb, set(sentinels), special, "true")
    shuffled, _, _, _ = measure(model, tok, vb, set(sentinels), special, "shuffled")
    print("eval step %d  val loss %.3f (shuffled encoder input %.3f)  target tokens right %.1f %%  word tokens right %.1f %%"
          % (step, loss, shuffled, 100 * acc, 100 * acc_w), flush=True)


def cmd_train(a):
    tok = WordPiece(a.vocab)
    cfg = {"d_model": 128, "d_kv": 32, "num_heads": 4, "d_ff": 256, "num_layers": 3, "num_decoder_layers": 3,
           "vocab_size": len(tok.tokens), "relative_attention_num_buckets": 32, "relative_attention_max_distance": 128,
           "feed_forward_proj": "gated-gelu", "pad_token_id": 0, "eos_token_id": tok.ids["[SEP]"], "num_sentinels": 32}
    w = init_weights(cfg, a.seed)
    for t in w.values():
        t.requires_grad_(True)
    model = T5(cfg, w)
    with open(a.data, encoding="utf-8", errors="replace") as f:
        ids = tok.encode(f.read())
    split = len(ids) - int(len(ids) * 0.1)
    sentinels = sentinel_ids(tok, 32)
    m = {k: torch.zeros_like(v) for k, v in w.items()}
    v2 = {k: torch.zeros_like(v) for k, v in w.items()}
    for step in range(1, a.steps + 1):
        x, keep, d, y = make_batch(ids, 0, split, a.chunk, a.batch, step_seed(a.seed, step), 0.15, 3.0, sentinels, 0,
                                   cfg["eos_token_id"])
        logits = model.logits(model.decode(d, model.encode(x, keep), keep))
        loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), y.view(-1), ignore_index=-100)
        for t in w.values():
            t.grad = None
        loss.backward()
        with torch.no_grad():
            norm = math.sqrt(sum(t.grad.pow(2).sum().item() for t in w.values()))
            if norm > a.clip:
                for t in w.values():
                    t.grad.mul_(a.clip / (norm + 1e-6))
            lr = a.lr * step / a.warmup if step <= a.warmup else a.lr  # the warm-up part of the schedule
            c1, c2 = 1 - 0.9 ** step, 1 - 0.99 ** step
            for k, t in w.items():
                g = t.grad
                m[k].mul_(0.9).add_(g, alpha=0.1)
                v2[k].mul_(0.99).addcmul_(g, g, value=0.01)
                if t.dim() >= 2 and "relative_attention_bias" not in k:
                    t.mul_(1 - lr * a.wd)
                # adamw-scale: Adafactor's relative step, the step scaled by the tensor's RMS
                scale = max(1e-3, t.pow(2).mean().sqrt().item()) if a.optimizer == "adamw-scale" else 1.0
                t.addcdiv_(m[k], (v2[k] / c2).sqrt().add(1e-8), value=-lr * scale / c1)
        if step <= 5 or step % a.print_every == 0:
            print("step %d loss %.6f grad_norm %.6f lr %.2e" % (step, loss.item(), norm, lr), flush=True)
        if a.eval_every and (step % a.eval_every == 0 or step == a.steps):
            evaluate(model, tok, cfg, ids, split, sentinels, a.chunk, step)


def main():
    torch.set_num_threads(1)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    default_model = os.path.join(ROOT, "resources", "models", "t5-shakespeare")
    default_data = os.path.join(ROOT, "..", "shared", "data", "tinyshakespeare", "input.txt")
    p = sub.add_parser("ablate")
    p.add_argument("--model", default=default_model)
    p.add_argument("--data", default=default_data)
    p.add_argument("--batches", type=int, default=8)
    p.set_defaults(fn=cmd_ablate)
    p = sub.add_parser("compare")
    p.add_argument("--model", default=default_model)
    p.add_argument("--genlab", default=os.path.join(ROOT, "build", "app", "genlab"))
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("texts", nargs="+")
    p.set_defaults(fn=cmd_compare)
    p = sub.add_parser("train")
    p.add_argument("--data", default=default_data)
    p.add_argument("--vocab", default=os.path.join(default_model, "vocab.txt"))
    p.add_argument("--steps", type=int, default=5)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--chunk", type=int, default=64)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--warmup", type=int, default=150)
    p.add_argument("--wd", type=float, default=0.01)
    p.add_argument("--clip", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=1337)
    p.add_argument("--optimizer", choices=("adamw", "adamw-scale"), default="adamw")
    p.add_argument("--eval-every", type=int, default=0)
    p.add_argument("--print-every", type=int, default=50)
    p.set_defaults(fn=cmd_train)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
