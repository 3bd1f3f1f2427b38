#include "run/HarnessResult.h"

#include "extract/MetricExtractor.h"
#include "run/Harness.h"

#include <QFile>
#include <algorithm>
#include <QJsonArray>
#include <QJsonDocument>

namespace dlrepro {

QString normalisedMetricName(const QString &name)
{
    // One parser for names everywhere: ask the report extractor what it calls "<name>: 1".
    const QString trimmed = name.trimmed();
    const QList<Fact> facts = extractMetrics(trimmed + QStringLiteral(": 1"));
    if (facts.size() == 1 && !facts.first().name.isEmpty())
        return facts.first().name;
    return trimmed;
}

namespace {

// The parts of the output that are Python tracebacks: from "Traceback (most recent call last):"
// through the indented frames to the error line. A traceback quotes source lines, and a
// SyntaxError quotes the very line that failed ("Accuracy: 10.12 %"): those are not metrics the
// run printed.
QList<TextSpan> tracebackSpans(const QString &output)
{
    QList<TextSpan> spans;
    static const QLatin1String kStart("Traceback (most recent call last):");
    qsizetype from = output.indexOf(kStart);
    while (from >= 0) {
        qsizetype pos = output.indexOf(QLatin1Char('\n'), from);
        while (pos >= 0 && pos + 1 < output.size()) {
            const QChar c = output.at(pos + 1);
            const bool indented = c == QLatin1Char(' ') || c == QLatin1Char('\t');
            pos = output.indexOf(QLatin1Char('\n'), pos + 1);
            if (!indented)
                break; // that was the error line: the traceback ends with it
        }
        const qsizetype end = pos < 0 ? output.size() : pos;
        spans.append(TextSpan{from, end - from});
        from = output.indexOf(kStart, end);
    }
    return spans;
}

} // namespace

QList<MetricValue> metricsFromOutput(const QString &output)
{
    const QList<TextSpan> tracebacks = tracebackSpans(output);
    QList<MetricValue> out;
    for (const Fact &f : extractMetrics(output)) {
        if (!f.hasNumber() || f.detail == QStringLiteral("expected"))
            continue;
        if (std::any_of(tracebacks.begin(), tracebacks.end(), [&](const TextSpan &t) { return t.contains(f.span); }))
            continue;
        out.append({f.name, f.number, f.unit, QStringLiteral("output")});
    }
    return out;
}

bool readHarnessResult(const QString &path, RunResult *result, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the harness wrote no result (%1)").arg(path);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(64 * 1024 * 1024), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("the harness result %1 is not JSON: %2")
                         .arg(path, parseError.errorString());
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("schema")).toString() != QStringLiteral("dlrepro-run-result")
        || o.value(QStringLiteral("schema_version")).toInt() != harnessResultSchemaVersion()) {
        if (error)
            *error = QStringLiteral("the harness result %1 has another schema").arg(path);
        return false;
    }
    RunResult &r = *result;
    r.resultPath = path;
    parseRunStatus(o.value(QStringLiteral("status")).toString(), &r.status);
    r.exitCode = o.value(QStringLiteral("exit_code")).toInt();
    const QJsonObject e = o.value(QStringLiteral("exception")).toObject();
    if (!e.isEmpty()) {
        r.exception.qualifiedType = e.value(QStringLiteral("qualified_type")).toString();
        r.exception.type = e.value(QStringLiteral("type")).toString();
        r.exception.message = e.value(QStringLiteral("message")).toString();
        r.exception.traceback = e.value(QStringLiteral("traceback")).toString();
        r.exception.snippetLine = e.value(QStringLiteral("snippet_line")).toInt();
        r.exception.snippetCode = e.value(QStringLiteral("snippet_code")).toString();
    }
    r.metrics.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("metrics")).toArray()) {
        const QJsonObject m = v.toObject();
        r.metrics.append({normalisedMetricName(m.value(QStringLiteral("name")).toString()),
                          m.value(QStringLiteral("value")).toDouble(),
                          m.value(QStringLiteral("unit")).toString(), QStringLiteral("report")});
    }
    r.wallSeconds = o.value(QStringLiteral("wall_seconds")).toDouble();
    r.peakRssBytes = qint64(o.value(QStringLiteral("peak_rss_bytes")).toDouble());
    r.device = o.value(QStringLiteral("device")).toString();
    r.peakGpuMemoryBytes = qint64(o.value(QStringLiteral("peak_gpu_memory_bytes")).toDouble());
    r.environment = o.value(QStringLiteral("environment")).toObject();
    r.importedModules.clear();
    for (const QJsonValue &v : o.value(QStringLiteral("imported_modules")).toArray())
        r.importedModules.append(v.toString());
    return true;
}

} // namespace dlrepro
