#pragma once

#include <QString>

namespace dlrepro {

// Fills workDir (created) with the snippet's folder when that folder is small enough (at most
// maxFiles files and maxBytes bytes, hidden entries and __pycache__ skipped), else with the
// snippet file alone. *snippetCopy is the snippet's path inside workDir.
bool prepareWorkDirectory(const QString &snippetPath, const QString &workDir, bool copyFolder,
                          QString *snippetCopy, QString *error, int maxFiles = 200,
                          qint64 maxBytes = 50LL * 1024 * 1024);

} // namespace dlrepro
