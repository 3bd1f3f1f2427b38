#pragma once

#include "domain/EditAction.h"
#include "inspect/Inspection.h"

#include <QString>

namespace dlrepro {

// What an edit-action button inserts until the edit-action engine is wired in: a commented
// checklist for the action (Python comments, so the snippet still runs), naming what the report
// says where that helps (shapes, versions, the dataset).
QString actionChecklist(EditAction action, const Inspection &inspection);

// The snippet with the checklist put first (after a shebang or coding line, if any).
QString insertChecklist(const QString &code, const QString &checklist);

} // namespace dlrepro
