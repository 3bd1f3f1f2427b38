#pragma once

#include <QTableView>

namespace dlrepro {

class FactModel;

// The facts list; selecting a row announces the fact so the report pane can show its span.
class FactListView : public QTableView
{
    Q_OBJECT
public:
    explicit FactListView(QWidget *parent = nullptr);

    FactModel *factModel() const { return m_model; }
    void selectFact(int index); // selects the row without emitting factSelected
    int currentFact() const;    // -1 when none

signals:
    void factSelected(int index);

private:
    FactModel *m_model = nullptr;
    bool m_selecting = false;
};

} // namespace dlrepro
