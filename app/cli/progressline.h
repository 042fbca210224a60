#pragma once
// How a long command (train, index, sample, evaluate) shows how far it is, on stderr:
//  - on a terminal, one line redrawn in place at most ~10 times a second:
//      "[#####.....] 45% 123/270 steps 3.2 steps/s ETA 0:46"
//    other lines (metrics, warnings) are printed above it, and it is wiped when the job ends;
//  - elsewhere (a log, a pipe, a test), a plain line at most every few seconds, so a log stays
//    readable: "sample: 45% 123/270 steps 3.2 steps/s ETA 0:46".
// --quiet silences it. In a data-parallel run only rank 0 shows it.

#include <QString>

#include <cstdint>
#include <memory>
#include <string_view>

namespace genlab::cli {

// The console's output switches of this command (--quiet, --json), set once by main before the
// command runs. Read from any thread.
bool quietOutput();
bool jsonOutput();
void setOutputMode(bool quiet, bool json);

// Whether stderr is a terminal that understands "\r" and erase-line (not TERM=dumb).
bool stderrIsTerminal();

// Writes text and a newline to stderr in one write, above the progress bar when one is showing.
// Thread-safe: the Ctrl+C watcher prints while the job does.
void printLine(const QString &text);

// Wipes the bar a terminal shows now, when stdout is that terminal too: what follows on stdout
// (a command's result) starts on a clean line. The next update draws the bar again.
void wipeProgressBarForStdout();

// "0:46", "1:02:03".
QString formatDuration(double seconds);

// One job's progress. Thread: whichever thread runs the job (plus printLine from anywhere).
class ProgressLine
{
public:
    // total: the count that 100 % means (steps, images); 0 when only fractions are known (then the
    // line shows percent, and the rate in %/s). unit: what is counted ("steps").
    ProgressLine(QString label, std::int64_t total = 0, QString unit = QStringLiteral("steps"));
    ~ProgressLine();
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void setTotal(std::int64_t total);
    // done of total (total > 0); stage (may be empty) is shown after the figures.
    void update(std::int64_t done, std::string_view stage = {});
    // A fraction 0..1 of the job; with a total, it is turned into a count.
    void updateFraction(double fraction, std::string_view stage = {});
    // Plain (non-terminal) lines are off: the caller prints its own (the trainers' metric lines);
    // the bar on a terminal still shows.
    void setPlainLines(bool on);
    // Rate and ETA of the last update ("3.2 steps/s, ETA 0:46"), for callers' own lines; empty
    // before a rate is known.
    QString rateAndEta() const;
    // Wipes the bar (on a terminal); the next update draws it again.
    void finish();

private:
    struct State;
    std::shared_ptr<State> m_state;
};

} // namespace genlab::cli
