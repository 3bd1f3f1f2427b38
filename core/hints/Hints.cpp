#include "Hints.h"

#include "classify/Classification.h"
#include "hints/StatementRanker.h"
#include "inspect/Inspection.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace dlrepro {

namespace {

QString num(double v) { return QString::number(v, 'f', 4); }

// The sub-fault keyword table. Keywords are matched as whole stemmed word sequences in the
// title and the prose (not code: every Keras compile() names a loss and an optimizer); tags
// match exactly and weigh 2.
struct SubFaultKeywords
{
    const char *subFault;
    std::initializer_list<const char *> keywords;
    std::initializer_list<const char *> tags;
};
const SubFaultKeywords kSubFaultKeywords[] = {
    {"Optimisation",
     {"optimizer", "optimiser", "optimization", "optimisation", "gradient descent", "sgd", "adam", "rmsprop",
      "momentum", "converge", "convergence"},
     {"optimization", "gradient-descent", "sgd", "adam", "optimizer"}},
    {"Loss function",
     {"loss function", "custom loss", "cross entropy", "crossentropy", "categorical crossentropy",
      "mean squared error", "mse", "hinge loss", "focal loss", "nll loss"},
     {"loss-function", "loss", "cross-entropy"}},
    {"Hyperparameters",
     {"hyperparameter", "hyper parameter", "batch size", "learning rate", "epochs", "number of epochs",
      "dropout rate", "weight decay"},
     {"hyperparameters", "learning-rate", "hyperparameter-tuning"}},
    {"Layer type & properties",
     {"layer", "activation function", "activation", "dense", "conv2d", "convolution", "lstm", "dropout",
      "batch normalization", "batchnorm", "embedding", "neurons", "input shape"},
     {"layer", "activation-function", "keras-layer"}},
    {"Model type & properties",
     {"model architecture", "architecture", "pretrained", "pre trained", "transfer learning", "fine tuning",
      "bert", "resnet", "vgg16", "vgg", "inception", "transformer", "autoencoder", "gan", "subclassing",
      "functional api", "sequential model"},
     {"model", "transfer-learning", "bert", "resnet", "pre-trained-model"}},
};

// The position where needle starts in haystack, or -1.
qsizetype findSequence(const QStringList &haystack, const QStringList &needle,
                       const QHash<QString, QList<qsizetype>> &positions)
{
    if (needle.isEmpty())
        return -1;
    for (qsizetype start : positions.value(needle.first())) {
        if (start + needle.size() > haystack.size())
            continue;
        bool all = true;
        for (qsizetype i = 1; i < needle.size() && all; ++i)
            all = haystack.at(start + i) == needle.at(i);
        if (all)
            return start;
    }
    return -1;
}

HintItem hintItem(const RuleEntry &e)
{
    HintItem h;
    h.rank = e.rank;
    h.item = e.item;
    h.confidence = e.confidence;
    h.belowMinConfidence = e.belowMinConfidence;
    h.name = e.item.itemClass() == ItemClass::Information ? informationName(e.item.informationCategory())
                                                          : editActionShortName(e.item.editAction());
    return h;
}

QString typeNames(const QList<BugType> &types)
{
    QStringList names;
    for (BugType t : types)
        names << bugTypeName(t);
    return names.join(QLatin1String(", "));
}

QJsonArray itemsToJson(const QList<HintItem> &items, bool information)
{
    QJsonArray out;
    for (const HintItem &h : items) {
        QJsonObject o;
        o.insert(QLatin1String("rank"), h.rank);
        o.insert(QLatin1String("id"), information ? informationId(h.item.informationCategory())
                                                  : editActionId(h.item.editAction()));
        o.insert(QLatin1String("letter"), QString(h.item.letter()));
        o.insert(QLatin1String("name"), h.name);
        o.insert(QLatin1String("confidence"), h.confidence);
        o.insert(QLatin1String("belowMinConfidence"), h.belowMinConfidence);
        if (information) {
            o.insert(QLatin1String("present"), h.present);
            o.insert(QLatin1String("evidence"), h.evidence);
            if (!h.present)
                o.insert(QLatin1String("followUpQuestion"), h.followUpQuestion);
        }
        out.append(o);
    }
    return out;
}

void appendItems(QString &s, const QList<HintItem> &items, double minConfidence, bool information)
{
    int width = 0;
    for (const HintItem &h : items)
        width = std::max(width, int(h.name.size()));
    for (const HintItem &h : items) {
        s += QStringLiteral("  %1. %2  %3").arg(h.rank).arg(h.name.leftJustified(width)).arg(num(h.confidence));
        if (information)
            s += QLatin1String("  ") + (h.present ? QCoreApplication::translate("Hints", "present") : QCoreApplication::translate("Hints", "missing"))
                 + (h.evidence.isEmpty() ? QString() : QLatin1String("  ") + h.evidence);
        if (h.belowMinConfidence)
            s += QLatin1String("  ") + QCoreApplication::translate("Hints", "(under the minimum confidence %1)").arg(QString::number(minConfidence, 'f', 2));
        s += QLatin1Char('\n');
    }
}

} // namespace

SubFaultHint detectSubFault(const Report &report, BugType type, const QList<BugType> &parts)
{
    QList<BugType> types;
    if (type == BugType::Mixed)
        types = parts;
    else if (type != BugType::Unknown)
        types = {type};
    // Stems to match, and the words as written to show as evidence.
    QStringList tokens;
    QStringList written;
    auto addText = [&](const QString &text) {
        QString word;
        for (qsizetype i = 0; i <= text.size(); ++i) {
            if (i < text.size() && text.at(i).isLetterOrNumber()) {
                word += text.at(i).toLower();
            } else if (!word.isEmpty()) {
                written << word;
                tokens << stemWord(word);
                word.clear();
            }
        }
    };
    addText(report.title);
    for (const Statement &s : splitStatements(report.body))
        addText(s.text);
    QHash<QString, QList<qsizetype>> positions;
    for (qsizetype i = 0; i < tokens.size(); ++i)
        positions[tokens.at(i)] << i;
    QSet<QString> tags;
    for (const QString &t : report.tags)
        tags.insert(t.trimmed().toLower());

    SubFaultHint best;
    int bestScore = 0;
    for (const SubFaultKeywords &row : kSubFaultKeywords) {
        const QString name = QString::fromLatin1(row.subFault);
        if (type != BugType::Unknown && !types.contains(subFaultBugType(name)))
            continue;
        int score = 0;
        QStringList evidence;
        for (const char *tag : row.tags)
            if (tags.contains(QLatin1String(tag))) {
                score += 2;
                evidence << QCoreApplication::translate("Hints", "tag '%1'").arg(QLatin1String(tag));
            }
        QSet<QString> seen;
        for (const char *keyword : row.keywords) {
            const QStringList needle = stemmedTokens(QLatin1String(keyword));
            const QString key = needle.join(QLatin1Char(' '));
            if (seen.contains(key))
                continue;
            const qsizetype at = findSequence(tokens, needle, positions);
            if (at < 0)
                continue;
            seen.insert(key);
            ++score;
            evidence << QLatin1Char('\'') + written.mid(at, needle.size()).join(QLatin1Char(' ')) + QLatin1Char('\'');
        }
        if (score > bestScore) {
            bestScore = score;
            best.subFault = name;
            best.evidence = evidence;
        }
    }
    return best;
}

Hints buildHints(const Inspection &inspection, const Rulebook &rulebook, const StatementScorer *scorer)
{
    Hints h;
    const BugTypeDecision &decision = inspection.bugType;
    h.bugType = decision.type;
    h.bugTypeReason = decision.reason;
    h.rulesSource = rulebook.source();
    h.minConfidence = rulebook.minConfidence();

    RuleTable table;
    auto useOverall = [&](const QString &why) {
        table = rulebook.overall();
        h.rulesNote = why + QLatin1String(" (") + table.provenance + QLatin1Char(')');
    };
    if (decision.type == BugType::Mixed) {
        QList<BugType> parts;
        for (BugType p : decision.parts)
            if (p != BugType::Mixed && p != BugType::Unknown && !parts.contains(p))
                parts << p;
        QList<const RuleTable *> tables;
        QList<BugType> without;
        for (BugType p : std::as_const(parts)) {
            if (const RuleTable *t = rulebook.forBugType(p)) {
                tables << t;
                h.rulesFrom << p;
            } else {
                without << p;
            }
        }
        if (!tables.isEmpty()) {
            table = mergeRuleTables(tables, rulebook.minConfidence());
            h.rulesNote = tables.size() == 1
                              ? QCoreApplication::translate("Hints", "Mixed bug (%1): the rules of %2").arg(typeNames(parts), typeNames(h.rulesFrom))
                              : QCoreApplication::translate("Hints", "Mixed bug (%1): the rules of %2 merged (mean confidence; an item a type "
                                   "does not list counts 0 for it)")
                                    .arg(typeNames(parts), typeNames(h.rulesFrom));
            if (!without.isEmpty())
                h.rulesNote += QLatin1String("; ") + QCoreApplication::translate("Hints", "no rules for %1 in this rulebook").arg(typeNames(without));
        } else if (const RuleTable *mixed = rulebook.forBugType(BugType::Mixed)) {
            table = *mixed;
            h.rulesFrom = {BugType::Mixed};
            h.rulesNote = QCoreApplication::translate("Hints", "Mixed bug: the rulebook's rules for Mixed bugs");
        } else {
            useOverall(parts.isEmpty() ? QCoreApplication::translate("Hints", "Mixed bug of unknown types: overall rules")
                                       : QCoreApplication::translate("Hints", "Mixed bug (%1), no rules for its types: overall rules")
                                             .arg(typeNames(parts)));
        }
    } else if (decision.type == BugType::Unknown) {
        useOverall(QCoreApplication::translate("Hints", "No bug type decided it: overall rules"));
    } else if (const RuleTable *t = rulebook.forBugType(decision.type)) {
        table = *t;
        h.rulesFrom = {decision.type};
    } else {
        useOverall(QCoreApplication::translate("Hints", "No rules for %1 bugs in this rulebook: overall rules").arg(bugTypeName(decision.type)));
    }

    for (const RuleEntry &e : table.information.mid(0, 3)) {
        HintItem item = hintItem(e);
        const InformationCategory c = e.item.informationCategory();
        for (const InformationAssessment &a : inspection.information)
            if (a.category == c) {
                item.present = a.present;
                item.evidence = a.evidence;
                item.followUpQuestion = a.followUpQuestion;
            }
        if (!item.present && item.followUpQuestion.isEmpty())
            item.followUpQuestion = followUpQuestion(c, decision.type);
        h.information << item;
    }
    for (const RuleEntry &e : table.actions.mid(0, 5))
        h.actions << hintItem(e);

    // Follow-up questions: the recommended categories first, then any other missing one.
    for (const HintItem &i : std::as_const(h.information))
        if (!i.present && !i.followUpQuestion.isEmpty())
            h.followUpQuestions << i.followUpQuestion;
    for (const InformationAssessment &a : inspection.information) {
        if (a.present)
            continue;
        const QString q = a.followUpQuestion.isEmpty() ? followUpQuestion(a.category, decision.type)
                                                       : a.followUpQuestion;
        if (!q.isEmpty() && !h.followUpQuestions.contains(q))
            h.followUpQuestions << q;
    }

    const StatementScorer &s = scorer ? *scorer : defaultStatementScorer();
    h.scorerId = s.id();
    if (!h.information.isEmpty()) {
        h.focusCategory = h.information.first().item.informationCategory();
    } else {
        h.focusCategory = InformationCategory::Data;
        h.focusNote = QCoreApplication::translate("Hints", "the rules hold no information ranking; Data's key phrases are used");
    }
    h.focusKeyPhrases = statementQuery(h.focusCategory).keyPhrases;
    const QList<RankedStatement> ranked = rankStatements(inspection.report.body, h.focusCategory, s);
    if (ranked.isEmpty()) {
        h.focusNote = QCoreApplication::translate("Hints", "the report has no prose outside its code blocks");
    } else {
        h.focusStatement = ranked.first().statement.text;
        h.focusSpan = ranked.first().statement.span;
        h.focusScore = ranked.first().score;
        if (!(h.focusScore > 0))
            h.focusNote = QCoreApplication::translate("Hints", "no sentence mentions the key phrases; the first sentence is shown");
    }

    QList<BugType> parts = decision.parts;
    h.subFault = detectSubFault(inspection.report, decision.type, parts);
    if (!h.subFault.subFault.isEmpty()) {
        if (const RuleTable *t = rulebook.forSubFault(h.subFault.subFault))
            for (const RuleEntry &e : t->actions)
                h.subFault.actions << hintItem(e);
    }
    return h;
}

QString Hints::templateText() const
{
    QStringList info;
    for (const HintItem &i : information)
        info << i.name;
    QStringList acts;
    for (const HintItem &a : actions)
        acts << a.name;
    // The template's wording is the thesis's and stays English like the thesis's (a translated
    // UI shows its own labels around it).
    return QLatin1String("Hints\n1. ") + info.join(QLatin1String(", "))
           + QLatin1String(" can be useful information for reproducing the bug.\n2. ") + acts.join(QLatin1String(", "))
           + QLatin1String(" can be useful edit actions for reproducing the bug.\n3. Focus on the Statement: \"")
           + focusStatement + QLatin1String("\"\n");
}

QString Hints::followUpComment() const
{
    if (followUpQuestions.isEmpty())
        return {};
    QString s = QCoreApplication::translate("Hints", "Thanks for the report. To reproduce the bug it would help to know:") + QLatin1Char('\n');
    for (const QString &q : followUpQuestions)
        s += QLatin1String("- ") + q + QLatin1Char('\n');
    return s;
}

QString hintsToText(const Hints &h)
{
    QString s = h.templateText();
    s += QLatin1Char('\n');
    s += QCoreApplication::translate("Hints", "Bug type: %1").arg(bugTypeName(h.bugType));
    if (!h.bugTypeReason.isEmpty())
        s += QLatin1String(" (") + h.bugTypeReason + QLatin1Char(')');
    s += QLatin1Char('\n');
    s += QCoreApplication::translate("Hints", "Rules: %1; minimum confidence %2").arg(h.rulesSource, QString::number(h.minConfidence, 'f', 2))
         + QLatin1Char('\n');
    if (!h.rulesNote.isEmpty())
        s += h.rulesNote + QLatin1Char('\n');
    s += QLatin1Char('\n') + QCoreApplication::translate("Hints", "Information (confidence, in this report)") + QLatin1Char('\n');
    appendItems(s, h.information, h.minConfidence, true);
    s += QCoreApplication::translate("Hints", "Edit actions (confidence)") + QLatin1Char('\n');
    appendItems(s, h.actions, h.minConfidence, false);
    s += QCoreApplication::translate("Hints", "Focus: %1 key phrases %2").arg(informationName(h.focusCategory),
                                              QLatin1Char('"') + h.focusKeyPhrases.join(QLatin1String("\", \""))
                                                  + QLatin1Char('"'));
    if (!h.focusStatement.isEmpty())
        s += QCoreApplication::translate("Hints", "; %1 score %2").arg(h.scorerId, num(h.focusScore));
    s += QLatin1Char('\n');
    if (!h.focusNote.isEmpty())
        s += QLatin1String("  ") + h.focusNote + QLatin1Char('\n');
    if (!h.subFault.subFault.isEmpty()) {
        s += QCoreApplication::translate("Hints", "Sub-fault: %1 (from %2)").arg(h.subFault.subFault, h.subFault.evidence.join(QLatin1String(", ")))
             + QLatin1Char('\n');
        if (h.subFault.actions.isEmpty())
            s += QLatin1String("  ") + QCoreApplication::translate("Hints", "no edit-action rules for it in this rulebook") + QLatin1Char('\n');
        appendItems(s, h.subFault.actions, h.minConfidence, false);
    }
    if (!h.followUpQuestions.isEmpty()) {
        s += QCoreApplication::translate("Hints", "Follow-up questions for the reporter") + QLatin1Char('\n');
        for (const QString &q : h.followUpQuestions)
            s += QLatin1String("  - ") + q + QLatin1Char('\n');
    }
    return s;
}

QJsonObject hintsToJson(const Hints &h)
{
    QJsonObject o;
    o.insert(QLatin1String("schema"), QStringLiteral("dlrepro.hints/1"));
    o.insert(QLatin1String("hint"), h.templateText());
    o.insert(QLatin1String("bugType"), bugTypeId(h.bugType));
    o.insert(QLatin1String("bugTypeReason"), h.bugTypeReason);
    QJsonArray from;
    for (BugType t : h.rulesFrom)
        from.append(bugTypeId(t));
    o.insert(QLatin1String("rulesFrom"), from);
    o.insert(QLatin1String("rulesSource"), h.rulesSource);
    o.insert(QLatin1String("rulesNote"), h.rulesNote);
    o.insert(QLatin1String("minConfidence"), h.minConfidence);
    o.insert(QLatin1String("information"), itemsToJson(h.information, true));
    o.insert(QLatin1String("actions"), itemsToJson(h.actions, false));
    QJsonObject focus;
    focus.insert(QLatin1String("category"), informationId(h.focusCategory));
    focus.insert(QLatin1String("keyPhrases"), QJsonArray::fromStringList(h.focusKeyPhrases));
    focus.insert(QLatin1String("statement"), h.focusStatement);
    if (h.focusSpan.isValid()) {
        focus.insert(QLatin1String("start"), double(h.focusSpan.start));
        focus.insert(QLatin1String("length"), double(h.focusSpan.length));
    }
    focus.insert(QLatin1String("score"), h.focusScore);
    focus.insert(QLatin1String("scorer"), h.scorerId);
    if (!h.focusNote.isEmpty())
        focus.insert(QLatin1String("note"), h.focusNote);
    o.insert(QLatin1String("focus"), focus);
    if (h.subFault.subFault.isEmpty()) {
        o.insert(QLatin1String("subFault"), QJsonValue::Null);
    } else {
        QJsonObject sf;
        sf.insert(QLatin1String("name"), h.subFault.subFault);
        sf.insert(QLatin1String("evidence"), QJsonArray::fromStringList(h.subFault.evidence));
        sf.insert(QLatin1String("actions"), itemsToJson(h.subFault.actions, false));
        o.insert(QLatin1String("subFault"), sf);
    }
    o.insert(QLatin1String("followUpQuestions"), QJsonArray::fromStringList(h.followUpQuestions));
    o.insert(QLatin1String("followUpComment"), h.followUpComment());
    return o;
}

} // namespace dlrepro
