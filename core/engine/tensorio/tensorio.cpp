#include "engine/tensorio/detail/tensorio.h"
#include "engine/tensorio/tensorio.h"

#include <bit>
#include <cstring>
#include <stdexcept>

namespace genlab::engine::detail {

// safetensors data is little-endian; so are the tensors we copy it into.
static_assert(std::endian::native == std::endian::little, "tensorio assumes a little-endian host");

torch::ScalarType toTorchDtype(io::DType dtype)
{
    switch (dtype) {
    case io::DType::F32: return torch::kFloat;
    case io::DType::F16: return torch::kHalf;
    case io::DType::BF16: return torch::kBFloat16;
    case io::DType::F64: return torch::kDouble;
    case io::DType::I64: return torch::kLong;
    case io::DType::I32: return torch::kInt;
    case io::DType::I16: return torch::kShort;
    case io::DType::I8: return torch::kChar;
    case io::DType::U8: return torch::kByte;
    case io::DType::Bool: return torch::kBool;
    }
    return torch::kFloat;
}

io::DType fromTorchDtype(torch::ScalarType type)
{
    switch (type) {
    case torch::kFloat: return io::DType::F32;
    case torch::kHalf: return io::DType::F16;
    case torch::kBFloat16: return io::DType::BF16;
    case torch::kDouble: return io::DType::F64;
    case torch::kLong: return io::DType::I64;
    case torch::kInt: return io::DType::I32;
    case torch::kShort: return io::DType::I16;
    case torch::kChar: return io::DType::I8;
    case torch::kByte: return io::DType::U8;
    case torch::kBool: return io::DType::Bool;
    default:
        throw std::invalid_argument(std::string("tensors of type ") + c10::toString(type) +
                                    " cannot be stored in a safetensors file of GenLab Studio");
    }
}

torch::Tensor loadTensor(const io::SafetensorsReader &reader, const io::TensorInfo &info, HalfPrecision half)
{
    // Bytes of a BOOL tensor may hold any value; torch expects exactly 0 or 1.
    const bool isBool = info.dtype == io::DType::Bool;
    auto options = torch::TensorOptions().dtype(isBool ? torch::kByte : toTorchDtype(info.dtype));
    torch::Tensor t = torch::empty(info.shape, options);
    auto *destination = static_cast<std::byte *>(t.data_ptr());
    // Large tensors in slices over the calling thread's intra-op threads: the copy (and the first
    // touch of the fresh pages) is what loading costs.
    constexpr std::int64_t kSliceBytes = 8 << 20;
    at::parallel_for(0, std::int64_t(info.byteCount()), kSliceBytes, [&](std::int64_t begin, std::int64_t end) {
        reader.readBytes(info, std::uint64_t(begin), destination + begin, std::size_t(end - begin));
    });
    if (isBool)
        t = t.ne(0);
    if (half == HalfPrecision::ToFloat32 && (info.dtype == io::DType::F16 || info.dtype == io::DType::BF16))
        t = t.to(torch::kFloat);
    return t;
}

TensorMap loadTensors(const io::SafetensorsReader &reader, HalfPrecision half)
{
    TensorMap out;
    for (const auto &info : reader.tensors())
        out.emplace(info.name, loadTensor(reader, info, half));
    return out;
}

std::vector<io::TensorToWrite> tensorsToWrite(const TensorMap &tensors, std::vector<torch::Tensor> *keepAlive)
{
    std::vector<io::TensorToWrite> out;
    out.reserve(tensors.size());
    keepAlive->reserve(keepAlive->size() + tensors.size());
    for (const auto &[name, tensor] : tensors) {
        torch::Tensor c = tensor.detach().to(torch::kCPU).contiguous();
        keepAlive->push_back(c);
        out.push_back({name, fromTorchDtype(c.scalar_type()), c.sizes().vec(), c.data_ptr(), c.nbytes()});
    }
    return out;
}

void saveTensors(const std::string &path, const TensorMap &tensors, const std::map<std::string, std::string> &metadata)
{
    std::vector<torch::Tensor> keepAlive;
    std::vector<io::TensorToWrite> toWrite;
    try {
        toWrite = tensorsToWrite(tensors, &keepAlive);
    } catch (const std::invalid_argument &e) {
        throw io::FileError(path, std::string("not written: ") + e.what());
    }
    io::writeSafetensors(path, toWrite, metadata);
}

ShapeMap shapesOf(const TensorMap &tensors)
{
    ShapeMap out;
    for (const auto &[name, t] : tensors)
        out.emplace(name, t.sizes().vec());
    return out;
}

namespace {

std::string shapeText(const std::vector<std::int64_t> &shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

// "a, b, c and 12 more": a wrong-architecture file can differ in hundreds of tensors.
std::string listed(const std::vector<std::string> &items)
{
    constexpr std::size_t kShown = 12;
    std::string s;
    for (std::size_t i = 0; i < items.size() && i < kShown; ++i)
        s += (i ? "; " : "") + items[i];
    if (items.size() > kShown)
        s += "; and " + std::to_string(items.size() - kShown) + " more";
    return s;
}

} // namespace

std::string checkShapes(const ShapeMap &expected, const TensorMap &loaded)
{
    std::vector<std::string> missing, extra, misshaped;
    for (const auto &[name, shape] : expected) {
        auto it = loaded.find(name);
        if (it == loaded.end())
            missing.push_back("'" + name + "' (expected " + shapeText(shape) + ")");
        else if (it->second.sizes().vec() != shape)
            misshaped.push_back("'" + name + "' expected " + shapeText(shape) + ", got " + shapeText(it->second.sizes().vec()));
    }
    for (const auto &[name, t] : loaded)
        if (!expected.count(name))
            extra.push_back("'" + name + "' (" + shapeText(t.sizes().vec()) + ")");
    if (missing.empty() && extra.empty() && misshaped.empty())
        return {};
    std::string msg = "the tensors do not match the architecture:";
    if (!missing.empty())
        msg += " missing " + std::to_string(missing.size()) + ": " + listed(missing) + ".";
    if (!extra.empty())
        msg += " unexpected " + std::to_string(extra.size()) + ": " + listed(extra) + ".";
    if (!misshaped.empty())
        msg += " wrong shape " + std::to_string(misshaped.size()) + ": " + listed(misshaped) + ".";
    return msg;
}

TensorMap stateDict(const torch::nn::Module &module)
{
    TensorMap out;
    for (const auto &p : module.named_parameters(/*recurse=*/true))
        out.emplace(p.key(), p.value());
    for (const auto &b : module.named_buffers(/*recurse=*/true))
        out.emplace(b.key(), b.value());
    return out;
}

void loadStateDict(torch::nn::Module &module, const TensorMap &tensors, const std::string &source)
{
    TensorMap own = stateDict(module);
    if (auto problem = checkShapes(shapesOf(own), tensors); !problem.empty())
        throw io::FileError(source, problem);
    torch::NoGradGuard noGrad;
    for (auto &[name, destination] : own)
        destination.copy_(tensors.at(name));
}

} // namespace genlab::engine::detail

namespace genlab::engine {

TorchLoadSummary loadAllIntoTorch(const std::string &path)
{
    auto reader = io::SafetensorsReader::open(path);
    detail::TensorMap tensors = detail::loadTensors(reader);
    TorchLoadSummary summary;
    summary.tensorCount = tensors.size();
    for (const auto &[name, t] : tensors)
        summary.byteCount += t.nbytes();
    return summary;
}

} // namespace genlab::engine
