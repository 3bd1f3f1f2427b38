#include "ReportArguments.h"

#include "import/ReportImport.h"
#include "online/OnlineReport.h"

#include <QCoreApplication>

namespace dlrepro::cli {

namespace {
} // namespace

ReportArguments::ReportArguments(const QString &command)
    : m_command(command)
    , m_format(QStringLiteral("format"),
               QCoreApplication::translate("cli", "Input format: auto, stackexchange, posts-xml, github, markdown, text, html, notebook, report."),
               QStringLiteral("format"), QStringLiteral("auto"))
    , m_index(QStringLiteral("index"), QCoreApplication::translate("cli", "When the input holds several reports, use only the N-th (from 1)."),
              QStringLiteral("N"))
    , m_type(QStringList{QStringLiteral("type"), QStringLiteral("bug-type")},
             QCoreApplication::translate("cli", "Set the bug type instead of the classifier: training, model, tensor, api, gpu, mixed."),
             QStringLiteral("type"))
    , m_refresh(QStringLiteral("refresh"), QCoreApplication::translate("cli", "Fetch online reports again, ignoring the cache."))
    , m_noCache(QStringLiteral("no-cache"), QCoreApplication::translate("cli", "Neither read nor write the download cache."))
{
}

void ReportArguments::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_format, m_index, m_type, m_refresh, m_noCache});
}

int ReportArguments::load(const QCommandLineParser &parser, const QString &input, bool allowSeveral, Io io,
                          QList<Report> *reports) const
{
    InputFormat format = InputFormat::Auto;
    if (!parseInputFormat(parser.value(m_format), &format)) {
        io.err << m_command << ": " << QCoreApplication::translate("cli", "unknown input format '%1'").arg(parser.value(m_format)) << '\n';
        return 2;
    }
    int n = 0;
    if (parser.isSet(m_index)) {
        bool ok = false;
        n = parser.value(m_index).toInt(&ok);
        if (!ok || n < 1) {
            io.err << m_command << ": " << QCoreApplication::translate("cli", "--index expects a number from 1") << '\n';
            return 2;
        }
    }

    FetchOptions options;
    options.refresh = parser.isSet(m_refresh);
    options.useCache = !parser.isSet(m_noCache);
    const ImportResult imported = loadReport(input, format, options);
    if (!imported.ok()) {
        io.err << "error: " << imported.error << '\n';
        return 2;
    }
    if (n > imported.reports.size()) {
        io.err << "error: " << input << ": "
               << QCoreApplication::translate("cli", "--index %1 is out of range: it holds %n report(s)", nullptr,
                                              int(imported.reports.size()))
                      .arg(n)
               << '\n';
        return 2;
    }
    if (n > 0)
        *reports = {imported.reports.at(n - 1)};
    else if (allowSeveral)
        *reports = imported.reports;
    else
        *reports = {imported.reports.first()};
    return 0;
}

int ReportArguments::bugTypeOverride(const QCommandLineParser &parser, Io io, BugType *type) const
{
    *type = BugType::Unknown;
    if (parser.isSet(m_type) && (!parseBugType(parser.value(m_type), type) || *type == BugType::Unknown)) {
        io.err << m_command << ": " << QCoreApplication::translate("cli", "unknown bug type '%1'").arg(parser.value(m_type)) << '\n';
        return 2;
    }
    return 0;
}

} // namespace dlrepro::cli
