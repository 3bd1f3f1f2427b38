#include "WorkspacePrefill.h"

namespace dlrepro {
bool readWorkspaceLabel(const QString &, WorkspaceLabel *, QString *) { return false; }
bool prefillAnnotation(ProjectStore &, qint64, const QString &, const QString &, Annotation *, QString *) { return false; }
} // namespace dlrepro
