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
    for (const ChartText &written : this->texts) {
        ChartSettings one;
        one.title = written.title;
        one.subtitle = written.subtitle;
        if (const QString why = one.problem(); !why.isEmpty())
            return why;
    }
    return emphasis.problem();
}

ChartSettings ChartSettings::withoutBidiControls() const
{
    ChartSettings s = *this;
    for (QString *text : {&s.title, &s.subtitle, &s.notes, &s.byline, &s.caveat})
        *text = TextSafety::withoutBidiControls(*text);
    for (ChartText &t : s.texts) {
        t.title = TextSafety::withoutBidiControls(t.title);
        t.subtitle = TextSafety::withoutBidiControls(t.subtitle);
    }
    for (ChartAnnotation &a : s.emphasis.annotations)
        a.text = TextSafety::withoutBidiControls(a.text);
    return s;
}
