#include "workspace/CloneDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace dlrepro {

// What the worker thread fills in; the dialog reads it once the future has finished.
struct CloneDialog::Job {
    ProjectWorkspaceResult result;
    QString error;
};

CloneDialog::CloneDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Clone a Project at Its Buggy Commit"));
    m_url = new QLineEdit(this);
    m_url->setPlaceholderText(tr("https://github.com/owner/repository"));
    m_commit = new QLineEdit(this);
    m_commit->setPlaceholderText(tr("sha of the buggy commit (empty: the default branch)"));
    m_directory = new QLineEdit(this);
    m_directory->setPlaceholderText(tr("a new or empty folder for the workspace"));
    m_browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_directory, 1);
    folderRow->addWidget(m_browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Repository:"), m_url);
    form->addRow(tr("&Commit:"), m_commit);
    auto *folderLabel = new QLabel(tr("&Workspace folder:"), this);
    folderLabel->setBuddy(m_directory); // a layout in the field column gets no buddy of its own
    form->addRow(folderLabel, folderRow);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *entryLabel = new QLabel(tr("&Entry script (what `python …` runs):"), this);
    m_entries = new QListWidget(this);
    entryLabel->setBuddy(m_entries);
    m_arguments = new QLineEdit(this);
    m_arguments->setPlaceholderText(tr("arguments, e.g. --epochs 1"));
    auto *argumentsForm = new QFormLayout;
    argumentsForm->addRow(tr("&Arguments:"), m_arguments);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_cloneButton = m_buttons->addButton(tr("C&lone"), QDialogButtonBox::ActionRole);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open Workspace"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(entryLabel);
    layout->addWidget(m_entries, 1);
    layout->addLayout(argumentsForm);
    layout->addWidget(m_buttons);
    resize(560, 420);

    connect(m_browse, &QPushButton::clicked, this, &CloneDialog::browse);
    connect(m_cloneButton, &QPushButton::clicked, this, &CloneDialog::startClone);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CloneDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (isCloning())
            cancelClone();
        else
            reject();
    });
    connect(&m_watcher, &QFutureWatcher<bool>::finished, this, &CloneDialog::finishClone);
    connect(m_entries, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_result.candidates.size())
            m_arguments->setText(m_result.candidates.at(row).arguments.join(QLatin1Char(' ')));
    });
    for (QLineEdit *edit : {m_url, m_directory})
        connect(edit, &QLineEdit::textChanged, this, &CloneDialog::updateButtons);
    updateButtons();
}

CloneDialog::~CloneDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void CloneDialog::setReport(const Report &report)
{
    const ProjectReference reference = findProjectReference(report);
    if (!reference.isValid())
        return;
    setUrl(reference.cloneUrl());
    setCommit(reference.commit);
    m_status->setText(tr("Found in the report: %1").arg(reference.evidence));
}

void CloneDialog::setUrl(const QString &url) { m_url->setText(url); }
void CloneDialog::setCommit(const QString &commit) { m_commit->setText(commit); }
void CloneDialog::setDirectory(const QString &directory) { m_directory->setText(directory); }

bool CloneDialog::isCloning() const
{
    return m_watcher.isRunning();
}

QString CloneDialog::workspaceDirectory() const
{
    return m_done ? m_result.directory : QString();
}

QString CloneDialog::errorText() const
{
    return m_error;
}

EntryScript CloneDialog::selectedEntry() const
{
    const int row = m_entries->currentRow();
    EntryScript entry = row >= 0 && row < m_result.candidates.size() ? m_result.candidates.at(row) : m_result.entry;
    entry.arguments = QProcess::splitCommand(m_arguments->text());
    return entry;
}

void CloneDialog::browse()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Workspace Folder"), m_directory->text());
    if (!folder.isEmpty())
        m_directory->setText(folder);
}

void CloneDialog::startClone()
{
    if (isCloning() || m_done)
        return;
    m_error.clear();
    m_entries->clear();
    m_progress->setValue(0);
    m_status->setText(tr("Cloning %1…").arg(m_url->text().trimmed()));

    ProjectWorkspaceRequest request;
    request.clone.url = m_url->text().trimmed();
    request.clone.commit = m_commit->text().trimmed();
    request.clone.directory = m_directory->text().trimmed();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    // Progress comes from the worker thread; it is shown through the event loop, and only while
    // this dialog exists.
    QPointer<CloneDialog> self(this);
    request.clone.onProgress = [cancel, self](const CloneProgress &progress) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, progress] {
                if (self)
                    self->showProgress(progress);
            },
            Qt::QueuedConnection);
        return !cancel->load();
    };
    auto job = std::make_shared<Job>();
    m_job = job;
    m_watcher.setFuture(QtConcurrent::run([request, job] { return createProjectWorkspace(request, &job->result, &job->error); }));
    updateButtons();
}

void CloneDialog::cancelClone()
{
    if (m_cancel)
        m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void CloneDialog::showProgress(const CloneProgress &progress)
{
    if (!isCloning())
        return;
    m_progress->setValue(progress.percent());
    switch (progress.stage) {
    case CloneProgress::Stage::Receiving:
        m_status->setText(tr("Receiving objects: %1 of %2 (%3 KiB)")
                              .arg(progress.receivedObjects)
                              .arg(progress.totalObjects)
                              .arg(progress.receivedBytes / 1024));
        break;
    case CloneProgress::Stage::Indexing:
        m_status->setText(tr("Indexing objects: %1 of %2").arg(progress.indexedObjects).arg(progress.totalObjects));
        break;
    case CloneProgress::Stage::Checkout:
        m_status->setText(tr("Checking out files: %1 of %2").arg(progress.checkoutCompleted).arg(progress.checkoutTotal));
        break;
    }
}

void CloneDialog::finishClone()
{
    const std::shared_ptr<Job> job = m_job;
    const bool ok = m_watcher.result();
    m_result = job ? job->result : ProjectWorkspaceResult();
    m_error = job ? job->error : QString();
    m_done = ok;
    if (ok) {
        m_progress->setValue(100);
        m_status->setText(tr("Cloned at %1 (%2). Pick the entry script and open the workspace.")
                              .arg(m_result.clone.commitSha.left(10), m_result.clone.commitSummary));
        for (const EntryScript &script : std::as_const(m_result.candidates)) {
            auto *item = new QListWidgetItem(script.path, m_entries);
            item->setToolTip(script.reasons.join(QLatin1Char('\n')));
            if (script.path == m_result.entry.path)
                m_entries->setCurrentItem(item);
        }
        m_arguments->setText(m_result.entry.arguments.join(QLatin1Char(' ')));
        Q_EMIT workspaceCreated(m_result.directory);
    } else {
        m_progress->setValue(0);
        m_status->setText(m_result.clone.cancelled ? tr("Cancelled; nothing was written.") : tr("Clone failed: %1").arg(m_error));
    }
    updateButtons();
    Q_EMIT cloneFinished(ok);
}

void CloneDialog::accept()
{
    if (!m_done)
        return;
    const EntryScript chosen = selectedEntry();
    if (chosen.path != m_result.entry.path || chosen.arguments != m_result.entry.arguments) {
        QString error;
        if (!setProjectEntry(m_result.directory, chosen, nullptr, &error)) {
            m_error = error;
            QMessageBox::warning(this, windowTitle(), error);
            return;
        }
        m_result.entry = chosen;
    }
    QDialog::accept();
}

void CloneDialog::updateButtons()
{
    const bool cloning = isCloning();
    const bool ready = !m_url->text().trimmed().isEmpty() && !m_directory->text().trimmed().isEmpty();
    m_cloneButton->setEnabled(!cloning && !m_done && ready);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_done);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(cloning ? tr("Cancel Clone") : tr("Close"));
    for (QWidget *w : std::initializer_list<QWidget *>{m_url, m_commit, m_directory, m_browse})
        w->setEnabled(!cloning && !m_done);
    m_entries->setEnabled(m_done);
    m_arguments->setEnabled(m_done);
}

} // namespace dlrepro
