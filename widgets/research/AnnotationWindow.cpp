#include "AnnotationWindow.h"

#include "AgreementPanel.h"
#include "AnnotationForm.h"
#include "BugTableModel.h"
#include "DisagreementView.h"
#include "LiveMining.h"
#include "MiningView.h"
#include "research/ProjectExchange.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

enum ReproducedChoice { AnyOutcome, Reproduced, NotReproduced };

// Mining reads the project through a connection of the worker thread's own.
LiveMining::Source projectTransactions(const QString &path)
{
    return [path](QList<Transaction> *out, QString *error) {
        std::unique_ptr<ProjectStore> store = dlrepro::openProject(path, error, OpenMode::ExistingOnly);
        if (!store)
            return false;
        *out = store->transactions();
        return true;
    };
}

// The bugs table's count and first page, likewise.
BugTableModel::Loader projectBugs(const QString &path)
{
    return [path](const BugFilter &filter, int pageSize, QList<BugSummary> *rows, int *count, QString *error) {
        std::unique_ptr<ProjectStore> store = dlrepro::openProject(path, error, OpenMode::ExistingOnly);
        if (!store)
            return false;
        *count = store->countBugs(filter);
        *rows = store->listBugs(filter, 0, pageSize);
        return true;
    };
}

} // namespace

AnnotationWindow::AnnotationWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("dlrepro — Research project"));
    resize(1280, 800);

    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(250);
    connect(&m_textDelay, &QTimer::timeout, this, &AnnotationWindow::applyFilter);

    // Left: filters and the bugs table.
    auto *left = new QWidget(this);
    m_typeFilter = new QComboBox(left);
    m_typeFilter->addItem(tr("Any type"), -1);
    for (BugType t : allBugTypes())
        m_typeFilter->addItem(bugTypeName(t), int(t));
    m_frameworkFilter = new QComboBox(left);
    m_reproducedFilter = new QComboBox(left);
    m_reproducedFilter->addItem(tr("Reproduced or not"));
    m_reproducedFilter->addItem(tr("Reproduced"));
    m_reproducedFilter->addItem(tr("Not reproduced"));
    m_annotatorFilter = new QComboBox(left);
    m_disagreementFilter = new QCheckBox(tr("&Disagreements only"), left);
    m_textFilter = new QLineEdit(left);
    m_textFilter->setPlaceholderText(tr("Search id, title, tags"));
    m_textFilter->setClearButtonEnabled(true);
    for (QComboBox *box : {m_typeFilter, m_frameworkFilter, m_reproducedFilter, m_annotatorFilter})
        connect(box, &QComboBox::activated, this, &AnnotationWindow::applyFilter);
    connect(m_disagreementFilter, &QCheckBox::toggled, this, &AnnotationWindow::applyFilter);
    connect(m_textFilter, &QLineEdit::textChanged, this, [this] { m_textDelay.start(); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_typeFilter);
    filters->addWidget(m_frameworkFilter);
    filters->addWidget(m_reproducedFilter);
    filters->addWidget(m_annotatorFilter);
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(m_textFilter, 1);
    filters2->addWidget(m_disagreementFilter);

    m_model = new BugTableModel(this);
    m_table = new QTableView(left);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(BugTableModel::TitleColumn, QHeaderView::Stretch);
    // Fixed widths: sizing to contents would measure every loaded row again on each page.
    const int ch = m_table->fontMetrics().averageCharWidth();
    const int pad = 2 * m_table->style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    m_table->setColumnWidth(BugTableModel::SourceColumn, 14 * ch + pad);
    m_table->setColumnWidth(BugTableModel::IdColumn, 9 * ch + pad);
    m_table->setColumnWidth(BugTableModel::FrameworkColumn, 11 * ch + pad);
    m_table->setColumnWidth(BugTableModel::TypeColumn, 14 * ch + pad);
    m_table->setColumnWidth(BugTableModel::ReproducedColumn, 12 * ch + pad);
    m_table->setColumnWidth(BugTableModel::AnnotationsColumn, 7 * ch + pad);
    m_table->setColumnWidth(BugTableModel::StatusColumn, 13 * ch + pad);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AnnotationWindow::bugChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AnnotationWindow::bugChanged);
    connect(m_model, &BugTableModel::loaded, this, [this] {
        updateCount();
        if (!selectBug(m_keepBug) && m_model->rowCount() > 0)
            m_table->selectRow(0);
    });
    connect(m_model, &BugTableModel::loadFailed, this, [this](const QString &message) {
        reportError(tr("Cannot list the bugs"), message);
    });
    m_count = new QLabel(left);

    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(filters2);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_count);

    // Right: what is done with the selected bug, and with the project.
    m_tabs = new QTabWidget(this);
    m_form = new AnnotationForm(m_tabs);
    m_disagreement = new DisagreementView(m_tabs);
    m_agreement = new AgreementPanel(m_tabs);
    m_miningView = new MiningView(m_tabs);
    m_tabs->addTab(m_form, tr("&Label"));
    m_tabs->addTab(m_disagreement, tr("Dis&agreement"));
    m_tabs->addTab(m_agreement, tr("A&greement (κ)"));
    m_tabs->addTab(m_miningView, tr("&Rules && tables"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_agreement && m_agreementStale) {
            m_agreementStale = false;
            m_agreement->setStore(m_store.get());
        }
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    setCentralWidget(split);

    auto *bar = addToolBar(tr("Annotator"));
    bar->setObjectName(QStringLiteral("annotatorBar"));
    bar->addWidget(new QLabel(tr("Annotator: "), bar));
    m_annotator = new QComboBox(bar);
    m_annotator->setMinimumContentsLength(12);
    bar->addWidget(m_annotator);
    bar->addAction(tr("Add…"), this, &AnnotationWindow::addAnnotator);
    connect(m_annotator, &QComboBox::activated, this, [this] { setAnnotator(annotator()); });

    auto forward = [this](const QString &title, const QString &message) { reportError(title, message); };
    connect(m_form, &AnnotationForm::errorOccurred, this, forward);
    connect(m_disagreement, &DisagreementView::errorOccurred, this, forward);
    connect(m_agreement, &AgreementPanel::errorOccurred, this, forward);
    connect(m_miningView, &MiningView::errorOccurred, this, forward);
    connect(m_form, &AnnotationForm::saved, this, [this](qint64 key) { labelSaved(key, false); });
    connect(m_disagreement, &DisagreementView::settled, this, [this](qint64 key) { labelSaved(key, true); });

    buildMenus();
    fillChoices();
    updateCount();
}

AnnotationWindow::~AnnotationWindow()
{
    m_form->flush();
    m_mining.reset(); // waits for a pass that holds its own connection
}

void AnnotationWindow::buildMenus()
{
    QMenu *project = menuBar()->addMenu(tr("&Project"));
    project->addAction(tr("&New project…"), this, &AnnotationWindow::newProject);
    project->addAction(tr("&Open project…"), QKeySequence::Open, this, &AnnotationWindow::chooseProject);
    project->addSeparator();
    project->addAction(tr("&Import replication CSV…"), this, &AnnotationWindow::importFiles);
    project->addAction(tr("Export replication &CSV files…"), this, &AnnotationWindow::exportCsvFiles);
    project->addAction(tr("Export &JSON…"), this, &AnnotationWindow::exportJson);
    project->addSeparator();
    project->addAction(tr("Use these rules for the workbench's &hints"), this, &AnnotationWindow::useRulesInWorkbench);
    project->addSeparator();
    project->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    QMenu *annotators = menuBar()->addMenu(tr("&Annotator"));
    annotators->addAction(tr("&Add annotator…"), this, &AnnotationWindow::addAnnotator);
}

bool AnnotationWindow::useRulesInWorkbench()
{
    if (!m_store)
        return false;
    const QList<Transaction> transactions = m_store->transactions();
    if (transactions.isEmpty()) {
        reportError(tr("No rules to use"), tr("%1 has no labelled bugs yet.").arg(m_path));
        return false;
    }
    emit rulesForWorkbench(Rulebook::fromTransactions(transactions, {m_path}));
    statusBar()->showMessage(tr("The workbench's hints now use the rules mined from %n bug(s) of this project", nullptr,
                                int(transactions.size())),
                             6000);
    return true;
}

void AnnotationWindow::reportError(const QString &title, const QString &message)
{
    if (m_reportError)
        m_reportError(title, message);
    else
        QMessageBox::critical(this, title, message);
}

bool AnnotationWindow::openProject(const QString &path, OpenMode mode)
{
    QString error;
    std::unique_ptr<ProjectStore> store = dlrepro::openProject(path, &error, mode);
    if (!store) {
        reportError(tr("Cannot open the project"), error);
        return false;
    }
    m_form->flush();
    m_mining.reset();
    m_form->setStore(nullptr);
    m_disagreement->setStore(nullptr);
    m_agreement->setStore(nullptr);
    m_model->setStore(nullptr);

    m_store = std::move(store);
    m_path = QFileInfo(path).absoluteFilePath();
    setWindowTitle(tr("%1 — dlrepro research project").arg(QFileInfo(path).fileName()));
    m_allBugs = m_store->countBugs();
    fillChoices();
    m_keepBug = 0;
    m_model->setLoader(projectBugs(m_path));
    m_model->setFilter(filterFromControls());
    m_model->setStore(m_store.get());
    m_form->setStore(m_store.get());
    m_form->setAnnotator(annotator());
    m_disagreement->setStore(m_store.get());
    m_disagreement->setViewer(annotator());
    m_agreement->setStore(nullptr); // computed when its tab is shown
    m_agreementStale = true;
    if (m_tabs->currentWidget() == m_agreement) {
        m_agreementStale = false;
        m_agreement->setStore(m_store.get());
    }
    updateCount();

    m_mining = std::make_unique<LiveMining>(projectTransactions(m_path));
    connect(m_mining.get(), &LiveMining::started, m_miningView, [this] { m_miningView->setBusy(true); });
    connect(m_mining.get(), &LiveMining::updated, m_miningView, &MiningView::setResult);
    m_miningView->clear();
    m_mining->updateNow();
    return true;
}

void AnnotationWindow::fillChoices()
{
    const QString framework = m_frameworkFilter->currentData().toString();
    const QString filterAnnotator = m_annotatorFilter->currentData().toString();
    const QString current = annotator();
    m_frameworkFilter->clear();
    m_frameworkFilter->addItem(tr("Any framework"), QString());
    m_annotatorFilter->clear();
    m_annotatorFilter->addItem(tr("Any annotator"), QString());
    m_annotator->clear();
    m_annotator->addItem(tr("(choose)"), QString());
    if (m_store) {
        for (const QString &f : m_store->frameworks())
            m_frameworkFilter->addItem(f, f);
        for (const Annotator &a : m_store->annotators()) {
            m_annotatorFilter->addItem(a.name, a.name);
            m_annotator->addItem(a.name, a.name);
        }
    }
    m_frameworkFilter->setCurrentIndex(std::max(0, m_frameworkFilter->findData(framework)));
    m_annotatorFilter->setCurrentIndex(std::max(0, m_annotatorFilter->findData(filterAnnotator)));
    m_annotator->setCurrentIndex(std::max(0, m_annotator->findData(current)));
}

QString AnnotationWindow::annotator() const
{
    return m_annotator->currentData().toString();
}

void AnnotationWindow::setAnnotator(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (m_store && !trimmed.isEmpty() && m_annotator->findData(trimmed) < 0) {
        QString error;
        if (!m_store->putAnnotator(Annotator{trimmed, QString()}, &error)) {
            reportError(tr("Cannot add the annotator"), error);
            return;
        }
        m_annotator->addItem(trimmed, trimmed);
        m_annotatorFilter->addItem(trimmed, trimmed);
        m_agreementStale = true;
    }
    m_annotator->setCurrentIndex(std::max(0, m_annotator->findData(trimmed)));
    m_form->setAnnotator(annotator());
    m_disagreement->setViewer(annotator());
}

void AnnotationWindow::addAnnotator()
{
    if (!m_store) {
        reportError(tr("No project"), tr("Open a project first."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add annotator"), tr("Name (as the labels will record it):"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        setAnnotator(name);
}

BugFilter AnnotationWindow::filterFromControls() const
{
    BugFilter f;
    if (const int type = m_typeFilter->currentData().toInt(); type >= 0)
        f.bugType = BugType(type);
    f.framework = m_frameworkFilter->currentData().toString();
    if (m_reproducedFilter->currentIndex() != AnyOutcome)
        f.reproduced = m_reproducedFilter->currentIndex() == Reproduced;
    f.annotator = m_annotatorFilter->currentData().toString();
    f.disagreementOnly = m_disagreementFilter->isChecked();
    f.text = m_textFilter->text().trimmed();
    return f;
}

void AnnotationWindow::applyFilter()
{
    m_textDelay.stop();
    if (!m_model->isLoading())
        m_keepBug = currentBug();
    m_model->setFilter(filterFromControls());
    updateCount();
}

bool AnnotationWindow::selectBug(qint64 key)
{
    const int row = key ? m_model->rowOfBug(key) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

qint64 AnnotationWindow::currentBug() const
{
    return m_model->bugKey(m_table->currentIndex().row());
}

void AnnotationWindow::bugChanged()
{
    const qint64 key = currentBug();
    if (key == m_form->bug() && key == 0)
        return;
    m_form->setBug(key);
    m_disagreement->setBug(key);
}

void AnnotationWindow::labelSaved(qint64 key, bool settled)
{
    m_model->refreshBug(key);
    if (!settled)
        m_disagreement->refresh(); // the blind rule may have just let the other side show
    else
        m_form->reload();
    m_agreementStale = true;
    if (m_tabs->currentWidget() == m_agreement) {
        m_agreementStale = false;
        m_agreement->setStore(m_store.get());
    }
    if (m_mining)
        m_mining->requestUpdate();
}

void AnnotationWindow::updateCount()
{
    if (!m_store)
        m_count->setText(tr("No project open (Project → Open project…)."));
    else
        m_count->setText(m_model->isLoading() ? tr("Filtering %1 bugs…").arg(m_allBugs)
                                              : tr("%1 of %2 bugs match.").arg(m_model->totalCount()).arg(m_allBugs));
}

void AnnotationWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open research project"), QString(),
                                                      tr("dlrepro projects (*.dlrproject *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void AnnotationWindow::newProject()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New research project"), QStringLiteral("project.dlrproject"),
                                                      tr("dlrepro projects (*.dlrproject)"));
    if (!path.isEmpty())
        openProject(path, OpenMode::CreateIfMissing);
}

void AnnotationWindow::importFiles()
{
    if (!m_store) {
        reportError(tr("No project"), tr("Open or create a project first."));
        return;
    }
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import replication CSV files"), QString(),
                                                            tr("CSV files (*.csv)"));
    int rows = 0;
    for (const QString &file : files) {
        ProjectImportReport report;
        QString error;
        if (!importProjectFile(*m_store, file, &report, &error)) {
            reportError(tr("Cannot import"), error);
            break;
        }
        rows += report.rows;
    }
    if (files.isEmpty())
        return;
    m_allBugs = m_store->countBugs();
    fillChoices();
    applyFilter();
    statusBar()->showMessage(tr("Imported %n row(s).", nullptr, rows), 5000);
    if (m_mining)
        m_mining->requestUpdate();
    m_agreementStale = true;
}

void AnnotationWindow::exportCsvFiles()
{
    if (!m_store)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Export the replication CSV files into"));
    if (dir.isEmpty())
        return;
    QStringList written;
    QString error;
    if (!exportProjectCsvFiles(*m_store, dir, &written, &error))
        reportError(tr("Cannot export"), error);
    else
        statusBar()->showMessage(tr("Wrote %n file(s).", nullptr, int(written.size())), 5000);
}

void AnnotationWindow::exportJson()
{
    if (!m_store)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the project as JSON"), QStringLiteral("project.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(exportProjectJson(*m_store)) < 0 || !file.commit())
        reportError(tr("Cannot export"), tr("%1: %2").arg(path, file.errorString()));
}

void AnnotationWindow::closeEvent(QCloseEvent *event)
{
    m_form->flush();
    QMainWindow::closeEvent(event);
}

} // namespace dlrepro
