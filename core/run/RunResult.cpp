#include "run/RunResult.h"

#include <QJsonArray>
#include <QSet>

namespace dlrepro {

namespace {

struct StatusId {
    RunStatus status;
    const char *id;
};

constexpr StatusId kStatusIds[] = {
    {RunStatus::Finished, "finished"},       {RunStatus::Exception, "exception"},
    {RunStatus::Exited, "exited"},           {RunStatus::Crashed, "crashed"},
    {RunStatus::TimedOut, "timed_out"},      {RunStatus::MemoryLimit, "memory_limit"},
    {RunStatus::OutputLimit, "output_limit"}, {RunStatus::Cancelled, "cancelled"},
    {RunStatus::FailedToStart, "failed_to_start"},
};

} // namespace

QString runStatusId(RunStatus status)
{
    for (const auto &s : kStatusIds) {
        if (s.status == status)
            return QLatin1String(s.id);
    }
    return QStringLiteral("failed_to_start");
}

bool parseRunStatus(const QString &id, RunStatus *out)
{
    for (const auto &s : kStatusIds) {
        if (id == QLatin1String(s.id)) {
            if (out)
                *out = s.status;
            return true;
        }
    }
    return false;
}

const MetricValue *RunResult::lastMetric(const QString &name) const
{
    for (auto it = metrics.crbegin(); it != metrics.crend(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return nullptr;
}

QJsonObject runResultToJson(const RunResult &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("seed"), r.seed);
    o.insert(QStringLiteral("status"), runStatusId(r.status));
    o.insert(QStringLiteral("exit_code"), r.exitCode);
    o.insert(QStringLiteral("signal"), r.signal);
    if (!r.exception.isEmpty()) {
        QJsonObject e;
        e.insert(QStringLiteral("qualified_type"), r.exception.qualifiedType);
        e.insert(QStringLiteral("type"), r.exception.type);
        e.insert(QStringLiteral("message"), r.exception.message);
        e.insert(QStringLiteral("traceback"), r.exception.traceback);
        e.insert(QStringLiteral("snippet_line"), r.exception.snippetLine);
        e.insert(QStringLiteral("snippet_code"), r.exception.snippetCode);
        o.insert(QStringLiteral("exception"), e);
    }
    QJsonArray metrics;
    for (const MetricValue &m : r.metrics) {
        metrics.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("value"), m.value},
                                   {QStringLiteral("unit"), m.unit},
                                   {QStringLiteral("source"), m.source}});
    }
    o.insert(QStringLiteral("metrics"), metrics);
    o.insert(QStringLiteral("wall_seconds"), r.wallSeconds);
    o.insert(QStringLiteral("peak_rss_bytes"), double(r.peakRssBytes));
    o.insert(QStringLiteral("device"), r.device);
    o.insert(QStringLiteral("peak_gpu_memory_bytes"), double(r.peakGpuMemoryBytes));
    o.insert(QStringLiteral("output"), r.output);
    o.insert(QStringLiteral("output_truncated"), r.outputTruncated);
    o.insert(QStringLiteral("run_directory"), r.runDirectory);
    o.insert(QStringLiteral("result_path"), r.resultPath);
    o.insert(QStringLiteral("error_text"), r.errorText);
    o.insert(QStringLiteral("environment"), r.environment);
    o.insert(QStringLiteral("imported_modules"), QJsonArray::fromStringList(r.importedModules));
    o.insert(QStringLiteral("fork_server"), r.forkServer);
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("note"), r.note);
    return o;
}

RunResult runResultFromJson(const QJsonObject &o)
{
    RunResult r;
    r.seed = o.value(QStringLiteral("seed")).toInt();
    parseRunStatus(o.value(QStringLiteral("status")).toString(), &r.status);
    r.exitCode = o.value(QStringLiteral("exit_code")).toInt(-1);
    r.signal = o.value(QStringLiteral("signal")).toInt();
    const QJsonObject e = o.value(QStringLiteral("exception")).toObject();
    r.exception.qualifiedType = e.value(QStringLiteral("qualified_type")).toString();
    r.exception.type = e.value(QStringLiteral("type")).toString();
    r.exception.message = e.value(QStringLiteral("message")).toString();
    r.exception.traceback = e.value(QStringLiteral("traceback")).toString();
    r.exception.snippetLine = e.value(QStringLiteral("snippet_line")).toInt();
    r.exception.snippetCode = e.value(QStringLiteral("snippet_code")).toString();
    const QJsonArray metrics = o.value(QStringLiteral("metrics")).toArray();
    for (const QJsonValue &v : metrics) {
        const QJsonObject m = v.toObject();
        r.metrics.append({m.value(QStringLiteral("name")).toString(),
                          m.value(QStringLiteral("value")).toDouble(),
                          m.value(QStringLiteral("unit")).toString(),
                          m.value(QStringLiteral("source")).toString()});
    }
    r.wallSeconds = o.value(QStringLiteral("wall_seconds")).toDouble();
    r.peakRssBytes = qint64(o.value(QStringLiteral("peak_rss_bytes")).toDouble());
    r.device = o.value(QStringLiteral("device")).toString();
    r.peakGpuMemoryBytes = qint64(o.value(QStringLiteral("peak_gpu_memory_bytes")).toDouble());
    r.output = o.value(QStringLiteral("output")).toString();
    r.outputTruncated = o.value(QStringLiteral("output_truncated")).toBool();
    r.runDirectory = o.value(QStringLiteral("run_directory")).toString();
    r.resultPath = o.value(QStringLiteral("result_path")).toString();
    r.errorText = o.value(QStringLiteral("error_text")).toString();
    r.environment = o.value(QStringLiteral("environment")).toObject();
    for (const QJsonValue &v : o.value(QStringLiteral("imported_modules")).toArray())
        r.importedModules.append(v.toString());
    r.forkServer = o.value(QStringLiteral("fork_server")).toBool();
    r.note = o.value(QStringLiteral("note")).toString();
    return r;
}

QString requirementsText(const RunResult &result)
{
    // Import names whose pip distribution is called otherwise.
    static const QMap<QString, QString> distributions = {
        {QStringLiteral("sklearn"), QStringLiteral("scikit-learn")},
        {QStringLiteral("cv2"), QStringLiteral("opencv-python")},
        {QStringLiteral("PIL"), QStringLiteral("Pillow")},
        {QStringLiteral("yaml"), QStringLiteral("PyYAML")},
        {QStringLiteral("skimage"), QStringLiteral("scikit-image")},
        {QStringLiteral("bs4"), QStringLiteral("beautifulsoup4")},
    };
    const QJsonObject packages =
        result.environment.value(QStringLiteral("packages")).toObject();
    QString out;
    for (const QString &module : result.importedModules) {
        const QString dist = distributions.value(module, module);
        QString version = packages.value(module).toString();
        // Local builds ("1.13.0a0+git…", Debian's "1.13.0a0") are not on PyPI: pin the release.
        const qsizetype plus = version.indexOf(QLatin1Char('+'));
        if (plus >= 0)
            version.truncate(plus);
        out += dist;
        if (!version.isEmpty())
            out += QStringLiteral("==") + version;
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace dlrepro
