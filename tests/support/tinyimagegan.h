#pragma once
// The smallest image GAN the engine tests train: a few steps of it take well under a second on
// one thread, so the tests check the plumbing (resume, previews, quality figures), not the images.

#include "engine/gan/imagegan.h"

#include <QString>

#include <cstdint>
#include <string>

namespace genlab::testing {

// 16 noise values and 8 base channels; 28 px grey, as the defaults.
inline engine::gan::ImageGanConfig tinyImageGanConfig(bool conditional = false)
{
    engine::gan::ImageGanConfig c;
    c.latentDim = 16;
    c.baseChannels = 8;
    c.conditional = conditional;
    return c;
}

// steps of batch 16 on one thread, saving in outDir; no previews and no checkpoints but the last.
inline engine::gan::ImageTrainOptions tinyImageGanOptions(const QString &outDir, std::int64_t steps,
                                                          const std::string &dataset = "procedural-digits")
{
    engine::gan::ImageTrainOptions o;
    o.dataset = dataset;
    o.outDir = outDir.toStdString();
    o.steps = steps;
    o.batchSize = 16;
    o.previewEvery = 0;
    o.checkpointEvery = 0;
    o.threads = 1;
    return o;
}

} // namespace genlab::testing
