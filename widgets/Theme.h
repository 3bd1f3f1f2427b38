#pragma once

#include <QString>

namespace dlrepro {

// Applies "light", "dark" or "system" (the style's own palette) to the application. Fusion is
// used for light and dark so that the palette is honoured on every desktop.
void applyTheme(const QString &theme);
bool isDarkPalette();

} // namespace dlrepro
