#pragma once

#include "rules/Transaction.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace dlrepro {

// The transaction files dlrepro reads: the replication package's CSVs and its own export.
enum class TransactionFormat {
    Auto,
    StackOverflowEditActions, // Dataset_EditActions.csv: 0/1 column per action, named
    GitHubEditActions,        // ManualReproduction_Github_Bugs.csv: D N H R L O C P M V, `type`
    StackOverflowInformation, // Dataset_CriticalActions.csv: Data, Neural Network, ...
    GitHubInformation,        // Dataset_Github_CriticalInformation.csv: D N H L C, `type`
    Letters,                  // transactions.csv: "Type of Bug,Edit Action" / "T,DFLR"
    SubFaults,                // Subfaults-Analysis.csv: action columns + Subfault
    DlreproCsv,               // exportTransactionsCsv
    DlreproJson,              // exportTransactionsJson
};

QString transactionFormatId(TransactionFormat f); // "so-edit-actions", ..., "dlrepro-json"
bool parseTransactionFormat(const QString &id, TransactionFormat *out);

struct TransactionImportError
{
    QString file;
    int line = 0;       // 1-based; 0 when the whole file is at fault
    int column = 0;     // 1-based CSV field number; 0 when none
    QString columnName; // the header's name for that column, or a JSON path
    QString message;
    // "file:line:column (name): message", leaving out what is unknown.
    QString toString() const;
};

struct TransactionImportResult
{
    TransactionFormat format = TransactionFormat::Auto; // the format actually read
    QList<Transaction> transactions;
    int skippedRows = 0; // GitHub edit-action rows with no action marked (the study skips them)
};

// Reads one file. Unknown columns, unknown values (a bug type, an action letter, a 0/1 cell that
// is neither), ragged rows and malformed CSV/JSON give false and an error naming file, line and
// column. Files over 256 MiB are refused.
bool importTransactionsFile(const QString &path, TransactionImportResult *result, TransactionImportError *error,
                            TransactionFormat format = TransactionFormat::Auto);
bool importTransactions(const QByteArray &data, const QString &fileName, TransactionImportResult *result,
                        TransactionImportError *error, TransactionFormat format = TransactionFormat::Auto);

} // namespace dlrepro
