#pragma once

#include "domain/EditAction.h"
#include "domain/InformationCategory.h"

#include <QList>
#include <QString>
#include <QtGlobal>

namespace dlrepro {

// The two kinds of item a reproduction transaction holds.
enum class ItemClass { Information, EditAction };

QString itemClassId(ItemClass c); // "information", "action"
bool parseItemClass(const QString &text, ItemClass *out);

// One typed item: an information category or an edit action. The study's one-letter code is
// ambiguous across the classes (M is a bug type and an action, D/H/N/L/C are both information
// and actions), so items keep their class and letters are only an import/export format.
class Item
{
public:
    static constexpr int kInformationCount = 5;
    static constexpr int kActionCount = 10;
    static constexpr int kCount = kInformationCount + kActionCount;

    constexpr Item() = default;
    static Item information(InformationCategory c) { return Item(int(c)); }
    static Item action(EditAction a) { return Item(kInformationCount + int(a)); }
    // Dense index 0..kCount-1: information (section 4.3.6 order) then actions (Table 4.5
    // order). It is also the canonical order used to break ties.
    static Item fromIndex(int index) { return Item(index); }

    int index() const { return m_index; }
    ItemClass itemClass() const
    {
        return m_index < kInformationCount ? ItemClass::Information : ItemClass::EditAction;
    }
    InformationCategory informationCategory() const { return InformationCategory(m_index); }
    EditAction editAction() const { return EditAction(m_index - kInformationCount); }

    QChar letter() const;   // the study's letter within the class
    QString id() const;     // "information:data", "action:imports"
    QString name() const;   // "Data", "Import Addition & Dependency Resolution"
    QString shortName() const; // Table 4.7/4.8's spelling ("Import Addition")

    friend constexpr bool operator==(Item a, Item b) { return a.m_index == b.m_index; }
    friend constexpr bool operator<(Item a, Item b) { return a.m_index < b.m_index; }

private:
    constexpr explicit Item(int index) : m_index(index) {}
    int m_index = 0;
};

// Accepts "information:data", "action:imports", or a bare id/name/letter of the given class.
bool parseItem(const QString &text, ItemClass defaultClass, Item *out);

// A set of items as a bitmask over Item::index(); iteration is in canonical order.
class ItemSet
{
public:
    ItemSet() = default;
    ItemSet(std::initializer_list<Item> items);

    void insert(Item item) { m_bits |= (quint32(1) << item.index()); }
    void remove(Item item) { m_bits &= ~(quint32(1) << item.index()); }
    bool contains(Item item) const { return m_bits & (quint32(1) << item.index()); }
    bool isEmpty() const { return m_bits == 0; }
    int size() const;
    QList<Item> items() const;
    ItemSet ofClass(ItemClass c) const;
    quint32 bits() const { return m_bits; }

    // The study's letters of the items of one class, canonical order ("DH").
    QString letters(ItemClass c) const;
    // Parses letters of one class ("DFLR": F is Version Migration); false with the offending
    // character's 0-based position in *badPosition.
    static bool parseLetters(const QString &text, ItemClass c, ItemSet *out, int *badPosition = nullptr);

    friend bool operator==(const ItemSet &a, const ItemSet &b) { return a.m_bits == b.m_bits; }

private:
    quint32 m_bits = 0;
};

} // namespace dlrepro
