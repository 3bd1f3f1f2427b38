#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace dlrepro {

// One step of a schema: the statements that take a database from version - 1 to version. Steps
// are never edited once released; a change is a new step.
struct Migration
{
    int version = 0;
    QStringList statements;
};

// What a database holds: which application wrote it (a project and a study are different kinds of
// database and must not be mistaken for each other) and its migrations, in version order.
struct Schema
{
    QString application; // "dlrepro-project", "dlrepro-study", ...
    QList<Migration> migrations;
    int latestVersion() const { return migrations.isEmpty() ? 0 : migrations.constLast().version; }
};

// The database layer shared by the research project and the user study. SQLite, embedded in a
// file, is the default backend; the interface is what a PostgreSQL server for a team will
// implement too, so that callers use only connection() with portable SQL and write().
class Database
{
public:
    virtual ~Database() = default;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    virtual QString backend() const = 0;  // "sqlite"
    virtual QString location() const = 0; // the file, or the server's URL
    virtual int schemaVersion() const = 0;
    // The connection of the thread that opened the database. Use it from that thread only.
    virtual QSqlDatabase connection() const = 0;

    // Runs `work` as one transaction: committed when it returns true, rolled back when it returns
    // false, throws, or the commit fails. Every write of dlrepro goes through here, so a process
    // killed at any moment leaves the database as it was before or after a whole write.
    // Returns false with *error set (work's own message, or the database's).
    bool write(const std::function<bool(QSqlDatabase &db, QString *error)> &work, QString *error);

protected:
    Database() = default;
};

enum class OpenMode {
    CreateIfMissing, // create an empty database of the schema, migrate an older one
    ExistingOnly,    // the database must exist already (it is still migrated)
};

// Opens the database at `location` (a file path: SQLite) and brings it to the schema's latest
// version. Refuses, with a message that names the file and what is wrong, and without changing
// anything: a file that is not an SQLite database (or is damaged), a database of another
// application, or one written by a newer dlrepro (a higher schema version than this build knows).
// A migration that fails is rolled back whole.
std::unique_ptr<Database> openDatabase(const QString &location, const Schema &schema, QString *error,
                                       OpenMode mode = OpenMode::CreateIfMissing);

// Runs a prepared statement with positional values; on failure sets *error to the driver's text
// prefixed with `what` and returns false. A convenience for write() bodies.
bool execQuery(QSqlQuery &query, const QString &what, QString *error);

} // namespace dlrepro
