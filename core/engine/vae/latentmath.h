#pragma once
// Latent-space arithmetic for the latent lab: paths, projections, attribute vectors, KL activity.
// Plain functions on plain vectors; a set of latents is count rows of dim floats, row-major.

#include <cstdint>
#include <memory>
#include <vector>

namespace genlab::engine::vae {

using Latent = std::vector<float>;

enum class PathMethod { Lerp, Slerp };

Latent lerp(const Latent &a, const Latent &b, double t);
// Spherical interpolation: the direction moves along the great circle from a to b while the norm
// goes linearly from |a| to |b| (so between vectors of equal norm |z| stays constant). Nearly
// parallel directions fall back to lerp; exactly opposite ones turn through a fixed perpendicular
// direction; a zero endpoint falls back to lerp.
Latent slerp(const Latent &a, const Latent &b, double t);

// frameCount points from the first endpoint to the last through the others in order, evenly
// spaced in the path parameter (each segment gets the same share). The first and last points are
// the endpoints exactly, and so are the inner ones when (frameCount - 1) is a multiple of
// (endpoints - 1). Throws std::invalid_argument for fewer than 2 endpoints, endpoints of different
// sizes, or frameCount < 2.
std::vector<Latent> interpolatePath(const std::vector<Latent> &endpoints, int frameCount, PathMethod method);
// The points concatenated row-major (what LatentModel::decode takes).
std::vector<float> flatten(const std::vector<Latent> &points);

double norm(const Latent &z);
// |z| at every point of a path.
std::vector<double> norms(const std::vector<Latent> &path);

// A linear map from the latent space to a 2-D map and back: p = components * (z - mean),
// z' = mean + components^T * p. For a 2-D latent the map is the latent itself (identity).
struct Projection2D
{
    int dim = 0;
    std::vector<float> mean;             // dim
    std::vector<float> components;       // 2 rows of dim (orthonormal), row-major
    std::vector<double> explainedVariance; // the two eigenvalues (variance along each axis)
    double totalVariance = 0;            // trace of the covariance

    std::vector<float> project(const float *z) const;                         // -> {x, y}
    std::vector<float> projectAll(const std::vector<float> &latents) const;   // count * 2
    Latent inverse(double x, double y) const;
};

// PCA of count latents (rows of dim, dim >= 2): the mean and the two leading principal axes.
// Deterministic (each axis' largest component is made positive). Throws std::invalid_argument for
// no data or a size that is not a multiple of dim.
Projection2D fitPca(const std::vector<float> &latents, int dim);
// The map the lab draws: identity for a 2-D latent, PCA otherwise.
Projection2D mapProjection(const std::vector<float> &latents, int dim);

// Mean latent of the rows labelled classA minus the mean of those labelled classB. Throws
// std::invalid_argument when a class has no rows or the sizes disagree.
Latent attributeVector(const std::vector<float> &latents, int dim, const std::vector<int> &labels, int classA,
                       int classB);

// Mean over the data of 0.5 * (mu^2 + sigma^2 - 1 - log sigma^2), per dimension (nats).
std::vector<float> perDimensionKl(const std::vector<float> &means, const std::vector<float> &logVariances, int dim);
// Variance of each dimension over the data: the activity measure for an autoencoder.
std::vector<float> perDimensionVariance(const std::vector<float> &latents, int dim);
// Dimension indices, most active first (ties by index).
std::vector<int> orderByActivity(const std::vector<float> &activity);

// Nearest data-set image to a point of the 2-D latent map: hnswlib over the points, or an exact
// scan when there are few of them (or when asked).
// Thread: build once on one thread; nearest() is then safe from any thread.
class NearestIndex
{
public:
    enum class Mode { Auto, Exact, Hnsw };
    static constexpr int kExactBelow = 2048; // Auto: exact scan under this many points

    NearestIndex();
    ~NearestIndex();
    NearestIndex(NearestIndex &&) noexcept;
    NearestIndex &operator=(NearestIndex &&) noexcept;

    // points: count * 2 floats (x, y).
    void build(const std::vector<float> &points, Mode mode = Mode::Auto);
    // Index of the nearest point, or -1 when the index is empty.
    int nearest(float x, float y) const;
    int size() const { return m_count; }
    bool usesHnsw() const;

private:
    struct Hnsw;
    std::vector<float> m_points;
    int m_count = 0;
    std::unique_ptr<Hnsw> m_hnsw;
};

} // namespace genlab::engine::vae
