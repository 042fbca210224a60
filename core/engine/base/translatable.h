#pragma once
// Marks engine text the studio shows to people (a preset's name and explanation) for translation,
// without Qt in the engine: lupdate finds QT_TRANSLATE_NOOP(context, text) in the engine sources as it
// does in the GUI's, the engine keeps the English text, and the GUI shows
// QCoreApplication::translate(context, text) of it. Scanned by the lupdate command in the README.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif
