#pragma once

#include "ReportImport.h"

namespace dlrepro {

// dlrepro's own report JSON (one object, "schema": "dlrepro.report/1").
ImportResult importReportJsonObject(const QJsonObject &object, const QString &inputName);
// JSON lines of reports; blank lines are skipped; an error names the line.
ImportResult importReportJsonLines(const QByteArray &data, const QString &inputName);

} // namespace dlrepro
