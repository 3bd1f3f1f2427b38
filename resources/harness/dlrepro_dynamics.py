"""dlrepro's --dynamics mode: per-layer weights, biases and gradients of a PyTorch training run.

The harness calls attach(torch) once torch is imported (by the snippet, or before it by the fork
server) when the run asked for dynamics. From then on:
- every optimizer's step is wrapped (torch 1.13 has no global step hooks; Optimizer.__init__ is
  patched to wrap its class's step once). Before a step that is due, the models are found and
  their parameters and gradients saved: the gradients the step is about to apply, and the
  weights they were computed on.
- Models are the nn.Modules registered with dlrepro.watch(model), else those reachable from the
  snippet's globals and the locals of the frames that called step(), whose parameters the
  optimizer updates (submodules of another found model are not separate models).
- Tensor.backward is wrapped to record the loss of each step (scalar tensors only).
- A step is due every N steps (--dynamics-every N); with N = 0 (the default) once per epoch when
  the snippet iterates a torch DataLoader (the first step after each new iteration), else every
  10 steps; the first step is always saved.
Files: <seed dir>/dynamics/step-000123.pt (torch.save, zip format): {layer: {"weights",
"biases", "weight_grads", "bias_grads" (flattened float32, sampled when large), "numel_weights",
"numel_biases", "weight_grad_norm", "bias_grad_norm", "grad_norm" (exact, 0-d float64)}} and
index.json (docs/dynamics.md), rewritten after every save so a crash leaves a valid index.
Nothing here may raise into the snippet: failures are recorded in the index as "errors".
"""
import json
import os
import sys

DEFAULT_BUDGET = 64 * 1024 * 1024
MAX_ELEMENTS = 65536  # per tensor; larger ones are sampled at a fixed stride
AUTO_EVERY = 10
SCHEMA_VERSION = 1

_state = None


class _State(object):
    def __init__(self, out_dir, every, budget):
        self.out_dir = out_dir
        self.every = every
        self.budget = budget
        self.step = 0
        self.saved_bytes = 0
        self.steps = []        # {"step", "file", "bytes"}
        self.losses = []       # {"step", "value"}
        self.layers = []       # layer names in model order, first seen first
        self.models = []       # {"name", "class"}
        self.sampled = {}      # layer -> True when a tensor of it was sampled
        self.stopped = ""
        self.errors = []
        self.epoch_mode = False
        self.epoch_pending = False
        self.epochs = 0
        self.in_step = False
        self.model_cache = None


def _record_error(text):
    if _state is not None and len(_state.errors) < 20:
        _state.errors.append(text)


def configure(seed_dir, every, budget=None):
    """Start a dynamics capture that writes to <seed_dir>/dynamics."""
    global _state
    out = os.path.join(seed_dir, "dynamics")
    os.makedirs(out, exist_ok=True)
    _state = _State(out, max(0, int(every)), int(budget) if budget else DEFAULT_BUDGET)
    write_index()


def enabled():
    return _state is not None


def attach(torch):
    """Wrap optimizers, backward and DataLoader iteration. Safe to call more than once."""
    if _state is None or getattr(torch, "_dlrepro_dynamics", False):
        return
    try:
        torch._dlrepro_dynamics = True
        _patch_optimizer(torch)
        _patch_backward(torch)
        _patch_dataloader(torch)
    except Exception as e:
        _record_error("attach: %s: %s" % (type(e).__name__, e))


def _patch_optimizer(torch):
    optimizer_class = torch.optim.Optimizer
    original_init = optimizer_class.__init__

    def __init__(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        cls = type(self)
        step = cls.__dict__.get("step") or getattr(cls, "step")
        if getattr(step, "_dlrepro_wrapped", False):
            return
        def wrapped_step(opt, *a, **kw):
            if _state is not None and not _state.in_step:
                _state.in_step = True
                try:
                    _before_step(opt, sys._getframe(1))
                except Exception as e:
                    _record_error("step %d: %s: %s" % (_state.step, type(e).__name__, e))
                finally:
                    _state.in_step = False
            return step(opt, *a, **kw)
        wrapped_step._dlrepro_wrapped = True
        for attr in ("hooked", "__doc__", "__name__"):
            if hasattr(step, attr):
                try:
                    setattr(wrapped_step, attr, getattr(step, attr))
                except Exception:
                    pass
        cls.step = wrapped_step

    optimizer_class.__init__ = __init__


def _patch_backward(torch):
    original = torch.Tensor.backward

    def backward(self, *args, **kwargs):
        if _state is not None:
            try:
                if self.numel() == 1 and len(_state.losses) < 100000:
                    _state.losses.append({"step": _state.step + 1,
                                          "value": float(self.detach().float().cpu())})
            except Exception:
                pass
        return original(self, *args, **kwargs)

    torch.Tensor.backward = backward


def _patch_dataloader(torch):
    try:
        loader = torch.utils.data.DataLoader
    except AttributeError:
        return
    original = loader.__iter__

    def __iter__(self):
        if _state is not None:
            _state.epoch_mode = True
            _state.epoch_pending = True
        return original(self)

    loader.__iter__ = __iter__


def _due(step):
    s = _state
    if step == 1:
        return True
    if s.every > 0:
        return step % s.every == 0
    if s.epoch_mode:
        return s.epoch_pending
    return step % AUTO_EVERY == 0


def _before_step(optimizer, caller):
    s = _state
    s.step += 1
    if s.epoch_pending:
        s.epochs += 1
    due = _due(s.step)
    s.epoch_pending = False
    if not due or s.stopped:
        return
    import torch
    params = set()
    for group in optimizer.param_groups:
        for p in group.get("params", []):
            params.add(id(p))
    models = _find_models(torch, params, caller)
    layers = _collect_layers(torch, models, optimizer)
    _save(torch, layers)


def _candidates(caller):
    import dlrepro
    for i, m in enumerate(getattr(dlrepro, "_watched", [])):
        yield m[0], m[1]
    main = sys.modules.get("__main__")
    if main is not None:
        for k, v in list(vars(main).items()):
            yield k, v
    frame = caller
    depth = 0
    while frame is not None and depth < 30:
        for k, v in list(frame.f_locals.items()):
            yield k, v
            if k == "self":
                for a, b in list(getattr(v, "__dict__", {}).items()):
                    yield a, b
        frame = frame.f_back
        depth += 1


def _find_models(torch, params, caller):
    import dlrepro
    nn = torch.nn
    watched = getattr(dlrepro, "_watched", [])
    found = []
    seen = set()
    for name, obj in (watched if watched else _candidates(caller)):
        if not isinstance(obj, nn.Module) or id(obj) in seen:
            continue
        seen.add(id(obj))
        if watched or any(id(p) in params for p in obj.parameters()):
            found.append((name, obj))
    # Submodules of another found model are part of it.
    inner = set()
    for _, m in found:
        for sub in m.modules():
            if sub is not m:
                inner.add(id(sub))
    models = [(n, m) for n, m in found if id(m) not in inner]
    if not watched:
        _state.model_cache = models or _state.model_cache
        models = models or []
    recorded = [x["name"] for x in _state.models]
    for n, m in models:
        if n not in recorded:
            _state.models.append({"name": n, "class": type(m).__name__})
    return models


def _collect_layers(torch, models, optimizer):
    """[(layer, {"weights": [tensors], "biases": [...], "weight_grads": [...], ...})]"""
    layers = []
    covered = set()
    several = len(models) > 1
    for model_name, model in models:
        for module_name, module in model.named_modules():
            direct = list(module.named_parameters(recurse=False))
            if not direct:
                continue
            name = module_name or type(module).__name__
            if several:
                name = model_name + "." + name if module_name else model_name
            entry = {"weights": [], "biases": [], "weight_grads": [], "bias_grads": []}
            for pname, p in direct:
                covered.add(id(p))
                kind = "biases" if pname.startswith("bias") else "weights"
                entry[kind].append(p)
                if p.grad is not None:
                    entry["weight_grads" if kind == "weights" else "bias_grads"].append(p.grad)
            layers.append((name, entry))
    # Parameters the optimizer updates that belong to no model found: named by position.
    for gi, group in enumerate(optimizer.param_groups):
        for pi, p in enumerate(group.get("params", [])):
            if id(p) in covered:
                continue
            entry = {"weights": [p] if p.dim() > 1 else [], "biases": [p] if p.dim() <= 1 else [],
                     "weight_grads": [], "bias_grads": []}
            if p.grad is not None:
                entry["weight_grads" if p.dim() > 1 else "bias_grads"].append(p.grad)
            layers.append(("param_group%d.%d" % (gi, pi), entry))
    return layers


def _flat(torch, tensors):
    parts = [t.detach().reshape(-1).to("cpu", torch.float32) for t in tensors]
    if not parts:
        return torch.zeros(0, dtype=torch.float32), 0, 0.0
    flat = torch.cat(parts) if len(parts) > 1 else parts[0]
    numel = int(flat.numel())
    norm = float(torch.linalg.vector_norm(flat.double())) if numel else 0.0
    if numel > MAX_ELEMENTS:
        stride = (numel + MAX_ELEMENTS - 1) // MAX_ELEMENTS
        flat = flat[::stride]
    return flat.clone(), numel, norm


def _save(torch, layers):
    s = _state
    payload = {}
    estimate = 0
    for name, entry in layers:
        item = {}
        grad_sq = 0.0
        has_grad = False
        for kind in ("weights", "biases", "weight_grads", "bias_grads"):
            flat, numel, norm = _flat(torch, entry[kind])
            item[kind] = flat
            estimate += flat.numel() * 4
            if flat.numel() < numel:
                s.sampled[name] = True
            if kind == "weights":
                item["numel_weights"] = torch.tensor(numel, dtype=torch.int64)
            elif kind == "biases":
                item["numel_biases"] = torch.tensor(numel, dtype=torch.int64)
            else:
                key = "weight_grad_norm" if kind == "weight_grads" else "bias_grad_norm"
                item[key] = torch.tensor(norm, dtype=torch.float64)
                if entry[kind]:
                    has_grad = True
                    grad_sq += norm * norm
        item["grad_norm"] = torch.tensor(grad_sq ** 0.5 if has_grad else float("nan"),
                                         dtype=torch.float64)
        item["has_grad"] = torch.tensor(has_grad)
        payload[name] = item
        if name not in s.layers:
            s.layers.append(name)
    if s.saved_bytes + estimate > s.budget:
        s.stopped = ("the size budget of %d bytes was reached at step %d; later steps were "
                     "not saved" % (s.budget, s.step))
        write_index()
        return
    file_name = "step-%06d.pt" % s.step
    path = os.path.join(s.out_dir, file_name)
    torch.save(payload, path + ".tmp")
    os.replace(path + ".tmp", path)
    size = os.path.getsize(path)
    s.saved_bytes += size
    s.steps.append({"step": s.step, "epoch": s.epochs, "file": file_name, "bytes": size,
                    "layers": [n for n, _ in layers]})
    write_index()


def _json_loss(entry):
    # JSON has no NaN/Inf (Qt's parser rejects them): a non-finite loss is null plus its name.
    v = entry["value"]
    if v != v or v in (float("inf"), float("-inf")):
        return {"step": entry["step"], "value": None, "nonfinite": repr(v)}
    return entry


def write_index():
    s = _state
    if s is None:
        return
    index = {"schema": "dlrepro-dynamics", "schema_version": SCHEMA_VERSION,
             "every": s.every, "schedule": ("every %d steps" % s.every) if s.every > 0 else
             ("per epoch" if s.epoch_mode else "every %d steps (auto)" % AUTO_EVERY),
             "budget_bytes": s.budget, "saved_bytes": s.saved_bytes, "optimizer_steps": s.step,
             "epochs": s.epochs, "models": s.models, "layers": s.layers,
             "sampled_layers": sorted(s.sampled), "max_elements": MAX_ELEMENTS,
             "steps": s.steps, "losses": [_json_loss(x) for x in s.losses], "stopped": s.stopped, "errors": s.errors}
    path = os.path.join(s.out_dir, "index.json")
    try:
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(index, f, indent=1, allow_nan=True)
        os.replace(path + ".tmp", path)
    except Exception:
        pass


def finish():
    """Called by the harness when the snippet ended: the final index (losses of the last steps)."""
    write_index()
