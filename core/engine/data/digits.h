#pragma once
// OpenCV's sample handwritten digits (Debian's opencv-doc ships them): one 2000x1000 gray sheet of
// 5,000 digits of 20x20 pixels, 100 per row, 50 rows; digit d fills rows 5d to 5d+4, so each class
// has 500 images. White ink on black, like MNIST.

#include "engine/data/dataset.h"

#include <memory>
#include <string>
#include <vector>

namespace genlab::engine::data {

inline constexpr int kDigitSide = 20;
inline constexpr int kDigitsPerRow = 100;
inline constexpr int kDigitRows = 50;
inline constexpr int kDigitsPerClass = 500;

// Where digits.png is looked for, in order: $GENLAB_DIGITS_PNG (when set), then Debian's
// opencv-doc location and a few other install locations.
std::vector<std::string> digitsSearchPaths();
// The first existing candidate, or empty.
std::string findDigitsPng();

// Cheap check for a listing: found, and the header says 2000x1000 (no pixels decoded). Says why not.
bool digitsAvailable(std::string *whyNot);

// Opens the sheet found by findDigitsPng(). Returns null with *error (when given) naming every place
// looked in and the package to install, or the file and what is wrong with it.
std::unique_ptr<ImageDataset> openDigitsDataset(std::string *error);
// Opens a given file (tests, a user's copy). Same validation.
std::unique_ptr<ImageDataset> openDigitsDataset(const std::string &path, std::string *error);

} // namespace genlab::engine::data
