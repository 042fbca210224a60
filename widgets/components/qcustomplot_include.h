#pragma once
// The only way into qcustomplot.h. Debian's header uses Qt's `signals` and `foreach` keywords,
// which the whole build turns off (QT_NO_KEYWORDS, QT_NO_FOREACH: LibTorch breaks under `slots`).
// They are mapped here for the length of the include and removed again, so nothing else sees them.

#include <QtCore/qglobal.h>

#pragma push_macro("signals")
#pragma push_macro("slots")
#pragma push_macro("emit")
#pragma push_macro("foreach")
#undef signals
#undef slots
#undef emit
#undef foreach
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define emit Q_EMIT
// Q_FOREACH does not exist under QT_NO_FOREACH; the header's two loops only read const members,
// so a range-for means the same.
#define foreach(declaration, container) for (declaration : container)

#include <qcustomplot.h>

#undef signals
#undef slots
#undef emit
#undef foreach
#pragma pop_macro("foreach")
#pragma pop_macro("emit")
#pragma pop_macro("slots")
#pragma pop_macro("signals")
