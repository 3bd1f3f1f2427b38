#include "EditTestSupport.h"

using namespace dlrepro;

// Before/after pairs in tests/fixtures/edit/C/ (typical Stack Overflow snippets).
class tst_CompilerErrors : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data() { test::addFixtureRows(QStringLiteral("C")); }
    void fixtures() { test::checkFixtureRow(EditAction::CompilerErrorResolution, {QStringLiteral("criterion"), QStringLiteral("missing-colon"), QStringLiteral("notebook"), QStringLiteral("py2-print")}); }
};

QTEST_GUILESS_MAIN(tst_CompilerErrors)
#include "tst_compilererrors.moc"
