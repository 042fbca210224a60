// The torch bridge: state dicts through safetensors files, dtypes, alignment, shape checks.
#include "engine/tensorio/detail/tensorio.h"
#include "engine/tensorio/tensorio.h"

#include "../io/craft.h"

#include <QTemporaryDir>
#include <QtTest>

#include <limits>
#include <unistd.h>

using namespace genlab::engine;
using namespace genlab::engine::detail;
using namespace genlab::testing;

class TestTensorio : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string path(const char *name) { return (m_dir.path() + QLatin1Char('/') + QLatin1String(name)).toStdString(); }

    template <typename F>
    std::string errorOf(F &&f)
    {
        try {
            f();
        } catch (const io::FileError &e) {
            return e.what();
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripsALinearModule()
    {
        torch::manual_seed(1);
        torch::nn::Sequential model(torch::nn::Linear(5, 3), torch::nn::BatchNorm1d(3));
        model->train();
        model->forward(torch::randn({8, 5})); // moves the running statistics off their defaults
        const std::string file = path("linear.safetensors");
        saveTensors(file, stateDict(*model), {{"architecture", "test-mlp"}});

        auto reader = io::SafetensorsReader::open(file);
        QCOMPARE(QString::fromStdString(reader.metadata().at("architecture")), QStringLiteral("test-mlp"));
        QVERIFY(reader.find("0.weight") && reader.find("1.running_mean") && reader.find("1.num_batches_tracked"));
        QCOMPARE(reader.find("1.num_batches_tracked")->dtype, io::DType::I64);

        torch::manual_seed(2);
        torch::nn::Sequential other(torch::nn::Linear(5, 3), torch::nn::BatchNorm1d(3));
        QVERIFY(!torch::equal(other[0]->as<torch::nn::Linear>()->weight, model[0]->as<torch::nn::Linear>()->weight));
        loadStateDict(*other, loadTensors(reader), file);
        for (const auto &[name, t] : stateDict(*model))
            QVERIFY2(torch::equal(t, stateDict(*other).at(name)), name.c_str());
        model->eval();
        other->eval();
        auto x = torch::randn({4, 5});
        QVERIFY(torch::equal(model->forward(x), other->forward(x)));
        QVERIFY(stateDict(*other).at("0.weight").requires_grad());
    }

    void reportsShapeMismatches()
    {
        torch::nn::Linear small(4, 3);
        TensorMap loaded = stateDict(*torch::nn::Linear(3, 4));
        loaded.erase("bias");
        loaded.emplace("extra.scale", torch::ones({7}));
        std::string msg = checkShapes(shapesOf(stateDict(*small)), loaded);
        QVERIFY2(msg.find("missing 1: 'bias' (expected [3])") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("unexpected 1: 'extra.scale' ([7])") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("wrong shape 1: 'weight' expected [3, 4], got [4, 3]") != std::string::npos, msg.c_str());
        QVERIFY(checkShapes(shapesOf(stateDict(*small)), stateDict(*small)).empty());

        // loadStateDict refuses with that message, naming the file, and leaves the module alone.
        auto before = small->weight.clone();
        std::string error = errorOf([&] { loadStateDict(*small, loaded, "/models/x.safetensors"); });
        QVERIFY2(error.find("/models/x.safetensors: the tensors do not match") != std::string::npos, error.c_str());
        QVERIFY2(error.find("'weight' expected [3, 4], got [4, 3]") != std::string::npos, error.c_str());
        QVERIFY(torch::equal(before, small->weight));
    }

    void longMismatchListsAreCut()
    {
        ShapeMap expected;
        for (int i = 0; i < 40; ++i)
            expected["layer" + std::to_string(i)] = {2};
        std::string msg = checkShapes(expected, {});
        QVERIFY2(msg.find("missing 40:") != std::string::npos, msg.c_str());
        QVERIFY2(msg.find("and 28 more") != std::string::npos, msg.c_str());
    }

    void keepsOrConvertsHalfPrecision()
    {
        TensorMap tensors{{"h", torch::tensor({1.5, -2.0, 65504.0}).to(torch::kHalf)},
                          {"b", torch::tensor({0.5, -123.5}).to(torch::kBFloat16)},
                          {"d", torch::tensor({0.1}, torch::kDouble)},
                          {"i", torch::tensor({-7, 9}, torch::kLong)},
                          {"m", torch::tensor({true, false})},
                          {"s", torch::tensor(2.5)},
                          {"z", torch::zeros({0, 3})},
                          {"t", torch::arange(6, torch::kFloat).reshape({2, 3}).t()}}; // not contiguous
        const std::string file = path("dtypes.safetensors");
        saveTensors(file, tensors);
        auto reader = io::SafetensorsReader::open(file);
        QCOMPARE(reader.find("h")->dtype, io::DType::F16);
        QCOMPARE(reader.find("b")->dtype, io::DType::BF16);
        TensorMap kept = loadTensors(reader, HalfPrecision::Keep);
        QCOMPARE(kept.at("h").scalar_type(), torch::kHalf);
        QCOMPARE(kept.at("b").scalar_type(), torch::kBFloat16);
        for (const auto &[name, t] : tensors)
            QVERIFY2(torch::equal(kept.at(name), t), name.c_str());
        QCOMPARE(kept.at("s").dim(), std::int64_t(0));
        QCOMPARE(kept.at("t").sizes().vec(), (std::vector<std::int64_t>{3, 2}));
        TensorMap floats = loadTensors(reader, HalfPrecision::ToFloat32);
        QCOMPARE(floats.at("h").scalar_type(), torch::kFloat);
        QCOMPARE(floats.at("b").scalar_type(), torch::kFloat);
        QCOMPARE(floats.at("d").scalar_type(), torch::kDouble); // only half precision is widened
        QVERIFY(torch::equal(floats.at("b"), torch::tensor({0.5f, -123.5f})));
    }

    // Tensors at odd offsets of the file come out as aligned tensors with the right values; bool
    // bytes other than 0/1 become true.
    void copiesMisalignedDataIntoAlignedTensors()
    {
        std::vector<float> values{1.25f, -3.5f, 7.0f};
        std::string header = R"({"pad":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},)"
                             R"("w":{"dtype":"F32","shape":[3],"data_offsets":[1,13]},)"
                             R"("flags":{"dtype":"BOOL","shape":[3],"data_offsets":[13,16]}})";
        const std::string file = path("misaligned.safetensors");
        writeFile(file, craftFile(header, std::string("\x05", 1) + rawBytes(values) + std::string("\x00\x01\x07", 3)));
        auto reader = io::SafetensorsReader::open(file);
        QVERIFY(reinterpret_cast<std::uintptr_t>(reader.bytes(*reader.find("w")).data()) % 4 != 0);
        TensorMap t = loadTensors(reader);
        QVERIFY(reinterpret_cast<std::uintptr_t>(t.at("w").data_ptr()) % alignof(float) == 0);
        QVERIFY(torch::equal(t.at("w"), torch::tensor(values)));
        QVERIFY(torch::equal(t.at("flags"), torch::tensor({false, true, true})));
        // The tensors outlive the reader.
        reader = io::SafetensorsReader::openBytes(toBytes(craftFile("{}")), "empty");
        QCOMPARE(t.at("w")[2].item<float>(), 7.0f);
    }

    void refusesNonFiniteAndUnsupportedTensors()
    {
        const std::string file = path("refused.safetensors");
        auto nan = torch::tensor({1.0f, std::numeric_limits<float>::quiet_NaN()});
        std::string error = errorOf([&] { saveTensors(file, {{"ok", torch::ones({2})}, {"layer.bad", nan}}); });
        QVERIFY2(error.find("tensor 'layer.bad' contains NaN or infinite values") != std::string::npos, error.c_str());
        error = errorOf([&] { saveTensors(file, {{"c", torch::ones({2}, torch::kComplexFloat)}}); });
        QVERIFY2(error.find("cannot be stored") != std::string::npos, error.c_str());
        QVERIFY(!QFileInfo::exists(QString::fromStdString(file)));
    }

    void reportsAFileCutShortAfterOpen()
    {
        const std::string file = path("cut.safetensors");
        saveTensors(file, {{"big", torch::ones({4 << 20})}}); // 16 MB: read in parallel slices
        auto reader = io::SafetensorsReader::open(file);
        QVERIFY(::truncate(file.c_str(), 1 << 20) == 0);
        std::string error = errorOf([&] { loadTensors(reader); });
        QVERIFY2(error.find("became shorter") != std::string::npos, error.c_str());
    }

    void loadsEverythingForTheSummary()
    {
        const std::string file = path("summary.safetensors");
        saveTensors(file, {{"a", torch::ones({10, 10})}, {"b", torch::ones({5}, torch::kHalf)}});
        TorchLoadSummary s = loadAllIntoTorch(file);
        QCOMPARE(s.tensorCount, std::size_t(2));
        QCOMPARE(s.byteCount, std::uint64_t(410));
        QVERIFY(errorOf([&] { loadAllIntoTorch(path("missing.safetensors")); }).find("missing.safetensors") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestTensorio)
#include "tst_tensorio.moc"
