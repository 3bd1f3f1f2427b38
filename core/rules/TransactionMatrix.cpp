#include "TransactionMatrix.h"

namespace dlrepro {

TransactionMatrix::TransactionMatrix(int itemCount) : m_columns(size_t(qMax(0, itemCount))) {}

void TransactionMatrix::reserve(qsizetype transactions)
{
    for (auto &c : m_columns)
        c.reserve(size_t((transactions + 63) / 64));
}

void TransactionMatrix::add(std::span<const int> items)
{
    if (m_rows % 64 == 0)
        for (auto &c : m_columns)
            c.push_back(0);
    const size_t word = size_t(m_rows / 64);
    const quint64 bit = quint64(1) << (m_rows % 64);
    for (int item : items)
        if (item >= 0 && item < itemCount())
            m_columns[size_t(item)][word] |= bit;
    ++m_rows;
}

bool TransactionMatrix::contains(qsizetype transaction, int item) const
{
    if (transaction < 0 || transaction >= m_rows || item < 0 || item >= itemCount())
        return false;
    return m_columns[size_t(item)][size_t(transaction / 64)] & (quint64(1) << (transaction % 64));
}

} // namespace dlrepro
