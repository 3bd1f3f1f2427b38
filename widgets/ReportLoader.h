#pragma once

#include "import/ReportImport.h"

#include <QString>

namespace dlrepro {

// Where the window gets a report from: a file path, or an online spec (so:ID, gh:owner/repo#N, a
// web address). An existing file wins over an online reading of the same text.
enum class ReportOrigin { File, Online };

ReportOrigin reportOrigin(const QString &input);

// Imports the file or fetches the report (blocking). The result's error names the input.
ImportResult loadReport(const QString &input);

} // namespace dlrepro
