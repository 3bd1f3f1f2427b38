#!/usr/bin/env python3
"""The GPU check of dlrepro-tensor (issue 10), driven by scripts/gpu-check-tensor.sh.

    python3 scripts/gpu_check_tensor.py --helper H [--cpu-helper H2] --out DIR [--sentences 10000]
        [--cpu-sentences 2000] [--layers 100]

1. Embeddings: a MiniLM-sized BERT encoder (6 layers, hidden 384, 12 heads; random weights, the
   vocabulary of tests/core/tensor/tiny_bert.py) exported to TorchScript, and N generated
   sentences. The helper embeds them with "device": "cuda" (and the first 2000 with "device":
   "cpu", which is slow: a MiniLM-sized encoder runs at a few sentences/s on 2 cores); the script
   prints the time of each, the speed-up, and how far the GPU vectors are from the CPU ones
   (max |difference| and the least cosine).
2. Training dynamics: a 100-layer MLP trained a few steps, its per-layer weights, biases and
   gradients saved in the capture format of docs/dynamics.md; the helper's "dynamics" request is
   timed on every helper given, and the statistics of the two compared.
Exit status 0 when every comparison is within tolerance (embeddings 1e-3 absolute, statistics
1e-9 relative), 1 otherwise, 2 when something could not run.
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import time

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests", "core", "tensor"))
import tiny_bert  # noqa: E402  (vocabulary, sentence generator and the BERT-shaped encoder)


class Helper:
    """One dlrepro-tensor process, spoken to over its line-JSON protocol."""

    def __init__(self, path):
        self.path = path
        self.proc = subprocess.Popen([path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self.next_id = 0

    def call(self, cmd, **args):
        self.next_id += 1
        request = dict(args, id=self.next_id, cmd=cmd)
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError(f"{self.path} stopped (exit {self.proc.poll()})")
        reply = json.loads(line)
        if not reply.get("ok"):
            raise RuntimeError(f"{self.path} {cmd}: {reply.get('error')}")
        return reply["result"]

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=60)


def make_minilm_sized(out_dir):
    rng = random.Random(7)
    torch.manual_seed(7)
    sentences = tiny_bert.HANDWRITTEN + tiny_bert.generated_sentences(rng, 300)
    vocab = tiny_bert.make_vocab(sentences, rng)
    model_dir = os.path.join(out_dir, "minilm-sized")
    os.makedirs(model_dir, exist_ok=True)
    with open(os.path.join(model_dir, "vocab.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(vocab) + "\n")
    with open(os.path.join(model_dir, "dlrepro-model.json"), "w") as f:
        json.dump({"model": "model.pt", "vocab": "vocab.txt", "lower_case": True, "max_length": 256}, f)
    model = tiny_bert.TinyBert(len(vocab), hidden=384, layers=6, heads=12).eval()
    torch.jit.script(model).save(os.path.join(model_dir, "model.pt"))
    return model_dir, rng


def timed(fn):
    t0 = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - t0


def check_embeddings(helper, out_dir, count, cpu_count):
    model_dir, rng = make_minilm_sized(out_dir)
    texts = tiny_bert.generated_sentences(rng, count)
    print(f"== embeddings: {count} sentences on the GPU, the first {min(count, cpu_count)} also on the CPU;"
          " MiniLM-sized encoder (6 x 384), batches of 64")
    results, rates = {}, {}
    for device, n in (("cuda", count), ("cpu", min(count, cpu_count))):
        helper.call("embed", model=model_dir, texts=texts[:64], device=device)  # load + warm up
        result, seconds = timed(lambda: helper.call("embed", model=model_dir, texts=texts[:n], device=device, batch_size=64))
        results[device] = result["vectors"]
        rates[device] = n / seconds
        print(f"  {device:5s} {n:6d} sentences {seconds:8.2f} s  {rates[device]:9.1f} sentences/s  (device {result['device']})")
    print(f"  speed-up of the GPU: {rates['cuda'] / rates['cpu']:.1f}x")
    worst, least_cos = 0.0, 1.0
    for a, b in zip(results["cpu"], results["cuda"]):
        worst = max(worst, max(abs(x - y) for x, y in zip(a, b)))
        least_cos = min(least_cos, sum(x * y for x, y in zip(a, b)))  # unit vectors
    print(f"  GPU vs CPU: max |difference| {worst:.2e}, least cosine {least_cos:.6f}")
    return worst <= 1e-3


def make_dynamics(out_dir, layers, steps=20, every=5):
    torch.manual_seed(11)
    model = nn.Sequential(*[nn.Sequential(nn.Linear(64, 64), nn.Tanh()) for _ in range(layers)])
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    folder = os.path.join(out_dir, "dynamics")
    os.makedirs(folder, exist_ok=True)
    index = {"schema": "dlrepro-dynamics", "schema_version": 1, "every": every, "schedule": "every",
             "budget_bytes": 1 << 30, "saved_bytes": 0, "optimizer_steps": steps, "epochs": 1,
             "models": ["model"], "layers": [], "sampled_layers": [], "max_elements": 65536,
             "steps": [], "losses": [], "stopped": "", "errors": []}
    x, y = torch.randn(256, 64), torch.randn(256, 64)
    for step in range(1, steps + 1):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
        index["losses"].append({"step": step, "value": float(loss)})
        if step != 1 and step % every:
            continue
        record = {}
        for i, block in enumerate(model):
            lin = block[0]
            name = f"model.{i}.0"
            wg, bg = lin.weight.grad.detach().flatten(), lin.bias.grad.detach().flatten()
            record[name] = {
                "weights": lin.weight.detach().flatten().float().clone(),
                "biases": lin.bias.detach().flatten().float().clone(),
                "weight_grads": wg.float().clone(), "bias_grads": bg.float().clone(),
                "numel_weights": torch.tensor(lin.weight.numel()), "numel_biases": torch.tensor(lin.bias.numel()),
                "weight_grad_norm": float(wg.norm()), "bias_grad_norm": float(bg.norm()),
                "grad_norm": float(torch.cat([wg, bg]).norm()), "has_grad": True,
            }
        name = f"step-{step:06d}.pt"
        torch.save(record, os.path.join(folder, name))
        size = os.path.getsize(os.path.join(folder, name))
        index["saved_bytes"] += size
        index["steps"].append({"step": step, "epoch": 0, "file": name, "bytes": size, "layers": list(record)})
    index["layers"] = [f"model.{i}.0" for i in range(layers)]
    with open(os.path.join(folder, "index.json"), "w") as f:
        json.dump(index, f)
    return folder


def close_enough(a, b, rel=1e-9):
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(close_enough(a[k], b[k], rel) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(close_enough(x, y, rel) for x, y in zip(a, b))
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return math.isclose(a, b, rel_tol=rel, abs_tol=1e-300) or (math.isnan(a) and math.isnan(b))
    return a == b


def check_dynamics(helpers, out_dir, layers):
    folder = make_dynamics(out_dir, layers)
    print(f"== training dynamics: {layers} layers, 5 saved steps (statistics of weights, biases, gradients)")
    answers = {}
    for label, helper in helpers.items():
        result, seconds = timed(lambda: helper.call("dynamics", dir=folder))
        answers[label] = result["records"]
        print(f"  {label:22s} {seconds:8.3f} s  ({len(result['records'])} steps x {len(result['records'][0]['order'])} layers)")
    labels = list(answers)
    if len(labels) == 2:
        same = close_enough(answers[labels[0]], answers[labels[1]])
        print(f"  {labels[0]} vs {labels[1]}: {'same statistics' if same else 'STATISTICS DIFFER'}")
        return same
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--helper", required=True, help="dlrepro-tensor built against a CUDA LibTorch")
    ap.add_argument("--cpu-helper", help="dlrepro-tensor built against Debian's CPU LibTorch, to compare")
    ap.add_argument("--out", required=True)
    ap.add_argument("--sentences", type=int, default=10000)
    ap.add_argument("--cpu-sentences", type=int, default=2000, help="how many of them the CPU pass embeds")
    ap.add_argument("--layers", type=int, default=100)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    helper = Helper(args.helper)
    hello = helper.call("hello")
    print(f"== helper {args.helper}: torch {hello.get('torch')}, {hello.get('threads')} thread(s);"
          f" python torch {torch.__version__}, cuda available {torch.cuda.is_available()}")
    ok = True
    try:
        ok &= check_embeddings(helper, args.out, args.sentences, args.cpu_sentences)
    except RuntimeError as e:
        print(f"  embeddings could not run: {e}")
        ok = None
    helpers = {"CUDA-LibTorch helper": helper}
    if args.cpu_helper and os.access(args.cpu_helper, os.X_OK):
        helpers["CPU-LibTorch helper"] = Helper(args.cpu_helper)
    try:
        ok = check_dynamics(helpers, args.out, args.layers) and ok
    except RuntimeError as e:
        print(f"  dynamics could not run: {e}")
        ok = None
    print("  (the statistics are plain C++ over the values pickle_load reads, on the CPU in either build)")
    for h in helpers.values():
        h.close()
    sys.exit(2 if ok is None else (0 if ok else 1))


if __name__ == "__main__":
    main()
