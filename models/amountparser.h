#pragma once

#include <QString>

// Reads an amount as a journalist types it into a cell: "5.576M", "$60–65B", "60 to 65 billion",
// "5,576,000", "294K". A range gives low and high; a single number gives low == high.
struct ParsedAmount
{
    bool ok = false;
    double low = 0;
    double high = 0;
    QString error; // why the text was refused, naming the text
};

ParsedAmount parseAmount(const QString &text);
