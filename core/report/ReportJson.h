#pragma once

#include "Report.h"

#include <QJsonObject>
#include <QString>

namespace dlrepro {

// dlrepro's own lossless form of a Report: one JSON object tagged
// "schema": "dlrepro.report/1". `select` writes one per line (JSON lines); the importers read
// it back (a .jsonl file is a list of reports).
inline constexpr QLatin1StringView kReportSchema{"dlrepro.report/1"};

QJsonObject reportToJson(const Report &report);
// Returns false and sets *error (naming the field) when the object is not a valid report.
bool reportFromJson(const QJsonObject &object, Report *report, QString *error);

} // namespace dlrepro
