#include "exportpipeline.h"

#include "chartexporter.h"
#include "commandline.h"
#include "localization.h"

#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <system_error>
#include <utility>

ExportPipeline &ExportPipeline::instance()
{
    static ExportPipeline pipeline;
    return pipeline;
}

bool ExportPipeline::enabled()
{
    return qEnvironmentVariable("SPENDLENS_EXPORT_PIPELINE") != QLatin1String("0");
}

ExportPipeline::~ExportPipeline()
{
    if (m_worker.joinable()) // only if a command returned without settling: nothing is reported
        m_worker.join();
}

void ExportPipeline::submit(Png png)
{
    settle();
    m_pending = std::move(png);
    m_bytes.clear();
    const QImage image = m_pending->image;
    m_pending->image = QImage(); // the worker holds the only reference
    try {
        m_worker = std::thread([this, image] { m_bytes = ChartExporter::encodePng(image); });
    } catch (const std::system_error &) { // no thread to be had: encoded here
        m_bytes = ChartExporter::encodePng(image);
    }
}

void ExportPipeline::settle()
{
    if (!m_pending)
        return;
    if (m_worker.joinable())
        m_worker.join();
    const Png png = std::move(*m_pending);
    m_pending.reset(); // before reporting: a message settles, and this one is settled
    complete(png, std::exchange(m_bytes, QByteArray()));
}

void ExportPipeline::settleIfWriting(const QString &path)
{
    if (m_pending && QFileInfo(m_pending->path).absoluteFilePath() == QFileInfo(path).absoluteFilePath())
        settle();
}

void ExportPipeline::complete(const Png &png, const QByteArray &bytes)
{
    // The job's language for its messages (and Qt's, in a write error), as when it ran alone.
    const QString current = Localization::current();
    if (current != png.language)
        Localization::apply(png.language);
    QString error;
    QTextStream err(stderr);
    if (ChartExporter::writeEncodedPng(bytes, png.path, &error)) {
        err << png.wroteMessage() << Qt::endl;
    } else {
        err << CommandLine::said(png.job.isEmpty() ? QString() : png.job + QStringLiteral(": "), error) << Qt::endl;
        png.failed();
    }
    if (current != png.language)
        Localization::apply(current);
}
