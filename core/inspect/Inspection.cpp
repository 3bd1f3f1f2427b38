#include "Inspection.h"

#include "extract/FactExtractor.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace dlrepro {

namespace {

// Frameworks named by Framework facts, the most-evidenced first; ties keep first mention.
QStringList rankFrameworks(const QList<Fact> &facts)
{
    QStringList order;
    QHash<QString, double> weight;
    for (const Fact &f : facts) {
        if (f.kind != FactKind::Framework || f.name.isEmpty())
            continue;
        if (!weight.contains(f.name))
            order << f.name;
        weight[f.name] += f.confidence;
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return weight.value(a) > weight.value(b); });
    return order;
}

} // namespace

Inspection inspectReport(Report report)
{
    classifyCodeBlocks(report);
    Inspection inspection;
    inspection.report = std::move(report);
    inspection.facts = extractFacts(inspection.report);
    inspection.frameworks = rankFrameworks(inspection.facts);
    inspection.bugType = classifyBugType(inspection.report, inspection.facts);
    inspection.information = assessInformation(inspection.report, inspection.facts, inspection.bugType.type);
    return inspection;
}

void overrideBugType(Inspection &inspection, BugType type)
{
    if (inspection.bugType.type == type)
        return;
    BugTypeDecision decision;
    decision.type = type;
    decision.confidence = 1.0;
    decision.overridden = true;
    decision.reason = QCoreApplication::translate("Inspection", "set by the user (was %1)")
                          .arg(bugTypeName(inspection.bugType.type));
    inspection.bugType = decision;
    inspection.information = assessInformation(inspection.report, inspection.facts, type);
}

} // namespace dlrepro
