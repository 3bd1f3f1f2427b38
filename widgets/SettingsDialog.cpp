#include "SettingsDialog.h"

#include "hints/EmbeddingStatementScorer.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>

namespace dlrepro {

WorkbenchSettings WorkbenchSettings::load()
{
    QSettings s;
    WorkbenchSettings w;
    w.seeds = std::clamp(s.value(QStringLiteral("run/seeds"), w.seeds).toInt(), 1, 100);
    w.tolerance = std::clamp(s.value(QStringLiteral("run/tolerance"), w.tolerance).toDouble(), 0.001, 1.0);
    w.timeoutSeconds = std::clamp(s.value(QStringLiteral("run/timeoutSeconds"), w.timeoutSeconds).toInt(), 0, 86400);
    w.memoryLimitMiB = std::clamp(s.value(QStringLiteral("run/memoryLimitMiB"), w.memoryLimitMiB).toInt(), 0, 1 << 20);
    w.parallel = std::clamp(s.value(QStringLiteral("run/parallel"), w.parallel).toInt(), 1, 64);
    w.interpreter = s.value(QStringLiteral("run/interpreter")).toString();
    w.theme = s.value(QStringLiteral("ui/theme"), w.theme).toString();
    w.embeddingModelDir = s.value(EmbeddingStatementScorer::settingsKey()).toString();
    return w;
}

void WorkbenchSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("run/seeds"), seeds);
    s.setValue(QStringLiteral("run/tolerance"), tolerance);
    s.setValue(QStringLiteral("run/timeoutSeconds"), timeoutSeconds);
    s.setValue(QStringLiteral("run/memoryLimitMiB"), memoryLimitMiB);
    s.setValue(QStringLiteral("run/parallel"), parallel);
    s.setValue(QStringLiteral("run/interpreter"), interpreter);
    s.setValue(QStringLiteral("ui/theme"), theme);
    s.setValue(EmbeddingStatementScorer::settingsKey(), embeddingModelDir);
}

SettingsDialog::SettingsDialog(const WorkbenchSettings &settings, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    m_seeds = new QSpinBox(this);
    m_seeds->setRange(1, 100);
    m_seeds->setValue(settings.seeds);
    m_tolerance = new QDoubleSpinBox(this);
    m_tolerance->setRange(0.1, 100.0);
    m_tolerance->setDecimals(1);
    m_tolerance->setSuffix(QStringLiteral(" %"));
    m_tolerance->setValue(settings.tolerance * 100.0);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(0, 86400);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("none"));
    m_timeout->setValue(settings.timeoutSeconds);
    m_memory = new QSpinBox(this);
    m_memory->setRange(0, 1 << 20);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSpecialValueText(tr("none"));
    m_memory->setValue(settings.memoryLimitMiB);
    m_parallel = new QSpinBox(this);
    m_parallel->setRange(1, std::max(1, QThread::idealThreadCount()));
    m_parallel->setValue(settings.parallel);
    m_interpreter = new QLineEdit(settings.interpreter, this);
    m_interpreter->setPlaceholderText(tr("the first one found with a deep-learning framework"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Python interpreter"), QStringLiteral("/usr/bin"));
        if (!path.isEmpty())
            m_interpreter->setText(path);
    });
    auto *interpreterRow = new QHBoxLayout;
    interpreterRow->addWidget(m_interpreter, 1);
    interpreterRow->addWidget(browse);
    m_embeddingModel = new QLineEdit(settings.embeddingModelDir, this);
    m_embeddingModel->setPlaceholderText(tr("none: statements are ranked lexically (BM25)"));
    m_embeddingModel->setToolTip(tr("A folder with model.pt (TorchScript) and vocab.txt, e.g. all-MiniLM-L6-v2 "
                                    "exported with resources/models/export_minilm.py"));
    auto *browseModel = new QPushButton(tr("Browse…"), this);
    connect(browseModel, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Sentence-embedding model folder"));
        if (!dir.isEmpty())
            m_embeddingModel->setText(dir);
    });
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_embeddingModel, 1);
    modelRow->addWidget(browseModel);
    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(settings.theme)));

    auto *form = new QFormLayout;
    form->addRow(tr("Seeds per run:"), m_seeds);
    form->addRow(tr("Metric tolerance:"), m_tolerance);
    form->addRow(tr("Timeout per seed:"), m_timeout);
    form->addRow(tr("Memory limit:"), m_memory);
    form->addRow(tr("Seeds in parallel:"), m_parallel);
    form->addRow(tr("Default interpreter:"), interpreterRow);
    form->addRow(tr("Embedding model:"), modelRow);
    form->addRow(tr("Colours:"), m_theme);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

WorkbenchSettings SettingsDialog::settings() const
{
    WorkbenchSettings w;
    w.seeds = m_seeds->value();
    w.tolerance = m_tolerance->value() / 100.0;
    w.timeoutSeconds = m_timeout->value();
    w.memoryLimitMiB = m_memory->value();
    w.parallel = m_parallel->value();
    w.interpreter = m_interpreter->text().trimmed();
    w.theme = m_theme->currentData().toString();
    w.embeddingModelDir = m_embeddingModel->text().trimmed();
    return w;
}

} // namespace dlrepro
