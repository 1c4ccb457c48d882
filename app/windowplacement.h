#pragma once

class QWidget;

// Where a top-level window may be: a position saved on a larger screen (or on a monitor no
// longer there) is fitted to the screen the window now opens on, so no edge is off screen.
namespace WindowPlacement {
// Shrinks the window to its screen's available area (no smaller than its minimum size hint) and
// moves it fully onto that area. Does nothing to a window that already fits.
void fitToScreen(QWidget *window);
} // namespace WindowPlacement
