#pragma once

#include <QStringList>

namespace dlrepro {

// The recently opened reports (paths or online specs), most recent first, kept in QSettings.
class RecentFiles
{
public:
    static constexpr int kMaxEntries = 10;

    static QStringList entries();
    static void add(const QString &entry);
    static void remove(const QString &entry);
    static void clear();
};

} // namespace dlrepro
