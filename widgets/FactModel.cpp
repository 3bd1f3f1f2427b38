#include "FactModel.h"

#include "CategoryStyle.h"

#include <QColor>
#include <QLocale>

namespace dlrepro {

FactModel::FactModel(QObject *parent) : QAbstractTableModel(parent) {}

void FactModel::setFacts(const QList<Fact> &facts)
{
    beginResetModel();
    m_facts = facts;
    endResetModel();
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

int FactModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FactModel::displayValue(const Fact &fact)
{
    if (!fact.value.isEmpty())
        return fact.value;
    if (fact.hasNumber())
        return QLocale().toString(fact.number, 'g', 8);
    return QString();
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_facts.size())
        return {};
    const Fact &fact = m_facts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn: return factKindName(fact.kind);
        case NameColumn: return fact.name;
        case ValueColumn: return displayValue(fact);
        case UnitColumn: return fact.unit;
        case DetailColumn: return fact.detail;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == KindColumn) {
            const auto category = factCategory(fact.kind);
            return category ? tr("Evidence for: %1").arg(informationName(*category))
                            : tr("Environment (not an information category)");
        }
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return factColor(fact.kind);
        return {};
    default:
        return {};
    }
}

QVariant FactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case NameColumn: return tr("Name");
    case ValueColumn: return tr("Value");
    case UnitColumn: return tr("Unit");
    case DetailColumn: return tr("Detail");
    default: return {};
    }
}

} // namespace dlrepro
