#pragma once

#include "report/Fact.h"
#include "report/Report.h"

#include <QList>
#include <QString>

namespace dlrepro {

// Framework, versions and GPU. Framework facts (name pytorch/tensorflow/keras/jax/sklearn)
// say in detail how they were found: "tag", "import", "api" (tf., torch., nn.Module) or
// "mention"; one per framework and way, the first. Versions ("TensorFlow 2.4",
// "torch==1.13.1", "CUDA 11.2") give FrameworkVersion (name: tensorflow, pytorch, keras, cuda,
// cudnn, numpy, …) or PythonVersion. GPU mentions (GPU models, "CUDA out of memory", cuda:0,
// .cuda(), nvidia-smi, CUDA versions) give Gpu facts.
QList<Fact> extractEnvironment(const Report &report);
// The same over text alone (no tags).
QList<Fact> extractEnvironment(const QString &text);

} // namespace dlrepro
