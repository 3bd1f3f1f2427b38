#include "HtmlEntities.h"

#include <QHash>

namespace dlrepro {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        struct E { const char *name; char32_t cp; };
        static const E entries[] = {
            {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''},
            {"nbsp", 0xA0}, {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009},
            {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122}, {"hellip", 0x2026},
            {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
            {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"sbquo", 0x201A}, {"bdquo", 0x201E},
            {"laquo", 0xAB}, {"raquo", 0xBB}, {"bull", 0x2022}, {"middot", 0xB7},
            {"times", 0xD7}, {"divide", 0xF7}, {"deg", 0xB0}, {"plusmn", 0xB1},
            {"micro", 0xB5}, {"para", 0xB6}, {"sect", 0xA7}, {"cent", 0xA2},
            {"pound", 0xA3}, {"yen", 0xA5}, {"euro", 0x20AC}, {"iexcl", 0xA1},
            {"iquest", 0xBF}, {"shy", 0xAD}, {"sup2", 0xB2}, {"sup3", 0xB3},
            {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE},
            {"larr", 0x2190}, {"uarr", 0x2191}, {"rarr", 0x2192}, {"darr", 0x2193},
            {"harr", 0x2194}, {"rArr", 0x21D2}, {"lArr", 0x21D0},
            {"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260}, {"asymp", 0x2248},
            {"infin", 0x221E}, {"minus", 0x2212}, {"lowast", 0x2217}, {"radic", 0x221A},
            {"sum", 0x2211}, {"prod", 0x220F}, {"isin", 0x2208}, {"forall", 0x2200},
            {"alpha", 0x3B1}, {"beta", 0x3B2}, {"gamma", 0x3B3}, {"delta", 0x3B4},
            {"epsilon", 0x3B5}, {"eta", 0x3B7}, {"theta", 0x3B8}, {"lambda", 0x3BB},
            {"mu", 0x3BC}, {"pi", 0x3C0}, {"rho", 0x3C1}, {"sigma", 0x3C3},
            {"tau", 0x3C4}, {"phi", 0x3C6}, {"omega", 0x3C9}, {"Delta", 0x394},
            {"Sigma", 0x3A3}, {"Omega", 0x3A9}, {"zwj", 0x200D}, {"zwnj", 0x200C},
            {"lrm", 0x200E}, {"rlm", 0x200F}, {"auml", 0xE4}, {"ouml", 0xF6},
            {"uuml", 0xFC}, {"Auml", 0xC4}, {"Ouml", 0xD6}, {"Uuml", 0xDC},
            {"szlig", 0xDF}, {"eacute", 0xE9}, {"egrave", 0xE8}, {"agrave", 0xE0},
            {"aacute", 0xE1}, {"ccedil", 0xE7}, {"ntilde", 0xF1}, {"oacute", 0xF3},
            {"iacute", 0xED}, {"uacute", 0xFA}, {"Eacute", 0xC9},
        };
        QHash<QString, char32_t> t;
        for (const E &e : entries)
            t.insert(QString::fromLatin1(e.name), e.cp);
        return t;
    }();
    return table;
}

void appendCodePoint(QString *out, char32_t cp)
{
    // NUL, surrogates and values past Unicode are not characters.
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = 0xFFFD;
    if (QChar::requiresSurrogates(cp)) {
        out->append(QChar(QChar::highSurrogate(cp)));
        out->append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out->append(QChar(char16_t(cp)));
    }
}

bool isAsciiAlnum(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// Decodes the reference at text[i] == '&'; returns the index after it, or i when it is none.
qsizetype decodeAt(QStringView text, qsizetype i, QString *out)
{
    const qsizetype n = text.size();
    qsizetype j = i + 1;
    if (j < n && text.at(j) == u'#') {
        ++j;
        const bool hex = j < n && (text.at(j) == u'x' || text.at(j) == u'X');
        if (hex)
            ++j;
        const qsizetype digitsStart = j;
        char32_t value = 0;
        bool overflow = false;
        while (j < n) {
            const QChar c = text.at(j);
            int d = -1;
            if (c >= u'0' && c <= u'9')
                d = c.unicode() - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                d = c.unicode() - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                d = c.unicode() - u'A' + 10;
            if (d < 0)
                break;
            if (value > 0x10FFFF)
                overflow = true;
            else
                value = value * (hex ? 16 : 10) + char32_t(d);
            ++j;
        }
        if (j == digitsStart)
            return i;
        if (j < n && text.at(j) == u';')
            ++j;
        appendCodePoint(out, overflow ? char32_t(0xFFFD) : value);
        return j;
    }
    while (j < n && j - i <= 32 && isAsciiAlnum(text.at(j)))
        ++j;
    if (j >= n || text.at(j) != u';' || j == i + 1)
        return i;
    const auto it = namedEntities().constFind(text.mid(i + 1, j - i - 1).toString());
    if (it == namedEntities().constEnd())
        return i;
    appendCodePoint(out, it.value());
    return j + 1;
}

} // namespace

QString decodeHtmlEntities(QStringView text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (amp >= 0) {
        out.append(text.mid(i, amp - i));
        const qsizetype next = decodeAt(text, amp, &out);
        if (next == amp) {
            out.append(u'&');
            i = amp + 1;
        } else {
            i = next;
        }
        amp = text.indexOf(u'&', i);
    }
    out.append(text.mid(i));
    return out;
}

} // namespace dlrepro
