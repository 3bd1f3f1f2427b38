#include "EditTestSupport.h"

using namespace dlrepro;

// Before/after pairs in tests/fixtures/edit/O/ (typical Stack Overflow snippets).
class tst_ObsoleteParameters : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data() { test::addFixtureRows(QStringLiteral("O")); }
    void fixtures() { test::checkFixtureRow(EditAction::ObsoleteParameterRemoval, {QStringLiteral("torch-loss")}); }
};

QTEST_GUILESS_MAIN(tst_ObsoleteParameters)
#include "tst_obsoleteparameters.moc"
