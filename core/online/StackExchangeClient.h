#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace dlrepro {

class HttpSession;

// Stack Exchange API 2.3, site=stackoverflow: a question with its answers and comments, merged
// into the one question object that importReportData(…, StackExchangeJson, …) reads.
class StackExchangeClient
{
public:
    explicit StackExchangeClient(HttpSession &session);

    // $DLREPRO_STACKEXCHANGE_API, else https://api.stackexchange.com/2.3.
    static QString apiBase();
    // {base}/questions/{id}[/answers|/comments]?site=stackoverflow&filter=withbody…, with
    // &key= from $DLREPRO_STACKEXCHANGE_KEY when set.
    static QUrl endpointUrl(qint64 questionId, const QString &part);

    // On failure returns false and sets *error to one line without the input's name.
    bool fetchQuestion(qint64 questionId, QByteArray *questionJson, QString *error);

private:
    HttpSession &m_session;
};

} // namespace dlrepro
