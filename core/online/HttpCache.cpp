#include "HttpCache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrlQuery>

namespace dlrepro {

namespace {

const QByteArray kMagic = QByteArrayLiteral("dlrepro-http-cache 1");

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

// Header lines must stay single lines whatever a server sends.
QByteArray oneLine(QByteArray value)
{
    return value.replace('\r', ' ').replace('\n', ' ');
}

} // namespace

HttpCache::HttpCache(const QString &directory)
    : m_dir(directory)
{
}

QString HttpCache::defaultDirectory()
{
    const QString env = qEnvironmentVariable("DLREPRO_CACHE_DIR");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/http");
}

QUrl HttpCache::withoutCredentials(const QUrl &url)
{
    QUrl clean = url;
    QUrlQuery query(url);
    for (const char *name : {"key", "access_token", "client_secret", "client_id"})
        query.removeAllQueryItems(QString::fromLatin1(name));
    clean.setQuery(query.isEmpty() ? QString() : query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    clean.setUserInfo(QString());
    clean.setFragment(QString());
    return clean;
}

QString HttpCache::keyFor(const QUrl &url)
{
    return QString::fromLatin1(sha256Hex(withoutCredentials(url).toEncoded()));
}

QString HttpCache::pathFor(const QUrl &url) const
{
    return m_dir + QLatin1Char('/') + keyFor(url) + QStringLiteral(".http");
}

bool HttpCache::load(const QUrl &url, Entry *entry) const
{
    if (m_dir.isEmpty())
        return false;
    QFile file(pathFor(url));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    const qsizetype headerEnd = data.indexOf("\n\n");
    if (headerEnd < 0)
        return false;
    const QList<QByteArray> lines = data.left(headerEnd).split('\n');
    if (lines.isEmpty() || lines.front() != kMagic)
        return false;
    QByteArray storedUrl, checksum, link;
    for (const QByteArray &line : lines) {
        if (line.startsWith("url "))
            storedUrl = line.mid(4);
        else if (line.startsWith("sha256 "))
            checksum = line.mid(7);
        else if (line.startsWith("link "))
            link = line.mid(5);
    }
    const QByteArray body = data.mid(headerEnd + 2);
    // The URL check guards against a hash collision or a file copied in from elsewhere.
    if (storedUrl != withoutCredentials(url).toEncoded() || checksum != sha256Hex(body))
        return false;
    entry->body = body;
    entry->link = link;
    return true;
}

bool HttpCache::store(const QUrl &url, const Entry &entry, QString *error) const
{
    if (m_dir.isEmpty())
        return false;
    if (!QDir().mkpath(m_dir)) {
        if (error)
            *error = QStringLiteral("cannot create cache directory %1").arg(m_dir);
        return false;
    }
    QSaveFile file(pathFor(url));
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QByteArray header = kMagic + "\nurl " + withoutCredentials(url).toEncoded() + "\nsha256 " + sha256Hex(entry.body);
    if (!entry.link.isEmpty())
        header += "\nlink " + oneLine(entry.link);
    header += "\n\n";
    file.write(header);
    file.write(entry.body);
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace dlrepro
