#include "Rulebook.h"

#include "rules/TransactionImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace dlrepro {

namespace {


constexpr int kFormatVersion = 1;
constexpr qint64 kMaxRulebookBytes = 16 * 1024 * 1024;

// Confidences are compared to the threshold with the same tolerance as the Apriori (1e-12), so
// that a printed 0.30 is at, not under, a 0.30 threshold.
bool isBelow(double confidence, double threshold) { return confidence < threshold - 1e-12; }

// Parsing state: the input name and the first error, with its JSON path.
struct Parser
{
    QString input;
    QString error;

    bool fail(const QString &path, const QString &what)
    {
        if (error.isEmpty())
            error = path.isEmpty() ? QString(input + QLatin1String(": ") + what)
                                   : QString(input + QLatin1String(": ") + path + QLatin1String(": ") + what);
        return false;
    }

    bool readEntries(const QJsonValue &value, const QString &path, ItemClass itemClass, double minConfidence,
                     QList<RuleEntry> *out)
    {
        if (value.isUndefined() || value.isNull())
            return true;
        if (!value.isArray())
            return fail(path, QCoreApplication::translate("Rulebook", "expected an array"));
        const QJsonArray array = value.toArray();
        QSet<int> seen;
        double previous = 2.0;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
            if (!array.at(i).isObject())
                return fail(at, QCoreApplication::translate("Rulebook", "expected an object"));
            const QJsonObject o = array.at(i).toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                static const QStringList known{QStringLiteral("item"), QStringLiteral("confidence"),
                                               QStringLiteral("belowMinConfidence"), QStringLiteral("count"),
                                               QStringLiteral("groupCount")};
                if (!known.contains(it.key()))
                    return fail(at + QLatin1Char('.') + it.key(), QCoreApplication::translate("Rulebook", "unknown key"));
            }
            const QJsonValue itemValue = o.value(QLatin1String("item"));
            if (!itemValue.isString())
                return fail(at + QLatin1String(".item"), QCoreApplication::translate("Rulebook", "expected a string"));
            RuleEntry e;
            e.rank = int(i) + 1;
            if (itemClass == ItemClass::Information) {
                InformationCategory c;
                if (!parseInformationCategory(itemValue.toString(), &c))
                    return fail(at + QLatin1String(".item"),
                                QCoreApplication::translate("Rulebook", "unknown information category '%1'").arg(itemValue.toString()));
                e.item = Item::information(c);
            } else {
                EditAction a;
                if (!parseEditAction(itemValue.toString(), &a))
                    return fail(at + QLatin1String(".item"), QCoreApplication::translate("Rulebook", "unknown edit action '%1'").arg(itemValue.toString()));
                e.item = Item::action(a);
            }
            if (seen.contains(e.item.index()))
                return fail(at + QLatin1String(".item"), QCoreApplication::translate("Rulebook", "'%1' is listed twice").arg(itemValue.toString()));
            seen.insert(e.item.index());
            const QJsonValue conf = o.value(QLatin1String("confidence"));
            if (!conf.isDouble())
                return fail(at + QLatin1String(".confidence"), QCoreApplication::translate("Rulebook", "expected a number"));
            e.confidence = conf.toDouble();
            if (!(e.confidence >= 0.0 && e.confidence <= 1.0))
                return fail(at + QLatin1String(".confidence"),
                            QCoreApplication::translate("Rulebook", "%1 is not between 0 and 1").arg(e.confidence));
            if (e.confidence > previous + 1e-12)
                return fail(at + QLatin1String(".confidence"),
                            QCoreApplication::translate("Rulebook", "%1 is higher than the rule before it: rules must be ranked best first")
                                .arg(e.confidence));
            previous = e.confidence;
            e.belowMinConfidence = isBelow(e.confidence, minConfidence);
            const QJsonValue below = o.value(QLatin1String("belowMinConfidence"));
            if (!below.isUndefined()) {
                if (!below.isBool())
                    return fail(at + QLatin1String(".belowMinConfidence"), QCoreApplication::translate("Rulebook", "expected true or false"));
                if (below.toBool() != e.belowMinConfidence)
                    return fail(at + QLatin1String(".belowMinConfidence"),
                                QCoreApplication::translate("Rulebook", "is %1, but confidence %2 is %3 the minimum confidence %4")
                                    .arg(below.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                    .arg(e.confidence)
                                    .arg(e.belowMinConfidence ? QCoreApplication::translate("Rulebook", "under") : QCoreApplication::translate("Rulebook", "not under"))
                                    .arg(minConfidence));
            }
            for (const char *key : {"count", "groupCount"}) {
                const QJsonValue v = o.value(QLatin1String(key));
                if (v.isUndefined())
                    continue;
                if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != std::floor(v.toDouble()))
                    return fail(at + QLatin1Char('.') + QLatin1String(key), QCoreApplication::translate("Rulebook", "expected a whole number >= 0"));
                (qstrcmp(key, "count") == 0 ? e.count : e.groupCount) = qint64(v.toDouble());
            }
            out->append(e);
        }
        return true;
    }

    bool readTable(const QJsonValue &value, const QString &path, bool subFault, double minConfidence,
                   RuleTable *out)
    {
        if (!value.isObject())
            return fail(path, QCoreApplication::translate("Rulebook", "expected an object"));
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            static const QStringList known{QStringLiteral("bugType"), QStringLiteral("subFault"),
                                           QStringLiteral("provenance"), QStringLiteral("information"),
                                           QStringLiteral("actions")};
            if (!known.contains(it.key()))
                return fail(path + QLatin1Char('.') + it.key(), QCoreApplication::translate("Rulebook", "unknown key"));
        }
        const QJsonValue type = o.value(QLatin1String("bugType"));
        if (!type.isString() || !parseBugType(type.toString(), &out->bugType) || out->bugType == BugType::Unknown)
            return fail(path + QLatin1String(".bugType"),
                        type.isString() ? QCoreApplication::translate("Rulebook", "unknown bug type '%1'").arg(type.toString()) : QCoreApplication::translate("Rulebook", "expected a string"));
        if (subFault) {
            const QJsonValue sf = o.value(QLatin1String("subFault"));
            out->subFault = canonicalSubFault(sf.toString());
            if (!sf.isString() || out->subFault.isEmpty())
                return fail(path + QLatin1String(".subFault"),
                            QCoreApplication::translate("Rulebook", "unknown sub-fault '%1' (known: %2)")
                                .arg(sf.toString(), allSubFaults().join(QLatin1String(", "))));
        } else if (o.contains(QLatin1String("subFault"))) {
            return fail(path + QLatin1String(".subFault"), QCoreApplication::translate("Rulebook", "only sub-fault tables have a sub-fault"));
        }
        out->provenance = o.value(QLatin1String("provenance")).toString();
        if (!readEntries(o.value(QLatin1String("information")), path + QLatin1String(".information"),
                         ItemClass::Information, minConfidence, &out->information)
            || !readEntries(o.value(QLatin1String("actions")), path + QLatin1String(".actions"),
                            ItemClass::EditAction, minConfidence, &out->actions))
            return false;
        if (out->information.isEmpty() && out->actions.isEmpty())
            return fail(path, QCoreApplication::translate("Rulebook", "the table has neither information nor actions"));
        return true;
    }
};

QJsonArray entriesToJson(const QList<RuleEntry> &entries)
{
    QJsonArray out;
    for (const RuleEntry &e : entries) {
        QJsonObject o;
        o.insert(QLatin1String("item"), e.item.itemClass() == ItemClass::Information
                                            ? informationId(e.item.informationCategory())
                                            : editActionId(e.item.editAction()));
        o.insert(QLatin1String("confidence"), e.confidence);
        if (e.belowMinConfidence)
            o.insert(QLatin1String("belowMinConfidence"), true);
        if (e.count >= 0)
            o.insert(QLatin1String("count"), double(e.count));
        if (e.groupCount >= 0)
            o.insert(QLatin1String("groupCount"), double(e.groupCount));
        out.append(o);
    }
    return out;
}

QJsonObject tableToJson(const RuleTable &t)
{
    QJsonObject o;
    o.insert(QLatin1String("bugType"), bugTypeId(t.bugType));
    if (!t.subFault.isEmpty())
        o.insert(QLatin1String("subFault"), t.subFault);
    if (!t.provenance.isEmpty())
        o.insert(QLatin1String("provenance"), t.provenance);
    if (!t.information.isEmpty())
        o.insert(QLatin1String("information"), entriesToJson(t.information));
    if (!t.actions.isEmpty())
        o.insert(QLatin1String("actions"), entriesToJson(t.actions));
    return o;
}

QList<RuleEntry> entriesFromRanking(const QList<RankedItem> &ranking)
{
    QList<RuleEntry> out;
    for (const RankedItem &r : ranking) {
        RuleEntry e;
        e.rank = r.rank;
        e.item = r.item;
        e.confidence = r.confidence;
        e.belowMinConfidence = r.belowMinConfidence;
        e.count = r.count;
        e.groupCount = r.groupCount;
        out.append(e);
    }
    return out;
}

RuleTable tableFromStudy(const StudyTable &s, const QString &provenance)
{
    RuleTable t;
    t.bugType = s.bugType;
    t.subFault = s.subFault;
    t.provenance = provenance;
    t.information = entriesFromRanking(s.information);
    t.actions = entriesFromRanking(s.actions);
    return t;
}

QList<RuleEntry> mergeEntries(const QList<const QList<RuleEntry> *> &lists, double minConfidence)
{
    double sum[Item::kCount] = {};
    bool listed[Item::kCount] = {};
    for (const QList<RuleEntry> *list : lists)
        for (const RuleEntry &e : *list) {
            sum[e.item.index()] += e.confidence;
            listed[e.item.index()] = true;
        }
    QList<RuleEntry> out;
    for (int i = 0; i < Item::kCount; ++i) {
        if (!listed[i])
            continue;
        RuleEntry e;
        e.item = Item::fromIndex(i);
        e.confidence = lists.isEmpty() ? 0.0 : sum[i] / double(lists.size());
        e.belowMinConfidence = isBelow(e.confidence, minConfidence);
        out.append(e);
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const RuleEntry &a, const RuleEntry &b) { return a.confidence > b.confidence + 1e-12; });
    for (qsizetype i = 0; i < out.size(); ++i)
        out[i].rank = int(i) + 1;
    return out;
}

} // namespace

RuleTable mergeRuleTables(const QList<const RuleTable *> &tables, double minConfidence)
{
    RuleTable merged;
    merged.bugType = BugType::Mixed;
    QList<const QList<RuleEntry> *> info;
    QList<const QList<RuleEntry> *> actions;
    QStringList names;
    for (const RuleTable *t : tables) {
        info << &t->information;
        actions << &t->actions;
        names << bugTypeName(t->bugType);
    }
    merged.information = mergeEntries(info, minConfidence);
    merged.actions = mergeEntries(actions, minConfidence);
    merged.provenance = QCoreApplication::translate("Rulebook", "mean of the tables of %1").arg(names.join(QLatin1String(", ")));
    return merged;
}

Rulebook Rulebook::published()
{
    static const Rulebook book = [] {
        Rulebook b;
        QFile f(QStringLiteral(":/rulebook/published.json"));
        QString error;
        if (!f.open(QIODevice::ReadOnly)
            || !fromJson(f.readAll(), QStringLiteral(":/rulebook/published.json"), &b, &error))
            qFatal("the shipped rulebook does not load: %s", qPrintable(error));
        b.m_origin = Origin::Published;
        return b;
    }();
    return book;
}

bool Rulebook::fromJson(const QByteArray &data, const QString &inputName, Rulebook *out, QString *error)
{
    Parser p{inputName, {}};
    auto failed = [&]() {
        if (error)
            *error = p.error;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        p.fail({}, QCoreApplication::translate("Rulebook", "invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return failed();
    }
    if (!doc.isObject()) {
        p.fail({}, QCoreApplication::translate("Rulebook", "expected a JSON object"));
        return failed();
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("dlrepro-rulebook")) {
        p.fail(QStringLiteral("format"), QCoreApplication::translate("Rulebook", "not a dlrepro rulebook (expected \"format\": \"dlrepro-rulebook\")"));
        return failed();
    }
    if (root.value(QLatin1String("version")).toInt(-1) != kFormatVersion) {
        p.fail(QStringLiteral("version"), QCoreApplication::translate("Rulebook", "unsupported version (this dlrepro reads version %1)").arg(kFormatVersion));
        return failed();
    }
    Rulebook b;
    b.m_name = root.value(QLatin1String("name")).toString();
    b.m_source = root.value(QLatin1String("source")).toString();
    b.m_provenance = root.value(QLatin1String("provenance")).toString();
    for (const QJsonValue &n : root.value(QLatin1String("notes")).toArray())
        b.m_notes << n.toString();
    const QJsonValue minConf = root.value(QLatin1String("minConfidence"));
    if (!minConf.isUndefined()) {
        if (!minConf.isDouble() || minConf.toDouble() < 0 || minConf.toDouble() > 1) {
            p.fail(QStringLiteral("minConfidence"), QCoreApplication::translate("Rulebook", "expected a number between 0 and 1"));
            return failed();
        }
        b.m_minConfidence = minConf.toDouble();
    }
    b.m_transactionCount = qint64(root.value(QLatin1String("transactions")).toDouble(0));

    const QJsonValue types = root.value(QLatin1String("bugTypes"));
    if (!types.isArray() || types.toArray().isEmpty()) {
        p.fail(QStringLiteral("bugTypes"), QCoreApplication::translate("Rulebook", "expected a non-empty array of bug-type tables"));
        return failed();
    }
    for (qsizetype i = 0; i < types.toArray().size(); ++i) {
        const QString path = QStringLiteral("bugTypes[%1]").arg(i);
        RuleTable t;
        if (!p.readTable(types.toArray().at(i), path, false, b.m_minConfidence, &t))
            return failed();
        if (b.forBugType(t.bugType)) {
            p.fail(path + QLatin1String(".bugType"), QCoreApplication::translate("Rulebook", "a second table for %1").arg(bugTypeId(t.bugType)));
            return failed();
        }
        b.m_bugTypes << t;
    }
    const QJsonValue subFaults = root.value(QLatin1String("subFaults"));
    if (!subFaults.isUndefined() && !subFaults.isArray()) {
        p.fail(QStringLiteral("subFaults"), QCoreApplication::translate("Rulebook", "expected an array"));
        return failed();
    }
    for (qsizetype i = 0; i < subFaults.toArray().size(); ++i) {
        const QString path = QStringLiteral("subFaults[%1]").arg(i);
        RuleTable t;
        if (!p.readTable(subFaults.toArray().at(i), path, true, b.m_minConfidence, &t))
            return failed();
        if (b.forSubFault(t.subFault)) {
            p.fail(path + QLatin1String(".subFault"), QCoreApplication::translate("Rulebook", "a second table for %1").arg(t.subFault));
            return failed();
        }
        b.m_subFaults << t;
    }
    const QJsonValue overall = root.value(QLatin1String("overall"));
    if (!overall.isUndefined()) {
        QJsonObject o = overall.toObject();
        if (!o.contains(QLatin1String("bugType")))
            o.insert(QLatin1String("bugType"), QStringLiteral("mixed"));
        if (!p.readTable(overall.isObject() ? QJsonValue(o) : overall, QStringLiteral("overall"), false,
                         b.m_minConfidence, &b.m_overall))
            return failed();
        b.m_hasOverall = true;
    }
    if (b.m_source.isEmpty())
        b.m_source = QCoreApplication::translate("Rulebook", "rulebook %1").arg(QFileInfo(inputName).fileName());
    *out = b;
    return true;
}

bool Rulebook::fromJsonFile(const QString &path, Rulebook *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QLatin1String(": ") + f.errorString();
        return false;
    }
    if (f.size() > kMaxRulebookBytes) {
        if (error)
            *error = path + QLatin1String(": ") + QCoreApplication::translate("Rulebook", "larger than %1 MiB; not a rulebook").arg(kMaxRulebookBytes >> 20);
        return false;
    }
    return fromJson(f.readAll(), path, out, error);
}

Rulebook Rulebook::fromTransactions(const QList<Transaction> &transactions, const QStringList &files,
                                    const StudyOptions &options)
{
    Rulebook b;
    b.m_origin = Origin::Mined;
    b.m_name = QStringLiteral("mined");
    b.m_minConfidence = options.minConfidence;
    b.m_transactionCount = transactions.size();
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    b.m_source = QCoreApplication::translate("Rulebook", "mined from %1 transactions in files %2")
                     .arg(transactions.size())
                     .arg(names.join(QLatin1String(", ")));
    b.m_provenance = QCoreApplication::translate("Rulebook", "the study's procedure (thesis section 4.3.6: per group, rules {group} => {item} of "
                        "length 2 ranked by support, then confidence) over %1")
                         .arg(names.join(QLatin1String(", ")));
    const QString prov = QCoreApplication::translate("Rulebook", "mined");
    for (const StudyTable &s : studyRulesByBugType(transactions, options))
        b.m_bugTypes << tableFromStudy(s, prov);
    for (const StudyTable &s : studyRulesBySubFault(transactions, options))
        b.m_subFaults << tableFromStudy(s, prov);
    // The overall table: every transaction relabelled as one group, so that the counting rules
    // (which classes each transaction recorded) stay those of StudyRules.
    QList<Transaction> pooled = transactions;
    for (Transaction &t : pooled)
        t.bugType = BugType::Mixed;
    const QList<StudyTable> all = studyRulesByBugType(pooled, options);
    if (!all.isEmpty()) {
        b.m_overall = tableFromStudy(all.first(), QCoreApplication::translate("Rulebook", "mined over all transactions"));
        b.m_hasOverall = true;
    }
    return b;
}

bool Rulebook::fromFiles(const QStringList &paths, Rulebook *out, QString *error, const StudyOptions &options)
{
    if (paths.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Rulebook", "no rule files given");
        return false;
    }
    QList<Transaction> transactions;
    for (const QString &path : paths) {
        if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly) && f.size() <= kMaxRulebookBytes) {
                const QByteArray data = f.read(4096);
                if (data.contains("\"dlrepro-rulebook\"")) {
                    if (paths.size() != 1) {
                        if (error)
                            *error = path + QLatin1String(": ") + QCoreApplication::translate("Rulebook", "a rulebook cannot be combined with other files");
                        return false;
                    }
                    return fromJsonFile(path, out, error);
                }
            }
        }
        TransactionImportResult result;
        TransactionImportError e;
        if (!importTransactionsFile(path, &result, &e)) {
            if (error)
                *error = e.toString();
            return false;
        }
        transactions << result.transactions;
    }
    if (transactions.isEmpty()) {
        if (error)
            *error = paths.join(QLatin1String(", ")) + QLatin1String(": ") + QCoreApplication::translate("Rulebook", "no transactions found");
        return false;
    }
    *out = fromTransactions(transactions, paths, options);
    return true;
}

QJsonObject Rulebook::toJsonObject() const
{
    QJsonObject o;
    o.insert(QLatin1String("format"), QStringLiteral("dlrepro-rulebook"));
    o.insert(QLatin1String("version"), kFormatVersion);
    o.insert(QLatin1String("name"), m_name);
    o.insert(QLatin1String("source"), m_source);
    if (!m_provenance.isEmpty())
        o.insert(QLatin1String("provenance"), m_provenance);
    o.insert(QLatin1String("minConfidence"), m_minConfidence);
    if (m_transactionCount > 0)
        o.insert(QLatin1String("transactions"), double(m_transactionCount));
    if (!m_notes.isEmpty())
        o.insert(QLatin1String("notes"), QJsonArray::fromStringList(m_notes));
    QJsonArray types;
    for (const RuleTable &t : m_bugTypes)
        types.append(tableToJson(t));
    o.insert(QLatin1String("bugTypes"), types);
    QJsonArray subFaults;
    for (const RuleTable &t : m_subFaults)
        subFaults.append(tableToJson(t));
    if (!subFaults.isEmpty())
        o.insert(QLatin1String("subFaults"), subFaults);
    if (m_hasOverall)
        o.insert(QLatin1String("overall"), tableToJson(m_overall));
    return o;
}

QByteArray Rulebook::toJson() const { return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented); }

const RuleTable *Rulebook::forBugType(BugType type) const
{
    for (const RuleTable &t : m_bugTypes)
        if (t.bugType == type)
            return &t;
    return nullptr;
}

const RuleTable *Rulebook::forSubFault(const QString &subFault) const
{
    const QString name = canonicalSubFault(subFault);
    for (const RuleTable &t : m_subFaults)
        if (t.subFault == name)
            return &t;
    return nullptr;
}

RuleTable Rulebook::overall() const
{
    if (m_hasOverall)
        return m_overall;
    QList<const RuleTable *> tables;
    for (const RuleTable &t : m_bugTypes)
        tables << &t;
    RuleTable merged = mergeRuleTables(tables, m_minConfidence);
    merged.provenance = QCoreApplication::translate("Rulebook", "derived: %1").arg(merged.provenance);
    return merged;
}

} // namespace dlrepro
