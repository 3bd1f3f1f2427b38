#pragma once

#include "report/Fact.h"

#include <QList>
#include <QString>

namespace dlrepro {

// What a report says about its model: architecture names (canonical: "LSTM", "CNN",
// "logistic regression", …), layer descriptions in prose ("two hidden layers with 12 and 3
// nodes": number = layer count, detail = widths "12,3", name = hidden/input/output) and layer
// constructors in code (Dense(12, …), nn.Linear(4, 8), Conv2D(32, …), LSTM(64): name = the
// layer class, number and detail = its width), and activations (canonical lowercase: "relu",
// "leaky_relu", "softmax").
QList<Fact> extractModelFacts(const QString &text);

} // namespace dlrepro
