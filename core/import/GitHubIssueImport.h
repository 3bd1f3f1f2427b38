#pragma once

#include "ReportImport.h"

#include <QJsonArray>
#include <QJsonObject>

namespace dlrepro {

// A GitHub REST issue object and the comment objects of its comments_url (may be empty).
ImportResult importGitHubIssueObject(const QJsonObject &issue, const QJsonArray &comments,
                                     const QString &inputName);

// True when the object looks like a REST issue (number plus title or html_url/repository_url).
bool isGitHubIssue(const QJsonObject &object);

// "https://api.github.com/repos/owner/repo" or "https://github.com/owner/repo/issues/3" → "owner/repo".
QString gitHubRepositoryFromUrl(const QString &url);

} // namespace dlrepro
