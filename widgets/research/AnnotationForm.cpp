#include "AnnotationForm.h"

#include "research/WorkspacePrefill.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace dlrepro {

namespace {

constexpr double kNoMinutes = -1; // the spin box's minimum, shown as "not recorded"

enum Outcome { OutcomeUndecided, OutcomeReproduced, OutcomeNotReproduced };

// A check box reads '&' as its shortcut mark ("Import Addition & Dependency Resolution").
QString checkText(const QString &name, QChar letter)
{
    QString text = name;
    text.replace(QLatin1Char('&'), QLatin1String("&&"));
    return QStringLiteral("%1  (%2)").arg(text, letter);
}

} // namespace

AnnotationForm::AnnotationForm(QWidget *parent) : QWidget(parent)
{
    m_typing.setSingleShot(true);
    m_typing.setInterval(600);
    connect(&m_typing, &QTimer::timeout, this, [this] { save(); });

    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setOpenExternalLinks(true);
    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { color: palette(mid); }"));

    m_bannerFrame = new QFrame(this);
    m_bannerFrame->setStyleSheet(QStringLiteral("QFrame { background:#FFF3C4; border:1px solid #E0B84A; border-radius:4px; }"
                                                "QLabel { color:black; border:none; }"));
    auto *bannerLayout = new QHBoxLayout(m_bannerFrame);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_banner = new QLabel(m_bannerFrame);
    m_banner->setWordWrap(true);
    m_confirm = new QPushButton(tr("Confirm"), m_bannerFrame);
    m_confirm->setToolTip(tr("Accept the pre-filled values as your label"));
    bannerLayout->addWidget(m_banner, 1);
    bannerLayout->addWidget(m_confirm);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmPrefill(); });

    m_fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(m_fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);

    auto *kind = new QGroupBox(tr("Bug"), m_fields);
    auto *kindLayout = new QFormLayout(kind);
    m_type = new QComboBox(kind);
    m_type->addItem(tr("Not decided"), int(BugType::Unknown));
    for (BugType t : allBugTypes())
        m_type->addItem(QStringLiteral("%1  (%2)").arg(bugTypeName(t), bugTypeLetter(t)), int(t));
    m_subFault = new QComboBox(kind);
    m_subFault->addItem(tr("None"), QString());
    for (const QString &s : allSubFaults())
        m_subFault->addItem(s, s);
    kindLayout->addRow(tr("&Type:"), m_type);
    kindLayout->addRow(tr("&Sub-fault:"), m_subFault);
    fieldsLayout->addWidget(kind);

    auto *info = new QGroupBox(tr("Information in the report"), m_fields);
    auto *infoLayout = new QGridLayout(info);
    const QList<InformationCategory> categories = allInformationCategories();
    for (int i = 0; i < categories.size(); ++i) {
        auto *box = new QCheckBox(checkText(informationName(categories[i]), informationLetter(categories[i])), info);
        infoLayout->addWidget(box, i / 3, i % 3);
        m_information << box;
    }
    fieldsLayout->addWidget(info);

    auto *actions = new QGroupBox(tr("Edit actions used"), m_fields);
    auto *actionsLayout = new QGridLayout(actions);
    const QList<EditAction> all = allEditActions();
    for (int i = 0; i < all.size(); ++i) {
        auto *box = new QCheckBox(checkText(editActionName(all[i]), editActionLetter(all[i])), actions);
        actionsLayout->addWidget(box, i % 5, i / 5);
        m_actions << box;
    }
    fieldsLayout->addWidget(actions);

    auto *result = new QGroupBox(tr("Reproduction"), m_fields);
    auto *resultLayout = new QFormLayout(result);
    m_minutes = new QDoubleSpinBox(result);
    m_minutes->setRange(kNoMinutes, 100000);
    m_minutes->setDecimals(1);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("not recorded"));
    m_minutes->setValue(kNoMinutes);
    m_outcome = new QComboBox(result);
    m_outcome->addItem(tr("Not decided"));
    m_outcome->addItem(tr("Reproduced"));
    m_outcome->addItem(tr("Not reproduced"));
    m_notes = new QPlainTextEdit(result);
    m_notes->setPlaceholderText(tr("Why these labels, what was hard…"));
    m_notes->setMaximumHeight(90);
    resultLayout->addRow(tr("T&ime:"), m_minutes);
    resultLayout->addRow(tr("&Outcome:"), m_outcome);
    resultLayout->addRow(tr("&Notes:"), m_notes);
    fieldsLayout->addWidget(result);
    fieldsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_fields);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_hint);
    layout->addWidget(m_bannerFrame);
    layout->addWidget(scroll, 1);

    // Clicks and choices are saved at once; typing when it pauses or the field is left.
    auto now = [this] {
        if (!m_loading)
            save();
    };
    auto later = [this] {
        if (!m_loading)
            m_typing.start();
    };
    connect(m_type, &QComboBox::currentIndexChanged, this, now);
    connect(m_subFault, &QComboBox::currentIndexChanged, this, now);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, now);
    for (QCheckBox *box : std::as_const(m_information))
        connect(box, &QCheckBox::toggled, this, now);
    for (QCheckBox *box : std::as_const(m_actions))
        connect(box, &QCheckBox::toggled, this, now);
    connect(m_minutes, &QDoubleSpinBox::valueChanged, this, later);
    connect(m_minutes, &QDoubleSpinBox::editingFinished, this, [this] {
        if (m_typing.isActive())
            flush();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, later);
    updateState();
}

void AnnotationForm::setStore(ProjectStore *store)
{
    m_typing.stop();
    m_store = store;
    m_bug = 0;
    setBug(0);
}

void AnnotationForm::setAnnotator(const QString &annotator)
{
    flush();
    m_annotator = annotator;
    setBug(m_bug);
}

void AnnotationForm::setBug(qint64 key)
{
    if (key != m_bug)
        flush();
    m_bug = key;
    m_prefilled = false;
    m_hasSaved = false;
    bool wrote = false;
    Annotation label;
    m_banner->clear();
    std::optional<ProjectBug> bug;
    if (m_store && key)
        bug = m_store->bug(key);
    if (!bug) {
        m_bug = 0;
        m_header->setText(tr("<i>Choose a bug in the table.</i>"));
    } else {
        const QString link = bug->url.isEmpty() ? bug->id.toHtmlEscaped()
                                                : QStringLiteral("<a href=\"%1\">%2</a>").arg(bug->url.toHtmlEscaped(), bug->id.toHtmlEscaped());
        QString header = QStringLiteral("<b>%1</b><br>%2 %3").arg(bug->title.toHtmlEscaped(), bug->source.toHtmlEscaped(), link);
        if (!bug->framework.isEmpty())
            header += QStringLiteral(" · ") + bug->framework.toHtmlEscaped();
        if (!bug->architecture.isEmpty())
            header += QStringLiteral(" · ") + bug->architecture.toHtmlEscaped();
        m_header->setText(header);
        if (!m_annotator.isEmpty()) {
            if (const std::optional<Annotation> saved = m_store->annotation(key, m_annotator)) {
                label = *saved;
                m_hasSaved = true;
            } else if (const std::optional<BugReproduction> r = m_store->reproduction(key); r && !r->workspace.isEmpty()) {
                Annotation prefilled;
                QString error;
                if (prefillAnnotation(*m_store, key, r->workspace, m_annotator, &prefilled, &error)) {
                    label = prefilled;
                    m_hasSaved = true;
                    wrote = true;
                } else {
                    m_banner->setText(tr("The workspace could not pre-fill this form: %1").arg(error));
                }
            }
        }
    }
    m_prefilled = m_hasSaved && label.prefilled;
    if (m_prefilled) {
        const std::optional<BugReproduction> r = m_store->reproduction(key);
        m_banner->setText(tr("Pre-filled from the workspace %1: confirm or correct.").arg(r ? r->workspace : QString()));
    }
    show(label);
    updateState();
    if (wrote)
        emit saved(m_bug, m_annotator);
}

void AnnotationForm::show(const Annotation &a)
{
    m_loading = true;
    m_type->setCurrentIndex(std::max(0, m_type->findData(int(a.bugType))));
    m_subFault->setCurrentIndex(std::max(0, m_subFault->findData(a.subFault)));
    const QList<InformationCategory> categories = allInformationCategories();
    for (int i = 0; i < categories.size(); ++i)
        m_information[i]->setChecked(a.information.contains(Item::information(categories[i])));
    const QList<EditAction> all = allEditActions();
    for (int i = 0; i < all.size(); ++i)
        m_actions[i]->setChecked(a.actions.contains(Item::action(all[i])));
    m_minutes->setValue(a.minutes.value_or(kNoMinutes));
    m_outcome->setCurrentIndex(!a.reproduced ? OutcomeUndecided : *a.reproduced ? OutcomeReproduced : OutcomeNotReproduced);
    if (m_notes->toPlainText() != a.notes)
        m_notes->setPlainText(a.notes);
    m_loading = false;
}

Annotation AnnotationForm::formAnnotation() const
{
    Annotation a;
    a.annotator = m_annotator;
    a.bugType = BugType(m_type->currentData().toInt());
    a.subFault = m_subFault->currentData().toString();
    const QList<InformationCategory> categories = allInformationCategories();
    for (int i = 0; i < categories.size(); ++i)
        if (m_information[i]->isChecked())
            a.information.insert(Item::information(categories[i]));
    const QList<EditAction> all = allEditActions();
    for (int i = 0; i < all.size(); ++i)
        if (m_actions[i]->isChecked())
            a.actions.insert(Item::action(all[i]));
    if (m_minutes->value() > kNoMinutes)
        a.minutes = m_minutes->value();
    if (m_outcome->currentIndex() != OutcomeUndecided)
        a.reproduced = m_outcome->currentIndex() == OutcomeReproduced;
    a.notes = m_notes->toPlainText();
    a.prefilled = m_prefilled;
    return a;
}

bool AnnotationForm::save()
{
    m_typing.stop();
    if (!m_store || !m_bug || m_annotator.isEmpty())
        return true;
    QString error;
    if (!m_store->putAnnotation(m_bug, formAnnotation(), &error)) {
        emit errorOccurred(tr("Cannot save the label"), error);
        return false;
    }
    const bool first = !m_hasSaved;
    m_hasSaved = true;
    if (first)
        updateState();
    emit saved(m_bug, m_annotator);
    return true;
}

bool AnnotationForm::flush()
{
    if (!m_typing.isActive())
        return true;
    return save();
}

bool AnnotationForm::confirmPrefill()
{
    if (!m_prefilled)
        return true;
    m_prefilled = false;
    const bool ok = save();
    if (ok)
        m_banner->clear();
    else
        m_prefilled = true;
    updateState();
    return ok;
}

void AnnotationForm::updateState()
{
    const bool editable = m_store && m_bug && !m_annotator.isEmpty();
    m_fields->setEnabled(editable);
    if (!m_store)
        m_hint->setText(tr("Open a project to annotate its bugs."));
    else if (m_annotator.isEmpty())
        m_hint->setText(tr("Choose who you are (Annotator, in the tool bar) to label bugs."));
    else if (!m_bug)
        m_hint->clear();
    else
        m_hint->setText(m_hasSaved ? tr("Your label, as %1. Every change is saved.").arg(m_annotator)
                                   : tr("Not labelled by %1 yet. Every change is saved.").arg(m_annotator));
    m_bannerFrame->setVisible(!m_banner->text().isEmpty());
    m_confirm->setVisible(m_prefilled);
    // The pre-filled values are tinted until confirmed, so that none is taken for the annotator's.
    m_fields->setStyleSheet(m_prefilled ? QStringLiteral("QGroupBox { background:#FFFBEA; }") : QString());
}

} // namespace dlrepro
