#include "Expectation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace dlrepro {

namespace {


bool containsCi(const QString &text, const char *what)
{
    return text.contains(QLatin1String(what), Qt::CaseInsensitive);
}

// An error that only a GPU can raise: CUDA/cuDNN/NCCL failures, device-side asserts, tensors on
// two devices.
bool isGpuError(const QString &type, const QString &message)
{
    return containsCi(type, "cuda") || containsCi(message, "cuda") || containsCi(message, "cudnn")
        || containsCi(message, "nccl") || containsCi(message, "device-side assert")
        || containsCi(message, "cublas");
}

void takeContext(const Inspection &inspection, Expectation &e)
{
    e.bugType = inspection.bugType.type;
    e.frameworks = inspection.frameworks;
    e.gpuBug = e.bugType == BugType::Gpu
        || (e.kind == ExpectationKind::Error && isGpuError(e.errorType, e.errorMessage));
}

bool inOutputBlock(const Report &report, const TextSpan &span)
{
    for (const CodeBlock &b : report.body.codeBlocks)
        if (b.kind != CodeBlockKind::Code && b.span.contains(span))
            return true;
    return false;
}

int epochOf(const QString &detail)
{
    // detail starts with "epoch 3/10" or "epoch 3" when the value is one point of a series.
    if (!detail.startsWith(QLatin1String("epoch ")))
        return -1;
    qsizetype end = 6;
    while (end < detail.size() && detail.at(end).isDigit())
        ++end;
    bool ok = false;
    const int n = QStringView(detail).mid(6, end - 6).toInt(&ok);
    return ok ? n : -1;
}

bool isExpectedValue(const QString &detail)
{
    for (const QString &part : detail.split(QStringLiteral("; ")))
        if (part == QLatin1String("expected"))
            return true;
    return false;
}

QString quoted(const Report &report, const TextSpan &span)
{
    if (!span.isValid() || span.end() > report.body.text.size())
        return QString();
    return report.body.text.mid(span.start, std::min<qsizetype>(span.length, 200));
}

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 10);
}

} // namespace

QString expectationKindId(ExpectationKind kind)
{
    switch (kind) {
    case ExpectationKind::None: return QStringLiteral("none");
    case ExpectationKind::Error: return QStringLiteral("error");
    case ExpectationKind::Metric: return QStringLiteral("metric");
    }
    return QString();
}

QString expectationSourceId(ExpectationSource source)
{
    return source == ExpectationSource::Report ? QStringLiteral("report") : QStringLiteral("user");
}

QString normaliseMetricName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(QLatin1Char(' '), QLatin1Char('_'));
    n.replace(QLatin1Char('-'), QLatin1Char('_'));
    QString prefix;
    for (const char *p : {"validation_", "val_", "test_", "eval_", "training_", "train_"}) {
        if (n.startsWith(QLatin1String(p))) {
            const QString pre = QString::fromLatin1(p);
            n = n.mid(pre.size());
            if (pre == QLatin1String("validation_") || pre == QLatin1String("val_"))
                prefix = QStringLiteral("val_");
            else if (pre == QLatin1String("test_") || pre == QLatin1String("eval_"))
                prefix = QStringLiteral("test_");
            break; // training is what Keras calls plain "loss"
        }
    }
    if (n == QLatin1String("acc"))
        n = QStringLiteral("accuracy");
    else if (n.startsWith(QLatin1String("f1")))
        n = QStringLiteral("f1");
    return prefix + n;
}

Expectation expectationFromInspection(const Inspection &inspection)
{
    Expectation e;
    e.source = ExpectationSource::Report;
    const Report &report = inspection.report;
    const QString where = report.id.isEmpty() ? QCoreApplication::translate("Expectation", "the report") : QCoreApplication::translate("Expectation", "report %1").arg(report.id);

    const Fact *error = nullptr;
    bool errorInBlock = false;
    const Fact *metric = nullptr;
    int metricEpoch = -1;
    for (const Fact &f : inspection.facts) {
        if (f.kind == FactKind::Error) {
            const bool block = inOutputBlock(report, f.span);
            // The last error inside a traceback/console block; else the first one in prose.
            if (block)
                error = &f, errorInBlock = true;
            else if (!error)
                error = &f;
        } else if (f.kind == FactKind::Metric && f.confidence >= 1.0 && !isExpectedValue(f.detail)
                   && f.hasNumber()) {
            const int epoch = epochOf(f.detail);
            if (!metric || epoch >= metricEpoch)
                metric = &f, metricEpoch = epoch;
        } else if (f.kind == FactKind::Metric && f.confidence >= 1.0 && !isExpectedValue(f.detail)
                   && f.value.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0) {
            // "the loss becomes nan": a metric whose value is NaN.
            const int epoch = epochOf(f.detail);
            if (!metric || epoch >= metricEpoch)
                metric = &f, metricEpoch = epoch;
        }
    }

    if (error) {
        e.kind = ExpectationKind::Error;
        e.errorType = error->name;
        e.errorQualifiedType = error->detail.isEmpty() ? error->name : error->detail;
        e.errorMessage = error->value;
        e.origin = errorInBlock ? QCoreApplication::translate("Expectation", "%1, traceback: \"%2\"").arg(where, quoted(report, error->span))
                                : QCoreApplication::translate("Expectation", "%1, text: \"%2\"").arg(where, quoted(report, error->span));
    } else if (metric) {
        e.kind = ExpectationKind::Metric;
        e.metricName = metric->name;
        e.metricValue = metric->hasNumber() ? metric->number : std::nan("");
        e.metricUnit = metric->unit;
        e.origin = QCoreApplication::translate("Expectation", "%1, text: \"%2\"").arg(where, quoted(report, metric->span));
    }
    takeContext(inspection, e);
    return e;
}

bool parseExpectedError(const QString &text, Expectation *out, QString *error)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t.size() > 100000) {
        *error = QCoreApplication::translate("Expectation", "--expect-error needs \"Type: message\"");
        return false;
    }
    static const QRegularExpression re(QStringLiteral(R"(^((?:[A-Za-z_]\w{0,100}\.){0,20}[A-Za-z_]\w{0,100})(?::\s*(.*))?$)"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(t);
    if (!m.hasMatch()) {
        *error = QCoreApplication::translate("Expectation", "--expect-error: '%1' is not \"Type: message\" (the type is a Python name such as RuntimeError)")
                     .arg(t.left(80));
        return false;
    }
    out->kind = ExpectationKind::Error;
    out->source = ExpectationSource::User;
    out->errorQualifiedType = m.captured(1);
    out->errorType = out->errorQualifiedType.section(QLatin1Char('.'), -1);
    out->errorMessage = m.captured(2).trimmed();
    out->origin = QCoreApplication::translate("Expectation", "--expect-error");
    out->gpuBug = out->gpuBug || isGpuError(out->errorType, out->errorMessage);
    return true;
}

bool parseExpectedMetric(const QString &text, Expectation *out, QString *error)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    const QString name = text.left(eq).trimmed();
    QString value = text.mid(eq + 1).trimmed();
    static const QRegularExpression nameRe(QStringLiteral(R"(^[A-Za-z_][\w -]{0,60}$)"));
    if (eq < 0 || !nameRe.match(name).hasMatch() || value.isEmpty()) {
        *error = QCoreApplication::translate("Expectation", "--expect-metric needs name=value[%] (e.g. accuracy=34%), not '%1'").arg(text.left(80));
        return false;
    }
    QString unit;
    if (value.endsWith(QLatin1Char('%'))) {
        unit = QStringLiteral("%");
        value.chop(1);
    }
    bool ok = false;
    double v = value.trimmed().toDouble(&ok);
    if (!ok) {
        const QString lower = value.trimmed().toLower();
        if (lower == QLatin1String("nan"))
            v = std::nan(""), ok = true;
        else if (lower == QLatin1String("inf") || lower == QLatin1String("+inf"))
            v = HUGE_VAL, ok = true;
        else if (lower == QLatin1String("-inf"))
            v = -HUGE_VAL, ok = true;
    }
    if (!ok) {
        *error = QCoreApplication::translate("Expectation", "--expect-metric: '%1' is not a number").arg(value.left(80));
        return false;
    }
    out->kind = ExpectationKind::Metric;
    out->source = ExpectationSource::User;
    out->metricName = normaliseMetricName(name);
    out->metricValue = v;
    out->metricUnit = unit;
    out->origin = QCoreApplication::translate("Expectation", "--expect-metric");
    return true;
}

bool setMetricRegex(const QString &pattern, Expectation *out, QString *error)
{
    const QRegularExpression re(pattern);
    if (!re.isValid()) {
        *error = QCoreApplication::translate("Expectation", "--metric-regex: %1 at offset %2").arg(re.errorString()).arg(re.patternErrorOffset());
        return false;
    }
    if (re.captureCount() != 1) {
        *error = QCoreApplication::translate("Expectation", "--metric-regex needs exactly one capture group around the number (it has %1)")
                     .arg(re.captureCount());
        return false;
    }
    out->metricRegex = pattern;
    return true;
}

bool parseTolerance(const QString &text, double *out, QString *error)
{
    QString t = text.trimmed();
    double scale = 1.0;
    if (t.endsWith(QLatin1Char('%'))) {
        t.chop(1);
        scale = 0.01;
    }
    bool ok = false;
    const double v = t.toDouble(&ok) * scale;
    if (!ok || !(v > 0.0) || v > 1.0) {
        *error = QCoreApplication::translate("Expectation", "--tolerance must be a relative tolerance in (0, 1] such as 0.05 or 5%, not '%1'").arg(text.left(40));
        return false;
    }
    *out = v;
    return true;
}

QString expectationToText(const Expectation &e)
{
    switch (e.kind) {
    case ExpectationKind::None:
        return QCoreApplication::translate("Expectation", "nothing to expect");
    case ExpectationKind::Error:
        return e.errorMessage.isEmpty() ? QCoreApplication::translate("Expectation", "the snippet raises %1").arg(e.errorType)
                                        : QCoreApplication::translate("Expectation", "the snippet raises %1: %2").arg(e.errorType, e.errorMessage);
    case ExpectationKind::Metric:
        return QCoreApplication::translate("Expectation", "%1 is %2%3 (within ±%4%)")
            .arg(e.metricName, number(e.metricValue), e.metricUnit, QLocale::c().toString(e.tolerance * 100, 'g', 6));
    }
    return QString();
}

QJsonObject expectationToJson(const Expectation &e)
{
    QJsonObject o{{QStringLiteral("kind"), expectationKindId(e.kind)},
                  {QStringLiteral("source"), expectationSourceId(e.source)},
                  {QStringLiteral("origin"), e.origin},
                  {QStringLiteral("bug_type"), bugTypeId(e.bugType)},
                  {QStringLiteral("gpu_bug"), e.gpuBug},
                  {QStringLiteral("frameworks"), QJsonArray::fromStringList(e.frameworks)}};
    if (e.kind == ExpectationKind::Error) {
        o.insert(QStringLiteral("error_type"), e.errorType);
        o.insert(QStringLiteral("error_qualified_type"), e.errorQualifiedType);
        o.insert(QStringLiteral("error_message"), e.errorMessage);
    } else if (e.kind == ExpectationKind::Metric) {
        o.insert(QStringLiteral("metric_name"), e.metricName);
        o.insert(QStringLiteral("metric_value"), std::isfinite(e.metricValue) ? QJsonValue(e.metricValue) : QJsonValue());
        o.insert(QStringLiteral("metric_value_text"), number(e.metricValue));
        o.insert(QStringLiteral("metric_unit"), e.metricUnit);
        o.insert(QStringLiteral("tolerance"), e.tolerance);
        o.insert(QStringLiteral("metric_regex"), e.metricRegex.isEmpty() ? QJsonValue() : QJsonValue(e.metricRegex));
    }
    return o;
}

} // namespace dlrepro
