#pragma once
// PNG export with the generation recipe embedded, so an image the studio saved can be traced back
// to (and regenerated from) the settings that made it. Text goes into iTXt chunks (UTF-8) just
// before IEND; every PNG reader still decodes the file.

#include "engine/base/image.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace genlab::engine::imaging {

// The key under which the studio stores a generation's recipe (JSON).
inline constexpr const char *kRecipeKey = "genlab:recipe";

using TextChunks = std::vector<std::pair<std::string, std::string>>;

// Encodes an 8-bit Gray/RGB/RGBA image. Keys: 1-79 printable Latin-1 characters without leading,
// trailing or double spaces (the PNG rule); values: UTF-8 without NUL. Values over 1 KiB are
// zlib-compressed. Throws std::invalid_argument for a bad image, key or value, ImageError when
// encoding fails.
std::vector<std::uint8_t> encodePng(const Image &image, const TextChunks &textChunks = {});

// encodePng() written atomically (temp file, fsync, rename): the target is whole or untouched.
void writePng(const std::string &path, const Image &image, const TextChunks &textChunks = {});

// Every tEXt, zTXt and iTXt chunk in file order, values as UTF-8 (tEXt/zTXt are Latin-1 and are
// converted). Reads chunk headers and text chunks only, never the pixels. Throws ImageError for a
// file that is not a PNG, is truncated, or whose text chunk is damaged (bad CRC or compression).
TextChunks readPngText(const std::string &path);

} // namespace genlab::engine::imaging
