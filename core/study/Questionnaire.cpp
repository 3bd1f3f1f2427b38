// The Appendix B forms as data: the bands, the occupations and the answers' JSON.
#include "study/Questionnaire.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace dlrepro {

QList<ExperienceBand> allExperienceBands()
{
    return {ExperienceBand::LessThanOne, ExperienceBand::OneToFive, ExperienceBand::FiveToTen, ExperienceBand::MoreThanTen};
}

QString experienceBandId(ExperienceBand band)
{
    switch (band) {
    case ExperienceBand::LessThanOne: return QStringLiteral("<1");
    case ExperienceBand::OneToFive: return QStringLiteral("1-5");
    case ExperienceBand::FiveToTen: return QStringLiteral("5-10");
    case ExperienceBand::MoreThanTen: return QStringLiteral(">10");
    }
    return {};
}

QString experienceBandName(ExperienceBand band)
{
    switch (band) {
    case ExperienceBand::LessThanOne: return QCoreApplication::translate("Questionnaire", "<1 Year");
    case ExperienceBand::OneToFive: return QCoreApplication::translate("Questionnaire", "1-5 Years");
    case ExperienceBand::FiveToTen: return QCoreApplication::translate("Questionnaire", "5-10 Years");
    case ExperienceBand::MoreThanTen: return QCoreApplication::translate("Questionnaire", ">10 Years");
    }
    return {};
}

bool parseExperienceBand(const QString &text, ExperienceBand *out)
{
    QString t = text.trimmed().toLower();
    t.remove(QLatin1String("years")).remove(QLatin1String("year"));
    t.remove(QLatin1Char(' '));
    t.replace(QChar(0x2013), QLatin1Char('-'));
    for (ExperienceBand b : allExperienceBands()) {
        if (t == experienceBandId(b)) {
            *out = b;
            return true;
        }
    }
    return false;
}

QString occupationId(Occupation o)
{
    return o == Occupation::Researcher ? QStringLiteral("researcher") : QStringLiteral("practitioner");
}

QString occupationName(Occupation o)
{
    return o == Occupation::Researcher
        ? QCoreApplication::translate("Questionnaire", "Researcher (Masters/Doctoral Student, PostDoc, Faculty)")
        : QCoreApplication::translate("Questionnaire", "Software Practitioner (Software Engineer, Deep Learning Engineer, Machine Learning Engineer etc.)");
}

bool parseOccupation(const QString &text, Occupation *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("researcher") || t == QLatin1String("academia")) {
        *out = Occupation::Researcher;
        return true;
    }
    if (t == QLatin1String("practitioner") || t == QLatin1String("industry")) {
        *out = Occupation::Practitioner;
        return true;
    }
    return false;
}

QStringList studyFrameworkIds()
{
    return {QStringLiteral("tensorflow"), QStringLiteral("pytorch"), QStringLiteral("keras"), QStringLiteral("other")};
}

QJsonObject demographicsToJson(const Demographics &d)
{
    return {{QStringLiteral("dlExperience"), experienceBandId(d.dlExperience)},
            {QStringLiteral("bugFixExperience"), experienceBandId(d.bugFixExperience)},
            {QStringLiteral("occupation"), occupationId(d.occupation)},
            {QStringLiteral("frameworks"), QJsonArray::fromStringList(d.frameworks)},
            {QStringLiteral("challenges"), d.challenges}};
}

bool demographicsFromJson(const QJsonObject &o, Demographics *out, QString *error)
{
    Demographics d;
    const auto band = [&](const QString &key, ExperienceBand *b) {
        if (!o.value(key).isString() || !parseExperienceBand(o.value(key).toString(), b)) {
            *error = QCoreApplication::translate("Questionnaire", "'%1' must be one of <1, 1-5, 5-10, >10 (years), not '%2'")
                         .arg(key, o.value(key).toVariant().toString());
            return false;
        }
        return true;
    };
    if (!band(QStringLiteral("dlExperience"), &d.dlExperience) || !band(QStringLiteral("bugFixExperience"), &d.bugFixExperience))
        return false;
    if (!parseOccupation(o.value(QStringLiteral("occupation")).toString(), &d.occupation)) {
        *error = QCoreApplication::translate("Questionnaire", "'occupation' must be practitioner or researcher, not '%1'")
                     .arg(o.value(QStringLiteral("occupation")).toVariant().toString());
        return false;
    }
    const QStringList known = studyFrameworkIds();
    for (const QJsonValue &v : o.value(QStringLiteral("frameworks")).toArray()) {
        const QString f = v.toString().trimmed().toLower();
        if (!known.contains(f)) {
            *error = QCoreApplication::translate("Questionnaire", "'frameworks': unknown framework '%1' (expected %2)")
                         .arg(v.toVariant().toString(), known.join(QLatin1String(", ")));
            return false;
        }
        if (!d.frameworks.contains(f))
            d.frameworks << f;
    }
    d.challenges = o.value(QStringLiteral("challenges")).toString();
    *out = d;
    return true;
}

QJsonObject bugAnswersToJson(const BugAnswers &a)
{
    QJsonArray actions;
    for (EditAction e : a.editActions)
        actions.append(editActionId(e));
    QJsonArray information;
    for (InformationCategory c : a.information)
        information.append(informationId(c));
    return {{QStringLiteral("editActions"), actions},
            {QStringLiteral("editActionsWhy"), a.editActionsWhy},
            {QStringLiteral("information"), information},
            {QStringLiteral("informationWhy"), a.informationWhy},
            {QStringLiteral("otherActions"), a.otherActions},
            {QStringLiteral("selfReportedReproduced"), a.selfReportedReproduced}};
}

bool bugAnswersFromJson(const QJsonObject &o, BugAnswers *out, QString *error)
{
    BugAnswers a;
    for (const QJsonValue &v : o.value(QStringLiteral("editActions")).toArray()) {
        EditAction e;
        if (!parseEditAction(v.toString(), &e)) {
            *error = QCoreApplication::translate("Questionnaire", "'editActions': unknown edit action '%1'").arg(v.toVariant().toString());
            return false;
        }
        if (!a.editActions.contains(e))
            a.editActions << e;
    }
    for (const QJsonValue &v : o.value(QStringLiteral("information")).toArray()) {
        InformationCategory c;
        if (!parseInformationCategory(v.toString(), &c)) {
            *error = QCoreApplication::translate("Questionnaire", "'information': unknown information category '%1'").arg(v.toVariant().toString());
            return false;
        }
        if (!a.information.contains(c))
            a.information << c;
    }
    a.editActionsWhy = o.value(QStringLiteral("editActionsWhy")).toString();
    a.informationWhy = o.value(QStringLiteral("informationWhy")).toString();
    a.otherActions = o.value(QStringLiteral("otherActions")).toString();
    a.selfReportedReproduced = o.value(QStringLiteral("selfReportedReproduced")).toBool();
    *out = a;
    return true;
}

} // namespace dlrepro
