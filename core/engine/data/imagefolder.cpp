#include "engine/data/imagefolder.h"

#include "engine/base/asciistring.h"

#include "engine/imaging/decode.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace genlab::engine::data {

namespace {

constexpr char kCacheMagic[8] = {'G', 'L', 'I', 'M', 'C', 'A', 'C', 'H'};
constexpr std::uint32_t kCacheVersion = 1;
constexpr std::uint32_t kMaxCachedString = 64 * 1024;

std::uint64_t fnv1a(const std::uint8_t *data, std::size_t n, std::uint64_t h = 0xCBF29CE484222325ull)
{
    for (std::size_t i = 0; i < n; ++i) {
        h ^= data[i];
        h *= 0x100000001B3ull;
    }
    return h;
}

bool imageExtension(const fs::path &p)
{
    static const std::set<std::string> kExtensions = {".png", ".jpg", ".jpeg", ".jpe"};
    return kExtensions.contains(asciiLower(p.extension().string()));
}

struct CacheEntry
{
    std::int64_t size = 0;
    std::int64_t mtime = 0;
    bool ok = false;
    Image image;        // when ok
    std::string reason; // when not ok
};

// The cache is a file we wrote, but it is read like any other file: bounds-checked, checksummed,
// and thrown away whole on any doubt (it is only a cache).
class CacheReader
{
public:
    explicit CacheReader(std::vector<std::uint8_t> bytes) : m_bytes(std::move(bytes)) {}

    template<typename T>
    bool read(T &v)
    {
        if (m_bytes.size() - m_pos < sizeof(T))
            return false;
        std::memcpy(&v, m_bytes.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool readBytes(std::uint8_t *out, std::size_t n)
    {
        if (m_bytes.size() - m_pos < n)
            return false;
        std::memcpy(out, m_bytes.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    bool readString(std::string &s)
    {
        std::uint32_t n = 0;
        if (!read(n) || n > kMaxCachedString || m_bytes.size() - m_pos < n)
            return false;
        s.assign(reinterpret_cast<const char *>(m_bytes.data() + m_pos), n);
        m_pos += n;
        return true;
    }
    std::size_t remaining() const { return m_bytes.size() - m_pos; }
    const std::vector<std::uint8_t> &bytes() const { return m_bytes; }

private:
    std::vector<std::uint8_t> m_bytes;
    std::size_t m_pos = 0;
};

// Returns false (and says why) when the cache is absent, stale in format, or damaged.
bool loadCache(const std::string &file, const std::string &folderKey, const ImageFolderOptions &o,
               std::map<std::string, CacheEntry> &entries, std::string *why)
{
    std::error_code ec;
    if (!fs::exists(file, ec))
        return false;
    const auto size = fs::file_size(file, ec);
    if (ec || size < sizeof(kCacheMagic) + 8)
        return *why = "the cache file " + file + " is damaged and was rebuilt", false;
    std::ifstream in(file, std::ios::binary);
    std::vector<std::uint8_t> bytes(size);
    if (!in.read(reinterpret_cast<char *>(bytes.data()), std::streamsize(size)))
        return *why = "the cache file " + file + " could not be read and was rebuilt", false;
    std::uint64_t stored = 0;
    std::memcpy(&stored, bytes.data() + size - 8, 8);
    if (fnv1a(bytes.data(), size - 8) != stored)
        return *why = "the cache file " + file + " is damaged and was rebuilt", false;
    bytes.resize(size - 8);
    CacheReader r(std::move(bytes));
    char magic[8];
    std::uint32_t version = 0, w = 0, h = 0, c = 0;
    std::uint64_t count = 0;
    std::string key;
    if (!r.readBytes(reinterpret_cast<std::uint8_t *>(magic), 8) || std::memcmp(magic, kCacheMagic, 8) != 0 ||
        !r.read(version) || version != kCacheVersion || !r.read(w) || !r.read(h) || !r.read(c) || !r.read(count) ||
        !r.readString(key))
        return *why = "the cache file " + file + " has another format and was rebuilt", false;
    if (int(w) != o.width || int(h) != o.height || int(c) != o.channels || key != folderKey)
        return *why = "the cache file " + file + " belongs to another folder or size and was rebuilt", false;
    const std::size_t pixels = std::size_t(w) * h * c;
    std::map<std::string, CacheEntry> loaded;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::string path;
        CacheEntry e;
        std::uint8_t ok = 0;
        if (!r.readString(path) || !r.read(e.size) || !r.read(e.mtime) || !r.read(ok) || ok > 1)
            return *why = "the cache file " + file + " is damaged and was rebuilt", false;
        e.ok = ok == 1;
        if (e.ok) {
            e.image = Image(int(w), int(h), int(c));
            if (!r.readBytes(e.image.pixels.data(), pixels))
                return *why = "the cache file " + file + " is damaged and was rebuilt", false;
        } else if (!r.readString(e.reason)) {
            return *why = "the cache file " + file + " is damaged and was rebuilt", false;
        }
        loaded.emplace(std::move(path), std::move(e));
    }
    if (r.remaining() != 0)
        return *why = "the cache file " + file + " is damaged and was rebuilt", false;
    entries = std::move(loaded);
    return true;
}

class CacheWriter
{
public:
    template<typename T>
    void put(const T &v)
    {
        const auto *p = reinterpret_cast<const std::uint8_t *>(&v);
        m_bytes.insert(m_bytes.end(), p, p + sizeof(T));
    }
    void putBytes(const std::uint8_t *p, std::size_t n) { m_bytes.insert(m_bytes.end(), p, p + n); }
    void putString(const std::string &s)
    {
        const std::string cut = s.substr(0, kMaxCachedString);
        put(std::uint32_t(cut.size()));
        putBytes(reinterpret_cast<const std::uint8_t *>(cut.data()), cut.size());
    }
    std::vector<std::uint8_t> &bytes() { return m_bytes; }

private:
    std::vector<std::uint8_t> m_bytes;
};

// Temp file + fsync + rename: a crash leaves the old cache or the new one, never half of one.
bool saveCache(const std::string &file, const std::string &folderKey, const ImageFolderOptions &o,
               const std::map<std::string, CacheEntry> &entries, std::string *why)
{
    CacheWriter w;
    w.putBytes(reinterpret_cast<const std::uint8_t *>(kCacheMagic), 8);
    w.put(kCacheVersion);
    w.put(std::uint32_t(o.width));
    w.put(std::uint32_t(o.height));
    w.put(std::uint32_t(o.channels));
    w.put(std::uint64_t(entries.size()));
    w.putString(folderKey);
    for (const auto &[path, e] : entries) {
        w.putString(path);
        w.put(e.size);
        w.put(e.mtime);
        w.put(std::uint8_t(e.ok ? 1 : 0));
        if (e.ok)
            w.putBytes(e.image.pixels.data(), e.image.pixels.size());
        else
            w.putString(e.reason);
    }
    const std::uint64_t sum = fnv1a(w.bytes().data(), w.bytes().size());
    w.put(sum);

    std::error_code ec;
    fs::create_directories(fs::path(file).parent_path(), ec);
    const std::string temp = file + ".tmp" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out.write(reinterpret_cast<const char *>(w.bytes().data()), std::streamsize(w.bytes().size())) ||
            !out.flush()) {
            fs::remove(temp, ec);
            return *why = "the cache file " + file + " could not be written (disk full or read-only?)", false;
        }
    }
    if (FILE *f = std::fopen(temp.c_str(), "rb")) {
        ::fsync(fileno(f));
        std::fclose(f);
    }
    fs::rename(temp, file, ec);
    if (ec) {
        fs::remove(temp, ec);
        return *why = "the cache file " + file + " could not be written: " + ec.message(), false;
    }
    return true;
}

std::string folderKeyFor(const std::string &folder)
{
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(fs::absolute(folder, ec), ec);
    return canonical.generic_string();
}

struct Candidate
{
    fs::path path;
    std::string relative; // generic, from the folder
    std::string className; // first component when the file lies in a sub-folder, else empty
};

} // namespace

std::string imageFolderCacheFile(const std::string &folder, const ImageFolderOptions &options)
{
    if (options.cacheDir.empty())
        return {};
    const std::string key = folderKeyFor(folder);
    char name[96];
    std::snprintf(name, sizeof name, "folder-%016llx-%dx%dx%d.cache",
                  static_cast<unsigned long long>(fnv1a(reinterpret_cast<const std::uint8_t *>(key.data()), key.size())),
                  options.width, options.height, options.channels);
    return (fs::path(options.cacheDir) / name).string();
}

std::unique_ptr<ImageFolderDataset> ImageFolderDataset::open(const std::string &folder,
                                                             const ImageFolderOptions &options, const RunContext &ctx)
{
    if (options.width <= 0 || options.height <= 0 || options.width > 4096 || options.height > 4096)
        throw std::invalid_argument("image folder: the target size must be between 1 and 4096 pixels");
    if (options.channels != 1 && options.channels != 3)
        throw std::invalid_argument("image folder: channels must be 1 or 3");
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throw DatasetError(folder + ": " + (fs::exists(folder, ec) ? "not a folder" : "no such folder"));

    // 1. List. Symlinked folders are not followed (no loops); hidden entries are ignored.
    ctx.progress(0.0, "Listing files");
    std::vector<Candidate> candidates;
    std::vector<std::pair<std::string, std::string>> skipped;
    std::int64_t filesSeen = 0;
    {
        fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
        if (ec)
            throw DatasetError(folder + ": cannot list the folder: " + ec.message());
        const fs::path root(folder);
        for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
            if (ec)
                throw DatasetError(folder + ": cannot list the folder: " + ec.message());
            const fs::directory_entry &entry = *it;
            const std::string name = entry.path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (entry.is_directory(ec))
                    it.disable_recursion_pending();
                continue;
            }
            if (!entry.is_regular_file(ec))
                continue;
            if (++filesSeen > options.maxFiles)
                throw DatasetError(folder + ": more than " + std::to_string(options.maxFiles) +
                                   " files; choose a smaller folder or raise the file limit");
            if ((filesSeen & 255) == 0)
                ctx.checkpoint();
            if (!imageExtension(entry.path())) {
                skipped.emplace_back(entry.path().string(), "not a PNG or JPEG file (by its name)");
                continue;
            }
            Candidate c;
            c.path = entry.path();
            const fs::path rel = entry.path().lexically_relative(root);
            c.relative = rel.generic_string();
            if (std::distance(rel.begin(), rel.end()) > 1)
                c.className = rel.begin()->string();
            candidates.push_back(std::move(c));
        }
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate &a, const Candidate &b) { return a.relative < b.relative; });

    // 2. Decode, or take from the cache.
    auto ds = std::unique_ptr<ImageFolderDataset>(new ImageFolderDataset());
    ds->m_stats.filesSeen = filesSeen;
    const std::string key = folderKeyFor(folder);
    const std::string cacheFile = imageFolderCacheFile(folder, options);
    ds->m_stats.cacheFile = cacheFile;
    std::map<std::string, CacheEntry> cache;
    if (!cacheFile.empty())
        loadCache(cacheFile, key, options, cache, &ds->m_stats.cacheNote);

    const auto mode = options.channels == 1 ? imaging::ColorMode::Gray : imaging::ColorMode::Rgb;
    std::map<std::string, CacheEntry> fresh;
    bool changed = cache.size() != candidates.size();
    struct Decoded
    {
        const Candidate *candidate;
        Image image;
    };
    std::vector<Decoded> good;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        ctx.checkpoint();
        ctx.progress(double(k) / double(candidates.size()), "Decoding images");
        const Candidate &c = candidates[k];
        CacheEntry e;
        e.size = std::int64_t(fs::file_size(c.path, ec));
        const auto mtime = fs::last_write_time(c.path, ec);
        e.mtime = std::int64_t(mtime.time_since_epoch().count());
        auto hit = cache.find(c.relative);
        if (hit != cache.end() && hit->second.size == e.size && hit->second.mtime == e.mtime) {
            e = std::move(hit->second);
            ++ds->m_stats.fromCache;
        } else {
            changed = true;
            ++ds->m_stats.decoded;
            try {
                Image img = imaging::decodeImageFile(c.path.string());
                e.image = imaging::fitImage(img, options.width, options.height, mode);
                e.ok = true;
            } catch (const std::bad_alloc &) {
                e.reason = "too large to decode in the memory available";
            } catch (const std::exception &ex) {
                // The imaging module names the file; skipped() pairs it with the file already.
                e.reason = ex.what();
                const std::string prefix = c.path.string() + ": ";
                if (e.reason.starts_with(prefix))
                    e.reason.erase(0, prefix.size());
            }
        }
        if (e.ok)
            good.push_back({&c, e.image});
        else
            skipped.emplace_back(c.path.string(), e.reason);
        if (!cacheFile.empty())
            fresh.emplace(c.relative, std::move(e));
    }
    if (!cacheFile.empty() && changed)
        saveCache(cacheFile, key, options, fresh, &ds->m_stats.cacheNote);

    // 3. Labels: the immediate sub-folders that hold a usable image, sorted.
    std::set<std::string> classes;
    for (const auto &d : good)
        if (!d.candidate->className.empty())
            classes.insert(d.candidate->className);
    const bool labelled = !classes.empty();
    std::map<std::string, int> classIndex;
    for (const auto &name : classes) {
        const int id = int(classIndex.size());
        classIndex[name] = id;
    }
    for (auto &d : good) {
        if (labelled && d.candidate->className.empty()) {
            skipped.emplace_back(d.candidate->path.string(),
                                 "lies directly in the folder, outside the class sub-folders that give the labels");
            continue;
        }
        ds->m_files.push_back(d.candidate->path.string());
        ds->m_labels.push_back(labelled ? classIndex[d.candidate->className] : -1);
        ds->m_images.push_back(std::move(d.image));
    }
    std::sort(skipped.begin(), skipped.end());
    ds->m_skipped = std::move(skipped);

    if (ds->m_images.empty())
        throw DatasetError(folder + ": no usable PNG or JPEG images (" + std::to_string(ds->m_skipped.size()) +
                           " file" + (ds->m_skipped.size() == 1 ? "" : "s") + " skipped" +
                           (ds->m_skipped.empty() ? "" : "; the first: " + ds->m_skipped.front().first + ": " +
                                                            ds->m_skipped.front().second) +
                           ")");

    ImageDatasetInfo &info = ds->m_info;
    info.id = "folder:" + folder;
    info.name = fs::path(folder).filename().string();
    if (info.name.empty())
        info.name = fs::path(folder).parent_path().filename().string();
    info.source = folder;
    info.width = options.width;
    info.height = options.height;
    info.channels = options.channels;
    info.size = std::int64_t(ds->m_images.size());
    info.classNames.assign(classes.begin(), classes.end());
    ctx.progress(1.0, "Done");
    return ds;
}

void ImageFolderDataset::check(std::int64_t index) const
{
    if (index < 0 || index >= m_info.size)
        throw std::out_of_range(m_info.id + ": index " + std::to_string(index) + " outside [0, " +
                                std::to_string(m_info.size) + ")");
}

Image ImageFolderDataset::image(std::int64_t index) const
{
    check(index);
    return m_images[std::size_t(index)];
}

int ImageFolderDataset::label(std::int64_t index) const
{
    check(index);
    return m_labels[std::size_t(index)];
}

const std::string &ImageFolderDataset::file(std::int64_t index) const
{
    check(index);
    return m_files[std::size_t(index)];
}

} // namespace genlab::engine::data
