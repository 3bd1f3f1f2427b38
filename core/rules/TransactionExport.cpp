#include "TransactionExport.h"

#include "rules/CsvReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dlrepro {

namespace {

QStringList ids(const ItemSet &items, ItemClass cls)
{
    QStringList out;
    for (Item i : items.ofClass(cls).items())
        out << (cls == ItemClass::Information ? informationId(i.informationCategory()) : editActionId(i.editAction()));
    return out;
}

QString listCell(const Transaction &t, ItemClass cls)
{
    const bool recorded = cls == ItemClass::Information ? t.informationRecorded : t.actionsRecorded;
    if (!recorded)
        return {};
    const QStringList l = ids(t.items, cls);
    return l.isEmpty() ? QStringLiteral("none") : l.join(QLatin1Char(';'));
}

} // namespace

QByteArray exportTransactionsCsv(const QList<Transaction> &transactions)
{
    QString out = QStringLiteral(
        "bug_type,information,actions,bug_id,source,architecture,framework,sub_fault,minutes_taken,reproduced\n");
    for (const Transaction &t : transactions) {
        out += CsvReader::formatRecord({
                   bugTypeId(t.bugType),
                   listCell(t, ItemClass::Information),
                   listCell(t, ItemClass::EditAction),
                   t.bugId,
                   t.source,
                   t.architecture,
                   t.framework,
                   t.subFault,
                   t.minutesTaken ? QString::number(*t.minutesTaken, 'g', 17) : QString(),
                   t.reproduced ? (*t.reproduced ? QStringLiteral("yes") : QStringLiteral("no")) : QString(),
               })
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QByteArray exportTransactionsJson(const QList<Transaction> &transactions)
{
    QJsonArray array;
    for (const Transaction &t : transactions) {
        QJsonObject o;
        o.insert(QStringLiteral("bugType"), bugTypeId(t.bugType));
        if (t.informationRecorded)
            o.insert(QStringLiteral("information"), QJsonArray::fromStringList(ids(t.items, ItemClass::Information)));
        if (t.actionsRecorded)
            o.insert(QStringLiteral("actions"), QJsonArray::fromStringList(ids(t.items, ItemClass::EditAction)));
        auto put = [&o](const char *key, const QString &v) {
            if (!v.isEmpty())
                o.insert(QLatin1String(key), v);
        };
        put("bugId", t.bugId);
        put("source", t.source);
        put("architecture", t.architecture);
        put("framework", t.framework);
        put("subFault", t.subFault);
        if (t.minutesTaken)
            o.insert(QStringLiteral("minutesTaken"), *t.minutesTaken);
        if (t.reproduced)
            o.insert(QStringLiteral("reproduced"), *t.reproduced);
        if (!t.extra.isEmpty()) {
            QJsonObject extra;
            for (auto it = t.extra.begin(); it != t.extra.end(); ++it)
                extra.insert(it.key(), it.value());
            o.insert(QStringLiteral("extra"), extra);
        }
        array.append(o);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), QStringLiteral("dlrepro-transactions"));
    root.insert(QStringLiteral("version"), 1);
    root.insert(QStringLiteral("transactions"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray exportTransactionsLetters(const QList<Transaction> &transactions, ItemClass itemClass)
{
    QString out = itemClass == ItemClass::EditAction ? QStringLiteral("Type of Bug,Edit Action\n")
                                                      : QStringLiteral("Type of Bug,Information\n");
    for (const Transaction &t : transactions)
        out += CsvReader::formatRecord({QString(bugTypeLetter(t.bugType)), t.items.letters(itemClass)})
            + QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace dlrepro
