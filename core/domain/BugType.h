#pragma once

#include <QList>
#include <QString>

namespace dlrepro {

// The study's bug types (thesis Table 4.1). Mixed means tags of several types; Unknown means
// nothing decided it (never shown as a guess).
enum class BugType { Training, Model, TensorInput, Api, Gpu, Mixed, Unknown };

// The study's one-letter code: T, M, I, A, G, X ('?' for Unknown).
QChar bugTypeLetter(BugType type);
// Stable identifier used in JSON and on the command line: training, model, tensor, api, gpu,
// mixed, unknown.
QString bugTypeId(BugType type);
// Human-readable, translatable name ("Tensor & Input").
QString bugTypeName(BugType type);
// Accepts an id, a letter, a display name, or the replication CSVs' spellings ("Training Bug",
// "Tensor and Input", "API"). Returns false on anything else.
bool parseBugType(const QString &text, BugType *out);

QList<BugType> allBugTypes(); // without Unknown

} // namespace dlrepro
