#include "chartsettings.h"

#include "textsafety.h"

#include <QCoreApplication>
#include <QLocale>

QString ChartSettings::problem() const
{
    const struct
    {
        const QString &text;
        const char *name;
    } texts[] = {{title, QT_TRANSLATE_NOOP("ChartSettings", "title")},
                 {subtitle, QT_TRANSLATE_NOOP("ChartSettings", "subtitle")},
                 {notes, QT_TRANSLATE_NOOP("ChartSettings", "notes")},
                 {byline, QT_TRANSLATE_NOOP("ChartSettings", "byline")},
                 {caveat, QT_TRANSLATE_NOOP("ChartSettings", "caveat")}};
    for (const auto &t : texts) {
        if (t.text.size() > kMaxTextLength)
            return QCoreApplication::translate("ChartSettings",
                                               "the chart's %1 is %2 characters long; at most %3 fit on a chart")
                .arg(QCoreApplication::translate("ChartSettings", t.name), QLocale().toString(t.text.size()),
                     QLocale().toString(kMaxTextLength));
    }
    return {};
}

ChartSettings ChartSettings::withoutBidiControls() const
{
    ChartSettings s = *this;
    for (QString *text : {&s.title, &s.subtitle, &s.notes, &s.byline, &s.caveat})
        *text = TextSafety::withoutBidiControls(*text);
    return s;
}
