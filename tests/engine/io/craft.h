#pragma once
// Builds safetensors files byte by byte from the spec (8-byte little-endian header length, JSON
// header, data), independently of the writer under test.

#include <cstdint>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace genlab::testing {

inline std::string le64(std::uint64_t v)
{
    std::string s(8, '\0');
    for (int i = 0; i < 8; ++i)
        s[i] = char((v >> (8 * i)) & 0xFF);
    return s;
}

// A whole file: header length from the header as given (no padding added).
inline std::string craftFile(const std::string &header, const std::string &data = {})
{
    return le64(header.size()) + header + data;
}

template <typename T>
std::string rawBytes(const std::vector<T> &values)
{
    std::string s(values.size() * sizeof(T), '\0');
    if (!values.empty())
        std::memcpy(s.data(), values.data(), s.size());
    return s;
}

inline std::vector<std::byte> toBytes(const std::string &s)
{
    std::vector<std::byte> v(s.size());
    if (!s.empty())
        std::memcpy(v.data(), s.data(), s.size());
    return v;
}

inline void writeFile(const std::string &path, const std::string &contents)
{
    std::ofstream f(path, std::ios::binary | std::ios::trunc);
    f.write(contents.data(), std::streamsize(contents.size()));
}

inline std::string readFile(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

} // namespace genlab::testing
