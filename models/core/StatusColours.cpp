#include "models/core/StatusColours.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cmath>

namespace rd::colours {

namespace {

double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor textFor(Tone tone, bool dark);
QColor fillFor(Tone tone, bool dark);

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.2;
}

bool isDark()
{
    return qobject_cast<QGuiApplication*>(QCoreApplication::instance()) && isDark(QGuiApplication::palette());
}

QColor text(Tone tone)
{
    return textFor(tone, isDark());
}

QColor text(Tone tone, const QPalette& palette)
{
    return textFor(tone, isDark(palette));
}

QColor fill(Tone tone)
{
    return fillFor(tone, isDark());
}

QColor fill(Tone tone, const QPalette& palette)
{
    return fillFor(tone, isDark(palette));
}

namespace {

QColor textFor(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0xFF, 0x8A, 0x80) : QColor(0xB0, 0x1E, 0x1E);
    case Tone::Caution:
        return dark ? QColor(0xFF, 0xB7, 0x4D) : QColor(0x9A, 0x4F, 0x00);
    case Tone::Warning:
        return dark ? QColor(0xFF, 0xD5, 0x4F) : QColor(0x7A, 0x5C, 0x00);
    case Tone::Good:
        return dark ? QColor(0x81, 0xC7, 0x84) : QColor(0x1B, 0x6E, 0x2E);
    case Tone::Info:
        return dark ? QColor(0x90, 0xCA, 0xF9) : QColor(0x15, 0x5F, 0xB0);
    case Tone::Neutral:
        return dark ? QColor(0xB0, 0xBE, 0xC5) : QColor(0x4A, 0x5A, 0x63);
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor fillFor(Tone tone, bool dark)
{
    switch (tone) {
    case Tone::Error:
        return dark ? QColor(0x5C, 0x26, 0x26) : QColor(0xF8, 0xD0, 0xD0);
    case Tone::Caution:
        return dark ? QColor(0x55, 0x3A, 0x10) : QColor(0xFF, 0xE0, 0xB2);
    case Tone::Warning:
        return dark ? QColor(0x4D, 0x40, 0x00) : QColor(0xFC, 0xEB, 0xB6);
    case Tone::Good:
        return dark ? QColor(0x1F, 0x4D, 0x2A) : QColor(0xC8, 0xE6, 0xC9);
    case Tone::Info:
        return dark ? QColor(0x1A, 0x35, 0x50) : QColor(0xE3, 0xEE, 0xF9);
    case Tone::Neutral:
        return dark ? QColor(0x37, 0x47, 0x4F) : QColor(0xEC, 0xEF, 0xF1);
    }
    return dark ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace rd::colours
