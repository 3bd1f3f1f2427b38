#pragma once

#include "domain/EditAction.h"
#include "domain/InformationCategory.h"
#include "verify/Verdict.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QString>

namespace dlrepro {

// A pill drawn in the history list: its words, its colours and what its tooltip explains.
struct HistoryBadge {
    QString text;
    QColor background;
    QColor foreground;
    QString toolTip;
};

// The information category an edit action mostly supplies (input data and datasets are Data,
// networks and downloaded models are Model, …), so that an action's pill has the colour the
// report highlights use for the same kind of information.
InformationCategory editActionCategory(EditAction action);
QColor editActionColor(EditAction action);

// The verdict badge's colours, the same as the verdict pane's.
QColor verdictBackground(VerdictStatus status);
QColor verdictForeground(VerdictStatus status);

// The pill of one history entry: the action letter for an edit action (and "↶ letter" for the
// revert of one), the verdict for a verification, a neutral word for the other steps.
HistoryBadge historyBadge(const WorkspaceEntry &entry);
HistoryBadge verdictBadge(VerdictStatus status);

} // namespace dlrepro
