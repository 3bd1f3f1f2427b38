#!/usr/bin/python3
"""Test fixture for dlrepro-tensor: a tiny BERT-shaped TorchScript encoder, its vocabulary, and
the reference answers the C++ must reproduce.

    /usr/bin/python3 tiny_bert.py OUTDIR

writes OUTDIR/model/{model.pt, vocab.txt, dlrepro-model.json} and OUTDIR/reference.json:
{"sentences": [...], "ids": [[...]], "embed_sentences": [...], "embeddings": [[...]]}.
The WordPiece reference below is google-research/bert's tokenization.py (with Hugging Face's
wider _is_control), written out again here so that the C++ is checked against an independent
implementation. Everything is seeded: the files are the same on every run.
"""
import json
import os
import random
import sys
import unicodedata

import torch
from torch import nn

# --- Reference tokenizer --------------------------------------------------------------------


def is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def is_control(c):
    return c not in "\t\n\r" and unicodedata.category(c).startswith("C")


def is_punctuation(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def is_chinese(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokens(text, lower=True):
    out = []
    for c in text:
        cp = ord(c)
        if cp == 0 or cp == 0xFFFD or is_control(c):
            continue
        if is_whitespace(c):
            out.append(" ")
        elif is_chinese(cp):
            out.append(" " + c + " ")
        else:
            out.append(c)
    tokens = []
    for tok in "".join(out).split():
        if lower:
            tok = tok.lower()
            tok = "".join(c for c in unicodedata.normalize("NFD", tok) if unicodedata.category(c) != "Mn")
        cur = ""
        for c in tok:
            if is_punctuation(c):
                if cur:
                    tokens.append(cur)
                tokens.append(c)
                cur = ""
            else:
                cur += c
        if cur:
            tokens.append(cur)
    return tokens


def wordpiece(word, vocab, max_chars=100):
    if len(word) > max_chars:
        return ["[UNK]"]
    pieces, start = [], 0
    while start < len(word):
        end, found = len(word), None
        while start < end:
            sub = ("##" if start > 0 else "") + word[start:end]
            if sub in vocab:
                found = sub
                break
            end -= 1
        if found is None:
            return ["[UNK]"]
        pieces.append(found)
        start = end
    return pieces


def encode(text, vocab, max_length):
    pieces = [p for t in basic_tokens(text) for p in wordpiece(t, vocab)]
    pieces = pieces[: max_length - 2]
    return [vocab["[CLS]"]] + [vocab[p] for p in pieces] + [vocab["[SEP]"]]


# --- Sentences --------------------------------------------------------------------------------

HANDWRITTEN = [
    "The input data shape is (32, 28, 28) but the model expects 4 dimensions.",
    "I get NaN loss after 3 epochs with learning rate 0.01!",
    "RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x512 and 256x10)",
    "Café, naïve résumé: Übergröße straße ÀÉÎÕÜ ç Ñandú.",
    "ΟΔΥΣΣΕΥΣ ΣΑΣ λόγος Ἀθῆναι",
    "İstanbul ıi ǅ ǈ ß ẞ ﬁ ﬂ Ωmega",
    "我的模型在训练时损失不下降。数据形状是(100, 3)。",
    "日本語のテキストと漢字が混ざっています。",
    "한국어 문장도 있습니다 모델",
    "emoji 🤖 and symbols ∑ ∫ √ ≤ ≥ ± € £ ¥ © ® ™ § ¶",
    "quotes “double” ‘single’ «guillemets» „low” — dashes – and … ellipsis",
    "tabs\tand\nnewlines\r\nand  multiple   spaces",
    "zero\u200bwidth\u200dand\ufeffbom and soft\u00adhyphen",
    "control\x07chars\x1bremoved\x00here",
    "a" * 101 + " short",
    "Supercalifragilisticexpialidocious antidisestablishmentarianism pneumonoultramicroscopic",
    "torch.nn.functional.cross_entropy(logits, y) -> tensor(2.3026)",
    "model.fit(x_train, y_train, batch_size=64, epochs=10, validation_split=0.2)",
    "C:\\Users\\alice\\train.py line 42 in <module>",
    "https://stackoverflow.com/questions/12345/why-is-my-loss-nan?rq=1#answer",
    "100% accuracy on train, 50.5% on val; what's wrong??",
    "I've tried   everything: dropout, L2, BatchNorm1d(256)...",
    "",
    "   ",
    "[CLS] [SEP] [UNK] are just words here",
    "x" * 100,
    "ﬀ ligature ﬃ and fullwidth ＡＢＣ１２３ and superscript x² and ℌ",
    "Ωmega ohm Ω kelvin K angstrom Å",
    "Ṩ ṩ Ḝ ḝ ẫ Ỗ ǖ Ǘ ȁ Ȃ ḉ",
    "Россия модель обучение Ёлка ЙОД",
    "עברית ועוד العربية مع التشكيل مُحَمَّد",
    "हिन्दी पाठ ज़्यादा",
    "combining e\u0301 a\u0308 o\u0302\u0323 marks",
]

WORDS = ("the a model layer layers loss data shape type tensor input output batch size learning rate "
         "optimizer epoch epochs training evaluation error logs neural network architecture neurons "
         "activation functions dense conv2d lstm relu sigmoid softmax gradient vanishing exploding nan "
         "accuracy validation dataset label labels float32 int64 cuda gpu cpu keras pytorch tensorflow "
         "numpy reshape flatten embedding dropout normalization convergence overfitting underfitting "
         "mismatch dimension dimensions expected got received argument").split()
ODD = ["naïve", "Zürich", "élève", "Ångström", "façade", "Ærøskøbing", "piñata", "coöperate",
       "模型", "数据", "训练", "カタカナ", "ひらがな", "한국", "Ωmega", "ΣΟΦΙΑ", "straße", "ǅemal",
       "ﬁne", "x²", "½", "™", "…", "—", "“quoted”", "(parens)", "[brackets]", "{braces}", "a/b",
       "foo_bar", "foo-bar", "x=1", "y==2", "3.14", "1e-5", "0x1F", "@decorator", "#hash", "$var",
       "50%", "a*b", "a^b", "`code`", "~tilde", "|pipe|", "snake_case_identifier", "CamelCaseName",
       "qwertyzxcvb", "zzzzzzzzzzzzzzzzzzzzzzzz", "xylophonic", "🤖", "\u00ad", "\u200b"]


def generated_sentences(rng, count):
    out = []
    for _ in range(count):
        n = rng.randint(1, 30)
        words = []
        for _ in range(n):
            r = rng.random()
            if r < 0.65:
                w = rng.choice(WORDS)
                if rng.random() < 0.15:
                    w = w.capitalize()
                if rng.random() < 0.05:
                    w = w.upper()
            elif r < 0.95:
                w = rng.choice(ODD)
            else:
                w = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzäöü") for _ in range(rng.randint(90, 110)))
            words.append(w)
        sep = rng.choice([" ", " ", " ", "  ", "\t", "\n", "\u3000", "\u00a0"])
        s = sep.join(words)
        if rng.random() < 0.5:
            s += rng.choice([".", "?", "!", "...", ";", ":"])
        out.append(s)
    return out


def make_vocab(sentences, rng):
    """A small vocabulary in BERT's layout: specials, single characters (some left out so that
    [UNK] happens), whole words, and ## continuations, so that WordPiece has choices to make."""
    counts = {}
    for s in sentences:
        for t in basic_tokens(s):
            counts[t] = counts.get(t, 0) + 1
    chars = sorted({c for t in counts for c in t})
    vocab = ["[PAD]"] + ["[unused%d]" % i for i in range(5)] + ["[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    seen = set(vocab)

    def add(tok):
        if tok not in seen:
            seen.add(tok)
            vocab.append(tok)

    for c in chars:
        if rng.random() < 0.9:
            add(c)
        if rng.random() < 0.8:
            add("##" + c)
    for t in sorted(counts):
        if len(t) > 1 and rng.random() < 0.4:
            add(t)
        if len(t) > 3 and rng.random() < 0.5:
            cut = rng.randint(1, len(t) - 1)
            add(t[:cut])
            add("##" + t[cut:])
        if len(t) > 5 and rng.random() < 0.3:
            a = rng.randint(1, len(t) - 2)
            b = rng.randint(a + 1, len(t) - 1)
            add("##" + t[a:b])
    add("##s")
    add("##ing")
    return vocab


# --- Encoder ----------------------------------------------------------------------------------

class TinyBert(nn.Module):
    """Word + position + token-type embeddings, LayerNorm, a TransformerEncoder; returns
    (last_hidden_state, pooled) like a Hugging Face BertModel traced with torchscript=True."""

    def __init__(self, vocab_size, hidden=32, layers=2, heads=4, max_positions=512):
        super().__init__()
        self.word = nn.Embedding(vocab_size, hidden)
        self.position = nn.Embedding(max_positions, hidden)
        self.token_type = nn.Embedding(2, hidden)
        self.norm = nn.LayerNorm(hidden, eps=1e-12)
        layer = nn.TransformerEncoderLayer(hidden, heads, dim_feedforward=4 * hidden, dropout=0.0,
                                           activation="gelu", batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, layers, enable_nested_tensor=False)
        self.pool = nn.Linear(hidden, hidden)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, token_type_ids: torch.Tensor):
        positions = torch.arange(input_ids.size(1), device=input_ids.device).unsqueeze(0)
        x = self.word(input_ids) + self.position(positions) + self.token_type(token_type_ids)
        x = self.norm(x)
        x = self.encoder(x, src_key_padding_mask=attention_mask == 0)
        return x, torch.tanh(self.pool(x[:, 0]))


def mean_pooled(model, ids_list, normalize=True):
    out = []
    with torch.no_grad():
        for ids in ids_list:  # one at a time: no padding at all on this side
            t = torch.tensor([ids], dtype=torch.long)
            mask = torch.ones_like(t)
            hidden = model(t, mask, torch.zeros_like(t))[0]
            v = (hidden * mask.unsqueeze(-1)).sum(1) / mask.sum(1, keepdim=True).clamp(min=1e-9)
            if normalize:
                v = torch.nn.functional.normalize(v, p=2, dim=1)
            out.append(v[0].tolist())
    return out


def main():
    out_dir = sys.argv[1]
    model_dir = os.path.join(out_dir, "model")
    os.makedirs(model_dir, exist_ok=True)
    rng = random.Random(20240611)
    torch.manual_seed(20240611)
    torch.set_num_threads(1)

    sentences = HANDWRITTEN + generated_sentences(rng, 300)
    vocab_list = make_vocab(sentences, rng)
    vocab = {t: i for i, t in enumerate(vocab_list)}
    with open(os.path.join(model_dir, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab_list) + "\n")
    max_length = 512
    with open(os.path.join(model_dir, "dlrepro-model.json"), "w") as f:
        json.dump({"model": "model.pt", "vocab": "vocab.txt", "lower_case": True, "max_length": max_length}, f)

    ids = [encode(s, vocab, max_length) for s in sentences]
    # Truncation: a sentence far longer than max_length.
    long_text = " ".join(rng.choice(WORDS) for _ in range(700))
    sentences.append(long_text)
    ids.append(encode(long_text, vocab, max_length))
    assert len(ids[-1]) == max_length

    model = TinyBert(len(vocab_list)).eval()
    scripted = torch.jit.script(model)
    scripted.save(os.path.join(model_dir, "model.pt"))

    embed_sentences = sentences[:40] + [long_text]
    embeddings = mean_pooled(model, [encode(s, vocab, max_length) for s in embed_sentences])
    raw = mean_pooled(model, [encode(s, vocab, max_length) for s in embed_sentences[:5]], normalize=False)
    with open(os.path.join(out_dir, "reference.json"), "w", encoding="utf-8") as f:
        json.dump({"sentences": sentences, "ids": ids, "embed_sentences": embed_sentences,
                   "embeddings": embeddings, "raw_embeddings": raw}, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
