#pragma once

#include <QList>
#include <QString>

namespace dlrepro {

// Whether the seeds of a run are forked from a warm Python process that imported numpy/torch
// once (docs/fork-server.md). Auto: for snippets that import torch or numpy and do not mention
// tensorflow, keras or jax; a server that cannot be used means plain processes, with a note.
enum class ForkServerMode { Auto, Off, On };

// How to run a snippet. Each seed runs in a fresh directory: <base>/seed-<N>/work is a copy of
// the snippet's folder when that folder is small (at most 200 files and 50 MB, hidden entries
// skipped), otherwise of the snippet file alone; the snippet runs there with cwd = that
// directory. <base>/seed-<N>/result.json is the harness's result, output.txt what it printed.
// <base> is outDir when given (kept), else a temporary directory removed afterwards unless
// keepDirectory.
struct RunRequest {
    QString snippetPath;
    QString interpreter;                 // python executable; required
    QString device = QStringLiteral("auto"); // "auto" (the user's CUDA_VISIBLE_DEVICES),
                                         // "cpu" (CUDA hidden), "cuda:N" (only GPU N visible)
    QList<int> seeds = {0, 1, 2, 3, 4};
    int parallel = 1;                    // concurrent seeds; clamped to 1..seeds.size()
    int timeoutMs = 300000;              // wall clock per seed; <= 0: none
    qint64 memoryLimitBytes = 0;         // resident memory of the whole process group; 0: none
    qint64 outputLimitBytes = 16 * 1024 * 1024; // stdout+stderr per seed; 0: none
    bool deterministic = false;          // torch.use_deterministic_algorithms, CUBLAS_WORKSPACE_CONFIG, TF op determinism
    bool keepDirectory = false;
    QString outDir;
    int killGraceMs = 2000;              // SIGTERM → SIGKILL
    bool copyWorkspace = true;           // false: copy the snippet file alone
    ForkServerMode forkServer = ForkServerMode::Auto;
    // Training dynamics (docs/dynamics.md): PyTorch runs save per-layer weights, biases and
    // gradients into <base>/seed-<N>/dynamics every dynamicsEvery optimizer steps (0: once per
    // epoch when a DataLoader is iterated, else every 10), at most dynamicsBudgetBytes per seed.
    bool dynamics = false;
    int dynamicsEvery = 0;
    qint64 dynamicsBudgetBytes = 0; // 0: the harness's default (64 MiB)
};

// Clamp parallel to what the device allows: on CPU up to the cores.
int effectiveParallelism(const RunRequest &request);

} // namespace dlrepro
