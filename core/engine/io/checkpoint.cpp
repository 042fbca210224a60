#include "engine/io/checkpoint.h"

#include "engine/base/version.h"
#include "engine/io/detail/fileutil.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <sys/stat.h>

namespace genlab::engine::io {

namespace fs = std::filesystem;
using detail::errnoText;

namespace {

constexpr const char *kWeightsFile = "model.safetensors";
constexpr const char *kConfigFile = "config.json";
constexpr const char *kOptimizerFile = "optimizer.safetensors";
constexpr std::uint64_t kMaxConfigBytes = 16u << 20;

std::string normalised(std::string dir)
{
    while (dir.size() > 1 && dir.back() == '/')
        dir.pop_back();
    return dir;
}

bool isDirectory(const std::string &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool isFile(const std::string &path)
{
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

void removeTree(const std::string &path)
{
    std::error_code ec;
    fs::remove_all(path, ec);
    if (ec)
        throw FileError(path, "cannot remove a leftover folder: " + ec.message());
}

void renameOrThrow(const std::string &from, const std::string &to)
{
    if (std::rename(from.c_str(), to.c_str()) != 0)
        throw FileError(from, "cannot rename to " + to + ": " + errnoText(errno));
}

// Finishes or rolls back a save that was cut short between its renames. The only state that
// needs it is "<dir>" missing: with "<dir>.new" and "<dir>.old" both present the crash came after
// the new folder was complete (it is only renamed once fsynced), so it is promoted; with only
// "<dir>.old" the old one is put back. A lone "<dir>.new" is an unfinished first save: ignored.
// Returns the folder that holds the checkpoint (dir itself unless the repair could not rename).
std::string recoverInterruptedSave(const std::string &dir)
{
    if (isDirectory(dir))
        return dir;
    const std::string fresh = dir + ".new", old = dir + ".old";
    std::string source;
    if (isDirectory(fresh) && isDirectory(old))
        source = fresh;
    else if (isDirectory(old))
        source = old;
    else
        return dir;
    if (std::rename(source.c_str(), dir.c_str()) != 0)
        return source; // read-only location: read it where it is
    try {
        detail::fsyncDirectory(detail::parentDirectory(dir));
    } catch (const FileError &) {
        // The rename happened; durability of the repair is best effort.
    }
    return dir;
}

std::string preparedConfig(const std::string &dir, const std::string &configJson)
{
    const std::string where = dir + "/" + kConfigFile;
    nlohmann::ordered_json config;
    try {
        config = nlohmann::ordered_json::parse(configJson);
    } catch (const nlohmann::json::exception &e) {
        throw FileError(where, std::string("not written: the config is not valid JSON: ") + e.what());
    }
    if (!config.is_object())
        throw FileError(where, "not written: the config must be a JSON object");
    if (!config.contains("architecture") || !config["architecture"].is_string() ||
        config["architecture"].get<std::string>().empty())
        throw FileError(where, "not written: the config lacks \"architecture\" (a string)");
    if (!config.contains("step") || !config["step"].is_number_integer() || config["step"].get<std::int64_t>() < 0)
        throw FileError(where, "not written: the config lacks \"step\" (an integer >= 0)");
    if (config.contains("format_version")) {
        if (!config["format_version"].is_number_integer() ||
            config["format_version"].get<std::int64_t>() != kCheckpointFormatVersion)
            throw FileError(where, "not written: format_version must be " + std::to_string(kCheckpointFormatVersion));
    } else {
        config["format_version"] = kCheckpointFormatVersion;
    }
    if (!config.contains("app_version"))
        config["app_version"] = kAppVersion;
    return config.dump(2) + "\n";
}

// A save replaces the whole folder, so it may only ever replace one of our own checkpoints: a
// user who gives ~/Documents as the output folder must get an error, not an empty Documents.
void checkReplaceable(const std::string &dir)
{
    std::error_code ec;
    const fs::file_status status = fs::symlink_status(dir, ec);
    if (!fs::exists(status))
        return;
    if (!fs::is_directory(status))
        throw FileError(dir, "exists and is not a folder; choose a new folder for the checkpoint");
    if (fs::is_empty(dir, ec) && !ec)
        return;
    const std::string config = dir + "/" + kConfigFile;
    struct stat st {};
    if (::stat(config.c_str(), &st) == 0 && S_ISREG(st.st_mode) && std::uint64_t(st.st_size) <= kMaxConfigBytes) {
        std::string text;
        if (std::FILE *f = std::fopen(config.c_str(), "rb")) {
            text.resize(std::size_t(st.st_size));
            text.resize(std::fread(text.data(), 1, text.size(), f));
            std::fclose(f);
        }
        const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (j.is_object() && j.contains("format_version") && j["format_version"].is_number_integer() &&
            j.contains("architecture") && j["architecture"].is_string())
            return;
    }
    throw FileError(dir, "exists and is not a GenLab checkpoint folder; saving would replace everything in it, so "
                         "choose a new or empty folder");
}

} // namespace

void saveCheckpoint(const std::string &dirIn, const CheckpointData &data)
{
    const std::string dir = normalised(dirIn);
    const std::string fresh = dir + ".new", old = dir + ".old";
    const std::string config = preparedConfig(dir, data.configJson);

    recoverInterruptedSave(dir);
    checkReplaceable(dir);
    if (fs::exists(fs::symlink_status(fresh)))
        removeTree(fresh);
    if (::mkdir(fresh.c_str(), 0777) != 0)
        throw FileError(fresh, "cannot create the folder for the new checkpoint: " + errnoText(errno));
    try {
        // writeSafetensors validates everything (names, sizes, NaN/Inf) before it creates a file.
        // Each file is fsynced; the folder once for all three.
        constexpr auto kLater = detail::AtomicFile::SyncFolder::No;
        detail::writeSafetensors(fresh + "/" + kWeightsFile, data.weights, data.weightsMetadata, kLater);
        if (!data.optimizer.empty())
            detail::writeSafetensors(fresh + "/" + kOptimizerFile, data.optimizer, {}, kLater);
        detail::writeSmallFile(fresh + "/" + kConfigFile, config, kLater);
        detail::fsyncDirectory(fresh);
    } catch (...) {
        std::error_code ec;
        fs::remove_all(fresh, ec);
        throw;
    }

    // Commit: from here on, every crash leaves a state recoverInterruptedSave() understands.
    const bool hadPrevious = isDirectory(dir);
    if (hadPrevious) {
        if (fs::exists(fs::symlink_status(old)))
            removeTree(old);
        renameOrThrow(dir, old);
    }
    renameOrThrow(fresh, dir);
    detail::fsyncDirectory(detail::parentDirectory(dir));
    if (hadPrevious) {
        std::error_code ec;
        fs::remove_all(old, ec); // a leftover is removed by the next save
    }
}

std::string configDifferences(const std::string &expectedJson, const std::string &actualJson,
                              const std::vector<std::string> &fields)
{
    auto parse = [](const std::string &text, const char *which) {
        nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
        if (!j.is_object())
            throw std::invalid_argument(std::string("the ") + which + " config is not a JSON object");
        return j;
    };
    const nlohmann::json expected = parse(expectedJson, "expected"), actual = parse(actualJson, "actual");
    auto lookup = [](const nlohmann::json &root, const std::string &dotted) -> const nlohmann::json * {
        const nlohmann::json *node = &root;
        std::size_t start = 0;
        while (true) {
            std::size_t dot = dotted.find('.', start);
            std::string key = dotted.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (!node->is_object() || !node->contains(key))
                return nullptr;
            node = &(*node)[key];
            if (dot == std::string::npos)
                return node;
            start = dot + 1;
        }
    };
    auto shown = [](const nlohmann::json *v) {
        if (!v)
            return std::string("(missing)");
        std::string s = v->dump();
        return s.size() > 60 ? s.substr(0, 57) + "..." : s;
    };
    std::string out;
    for (const auto &field : fields) {
        const nlohmann::json *a = lookup(expected, field), *b = lookup(actual, field);
        if (a && b && *a == *b)
            continue;
        if (!a && !b)
            continue;
        out += (out.empty() ? "" : "; ") + field + ": expected " + shown(a) + ", found " + shown(b);
    }
    return out;
}

bool checkpointExists(const std::string &dirIn)
{
    const std::string dir = normalised(dirIn);
    if (isDirectory(dir))
        return isFile(dir + "/" + kWeightsFile);
    return isDirectory(dir + ".old");
}

LoadedCheckpoint loadCheckpoint(const std::string &dirIn)
{
    const std::string requested = normalised(dirIn);
    LoadedCheckpoint out;
    out.dir = recoverInterruptedSave(requested);
    if (!isDirectory(out.dir))
        throw FileError(requested, "no checkpoint here (the folder does not exist)");
    const std::string configPath = out.dir + "/" + kConfigFile;
    const std::string weightsPath = out.dir + "/" + kWeightsFile;
    if (!isFile(weightsPath))
        throw FileError(requested, "not a checkpoint: model.safetensors is missing");
    if (!isFile(configPath))
        throw FileError(requested, "not a checkpoint: config.json is missing");

    out.configJson = detail::readSmallFile(configPath, kMaxConfigBytes);
    nlohmann::json config;
    try {
        config = nlohmann::json::parse(out.configJson);
    } catch (const nlohmann::json::exception &e) {
        throw FileError(configPath, std::string("not valid JSON: ") + e.what());
    }
    if (!config.is_object())
        throw FileError(configPath, "not a JSON object");
    if (!config.contains("format_version") || !config["format_version"].is_number_integer())
        throw FileError(configPath, "lacks \"format_version\" (an integer)");
    const auto version = config["format_version"].get<std::int64_t>();
    if (version > kCheckpointFormatVersion)
        throw FileError(configPath, "made by a newer version of GenLab Studio (checkpoint format_version " +
                                        std::to_string(version) + ", this version reads up to " +
                                        std::to_string(kCheckpointFormatVersion) + "); update GenLab Studio to open it");
    if (version < 1)
        throw FileError(configPath, "invalid format_version " + std::to_string(version));
    out.formatVersion = int(version);
    if (!config.contains("architecture") || !config["architecture"].is_string())
        throw FileError(configPath, "lacks \"architecture\" (a string)");
    out.architecture = config["architecture"].get<std::string>();
    if (!config.contains("step") || !config["step"].is_number_integer() || config["step"].get<std::int64_t>() < 0)
        throw FileError(configPath, "lacks \"step\" (an integer >= 0)");
    out.step = config["step"].get<std::int64_t>();

    out.weights.emplace(SafetensorsReader::open(weightsPath));
    if (auto bad = out.weights->nonFiniteTensors(); !bad.empty())
        throw FileError(weightsPath, "tensor '" + bad.front() + "' holds NaN or infinite values" +
                                         (bad.size() > 1 ? " (and " + std::to_string(bad.size() - 1) + " more)" : ""));
    const std::string optimizerPath = out.dir + "/" + kOptimizerFile;
    if (isFile(optimizerPath))
        out.optimizer.emplace(SafetensorsReader::open(optimizerPath));
    return out;
}

} // namespace genlab::engine::io
