"""dlrepro's fork server: imports numpy/torch once, then forks one harness child per seed.

Usage: python dlrepro_forkserver.py --preload numpy,torch

The protocol (docs/fork-server.md) is line-delimited JSON: requests on stdin, events on
stdout. The server's own fd 1 is pointed at its stderr at once, so that nothing a framework
prints while importing can break the event stream.

Requests:  {"op": "run", "id": N, "snippet": S, "seed": K, "result": R, "device": D,
            "deterministic": bool, "cwd": DIR, "env": {...}, "stdout": FIFO, "stderr": FIFO}
           {"op": "quit"}
Events:    {"event": "ready", "preloaded": [...], "failed": {...}, "cuda_initialized": bool,
            "hash_seed": "0", "pid": P}
           {"event": "started", "id": N, "pid": P}        (the child is its own session now)
           {"event": "exit", "id": N, "code": C, "signal": S}
           {"event": "error", "id": N, "message": M}      (a request the server could not start)

The server never initialises CUDA: forked children must be free to do it themselves.
"""
import errno
import json
import os
import select
import signal
import sys

HARNESS_DIR = os.path.dirname(os.path.abspath(__file__))
HASH_SEED = ""  # str hashes in every child use the server's PYTHONHASHSEED


def main():
    preload = []
    argv = sys.argv[1:]
    if len(argv) == 2 and argv[0] == "--preload":
        preload = [n for n in argv[1].split(",") if n]
    global HASH_SEED
    HASH_SEED = os.environ.get("PYTHONHASHSEED", "")
    events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)

    import dlrepro_harness  # the harness directory is sys.path[0]
    modules_before = set(n.split(".")[0] for n in sys.modules)
    preloaded, failed = [], {}
    for name in preload:
        try:
            __import__(name)
            preloaded.append(name)
        except BaseException as e:  # a broken install may raise anything, even SystemExit
            failed[name] = "%s: %s" % (type(e).__name__, e)
    cuda_initialized = False
    torch = sys.modules.get("torch")
    if torch is not None:
        try:
            cuda_initialized = bool(torch.cuda.is_initialized())
        except Exception:
            pass

    def send(obj):
        events.write(json.dumps(obj) + "\n")
        events.flush()

    wake_r, wake_w = os.pipe()
    os.set_blocking(wake_r, False)
    os.set_blocking(wake_w, False)
    signal.signal(signal.SIGCHLD, lambda *_: None)
    signal.set_wakeup_fd(wake_w)
    send({"event": "ready", "preloaded": preloaded, "failed": failed,
          "cuda_initialized": cuda_initialized,
          "hash_seed": HASH_SEED, "pid": os.getpid()})

    children = {}  # pid -> request id
    pending = b""
    stdin_fd = sys.stdin.fileno()
    stdin_open = True
    while stdin_open or children:
        try:
            ready, _, _ = select.select([stdin_fd, wake_r] if stdin_open else [wake_r], [], [])
        except InterruptedError:
            ready = []
        if wake_r in ready:
            try:
                while os.read(wake_r, 512):
                    pass
            except OSError:
                pass
        reap(children, send)
        if stdin_fd in ready:
            chunk = os.read(stdin_fd, 65536)
            if not chunk:
                stdin_open = False  # the runner went away: finish the children's bookkeeping
                continue
            pending += chunk
            while b"\n" in pending:
                line, pending = pending.split(b"\n", 1)
                if not line.strip():
                    continue
                try:
                    req = json.loads(line.decode("utf-8"))
                except ValueError as e:
                    send({"event": "error", "id": -1, "message": "bad request: %s" % e})
                    continue
                if req.get("op") == "quit":
                    stdin_open = False
                    break
                if req.get("op") == "run":
                    start(req, children, send, events, stdin_fd, (wake_r, wake_w),
                          modules_before)
    sys.exit(0)


def reap(children, send):
    while children:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        rid = children.pop(pid, None)
        if rid is None:
            continue
        if os.WIFSIGNALED(status):
            send({"event": "exit", "id": rid, "code": -1, "signal": os.WTERMSIG(status)})
        else:
            send({"event": "exit", "id": rid, "code": os.WEXITSTATUS(status), "signal": 0})


def start(req, children, send, events, stdin_fd, wake, modules_before):
    rid = req.get("id", -1)
    try:
        out_fd = os.open(req["stdout"], os.O_WRONLY)
        err_fd = os.open(req["stderr"], os.O_WRONLY)
    except (KeyError, OSError) as e:
        send({"event": "error", "id": rid, "message": "cannot open the output pipes: %s" % e})
        return
    sync_r, sync_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 70
        try:
            os.close(sync_r)
            os.setsid()
            os.close(sync_w)  # the server learns that the child is its own session now
            code = child(req, out_fd, err_fd, events, stdin_fd, wake, modules_before)
        except BaseException:
            try:
                import traceback
                traceback.print_exc()
            except BaseException:
                pass
        finally:
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:
                pass
            os._exit(code)
    os.close(sync_w)
    os.close(out_fd)
    os.close(err_fd)
    while True:
        try:
            os.read(sync_r, 1)  # EOF once the child called setsid (or died)
            break
        except InterruptedError:
            continue
    os.close(sync_r)
    children[pid] = rid
    send({"event": "started", "id": rid, "pid": pid})


def child(req, out_fd, err_fd, events, stdin_fd, wake, modules_before):
    """In the forked child: become what the plain path's harness process would be."""
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    for fd in wake:
        os.close(fd)
    try:
        events.close()
    except OSError:
        pass
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, stdin_fd)
    os.close(null)
    os.dup2(out_fd, 1)
    os.dup2(err_fd, 2)
    os.close(out_fd)
    os.close(err_fd)
    os.chdir(req["cwd"])
    env = req.get("env")
    if isinstance(env, dict):
        os.environ.clear()
        os.environ.update({str(k): str(v) for k, v in env.items()})
    import dlrepro_harness
    args = {"snippet": req["snippet"], "seed": int(req["seed"]), "result": req["result"],
            "device": req.get("device") or "", "deterministic": bool(req.get("deterministic")),
            "runner": "fork-server", "hash_seed": HASH_SEED}
    code = dlrepro_harness.run(args, modules_before)
    # What interpreter shutdown does on the plain path: join non-daemon threads, run atexit.
    try:
        import threading
        threading._shutdown()
    except BaseException:
        pass
    try:
        import atexit
        atexit._run_exitfuncs()
    except BaseException:
        pass
    return code


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(1)
