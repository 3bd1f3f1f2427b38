// Tables 4.9–4.11 and the per-participant and per-bug details from the study's event logs.
#include "study/StudyAnalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace dlrepro {

namespace {

QString dash() { return QString(QChar(0x2013)); }

QString number(double v, int decimals = 2)
{
    return std::isnan(v) ? dash() : QString::number(v, 'f', decimals);
}

double meanOf(const QList<double> &values)
{
    if (values.isEmpty())
        return std::nan("");
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

int bandIndex(ExperienceBand b) { return int(b); }

} // namespace

QString successMeasureId(SuccessMeasure m)
{
    return m == SuccessMeasure::SelfReported ? QStringLiteral("self-reported") : QStringLiteral("verified");
}

bool parseSuccessMeasure(const QString &text, SuccessMeasure *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("verified"))
        *out = SuccessMeasure::Verified;
    else if (t == QLatin1String("self-reported") || t == QLatin1String("self"))
        *out = SuccessMeasure::SelfReported;
    else
        return false;
    return true;
}

double StudyAnalysis::averagePercent(StudyGroup g) const
{
    QList<double> values;
    for (const SetGroupCell &c : (g == StudyGroup::Control ? control : experimental))
        if (c.bugs)
            values << c.percentReproduced();
    return meanOf(values);
}

double StudyAnalysis::averageSeconds(StudyGroup g) const
{
    QList<double> values;
    for (const SetGroupCell &c : (g == StudyGroup::Control ? control : experimental))
        if (c.bugs)
            values << c.meanSeconds();
    return meanOf(values);
}

double StudyAnalysis::averageTimeDecrease() const
{
    QList<double> values;
    for (const QString &s : sets) {
        const SetGroupCell c = control.value(s), e = experimental.value(s);
        if (c.bugs && e.bugs && c.meanSeconds() > 0)
            values << 100.0 * (c.meanSeconds() - e.meanSeconds()) / c.meanSeconds();
    }
    return meanOf(values);
}

StudyAnalysis analyseStudy(const StudyStore &store, SuccessMeasure measure, QString *error)
{
    StudyAnalysis a;
    a.measure = measure;
    const StudyDesign &design = store.design();
    for (const StudySet &s : design.sets) {
        a.sets << s.id;
        a.control.insert(s.id, {});
        a.experimental.insert(s.id, {});
    }
    a.participants = store.participants(error);
    for (const Participant &p : std::as_const(a.participants)) {
        const StudySet *set = design.set(p.setId);
        if (!set)
            continue;
        const SessionState state = replaySession(store.events(p.id, error), set->bugs);
        for (int i = 0; i < state.bugs.size(); ++i) {
            BugOutcome o;
            o.participantId = p.id;
            o.group = p.group;
            o.setId = p.setId;
            o.position = i;
            o.bugId = state.bugs.at(i).bugId;
            if (const StudyBug *b = design.bug(o.bugId))
                o.difficulty = b->difficulty;
            o.record = state.bugs.at(i);
            o.reproduced = o.record.submitted
                && (measure == SuccessMeasure::Verified ? o.record.verifiedReproduced : o.record.answers.selfReportedReproduced);
            if (o.record.submitted) {
                SetGroupCell &cell = (p.group == StudyGroup::Control ? a.control : a.experimental)[p.setId];
                ++cell.bugs;
                cell.reproduced += o.reproduced ? 1 : 0;
                cell.totalSeconds += o.seconds();
            }
            a.outcomes << o;
        }
    }
    return a;
}

TextTable reproductionRateTable(const StudyAnalysis &a)
{
    TextTable t;
    t.caption = QCoreApplication::translate("StudyAnalysis", "Percentage of bugs successfully reproduced by control and experimental group across different sets (%1 success).")
                    .arg(successMeasureId(a.measure));
    t.label = QStringLiteral("tab:study-reproduced");
    t.headers = {QCoreApplication::translate("StudyAnalysis", "Set"),
                 QCoreApplication::translate("StudyAnalysis", "% of bugs reproduced by Control group"),
                 QCoreApplication::translate("StudyAnalysis", "% of bugs reproduced by Experimental group"),
                 QCoreApplication::translate("StudyAnalysis", "% Increase")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const QString &s : a.sets) {
        const double c = a.control.value(s).percentReproduced(), e = a.experimental.value(s).percentReproduced();
        t.rows << QStringList{s, number(c), number(e), number(e - c)};
    }
    const double c = a.averagePercent(StudyGroup::Control), e = a.averagePercent(StudyGroup::Experimental);
    t.rows << QStringList{QCoreApplication::translate("StudyAnalysis", "Average"), number(c), number(e), number(e - c)};
    return t;
}

TextTable reproductionTimeTable(const StudyAnalysis &a)
{
    TextTable t;
    t.caption = QCoreApplication::translate("StudyAnalysis", "Time taken for bug reproduction by control and experimental groups.");
    t.label = QStringLiteral("tab:study-time");
    t.headers = {QCoreApplication::translate("StudyAnalysis", "Set"),
                 QCoreApplication::translate("StudyAnalysis", "Average time taken by Control Group (seconds)"),
                 QCoreApplication::translate("StudyAnalysis", "Average time taken by Experimental Group (seconds)"),
                 QCoreApplication::translate("StudyAnalysis", "% Decrease")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const QString &s : a.sets) {
        const double c = a.control.value(s).meanSeconds(), e = a.experimental.value(s).meanSeconds();
        t.rows << QStringList{s, number(c, 0), number(e, 0), number(c > 0 ? 100.0 * (c - e) / c : std::nan(""))};
    }
    t.rows << QStringList{QCoreApplication::translate("StudyAnalysis", "Average"), number(a.averageSeconds(StudyGroup::Control), 0),
                          number(a.averageSeconds(StudyGroup::Experimental), 0), number(a.averageTimeDecrease())};
    return t;
}

TextTable participantTable(const StudyAnalysis &a)
{
    TextTable t;
    t.caption = QCoreApplication::translate("StudyAnalysis", "Participants.");
    t.headers = {QCoreApplication::translate("StudyAnalysis", "Participant"), QCoreApplication::translate("StudyAnalysis", "Group"),
                 QCoreApplication::translate("StudyAnalysis", "Set"), QCoreApplication::translate("StudyAnalysis", "DL experience"),
                 QCoreApplication::translate("StudyAnalysis", "Bug-fixing experience"), QCoreApplication::translate("StudyAnalysis", "Occupation"),
                 QCoreApplication::translate("StudyAnalysis", "Submitted"), QCoreApplication::translate("StudyAnalysis", "Reproduced"),
                 QCoreApplication::translate("StudyAnalysis", "Seconds"), QCoreApplication::translate("StudyAnalysis", "Interruptions")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Left,
                   ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    for (const Participant &p : a.participants) {
        int submitted = 0, reproduced = 0, interruptions = 0, total = 0;
        double seconds = 0;
        for (const BugOutcome &o : a.outcomes) {
            if (o.participantId != p.id)
                continue;
            ++total;
            submitted += o.record.submitted ? 1 : 0;
            reproduced += o.reproduced ? 1 : 0;
            interruptions += o.record.interruptions;
            if (o.record.submitted)
                seconds += o.seconds();
        }
        t.rows << QStringList{p.id, studyGroupId(p.group), p.setId, experienceBandId(p.demographics.dlExperience),
                              experienceBandId(p.demographics.bugFixExperience), occupationId(p.demographics.occupation),
                              QStringLiteral("%1/%2").arg(submitted).arg(total), QString::number(reproduced),
                              number(seconds, 0), QString::number(interruptions)};
    }
    return t;
}

TextTable bugTable(const StudyAnalysis &a)
{
    TextTable t;
    t.caption = QCoreApplication::translate("StudyAnalysis", "Bugs.");
    t.headers = {QCoreApplication::translate("StudyAnalysis", "Bug"), QCoreApplication::translate("StudyAnalysis", "Difficulty"),
                 QCoreApplication::translate("StudyAnalysis", "Control: submitted"), QCoreApplication::translate("StudyAnalysis", "Control: % reproduced"),
                 QCoreApplication::translate("StudyAnalysis", "Control: mean seconds"),
                 QCoreApplication::translate("StudyAnalysis", "Experimental: submitted"),
                 QCoreApplication::translate("StudyAnalysis", "Experimental: % reproduced"),
                 QCoreApplication::translate("StudyAnalysis", "Experimental: mean seconds")};
    t.alignment = {ColumnAlign::Left, ColumnAlign::Left, ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right,
                   ColumnAlign::Right, ColumnAlign::Right, ColumnAlign::Right};
    QStringList bugs;
    for (const BugOutcome &o : a.outcomes)
        if (!bugs.contains(o.bugId))
            bugs << o.bugId;
    std::sort(bugs.begin(), bugs.end());
    for (const QString &bug : bugs) {
        SetGroupCell c, e;
        BugDifficulty difficulty = BugDifficulty::Easy;
        for (const BugOutcome &o : a.outcomes) {
            if (o.bugId != bug || !o.record.submitted)
                continue;
            difficulty = o.difficulty;
            SetGroupCell &cell = o.group == StudyGroup::Control ? c : e;
            ++cell.bugs;
            cell.reproduced += o.reproduced ? 1 : 0;
            cell.totalSeconds += o.seconds();
        }
        t.rows << QStringList{bug, bugDifficultyId(difficulty), QString::number(c.bugs), number(c.percentReproduced()),
                              number(c.meanSeconds(), 0), QString::number(e.bugs), number(e.percentReproduced()),
                              number(e.meanSeconds(), 0)};
    }
    return t;
}

DataTable studyVariables(const StudyAnalysis &a)
{
    DataTable t;
    t.headers = {QStringLiteral("Participant"), QStringLiteral("BugReproduced"), QStringLiteral("Hints"), QStringLiteral("DLExp"),
                 QStringLiteral("Field"), QStringLiteral("DLBugFixExp"), QStringLiteral("Set"), QStringLiteral("Bug"),
                 QStringLiteral("Difficulty"), QStringLiteral("Seconds")};
    for (const BugOutcome &o : a.outcomes) {
        if (!o.record.submitted)
            continue;
        const Participant *p = nullptr;
        for (const Participant &q : a.participants)
            if (q.id == o.participantId)
                p = &q;
        if (!p)
            continue;
        t.rows << QStringList{o.participantId,
                              QString::number(o.reproduced ? 1 : 0),
                              QString::number(o.group == StudyGroup::Experimental ? 1 : 0),
                              QString::number(bandIndex(p->demographics.dlExperience)),
                              QString::number(p->demographics.occupation == Occupation::Researcher ? 1 : 0),
                              QString::number(bandIndex(p->demographics.bugFixExperience)),
                              o.setId,
                              o.bugId,
                              QString::number(o.difficulty == BugDifficulty::Difficult ? 1 : 0),
                              QString::number(o.seconds(), 'f', 3)};
    }
    return t;
}

GlmFormula thesisGlmFormula()
{
    GlmFormula f;
    f.response = QStringLiteral("BugReproduced");
    f.terms = {QStringLiteral("DLBugFixExp"), QStringLiteral("Hints"), QStringLiteral("DLExp"), QStringLiteral("Field")};
    f.dummies = {QStringLiteral("DLBugFixExp")};
    f.keepAllDummies = true;
    return f;
}

bool parseStudyFormula(const QString &text, GlmFormula *out, QString *error)
{
    GlmFormula f;
    f.response = QStringLiteral("BugReproduced");
    QString rhs = text;
    const qsizetype tilde = text.indexOf(QLatin1Char('~'));
    if (tilde >= 0) {
        const QString lhs = text.left(tilde).trimmed();
        if (!lhs.isEmpty())
            f.response = lhs;
        rhs = text.mid(tilde + 1);
    }
    static const QRegularExpression dummy(QStringLiteral("^C\\(\\s*(\\w+)\\s*\\)$"));
    const QStringList known = studyVariables(StudyAnalysis()).headers;
    for (QString term : rhs.split(QLatin1Char('+'), Qt::SkipEmptyParts)) {
        term = term.trimmed();
        const QRegularExpressionMatch m = dummy.match(term);
        const QString name = m.hasMatch() ? m.captured(1) : term;
        if (!known.contains(name) || name == QLatin1String("Participant")) {
            *error = QCoreApplication::translate("StudyAnalysis", "unknown study variable '%1' in the formula (known: %2)")
                         .arg(name, known.mid(1).join(QLatin1String(", ")));
            return false;
        }
        f.terms << name;
        if (m.hasMatch())
            f.dummies << name;
    }
    if (f.terms.isEmpty() || !known.contains(f.response)) {
        *error = QCoreApplication::translate("StudyAnalysis", "the formula '%1' has no terms or an unknown response").arg(text);
        return false;
    }
    *out = f;
    return true;
}

bool fitStudyGlm(const StudyAnalysis &a, const GlmFormula &formula, GlmFit *fit, QString *error)
{
    DesignMatrix x;
    std::vector<double> y;
    if (!buildGlmDesign(studyVariables(a), formula, &x, &y, error))
        return false;
    return fitBinomialGlm(x, y, GlmOptions(), fit, error);
}

namespace {

QJsonValue jsonNumber(double v) { return std::isnan(v) ? QJsonValue() : QJsonValue(v); }

QJsonObject cellJson(const SetGroupCell &c)
{
    return {{QStringLiteral("bugs"), c.bugs}, {QStringLiteral("reproduced"), c.reproduced},
            {QStringLiteral("percentReproduced"), jsonNumber(c.percentReproduced())},
            {QStringLiteral("meanSeconds"), jsonNumber(c.meanSeconds())}};
}

} // namespace

QJsonObject studyAnalysisToJson(const StudyAnalysis &a)
{
    QJsonArray sets;
    for (const QString &s : a.sets)
        sets.append(QJsonObject{{QStringLiteral("set"), s},
                                {QStringLiteral("control"), cellJson(a.control.value(s))},
                                {QStringLiteral("experimental"), cellJson(a.experimental.value(s))}});
    QJsonArray outcomes;
    for (const BugOutcome &o : a.outcomes)
        outcomes.append(QJsonObject{{QStringLiteral("participant"), o.participantId},
                                    {QStringLiteral("group"), studyGroupId(o.group)},
                                    {QStringLiteral("set"), o.setId},
                                    {QStringLiteral("bug"), o.bugId},
                                    {QStringLiteral("difficulty"), bugDifficultyId(o.difficulty)},
                                    {QStringLiteral("submitted"), o.record.submitted},
                                    {QStringLiteral("reproduced"), o.reproduced},
                                    {QStringLiteral("selfReported"), o.record.answers.selfReportedReproduced},
                                    {QStringLiteral("verified"), o.record.verifiedReproduced},
                                    {QStringLiteral("seconds"), o.seconds()},
                                    {QStringLiteral("pausedSeconds"), double(o.record.pausedMs) / 1000.0},
                                    {QStringLiteral("interruptions"), o.record.interruptions},
                                    {QStringLiteral("runs"), o.record.runs},
                                    {QStringLiteral("verifies"), o.record.verifies},
                                    {QStringLiteral("actionsApplied"), QJsonArray::fromStringList(o.record.actionsApplied)}});
    return {{QStringLiteral("schema"), QStringLiteral("dlrepro.study-analysis/1")},
            {QStringLiteral("success"), successMeasureId(a.measure)},
            {QStringLiteral("participants"), int(a.participants.size())},
            {QStringLiteral("sets"), sets},
            {QStringLiteral("average"),
             QJsonObject{{QStringLiteral("controlPercent"), jsonNumber(a.averagePercent(StudyGroup::Control))},
                         {QStringLiteral("experimentalPercent"), jsonNumber(a.averagePercent(StudyGroup::Experimental))},
                         {QStringLiteral("controlSeconds"), jsonNumber(a.averageSeconds(StudyGroup::Control))},
                         {QStringLiteral("experimentalSeconds"), jsonNumber(a.averageSeconds(StudyGroup::Experimental))},
                         {QStringLiteral("timeDecreasePercent"), jsonNumber(a.averageTimeDecrease())}}},
            {QStringLiteral("outcomes"), outcomes}};
}

TextTable responsesTable(const StudyAnalysis &a)
{
    TextTable t;
    int maxBugs = 0;
    for (const BugOutcome &o : a.outcomes)
        maxBugs = std::max(maxBugs, o.position + 1);
    t.headers = {QStringLiteral("ParticipantId"), QStringLiteral("Group"), QStringLiteral("Set"),
                 QStringLiteral("Q1_DLExperience"), QStringLiteral("Q2_DLBugFixExperience"), QStringLiteral("Q3_Occupation")};
    for (const QString &f : studyFrameworkIds())
        t.headers << QStringLiteral("Q4_") + f;
    t.headers << QStringLiteral("Q5_Challenges");
    for (int i = 0; i < maxBugs; ++i) {
        const int q = firstBugQuestionNumber(i);
        const QString bug = QStringLiteral("Bug%1_").arg(i + 1);
        t.headers << bug + QStringLiteral("Id");
        for (EditAction e : allEditActions())
            t.headers << QStringLiteral("Q%1_").arg(q) + editActionId(e);
        t.headers << QStringLiteral("Q%1_Why").arg(q + 1);
        for (InformationCategory c : allInformationCategories())
            t.headers << QStringLiteral("Q%1_").arg(q + 2) + informationId(c);
        t.headers << QStringLiteral("Q%1_Why").arg(q + 3) << QStringLiteral("Q%1_OtherActions").arg(q + 4)
                  << bug + QStringLiteral("SelfReported") << bug + QStringLiteral("Verified") << bug + QStringLiteral("Seconds");
    }
    for (const Participant &p : a.participants) {
        QStringList row{p.id, studyGroupId(p.group), p.setId, experienceBandId(p.demographics.dlExperience),
                        experienceBandId(p.demographics.bugFixExperience), occupationId(p.demographics.occupation)};
        for (const QString &f : studyFrameworkIds())
            row << QString::number(p.demographics.frameworks.contains(f) ? 1 : 0);
        row << p.demographics.challenges;
        for (const BugOutcome &o : a.outcomes) {
            if (o.participantId != p.id)
                continue;
            const BugAnswers &ans = o.record.answers;
            const bool s = o.record.submitted;
            row << o.bugId;
            for (EditAction e : allEditActions())
                row << (s ? QString::number(ans.editActions.contains(e) ? 1 : 0) : QString());
            row << ans.editActionsWhy;
            for (InformationCategory c : allInformationCategories())
                row << (s ? QString::number(ans.information.contains(c) ? 1 : 0) : QString());
            row << ans.informationWhy << ans.otherActions
                << (s ? QString::number(ans.selfReportedReproduced ? 1 : 0) : QString())
                << (s ? QString::number(o.record.verifiedReproduced ? 1 : 0) : QString())
                << (s ? QString::number(o.seconds(), 'f', 1) : QString());
        }
        t.rows << row;
    }
    return t;
}

} // namespace dlrepro
