#include "EditTestSupport.h"

using namespace dlrepro;

// Before/after pairs in tests/fixtures/edit/V/ (typical Stack Overflow snippets).
class tst_VersionMigration : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data() { test::addFixtureRows(QStringLiteral("V")); }
    void fixtures() { test::checkFixtureRow(EditAction::VersionMigration, {QStringLiteral("torch-legacy")}); }
};

QTEST_GUILESS_MAIN(tst_VersionMigration)
#include "tst_versionmigration.moc"
