#pragma once

// Shared by the D/N/H/P/M tests: run one action over a snippet and a report's prose, check the
// proposal is idempotent, and run generated code with the system Python when torch is there.
#include "edit/CodeModel.h"
#include "edit/EditActionEngine.h"
#include "extract/FactExtractor.h"
#include "report/Report.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QFile>

namespace dlrepro::testing {

inline Report reportFromProse(const QString &prose)
{
    Report r;
    r.id = QStringLiteral("test");
    r.body.text = prose;
    return r;
}

inline Proposal propose(EditAction action, const QString &code, const QString &prose, Report *keep = nullptr)
{
    static Report storage;
    storage = reportFromProse(prose);
    if (keep)
        *keep = storage;
    const CodeModel model = CodeModel::parse(code);
    EditContext context;
    context.code = &model;
    context.report = &storage;
    context.facts = extractFacts(storage);
    const EditActionEngine *engine = EditActionRegistry::builtin().find(action);
    if (!engine)
        return {};
    return engine->analyse(context);
}

// /usr/bin/python3 with torch, or empty.
inline QString torchPython()
{
    static const QString python = [] {
        for (const QString &p : {QStringLiteral("/usr/bin/python3"), QStandardPaths::findExecutable(QStringLiteral("python3"))}) {
            if (p.isEmpty())
                continue;
            QProcess proc;
            proc.start(p, {QStringLiteral("-c"), QStringLiteral("import torch")});
            if (proc.waitForFinished(60000) && proc.exitStatus() == QProcess::NormalExit && proc.exitCode() == 0)
                return p;
        }
        return QString();
    }();
    return python;
}

// Runs code; returns exit code (-1 on failure to run), output in *out.
inline int runPython(const QString &code, QString *out)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("snippet.py")));
    if (!f.open(QIODevice::WriteOnly))
        return -1;
    f.write(code.toUtf8());
    f.close();
    QProcess proc;
    proc.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DLREPRO_OFFLINE"), QStringLiteral("1"));
    env.insert(QStringLiteral("DLREPRO_DATA_DIR"), dir.filePath(QStringLiteral("data")));
    proc.setProcessEnvironment(env);
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(torchPython(), {f.fileName()});
    if (!proc.waitForFinished(120000))
        return -1;
    *out = QString::fromUtf8(proc.readAll());
    return proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
}

} // namespace dlrepro::testing
