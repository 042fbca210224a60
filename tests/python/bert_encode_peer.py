#!/usr/bin/python3
"""Benchmark peer for genlab-bench masked: the same BERT weights run the way Hugging Face's
BertModel runs them in PyTorch (separate query/key/value nn.Linear products, heads split with
view/permute, the additive attention mask always applied, post-LayerNorm residuals, exact GELU),
then sentence-transformers' pooling (mean over real tokens or [CLS]) and normalisation, under
torch.inference_mode.

    /usr/bin/python3 bert_encode_peer.py --weights model.safetensors --config config.json \
        --inputs inputs.json --threads 1 [--pooling mean|cls] [--normalize]

inputs.json: {"batch1": [ids], "batch32": [[ids], ...], "varied": [[ids], ...], "reps1": N, "reps32": N}.
Prints JSON: {"batch1_seq_per_s", "batch32_seq_per_s", "varied_sentences_per_s",
"first_vector": the pooled vector of batch32's first sentence, "torch", "threads"}.
Rates are from the median time of the repetitions (batch 1 after one warm-up pass).
"""
import argparse
import json
import math
import struct
import time

import torch
import torch.nn.functional as F

FLOATS = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16}


def read_float_tensors(path):
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + n].decode("utf-8"))
    out = {}
    for name, info in header.items():
        if name == "__metadata__" or info["dtype"] not in FLOATS:
            continue
        begin, end = info["data_offsets"]
        raw = bytearray(data[8 + n + begin:8 + n + end])
        out[name] = torch.frombuffer(raw, dtype=FLOATS[info["dtype"]]).reshape(info["shape"]).float().contiguous()
    return out


class BertEncoder:
    def __init__(self, tensors, config):
        prefix = "bert." if any(k.startswith("bert.") for k in tensors) else ""

        def get(name):
            return tensors[prefix + name]

        self.heads = config["num_attention_heads"]
        self.eps = config.get("layer_norm_eps", 1e-12)
        self.word = get("embeddings.word_embeddings.weight")
        self.pos = get("embeddings.position_embeddings.weight")
        self.type = get("embeddings.token_type_embeddings.weight")
        self.emb_ln = (get("embeddings.LayerNorm.weight"), get("embeddings.LayerNorm.bias"))
        self.layers = []
        for i in range(config["num_hidden_layers"]):
            p = "encoder.layer.%d." % i
            self.layers.append({k: get(p + k) for k in (
                "attention.self.query.weight", "attention.self.query.bias", "attention.self.key.weight",
                "attention.self.key.bias", "attention.self.value.weight", "attention.self.value.bias",
                "attention.output.dense.weight", "attention.output.dense.bias", "attention.output.LayerNorm.weight",
                "attention.output.LayerNorm.bias", "intermediate.dense.weight", "intermediate.dense.bias",
                "output.dense.weight", "output.dense.bias", "output.LayerNorm.weight", "output.LayerNorm.bias")})

    def forward(self, ids, mask):
        b, t = ids.shape
        e = self.word.shape[1]
        h = self.heads
        d = e // h
        token_types = torch.zeros_like(ids)
        x = self.word[ids] + self.type[token_types] + self.pos[:t]
        x = F.layer_norm(x, (e,), self.emb_ln[0], self.emb_ln[1], self.eps)
        extended = (1.0 - mask[:, None, None, :].to(x.dtype)) * torch.finfo(x.dtype).min

        def split(z):
            return z.view(b, t, h, d).permute(0, 2, 1, 3)

        for w in self.layers:
            q = split(F.linear(x, w["attention.self.query.weight"], w["attention.self.query.bias"]))
            k = split(F.linear(x, w["attention.self.key.weight"], w["attention.self.key.bias"]))
            v = split(F.linear(x, w["attention.self.value.weight"], w["attention.self.value.bias"]))
            scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + extended
            probs = torch.softmax(scores, dim=-1)
            context = torch.matmul(probs, v).permute(0, 2, 1, 3).contiguous().view(b, t, e)
            a = F.linear(context, w["attention.output.dense.weight"], w["attention.output.dense.bias"])
            x = F.layer_norm(a + x, (e,), w["attention.output.LayerNorm.weight"],
                             w["attention.output.LayerNorm.bias"], self.eps)
            f = F.gelu(F.linear(x, w["intermediate.dense.weight"], w["intermediate.dense.bias"]))
            o = F.linear(f, w["output.dense.weight"], w["output.dense.bias"])
            x = F.layer_norm(o + x, (e,), w["output.LayerNorm.weight"], w["output.LayerNorm.bias"], self.eps)
        return x


def embed(model, sequences, pooling, normalize, batch=32):
    """Pooled vectors in input order: sorted by length, batches padded with 0 and masked."""
    order = sorted(range(len(sequences)), key=lambda i: len(sequences[i]))
    out = [None] * len(sequences)
    for start in range(0, len(order), batch):
        chunk = order[start:start + batch]
        longest = max(len(sequences[i]) for i in chunk)
        ids = torch.zeros(len(chunk), longest, dtype=torch.long)
        mask = torch.zeros(len(chunk), longest, dtype=torch.long)
        for row, i in enumerate(chunk):
            s = sequences[i]
            ids[row, :len(s)] = torch.tensor(s)
            mask[row, :len(s)] = 1
        hidden = model.forward(ids, mask)
        if pooling == "cls":
            pooled = hidden[:, 0]
        else:
            m = mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1e-9)
        if normalize:
            pooled = F.normalize(pooled, p=2, dim=1)
        for row, i in enumerate(chunk):
            out[i] = pooled[row]
    return out


def median_seconds(fn, reps):
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--weights", required=True)
    ap.add_argument("--config", required=True)
    ap.add_argument("--inputs", required=True)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--pooling", default="mean", choices=["mean", "cls"])
    ap.add_argument("--normalize", action="store_true")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    with open(args.config, encoding="utf-8") as f:
        config = json.load(f)
    with open(args.inputs, encoding="utf-8") as f:
        inputs = json.load(f)
    model = BertEncoder(read_float_tensors(args.weights), config)
    result = {"torch": torch.__version__, "threads": torch.get_num_threads()}
    with torch.inference_mode():
        one = torch.tensor([inputs["batch1"]], dtype=torch.long)
        ones = torch.ones_like(one)
        model.forward(one, ones)  # warm-up
        result["batch1_seq_per_s"] = 1.0 / median_seconds(lambda: model.forward(one, ones), inputs["reps1"])
        batch = inputs["batch32"]
        vectors = []
        seconds = median_seconds(lambda: vectors.append(embed(model, batch, args.pooling, args.normalize)),
                                 inputs["reps32"])
        result["batch32_seq_per_s"] = len(batch) / seconds
        result["first_vector"] = vectors[-1][0].tolist()
        varied = inputs["varied"]
        seconds = median_seconds(lambda: embed(model, varied, args.pooling, args.normalize), inputs.get("reps_varied", 1))
        result["varied_sentences_per_s"] = len(varied) / seconds
    print(json.dumps(result))


if __name__ == "__main__":
    main()
