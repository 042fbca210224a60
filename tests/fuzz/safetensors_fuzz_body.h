#pragma once
// What every fuzz input goes through: the libFuzzer target (tests/fuzz, sanitizers) and the
// in-process smoke test of the normal build (tests/engine/io/tst_fuzz_safetensors_smoke.cpp).
// A bad file must end in io::FileError; anything else (another exception, a crash, a sanitizer
// report, a broken invariant on an accepted file) is a finding.

#include "engine/io/safetensors.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace genlab::fuzz {

enum class Outcome { Accepted, Rejected };

// Aborts on a broken invariant so that libFuzzer and the smoke test both see it as a crash.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

inline Outcome checkAccepted(const engine::io::SafetensorsReader &reader)
{
    using namespace engine::io;
    // Accepted files: the tensors tile the data buffer exactly and every read stays inside it.
    std::uint64_t cursor = 0, total = 0;
    for (const TensorInfo &t : reader.tensors()) {
        require(t.begin == cursor && t.end >= t.begin);
        cursor = t.end;
        total += t.byteCount();
        std::int64_t numel = t.numel();
        require(numel >= 0);
        require(std::uint64_t(numel) * dtypeSize(t.dtype) == t.byteCount());
        auto bytes = reader.bytes(t);
        require(bytes.size() == t.byteCount());
        // Converting allocates numel floats; numel is bounded by the file size, so this is safe.
        std::vector<float> values = reader.readFloat32(t);
        require(values.size() == std::size_t(numel));
        (void)reader.hasNonFinite(t);
        require(reader.find(t.name) == &t);
    }
    (void)reader.nonFiniteTensors();
    require(total <= reader.fileSize());
    return Outcome::Accepted;
}

inline Outcome exerciseSafetensors(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::byte> bytes(size);
    if (size)
        std::memcpy(bytes.data(), data, size);
    try {
        auto reader = engine::io::SafetensorsReader::openBytes(std::move(bytes), "fuzz-input");
        return checkAccepted(reader);
    } catch (const engine::io::FileError &) {
        return Outcome::Rejected;
    }
}

} // namespace genlab::fuzz
