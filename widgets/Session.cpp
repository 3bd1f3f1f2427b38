#include "Session.h"

#include "report/ReportJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dlrepro {

namespace {
const QString kFormat = QStringLiteral("dlrepro-session");
} // namespace

QString sessionFileFilter()
{
    return QCoreApplication::translate("dlrepro::Session", "dlrepro sessions (*.dlrepro);;All files (*)");
}

QByteArray Session::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), kSessionVersion);
    o.insert(QStringLiteral("report"), reportToJson(report));
    o.insert(QStringLiteral("bugTypeOverride"), bugTypeOverride ? QJsonValue(bugTypeId(*bugTypeOverride)) : QJsonValue());
    o.insert(QStringLiteral("code"), code);
    QJsonArray blocks;
    for (int b : chosenBlocks)
        blocks.append(b);
    o.insert(QStringLiteral("chosenBlocks"), blocks);
    QJsonObject run;
    run.insert(QStringLiteral("interpreter"), interpreter);
    run.insert(QStringLiteral("device"), device);
    run.insert(QStringLiteral("seeds"), seeds);
    run.insert(QStringLiteral("tolerance"), tolerance);
    run.insert(QStringLiteral("expected"), expected);
    o.insert(QStringLiteral("run"), run);
    QJsonArray results;
    for (const RunResult &r : runs)
        results.append(runResultToJson(r));
    QJsonObject last;
    last.insert(QStringLiteral("results"), results);
    last.insert(QStringLiteral("verified"), runsVerified);
    last.insert(QStringLiteral("expected"), verifiedExpected);
    o.insert(QStringLiteral("lastRun"), last);
    QJsonArray applied;
    for (EditAction a : appliedActions)
        applied.append(editActionId(a));
    o.insert(QStringLiteral("appliedActions"), applied);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool Session::fromJson(const QByteArray &data, Session *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (doc.isNull()) {
        *error = QCoreApplication::translate("dlrepro::Session", "not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat) {
        *error = QCoreApplication::translate("dlrepro::Session", "not a dlrepro session (no \"format\": \"dlrepro-session\")");
        return false;
    }
    const int version = o.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > kSessionVersion) {
        *error = QCoreApplication::translate("dlrepro::Session", "session version %1 is not supported (this dlrepro reads version %2)").arg(version).arg(kSessionVersion);
        return false;
    }
    Session s;
    QString reportError;
    if (!reportFromJson(o.value(QStringLiteral("report")).toObject(), &s.report, &reportError)) {
        *error = QCoreApplication::translate("dlrepro::Session", "report: %1").arg(reportError);
        return false;
    }
    const QJsonValue override = o.value(QStringLiteral("bugTypeOverride"));
    if (override.isString()) {
        BugType type;
        if (!parseBugType(override.toString(), &type)) {
            *error = QCoreApplication::translate("dlrepro::Session", "bugTypeOverride: unknown bug type '%1'").arg(override.toString());
            return false;
        }
        s.bugTypeOverride = type;
    }
    s.code = o.value(QStringLiteral("code")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("chosenBlocks")).toArray())
        s.chosenBlocks << v.toInt(-1);
    const QJsonObject run = o.value(QStringLiteral("run")).toObject();
    s.interpreter = run.value(QStringLiteral("interpreter")).toString();
    s.device = run.value(QStringLiteral("device")).toString(QStringLiteral("auto"));
    s.seeds = std::clamp(run.value(QStringLiteral("seeds")).toInt(5), 1, 100);
    s.tolerance = std::clamp(run.value(QStringLiteral("tolerance")).toDouble(0.05), 0.001, 1.0);
    s.expected = run.value(QStringLiteral("expected")).toString();
    const QJsonObject last = o.value(QStringLiteral("lastRun")).toObject();
    for (const QJsonValue &v : last.value(QStringLiteral("results")).toArray())
        s.runs << runResultFromJson(v.toObject());
    s.runsVerified = last.value(QStringLiteral("verified")).toBool();
    s.verifiedExpected = last.value(QStringLiteral("expected")).toString();
    for (const QJsonValue &v : o.value(QStringLiteral("appliedActions")).toArray()) {
        // A record, not something to act on: an id this version does not know is left out.
        EditAction a;
        if (parseEditAction(v.toString(), &a))
            s.appliedActions << a;
    }
    *out = s;
    return true;
}

bool Session::save(const QString &path, QString *error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("dlrepro::Session", "%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Session::load(const QString &path, Session *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("dlrepro::Session", "%1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > 512 * 1024 * 1024) {
        *error = QCoreApplication::translate("dlrepro::Session", "%1: too large for a session (%2 MB)").arg(path).arg(file.size() >> 20);
        return false;
    }
    QString why;
    if (!fromJson(file.readAll(), out, &why)) {
        *error = QCoreApplication::translate("dlrepro::Session", "%1: %2").arg(path, why);
        return false;
    }
    return true;
}

} // namespace dlrepro
