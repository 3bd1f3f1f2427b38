#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dlrepro {

class HttpSession;

// GitHub REST: an issue (or pull request, which the issues endpoint also serves) and its
// comments, in the shapes importGitHubIssue() reads.
class GitHubClient
{
public:
    explicit GitHubClient(HttpSession &session);

    // $DLREPRO_GITHUB_API, else https://api.github.com.
    static QString apiBase();
    // $DLREPRO_GITHUB_TOKEN, else $GITHUB_TOKEN; empty for anonymous requests.
    static QString token();
    static QUrl issueUrl(const QString &owner, const QString &repo, qint64 number);
    static QUrl commentsUrl(const QString &owner, const QString &repo, qint64 number);

    // On failure returns false and sets *error to one line without the input's name.
    bool fetchIssue(const QString &owner, const QString &repo, qint64 number, QByteArray *issueJson,
                    QByteArray *commentsJson, QString *error);

private:
    bool get(const QUrl &url, QByteArray *body, QByteArray *link, QString *error);

    HttpSession &m_session;
};

} // namespace dlrepro
