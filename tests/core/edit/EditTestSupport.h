#pragma once

#include "edit/CodeModel.h"
#include "edit/EditActionEngine.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

namespace dlrepro::test {

inline Proposal propose(EditAction action, const QString &code, const QList<Fact> &facts = {},
                        const Report *report = nullptr, int errorLine = 0)
{
    const CodeModel model = CodeModel::parse(code);
    const EditActionEngine *engine = EditActionRegistry::builtin().find(action);
    if (!engine)
        return {};
    EditContext ctx;
    ctx.code = &model;
    ctx.facts = facts;
    ctx.report = report;
    ctx.errorLine = errorLine;
    return engine->analyse(ctx);
}

inline const char *kPython = "/usr/bin/python3";

// Runs code with Debian's Python (torch, numpy); returns the exit code, -1 when it cannot run.
inline int runPython(const QStringList &args, const QString &stdinText, QString *errors = nullptr)
{
    QProcess p;
    p.start(QString::fromLatin1(kPython), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (errors)
        *errors = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

inline bool pythonCompiles(const QString &code, QString *errors = nullptr)
{
    return runPython({QStringLiteral("-c"),
                      QStringLiteral("import sys; compile(sys.stdin.read(), 'snippet.py', 'exec')")},
                     code, errors) == 0;
}

inline bool havePythonTorch()
{
    return QFile::exists(QString::fromLatin1(kPython))
           && runPython({QStringLiteral("-c"), QStringLiteral("import torch")}, QString()) == 0;
}

// The checks every action's result must pass: the expected code, idempotence, and a parse
// with no syntax errors (tree-sitter and Python's own compile()).
inline void checkActionResult(EditAction action, const QString &before, const QString &expected,
                              const QList<Fact> &facts = {})
{
    const Proposal p = propose(action, before, facts);
    QCOMPARE(p.action, action);
    QCOMPARE(p.newCode, expected);
    if (before != expected) {
        QVERIFY(p.hasChanges());
        QVERIFY(!p.changes.isEmpty());
        QVERIFY(!p.rationale.isEmpty());
    }
    const Proposal again = propose(action, p.newCode, facts);
    QVERIFY2(!again.hasChanges(), qPrintable(again.diff()));
    QCOMPARE(again.newCode, p.newCode);
    QVERIFY(!again.nothingToDo.isEmpty());
}

} // namespace dlrepro::test

namespace dlrepro::test {

inline QString readFixture(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// Rows from tests/fixtures/edit/<letter>/: <case>.py before, <case>.expected.py after, and
// <case>.requirements.txt when the action writes one.
inline void addFixtureRows(const QString &letter)
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("requirements");
    const QString dir = QStringLiteral(DLREPRO_FIXTURES "/edit/") + letter + u'/';
    const QStringList cases = QDir(dir).entryList({QStringLiteral("*.py")}, QDir::Files, QDir::Name);
    for (const QString &file : cases) {
        if (file.endsWith(QLatin1String(".expected.py")))
            continue;
        const QString name = file.chopped(3);
        QTest::newRow(qPrintable(name)) << name << readFixture(dir + file)
                                        << readFixture(dir + name + QStringLiteral(".expected.py"))
                                        << readFixture(dir + name + QStringLiteral(".requirements.txt"));
    }
}

// The fixture checks of an action; `runnable` cases must also run with Debian's PyTorch.
inline void checkFixtureRow(EditAction action, const QStringList &runnable)
{
    QFETCH(QString, name);
    QFETCH(QString, before);
    QFETCH(QString, expected);
    QFETCH(QString, requirements);
    if (qEnvironmentVariableIsSet("DLREPRO_WRITE_EXPECTED")) { // regenerate, then review the diff
        const QString base = QStringLiteral(DLREPRO_FIXTURES "/edit/%1/%2").arg(editActionLetter(action)).arg(name);
        const Proposal p = propose(action, before);
        QFile out(base + QStringLiteral(".expected.py"));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(p.newCode.toUtf8());
        expected = p.newCode;
    }
    QVERIFY2(!expected.isEmpty(), "missing .expected.py fixture");
    checkActionResult(action, before, expected);
    const Proposal p = propose(action, before);
    QCOMPARE(p.files.value(QStringLiteral("requirements.txt")), requirements);
    // The JSON record round-trips.
    Proposal back;
    QVERIFY(proposalFromJson(proposalToJson(p), &back));
    QCOMPARE(back.newCode, p.newCode);
    QCOMPARE(back.changes.size(), p.changes.size());
    if (action == EditAction::ImportAddition || action == EditAction::ObsoleteParameterRemoval
        || action == EditAction::VersionMigration || action == EditAction::CompilerErrorResolution) {
        QVERIFY(!CodeModel::parse(p.newCode).hasSyntaxErrors());
        QString errors;
        if (QFile::exists(QString::fromLatin1(kPython)))
            QVERIFY2(pythonCompiles(p.newCode, &errors), qPrintable(errors));
    }
    if (runnable.contains(name)) {
        if (!havePythonTorch())
            QSKIP("/usr/bin/python3 with torch is not installed");
        QString errors;
        QVERIFY2(runPython({QStringLiteral("-")}, p.newCode, &errors) == 0, qPrintable(errors));
    }
}

} // namespace dlrepro::test
