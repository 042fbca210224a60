// genlab-bench [PREFIX...]: runs every benchmark, or those whose name starts with a prefix, and
// prints one JSON object per line. Not a test: numbers, not verdicts.
#include "benchmark.h"
#include "engine/base/blascore.h"

#ifdef GENLAB_WITH_WIDGETS
#include <QApplication>
#else
#include <QCoreApplication>
#endif

#include <cstdio>
#include <cstring>
#include <exception>
#include <string>

int main(int argc, char **argv)
{
    // As the studio does (the Python peers inherit the same OPENBLAS_CORETYPE).
    genlab::engine::relaunchWithBetterBlasCore(argv);
#ifdef GENLAB_WITH_WIDGETS
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    std::vector<std::string> prefixes;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--list") == 0) {
            for (const auto &b : genlab::bench::registry())
                std::printf("%s\n", b.name.c_str());
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("usage: genlab-bench [--list] [PREFIX...]\n"
                        "Runs the benchmarks whose names start with a PREFIX (all without one) and prints\n"
                        "one JSON object per line: name, value, unit, and peer/peer_value/ratio for comparisons.\n");
            return 0;
        }
        prefixes.emplace_back(argv[i]);
    }
    genlab::bench::Reporter reporter;
    int ran = 0, failed = 0;
    for (const auto &b : genlab::bench::registry()) {
        bool selected = prefixes.empty();
        for (const auto &p : prefixes)
            selected = selected || b.name.starts_with(p) || p.starts_with(b.name + ".");
        if (!selected)
            continue;
        ++ran;
        try {
            b.run(reporter);
        } catch (const std::exception &e) {
            ++failed;
            std::fprintf(stderr, "genlab-bench: %s failed: %s\n", b.name.c_str(), e.what());
        }
    }
    if (ran == 0) {
        std::fprintf(stderr, "genlab-bench: no benchmark matches; --list shows them\n");
        return 2;
    }
    return failed ? 1 : 0;
}
