#pragma once

#include <QString>

namespace dlrepro {

// The Python harness (resources/harness) is embedded in dlrepro_core. It is written out to a
// cache directory on first use (rewritten when its contents changed) and started by the runner
// as: <python> <dir>/dlrepro_harness.py --snippet S --seed N --result R.json [--device D]
// [--deterministic]. The directory also holds dlrepro.py (the module snippets import for
// dlrepro.report) and dlrepro_forkserver.py (the fork path's warm server, docs/fork-server.md).
//
// Returns the directory, or an empty string with *error set.
QString harnessDirectory(QString *error = nullptr, const QString &baseDir = QString());
QString harnessScriptName(); // "dlrepro_harness.py"

// The embedded source of a harness file ("dlrepro_harness.py", "dlrepro.py", "probe.py").
QByteArray harnessFile(const QString &name);

// Schema version of the result JSON the harness writes (docs/run-result-schema.md).
int harnessResultSchemaVersion();

} // namespace dlrepro
