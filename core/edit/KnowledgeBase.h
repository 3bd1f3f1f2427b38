#pragma once

#include "CodeEdits.h"
#include "CodeModel.h"
#include "EditProposal.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// Internal to the edit actions: knowledge bases and proposal assembly.
namespace dlrepro {

// A knowledge base from resources/knowledge/ (embedded); empty object when missing or invalid.
QJsonObject knowledgeBase(const QString &fileName);

// Frameworks the snippet imports or uses: "torch", "tensorflow", "keras" (standalone).
bool snippetUsesTorch(const CodeModel &model);
bool snippetUsesTensorFlow(const CodeModel &model);
bool snippetUsesStandaloneKeras(const CodeModel &model);

// The import statement for an unbound name from imports.json (keras vs tf.keras chosen
// consistently with the snippet), or empty when the knowledge base does not know it.
QString importStatementFor(const CodeModel &model, const QString &name);

// Applies the edits to model.code() and fills the proposal (the normalisations the parse
// needed are listed as changes too). No edits: a proposal with nothingToDo = whyNothing.
Proposal finishProposal(EditAction action, const CodeModel &model, const QList<TextEdit> &edits,
                        QList<CodeChange> changes, const QString &rationale, const QString &whyNothing);

} // namespace dlrepro
