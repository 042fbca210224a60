#pragma once
// Sample grids and strips: how the labs show (and export) a batch of generated images.

#include "engine/base/image.h"

#include <string>
#include <vector>

namespace genlab::engine::imaging {

// Tiles in row-major order on a white background. Each cell is the largest tile's size times
// `scale` (tiles are enlarged with nearest neighbour so 20x20 digits stay crisp, and centred in
// their cell); `padding` white pixels separate cells and surround the grid. `columns` <= 0 picks
// a near-square layout. With any non-empty label, every cell gets a band under it where its label
// is drawn in black (ASCII; other characters become '?'; shrunk, then cut with "..", to fit).
// Output: Gray when every tile is gray, RGB otherwise (alpha composited over white).
// Size: W = cols*cellW + (cols+1)*padding, H = rows*(cellH+bandH) + (rows+1)*padding.
// Throws std::invalid_argument for no tiles, an invalid tile, more labels than tiles, scale
// outside 1..64, negative padding, or an output over 16384 px a side.
Image makeGrid(const std::vector<Image> &tiles, int columns, const std::vector<std::string> &labels = {},
               int padding = 2, int scale = 1);

// One row: makeGrid(frames, frames.size(), {}, padding, scale).
Image makeStrip(const std::vector<Image> &frames, int padding = 2, int scale = 1);

// Height of the label band makeGrid adds under each cell (0 when no label is non-empty).
int gridLabelBandHeight();

} // namespace genlab::engine::imaging
