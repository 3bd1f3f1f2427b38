// dlrepro-cli verify --expect-symptom: a training-dynamics symptom as (part of) the expected
// outcome, checked on real PyTorch runs through the real helper.
#include "CliRun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using clitest::runCli;

class TestCliVerifySymptom : public QObject
{
    Q_OBJECT

    static QString fixture(const char *name) { return QStringLiteral(DLREPRO_FIXTURES "/dynamics/") + QLatin1String(name); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/torch/__init__.py")))
            QSKIP("no torch for /usr/bin/python3");
    }

    void symptomShownIsReproduced()
    {
        const auto r = runCli({QStringLiteral("verify"), fixture("vanishing.py"), QStringLiteral("--python"),
                               QStringLiteral("/usr/bin/python3"), QStringLiteral("--seeds"), QStringLiteral("0,1"),
                               QStringLiteral("--expect-symptom"), QStringLiteral("vanishing"), QStringLiteral("--json")},
                              240000);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject v = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(v.value(QLatin1String("reason_id")).toString(), QStringLiteral("symptom_shown"));
        QCOMPARE(v.value(QLatin1String("symptoms")).toObject().value(QLatin1String("seeds")).toArray().size(), 2);
    }

    void healthyRunDoesNotShowIt()
    {
        const auto r = runCli({QStringLiteral("verify"), fixture("healthy.py"), QStringLiteral("--python"),
                               QStringLiteral("/usr/bin/python3"), QStringLiteral("--seeds"), QStringLiteral("0"),
                               QStringLiteral("--expect-symptom"), QStringLiteral("vanishing"), QStringLiteral("--json")},
                              240000);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QLatin1String("reason_id")).toString(),
                 QStringLiteral("symptom_missing"));
    }

    void unknownSymptomIsUsage()
    {
        const auto r = runCli({QStringLiteral("verify"), fixture("healthy.py"), QStringLiteral("--expect-symptom"),
                               QStringLiteral("sadness")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown symptom 'sadness'")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliVerifySymptom)
#include "tst_cliverifysymptom.moc"
