// The private network: KL against its closed form and a Monte Carlo estimate, gradients through
// the reparameterisation, and the sub-pixel transposed convolution against LibTorch's own.
#include "engine/vae/detail/convvae.h"

#include <QtTest>

#include <cmath>

using namespace genlab::engine::vae;
using namespace genlab::engine::vae::detail;

class TestConvVae : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { at::set_num_threads(1); }

    void klMatchesItsClosedFormAndMonteCarlo()
    {
        const std::vector<float> mu{0.5f, -1.f, 0.f, 2.f};
        const std::vector<float> sigma{0.5f, 2.f, 1.f, 0.1f};
        auto m = torch::tensor(mu), s = torch::tensor(sigma);
        auto kl = gaussianKl(m, 2 * s.log());
        for (std::size_t i = 0; i < mu.size(); ++i) {
            // KL(N(mu, s^2) || N(0, 1)) = log(1/s) + (s^2 + mu^2)/2 - 1/2
            const double closed = -std::log(sigma[i]) + (sigma[i] * sigma[i] + mu[i] * mu[i]) / 2.0 - 0.5;
            QVERIFY(std::abs(kl[std::int64_t(i)].item<double>() - closed) < 1e-5);
        }
        // E_q[log q(z) - log p(z)] by sampling: an estimate independent of the formula.
        auto gen = at::detail::createCPUGenerator(42);
        const std::int64_t n = 400000;
        auto eps = torch::randn({n, 4}, gen, torch::kFloat64);
        auto md = m.to(torch::kFloat64), sd = s.to(torch::kFloat64);
        auto z = md + sd * eps;
        auto logq = -0.5 * eps.square() - sd.log();
        auto logp = -0.5 * z.square();
        auto mc = (logq - logp).mean(0);
        for (std::int64_t i = 0; i < 4; ++i) {
            const double a = kl[i].item<double>(), b = mc[i].item<double>();
            QVERIFY2(std::abs(a - b) < 0.02 * std::max(1.0, a), qPrintable(QStringLiteral("dim %1: %2 vs MC %3").arg(i).arg(a).arg(b)));
        }
    }

    void gradientsFlowThroughTheReparameterisation()
    {
        auto mean = torch::tensor({0.3f, -0.2f, 1.0f}).requires_grad_(true);
        auto logVar = torch::tensor({-1.0f, 0.5f, 0.0f}).requires_grad_(true);
        auto noise = [] {
            auto gen = at::detail::createCPUGenerator(7);
            return torch::randn({3}, gen, torch::kFloat32);
        };
        auto z = reparameterize(mean, logVar, noise());
        QVERIFY(torch::equal(z.detach(), reparameterize(mean, logVar, noise()).detach())); // seeded
        (z.square().sum()).backward();
        QVERIFY(mean.grad().defined() && logVar.grad().defined());
        for (std::int64_t i = 0; i < 3; ++i) {
            QVERIFY(mean.grad()[i].item<float>() != 0.f);
            QVERIFY(logVar.grad()[i].item<float>() != 0.f);
        }
        // d/dmu (z^2) = 2z; d/dlogvar (z^2) = 2z * eps * exp(logvar/2) / 2
        auto eps = noise();
        auto expectMean = 2 * z.detach();
        auto expectLogVar = z.detach() * eps * torch::exp(0.5 * logVar.detach());
        QVERIFY(torch::allclose(mean.grad(), expectMean, 1e-5, 1e-6));
        QVERIFY(torch::allclose(logVar.grad(), expectLogVar, 1e-5, 1e-6));

        // Through the whole network too: every parameter receives a gradient.
        VaeConfig c;
        c.latentDim = 3;
        c.baseChannels = 8;
        ConvVae net(c);
        net->initialize(1);
        auto gen = at::detail::createCPUGenerator(3);
        auto x = torch::rand({4, 1, 28, 28}, gen);
        auto l = computeLosses(net, x, torch::randn({4, 3}, gen), 1.0);
        l.loss.backward();
        for (const auto &[name, p] : namedParameters(net)) {
            QVERIFY2(p.grad().defined(), name.c_str());
            QVERIFY2(p.grad().abs().sum().item<float>() > 0.f, name.c_str());
        }
        QVERIFY(std::abs(l.kl.item<double>() - l.klPerDim.sum().item<double>()) < 1e-5);
    }

    void subPixelUpConvEqualsTransposedConvolution()
    {
        auto gen = at::detail::createCPUGenerator(5);
        for (int outPad : {0, 1}) {
            UpConv up(6, 8, outPad);
            {
                torch::NoGradGuard g;
                up->weight.copy_(torch::randn(up->weight.sizes(), gen));
                up->bias.copy_(torch::randn(up->bias.sizes(), gen));
            }
            auto x = torch::randn({3, 6, 7, 7}, gen).requires_grad_(true);
            up->subPixel = true;
            auto a = up->forward(x);
            QCOMPARE(a.size(2), std::int64_t(14 + outPad));
            auto ga = torch::autograd::grad({a.square().sum()}, {x, up->weight, up->bias});
            up->subPixel = false;
            auto b = up->forward(x);
            auto gb = torch::autograd::grad({b.square().sum()}, {x, up->weight, up->bias});
            QVERIFY(torch::allclose(a, b, 1e-4, 1e-5));
            for (int i = 0; i < 3; ++i)
                QVERIFY(torch::allclose(ga[std::size_t(i)], gb[std::size_t(i)], 1e-3, 1e-4));
            // channels_last input gives the same numbers.
            up->subPixel = true;
            auto c = up->forward(x.detach().contiguous(at::MemoryFormat::ChannelsLast));
            QVERIFY(torch::allclose(c, b, 1e-4, 1e-5));
        }
    }

    void channelsLastTrainingMatchesContiguous()
    {
        VaeConfig c;
        c.latentDim = 4;
        c.baseChannels = 8;
        ConvVae a(c), b(c);
        a->initialize(2);
        b->initialize(2);
        b->setChannelsLast(true);
        auto gen = at::detail::createCPUGenerator(4);
        auto x = torch::rand({8, 1, 28, 28}, gen);
        auto noise = torch::randn({8, 4}, gen);
        auto la = computeLosses(a, x, noise, 1.0);
        auto lb = computeLosses(b, x.contiguous(at::MemoryFormat::ChannelsLast), noise, 1.0);
        QVERIFY(std::abs(la.loss.item<double>() - lb.loss.item<double>()) < 1e-3 * std::abs(la.loss.item<double>()));
    }

    void parameterNamesFollowPyTorch()
    {
        VaeConfig c;
        ConvVae net(c);
        std::vector<std::string> names;
        for (const auto &[name, p] : namedParameters(net))
            names.push_back(name);
        const std::vector<std::string> expected{"down.0.weight", "down.0.bias", "down.1.weight", "down.1.bias",
                                                "to_latent.weight", "to_latent.bias", "from_latent.weight",
                                                "from_latent.bias", "up.0.weight", "up.0.bias", "up.1.weight",
                                                "up.1.bias"};
        QCOMPARE(names, expected);
        QCOMPARE(net->up[0]->weight.sizes().vec(), (std::vector<std::int64_t>{64, 32, 4, 4}));
    }
};

QTEST_APPLESS_MAIN(TestConvVae)
#include "tst_convvae.moc"
