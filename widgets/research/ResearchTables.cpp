#include "ResearchTables.h"

#include <QCoreApplication>

#include <algorithm>

namespace dlrepro {

namespace {

QString cell(const RankedItem &r)
{
    return QStringLiteral("%1 (%2)").arg(r.item.shortName(), QString::number(r.support, 'f', 4));
}

QString groupName(const StudyTable &t)
{
    return t.subFault.isEmpty() ? bugTypeName(t.bugType) : t.subFault;
}

// Columns are the groups, rows the ranks: the thesis's layout.
TextTable byGroup(const QList<StudyTable> &tables, bool information, int top)
{
    TextTable out;
    int rows = 0;
    for (const StudyTable &t : tables) {
        out.headers << groupName(t);
        rows = std::max<int>(rows, int(std::min<qsizetype>(top, information ? t.information.size() : t.actions.size())));
    }
    for (int r = 0; r < rows; ++r) {
        QStringList row;
        for (const StudyTable &t : tables) {
            const QList<RankedItem> &items = information ? t.information : t.actions;
            row << (r < items.size() && r < top ? cell(items.at(r)) : QString());
        }
        out.rows << row;
    }
    return out;
}

} // namespace

TextTable topInformationTable(const QList<StudyTable> &byBugType, const StudyOptions &options)
{
    TextTable t = byGroup(byBugType, true, options.topInformation);
    t.caption = QCoreApplication::translate("dlrepro::ResearchTables", "Top %1 useful component information for reproducing specific types of deep learning bugs")
                    .arg(options.topInformation);
    t.label = QStringLiteral("tab:top-information");
    return t;
}

TextTable topActionsTable(const QList<StudyTable> &byBugType, const StudyOptions &options)
{
    TextTable t = byGroup(byBugType, false, options.topActions);
    t.caption = QCoreApplication::translate("dlrepro::ResearchTables", "Top %1 edit actions for reproducing specific types of deep learning bugs").arg(options.topActions);
    t.label = QStringLiteral("tab:top-actions");
    return t;
}

TextTable subFaultActionsTable(const QList<StudyTable> &bySubFault, const StudyOptions &options)
{
    TextTable t = byGroup(bySubFault, false, options.topActions);
    t.caption = QCoreApplication::translate("dlrepro::ResearchTables", "Top %1 edit actions for reproducing the sub-faults of training and model bugs").arg(options.topActions);
    t.label = QStringLiteral("tab:subfault-actions");
    return t;
}

TextTable rulesTable(const QList<StudyTable> &byBugType)
{
    TextTable t;
    t.caption = QCoreApplication::translate("dlrepro::ResearchTables", "Rules {bug type} => {item}, ranked per bug type");
    t.headers = {QCoreApplication::translate("dlrepro::ResearchTables", "Bug type"), QCoreApplication::translate("dlrepro::ResearchTables", "Class"), QCoreApplication::translate("dlrepro::ResearchTables", "Rank"), QCoreApplication::translate("dlrepro::ResearchTables", "Item"), QCoreApplication::translate("dlrepro::ResearchTables", "Count"), QCoreApplication::translate("dlrepro::ResearchTables", "Of"), QCoreApplication::translate("dlrepro::ResearchTables", "Support"),
                 QCoreApplication::translate("dlrepro::ResearchTables", "Confidence"), QCoreApplication::translate("dlrepro::ResearchTables", "Below minimum")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Left, ColumnAlign::Right,
                   ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Center};
    for (const StudyTable &st : byBugType) {
        for (bool information : {true, false}) {
            for (const RankedItem &r : information ? st.information : st.actions) {
                t.rows << QStringList{bugTypeName(st.bugType),
                                      information ? QCoreApplication::translate("dlrepro::ResearchTables", "Information") : QCoreApplication::translate("dlrepro::ResearchTables", "Edit action"),
                                      QString::number(r.rank),
                                      r.item.name(),
                                      QString::number(r.count),
                                      QString::number(r.groupCount),
                                      QString::number(r.support, 'f', 4),
                                      QString::number(r.confidence, 'f', 4),
                                      r.belowMinConfidence ? QCoreApplication::translate("dlrepro::ResearchTables", "yes") : QString()};
            }
        }
    }
    return t;
}

QString formatTable(const TextTable &table, TableFileFormat format)
{
    switch (format) {
    case TableFileFormat::Csv:
        return toCsv(table);
    case TableFileFormat::Markdown:
        return toMarkdown(table);
    case TableFileFormat::Latex:
        return toLatex(table);
    }
    return {};
}

QString tableFileSuffix(TableFileFormat format)
{
    switch (format) {
    case TableFileFormat::Csv:
        return QStringLiteral("csv");
    case TableFileFormat::Markdown:
        return QStringLiteral("md");
    case TableFileFormat::Latex:
        return QStringLiteral("tex");
    }
    return {};
}

} // namespace dlrepro
