#pragma once
// safetensors: the one weights format the studio reads and writes (our own checkpoints and
// weights made elsewhere). Layout: 8-byte little-endian header length N, N bytes of UTF-8 JSON
// (an object of name -> {dtype, shape, data_offsets} plus an optional "__metadata__" string map),
// then the data buffer. Every file is untrusted: each rule is checked before anything is
// allocated from the numbers the file claims, and errors name the file and the problem.

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace genlab::engine::io {

enum class DType { F32, F16, BF16, F64, I64, I32, I16, I8, U8, Bool };

// The safetensors spelling: "F32", "BF16", "BOOL", ...
std::string_view dtypeName(DType dtype);
std::size_t dtypeSize(DType dtype);
bool isFloatingPoint(DType dtype);
// True when raw little-endian values of a floating-point dtype hold a NaN or an infinity (the
// exponent bits all set); false for other dtypes. For tensors read elsewhere with readBytes().
bool holdsNonFinite(DType dtype, const void *data, std::size_t byteCount);

struct TensorInfo
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape; // empty: a scalar (rank 0, one element)
    std::uint64_t begin = 0;         // byte offsets into the data buffer (after the header)
    std::uint64_t end = 0;

    std::int64_t numel() const;
    std::uint64_t byteCount() const { return end - begin; }
};

// Everything that goes wrong with a file: what() names the file and the problem.
class FileError : public std::runtime_error
{
public:
    FileError(const std::string &path, const std::string &problem);
    const std::string &path() const { return m_path; }
    const std::string &problem() const { return m_problem; }

private:
    std::string m_path;
    std::string m_problem;
};

// A validated, read-only, memory-mapped safetensors file. The mapping lives as long as the reader
// (and its moved-to successors); spans from bytes() are valid only that long. Touching the mapping
// of a file that another program cut short after open() raises SIGBUS; readBytes() (and so
// tensorio and readFloat32 of F32) reads the file instead and throws FileError there.
// Writers never overwrite a mapped file in place (they rename a new one over it), so a reader
// keeps seeing the version it opened.
// Thread: any (all members are const after open; concurrent reads are fine).
class SafetensorsReader
{
public:
    // Throws FileError.
    static SafetensorsReader open(const std::string &path);
    // The same validation on bytes already in memory (shipped resources, fuzzing). nameForMessages
    // stands in for the path in error messages.
    static SafetensorsReader openBytes(std::vector<std::byte> bytes, const std::string &nameForMessages);

    SafetensorsReader(SafetensorsReader &&other) noexcept;
    SafetensorsReader &operator=(SafetensorsReader &&other) noexcept;
    SafetensorsReader(const SafetensorsReader &) = delete;
    SafetensorsReader &operator=(const SafetensorsReader &) = delete;
    ~SafetensorsReader();

    // In data order (by offset).
    const std::vector<TensorInfo> &tensors() const { return m_tensors; }
    const TensorInfo *find(std::string_view name) const;
    const std::map<std::string, std::string> &metadata() const { return m_metadata; }
    const std::string &path() const { return m_path; }
    std::uint64_t fileSize() const { return m_size; }

    // The raw little-endian bytes of a tensor of this file. May be misaligned for its dtype:
    // copy (memcpy) before reading elements, never reinterpret_cast the pointer.
    std::span<const std::byte> bytes(const TensorInfo &tensor) const;
    // Copies count bytes of the tensor, starting at byte `from` of it, into dst. Reads the file
    // (pread) rather than the mapping when it can: no page faults on the mapping, and a file cut
    // short after open() gives FileError rather than SIGBUS. Safe to call from several threads.
    void readBytes(const TensorInfo &tensor, std::uint64_t from, void *dst, std::size_t count) const;
    // Every element converted to float (F16/BF16/F64/integers/bool), in an aligned buffer.
    std::vector<float> readFloat32(const TensorInfo &tensor) const;
    // Names of the floating-point tensors that hold a NaN or an infinity, in data order.
    std::vector<std::string> nonFiniteTensors() const;
    bool hasNonFinite(const TensorInfo &tensor) const;

private:
    SafetensorsReader() = default;
    void parse();
    void release() noexcept;

    std::string m_path;
    const std::byte *m_base = nullptr; // whole file
    std::uint64_t m_size = 0;
    std::uint64_t m_dataStart = 0;      // 8 + N
    bool m_mapped = false;              // m_base is an mmap (else it points into m_owned)
    int m_fd = -1;                      // kept open for readBytes(); -1 for openBytes()
    std::vector<std::byte> m_owned;
    std::vector<TensorInfo> m_tensors;
    std::unordered_map<std::string, std::size_t> m_index;
    std::map<std::string, std::string> m_metadata;
};

struct TensorToWrite
{
    std::string name;
    DType dtype = DType::F32;
    std::vector<std::int64_t> shape;
    const void *data = nullptr; // little-endian, contiguous, row-major
    std::size_t byteCount = 0;  // must equal numel * dtypeSize
};

// Writes a temp file beside path, fsyncs it, renames it over path and fsyncs the folder, so a
// crash leaves either the old file or the new one. Tensors are laid out in the given order.
// Refuses (FileError naming the tensor) NaN/Inf in floating-point tensors, duplicate or invalid
// names, and byte counts that do not match the shape.
void writeSafetensors(const std::string &path, const std::vector<TensorToWrite> &tensors,
                      const std::map<std::string, std::string> &metadata = {});

// Limits the reader enforces (the reference implementation's, where it has one).
inline constexpr std::uint64_t kMaxHeaderBytes = 100'000'000;
inline constexpr std::size_t kMaxTensorNameBytes = 1024;

} // namespace genlab::engine::io
