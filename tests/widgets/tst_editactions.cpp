// The edit-action buttons and menu drive core/edit: the proposal is reviewed with its rationale,
// accepted as one undoable step, recorded in the window and the session; "nothing to do" is a
// status message, not a dialog.
#include "CodeEditor.h"
#include "CodePane.h"
#include "DiffPreviewDialog.h"
#include "HintsPanel.h"
#include "MainWindow.h"
#include "Session.h"

#include "edit/EditActionEngine.h"
#include "edit/EditProposal.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dlrepro;

namespace {
const QString kMissingImports = QStringLiteral(DLREPRO_FIXTURES "/widgets/missing-imports.md");
const QString kKerasNbEpoch = QStringLiteral(DLREPRO_FIXTURES "/widgets/keras-nb-epoch.md");
const QString kShapeReport = QStringLiteral(DLREPRO_FIXTURES "/verify/shape-mismatch.md");

struct Window {
    MainWindow w;
    QStringList errors;
    QList<Proposal> reviewed;
    bool accept = true;
    Window()
    {
        w.setErrorReporter([this](const QString &t, const QString &m) { errors << t + QStringLiteral(": ") + m; });
        w.codePane()->setProposalReviewer([this](const Proposal &p) {
            reviewed << p;
            return accept;
        });
    }
    QAction *menuAction(EditAction a) const
    {
        for (QAction *item : w.editActionMenu()->actions())
            if (item->data().toInt() == int(a))
                return item;
        return nullptr;
    }
    QPushButton *button(EditAction a) const
    {
        const QList<HintItem> &actions = w.hintsPanel()->hints().actions;
        for (int i = 0; i < actions.size(); ++i)
            if (actions.at(i).item.editAction() == a)
                return w.hintsPanel()->actionButtons().at(i);
        return nullptr;
    }
};
} // namespace

class TestEditActions : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("dlrepro-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editactions"));
    }

    void menuHoldsAllTenActions()
    {
        Window win;
        QCOMPARE(win.w.editActionMenu()->actions().size(), 10);
        QVERIFY(!win.w.editActionMenu()->isEnabled()); // nothing to edit yet
        QVERIFY(win.w.openReport(kShapeReport));
        QVERIFY(win.w.editActionMenu()->isEnabled());
        const QList<EditAction> all = allEditActions();
        for (int i = 0; i < all.size(); ++i) {
            QAction *item = win.w.editActionMenu()->actions().at(i);
            QCOMPARE(item->data().toInt(), int(all.at(i)));
            QCOMPARE(item->text(), QStringLiteral("&%1  %2").arg(editActionLetter(all.at(i)), editActionName(all.at(i))));
        }
    }

    // The proposal reviewed, accepted, undone: R on a torch snippet without imports, O on a
    // Keras 1 fit call.
    void acceptedProposalIsOneUndoableStep_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<bool>("keepsBefore");
        QTest::newRow("R adds the torch imports")
            << kMissingImports << int(EditAction::ImportAddition)
            << QStringLiteral("x = torch.randn(64, 20)\nmodel = nn.Linear(20, 2)\n")
            << QStringLiteral("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n"
                              "x = torch.randn(64, 20)\nmodel = nn.Linear(20, 2)\n")
            << true;
        QTest::newRow("O renames nb_epoch")
            << kKerasNbEpoch << int(EditAction::ObsoleteParameterRemoval)
            << QStringLiteral("model.fit(X_train, y_train, nb_epoch=10, batch_size=10)")
            << QStringLiteral("model.fit(X_train, y_train, epochs=10, batch_size=10)") << false;
    }

    void acceptedProposalIsOneUndoableStep()
    {
        QFETCH(QString, report);
        QFETCH(int, action);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(bool, keepsBefore);
        const EditAction a = EditAction(action);
        Window win;
        QVERIFY(win.w.openReport(report));
        const QString old = win.w.codePane()->code();
        QVERIFY2(old.contains(before), qPrintable(old));

        // Rejected: nothing changes, nothing is recorded.
        win.accept = false;
        QVERIFY(!win.w.applyEditAction(a));
        QCOMPARE(win.reviewed.size(), 1);
        QCOMPARE(win.w.codePane()->code(), old);
        QVERIFY(win.w.appliedActions().isEmpty());
        QVERIFY(win.w.appliedActionsLabel()->isHidden());

        // The hint's button if the hint lists the action, the menu otherwise: the same path.
        win.accept = true;
        if (QPushButton *b = win.button(a))
            b->click();
        else
            win.menuAction(a)->trigger();
        QCOMPARE(win.reviewed.size(), 2);
        const Proposal &p = win.reviewed.last();
        QCOMPARE(p.action, a);
        QCOMPARE(p.originalCode, old);
        QVERIFY(!p.rationale.isEmpty());
        QVERIFY2(p.newCode.contains(after), qPrintable(p.newCode));
        QCOMPARE(p.newCode.contains(before), keepsBefore);
        QCOMPARE(win.w.codePane()->code(), p.newCode);
        QCOMPARE(win.w.appliedActions(), QList<EditAction>{a});
        QCOMPARE(win.w.appliedActionsLabel()->text(), QStringLiteral("Applied edits: %1").arg(editActionLetter(a)));
        QVERIFY(!win.w.appliedActionsLabel()->isHidden());
        QVERIFY(win.w.statusBar()->currentMessage().startsWith(editActionName(a)));
        QVERIFY(win.errors.isEmpty());

        // One undo step restores the snippet.
        win.w.codePane()->editor()->undo();
        QCOMPARE(win.w.codePane()->code(), old);

        // The dialog shows the rationale (and the changes) above the two sides.
        DiffPreviewDialog dialog(editActionName(a), p.originalCode, p.newCode);
        dialog.showProposalDetails(p);
        QVERIFY(dialog.details());
        const QString shown = dialog.details()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("Why: ") + p.rationale), qPrintable(shown));
        for (const CodeChange &c : p.changes)
            if (!c.description.isEmpty())
                QVERIFY2(shown.contains(c.description), qPrintable(shown));
        for (const QString &q : p.questions)
            QVERIFY(shown.contains(q));
    }

    void nothingToDoIsAStatusMessage_data()
    {
        QTest::addColumn<int>("action");
        QTest::newRow("R: every name is imported") << int(EditAction::ImportAddition);
        QTest::newRow("O: no obsolete parameters") << int(EditAction::ObsoleteParameterRemoval);
    }

    void nothingToDoIsAStatusMessage()
    {
        QFETCH(int, action);
        const EditAction a = EditAction(action);
        Window win;
        QVERIFY(win.w.openReport(kShapeReport));
        const QString old = win.w.codePane()->code();
        Proposal expected;
        QVERIFY(proposeEdit(a, old, win.w.inspection()->facts, &win.w.inspection()->report, &expected));
        QVERIFY(!expected.hasChanges());
        QVERIFY(!expected.nothingToDo.isEmpty());

        QVERIFY(!win.w.applyEditAction(a));
        QVERIFY(win.reviewed.isEmpty()); // no dialog
        QVERIFY(win.errors.isEmpty());
        QCOMPARE(win.w.codePane()->code(), old);
        QCOMPARE(win.w.statusBar()->currentMessage(),
                 QStringLiteral("%1: nothing to do — %2").arg(editActionName(a), expected.nothingToDo));
        QVERIFY(win.w.appliedActions().isEmpty());
    }

    void staleProposalIsRefused()
    {
        Window win;
        QVERIFY(win.w.openReport(kMissingImports));
        // The code changes while the proposal is under review: applying it would corrupt it.
        win.w.codePane()->setProposalReviewer([&win](const Proposal &) {
            win.w.codePane()->setCode(QStringLiteral("print('edited meanwhile')\n"));
            return true;
        });
        QVERIFY(!win.w.applyEditAction(EditAction::ImportAddition));
        QCOMPARE(win.w.codePane()->code(), QStringLiteral("print('edited meanwhile')\n"));
        QCOMPARE(win.errors.size(), 1);
        QVERIFY(win.errors.first().startsWith(QStringLiteral("Cannot apply the edit: ")));
        QVERIFY(win.w.appliedActions().isEmpty());
    }

    void sessionKeepsAppliedActions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.dlrepro"));
        QString code;
        {
            Window win;
            QVERIFY(win.w.openReport(kKerasNbEpoch));
            QVERIFY(win.w.applyEditAction(EditAction::ObsoleteParameterRemoval));
            QVERIFY(win.w.applyEditAction(EditAction::VersionMigration));
            code = win.w.codePane()->code();
            QVERIFY(win.w.saveSession(path));
        }
        Window win;
        QVERIFY(win.w.openSession(path));
        QCOMPARE(win.w.codePane()->code(), code);
        const QList<EditAction> expected{EditAction::ObsoleteParameterRemoval, EditAction::VersionMigration};
        QCOMPARE(win.w.appliedActions(), expected);
        QCOMPARE(win.w.appliedActionsLabel()->text(), QStringLiteral("Applied edits: O → V"));
        // A new report starts a new record.
        QVERIFY(win.w.openReport(kShapeReport));
        QVERIFY(win.w.appliedActions().isEmpty());
    }

    void sessionFormatStaysCompatible()
    {
        Session s;
        s.report.title = QStringLiteral("t");
        s.appliedActions = {EditAction::CompilerErrorResolution, EditAction::VersionMigration};
        Session back;
        QString why;
        QVERIFY2(Session::fromJson(s.toJson(), &back, &why), qPrintable(why));
        QCOMPARE(back.appliedActions, s.appliedActions);
        QVERIFY(s.toJson().contains("\"appliedActions\": [\n        \"compiler-errors\",\n        \"version-migration\"\n    ]"));

        // A file written before the record existed, and one from a later version's actions.
        QByteArray old = s.toJson();
        old.replace("\"compiler-errors\"", "\"no-such-action\"");
        QVERIFY2(Session::fromJson(old, &back, &why), qPrintable(why));
        QCOMPARE(back.appliedActions, QList<EditAction>{EditAction::VersionMigration});
        QJsonObject without = QJsonDocument::fromJson(s.toJson()).object();
        without.remove(QStringLiteral("appliedActions"));
        QVERIFY2(Session::fromJson(QJsonDocument(without).toJson(), &back, &why), qPrintable(why));
        QVERIFY(back.appliedActions.isEmpty());
    }
};

QTEST_MAIN(TestEditActions)
#include "tst_editactions.moc"
