#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace genlab::engine {

// What the user asked for with --device: auto (CUDA when LibTorch sees it), cpu, cuda or cuda:N.
struct DeviceSpec
{
    enum class Kind { Auto, Cpu, Cuda };
    Kind kind = Kind::Auto;
    int index = 0; // CUDA ordinal

    // Parses "auto", "cpu", "cuda", "cuda:N"; on failure returns nullopt and fills *error.
    static std::optional<DeviceSpec> parse(std::string_view text, std::string *error);
    std::string toString() const;
};

} // namespace genlab::engine
