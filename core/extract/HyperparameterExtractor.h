#pragma once

#include "report/Fact.h"

#include <QList>
#include <QString>

namespace dlrepro {

// Training settings from prose ("batch size of 32", "trained for 100 epochs", "Adam
// optimizer") and code (batch_size=32, lr=1e-3, optimizer='adam', optim.SGD(…),
// loss='binary_crossentropy', nn.CrossEntropyLoss()). name is one of batch_size, epochs,
// learning_rate, optimizer, loss, dropout, momentum, weight_decay; value as written (optimizer
// names lowercased: "adam", "sgd"); number when numeric.
QList<Fact> extractHyperparameters(const QString &text);

} // namespace dlrepro
