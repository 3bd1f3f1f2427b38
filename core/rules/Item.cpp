#include "Item.h"

#include <bit>

namespace dlrepro {

QString itemClassId(ItemClass c)
{
    return c == ItemClass::Information ? QStringLiteral("information") : QStringLiteral("action");
}

bool parseItemClass(const QString &text, ItemClass *out)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("information") || t == QLatin1String("info")) {
        *out = ItemClass::Information;
        return true;
    }
    if (t == QLatin1String("action") || t == QLatin1String("actions") || t == QLatin1String("edit action")
        || t == QLatin1String("edit actions")) {
        *out = ItemClass::EditAction;
        return true;
    }
    return false;
}

QChar Item::letter() const
{
    return itemClass() == ItemClass::Information ? informationLetter(informationCategory())
                                                 : editActionLetter(editAction());
}

QString Item::id() const
{
    return itemClass() == ItemClass::Information ? QStringLiteral("information:") + informationId(informationCategory())
                                                 : QStringLiteral("action:") + editActionId(editAction());
}

QString Item::name() const
{
    return itemClass() == ItemClass::Information ? informationName(informationCategory())
                                                 : editActionName(editAction());
}

QString Item::shortName() const
{
    return itemClass() == ItemClass::Information ? informationName(informationCategory())
                                                 : editActionShortName(editAction());
}

bool parseItem(const QString &text, ItemClass defaultClass, Item *out)
{
    ItemClass cls = defaultClass;
    QString rest = text.trimmed();
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        if (!parseItemClass(rest.left(colon), &cls))
            return false;
        rest = rest.mid(colon + 1);
    }
    if (cls == ItemClass::Information) {
        InformationCategory c;
        if (!parseInformationCategory(rest, &c))
            return false;
        *out = Item::information(c);
        return true;
    }
    EditAction a;
    if (!parseEditAction(rest, &a))
        return false;
    *out = Item::action(a);
    return true;
}

ItemSet::ItemSet(std::initializer_list<Item> items)
{
    for (Item i : items)
        insert(i);
}

int ItemSet::size() const { return std::popcount(m_bits); }

QList<Item> ItemSet::items() const
{
    QList<Item> out;
    for (int i = 0; i < Item::kCount; ++i)
        if (m_bits & (quint32(1) << i))
            out.append(Item::fromIndex(i));
    return out;
}

ItemSet ItemSet::ofClass(ItemClass c) const
{
    ItemSet out;
    const quint32 infoMask = (quint32(1) << Item::kInformationCount) - 1;
    out.m_bits = m_bits & (c == ItemClass::Information ? infoMask : ~infoMask);
    return out;
}

QString ItemSet::letters(ItemClass c) const
{
    QString out;
    for (Item i : ofClass(c).items())
        out.append(i.letter());
    return out;
}

bool ItemSet::parseLetters(const QString &text, ItemClass c, ItemSet *out, int *badPosition)
{
    ItemSet set;
    for (qsizetype p = 0; p < text.size(); ++p) {
        const QChar ch = text.at(p);
        if (ch.isSpace())
            continue;
        Item item;
        // Letters are upper case in the study's files; a lower-case letter is a typo there.
        if (!ch.isUpper() || !parseItem(QString(ch), c, &item)) {
            if (badPosition)
                *badPosition = int(p);
            return false;
        }
        set.insert(item);
    }
    *out = set;
    return true;
}

} // namespace dlrepro
