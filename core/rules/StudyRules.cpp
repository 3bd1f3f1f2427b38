#include "StudyRules.h"

#include "rules/Apriori.h"

#include <algorithm>

namespace dlrepro {

namespace {

// Ranks {group} ⇒ {item} for one item class over the group's transactions, through Apriori.
QList<RankedItem> rankGroup(const QList<const Transaction *> &group, ItemClass cls, const StudyOptions &options,
                            qint64 *counted)
{
    // Item 0 is the group marker; item 1 + Item::index() is each item.
    constexpr int kGroupItem = 0;
    TransactionMatrix matrix(1 + Item::kCount);
    std::vector<int> row;
    for (const Transaction *t : group) {
        if (cls == ItemClass::Information ? !t->informationRecorded : !t->actionsRecorded)
            continue;
        row.assign(1, kGroupItem);
        for (Item i : t->items.ofClass(cls).items())
            row.push_back(1 + i.index());
        matrix.add(row);
    }
    *counted = matrix.size();

    AprioriOptions ao;
    ao.minSupport = 0.0; // every item that occurs at least once
    ao.maxLength = 2;
    ao.itemClasses.assign(size_t(1 + Item::kCount), int(cls));
    ao.itemClasses[kGroupItem] = -1;
    ao.consequentClass = int(cls);
    AprioriResult result;
    runApriori(matrix, ao, &result);

    QList<RankedItem> ranked;
    for (const AssociationRule &r : result.rules) {
        if (r.antecedent != std::vector<int>{kGroupItem} || r.consequent.size() != 1)
            continue;
        RankedItem ri;
        ri.item = Item::fromIndex(r.consequent.front() - 1);
        ri.count = r.count;
        ri.groupCount = result.transactionCount;
        ri.support = r.support;
        ri.confidence = r.confidence;
        ri.lift = r.lift;
        ri.belowMinConfidence = r.confidence < options.minConfidence - 1e-12;
        ranked.append(ri);
    }
    // Apriori's order already is support, confidence, lift (all 1 here), then consequent id;
    // sort again so that the documented tie-break does not hang on that coincidence.
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedItem &a, const RankedItem &b) {
        if (a.count != b.count)
            return a.count > b.count;
        return a.item < b.item;
    });
    for (int i = 0; i < ranked.size(); ++i)
        ranked[i].rank = i + 1;
    return ranked;
}

StudyTable tableFor(const QList<const Transaction *> &group, const StudyOptions &options)
{
    StudyTable table;
    table.information = rankGroup(group, ItemClass::Information, options, &table.informationTransactions);
    table.actions = rankGroup(group, ItemClass::EditAction, options, &table.actionTransactions);
    return table;
}

} // namespace

QList<StudyTable> studyRulesByBugType(const QList<Transaction> &transactions, const StudyOptions &options)
{
    QList<StudyTable> out;
    for (BugType type : allBugTypes()) {
        QList<const Transaction *> group;
        for (const Transaction &t : transactions)
            if (t.bugType == type)
                group.append(&t);
        if (group.isEmpty())
            continue;
        StudyTable table = tableFor(group, options);
        table.bugType = type;
        out.append(table);
    }
    return out;
}

QList<StudyTable> studyRulesBySubFault(const QList<Transaction> &transactions, const StudyOptions &options)
{
    QList<StudyTable> out;
    for (const QString &subFault : allSubFaults()) {
        QList<const Transaction *> group;
        for (const Transaction &t : transactions)
            if (t.subFault == subFault)
                group.append(&t);
        if (group.isEmpty())
            continue;
        StudyTable table = tableFor(group, options);
        table.bugType = subFaultBugType(subFault);
        table.subFault = subFault;
        out.append(table);
    }
    return out;
}

} // namespace dlrepro
