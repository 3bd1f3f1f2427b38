#include "SelectOptions.h"

#include <QTimeZone>

namespace dlrepro {

bool parseSelectDate(const QString &text, bool endOfRange, QDateTime *out)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return false;
        *out = endOfRange ? QDateTime(date, QTime(23, 59, 59, 999), QTimeZone::utc())
                          : QDateTime(date, QTime(0, 0), QTimeZone::utc());
        return true;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return false;
    // Data dumps carry UTC times without an offset; a time given without one means UTC too.
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    *out = dt;
    return true;
}

} // namespace dlrepro
