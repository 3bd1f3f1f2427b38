"""dlrepro's harness: runs one snippet with one seed and writes one JSON result.

Usage: python dlrepro_harness.py --snippet S --seed N --result R.json [--device D]
       [--deterministic] [--dynamics N]

The snippet runs as __main__ (runpy.run_path) with sys.argv = [snippet], sys.path[0] = the
snippet's directory and the cwd the runner chose; nothing else about it changes except:
- random is seeded at once; numpy, torch and tensorflow are seeded right after the snippet
  (or anything it imports) imports them, through an import hook, or at once when already
  imported. The harness never imports a framework itself: importing TensorFlow just to seed it
  would cost seconds and change what the snippet's process looks like.
- faulthandler is on, so a segfault prints the Python stack before the process dies.
- with --dynamics N (or DLREPRO_DYNAMICS=N in the environment, which the runner sets and the
  harness removes), PyTorch optimizers are wrapped to save per-layer weights, biases and
  gradients every N steps (0: per epoch) into <result's folder>/dynamics (dlrepro_dynamics.py).
PYTHONHASHSEED must be set before the interpreter starts: the runner does that.
The schema of the result file is docs/run-result-schema.md (schema_version 1).
"""
import faulthandler
import importlib.util
import json
import os
import resource
import runpy
import sys
import time
import traceback

SCHEMA_VERSION = 1
HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
RUNPY_FILE = os.path.abspath(runpy.__file__)


def parse_args(argv):
    args = {"seed": 0, "device": "", "deterministic": False, "snippet": None, "result": None,
            "dynamics": None}
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--deterministic":
            args["deterministic"] = True
            i += 1
            continue
        if a in ("--snippet", "--seed", "--result", "--device", "--dynamics") and i + 1 < len(argv):
            key = a[2:]
            args[key] = int(argv[i + 1]) if key in ("seed", "dynamics") else argv[i + 1]
            i += 2
            continue
        sys.stderr.write("dlrepro harness: unknown argument %r\n" % a)
        sys.exit(2)
    if not args["snippet"] or not args["result"]:
        sys.stderr.write("dlrepro harness: --snippet and --result are required\n")
        sys.exit(2)
    return args


def seed_module(name, module, seed, deterministic):
    """Seed one framework module; failures are recorded, never raised into the snippet."""
    try:
        if name == "numpy":
            module.random.seed(seed)
        elif name == "torch":
            module.manual_seed(seed)  # seeds every CUDA device too (lazily)
            if deterministic:
                module.use_deterministic_algorithms(True)
                module.backends.cudnn.benchmark = False
                module.backends.cudnn.deterministic = True
        elif name == "tensorflow":
            module.random.set_seed(seed)
            if deterministic:
                exp = getattr(getattr(module, "config", None), "experimental", None)
                if exp is not None and hasattr(exp, "enable_op_determinism"):
                    exp.enable_op_determinism()
        SEEDED.append(name)
    except Exception as e:  # an exotic build of a framework
        SEED_ERRORS.append("%s: %s: %s" % (name, type(e).__name__, e))


SEEDED = []
SEED_ERRORS = []
SEED_TARGETS = ("numpy", "torch", "tensorflow")


class SeedOnImport(object):
    """A meta path finder that seeds a framework right after its module has executed."""

    def __init__(self, seed, deterministic):
        self.seed = seed
        self.deterministic = deterministic
        self.pending = set(n for n in SEED_TARGETS if n not in sys.modules)

    def find_spec(self, name, path=None, target=None):
        if name not in self.pending:
            return None
        self.pending.discard(name)  # so the find_spec below does not come back here
        try:
            spec = importlib.util.find_spec(name)
        except Exception:
            return None
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader = spec.loader
        inner = loader.exec_module
        hook = self

        def exec_module(module):
            try:
                inner(module)
            finally:
                try:
                    del loader.exec_module  # back to the class's method
                except AttributeError:
                    pass
            seed_module(name, module, hook.seed, hook.deterministic)
            attach_dynamics(name, module)

        loader.exec_module = exec_module
        return spec

    def invalidate_caches(self):
        pass


def attach_dynamics(name, module):
    if name == "torch" and "dlrepro_dynamics" in sys.modules:
        sys.modules["dlrepro_dynamics"].attach(module)


def configure_dynamics(args, result_path):
    """--dynamics N or the runner's DLREPRO_DYNAMICS; the variable is not the snippet's business."""
    every = args.get("dynamics")
    env = os.environ.pop("DLREPRO_DYNAMICS", None)
    budget = os.environ.pop("DLREPRO_DYNAMICS_BUDGET", None)
    if every is None and env not in (None, ""):
        try:
            every = int(env)
        except ValueError:
            every = 0
    if every is None:
        return None
    import dlrepro_dynamics
    dlrepro_dynamics.configure(os.path.dirname(result_path), every,
                               int(budget) if budget and budget.isdigit() else None)
    return dlrepro_dynamics


def stdlib_names():
    names = getattr(sys, "stdlib_module_names", None)
    return set(names) if names else set()


def imported_modules(before):
    std = stdlib_names()
    out = set()
    for name in list(sys.modules):
        top = name.split(".")[0]
        if top in before or top.startswith("_") or top in std or top in ("dlrepro", "dlrepro_harness", "dlrepro_dynamics"):
            continue
        out.add(top)
    return sorted(out)


def snippet_imports(snippet, loaded):
    """Top-level modules the snippet's own import statements name, among those loaded."""
    import ast
    names = []
    try:
        with open(snippet, "rb") as f:
            tree = ast.parse(f.read())
    except Exception:
        return names
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            tops = [a.name.split(".")[0] for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            tops = [node.module.split(".")[0]]
        else:
            continue
        for top in tops:
            if top in loaded and top not in names:
                names.append(top)
    return sorted(names)


def package_versions(modules):
    versions = {}
    dists = None  # packages_distributions() scans every installed distribution: only on need
    for name in modules:
        version = ""
        mod = sys.modules.get(name)
        v = getattr(mod, "__version__", None)
        if isinstance(v, str):
            version = v
        else:
            try:
                from importlib import metadata
                if dists is None:
                    dists = metadata.packages_distributions() \
                        if hasattr(metadata, "packages_distributions") else {}
            except Exception:
                versions[name] = version
                continue
            for dist in dists.get(name, []) + [name]:
                try:
                    version = metadata.version(dist)
                    break
                except Exception:
                    pass
        versions[name] = version
    return versions


def exception_info(exc, snippet):
    etype = type(exc)
    module = getattr(etype, "__module__", "builtins")
    info = {"qualified_type": "%s.%s" % (module, etype.__qualname__), "type": etype.__name__,
            "message": str(exc), "traceback": "", "snippet_line": 0, "snippet_code": ""}
    tb = exc.__traceback__
    # Frames of the harness and runpy come first; the user never wrote them.
    while tb is not None and (tb.tb_frame.f_code.co_filename == "<frozen runpy>" or os.path.abspath(
            tb.tb_frame.f_code.co_filename) in (os.path.abspath(__file__), RUNPY_FILE)):
        tb = tb.tb_next
    exc.__traceback__ = tb
    info["traceback"] = "".join(traceback.format_exception(etype, exc, tb))
    for frame in reversed(traceback.extract_tb(tb) if tb is not None else []):
        if os.path.abspath(frame.filename) == snippet:
            info["snippet_line"] = frame.lineno or 0
            info["snippet_code"] = (frame.line or "").strip()
            break
    if not info["snippet_line"] and isinstance(exc, SyntaxError) and exc.filename \
            and os.path.abspath(exc.filename) == snippet:
        info["snippet_line"] = exc.lineno or 0
        info["snippet_code"] = (exc.text or "").strip()
    return info


def device_and_gpu_memory(requested):
    device, peak = "cpu", 0
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            if torch.cuda.is_initialized():
                device = "cuda:%d" % torch.cuda.current_device()
                for i in range(torch.cuda.device_count()):
                    peak += int(torch.cuda.max_memory_allocated(i))
        except Exception:
            pass
    tf = sys.modules.get("tensorflow")
    if tf is not None and device == "cpu":
        try:
            gpus = tf.config.list_logical_devices("GPU")
            if gpus:
                device = "cuda:0"
                peak = int(tf.config.experimental.get_memory_info("GPU:0").get("peak", 0))
        except Exception:
            pass
    # The process sees only the GPU the runner chose (CUDA_VISIBLE_DEVICES=N): report it by
    # its real index.
    if device.startswith("cuda") and requested.startswith("cuda:"):
        device = requested
    return device, peak


def driver_version():
    try:
        import shutil
        import subprocess
        smi = shutil.which("nvidia-smi")
        if not smi:
            return ""
        r = subprocess.run([smi, "--query-gpu=driver_version", "--format=csv,noheader"],
                           capture_output=True, text=True, timeout=10)
        return r.stdout.strip().splitlines()[0].strip() if r.returncode == 0 and r.stdout.strip() else ""
    except Exception:
        return ""


def environment(device, modules):
    import platform
    env = {"python": platform.python_version(), "executable": sys.executable,
           "platform": platform.platform(), "packages": package_versions(modules),
           "device": device}
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            env["torch_cuda_version"] = str(torch.version.cuda or "")
            if device.startswith("cuda"):
                env["gpu_name"] = torch.cuda.get_device_name(torch.cuda.current_device())
                env["cudnn_version"] = str(torch.backends.cudnn.version() or "")
        except Exception:
            pass
    if device.startswith("cuda"):
        env["driver"] = driver_version()
    return env


def write_result(path, result):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1, default=str)
    os.replace(tmp, path)


def run(args, modules_before=None):
    """Run the snippet in this process; returns the exit code. Used by the plain path (main)
    and by the fork server (in each forked child)."""
    snippet = os.path.abspath(args["snippet"])
    seed = int(args["seed"])
    deterministic = bool(args["deterministic"])
    result_path = os.path.abspath(args["result"])
    faulthandler.enable(file=sys.stderr, all_threads=True)

    import dlrepro  # the harness directory is still on sys.path here
    del dlrepro._metrics[:]
    del dlrepro._watched[:]
    dynamics = configure_dynamics(args, result_path)
    if modules_before is None:
        modules_before = set(n.split(".")[0] for n in sys.modules)

    import random
    random.seed(seed)
    for name in SEED_TARGETS:
        if name in sys.modules:
            seed_module(name, sys.modules[name], seed, deterministic)
            attach_dynamics(name, sys.modules[name])
    sys.meta_path.insert(0, SeedOnImport(seed, deterministic))

    # What the snippet sees: its own argv, its own directory first on sys.path, no harness dir.
    sys.argv = [snippet]
    sys.path[:] = [os.path.dirname(snippet)] + [p for p in sys.path[1:]
                                                if os.path.abspath(p or ".") != HARNESS_DIR]

    result = {"schema": "dlrepro-run-result", "schema_version": SCHEMA_VERSION,
              "snippet": snippet, "seed": seed, "deterministic": deterministic,
              "status": "finished", "exit_code": 0, "exception": None, "system_exit": None,
              "runner": args.get("runner") or "plain",
              "hash_seed": args.get("hash_seed", os.environ.get("PYTHONHASHSEED", ""))}
    start = time.monotonic()
    exit_code = 0
    try:
        runpy.run_path(snippet, run_name="__main__")
    except SystemExit as e:
        code = e.code
        result["system_exit"] = code if isinstance(code, (int, type(None))) else str(code)
        if code is None:
            exit_code = 0
        elif isinstance(code, int):
            exit_code = code
        else:
            sys.stderr.write(str(code) + "\n")
            exit_code = 1
        result["status"] = "finished" if exit_code == 0 else "exited"
    except BaseException as e:  # KeyboardInterrupt too: the snippet's, not ours
        info = exception_info(e, snippet)
        sys.stderr.write(info["traceback"])
        result["status"] = "exception"
        result["exception"] = info
        exit_code = 1
    wall = time.monotonic() - start
    if dynamics is not None:
        dynamics.finish()
        result["dynamics"] = "dynamics"  # relative to the result file's folder
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        pass

    device, gpu_peak = device_and_gpu_memory(args.get("device") or "")
    rss = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
              resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) * 1024
    loaded = imported_modules(modules_before)
    modules = snippet_imports(snippet, loaded)
    result.update({"exit_code": exit_code, "metrics": list(dlrepro._metrics),
                   "wall_seconds": wall, "peak_rss_bytes": rss, "device": device,
                   "peak_gpu_memory_bytes": gpu_peak, "imported_modules": modules,
                   "seeded": SEEDED, "seed_errors": SEED_ERRORS,
                   "environment": environment(device, loaded)})
    write_result(result_path, result)
    return exit_code


def main():
    args = parse_args(sys.argv[1:])
    modules_before = set(n.split(".")[0] for n in sys.modules)
    code = run(args, modules_before)
    sys.exit(code)


if __name__ == "__main__":
    main()
