#include "engine/base/blascore.h"
#include "engine/runtime/compute.h"
#include "engine/runtime/devicespec.h"
#include "engine/base/runcontext.h"

#include <QtTest>

#include <cmath>
#include <thread>

using namespace genlab::engine;

class TestRuntime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosesFastBlasKernelsOnlyWhenOpenBlasFellBack()
    {
        using genlab::engine::betterBlasCore;
        genlab::engine::CpuFeatures avx512;
        avx512.avx2 = avx512.fma = avx512.avx512f = avx512.avx512bw = avx512.avx512dq = avx512.avx512vl = avx512.avx512cd = true;
        genlab::engine::CpuFeatures avx2;
        avx2.avx2 = avx2.fma = true;
        const genlab::engine::CpuFeatures none;
        QCOMPARE(QString::fromStdString(betterBlasCore("Prescott", avx512)), QStringLiteral("SkylakeX"));
        QCOMPARE(QString::fromStdString(betterBlasCore("PRESCOTT", avx2)), QStringLiteral("Haswell"));
        QCOMPARE(QString::fromStdString(betterBlasCore("Sandybridge", avx2)), QStringLiteral("Haswell"));
        QVERIFY(betterBlasCore("Prescott", none).empty());      // an old CPU: its kernels are right
        QVERIFY(betterBlasCore("SkylakeX", avx512).empty());    // detected well: never second-guessed
        QVERIFY(betterBlasCore("Cooperlake", avx512).empty());
        QVERIFY(betterBlasCore("Haswell", avx512).empty());
        QVERIFY(betterBlasCore("", avx512).empty());            // not OpenBLAS
        genlab::engine::CpuFeatures partial = avx512;
        partial.avx512bw = false; // SkylakeX kernels need all five AVX-512 subsets
        QCOMPARE(QString::fromStdString(betterBlasCore("Prescott", partial)), QStringLiteral("Haswell"));
    }

    void parsesDeviceSpecs()
    {
        std::string error;
        QCOMPARE(int(DeviceSpec::parse("cpu", &error)->kind), int(DeviceSpec::Kind::Cpu));
        auto cuda1 = DeviceSpec::parse("cuda:1", &error);
        QVERIFY(cuda1);
        QCOMPARE(cuda1->index, 1);
        QCOMPARE(QString::fromStdString(cuda1->toString()), QStringLiteral("cuda:1"));
        QVERIFY(!DeviceSpec::parse("gpu", &error));
        QVERIFY(QString::fromStdString(error).contains(QStringLiteral("gpu")));
        QVERIFY(!DeviceSpec::parse("cuda:-1", &error));
        QVERIFY(!DeviceSpec::parse("cuda:x", &error));
        QVERIFY(!DeviceSpec::parse("cuda:", &error));
    }

    void fallsBackToCpuWhenCudaIsMissing()
    {
        auto spec = *DeviceSpec::parse("cuda:7", nullptr);
        ResolvedDevice d = resolveDevice(spec);
        if (computeInfo().cudaDeviceCount > 7)
            QSKIP("this machine has 8 GPUs");
        QVERIFY(!d.cuda);
        QCOMPARE(QString::fromStdString(d.id), QStringLiteral("cpu"));
        QVERIFY(!d.warning.empty());
        ResolvedDevice cpu = resolveDevice(*DeviceSpec::parse("cpu", nullptr));
        QVERIFY(!cpu.cuda);
        QVERIFY(cpu.warning.empty());
    }

    void threadBudgetStaysWithinCores()
    {
        for (int cores : {1, 2, 4, 16}) {
            ThreadBudget b = planThreadBudget(cores);
            QVERIFY(b.interactive >= 1 && b.training >= 1);
            QVERIFY(b.interactive + b.training <= std::max(2, cores));
            QCOMPARE(b.cli, cores);
        }
    }

    void threadCountIsPerThread()
    {
        configureWorkerThread(1);
        QCOMPARE(currentIntraOpThreads(), 1);
        int seenInOther = 0;
        std::thread t([&] {
            configureWorkerThread(2);
            seenInOther = currentIntraOpThreads();
        });
        t.join();
        QCOMPARE(seenInOther, 2);
        QCOMPARE(currentIntraOpThreads(), 1);
    }

    void reportsBlasAndMeasuresMatmul()
    {
        ComputeInfo info = computeInfo();
        QVERIFY(!info.torchVersion.empty());
        QVERIFY(!info.blas.empty());
        double gflops = measureMatmulGflops(resolveDevice({}), 128, 3);
        QVERIFY(gflops > 0.0);
    }

    void oneSeedGivesOneResultOnEveryDevice()
    {
        const ResolvedDevice cpu = resolveDevice(*DeviceSpec::parse("cpu", nullptr));
        const auto a = drawNormal(1000, 42, cpu);
        const auto b = drawNormal(1000, 42, cpu);
        const auto c = drawNormal(1000, 43, cpu);
        QCOMPARE(a.size(), size_t(1000));
        QVERIFY(a == b);
        QVERIFY(a != c);
        double mean = 0;
        for (float v : a)
            mean += v;
        QVERIFY(std::abs(mean / 1000) < 0.15); // it is noise, not zeros
        if (!computeInfo().cudaAvailable)
            QSKIP("no CUDA device: the CPU/GPU equality is checked on GPU machines");
        const auto gpu = drawNormal(1000, 42, resolveDevice(*DeviceSpec::parse("cuda", nullptr)));
        QVERIFY(gpu == a);
    }

    void checkpointThrowsAfterStop()
    {
        std::stop_source source;
        RunContext ctx;
        ctx.stop = source.get_token();
        ctx.checkpoint(); // no throw
        source.request_stop();
        QVERIFY_THROWS_EXCEPTION(Canceled, ctx.checkpoint());
    }
};

QTEST_APPLESS_MAIN(TestRuntime)
#include "tst_runtime.moc"
