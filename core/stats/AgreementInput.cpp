#include "stats/AgreementInput.h"

#include "domain/EditAction.h"
#include "research/ProjectStore.h"
#include "rules/CsvReader.h"
#include "rules/Item.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include <climits>
#include <map>

using namespace Qt::StringLiterals;

namespace dlrepro {

namespace {

bool parseFlag(const QString &text, int *out)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1"_s || t == u"yes"_s || t == u"true"_s) {
        *out = 1;
        return true;
    }
    if (t == u"0"_s || t == u"no"_s || t == u"false"_s) {
        *out = 0;
        return true;
    }
    return false;
}

} // namespace

bool readTwoRaterCsv(const QByteArray &data, TwoRaterLabels *out, QString *error)
{
    auto fail = [&](const QString &message) {
        *error = message;
        return false;
    };
    QList<CsvRecord> records;
    CsvError csvError;
    if (!CsvReader::parse(data, &records, &csvError))
        return fail(QCoreApplication::translate("Agreement", "line %1, field %2: %3").arg(csvError.line).arg(csvError.column).arg(csvError.message));
    if (records.isEmpty())
        return fail(QCoreApplication::translate("Agreement", "the file is empty"));
    const QStringList header = records.first().fields;
    static const QRegularExpression labelColumn(u"^A([12])V([1-9][0-9]*)$"_s, QRegularExpression::CaseInsensitiveOption);
    std::map<int, int> columns[2]; // label number → column, per annotator
    QList<int> idColumns;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const QRegularExpressionMatch m = labelColumn.match(header.at(c).trimmed());
        if (!m.hasMatch()) {
            idColumns << int(c);
            continue;
        }
        const int rater = m.captured(1).toInt() - 1;
        const int label = m.captured(2).toInt();
        if (columns[rater].count(label))
            return fail(QCoreApplication::translate("Agreement", "the column %1 appears twice").arg(header.at(c)));
        columns[rater][label] = int(c);
    }
    if (columns[0].empty() || columns[1].empty())
        return fail(QCoreApplication::translate("Agreement", "expected label columns A1V1..A1Vk and A2V1..A2Vk; the header has %1")
                        .arg(header.join(u", "_s)));
    for (int rater = 0; rater < 2; ++rater) {
        int expected = 1;
        for (const auto &[label, column] : columns[rater]) {
            if (label != expected)
                return fail(QCoreApplication::translate("Agreement", "the column A%1V%2 is missing").arg(rater + 1).arg(expected));
            ++expected;
        }
    }
    if (columns[0].size() != columns[1].size())
        return fail(QCoreApplication::translate("Agreement", "the first annotator has %1 label columns, the second %2")
                        .arg(columns[0].size())
                        .arg(columns[1].size()));
    const int k = int(columns[0].size());

    TwoRaterLabels result;
    for (int j = 1; j <= k; ++j)
        result.labels << u"V"_s + QString::number(j);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvRecord &record = records.at(r);
        std::vector<int> values[2];
        for (int rater = 0; rater < 2; ++rater) {
            for (const auto &[label, column] : columns[rater]) {
                int v = 0;
                const QString cell = record.fields.value(column);
                if (!parseFlag(cell, &v))
                    return fail(QCoreApplication::translate("Agreement", "line %1, column %2: '%3' is not 0 or 1")
                                    .arg(record.line)
                                    .arg(header.at(column), cell));
                values[rater].push_back(v);
            }
        }
        QStringList id;
        for (int c : idColumns)
            id << record.fields.value(c).trimmed();
        id.removeAll(QString());
        result.unitIds << (id.isEmpty() ? QString::number(r) : id.join(u" / "_s));
        result.first << values[0];
        result.second << values[1];
    }
    if (result.first.isEmpty())
        return fail(QCoreApplication::translate("Agreement", "the file has a header but no rows"));
    *out = result;
    return true;
}

bool readTwoRaterCsvFile(const QString &path, TwoRaterLabels *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("Agreement", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QString message;
    if (!readTwoRaterCsv(file.readAll(), out, &message)) {
        *error = path + u": "_s + message;
        return false;
    }
    return true;
}

bool readTwoRaterProject(const ProjectStore &store, QString firstAnnotator, QString secondAnnotator, TwoRaterLabels *out,
                         QString *error)
{
    QStringList names;
    for (const Annotator &a : store.annotators())
        names << a.name;
    if (firstAnnotator.isEmpty() && secondAnnotator.isEmpty()) {
        if (names.size() != 2) {
            *error = QCoreApplication::translate("Agreement", "the project has %n annotator(s) (%1); name the two to compare", nullptr,
                                                 int(names.size()))
                         .arg(names.join(u", "_s));
            return false;
        }
        firstAnnotator = names.at(0);
        secondAnnotator = names.at(1);
    }
    for (const QString &name : {firstAnnotator, secondAnnotator}) {
        if (!names.contains(name)) {
            *error = QCoreApplication::translate("Agreement", "the project has no annotator '%1' (it has: %2)").arg(name, names.join(u", "_s));
            return false;
        }
    }
    if (firstAnnotator == secondAnnotator) {
        *error = QCoreApplication::translate("Agreement", "name two different annotators");
        return false;
    }

    TwoRaterLabels result;
    const QList<EditAction> actions = allEditActions();
    for (EditAction a : actions)
        result.labels << editActionId(a);
    BugFilter filter;
    filter.annotator = firstAnnotator;
    for (const BugSummary &summary : store.listBugs(filter, 0, INT_MAX)) {
        const std::optional<Annotation> a = store.annotation(summary.bug.key, firstAnnotator);
        const std::optional<Annotation> b = store.annotation(summary.bug.key, secondAnnotator);
        if (!a || !b || !a->actionsRecorded || !b->actionsRecorded)
            continue;
        std::vector<int> first, second;
        for (EditAction action : actions) {
            first.push_back(a->actions.contains(Item::action(action)) ? 1 : 0);
            second.push_back(b->actions.contains(Item::action(action)) ? 1 : 0);
        }
        result.unitIds << summary.bug.source + u':' + summary.bug.id;
        result.first << first;
        result.second << second;
    }
    if (result.first.isEmpty()) {
        *error = QCoreApplication::translate("Agreement", "no bug of the project has edit actions from both %1 and %2")
                     .arg(firstAnnotator, secondAnnotator);
        return false;
    }
    *out = result;
    return true;
}

} // namespace dlrepro
