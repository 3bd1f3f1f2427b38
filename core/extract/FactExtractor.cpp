#include "FactExtractor.h"

#include "DataFactExtractor.h"
#include "EnvironmentExtractor.h"
#include "ErrorExtractor.h"
#include "ExtractSupport.h"
#include "HyperparameterExtractor.h"
#include "MetricExtractor.h"
#include "ModelFactExtractor.h"

namespace dlrepro {

QList<Fact> extractFacts(const Report &report)
{
    const QString &text = report.body.text;
    QList<Fact> facts = extractErrors(text);
    facts += extractMetrics(text);
    facts += extractDataFacts(text);
    facts += extractModelFacts(text);
    facts += extractHyperparameters(text);
    facts += extractEnvironment(report);
    extract::sortAndDedupe(facts);
    return facts;
}

} // namespace dlrepro
