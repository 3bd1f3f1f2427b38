// A study's design and its JSON file: the bug pool, the sets and the seed.
#include "study/StudyDesign.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace dlrepro {

QString bugDifficultyId(BugDifficulty d)
{
    return d == BugDifficulty::Difficult ? QStringLiteral("difficult") : QStringLiteral("easy");
}

bool parseBugDifficulty(const QString &text, BugDifficulty *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("easy"))
        *out = BugDifficulty::Easy;
    else if (t == QLatin1String("difficult") || t == QLatin1String("hard"))
        *out = BugDifficulty::Difficult;
    else
        return false;
    return true;
}

QString studyGroupId(StudyGroup g)
{
    return g == StudyGroup::Experimental ? QStringLiteral("experimental") : QStringLiteral("control");
}

QString studyGroupName(StudyGroup g)
{
    return g == StudyGroup::Experimental ? QCoreApplication::translate("StudyDesign", "Experimental group")
                                         : QCoreApplication::translate("StudyDesign", "Control group");
}

bool parseStudyGroup(const QString &text, StudyGroup *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("control"))
        *out = StudyGroup::Control;
    else if (t == QLatin1String("experimental") || t == QLatin1String("hints"))
        *out = StudyGroup::Experimental;
    else
        return false;
    return true;
}

const StudyBug *StudyDesign::bug(const QString &id) const
{
    for (const StudyBug &b : bugs)
        if (b.id == id)
            return &b;
    return nullptr;
}

const StudySet *StudyDesign::set(const QString &id) const
{
    for (const StudySet &s : sets)
        if (s.id == id)
            return &s;
    return nullptr;
}

QJsonObject studyDesignToJson(const StudyDesign &design)
{
    QJsonArray bugs;
    for (const StudyBug &b : design.bugs) {
        QJsonObject o{{QStringLiteral("id"), b.id},
                      {QStringLiteral("title"), b.title},
                      {QStringLiteral("report"), b.reportPath},
                      {QStringLiteral("bugType"), bugTypeId(b.bugType)},
                      {QStringLiteral("difficulty"), bugDifficultyId(b.difficulty)},
                      {QStringLiteral("tolerance"), b.tolerance}};
        if (!b.expectedError.isEmpty())
            o.insert(QStringLiteral("expectedError"), b.expectedError);
        if (!b.expectedMetric.isEmpty())
            o.insert(QStringLiteral("expectedMetric"), b.expectedMetric);
        bugs.append(o);
    }
    QJsonArray sets;
    for (const StudySet &s : design.sets)
        sets.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("bugs"), QJsonArray::fromStringList(s.bugs)}});
    // The seed as a string: JSON numbers lose integers above 2^53.
    return {{QStringLiteral("schema"), QStringLiteral("dlrepro.study-design/1")},
            {QStringLiteral("name"), design.name},
            {QStringLiteral("seed"), QString::number(design.seed)},
            {QStringLiteral("bugs"), bugs},
            {QStringLiteral("sets"), sets}};
}

bool studyDesignFromJson(const QJsonObject &json, const QString &baseDir, StudyDesign *out, QString *error,
                         bool requireReportFiles)
{
    StudyDesign d;
    const QString schema = json.value(QStringLiteral("schema")).toString();
    if (!schema.isEmpty() && schema != QLatin1String("dlrepro.study-design/1")) {
        *error = QCoreApplication::translate("StudyDesign", "unknown design schema '%1' (expected dlrepro.study-design/1)").arg(schema);
        return false;
    }
    d.name = json.value(QStringLiteral("name")).toString();
    const QJsonValue seed = json.value(QStringLiteral("seed"));
    bool ok = true;
    if (seed.isDouble())
        d.seed = quint64(seed.toInteger());
    else if (seed.isString())
        d.seed = seed.toString().toULongLong(&ok);
    else
        ok = false;
    if (!ok) {
        *error = QCoreApplication::translate("StudyDesign", "'seed' must be a non-negative integer");
        return false;
    }
    QSet<QString> ids;
    const QJsonArray bugs = json.value(QStringLiteral("bugs")).toArray();
    if (bugs.isEmpty()) {
        *error = QCoreApplication::translate("StudyDesign", "'bugs' is missing or empty: a study needs a bug pool");
        return false;
    }
    for (const QJsonValue &v : bugs) {
        const QJsonObject o = v.toObject();
        StudyBug b;
        b.id = o.value(QStringLiteral("id")).toString().trimmed();
        if (b.id.isEmpty() || ids.contains(b.id)) {
            *error = b.id.isEmpty() ? QCoreApplication::translate("StudyDesign", "a bug has no 'id'") : QCoreApplication::translate("StudyDesign", "bug '%1' is listed twice").arg(b.id);
            return false;
        }
        ids.insert(b.id);
        b.title = o.value(QStringLiteral("title")).toString();
        const QString report = o.value(QStringLiteral("report")).toString();
        if (report.isEmpty()) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1' has no 'report' file").arg(b.id);
            return false;
        }
        b.reportPath = baseDir.isEmpty() ? report : QDir::cleanPath(QDir(baseDir).absoluteFilePath(report));
        if (requireReportFiles && !QFileInfo(b.reportPath).isFile()) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1': the report file %2 does not exist").arg(b.id, b.reportPath);
            return false;
        }
        const QString type = o.value(QStringLiteral("bugType")).toString();
        if (!type.isEmpty() && !parseBugType(type, &b.bugType)) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1': unknown bug type '%2'").arg(b.id, type);
            return false;
        }
        if (!parseBugDifficulty(o.value(QStringLiteral("difficulty")).toString(), &b.difficulty)) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1': 'difficulty' must be easy or difficult").arg(b.id);
            return false;
        }
        b.expectedError = o.value(QStringLiteral("expectedError")).toString();
        b.expectedMetric = o.value(QStringLiteral("expectedMetric")).toString();
        if (b.expectedError.isEmpty() == b.expectedMetric.isEmpty()) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1': give exactly one of 'expectedError' and 'expectedMetric'").arg(b.id);
            return false;
        }
        b.tolerance = o.value(QStringLiteral("tolerance")).toDouble(0.05);
        if (!(b.tolerance > 0 && b.tolerance <= 1)) {
            *error = QCoreApplication::translate("StudyDesign", "bug '%1': 'tolerance' must lie in (0, 1]").arg(b.id);
            return false;
        }
        d.bugs << b;
    }
    const QJsonArray sets = json.value(QStringLiteral("sets")).toArray();
    if (sets.isEmpty()) {
        *error = QCoreApplication::translate("StudyDesign", "'sets' is missing or empty: a study needs at least one set of bugs");
        return false;
    }
    QSet<QString> setIds;
    for (const QJsonValue &v : sets) {
        const QJsonObject o = v.toObject();
        StudySet s;
        s.id = o.value(QStringLiteral("id")).toString().trimmed();
        if (s.id.isEmpty() || setIds.contains(s.id)) {
            *error = s.id.isEmpty() ? QCoreApplication::translate("StudyDesign", "a set has no 'id'") : QCoreApplication::translate("StudyDesign", "set '%1' is listed twice").arg(s.id);
            return false;
        }
        setIds.insert(s.id);
        for (const QJsonValue &b : o.value(QStringLiteral("bugs")).toArray()) {
            const QString id = b.toString();
            if (!ids.contains(id)) {
                *error = QCoreApplication::translate("StudyDesign", "set '%1': bug '%2' is not in the pool").arg(s.id, id);
                return false;
            }
            if (s.bugs.contains(id)) {
                *error = QCoreApplication::translate("StudyDesign", "set '%1': bug '%2' is listed twice").arg(s.id, id);
                return false;
            }
            s.bugs << id;
        }
        if (s.bugs.isEmpty()) {
            *error = QCoreApplication::translate("StudyDesign", "set '%1' has no bugs").arg(s.id);
            return false;
        }
        d.sets << s;
    }
    *out = d;
    return true;
}

bool loadStudyDesign(const QString &path, StudyDesign *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("StudyDesign", "%1: cannot read: %2").arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = pe.error != QJsonParseError::NoError
            ? QCoreApplication::translate("StudyDesign", "%1: invalid JSON at offset %2: %3").arg(path).arg(pe.offset).arg(pe.errorString())
            : QCoreApplication::translate("StudyDesign", "%1: a study design is a JSON object").arg(path);
        return false;
    }
    QString why;
    if (!studyDesignFromJson(doc.object(), QFileInfo(path).absolutePath(), out, &why)) {
        *error = QStringLiteral("%1: %2").arg(path, why);
        return false;
    }
    return true;
}

QString studyDesignFingerprint(const StudyDesign &design)
{
    // Report paths differ between machines; the file name is what identifies the report.
    StudyDesign portable = design;
    for (StudyBug &b : portable.bugs)
        b.reportPath = QFileInfo(b.reportPath).fileName();
    const QByteArray bytes = QJsonDocument(studyDesignToJson(portable)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace dlrepro
