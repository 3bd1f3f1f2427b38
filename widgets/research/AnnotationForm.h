#pragma once

#include "research/ProjectStore.h"

#include <QList>
#include <QString>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dlrepro {

// One annotator's label of one bug: type and sub-fault, the five information categories, the ten
// edit actions, time, outcome, notes. Every field edit is saved at once as one transaction of the
// store (typed fields a moment after typing stops, and when they lose focus), so a killed dlrepro
// loses at most the field being typed.
//
// A bug whose reproduction has a workspace and which this annotator has not labelled yet is
// pre-filled from the workspace through the store (prefillAnnotation: the actions applied, the
// verdict, the time); the form then says so until the annotator presses Confirm.
//
// ActionChecklist (widgets/) writes TODO comments into a snippet; it is not a checklist of
// labels, so the ten action checkboxes are built here from core/domain.
class AnnotationForm : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationForm(QWidget *parent = nullptr);

    void setStore(ProjectStore *store); // nullptr: nothing to edit
    void setAnnotator(const QString &annotator);
    QString annotator() const { return m_annotator; }
    void setBug(qint64 key); // 0: none
    qint64 bug() const { return m_bug; }
    void reload() { setBug(m_bug); }

    Annotation formAnnotation() const; // what the fields say now
    bool isPrefilled() const { return m_prefilled; }
    bool hasSavedLabel() const { return m_hasSaved; }
    bool flush(); // saves a typed field now (closing the window); false on a failed save
    bool confirmPrefill(); // the annotator accepts the pre-filled values as theirs

    QComboBox *typeBox() const { return m_type; }
    QComboBox *subFaultBox() const { return m_subFault; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QList<QCheckBox *> informationBoxes() const { return m_information; } // allInformationCategories() order
    QList<QCheckBox *> actionBoxes() const { return m_actions; }          // allEditActions() order
    QDoubleSpinBox *minutesBox() const { return m_minutes; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    QPushButton *confirmButton() const { return m_confirm; }
    QLabel *prefillBanner() const { return m_banner; }

signals:
    void saved(qint64 bugKey, const QString &annotator);
    void errorOccurred(const QString &title, const QString &message);

private:
    void show(const Annotation &a);
    bool save();
    void updateState();

    ProjectStore *m_store = nullptr;
    QString m_annotator;
    qint64 m_bug = 0;
    bool m_loading = false;
    bool m_prefilled = false;
    bool m_hasSaved = false;
    QTimer m_typing;

    QLabel *m_header = nullptr;
    QLabel *m_hint = nullptr;
    QFrame *m_bannerFrame = nullptr;
    QLabel *m_banner = nullptr;
    QPushButton *m_confirm = nullptr;
    QWidget *m_fields = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_subFault = nullptr;
    QComboBox *m_outcome = nullptr;
    QList<QCheckBox *> m_information;
    QList<QCheckBox *> m_actions;
    QDoubleSpinBox *m_minutes = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace dlrepro
