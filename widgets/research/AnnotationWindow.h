#pragma once

#include "hints/Rulebook.h"
#include "research/ProjectStore.h"

#include <QMainWindow>
#include <QTimer>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTableView;

namespace dlrepro {

class AgreementPanel;
class AnnotationForm;
class BugTableModel;
class DisagreementView;
class LiveMining;
class MiningView;

// Research mode (issue 8): annotating the bugs of a project database. The bugs table (filtered
// in SQL, paged) on the left; on the right the current annotator's form for the selected bug,
// the disagreement view, the agreement panel and the live rules and thesis tables, which are
// mined again off the UI thread a moment after each save.
//
// Opened from the workbench's Research → Open project… (MainWindow), or on its own.
class AnnotationWindow : public QMainWindow
{
    Q_OBJECT
public:
    using ErrorReporter = std::function<void(const QString &title, const QString &message)>;

    explicit AnnotationWindow(QWidget *parent = nullptr);
    ~AnnotationWindow() override;

    // Opens the project at `path`; a corrupt, foreign or newer file is reported (a message box by
    // default) and the window keeps the project it had, the file untouched.
    bool openProject(const QString &path, OpenMode mode = OpenMode::ExistingOnly);
    QString projectPath() const { return m_path; }
    // Mines the project's transactions (final labels, else agreed ones) into a rulebook and
    // hands it to the workbench, whose hints then come from this project's rules.
    bool useRulesInWorkbench();
    ProjectStore *store() const { return m_store.get(); }
    // Tests and the workbench route errors elsewhere than a modal box.
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }

    void setAnnotator(const QString &name); // adds an unknown one to the project
    QString annotator() const;
    bool selectBug(qint64 key); // false when it is not among the loaded rows
    qint64 currentBug() const;
    BugFilter filterFromControls() const;
    void applyFilter(); // now, without the typing delay; the rows come in off the UI thread (bugModel()->loaded)

    BugTableModel *bugModel() const { return m_model; }
    QTableView *bugView() const { return m_table; }
    AnnotationForm *form() const { return m_form; }
    DisagreementView *disagreementView() const { return m_disagreement; }
    AgreementPanel *agreementPanel() const { return m_agreement; }
    MiningView *miningView() const { return m_miningView; }
    LiveMining *mining() const { return m_mining.get(); }
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *annotatorBox() const { return m_annotator; }
    QComboBox *typeFilter() const { return m_typeFilter; }
    QComboBox *frameworkFilter() const { return m_frameworkFilter; }
    QComboBox *reproducedFilter() const { return m_reproducedFilter; }
    QComboBox *annotatorFilter() const { return m_annotatorFilter; }
    QCheckBox *disagreementFilter() const { return m_disagreementFilter; }
    QLineEdit *textFilter() const { return m_textFilter; }
    QLabel *countLabel() const { return m_count; }

public slots:
    void chooseProject();
    void newProject();
    void importFiles();
    void exportCsvFiles();
    void exportJson();
    void addAnnotator();

protected:
    void closeEvent(QCloseEvent *event) override;

Q_SIGNALS:
    void rulesForWorkbench(const dlrepro::Rulebook &rules);

private:
    void buildMenus();
    void reportError(const QString &title, const QString &message);
    void fillChoices(); // frameworks and annotators from the store
    void updateCount();
    void bugChanged();
    void labelSaved(qint64 key, bool settled);

    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LiveMining> m_mining;
    QString m_path;
    int m_allBugs = 0;
    qint64 m_keepBug = 0; // selected again when a filter's rows come in
    bool m_agreementStale = true;
    ErrorReporter m_reportError;
    QTimer m_textDelay;

    BugTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_annotator = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_frameworkFilter = nullptr;
    QComboBox *m_reproducedFilter = nullptr;
    QComboBox *m_annotatorFilter = nullptr;
    QCheckBox *m_disagreementFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLabel *m_count = nullptr;
    QTabWidget *m_tabs = nullptr;
    AnnotationForm *m_form = nullptr;
    DisagreementView *m_disagreement = nullptr;
    AgreementPanel *m_agreement = nullptr;
    MiningView *m_miningView = nullptr;
};

} // namespace dlrepro
