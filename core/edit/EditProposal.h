#pragma once

#include "domain/EditAction.h"
#include "report/Fact.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dlrepro {

// One explained change of a proposal: what, where (1-based lines of the original code; 0 when
// the change is not tied to a line, e.g. a new file) and why.
struct CodeChange {
    int line = 0;
    QString before;      // the original line(s), or empty for an insertion
    QString after;       // the new line(s), or empty for a removal
    QString description; // one sentence: what changed and why
};

// What an edit action proposes for a snippet. Serialises to JSON (proposalToJson) so that a
// reproduction attempt can record every step.
struct Proposal {
    EditAction action = EditAction::ImportAddition;
    QString originalCode;
    QString newCode;
    QString rationale;            // why the action proposes this, for the user
    QList<Fact> factsUsed;        // the report facts that shaped it
    QList<CodeChange> changes;
    QMap<QString, QString> files; // extra files to write beside the snippet: name → text
                                  // (e.g. "requirements.txt")
    QStringList questions;        // what the report does not say and the user should supply
    QString nothingToDo;          // when there are no changes: why (for "nothing to do: <why>")

    // Whether the code changes; `files` accompany the code and do not count (so that an action
    // that also writes requirements.txt stays idempotent).
    bool hasChanges() const { return newCode != originalCode; }
    // Unified diff of originalCode → newCode (empty when the code is unchanged).
    QString diff(const QString &fileName = QStringLiteral("snippet.py")) const;
};

// Applies `proposal` to `currentCode`. Fails (returns false, with a message) when the code has
// changed since the proposal was made, so that a stale proposal never corrupts the code.
bool applyProposal(const Proposal &proposal, const QString &currentCode, QString *result,
                   QString *error = nullptr);

QJsonObject proposalToJson(const Proposal &proposal);
bool proposalFromJson(const QJsonObject &json, Proposal *out, QString *error = nullptr);
QJsonObject factToJson(const Fact &fact);

} // namespace dlrepro
