// Reads a workspace's transaction.json without linking the workspace code: the file is
// exportTransactionsJson of one transaction ({"format":"dlrepro-transactions","transactions":[{...}]}),
// and hand-written or older files with a bare object and other key spellings are read too.
#include "WorkspacePrefill.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlrepro {

namespace {

QJsonValue firstOf(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *k : keys) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (!v.isUndefined() && !v.isNull())
            return v;
    }
    return QJsonValue(QJsonValue::Undefined);
}

// An array of ids/names/letters, a string of letters ("DLR"), or an object {"data": true}.
bool readItems(const QJsonValue &v, ItemClass cls, ItemSet *out, QString *bad)
{
    auto add = [&](const QString &text) {
        Item item;
        if (!parseItem(text.trimmed(), cls, &item) || item.itemClass() != cls) {
            *bad = text;
            return false;
        }
        out->insert(item);
        return true;
    };
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            if (!add(e.toString()))
                return false;
        return true;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if ((it.value().isBool() && it.value().toBool()) || it.value().toInt() == 1)
                if (!add(it.key()))
                    return false;
        return true;
    }
    if (v.isString()) {
        int at = -1;
        ItemSet set;
        if (!ItemSet::parseLetters(v.toString(), cls, &set, &at)) {
            *bad = v.toString();
            return false;
        }
        for (Item i : set.items())
            out->insert(i);
        return true;
    }
    *bad = QStringLiteral("?");
    return false;
}

} // namespace

bool readWorkspaceLabel(const QString &dir, WorkspaceLabel *out, QString *error)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    const QString path = QDir(dir).filePath(QStringLiteral("transaction.json"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *err = QCoreApplication::translate("WorkspacePrefill", "%1: cannot read the workspace's transaction: %2")
                   .arg(path, f.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *err = QCoreApplication::translate("WorkspacePrefill", "%1: not a JSON object: %2")
                   .arg(path, pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("expected {...}"));
        return false;
    }
    QJsonObject o = doc.object();
    const QJsonValue list = o.value(QLatin1String("transactions"));
    if (list.isArray()) {
        if (list.toArray().isEmpty() || !list.toArray().first().isObject()) {
            *err = QCoreApplication::translate("WorkspacePrefill", "%1: holds no transaction").arg(path);
            return false;
        }
        o = list.toArray().first().toObject();
    }

    WorkspaceLabel label;
    Annotation &a = label.annotation;
    a.prefilled = true;
    const QJsonValue type = firstOf(o, {"bugType", "bug_type", "type"});
    if (type.isString() && !type.toString().isEmpty() && !parseBugType(type.toString(), &a.bugType)) {
        *err = QCoreApplication::translate("WorkspacePrefill", "%1: unknown bug type \"%2\"").arg(path, type.toString().left(100));
        return false;
    }
    const QJsonValue sub = firstOf(o, {"subFault", "sub_fault"});
    if (sub.isString())
        a.subFault = canonicalSubFault(sub.toString());
    QString bad;
    const QJsonValue information = firstOf(o, {"information", "informationPresent", "information_present"});
    a.informationRecorded = !information.isUndefined();
    if (a.informationRecorded && !readItems(information, ItemClass::Information, &a.information, &bad)) {
        *err = QCoreApplication::translate("WorkspacePrefill", "%1: unknown information item \"%2\"").arg(path, bad.left(100));
        return false;
    }
    const QJsonValue actions = firstOf(o, {"actions", "editActions", "actionsUsed", "edit_actions"});
    a.actionsRecorded = !actions.isUndefined();
    if (a.actionsRecorded && !readItems(actions, ItemClass::EditAction, &a.actions, &bad)) {
        *err = QCoreApplication::translate("WorkspacePrefill", "%1: unknown edit action \"%2\"").arg(path, bad.left(100));
        return false;
    }
    const QJsonValue minutes = firstOf(o, {"minutesTaken", "minutesSpent", "minutes", "timeSpent"});
    const QJsonValue seconds = firstOf(o, {"secondsSpent", "seconds"});
    if (minutes.isDouble() && minutes.toDouble() >= 0)
        a.minutes = minutes.toDouble();
    else if (seconds.isDouble() && seconds.toDouble() >= 0)
        a.minutes = seconds.toDouble() / 60.0;
    const QJsonValue reproduced = o.value(QLatin1String("reproduced"));
    const QString verdict = firstOf(o, {"verdict"}).toString(o.value(QLatin1String("extra")).toObject().value(QLatin1String("verdict")).toString());
    if (reproduced.isBool())
        a.reproduced = reproduced.toBool();
    else if (verdict == QLatin1String("reproduced"))
        a.reproduced = true;
    else if (verdict == QLatin1String("not_reproduced") || verdict == QLatin1String("not-reproduced"))
        a.reproduced = false;

    BugReproduction &r = label.reproduction;
    r.workspace = QDir(dir).absolutePath();
    r.reproduced = a.reproduced;
    r.minutesSpent = a.minutes;
    const QJsonValue order = o.value(QLatin1String("extra")).toObject().value(QLatin1String("actionOrder"));
    if (order.isString())
        r.keyActions = order.toString();
    *out = label;
    return true;
}

bool prefillAnnotation(ProjectStore &store, qint64 bugKey, const QString &dir, const QString &annotator,
                       Annotation *out, QString *error)
{
    if (!store.bug(bugKey)) {
        if (error)
            *error = QCoreApplication::translate("WorkspacePrefill", "no bug numbered %1 in %2").arg(bugKey).arg(store.location());
        return false;
    }
    WorkspaceLabel label;
    if (!readWorkspaceLabel(dir, &label, error))
        return false;
    label.annotation.annotator = annotator;
    Annotation result = label.annotation;
    const bool ok = store.batch(
        [&](QString *err) {
            BugReproduction r = store.reproduction(bugKey).value_or(BugReproduction());
            r.workspace = label.reproduction.workspace;
            if (label.reproduction.reproduced)
                r.reproduced = label.reproduction.reproduced;
            if (label.reproduction.minutesSpent)
                r.minutesSpent = label.reproduction.minutesSpent;
            if (!label.reproduction.keyActions.isEmpty())
                r.keyActions = label.reproduction.keyActions;
            if (!store.putReproduction(bugKey, r, err))
                return false;
            // The annotator's own saved label wins over the workspace's guess.
            if (const auto existing = store.annotation(bugKey, annotator); existing && !existing->prefilled) {
                result = *existing;
                return true;
            }
            return store.putAnnotation(bugKey, label.annotation, err);
        },
        error);
    if (!ok)
        return false;
    if (const auto now = store.annotation(bugKey, annotator))
        result = *now;
    if (out)
        *out = result;
    return true;
}

} // namespace dlrepro
