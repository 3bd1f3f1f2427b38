#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace dlrepro {

namespace {
QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xF4, 0xF5, 0xF7));
    p.setColor(QPalette::WindowText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xF7, 0xF8, 0xFA));
    p.setColor(QPalette::Text, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xFB, 0xFB, 0xFC));
    p.setColor(QPalette::ButtonText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Highlight, QColor(0x1E, 0x6F, 0xD9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0xFF, 0xFF, 0xF2));
    p.setColor(QPalette::ToolTipText, QColor(0x1F, 0x23, 0x28));
    p.setColor(QPalette::Link, QColor(0x15, 0x65, 0xC0));
    p.setColor(QPalette::Mid, QColor(0xC8, 0xCC, 0xD2));
    p.setColor(QPalette::PlaceholderText, QColor(0x8A, 0x90, 0x99));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6A, 0x72, 0x7D));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8A, 0x90, 0x99));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9A, 0xA0, 0xA8));
    return p;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x26, 0x2A, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xDC, 0xDF, 0xE4));
    p.setColor(QPalette::Base, QColor(0x1E, 0x22, 0x27));
    p.setColor(QPalette::AlternateBase, QColor(0x2A, 0x2F, 0x36));
    p.setColor(QPalette::Text, QColor(0xDC, 0xDF, 0xE4));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3D));
    p.setColor(QPalette::ButtonText, QColor(0xDC, 0xDF, 0xE4));
    p.setColor(QPalette::Highlight, QColor(0x3D, 0x8B, 0xF2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3D));
    p.setColor(QPalette::ToolTipText, QColor(0xDC, 0xDF, 0xE4));
    p.setColor(QPalette::Link, QColor(0x61, 0xAF, 0xEF));
    p.setColor(QPalette::Mid, QColor(0x45, 0x4B, 0x54));
    p.setColor(QPalette::PlaceholderText, QColor(0x7F, 0x84, 0x8E));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8A, 0x90, 0x99));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7F, 0x84, 0x8E));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7F, 0x84, 0x8E));
    return p;
}
} // namespace

void applyTheme(const QString &theme)
{
    if (theme == QLatin1String("light") || theme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(theme == QLatin1String("dark") ? darkPalette() : lightPalette());
    } else {
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
}

bool isDarkPalette()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace dlrepro
