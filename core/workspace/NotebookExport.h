#pragma once
// A reproduction as a Jupyter notebook (nbformat 4.4) that opens in Jupyter and Colab: the
// report as Markdown, requirements written and installed, the working snippet as a code cell
// (with the last verification's output attached), the original snippet and the verdict as
// Markdown. Cells carry metadata.dlrepro.role so that an import reads them back exactly.

#include "workspace/ReplicationExport.h"

#include <QJsonObject>
#include <QString>

namespace dlrepro {

// The roles of the cells (metadata.dlrepro.role).
namespace notebook_roles {
inline constexpr QLatin1StringView kReport{"report"};
inline constexpr QLatin1StringView kRequirements{"requirements"}; // %%writefile requirements.txt
inline constexpr QLatin1StringView kInstall{"install"};           // %pip install -r requirements.txt
inline constexpr QLatin1StringView kMain{"main"};
inline constexpr QLatin1StringView kOriginal{"original"};         // Markdown with the fenced snippet
inline constexpr QLatin1StringView kVerdict{"verdict"};
} // namespace notebook_roles

QJsonObject notebookFromContent(const WorkspacePackageContent &content);

// Writes the notebook to outPath (a temporary file in the same folder, then renamed); an
// existing file is refused unless `replace`.
bool exportNotebook(const QString &workspaceDirectory, const QString &outPath, bool replace,
                    PackageExportResult *result, QString *error);

// Notebook cell source: a list of lines, each but the last ending in '\n' (nbformat's own style).
QJsonArray notebookSourceLines(const QString &text);
// A cell's source (string or list of strings) as one string.
QString notebookSourceText(const QJsonValue &source);

} // namespace dlrepro
