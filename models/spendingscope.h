#pragma once

#include <QString>

struct Figure;

// What a capital-spending figure covers when it is not the company's whole capex: Microsoft's
// $80B plan is for AI-enabled data centres, and a sentence must not call it "capital projects".
namespace SpendingScope {
// "AI-enabled data centres" (from a basis such as "~$80B planned spending on AI-enabled data
// centres"), in Chinese from the Chinese label when the language is Chinese; empty when the
// figure is the company's capex as a whole.
QString of(const Figure &figure);
} // namespace SpendingScope
