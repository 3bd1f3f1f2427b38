#pragma once

#include "Commands.h"

#include "domain/BugType.h"
#include "report/Report.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace dlrepro::cli {

// The options of every command that reads a report (inspect, hints, …): --format, --index,
// --type (alias --bug-type), --refresh, --no-cache, and the loading that goes with them, so the
// commands accept the same inputs and fail on them with the same words.
class ReportArguments
{
public:
    explicit ReportArguments(const QString &command);

    void addTo(QCommandLineParser &parser) const;

    // After parsing: loads <input> and applies --index (all reports when it is not given and
    // allowSeveral is true; the first otherwise). Prints the error and returns 2 on bad input,
    // 0 on success.
    int load(const QCommandLineParser &parser, const QString &input, bool allowSeveral, Io io,
             QList<Report> *reports) const;

    // The --type override, BugType::Unknown when not given. Returns 2 (after printing why) for
    // an unknown type, 0 otherwise.
    int bugTypeOverride(const QCommandLineParser &parser, Io io, BugType *type) const;

private:
    QString m_command;
    QCommandLineOption m_format;
    QCommandLineOption m_index;
    QCommandLineOption m_type;
    QCommandLineOption m_refresh;
    QCommandLineOption m_noCache;
};

} // namespace dlrepro::cli
