// The SQLite project store on core/db. Labels keep their items as bitmasks (ItemSet::bits) so
// that a disagreement is a comparison of two integers in SQL; bug types as their stable ids.
#include "ProjectStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSet>
#include <QVariant>

#include <algorithm>
#include <type_traits>

namespace dlrepro {

namespace {

QString toJson(const QMap<QString, QString> &map)
{
    if (map.isEmpty())
        return QStringLiteral("{}");
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromJson(const QString &text)
{
    QMap<QString, QString> map;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QString listToJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &text)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and mean "empty" by ''.
void bind(QSqlQuery &q, const QString &s)
{
    q.addBindValue(s.isNull() ? QStringLiteral("") : s);
}

void bind(QSqlQuery &q, const QVariant &v)
{
    q.addBindValue(v);
}

template <typename T>
    requires std::is_arithmetic_v<T>
void bind(QSqlQuery &q, T v)
{
    q.addBindValue(QVariant::fromValue(v));
}

QVariant optionalBool(const std::optional<bool> &b)
{
    return b ? QVariant(int(*b)) : QVariant(QMetaType(QMetaType::Int));
}

QVariant optionalDouble(const std::optional<double> &d)
{
    return d ? QVariant(*d) : QVariant(QMetaType(QMetaType::Double));
}

std::optional<bool> boolFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toInt() != 0;
}

std::optional<double> doubleFrom(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toDouble();
}

BugType bugTypeFrom(const QVariant &v)
{
    BugType t = BugType::Unknown;
    if (!v.isNull())
        parseBugType(v.toString(), &t);
    return t;
}

ItemSet itemsFrom(const QVariant &v)
{
    ItemSet set;
    const quint32 bits = quint32(v.toLongLong());
    for (int i = 0; i < Item::kCount; ++i)
        if (bits & (quint32(1) << i))
            set.insert(Item::fromIndex(i));
    return set;
}

// Migration 1. Never edited once released: a change is a new step.
const QStringList kSchemaV1 = {
    QStringLiteral("CREATE TABLE bugs ("
                   " id INTEGER PRIMARY KEY,"
                   " source TEXT NOT NULL, ext_id TEXT NOT NULL,"
                   " url TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '[]',"
                   " framework TEXT NOT NULL DEFAULT '', architecture TEXT NOT NULL DEFAULT '',"
                   " extra TEXT NOT NULL DEFAULT '{}',"
                   " UNIQUE (source, ext_id))"),
    QStringLiteral("CREATE INDEX bugs_framework ON bugs (framework COLLATE NOCASE)"),
    QStringLiteral("CREATE TABLE reproductions ("
                   " bug_id INTEGER PRIMARY KEY REFERENCES bugs (id) ON DELETE CASCADE,"
                   " workspace TEXT NOT NULL DEFAULT '', reproduced INTEGER, minutes REAL,"
                   " effort TEXT NOT NULL DEFAULT '', modification TEXT NOT NULL DEFAULT '',"
                   " key_actions TEXT NOT NULL DEFAULT '', extra TEXT NOT NULL DEFAULT '{}')"),
    QStringLiteral("CREATE INDEX reproductions_reproduced ON reproductions (reproduced)"),
    QStringLiteral("CREATE TABLE annotators ("
                   " id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE TABLE annotations ("
                   " bug_id INTEGER NOT NULL REFERENCES bugs (id) ON DELETE CASCADE,"
                   " annotator_id INTEGER NOT NULL REFERENCES annotators (id) ON DELETE CASCADE,"
                   " bug_type TEXT NOT NULL, sub_fault TEXT NOT NULL DEFAULT '',"
                   " information INTEGER NOT NULL DEFAULT 0, actions INTEGER NOT NULL DEFAULT 0,"
                   " information_recorded INTEGER NOT NULL DEFAULT 1, actions_recorded INTEGER NOT NULL DEFAULT 1,"
                   " minutes REAL, reproduced INTEGER, notes TEXT NOT NULL DEFAULT '',"
                   " saved_at TEXT NOT NULL, prefilled INTEGER NOT NULL DEFAULT 0,"
                   " PRIMARY KEY (bug_id, annotator_id))"),
    QStringLiteral("CREATE INDEX annotations_annotator ON annotations (annotator_id, bug_id)"),
    QStringLiteral("CREATE INDEX annotations_type ON annotations (bug_type, bug_id)"),
    QStringLiteral("CREATE TABLE final_labels ("
                   " bug_id INTEGER PRIMARY KEY REFERENCES bugs (id) ON DELETE CASCADE,"
                   " bug_type TEXT NOT NULL, sub_fault TEXT NOT NULL DEFAULT '',"
                   " information INTEGER NOT NULL DEFAULT 0, actions INTEGER NOT NULL DEFAULT 0,"
                   " information_recorded INTEGER NOT NULL DEFAULT 1, actions_recorded INTEGER NOT NULL DEFAULT 1,"
                   " minutes REAL, reproduced INTEGER, notes TEXT NOT NULL DEFAULT '',"
                   " saved_at TEXT NOT NULL, settled_by TEXT NOT NULL DEFAULT '')"),
    QStringLiteral("CREATE INDEX final_labels_type ON final_labels (bug_type)"),
    QStringLiteral("CREATE INDEX final_labels_reproduced ON final_labels (reproduced)"),
    // What the import of each replication file kind saw: its header and spellings, and the row
    // position of each bug, so that the export writes the file back as it was.
    QStringLiteral("CREATE TABLE file_formats (kind TEXT PRIMARY KEY, header TEXT NOT NULL, spellings TEXT NOT NULL DEFAULT '{}')"),
    QStringLiteral("CREATE TABLE file_rows ("
                   " kind TEXT NOT NULL, bug_id INTEGER NOT NULL REFERENCES bugs (id) ON DELETE CASCADE,"
                   " position INTEGER NOT NULL, PRIMARY KEY (kind, bug_id))"),
    QStringLiteral("CREATE INDEX file_rows_position ON file_rows (kind, position)"),
};

const char kLabelColumns[] = "bug_type, sub_fault, information, actions, information_recorded, actions_recorded, "
                             "minutes, reproduced, notes, saved_at";

// Reads the kLabelColumns starting at column `c`.
Annotation labelFrom(const QSqlQuery &q, int c)
{
    Annotation a;
    a.bugType = bugTypeFrom(q.value(c));
    a.subFault = q.value(c + 1).toString();
    a.information = itemsFrom(q.value(c + 2)).ofClass(ItemClass::Information);
    a.actions = itemsFrom(q.value(c + 3)).ofClass(ItemClass::EditAction);
    a.informationRecorded = q.value(c + 4).toInt() != 0;
    a.actionsRecorded = q.value(c + 5).toInt() != 0;
    a.minutes = doubleFrom(q.value(c + 6));
    a.reproduced = boolFrom(q.value(c + 7));
    a.notes = q.value(c + 8).toString();
    a.savedAt = QDateTime::fromString(q.value(c + 9).toString(), Qt::ISODateWithMs);
    return a;
}

void bindLabel(QSqlQuery &q, const Annotation &a, const QDateTime &savedAt)
{
    bind(q, bugTypeId(a.bugType));
    bind(q, a.subFault);
    bind(q, qint64(a.information.ofClass(ItemClass::Information).bits()));
    bind(q, qint64(a.actions.ofClass(ItemClass::EditAction).bits()));
    bind(q, int(a.informationRecorded));
    bind(q, int(a.actionsRecorded));
    bind(q, optionalDouble(a.minutes));
    bind(q, optionalBool(a.reproduced));
    bind(q, a.notes);
    bind(q, savedAt.toUTC().toString(Qt::ISODateWithMs));
}

ProjectBug bugFrom(const QSqlQuery &q, int c)
{
    ProjectBug b;
    b.key = q.value(c).toLongLong();
    b.source = q.value(c + 1).toString();
    b.id = q.value(c + 2).toString();
    b.url = q.value(c + 3).toString();
    b.title = q.value(c + 4).toString();
    b.tags = listFromJson(q.value(c + 5).toString());
    b.framework = q.value(c + 6).toString();
    b.architecture = q.value(c + 7).toString();
    b.extra = mapFromJson(q.value(c + 8).toString());
    return b;
}

const char kBugColumns[] = "b.id, b.source, b.ext_id, b.url, b.title, b.tags, b.framework, b.architecture, b.extra";

// Two saved (not prefilled) annotations of the bug with different labels.
const char kDisagreement[] =
    "EXISTS (SELECT 1 FROM annotations x JOIN annotations y ON y.bug_id = x.bug_id AND y.annotator_id > x.annotator_id"
    " WHERE x.bug_id = b.id AND x.prefilled = 0 AND y.prefilled = 0 AND (x.bug_type <> y.bug_type"
    " OR x.sub_fault <> y.sub_fault OR x.information <> y.information OR x.actions <> y.actions))";

class SqliteProjectStore final : public ProjectStore
{
public:
    explicit SqliteProjectStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

    QString location() const override { return m_db->location(); }
    Database &database() override { return *m_db; }

    // Every write goes through here: its own transaction, or the batch's.
    bool write(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
    {
        QString ignored;
        QString *err = error ? error : &ignored;
        if (m_inBatch) {
            QSqlDatabase db = m_db->connection();
            return work(db, err);
        }
        return m_db->write(work, err);
    }

    bool batch(const std::function<bool(QString *)> &work, QString *error) override
    {
        if (m_inBatch)
            return work(error);
        m_inBatch = true;
        const bool ok = m_db->write([&](QSqlDatabase &, QString *err) { return work(err); }, error);
        m_inBatch = false;
        return ok;
    }

    QSqlQuery query() const { return QSqlQuery(m_db->connection()); }

    bool putBug(ProjectBug *bug, QString *error) override
    {
        if (bug->source.trimmed().isEmpty() || bug->id.trimmed().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ProjectStore", "a bug needs a source and an id");
            return false;
        }
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                qint64 key = bug->key;
                if (key == 0) {
                    q.prepare(QStringLiteral("SELECT id FROM bugs WHERE source = ? AND ext_id = ?"));
                    bind(q, bug->source);
                    bind(q, bug->id);
                    if (!execQuery(q, QCoreApplication::translate("ProjectStore", "finding the bug"), err))
                        return false;
                    if (q.next())
                        key = q.value(0).toLongLong();
                    q.finish();
                }
                if (key == 0) {
                    q.prepare(QStringLiteral("INSERT INTO bugs (source, ext_id, url, title, tags, framework, architecture, extra)"
                                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                } else {
                    q.prepare(QStringLiteral("UPDATE bugs SET source = ?, ext_id = ?, url = ?, title = ?, tags = ?, framework = ?,"
                                             " architecture = ?, extra = ? WHERE id = ?"));
                }
                bind(q, bug->source);
                bind(q, bug->id);
                bind(q, bug->url);
                bind(q, bug->title);
                bind(q, listToJson(bug->tags));
                bind(q, bug->framework);
                bind(q, bug->architecture);
                bind(q, toJson(bug->extra));
                if (key != 0)
                    bind(q, key);
                if (!execQuery(q, QCoreApplication::translate("ProjectStore", "saving bug %1").arg(bug->id), err))
                    return false;
                if (key != 0 && q.numRowsAffected() == 0) {
                    *err = QCoreApplication::translate("ProjectStore", "no bug numbered %1").arg(key);
                    return false;
                }
                bug->key = key != 0 ? key : q.lastInsertId().toLongLong();
                return true;
            },
            error);
    }

    std::optional<ProjectBug> bug(qint64 key) const override
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT %1 FROM bugs b WHERE b.id = ?").arg(QLatin1String(kBugColumns)));
        bind(q, key);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return bugFrom(q, 0);
    }

    std::optional<ProjectBug> findBug(const QString &source, const QString &id) const override
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT %1 FROM bugs b WHERE b.source = ? AND b.ext_id = ?").arg(QLatin1String(kBugColumns)));
        bind(q, source);
        bind(q, id);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return bugFrom(q, 0);
    }

    bool removeBug(qint64 key, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("DELETE FROM bugs WHERE id = ?"));
                bind(q, key);
                return execQuery(q, QCoreApplication::translate("ProjectStore", "removing bug %1").arg(key), err);
            },
            error);
    }

    // The WHERE clause of a filter and its values, in order.
    static QString where(const BugFilter &f, QVariantList *values)
    {
        QStringList parts;
        if (f.bugType) {
            parts << QStringLiteral("(f.bug_type = ? OR (f.bug_id IS NULL AND EXISTS (SELECT 1 FROM annotations a"
                                    " WHERE a.bug_id = b.id AND a.bug_type = ?)))");
            *values << bugTypeId(*f.bugType) << bugTypeId(*f.bugType);
        }
        if (!f.framework.isEmpty()) {
            parts << QStringLiteral("b.framework = ? COLLATE NOCASE");
            *values << f.framework;
        }
        if (f.reproduced) {
            parts << QStringLiteral("COALESCE(f.reproduced, r.reproduced) = ?");
            *values << int(*f.reproduced);
        }
        if (!f.annotator.isEmpty()) {
            parts << QStringLiteral("EXISTS (SELECT 1 FROM annotations a JOIN annotators n ON n.id = a.annotator_id"
                                    " WHERE a.bug_id = b.id AND n.name = ?)");
            *values << f.annotator;
        }
        if (f.disagreementOnly)
            parts << QStringLiteral("f.bug_id IS NULL AND ") + QLatin1String(kDisagreement);
        if (!f.text.isEmpty()) {
            parts << QStringLiteral("(instr(lower(b.ext_id), ?) > 0 OR instr(lower(b.title), ?) > 0 OR instr(lower(b.tags), ?) > 0)");
            const QString t = f.text.toLower();
            *values << t << t << t;
        }
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    }

    static const QString &fromClause()
    {
        static const QString s = QStringLiteral(" FROM bugs b LEFT JOIN final_labels f ON f.bug_id = b.id"
                                                " LEFT JOIN reproductions r ON r.bug_id = b.id");
        return s;
    }

    int countBugs(const BugFilter &filter) const override
    {
        QVariantList values;
        const QString w = where(filter, &values);
        QSqlQuery q = query();
        // Without a filter the joins are not needed, and COUNT over the primary key is the fastest.
        q.prepare(w.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM bugs") : QStringLiteral("SELECT COUNT(*)") + fromClause() + w);
        for (const QVariant &v : values)
            bind(q, v);
        if (!q.exec() || !q.next())
            return 0;
        return q.value(0).toInt();
    }

    QList<BugSummary> listBugs(const BugFilter &filter, int offset, int limit) const override
    {
        QVariantList values;
        const QString w = where(filter, &values);
        QSqlQuery q = query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1, f.bug_type,"
                                 " (SELECT a.bug_type FROM annotations a WHERE a.bug_id = b.id ORDER BY a.annotator_id LIMIT 1),"
                                 " COALESCE(f.reproduced, r.reproduced),"
                                 " (SELECT COUNT(*) FROM annotations a WHERE a.bug_id = b.id), %2, f.bug_id IS NOT NULL")
                      .arg(QLatin1String(kBugColumns), QLatin1String(kDisagreement))
                  + fromClause() + w + QStringLiteral(" ORDER BY b.id LIMIT ? OFFSET ?"));
        for (const QVariant &v : values)
            bind(q, v);
        bind(q, qMax(0, limit));
        bind(q, qMax(0, offset));
        QList<BugSummary> rows;
        if (!q.exec())
            return rows;
        while (q.next()) {
            BugSummary s;
            s.bug = bugFrom(q, 0);
            s.bugType = bugTypeFrom(q.value(9).isNull() ? q.value(10) : q.value(9));
            s.reproduced = boolFrom(q.value(11));
            s.annotationCount = q.value(12).toInt();
            s.settled = q.value(14).toInt() != 0;
            s.disagreement = !s.settled && q.value(13).toInt() != 0;
            rows << s;
        }
        return rows;
    }

    QStringList frameworks() const override
    {
        QStringList out;
        QSqlQuery q = query();
        if (q.exec(QStringLiteral("SELECT DISTINCT framework FROM bugs WHERE framework <> '' ORDER BY framework COLLATE NOCASE")))
            while (q.next())
                out << q.value(0).toString();
        return out;
    }

    bool putReproduction(qint64 bugKey, const BugReproduction &r, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO reproductions (bug_id, workspace, reproduced, minutes, effort,"
                                         " modification, key_actions, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
                bind(q, bugKey);
                bind(q, r.workspace);
                bind(q, optionalBool(r.reproduced));
                bind(q, optionalDouble(r.minutesSpent));
                bind(q, r.effortLevel);
                bind(q, modificationId(r.modification));
                bind(q, r.keyActions);
                bind(q, toJson(r.extra));
                return execQuery(q, QCoreApplication::translate("ProjectStore", "saving the reproduction of bug %1").arg(bugKey), err);
            },
            error);
    }

    std::optional<BugReproduction> reproduction(qint64 bugKey) const override
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT workspace, reproduced, minutes, effort, modification, key_actions, extra"
                                 " FROM reproductions WHERE bug_id = ?"));
        bind(q, bugKey);
        if (!q.exec() || !q.next())
            return std::nullopt;
        BugReproduction r;
        r.workspace = q.value(0).toString();
        r.reproduced = boolFrom(q.value(1));
        r.minutesSpent = doubleFrom(q.value(2));
        r.effortLevel = q.value(3).toString();
        parseModification(q.value(4).toString(), &r.modification);
        r.keyActions = q.value(5).toString();
        r.extra = mapFromJson(q.value(6).toString());
        return r;
    }

    bool putAnnotator(const Annotator &a, QString *error) override
    {
        if (a.name.trimmed().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ProjectStore", "an annotator needs a name");
            return false;
        }
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT INTO annotators (name, full_name) VALUES (?, ?)"
                                         " ON CONFLICT (name) DO UPDATE SET full_name = excluded.full_name"));
                bind(q, a.name);
                bind(q, a.fullName);
                return execQuery(q, QCoreApplication::translate("ProjectStore", "saving annotator %1").arg(a.name), err);
            },
            error);
    }

    QList<Annotator> annotators() const override
    {
        QList<Annotator> out;
        QSqlQuery q = query();
        if (q.exec(QStringLiteral("SELECT name, full_name FROM annotators ORDER BY name")))
            while (q.next())
                out << Annotator{q.value(0).toString(), q.value(1).toString()};
        return out;
    }

    static bool annotatorId(QSqlDatabase &db, const QString &name, bool create, qint64 *id, QString *err)
    {
        QSqlQuery q(db);
        if (create) {
            q.prepare(QStringLiteral("INSERT OR IGNORE INTO annotators (name) VALUES (?)"));
            bind(q, name);
            if (!execQuery(q, QCoreApplication::translate("ProjectStore", "adding annotator %1").arg(name), err))
                return false;
        }
        q.prepare(QStringLiteral("SELECT id FROM annotators WHERE name = ?"));
        bind(q, name);
        if (!execQuery(q, QCoreApplication::translate("ProjectStore", "finding annotator %1").arg(name), err))
            return false;
        *id = q.next() ? q.value(0).toLongLong() : 0;
        return true;
    }

    bool putAnnotation(qint64 bugKey, const Annotation &a, QString *error) override
    {
        if (a.annotator.trimmed().isEmpty()) {
            if (error)
                *error = QCoreApplication::translate("ProjectStore", "an annotation needs an annotator (the final label is saved with settle)");
            return false;
        }
        return write(
            [&](QSqlDatabase &db, QString *err) {
                qint64 annotator = 0;
                if (!annotatorId(db, a.annotator, true, &annotator, err))
                    return false;
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO annotations (bug_id, annotator_id, %1, prefilled)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kLabelColumns)));
                bind(q, bugKey);
                bind(q, annotator);
                bindLabel(q, a, QDateTime::currentDateTimeUtc());
                bind(q, int(a.prefilled));
                return execQuery(q, QCoreApplication::translate("ProjectStore", "saving %1's annotation of bug %2").arg(a.annotator).arg(bugKey), err);
            },
            error);
    }

    QList<Annotation> selectAnnotations(const QString &condition, const QVariantList &values) const
    {
        QList<Annotation> out;
        QSqlQuery q = query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT n.name, a.prefilled, %1 FROM annotations a JOIN annotators n ON n.id = a.annotator_id"
                                 " WHERE %2 ORDER BY n.name")
                      .arg(QString::fromLatin1(kLabelColumns).replace(QLatin1String("bug_type,"), QLatin1String("a.bug_type,")),
                           condition));
        for (const QVariant &v : values)
            bind(q, v);
        if (!q.exec())
            return out;
        while (q.next()) {
            Annotation a = labelFrom(q, 2);
            a.annotator = q.value(0).toString();
            a.prefilled = q.value(1).toInt() != 0;
            out << a;
        }
        return out;
    }

    std::optional<Annotation> annotation(qint64 bugKey, const QString &annotator) const override
    {
        const QList<Annotation> list = selectAnnotations(QStringLiteral("a.bug_id = ? AND n.name = ?"), {bugKey, annotator});
        if (list.isEmpty())
            return std::nullopt;
        return list.first();
    }

    bool removeAnnotation(qint64 bugKey, const QString &annotator, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("DELETE FROM annotations WHERE bug_id = ? AND annotator_id ="
                                         " (SELECT id FROM annotators WHERE name = ?)"));
                bind(q, bugKey);
                bind(q, annotator);
                return execQuery(q, QCoreApplication::translate("ProjectStore", "removing %1's annotation of bug %2").arg(annotator).arg(bugKey), err);
            },
            error);
    }

    QList<Annotation> annotations(qint64 bugKey) const override
    {
        return selectAnnotations(QStringLiteral("a.bug_id = ?"), {bugKey});
    }

    QList<Annotation> annotationsVisibleTo(const QString &viewer, qint64 bugKey) const override
    {
        const QList<Annotation> all = annotations(bugKey);
        const bool viewerSaved = std::any_of(all.begin(), all.end(), [&](const Annotation &a) {
            return a.annotator == viewer && !a.prefilled;
        });
        QList<Annotation> visible;
        for (const Annotation &a : all)
            if (a.annotator == viewer || (viewerSaved && !a.prefilled))
                visible << a;
        return visible;
    }

    QList<QPair<Annotation, Annotation>> annotationPairs(const QString &first, const QString &second) const override
    {
        QList<QPair<Annotation, Annotation>> out;
        QSqlQuery q = query();
        q.setForwardOnly(true);
        const QString cols = QString::fromLatin1(kLabelColumns);
        auto prefixed = [&](const QString &p) {
            QStringList list;
            for (const QString &c : cols.split(QStringLiteral(", ")))
                list << p + c;
            return list.join(QStringLiteral(", "));
        };
        q.prepare(QStringLiteral("SELECT x.prefilled, y.prefilled, %1, %2 FROM annotations x"
                                 " JOIN annotations y ON y.bug_id = x.bug_id"
                                 " WHERE x.annotator_id = (SELECT id FROM annotators WHERE name = ?)"
                                 " AND y.annotator_id = (SELECT id FROM annotators WHERE name = ?)"
                                 " ORDER BY x.bug_id")
                      .arg(prefixed(QStringLiteral("x.")), prefixed(QStringLiteral("y."))));
        bind(q, first);
        bind(q, second);
        if (!q.exec())
            return out;
        while (q.next()) {
            Annotation a = labelFrom(q, 2);
            Annotation b = labelFrom(q, 12);
            a.annotator = first;
            b.annotator = second;
            a.prefilled = q.value(0).toInt() != 0;
            b.prefilled = q.value(1).toInt() != 0;
            out << qMakePair(a, b);
        }
        return out;
    }

    bool settle(qint64 bugKey, const Annotation &label, const QString &settledBy, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO final_labels (bug_id, %1, settled_by)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(QLatin1String(kLabelColumns)));
                bind(q, bugKey);
                bindLabel(q, label, QDateTime::currentDateTimeUtc());
                bind(q, settledBy);
                return execQuery(q, QCoreApplication::translate("ProjectStore", "settling the label of bug %1").arg(bugKey), err);
            },
            error);
    }

    std::optional<Annotation> finalLabel(qint64 bugKey) const override
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT %1 FROM final_labels WHERE bug_id = ?").arg(QLatin1String(kLabelColumns)));
        bind(q, bugKey);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return labelFrom(q, 0);
    }

    bool unsettle(qint64 bugKey, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("DELETE FROM final_labels WHERE bug_id = ?"));
                bind(q, bugKey);
                return execQuery(q, QCoreApplication::translate("ProjectStore", "unsettling bug %1").arg(bugKey), err);
            },
            error);
    }

    std::optional<Annotation> label(qint64 bugKey) const override
    {
        if (auto f = finalLabel(bugKey))
            return f;
        std::optional<Annotation> agreed;
        for (const Annotation &a : annotations(bugKey)) {
            if (a.prefilled)
                continue;
            if (!agreed)
                agreed = a;
            else if (!agreed->sameLabel(a))
                return std::nullopt;
        }
        if (agreed) {
            agreed->annotator.clear();
            agreed->notes.clear();
        }
        return agreed;
    }

    bool putFileFormat(const QString &kind, const ProjectFileFormat &format, const QList<qint64> &rows, QString *error) override
    {
        return write(
            [&](QSqlDatabase &db, QString *err) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("INSERT OR REPLACE INTO file_formats (kind, header, spellings) VALUES (?, ?, ?)"));
                bind(q, kind);
                bind(q, listToJson(format.header));
                bind(q, toJson(format.spellings));
                if (!execQuery(q, QCoreApplication::translate("ProjectStore", "saving the %1 file format").arg(kind), err))
                    return false;
                q.prepare(QStringLiteral("DELETE FROM file_rows WHERE kind = ?"));
                bind(q, kind);
                if (!execQuery(q, QCoreApplication::translate("ProjectStore", "saving the %1 file rows").arg(kind), err))
                    return false;
                q.prepare(QStringLiteral("INSERT OR IGNORE INTO file_rows (kind, bug_id, position) VALUES (?, ?, ?)"));
                for (qsizetype i = 0; i < rows.size(); ++i) {
                    bind(q, kind);
                    bind(q, rows.at(i));
                    bind(q, qint64(i));
                    if (!execQuery(q, QCoreApplication::translate("ProjectStore", "saving the %1 file rows").arg(kind), err))
                        return false;
                }
                return true;
            },
            error);
    }

    std::optional<ProjectFileFormat> fileFormat(const QString &kind) const override
    {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("SELECT header, spellings FROM file_formats WHERE kind = ?"));
        bind(q, kind);
        if (!q.exec() || !q.next())
            return std::nullopt;
        return ProjectFileFormat{listFromJson(q.value(0).toString()), mapFromJson(q.value(1).toString())};
    }

    QList<qint64> fileRows(const QString &kind) const override
    {
        QList<qint64> out;
        QSqlQuery q = query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT bug_id FROM file_rows WHERE kind = ? ORDER BY position"));
        bind(q, kind);
        if (q.exec())
            while (q.next())
                out << q.value(0).toLongLong();
        return out;
    }

    QList<Transaction> transactions(const TransactionSelection &selection) const override
    {
        // The label per bug: with an annotator, theirs; else the final label, else the saved
        // annotations when they all agree.
        QMap<qint64, Annotation> labels;
        QSqlQuery q = query();
        q.setForwardOnly(true);
        if (selection.annotator.isEmpty()) {
            if (q.exec(QStringLiteral("SELECT bug_id, %1 FROM final_labels").arg(QLatin1String(kLabelColumns))))
                while (q.next())
                    labels.insert(q.value(0).toLongLong(), labelFrom(q, 1));
            QSet<qint64> disagreeing;
            if (q.exec(QStringLiteral("SELECT a.bug_id, %1 FROM annotations a WHERE a.prefilled = 0"
                                      " AND NOT EXISTS (SELECT 1 FROM final_labels f WHERE f.bug_id = a.bug_id)")
                           .arg(QString::fromLatin1(kLabelColumns)))) {
                QMap<qint64, Annotation> agreed;
                while (q.next()) {
                    const qint64 key = q.value(0).toLongLong();
                    const Annotation a = labelFrom(q, 1);
                    auto it = agreed.find(key);
                    if (it == agreed.end())
                        agreed.insert(key, a);
                    else if (!it->sameLabel(a))
                        disagreeing.insert(key);
                }
                for (auto it = agreed.begin(); it != agreed.end(); ++it)
                    if (!disagreeing.contains(it.key()))
                        labels.insert(it.key(), it.value());
            }
        } else {
            q.prepare(QStringLiteral("SELECT a.bug_id, %1 FROM annotations a JOIN annotators n ON n.id = a.annotator_id"
                                     " WHERE n.name = ?")
                          .arg(QString::fromLatin1(kLabelColumns).replace(QLatin1String("bug_type,"), QLatin1String("a.bug_type,"))));
            bind(q, selection.annotator);
            if (q.exec())
                while (q.next())
                    labels.insert(q.value(0).toLongLong(), labelFrom(q, 1));
        }
        QList<Transaction> out;
        if (labels.isEmpty())
            return out;
        QSqlQuery b = query();
        b.setForwardOnly(true);
        if (!b.exec(QStringLiteral("SELECT %1, r.minutes, r.reproduced FROM bugs b LEFT JOIN reproductions r ON r.bug_id = b.id"
                                   " ORDER BY b.id")
                        .arg(QLatin1String(kBugColumns))))
            return out;
        while (b.next()) {
            const auto it = labels.constFind(b.value(0).toLongLong());
            if (it == labels.constEnd() || (!it->informationRecorded && !it->actionsRecorded))
                continue;
            const ProjectBug bug = bugFrom(b, 0);
            Transaction t = it->toTransaction();
            t.bugId = bug.id;
            t.source = bug.source;
            t.architecture = bug.architecture;
            t.framework = bug.framework;
            t.extra = bug.extra;
            if (!t.minutesTaken)
                t.minutesTaken = doubleFrom(b.value(9));
            if (!t.reproduced)
                t.reproduced = boolFrom(b.value(10));
            t.origin = QStringLiteral("%1 %2").arg(bug.source, bug.id);
            out << t;
        }
        return out;
    }

private:
    std::unique_ptr<Database> m_db;
    bool m_inBatch = false;
};

} // namespace

const Schema &projectSchema()
{
    static const Schema schema{QStringLiteral("dlrepro-project"), {Migration{1, kSchemaV1}}};
    return schema;
}

std::unique_ptr<ProjectStore> openProject(const QString &path, QString *error, OpenMode mode)
{
    std::unique_ptr<Database> db = openDatabase(path, projectSchema(), error, mode);
    if (!db)
        return nullptr;
    return std::make_unique<SqliteProjectStore>(std::move(db));
}

QString modificationId(Modification m)
{
    return m == Modification::Minor ? QStringLiteral("minor") : m == Modification::Major ? QStringLiteral("major") : QString();
}

bool parseModification(const QString &text, Modification *out)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty()) {
        *out = Modification::Unknown;
        return true;
    }
    if (t == QLatin1String("minor")) {
        *out = Modification::Minor;
        return true;
    }
    if (t == QLatin1String("major")) {
        *out = Modification::Major;
        return true;
    }
    return false;
}

bool Annotation::sameLabel(const Annotation &o) const
{
    return bugType == o.bugType && subFault == o.subFault && information == o.information && actions == o.actions;
}

Transaction Annotation::toTransaction() const
{
    Transaction t;
    t.bugType = bugType;
    if (informationRecorded)
        for (Item i : information.ofClass(ItemClass::Information).items())
            t.items.insert(i);
    if (actionsRecorded)
        for (Item i : actions.ofClass(ItemClass::EditAction).items())
            t.items.insert(i);
    t.informationRecorded = informationRecorded;
    t.actionsRecorded = actionsRecorded;
    t.subFault = subFault;
    t.minutesTaken = minutes;
    t.reproduced = reproduced;
    return t;
}

} // namespace dlrepro
