#include "GitHubClient.h"

#include "HttpSession.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace dlrepro {

namespace {

// Pages of 100 comments; an issue with more than 3000 comments is a discussion, not a report.
constexpr int kMaxCommentPages = 30;

QString apiMessage(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
}

QString describeFailure(const HttpResponse &response)
{
    if (!response.isHttp())
        return QStringLiteral("network error: ") + response.networkError;
    const int status = response.status;
    const QString message = apiMessage(response.body);
    const QString said = message.isEmpty() ? QString() : QStringLiteral(": ") + message;
    if ((status == 403 || status == 429) && response.header(QByteArrayLiteral("X-RateLimit-Remaining")) == "0") {
        bool ok = false;
        const qint64 reset = response.header(QByteArrayLiteral("X-RateLimit-Reset")).toLongLong(&ok);
        const QString until = ok ? QDateTime::fromSecsSinceEpoch(reset, Qt::UTC).toString(Qt::ISODate)
                                 : QStringLiteral("the limit resets");
        return QStringLiteral("rate limited by GitHub until %1; set GITHUB_TOKEN").arg(until);
    }
    if (status == 403 || status == 429) {
        // The secondary rate limit comes with Retry-After instead of a zero remaining count.
        const QByteArray retry = response.header(QByteArrayLiteral("Retry-After"));
        if (!retry.isEmpty())
            return QStringLiteral("rate limited by GitHub; retry after %1 seconds").arg(QString::fromLatin1(retry));
        return QStringLiteral("GitHub refused the request (HTTP %1)%2").arg(status).arg(said);
    }
    if (status == 401)
        return QStringLiteral("GitHub rejected the token (HTTP 401%1); check DLREPRO_GITHUB_TOKEN or GITHUB_TOKEN")
            .arg(message.isEmpty() ? QString() : QStringLiteral(" ") + message);
    if (status == 404)
        return QStringLiteral("no such issue");
    if (status == 410)
        return QStringLiteral("the issue was deleted or the repository's issues are disabled");
    return QStringLiteral("GitHub answered HTTP %1%2").arg(status).arg(said);
}

// The URL of rel="next" in a Link header, e.g. <https://api.github.com/…&page=2>; rel="next".
QUrl nextPage(const QByteArray &link)
{
    for (const QByteArray &part : link.split(',')) {
        const QByteArray p = part.trimmed();
        if (!p.contains("rel=\"next\""))
            continue;
        const qsizetype open = p.indexOf('<');
        const qsizetype close = p.indexOf('>');
        if (open >= 0 && close > open)
            return QUrl::fromEncoded(p.mid(open + 1, close - open - 1), QUrl::StrictMode);
    }
    return QUrl();
}

} // namespace

GitHubClient::GitHubClient(HttpSession &session)
    : m_session(session)
{
}

QString GitHubClient::apiBase()
{
    QString base = qEnvironmentVariable("DLREPRO_GITHUB_API");
    if (base.isEmpty())
        base = QStringLiteral("https://api.github.com");
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return base;
}

QString GitHubClient::token()
{
    const QString own = qEnvironmentVariable("DLREPRO_GITHUB_TOKEN").trimmed();
    return own.isEmpty() ? qEnvironmentVariable("GITHUB_TOKEN").trimmed() : own;
}

QUrl GitHubClient::issueUrl(const QString &owner, const QString &repo, qint64 number)
{
    return QUrl(apiBase() + QStringLiteral("/repos/%1/%2/issues/%3").arg(owner, repo).arg(number));
}

QUrl GitHubClient::commentsUrl(const QString &owner, const QString &repo, qint64 number)
{
    return QUrl(apiBase() + QStringLiteral("/repos/%1/%2/issues/%3/comments?per_page=100").arg(owner, repo).arg(number));
}

bool GitHubClient::get(const QUrl &url, QByteArray *body, QByteArray *link, QString *error)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/vnd.github+json"));
    request.setRawHeader(QByteArrayLiteral("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("dlrepro"));
    const QString tok = token();
    if (!tok.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + tok.toUtf8());
    const HttpResponse response = m_session.get(request);
    if (!response.isHttp() || response.status != 200) {
        *error = describeFailure(response);
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        *error = QStringLiteral("unexpected reply from GitHub (invalid JSON: %1)").arg(parseError.errorString());
        return false;
    }
    m_session.remember(url, response);
    *body = response.body;
    *link = response.header(QByteArrayLiteral("Link"));
    return true;
}

bool GitHubClient::fetchIssue(const QString &owner, const QString &repo, qint64 number, QByteArray *issueJson,
                              QByteArray *commentsJson, QString *error)
{
    QByteArray link;
    if (!get(issueUrl(owner, repo, number), issueJson, &link, error))
        return false;
    const QJsonObject issue = QJsonDocument::fromJson(*issueJson).object();
    if (issue.isEmpty() || !issue.contains(QLatin1String("title"))) {
        *error = QStringLiteral("unexpected reply from GitHub (not an issue object)");
        return false;
    }
    // Saves a request (and rate limit) on the many issues nobody answered.
    const QJsonValue count = issue.value(QLatin1String("comments"));
    if (count.isDouble() && count.toInt() == 0) {
        *commentsJson = QByteArrayLiteral("[]");
        return true;
    }
    // The comments URL is built from our own base, not taken from the issue's comments_url:
    // the token must only go to the API host the user configured.
    QJsonArray all;
    QUrl url = commentsUrl(owner, repo, number);
    const QString base = apiBase();
    for (int page = 0; page < kMaxCommentPages && url.isValid(); ++page) {
        QByteArray body;
        if (!get(url, &body, &link, error))
            return false;
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        if (!doc.isArray()) {
            *error = QStringLiteral("unexpected reply from GitHub (comments are not a JSON array)");
            return false;
        }
        for (const QJsonValue &v : doc.array())
            all.append(v);
        url = nextPage(link);
        if (url.isValid() && !url.toString().startsWith(base + QLatin1Char('/')))
            break;
    }
    *commentsJson = QJsonDocument(all).toJson(QJsonDocument::Compact);
    return true;
}

} // namespace dlrepro
