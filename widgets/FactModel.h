#pragma once

#include "report/Fact.h"

#include <QAbstractTableModel>
#include <QList>

namespace dlrepro {

// The facts of an Inspection as a table: kind, name, value, unit, detail.
class FactModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, NameColumn, ValueColumn, UnitColumn, DetailColumn, ColumnCount };

    explicit FactModel(QObject *parent = nullptr);

    void setFacts(const QList<Fact> &facts);
    const QList<Fact> &facts() const { return m_facts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The value column: the fact's value, or its number when it has no value text.
    static QString displayValue(const Fact &fact);

private:
    QList<Fact> m_facts;
};

} // namespace dlrepro
