#pragma once

#include <QList>
#include <QString>

namespace dlrepro {

// The study's edit actions (thesis Table 4.5), in the table's order: what turns a report's
// snippet into a reproduction. The order is the canonical one (used to break ties).
enum class EditAction {
    InputDataGeneration,          // D
    NeuralNetworkConstruction,    // N
    HyperparameterInitialization, // H
    ImportAddition,               // R: Import Addition & Dependency Resolution
    Logging,                      // L
    ObsoleteParameterRemoval,     // O
    CompilerErrorResolution,      // C
    DatasetProcurement,           // P
    DownloadingModels,            // M: Downloading Models & Tokenizers
    VersionMigration,             // V (the replication CSVs: "Framework Migration", F)
};

// Table 4.5's letter (V for Version Migration, never the replication CSVs' F).
QChar editActionLetter(EditAction a);
// Stable identifier for JSON and the command line: input-data, network, hyperparameters,
// imports, logging, obsolete-parameters, compiler-errors, dataset, models, version-migration.
QString editActionId(EditAction a);
// Translatable full name ("Import Addition & Dependency Resolution").
QString editActionName(EditAction a);
// The shorter name the thesis's Table 4.8 prints ("Import Addition").
QString editActionShortName(EditAction a);
// Accepts an id, a letter (F too), a full or short name, and the replication CSVs' spellings
// ("Framework Migration", "Neural Network Definition", "Import Addition and Dependency
// Resolution", "Downloading Models and Tokenizers"); case and '&'/"and" do not matter.
bool parseEditAction(const QString &text, EditAction *out);
QList<EditAction> allEditActions();

} // namespace dlrepro
