#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace dlrepro {

// The study's filters (thesis 4.3.1–4.3.2) as settings of one `select` run.
struct SelectOptions {
    // Framework tags, most specific last is not assumed: a question tagged with several of them
    // is counted under the first one in this order (each question lands in one table row).
    QStringList frameworks{QStringLiteral("pytorch"), QStringLiteral("tensorflow"), QStringLiteral("keras")};
    // Creation date range, both ends inclusive; an invalid QDateTime leaves that end open.
    // The study used May 2020 – May 2023.
    QDateTime since;
    QDateTime until;
    // The study's final dataset (Table 4.2) holds only questions with a tag of Table 4.1; set
    // this to also keep the ones no tag classifies (counted in an "Untyped" column).
    bool keepUntyped = false;
};

// Parses a --since/--until value: "2020-05-01" or an ISO date-time ("2020-05-01T12:00:00",
// UTC unless it carries an offset). A bare date given as the end of a range means the end of
// that day, so that --until 2023-05-31 includes questions asked on May 31.
bool parseSelectDate(const QString &text, bool endOfRange, QDateTime *out);

} // namespace dlrepro
