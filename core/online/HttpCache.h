#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dlrepro {

// A directory of successful API responses, one file per URL. Files are named by a hash of the
// URL with credentials removed, so a key or token never reaches the disk and a key change does
// not invalidate the cache. Each file carries the URL and a checksum of its body: a truncated or
// edited file is treated as absent, never as data.
class HttpCache
{
public:
    struct Entry {
        QByteArray body;
        QByteArray link; // the response's Link header (GitHub paging), may be empty
    };

    explicit HttpCache(const QString &directory);

    // $DLREPRO_CACHE_DIR, else QStandardPaths::CacheLocation + "/http".
    static QString defaultDirectory();
    // The URL without query items that carry credentials (key, access_token, client_secret).
    static QUrl withoutCredentials(const QUrl &url);
    static QString keyFor(const QUrl &url); // hex SHA-256 of withoutCredentials(url)

    QString directory() const { return m_dir; }
    QString pathFor(const QUrl &url) const;

    bool load(const QUrl &url, Entry *entry) const;
    // Written atomically (QSaveFile): a crash mid-write leaves the old file or none.
    bool store(const QUrl &url, const Entry &entry, QString *error = nullptr) const;

private:
    QString m_dir;
};

} // namespace dlrepro
