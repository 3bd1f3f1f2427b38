#include "RecentFiles.h"

#include <QSettings>

namespace dlrepro {

namespace {
const QString kKey = QStringLiteral("recentReports");
}

QStringList RecentFiles::entries()
{
    return QSettings().value(kKey).toStringList().mid(0, kMaxEntries);
}

void RecentFiles::add(const QString &entry)
{
    QStringList list = entries();
    list.removeAll(entry);
    list.prepend(entry);
    QSettings().setValue(kKey, list.mid(0, kMaxEntries));
}

void RecentFiles::remove(const QString &entry)
{
    QStringList list = entries();
    list.removeAll(entry);
    QSettings().setValue(kKey, list);
}

void RecentFiles::clear() { QSettings().remove(kKey); }

} // namespace dlrepro
