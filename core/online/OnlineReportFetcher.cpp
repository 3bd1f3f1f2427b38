#include "OnlineReport.h"

#include "GitHubClient.h"
#include "HttpCache.h"
#include "HttpSession.h"
#include "SourceSpec.h"
#include "StackExchangeClient.h"

namespace dlrepro {

namespace {

ImportResult failed(const QString &name, const QString &what)
{
    ImportResult result;
    result.error = name + QStringLiteral(": ") + what;
    return result;
}

// The importers name a report from the data; the spec is what the user asked for, so it wins.
ImportResult stamped(ImportResult result, const SourceSpec &spec)
{
    if (!result.ok())
        return result;
    for (Report &report : result.reports) {
        report.id = spec.id();
        report.source = spec.kind == SourceSpec::Kind::GitHub ? ReportSource::GitHub : ReportSource::StackOverflow;
        if (report.url.isEmpty())
            report.url = spec.webUrl();
        if (spec.kind == SourceSpec::Kind::GitHub && report.repository.isEmpty())
            report.repository = spec.owner + QLatin1Char('/') + spec.repo;
    }
    return result;
}

} // namespace

bool isOnlineSpec(const QString &input)
{
    return looksLikeSourceSpec(input);
}

ImportResult fetchOnlineReport(const QString &input, const FetchOptions &options)
{
    const SourceSpec spec = parseSourceSpec(input);
    if (!spec.isValid())
        return failed(input.trimmed().left(200), spec.error);
    const QString name = spec.id();

    HttpSession::Options http;
    http.timeoutMs = options.timeoutMs > 0 ? options.timeoutMs : 30000;
    http.readCache = options.useCache && !options.refresh;
    http.writeCache = options.useCache;
    if (options.useCache)
        http.cacheDir = options.cacheDir.isEmpty() ? HttpCache::defaultDirectory() : options.cacheDir;
    http.maxBodyBytes = kMaxReportFileBytes;
    HttpSession session(http);

    QString error;
    if (spec.kind == SourceSpec::Kind::StackOverflow) {
        QByteArray question;
        if (!StackExchangeClient(session).fetchQuestion(spec.questionId, &question, &error))
            return failed(name, error);
        return stamped(importReportData(question, InputFormat::StackExchangeJson, name), spec);
    }
    QByteArray issue, comments;
    if (!GitHubClient(session).fetchIssue(spec.owner, spec.repo, spec.number, &issue, &comments, &error))
        return failed(name, error);
    return stamped(importGitHubIssue(issue, comments, name), spec);
}

} // namespace dlrepro
