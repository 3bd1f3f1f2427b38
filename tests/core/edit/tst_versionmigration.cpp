#include "EditTestSupport.h"

using namespace dlrepro;

// Before/after pairs in tests/fixtures/edit/V/ (typical Stack Overflow snippets).
class tst_VersionMigration : public QObject {
    Q_OBJECT
private slots:
    void fixtures_data() { test::addFixtureRows(QStringLiteral("V")); }
    void fixtures() { test::checkFixtureRow(EditAction::VersionMigration, {QStringLiteral("torch-legacy")}); }

    // tf.contrib uses with no TF2 home (or a mode GlorotUniform lacks) stay as written, with the
    // note from migrations.json beside the other changes.
    void contribNotes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("noteStart");
        const QString cell = QStringLiteral("c = tf.contrib.rnn.GRUCell(8)\n");
        const QString done = QStringLiteral("c = tf.keras.layers.GRUCell(8)\n");
        QTest::newRow("DropoutWrapper") << cell + QStringLiteral("d = tf.contrib.rnn.DropoutWrapper(c, 0.5)\n")
                                        << done + QStringLiteral("d = tf.contrib.rnn.DropoutWrapper(c, 0.5)\n")
                                        << QStringLiteral("tf.contrib.rnn.DropoutWrapper has no TF2 equivalent");
        QTest::newRow("learn") << cell + QStringLiteral("m = tf.contrib.learn.datasets.load_dataset('iris')\n")
                               << done + QStringLiteral("m = tf.contrib.learn.datasets.load_dataset('iris')\n")
                               << QStringLiteral("tf.contrib.learn was removed");
        QTest::newRow("uniform=False") << cell + QStringLiteral("i = tf.contrib.layers.xavier_initializer(uniform=False)\n")
                                       << done + QStringLiteral("i = tf.contrib.layers.xavier_initializer(uniform=False)\n")
                                       << QStringLiteral("tf.contrib was removed in TensorFlow 2: xavier_initializer");
    }
    void contribNotes()
    {
        QFETCH(QString, code);
        QFETCH(QString, expected);
        QFETCH(QString, noteStart);
        const Proposal p = test::propose(EditAction::VersionMigration, code);
        QCOMPARE(p.newCode, expected);
        QCOMPARE(p.changes.size(), 2);
        QCOMPARE(p.changes.at(1).line, p.changes.at(0).line + 1);
        QCOMPARE(p.changes.at(1).after, QString());
        QVERIFY2(p.changes.at(1).description.startsWith(noteStart), qPrintable(p.changes.at(1).description));
    }
    void contribAloneNoteOnly()
    {
        const Proposal p = test::propose(EditAction::VersionMigration, QStringLiteral("d = tf.contrib.rnn.DropoutWrapper(c)\n"));
        QVERIFY(!p.hasChanges());
        QCOMPARE(p.newCode, QStringLiteral("d = tf.contrib.rnn.DropoutWrapper(c)\n"));
    }
};

QTEST_GUILESS_MAIN(tst_VersionMigration)
#include "tst_versionmigration.moc"
