#pragma once

#include <QString>

namespace dlrepro {

// Decodes character references: the common named ones (&amp; &lt; &nbsp; &hellip; …) and
// numeric ones (&#39; &#x27;). Unknown names stay as written; invalid code points become U+FFFD.
QString decodeHtmlEntities(QStringView text);

} // namespace dlrepro
