#pragma once

#include "run/RunResult.h"
#include "verify/ErrorMatch.h"
#include "verify/Expectation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <cmath>
#include <optional>

namespace dlrepro {

enum class VerdictStatus { Reproduced, Intermittent, NotReproduced, Inconclusive };
QString verdictStatusId(VerdictStatus status);   // reproduced, intermittent, not_reproduced, inconclusive
QString verdictStatusName(VerdictStatus status); // translatable

// Why, as a stable id (docs/verdict-schema.md lists them):
//   error_matched, error_intermittent, type_only, type_only_all, different_error, crashed,
//   no_error, metric_within, metric_outside, metric_intermittent, no_metric, timed_out,
//   resource_limit, missing_framework, gpu_unavailable, failed_to_start, cancelled,
//   no_expectation, no_runs
QString verdictReasonIdList(); // the ids above, comma-separated (for the docs test)

// What the machine the runs happened on can do, as far as the verdict cares.
struct VerifyContext {
    bool gpuAvailable = false; // the interpreter sees a CUDA device and the runs were allowed on it
    QString interpreter;
    QString device;            // what was asked: auto, cpu, cuda:N
    QJsonObject environment;   // the interpreter's probe (PythonEnvironment::toJson), may be empty
};

struct SeedEvidence {
    int seed = 0;
    RunStatus status = RunStatus::FailedToStart;
    MatchLevel match = MatchLevel::NoError; // explicit bugs
    QString observed;      // "RuntimeError: …", "exit code 3", "signal 11", "timed out after 300 s"
    double metric = std::nan("");   // silent bugs: the value as a fraction when normalised (see unit rules)
    bool metricFound = false;
    double wallSeconds = 0.0;
};

struct MetricStatistics {
    QString name;
    QString observedName;    // the name read from the runs when it differs (test_accuracy)
    QString unit;            // the unit shown: "%" or empty; values below are in it
    int count = 0;           // seeds that reported it
    double mean = std::nan("");
    double std = std::nan(""); // sample standard deviation (n - 1); 0 for one value
    double expected = std::nan("");
    double relativeError = std::nan(""); // |mean - expected| / |expected|; absolute when expected is 0
    double tolerance = kDefaultTolerance;
    double low = std::nan("");  // the band: expected ± tolerance × |expected|
    double high = std::nan("");
    QList<double> values;
};

struct Verdict {
    VerdictStatus status = VerdictStatus::Inconclusive;
    QString reasonId;
    QString reason; // one or two sentences a user reads
    Expectation expectation;
    QList<SeedEvidence> seeds;
    int seedsShowing = 0; // seeds that showed the bug (error matched, or metric NaN for a NaN bug)
    MatchLevel bestMatch = MatchLevel::NoError;
    QStringList matchedErrorLines; // distinct, with the snippet line that raised it
    std::optional<MetricStatistics> metric;
    QJsonObject environment; // of the first run that recorded one, else the context's probe
    QString interpreter;
    QString device;

    bool isReproduced() const { return status == VerdictStatus::Reproduced; }
};

// The decision (thesis section 4.3.5):
// explicit — every seed shows the reported error (exact or normalised) → Reproduced; some →
//   Intermittent (k of n); none: a missing framework, no GPU for a GPU bug, or no seed that
//   ran to an answer (timeouts, limits) → Inconclusive; the same type with another message →
//   NotReproduced (type_only, or type_only_all when every seed shows it: a type alone is not
//   the reported error); another exception → NotReproduced (different_error); no error at all
//   → NotReproduced (no_error).
// silent — the mean of the metric over the seeds that reported it lies within the relative
//   tolerance → Reproduced, else NotReproduced with the distance; a NaN/inf expectation is
//   shown by every seed (Reproduced), some (Intermittent) or none. No seed reporting it →
//   Inconclusive (no_metric), unless the runs crashed (different_error) or never got an
//   answer (timed_out, resource_limit, …).
Verdict decideVerdict(const Expectation &expectation, const QList<RunResult> &runs,
                      const VerifyContext &context = {});

// Metric units: a value with "%" is divided by 100. Without a unit, a bounded metric
// (accuracy, precision, recall, f1, auc and their val_/test_ forms) above 1 and at most 100 is
// read as a percentage; other metrics (loss, mse, …) are taken as written.
double metricAsFraction(const QString &name, double value, const QString &unit);
bool isBoundedMetric(const QString &name);

// The metric value a run gives for the expectation, as a fraction where the unit rules say so:
// the last match of metricRegex over the output when set, else the last value of that name the
// harness collected; when the run has none of that name, its test_ then val_ form ("Test
// accuracy: 69%" for an expected accuracy). observedName says which name was read.
std::optional<double> observedMetric(const Expectation &expectation, const RunResult &run,
                                     QString *observedName = nullptr);

constexpr int kVerdictSchemaVersion = 1;
QJsonObject verdictToJson(const Verdict &verdict);
QString verdictToText(const Verdict &verdict);

} // namespace dlrepro
