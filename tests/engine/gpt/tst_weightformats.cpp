// bf16 / int8 decode weights: every kernel (each ISA this CPU has, forced) against a plain
// double-precision reference on sizes that are not multiples of the vector width; packing
// error bounds; the shipped model in each format picks fp32's most likely next token.
#include "engine/gpt/detail/gemv.h"
#include "engine/gpt/gptmodel.h"
#include "engine/text/tokenizer.h"

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <random>

using namespace genlab::engine::gpt;
using namespace genlab::engine::gpt::detail;

namespace {

std::vector<float> randomVector(std::size_t n, std::uint32_t seed, float scale = 1.0f)
{
    std::mt19937 gen(seed);
    std::normal_distribution<float> normal(0.0f, scale);
    std::vector<float> v(n);
    for (auto &x : v)
        x = normal(gen);
    return v;
}

// W x + bias in double with exactly the weights the kernels see, and sum |w x| for the tolerance.
void reference(const PackedMatrix &m, const float *x, const float *bias, std::vector<double> &out,
               std::vector<double> &magnitude)
{
    std::vector<float> row(static_cast<std::size_t>(m.cols));
    out.assign(static_cast<std::size_t>(m.rows), 0.0);
    magnitude.assign(static_cast<std::size_t>(m.rows), 0.0);
    for (std::int64_t r = 0; r < m.rows; ++r) {
        m.dequantizeRow(r, row.data());
        double s = bias ? bias[r] : 0, a = bias ? std::fabs(bias[r]) : 0;
        for (std::int64_t c = 0; c < m.cols; ++c) {
            s += double(row[std::size_t(c)]) * x[c];
            a += std::fabs(double(row[std::size_t(c)]) * x[c]);
        }
        out[std::size_t(r)] = s;
        magnitude[std::size_t(r)] = a;
    }
}

std::vector<Isa> supportedIsas()
{
    std::vector<Isa> out;
    for (Isa isa : {Isa::Portable, Isa::Avx2, Isa::Avx512})
        if (isaSupported(isa))
            out.push_back(isa);
    return out;
}

std::string shippedModel()
{
    return GENLAB_SOURCE_DIR "/resources/models/lm-shakespeare-bpe";
}

int argmax(const std::vector<float> &v, std::size_t from = 0, std::size_t count = 0)
{
    if (count == 0)
        count = v.size() - from;
    return int(std::max_element(v.begin() + std::ptrdiff_t(from), v.begin() + std::ptrdiff_t(from + count)) -
               (v.begin() + std::ptrdiff_t(from)));
}

} // namespace

class TestWeightFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { forceIsa(std::nullopt); }

    void names()
    {
        for (WeightFormat f : {WeightFormat::Fp32, WeightFormat::Bf16, WeightFormat::Int8})
            QCOMPARE(parseWeightFormat(weightFormatName(f)), std::optional<WeightFormat>(f));
        QVERIFY(!parseWeightFormat("int4"));
        QVERIFY(isaSupported(Isa::Portable));
        QVERIFY(isaSupported(activeIsa()));
    }

    void bf16Rounding()
    {
        QCOMPARE(fromBf16(toBf16(1.0f)), 1.0f);
        QCOMPARE(fromBf16(toBf16(-2.5f)), -2.5f);
        // Halfway between two bf16 values rounds to the even one.
        QCOMPARE(fromBf16(toBf16(1.0f + 1.0f / 256)), 1.0f);
        QCOMPARE(fromBf16(toBf16(1.0f + 3.0f / 256)), 1.0f + 4.0f / 256);
        QVERIFY(std::isnan(fromBf16(toBf16(NAN))));
        QVERIFY(std::isinf(fromBf16(toBf16(INFINITY))));
        for (float v : randomVector(1000, 3))
            QVERIFY(std::fabs(fromBf16(toBf16(v)) - v) <= std::fabs(v) / 256);
    }

    void int8Packing()
    {
        const std::int64_t rows = 3, cols = 150; // groups of 64, 64 and 22
        auto w = randomVector(std::size_t(rows * cols), 5);
        w[7] = 9.0f; // one large weight coarsens only its own group
        w[0] = 0.0f;
        const auto m = PackedMatrix::pack(w.data(), rows, cols, WeightFormat::Int8);
        QCOMPARE(m.groups(), std::int64_t(3));
        QCOMPARE(m.scales.size(), std::size_t(9));
        QCOMPARE(m.bytes(), std::size_t(rows * cols + 9 * 4));
        std::vector<float> row(static_cast<std::size_t>(cols));
        for (std::int64_t r = 0; r < rows; ++r) {
            m.dequantizeRow(r, row.data());
            for (std::int64_t c = 0; c < cols; ++c) {
                const float scale = m.scales[std::size_t(r * 3 + c / 64)];
                QVERIFY2(std::fabs(row[std::size_t(c)] - w[std::size_t(r * cols + c)]) <= scale * 0.5f + 1e-7f,
                         qPrintable(QStringLiteral("row %1 col %2").arg(r).arg(c)));
            }
        }
        m.dequantizeRow(0, row.data());
        QCOMPARE(row[0], 0.0f);
        QVERIFY(m.scales[3] < 9.0f / 127 * 0.5f); // row 1, group 0: untouched by row 0's outlier
        // An all-zero group has scale 0 and stays zero.
        std::vector<float> zeros(70, 0.0f);
        const auto z = PackedMatrix::pack(zeros.data(), 1, 70, WeightFormat::Int8);
        z.dequantizeRow(0, row.data());
        QCOMPARE(row[69], 0.0f);
    }

    void kernels_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("cols");
        for (WeightFormat f : {WeightFormat::Fp32, WeightFormat::Bf16, WeightFormat::Int8})
            for (auto [rows, cols] : std::vector<std::pair<int, int>>{
                     {1, 1}, {3, 7}, {5, 17}, {4, 64}, {9, 63}, {13, 65}, {7, 129}, {6, 200}, {37, 333}})
                QTest::addRow("%s %dx%d", std::string(weightFormatName(f)).c_str(), rows, cols)
                    << int(f) << rows << cols;
    }

    void kernels()
    {
        QFETCH(int, format);
        QFETCH(int, rows);
        QFETCH(int, cols);
        const auto w = randomVector(std::size_t(rows) * std::size_t(cols), std::uint32_t(rows * 1000 + cols));
        const auto x = randomVector(std::size_t(cols) * 3, 11);
        const auto bias = randomVector(std::size_t(rows), 13);
        const auto m = PackedMatrix::pack(w.data(), rows, cols, WeightFormat(format));
        std::vector<double> want, magnitude;
        for (Isa isa : supportedIsas()) {
            forceIsa(isa);
            const QString where = QStringLiteral("isa %1").arg(QLatin1String(isaName(isa)));
            auto check = [&](const std::vector<float> &got, const std::vector<double> &expected, double offset,
                             const char *what) {
                for (int r = 0; r < rows; ++r) {
                    const double tol = 1e-5 * magnitude[std::size_t(r)] + 1e-5 * std::fabs(offset) + 1e-6;
                    if (std::fabs(got[std::size_t(r)] - (expected[std::size_t(r)] + offset)) > tol)
                        QFAIL(qPrintable(QStringLiteral("%1 %2 row %3: %4 vs %5")
                                             .arg(where, QLatin1String(what))
                                             .arg(r)
                                             .arg(got[std::size_t(r)])
                                             .arg(expected[std::size_t(r)] + offset)));
                }
            };
            std::vector<float> y(static_cast<std::size_t>(rows));
            reference(m, x.data(), nullptr, want, magnitude);
            gemvPacked(m, x.data(), nullptr, y.data(), false);
            check(y, want, 0, "no bias");
            if (WeightFormat(format) == WeightFormat::Fp32) {
                std::fill(y.begin(), y.end(), -1.0f);
                gemv(w.data(), x.data(), nullptr, y.data(), rows, cols, false);
                check(y, want, 0, "raw fp32");
            }
            reference(m, x.data(), bias.data(), want, magnitude);
            gemvPacked(m, x.data(), bias.data(), y.data(), false);
            check(y, want, 0, "bias");
            std::fill(y.begin(), y.end(), 0.5f);
            gemvPacked(m, x.data(), bias.data(), y.data(), true);
            check(y, want, 0.5, "accumulate");

            // Three vectors at once.
            std::vector<float> y3(static_cast<std::size_t>(rows) * 3);
            gemmPacked(m, x.data(), bias.data(), y3.data(), 3);
            for (int t = 0; t < 3; ++t) {
                reference(m, x.data() + std::size_t(t) * std::size_t(cols), bias.data(), want, magnitude);
                check(std::vector<float>(y3.begin() + t * rows, y3.begin() + (t + 1) * rows), want, 0, "batched");
            }
        }
    }

    void shippedModelKeepsItsArgmax()
    {
        const GptModel fp32 = GptModel::open(shippedModel());
        const std::vector<int> prompt = fp32.tokenizer()->encode("ROMEO:\nWhat light through yonder");
        QVERIFY(prompt.size() > 4);
        const auto full = fp32.logits(prompt);
        const std::size_t v = std::size_t(fp32.config().vocabSize);
        const int want = argmax(full, full.size() - v);
        for (WeightFormat f : {WeightFormat::Bf16, WeightFormat::Int8}) {
            const QString name = QString::fromLatin1(weightFormatName(f).data());
            GptModel model = GptModel::open(shippedModel(), {}, GptLoadOptions{f});
            QCOMPARE(model.weightFormat(), f);
            QVERIFY2(model.weightBytes() < fp32.weightBytes() * (f == WeightFormat::Int8 ? 0.4 : 0.65),
                     qPrintable(name));
            // Full forward pass (batched packed kernel) and the cached decode path (gemv kernel).
            const auto packedFull = model.logits(prompt);
            QCOMPARE(argmax(packedFull, packedFull.size() - v), want);
            model.appendTokens(std::vector<int>(prompt.begin(), prompt.end() - 1));
            const auto step = model.appendTokens({prompt.back()});
            QCOMPARE(argmax(step), want);
            for (std::size_t i = 0; i < v; ++i)
                QVERIFY2(std::fabs(step[i] - packedFull[packedFull.size() - v + i]) < 1e-3f, qPrintable(name));
            // Greedy text too.
            SamplingSettings s;
            s.greedy = true;
            s.maxTokens = 3;
            QCOMPARE(model.generate(prompt, s).ids.front(), want);
        }
    }

    void packedModelRefusesToSave()
    {
        GptModel model = GptModel::open(shippedModel(), {}, GptLoadOptions{WeightFormat::Int8});
        QTemporaryDir dir;
        try {
            model.save(dir.filePath(QStringLiteral("out")).toStdString());
            QFAIL("saved an int8 model");
        } catch (const std::runtime_error &e) {
            QVERIFY2(std::string(e.what()).find("int8") != std::string::npos, e.what());
            QVERIFY2(std::string(e.what()).find("fp32") != std::string::npos, e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestWeightFormats)
#include "tst_weightformats.moc"
