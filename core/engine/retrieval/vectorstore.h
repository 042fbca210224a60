#pragma once
// The dense vectors of every chunk, row i for ChunkId i, with an exact (brute-force) cosine search:
// the ground truth the ANN index is measured against and the fallback when no index is usable.

#include "engine/retrieval/types.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace genlab::engine::retrieval {

// Thread: one writer; const methods are safe from any number of readers while nobody writes.
class VectorStore
{
public:
    // dimension 0: taken from the first add().
    explicit VectorStore(int dimension = 0);

    int dimension() const { return m_dimension; }
    std::int64_t size() const { return m_count; }
    bool empty() const { return m_count == 0; }

    // Appends one row of dimension() floats (callers pass normalised rows; they are stored as given).
    void add(const float *row);
    void add(std::span<const float> row);
    // Appends rows.size() / dimension() rows (row-major); throws std::invalid_argument when the
    // size is not a multiple of the dimension.
    void addRows(std::span<const float> rows);
    void reserve(std::int64_t rows);
    void clear();

    const float *row(std::int64_t i) const { return m_data.data() + i * m_dimension; }
    const std::vector<float> &data() const { return m_data; }

    // The k rows with the largest dot product with query (== cosine on normalised rows), best
    // first; ties go to the lower ChunkId. A blocked scan, exact.
    std::vector<ScoredChunk> exactSearch(const float *query, int k) const;

    // A small versioned binary file (magic, version, dimension, count, checksum, rows). load()
    // checks all of them; a damaged or truncated file throws std::runtime_error naming the file.
    void save(const std::string &path) const;
    static VectorStore load(const std::string &path);

private:
    int m_dimension = 0;
    std::int64_t m_count = 0;
    std::vector<float> m_data;
};

} // namespace genlab::engine::retrieval
