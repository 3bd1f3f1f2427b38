#include "WorkspaceBadges.h"

#include "CategoryStyle.h"

#include <QCoreApplication>

namespace dlrepro {

InformationCategory editActionCategory(EditAction action)
{
    switch (action) {
    case EditAction::InputDataGeneration:
    case EditAction::DatasetProcurement: return InformationCategory::Data;
    case EditAction::NeuralNetworkConstruction:
    case EditAction::DownloadingModels: return InformationCategory::Model;
    case EditAction::HyperparameterInitialization: return InformationCategory::Hyperparameters;
    case EditAction::Logging: return InformationCategory::Logs;
    case EditAction::ImportAddition:
    case EditAction::ObsoleteParameterRemoval:
    case EditAction::CompilerErrorResolution:
    case EditAction::VersionMigration: return InformationCategory::CodeSnippet;
    }
    return InformationCategory::CodeSnippet;
}

QColor editActionColor(EditAction action) { return categoryColor(editActionCategory(action)); }

QColor verdictBackground(VerdictStatus status)
{
    switch (status) {
    case VerdictStatus::Reproduced: return QColor(0x2E, 0x7D, 0x32);
    case VerdictStatus::Intermittent: return QColor(0xF9, 0xA8, 0x25);
    case VerdictStatus::NotReproduced: return QColor(0xC6, 0x28, 0x28);
    case VerdictStatus::Inconclusive: return QColor(0x54, 0x6E, 0x7A);
    }
    return Qt::gray;
}

QColor verdictForeground(VerdictStatus status)
{
    return status == VerdictStatus::Intermittent ? QColor(0x3E, 0x27, 0x00) : QColor(Qt::white);
}

HistoryBadge verdictBadge(VerdictStatus status)
{
    return {verdictStatusName(status), verdictBackground(status), verdictForeground(status),
            QCoreApplication::translate("WorkspaceHistory", "Verification: %1").arg(verdictStatusName(status))};
}

HistoryBadge historyBadge(const WorkspaceEntry &entry)
{
    // Pastel neutrals with black text, like the category colours: readable on a dark palette too.
    const QColor neutral(0xE0, 0xE0, 0xE0);
    const QColor ink(0x1F, 0x23, 0x28);
    switch (entry.step) {
    case WorkspaceStep::Action:
        if (entry.action)
            return {QString(editActionLetter(*entry.action)), editActionColor(*entry.action), Qt::black,
                    editActionName(*entry.action)};
        break;
    case WorkspaceStep::Verify:
        if (entry.verdict)
            return verdictBadge(*entry.verdict);
        return {QCoreApplication::translate("WorkspaceHistory", "verify"), neutral, ink,
                QCoreApplication::translate("WorkspaceHistory", "Verification without a recorded verdict")};
    case WorkspaceStep::Revert:
        if (entry.action)
            return {QStringLiteral("↶ ") + editActionLetter(*entry.action), neutral, ink,
                    QCoreApplication::translate("WorkspaceHistory", "Undoes: %1").arg(editActionName(*entry.action))};
        return {QCoreApplication::translate("WorkspaceHistory", "↶ revert"), neutral, ink,
                QCoreApplication::translate("WorkspaceHistory", "Undoes an earlier commit")};
    case WorkspaceStep::Create:
        return {QCoreApplication::translate("WorkspaceHistory", "report"), QColor(0xF4, 0xF4, 0xF4), ink,
                QCoreApplication::translate("WorkspaceHistory", "The imported report and its original snippet")};
    case WorkspaceStep::Checkpoint:
        return {QCoreApplication::translate("WorkspaceHistory", "edit"), QColor(0xF4, 0xF4, 0xF4), ink,
                QCoreApplication::translate("WorkspaceHistory", "Manual edits, saved as a checkpoint")};
    case WorkspaceStep::Transaction:
        return {QCoreApplication::translate("WorkspaceHistory", "transaction"), QColor(0xF4, 0xF4, 0xF4), ink,
                QCoreApplication::translate("WorkspaceHistory", "The reproduction transaction, recorded")};
    case WorkspaceStep::Other:
        break;
    }
    return {QCoreApplication::translate("WorkspaceHistory", "commit"), QColor(0xF4, 0xF4, 0xF4), ink,
            QCoreApplication::translate("WorkspaceHistory", "A commit made outside dlrepro")};
}

} // namespace dlrepro
