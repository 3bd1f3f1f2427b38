#pragma once

#include "inspect/Inspection.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class QMenu;
class QLabel;

namespace dlrepro {

class ClassificationPanel;
class FactListView;
class InformationTable;
class ReportView;

// The workbench window: opens a report and shows what `dlrepro-cli inspect` shows.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Shows an error to the user; tests put a recorder here instead of a modal QMessageBox.
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    explicit MainWindow(QWidget *parent = nullptr);

    // Opens a file or an online spec; on failure reports the error and keeps the report shown.
    bool openReport(const QString &input);
    void showInspection(const Inspection &inspection);

    // nullptr until a report is shown.
    const Inspection *inspection() const { return m_inspection ? &*m_inspection : nullptr; }
    // The bug type chosen by the user, or nullopt to return to the classifier's decision.
    void setBugTypeOverride(std::optional<BugType> type);

    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    ReportView *reportView() const { return m_reportView; }
    FactListView *factList() const { return m_factList; }
    ClassificationPanel *classificationPanel() const { return m_classification; }
    InformationTable *informationTable() const { return m_information; }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void openFileDialog();
    void openOnlineDialog();
    void rebuildRecentMenu();
    void refreshClassification();

    ReportView *m_reportView = nullptr;
    FactListView *m_factList = nullptr;
    ClassificationPanel *m_classification = nullptr;
    InformationTable *m_information = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusLabel = nullptr;
    std::optional<Inspection> m_inspection;
    BugTypeDecision m_classified; // the classifier's own decision, to return to
    QList<InformationAssessment> m_classifiedInformation;
    ErrorReporter m_reportError;
};

} // namespace dlrepro
