#pragma once
// Set-up shared by the tensor tests: the helper's path, and the tiny TorchScript encoder with its
// vocabulary and Python's reference answers (tiny_bert.py, run with /usr/bin/python3 + torch).

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace tensortest {

inline QString helperPath()
{
    const QString path = QStringLiteral(DLREPRO_TENSOR_HELPER);
    return QFileInfo(path).isExecutable() ? path : QString();
}

struct TinyBert
{
    QTemporaryDir dir;
    QString modelDir;
    QJsonObject reference;
    QString error; // why it could not be made

    bool make()
    {
        if (!dir.isValid()) {
            error = QStringLiteral("no temporary directory");
            return false;
        }
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(DLREPRO_TINY_BERT_SCRIPT), dir.path()});
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            error = QStringLiteral("tiny_bert.py failed: ") + QString::fromUtf8(p.readAllStandardError());
            return false;
        }
        QFile f(dir.filePath(QStringLiteral("reference.json")));
        if (!f.open(QIODevice::ReadOnly)) {
            error = QStringLiteral("tiny_bert.py wrote no reference.json");
            return false;
        }
        reference = QJsonDocument::fromJson(f.readAll()).object();
        modelDir = dir.filePath(QStringLiteral("model"));
        return !reference.isEmpty();
    }
};

} // namespace tensortest
