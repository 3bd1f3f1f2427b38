#include "CategoryStyle.h"

#include <QCoreApplication>

namespace dlrepro {

QColor categoryColor(std::optional<InformationCategory> category)
{
    if (!category)
        return QColor(0xE0, 0xE0, 0xE0); // environment facts: not a study category
    switch (*category) {
    case InformationCategory::Data: return QColor(0xB3, 0xE5, 0xFC);
    case InformationCategory::Model: return QColor(0xC8, 0xE6, 0xC9);
    case InformationCategory::Hyperparameters: return QColor(0xFF, 0xE0, 0x82);
    case InformationCategory::CodeSnippet: return QColor(0xE1, 0xBE, 0xE7);
    case InformationCategory::Logs: return QColor(0xFF, 0xCD, 0xD2);
    }
    return QColor(0xE0, 0xE0, 0xE0);
}

QColor factColor(FactKind kind) { return categoryColor(factCategory(kind)); }

QColor codeBlockColor(CodeBlockKind kind)
{
    switch (kind) {
    case CodeBlockKind::Code: return QColor(0xF4, 0xF4, 0xF4);
    case CodeBlockKind::Console: return QColor(0xE8, 0xEA, 0xF6);
    case CodeBlockKind::Traceback: return QColor(0xFB, 0xE9, 0xE7);
    }
    return QColor(0xF4, 0xF4, 0xF4);
}

QString codeBlockKindName(CodeBlockKind kind)
{
    switch (kind) {
    case CodeBlockKind::Code: return QCoreApplication::translate("CodeBlockKind", "Code");
    case CodeBlockKind::Console: return QCoreApplication::translate("CodeBlockKind", "Console output");
    case CodeBlockKind::Traceback: return QCoreApplication::translate("CodeBlockKind", "Traceback");
    }
    return QString();
}

QList<LegendEntry> highlightLegend()
{
    QList<LegendEntry> entries;
    // Code Snippet has no fact kind of its own: its evidence is the code blocks, shaded below.
    for (InformationCategory c : allInformationCategories())
        if (c != InformationCategory::CodeSnippet)
            entries.append({informationName(c), categoryColor(c)});
    entries.append({QCoreApplication::translate("CategoryStyle", "Environment"), categoryColor(std::nullopt)});
    return entries;
}

} // namespace dlrepro
