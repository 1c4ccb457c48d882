#pragma once

#include <Qt>

// Roles shared by SpendLens models: raw numbers sit next to the formatted display text, so
// proxies sort on numbers and charts never parse strings.
namespace Roles {
enum : int {
    SortRole = Qt::UserRole + 1, // number or text to sort on
    LowRole,                     // double: low end of a value or derived range
    HighRole,                    // double: high end
    FigureIdRole,                // QString: the figure behind the cell
    ReasonRole,                  // QString: why a derived cell is empty
};
}
