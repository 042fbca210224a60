#include "engine/retrieval/pdftext.h"

#include "engine/retrieval/textdecode.h"

#include <nlohmann/json.hpp>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <mutex>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace genlab::engine::retrieval {

namespace {

// poppler prints its syntax complaints to stderr by default; a damaged PDF would flood the
// terminal, and the helper's last stderr line must be ours.
void silencePoppler()
{
    static std::once_flag once;
    std::call_once(once, [] { poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr); });
}

std::string cleanPageText(const std::string &raw)
{
    DecodedText d = decodeText(raw);
    std::string &s = d.utf8;
    // poppler ends pages with a form feed; the join adds its own separator.
    while (!s.empty() && (s.back() == '\f' || s.back() == '\n' || s.back() == ' ' || s.back() == '\t'))
        s.pop_back();
    return std::move(s);
}

} // namespace

std::vector<std::string> pdfPagesInProcess(const std::string &path)
{
    silencePoppler();
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0)
        throw std::runtime_error(path + ": cannot read the PDF (" + std::strerror(errno) + ")");
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(path));
    if (!doc)
        throw std::runtime_error(path + ": not a PDF, or damaged beyond reading");
    if (doc->is_locked())
        throw std::runtime_error(path + ": the PDF is password-protected");
    std::vector<std::string> pages;
    const int count = doc->pages();
    pages.reserve(std::size_t(std::max(count, 0)));
    for (int i = 0; i < count; ++i) {
        std::unique_ptr<poppler::page> page(doc->create_page(i));
        if (!page) {
            pages.emplace_back(); // keep page numbers right
            continue;
        }
        const poppler::byte_array utf8 =
            page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
        pages.push_back(cleanPageText(std::string(utf8.begin(), utf8.end())));
    }
    return pages;
}

std::string joinPdfPages(const std::vector<std::string> &pages, std::vector<std::int64_t> *pageStarts)
{
    static constexpr std::string_view kSeparator = "\n\f\n";
    std::string text;
    std::size_t total = 0;
    for (const auto &p : pages)
        total += p.size() + kSeparator.size();
    text.reserve(total);
    if (pageStarts)
        pageStarts->clear();
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (i > 0)
            text.append(kSeparator);
        if (pageStarts)
            pageStarts->push_back(std::int64_t(text.size()));
        text.append(pages[i]);
    }
    return text;
}

std::string pdfTextInProcess(const std::string &path, std::vector<std::int64_t> *pageStarts)
{
    return joinPdfPages(pdfPagesInProcess(path), pageStarts);
}

std::string pdfPagesToJson(const std::vector<std::string> &pages)
{
    nlohmann::json j;
    j["pages"] = pages;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<std::string> pdfPagesFromJson(const std::string &json)
{
    const nlohmann::json j = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
        throw std::runtime_error("the PDF helper's output is not a JSON object");
    const auto it = j.find("pages");
    if (it == j.end() || !it->is_array())
        throw std::runtime_error("the PDF helper's output has no \"pages\" list");
    std::vector<std::string> pages;
    pages.reserve(it->size());
    for (const auto &p : *it) {
        if (!p.is_string())
            throw std::runtime_error("the PDF helper's \"pages\" holds something other than text");
        pages.push_back(p.get<std::string>());
    }
    return pages;
}

namespace {

struct Fd
{
    int fd = -1;
    Fd() = default;
    explicit Fd(int f) : fd(f) {}
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    ~Fd() { reset(); }
    void reset()
    {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
};

std::string lastLine(const std::string &s)
{
    std::size_t end = s.size();
    while (end > 0 && (s[end - 1] == '\n' || s[end - 1] == '\r' || s[end - 1] == ' '))
        --end;
    const std::size_t begin = s.rfind('\n', end == 0 ? 0 : end - 1);
    return s.substr(begin == std::string::npos ? 0 : begin + 1, end - (begin == std::string::npos ? 0 : begin + 1));
}

std::string signalName(int sig)
{
    const char *name = ::strsignal(sig);
    return "signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : std::string());
}

} // namespace

Document readPdfViaHelper(const std::string &path, const IngestLimits &limits)
{
    if (limits.helperExecutable.empty())
        throw IngestError(path, "PDF reading is not available (no helper program to parse PDFs in a separate process)");
    if (::access(limits.helperExecutable.c_str(), X_OK) != 0)
        throw IngestError(path, "the PDF helper " + limits.helperExecutable + " cannot be run (" +
                                    std::strerror(errno) + ")");

    int outPipe[2], errPipe[2];
    if (::pipe2(outPipe, O_CLOEXEC) != 0)
        throw IngestError(path, std::string("cannot start the PDF helper (pipe: ") + std::strerror(errno) + ")");
    Fd outRead(outPipe[0]), outWrite(outPipe[1]);
    if (::pipe2(errPipe, O_CLOEXEC) != 0)
        throw IngestError(path, std::string("cannot start the PDF helper (pipe: ") + std::strerror(errno) + ")");
    Fd errRead(errPipe[0]), errWrite(errPipe[1]);
    Fd devNull(::open("/dev/null", O_RDONLY | O_CLOEXEC));

    // Everything the child needs is prepared before fork: after it, only async-signal-safe calls.
    std::string exe = limits.helperExecutable, command = "pdf-text", json = "--json", file = path;
    char *argv[] = {exe.data(), command.data(), json.data(), file.data(), nullptr};
    const rlim_t memory = limits.pdfMemoryBytes > 0 ? rlim_t(limits.pdfMemoryBytes) : RLIM_INFINITY;
    const rlim_t cpuSeconds = rlim_t(std::max(1, (limits.pdfTimeoutMs + 999) / 1000 + 1));

    const pid_t pid = ::fork();
    if (pid < 0)
        throw IngestError(path, std::string("cannot start the PDF helper (fork: ") + std::strerror(errno) + ")");
    if (pid == 0) {
        ::setpgid(0, 0); // so a timeout kills whatever the helper started, too
        // A worker thread may block signals or the application ignore SIGPIPE; exec keeps both.
        sigset_t none;
        ::sigemptyset(&none);
        ::sigprocmask(SIG_SETMASK, &none, nullptr);
        ::signal(SIGPIPE, SIG_DFL);
        if (devNull.fd >= 0)
            ::dup2(devNull.fd, 0);
        ::dup2(outWrite.fd, 1);
        ::dup2(errWrite.fd, 2);
        const rlimit as{memory, memory};
        ::setrlimit(RLIMIT_AS, &as);
        const rlimit cpu{cpuSeconds, cpuSeconds + 1};
        ::setrlimit(RLIMIT_CPU, &cpu);
        const rlimit core{0, 0};
        ::setrlimit(RLIMIT_CORE, &core);
        ::execv(exe.c_str(), argv);
        static const char msg[] = "cannot execute the PDF helper\n";
        [[maybe_unused]] auto ignored = ::write(2, msg, sizeof msg - 1);
        ::_exit(127);
    }
    ::setpgid(pid, pid); // also from this side: no race with the kill below
    outWrite.reset();
    errWrite.reset();

    using Clock = std::chrono::steady_clock;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(0, limits.pdfTimeoutMs));
    // The text of a PDF can be much larger than the file (compressed streams); a bound all the same.
    const std::size_t maxOutput = std::size_t(std::max<std::int64_t>(limits.maxFileBytes, 256ll << 20));
    std::string out, err;
    bool timedOut = false, tooMuch = false;
    char buffer[65536];
    while (outRead.fd >= 0 || errRead.fd >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        pollfd fds[2];
        nfds_t n = 0;
        if (outRead.fd >= 0)
            fds[n++] = {outRead.fd, POLLIN, 0};
        if (errRead.fd >= 0)
            fds[n++] = {errRead.fd, POLLIN, 0};
        const int ready = ::poll(fds, n, int(std::min<long long>(left, INT_MAX)));
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready < 0)
            break;
        for (nfds_t i = 0; i < n; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const bool isOut = fds[i].fd == outRead.fd;
            const ssize_t got = ::read(fds[i].fd, buffer, sizeof buffer);
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0) {
                (isOut ? outRead : errRead).reset();
                continue;
            }
            if (isOut) {
                out.append(buffer, std::size_t(got));
                if (out.size() > maxOutput)
                    tooMuch = true;
            } else {
                err.append(buffer, std::size_t(got));
                if (err.size() > 65536)
                    err.erase(0, err.size() - 32768); // only the end is reported
            }
        }
        if (tooMuch)
            break;
    }

    // Both pipes closed: the helper is done or about to be; still bounded by the deadline.
    int status = 0;
    pid_t waited = 0;
    if (!timedOut && !tooMuch) {
        while ((waited = ::waitpid(pid, &status, WNOHANG)) == 0 && Clock::now() < deadline)
            ::usleep(2000);
        if (waited == 0)
            timedOut = true;
    }
    if (timedOut || tooMuch || waited <= 0) {
        ::kill(-pid, SIGKILL);
        ::kill(pid, SIGKILL);
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }

    if (timedOut)
        throw IngestError(path, "the PDF helper did not finish within " + std::to_string(limits.pdfTimeoutMs) +
                                    " ms and was stopped (a very large or hostile PDF?)");
    if (tooMuch)
        throw IngestError(path, "the PDF helper produced more than " + std::to_string(maxOutput >> 20) +
                                    " MB of text; stopped");
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        std::string reason = "the PDF parser crashed on this file (" + signalName(sig) + ")";
        if (sig == SIGXCPU)
            reason = "the PDF parser used up its CPU time limit on this file";
        else if (sig == SIGABRT || sig == SIGSEGV)
            reason += "; it may have run out of its " + std::to_string(limits.pdfMemoryBytes >> 20) + " MB memory limit";
        throw IngestError(path, reason);
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::string line = lastLine(err);
        throw IngestError(path, "the PDF helper failed (exit " + std::to_string(WEXITSTATUS(status)) + ")" +
                                    (line.empty() ? std::string() : ": " + line));
    }

    Document doc;
    doc.path = path;
    doc.format = "pdf";
    doc.encoding = "utf-8";
    try {
        doc.text = joinPdfPages(pdfPagesFromJson(out), &doc.pageStarts);
    } catch (const std::exception &e) {
        throw IngestError(path, e.what());
    }
    return doc;
}

} // namespace genlab::engine::retrieval
