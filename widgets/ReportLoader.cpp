#include "ReportLoader.h"

#include "online/OnlineReport.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dlrepro {

ReportOrigin reportOrigin(const QString &input)
{
    if (QFileInfo::exists(input))
        return ReportOrigin::File;
    return isOnlineSpec(input) ? ReportOrigin::Online : ReportOrigin::File;
}

ImportResult loadReport(const QString &input)
{
    if (input.trimmed().isEmpty())
        return ImportResult::failure(input, QCoreApplication::translate("ReportLoader", "no report given"));
    if (reportOrigin(input) == ReportOrigin::Online)
        return fetchOnlineReport(input.trimmed());
    return importReportFile(input);
}

} // namespace dlrepro
