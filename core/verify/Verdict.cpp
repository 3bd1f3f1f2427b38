#include "Verdict.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace dlrepro {

namespace {


QString num(double v, int precision = 4)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QLocale::c().toString(v, 'g', precision);
}

QString percent(double fraction) { return QLocale::c().toString(fraction * 100.0, 'g', 4) + QLatin1Char('%'); }

QJsonValue jsonNumber(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); }

QString firstLine(const QString &text)
{
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    return (nl < 0 ? text : text.left(nl)).trimmed().left(1000);
}

QString exceptionLine(const ExceptionInfo &e)
{
    const QString line = firstLine(e.message);
    return line.isEmpty() ? e.type : e.type + QStringLiteral(": ") + line;
}

bool answered(const RunResult &r)
{
    return r.status == RunStatus::Finished || r.status == RunStatus::Exception || r.status == RunStatus::Exited
        || r.status == RunStatus::Crashed;
}

QString describeRun(const RunResult &r)
{
    switch (r.status) {
    case RunStatus::Finished: return QCoreApplication::translate("Verdict", "finished");
    case RunStatus::Exception: return exceptionLine(r.exception);
    case RunStatus::Exited: return QCoreApplication::translate("Verdict", "exit code %1").arg(r.exitCode);
    case RunStatus::Crashed: return QCoreApplication::translate("Verdict", "killed by signal %1").arg(r.signal);
    case RunStatus::TimedOut:
    case RunStatus::MemoryLimit:
    case RunStatus::OutputLimit:
    case RunStatus::Cancelled:
    case RunStatus::FailedToStart:
        return r.errorText.isEmpty() ? runStatusId(r.status) : firstLine(r.errorText);
    }
    return QString();
}

// "No module named 'torch'" from a ModuleNotFoundError/ImportError.
QString missingModule(const RunResult &r)
{
    if (r.status != RunStatus::Exception)
        return QString();
    const QString type = r.exception.type;
    if (type != QLatin1String("ModuleNotFoundError") && type != QLatin1String("ImportError"))
        return QString();
    static const QRegularExpression re(QStringLiteral(R"(No module named '([\w.]{1,200})')"));
    const auto m = re.match(r.exception.message.left(2000));
    return m.hasMatch() ? m.captured(1).section(QLatin1Char('.'), 0, 0) : QString();
}

// The errors frameworks raise when asked for a GPU that is not there.
bool saysNoGpu(const RunResult &r)
{
    if (r.status != RunStatus::Exception)
        return false;
    const QString m = r.exception.message.left(4000);
    for (const char *phrase : {"Torch not compiled with CUDA enabled", "Found no NVIDIA driver", "No CUDA GPUs are available",
                               "torch.cuda.is_available() is False", "CUDA driver initialization failed",
                               "no CUDA-capable device is detected"})
        if (m.contains(QLatin1String(phrase), Qt::CaseInsensitive))
            return true;
    return false;
}

QString frameworkWord(const QString &module)
{
    static const QStringList frameworks = {QStringLiteral("torch"), QStringLiteral("tensorflow"),
                                           QStringLiteral("keras"), QStringLiteral("jax"),
                                           QStringLiteral("torchvision"), QStringLiteral("sklearn"),
                                           QStringLiteral("numpy"), QStringLiteral("pandas")};
    return frameworks.contains(module) ? QCoreApplication::translate("Verdict", "the framework '%1'").arg(module) : QCoreApplication::translate("Verdict", "the module '%1'").arg(module);
}

QString interpreterName(const VerifyContext &c)
{
    return c.interpreter.isEmpty() ? QCoreApplication::translate("Verdict", "The interpreter") : QCoreApplication::translate("Verdict", "The interpreter %1").arg(c.interpreter);
}

// The verdict for runs none of which gave an answer (all timed out, hit a limit, …).
void inconclusiveWithoutAnswer(const QList<RunResult> &runs, Verdict &v)
{
    int timedOut = 0, limits = 0, notStarted = 0, cancelled = 0;
    QString limitText, startText;
    for (const RunResult &r : runs) {
        if (r.status == RunStatus::TimedOut)
            ++timedOut;
        else if (r.status == RunStatus::MemoryLimit || r.status == RunStatus::OutputLimit) {
            ++limits;
            if (limitText.isEmpty())
                limitText = describeRun(r);
        } else if (r.status == RunStatus::FailedToStart) {
            ++notStarted;
            if (startText.isEmpty())
                startText = describeRun(r);
        } else if (r.status == RunStatus::Cancelled)
            ++cancelled;
    }
    const int n = int(runs.size());
    v.status = VerdictStatus::Inconclusive;
    if (notStarted > 0) {
        v.reasonId = QStringLiteral("failed_to_start");
        v.reason = QCoreApplication::translate("Verdict", "The snippet could not be started: %1").arg(startText);
    } else if (limits > 0) {
        v.reasonId = QStringLiteral("resource_limit");
        v.reason = QCoreApplication::translate("Verdict", "%1 of %2 seeds were stopped at a resource limit (%3) and none gave an answer: raise the "
                      "limit (--memory-limit) or make the snippet smaller.")
                       .arg(limits)
                       .arg(n)
                       .arg(limitText);
    } else if (timedOut > 0) {
        v.reasonId = QStringLiteral("timed_out");
        v.reason = QCoreApplication::translate("Verdict", "%1 of %2 seeds timed out and none gave an answer: raise --timeout or make the snippet "
                      "shorter.")
                       .arg(timedOut)
                       .arg(n);
    } else {
        v.reasonId = QStringLiteral("cancelled");
        v.reason = QCoreApplication::translate("Verdict", "The runs were cancelled before any gave an answer.");
    }
}

// Reasons that make any outcome meaningless; true when one applied.
bool inconclusiveForEnvironment(const Expectation &e, const QList<RunResult> &runs, const VerifyContext &c, Verdict &v)
{
    const bool expectsImportError = e.kind == ExpectationKind::Error
        && (e.errorType == QLatin1String("ModuleNotFoundError") || e.errorType == QLatin1String("ImportError"));
    if (!expectsImportError) {
        for (const RunResult &r : runs) {
            const QString module = missingModule(r);
            if (!module.isEmpty()) {
                v.status = VerdictStatus::Inconclusive;
                v.reasonId = QStringLiteral("missing_framework");
                v.reason = QCoreApplication::translate("Verdict", "%1 lacks %2, which the snippet imports: install it there or choose another "
                              "interpreter (--python).")
                               .arg(interpreterName(c), frameworkWord(module));
                return true;
            }
        }
    }
    const bool noGpuSaid = std::any_of(runs.begin(), runs.end(), saysNoGpu);
    if (noGpuSaid || (e.gpuBug && !c.gpuAvailable)) {
        v.status = VerdictStatus::Inconclusive;
        v.reasonId = QStringLiteral("gpu_unavailable");
        v.reason = e.gpuBug ? QCoreApplication::translate("Verdict", "This is a GPU bug and no GPU was available to the runs: a GPU bug cannot be "
                                 "reproduced on this machine.")
                            : QCoreApplication::translate("Verdict", "The snippet needs a GPU and no GPU was available to the runs: it cannot be "
                                 "reproduced on this machine.");
        return true;
    }
    if (std::none_of(runs.begin(), runs.end(), answered)) {
        inconclusiveWithoutAnswer(runs, v);
        return true;
    }
    return false;
}

QString unansweredNote(const QList<RunResult> &runs)
{
    int count = 0;
    for (const RunResult &r : runs)
        if (!answered(r))
            ++count;
    return count == 0 ? QString()
                      : QCoreApplication::translate("Verdict", " Seeds without an answer (timed out, stopped at a limit or not started): %1.").arg(count);
}

void decideExplicit(const Expectation &e, const QList<RunResult> &runs, const VerifyContext &c, Verdict &v)
{
    const int n = int(runs.size());
    int exact = 0, normalised = 0, typeOnly = 0, different = 0, crashed = 0;
    QString firstDifferent, firstTypeOnly, firstCrash;
    QSet<QString> seen;
    for (int i = 0; i < n; ++i) {
        const RunResult &r = runs.at(i);
        SeedEvidence &s = v.seeds[i];
        if (r.status == RunStatus::Exception) {
            const ErrorComparison cmp = compareErrors(r.exception, e.errorQualifiedType.isEmpty() ? e.errorType
                                                                                                   : e.errorQualifiedType,
                                                      e.errorMessage);
            s.match = cmp.level;
            if (int(cmp.level) < int(v.bestMatch))
                v.bestMatch = cmp.level;
            switch (cmp.level) {
            case MatchLevel::Exact: ++exact; break;
            case MatchLevel::Normalised: ++normalised; break;
            case MatchLevel::TypeOnly:
                ++typeOnly;
                if (firstTypeOnly.isEmpty())
                    firstTypeOnly = cmp.observedLine;
                break;
            case MatchLevel::Different:
                ++different;
                if (firstDifferent.isEmpty())
                    firstDifferent = cmp.observedLine;
                break;
            case MatchLevel::NoError: break;
            }
            if (showsError(cmp.level)) {
                QString line = cmp.observedLine;
                if (r.exception.snippetLine > 0)
                    line += QCoreApplication::translate("Verdict", " (snippet line %1: %2)").arg(r.exception.snippetLine).arg(r.exception.snippetCode.trimmed());
                if (!seen.contains(line)) {
                    seen.insert(line);
                    v.matchedErrorLines << line;
                }
            }
        } else if (r.status == RunStatus::Crashed || r.status == RunStatus::Exited) {
            ++crashed;
            if (firstCrash.isEmpty())
                firstCrash = s.observed;
        }
    }
    const int showing = exact + normalised;
    v.seedsShowing = showing;
    const QString reported = e.errorMessage.isEmpty() ? e.errorType : e.errorType + QStringLiteral(": ") + e.errorMessage;
    if (showing == n) {
        v.status = VerdictStatus::Reproduced;
        v.reasonId = QStringLiteral("error_matched");
        v.reason = normalised == 0 ? QCoreApplication::translate("Verdict", "All %1 seeds raised the reported error (exact match).").arg(n)
                                   : QCoreApplication::translate("Verdict", "All %1 seeds raised the reported error (%2 exact, %3 after normalising "
                                        "paths, addresses and numbers in shapes or sizes).")
                                         .arg(n)
                                         .arg(exact)
                                         .arg(normalised);
        return;
    }
    if (showing > 0) {
        v.status = VerdictStatus::Intermittent;
        v.reasonId = QStringLiteral("error_intermittent");
        v.reason = QCoreApplication::translate("Verdict", "%1 of %2 seeds raised the reported error: the bug is intermittent.").arg(showing).arg(n)
            + unansweredNote(runs);
        return;
    }
    if (inconclusiveForEnvironment(e, runs, c, v))
        return;
    v.status = VerdictStatus::NotReproduced;
    if (typeOnly == n) {
        v.reasonId = QStringLiteral("type_only_all");
        v.reason = QCoreApplication::translate("Verdict", "Every seed raised %1 but with a different message (%2; reported: %3). Reproduced by type "
                      "only, which does not count as the reported error.")
                       .arg(e.errorType, firstTypeOnly, reported);
    } else if (typeOnly > 0) {
        v.reasonId = QStringLiteral("type_only");
        v.reason = QCoreApplication::translate("Verdict", "Same type, different message in %1 of %2 seeds (%3; reported: %4).")
                       .arg(typeOnly)
                       .arg(n)
                       .arg(firstTypeOnly, reported)
            + unansweredNote(runs);
    } else if (different > 0) {
        v.reasonId = QStringLiteral("different_error");
        v.reason = QCoreApplication::translate("Verdict", "The snippet crashed with a different error: %1 (reported: %2).").arg(firstDifferent, reported)
            + unansweredNote(runs);
    } else if (crashed > 0) {
        v.reasonId = QStringLiteral("crashed");
        v.reason = QCoreApplication::translate("Verdict", "The snippet crashed (%1) without the reported error.").arg(firstCrash) + unansweredNote(runs);
    } else {
        v.reasonId = QStringLiteral("no_error");
        v.reason = QCoreApplication::translate("Verdict", "The snippet ran to its end without raising the reported error.") + unansweredNote(runs);
    }
}

double sampleStd(const QList<double> &values, double mean)
{
    if (values.size() < 2)
        return 0.0;
    double sum = 0.0;
    for (double x : values)
        sum += (x - mean) * (x - mean);
    return std::sqrt(sum / double(values.size() - 1));
}

QStringList metricNamesSeen(const QList<RunResult> &runs)
{
    QStringList names;
    for (const RunResult &r : runs)
        for (const MetricValue &m : r.metrics)
            if (!names.contains(m.name))
                names << m.name;
    return names;
}

void decideSilent(const Expectation &e, const QList<RunResult> &runs, const VerifyContext &c, Verdict &v)
{
    const int n = int(runs.size());
    const double expected = metricAsFraction(e.metricName, e.metricValue, e.metricUnit);
    // Shown in the unit the report used: a percentage when it gave "%" or a bounded metric above 1.
    const bool showPercent = e.metricUnit == QLatin1String("%")
        || (isBoundedMetric(e.metricName) && std::isfinite(e.metricValue) && std::abs(e.metricValue) > 1.0);
    const double scale = showPercent ? 100.0 : 1.0;

    MetricStatistics st;
    st.name = e.metricName;
    QList<double> values;
    int showingSpecial = 0;
    QString firstCrash;
    for (int i = 0; i < n; ++i) {
        const RunResult &r = runs.at(i);
        SeedEvidence &s = v.seeds[i];
        QString readAs;
        const auto value = observedMetric(e, r, &readAs);
        if (value) {
            if (readAs != e.metricName)
                st.observedName = readAs;
            s.metricFound = true;
            s.metric = *value;
            values << *value;
            if ((std::isnan(expected) && std::isnan(*value)) || (std::isinf(expected) && *value == expected))
                ++showingSpecial;
        } else if ((r.status == RunStatus::Exception || r.status == RunStatus::Crashed || r.status == RunStatus::Exited)
                   && firstCrash.isEmpty()) {
            firstCrash = s.observed;
        }
    }

    st.unit = showPercent ? QStringLiteral("%") : QString();
    st.count = int(values.size());
    st.tolerance = e.tolerance;
    st.expected = expected * scale;
    for (double x : values)
        st.values << x * scale;

    if (values.isEmpty()) {
        v.metric = st;
        if (inconclusiveForEnvironment(e, runs, c, v))
            return;
        if (!firstCrash.isEmpty()) {
            v.status = VerdictStatus::NotReproduced;
            v.reasonId = QStringLiteral("different_error");
            v.reason = QCoreApplication::translate("Verdict", "The snippet crashed with a different error before it reported %1: %2.")
                           .arg(e.metricName, firstCrash);
            return;
        }
        const QStringList seen = metricNamesSeen(runs);
        v.status = VerdictStatus::Inconclusive;
        v.reasonId = QStringLiteral("no_metric");
        v.reason = (e.metricRegex.isEmpty()
                        ? QCoreApplication::translate("Verdict", "No metric '%1' found in the output of any seed").arg(e.metricName)
                        : QCoreApplication::translate("Verdict", "--metric-regex matched nothing in the output of any seed"))
            + (seen.isEmpty() ? QCoreApplication::translate("Verdict", ".") : QCoreApplication::translate("Verdict", "; it printed: %1.").arg(seen.join(QStringLiteral(", "))))
            + QCoreApplication::translate("Verdict", " Print it (\"%1: 0.34\"), call dlrepro.report(\"%1\", value) or give --metric-regex.")
                  .arg(e.metricName);
        return;
    }

    double sum = 0.0;
    for (double x : values)
        sum += x;
    const double mean = sum / double(values.size());
    st.mean = mean * scale;
    st.std = sampleStd(values, mean) * scale;
    QString partial = st.count < n ? QCoreApplication::translate("Verdict", " (%1 of %2 seeds reported it)").arg(st.count).arg(n) : QString();
    if (!st.observedName.isEmpty())
        partial += QCoreApplication::translate("Verdict", " Read from %1.").arg(st.observedName);

    if (!std::isfinite(expected)) {
        // "the loss becomes nan": count the seeds that show it.
        v.metric = st;
        v.seedsShowing = showingSpecial;
        const QString what = num(expected);
        if (showingSpecial == n) {
            v.status = VerdictStatus::Reproduced;
            v.reasonId = QStringLiteral("metric_within");
            v.reason = QCoreApplication::translate("Verdict", "%1 was %2 in all %3 seeds, as reported.").arg(e.metricName, what).arg(n);
        } else if (showingSpecial > 0) {
            v.status = VerdictStatus::Intermittent;
            v.reasonId = QStringLiteral("metric_intermittent");
            v.reason = QCoreApplication::translate("Verdict", "%1 was %2 in %3 of %4 seeds: the bug is intermittent.")
                           .arg(e.metricName, what)
                           .arg(showingSpecial)
                           .arg(n);
        } else if (!inconclusiveForEnvironment(e, runs, c, v)) {
            v.status = VerdictStatus::NotReproduced;
            v.reasonId = QStringLiteral("metric_outside");
            v.reason = QCoreApplication::translate("Verdict", "%1 was never %2 (mean %3%4)%5.").arg(e.metricName, what, num(st.mean), st.unit, partial);
        }
        return;
    }

    const double halfBand = e.tolerance * std::abs(expected);
    // Relative to the reported value; against zero a relative error means nothing, so the
    // tolerance is then an absolute distance.
    const double distance = std::abs(mean - expected);
    st.relativeError = expected != 0.0 ? distance / std::abs(expected) : distance;
    st.low = (expected != 0.0 ? expected - halfBand : -e.tolerance) * scale;
    st.high = (expected != 0.0 ? expected + halfBand : e.tolerance) * scale;
    v.metric = st;
    const bool within = std::isfinite(mean) && st.relativeError <= e.tolerance * (1.0 + 1e-9);
    const QString meanText = num(st.mean) + st.unit;
    const QString expectedText = num(st.expected) + st.unit;
    const QString band = QCoreApplication::translate("Verdict", "%1–%2%3").arg(num(st.low), num(st.high), st.unit);
    if (within) {
        v.status = VerdictStatus::Reproduced;
        v.seedsShowing = st.count;
        v.reasonId = QStringLiteral("metric_within");
        v.reason = QCoreApplication::translate("Verdict", "Mean %1 %2 (std %3) over %4 seeds is within %5 of the reported %6 (band %7; relative error "
                      "%8).")
                       .arg(e.metricName, meanText, num(st.std, 3))
                       .arg(st.count)
                       .arg(percent(e.tolerance), expectedText, band, percent(st.relativeError))
            + partial;
        return;
    }
    if (inconclusiveForEnvironment(e, runs, c, v))
        return;
    v.status = VerdictStatus::NotReproduced;
    v.reasonId = QStringLiteral("metric_outside");
    v.reason = QCoreApplication::translate("Verdict", "Mean %1 %2 (std %3) over %4 seeds is %5 away from the reported %6, outside the %7 tolerance "
                  "(band %8).")
                   .arg(e.metricName, meanText, num(st.std, 3))
                   .arg(st.count)
                   .arg(percent(st.relativeError), expectedText, percent(e.tolerance), band)
        + partial;
}

} // namespace

QString verdictStatusId(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Reproduced: return QStringLiteral("reproduced");
    case VerdictStatus::Intermittent: return QStringLiteral("intermittent");
    case VerdictStatus::NotReproduced: return QStringLiteral("not_reproduced");
    case VerdictStatus::Inconclusive: return QStringLiteral("inconclusive");
    }
    return QString();
}

QString verdictStatusName(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Reproduced: return QCoreApplication::translate("Verdict", "reproduced");
    case VerdictStatus::Intermittent: return QCoreApplication::translate("Verdict", "intermittent");
    case VerdictStatus::NotReproduced: return QCoreApplication::translate("Verdict", "not reproduced");
    case VerdictStatus::Inconclusive: return QCoreApplication::translate("Verdict", "inconclusive");
    }
    return QString();
}

QString verdictReasonIdList()
{
    return QStringLiteral("error_matched,error_intermittent,type_only,type_only_all,different_error,crashed,no_error,"
                          "metric_within,metric_outside,metric_intermittent,no_metric,timed_out,resource_limit,"
                          "missing_framework,gpu_unavailable,failed_to_start,cancelled,no_expectation,no_runs");
}

bool isBoundedMetric(const QString &name)
{
    QString base = name;
    for (const char *p : {"val_", "test_"})
        if (base.startsWith(QLatin1String(p)))
            base = base.mid(int(qstrlen(p)));
    return base.contains(QLatin1String("accuracy")) || base == QLatin1String("precision")
        || base == QLatin1String("recall") || base == QLatin1String("f1") || base == QLatin1String("auc");
}

double metricAsFraction(const QString &name, double value, const QString &unit)
{
    if (unit == QLatin1String("%"))
        return value / 100.0;
    if (isBoundedMetric(name) && std::isfinite(value) && value > 1.0 && value <= 100.0)
        return value / 100.0;
    return value;
}

std::optional<double> observedMetric(const Expectation &expectation, const RunResult &run, QString *observedName)
{
    if (observedName)
        *observedName = expectation.metricName;
    if (!expectation.metricRegex.isEmpty()) {
        const QRegularExpression re(expectation.metricRegex);
        if (!re.isValid() || re.captureCount() < 1)
            return std::nullopt;
        QString last;
        auto it = re.globalMatch(run.output);
        while (it.hasNext())
            last = it.next().captured(1);
        last = last.trimmed();
        if (last.isEmpty())
            return std::nullopt;
        QString unit;
        if (last.endsWith(QLatin1Char('%'))) {
            unit = QStringLiteral("%");
            last.chop(1);
        }
        bool ok = false;
        double v = last.trimmed().toDouble(&ok);
        if (!ok && last.trimmed().compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0)
            v = std::nan(""), ok = true;
        if (!ok)
            return std::nullopt;
        return metricAsFraction(expectation.metricName, v, unit);
    }
    const MetricValue *found = nullptr;
    for (const QString &name : QStringList{expectation.metricName, QStringLiteral("test_") + expectation.metricName,
                                QStringLiteral("val_") + expectation.metricName}) {
        for (const MetricValue &m : run.metrics)
            if (m.name == name)
                found = &m;
        if (found || expectation.metricName.startsWith(QLatin1String("val_"))
            || expectation.metricName.startsWith(QLatin1String("test_")))
            break;
    }
    if (!found)
        return std::nullopt;
    if (observedName)
        *observedName = found->name;
    return metricAsFraction(found->name, found->value, found->unit);
}

Verdict decideVerdict(const Expectation &expectation, const QList<RunResult> &runs, const VerifyContext &context)
{
    Verdict v;
    v.expectation = expectation;
    v.interpreter = context.interpreter;
    v.device = context.device;
    v.environment = context.environment;
    for (const RunResult &r : runs) {
        if (!r.environment.isEmpty()) {
            v.environment = r.environment;
            break;
        }
    }
    for (const RunResult &r : runs) {
        SeedEvidence s;
        s.seed = r.seed;
        s.status = r.status;
        s.observed = describeRun(r);
        s.wallSeconds = r.wallSeconds;
        v.seeds << s;
    }
    if (!expectation.isValid()) {
        v.status = VerdictStatus::Inconclusive;
        v.reasonId = QStringLiteral("no_expectation");
        v.reason = QCoreApplication::translate("Verdict", "Nothing to compare with: the report quotes no error or metric and none was given.");
        return v;
    }
    if (runs.isEmpty()) {
        v.status = VerdictStatus::Inconclusive;
        v.reasonId = QStringLiteral("no_runs");
        v.reason = QCoreApplication::translate("Verdict", "No seed was run.");
        return v;
    }
    if (expectation.kind == ExpectationKind::Error)
        decideExplicit(expectation, runs, context, v);
    else
        decideSilent(expectation, runs, context, v);
    return v;
}

QJsonObject verdictToJson(const Verdict &v)
{
    QJsonArray seeds;
    for (const SeedEvidence &s : v.seeds) {
        QJsonObject o{{QStringLiteral("seed"), s.seed},
                      {QStringLiteral("status"), runStatusId(s.status)},
                      {QStringLiteral("observed"), s.observed},
                      {QStringLiteral("wall_seconds"), s.wallSeconds}};
        if (v.expectation.kind == ExpectationKind::Error)
            o.insert(QStringLiteral("match"), matchLevelId(s.match));
        if (v.expectation.kind == ExpectationKind::Metric) {
            const double scale = v.metric && v.metric->unit == QLatin1String("%") ? 100.0 : 1.0;
            o.insert(QStringLiteral("metric"), s.metricFound ? jsonNumber(s.metric * scale) : QJsonValue());
            o.insert(QStringLiteral("metric_text"), s.metricFound ? num(s.metric * scale, 6) : QString());
        }
        seeds.append(o);
    }
    QJsonObject o{{QStringLiteral("schema"), QStringLiteral("dlrepro-verdict")},
                  {QStringLiteral("schema_version"), kVerdictSchemaVersion},
                  {QStringLiteral("status"), verdictStatusId(v.status)},
                  {QStringLiteral("reason_id"), v.reasonId},
                  {QStringLiteral("reason"), v.reason},
                  {QStringLiteral("expectation"), expectationToJson(v.expectation)},
                  {QStringLiteral("seeds_run"), int(v.seeds.size())},
                  {QStringLiteral("seeds_showing"), v.seedsShowing},
                  {QStringLiteral("seeds"), seeds},
                  {QStringLiteral("interpreter"), v.interpreter},
                  {QStringLiteral("device"), v.device},
                  {QStringLiteral("environment"), v.environment}};
    if (v.expectation.kind == ExpectationKind::Error) {
        o.insert(QStringLiteral("best_match"), matchLevelId(v.bestMatch));
        o.insert(QStringLiteral("matched_error_lines"), QJsonArray::fromStringList(v.matchedErrorLines));
    }
    if (v.metric) {
        const MetricStatistics &m = *v.metric;
        QJsonArray values;
        for (double x : m.values)
            values.append(jsonNumber(x));
        o.insert(QStringLiteral("metric"),
                 QJsonObject{{QStringLiteral("name"), m.name},
                             {QStringLiteral("observed_name"), m.observedName.isEmpty() ? m.name : m.observedName},
                             {QStringLiteral("unit"), m.unit},
                             {QStringLiteral("count"), m.count},
                             {QStringLiteral("values"), values},
                             {QStringLiteral("mean"), jsonNumber(m.mean)},
                             {QStringLiteral("std"), jsonNumber(m.std)},
                             {QStringLiteral("expected"), jsonNumber(m.expected)},
                             {QStringLiteral("relative_error"), jsonNumber(m.relativeError)},
                             {QStringLiteral("tolerance"), m.tolerance},
                             {QStringLiteral("band"), QJsonArray{jsonNumber(m.low), jsonNumber(m.high)}}});
    } else {
        o.insert(QStringLiteral("metric"), QJsonValue());
    }
    return o;
}

QString verdictToText(const Verdict &v)
{
    QString t;
    t += QCoreApplication::translate("Verdict", "Verdict: %1").arg(verdictStatusName(v.status).toUpper()) + QLatin1Char('\n');
    t += v.reason + QLatin1Char('\n');
    t += QCoreApplication::translate("Verdict", "Expected: %1").arg(expectationToText(v.expectation));
    if (!v.expectation.origin.isEmpty())
        t += QCoreApplication::translate("Verdict", " (from %1)").arg(v.expectation.origin);
    t += QLatin1Char('\n');
    if (!v.seeds.isEmpty()) {
        t += QLatin1Char('\n');
        const bool metric = v.expectation.kind == ExpectationKind::Metric;
        const double scale = v.metric && v.metric->unit == QLatin1String("%") ? 100.0 : 1.0;
        t += QCoreApplication::translate("Verdict", "seed").leftJustified(6) + QCoreApplication::translate("Verdict", "status").leftJustified(14)
            + (metric ? QCoreApplication::translate("Verdict", "metric") : QCoreApplication::translate("Verdict", "match")).leftJustified(24) + QCoreApplication::translate("Verdict", "time").leftJustified(10) + QCoreApplication::translate("Verdict", "observed")
            + QLatin1Char('\n');
        for (const SeedEvidence &s : v.seeds) {
            QString third;
            if (metric)
                third = s.metricFound ? QString(num(s.metric * scale, 6) + (v.metric ? v.metric->unit : QString())) : QCoreApplication::translate("Verdict", "-");
            else
                third = matchLevelName(s.match);
            t += QString::number(s.seed).leftJustified(6) + runStatusId(s.status).leftJustified(14)
                + third.leftJustified(24) + QString(QLocale::c().toString(s.wallSeconds, 'f', 2) + QStringLiteral(" s")).leftJustified(10)
                + s.observed.left(200) + QLatin1Char('\n');
        }
    }
    if (!v.matchedErrorLines.isEmpty()) {
        t += QLatin1Char('\n') + QCoreApplication::translate("Verdict", "Matched error lines:") + QLatin1Char('\n');
        for (const QString &l : v.matchedErrorLines)
            t += QStringLiteral("  ") + l + QLatin1Char('\n');
    }
    if (v.metric && v.metric->count > 0) {
        const MetricStatistics &m = *v.metric;
        t += QLatin1Char('\n')
            + QCoreApplication::translate("Verdict", "Metric %1: mean %2%3, std %4 over seeds: %5; reported %6%3; band %7%3–%8%3; relative error %9")
                  .arg(m.name, num(m.mean), m.unit, num(m.std, 3))
                  .arg(m.count)
                  .arg(num(m.expected), num(m.low), num(m.high), std::isfinite(m.relativeError) ? percent(m.relativeError) : QCoreApplication::translate("Verdict", "-"))
            + QLatin1Char('\n');
    }
    QStringList env;
    if (!v.interpreter.isEmpty())
        env << v.interpreter;
    const QString ranOn = v.environment.value(QLatin1String("device")).toString();
    if (!v.device.isEmpty() && v.device != ranOn)
        env << QCoreApplication::translate("Verdict", "device asked %1").arg(v.device);
    for (auto it = v.environment.begin(); it != v.environment.end(); ++it) {
        if (it.key() == QLatin1String("executable") && it.value().toString() == v.interpreter)
            continue;
        if (it.value().isString() && !it.value().toString().isEmpty())
            env << it.key() + QLatin1Char(' ') + it.value().toString().left(100);
        else if (it.value().isDouble())
            env << it.key() + QLatin1Char(' ') + num(it.value().toDouble(), 10);
    }
    if (!env.isEmpty())
        t += QLatin1Char('\n') + QCoreApplication::translate("Verdict", "Environment: %1").arg(env.join(QStringLiteral(", "))) + QLatin1Char('\n');
    return t;
}

} // namespace dlrepro
