#!/usr/bin/python3
"""Writes a Hugging Face GPT-2 folder for the tests: the layout a user who downloaded "gpt2"
brings (config.json with the Hugging Face keys, model.safetensors with Conv1D weights stored
[in, out] and the "transformer." prefix, vocab.json and merges.txt), with the real GPT-2
tokenizer files and small random weights, so that it loads as a real checkpoint would without
being 500 MB.

Needs only Python's standard library:
    /usr/bin/python3 make_gpt2_folder.py OUT --tokenizer ../shared/data/gpt2 [--embd 64 --layers 2]
"""
import argparse
import array
import json
import os
import random
import shutil
import struct
import sys


def write_safetensors(path, tensors):
    header = {"__metadata__": {"format": "pt"}}
    offset = 0
    blobs = []
    for name, shape, values in tensors:
        if sys.byteorder != "little":
            values.byteswap()
        data = values.tobytes()
        header[name] = {"dtype": "F32", "shape": shape, "data_offsets": [offset, offset + len(data)]}
        offset += len(data)
        blobs.append(data)
    text = json.dumps(header).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for blob in blobs:
            f.write(blob)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--tokenizer", required=True, help="a folder with encoder.json + vocab.bpe or vocab.json + merges.txt")
    parser.add_argument("--embd", type=int, default=64)
    parser.add_argument("--layers", type=int, default=2)
    parser.add_argument("--heads", type=int, default=2)
    parser.add_argument("--positions", type=int, default=128)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    pairs = [("encoder.json", "vocab.json"), ("vocab.bpe", "merges.txt")]
    if not os.path.exists(os.path.join(args.tokenizer, "encoder.json")):
        pairs = [("vocab.json", "vocab.json"), ("merges.txt", "merges.txt")]
    for source, target in pairs:
        shutil.copyfile(os.path.join(args.tokenizer, source), os.path.join(args.out, target))
    with open(os.path.join(args.out, "vocab.json"), encoding="utf-8") as f:
        vocab = len(json.load(f))

    e, n = args.embd, args.positions
    rng = random.Random(args.seed)

    def normal(*shape, mean=0.0, scale=0.02):
        # uniform with the standard deviation asked for: cheap, and all a loader test needs
        count = 1
        for d in shape:
            count *= d
        half = scale * 3 ** 0.5
        return list(shape), array.array("f", [mean + rng.uniform(-half, half) for _ in range(count)])

    def lower_triangle(size):
        values = array.array("f", [1.0 if j <= i else 0.0 for i in range(size) for j in range(size)])
        return [1, 1, size, size], values

    tensors = [("transformer.wte.weight", normal(vocab, e)), ("transformer.wpe.weight", normal(n, e, scale=0.01))]
    for i in range(args.layers):
        p = "transformer.h.%d." % i
        tensors += [
            (p + "ln_1.weight", normal(e, mean=1.0)), (p + "ln_1.bias", normal(e)),
            (p + "attn.c_attn.weight", normal(e, 3 * e)), (p + "attn.c_attn.bias", normal(3 * e)),
            (p + "attn.c_proj.weight", normal(e, e)), (p + "attn.c_proj.bias", normal(e)),
            (p + "ln_2.weight", normal(e, mean=1.0)), (p + "ln_2.bias", normal(e)),
            (p + "mlp.c_fc.weight", normal(e, 4 * e)), (p + "mlp.c_fc.bias", normal(4 * e)),
            (p + "mlp.c_proj.weight", normal(4 * e, e)), (p + "mlp.c_proj.bias", normal(e)),
            # the causal-mask buffer real GPT-2 files carry
            (p + "attn.bias", lower_triangle(n)),
        ]
    tensors += [("transformer.ln_f.weight", normal(e, mean=1.0)), ("transformer.ln_f.bias", normal(e))]
    write_safetensors(os.path.join(args.out, "model.safetensors"), [(name, *t) for name, t in tensors])

    config = {
        "architectures": ["GPT2LMHeadModel"], "model_type": "gpt2", "activation_function": "gelu_new",
        "vocab_size": vocab, "n_positions": n, "n_ctx": n, "n_embd": e, "n_layer": args.layers,
        "n_head": args.heads, "layer_norm_epsilon": 1e-5, "bos_token_id": 50256, "eos_token_id": 50256,
    }
    with open(os.path.join(args.out, "config.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)


if __name__ == "__main__":
    main()
