#include "EditAction.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct Row {
    EditAction action;
    char letter;
    const char *id;
    const char *name;
    const char *shortName;
};
constexpr Row kRows[] = {
    {EditAction::InputDataGeneration, 'D', "input-data", QT_TRANSLATE_NOOP("EditAction", "Input Data Generation"),
     QT_TRANSLATE_NOOP("EditAction", "Input Data Generation")},
    {EditAction::NeuralNetworkConstruction, 'N', "network",
     QT_TRANSLATE_NOOP("EditAction", "Neural Network Construction"),
     QT_TRANSLATE_NOOP("EditAction", "Neural Network Construction")},
    {EditAction::HyperparameterInitialization, 'H', "hyperparameters",
     QT_TRANSLATE_NOOP("EditAction", "Hyperparameter Initialization"),
     QT_TRANSLATE_NOOP("EditAction", "Hyperparameter Initialization")},
    {EditAction::ImportAddition, 'R', "imports",
     QT_TRANSLATE_NOOP("EditAction", "Import Addition & Dependency Resolution"),
     QT_TRANSLATE_NOOP("EditAction", "Import Addition")},
    {EditAction::Logging, 'L', "logging", QT_TRANSLATE_NOOP("EditAction", "Logging"),
     QT_TRANSLATE_NOOP("EditAction", "Logging")},
    {EditAction::ObsoleteParameterRemoval, 'O', "obsolete-parameters",
     QT_TRANSLATE_NOOP("EditAction", "Obsolete Parameter Removal"),
     QT_TRANSLATE_NOOP("EditAction", "Obsolete Parameter Removal")},
    {EditAction::CompilerErrorResolution, 'C', "compiler-errors",
     QT_TRANSLATE_NOOP("EditAction", "Compiler Error Resolution"),
     QT_TRANSLATE_NOOP("EditAction", "Compiler Error Resolution")},
    {EditAction::DatasetProcurement, 'P', "dataset", QT_TRANSLATE_NOOP("EditAction", "Dataset Procurement"),
     QT_TRANSLATE_NOOP("EditAction", "Dataset Procurement")},
    {EditAction::DownloadingModels, 'M', "models",
     QT_TRANSLATE_NOOP("EditAction", "Downloading Models & Tokenizers"),
     QT_TRANSLATE_NOOP("EditAction", "Downloading Models")},
    {EditAction::VersionMigration, 'V', "version-migration", QT_TRANSLATE_NOOP("EditAction", "Version Migration"),
     QT_TRANSLATE_NOOP("EditAction", "Version Migration")},
};

const Row &row(EditAction a)
{
    for (const auto &r : kRows)
        if (r.action == a)
            return r;
    return kRows[0];
}

// Folds the spellings of the thesis and the replication CSVs onto one form.
QString fold(const QString &text)
{
    QString t = text.simplified().toLower();
    t.replace(QLatin1String(" and "), QLatin1String(" & "));
    return t;
}
} // namespace

QChar editActionLetter(EditAction a) { return QLatin1Char(row(a).letter); }
QString editActionId(EditAction a) { return QString::fromLatin1(row(a).id); }
QString editActionName(EditAction a) { return QCoreApplication::translate("EditAction", row(a).name); }
QString editActionShortName(EditAction a)
{
    return QCoreApplication::translate("EditAction", row(a).shortName);
}

bool parseEditAction(const QString &text, EditAction *out)
{
    const QString t = fold(text);
    if (t.isEmpty())
        return false;
    if (t.size() == 1) {
        const char c = char(t.at(0).toUpper().toLatin1());
        if (c == 'F') { // the replication CSVs' letter for Framework (Version) Migration
            *out = EditAction::VersionMigration;
            return true;
        }
        for (const auto &r : kRows)
            if (r.letter == c) {
                *out = r.action;
                return true;
            }
        return false;
    }
    for (const auto &r : kRows) {
        if (t == QLatin1String(r.id) || t == fold(QString::fromLatin1(r.name))
            || t == fold(QString::fromLatin1(r.shortName))) {
            *out = r.action;
            return true;
        }
    }
    struct Alias {
        const char *text;
        EditAction action;
    };
    static constexpr Alias kAliases[] = {
        {"framework migration", EditAction::VersionMigration},
        {"neural network definition", EditAction::NeuralNetworkConstruction},
        {"downloading models & tokenizers", EditAction::DownloadingModels},
        {"dependency resolution", EditAction::ImportAddition},
    };
    for (const auto &a : kAliases)
        if (t == QLatin1String(a.text)) {
            *out = a.action;
            return true;
        }
    return false;
}

QList<EditAction> allEditActions()
{
    QList<EditAction> out;
    for (const auto &r : kRows)
        out.append(r.action);
    return out;
}

} // namespace dlrepro
