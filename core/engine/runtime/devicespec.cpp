#include "engine/runtime/devicespec.h"

#include <charconv>

namespace genlab::engine {

std::optional<DeviceSpec> DeviceSpec::parse(std::string_view text, std::string *error)
{
    DeviceSpec spec;
    if (text == "auto" || text.empty())
        return spec;
    if (text == "cpu") {
        spec.kind = Kind::Cpu;
        return spec;
    }
    if (text == "cuda") {
        spec.kind = Kind::Cuda;
        return spec;
    }
    if (text.starts_with("cuda:")) {
        std::string_view number = text.substr(5);
        int index = -1;
        auto [ptr, ec] = std::from_chars(number.data(), number.data() + number.size(), index);
        if (ec == std::errc() && ptr == number.data() + number.size() && index >= 0 && !number.empty()) {
            spec.kind = Kind::Cuda;
            spec.index = index;
            return spec;
        }
    }
    if (error)
        *error = "unknown device '" + std::string(text) + "': use cpu, cuda, cuda:N or auto";
    return std::nullopt;
}

std::string DeviceSpec::toString() const
{
    switch (kind) {
    case Kind::Auto:
        return "auto";
    case Kind::Cpu:
        return "cpu";
    case Kind::Cuda:
        return "cuda:" + std::to_string(index);
    }
    return "auto";
}

} // namespace genlab::engine
