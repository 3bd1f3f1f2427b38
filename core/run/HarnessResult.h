#pragma once

#include "run/RunResult.h"

#include <QString>

namespace dlrepro {

// Reads the JSON file the harness wrote (docs/run-result-schema.md) into *result: exception,
// dlrepro.report metrics (source "report", names normalised as report extraction does), wall
// time, peak RSS and GPU memory, device, environment, imported modules, status and exit code.
// False with *error when the file is missing, not JSON or of another schema version.
bool readHarnessResult(const QString &path, RunResult *result, QString *error);

// Metrics parsed from what the run printed (core/extract), with source "output".
QList<MetricValue> metricsFromOutput(const QString &output);

// The metric name as report extraction would write it ("acc" → "accuracy").
QString normalisedMetricName(const QString &name);

} // namespace dlrepro
