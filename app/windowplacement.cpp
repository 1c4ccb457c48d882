#include "windowplacement.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace WindowPlacement {

namespace {
// Title bar and borders before the window system has told us (the window is not shown yet):
// as much as common desktops draw.
const QSize kAssumedFrame(16, 48);
} // namespace

void fitToScreen(QWidget *window)
{
    const QScreen *screen = QGuiApplication::screenAt(window->frameGeometry().center());
    if (!screen)
        screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QSize frame = window->frameGeometry().size() - window->size();
    if (!window->isVisible() && frame.isNull())
        frame = kAssumedFrame;
    const QRect outer(window->frameGeometry().topLeft(), window->size() + frame);
    if (available.contains(outer))
        return;
    const QSize size = window->size().boundedTo(available.size() - frame).expandedTo(window->minimumSizeHint());
    window->resize(size);
    const QSize fitted = size + frame;
    const int x = qBound(available.left(), outer.left(), qMax(available.left(), available.right() + 1 - fitted.width()));
    const int y = qBound(available.top(), outer.top(), qMax(available.top(), available.bottom() + 1 - fitted.height()));
    window->move(x, y); // a window's position is its frame's
}

} // namespace WindowPlacement
