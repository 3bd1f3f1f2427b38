#include "Classification.h"

#include <QCoreApplication>

namespace dlrepro {

namespace {
struct TagRow {
    const char *tag;
    BugType type;
};

// Thesis Table 4.1, verbatim. The study kept only tags that match the bug taxonomy exactly, so
// near misses ("keras-layer", "tensorflow-gpu") deliberately decide nothing here.
constexpr TagRow kTags[] = {
    {"layer", BugType::Model},
    {"model", BugType::Model},
    {"activation-function", BugType::Model},
    {"tensor", BugType::TensorInput},
    {"loss-function", BugType::Training},
    {"training-data", BugType::Training},
    {"optimization", BugType::Training},
    {"loss", BugType::Training},
    {"data-augmentation", BugType::Training},
    {"performance", BugType::Training},
    {"learning-rate", BugType::Training},
    {"hyperparameters", BugType::Training},
    {"initialization", BugType::Training},
    {"imbalanced-data", BugType::Training},
    {"nan", BugType::Training},
    {"gpu", BugType::Gpu},
    {"nvidia", BugType::Gpu},
    {"cuda", BugType::Gpu},
    {"TypeError", BugType::Api},
    {"ValueError", BugType::Api},
    {"AttributeError", BugType::Api},
    {"ImportError", BugType::Api},
    {"CompilerErrors", BugType::Api},
    {"SyntaxError", BugType::Api},
    {"ModuleNotFoundError", BugType::Api},
};

QString quoted(const QString &s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }
} // namespace

QList<BugTypeTag> bugTypeTagTable()
{
    QList<BugTypeTag> table;
    for (const auto &r : kTags)
        table.append({QString::fromLatin1(r.tag), r.type});
    return table;
}

bool bugTypeForTag(const QString &tag, BugType *out)
{
    // Stack Overflow lowercases every tag ("typeerror") and GitHub labels keep whatever case the
    // project chose ("GPU"), so the exact match ignores case and surrounding blanks only.
    const QString t = tag.trimmed();
    for (const auto &r : kTags) {
        if (t.compare(QLatin1String(r.tag), Qt::CaseInsensitive) == 0) {
            if (out)
                *out = r.type;
            return true;
        }
    }
    return false;
}

BugTypeDecision classifyBugTypeFromTags(const QStringList &tags)
{
    BugTypeDecision d;
    // Group matched tags by type, in allBugTypes() order so that Mixed parts are stable.
    QList<QPair<BugType, QStringList>> groups;
    for (BugType t : allBugTypes())
        groups.append({t, {}});
    for (const QString &tag : tags) {
        BugType t = BugType::Unknown;
        if (!bugTypeForTag(tag, &t))
            continue;
        const QString shown = tag.trimmed();
        if (d.evidence.contains(shown, Qt::CaseInsensitive))
            continue;
        d.evidence << shown;
        for (auto &g : groups)
            if (g.first == t)
                g.second << shown;
    }
    QStringList pieces;
    for (const auto &g : groups) {
        if (g.second.isEmpty())
            continue;
        d.parts << g.first;
        QStringList q;
        for (const QString &tag : g.second)
            q << quoted(tag);
        pieces << QCoreApplication::translate("Classification", "%1 (%2)")
                      .arg(q.join(QStringLiteral(", ")), bugTypeName(g.first));
    }
    if (d.parts.isEmpty())
        return d;

    d.confidence = 1.0;
    const QString tagWord = d.evidence.size() == 1 ? QCoreApplication::translate("Classification", "tag")
                                                   : QCoreApplication::translate("Classification", "tags");
    if (d.parts.size() == 1) {
        d.type = d.parts.first();
        d.parts.clear();
        d.reason = QCoreApplication::translate("Classification", "%1 %2").arg(tagWord, pieces.first());
    } else {
        d.type = BugType::Mixed;
        d.reason = QCoreApplication::translate("Classification", "%1 %2: tags of several types make a Mixed bug")
                       .arg(tagWord, pieces.join(QStringLiteral(", ")));
    }
    return d;
}

} // namespace dlrepro
