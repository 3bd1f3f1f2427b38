#pragma once

#include "domain/BugType.h"
#include "rules/Item.h"
#include "rules/StudyRules.h"
#include "rules/Transaction.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// One ranked rule {group} ⇒ {item} of a rulebook table.
struct RuleEntry
{
    int rank = 0; // 1-based, in the table's order
    Item item;
    double confidence = 0;
    bool belowMinConfidence = false; // kept in the ranking but marked (the study published such rules)
    qint64 count = -1;               // transactions holding the item; -1 when not known (published)
    qint64 groupCount = -1;          // transactions of the group counted for the item's class

    friend bool operator==(const RuleEntry &, const RuleEntry &) = default;
};

// The rules of one group: a bug type, a sub-fault, or all transactions (the overall table).
struct RuleTable
{
    BugType bugType = BugType::Unknown; // for sub-faults: the type the sub-fault belongs to
    QString subFault;                   // canonical sub-fault name, or empty
    QString provenance;
    QList<RuleEntry> information; // best first
    QList<RuleEntry> actions;

    friend bool operator==(const RuleTable &, const RuleTable &) = default;
};

// Which information and edit actions help reproduce a bug of a given type: either the tables the
// thesis published (shipped as the resource :/rulebook/published.json) or tables mined with the
// study's procedure (StudyRules) from transaction files the user gives.
class Rulebook
{
public:
    enum class Origin { Published, Mined, File };

    // The shipped rulebook. It is validated by the tests, so it never fails at run time.
    static Rulebook published();

    // Parses dlrepro's rulebook JSON (resources/rulebook/published.json is the reference).
    // On failure returns false and a one-line error naming the input and the JSON path
    // ("my.json: bugTypes[1].actions[2].item: unknown edit action 'foo'").
    static bool fromJson(const QByteArray &data, const QString &inputName, Rulebook *out, QString *error);
    static bool fromJsonFile(const QString &path, Rulebook *out, QString *error);

    // The study's procedure over the given transactions: per bug type and per sub-fault, and an
    // overall table over all of them. files names the inputs for source().
    static Rulebook fromTransactions(const QList<Transaction> &transactions, const QStringList &files,
                                     const StudyOptions &options = {});
    // Imports the transaction files (any format TransactionImport reads) and mines them.
    // A path ending in ".json" that holds a rulebook (format "dlrepro-rulebook") is loaded as one.
    static bool fromFiles(const QStringList &paths, Rulebook *out, QString *error,
                          const StudyOptions &options = {});

    QByteArray toJson() const;
    QJsonObject toJsonObject() const;

    Origin origin() const { return m_origin; }
    QString name() const { return m_name; }
    // One phrase for the UI/CLI: "published rulebook (thesis Tables 4.7, 4.8)" or
    // "mined from 148 transactions in files Dataset_EditActions.csv, …".
    QString source() const { return m_source; }
    QString provenance() const { return m_provenance; }
    QStringList notes() const { return m_notes; }
    double minConfidence() const { return m_minConfidence; }
    qint64 transactionCount() const { return m_transactionCount; } // 0 for the published one

    const QList<RuleTable> &bugTypeTables() const { return m_bugTypes; }
    const QList<RuleTable> &subFaultTables() const { return m_subFaults; }
    const RuleTable *forBugType(BugType type) const;       // nullptr when the rulebook has none
    const RuleTable *forSubFault(const QString &subFault) const; // canonical or CSV spelling

    // All bug types pooled. Mined rulebooks count over all transactions; for the published one,
    // which has no such table, it is derived: the mean of the published types' tables (see
    // mergeRuleTables).
    RuleTable overall() const;

private:
    Origin m_origin = Origin::File;
    QString m_name;
    QString m_source;
    QString m_provenance;
    QStringList m_notes;
    double m_minConfidence = 0.30;
    qint64 m_transactionCount = 0;
    QList<RuleTable> m_bugTypes;
    QList<RuleTable> m_subFaults;
    RuleTable m_overall;
    bool m_hasOverall = false;
};

// Merges tables (a Mixed bug's types, or all types): each item's confidence is the MEAN of its
// confidences over the tables, a table that does not list the item counting 0 for it (the
// chance that a bug drawn evenly from the types needs it; with only top-k lists this is a lower
// bound). The merged ranking is by that mean, then Item order; belowMinConfidence is recomputed.
RuleTable mergeRuleTables(const QList<const RuleTable *> &tables, double minConfidence);

} // namespace dlrepro
