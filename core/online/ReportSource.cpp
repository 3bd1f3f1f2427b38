#include "OnlineReport.h"

#include <QCoreApplication>

namespace dlrepro {

ImportResult loadReport(const QString &input, InputFormat format, const FetchOptions &options)
{
    ImportResult result = isOnlineSpec(input) ? fetchOnlineReport(input, options) : importReportFile(input, format);
    if (result.ok() && result.reports.isEmpty())
        return ImportResult::failure(input, QCoreApplication::translate("cli", "no report found"));
    return result;
}

} // namespace dlrepro
