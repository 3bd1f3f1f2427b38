#include "MainWindow.h"

#include "ClassificationPanel.h"
#include "FactListView.h"
#include "FactModel.h"
#include "InformationTable.h"
#include "RecentFiles.h"
#include "ReportLoader.h"
#include "ReportView.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

QString firstLocalFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return QString();
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return QString();
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("dlrepro"));
    setAcceptDrops(true);
    m_reportError = [this](const QString &title, const QString &message) {
        QMessageBox::warning(this, title, message);
    };

    m_reportView = new ReportView(this);
    m_factList = new FactListView(this);
    m_classification = new ClassificationPanel(this);
    m_information = new InformationTable(this);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_reportView);
    left->addWidget(m_factList);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);

    // A layout, not a splitter: it gives the panel's word-wrapped reason the height it needs.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_classification, 0);
    rightLayout->addWidget(m_information, 1);

    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(right);
    main->setStretchFactor(0, 3);
    main->setStretchFactor(1, 2);
    main->setSizes({720, 560});
    setCentralWidget(main);

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_statusLabel->setText(tr("Open a report: File > Open, or drop a file here"));

    connect(m_factList, &FactListView::factSelected, m_reportView, &ReportView::selectFact);
    connect(m_reportView, &ReportView::factActivated, m_factList, &FactListView::selectFact);
    connect(m_classification, &ClassificationPanel::overrideRequested, this, &MainWindow::setBugTypeOverride);
    connect(m_information, &InformationTable::questionCopied, this, [this] {
        statusBar()->showMessage(tr("Question copied to the clipboard"), 3000);
    });

    createMenus();
    resize(1280, 820);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::openFileDialog);
    open->setShortcut(QKeySequence::Open);
    QAction *online = file->addAction(tr("Open &online…"), this, &MainWindow::openOnlineDialog);
    online->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About dlrepro"), this, [this] {
        QMessageBox::about(this, tr("About dlrepro"),
                           tr("<p><b>dlrepro %1</b></p><p>A workbench for reproducing deep-learning bugs "
                              "from Stack Overflow questions and GitHub issues.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList entries = RecentFiles::entries();
    for (const QString &entry : entries) {
        QAction *a = m_recentMenu->addAction(entry);
        connect(a, &QAction::triggered, this, [this, entry] { openReport(entry); });
    }
    if (entries.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("Clear list"), this, [] { RecentFiles::clear(); });
    clear->setEnabled(!entries.isEmpty());
}

void MainWindow::openFileDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open report"), QString(),
        tr("Reports (*.json *.jsonl *.xml *.md *.markdown *.txt *.html *.htm *.ipynb);;All files (*)"));
    if (!path.isEmpty())
        openReport(path);
}

void MainWindow::openOnlineDialog()
{
    bool ok = false;
    const QString spec = QInputDialog::getText(
        this, tr("Open online report"),
        tr("Stack Overflow question or GitHub issue\n(so:ID, gh:owner/repo#N, or its web address):"),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !spec.trimmed().isEmpty())
        openReport(spec.trimmed());
}

bool MainWindow::openReport(const QString &input)
{
    const bool online = reportOrigin(input) == ReportOrigin::Online;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    statusBar()->showMessage(online ? tr("Fetching %1…").arg(input) : tr("Opening %1…").arg(input));
    const ImportResult result = loadReport(input);
    QApplication::restoreOverrideCursor();
    statusBar()->clearMessage();
    if (!result.ok() || result.reports.isEmpty()) {
        const QString what = result.ok() ? tr("%1: no report found").arg(input) : result.error;
        m_reportError(tr("Cannot open report"), tr("Could not open %1.\n\n%2").arg(input, what));
        return false;
    }
    showInspection(inspectReport(result.reports.first()));
    const QString entry = online ? input : QFileInfo(input).absoluteFilePath();
    RecentFiles::add(entry);
    if (result.reports.size() > 1)
        m_statusLabel->setText(tr("%1: %2 reports in this input; showing the first")
                                   .arg(input)
                                   .arg(result.reports.size()));
    setWindowFilePath(online ? QString() : entry);
    return true;
}

void MainWindow::showInspection(const Inspection &inspection)
{
    m_inspection = inspection;
    m_classified = inspection.bugType;
    m_classifiedInformation = inspection.information;
    m_reportView->setInspection(inspection);
    m_factList->factModel()->setFacts(inspection.facts);
    refreshClassification();
    const QString title = inspection.report.title.simplified();
    setWindowTitle(title.isEmpty() ? tr("dlrepro") : tr("%1 — dlrepro").arg(title));
    QString status = tr("%1 · %n fact(s)", nullptr, int(inspection.facts.size())).arg(inspection.report.id);
    if (!inspection.frameworks.isEmpty())
        status += QStringLiteral(" · ") + tr("framework: %1").arg(inspection.frameworks.join(QStringLiteral(", ")));
    if (m_reportView->highlightedCount() == ReportView::kMaxHighlights && inspection.facts.size() > ReportView::kMaxHighlights)
        status += QStringLiteral(" · ") + tr("the first %1 highlighted").arg(ReportView::kMaxHighlights);
    m_statusLabel->setText(status);
}

void MainWindow::setBugTypeOverride(std::optional<BugType> type)
{
    if (!m_inspection)
        return;
    if (type) {
        overrideBugType(*m_inspection, *type);
    } else {
        m_inspection->bugType = m_classified;
        m_inspection->information = m_classifiedInformation;
    }
    refreshClassification();
}

void MainWindow::refreshClassification()
{
    if (!m_inspection) {
        m_classification->clear();
        m_information->setAssessments({});
        return;
    }
    m_classification->setDecision(m_inspection->bugType);
    m_information->setAssessments(m_inspection->information);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!firstLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = firstLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openReport(path);
}

} // namespace dlrepro
