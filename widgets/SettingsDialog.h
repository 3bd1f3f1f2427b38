#pragma once

#include <QDialog>
#include <QString>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace dlrepro {

// The defaults a new run starts from, and the look, kept in QSettings ("run/…", "ui/theme").
struct WorkbenchSettings {
    int seeds = 5;
    double tolerance = 0.05;    // relative
    int timeoutSeconds = 300;
    int memoryLimitMiB = 0;     // 0: none
    int parallel = 1;
    QString interpreter;        // empty: the discovered default
    QString theme = QStringLiteral("system"); // system, light, dark
    QString embeddingModelDir;  // TorchScript sentence encoder + vocab.txt; empty: lexical ranking

    static WorkbenchSettings load();
    void save() const;
};

class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const WorkbenchSettings &settings, QWidget *parent = nullptr);
    WorkbenchSettings settings() const;

private:
    QSpinBox *m_seeds = nullptr;
    QDoubleSpinBox *m_tolerance = nullptr;
    QSpinBox *m_timeout = nullptr;
    QSpinBox *m_memory = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLineEdit *m_interpreter = nullptr;
    QLineEdit *m_embeddingModel = nullptr;
    QComboBox *m_theme = nullptr;
};

} // namespace dlrepro
