#!/usr/bin/env python3
"""Builds tests/fixtures/hf-gpt2-tiny/: a tiny randomly initialised Hugging Face GPT2LMHeadModel
saved with save_pretrained (config.json + model.safetensors), and expected.json with its logits
for a fixed prompt and its greedy continuation, computed by transformers itself.

The C++ test tst_hf_gpt2_fixture compares the engine against these files and skips while they are
absent. Needs transformers + torch (present on the GPU machines; no network: the config is random):

    python3 tests/python/make_hf_gpt2_fixture.py [OUT_DIR]
"""
import json
import os
import sys

import torch
import transformers
from transformers import GPT2Config, GPT2LMHeadModel

PROMPT = [3, 17, 42, 0, 60, 5, 9, 33, 21, 96, 1, 77]
GREEDY_TOKENS = 10


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "fixtures", "hf-gpt2-tiny")
    os.makedirs(out, exist_ok=True)

    torch.manual_seed(20240601)
    config = GPT2Config(
        vocab_size=97,
        n_positions=32,
        n_embd=32,
        n_layer=2,
        n_head=4,
        activation_function="gelu_new",
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        # Larger than GPT-2's 0.02 so the logits differ clearly between tokens.
        initializer_range=0.2,
    )
    model = GPT2LMHeadModel(config).eval()
    with torch.no_grad():
        # GPT-2 initialises biases to zero and LayerNorms to (1, 0); perturb them so the
        # comparison exercises every tensor.
        for name, p in model.named_parameters():
            if name.endswith(".bias") or ".ln_" in name or name.startswith("transformer.ln_f"):
                p.add_(0.1 * torch.randn_like(p))
    model.save_pretrained(out, safe_serialization=True)

    ids = torch.tensor([PROMPT])
    with torch.no_grad():
        logits = model(ids).logits[0]
        generated = model.generate(ids, max_new_tokens=GREEDY_TOKENS, do_sample=False, pad_token_id=0,
                                   attention_mask=torch.ones_like(ids))
    expected = {
        "prompt": PROMPT,
        "logits": logits.tolist(),
        "greedy": generated[0, len(PROMPT):].tolist(),
        "transformers": transformers.__version__,
        "torch": torch.__version__,
    }
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(expected, f)
    print("wrote", out)


if __name__ == "__main__":
    main()
