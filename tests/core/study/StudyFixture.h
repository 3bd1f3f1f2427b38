#pragma once
// A small study for the tests: eight bugs in four sets of one easy and one difficult bug (as the
// thesis's), each with a Markdown report written into `dir`.

#include "study/StudyDesign.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace studytest {

inline QString writeDesign(const QString &dir, quint64 seed = 2024)
{
    QJsonArray bugs;
    for (int i = 1; i <= 8; ++i) {
        const QString report = QStringLiteral("bug%1.md").arg(i);
        QFile f(QDir(dir).filePath(report));
        f.open(QIODevice::WriteOnly);
        f.write(QStringLiteral("# Bug %1\n\nI get an error when training.\n\n```python\nimport torch\nx = torch.zeros(2, 3)\n"
                               "y = x.view(4)\n```\n\nRuntimeError: shape '[4]' is invalid for input of size 6\n")
                    .arg(i)
                    .toUtf8());
        QJsonObject b{{QStringLiteral("id"), QStringLiteral("b%1").arg(i)},
                      {QStringLiteral("title"), QStringLiteral("Bug %1").arg(i)},
                      {QStringLiteral("report"), report},
                      {QStringLiteral("bugType"), i % 2 ? QStringLiteral("tensor") : QStringLiteral("training")},
                      {QStringLiteral("difficulty"), i % 2 ? QStringLiteral("easy") : QStringLiteral("difficult")}};
        if (i % 2)
            b.insert(QStringLiteral("expectedError"), QStringLiteral("RuntimeError: shape '[4]' is invalid for input of size 6"));
        else
            b.insert(QStringLiteral("expectedMetric"), QStringLiteral("accuracy=34%"));
        bugs.append(b);
    }
    QJsonArray sets;
    for (int s = 1; s <= 4; ++s)
        sets.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("Set %1").arg(s)},
                                {QStringLiteral("bugs"), QJsonArray{QStringLiteral("b%1").arg(2 * s - 1), QStringLiteral("b%1").arg(2 * s)}}});
    const QJsonObject design{{QStringLiteral("schema"), QStringLiteral("dlrepro.study-design/1")},
                             {QStringLiteral("name"), QStringLiteral("Test study")},
                             {QStringLiteral("seed"), QString::number(seed)},
                             {QStringLiteral("bugs"), bugs},
                             {QStringLiteral("sets"), sets}};
    const QString path = QDir(dir).filePath(QStringLiteral("design.json"));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QJsonDocument(design).toJson());
    return path;
}

} // namespace studytest
