#pragma once

#include "domain/InformationCategory.h"
#include "report/Fact.h"
#include "report/Report.h"

#include <QColor>
#include <QList>
#include <QString>
#include <optional>

namespace dlrepro {

// One colour per information category, shared by the report highlights, the legend and the
// fact list, so that a colour means the same thing everywhere. Pastel backgrounds are used with
// black text forced on, which stays readable under a dark desktop palette too.
QColor categoryColor(std::optional<InformationCategory> category);
QColor factColor(FactKind kind);

// Code blocks are shaded by what they hold: code, console output, a traceback.
QColor codeBlockColor(CodeBlockKind kind);
QString codeBlockKindName(CodeBlockKind kind); // translatable

// The legend entries in display order: (name, colour).
struct LegendEntry {
    QString name;
    QColor color;
};
QList<LegendEntry> highlightLegend();

} // namespace dlrepro
