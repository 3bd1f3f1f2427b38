// requireSymptoms: how a required training-dynamics symptom changes a verdict.
#include "dynamics/SymptomExpectation.h"

#include <QJsonArray>
#include <QTest>

using namespace dlrepro;

Q_DECLARE_METATYPE(dlrepro::VerdictStatus)

namespace {

// Seeds as a string: 'v' shows vanishing gradients, '-' shows nothing, 'x' captured nothing.
QList<SeedSymptoms> seedsFrom(const QString &pattern)
{
    QList<SeedSymptoms> out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        SeedSymptoms s;
        s.seed = int(i);
        s.captured = pattern[i] != QLatin1Char('x');
        if (pattern[i] == QLatin1Char('v'))
            s.found << DynamicsSymptomKind::SlowConvergence << DynamicsSymptomKind::VanishingGradients;
        out << s;
    }
    return out;
}

} // namespace

class TestSymptomExpectation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void foldsIntoTheVerdict_data()
    {
        QTest::addColumn<VerdictStatus>("before");
        QTest::addColumn<bool>("symptomsOnly");
        QTest::addColumn<QString>("seeds");
        QTest::addColumn<VerdictStatus>("after");
        QTest::addColumn<QString>("reasonId");
        using S = VerdictStatus;
        QTest::newRow("alone, all seeds") << S::Inconclusive << true << QStringLiteral("vvv") << S::Reproduced << QStringLiteral("symptom_shown");
        QTest::newRow("alone, some") << S::Inconclusive << true << QStringLiteral("v-v") << S::Intermittent << QStringLiteral("symptom_partial");
        QTest::newRow("alone, none") << S::Inconclusive << true << QStringLiteral("---") << S::NotReproduced << QStringLiteral("symptom_missing");
        QTest::newRow("alone, nothing captured") << S::Inconclusive << true << QStringLiteral("xxx") << S::Inconclusive << QStringLiteral("no_dynamics");
        QTest::newRow("reproduced, all") << S::Reproduced << false << QStringLiteral("vv") << S::Reproduced << QStringLiteral("kept");
        QTest::newRow("reproduced, some") << S::Reproduced << false << QStringLiteral("v-") << S::Intermittent << QStringLiteral("symptom_partial");
        QTest::newRow("reproduced, none") << S::Reproduced << false << QStringLiteral("--") << S::NotReproduced << QStringLiteral("symptom_missing");
        QTest::newRow("reproduced, nothing captured") << S::Reproduced << false << QStringLiteral("xx") << S::Inconclusive << QStringLiteral("no_dynamics");
        QTest::newRow("not reproduced stays") << S::NotReproduced << false << QStringLiteral("vv") << S::NotReproduced << QStringLiteral("kept");
    }

    void foldsIntoTheVerdict()
    {
        QFETCH(VerdictStatus, before);
        QFETCH(bool, symptomsOnly);
        QFETCH(QString, seeds);
        QFETCH(VerdictStatus, after);
        QFETCH(QString, reasonId);
        Verdict v;
        v.status = before;
        v.reasonId = QStringLiteral("kept");
        v.reason = QStringLiteral("Before.");
        const Verdict out = requireSymptoms(v, {DynamicsSymptomKind::VanishingGradients}, seedsFrom(seeds), symptomsOnly);
        QCOMPARE(out.status, after);
        QCOMPARE(out.reasonId, reasonId);
        QVERIFY2(out.reason.contains(QStringLiteral("vanishing")), qPrintable(out.reason));
    }

    void nothingRequiredChangesNothing()
    {
        Verdict v;
        v.status = VerdictStatus::Reproduced;
        v.reason = QStringLiteral("As it was.");
        const Verdict out = requireSymptoms(v, {}, seedsFrom(QStringLiteral("--")), false);
        QCOMPARE(out.status, VerdictStatus::Reproduced);
        QCOMPARE(out.reason, v.reason);
    }

    void evidenceJson()
    {
        const QJsonObject j = symptomEvidenceToJson({DynamicsSymptomKind::VanishingGradients}, seedsFrom(QStringLiteral("vx")));
        QCOMPARE(j.value(QLatin1String("required")).toArray().first().toString(), QStringLiteral("vanishing_gradients"));
        const QJsonArray seeds = j.value(QLatin1String("seeds")).toArray();
        QCOMPARE(seeds.size(), 2);
        QCOMPARE(seeds[0].toObject().value(QLatin1String("found")).toArray().size(), 2);
        QCOMPARE(seeds[1].toObject().value(QLatin1String("captured")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestSymptomExpectation)
#include "tst_symptomexpectation.moc"
