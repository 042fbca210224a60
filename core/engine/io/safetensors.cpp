#include "engine/io/safetensors.h"

#include "engine/io/detail/fileutil.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <set>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace genlab::engine::io {

using detail::errnoText;
using Json = nlohmann::json;

// ---------------------------------------------------------------------------------------------
// dtypes

namespace {

struct DTypeEntry
{
    DType dtype;
    std::string_view name;
    std::size_t size;
};

constexpr DTypeEntry kDTypes[] = {
    {DType::F32, "F32", 4}, {DType::F16, "F16", 2}, {DType::BF16, "BF16", 2}, {DType::F64, "F64", 8},
    {DType::I64, "I64", 8}, {DType::I32, "I32", 4}, {DType::I16, "I16", 2},   {DType::I8, "I8", 1},
    {DType::U8, "U8", 1},   {DType::Bool, "BOOL", 1},
};

// Names the safetensors spec knows but the studio has no use for: refused with a clearer message
// than "unknown".
constexpr std::string_view kUnsupportedSpecDTypes[] = {"U16", "U32", "U64", "F8_E4M3", "F8_E5M2",
                                                       "F8_E8M0", "F4", "F6_E2M3", "F6_E3M2", "C64"};

const DTypeEntry *lookupDType(std::string_view name)
{
    for (const auto &e : kDTypes)
        if (e.name == name)
            return &e;
    return nullptr;
}

const DTypeEntry &entryOf(DType dtype)
{
    for (const auto &e : kDTypes)
        if (e.dtype == dtype)
            return e;
    return kDTypes[0];
}

} // namespace

std::string_view dtypeName(DType dtype) { return entryOf(dtype).name; }
std::size_t dtypeSize(DType dtype) { return entryOf(dtype).size; }
bool isFloatingPoint(DType dtype)
{
    return dtype == DType::F32 || dtype == DType::F16 || dtype == DType::BF16 || dtype == DType::F64;
}

std::int64_t TensorInfo::numel() const
{
    std::int64_t n = 1;
    for (auto d : shape)
        n *= d; // validated at open: fits
    return n;
}

FileError::FileError(const std::string &path, const std::string &problem)
    : std::runtime_error(path + ": " + problem), m_path(path), m_problem(problem)
{
}

// ---------------------------------------------------------------------------------------------
// helpers

namespace {

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). Returns the offset of
// the first bad byte, or npos.
std::size_t findInvalidUtf8(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    std::size_t n = s.size(), i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        if (p[i + 1] < lo || p[i + 1] > hi)
            return i;
        for (std::size_t k = 2; k < len; ++k)
            if (p[i + k] < 0x80 || p[i + k] > 0xBF)
                return i;
        i += len;
    }
    return std::string_view::npos;
}

// A name as it can be shown in a message: control characters escaped, long names cut.
std::string printable(std::string_view name)
{
    std::string out;
    for (std::size_t i = 0; i < name.size() && i < 80; ++i) {
        auto c = static_cast<unsigned char>(name[i]);
        if (c < 0x20 || c == 0x7F) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += char(c);
        }
    }
    if (name.size() > 80)
        out += "...";
    return out;
}

std::string quotedName(std::string_view name) { return "'" + printable(name) + "'"; }

// "an object", "a number", ... for messages.
std::string kindOf(const Json &value)
{
    std::string_view type = value.type_name();
    bool vowel = !type.empty() && std::string_view("aeiou").find(type[0]) != std::string_view::npos;
    return (type == "null" ? "" : vowel ? "an " : "a ") + std::string(type);
}

// Empty string when the name is acceptable, else the problem.
std::string nameProblem(std::string_view name)
{
    if (name.empty())
        return "a tensor has an empty name";
    if (name.size() > kMaxTensorNameBytes)
        return "tensor name " + quotedName(name) + " is " + std::to_string(name.size()) +
               " bytes long (at most " + std::to_string(kMaxTensorNameBytes) + ")";
    for (char ch : name) {
        auto c = static_cast<unsigned char>(ch);
        if (c < 0x20 || c == 0x7F)
            return "tensor name " + quotedName(name) + " contains a NUL or control character";
    }
    if (findInvalidUtf8(name) != std::string_view::npos)
        return "tensor name " + quotedName(name) + " is not valid UTF-8";
    return {};
}

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

// numel * elementSize with overflow checks; false when it does not fit in int64.
bool checkedByteCount(const std::vector<std::int64_t> &shape, std::size_t elementSize, std::uint64_t *bytes,
                      std::int64_t *numel)
{
    std::uint64_t n = 1;
    for (auto d : shape) {
        if (d < 0)
            return false;
        if (__builtin_mul_overflow(n, std::uint64_t(d), &n))
            return false;
    }
    if (n > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return false;
    std::uint64_t b;
    if (__builtin_mul_overflow(n, std::uint64_t(elementSize), &b) ||
        b > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return false;
    *bytes = b;
    *numel = std::int64_t(n);
    return true;
}

template <typename T>
T loadUnaligned(const std::byte *p)
{
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

float halfToFloat(std::uint16_t h)
{
    std::uint32_t sign = std::uint32_t(h & 0x8000) << 16;
    std::uint32_t exp = (h >> 10) & 0x1F;
    std::uint32_t mant = h & 0x3FF;
    std::uint32_t bits;
    if (exp == 0) {
        if (mant == 0) {
            bits = sign;
        } else { // subnormal: renormalise
            int e = -1;
            do {
                ++e;
                mant <<= 1;
            } while ((mant & 0x400) == 0);
            bits = sign | std::uint32_t(127 - 15 - e) << 23 | (mant & 0x3FF) << 13;
        }
    } else if (exp == 0x1F) {
        bits = sign | 0x7F800000u | mant << 13;
    } else {
        bits = sign | (exp + 127 - 15) << 23 | mant << 13;
    }
    return std::bit_cast<float>(bits);
}

float bf16ToFloat(std::uint16_t h) { return std::bit_cast<float>(std::uint32_t(h) << 16); }

// True when the raw little-endian values hold a NaN or infinity (all-ones exponent).
bool rawHasNonFinite(DType dtype, const std::byte *p, std::size_t byteCount)
{
    switch (dtype) {
    case DType::F32: {
        std::size_t n = byteCount / 4;
        bool bad = false;
        for (std::size_t i = 0; i < n; ++i)
            bad |= (loadUnaligned<std::uint32_t>(p + 4 * i) & 0x7F800000u) == 0x7F800000u;
        return bad;
    }
    case DType::F16: {
        std::size_t n = byteCount / 2;
        bool bad = false;
        for (std::size_t i = 0; i < n; ++i)
            bad |= (loadUnaligned<std::uint16_t>(p + 2 * i) & 0x7C00u) == 0x7C00u;
        return bad;
    }
    case DType::BF16: {
        std::size_t n = byteCount / 2;
        bool bad = false;
        for (std::size_t i = 0; i < n; ++i)
            bad |= (loadUnaligned<std::uint16_t>(p + 2 * i) & 0x7F80u) == 0x7F80u;
        return bad;
    }
    case DType::F64: {
        std::size_t n = byteCount / 8;
        bool bad = false;
        for (std::size_t i = 0; i < n; ++i)
            bad |= (loadUnaligned<std::uint64_t>(p + 8 * i) & 0x7FF0000000000000ull) == 0x7FF0000000000000ull;
        return bad;
    }
    default:
        return false;
    }
}

// Duplicate keys are an error at every level: nlohmann's DOM would silently keep the last one.
// The callback sees every key as it is parsed, so a set per open object catches them.
class DuplicateKeyGuard
{
public:
    struct Duplicate
    {
        std::string key;
        std::size_t depth;
    };
    struct TooDeep
    {
    };
    struct TooLong
    {
    };
    static constexpr std::size_t kMaxDepth = 8; // a valid header nests 3 deep
    static constexpr std::size_t kMaxArrayElements = 1024;

    bool operator()(int, Json::parse_event_t event, Json &parsed)
    {
        switch (event) {
        case Json::parse_event_t::object_start:
            push(true);
            break;
        case Json::parse_event_t::array_start:
            push(false);
            break;
        case Json::parse_event_t::object_end:
        case Json::parse_event_t::array_end:
            if (!m_stack.empty())
                m_stack.pop_back();
            break;
        case Json::parse_event_t::key:
            if (!m_stack.empty() && m_stack.back().isObject) {
                const auto &key = parsed.get_ref<const std::string &>();
                if (!m_stack.back().keys.insert(key).second)
                    throw Duplicate{key, m_stack.size()};
            }
            break;
        case Json::parse_event_t::value:
            // Arrays are shapes and offsets: a long one is garbage that would only cost memory.
            if (!m_stack.empty() && !m_stack.back().isObject && ++m_stack.back().elements > kMaxArrayElements)
                throw TooLong{};
            break;
        }
        return true;
    }

private:
    struct Level
    {
        bool isObject;
        std::set<std::string> keys;
        std::size_t elements = 0;
    };
    void push(bool isObject)
    {
        if (m_stack.size() >= kMaxDepth)
            throw TooDeep{};
        m_stack.push_back({isObject, {}});
    }
    std::vector<Level> m_stack;
};

std::uint64_t readLe64(const std::byte *p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | std::uint64_t(p[i]);
    return v;
}

void writeLe64(std::uint64_t v, char *out)
{
    for (int i = 0; i < 8; ++i)
        out[i] = char((v >> (8 * i)) & 0xFF);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// reader

SafetensorsReader SafetensorsReader::open(const std::string &path)
{
    SafetensorsReader r;
    r.m_path = path;
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw FileError(path, "cannot open: " + errnoText(errno));
    struct stat st {};
    if (::fstat(fd, &st) != 0) {
        int error = errno;
        ::close(fd);
        throw FileError(path, "cannot stat: " + errnoText(error));
    }
    if (!S_ISREG(st.st_mode)) {
        ::close(fd);
        throw FileError(path, "not a regular file");
    }
    r.m_size = std::uint64_t(st.st_size);
    if (r.m_size < 8) {
        ::close(fd);
        throw FileError(path, "file is " + std::to_string(r.m_size) +
                                  " bytes long, too short for a safetensors header (at least 8 bytes)");
    }
    r.m_fd = fd; // closed by the reader from here on
    void *map = ::mmap(nullptr, r.m_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED)
        throw FileError(path, "cannot map the file into memory: " + errnoText(errno));
    r.m_base = static_cast<const std::byte *>(map);
    r.m_mapped = true;
    r.parse(); // on throw, r's destructor unmaps
    return r;
}

SafetensorsReader SafetensorsReader::openBytes(std::vector<std::byte> bytes, const std::string &nameForMessages)
{
    SafetensorsReader r;
    r.m_path = nameForMessages;
    r.m_owned = std::move(bytes);
    r.m_base = r.m_owned.data();
    r.m_size = r.m_owned.size();
    if (r.m_size < 8)
        throw FileError(r.m_path, "file is " + std::to_string(r.m_size) +
                                      " bytes long, too short for a safetensors header (at least 8 bytes)");
    r.parse();
    return r;
}

SafetensorsReader::SafetensorsReader(SafetensorsReader &&other) noexcept { *this = std::move(other); }

SafetensorsReader &SafetensorsReader::operator=(SafetensorsReader &&other) noexcept
{
    if (this == &other)
        return *this;
    release();
    m_path = std::move(other.m_path);
    m_size = other.m_size;
    m_dataStart = other.m_dataStart;
    m_mapped = other.m_mapped;
    m_fd = other.m_fd;
    other.m_fd = -1;
    // A moved vector keeps its buffer, so m_base stays valid when it points into m_owned.
    m_owned = std::move(other.m_owned);
    m_base = other.m_base;
    m_tensors = std::move(other.m_tensors);
    m_index = std::move(other.m_index);
    m_metadata = std::move(other.m_metadata);
    other.m_base = nullptr;
    other.m_mapped = false;
    other.m_size = 0;
    return *this;
}

SafetensorsReader::~SafetensorsReader() { release(); }

void SafetensorsReader::release() noexcept
{
    if (m_mapped && m_base)
        ::munmap(const_cast<std::byte *>(m_base), m_size);
    m_base = nullptr;
    m_mapped = false;
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void SafetensorsReader::parse()
{
    auto fail = [this](const std::string &problem) { throw FileError(m_path, problem); };

    const std::uint64_t headerBytes = readLe64(m_base);
    if (headerBytes > kMaxHeaderBytes)
        fail("header length " + std::to_string(headerBytes) + " is larger than the " +
             std::to_string(kMaxHeaderBytes) + "-byte limit (not a safetensors file, or corrupt)");
    if (headerBytes > m_size - 8)
        fail("header length " + std::to_string(headerBytes) + " runs past the end of the file (" +
             std::to_string(m_size) + " bytes): truncated or not a safetensors file");
    if (headerBytes == 0)
        fail("header is empty");
    m_dataStart = 8 + headerBytes;
    const std::uint64_t dataBytes = m_size - m_dataStart;

    std::string_view header(reinterpret_cast<const char *>(m_base + 8), std::size_t(headerBytes));
    if (auto bad = findInvalidUtf8(header); bad != std::string_view::npos)
        fail("header is not valid UTF-8 (byte " + std::to_string(bad) + " of the header)");
    // nlohmann's lexer takes a NUL byte for the end of input and would ignore what follows.
    if (auto nul = header.find('\0'); nul != std::string_view::npos)
        fail("header is not valid JSON: NUL byte at byte " + std::to_string(nul) + " of the header");

    Json root;
    try {
        DuplicateKeyGuard guard;
        root = Json::parse(header.begin(), header.end(), std::ref(guard));
    } catch (const DuplicateKeyGuard::Duplicate &d) {
        if (d.depth == 1)
            fail("duplicate tensor name " + quotedName(d.key) + " in the header");
        fail("duplicate key " + quotedName(d.key) + " in the header");
    } catch (const DuplicateKeyGuard::TooDeep &) {
        fail("header JSON is nested too deeply");
    } catch (const DuplicateKeyGuard::TooLong &) {
        fail("header holds an array of more than " + std::to_string(DuplicateKeyGuard::kMaxArrayElements) +
             " elements (shapes and offsets are short)");
    } catch (const Json::exception &e) {
        fail(std::string("header is not valid JSON: ") + e.what());
    }
    if (!root.is_object())
        fail("header is " + kindOf(root) + ", not a JSON object");

    m_tensors.reserve(root.size());
    for (auto &[name, value] : root.items()) {
        if (name == "__metadata__") {
            if (!value.is_object())
                fail("__metadata__ is " + kindOf(value) + ", not an object of strings");
            for (auto &[key, v] : value.items()) {
                if (!v.is_string())
                    fail("__metadata__ entry " + quotedName(key) + " is " + kindOf(v) + ", not a string");
                m_metadata.emplace(key, v.get<std::string>());
            }
            continue;
        }
        if (auto problem = nameProblem(name); !problem.empty())
            fail(problem);
        const std::string who = "tensor " + quotedName(name);
        if (!value.is_object())
            fail(who + " is " + kindOf(value) + ", not an object");
        for (auto &[key, v] : value.items()) {
            (void)v;
            if (key != "dtype" && key != "shape" && key != "data_offsets")
                fail(who + " has an unknown field " + quotedName(key));
        }
        for (const char *key : {"dtype", "shape", "data_offsets"})
            if (!value.contains(key))
                fail(who + " lacks '" + key + "'");

        TensorInfo info;
        info.name = name;

        const Json &dtype = value["dtype"];
        if (!dtype.is_string())
            fail(who + ": dtype is not a string");
        const auto &dtypeStr = dtype.get_ref<const std::string &>();
        const DTypeEntry *entry = lookupDType(dtypeStr);
        if (!entry) {
            bool known = std::find(std::begin(kUnsupportedSpecDTypes), std::end(kUnsupportedSpecDTypes),
                                   dtypeStr) != std::end(kUnsupportedSpecDTypes);
            fail(who + (known ? " has dtype " + quotedName(dtypeStr) + ", which GenLab Studio does not support"
                              : " has unknown dtype " + quotedName(dtypeStr)));
        }
        info.dtype = entry->dtype;

        const Json &shape = value["shape"];
        if (!shape.is_array())
            fail(who + ": shape is not an array");
        for (const Json &d : shape) {
            if (d.is_number_integer() && !d.is_number_unsigned() && d.get<std::int64_t>() < 0)
                fail(who + " has a negative dimension (" + std::to_string(d.get<std::int64_t>()) + ")");
            if (!d.is_number_unsigned())
                fail(who + ": shape holds " + kindOf(d) + ", not an integer");
            auto u = d.get<std::uint64_t>();
            if (u > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
                fail(who + ": dimension " + std::to_string(u) + " is too large");
            info.shape.push_back(std::int64_t(u));
        }

        const Json &offsets = value["data_offsets"];
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() ||
            !offsets[1].is_number_unsigned())
            fail(who + ": data_offsets must be two non-negative integers [begin, end]");
        info.begin = offsets[0].get<std::uint64_t>();
        info.end = offsets[1].get<std::uint64_t>();
        const std::string range = "[" + std::to_string(info.begin) + ", " + std::to_string(info.end) + ")";
        if (info.end < info.begin)
            fail(who + ": data_offsets " + range + " are out of order (end before begin)");
        if (info.end > dataBytes)
            fail(who + ": data_offsets " + range + " run past the end of the data (" + std::to_string(dataBytes) +
                 " bytes)");

        std::uint64_t expectedBytes = 0;
        std::int64_t numel = 0;
        if (!checkedByteCount(info.shape, entry->size, &expectedBytes, &numel))
            fail(who + ": shape " + shapeText(info.shape) + " x " + std::string(entry->name) +
                 " overflows (element count too large)");
        if (expectedBytes != info.end - info.begin)
            fail(who + ": shape " + shapeText(info.shape) + " x " + std::string(entry->name) + " needs " +
                 std::to_string(expectedBytes) + " bytes but data_offsets " + range + " hold " +
                 std::to_string(info.end - info.begin));
        m_tensors.push_back(std::move(info));
    }

    // The data buffer must be covered exactly: sorted by offset, each tensor starts where the
    // previous one ended.
    std::sort(m_tensors.begin(), m_tensors.end(), [](const TensorInfo &a, const TensorInfo &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
    });
    std::uint64_t cursor = 0;
    const TensorInfo *previous = nullptr;
    for (const auto &t : m_tensors) {
        if (t.begin < cursor)
            fail("tensor " + quotedName(t.name) + " (bytes " + std::to_string(t.begin) + ".." + std::to_string(t.end) +
                 ") overlaps tensor " + quotedName(previous->name) + " (bytes " + std::to_string(previous->begin) +
                 ".." + std::to_string(previous->end) + ")");
        if (t.begin > cursor)
            fail("gap of " + std::to_string(t.begin - cursor) + " unused bytes before tensor " + quotedName(t.name));
        cursor = t.end;
        previous = &t;
    }
    if (cursor != dataBytes)
        fail(std::to_string(dataBytes - cursor) + " trailing bytes after the last tensor");

    m_index.reserve(m_tensors.size());
    for (std::size_t i = 0; i < m_tensors.size(); ++i)
        m_index.emplace(m_tensors[i].name, i);
}

const TensorInfo *SafetensorsReader::find(std::string_view name) const
{
    auto it = m_index.find(std::string(name));
    return it == m_index.end() ? nullptr : &m_tensors[it->second];
}

bool holdsNonFinite(DType dtype, const void *data, std::size_t byteCount)
{
    return rawHasNonFinite(dtype, static_cast<const std::byte *>(data), byteCount);
}

std::span<const std::byte> SafetensorsReader::bytes(const TensorInfo &t) const
{
    // Guard against a TensorInfo from another file: offsets must lie inside this one.
    if (t.end < t.begin || t.end > m_size - m_dataStart)
        throw FileError(m_path, "tensor " + quotedName(t.name) + " does not belong to this file");
    return {m_base + m_dataStart + t.begin, std::size_t(t.end - t.begin)};
}

void SafetensorsReader::readBytes(const TensorInfo &t, std::uint64_t from, void *dst, std::size_t count) const
{
    auto raw = bytes(t);
    if (from > raw.size() || count > raw.size() - from)
        throw FileError(m_path, "read of bytes " + std::to_string(from) + "+" + std::to_string(count) +
                                    " is outside tensor " + quotedName(t.name));
    if (m_fd < 0) {
        if (count)
            std::memcpy(dst, raw.data() + from, count);
        return;
    }
    auto *out = static_cast<char *>(dst);
    std::uint64_t offset = m_dataStart + t.begin + from;
    while (count > 0) {
        ssize_t n = ::pread(m_fd, out, std::min<std::size_t>(count, std::size_t(1) << 30), off_t(offset));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            throw FileError(m_path, "read failed: " + errnoText(errno));
        if (n == 0)
            throw FileError(m_path, "the file became shorter while it was being read");
        out += n;
        offset += std::uint64_t(n);
        count -= std::size_t(n);
    }
}

std::vector<float> SafetensorsReader::readFloat32(const TensorInfo &t) const
{
    auto raw = bytes(t);
    const std::byte *p = raw.data();
    const std::size_t n = raw.size() / dtypeSize(t.dtype);
    std::vector<float> out(n);
    switch (t.dtype) {
    case DType::F32:
        readBytes(t, 0, out.data(), n * 4);
        break;
    case DType::F16:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = halfToFloat(loadUnaligned<std::uint16_t>(p + 2 * i));
        break;
    case DType::BF16:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = bf16ToFloat(loadUnaligned<std::uint16_t>(p + 2 * i));
        break;
    case DType::F64:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(loadUnaligned<double>(p + 8 * i));
        break;
    case DType::I64:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(loadUnaligned<std::int64_t>(p + 8 * i));
        break;
    case DType::I32:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(loadUnaligned<std::int32_t>(p + 4 * i));
        break;
    case DType::I16:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(loadUnaligned<std::int16_t>(p + 2 * i));
        break;
    case DType::I8:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(static_cast<std::int8_t>(p[i]));
        break;
    case DType::U8:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = float(static_cast<std::uint8_t>(p[i]));
        break;
    case DType::Bool:
        for (std::size_t i = 0; i < n; ++i)
            out[i] = p[i] != std::byte{0} ? 1.0f : 0.0f;
        break;
    }
    return out;
}

bool SafetensorsReader::hasNonFinite(const TensorInfo &t) const
{
    auto raw = bytes(t);
    return rawHasNonFinite(t.dtype, raw.data(), raw.size());
}

std::vector<std::string> SafetensorsReader::nonFiniteTensors() const
{
    std::vector<std::string> names;
    for (const auto &t : m_tensors)
        if (hasNonFinite(t))
            names.push_back(t.name);
    return names;
}

// ---------------------------------------------------------------------------------------------
// writer

void writeSafetensors(const std::string &path, const std::vector<TensorToWrite> &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    detail::writeSafetensors(path, tensors, metadata, detail::AtomicFile::SyncFolder::Yes);
}

void detail::writeSafetensors(const std::string &path, const std::vector<TensorToWrite> &tensors,
                              const std::map<std::string, std::string> &metadata, AtomicFile::SyncFolder sync)
{
    auto fail = [&path](const std::string &problem) { throw FileError(path, "not written: " + problem); };

    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty()) {
        auto &meta = header["__metadata__"] = nlohmann::ordered_json::object();
        for (const auto &[k, v] : metadata) {
            if (findInvalidUtf8(k) != std::string::npos || findInvalidUtf8(v) != std::string::npos)
                fail("metadata entry " + quotedName(k) + " is not valid UTF-8");
            meta[k] = v;
        }
    }
    std::set<std::string_view> seen;
    std::uint64_t offset = 0;
    for (const auto &t : tensors) {
        if (auto problem = nameProblem(t.name); !problem.empty())
            fail(problem);
        if (t.name == "__metadata__")
            fail("'__metadata__' is reserved and cannot name a tensor");
        if (!seen.insert(t.name).second)
            fail("duplicate tensor name " + quotedName(t.name));
        std::uint64_t expected = 0;
        std::int64_t numel = 0;
        if (!checkedByteCount(t.shape, dtypeSize(t.dtype), &expected, &numel))
            fail("tensor " + quotedName(t.name) + " has a negative or overflowing shape " + shapeText(t.shape));
        if (expected != t.byteCount)
            fail("tensor " + quotedName(t.name) + ": shape " + shapeText(t.shape) + " x " +
                 std::string(dtypeName(t.dtype)) + " needs " + std::to_string(expected) + " bytes, got " +
                 std::to_string(t.byteCount));
        if (t.byteCount > 0 && !t.data)
            fail("tensor " + quotedName(t.name) + " has no data");
        if (rawHasNonFinite(t.dtype, static_cast<const std::byte *>(t.data), t.byteCount))
            fail("tensor " + quotedName(t.name) + " contains NaN or infinite values");
        auto &entry = header[t.name];
        entry["dtype"] = dtypeName(t.dtype);
        entry["shape"] = t.shape;
        entry["data_offsets"] = {offset, offset + t.byteCount};
        offset += t.byteCount;
    }
    std::string text = header.dump();
    // Pad with spaces (legal JSON whitespace) so the data starts 8-byte aligned.
    text.append((8 - text.size() % 8) % 8, ' ');

    detail::AtomicFile file(path, sync);
    char lengthBytes[8];
    writeLe64(text.size(), lengthBytes);
    file.write(lengthBytes, 8);
    file.write(text.data(), text.size());
    for (const auto &t : tensors)
        if (t.byteCount)
            file.write(t.data, t.byteCount);
    file.commit();
}

} // namespace genlab::engine::io
