#pragma once

#include "rules/Transaction.h"

#include <QByteArray>
#include <QList>

namespace dlrepro {

// dlrepro's own CSV: bug_type,information,actions,bug_id,source,architecture,framework,
// sub_fault,minutes_taken,reproduced. information/actions hold item ids joined by ';'
// ("data;logs"), "none" when the class was recorded with nothing in it, and are empty when the
// class was not recorded. UTF-8, LF, RFC 4180 quoting. Extra metadata is not written (use JSON).
QByteArray exportTransactionsCsv(const QList<Transaction> &transactions);

// dlrepro's own JSON, lossless except for Transaction::origin:
// {"format":"dlrepro-transactions","version":1,"transactions":[{"bugType":"training",
//  "information":["data"],"actions":["input-data"],"bugId":...,"extra":{...}}]}
// information/actions are absent when the class was not recorded.
QByteArray exportTransactionsJson(const QList<Transaction> &transactions);

// The replication package's letter format (transactions.csv): "Type of Bug,Edit Action" (or
// "Information") and rows "T,DVLR". Table 4.5 letters (V, not the CSVs' F).
QByteArray exportTransactionsLetters(const QList<Transaction> &transactions, ItemClass itemClass);

} // namespace dlrepro
