#include "EditTestSupport.h"

using namespace dlrepro;

// Before/after pairs in tests/fixtures/edit/R/ (typical Stack Overflow snippets).
class tst_ImportAddition : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data() { test::addFixtureRows(QStringLiteral("R")); }
    void fixtures() { test::checkFixtureRow(EditAction::ImportAddition, {QStringLiteral("torch-missing-imports")}); }
};

QTEST_GUILESS_MAIN(tst_ImportAddition)
#include "tst_importaddition.moc"
