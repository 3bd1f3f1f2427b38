#pragma once

#include "report/Fact.h"
#include "run/PythonEnvironment.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dlrepro {

// A version the report names that differs from the chosen environment's.
struct VersionMismatch {
    QString package;  // as the report names it: "pytorch", "python", "cuda"
    QString reported; // "1.4"
    QString local;    // "1.13.0", or empty when the package is not installed
};
// Compares the report's framework, Python and CUDA versions with the environment at the
// precision the report gives (a report's "1.4" matches 1.4.x; "2" matches 2.x).
QList<VersionMismatch> versionMismatches(const QList<Fact> &facts, const PythonEnvironment &environment);

// The environment pane: interpreter, Python, frameworks and versions, GPUs, and a warning
// for each version the report names that differs here.
class EnvironmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentPanel(QWidget *parent = nullptr);

    void setEnvironment(const PythonEnvironment &environment);
    void setReportFacts(const QList<Fact> &facts);

    QTableWidget *table() const { return m_table; }
    QLabel *warningLabel() const { return m_warnings; }
    QList<VersionMismatch> mismatches() const { return m_mismatches; }

private:
    void refresh();

    PythonEnvironment m_environment;
    QList<Fact> m_facts;
    QList<VersionMismatch> m_mismatches;
    QLabel *m_title = nullptr;
    QLabel *m_warnings = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace dlrepro
