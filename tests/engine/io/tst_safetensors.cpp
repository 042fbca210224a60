// Every safetensors rule of the reliability guide, each with a file crafted byte by byte, plus the
// writer and interchange with Python (Debian's python3-torch, format parsed by hand there too).
#include "engine/io/safetensors.h"

#include "craft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <cstdio>
#include <limits>
#include <sys/wait.h>
#include <unistd.h>

using namespace genlab::engine::io;
using namespace genlab::testing;

namespace {

// Runs Debian's /usr/bin/python3 on a script file; returns the exit code, stdout in *out.
int runPython(const std::string &script, const std::vector<std::string> &args, std::string *out)
{
    std::string cmd = "/usr/bin/python3 '" + script + "'";
    for (const auto &a : args)
        cmd += " '" + a + "'";
    cmd += " 2>&1";
    FILE *pipe = ::popen(cmd.c_str(), "r");
    if (!pipe)
        return -1;
    char buf[4096];
    out->clear();
    while (std::size_t n = std::fread(buf, 1, sizeof buf, pipe))
        out->append(buf, n);
    int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string f32(std::initializer_list<float> v) { return rawBytes(std::vector<float>(v)); }

} // namespace

class TestSafetensors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_case = 0;

    std::string tempPath(const char *name = "case")
    {
        return (m_dir.path() + QStringLiteral("/%1-%2.safetensors").arg(QLatin1String(name)).arg(++m_case)).toStdString();
    }

    // The bytes must be refused, from a file and from memory alike, with a message that names the
    // file and contains needle.
    void expectRejected(const std::string &bytes, const std::string &needle)
    {
        const std::string path = tempPath("bad");
        writeFile(path, bytes);
        try {
            SafetensorsReader::open(path);
            QFAIL(qPrintable(QStringLiteral("accepted a bad file (expected: %1)").arg(QString::fromStdString(needle))));
        } catch (const FileError &e) {
            const std::string what = e.what();
            QVERIFY2(what.find(path) != std::string::npos, what.c_str());
            QVERIFY2(what.find(needle) != std::string::npos, (what + "  [expected: " + needle + "]").c_str());
        }
        try {
            SafetensorsReader::openBytes(toBytes(bytes), "memory.safetensors");
            QFAIL("openBytes accepted a bad file");
        } catch (const FileError &e) {
            QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, e.what());
        }
    }

    SafetensorsReader openCrafted(const std::string &bytes)
    {
        const std::string path = tempPath("good");
        writeFile(path, bytes);
        return SafetensorsReader::open(path);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void dtypeNamesAndSizes()
    {
        QCOMPARE(QString::fromLatin1(dtypeName(DType::BF16)), QStringLiteral("BF16"));
        QCOMPARE(QString::fromLatin1(dtypeName(DType::Bool)), QStringLiteral("BOOL"));
        QCOMPARE(dtypeSize(DType::F64), std::size_t(8));
        QCOMPARE(dtypeSize(DType::F16), std::size_t(2));
        QCOMPARE(dtypeSize(DType::Bool), std::size_t(1));
        QVERIFY(isFloatingPoint(DType::BF16));
        QVERIFY(!isFloatingPoint(DType::I64));
    }

    // A file written by hand from the spec, with two tensors and metadata.
    void readsHandMadeFile()
    {
        std::string header = R"({"__metadata__":{"format":"pt","note":"hand made"},)"
                             R"("b":{"dtype":"F32","shape":[2],"data_offsets":[24,32]},)"
                             R"("a":{"dtype":"F32","shape":[2,3],"data_offsets":[0,24]}})";
        std::string data = f32({1, 2, 3, 4, 5, 6}) + f32({-1.5f, 0.25f});
        auto r = openCrafted(craftFile(header, data));
        QCOMPARE(r.tensors().size(), std::size_t(2));
        QCOMPARE(QString::fromStdString(r.tensors()[0].name), QStringLiteral("a")); // data order
        const TensorInfo *a = r.find("a");
        QVERIFY(a);
        QCOMPARE(a->shape, (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(a->numel(), std::int64_t(6));
        QCOMPARE(r.readFloat32(*a), (std::vector<float>{1, 2, 3, 4, 5, 6}));
        QCOMPARE(r.readFloat32(*r.find("b")), (std::vector<float>{-1.5f, 0.25f}));
        QVERIFY(!r.find("c"));
        QCOMPARE(QString::fromStdString(r.metadata().at("note")), QStringLiteral("hand made"));
        QVERIFY(r.nonFiniteTensors().empty());
        QCOMPARE(r.bytes(*a).size(), std::size_t(24));
    }

    void rejectsShortFiles()
    {
        expectRejected("", "too short");
        expectRejected(std::string(7, '\0'), "too short");
    }

    void rejectsHugeHeaderLength()
    {
        expectRejected(le64(100'000'001) + "{}", "larger than the 100000000-byte limit");
        expectRejected(le64(std::numeric_limits<std::uint64_t>::max()) + "{}", "limit");
    }

    void rejectsHeaderPastEnd() { expectRejected(le64(100) + std::string(50, ' '), "past the end of the file"); }

    void rejectsEmptyHeader() { expectRejected(le64(0), "header is empty"); }

    void rejectsInvalidUtf8()
    {
        expectRejected(craftFile("{\"a\xff\":{}}"), "not valid UTF-8");
        expectRejected(craftFile("{\"\xc0\xaf\":{}}"), "not valid UTF-8"); // overlong '/'
        expectRejected(craftFile("{\"\xed\xa0\x80\":{}}"), "not valid UTF-8"); // surrogate
    }

    void rejectsNonJson()
    {
        expectRejected(craftFile("{\"a\":"), "not valid JSON");
        expectRejected(craftFile("{} {}"), "not valid JSON");
        expectRejected(craftFile(std::string("{}\0", 3)), "not valid JSON");
        expectRejected(craftFile("{\"a\":1,}"), "not valid JSON");
    }

    void rejectsNonObject()
    {
        expectRejected(craftFile("[1,2]"), "not a JSON object");
        expectRejected(craftFile("42"), "not a JSON object");
        expectRejected(craftFile("\"text\""), "not a JSON object");
        expectRejected(craftFile("null"), "not a JSON object");
    }

    void rejectsDeepNesting()
    {
        expectRejected(craftFile(std::string(5000, '[') + std::string(5000, ']')), "nested too deeply");
    }

    void rejectsHugeArrays()
    {
        std::string dims = "1";
        for (int i = 0; i < 1024; ++i)
            dims += ",1";
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[)" + dims + R"(],"data_offsets":[0,4]}})", f32({1})),
                       "more than 1024 elements");
        std::string rank64 = "1";
        for (int i = 1; i < 64; ++i)
            rank64 += ",1";
        auto r = openCrafted(craftFile(R"({"a":{"dtype":"F32","shape":[)" + rank64 + R"(],"data_offsets":[0,4]}})", f32({1})));
        QCOMPARE(r.find("a")->shape.size(), std::size_t(64));
    }

    void acceptsSpacePadding()
    {
        std::string header = R"(   {"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}     )";
        auto r = openCrafted(craftFile(header, f32({7})));
        QCOMPARE(r.readFloat32(*r.find("x")), std::vector<float>{7});
    }

    void rejectsDuplicateNames()
    {
        expectRejected(craftFile(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                 R"("w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                 f32({1, 2})),
                       "duplicate tensor name 'w'");
        // The same name spelled with an escape is still the same name.
        expectRejected(craftFile(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                 R"("\u0077":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                 f32({1, 2})),
                       "duplicate tensor name 'w'");
        expectRejected(craftFile(R"({"w":{"dtype":"F32","dtype":"F16","shape":[1],"data_offsets":[0,4]}})", f32({1})),
                       "duplicate key 'dtype'");
        expectRejected(craftFile(R"({"__metadata__":{"k":"a","k":"b"}})"), "duplicate key 'k'");
    }

    void rejectsBadNames()
    {
        expectRejected(craftFile(R"({"a\u0000b":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({1})),
                       "NUL or control character");
        expectRejected(craftFile(R"({"a\nb":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({1})),
                       "NUL or control character");
        expectRejected(craftFile(R"({"":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({1})), "empty name");
        std::string longName(1025, 'n');
        expectRejected(craftFile(R"({")" + longName + R"(":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({1})),
                       "1025 bytes long");
        std::string okName(1024, 'n');
        auto r = openCrafted(craftFile(R"({")" + okName + R"(":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({1})));
        QVERIFY(r.find(okName));
    }

    void rejectsBadTensorEntries()
    {
        expectRejected(craftFile(R"({"x":[1]})"), "tensor 'x' is an array");
        expectRejected(craftFile(R"({"x":{"shape":[1],"data_offsets":[0,4]}})", f32({1})), "lacks 'dtype'");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","data_offsets":[0,4]}})", f32({1})), "lacks 'shape'");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1]}})", f32({1})), "lacks 'data_offsets'");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4],"extra":1}})", f32({1})),
                       "unknown field 'extra'");
        expectRejected(craftFile(R"({"x":{"dtype":7,"shape":[1],"data_offsets":[0,4]}})", f32({1})), "dtype is not a string");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":1,"data_offsets":[0,4]}})", f32({1})), "shape is not an array");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1.5],"data_offsets":[0,4]}})", f32({1})), "not an integer");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":["1"],"data_offsets":[0,4]}})", f32({1})), "not an integer");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0]}})", f32({1})), "two non-negative integers");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4,8]}})", f32({1})), "two non-negative integers");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[-4,4]}})", f32({1})), "two non-negative integers");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4.0]}})", f32({1})), "two non-negative integers");
        expectRejected(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,18446744073709551616]}})", f32({1})),
                       "two non-negative integers");
    }

    void rejectsBadOffsets()
    {
        const std::string eight = f32({1, 2});
        // overlapping
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                 R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                 eight),
                       "overlaps tensor 'a'");
        // the same bytes twice
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                 R"("b":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
                                 eight),
                       "overlaps");
        // gap between tensors
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                 R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                                 f32({1, 2, 3})),
                       "gap of 4 unused bytes before tensor 'b'");
        // gap at the start
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", eight),
                       "gap of 4 unused bytes before tensor 'a'");
        // end before begin
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[8,4]}})", f32({1, 2, 3})),
                       "out of order");
        // past the end of the data
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,12]}})", eight),
                       "past the end of the data (8 bytes)");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[12,12]}})", eight), "past the end");
        // trailing bytes
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", eight),
                       "4 trailing bytes after the last tensor");
        expectRejected(craftFile("{}", "x"), "1 trailing bytes");
    }

    void acceptsTensorsListedOutOfDataOrder()
    {
        auto r = openCrafted(craftFile(R"({"z":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                       R"("a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})",
                                       f32({1, 2})));
        QCOMPARE(QString::fromStdString(r.tensors()[0].name), QStringLiteral("z"));
        QCOMPARE(r.readFloat32(*r.find("a")), std::vector<float>{2});
    }

    void rejectsShapeSizeMismatch()
    {
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", f32({1, 2})),
                       "needs 12 bytes but data_offsets [0, 8) hold 8");
        expectRejected(craftFile(R"({"a":{"dtype":"F16","shape":[2],"data_offsets":[0,8]}})", f32({1, 2})), "needs 4 bytes");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[],"data_offsets":[0,8]}})", f32({1, 2})), "needs 4 bytes");
    }

    void rejectsShapeOverflow()
    {
        // 2^62 * 4 elements overflows int64; 2^31 * 2^31 * 2^2 too; 2^61 F32 elements overflow the byte count.
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[4611686018427387904,4],"data_offsets":[0,8]}})", f32({1, 2})),
                       "overflows");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[2147483648,2147483648,4],"data_offsets":[0,8]}})",
                                 f32({1, 2})),
                       "overflows");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[2305843009213693952],"data_offsets":[0,8]}})", f32({1, 2})),
                       "overflows");
        // Overflow to exactly the stored byte count must not pass: 2^64/4 + 2 elements of F32
        // would wrap to 8 bytes without checked multiplication.
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[4611686018427387906],"data_offsets":[0,8]}})", f32({1, 2})),
                       "overflows");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[18446744073709551615],"data_offsets":[0,8]}})", f32({1, 2})),
                       "too large");
    }

    void rejectsNegativeDims()
    {
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[-1,2],"data_offsets":[0,8]}})", f32({1, 2})),
                       "negative dimension (-1)");
        expectRejected(craftFile(R"({"a":{"dtype":"F32","shape":[-2,-1],"data_offsets":[0,8]}})", f32({1, 2})),
                       "negative dimension");
    }

    void rejectsUnknownDtype()
    {
        expectRejected(craftFile(R"({"a":{"dtype":"Q7","shape":[2],"data_offsets":[0,8]}})", f32({1, 2})),
                       "unknown dtype 'Q7'");
        expectRejected(craftFile(R"({"a":{"dtype":"f32","shape":[2],"data_offsets":[0,8]}})", f32({1, 2})),
                       "unknown dtype 'f32'");
        expectRejected(craftFile(R"({"a":{"dtype":"U16","shape":[4],"data_offsets":[0,8]}})", f32({1, 2})),
                       "dtype 'U16', which GenLab Studio does not support");
    }

    void acceptsZeroSizeAndScalarTensors()
    {
        auto r = openCrafted(craftFile(R"({"empty":{"dtype":"F32","shape":[0,3],"data_offsets":[4,4]},)"
                                       R"("also":{"dtype":"I64","shape":[5,0],"data_offsets":[0,0]},)"
                                       R"("scalar":{"dtype":"F32","shape":[],"data_offsets":[0,4]}})",
                                       f32({2.5f})));
        QCOMPARE(r.tensors().size(), std::size_t(3));
        const TensorInfo *s = r.find("scalar");
        QVERIFY(s);
        QVERIFY(s->shape.empty());
        QCOMPARE(s->numel(), std::int64_t(1));
        QCOMPARE(r.readFloat32(*s), std::vector<float>{2.5f});
        QCOMPARE(r.find("empty")->numel(), std::int64_t(0));
        QVERIFY(r.readFloat32(*r.find("empty")).empty());
        QVERIFY(r.bytes(*r.find("also")).empty());

        auto none = openCrafted(craftFile("{}"));
        QVERIFY(none.tensors().empty());
        auto onlyMeta = openCrafted(craftFile(R"({"__metadata__":{}})"));
        QVERIFY(onlyMeta.metadata().empty());
    }

    void rejectsBadMetadata()
    {
        expectRejected(craftFile(R"({"__metadata__":"x"})"), "__metadata__ is a string");
        expectRejected(craftFile(R"({"__metadata__":{"steps":10}})"), "__metadata__ entry 'steps' is a number");
        expectRejected(craftFile(R"({"__metadata__":{"a":{"b":"c"}}})"), "__metadata__ entry 'a' is an object");
        expectRejected(craftFile(R"({"__metadata__":[]})"), "not an object of strings");
    }

    // Tensors at odd offsets: conversions must not assume alignment (UBSan/ASan builds check it).
    void convertsEveryDtypeFromMisalignedData()
    {
        std::string data;
        std::string header = "{";
        auto add = [&](const char *name, const char *dtype, int count, const std::string &bytes) {
            header += std::string(header.size() > 1 ? "," : "") + "\"" + name + "\":{\"dtype\":\"" + dtype +
                      "\",\"shape\":[" + std::to_string(count) + "],\"data_offsets\":[" + std::to_string(data.size()) +
                      "," + std::to_string(data.size() + bytes.size()) + "]}";
            data += bytes;
        };
        add("u8", "U8", 3, std::string("\x00\x07\xff", 3));
        add("f32", "F32", 2, f32({1.25f, -3.5f}));
        add("f16", "F16", 4, rawBytes(std::vector<std::uint16_t>{0x3C00, 0xC000, 0x0001, 0x7BFF})); // 1, -2, 2^-24, 65504
        add("bf16", "BF16", 2, rawBytes(std::vector<std::uint16_t>{0x3FC0, 0xC2F7})); // 1.5, -123.5
        add("f64", "F64", 1, rawBytes(std::vector<double>{0.1}));
        add("i64", "I64", 2, rawBytes(std::vector<std::int64_t>{-5, 1LL << 40}));
        add("i32", "I32", 1, rawBytes(std::vector<std::int32_t>{-70000}));
        add("i16", "I16", 1, rawBytes(std::vector<std::int16_t>{-300}));
        add("i8", "I8", 2, std::string("\x80\x7f", 2));
        add("bool", "BOOL", 3, std::string("\x00\x01\x02", 3));
        header += "}";
        auto r = openCrafted(craftFile(header, data));
        QVERIFY(reinterpret_cast<std::uintptr_t>(r.bytes(*r.find("f32")).data()) % 4 != 0);
        QCOMPARE(r.readFloat32(*r.find("u8")), (std::vector<float>{0, 7, 255}));
        QCOMPARE(r.readFloat32(*r.find("f32")), (std::vector<float>{1.25f, -3.5f}));
        QCOMPARE(r.readFloat32(*r.find("f16")), (std::vector<float>{1.0f, -2.0f, std::ldexp(1.0f, -24), 65504.0f}));
        QCOMPARE(r.readFloat32(*r.find("bf16")), (std::vector<float>{1.5f, -123.5f}));
        QCOMPARE(r.readFloat32(*r.find("f64")), (std::vector<float>{0.1f}));
        QCOMPARE(r.readFloat32(*r.find("i64")), (std::vector<float>{-5.0f, 1099511627776.0f}));
        QCOMPARE(r.readFloat32(*r.find("i32")), (std::vector<float>{-70000.0f}));
        QCOMPARE(r.readFloat32(*r.find("i16")), (std::vector<float>{-300.0f}));
        QCOMPARE(r.readFloat32(*r.find("i8")), (std::vector<float>{-128.0f, 127.0f}));
        QCOMPARE(r.readFloat32(*r.find("bool")), (std::vector<float>{0, 1, 1}));
        QVERIFY(r.nonFiniteTensors().empty());
    }

    void findsNonFiniteTensors()
    {
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const float inf = std::numeric_limits<float>::infinity();
        std::string header = R"({"ok":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                             R"("nan":{"dtype":"F32","shape":[2],"data_offsets":[8,16]},)"
                             R"("hinf":{"dtype":"F16","shape":[1],"data_offsets":[16,18]},)"
                             R"("bnan":{"dtype":"BF16","shape":[1],"data_offsets":[18,20]},)"
                             R"("dinf":{"dtype":"F64","shape":[1],"data_offsets":[20,28]},)"
                             R"("ints":{"dtype":"I32","shape":[1],"data_offsets":[28,32]}})";
        std::string data = f32({1, 2}) + f32({3, nan}) + rawBytes(std::vector<std::uint16_t>{0xFC00}) +
                           rawBytes(std::vector<std::uint16_t>{0x7FC1}) + rawBytes(std::vector<double>{-HUGE_VAL}) +
                           rawBytes(std::vector<std::int32_t>{-1}); // all ones, but an integer
        auto r = openCrafted(craftFile(header, data));
        QCOMPARE(r.nonFiniteTensors(), (std::vector<std::string>{"nan", "hinf", "bnan", "dinf"}));
        QVERIFY(std::isinf(r.readFloat32(*r.find("hinf"))[0]));
        (void)inf;
    }

    void namesTheFileWhenMissing()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/nope.safetensors")).toStdString();
        try {
            SafetensorsReader::open(path);
            QFAIL("opened a missing file");
        } catch (const FileError &e) {
            QVERIFY(std::string(e.what()).find(path) != std::string::npos);
            QCOMPARE(QString::fromStdString(e.path()), QString::fromStdString(path));
        }
        try {
            SafetensorsReader::open(m_dir.path().toStdString());
            QFAIL("opened a folder");
        } catch (const FileError &e) {
            QVERIFY(std::string(e.what()).find("not a regular file") != std::string::npos);
        }
    }

    void movesKeepTheMapping()
    {
        auto r = openCrafted(craftFile(R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({9})));
        SafetensorsReader moved = std::move(r);
        QCOMPARE(moved.readFloat32(*moved.find("x")), std::vector<float>{9});
        auto mem = SafetensorsReader::openBytes(toBytes(craftFile(R"({"y":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})", f32({4}))),
                                                "mem");
        moved = std::move(mem);
        QCOMPARE(moved.readFloat32(*moved.find("y")), std::vector<float>{4});
        QCOMPARE(QString::fromStdString(moved.path()), QStringLiteral("mem"));
    }

    void readsByteRanges()
    {
        std::vector<float> v{1, 2, 3, 4};
        const std::string path = tempPath("ranges");
        writeSafetensors(path, {{"w", DType::F32, {4}, v.data(), 16}});
        auto r = SafetensorsReader::open(path);
        const TensorInfo &w = *r.find("w");
        float out[2] = {};
        r.readBytes(w, 4, out, 8);
        QCOMPARE(out[0], 2.0f);
        QCOMPARE(out[1], 3.0f);
        try {
            r.readBytes(w, 12, out, 8);
            QFAIL("read past the tensor");
        } catch (const FileError &e) {
            QVERIFY2(std::string(e.what()).find("outside tensor 'w'") != std::string::npos, e.what());
        }
        // A file cut short after it was opened: an error, not SIGBUS.
        QVERIFY(::truncate(path.c_str(), 8) == 0);
        try {
            r.readFloat32(w);
            QFAIL("read a truncated file");
        } catch (const FileError &e) {
            QVERIFY2(std::string(e.what()).find("became shorter") != std::string::npos, e.what());
        }
        // From memory, the same calls.
        auto m = SafetensorsReader::openBytes(toBytes(craftFile(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})",
                                                                 rawBytes(std::vector<float>{5, 6}))),
                                              "mem");
        float one = 0;
        m.readBytes(*m.find("x"), 4, &one, 4);
        QCOMPARE(one, 6.0f);
    }

    // -----------------------------------------------------------------------------------------
    // writer

    void writerRoundTrips()
    {
        const std::string path = tempPath("written");
        std::vector<float> w{1, 2, 3, 4, 5, 6};
        std::vector<std::uint16_t> h{0x3C00, 0x4000, 0x4200}; // 1, 2, 3 in F16
        std::vector<std::int64_t> ids{7, -8};
        std::uint8_t flag = 1;
        writeSafetensors(path,
                         {{"layer.weight", DType::F32, {2, 3}, w.data(), w.size() * 4},
                          {"half", DType::F16, {3}, h.data(), 6},
                          {"ids", DType::I64, {2}, ids.data(), 16},
                          {"empty", DType::F32, {0}, nullptr, 0},
                          {"flag", DType::Bool, {}, &flag, 1}},
                         {{"recipe", "unit test"}, {"\xc3\xa9t\xc3\xa9", "\xe2\x82\xac"}});
        std::string bytes = readFile(path);
        std::uint64_t n = 0;
        for (int i = 7; i >= 0; --i)
            n = (n << 8) | std::uint8_t(bytes[i]);
        QCOMPARE((8 + n) % 8, std::uint64_t(0)); // data starts aligned
        auto r = SafetensorsReader::open(path);
        QCOMPARE(r.tensors().size(), std::size_t(5));
        QCOMPARE(QString::fromStdString(r.tensors()[0].name), QStringLiteral("layer.weight"));
        QCOMPARE(r.readFloat32(*r.find("layer.weight")), w);
        QCOMPARE(r.readFloat32(*r.find("half")), (std::vector<float>{1, 2, 3}));
        QCOMPARE(r.readFloat32(*r.find("ids")), (std::vector<float>{7, -8}));
        QCOMPARE(r.find("empty")->numel(), std::int64_t(0));
        QVERIFY(r.find("flag")->shape.empty());
        QCOMPARE(QString::fromStdString(r.metadata().at("recipe")), QStringLiteral("unit test"));
        QCOMPARE(QString::fromStdString(r.metadata().at("\xc3\xa9t\xc3\xa9")), QString::fromUtf8("\xe2\x82\xac"));
        // No temp file left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*.tmp-*")}, QDir::Files).size(), 0);
    }

    void writerRefusesBadInput()
    {
        const std::string path = tempPath("refused");
        std::vector<float> good{1, 2};
        std::vector<float> withNan{1, std::numeric_limits<float>::quiet_NaN()};
        std::vector<std::uint16_t> halfInf{0x7C00};
        std::vector<double> dInf{HUGE_VAL};
        auto expectRefusal = [&](const std::vector<TensorToWrite> &tensors, const std::string &needle) {
            try {
                writeSafetensors(path, tensors);
                QFAIL(("wrote a bad file; expected " + needle).c_str());
            } catch (const FileError &e) {
                QVERIFY2(std::string(e.what()).find(needle) != std::string::npos, e.what());
            }
            QVERIFY(!QFileInfo::exists(QString::fromStdString(path)));
        };
        expectRefusal({{"ok", DType::F32, {2}, good.data(), 8}, {"bad", DType::F32, {2}, withNan.data(), 8}},
                      "tensor 'bad' contains NaN or infinite values");
        expectRefusal({{"h", DType::F16, {1}, halfInf.data(), 2}}, "tensor 'h' contains NaN");
        expectRefusal({{"d", DType::F64, {1}, dInf.data(), 8}}, "tensor 'd' contains NaN");
        expectRefusal({{"a", DType::F32, {2}, good.data(), 8}, {"a", DType::F32, {2}, good.data(), 8}},
                      "duplicate tensor name 'a'");
        expectRefusal({{"a", DType::F32, {3}, good.data(), 8}}, "needs 12 bytes, got 8");
        expectRefusal({{"a", DType::F32, {-2}, good.data(), 8}}, "negative or overflowing shape");
        expectRefusal({{"a\nb", DType::F32, {2}, good.data(), 8}}, "control character");
        expectRefusal({{"__metadata__", DType::F32, {2}, good.data(), 8}}, "reserved");
        expectRefusal({{"a", DType::F32, {2}, nullptr, 8}}, "has no data");
        // Integers with all bits set are not NaN.
        std::vector<std::int32_t> ones{-1, -1};
        writeSafetensors(path, {{"i", DType::I32, {2}, ones.data(), 8}});
        QVERIFY(QFileInfo::exists(QString::fromStdString(path)));
    }

    void writerFailsCleanlyWithoutFolder()
    {
        const std::string path = (m_dir.path() + QStringLiteral("/missing/dir/x.safetensors")).toStdString();
        std::vector<float> v{1};
        try {
            writeSafetensors(path, {{"a", DType::F32, {1}, v.data(), 4}});
            QFAIL("wrote into a missing folder");
        } catch (const FileError &e) {
            QVERIFY(std::string(e.what()).find(path) != std::string::npos);
        }
    }

    // Writing replaces the file by rename, so a reader holding the old mapping keeps its bytes.
    void writerNeverOverwritesAMappedFile()
    {
        const std::string path = tempPath("mapped");
        std::vector<float> v1(1000, 1.0f), v2(1000, 2.0f);
        writeSafetensors(path, {{"w", DType::F32, {1000}, v1.data(), 4000}});
        auto before = SafetensorsReader::open(path);
        writeSafetensors(path, {{"w", DType::F32, {1000}, v2.data(), 4000}});
        QCOMPARE(before.readFloat32(*before.find("w")), v1);
        auto after = SafetensorsReader::open(path);
        QCOMPARE(after.readFloat32(*after.find("w")), v2);
    }

    // -----------------------------------------------------------------------------------------
    // interchange with Python (Debian's python3-torch; the format parsed by hand there)

    // One Python run (importing torch takes seconds): it reads the file we wrote and writes one
    // of its own, laid out the way the reference writer does, which we then read.
    void pythonInterchange()
    {
        const std::string ours = tempPath("ours");
        const std::string theirs = tempPath("python");
        std::vector<float> w{0.5f, -1.25f, 3.0f, 1e-3f, 7.0f, -8.5f};
        std::vector<std::uint16_t> bf{0x3FC0, 0xC2F7};
        std::vector<std::int64_t> ids{-3, 1LL << 40};
        std::vector<std::uint8_t> bytesU8{0, 200, 255};
        std::uint8_t odd = 9; // pushes the next tensors off alignment
        double scalar = 3.25;
        writeSafetensors(ours,
                         {{"odd", DType::U8, {1}, &odd, 1},
                          {"w", DType::F32, {2, 3}, w.data(), 24},
                          {"bf", DType::BF16, {2}, bf.data(), 4},
                          {"ids", DType::I64, {1, 2}, ids.data(), 16},
                          {"u8", DType::U8, {3}, bytesU8.data(), 3},
                          {"scalar", DType::F64, {}, &scalar, 8},
                          {"empty", DType::F32, {0, 4}, nullptr, 0}},
                         {{"format", "pt"}});
        const std::string script = (m_dir.path() + QStringLiteral("/interchange.py")).toStdString();
        writeFile(script, R"PY(
import json, struct, sys
try:
    import torch
except ImportError:
    sys.exit(77)
dt = {'F32': torch.float32, 'F16': torch.float16, 'BF16': torch.bfloat16, 'F64': torch.float64,
      'I64': torch.int64, 'I32': torch.int32, 'I16': torch.int16, 'I8': torch.int8,
      'U8': torch.uint8, 'BOOL': torch.bool}

# Read the studio's file.
data = open(sys.argv[1], 'rb').read()
n = struct.unpack('<Q', data[:8])[0]
header = json.loads(data[8:8 + n].decode('utf-8'))
out = {}
for name, info in header.items():
    if name == '__metadata__':
        out[name] = info
        continue
    b, e = info['data_offsets']
    buf = bytearray(data[8 + n + b:8 + n + e])
    t = torch.frombuffer(buf, dtype=dt[info['dtype']]) if e > b else torch.empty(0, dtype=dt[info['dtype']])
    t = t.reshape(info['shape'])
    out[name] = {'shape': list(t.shape), 'values': t.double().flatten().tolist()}
print(json.dumps(out))

# Write one: sorted by dtype size then name, header padded with spaces to a multiple of 8.
tensors = {
    'w': torch.arange(6, dtype=torch.float32).reshape(2, 3) / 4,
    'h': torch.tensor([1.5, -2.0, 65504.0], dtype=torch.float16),
    'b': torch.tensor([0.5, 3.0], dtype=torch.bfloat16),
    'i': torch.tensor([[-7, 9]], dtype=torch.int64),
    's': torch.tensor(3.25, dtype=torch.float64),
    'z': torch.zeros(0, 5),
    'm': torch.tensor([True, False, True]),
}
names = sorted(tensors, key=lambda k: (-tensors[k].element_size(), k))
name_of = {v: k for k, v in dt.items()}
header, blobs, offset = {'__metadata__': {'format': 'pt', 'made_by': 'python'}}, [], 0
for k in names:
    t = tensors[k].contiguous()
    raw = bytes(t.reshape(-1).view(torch.uint8).tolist()) if t.numel() else b''
    header[k] = {'dtype': name_of[t.dtype], 'shape': list(t.shape), 'data_offsets': [offset, offset + len(raw)]}
    blobs.append(raw)
    offset += len(raw)
text = json.dumps(header, separators=(',', ':')).encode('utf-8')
text += b' ' * ((8 - len(text) % 8) % 8)
with open(sys.argv[2], 'wb') as f:
    f.write(struct.pack('<Q', len(text)) + text + b''.join(blobs))
)PY");
        std::string output;
        int rc = runPython(script, {ours, theirs}, &output);
        if (rc == 77)
            QSKIP("Debian's /usr/bin/python3 cannot import torch (apt-get install python3-torch)");
        QVERIFY2(rc == 0, output.c_str());

        // Python read ours.
        auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(output));
        QVERIFY2(doc.isObject(), output.c_str());
        auto obj = doc.object();
        auto values = [&](const char *name) {
            std::vector<double> v;
            for (auto x : obj[QLatin1String(name)].toObject()[QStringLiteral("values")].toArray())
                v.push_back(x.toDouble());
            return v;
        };
        auto shape = [&](const char *name) {
            std::vector<int> v;
            for (auto x : obj[QLatin1String(name)].toObject()[QStringLiteral("shape")].toArray())
                v.push_back(x.toInt());
            return v;
        };
        QCOMPARE(values("w").size(), std::size_t(6));
        for (std::size_t i = 0; i < w.size(); ++i)
            QCOMPARE(values("w")[i], double(w[i]));
        QCOMPARE(shape("w"), (std::vector<int>{2, 3}));
        QCOMPARE(values("odd"), std::vector<double>{9});
        QCOMPARE(values("bf"), (std::vector<double>{1.5, -123.5}));
        QCOMPARE(values("ids"), (std::vector<double>{-3, double(1LL << 40)}));
        QCOMPARE(shape("ids"), (std::vector<int>{1, 2}));
        QCOMPARE(values("u8"), (std::vector<double>{0, 200, 255}));
        QCOMPARE(values("scalar"), std::vector<double>{3.25});
        QVERIFY(shape("scalar").empty());
        QCOMPARE(shape("empty"), (std::vector<int>{0, 4}));
        QCOMPARE(obj[QStringLiteral("__metadata__")].toObject()[QStringLiteral("format")].toString(), QStringLiteral("pt"));

        // We read Python's.
        auto r = SafetensorsReader::open(theirs);
        QCOMPARE(r.tensors().size(), std::size_t(7));
        QCOMPARE(r.readFloat32(*r.find("w")), (std::vector<float>{0, 0.25f, 0.5f, 0.75f, 1.0f, 1.25f}));
        QCOMPARE(r.find("w")->shape, (std::vector<std::int64_t>{2, 3}));
        QCOMPARE(r.readFloat32(*r.find("h")), (std::vector<float>{1.5f, -2.0f, 65504.0f}));
        QCOMPARE(r.readFloat32(*r.find("b")), (std::vector<float>{0.5f, 3.0f}));
        QCOMPARE(r.readFloat32(*r.find("i")), (std::vector<float>{-7, 9}));
        QCOMPARE(r.find("s")->dtype, DType::F64);
        QVERIFY(r.find("s")->shape.empty());
        QCOMPARE(r.readFloat32(*r.find("s")), std::vector<float>{3.25f});
        QCOMPARE(r.find("z")->shape, (std::vector<std::int64_t>{0, 5}));
        QCOMPARE(r.readFloat32(*r.find("m")), (std::vector<float>{1, 0, 1}));
        QCOMPARE(QString::fromStdString(r.metadata().at("made_by")), QStringLiteral("python"));
    }
};

QTEST_APPLESS_MAIN(TestSafetensors)
#include "tst_safetensors.moc"
