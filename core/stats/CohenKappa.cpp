#include "stats/CohenKappa.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace dlrepro {

Kappa cohenKappa(const std::vector<int> &first, const std::vector<int> &second)
{
    Kappa k;
    if (first.empty() || first.size() != second.size()) {
        k.kappa = std::numeric_limits<double>::quiet_NaN();
        return k;
    }
    const double n = double(first.size());
    std::map<int, std::pair<qint64, qint64>> marginals; // label → (count by first, by second)
    qint64 agree = 0;
    for (std::size_t i = 0; i < first.size(); ++i) {
        ++marginals[first[i]].first;
        ++marginals[second[i]].second;
        if (first[i] == second[i])
            ++agree;
    }
    k.items = int(first.size());
    k.observed = double(agree) / n;
    // Σ counts products over n² in integers, so that p_e == 1 is detected exactly.
    qint64 chance = 0;
    for (const auto &[label, counts] : marginals)
        chance += counts.first * counts.second;
    const qint64 all = qint64(first.size()) * qint64(first.size());
    k.expected = double(chance) / double(all);
    if (chance == all) {
        // Only possible when both raters used one and the same label for every item.
        k.degenerate = true;
        k.kappa = 1.0;
        return k;
    }
    k.kappa = (k.observed - k.expected) / (1.0 - k.expected);
    return k;
}

bool computeAgreement(const TwoRaterLabels &data, DegenerateUnits policy, AgreementReport *report, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype k = data.labels.size();
    if (data.first.size() != data.second.size())
        return fail(QCoreApplication::translate("Agreement", "the two annotators label a different number of units (%1 and %2)")
                        .arg(data.first.size())
                        .arg(data.second.size()));
    if (data.first.isEmpty())
        return fail(QCoreApplication::translate("Agreement", "there are no units to compare"));
    if (k == 0)
        return fail(QCoreApplication::translate("Agreement", "there are no labels to compare"));
    for (qsizetype u = 0; u < data.first.size(); ++u) {
        const QString id = u < data.unitIds.size() && !data.unitIds.at(u).isEmpty() ? data.unitIds.at(u) : QString::number(u + 1);
        if (qsizetype(data.first.at(u).size()) != k || qsizetype(data.second.at(u).size()) != k)
            return fail(QCoreApplication::translate("Agreement", "unit %1 does not have %2 labels from each annotator").arg(id).arg(k));
        for (qsizetype j = 0; j < k; ++j) {
            const int a = data.first.at(u)[std::size_t(j)];
            const int b = data.second.at(u)[std::size_t(j)];
            if ((a != 0 && a != 1) || (b != 0 && b != 1))
                return fail(QCoreApplication::translate("Agreement", "unit %1, label %2: values must be 0 or 1").arg(id, data.labels.at(j)));
        }
    }

    AgreementReport r;
    r.policy = policy;
    std::vector<int> allFirst, allSecond;
    double sum = 0;
    for (qsizetype u = 0; u < data.first.size(); ++u) {
        UnitAgreement unit;
        unit.unitId = u < data.unitIds.size() ? data.unitIds.at(u) : QString();
        if (unit.unitId.isEmpty())
            unit.unitId = QString::number(u + 1);
        unit.kappa = cohenKappa(data.first.at(u), data.second.at(u));
        if (unit.kappa.degenerate)
            ++r.degenerateUnits;
        if (!unit.kappa.degenerate || policy == DegenerateUnits::CountAsOne) {
            sum += unit.kappa.kappa;
            ++r.unitsInMean;
        }
        allFirst.insert(allFirst.end(), data.first.at(u).begin(), data.first.at(u).end());
        allSecond.insert(allSecond.end(), data.second.at(u).begin(), data.second.at(u).end());
        r.perUnit << unit;
    }
    r.meanKappa = r.unitsInMean > 0 ? sum / r.unitsInMean : std::numeric_limits<double>::quiet_NaN();
    r.pooled = cohenKappa(allFirst, allSecond);
    for (qsizetype j = 0; j < k; ++j) {
        std::vector<int> a, b;
        for (qsizetype u = 0; u < data.first.size(); ++u) {
            a.push_back(data.first.at(u)[std::size_t(j)]);
            b.push_back(data.second.at(u)[std::size_t(j)]);
        }
        r.perLabel << LabelAgreement{data.labels.at(j), cohenKappa(a, b)};
    }
    *report = r;
    return true;
}

namespace {

QString fixed(double v) { return std::isnan(v) ? u"nan"_s : QString::number(v, 'f', 4); }

QString kappaCell(const Kappa &k)
{
    // The mark tells a reader of the exported table that this 1 is the documented convention.
    return k.degenerate ? fixed(k.kappa) + u'*' : fixed(k.kappa);
}

} // namespace

TextTable agreementUnitTable(const AgreementReport &report)
{
    TextTable t;
    t.caption = QCoreApplication::translate("Agreement", "Cohen's kappa per bug over the edit-action labels");
    t.headers = QStringList{QCoreApplication::translate("Agreement", "Bug"), QCoreApplication::translate("Agreement", "Kappa"),
                            QCoreApplication::translate("Agreement", "Observed agreement"),
                            QCoreApplication::translate("Agreement", "Chance agreement")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const UnitAgreement &u : report.perUnit)
        t.rows << QStringList{u.unitId, kappaCell(u.kappa), fixed(u.kappa.observed), fixed(u.kappa.expected)};
    t.rows << QStringList{QCoreApplication::translate("Agreement", "Mean over %n bug(s)", nullptr, report.unitsInMean),
                          fixed(report.meanKappa), QString(), QString()};
    t.rows << QStringList{QCoreApplication::translate("Agreement", "Pooled"), kappaCell(report.pooled), fixed(report.pooled.observed),
                          fixed(report.pooled.expected)};
    return t;
}

TextTable agreementLabelTable(const AgreementReport &report)
{
    TextTable t;
    t.caption = QCoreApplication::translate("Agreement", "Cohen's kappa per edit action over the bugs");
    t.headers = QStringList{QCoreApplication::translate("Agreement", "Label"), QCoreApplication::translate("Agreement", "Kappa"),
                            QCoreApplication::translate("Agreement", "Observed agreement"),
                            QCoreApplication::translate("Agreement", "Chance agreement")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const LabelAgreement &l : report.perLabel)
        t.rows << QStringList{l.label, kappaCell(l.kappa), fixed(l.kappa.observed), fixed(l.kappa.expected)};
    return t;
}

} // namespace dlrepro
