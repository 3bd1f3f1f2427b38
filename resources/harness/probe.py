"""Probe of one Python interpreter for dlrepro: prints one JSON object on stdout.

Package presence is found with importlib.util.find_spec and versions with importlib.metadata,
so nothing heavy is imported; only torch is imported (when present) to ask about CUDA.
"""
import json
import os
import platform
import shutil
import subprocess
import sys

PACKAGES = [("torch", "torch"), ("tensorflow", "tensorflow"), ("keras", "keras"),
            ("jax", "jax"), ("numpy", "numpy"), ("sklearn", "scikit-learn"),
            ("pandas", "pandas")]


def version_of(module, dist):
    try:
        from importlib import metadata
    except ImportError:
        return ""
    for name in (dist, module):
        try:
            return metadata.version(name)
        except Exception:
            pass
    return ""


def main():
    import importlib.util
    out = {"python": platform.python_version(), "executable": sys.executable,
           "implementation": platform.python_implementation(), "packages": {},
           "cuda_available": False, "gpus": []}
    for module, dist in PACKAGES:
        try:
            spec = importlib.util.find_spec(module)
        except Exception:
            spec = None
        if spec is not None:
            out["packages"][module] = version_of(module, dist)
    if "torch" in out["packages"]:
        try:
            import torch
            out["packages"]["torch"] = str(torch.__version__)
            out["cuda_version"] = str(torch.version.cuda or "")
            if torch.cuda.is_available():
                out["cuda_available"] = True
                for i in range(torch.cuda.device_count()):
                    p = torch.cuda.get_device_properties(i)
                    out["gpus"].append({"name": p.name, "memory_bytes": int(p.total_memory)})
                v = torch.backends.cudnn.version()
                out["cudnn_version"] = str(v) if v else ""
        except Exception as e:  # a broken torch install is worth saying
            out["torch_error"] = "%s: %s" % (type(e).__name__, e)
    smi = shutil.which("nvidia-smi")
    if smi:
        try:
            r = subprocess.run([smi, "--query-gpu=driver_version", "--format=csv,noheader"],
                               capture_output=True, text=True, timeout=10)
            if r.returncode == 0 and r.stdout.strip():
                out["driver"] = r.stdout.strip().splitlines()[0].strip()
        except Exception:
            pass
    sys.stdout.write("DLREPRO_PROBE " + json.dumps(out) + "\n")
    sys.stdout.flush()
    os._exit(0)


main()
