#include "TransactionImport.h"

#include "rules/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace dlrepro {

namespace {

constexpr qint64 kMaxFileSize = qint64(256) * 1024 * 1024;

struct FormatRow {
    TransactionFormat format;
    const char *id;
};
constexpr FormatRow kFormats[] = {
    {TransactionFormat::Auto, "auto"},
    {TransactionFormat::StackOverflowEditActions, "so-edit-actions"},
    {TransactionFormat::GitHubEditActions, "github-edit-actions"},
    {TransactionFormat::StackOverflowInformation, "so-information"},
    {TransactionFormat::GitHubInformation, "github-information"},
    {TransactionFormat::Letters, "letters"},
    {TransactionFormat::SubFaults, "subfaults"},
    {TransactionFormat::DlreproCsv, "dlrepro-csv"},
    {TransactionFormat::DlreproJson, "dlrepro-json"},
};

// What one CSV column means in a given format.
struct Column {
    enum Kind { Ignore, Type, Flag, Letters, List, BugId, Source, Architecture, Framework, Reproduced, SubFault,
                Minutes, Extra };
    Kind kind = Ignore;
    Item item;                            // Flag
    ItemClass itemClass = ItemClass::Information; // Letters, List
    QString key;                          // Extra
};

bool isGithub(TransactionFormat f)
{
    return f == TransactionFormat::GitHubEditActions || f == TransactionFormat::GitHubInformation;
}

// The meaning of header cell `name` in format `f`; false when the format has no such column.
bool classify(TransactionFormat f, const QString &rawName, Column *col)
{
    const QString name = rawName.trimmed();
    const QString lower = name.toLower();
    using F = TransactionFormat;
    switch (f) {
    case F::StackOverflowEditActions:
    case F::StackOverflowInformation:
        if (lower == QLatin1String("type of bug")) { col->kind = Column::Type; return true; }
        if (f == F::StackOverflowEditActions) {
            if (lower == QLatin1String("architecture")) { col->kind = Column::Architecture; return true; }
            if (lower == QLatin1String("framework")) { col->kind = Column::Framework; return true; }
            if (lower == QLatin1String("reproducible?")) { col->kind = Column::Reproduced; return true; }
            if (lower.endsWith(QLatin1String(" present?"))) { col->kind = Column::Extra; col->key = name; return true; }
            EditAction a;
            if (name.size() > 1 && parseEditAction(name, &a)) { col->kind = Column::Flag; col->item = Item::action(a); return true; }
        } else {
            InformationCategory c;
            if (name.size() > 1 && parseInformationCategory(name, &c)) {
                col->kind = Column::Flag;
                col->item = Item::information(c);
                return true;
            }
        }
        return false;
    case F::GitHubEditActions:
    case F::GitHubInformation:
        if (name == QLatin1String("#")) { col->kind = Column::BugId; return true; }
        if (lower == QLatin1String("type")) { col->kind = Column::Type; return true; }
        if (lower == QLatin1String("bug_type") || lower == QLatin1String("root_cause") || lower == QLatin1String("symptom")
            || lower == QLatin1String("commit") || lower == QLatin1String("repository")) {
            col->kind = Column::Extra;
            col->key = lower;
            return true;
        }
        if (name.size() == 1 && name.at(0).isUpper()) {
            Item item;
            const ItemClass cls = f == F::GitHubEditActions ? ItemClass::EditAction : ItemClass::Information;
            if (parseItem(name, cls, &item)) { col->kind = Column::Flag; col->item = item; return true; }
        }
        return false;
    case F::Letters:
        if (lower == QLatin1String("type of bug") || lower == QLatin1String("bug type")) { col->kind = Column::Type; return true; }
        if (lower == QLatin1String("edit action") || lower == QLatin1String("edit actions")) {
            col->kind = Column::Letters;
            col->itemClass = ItemClass::EditAction;
            return true;
        }
        if (lower == QLatin1String("information") || lower == QLatin1String("useful information")) {
            col->kind = Column::Letters;
            col->itemClass = ItemClass::Information;
            return true;
        }
        return false;
    case F::SubFaults: {
        if (lower == QLatin1String("subfault") || lower == QLatin1String("sub-fault")) { col->kind = Column::SubFault; return true; }
        EditAction a;
        if (name.size() > 1 && parseEditAction(name, &a)) { col->kind = Column::Flag; col->item = Item::action(a); return true; }
        return false;
    }
    case F::DlreproCsv: {
        static const QHash<QString, Column::Kind> kinds = {
            {QStringLiteral("bug_type"), Column::Type},       {QStringLiteral("bug_id"), Column::BugId},
            {QStringLiteral("source"), Column::Source},       {QStringLiteral("architecture"), Column::Architecture},
            {QStringLiteral("framework"), Column::Framework}, {QStringLiteral("sub_fault"), Column::SubFault},
            {QStringLiteral("minutes_taken"), Column::Minutes}, {QStringLiteral("reproduced"), Column::Reproduced},
        };
        if (lower == QLatin1String("information") || lower == QLatin1String("actions")) {
            col->kind = Column::List;
            col->itemClass = lower == QLatin1String("information") ? ItemClass::Information : ItemClass::EditAction;
            return true;
        }
        const auto it = kinds.constFind(lower);
        if (it == kinds.constEnd())
            return false;
        col->kind = it.value();
        return true;
    }
    case F::Auto:
    case F::DlreproJson:
        break;
    }
    return false;
}

TransactionFormat sniffCsv(const QStringList &header)
{
    QSet<QString> h;
    for (const QString &c : header)
        h.insert(c.trimmed().toLower());
    using F = TransactionFormat;
    if (h.contains(QStringLiteral("bug_type")) && h.contains(QStringLiteral("actions")) && h.contains(QStringLiteral("information")))
        return F::DlreproCsv;
    if (h.contains(QStringLiteral("subfault")) || h.contains(QStringLiteral("sub-fault")))
        return F::SubFaults;
    if (h.contains(QStringLiteral("type")) && h.contains(QStringLiteral("#")))
        return h.contains(QStringLiteral("r")) || h.contains(QStringLiteral("v")) ? F::GitHubEditActions : F::GitHubInformation;
    if (h.contains(QStringLiteral("type of bug"))) {
        if (h.size() == 2 && (h.contains(QStringLiteral("edit action")) || h.contains(QStringLiteral("information"))))
            return F::Letters;
        // The format whose columns all make sense ("Hyperparameters" is both an information
        // column and an edit-action id, so one column does not decide).
        for (F f : {F::StackOverflowInformation, F::StackOverflowEditActions}) {
            Column col;
            if (std::all_of(header.begin(), header.end(), [&](const QString &c) { return classify(f, c, &col); }))
                return f;
        }
        int actions = 0, information = 0;
        for (const QString &c : header) {
            Column col;
            actions += classify(F::StackOverflowEditActions, c, &col) && col.kind == Column::Flag;
            information += classify(F::StackOverflowInformation, c, &col) && col.kind == Column::Flag;
        }
        // Mixed or unknown columns: pick the likelier format so that the error names the column.
        return actions > information ? F::StackOverflowEditActions : F::StackOverflowInformation;
    }
    return F::Auto;
}

class Reader
{
public:
    Reader(const QString &file, TransactionImportError *error) : m_file(file), m_error(error) {}

    bool fail(int line, int column, const QString &columnName, const QString &message)
    {
        if (m_error) {
            m_error->file = m_file;
            m_error->line = line;
            m_error->column = column;
            m_error->columnName = columnName;
            m_error->message = message;
        }
        return false;
    }

    bool readCsv(const QByteArray &data, TransactionFormat format, TransactionImportResult *result)
    {
        QList<CsvRecord> records;
        CsvError csvError;
        if (!CsvReader::parse(data, &records, &csvError))
            return fail(csvError.line, csvError.column, QString(), csvError.message);
        if (records.isEmpty())
            return fail(0, 0, QString(), QStringLiteral("the file is empty (no header row)"));
        const CsvRecord &header = records.first();
        if (format == TransactionFormat::Auto) {
            format = sniffCsv(header.fields);
            if (format == TransactionFormat::Auto)
                return fail(header.line, 0, QString(),
                            QStringLiteral("not a known transaction file: header \"%1\"")
                                .arg(header.fields.join(QLatin1Char(',')).left(200)));
        }
        result->format = format;

        QList<Column> columns;
        bool hasType = false, hasSubFault = false, hasItems = false;
        QSet<int> seenItems;
        for (int i = 0; i < header.fields.size(); ++i) {
            Column col;
            if (!classify(format, header.fields.at(i), &col))
                return fail(header.line, i + 1, header.fields.at(i),
                            QStringLiteral("unknown column \"%1\" for the %2 format")
                                .arg(header.fields.at(i).left(100), transactionFormatId(format)));
            if (col.kind == Column::Flag) {
                if (seenItems.contains(col.item.index()))
                    return fail(header.line, i + 1, header.fields.at(i),
                                QStringLiteral("column \"%1\" repeats item %2").arg(header.fields.at(i), col.item.id()));
                seenItems.insert(col.item.index());
            }
            hasType |= col.kind == Column::Type;
            hasSubFault |= col.kind == Column::SubFault;
            hasItems |= col.kind == Column::Flag || col.kind == Column::Letters || col.kind == Column::List;
            columns.append(col);
        }
        if (!hasType && !(format == TransactionFormat::SubFaults && hasSubFault))
            return fail(header.line, 0, QString(),
                        format == TransactionFormat::SubFaults ? QStringLiteral("no Subfault column")
                                                                : QStringLiteral("no bug type column"));
        if (!hasItems)
            return fail(header.line, 0, QString(), QStringLiteral("no item columns"));

        const bool flagsAreActions = format == TransactionFormat::StackOverflowEditActions
            || format == TransactionFormat::GitHubEditActions || format == TransactionFormat::SubFaults;
        const QString fileName = QFileInfo(m_file).fileName();
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvRecord &rec = records.at(r);
            if (rec.fields.size() != columns.size())
                return fail(rec.line, int(qMin(rec.fields.size(), columns.size())) + 1, QString(),
                            QStringLiteral("%1 fields where the header has %2").arg(rec.fields.size()).arg(columns.size()));
            Transaction t;
            t.origin = fileName + QLatin1Char(':') + QString::number(rec.line);
            if (format == TransactionFormat::StackOverflowEditActions || format == TransactionFormat::StackOverflowInformation)
                t.source = QStringLiteral("stackoverflow");
            else if (isGithub(format))
                t.source = QStringLiteral("github");
            if (format != TransactionFormat::DlreproCsv && format != TransactionFormat::Letters) {
                t.actionsRecorded = flagsAreActions;
                t.informationRecorded = !flagsAreActions;
            }
            for (int c = 0; c < columns.size(); ++c)
                if (!readCell(columns.at(c), rec.fields.at(c).trimmed(), rec.line, c + 1, header.fields.at(c), &t))
                    return false;
            if (format == TransactionFormat::SubFaults && t.bugType == BugType::Unknown)
                t.bugType = subFaultBugType(t.subFault);
            // The study leaves out GitHub bugs whose reproduction needed no edit action marked.
            if (format == TransactionFormat::GitHubEditActions && t.items.isEmpty()) {
                ++result->skippedRows;
                continue;
            }
            result->transactions.append(t);
        }
        return true;
    }

    bool readCell(const Column &col, const QString &v, int line, int column, const QString &name, Transaction *t)
    {
        auto bad = [&](const QString &what) {
            return fail(line, column, name, QStringLiteral("%1: \"%2\"").arg(what, v.left(100)));
        };
        switch (col.kind) {
        case Column::Ignore:
            return true;
        case Column::Type:
            if (!parseBugType(v, &t->bugType))
                return bad(QStringLiteral("unknown bug type"));
            return true;
        case Column::Flag:
            if (v == QLatin1String("1"))
                t->items.insert(col.item);
            else if (v != QLatin1String("0"))
                return bad(QStringLiteral("expected 0 or 1"));
            return true;
        case Column::Letters: {
            int bad_at = -1;
            ItemSet set;
            if (!ItemSet::parseLetters(v, col.itemClass, &set, &bad_at))
                return fail(line, column, name,
                            QStringLiteral("unknown %1 letter '%2' in \"%3\"")
                                .arg(col.itemClass == ItemClass::EditAction ? QStringLiteral("edit action")
                                                                             : QStringLiteral("information"),
                                     v.mid(bad_at, 1), v.left(100)));
            for (Item i : set.items())
                t->items.insert(i);
            (col.itemClass == ItemClass::EditAction ? t->actionsRecorded : t->informationRecorded) = true;
            return true;
        }
        case Column::List: {
            if (v.isEmpty())
                return true;
            (col.itemClass == ItemClass::EditAction ? t->actionsRecorded : t->informationRecorded) = true;
            if (v == QLatin1String("none"))
                return true;
            for (const QString &part : v.split(QLatin1Char(';'))) {
                Item item;
                if (!parseItem(part, col.itemClass, &item) || item.itemClass() != col.itemClass)
                    return fail(line, column, name, QStringLiteral("unknown item \"%1\"").arg(part.trimmed().left(100)));
                t->items.insert(item);
            }
            return true;
        }
        case Column::BugId:
            t->bugId = v;
            return true;
        case Column::Source:
            t->source = v;
            return true;
        case Column::Architecture:
            t->architecture = v == QLatin1String("-") ? QString() : v;
            return true;
        case Column::Framework:
            t->framework = v;
            return true;
        case Column::Reproduced: {
            const QString l = v.toLower();
            if (l.isEmpty())
                t->reproduced.reset();
            else if (l == QLatin1String("yes") || l == QLatin1String("true") || l == QLatin1String("1"))
                t->reproduced = true;
            else if (l == QLatin1String("no") || l == QLatin1String("false") || l == QLatin1String("0"))
                t->reproduced = false;
            else
                return bad(QStringLiteral("expected Yes or No"));
            return true;
        }
        case Column::SubFault:
            if (v.isEmpty())
                return true;
            t->subFault = canonicalSubFault(v);
            if (t->subFault.isEmpty())
                return bad(QStringLiteral("unknown sub-fault"));
            return true;
        case Column::Minutes: {
            if (v.isEmpty())
                return true;
            bool ok = false;
            const double m = v.toDouble(&ok);
            if (!ok || m < 0 || !qIsFinite(m))
                return bad(QStringLiteral("expected a number of minutes >= 0"));
            t->minutesTaken = m;
            return true;
        }
        case Column::Extra:
            if (!v.isEmpty())
                t->extra.insert(col.key, v);
            return true;
        }
        return true;
    }

    bool readJson(const QByteArray &data, TransactionImportResult *result)
    {
        result->format = TransactionFormat::DlreproJson;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (pe.error != QJsonParseError::NoError) {
            // Turn the byte offset into a line and column.
            int line = 1, column = 1;
            for (int i = 0; i < pe.offset && i < data.size(); ++i) {
                if (data.at(i) == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            }
            return fail(line, column, QString(), QStringLiteral("invalid JSON: ") + pe.errorString());
        }
        const QJsonObject root = doc.object();
        if (!doc.isObject() || root.value(QLatin1String("format")).toString() != QLatin1String("dlrepro-transactions"))
            return fail(0, 0, QStringLiteral("format"), QStringLiteral("not a dlrepro transactions file (\"format\": \"dlrepro-transactions\")"));
        if (root.value(QLatin1String("version")).toInt() != 1)
            return fail(0, 0, QStringLiteral("version"), QStringLiteral("unsupported version (this build reads version 1)"));
        const QJsonValue list = root.value(QLatin1String("transactions"));
        if (!list.isArray())
            return fail(0, 0, QStringLiteral("transactions"), QStringLiteral("\"transactions\" must be an array"));
        const QJsonArray array = list.toArray();
        const QString fileName = QFileInfo(m_file).fileName();
        static const QSet<QString> known = {
            QStringLiteral("bugType"), QStringLiteral("information"), QStringLiteral("actions"),
            QStringLiteral("bugId"), QStringLiteral("source"), QStringLiteral("architecture"),
            QStringLiteral("framework"), QStringLiteral("subFault"), QStringLiteral("minutesTaken"),
            QStringLiteral("reproduced"), QStringLiteral("extra")};
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("transactions[%1]").arg(i);
            auto bad = [&](const QString &key, const QString &message) {
                return fail(0, 0, path + QLatin1Char('.') + key, message);
            };
            if (!array.at(i).isObject())
                return fail(0, 0, path, QStringLiteral("expected an object"));
            const QJsonObject o = array.at(i).toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (!known.contains(it.key()))
                    return bad(it.key(), QStringLiteral("unknown key"));
            Transaction t;
            t.origin = fileName + QLatin1Char(':') + path;
            if (!parseBugType(o.value(QLatin1String("bugType")).toString(), &t.bugType))
                return bad(QStringLiteral("bugType"), QStringLiteral("unknown bug type \"%1\"").arg(o.value(QLatin1String("bugType")).toString().left(100)));
            for (ItemClass cls : {ItemClass::Information, ItemClass::EditAction}) {
                const QString key = cls == ItemClass::Information ? QStringLiteral("information") : QStringLiteral("actions");
                const QJsonValue v = o.value(key);
                if (v.isUndefined() || v.isNull())
                    continue;
                if (!v.isArray())
                    return bad(key, QStringLiteral("expected an array of item ids"));
                (cls == ItemClass::Information ? t.informationRecorded : t.actionsRecorded) = true;
                const QJsonArray items = v.toArray();
                for (qsizetype j = 0; j < items.size(); ++j) {
                    Item item;
                    if (!items.at(j).isString() || !parseItem(items.at(j).toString(), cls, &item) || item.itemClass() != cls)
                        return bad(key + QStringLiteral("[%1]").arg(j),
                                   QStringLiteral("unknown item \"%1\"").arg(items.at(j).toString().left(100)));
                    t.items.insert(item);
                }
            }
            t.bugId = o.value(QLatin1String("bugId")).toString();
            t.source = o.value(QLatin1String("source")).toString();
            t.architecture = o.value(QLatin1String("architecture")).toString();
            t.framework = o.value(QLatin1String("framework")).toString();
            const QString sub = o.value(QLatin1String("subFault")).toString();
            if (!sub.isEmpty()) {
                t.subFault = canonicalSubFault(sub);
                if (t.subFault.isEmpty())
                    return bad(QStringLiteral("subFault"), QStringLiteral("unknown sub-fault \"%1\"").arg(sub.left(100)));
            }
            const QJsonValue minutes = o.value(QLatin1String("minutesTaken"));
            if (minutes.isDouble() && minutes.toDouble() >= 0)
                t.minutesTaken = minutes.toDouble();
            else if (!minutes.isUndefined() && !minutes.isNull())
                return bad(QStringLiteral("minutesTaken"), QStringLiteral("expected a number >= 0"));
            const QJsonValue reproduced = o.value(QLatin1String("reproduced"));
            if (reproduced.isBool())
                t.reproduced = reproduced.toBool();
            else if (!reproduced.isUndefined() && !reproduced.isNull())
                return bad(QStringLiteral("reproduced"), QStringLiteral("expected true or false"));
            const QJsonObject extra = o.value(QLatin1String("extra")).toObject();
            for (auto it = extra.begin(); it != extra.end(); ++it)
                t.extra.insert(it.key(), it.value().toString());
            result->transactions.append(t);
        }
        return true;
    }

private:
    QString m_file;
    TransactionImportError *m_error;
};

} // namespace

QString transactionFormatId(TransactionFormat f)
{
    for (const auto &r : kFormats)
        if (r.format == f)
            return QString::fromLatin1(r.id);
    return QStringLiteral("auto");
}

bool parseTransactionFormat(const QString &id, TransactionFormat *out)
{
    for (const auto &r : kFormats)
        if (id.trimmed().toLower() == QLatin1String(r.id)) {
            *out = r.format;
            return true;
        }
    return false;
}

QString TransactionImportError::toString() const
{
    QString where = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (column > 0)
        where += QLatin1Char(':') + QString::number(column);
    if (!columnName.isEmpty())
        where += QStringLiteral(" (") + columnName + QLatin1Char(')');
    return where + QStringLiteral(": ") + message;
}

bool importTransactions(const QByteArray &data, const QString &fileName, TransactionImportResult *result,
                        TransactionImportError *error, TransactionFormat format)
{
    *result = TransactionImportResult();
    Reader reader(fileName, error);
    if (data.size() > kMaxFileSize)
        return reader.fail(0, 0, QString(), QStringLiteral("file larger than 256 MiB"));
    if (format == TransactionFormat::Auto) {
        QByteArrayView v(data);
        if (v.startsWith("\xEF\xBB\xBF"))
            v = v.sliced(3);
        v = v.trimmed();
        if (v.startsWith('{') || v.startsWith('['))
            format = TransactionFormat::DlreproJson;
    }
    if (format == TransactionFormat::DlreproJson) {
        QByteArray json = data;
        if (json.startsWith("\xEF\xBB\xBF"))
            json.remove(0, 3);
        return reader.readJson(json, result);
    }
    return reader.readCsv(data, format, result);
}

bool importTransactionsFile(const QString &path, TransactionImportResult *result, TransactionImportError *error,
                            TransactionFormat format)
{
    QFile f(path);
    Reader reader(path, error);
    if (!f.open(QIODevice::ReadOnly))
        return reader.fail(0, 0, QString(), QStringLiteral("cannot open: ") + f.errorString());
    if (f.size() > kMaxFileSize)
        return reader.fail(0, 0, QString(), QStringLiteral("file larger than 256 MiB"));
    return importTransactions(f.readAll(), path, result, error, format);
}

} // namespace dlrepro
