// The SQLite backend of Database: one file, WAL journal, foreign keys on, synchronous=FULL (a
// study's events must survive a power cut, not only a crash), schema version in user_version
// and the writing application in dlrepro_meta.
#include "Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QVariant>

namespace dlrepro {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("dlrepro-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

// "SQLite format 3\0": an existing non-empty file without it is not a database, and opening it
// with the driver would not say so until the first query.
bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

class SqliteDatabase final : public Database
{
public:
    SqliteDatabase(QString path, QString name) : m_path(std::move(path)), m_name(std::move(name)) {}
    ~SqliteDatabase() override
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    QString backend() const override { return QStringLiteral("sqlite"); }
    QString location() const override { return m_path; }
    int schemaVersion() const override { return m_version; }
    QSqlDatabase connection() const override { return QSqlDatabase::database(m_name, false); }

    bool open(const Schema &schema, OpenMode mode, QString *error);

private:
    bool pragma(const QString &statement, QString *error);
    QString m_path;
    QString m_name;
    int m_version = 0;
};

bool SqliteDatabase::pragma(const QString &statement, QString *error)
{
    QSqlQuery q(connection());
    if (!q.exec(statement)) {
        *error = QCoreApplication::translate("Database", "%1: %2 failed: %3").arg(m_path, statement, q.lastError().text());
        return false;
    }
    return true;
}

bool SqliteDatabase::open(const Schema &schema, OpenMode mode, QString *error)
{
    const QFileInfo info(m_path);
    const bool exists = info.exists();
    if (exists && info.isDir()) {
        *error = QCoreApplication::translate("Database", "%1: is a folder, not a database file").arg(m_path);
        return false;
    }
    if (!exists && mode == OpenMode::ExistingOnly) {
        *error = QCoreApplication::translate("Database", "%1: no such database").arg(m_path);
        return false;
    }
    if (exists && info.size() > 0 && !looksLikeSqlite(m_path)) {
        *error = QCoreApplication::translate("Database", "%1: not an SQLite database (or it is damaged); it was left as it is").arg(m_path);
        return false;
    }
    if (!exists && !info.absoluteDir().exists()) {
        *error = QCoreApplication::translate("Database", "%1: the folder %2 does not exist").arg(m_path, info.absolutePath());
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = QCoreApplication::translate("Database", "%1: cannot open: %2").arg(m_path, db.lastError().text());
        return false;
    }

    // Read what the file is before changing anything.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QCoreApplication::translate("Database", "%1: not a readable SQLite database: %2").arg(m_path, q.lastError().text());
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    QString application;
    bool hasTables = false;
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
        while (q.next()) {
            hasTables = true;
            if (q.value(0).toString() == QLatin1String("dlrepro_meta"))
                application = QStringLiteral("?");
        }
    } else {
        *error = QCoreApplication::translate("Database", "%1: not a readable SQLite database: %2").arg(m_path, q.lastError().text());
        return false;
    }
    q.finish();
    if (!application.isEmpty()) {
        if (!q.exec(QStringLiteral("SELECT value FROM dlrepro_meta WHERE key = 'application'")) || !q.next()) {
            *error = QCoreApplication::translate("Database", "%1: damaged dlrepro database (no application recorded)").arg(m_path);
            return false;
        }
        application = q.value(0).toString();
        q.finish();
        if (application != schema.application) {
            *error = QCoreApplication::translate("Database", "%1: is a %2 database, not a %3 database").arg(m_path, application, schema.application);
            return false;
        }
    } else if (hasTables || version != 0) {
        *error = QCoreApplication::translate("Database", "%1: is an SQLite database of another application, not a %2 database; it was left as it is")
                     .arg(m_path, schema.application);
        return false;
    }
    if (version > schema.latestVersion()) {
        *error = QCoreApplication::translate("Database", "%1: was written by a newer dlrepro (schema version %2; this build knows up to %3). "
                    "Nothing was changed; update dlrepro to open it.")
                     .arg(m_path)
                     .arg(version)
                     .arg(schema.latestVersion());
        return false;
    }

    if (!pragma(QStringLiteral("PRAGMA journal_mode = WAL"), error)
        || !pragma(QStringLiteral("PRAGMA synchronous = FULL"), error)
        || !pragma(QStringLiteral("PRAGMA foreign_keys = ON"), error))
        return false;

    // Each migration step in its own transaction (SQLite's DDL is transactional), with the version
    // bump inside it: a kill between steps leaves a consistent older version.
    m_version = version;
    for (const Migration &step : schema.migrations) {
        if (step.version <= m_version)
            continue;
        const bool ok = write(
            [&](QSqlDatabase &conn, QString *err) {
                QSqlQuery m(conn);
                if (m_version == 0) {
                    if (!m.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS dlrepro_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"))) {
                        *err = m.lastError().text();
                        return false;
                    }
                    m.prepare(QStringLiteral("INSERT OR REPLACE INTO dlrepro_meta (key, value) VALUES ('application', ?)"));
                    m.addBindValue(schema.application);
                    if (!m.exec()) {
                        *err = m.lastError().text();
                        return false;
                    }
                }
                for (const QString &statement : step.statements) {
                    if (!m.exec(statement)) {
                        *err = QCoreApplication::translate("Database", "schema step %1: %2").arg(step.version).arg(m.lastError().text());
                        return false;
                    }
                }
                if (!m.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version))) {
                    *err = m.lastError().text();
                    return false;
                }
                return true;
            },
            error);
        if (!ok) {
            *error = QCoreApplication::translate("Database", "%1: cannot bring the database to schema version %2: %3").arg(m_path).arg(step.version).arg(*error);
            return false;
        }
        m_version = step.version;
    }
    return true;
}

} // namespace

bool Database::write(const std::function<bool(QSqlDatabase &, QString *)> &work, QString *error)
{
    QSqlDatabase db = connection();
    QString ignored;
    QString *err = error ? error : &ignored;
    if (!db.transaction()) {
        *err = QCoreApplication::translate("Database", "%1: cannot start a transaction: %2")
                   .arg(location(), db.lastError().text());
        return false;
    }
    bool ok = false;
    try {
        ok = work(db, err);
    } catch (const std::exception &e) {
        *err = QString::fromUtf8(e.what());
        ok = false;
    }
    if (ok && db.commit())
        return true;
    if (ok)
        *err = QCoreApplication::translate("Database", "%1: cannot commit: %2").arg(location(), db.lastError().text());
    db.rollback();
    return false;
}

bool execQuery(QSqlQuery &query, const QString &what, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = what.isEmpty() ? query.lastError().text() : what + QStringLiteral(": ") + query.lastError().text();
    return false;
}

std::unique_ptr<Database> openDatabase(const QString &location, const Schema &schema, QString *error,
                                       OpenMode mode)
{
    QString ignored;
    QString *err = error ? error : &ignored;
    if (location.startsWith(QLatin1String("postgres://")) || location.startsWith(QLatin1String("postgresql://"))) {
        *err = QCoreApplication::translate("Database", "%1: PostgreSQL servers are not supported in this build; "
                                                       "use an SQLite file")
                   .arg(location);
        return nullptr;
    }
    auto db = std::make_unique<SqliteDatabase>(location, nextConnectionName());
    if (!db->open(schema, mode, err))
        return nullptr;
    return db;
}

} // namespace dlrepro
