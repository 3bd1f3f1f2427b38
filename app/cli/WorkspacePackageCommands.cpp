// Placeholder until the package subcommands land (replaced, not extended).
#include "WorkspacePackageCommands.h"

#include <QCoreApplication>

namespace dlrepro::cli {

static int notAvailable(const char *name, Io io)
{
    io.err << QCoreApplication::translate("cli", "dlrepro-cli: 'workspace %1' is not available in this build.")
                  .arg(QLatin1String(name))
           << '\n';
    return 2;
}

int runWorkspaceClone(const QStringList &, Io io) { return notAvailable("clone", io); }
int runWorkspaceExport(const QStringList &, Io io) { return notAvailable("export", io); }
int runWorkspaceImport(const QStringList &, Io io) { return notAvailable("import", io); }

} // namespace dlrepro::cli
