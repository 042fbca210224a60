#pragma once
// Private: the colour quantiser behind GIF export. One palette for the whole animation (a palette
// per frame makes flat areas flicker between frames). When the frames hold at most 256 distinct
// colours the palette is exact; otherwise median cut over a 5-bit-per-channel histogram, splitting
// the box with the largest squared error at the weighted median of its widest axis.

#include "engine/base/image.h"

#include <array>
#include <cstdint>
#include <vector>

namespace genlab::engine::imaging::detail {

struct Palette
{
    std::vector<std::array<std::uint8_t, 3>> colors; // 1..256 entries
    bool exact = false;                               // every colour of the frames is in it
};

// frames: RGB (3 channels). Deterministic: no random draws.
Palette buildPalette(const std::vector<const Image *> &frames, int maxColors = 256);

// Maps every pixel of an RGB image to its nearest palette entry (squared RGB distance).
// Thread: one owner (the mapper caches lookups).
class PaletteMapper
{
public:
    explicit PaletteMapper(const Palette &palette);
    std::vector<std::uint8_t> map(const Image &rgb);

private:
    std::uint8_t nearest(int r, int g, int b) const;

    const Palette &m_palette;
    std::vector<std::int16_t> m_cache; // by 6-bit-per-channel key; -1 = not yet known
    std::vector<std::pair<std::uint32_t, std::uint8_t>> m_exact; // sorted rgb24 -> index, when the palette is exact
    bool m_isExact = false;
};

} // namespace genlab::engine::imaging::detail
