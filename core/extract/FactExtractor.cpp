#include "FactExtractor.h"

#include "DataFactExtractor.h"
#include "EnvironmentExtractor.h"
#include "ErrorExtractor.h"
#include "ExtractSupport.h"
#include "HyperparameterExtractor.h"
#include "MetricExtractor.h"
#include "ModelFactExtractor.h"

namespace dlrepro {

namespace {

// A metric is what a run printed or a reporter wrote, never what code computes:
// `print(f"accuracy={acc * 0 + 0.5}")` in a snippet is not a reported accuracy of 0.
QList<Fact> metricsOutsideCode(const Report &report)
{
    QList<Fact> metrics = extractMetrics(report.body.text);
    metrics.removeIf([&](const Fact &f) {
        for (const CodeBlock &b : report.body.codeBlocks)
            if (b.kind == CodeBlockKind::Code && b.span.contains(f.span))
                return true;
        return false;
    });
    return metrics;
}

} // namespace

QList<Fact> extractFacts(const Report &report)
{
    const QString &text = report.body.text;
    QList<Fact> facts = extractErrors(text);
    facts += metricsOutsideCode(report);
    facts += extractDataFacts(text);
    facts += extractModelFacts(text);
    facts += extractHyperparameters(text);
    facts += extractEnvironment(report);
    extract::sortAndDedupe(facts);
    return facts;
}

} // namespace dlrepro
