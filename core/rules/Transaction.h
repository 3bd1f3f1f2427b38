#pragma once

#include "domain/BugType.h"
#include "rules/Item.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace dlrepro {

// One reproduction transaction (thesis section 4.3.6): a bug of some type and the items that
// went with its reproduction, the information its report carried and/or the edit actions used.
// The metadata is optional; what the source file does not have stays empty.
struct Transaction
{
    BugType bugType = BugType::Unknown;
    ItemSet items;
    // Which classes the source recorded: an absent item of a recorded class means "not there /
    // not used", of an unrecorded class "not known". The study's rankings count a transaction
    // for a class only when that class was recorded (an edit-action row with no action marked
    // still counts for edit actions).
    bool informationRecorded = false;
    bool actionsRecorded = false;

    QString bugId;        // "#12" in the GitHub files, a post id, or empty
    QString source;       // "stackoverflow", "github", or free text
    QString architecture; // "CNN", "MLP", ...
    QString framework;    // "TF + Keras", "PyTorch", ...
    QString subFault;     // canonical sub-fault name (see canonicalSubFault), or empty
    std::optional<double> minutesTaken;
    std::optional<bool> reproduced;
    // Everything else a source had (root cause, symptom, repository, commit, ...), kept so that
    // dlrepro's own JSON export loses nothing.
    QMap<QString, QString> extra;

    // Where it came from ("Dataset_EditActions.csv:12"), for messages; not exported.
    QString origin;

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

// The study's sub-faults (section 4.4.2): Optimisation, Loss function, Hyperparameters (of
// training bugs), Layer type & properties, Model type & properties (of model bugs). Accepts the
// Subfaults-Analysis.csv spellings (Layer, Loss, Model); empty when unknown.
QString canonicalSubFault(const QString &text);
// The bug type a sub-fault belongs to (Unknown for an unknown one).
BugType subFaultBugType(const QString &canonical);
QStringList allSubFaults();

} // namespace dlrepro
