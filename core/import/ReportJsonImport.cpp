#include "ReportJsonImport.h"

#include "JsonInput.h"
#include "report/ReportJson.h"

#include <QJsonObject>

namespace dlrepro {

ImportResult importReportJsonObject(const QJsonObject &object, const QString &inputName)
{
    Report r;
    QString error;
    if (!reportFromJson(object, &r, &error))
        return ImportResult::failure(inputName, error);
    ImportResult result;
    result.reports.append(r);
    return result;
}

ImportResult importReportJsonLines(const QByteArray &data, const QString &inputName)
{
    ImportResult result;
    qsizetype pos = 0;
    qsizetype lineNumber = 0;
    while (pos < data.size()) {
        qsizetype end = data.indexOf('\n', pos);
        if (end < 0)
            end = data.size();
        ++lineNumber;
        const QByteArray line = data.mid(pos, end - pos).trimmed();
        pos = end + 1;
        if (line.isEmpty())
            continue;
        const QString where = QStringLiteral("line %1: ").arg(lineNumber);
        QJsonDocument doc;
        QString error;
        if (!parseJsonInput(line, &doc, &error))
            return ImportResult::failure(inputName, where + error);
        if (!doc.isObject())
            return ImportResult::failure(inputName, where + QStringLiteral("expected a report object"));
        Report r;
        if (!reportFromJson(doc.object(), &r, &error))
            return ImportResult::failure(inputName, where + error);
        result.reports.append(r);
    }
    if (result.reports.isEmpty())
        return ImportResult::failure(inputName, QStringLiteral("no reports (the JSON lines file is empty)"));
    return result;
}

} // namespace dlrepro
