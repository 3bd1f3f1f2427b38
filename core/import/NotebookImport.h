#pragma once

#include "ReportImport.h"

#include <QJsonObject>

namespace dlrepro {

// A Jupyter notebook (nbformat 4): markdown cells → text, code cells → code blocks in the
// notebook's language, stream/error/text results → blocks after their cell (ANSI escapes
// stripped; the extraction step tells console output and tracebacks from code).
ImportResult importNotebook(const QJsonObject &notebook, const QString &original, const QString &inputName);

// Removes ANSI terminal escapes (colours in tracebacks).
QString stripAnsiEscapes(QStringView text);

} // namespace dlrepro
