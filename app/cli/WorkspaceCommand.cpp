// dlrepro-cli workspace: placeholder until its issue lands (it is replaced, not extended).
#include "Commands.h"

#include <QCoreApplication>

namespace dlrepro::cli {

int runWorkspace(const QStringList &, Io io)
{
    io.err << QCoreApplication::translate("cli", "dlrepro-cli: '%1' is not available in this build.").arg(QStringLiteral("workspace")) << '\n';
    return 2;
}

} // namespace dlrepro::cli
