// Checkpoint folders: round trip, refusal rules, recovery from a save cut short, and a kill -9 loop.
#include "engine/io/checkpoint.h"

#include "craft.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace genlab::engine::io;
using namespace genlab::testing;
namespace fs = std::filesystem;

namespace {

// A deterministic checkpoint for a step: every step's bytes differ.
struct Version
{
    std::string config;
    std::vector<float> weight, bias, moment;

    explicit Version(std::int64_t step, std::size_t size = 32768)
    {
        config = R"({"architecture":"mlp","step":)" + std::to_string(step) +
                 R"(,"hyperparameters":{"lr":0.001,"hidden":128},"dataset":"moons"})";
        weight.resize(size);
        moment.resize(size);
        for (std::size_t i = 0; i < size; ++i) {
            weight[i] = float((std::uint64_t(step) * 7919 + i * 31) % 1000) / 1000.0f;
            moment[i] = float((std::uint64_t(step) * 104729 + i) % 777) / 777.0f;
        }
        bias.assign(64, float(step));
    }

    CheckpointData data() const
    {
        CheckpointData d;
        d.configJson = config;
        d.weights = {{"fc.weight", DType::F32, {std::int64_t(weight.size() / 64), 64}, weight.data(), weight.size() * 4},
                     {"fc.bias", DType::F32, {64}, bias.data(), bias.size() * 4}};
        d.optimizer = {{"fc.weight.exp_avg", DType::F32, {std::int64_t(moment.size())}, moment.data(), moment.size() * 4}};
        return d;
    }
};

struct Files
{
    std::string model, config, optimizer;
    bool operator==(const Files &) const = default;
};

Files readFiles(const std::string &dir)
{
    return {readFile(dir + "/model.safetensors"), readFile(dir + "/config.json"), readFile(dir + "/optimizer.safetensors")};
}

bool exists(const std::string &path) { return fs::exists(path); }

} // namespace

class TestCheckpoint : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_case = 0;
    std::map<std::int64_t, Files> m_expected;

    std::string freshDir(const char *name)
    {
        return (m_tmp.path() + QStringLiteral("/%1-%2").arg(QLatin1String(name)).arg(++m_case)).toStdString();
    }

    // The bytes a save of step k produces, saved once into a reference folder.
    const Files &expectedFiles(std::int64_t step)
    {
        auto it = m_expected.find(step);
        if (it != m_expected.end())
            return it->second;
        const std::string ref = freshDir("reference");
        saveCheckpoint(ref, Version(step).data());
        return m_expected.emplace(step, readFiles(ref)).first->second;
    }

    template <typename F>
    void expectFailure(F &&f, const std::string &needle, const std::string &pathNeedle)
    {
        try {
            f();
            QFAIL(("succeeded; expected " + needle).c_str());
        } catch (const FileError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find(needle) != std::string::npos, (what + "  [expected: " + needle + "]").c_str());
            QVERIFY2(what.find(pathNeedle) != std::string::npos, (what + "  [expected path: " + pathNeedle + "]").c_str());
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void roundTrips()
    {
        const std::string dir = freshDir("ckpt");
        QVERIFY(!checkpointExists(dir));
        Version v(42);
        CheckpointData data = v.data();
        data.weightsMetadata = {{"note", "unit test"}};
        saveCheckpoint(dir + "/", data); // a trailing slash is the same folder
        QVERIFY(checkpointExists(dir));
        LoadedCheckpoint c = loadCheckpoint(dir);
        QCOMPARE(QString::fromStdString(c.dir), QString::fromStdString(dir));
        QCOMPARE(c.formatVersion, kCheckpointFormatVersion);
        QCOMPARE(QString::fromStdString(c.architecture), QStringLiteral("mlp"));
        QCOMPARE(c.step, std::int64_t(42));
        QVERIFY(c.configJson.find("\"format_version\": 1") != std::string::npos);
        QVERIFY(c.configJson.find("\"app_version\"") != std::string::npos);
        QVERIFY(c.configJson.find("\"dataset\": \"moons\"") != std::string::npos);
        QVERIFY(c.weights);
        QCOMPARE(c.weights->readFloat32(*c.weights->find("fc.weight")), v.weight);
        QCOMPARE(c.weights->readFloat32(*c.weights->find("fc.bias")), v.bias);
        QCOMPARE(QString::fromStdString(c.weights->metadata().at("note")), QStringLiteral("unit test"));
        QVERIFY(c.optimizer);
        QCOMPARE(c.optimizer->readFloat32(*c.optimizer->find("fc.weight.exp_avg")), v.moment);
        // No sibling folders left behind.
        QVERIFY(!exists(dir + ".new"));
        QVERIFY(!exists(dir + ".old"));

        // Saving again replaces it; without optimizer state there is no optimizer file.
        Version v2(43);
        CheckpointData d2 = v2.data();
        d2.optimizer.clear();
        saveCheckpoint(dir, d2);
        LoadedCheckpoint c2 = loadCheckpoint(dir);
        QCOMPARE(c2.step, std::int64_t(43));
        QVERIFY(!c2.optimizer);
        QVERIFY(!exists(dir + "/optimizer.safetensors"));
        QVERIFY(!exists(dir + ".old"));
    }

    void neverReplacesAFolderOfTheUsers()
    {
        // A folder with the user's files (no checkpoint config): refused, untouched.
        const std::string docs = freshDir("documents");
        fs::create_directories(docs);
        { std::ofstream(docs + "/thesis.txt") << "years of work"; }
        expectFailure([&] { saveCheckpoint(docs, Version(1).data()); }, "not a GenLab checkpoint folder", docs);
        QVERIFY(exists(docs + "/thesis.txt"));
        QVERIFY(!exists(docs + ".new"));
        // A config.json that is not ours does not make it one.
        { std::ofstream(docs + "/config.json") << "{\"name\": \"my settings\"}"; }
        expectFailure([&] { saveCheckpoint(docs, Version(1).data()); }, "not a GenLab checkpoint folder", docs);
        QVERIFY(exists(docs + "/thesis.txt"));
        // A file of that name: refused.
        const std::string file = freshDir("a-file");
        { std::ofstream(file) << "x"; }
        expectFailure([&] { saveCheckpoint(file, Version(1).data()); }, "is not a folder", file);
        // An empty folder is fine.
        const std::string empty = freshDir("empty");
        fs::create_directories(empty);
        saveCheckpoint(empty, Version(2).data());
        QCOMPARE(loadCheckpoint(empty).step, std::int64_t(2));
    }

    void refusesNewerFormatVersion()
    {
        const std::string dir = freshDir("newer");
        saveCheckpoint(dir, Version(1).data());
        writeFile(dir + "/config.json", R"({"architecture":"mlp","step":1,"format_version":2})");
        expectFailure([&] { loadCheckpoint(dir); }, "made by a newer version of GenLab Studio", dir + "/config.json");
        writeFile(dir + "/config.json", R"({"architecture":"mlp","step":1,"format_version":0})");
        expectFailure([&] { loadCheckpoint(dir); }, "invalid format_version 0", "config.json");
        writeFile(dir + "/config.json", R"({"architecture":"mlp","step":1,"format_version":"1"})");
        expectFailure([&] { loadCheckpoint(dir); }, "format_version", "config.json");
    }

    void refusesBadConfigs()
    {
        const std::string dir = freshDir("config");
        saveCheckpoint(dir, Version(1).data());
        writeFile(dir + "/config.json", "{not json");
        expectFailure([&] { loadCheckpoint(dir); }, "not valid JSON", dir + "/config.json");
        writeFile(dir + "/config.json", "[1]");
        expectFailure([&] { loadCheckpoint(dir); }, "not a JSON object", "config.json");
        writeFile(dir + "/config.json", R"({"step":1,"format_version":1})");
        expectFailure([&] { loadCheckpoint(dir); }, "lacks \"architecture\"", "config.json");
        writeFile(dir + "/config.json", R"({"architecture":"mlp","step":-1,"format_version":1})");
        expectFailure([&] { loadCheckpoint(dir); }, "lacks \"step\"", "config.json");

        // And the save side refuses them before touching the folder.
        const std::string fresh = freshDir("config-save");
        CheckpointData d = Version(1).data();
        d.configJson = R"({"step":3})";
        expectFailure([&] { saveCheckpoint(fresh, d); }, "lacks \"architecture\"", fresh);
        d.configJson = R"({"architecture":"mlp","step":3,"format_version":7})";
        expectFailure([&] { saveCheckpoint(fresh, d); }, "format_version must be 1", fresh);
        d.configJson = "nope";
        expectFailure([&] { saveCheckpoint(fresh, d); }, "not valid JSON", fresh);
        QVERIFY(!exists(fresh));
        QVERIFY(!exists(fresh + ".new"));
    }

    void refusesMissingOrCorruptFiles()
    {
        expectFailure([&] { loadCheckpoint(m_tmp.path().toStdString() + "/nothing"); }, "no checkpoint here", "nothing");
        const std::string dir = freshDir("corrupt");
        saveCheckpoint(dir, Version(5).data());
        std::string model = readFile(dir + "/model.safetensors");
        writeFile(dir + "/model.safetensors", model.substr(0, model.size() - 10));
        expectFailure([&] { loadCheckpoint(dir); }, "past the end of the data", dir + "/model.safetensors");
        fs::remove(dir + "/model.safetensors");
        expectFailure([&] { loadCheckpoint(dir); }, "model.safetensors is missing", dir);
    }

    void neverWritesNonFiniteValues()
    {
        const std::string dir = freshDir("nan");
        saveCheckpoint(dir, Version(1).data());
        const Files before = readFiles(dir);
        Version bad(2);
        bad.weight[17] = std::numeric_limits<float>::quiet_NaN();
        expectFailure([&] { saveCheckpoint(dir, bad.data()); }, "tensor 'fc.weight' contains NaN", "fc.weight");
        Version badOpt(2);
        badOpt.moment[3] = std::numeric_limits<float>::infinity();
        expectFailure([&] { saveCheckpoint(dir, badOpt.data()); }, "tensor 'fc.weight.exp_avg' contains NaN",
                      "optimizer.safetensors");
        QVERIFY(readFiles(dir) == before);
        QVERIFY(!exists(dir + ".new"));
        QCOMPARE(loadCheckpoint(dir).step, std::int64_t(1));
    }

    void refusesNonFiniteWeightsOnLoad()
    {
        const std::string dir = freshDir("nanload");
        saveCheckpoint(dir, Version(1).data());
        const float nan = std::numeric_limits<float>::quiet_NaN();
        writeFile(dir + "/model.safetensors",
                  craftFile(R"({"layer.w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", rawBytes(std::vector<float>{1, nan})));
        expectFailure([&] { loadCheckpoint(dir); }, "tensor 'layer.w' holds NaN or infinite values", "model.safetensors");
    }

    void namesDifferingConfigFields()
    {
        const std::string a = R"({"architecture":"vae","hyperparameters":{"latent":8,"hidden":128},"dataset":"mnist"})";
        const std::string b = R"({"architecture":"vae","hyperparameters":{"latent":16,"hidden":128}})";
        QVERIFY(configDifferences(a, a, {"architecture", "hyperparameters.latent"}).empty());
        std::string d = configDifferences(a, b, {"architecture", "hyperparameters.latent", "hyperparameters.hidden", "dataset"});
        QCOMPARE(QString::fromStdString(d),
                 QStringLiteral("hyperparameters.latent: expected 8, found 16; dataset: expected \"mnist\", found (missing)"));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, configDifferences("[1]", a, {"x"}));
    }

    // The states a kill can leave between the renames of a save.
    void recoversFromInterruptedSwap()
    {
        // Killed after "<dir>" -> "<dir>.old" and before "<dir>.new" -> "<dir>": the new one is complete.
        {
            const std::string dir = freshDir("swap");
            saveCheckpoint(dir, Version(1).data());
            const std::string staging = freshDir("staging");
            saveCheckpoint(staging, Version(2).data());
            fs::rename(dir, dir + ".old");
            fs::rename(staging, dir + ".new");
            QVERIFY(checkpointExists(dir));
            LoadedCheckpoint c = loadCheckpoint(dir);
            QCOMPARE(c.step, std::int64_t(2));
            QCOMPARE(QString::fromStdString(c.dir), QString::fromStdString(dir));
            QVERIFY(readFiles(dir) == expectedFiles(2));
            // The next save clears what is left.
            saveCheckpoint(dir, Version(3).data());
            QVERIFY(!exists(dir + ".old") && !exists(dir + ".new"));
            QCOMPARE(loadCheckpoint(dir).step, std::int64_t(3));
        }
        // Only the old one left (someone removed the rest): put it back.
        {
            const std::string dir = freshDir("onlyold");
            saveCheckpoint(dir, Version(4).data());
            fs::rename(dir, dir + ".old");
            QCOMPARE(loadCheckpoint(dir).step, std::int64_t(4));
            QVERIFY(exists(dir + "/model.safetensors"));
        }
        // Killed while writing the new folder: the committed one wins, the partial one is ignored.
        {
            const std::string dir = freshDir("partial");
            saveCheckpoint(dir, Version(5).data());
            fs::create_directory(dir + ".new");
            writeFile(dir + ".new/model.safetensors", "garbage");
            QCOMPARE(loadCheckpoint(dir).step, std::int64_t(5));
            saveCheckpoint(dir, Version(6).data());
            QCOMPARE(loadCheckpoint(dir).step, std::int64_t(6));
            QVERIFY(!exists(dir + ".new"));
        }
        // A first save that never committed: no checkpoint.
        {
            const std::string dir = freshDir("firstsave");
            fs::create_directory(dir + ".new");
            writeFile(dir + ".new/model.safetensors", "garbage");
            QVERIFY(!checkpointExists(dir));
            expectFailure([&] { loadCheckpoint(dir); }, "no checkpoint here", dir);
        }
    }

    // A child process saves step after step and is killed with SIGKILL at random moments. After
    // every kill the checkpoint must load and be, byte for byte, either the last save the child
    // finished or the one it was in the middle of.
    void survivesKillDuringSave()
    {
        const std::string dir = freshDir("killed");
        saveCheckpoint(dir, Version(0).data());
        std::int64_t current = 0;
        std::mt19937 rng(20240611);
        int kills = 0, sawNewer = 0, sawSame = 0;
        QElapsedTimer timer;
        timer.start();
        const int rounds = 40;
        for (int round = 0; round < rounds; ++round) {
            int fds[2];
            QVERIFY(::pipe(fds) == 0);
            const pid_t pid = ::fork();
            QVERIFY(pid >= 0);
            if (pid == 0) {
                ::close(fds[0]);
                for (std::int64_t k = current + 1;; ++k) {
                    try {
                        saveCheckpoint(dir, Version(k).data());
                    } catch (...) {
                        ::_exit(3);
                    }
                    if (::write(fds[1], &k, sizeof k) != sizeof k)
                        ::_exit(4);
                }
            }
            ::close(fds[1]);
            ::usleep(useconds_t(rng() % 80000)); // 0-80 ms: a save takes 10-40 ms (fsyncs)
            ::kill(pid, SIGKILL);
            int status = 0;
            ::waitpid(pid, &status, 0);
            QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                     qPrintable(QStringLiteral("the saving child ended on its own (status %1)").arg(status)));
            ++kills;
            std::int64_t lastDone = current, k = 0;
            while (::read(fds[0], &k, sizeof k) == sizeof k)
                lastDone = k;
            ::close(fds[0]);

            LoadedCheckpoint c = loadCheckpoint(dir);
            QVERIFY2(c.step == lastDone || c.step == lastDone + 1,
                     qPrintable(QStringLiteral("round %1: loaded step %2, last finished save %3")
                                    .arg(round).arg(c.step).arg(lastDone)));
            c.weights.reset();
            c.optimizer.reset();
            QVERIFY2(readFiles(dir) == expectedFiles(c.step), qPrintable(QStringLiteral("round %1: step %2 differs").arg(round).arg(c.step)));
            (c.step == lastDone ? sawSame : sawNewer) += 1;
            current = c.step;
        }
        qInfo("%d kills in %lld ms; %d loads found the last finished save, %d the one in progress; last step %lld",
              kills, timer.elapsed(), sawSame, sawNewer, static_cast<long long>(current));
        QCOMPARE(kills, rounds);
        QVERIFY(current > 0); // the children did save
        // Whatever the kills left is cleared by the next save.
        saveCheckpoint(dir, Version(current + 1).data());
        QVERIFY(!exists(dir + ".new") && !exists(dir + ".old"));
        int temps = 0;
        for (const auto &e : fs::directory_iterator(dir))
            temps += e.path().filename().string().find(".tmp-") != std::string::npos;
        QCOMPARE(temps, 0);
    }
};

QTEST_APPLESS_MAIN(TestCheckpoint)
#include "tst_checkpoint.moc"
