#pragma once

#include "report/Fact.h"

#include <QList>
#include <QString>

namespace dlrepro {

// What a report says about its data: shapes ("(300, 5, 720)", "torch.Size([64, 3, 32, 32])",
// "224x224x3"), dtypes, value ranges ("values in the range [60, 70]", "between 0 and 255"),
// targets ("binary (0/1 output)", "10 classes"), sequence lengths and named datasets
// (canonical names: "MNIST", "CIFAR-10", "Pima Indians Diabetes", …).
// Shapes are normalised to "(a, b, c)"; a range's value is "[low, high]".
QList<Fact> extractDataFacts(const QString &text);

} // namespace dlrepro
