#include "run/RunRequest.h"

#include <QThread>
#include <algorithm>

namespace dlrepro {

int effectiveParallelism(const RunRequest &request)
{
    int n = std::max(1, request.parallel);
    n = std::min<int>(n, std::max<qsizetype>(1, request.seeds.size()));
    // On one GPU the user decides how many runs fit its memory; on the CPU more processes than
    // cores only slow each other down.
    if (!request.device.startsWith(QStringLiteral("cuda")))
        n = std::min(n, std::max(1, QThread::idealThreadCount()));
    return n;
}

} // namespace dlrepro
