#include "SnippetAssembly.h"

#include "CategoryStyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlrepro {

QList<int> defaultSnippetBlocks(const Report &report)
{
    QList<int> chosen;
    for (int i = 0; i < report.body.codeBlocks.size(); ++i)
        if (report.body.codeBlocks.at(i).kind == CodeBlockKind::Code)
            chosen << i;
    return chosen;
}

QString assembleSnippet(const Report &report, const QList<int> &chosenBlocks)
{
    QList<int> order = chosenBlocks;
    std::sort(order.begin(), order.end());
    order.erase(std::unique(order.begin(), order.end()), order.end());
    QStringList parts;
    for (int i : order) {
        if (i < 0 || i >= report.body.codeBlocks.size())
            continue;
        QString text = report.body.codeBlocks.at(i).text;
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        while (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        if (!text.trimmed().isEmpty())
            parts << text;
    }
    if (parts.isEmpty())
        return QString();
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString snippetBlockLabel(const CodeBlock &block, int index)
{
    const QStringList lines = block.text.split(QLatin1Char('\n'));
    QString first;
    for (const QString &l : lines)
        if (!l.trimmed().isEmpty()) {
            first = l.trimmed();
            break;
        }
    if (first.size() > 40)
        first = first.left(39) + QChar(0x2026);
    return QCoreApplication::translate("dlrepro::SnippetAssembly", "Block %1 · %2 · %n line(s) · %3", nullptr,
                                       int(lines.size()))
        .arg(index + 1)
        .arg(codeBlockKindName(block.kind), first);
}

} // namespace dlrepro
