#pragma once

#include "domain/BugType.h"
#include "import/PostsXmlReader.h"
#include "report/Report.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace dlrepro {

// A question `select` kept: the report (question plus its accepted answer) and how the corpus
// counts it.
struct SelectedQuestion {
    Report report;
    QString framework;             // the --tags entry it was counted under
    BugType bugType = BugType::Unknown;
    QList<BugType> bugTypeParts;   // for Mixed
};

// The report of a question row: id "so:<Id>", its stackoverflow.com address, title, tags, and
// the body converted from HTML (code blocks found, the HTML kept as the original).
Report reportFromQuestionRow(const PostRow &question);
// An answer row as the report's accepted answer.
Answer acceptedAnswerFromRow(const PostRow &answer);

// One JSON line: reportToJson plus a "selection" object {framework, bug_type, bug_type_parts}.
// reportFromJson ignores the extra key, so the line still reads back as a dlrepro report.
QJsonObject selectedQuestionToJson(const SelectedQuestion &question);

} // namespace dlrepro
