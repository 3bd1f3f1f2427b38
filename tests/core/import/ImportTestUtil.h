#pragma once

#include "report/Report.h"

#include <QFile>
#include <QStringList>
#include <QTest>

// Helpers shared by the import tests.
namespace importtest {

inline QString fixture(const char *name)
{
    return QStringLiteral(DLREPRO_FIXTURES "/import/") + QString::fromUtf8(name);
}

inline QByteArray readFixture(const char *name)
{
    QFile f(fixture(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

inline QStringList blockTexts(const dlrepro::Post &post)
{
    QStringList out;
    for (const dlrepro::CodeBlock &b : post.codeBlocks)
        out << b.text;
    return out;
}

// Every block's text lies verbatim in the post's text at its span.
inline bool spansMatch(const dlrepro::Post &post)
{
    for (const dlrepro::CodeBlock &b : post.codeBlocks)
        if (!b.span.isValid() || b.span.end() > post.text.size() || post.text.mid(b.span.start, b.span.length) != b.text)
            return false;
    return true;
}

} // namespace importtest
