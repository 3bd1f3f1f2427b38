#include "DisagreementView.h"

#include <QBrush>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace dlrepro {

namespace {

const QColor kDiffers(0xFF, 0xE0, 0xB2);
const QColor kPicked(0xC8, 0xE6, 0xC9);

// One compared field: how it reads, and how the final label takes it from one side.
struct Field
{
    QString name;
    std::function<QString(const Annotation &)> show;
    std::function<void(Annotation &to, const Annotation &from)> take;
};

QString yesNo(bool v)
{
    return v ? QStringLiteral("✔") : QString();
}

QList<Field> fields()
{
    QList<Field> out;
    out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Bug type"),
                 [](const Annotation &a) { return a.bugType == BugType::Unknown ? QString() : bugTypeName(a.bugType); },
                 [](Annotation &to, const Annotation &from) { to.bugType = from.bugType; }};
    out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Sub-fault"),
                 [](const Annotation &a) { return a.subFault; },
                 [](Annotation &to, const Annotation &from) { to.subFault = from.subFault; }};
    for (InformationCategory c : allInformationCategories()) {
        const Item item = Item::information(c);
        out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Information: %1").arg(informationName(c)),
                     [item](const Annotation &a) { return yesNo(a.information.contains(item)); },
                     [item](Annotation &to, const Annotation &from) {
                         if (from.information.contains(item))
                             to.information.insert(item);
                         else
                             to.information.remove(item);
                     }};
    }
    for (EditAction e : allEditActions()) {
        const Item item = Item::action(e);
        out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Action: %1").arg(editActionName(e)),
                     [item](const Annotation &a) { return yesNo(a.actions.contains(item)); },
                     [item](Annotation &to, const Annotation &from) {
                         if (from.actions.contains(item))
                             to.actions.insert(item);
                         else
                             to.actions.remove(item);
                     }};
    }
    out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Time (min)"),
                 [](const Annotation &a) { return a.minutes ? QString::number(*a.minutes) : QString(); },
                 [](Annotation &to, const Annotation &from) { to.minutes = from.minutes; }};
    out << Field{QCoreApplication::translate("dlrepro::DisagreementView", "Outcome"),
                 [](const Annotation &a) {
                     if (!a.reproduced)
                         return QString();
                     return *a.reproduced ? QCoreApplication::translate("dlrepro::DisagreementView", "reproduced")
                                          : QCoreApplication::translate("dlrepro::DisagreementView", "not reproduced");
                 },
                 [](Annotation &to, const Annotation &from) { to.reproduced = from.reproduced; }};
    return out;
}

} // namespace

DisagreementView::DisagreementView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_blind = new QLabel(this);
    m_blind->setWordWrap(true);
    m_blind->setStyleSheet(QStringLiteral("QLabel { color:#8A5A00; }"));
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int column) {
        if (column < m_shown.size())
            pick(row, column);
    });
    m_settle = new QPushButton(tr("&Settle final label"), this);
    m_settle->setToolTip(tr("Store the Final column as the bug's label (click a side's cell to take its value)"));
    m_unsettle = new QPushButton(tr("Reopen"), this);
    m_unsettle->setToolTip(tr("Remove the settled final label"));
    connect(m_settle, &QPushButton::clicked, this, [this] { settle(); });
    connect(m_unsettle, &QPushButton::clicked, this, [this] {
        QString error;
        if (m_store && m_bug && !m_store->unsettle(m_bug, &error))
            emit errorOccurred(tr("Cannot reopen the label"), error);
        else if (m_store && m_bug)
            emit settled(m_bug);
        refresh();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_unsettle);
    buttons->addWidget(m_settle);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_blind);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    refresh();
}

void DisagreementView::setStore(ProjectStore *store)
{
    m_store = store;
    m_bug = 0;
    refresh();
}

void DisagreementView::setViewer(const QString &annotator)
{
    m_viewer = annotator;
    refresh();
}

void DisagreementView::setBug(qint64 key)
{
    m_bug = key;
    refresh();
}

QStringList DisagreementView::shownAnnotators() const
{
    QStringList out;
    for (const Annotation &a : m_shown)
        out << a.annotator;
    return out;
}

void DisagreementView::refresh()
{
    m_shown.clear();
    m_final.reset();
    m_hidden = 0;
    if (m_store && m_bug) {
        const QList<Annotation> all = m_store->annotations(m_bug);
        m_shown = m_viewer.isEmpty() ? QList<Annotation>() : m_store->annotationsVisibleTo(m_viewer, m_bug);
        m_hidden = int(all.size() - m_shown.size());
        m_final = m_store->finalLabel(m_bug);
    }
    const QList<Field> fs = fields();
    m_picks = QList<int>(fs.size(), 0);
    // Start from the settled label where a side matches it, else the first side.
    if (m_final)
        for (int r = 0; r < fs.size(); ++r)
            for (int c = 0; c < m_shown.size(); ++c)
                if (fs[r].show(m_shown[c]) == fs[r].show(*m_final)) {
                    m_picks[r] = c;
                    break;
                }
    fill();
}

QList<int> DisagreementView::differingRows() const
{
    QList<int> out;
    const QList<Field> fs = fields();
    for (int r = 0; r < fs.size(); ++r)
        for (int c = 1; c < m_shown.size(); ++c)
            if (fs[r].show(m_shown[c]) != fs[r].show(m_shown[0])) {
                out << r;
                break;
            }
    return out;
}

void DisagreementView::pick(int row, int annotatorColumn)
{
    if (row < 0 || row >= m_picks.size() || annotatorColumn < 0 || annotatorColumn >= m_shown.size())
        return;
    m_picks[row] = annotatorColumn;
    fill();
}

void DisagreementView::pickAll(int annotatorColumn)
{
    if (annotatorColumn < 0 || annotatorColumn >= m_shown.size())
        return;
    for (int &p : m_picks)
        p = annotatorColumn;
    fill();
}

Annotation DisagreementView::finalFromPicks() const
{
    Annotation out;
    if (m_shown.isEmpty())
        return out;
    out = m_shown.first();
    out.annotator.clear();
    out.prefilled = false;
    const QList<Field> fs = fields();
    for (int r = 0; r < fs.size(); ++r)
        fs[r].take(out, m_shown[m_picks.value(r)]);
    QStringList notes;
    for (const Annotation &a : m_shown)
        if (!a.notes.isEmpty())
            notes << a.annotator + QStringLiteral(": ") + a.notes;
    out.notes = notes.join(QLatin1Char('\n'));
    return out;
}

bool DisagreementView::settle()
{
    if (!m_store || !m_bug || m_shown.isEmpty())
        return false;
    QString error;
    if (!m_store->settle(m_bug, finalFromPicks(), m_viewer, &error)) {
        emit errorOccurred(tr("Cannot settle the label"), error);
        return false;
    }
    refresh();
    emit settled(m_bug);
    return true;
}

void DisagreementView::fill()
{
    const QList<Field> fs = fields();
    const QList<int> differing = differingRows();
    m_table->clear();
    m_table->setRowCount(int(fs.size()));
    m_table->setColumnCount(int(m_shown.size()) + 1);
    QStringList headers = shownAnnotators();
    headers << (m_final ? tr("Final (settled)") : tr("Final"));
    m_table->setHorizontalHeaderLabels(headers);
    const Annotation final = finalFromPicks();
    for (int r = 0; r < fs.size(); ++r) {
        m_table->setVerticalHeaderItem(r, new QTableWidgetItem(fs[r].name));
        const bool differs = differing.contains(r);
        for (int c = 0; c < m_shown.size(); ++c) {
            auto *item = new QTableWidgetItem(fs[r].show(m_shown[c]));
            item->setTextAlignment(Qt::AlignCenter);
            if (differs) {
                item->setBackground(m_picks[r] == c ? kPicked : kDiffers);
                item->setForeground(Qt::black);
                item->setToolTip(tr("Click to take %1's value").arg(m_shown[c].annotator));
            }
            m_table->setItem(r, c, item);
        }
        auto *item = new QTableWidgetItem(m_shown.isEmpty() ? QString() : fs[r].show(final));
        item->setTextAlignment(Qt::AlignCenter);
        QFont bold = item->font();
        bold.setBold(true);
        item->setFont(bold);
        m_table->setItem(r, int(m_shown.size()), item);
    }

    if (!m_store || !m_bug)
        m_title->setText(tr("<i>Choose a bug in the table.</i>"));
    else if (m_shown.size() < 2)
        m_title->setText(tr("%n label(s) to compare.", nullptr, int(m_shown.size())));
    else
        m_title->setText(differing.isEmpty() ? tr("The labels agree.")
                                             : tr("%n field(s) differ (highlighted).", nullptr, int(differing.size())));
    m_blind->setText(m_hidden > 0 ? tr("%n other label(s) hidden until you save yours (blind annotation).", nullptr, m_hidden)
                                  : QString());
    m_blind->setVisible(m_hidden > 0);
    m_settle->setEnabled(!m_shown.isEmpty() && !m_viewer.isEmpty());
    m_unsettle->setEnabled(m_final.has_value());
}

} // namespace dlrepro
