#pragma once

#include <QDate>
#include <QString>

struct Figure;

// Which months a figure's year covers when the company reports by a fiscal year that is not
// the calendar year (Microsoft: July to June; Oracle: June to May; Alibaba: April to March), so
// that no sentence says "in 2025" of a year that began in July 2024.
namespace FiscalYear {
// The first and last month of the figure's year: from its period ("FY2025 (Jul 2024–Jun 2025)"),
// else, for a period written "FY2025" by a company known to close its year before December,
// from that company's fiscal year. False for a calendar year.
bool months(const Figure &figure, QDate *first, QDate *last);
bool isFiscal(const Figure &figure);
// The year as a sentence says it after "in": "2025", or "fiscal 2025 (Jul 2024–Jun 2025)".
QString inYear(const Figure &figure);
// The year as a label or list says it: "2025", or "FY2025"; year (if given) is another year of
// the figure's series ("FY2024" for the year before).
QString yearName(const Figure &figure, int year = 0);
} // namespace FiscalYear
