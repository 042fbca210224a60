// A short fuzz run inside the normal build (no clang, no sanitizers): a fixed number of seeded
// random mutations of valid safetensors files go through the reader. Every input must end in
// acceptance (with the invariants of tests/fuzz/safetensors_fuzz_body.h) or io::FileError; a
// crash, an abort or another exception fails the test.
//
// The real fuzzer (libFuzzer + ASan + UBSan, needs clang and libclang-rt-14-dev):
//   scripts/fuzz-safetensors.sh 180
#include "../../fuzz/safetensors_fuzz_body.h"

#include "craft.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace genlab::engine::io;
using namespace genlab::testing;

namespace {

std::vector<std::string> seedFiles(const std::string &dir)
{
    std::vector<std::string> seeds;
    auto f32 = [](std::vector<float> v) { return rawBytes(v); };
    seeds.push_back(craftFile(R"({"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2,2],"data_offsets":[0,16]},)"
                              R"("b":{"dtype":"F16","shape":[3],"data_offsets":[16,22]}})",
                              f32({1, 2, 3, 4}) + rawBytes(std::vector<std::uint16_t>{0x3C00, 0x7C00, 0x0001})));
    seeds.push_back(craftFile(R"({"s":{"dtype":"F64","shape":[],"data_offsets":[0,8]},"e":{"dtype":"I64","shape":[0,4],"data_offsets":[8,8]}})",
                              rawBytes(std::vector<double>{2.5})));
    seeds.push_back(craftFile(R"(  {"u":{"dtype":"U8","shape":[1],"data_offsets":[0,1]},"w":{"dtype":"BF16","shape":[2],"data_offsets":[1,5]},)"
                              R"("m":{"dtype":"BOOL","shape":[2],"data_offsets":[5,7]},"i":{"dtype":"I32","shape":[1,1],"data_offsets":[7,11]},)"
                              R"("j":{"dtype":"I16","shape":[1],"data_offsets":[11,13]},"k":{"dtype":"I8","shape":[1],"data_offsets":[13,14]}}    )",
                              std::string("\x01\x80\x3f\xc0\x7f\x00\x01\x05\x00\x00\x00\xff\xff\x80", 14)));
    seeds.push_back(craftFile("{}"));
    seeds.push_back(craftFile(R"({"__metadata__":{"k":"v","\u00e9":"\u20ac"}})"));
    // And one from the writer (padding, ordering as we write them).
    std::vector<float> w(48);
    for (std::size_t i = 0; i < w.size(); ++i)
        w[i] = float(i) * 0.5f - 3.0f;
    std::vector<std::int64_t> ids{1, -2, 3};
    const std::string path = dir + "/seed.safetensors";
    writeSafetensors(path, {{"layer.0.weight", DType::F32, {4, 12}, w.data(), w.size() * 4}, {"ids", DType::I64, {3}, ids.data(), 24}},
                     {{"architecture", "mlp"}});
    seeds.push_back(readFile(path));
    return seeds;
}

// Mutations that reach deep into the format: raw byte damage, header-length games, and
// JSON-aware edits of numbers, strings and structure.
class Mutator
{
public:
    explicit Mutator(std::uint64_t seed) : m_rng(seed) {}

    std::string mutate(std::string s, const std::vector<std::string> &seeds)
    {
        int rounds = 1 + int(pick(4));
        for (int r = 0; r < rounds; ++r)
            mutateOnce(s, seeds);
        return s;
    }

private:
    std::mt19937_64 m_rng;
    std::uint64_t pick(std::uint64_t n) { return n ? m_rng() % n : 0; }

    std::size_t headerEnd(const std::string &s)
    {
        if (s.size() < 8)
            return s.size();
        std::uint64_t n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | std::uint8_t(s[std::size_t(i)]);
        return std::size_t(std::min<std::uint64_t>(8 + n, s.size()));
    }

    void setLength(std::string &s, std::uint64_t n)
    {
        if (s.size() < 8)
            s.resize(8, '\0');
        s.replace(0, 8, le64(n));
    }

    void mutateOnce(std::string &s, const std::vector<std::string> &seeds)
    {
        static const char *kTokens[] = {"\"dtype\"", "\"shape\"", "\"data_offsets\"", "\"__metadata__\"", "\"F32\"", "\"F16\"",
                                        "\"BF16\"", "\"F64\"", "\"I64\"", "\"BOOL\"", "\"U16\"", "\"X\"", "[]", "{}", "[0,0]",
                                        "null", "true", "-1", "0", "1", "4", "18446744073709551615", "18446744073709551616",
                                        "9223372036854775807", "9223372036854775808", "4611686018427387904", "1e400", "-0", "0.5",
                                        "\"a\"", "\"\\u0000\"", "\"\\ud800\"", ",", ":", "\"", "\\", "{", "}", "[", "]", " "};
        const std::size_t end = headerEnd(s);
        switch (pick(11)) {
        case 0: // flip a bit
            if (!s.empty())
                s[pick(s.size())] ^= char(1u << pick(8));
            break;
        case 1: // an interesting byte
            if (!s.empty()) {
                static const char kBytes[] = {'\0', '\xff', '"', '{', '}', ',', ':', '[', ']', '-', '9', ' ', '\\', '\x80', '\xc3', 'e'};
                s[pick(s.size())] = kBytes[pick(sizeof kBytes)];
            }
            break;
        case 2: // insert random bytes
            s.insert(pick(s.size() + 1), std::string(1 + pick(8), char(pick(256))));
            break;
        case 3: // delete a range
            if (!s.empty()) {
                std::size_t at = pick(s.size());
                s.erase(at, 1 + pick(std::min<std::size_t>(16, s.size() - at)));
            }
            break;
        case 4: // truncate or extend
            if (pick(2))
                s.resize(pick(s.size() + 1));
            else
                s.append(std::size_t(1 + pick(64)), char(pick(256)));
            break;
        case 5: // header length: nearby, huge, or just past the file
            switch (pick(4)) {
            case 0: setLength(s, std::uint64_t(std::max<std::int64_t>(0, std::int64_t(end) - 8 + std::int64_t(pick(17)) - 8))); break;
            case 1: setLength(s, m_rng()); break;
            case 2: setLength(s, s.size() >= 8 ? s.size() - 8 + pick(3) : 0); break;
            default: setLength(s, 100'000'000 + pick(3) - 1); break;
            }
            break;
        case 6: // replace a JSON token inside the header, then fix the length so the change is seen
        case 7: {
            if (end <= 8)
                break;
            std::size_t at = 8 + pick(end - 8);
            std::size_t len = pick(std::min<std::size_t>(8, end - at) + 1);
            const std::string token = kTokens[pick(std::size(kTokens))];
            s.replace(at, len, token);
            setLength(s, end - 8 - len + token.size());
            break;
        }
        case 8: // duplicate a header slice (duplicate keys, repeated entries)
            if (end > 9) {
                std::size_t a = 8 + pick(end - 8), b = 8 + pick(end - 8);
                if (a > b)
                    std::swap(a, b);
                std::string slice = s.substr(a, b - a);
                std::size_t at = 8 + pick(end - 8);
                s.insert(at, slice);
                setLength(s, end - 8 + slice.size());
            }
            break;
        case 9: // splice another seed in
        {
            const std::string &other = seeds[pick(seeds.size())];
            std::size_t cut = pick(s.size() + 1);
            s = s.substr(0, cut) + other.substr(std::min(cut, other.size()));
            break;
        }
        default: // change a digit in the header (offsets, dims)
            if (end > 8) {
                for (int tries = 0; tries < 16; ++tries) {
                    std::size_t at = 8 + pick(end - 8);
                    if (s[at] >= '0' && s[at] <= '9') {
                        s[at] = char('0' + pick(10));
                        break;
                    }
                }
            }
            break;
        }
    }
};

} // namespace

class TestFuzzSafetensorsSmoke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedsAreValid()
    {
        QTemporaryDir dir;
        for (const auto &s : seedFiles(dir.path().toStdString()))
            QVERIFY(genlab::fuzz::exerciseSafetensors(reinterpret_cast<const std::uint8_t *>(s.data()), s.size()) ==
                    genlab::fuzz::Outcome::Accepted);
    }

    void randomMutationsNeverCrash()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto seeds = seedFiles(dir.path().toStdString());
        const int iterations = qEnvironmentVariableIsSet("GENLAB_FUZZ_ITERATIONS")
                                   ? qEnvironmentVariableIntValue("GENLAB_FUZZ_ITERATIONS")
                                   : 300000;
        Mutator mutator(0x5eed);
        int accepted = 0, rejected = 0;
        const std::string filePath = dir.path().toStdString() + "/mutant.safetensors";
        for (int i = 0; i < iterations; ++i) {
            const std::string input = mutator.mutate(seeds[std::size_t(i) % seeds.size()], seeds);
            auto outcome = genlab::fuzz::exerciseSafetensors(reinterpret_cast<const std::uint8_t *>(input.data()), input.size());
            (outcome == genlab::fuzz::Outcome::Accepted ? accepted : rejected) += 1;
            // Now and then through a real file and the memory mapping too: same verdict.
            if (i % 1000 == 0) {
                writeFile(filePath, input);
                bool fileAccepted = true;
                try {
                    auto reader = SafetensorsReader::open(filePath);
                    genlab::fuzz::checkAccepted(reader);
                } catch (const FileError &) {
                    fileAccepted = false;
                }
                QCOMPARE(fileAccepted, outcome == genlab::fuzz::Outcome::Accepted);
            }
        }
        qInfo("%d mutations: %d accepted, %d rejected with FileError, no crash", iterations, accepted, rejected);
        // Both verdicts must occur, or the mutations miss the reader (or it rejects everything).
        QVERIFY(accepted > iterations / 100);
        QVERIFY(rejected > iterations / 2);
    }
};

QTEST_APPLESS_MAIN(TestFuzzSafetensorsSmoke)
#include "tst_fuzz_safetensors_smoke.moc"
