#pragma once

#include "domain/BugType.h"
#include "inspect/Inspection.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <cmath>

namespace dlrepro {

// What the bug report says should happen when the snippet runs: an explicit bug shows an
// error, a silent bug a metric value (thesis section 4.3.5).
enum class ExpectationKind { None, Error, Metric };
enum class ExpectationSource { Report, User };

QString expectationKindId(ExpectationKind kind);     // none, error, metric
QString expectationSourceId(ExpectationSource source); // report, user

constexpr double kDefaultTolerance = 0.05; // relative, as in the study

struct Expectation {
    ExpectationKind kind = ExpectationKind::None;
    ExpectationSource source = ExpectationSource::User;
    QString origin; // in words: "report so:123, traceback line …", "--expect-error"

    // Explicit bug.
    QString errorType;          // short: "RuntimeError"
    QString errorQualifiedType; // as reported, may be empty or equal to errorType
    QString errorMessage;

    // Silent bug. metricValue is the number as written, in metricUnit ("%" or empty).
    QString metricName; // normalised: "accuracy", "val_loss"
    double metricValue = std::nan("");
    QString metricUnit;
    double tolerance = kDefaultTolerance;
    QString metricRegex; // one capture group applied to the run's output instead of the metrics

    // Context from the report.
    BugType bugType = BugType::Unknown;
    bool gpuBug = false; // bug type GPU, or a CUDA error is what should happen
    QStringList frameworks;

    bool isValid() const { return kind != ExpectationKind::None; }
};

// The expectation an inspected report implies. An error wins over a metric (an error is the
// symptom when one is quoted). Of the errors, the last one quoted inside a traceback or console
// block (the innermost exception the user saw) is taken, else the first in the prose. Of the
// metrics, only observed values count (confidence 1.0, not "expected"); the one of the highest
// epoch, else the last in the text. kind None when the report has neither.
Expectation expectationFromInspection(const Inspection &inspection);

// "RuntimeError: message", "torch.cuda.OutOfMemoryError: …" or just a type. Returns false and
// says why on anything else.
bool parseExpectedError(const QString &text, Expectation *out, QString *error);

// "accuracy=34%", "val_acc=0.34", "loss=nan". The name is normalised like the report
// extraction does (acc → accuracy, validation/val → val_).
bool parseExpectedMetric(const QString &text, Expectation *out, QString *error);

// A regular expression with exactly one capture group, whose capture is a number (optionally
// followed by %).
bool setMetricRegex(const QString &pattern, Expectation *out, QString *error);

// A tolerance in (0, 1], written as 0.05 or 5%.
bool parseTolerance(const QString &text, double *out, QString *error);

QString normaliseMetricName(const QString &name);

// "The snippet should raise RuntimeError: …" / "accuracy should be 34.00% (±5%)".
QString expectationToText(const Expectation &e);
QJsonObject expectationToJson(const Expectation &e);

} // namespace dlrepro
