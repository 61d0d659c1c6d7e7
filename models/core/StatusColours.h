#pragma once

#include <QColor>
#include <QPalette>

// The colours that carry meaning (errors, warnings, passes), chosen for the palette in use so that they stay
// readable in a dark theme as in a light one: text colours against the palette's base, fills behind the
// palette's text, each with a WCAG contrast of at least 4.5:1 (tests/gui/tst_mainwindow).
namespace rd::colours {

enum class Tone
{
    Error,   // ineligible, broken, failed
    Caution, // to be corrected
    Warning, // to be looked at
    Good,    // complete, passed, valid
    Info,    // a revised figure, a highlight
    Neutral, // below the line, not applicable
};

// Without a palette: the application's, or a light one when there is no GUI application (a command-line or
// core-only process).
bool isDark();
bool isDark(const QPalette& palette);
QColor text(Tone tone);
QColor text(Tone tone, const QPalette& palette);
QColor fill(Tone tone);
QColor fill(Tone tone, const QPalette& palette);
// WCAG 2.x contrast ratio, 1 to 21.
double contrastRatio(const QColor& a, const QColor& b);

} // namespace rd::colours
