#include "engine/data/dataset.h"

#include "engine/imaging/decode.h"
#include "engine/data/detail/rng.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace genlab::engine::data {

ImageDataset::~ImageDataset() = default;

Split splitDataset(std::int64_t size, double validationFraction, std::uint64_t seed)
{
    if (size < 0)
        throw std::invalid_argument("splitDataset: negative size");
    if (!(validationFraction >= 0.0 && validationFraction < 1.0))
        throw std::invalid_argument("splitDataset: the validation fraction must be in [0, 1)");
    std::int64_t validationCount = std::llround(double(size) * validationFraction);
    if (validationFraction > 0 && size >= 2)
        validationCount = std::clamp<std::int64_t>(validationCount, 1, size - 1);
    validationCount = std::clamp<std::int64_t>(validationCount, 0, size);

    std::vector<std::int64_t> order(static_cast<std::size_t>(size));
    std::iota(order.begin(), order.end(), std::int64_t(0));
    detail::Rng rng(detail::mixSeed(seed, 0x5B117ull));
    detail::shuffle(order, rng);

    Split split;
    split.validation.assign(order.begin(), order.begin() + validationCount);
    split.train.assign(order.begin() + validationCount, order.end());
    std::sort(split.validation.begin(), split.validation.end());
    std::sort(split.train.begin(), split.train.end());
    return split;
}

ResizedDataset::ResizedDataset(std::shared_ptr<const ImageDataset> source, int width, int height, int channels,
                               ResizeMode mode, std::int64_t maxCacheBytes)
    : m_source(std::move(source)), m_mode(mode)
{
    if (!m_source)
        throw std::invalid_argument("ResizedDataset: no source data set");
    if (width <= 0 || height <= 0 || width > 8192 || height > 8192)
        throw std::invalid_argument("ResizedDataset: the size must be between 1 and 8192 pixels");
    if (channels != 1 && channels != 3)
        throw std::invalid_argument("ResizedDataset: channels must be 1 or 3");
    m_info = m_source->info();
    m_info.width = width;
    m_info.height = height;
    m_info.channels = channels;
    const std::int64_t bytesPerImage = std::int64_t(width) * height * channels;
    m_maxCached = std::max<std::int64_t>(0, maxCacheBytes) / bytesPerImage;
}

ResizedDataset::~ResizedDataset() = default;

Image ResizedDataset::image(std::int64_t index) const
{
    if (index < 0 || index >= m_info.size)
        throw std::out_of_range("ResizedDataset: index " + std::to_string(index) + " outside the data set");
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_cache.find(index); it != m_cache.end())
            return it->second;
    }
    // Resize outside the lock: two threads may both resize one image, which is harmless.
    const auto mode = m_info.channels == 1 ? imaging::ColorMode::Gray : imaging::ColorMode::Rgb;
    const Image source = m_source->image(index);
    Image img;
    if (m_mode == ResizeMode::CenterCrop) {
        img = imaging::fitImage(source, m_info.width, m_info.height, mode);
    } else {
        img = source.channels == m_info.channels ? source : imaging::convertImage(source, mode);
        if (img.width != m_info.width || img.height != m_info.height)
            img = imaging::resizeImage(img, m_info.width, m_info.height);
    }
    std::lock_guard lock(m_mutex);
    if (std::int64_t(m_cache.size()) < m_maxCached)
        m_cache.try_emplace(index, img);
    return img;
}

std::int64_t ResizedDataset::cachedCount() const
{
    std::lock_guard lock(m_mutex);
    return std::int64_t(m_cache.size());
}

std::shared_ptr<const ImageDataset> resizeDataset(std::shared_ptr<const ImageDataset> source, int width, int height,
                                                  int channels, ResizeMode mode)
{
    if (source && source->info().width == width && source->info().height == height &&
        source->info().channels == channels)
        return source;
    return std::make_shared<ResizedDataset>(std::move(source), width, height, channels, mode);
}

} // namespace genlab::engine::data
