#include "SourceSpec.h"

#include <QStringList>
#include <QUrl>

namespace dlrepro {

namespace {

// Positive decimal, no sign, no leading zero, fits comfortably in qint64.
bool parsePositiveId(QStringView text, qint64 *out)
{
    if (text.isEmpty() || text.size() > 15 || text.front() == QLatin1Char('0'))
        return false;
    for (QChar c : text)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    bool ok = false;
    *out = text.toLongLong(&ok);
    return ok && *out > 0;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// GitHub's own rules: owners are 1-39 of [A-Za-z0-9-] not starting with '-'; repositories are
// 1-100 of [A-Za-z0-9._-] and never "." or "..". Checking them keeps a pasted path segment such
// as "../x" out of the API URL.
bool isValidOwner(const QString &s)
{
    if (s.isEmpty() || s.size() > 39 || s.front() == QLatin1Char('-'))
        return false;
    for (QChar c : s)
        if (!isAsciiAlnum(c) && c != QLatin1Char('-'))
            return false;
    return true;
}

bool isValidRepo(const QString &s)
{
    if (s.isEmpty() || s.size() > 100 || s == QLatin1String(".") || s == QLatin1String(".."))
        return false;
    for (QChar c : s)
        if (!isAsciiAlnum(c) && c != QLatin1Char('-') && c != QLatin1Char('.') && c != QLatin1Char('_'))
            return false;
    return true;
}

SourceSpec invalid(const QString &why)
{
    SourceSpec s;
    s.error = why;
    return s;
}

SourceSpec stackOverflow(QStringView idText)
{
    SourceSpec s;
    if (!parsePositiveId(idText, &s.questionId))
        return invalid(QStringLiteral("expected a question number, as in so:64520473"));
    s.kind = SourceSpec::Kind::StackOverflow;
    return s;
}

SourceSpec gitHub(const QString &owner, const QString &repo, QStringView numberText)
{
    if (!isValidOwner(owner))
        return invalid(QStringLiteral("not a GitHub owner name: \"%1\"").arg(owner));
    if (!isValidRepo(repo))
        return invalid(QStringLiteral("not a GitHub repository name: \"%1\"").arg(repo));
    SourceSpec s;
    if (!parsePositiveId(numberText, &s.number))
        return invalid(QStringLiteral("expected an issue number, as in gh:owner/repo#12"));
    s.kind = SourceSpec::Kind::GitHub;
    s.owner = owner;
    s.repo = repo;
    return s;
}

SourceSpec parseShortForm(const QString &text)
{
    const QStringView body = QStringView(text).mid(3);
    if (text.startsWith(QLatin1String("so:"), Qt::CaseInsensitive))
        return stackOverflow(body);
    // gh:owner/repo#12
    const qsizetype slash = body.indexOf(QLatin1Char('/'));
    const qsizetype hash = body.lastIndexOf(QLatin1Char('#'));
    if (slash <= 0 || hash < slash)
        return invalid(QStringLiteral("expected gh:owner/repo#number"));
    return gitHub(body.left(slash).toString(), body.mid(slash + 1, hash - slash - 1).toString(),
                  body.mid(hash + 1));
}

SourceSpec parseWebAddress(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return invalid(QStringLiteral("not a valid web address"));
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return invalid(QStringLiteral("not a valid web address"));
    QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    const QStringList parts = url.path().split(QLatin1Char('/'), Qt::SkipEmptyParts);

    if (host == QLatin1String("stackoverflow.com")) {
        // /questions/123, /questions/123/slug, /questions/123/slug/456 (an answer's permalink
        // still names its question first), /q/123, /q/123/4567 (share link with a user id).
        if (parts.size() >= 2 && (parts[0] == QLatin1String("questions") || parts[0] == QLatin1String("q"))) {
            const SourceSpec spec = stackOverflow(parts[1]);
            if (spec.isValid())
                return spec;
        }
        if (parts.size() >= 2 && parts[0] == QLatin1String("a"))
            return invalid(QStringLiteral("an answer link does not name its question; use the question's link"));
        return invalid(QStringLiteral("not a Stack Overflow question address"));
    }
    if (host == QLatin1String("github.com")) {
        // /owner/repo/issues/12 or /owner/repo/pull/12, with anything after (/files, #issuecomment-…)
        qint64 number = 0;
        if (parts.size() >= 4 && (parts[2] == QLatin1String("issues") || parts[2] == QLatin1String("pull"))
            && parsePositiveId(parts[3], &number))
            return gitHub(parts[0], parts[1], parts[3]);
        return invalid(QStringLiteral("not a GitHub issue or pull request address"));
    }
    if (host.endsWith(QLatin1String(".stackexchange.com")) || host == QLatin1String("serverfault.com")
        || host == QLatin1String("superuser.com") || host == QLatin1String("askubuntu.com"))
        return invalid(QStringLiteral("only stackoverflow.com questions are supported, not %1").arg(host));
    return invalid(QStringLiteral("unsupported site %1: only stackoverflow.com and github.com").arg(host));
}

} // namespace

QString SourceSpec::id() const
{
    switch (kind) {
    case Kind::StackOverflow: return QStringLiteral("so:%1").arg(questionId);
    case Kind::GitHub: return QStringLiteral("gh:%1/%2#%3").arg(owner, repo).arg(number);
    case Kind::Invalid: break;
    }
    return QString();
}

QString SourceSpec::webUrl() const
{
    switch (kind) {
    case Kind::StackOverflow: return QStringLiteral("https://stackoverflow.com/q/%1").arg(questionId);
    case Kind::GitHub: return QStringLiteral("https://github.com/%1/%2/issues/%3").arg(owner, repo).arg(number);
    case Kind::Invalid: break;
    }
    return QString();
}

bool looksLikeSourceSpec(const QString &input)
{
    const QString t = input.trimmed();
    return t.startsWith(QLatin1String("so:"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("gh:"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("stackoverflow.com/"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("www.stackoverflow.com/"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("github.com/"), Qt::CaseInsensitive)
        || t.startsWith(QLatin1String("www.github.com/"), Qt::CaseInsensitive);
}

SourceSpec parseSourceSpec(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return invalid(QStringLiteral("empty source"));
    // A pasted address can be long, but nothing valid is; refusing early keeps QUrl off 10 MB.
    if (text.size() > 2048)
        return invalid(QStringLiteral("source too long"));
    if (text.startsWith(QLatin1String("so:"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("gh:"), Qt::CaseInsensitive))
        return parseShortForm(text);
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return parseWebAddress(text);
    if (looksLikeSourceSpec(text)) // a bare host, as copied from some address bars
        return parseWebAddress(QStringLiteral("https://") + text);
    return invalid(QStringLiteral("not an online source: expected so:<id>, gh:<owner>/<repo>#<n>, "
                                  "or a stackoverflow.com / github.com address"));
}

} // namespace dlrepro
