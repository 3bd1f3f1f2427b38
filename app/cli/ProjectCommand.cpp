// dlrepro-cli project: placeholder until its issue lands (it is replaced, not extended).
#include "Commands.h"

#include <QCoreApplication>

namespace dlrepro::cli {

int runProject(const QStringList &, Io io)
{
    io.err << QCoreApplication::translate("cli", "dlrepro-cli: '%1' is not available in this build.").arg(QStringLiteral("project")) << '\n';
    return 2;
}

} // namespace dlrepro::cli
