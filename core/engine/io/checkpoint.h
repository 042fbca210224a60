#pragma once
// The one checkpoint format for every model the studio trains: a folder holding
//   model.safetensors      the weights
//   config.json            architecture, hyperparameters, data set, recipe, step, app_version,
//                          format_version (a JSON object)
//   optimizer.safetensors  optimizer state for resuming (absent when there is none)
// A save is committed as a whole: a kill -9 at any moment leaves the previous checkpoint loadable.

#include "engine/io/safetensors.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace genlab::engine::io {

inline constexpr int kCheckpointFormatVersion = 1;

struct CheckpointData
{
    // A JSON object. Must hold "architecture" (string) and "step" (integer >= 0); saveCheckpoint
    // adds "format_version" and "app_version" when they are missing.
    std::string configJson;
    std::vector<TensorToWrite> weights;
    std::vector<TensorToWrite> optimizer; // empty: no optimizer.safetensors
    std::map<std::string, std::string> weightsMetadata; // optional, stored in model.safetensors
};

// How the save works: the files go into a fresh sibling folder "<dir>.new" (each fsynced), the
// sibling is fsynced, then the previous "<dir>" is renamed to "<dir>.old", "<dir>.new" to "<dir>",
// and "<dir>.old" is removed. loadCheckpoint() completes or rolls back a save cut short between
// those renames. Refuses to replace a folder that is neither empty nor one of our checkpoints (a
// file, or a folder of the user's: FileError, nothing touched). Refuses non-finite weights or optimizer state (FileError naming the tensor)
// before touching anything on disk.
// Thread: any, but one save or load per checkpoint folder at a time.
void saveCheckpoint(const std::string &dir, const CheckpointData &data);

struct LoadedCheckpoint
{
    std::string dir;        // the folder the files were read from
    std::string configJson; // as stored
    std::optional<SafetensorsReader> weights;
    std::optional<SafetensorsReader> optimizer; // empty when the checkpoint has no optimizer state
    int formatVersion = 0;
    std::string architecture;
    std::int64_t step = 0;
};

// Throws FileError naming the file and the problem: no checkpoint, a config that is not a JSON
// object or lacks a field, a format_version made by a newer version of GenLab Studio, and every
// safetensors rule. Weights holding NaN/Inf are refused (the tensor is named).
LoadedCheckpoint loadCheckpoint(const std::string &dir);

// For "config of another architecture or size": compares the named top-level fields of two config
// JSON objects (nested objects by dotted path, e.g. "hyperparameters.hidden") and returns one
// message naming each field that differs with both values, or "" when they agree. A field missing
// on one side counts as different. Throws std::invalid_argument when either text is not a JSON object.
std::string configDifferences(const std::string &expectedJson, const std::string &actualJson,
                              const std::vector<std::string> &fields);

// True when dir (or an interrupted save of it) holds a checkpoint; does not validate it.
bool checkpointExists(const std::string &dir);

} // namespace genlab::engine::io
