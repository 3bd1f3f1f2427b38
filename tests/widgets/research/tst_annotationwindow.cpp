// The annotation window on a real SQLite project: paging and SQL filters, the form saving each
// field as its own transaction (read back through a second connection), the workspace pre-fill,
// the blind rule, settling a disagreement, kappa, live mining and its exports, refused files.
#include "research/AgreementPanel.h"
#include "research/AnnotationForm.h"
#include "research/AnnotationWindow.h"
#include "research/BugTableModel.h"
#include "research/DisagreementView.h"
#include "research/LiveMining.h"
#include "research/MiningView.h"
#include "research/ProjectStore.h"
#include "rules/TransactionExport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace dlrepro;
using namespace Qt::StringLiterals;

namespace {

constexpr int kBugs = 30;

Annotation label(const QString &annotator, BugType type, std::initializer_list<EditAction> actions,
                 std::initializer_list<InformationCategory> information = {})
{
    Annotation a;
    a.annotator = annotator;
    a.bugType = type;
    for (EditAction e : actions)
        a.actions.insert(Item::action(e));
    for (InformationCategory c : information)
        a.information.insert(Item::information(c));
    return a;
}

// Bugs 1–30 (stackoverflow 1001–1030; every third PyTorch, the rest TF + Keras).
// 1–10: alice and bob agree (Training; Code snippet; D, H). 11: they disagree (Model; N, H vs N).
// 12: bob only (API; R). 13: a workspace to pre-fill from. 20–24 reproduced, 25–27 not.
bool makeProject(const QString &path, const QString &workspace, QString *error)
{
    std::unique_ptr<ProjectStore> store = openProject(path, error, OpenMode::CreateIfMissing);
    if (!store)
        return false;
    QList<qint64> keys;
    for (int i = 1; i <= kBugs; ++i) {
        ProjectBug bug;
        bug.source = QStringLiteral("stackoverflow");
        bug.id = QString::number(1000 + i);
        bug.title = QStringLiteral("Loss does not decrease, case %1").arg(i);
        bug.url = QStringLiteral("https://stackoverflow.com/questions/%1").arg(1000 + i);
        bug.framework = i % 3 == 0 ? QStringLiteral("PyTorch") : QStringLiteral("TF + Keras");
        bug.architecture = QStringLiteral("CNN");
        if (!store->putBug(&bug, error))
            return false;
        keys << bug.key;
    }
    for (int i = 1; i <= 10; ++i)
        for (const QString &who : {QStringLiteral("alice"), QStringLiteral("bob")})
            if (!store->putAnnotation(keys[i - 1], label(who, BugType::Training,
                                                         {EditAction::InputDataGeneration, EditAction::HyperparameterInitialization},
                                                         {InformationCategory::CodeSnippet}),
                                      error))
                return false;
    if (!store->putAnnotation(keys[10], label(QStringLiteral("alice"), BugType::Model,
                                              {EditAction::NeuralNetworkConstruction, EditAction::HyperparameterInitialization}),
                              error)
        || !store->putAnnotation(keys[10], label(QStringLiteral("bob"), BugType::Model, {EditAction::NeuralNetworkConstruction}), error)
        || !store->putAnnotation(keys[11], label(QStringLiteral("bob"), BugType::Api, {EditAction::ImportAddition}), error))
        return false;
    BugReproduction fromWorkspace;
    fromWorkspace.workspace = workspace;
    if (!store->putReproduction(keys[12], fromWorkspace, error))
        return false;
    for (int i = 20; i <= 27; ++i) {
        BugReproduction r;
        r.reproduced = i <= 24;
        if (!store->putReproduction(keys[i - 1], r, error))
            return false;
    }
    return true;
}

// What a reproduction workspace writes: transaction.json, exportTransactionsJson of its transaction.
bool makeWorkspace(const QString &dir)
{
    Transaction t;
    t.bugType = BugType::TensorInput;
    t.items.insert(Item::action(EditAction::InputDataGeneration));
    t.items.insert(Item::action(EditAction::ImportAddition));
    t.actionsRecorded = true;
    t.minutesTaken = 7;
    QDir().mkpath(dir);
    QFile f(dir + QStringLiteral("/transaction.json"));
    return f.open(QIODevice::WriteOnly) && f.write(exportTransactionsJson({t})) > 0;
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int indexOfAction(EditAction a)
{
    return int(allEditActions().indexOf(a));
}

} // namespace

class TestAnnotationWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_project;
    QString m_workspace;
    QStringList m_errors;

    std::unique_ptr<AnnotationWindow> openWindow()
    {
        auto w = std::make_unique<AnnotationWindow>();
        w->setErrorReporter([this](const QString &t, const QString &m) { m_errors << t + QStringLiteral(": ") + m; });
        if (!w->openProject(m_project))
            return nullptr;
        w->mining()->setDebounceMs(20);
        // The bugs come in off the UI thread.
        if (!QTest::qWaitFor([&] { return !w->bugModel()->isLoading(); }, 10000))
            return nullptr;
        return w;
    }
    qint64 keyOf(AnnotationWindow &w, int bugNumber)
    {
        const std::optional<ProjectBug> bug = w.store()->findBug(QStringLiteral("stackoverflow"), QString::number(1000 + bugNumber));
        return bug ? bug->key : 0;
    }
    // A second connection: what a save committed is on disk for it.
    std::unique_ptr<ProjectStore> reader()
    {
        QString error;
        auto store = openProject(m_project, &error, OpenMode::ExistingOnly);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("p%1.dlrproject").arg(QDateTime::currentMSecsSinceEpoch()));
        m_workspace = m_dir.filePath(QStringLiteral("ws13"));
        QVERIFY(makeWorkspace(m_workspace));
        QString error;
        QVERIFY2(makeProject(m_project, m_workspace, &error), qPrintable(error));
        m_errors.clear();
    }

    void pagesThroughTheBugs()
    {
        auto w = openWindow();
        QVERIFY(w);
        BugTableModel *model = w->bugModel();
        QCOMPARE(model->totalCount(), kBugs);
        model->setPageSize(8);
        QSignalSpy loaded(model, &BugTableModel::loaded);
        model->reload();
        QVERIFY(model->isLoading());
        QVERIFY(!model->canFetchMore()); // not while a load is on its way
        QVERIFY(loaded.count() == 1 || loaded.wait(10000));
        QCOMPARE(model->rowCount(), 8);
        QVERIFY(model->canFetchMore());
        model->fetchMore();
        QCOMPARE(model->rowCount(), 16);
        while (model->canFetchMore())
            model->fetchMore();
        QCOMPARE(model->rowCount(), kBugs);
        QCOMPARE(model->data(model->index(0, BugTableModel::IdColumn)).toString(), QStringLiteral("1001"));
        QCOMPARE(model->data(model->index(10, BugTableModel::StatusColumn)).toString(), QStringLiteral("disagreement"));
        QCOMPARE(model->data(model->index(0, BugTableModel::AnnotationsColumn)).toInt(), 2);
        QVERIFY(w->countLabel()->text().contains(QStringLiteral("30 of 30")));
    }

    void filtersInTheStore_data()
    {
        QTest::addColumn<QString>("control");
        QTest::addColumn<QString>("choice");
        QTest::addColumn<int>("expected");
        QTest::newRow("type training") << u"type"_s << bugTypeName(BugType::Training) << 10;
        QTest::newRow("type model") << u"type"_s << bugTypeName(BugType::Model) << 1;
        QTest::newRow("type gpu") << u"type"_s << bugTypeName(BugType::Gpu) << 0;
        QTest::newRow("framework pytorch") << u"framework"_s << u"PyTorch"_s << 10;
        QTest::newRow("framework keras") << u"framework"_s << u"TF + Keras"_s << 20;
        QTest::newRow("reproduced") << u"reproduced"_s << u"Reproduced"_s << 5;
        QTest::newRow("not reproduced") << u"reproduced"_s << u"Not reproduced"_s << 3;
        QTest::newRow("annotator bob") << u"annotator"_s << u"bob"_s << 12;
        QTest::newRow("annotator alice") << u"annotator"_s << u"alice"_s << 11;
        QTest::newRow("disagreement") << u"disagreement"_s << u""_s << 1;
        QTest::newRow("text") << u"text"_s << u"1012"_s << 1;
    }
    void filtersInTheStore()
    {
        QFETCH(QString, control);
        QFETCH(QString, choice);
        QFETCH(int, expected);
        auto w = openWindow();
        QVERIFY(w);
        QComboBox *box = control == QLatin1String("type") ? w->typeFilter()
                         : control == QLatin1String("framework") ? w->frameworkFilter()
                         : control == QLatin1String("reproduced") ? w->reproducedFilter()
                         : control == QLatin1String("annotator") ? w->annotatorFilter()
                                                                 : nullptr;
        if (box) {
            const int index = box->findText(choice);
            QVERIFY2(index >= 0, qPrintable(choice));
            box->setCurrentIndex(index);
        } else if (control == QLatin1String("disagreement")) {
            w->disagreementFilter()->setChecked(true);
        } else {
            w->textFilter()->setText(choice);
        }
        w->applyFilter();
        QTRY_VERIFY(!w->bugModel()->isLoading());
        QCOMPARE(w->bugModel()->totalCount(), expected);
        QCOMPARE(w->bugModel()->rowCount(), expected);
        QVERIFY(w->countLabel()->text().contains(QStringLiteral("%1 of 30").arg(expected)));
    }

    void savesEachFieldAsItIsEdited()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->setAnnotator(QStringLiteral("carol"));
        const qint64 key = keyOf(*w, 14);
        QVERIFY(w->selectBug(key));
        AnnotationForm *form = w->form();
        QCOMPARE(form->bug(), key);
        QVERIFY(form->actionBoxes().at(0)->isEnabled());
        QSignalSpy saved(form, &AnnotationForm::saved);

        form->actionBoxes().at(indexOfAction(EditAction::Logging))->click();
        QCOMPARE(saved.count(), 1);
        {
            auto r = reader();
            QVERIFY(r);
            const std::optional<Annotation> a = r->annotation(key, QStringLiteral("carol"));
            QVERIFY(a);
            QVERIFY(a->actions.contains(Item::action(EditAction::Logging)));
            QCOMPARE(a->actions.size(), 1);
        }
        form->typeBox()->setCurrentIndex(form->typeBox()->findData(int(BugType::Gpu)));
        form->informationBoxes().at(int(InformationCategory::Logs))->click();
        form->outcomeBox()->setCurrentIndex(1);
        QCOMPARE(saved.count(), 4);
        // Typed fields are saved when typing pauses.
        form->minutesBox()->setValue(12.5);
        form->notesEdit()->setPlainText(QStringLiteral("needed a GPU"));
        QTRY_COMPARE(saved.count(), 5);
        auto r = reader();
        QVERIFY(r);
        const std::optional<Annotation> a = r->annotation(key, QStringLiteral("carol"));
        QVERIFY(a);
        QCOMPARE(a->bugType, BugType::Gpu);
        QVERIFY(a->information.contains(Item::information(InformationCategory::Logs)));
        QCOMPARE(a->reproduced, std::optional<bool>(true));
        QCOMPARE(a->minutes, std::optional<double>(12.5));
        QCOMPARE(a->notes, QStringLiteral("needed a GPU"));
        QVERIFY(!a->prefilled);
        QCOMPARE(m_errors, QStringList());
    }

    void prefillsFromTheWorkspace()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->show();
        w->setAnnotator(QStringLiteral("alice"));
        const qint64 key = keyOf(*w, 13);
        QVERIFY(w->selectBug(key));
        AnnotationForm *form = w->form();
        QVERIFY2(form->isPrefilled(), qPrintable(m_errors.join(u'\n') + form->prefillBanner()->text()));
        QVERIFY(form->prefillBanner()->isVisible());
        QVERIFY(form->prefillBanner()->text().contains(m_workspace));
        QVERIFY(form->confirmButton()->isVisible());
        QCOMPARE(form->typeBox()->currentData().toInt(), int(BugType::TensorInput));
        QVERIFY(form->actionBoxes().at(indexOfAction(EditAction::InputDataGeneration))->isChecked());
        QVERIFY(form->actionBoxes().at(indexOfAction(EditAction::ImportAddition))->isChecked());
        QVERIFY(!form->actionBoxes().at(indexOfAction(EditAction::Logging))->isChecked());
        QCOMPARE(form->minutesBox()->value(), 7.0);

        form->confirmButton()->click();
        QVERIFY(!form->isPrefilled());
        QVERIFY(!form->confirmButton()->isVisible());
        auto r = reader();
        QVERIFY(r);
        const std::optional<Annotation> a = r->annotation(key, QStringLiteral("alice"));
        QVERIFY(a);
        QVERIFY(!a->prefilled);
        QVERIFY(a->actions.contains(Item::action(EditAction::ImportAddition)));
    }

    void blindUntilBothSaved()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->setAnnotator(QStringLiteral("alice"));
        const qint64 key = keyOf(*w, 12); // bob's label only
        QVERIFY(w->selectBug(key));
        DisagreementView *view = w->disagreementView();
        QCOMPARE(view->shownAnnotators(), QStringList());
        QCOMPARE(view->hiddenCount(), 1);
        QVERIFY(!view->blindLabel()->isHidden());

        w->form()->actionBoxes().at(indexOfAction(EditAction::ImportAddition))->click();
        QCOMPARE(view->shownAnnotators(), (QStringList{u"alice"_s, u"bob"_s}));
        QCOMPARE(view->hiddenCount(), 0);
        QVERIFY(view->blindLabel()->isHidden());
        // alice has not chosen a type yet, bob said API: one differing row.
        QCOMPARE(view->differingRows(), QList<int>{0});
    }

    void settlesADisagreement()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->setAnnotator(QStringLiteral("alice"));
        const qint64 key = keyOf(*w, 11);
        QVERIFY(w->selectBug(key));
        DisagreementView *view = w->disagreementView();
        QCOMPARE(view->shownAnnotators(), (QStringList{u"alice"_s, u"bob"_s}));
        const QList<int> differing = view->differingRows();
        QCOMPARE(differing.size(), 1); // Hyperparameter Initialization
        const int row = differing.first();
        QVERIFY(view->table()->verticalHeaderItem(row)->text().contains(editActionName(EditAction::HyperparameterInitialization)));
        QCOMPARE(view->table()->item(row, 0)->background().color(), QColor(0xC8, 0xE6, 0xC9)); // alice's, picked
        QCOMPARE(view->table()->item(row, 1)->background().color(), QColor(0xFF, 0xE0, 0xB2));

        QSignalSpy mined(w->mining(), &LiveMining::updated);
        view->pick(row, 1); // bob's: no H
        QVERIFY(view->settle());
        auto r = reader();
        QVERIFY(r);
        const std::optional<Annotation> final = r->finalLabel(key);
        QVERIFY(final);
        QCOMPARE(final->bugType, BugType::Model);
        QCOMPARE(final->actions, (ItemSet{Item::action(EditAction::NeuralNetworkConstruction)}));
        const int row11 = w->bugModel()->rowOfBug(key);
        QCOMPARE(w->bugModel()->data(w->bugModel()->index(row11, BugTableModel::StatusColumn)).toString(), QStringLiteral("settled"));

        // The settled bug joins the mined transactions.
        QVERIFY(mined.count() >= 1 || mined.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!w->mining()->isBusy(), 10000);
        const MiningResult &result = w->mining()->result();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.transactionCount, qint64(12)); // 1–10, 11 settled, 12 bob's alone
    }

    void agreementKappa()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->tabs()->setCurrentWidget(w->agreementPanel());
        AgreementPanel *panel = w->agreementPanel();
        panel->compute(QStringLiteral("alice"), QStringLiteral("bob"));
        QVERIFY(panel->hasReport());
        const AgreementReport &report = panel->report();
        // Bugs 1–10 identical (κ = 1); bug 11: p_o = 0.9, p_e = 0.2·0.1 + 0.8·0.9 = 0.74 → κ = 0.16/0.26.
        QCOMPARE(report.perUnit.size(), 11);
        QVERIFY(std::abs(report.perUnit.last().kappa.kappa - 0.16 / 0.26) < 1e-9);
        QVERIFY(std::abs(report.meanKappa - (10 + 0.16 / 0.26) / 11) < 1e-9);
        QVERIFY(panel->summaryLabel()->text().contains(QString::number((10 + 0.16 / 0.26) / 11, 'f', 3)));
        QCOMPARE(panel->actionTable()->rowCount(), 10);
    }

    void minesLiveAndExportsTables_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("csv") << int(TableFileFormat::Csv) << u"Input Data Generation (1.0000)"_s;
        QTest::newRow("markdown") << int(TableFileFormat::Markdown) << u"| Input Data Generation (1.0000) |"_s;
        QTest::newRow("latex") << int(TableFileFormat::Latex) << u"\\begin{tabular}"_s;
    }
    void minesLiveAndExportsTables()
    {
        QFETCH(int, format);
        QFETCH(QString, expected);
        auto w = openWindow();
        QVERIFY(w);
        LiveMining *mining = w->mining();
        QTRY_VERIFY_WITH_TIMEOUT(mining->passes() >= 1 && !mining->isBusy(), 10000);
        QVERIFY2(mining->result().ok, qPrintable(mining->result().error));
        QCOMPARE(mining->result().transactionCount, qint64(11));
        MiningView *view = w->miningView();
        const TextTable info = view->table(MiningView::Table::TopInformation);
        QCOMPARE(info.headers.first(), bugTypeName(BugType::Training));
        QCOMPARE(info.rows.first().first(), QStringLiteral("Code Snippet (1.0000)"));
        view->showTable(MiningView::Table::TopActions);
        QVERIFY(view->view()->rowCount() >= 2);

        // A save mines again, debounced, off the UI thread: Gpu appears.
        const int before = mining->passes();
        w->setAnnotator(QStringLiteral("carol"));
        QVERIFY(w->selectBug(keyOf(*w, 15)));
        w->form()->typeBox()->setCurrentIndex(w->form()->typeBox()->findData(int(BugType::Gpu)));
        w->form()->actionBoxes().at(indexOfAction(EditAction::DownloadingModels))->click();
        w->form()->actionBoxes().at(indexOfAction(EditAction::Logging))->click();
        QTRY_VERIFY_WITH_TIMEOUT(mining->passes() > before && !mining->isBusy(), 10000);
        QVERIFY(mining->passes() <= before + 2); // three saves in a burst: one or two passes, not three
        QCOMPARE(mining->result().transactionCount, qint64(12));
        QVERIFY(view->table(MiningView::Table::TopActions).headers.contains(bugTypeName(BugType::Gpu)));

        const QString path = m_dir.filePath(QStringLiteral("table.%1").arg(tableFileSuffix(TableFileFormat(format))));
        QString error;
        QVERIFY2(view->exportTable(MiningView::Table::TopActions, TableFileFormat(format), path, &error), qPrintable(error));
        const QString text = QString::fromUtf8(bytesOf(path));
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    // The project's rules go to the workbench: a rulebook mined from its labelled bugs.
    void handsItsRulesToTheWorkbench()
    {
        auto w = openWindow();
        QVERIFY(w);
        QList<Rulebook> received;
        connect(w.get(), &AnnotationWindow::rulesForWorkbench, this, [&](const Rulebook &r) { received << r; });
        QVERIFY(w->useRulesInWorkbench());
        QCOMPARE(received.size(), 1);
        QVERIFY2(received.first().source().contains(QFileInfo(m_project).fileName()), qPrintable(received.first().source()));
        QVERIFY(received.first().origin() != Rulebook::published().origin());
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("corrupt") << u"corrupt"_s;
        QTest::newRow("newer schema") << u"newer"_s;
        QTest::newRow("foreign sqlite") << u"foreign"_s;
    }
    void refusesBadFiles()
    {
        QFETCH(QString, kind);
        auto w = openWindow();
        QVERIFY(w);
        ProjectStore *before = w->store();
        const QString bad = m_dir.filePath(kind + QStringLiteral(".dlrproject"));
        if (kind == QLatin1String("corrupt")) {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("this is not a database at all\n").repeated(100));
        } else {
            {
                QString error; // a real project, closed (so that nothing waits in a WAL file)
                QVERIFY2(openProject(bad, &error, OpenMode::CreateIfMissing), qPrintable(error));
            }
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
                db.setDatabaseName(bad);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(kind == QLatin1String("newer") ? QStringLiteral("PRAGMA user_version = 999")
                                                              : QStringLiteral("DROP TABLE dlrepro_meta")));
                QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
                q.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        }
        const QByteArray bytes = bytesOf(bad);
        m_errors.clear();
        QVERIFY(!w->openProject(bad));
        QCOMPARE(m_errors.size(), 1);
        QVERIFY2(m_errors.first().contains(bad), qPrintable(m_errors.first()));
        QCOMPARE(bytesOf(bad), bytes);
        QCOMPARE(w->store(), before);
        QCOMPARE(w->projectPath(), QFileInfo(m_project).absoluteFilePath());
        QCOMPARE(w->bugModel()->totalCount(), kBugs);
    }

    void screenshot()
    {
        auto w = openWindow();
        QVERIFY(w);
        w->resize(1400, 820);
        w->show();
        w->setAnnotator(QStringLiteral("alice"));
        QVERIFY(w->selectBug(keyOf(*w, 11)));
        QTRY_VERIFY_WITH_TIMEOUT(w->mining()->passes() >= 1 && !w->mining()->isBusy(), 10000);
        QVERIFY(w->grab().save(QStringLiteral("/tmp/annotation.png")));
        w->tabs()->setCurrentWidget(w->disagreementView());
        QVERIFY(w->grab().save(QStringLiteral("/tmp/annotation-disagreement.png")));
        w->tabs()->setCurrentWidget(w->agreementPanel());
        QVERIFY(w->grab().save(QStringLiteral("/tmp/annotation-agreement.png")));
        w->tabs()->setCurrentWidget(w->miningView());
        w->miningView()->showTable(MiningView::Table::TopActions);
        QVERIFY(w->grab().save(QStringLiteral("/tmp/annotation-mining.png")));
    }
};

QTEST_MAIN(TestAnnotationWindow)
#include "tst_annotationwindow.moc"
