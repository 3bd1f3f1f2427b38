#include "SymptomExpectation.h"

#include "dynamics/DynamicsLoader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace dlrepro {

QList<SeedSymptoms> collectSeedSymptoms(TensorClient *client, const QString &runDirectory, const QList<int> &seeds,
                                        const DynamicsThresholds &thresholds)
{
    QList<SeedSymptoms> out;
    for (int seed : seeds) {
        SeedSymptoms s;
        s.seed = seed;
        const QString dir = findDynamicsDirectory(runDirectory, seed, &s.error);
        DynamicsReport report;
        if (!dir.isEmpty() && loadDynamicsReport(client, dir, thresholds.sparsityEpsilon, &report, &s.error)) {
            s.captured = true;
            s.error.clear();
            for (const DynamicsSymptom &symptom : detectDynamicsSymptoms(report, thresholds))
                if (!s.found.contains(symptom.kind))
                    s.found << symptom.kind;
        }
        out << s;
    }
    return out;
}

namespace {

QString names(const QList<DynamicsSymptomKind> &kinds)
{
    QStringList n;
    for (DynamicsSymptomKind k : kinds)
        n << dynamicsSymptomName(k);
    return n.join(QStringLiteral(", "));
}

} // namespace

Verdict requireSymptoms(Verdict verdict, const QList<DynamicsSymptomKind> &required, const QList<SeedSymptoms> &seeds,
                        bool symptomsOnly)
{
    if (required.isEmpty())
        return verdict;
    int captured = 0;
    int showing = 0;
    for (const SeedSymptoms &s : seeds) {
        if (!s.captured)
            continue;
        ++captured;
        bool all = true;
        for (DynamicsSymptomKind k : required)
            all = all && s.found.contains(k);
        showing += all ? 1 : 0;
    }
    const QString what = names(required);
    const QString counted = QCoreApplication::translate("SymptomExpectation", "%1 of %2 seeds showed %3")
                                .arg(showing)
                                .arg(seeds.size())
                                .arg(what);
    if (captured == 0) {
        if (symptomsOnly || verdict.status == VerdictStatus::Reproduced) {
            verdict.status = VerdictStatus::Inconclusive;
            verdict.reasonId = QStringLiteral("no_dynamics");
            verdict.reason = QCoreApplication::translate("SymptomExpectation", "No seed saved training dynamics to look for %1 "
                                                                               "(a PyTorch model that trains is needed).")
                                 .arg(what);
        }
        return verdict;
    }
    if (symptomsOnly) {
        verdict.seedsShowing = showing;
        if (showing == seeds.size()) {
            verdict.status = VerdictStatus::Reproduced;
            verdict.reasonId = QStringLiteral("symptom_shown");
        } else if (showing > 0) {
            verdict.status = VerdictStatus::Intermittent;
            verdict.reasonId = QStringLiteral("symptom_partial");
        } else {
            verdict.status = VerdictStatus::NotReproduced;
            verdict.reasonId = QStringLiteral("symptom_missing");
        }
        verdict.reason = counted + QLatin1Char('.');
        return verdict;
    }
    if (verdict.status != VerdictStatus::Reproduced) {
        verdict.reason += QLatin1Char(' ') + counted + QLatin1Char('.');
        return verdict;
    }
    if (showing == seeds.size()) {
        verdict.reason += QLatin1Char(' ') + counted + QLatin1Char('.');
    } else if (showing > 0) {
        verdict.status = VerdictStatus::Intermittent;
        verdict.reasonId = QStringLiteral("symptom_partial");
        verdict.reason = QCoreApplication::translate("SymptomExpectation", "The outcome was reproduced, but only %1.").arg(counted);
    } else {
        verdict.status = VerdictStatus::NotReproduced;
        verdict.reasonId = QStringLiteral("symptom_missing");
        verdict.reason = QCoreApplication::translate("SymptomExpectation", "The outcome was reproduced, but no seed showed %1, "
                                                                           "which the reproduction must show.")
                             .arg(what);
    }
    return verdict;
}

QJsonObject symptomEvidenceToJson(const QList<DynamicsSymptomKind> &required, const QList<SeedSymptoms> &seeds)
{
    QJsonArray req;
    for (DynamicsSymptomKind k : required)
        req << dynamicsSymptomId(k);
    QJsonArray perSeed;
    for (const SeedSymptoms &s : seeds) {
        QJsonArray found;
        for (DynamicsSymptomKind k : s.found)
            found << dynamicsSymptomId(k);
        QJsonObject o{{QStringLiteral("seed"), s.seed}, {QStringLiteral("captured"), s.captured},
                      {QStringLiteral("found"), found}};
        if (!s.error.isEmpty())
            o.insert(QStringLiteral("error"), s.error);
        perSeed << o;
    }
    return QJsonObject{{QStringLiteral("required"), req}, {QStringLiteral("seeds"), perSeed}};
}

} // namespace dlrepro
