#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace dlrepro {

// Transactions over items 0..itemCount-1 stored vertically: one bitset (tid-list) per item, so
// that the support of an itemset is the popcount of the AND of its items' columns. 1M
// transactions take itemCount × 125 KB.
class TransactionMatrix
{
public:
    explicit TransactionMatrix(int itemCount = 0);

    void reserve(qsizetype transactions);
    // Appends one transaction; item ids outside 0..itemCount-1 are ignored, duplicates collapse.
    void add(std::span<const int> items);
    void add(std::initializer_list<int> items) { add(std::span<const int>(items.begin(), items.size())); }

    int itemCount() const { return int(m_columns.size()); }
    qsizetype size() const { return m_rows; }
    bool contains(qsizetype transaction, int item) const;
    const std::vector<quint64> &column(int item) const { return m_columns[size_t(item)]; }
    qsizetype wordCount() const { return (m_rows + 63) / 64; }

private:
    std::vector<std::vector<quint64>> m_columns;
    qsizetype m_rows = 0;
};

} // namespace dlrepro
