// dlrepro-cli mine: Apriori over reproduction transactions, in general or as the study did.
#include "Commands.h"

#include "rules/Apriori.h"
#include "rules/CsvReader.h"
#include "rules/StudyRules.h"
#include "rules/TransactionImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace dlrepro::cli {

namespace {

QString num(double v) { return QString::number(v, 'f', 4); }

// Apriori item ids: Item::index() for information and actions, then one id per bug type, so
// that rules can say {type:training} ⇒ {action:input-data}.
constexpr int kTypeBase = Item::kCount;

QString itemLabel(int id)
{
    if (id >= kTypeBase)
        return QLatin1String("type:") + bugTypeId(allBugTypes().value(id - kTypeBase, BugType::Unknown));
    return Item::fromIndex(id).id();
}

QStringList labels(const std::vector<int> &ids)
{
    QStringList out;
    for (int id : ids)
        out << itemLabel(id);
    return out;
}

QJsonValue finiteOrNull(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }

QString finiteText(double v) { return std::isfinite(v) ? num(v) : QStringLiteral("inf"); }

bool parseNumber(const QCommandLineParser &parser, const QString &name, double low, double high, double *out,
                 QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double v = parser.value(name).toDouble(&ok);
    if (!ok || !(v >= low && v <= high)) {
        *error = QCoreApplication::translate("cli", "--%1 expects a number from %2 to %3, not '%4'")
                     .arg(name)
                     .arg(low)
                     .arg(high)
                     .arg(parser.value(name));
        return false;
    }
    *out = v;
    return true;
}

void printStudyTables(const QList<StudyTable> &tables, const StudyOptions &options, bool info, bool actions,
                      QTextStream &out)
{
    auto section = [&](const QString &title, const QList<RankedItem> &items, qint64 total) {
        out << "  " << title << ' ' << QCoreApplication::translate("cli", "(%1 transactions)").arg(total) << '\n';
        if (items.isEmpty())
            out << "    " << QCoreApplication::translate("cli", "(none recorded)") << '\n';
        int width = 0;
        for (const RankedItem &r : items)
            width = std::max(width, int(r.item.shortName().size()));
        for (const RankedItem &r : items) {
            out << "    " << r.rank << ". " << r.item.letter() << ' ' << r.item.shortName().leftJustified(width) << "  "
                << QStringLiteral("%1/%2").arg(r.count).arg(r.groupCount).leftJustified(7) << ' ' << num(r.confidence);
            if (r.belowMinConfidence)
                out << "  " << QCoreApplication::translate("cli", "(under the minimum confidence %1)").arg(QString::number(options.minConfidence, 'f', 2));
            out << '\n';
        }
    };
    for (const StudyTable &t : tables) {
        out << (t.subFault.isEmpty() ? bugTypeName(t.bugType)
                                     : QCoreApplication::translate("cli", "Sub-fault %1 (%2)").arg(t.subFault, bugTypeName(t.bugType)))
            << '\n';
        if (info && t.informationTransactions > 0)
            section(QCoreApplication::translate("cli", "Information, top %1").arg(options.topInformation), t.topInformation(options),
                    t.informationTransactions);
        if (actions && t.actionTransactions > 0)
            section(QCoreApplication::translate("cli", "Edit actions, top %1").arg(options.topActions), t.topActions(options), t.actionTransactions);
    }
}

QJsonArray rankedToJson(const QList<RankedItem> &items)
{
    QJsonArray out;
    for (const RankedItem &r : items) {
        QJsonObject o;
        o.insert(QLatin1String("rank"), r.rank);
        o.insert(QLatin1String("item"), r.item.id());
        o.insert(QLatin1String("letter"), QString(r.item.letter()));
        o.insert(QLatin1String("name"), r.item.shortName());
        o.insert(QLatin1String("count"), double(r.count));
        o.insert(QLatin1String("groupCount"), double(r.groupCount));
        o.insert(QLatin1String("support"), r.support);
        o.insert(QLatin1String("confidence"), r.confidence);
        o.insert(QLatin1String("belowMinConfidence"), r.belowMinConfidence);
        out.append(o);
    }
    return out;
}

} // namespace

int runMine(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Mine association rules (Apriori) from reproduction transactions: the replication package's\n"
           "CSVs (Dataset_EditActions.csv, ManualReproduction_Github_Bugs.csv, Dataset_CriticalActions.csv,\n"
           "Dataset_Github_CriticalInformation.csv, transactions.csv, Subfaults-Analysis.csv) or dlrepro's\n"
           "own CSV/JSON export. Items are type:<bug type>, information:<category>, action:<edit action>.\n"
           "--by-type runs the study's procedure instead (per bug type, rules {type} => {item} ranked by\n"
           "support then confidence; top 3 information, top 5 edit actions; rules under the minimum\n"
           "confidence kept but marked)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QCoreApplication::translate("cli", "Transaction files."), QStringLiteral("<files...>"));
    const QCommandLineOption minSupport(QStringLiteral("min-support"), QCoreApplication::translate("cli", "Minimum support (default 0.1)."),
                                        QStringLiteral("S"));
    const QCommandLineOption minConfidence(QStringLiteral("min-confidence"),
                                           QCoreApplication::translate("cli", "Minimum confidence (default 0 for Apriori, 0.30 for --by-type)."),
                                           QStringLiteral("C"));
    const QCommandLineOption maxLength(QStringLiteral("max-length"), QCoreApplication::translate("cli", "Largest itemset (default 0: no limit)."),
                                       QStringLiteral("K"));
    const QCommandLineOption minLift(QStringLiteral("min-lift"), QCoreApplication::translate("cli", "Minimum lift (default 0)."), QStringLiteral("L"));
    const QCommandLineOption byType(QStringLiteral("by-type"), QCoreApplication::translate("cli", "The study's per-bug-type tables."));
    const QCommandLineOption items(QStringLiteral("items"), QCoreApplication::translate("cli", "Only these items: actions or information."),
                                   QStringLiteral("class"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), QCoreApplication::translate("cli", "Print CSV."));
    parser.addOptions({minSupport, minConfidence, maxLength, minLift, byType, items, json, csv});

    QStringList argv = args;
    argv.prepend(QStringLiteral("dlrepro-cli mine"));
    auto usage = [&](const QString &message) {
        io.err << "dlrepro-cli mine: " << message << '\n';
        return 2;
    };
    if (!parser.parse(argv))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(QCoreApplication::translate("cli", "expected at least one transaction file (see --help)"));
    if (parser.isSet(json) && parser.isSet(csv))
        return usage(QCoreApplication::translate("cli", "--json and --csv exclude each other"));
    bool wantInfo = true;
    bool wantActions = true;
    if (parser.isSet(items)) {
        ItemClass cls;
        const QString v = parser.value(items);
        if (v == QLatin1String("actions") || v == QLatin1String("action"))
            cls = ItemClass::EditAction;
        else if (!parseItemClass(v, &cls))
            return usage(QCoreApplication::translate("cli", "--items expects actions or information, not '%1'").arg(v));
        wantInfo = cls == ItemClass::Information;
        wantActions = cls == ItemClass::EditAction;
    }

    AprioriOptions ao;
    ao.minConfidence = 0.0;
    StudyOptions so;
    QString error;
    double maxLen = 0;
    if (!parseNumber(parser, QStringLiteral("min-support"), 0, 1, &ao.minSupport, &error)
        || !parseNumber(parser, QStringLiteral("min-confidence"), 0, 1, &ao.minConfidence, &error)
        || !parseNumber(parser, QStringLiteral("max-length"), 0, 1000, &maxLen, &error)
        || !parseNumber(parser, QStringLiteral("min-lift"), 0, 1e12, &ao.minLift, &error))
        return usage(error);
    if (maxLen != std::floor(maxLen))
        return usage(QCoreApplication::translate("cli", "--max-length expects a whole number, not '%1'").arg(parser.value(maxLength)));
    ao.maxLength = int(maxLen);
    if (parser.isSet(minConfidence))
        so.minConfidence = ao.minConfidence;

    QList<Transaction> transactions;
    QStringList names;
    int skipped = 0;
    for (const QString &file : files) {
        TransactionImportResult result;
        TransactionImportError e;
        if (!importTransactionsFile(file, &result, &e)) {
            io.err << "error: " << e.toString() << '\n';
            return 2;
        }
        transactions << result.transactions;
        skipped += result.skippedRows;
        names << QFileInfo(file).fileName();
    }

    if (parser.isSet(byType)) {
        QList<StudyTable> tables = studyRulesByBugType(transactions, so);
        tables << studyRulesBySubFault(transactions, so);
        if (parser.isSet(json)) {
            QJsonArray out;
            for (const StudyTable &t : std::as_const(tables)) {
                QJsonObject o;
                o.insert(QLatin1String("bugType"), bugTypeId(t.bugType));
                if (!t.subFault.isEmpty())
                    o.insert(QLatin1String("subFault"), t.subFault);
                if (wantInfo) {
                    o.insert(QLatin1String("informationTransactions"), double(t.informationTransactions));
                    o.insert(QLatin1String("information"), rankedToJson(t.topInformation(so)));
                }
                if (wantActions) {
                    o.insert(QLatin1String("actionTransactions"), double(t.actionTransactions));
                    o.insert(QLatin1String("actions"), rankedToJson(t.topActions(so)));
                }
                out.append(o);
            }
            QJsonObject root;
            root.insert(QLatin1String("transactions"), double(transactions.size()));
            root.insert(QLatin1String("files"), QJsonArray::fromStringList(names));
            root.insert(QLatin1String("minConfidence"), so.minConfidence);
            root.insert(QLatin1String("tables"), out);
            io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        } else if (parser.isSet(csv)) {
            io.out << CsvReader::formatRecord({QStringLiteral("bug_type"), QStringLiteral("sub_fault"),
                                               QStringLiteral("class"), QStringLiteral("rank"), QStringLiteral("item"),
                                               QStringLiteral("count"), QStringLiteral("group_count"),
                                               QStringLiteral("confidence"), QStringLiteral("below_min_confidence")})
                   << '\n';
            for (const StudyTable &t : std::as_const(tables)) {
                auto rows = [&](const QList<RankedItem> &ranked, const QString &cls) {
                    for (const RankedItem &r : ranked)
                        io.out << CsvReader::formatRecord({bugTypeId(t.bugType), t.subFault, cls,
                                                           QString::number(r.rank), r.item.id(),
                                                           QString::number(r.count), QString::number(r.groupCount),
                                                           num(r.confidence),
                                                           r.belowMinConfidence ? QStringLiteral("1")
                                                                                : QStringLiteral("0")})
                               << '\n';
                };
                if (wantInfo)
                    rows(t.topInformation(so), QStringLiteral("information"));
                if (wantActions)
                    rows(t.topActions(so), QStringLiteral("action"));
            }
        } else {
            io.out << QCoreApplication::translate("cli", "%1 transactions from %2; minimum confidence %3")
                          .arg(transactions.size())
                          .arg(names.join(QLatin1String(", ")))
                          .arg(QString::number(so.minConfidence, 'f', 2))
                   << '\n';
            if (skipped > 0)
                io.out << QCoreApplication::translate("cli", "%1 rows with no edit action marked were skipped, as the study did").arg(skipped) << '\n';
            printStudyTables(tables, so, wantInfo, wantActions, io.out);
        }
        return 0;
    }

    // General Apriori.
    TransactionMatrix matrix(kTypeBase + int(allBugTypes().size()));
    matrix.reserve(transactions.size());
    std::vector<int> row;
    for (const Transaction &t : std::as_const(transactions)) {
        row.clear();
        const int typeIndex = int(allBugTypes().indexOf(t.bugType));
        if (typeIndex >= 0)
            row.push_back(kTypeBase + typeIndex);
        for (Item i : t.items.items())
            if (i.itemClass() == ItemClass::Information ? wantInfo : wantActions)
                row.push_back(i.index());
        matrix.add(row);
    }
    AprioriResult result;
    if (!runApriori(matrix, ao, &result, &error))
        return usage(error);

    if (parser.isSet(json)) {
        QJsonObject root;
        root.insert(QLatin1String("transactions"), double(result.transactionCount));
        root.insert(QLatin1String("files"), QJsonArray::fromStringList(names));
        QJsonObject opts;
        opts.insert(QLatin1String("minSupport"), ao.minSupport);
        opts.insert(QLatin1String("minConfidence"), ao.minConfidence);
        opts.insert(QLatin1String("maxLength"), ao.maxLength);
        opts.insert(QLatin1String("minLift"), ao.minLift);
        root.insert(QLatin1String("options"), opts);
        QJsonArray sets;
        for (const FrequentItemset &s : result.itemsets) {
            QJsonObject o;
            o.insert(QLatin1String("items"), QJsonArray::fromStringList(labels(s.items)));
            o.insert(QLatin1String("count"), double(s.count));
            o.insert(QLatin1String("support"), s.support);
            sets.append(o);
        }
        root.insert(QLatin1String("itemsets"), sets);
        QJsonArray rules;
        for (const AssociationRule &r : result.rules) {
            QJsonObject o;
            o.insert(QLatin1String("antecedent"), QJsonArray::fromStringList(labels(r.antecedent)));
            o.insert(QLatin1String("consequent"), QJsonArray::fromStringList(labels(r.consequent)));
            o.insert(QLatin1String("count"), double(r.count));
            o.insert(QLatin1String("support"), r.support);
            o.insert(QLatin1String("confidence"), r.confidence);
            o.insert(QLatin1String("lift"), r.lift);
            o.insert(QLatin1String("leverage"), r.leverage);
            o.insert(QLatin1String("conviction"), finiteOrNull(r.conviction));
            rules.append(o);
        }
        root.insert(QLatin1String("rules"), rules);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
    } else if (parser.isSet(csv)) {
        io.out << CsvReader::formatRecord({QStringLiteral("kind"), QStringLiteral("antecedent"),
                                           QStringLiteral("consequent"), QStringLiteral("count"),
                                           QStringLiteral("support"), QStringLiteral("confidence"),
                                           QStringLiteral("lift"), QStringLiteral("leverage"),
                                           QStringLiteral("conviction")})
               << '\n';
        for (const FrequentItemset &s : result.itemsets)
            io.out << CsvReader::formatRecord({QStringLiteral("itemset"), labels(s.items).join(QLatin1Char(';')), {},
                                               QString::number(s.count), num(s.support), {}, {}, {}, {}})
                   << '\n';
        for (const AssociationRule &r : result.rules)
            io.out << CsvReader::formatRecord({QStringLiteral("rule"), labels(r.antecedent).join(QLatin1Char(';')),
                                               labels(r.consequent).join(QLatin1Char(';')), QString::number(r.count),
                                               num(r.support), num(r.confidence), num(r.lift), num(r.leverage),
                                               finiteText(r.conviction)})
                   << '\n';
    } else {
        io.out << QCoreApplication::translate("cli", "%1 transactions from %2; min support %3, min confidence %4, max length %5, min lift %6")
                      .arg(result.transactionCount)
                      .arg(names.join(QLatin1String(", ")))
                      .arg(ao.minSupport)
                      .arg(ao.minConfidence)
                      .arg(ao.maxLength == 0 ? QCoreApplication::translate("cli", "none") : QString::number(ao.maxLength))
                      .arg(ao.minLift)
               << "\n\n";
        io.out << QCoreApplication::translate("cli", "Frequent itemsets (%1)").arg(result.itemsets.size()) << '\n';
        io.out << "  support  count  itemset\n";
        for (const FrequentItemset &s : result.itemsets)
            io.out << "  " << num(s.support) << "  " << QString::number(s.count).leftJustified(5) << "  {"
                   << labels(s.items).join(QLatin1String(", ")) << "}\n";
        io.out << '\n' << QCoreApplication::translate("cli", "Rules (%1)").arg(result.rules.size()) << '\n';
        io.out << "  support  confidence  lift    leverage  conviction  rule\n";
        for (const AssociationRule &r : result.rules)
            io.out << "  " << num(r.support) << "   " << num(r.confidence) << "      " << num(r.lift) << "  "
                   << num(r.leverage).rightJustified(8) << "  " << finiteText(r.conviction).leftJustified(10) << "  {"
                   << labels(r.antecedent).join(QLatin1String(", ")) << "} => {"
                   << labels(r.consequent).join(QLatin1String(", ")) << "}\n";
    }
    return 0;
}

} // namespace dlrepro::cli
