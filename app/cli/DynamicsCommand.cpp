// dlrepro-cli dynamics: placeholder until its issue lands (it is replaced, not extended).
#include "Commands.h"

#include <QCoreApplication>

namespace dlrepro::cli {

int runDynamics(const QStringList &, Io io)
{
    io.err << QCoreApplication::translate("cli", "dlrepro-cli: '%1' is not available in this build.").arg(QStringLiteral("dynamics")) << '\n';
    return 2;
}

} // namespace dlrepro::cli
