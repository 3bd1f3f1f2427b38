// The database layer on real SQLite files: migrations, refusals that leave the file byte for byte
// as it was, and a process killed (SIGKILL) in the middle of writes. The test binary is its own
// child: `tst_database --writer <db>` writes whole bugs with their annotation in a loop.
#include "db/Database.h"
#include "research/ProjectStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace dlrepro;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Runs statements on a plain SQLite connection (not dlrepro's), as another program would.
void rawSql(const QString &path, const QStringList &statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
}

QString rowText(int i)
{
    return QString(2000, QChar(u'a' + i % 26)) + QString::number(i);
}

int writer(const QString &path)
{
    QString error;
    auto store = openProject(path, &error);
    if (!store) {
        fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    fprintf(stdout, "ready\n");
    fflush(stdout);
    for (int i = 0;; ++i) {
        const bool ok = store->batch(
            [&](QString *err) {
                ProjectBug b;
                b.source = QStringLiteral("kill");
                b.id = QStringLiteral("%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
                b.title = rowText(i);
                if (!store->putBug(&b, err))
                    return false;
                Annotation a;
                a.annotator = QStringLiteral("w");
                a.notes = b.title;
                a.actions = ItemSet{Item::action(EditAction::Logging)};
                return store->putAnnotation(b.key, a, err);
            },
            &error);
        if (!ok) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesStepByStep()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.db"));
        Schema v1{QStringLiteral("dlrepro-test"), {{1, {QStringLiteral("CREATE TABLE t (a INTEGER)")}}}};
        QString error;
        {
            auto db = openDatabase(path, v1, &error);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), 1);
            QVERIFY(db->write([](QSqlDatabase &c, QString *e) {
                QSqlQuery q(c);
                q.prepare(QStringLiteral("INSERT INTO t (a) VALUES (7)"));
                return execQuery(q, QString(), e);
            }, &error));
        }
        Schema v2 = v1;
        v2.migrations << Migration{2, {QStringLiteral("ALTER TABLE t ADD COLUMN b TEXT NOT NULL DEFAULT 'x'")}};
        {
            auto db = openDatabase(path, v2, &error, OpenMode::ExistingOnly);
            QVERIFY2(db, qPrintable(error));
            QCOMPARE(db->schemaVersion(), 2);
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT a, b FROM t")) && q.next());
            QCOMPARE(q.value(0).toInt(), 7);
            QCOMPARE(q.value(1).toString(), QStringLiteral("x"));
        }
        // A failing step is rolled back whole: the version stays 2 and the table unchanged.
        Schema v3 = v2;
        v3.migrations << Migration{3, {QStringLiteral("CREATE TABLE u (a)"), QStringLiteral("THIS IS NOT SQL")}};
        QVERIFY(!openDatabase(path, v3, &error));
        QVERIFY2(error.contains(QStringLiteral("schema version 3")), qPrintable(error));
        auto db = openDatabase(path, v2, &error);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(!openDatabase(dir.filePath(QStringLiteral("none.db")), v1, &error, OpenMode::ExistingOnly));
    }

    void projectSchema()
    {
        QTemporaryDir dir;
        QString error;
        auto store = openProject(dir.filePath(QStringLiteral("p.db")), &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->database().schemaVersion(), dlrepro::projectSchema().latestVersion());
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        // Foreign keys hold: an annotation of a bug that does not exist is refused.
        Annotation a;
        a.annotator = QStringLiteral("x");
        QVERIFY(!store->putAnnotation(999, a, &error));
        QVERIFY2(error.contains(QStringLiteral("FOREIGN KEY")), qPrintable(error));
    }

    void refusesAndLeavesFileAsItWas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer dlrepro");
        QTest::newRow("garbage") << QStringLiteral("garbage") << QStringLiteral("not an SQLite database");
        QTest::newRow("damaged") << QStringLiteral("damaged") << QStringLiteral("p.db");
        QTest::newRow("foreign sqlite") << QStringLiteral("foreign") << QStringLiteral("another application");
        QTest::newRow("study database") << QStringLiteral("study") << QStringLiteral("dlrepro-study");
    }

    void refusesAndLeavesFileAsItWas()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        QString error;
        if (kind == QLatin1String("newer") || kind == QLatin1String("damaged")) {
            {
                auto store = openProject(path, &error);
                QVERIFY(store);
                ProjectBug b{0, QStringLiteral("s"), QStringLiteral("1")};
                QVERIFY(store->putBug(&b, &error));
            }
            rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
            if (kind == QLatin1String("newer")) {
                rawSql(path, {QStringLiteral("PRAGMA user_version = 99")});
            } else {
                // Keep the header, overwrite the schema page: the file claims to be SQLite but is not readable.
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadWrite));
                f.seek(100);
                f.write(QByteArray(3000, '\xA5'));
            }
        } else if (kind == QLatin1String("garbage")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is a text file, not a database\n");
        } else if (kind == QLatin1String("foreign")) {
            rawSql(path, {QStringLiteral("CREATE TABLE photos (id INTEGER)"), QStringLiteral("INSERT INTO photos VALUES (1)")});
        } else {
            Schema study{QStringLiteral("dlrepro-study"), {{1, {QStringLiteral("CREATE TABLE s (a)")}}}};
            auto db = openDatabase(path, study, &error);
            QVERIFY(db);
            db.reset();
            rawSql(path, {QStringLiteral("PRAGMA journal_mode = DELETE")});
        }
        const QByteArray before = readAll(path);
        QVERIFY(!before.isEmpty());
        auto store = openProject(path, &error);
        QVERIFY(!store);
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QCOMPARE(readAll(path), before);
    }

    void killDuringWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.db"));
        QRandomGenerator rng(20240611);
        for (int round = 0; round < 6; ++round) {
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--writer"), path});
            QVERIFY(child.waitForStarted());
            QVERIFY(child.waitForReadyRead(30000));
            QTest::qWait(int(rng.bounded(50, 400)));
            QCOMPARE(child.state(), QProcess::Running);
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        }
        QString error;
        auto store = openProject(path, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        q.finish();
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!q.next());
        const int total = store->countBugs();
        QVERIFY2(total > 6, qPrintable(QString::number(total)));
        // Every bug is whole and came with its annotation (one write, one transaction).
        int checked = 0;
        for (int offset = 0; offset < total; offset += 500) {
            for (const BugSummary &s : store->listBugs(BugFilter(), offset, 500)) {
                const int i = s.bug.id.section(QLatin1Char('-'), 1).toInt();
                QCOMPARE(s.bug.title, rowText(i));
                const auto a = store->annotation(s.bug.key, QStringLiteral("w"));
                QVERIFY(a);
                QCOMPARE(a->notes, rowText(i));
                ++checked;
            }
        }
        QCOMPARE(checked, total);
        qInfo("%d bugs written by 6 killed writers, all whole", total);
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return writer(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDatabase test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_database.moc"
