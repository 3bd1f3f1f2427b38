#include "HttpSession.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

namespace dlrepro {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QByteArray();
}

HttpSession::HttpSession(const Options &options)
    : m_options(options)
    , m_cache(options.cacheDir)
    , m_deadline(options.timeoutMs > 0 ? options.timeoutMs : 30000)
{
    if (m_options.timeoutMs <= 0)
        m_options.timeoutMs = 30000;
    // Qt's default policy already follows same-or-safer redirects (GitHub answers 301 for a
    // moved repository); say so explicitly since the fetch depends on it.
    m_manager.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

HttpResponse HttpSession::get(const QNetworkRequest &request)
{
    HttpResponse response;
    if (m_options.readCache) {
        HttpCache::Entry entry;
        if (m_cache.load(request.url(), &entry)) {
            response.status = 200;
            response.body = entry.body;
            if (!entry.link.isEmpty())
                response.headers.append({QByteArrayLiteral("Link"), entry.link});
            response.fromCache = true;
            return response;
        }
    }
    if (!QCoreApplication::instance()) {
        response.networkError = QStringLiteral("no QCoreApplication to run the request");
        return response;
    }
    const auto timedOutMessage = [this] {
        return QStringLiteral("timed out after %1 ms").arg(m_options.timeoutMs);
    };
    if (m_deadline.hasExpired()) {
        response.networkError = timedOutMessage();
        return response;
    }

    QNetworkReply *reply = m_manager.get(request);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    // finished() is connected first so that abort() below, which emits it at once, ends the loop.
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timer, &QTimer::timeout, reply, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [&](qint64 received, qint64) {
        if (received > m_options.maxBodyBytes && !tooLarge) {
            tooLarge = true;
            reply->abort();
        }
    });
    timer.start(int(qMax<qint64>(1, m_deadline.remainingTime())));
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    timer.stop();

    if (timedOut) {
        response.networkError = timedOutMessage();
    } else if (tooLarge) {
        response.networkError = QStringLiteral("response larger than %1 bytes").arg(m_options.maxBodyBytes);
    } else {
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (status.isValid() && status.toInt() > 0) {
            response.status = status.toInt();
            response.body = reply->readAll();
            response.headers = reply->rawHeaderPairs();
        } else {
            response.networkError = reply->error() != QNetworkReply::NoError
                ? reply->errorString()
                : QStringLiteral("no HTTP response");
        }
    }
    // The reply is owned by the manager; deleteLater would only run in a later event loop turn,
    // which a CLI caller may never have, so delete it now that nothing refers to it.
    delete reply;
    return response;
}

void HttpSession::remember(const QUrl &url, const HttpResponse &response)
{
    if (!m_options.writeCache || response.fromCache || response.status != 200)
        return;
    m_cache.store(url, HttpCache::Entry{response.body, response.header(QByteArrayLiteral("Link"))});
}

} // namespace dlrepro
