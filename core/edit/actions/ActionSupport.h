#pragma once

#include "edit/CodeModel.h"
#include "edit/EditActionEngine.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

// What the generating actions (D, N, H, P, M) share: which framework the snippet speaks, where
// generated definitions go, and the knowledge files.
namespace dlrepro::synth {

enum class Framework { Torch, Keras, Numpy };

// The snippet's imports decide; then the report's Framework facts; PyTorch otherwise (the
// development set and most reproduced posts are PyTorch).
Framework detectFramework(const EditContext &context);
// "tf.keras" unless the snippet imports standalone keras and not tensorflow.
QString kerasModule(const CodeModel &code);

// ":/dlrepro/knowledge/<file>" parsed once; an empty object when missing.
QJsonObject knowledge(const QString &file);
// defaults.json → hyperparameters.<name>.value / .alternatives, data.<key>.
QString defaultHyperparameter(const QString &name);
QStringList hyperparameterAlternatives(const QString &name);
int defaultData(const QString &key, int fallback);

// The report's hyperparameter fact of that name (batch_size, epochs, learning_rate, optimizer,
// loss, momentum), if any.
const Fact *hyperparameterFact(const EditContext &context, const QString &name);

// Where a definition of `name` must go so that it precedes its first use: the start of the
// module-level statement holding the first use (the end of the code when never used).
qsizetype definitionPoint(const CodeModel &code, const QString &name);
// The start of the module-level statement containing pos.
qsizetype topLevelStatementStart(const CodeModel &code, qsizetype pos);

// One import a generated block needs: the line and the name it binds.
struct NeededImport {
    QString bound;
    QString line;
};

// The new code: `block` (lines, each without '\n') inserted at `pos`, the imports the snippet
// lacks added with the snippet's own imports (or at the top of the block when that lies before
// them). Returns the changes for the proposal too.
QString insertBlock(const CodeModel &code, qsizetype pos, const QStringList &block,
                    const QList<NeededImport> &imports, QList<CodeChange> *changes, const QString &why);

// Names in `names` that the snippet uses but does not define, in order of first use.
QStringList undefinedAmong(const CodeModel &code, const QStringList &names);

// Whether the snippet iterates `name` in a for loop (it is a loader or dataset).
bool isIterated(const CodeModel &code, const QString &name);

// The first integer positional argument `index` of calls whose base name is `callee`.
std::optional<int> intArgumentOf(const CodeModel &code, const QString &callee, int index);
// Whether any call's base name is one of these.
bool callsAny(const CodeModel &code, const QStringList &baseNames);

// A Python float literal ("0.001", "1e-05" → "1e-05").
QString pyNumber(double v);

// The Dataset fact's entry in datasets.json, or an empty object.
QJsonObject datasetEntry(const EditContext &context, Fact *used = nullptr);

// Data variable names a snippet commonly leaves undefined.
bool isInputDataName(const QString &name);  // X, x_train, inputs, features, images, data…
bool isTargetDataName(const QString &name); // y, y_train, labels, targets…
bool isLoaderName(const QString &name);     // train_loader, trainloader, dataloader, dataset…
bool isTestName(const QString &name);       // *_test, *_val, test_*, val_*

} // namespace dlrepro::synth
