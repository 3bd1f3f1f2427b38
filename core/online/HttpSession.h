#pragma once

#include "HttpCache.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QString>

namespace dlrepro {

struct HttpResponse {
    int status = 0;           // HTTP status; 0 when no response arrived
    QByteArray body;
    QString networkError;     // set when no HTTP response arrived ("Connection refused", a timeout)
    bool fromCache = false;

    bool isHttp() const { return status != 0; }
    QByteArray header(const QByteArray &name) const; // case-insensitive; empty when absent

    QList<QPair<QByteArray, QByteArray>> headers;
};

// The blocking HTTP layer of one fetch: one deadline for all its requests, so a fetch that needs
// three requests still returns within the caller's timeout; responses come from the cache when
// allowed. Blocks by running a local QEventLoop, which needs a QCoreApplication.
class HttpSession
{
public:
    struct Options {
        int timeoutMs = 30000;
        bool readCache = true;  // use a cached response when there is one
        bool writeCache = true; // remember() stores
        QString cacheDir;       // empty: no cache
        qint64 maxBodyBytes = 64 * 1024 * 1024;
    };

    explicit HttpSession(const Options &options);

    HttpResponse get(const QNetworkRequest &request);
    // Callers store a response only once they have judged it a success, so errors (a 200 that
    // says "no such question" included) are never cached.
    void remember(const QUrl &url, const HttpResponse &response);

    int timeoutMs() const { return m_options.timeoutMs; }

private:
    Options m_options;
    HttpCache m_cache;
    QDeadlineTimer m_deadline;
    QNetworkAccessManager m_manager;
};

} // namespace dlrepro
