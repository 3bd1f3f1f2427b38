#!/usr/bin/env python3
"""Exports sentence-transformers/all-MiniLM-L6-v2 (the study's sentence encoder) to a folder that
dlrepro's embedding scorer reads. dlrepro never downloads models: run this with your own Python,
which needs `torch` and `transformers` and, the first time, internet access (or a local copy of
the model: pass its folder instead of the name).

    python3 export_minilm.py ~/.local/share/dlrepro/minilm
    python3 export_minilm.py ~/models/minilm --model /path/to/all-MiniLM-L6-v2

then point dlrepro at the folder: Settings > Hints > embedding model folder (the setting
hints/embeddingModelDir), or DLREPRO_EMBEDDING_MODEL=~/.local/share/dlrepro/minilm for the CLI
(`dlrepro-cli hints --scorer embedding REPORT`).

The folder gets model.pt (the BERT encoder traced with TorchScript: input_ids, attention_mask,
token_type_ids -> last hidden state first), vocab.txt, and dlrepro-model.json (lower-casing and
the 256-token limit that sentence-transformers uses for this model). Mean pooling and the
normalisation are dlrepro's (they are not part of the traced model), as in Sentence-BERT.
With --check the script compares the export with sentence-transformers' own embeddings.
"""
import argparse
import json
import os
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir", help="folder to write model.pt, vocab.txt and dlrepro-model.json to")
    ap.add_argument("--model", default="sentence-transformers/all-MiniLM-L6-v2",
                    help="Hugging Face model name or local folder (default: %(default)s)")
    ap.add_argument("--max-length", type=int, default=256,
                    help="tokens per sentence, [CLS] and [SEP] included (all-MiniLM-L6-v2: 256)")
    ap.add_argument("--check", action="store_true",
                    help="compare with sentence-transformers (needs the sentence_transformers package)")
    args = ap.parse_args()

    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as e:
        sys.exit("export_minilm.py needs torch and transformers in this Python (%s)" % e)

    os.makedirs(args.out_dir, exist_ok=True)
    tokenizer = AutoTokenizer.from_pretrained(args.model)
    model = AutoModel.from_pretrained(args.model, torchscript=True).eval()

    example = tokenizer(["An example sentence to trace the encoder with.", "A second, longer one: shapes vary."],
                        padding=True, return_tensors="pt")
    inputs = (example["input_ids"], example["attention_mask"], example["token_type_ids"])
    with torch.no_grad():
        traced = torch.jit.trace(model, inputs, strict=False)
    traced.save(os.path.join(args.out_dir, "model.pt"))

    # vocab.txt in BERT's layout (one token per line, the id is the line number).
    tokenizer.save_vocabulary(args.out_dir)
    lower = bool(getattr(tokenizer, "do_lower_case", True))
    with open(os.path.join(args.out_dir, "dlrepro-model.json"), "w") as f:
        json.dump({"model": "model.pt", "vocab": "vocab.txt", "lower_case": lower,
                   "max_length": args.max_length, "source": args.model}, f, indent=2)

    # The traced model must agree with the eager one, including on another sequence length.
    probe = tokenizer(["The input data shape is (32, 28, 28) but the model expects 4 dimensions."],
                      return_tensors="pt")
    probe_inputs = (probe["input_ids"], probe["attention_mask"], probe["token_type_ids"])
    with torch.no_grad():
        a = model(*probe_inputs)[0]
        b = torch.jit.load(os.path.join(args.out_dir, "model.pt"))(*probe_inputs)[0]
    diff = (a - b).abs().max().item()
    print("exported %s to %s (max difference traced/eager %.2e)" % (args.model, args.out_dir, diff))
    if diff > 1e-4:
        sys.exit("the traced model differs from the eager one; do not use this export")

    if args.check:
        from sentence_transformers import SentenceTransformer
        st = SentenceTransformer(args.model)
        sentences = ["data shape", "I get NaN loss after 3 epochs with learning rate 0.01"]
        expected = st.encode(sentences, convert_to_tensor=True, normalize_embeddings=True)
        enc = tokenizer(sentences, padding=True, truncation=True, max_length=args.max_length, return_tensors="pt")
        with torch.no_grad():
            hidden = torch.jit.load(os.path.join(args.out_dir, "model.pt"))(
                enc["input_ids"], enc["attention_mask"], enc["token_type_ids"])[0]
        mask = enc["attention_mask"].unsqueeze(-1).float()
        pooled = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9), dim=1)
        print("max difference to sentence-transformers: %.2e" % (pooled - expected.cpu()).abs().max().item())


if __name__ == "__main__":
    main()
