#include "ProjectExchange.h"

namespace dlrepro {
QString projectFileKindId(ProjectFileKind) { return QStringLiteral("auto"); }
bool parseProjectFileKind(const QString &, ProjectFileKind *) { return false; }
QString projectFileName(ProjectFileKind) { return {}; }
QList<ProjectFileKind> allProjectFileKinds() { return {}; }
bool importProjectFile(ProjectStore &, const QString &, ProjectImportReport *, QString *, ProjectFileKind, const QString &) { return false; }
QByteArray exportProjectCsv(const ProjectStore &, ProjectFileKind) { return {}; }
bool exportProjectCsvFiles(const ProjectStore &, const QString &, QStringList *, QString *) { return false; }
QByteArray exportProjectLetters(const ProjectStore &, ItemClass) { return {}; }
QByteArray exportProjectJson(const ProjectStore &) { return {}; }
} // namespace dlrepro
