#pragma once

#include "report/Fact.h"

#include <QList>
#include <QString>

namespace dlrepro {

// Reported metric values: Keras progress lines ("loss: 0.6932 - acc: 0.5000"), prose
// ("accuracy of 13.9%", "Accuracy: 34.00% (13.15%)", "the loss becomes nan"), loss-per-epoch
// lines. name is normalised (acc → accuracy, validation accuracy → val_accuracy); value is the
// number as written; unit "%" when given; detail holds the context: "epoch 3/10", "std 13.15",
// "expected" (what a tutorial promised rather than what was observed), or a comparison
// ("lower than"). Of a series over epochs, only the last value per name keeps full confidence.
QList<Fact> extractMetrics(const QString &text);

} // namespace dlrepro
