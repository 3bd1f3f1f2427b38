#include "StackExchangeClient.h"

#include "HttpSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>

namespace dlrepro {

namespace {

// Reads one API page: {"items": [...], "backoff": N, ...} or an error object. Returns false
// with a one-line error.
bool readPage(const HttpResponse &response, QJsonObject *page, QString *error)
{
    if (!response.isHttp()) {
        *error = QStringLiteral("network error: ") + response.networkError;
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject obj = doc.object();
    if (obj.contains(QLatin1String("error_id"))) {
        const int id = obj.value(QLatin1String("error_id")).toInt();
        const QString name = obj.value(QLatin1String("error_name")).toString();
        const QString message = obj.value(QLatin1String("error_message")).toString();
        if (id == 502 || name == QLatin1String("throttle_violation"))
            *error = QStringLiteral("rate limited by the Stack Exchange API: %1; try again later or set "
                                    "DLREPRO_STACKEXCHANGE_KEY").arg(message);
        else if (id == 403 || id == 405 || name == QLatin1String("access_denied")
                 || name == QLatin1String("key_required"))
            *error = QStringLiteral("the Stack Exchange API refused the request (%1): %2; check "
                                    "DLREPRO_STACKEXCHANGE_KEY").arg(name, message);
        else
            *error = QStringLiteral("Stack Exchange API error %1 (%2): %3").arg(id).arg(name, message);
        return false;
    }
    if (response.status != 200) {
        *error = QStringLiteral("Stack Exchange API answered HTTP %1").arg(response.status);
        return false;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !obj.value(QLatin1String("items")).isArray()) {
        *error = QStringLiteral("unexpected reply from the Stack Exchange API (not a JSON page of items)");
        return false;
    }
    *page = obj;
    return true;
}

} // namespace

StackExchangeClient::StackExchangeClient(HttpSession &session)
    : m_session(session)
{
}

QString StackExchangeClient::apiBase()
{
    QString base = qEnvironmentVariable("DLREPRO_STACKEXCHANGE_API");
    if (base.isEmpty())
        base = QStringLiteral("https://api.stackexchange.com/2.3");
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QUrl StackExchangeClient::endpointUrl(qint64 questionId, const QString &part)
{
    QUrl url(apiBase() + QStringLiteral("/questions/%1").arg(questionId)
             + (part.isEmpty() ? QString() : QLatin1Char('/') + part));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("site"), QStringLiteral("stackoverflow"));
    query.addQueryItem(QStringLiteral("filter"), QStringLiteral("withbody"));
    if (part == QLatin1String("answers"))
        query.addQueryItem(QStringLiteral("sort"), QStringLiteral("votes"));
    if (!part.isEmpty()) // the API's default page is 30; few questions have more than 100
        query.addQueryItem(QStringLiteral("pagesize"), QStringLiteral("100"));
    const QString key = qEnvironmentVariable("DLREPRO_STACKEXCHANGE_KEY");
    if (!key.isEmpty())
        query.addQueryItem(QStringLiteral("key"), key);
    url.setQuery(query);
    return url;
}

bool StackExchangeClient::fetchQuestion(qint64 questionId, QByteArray *questionJson, QString *error)
{
    QJsonObject question;
    QJsonArray answers;
    QJsonArray comments;
    const QString parts[] = {QString(), QStringLiteral("answers"), QStringLiteral("comments")};
    for (int i = 0; i < 3; ++i) {
        const QUrl url = endpointUrl(questionId, parts[i]);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("dlrepro"));
        const HttpResponse response = m_session.get(request);
        QJsonObject page;
        if (!readPage(response, &page, error))
            return false;
        const QJsonArray items = page.value(QLatin1String("items")).toArray();
        if (i == 0) {
            if (items.isEmpty() || !items.first().isObject()) {
                *error = QStringLiteral("no such question");
                return false;
            }
            question = items.first().toObject();
        } else if (i == 1) {
            answers = items;
        } else {
            comments = items;
        }
        m_session.remember(url, response);
        // The API's "backoff" forbids calling the same method again within N seconds. Pages
        // already fetched are cached, so a retry after the wait only asks for what is missing.
        const int backoff = page.value(QLatin1String("backoff")).toInt();
        if (backoff > 0 && i < 2 && !response.fromCache) {
            *error = QStringLiteral("the Stack Exchange API asks to wait %1 seconds before the next "
                                    "request (backoff); try again later").arg(backoff);
            return false;
        }
    }
    question.insert(QStringLiteral("answers"), answers);
    question.insert(QStringLiteral("comments"), comments);
    *questionJson = QJsonDocument(question).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace dlrepro
