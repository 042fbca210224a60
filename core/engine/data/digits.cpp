#include "engine/data/digits.h"

#include "engine/imaging/decode.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace genlab::engine::data {

namespace {

// Thread: any (immutable after construction)
class DigitsDataset : public ImageDataset
{
public:
    DigitsDataset(const std::string &path, const Image &sheet)
    {
        m_info.id = "digits";
        m_info.name = "Handwritten digits (OpenCV sample)";
        m_info.source = path;
        m_info.width = kDigitSide;
        m_info.height = kDigitSide;
        m_info.channels = 1;
        m_info.size = std::int64_t(kDigitsPerRow) * kDigitRows;
        for (int d = 0; d < 10; ++d)
            m_info.classNames.push_back(std::to_string(d));
        m_images.reserve(std::size_t(m_info.size));
        for (int r = 0; r < kDigitRows; ++r) {
            for (int c = 0; c < kDigitsPerRow; ++c) {
                Image digit(kDigitSide, kDigitSide, 1);
                for (int y = 0; y < kDigitSide; ++y) {
                    const std::uint8_t *src = sheet.row(r * kDigitSide + y) + c * kDigitSide;
                    std::copy_n(src, kDigitSide, digit.row(y));
                }
                m_images.push_back(std::move(digit));
            }
        }
    }

    const ImageDatasetInfo &info() const override { return m_info; }

    Image image(std::int64_t index) const override
    {
        check(index);
        return m_images[std::size_t(index)];
    }

    int label(std::int64_t index) const override
    {
        check(index);
        return int(index / kDigitsPerClass);
    }

private:
    void check(std::int64_t index) const
    {
        if (index < 0 || index >= m_info.size)
            throw std::out_of_range("digits: index " + std::to_string(index) + " outside [0, 5000)");
    }

    ImageDatasetInfo m_info;
    std::vector<Image> m_images;
};

bool setError(std::string *error, std::string message)
{
    if (error)
        *error = std::move(message);
    return false;
}

} // namespace

std::vector<std::string> digitsSearchPaths()
{
    std::vector<std::string> paths;
    if (const char *env = std::getenv("GENLAB_DIGITS_PNG"); env && *env)
        paths.emplace_back(env);
    for (const char *p : {"/usr/share/doc/opencv-doc/examples/data/digits.png",
                          "/usr/share/opencv4/samples/data/digits.png",
                          "/usr/local/share/opencv4/samples/data/digits.png",
                          "/usr/share/opencv/samples/data/digits.png",
                          "/usr/local/share/opencv/samples/data/digits.png"})
        paths.emplace_back(p);
    return paths;
}

std::string findDigitsPng()
{
    for (const std::string &p : digitsSearchPaths()) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(p, ec))
            return p;
    }
    return {};
}

namespace {

std::string notFoundMessage()
{
    const char *env = std::getenv("GENLAB_DIGITS_PNG");
    const bool envSet = env && *env;
    std::string looked = envSet ? "" : "$GENLAB_DIGITS_PNG (not set)";
    for (const std::string &p : digitsSearchPaths()) {
        if (!looked.empty())
            looked += ", ";
        looked += p;
        if (envSet && p == env)
            looked += " (from $GENLAB_DIGITS_PNG)";
    }
    return "The handwritten digits (digits.png) were not found. Looked in: " + looked +
           ". Install Debian's opencv-doc package (sudo apt-get install opencv-doc) or set "
           "GENLAB_DIGITS_PNG to the file.";
}

std::string sizeMismatch(const std::string &path, int width, int height)
{
    return path + ": " + std::to_string(width) + "x" + std::to_string(height) + " pixels, but OpenCV's digits sheet is " +
           std::to_string(kDigitSide * kDigitsPerRow) + "x" + std::to_string(kDigitSide * kDigitRows) +
           " (a different file?)";
}

} // namespace

bool digitsAvailable(std::string *whyNot)
{
    const std::string path = findDigitsPng();
    if (path.empty())
        return setError(whyNot, notFoundMessage());
    try {
        const imaging::DecodeInfo header = imaging::probeImageFile(path);
        if (header.width != kDigitSide * kDigitsPerRow || header.height != kDigitSide * kDigitRows)
            return setError(whyNot, sizeMismatch(path, header.width, header.height));
    } catch (const std::exception &e) {
        return setError(whyNot, std::string("Cannot read the handwritten digits: ") + e.what());
    }
    return true;
}

std::unique_ptr<ImageDataset> openDigitsDataset(std::string *error)
{
    const std::string path = findDigitsPng();
    if (path.empty()) {
        setError(error, notFoundMessage());
        return nullptr;
    }
    return openDigitsDataset(path, error);
}

std::unique_ptr<ImageDataset> openDigitsDataset(const std::string &path, std::string *error)
{
    const int expectedWidth = kDigitSide * kDigitsPerRow;
    const int expectedHeight = kDigitSide * kDigitRows;
    try {
        imaging::DecodeInfo header = imaging::probeImageFile(path);
        if (header.width != expectedWidth || header.height != expectedHeight) {
            setError(error, sizeMismatch(path, header.width, header.height));
            return nullptr;
        }
        Image sheet = imaging::decodeImageFile(path);
        if (sheet.channels != 1)
            sheet = imaging::convertImage(sheet, imaging::ColorMode::Gray);
        if (sheet.width != expectedWidth || sheet.height != expectedHeight) {
            setError(error, path + ": decoded to " + std::to_string(sheet.width) + "x" +
                                std::to_string(sheet.height) + " pixels, expected " + std::to_string(expectedWidth) +
                                "x" + std::to_string(expectedHeight));
            return nullptr;
        }
        return std::make_unique<DigitsDataset>(path, sheet);
    } catch (const std::exception &e) {
        // ImageError already names the file.
        setError(error, std::string("Cannot read the handwritten digits: ") + e.what());
        return nullptr;
    }
}

} // namespace genlab::engine::data
