<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+112"/>
        <source>resized from %1x%2 to %3x%4 (the lab shows at most %5 px)</source>
        <translation>已从 %1x%2 缩放为 %3x%4（本实验室最多显示 %5 px）</translation>
    </message>
</context>
<context>
    <name>DiscriminativeJobs</name>
    <message>
        <location filename="../core/services/tuning/discriminativejobs.cpp" line="+22"/>
        <source>two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring</source>
        <translation>环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blobs</source>
        <translation>团簇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits from fonts</source>
        <translation>由字体生成的数字</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discriminative vs generative (%1)</source>
        <translation>判别式与生成式对比（%1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sample from the Gaussians (%1)</source>
        <translation>从高斯分布采样（%1）</translation>
    </message>
</context>
<context>
    <name>GanPreset</name>
    <message>
        <location filename="../core/engine/gan/detail/toypresets.cpp" line="+166"/>
        <source>Discriminator first</source>
        <translation>判别器优先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard schedule: each step first trains the discriminator once on real points and on the generator&apos;s current fakes, then trains the generator once to be classified as real (non-saturating loss, Adam for both). Watch the heat map: D rates the regions around the real points high, and the arrows push every fake point uphill towards them. After a few hundred steps the fake points spread over all eight modes of the ring, KL and JS fall, and D(x) and D(G(z)) both settle near 0.5: D can no longer tell real from fake.</source>
        <translation>标准训练顺序：每一步先用真实点和生成器当前的伪造点训练判别器一次，再训练生成器一次，使其被判为真实（非饱和损失，两者都用 Adam）。观察热力图：D 对真实点周围的区域评分很高，箭头把每个伪造点朝这些区域推上坡。几百步之后，伪造点分布到环上全部八个模态，KL 和 JS 下降，D(x) 和 D(G(z)) 都稳定在 0.5 附近：D 已无法区分真假。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discriminator too strong</source>
        <translation>判别器过强</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original minimax loss (G minimises log(1 - D(G(z)))) with a discriminator that learns fast and takes ten steps for each generator step. D quickly rejects every fake point with near certainty: D(G(z)) drops to about 0. Where D is that sure, log(1 - D) is flat, so the generator&apos;s gradient vanishes: the arrows shrink to nothing, G&apos;s gradient norm falls by orders of magnitude, and the fake points stay where they started. The generator cannot learn from a discriminator that wins too easily.</source>
        <translation>原始的极小极大损失（G 最小化 log(1 - D(G(z)))），配上一个学得很快、每个生成器步骤要走十步的判别器。D 很快就以近乎确定的把握拒绝每个伪造点：D(G(z)) 降到约 0。在 D 如此确定的地方，log(1 - D) 是平坦的，因此生成器的梯度消失：箭头缩得一无所有，G 的梯度范数下降几个数量级，伪造点停在起点不动。判别器赢得太轻松时，生成器无从学习。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generator fools D too easily</source>
        <translation>生成器太容易骗过 D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminator is starved: plain SGD with a learning rate fifty times smaller than the generator&apos;s. It never learns to tell the real points from the fakes, so D(x) and D(G(z)) both sit at about 0.5 and the heat map stays almost flat. The generator fools it without effort, but a discriminator that knows nothing cannot teach anything: the fake points wander without finding the ring, and KL, JS and the mode coverage do not improve.</source>
        <translation>判别器被“饿着”：使用普通 SGD，学习率比生成器小五十倍。它始终学不会区分真实点和伪造点，因此 D(x) 和 D(G(z)) 都停在约 0.5，热力图几乎保持平坦。生成器毫不费力就能骗过它，但一无所知的判别器什么也教不了：伪造点四处游荡，找不到环，KL、JS 和模态覆盖率都没有改善。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mode collapse</source>
        <translation>模式崩溃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same strong discriminator as in &quot;Discriminator too strong&quot; (minimax loss, ten fast D steps per G step), but the generator uses Adam, which rescales its tiny gradients so it does move. It moves all its points together towards whatever region D currently rates highest, and they land on one or two modes of the ring. Those points fool D well enough that nothing pulls them apart: the other modes stay empty, and the coverage figure says so (one or two of eight).</source>
        <translation>与“判别器过强”中同样强的判别器（极小极大损失，每个 G 步骤对应十个快速 D 步骤），但生成器使用 Adam，它会重新缩放微小的梯度，所以生成器确实会移动。它把所有点一起移向 D 当前评分最高的区域，这些点落在环的一两个模态上。这些点足以骗过 D，没有什么力量把它们分开：其他模态保持空着，覆盖率数字也说明了这一点（八个中的一两个）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Non-saturating loss fixes it</source>
        <translation>非饱和损失解决问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the &quot;Discriminator too strong&quot; game, with one change: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))). Both push fakes towards being called real, but -log D is steep exactly where D rejects a fake with confidence. So the arrows stay long, G&apos;s gradient norm stays thousands of times larger than with the saturating loss, and the fake points climb onto the ring while D is still winning: KL falls from the first hundred steps. Keep it running, though: a discriminator ten steps ahead later herds the points onto one mode again. The loss cures the vanishing gradient, not an unbalanced game.</source>
        <translation>与“判别器过强”完全相同的博弈，只改一处：生成器最大化 log D(G(z))，而不是最小化 log(1 - D(G(z)))。两者都推动伪造点被判为真实，但 -log D 恰好在 D 自信地拒绝伪造点的地方很陡。所以箭头保持很长，G 的梯度范数比饱和损失时大数千倍，伪造点在 D 仍占上风时就爬上了环：KL 从最初一百步起就下降。不过请让它继续运行：领先十步的判别器随后又会把点赶到一个模态上。这个损失治好了梯度消失，却治不了失衡的博弈。</translation>
    </message>
</context>
<context>
    <name>genlab</name>
    <message>
        <location filename="../widgets/jobs/jobdelegate.cpp" line="+18"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../core/services/job.cpp" line="+17"/>
        <source>interactive</source>
        <translation>交互</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>genlab::app</name>
    <message>
        <location filename="../app/main.cpp" line="+98"/>
        <source>Loading the labs…</source>
        <translation>正在加载实验室…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GenLab Studio could not load its labs: %1</source>
        <translation>GenLab Studio 无法加载实验室：%1</translation>
    </message>
</context>
<context>
    <name>genlab::services</name>
    <message>
        <location filename="../core/services/computeservice.cpp" line="+59"/>
        <source>device:      %1 (%2)</source>
        <translation>设备：       %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note:        %1</source>
        <translation>备注：       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch:    %1 (%2 parallel backend)</source>
        <translation>LibTorch：   %1（%2 并行后端）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA:        %1</source>
        <translation>CUDA：       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 device(s)</source>
        <translation>%1 个设备</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not available</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU cores:   %1</source>
        <translation>CPU 核心：   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads:     interactive lane %1, training lane %2, I/O lane %3, headless commands %4</source>
        <translation>线程：       交互通道 %1，训练通道 %2，I/O 通道 %3，无界面命令 %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BLAS:        %1</source>
        <translation>BLAS：       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLAS core:   %1</source>
        <translation>BLAS 内核：  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</source>
        <translation>matmul：     %1 GFLOP/s（1024x1024 fp32，%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WARNING:     the slow reference BLAS is in use. Install libopenblas0-openmp (apt-get install libopenblas0-openmp) for a ~20x faster matrix multiplication.</source>
        <translation>警告：       正在使用较慢的参考 BLAS。请安装 libopenblas0-openmp（apt-get install libopenblas0-openmp），矩阵乘法可快约 20 倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING:     matrix multiplication is implausibly slow for %1; the machine may be busy or the BLAS misconfigured.</source>
        <translation>警告：       对 %1 而言矩阵乘法慢得不合常理；机器可能正忙，或 BLAS 配置有误。</translation>
    </message>
</context>
<context>
    <name>genlab::services::ComputeService</name>
    <message>
        <location line="-62"/>
        <source> · %1 GiB</source>
        <translation> · %1 GiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threads: %1 interactive, %2 training</source>
        <translation>线程：%1 个交互，%2 个训练</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure matmul throughput</source>
        <translation>测量 matmul 吞吐量</translation>
    </message>
</context>
<context>
    <name>genlab::services::DatasetService</name>
    <message>
        <location filename="../core/services/datasetservice.cpp" line="+102"/>
        <source>Open data set: %1</source>
        <translation>打开数据集：%1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sample toy distribution %1</source>
        <translation>采样玩具分布 %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>made by the %1 lab (%2), not by the data browser</source>
        <translation>由 %1 实验室（%2）生成，而非数据浏览器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recipe names no data set</source>
        <translation>配方未指定数据集</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export image grid: %1</source>
        <translation>导出图像网格：%1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+395"/>
        <source>Load diffusion model %1</source>
        <translation>加载扩散模型 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Denoise (%1)</source>
        <translation>去噪（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch from step %1 (%2)</source>
        <translation>从第 %1 步分支（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noise an image</source>
        <translation>给图像加噪</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed travel %1 → %2</source>
        <translation>种子漫游 %1 → %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GAN vs diffusion</source>
        <translation>GAN 与扩散对比</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Train %1 on %2 (%3 processes)</source>
        <translation>在 %2 上训练 %1（%3 个进程）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train %1 on %2</source>
        <translation>在 %2 上训练 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DistillJobs</name>
    <message>
        <location filename="../core/services/tuning/distilljobs.cpp" line="+100"/>
        <source>Distillation (student %1 x %2, T %3)</source>
        <translation>蒸馏（学生 %1 x %2，T %3）</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanExploreService</name>
    <message>
        <location filename="../core/services/gan/ganexplore.cpp" line="+165"/>
        <source>Load generator %1</source>
        <translation>加载生成器 %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample the generator</source>
        <translation>从生成器采样</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interpolate the generator&apos;s noise</source>
        <translation>对生成器的噪声插值</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanService</name>
    <message>
        <location filename="../core/services/gan/ganservice.cpp" line="+44"/>
        <source>Start a toy GAN</source>
        <translation>启动玩具 GAN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step the toy GAN</source>
        <translation>单步运行玩具 GAN</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw the toy GAN</source>
        <translation>绘制玩具 GAN</translation>
    </message>
    <message>
        <location filename="../core/services/gan/gantraining.cpp" line="+174"/>
        <source>Train %1 on %2</source>
        <translation>在 %2 上训练 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::InContextJobs</name>
    <message>
        <location filename="../core/services/tuning/incontextjobs.cpp" line="+113"/>
        <source>Few-shot accuracy (%1)</source>
        <translation>少样本准确率（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few-shot accuracy (%1), two models</source>
        <translation>少样本准确率（%1），两个模型</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>In-context copying (%1 tokens)</source>
        <translation>上下文复制（%1 个 token）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attention of the repeated sequence</source>
        <translation>重复序列的注意力</translation>
    </message>
</context>
<context>
    <name>genlab::services::JobManager</name>
    <message>
        <location filename="../core/services/jobmanager.cpp" line="+400"/>
        <location line="+61"/>
        <source>the studio is closing</source>
        <translation>工作室正在关闭</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>nothing to run</source>
        <translation>没有可运行的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>superseded by a newer request</source>
        <translation>已被更新的请求取代</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canceled before it started</source>
        <translation>在开始前已取消</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentMap</name>
    <message>
        <location filename="../core/services/latent/latentservice.cpp" line="+96"/>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentModelInfo</name>
    <message>
        <location line="-47"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>autoencoder</source>
        <translation>自编码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2-D latent, %3×%3 %4</source>
        <translation>%1，%2 维潜变量，%3×%3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, trained %1 steps on %2</source>
        <translation>，已在 %2 上训练 %1 步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>images</source>
        <translation>图像</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentService</name>
    <message>
        <location line="+86"/>
        <source>Load latent model %1</source>
        <translation>加载潜变量模型 %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map the latent space of %1</source>
        <translation>绘制 %1 的潜空间图</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sample the prior</source>
        <translation>从先验采样</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decode a latent</source>
        <translation>解码潜变量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Encode %n image(s)</source>
        <translation>
            <numerusform>编码 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>导出 %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train %1 (%2-D) on %3</source>
        <translation>在 %3 上训练 %1（%2 维）</translation>
    </message>
</context>
<context>
    <name>genlab::services::MaskedService</name>
    <message>
        <location filename="../core/services/masked/maskedservice.cpp" line="+145"/>
        <source>Load encoder %1</source>
        <translation>加载编码器 %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoder attention maps</source>
        <translation>编码器注意力图</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Fill mask</source>
        <translation>填充掩码</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Three objectives</source>
        <translation>三种目标</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Span corruption</source>
        <translation>片段破坏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use T5 model %1</source>
        <translation>使用 T5 模型 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train a masked LM on %1</source>
        <translation>在 %1 上训练掩码语言模型</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Train a T5 on %1</source>
        <translation>在 %1 上训练 T5</translation>
    </message>
</context>
<context>
    <name>genlab::services::PreferenceJobs</name>
    <message>
        <location filename="../core/services/tuning/preferencejobs.cpp" line="+61"/>
        <source>Sample answer pairs to judge</source>
        <translation>采样待评判的回答对</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fit the reward model</source>
        <translation>拟合奖励模型</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preference tuning (%1, rule %2)</source>
        <translation>偏好微调（%1，规则 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference tuning (%1, %2 pairs you judged)</source>
        <translation>偏好微调（%1，您评判的 %2 对）</translation>
    </message>
</context>
<context>
    <name>genlab::services::ProjectService</name>
    <message>
        <location filename="../core/services/projectservice.cpp" line="+94"/>
        <location line="+125"/>
        <source>no project is open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>there is nothing to recover</source>
        <translation>没有可恢复的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1：无法打开（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the autosave is damaged (%2)</source>
        <translation>%1：自动保存已损坏（%2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds a project: open it instead</source>
        <translation>%1 中已有项目：请直接打开它</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the project folder %1</source>
        <translation>无法创建项目文件夹 %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: cannot open the project manifest (%2)</source>
        <translation>%1：无法打开项目清单（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the manifest is implausibly large (%2 bytes)</source>
        <translation>%1：清单大得不合常理（%2 字节）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid project manifest (%2 at byte %3)</source>
        <translation>%1：不是有效的项目清单（第 %3 字节处 %2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the manifest has no valid format_version</source>
        <translation>%1：清单没有有效的 format_version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer version of GenLab Studio (format %2, this version reads up to %3)</source>
        <translation>%1：由更新版本的 GenLab Studio 创建（格式 %2，本版本最多读取 %3）</translation>
    </message>
</context>
<context>
    <name>genlab::services::RetrievalService</name>
    <message>
        <location filename="../core/services/retrieval/retrievalservice.cpp" line="+227"/>
        <source>, page %1</source>
        <translation>，第 %1 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Open the retrieval index %1</source>
        <translation>打开检索索引 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Update the retrieval index</source>
        <translation>更新检索索引</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Index the help pages</source>
        <translation>为帮助页面建立索引</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search passages</source>
        <translation>搜索段落</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show a passage</source>
        <translation>显示段落</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Explain a passage&apos;s ranks</source>
        <translation>解释段落的排名</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find passages by their text</source>
        <translation>按文本查找段落</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer from the passages</source>
        <translation>根据段落回答</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate an answer from the passages</source>
        <translation>根据段落生成回答</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Evaluate the retrievers</source>
        <translation>评估检索器</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview the chunks of %1</source>
        <translation>预览 %1 的分块</translation>
    </message>
</context>
<context>
    <name>genlab::services::ScalingJobs</name>
    <message>
        <location filename="../core/services/tuning/scalingjobs.cpp" line="+43"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No corpus: the default (tiny Shakespeare) was not found; choose a text file.</source>
        <translation>没有语料：未找到默认语料（tiny Shakespeare）；请选择一个文本文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable text file.</source>
        <translation>%1 不是可读取的文本文件。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1：无法创建该文件夹。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scaling: width %1 (%2 parameters, %3 steps)</source>
        <translation>规模扩展：宽度 %1（%2 个参数，%3 步）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Width %1 was stopped.</source>
        <translation>宽度 %1 已停止。</translation>
    </message>
</context>
<context>
    <name>genlab::services::SftJobs</name>
    <message numerus="yes">
        <location filename="../core/services/tuning/sftjobs.cpp" line="+73"/>
        <source>Instruction tuning (built-in set, %n step(s))</source>
        <translation>
            <numerusform>指令微调（内置数据集，%n 步）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Instruction tuning (%1, %n step(s))</source>
        <translation>
            <numerusform>指令微调（%1，%n 步）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the instruction-tuned model</source>
        <translation>保存指令微调后的模型</translation>
    </message>
</context>
<context>
    <name>genlab::services::TextService</name>
    <message>
        <location filename="../core/services/text/textservice.cpp" line="+126"/>
        <source>Load the shipped language model</source>
        <translation>加载随附的语言模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load model %1</source>
        <translation>加载模型 %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Generate text</source>
        <translation>生成文本</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Attention maps</source>
        <translation>注意力图</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tokenize</source>
        <translation>分词</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Load tokenizer %1</source>
        <translation>加载分词器 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learn a BPE vocabulary (%1 tokens) on %2</source>
        <translation>在 %2 上学习 BPE 词表（%1 个 token）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train a language model on %1</source>
        <translation>在 %1 上训练语言模型</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>genlab::services::ToyDiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/toydiffusionservice.cpp" line="+133"/>
        <source>Start a toy diffusion model</source>
        <translation>启动玩具扩散模型</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train the toy diffusion model</source>
        <translation>训练玩具扩散模型</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample the toy diffusion model (%1)</source>
        <translation>从玩具扩散模型采样（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Draw the toy&apos;s noise prediction</source>
        <translation>绘制玩具模型的噪声预测</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ArithmeticPanel</name>
    <message>
        <location filename="../widgets/latentlab/arithmeticpanel.cpp" line="+28"/>
        <source>An attribute vector is the mean latent of one class minus the mean of another. Adding it to a point moves that point towards the first class.</source>
        <translation>属性向量是一个类别的平均潜变量减去另一个类别的平均值。把它加到某个点上，会使该点向第一个类别移动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Towards</source>
        <translation>朝向</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>away from</source>
        <translation>远离</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>幅度</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start from the current point</source>
        <translation>从当前点开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vector is added to this base point; moving the point elsewhere (map, sliders) makes that the base</source>
        <translation>向量会加到这个基点上；把点移到别处（地图、滑块）会使新位置成为基点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base + k · v for k = −2, −1, 0, +1, +2:</source>
        <translation>基点 + k · v，k = −2、−1、0、+1、+2：</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The data set of the map has no classes: there is nothing to subtract.</source>
        <translation>该地图的数据集没有类别：没有可相减的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the latent map…</source>
        <translation>正在等待潜空间图…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>v = mean(%1) − mean(%2), |v| = %3. Drag the amount to add it to the current point.</source>
        <translation>v = mean(%1) − mean(%2)，|v| = %3。拖动幅度即可把它加到当前点上。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>−2</source>
        <translation>−2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−1</source>
        <translation>−1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>base</source>
        <translation>基点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+1</source>
        <translation>+1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>+2</source>
        <translation>+2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::DataBrowserLab</name>
    <message>
        <location filename="../widgets/databrowser/databrowserlab.cpp" line="+22"/>
        <source>Image data sets</source>
        <translation>图像数据集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-D toy distributions</source>
        <translation>二维玩具分布</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse the image data sets and 2-D toy distributions the labs train on</source>
        <translation>浏览各实验室用于训练的图像数据集和二维玩具分布</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ExplorerState</name>
    <message>
        <location filename="../widgets/latentlab/explorerstate.cpp" line="+40"/>
        <source>Could not decode the point: %1</source>
        <translation>无法解码该点：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::HomeLab</name>
    <message>
        <location filename="../widgets/home/homelab.cpp" line="+24"/>
        <source>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Generate with generative models and see inside them. Every lab works offline, on the CPU or a GPU, with models that ship with the studio or that you train or bring yourself.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;使用生成模型进行生成，并洞察其内部。每个实验室都可离线工作，在 CPU 或 GPU 上运行，所用模型可以是工作室自带的，也可以是您自己训练或带来的。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labs</source>
        <translation>实验室</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>device:      %1
%2
measuring matmul throughput…</source>
        <translation>设备：       %1
%2
正在测量 matmul 吞吐量…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>重新测量</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home</source>
        <translation>主页</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The labs, and the device and thread budget model work runs with</source>
        <translation>各实验室，以及工作运行所用的设备和线程预算模型</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measured</source>
        <translation>已测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement %1: %2</source>
        <translation>测量 %1：%2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ImageDatasetsTab</name>
    <message>
        <location filename="../widgets/databrowser/imagedatasetstab.cpp" line="+38"/>
        <source>gray</source>
        <translation>灰度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour (RGB)</source>
        <translation>彩色（RGB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 个通道</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a folder of PNG or JPEG images; sub-folder names become the labels</source>
        <translation>选择一个包含 PNG 或 JPEG 图像的文件夹；子文件夹名称将成为标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the images of one class</source>
        <translation>只显示某一类别的图像</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shuffled</source>
        <translation>打乱顺序</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images in a fixed random order (so the first page shows every class); off: in the data set&apos;s own order</source>
        <translation>以固定的随机顺序显示图像（这样第一页就能显示每个类别）；关闭时按数据集自身的顺序</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per page</source>
        <translation>每页</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this data set</source>
        <translation>关于此数据集</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was skipped</source>
        <translation>跳过原因</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a folder of images</source>
        <translation>选择一个图像文件夹</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open this data set: %1</source>
        <translation>无法打开此数据集：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>没有可显示的内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image %1 of the data set</source>
        <translation>数据集的第 %1 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
class: %1</source>
        <translation>
类别：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
file: %1</source>
        <translation>
文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All classes</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>images %1–%2 of %3%4</source>
        <translation>第 %1–%2 张图像，共 %3 张%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in class %1</source>
        <translation>（类别 %1）</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>已跳过 %n 个文件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unlabelled)</source>
        <translation>无（无标签）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 classes: %2</source>
        <translation>%1 个类别：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 unlabelled</source>
        <translation>；%1 张无标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 像素，%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by the studio (procedural)</source>
        <translation>由工作室绘制（程序生成）</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The project&apos;s image folder %1 no longer exists; the data browser keeps what it shows.</source>
        <translation>项目的图像文件夹 %1 已不存在；数据浏览器保留当前显示的内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s data set “%1” is unknown to this version; the data browser keeps what it shows.</source>
        <translation>此版本不认识项目的数据集“%1”；数据浏览器保留当前显示的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s data set %1 is not available here (%2); the data browser keeps what it shows.</source>
        <translation>项目的数据集 %1 在此处不可用（%2）；数据浏览器保留当前显示的内容。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the recipe of %1: %2</source>
        <translation>无法打开 %1 的配方：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 shows images of the folder %2, which no longer exists.</source>
        <translation>%1 显示的是文件夹 %2 中的图像，该文件夹已不存在。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 shows the data set “%2”, which this version does not know.</source>
        <translation>%1 显示的是数据集“%2”，此版本不认识该数据集。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shows the data set %2, which is not available here: %3</source>
        <translation>%1 显示的是数据集 %2，它在此处不可用：%3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1 (the PNG carries its recipe: open it to show this page again)</source>
        <translation>已导出 %1（PNG 中带有其配方：打开它即可再次显示此页）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the page as a labelled grid</source>
        <translation>将此页导出为带标签的网格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ImageGridView</name>
    <message>
        <location filename="../widgets/components/imagegridview.cpp" line="+212"/>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
%1 × %2 px</source>
        <translation>
%1 × %2 px</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No images</source>
        <translation>没有图像</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fit</source>
        <translation>适应</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The largest size that shows every image</source>
        <translation>能显示所有图像的最大尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One screen pixel per image pixel</source>
        <translation>每个图像像素对应一个屏幕像素</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twice the size, pixels kept sharp</source>
        <translation>两倍大小，像素保持清晰</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Four times the size, pixels kept sharp</source>
        <translation>四倍大小，像素保持清晰</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in use (Ctrl+wheel changes it)</source>
        <translation>当前缩放（Ctrl+滚轮可更改）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images one after another, as an animation</source>
        <translation>依次显示各图像，形成动画</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation speed</source>
        <translation>动画速度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as shown, labels included</source>
        <translation>按显示效果保存网格，包括标签</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the images as PNG</source>
        <translation>将图像导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>at %1×</source>
        <translation>缩放 %1×</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no images to export</source>
        <translation>没有可导出的图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::InterpolationPanel</name>
    <message>
        <location filename="../widgets/latentlab/interpolationpanel.cpp" line="+60"/>
        <source>The path goes through these points in order</source>
        <translation>路径按顺序经过这些点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick on map</source>
        <translation>在地图上选取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While on, each click on the map adds the nearest data-set image as an endpoint</source>
        <translation>开启时，每次点击地图都会把最近的数据集图像添加为端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add current point</source>
        <translation>添加当前点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the point shown in the preview (any point of the map, a sample, a slider setting)</source>
        <translation>添加预览中显示的点（地图上的任意点、样本、滑块设置）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images…</source>
        <translation>添加图像…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode your own PNG or JPEG files and add them as endpoints</source>
        <translation>编码您自己的 PNG 或 JPEG 文件并将其添加为端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;lerp&lt;/b&gt;: a straight line between the points</source>
        <translation>&lt;b&gt;lerp&lt;/b&gt;：点与点之间的直线</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Pick two or more endpoints</source>
        <translation>请选取两个或更多端点</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;slerp&lt;/b&gt;: along the sphere, |z| changes evenly</source>
        <translation>&lt;b&gt;slerp&lt;/b&gt;：沿球面，|z| 均匀变化</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position along the path</source>
        <translation>沿路径的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>|z|</source>
        <translation>|z|</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>lerp</source>
        <translation>lerp</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+33"/>
        <source>slerp</source>
        <translation>slerp</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Draws from N(0, I) in d dimensions have |z| close to √d: the prior&apos;s mass lies on a thin shell. A straight line between two such points cuts inside the shell, where the decoder saw few codes; slerp keeps |z| changing evenly between the endpoints.</source>
        <translation>在 d 维中从 N(0, I) 抽取的样本，其 |z| 接近 √d：先验的质量集中在一个薄球壳上。两个这样的点之间的直线会切入球壳内部，而解码器在那里见过的编码很少；slerp 使 |z| 在端点之间均匀变化。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Play both paths as animations, side by side</source>
        <translation>将两条路径并排作为动画播放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GIF animation</source>
        <translation>GIF 动画</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>MP4 视频</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>PNG 条带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the strip with its recipe (inside a PNG, beside a GIF or MP4)</source>
        <translation>写出条带及其配方（PNG 内嵌，GIF 或 MP4 则放在旁边）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Images to encode</source>
        <translation>要编码的图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point</source>
        <translation>点</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Encoding %n image(s)…</source>
        <translation>
            <numerusform>正在编码 %n 张图像…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not encode: %1</source>
        <translation>无法编码：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Skipped %n file(s): %1</source>
        <translation>
            <numerusform>已跳过 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Encoded %n image(s): each is brought to the model&apos;s size and colour, and its mean latent is the endpoint.</source>
        <translation>
            <numerusform>已编码 %n 张图像：每张都被调整为模型的尺寸和颜色，其平均潜变量即为端点。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Interpolation failed: %1</source>
        <translation>插值失败：%1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>√d = %1, the prior&apos;s shell</source>
        <translation>√d = %1，先验的球壳</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames through %2 endpoints. Click a frame to make it the current point.</source>
        <translation>经过 %2 个端点的 %1 帧。点击某一帧即可将其设为当前点。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the interpolation</source>
        <translation>导出插值</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::JobsDock</name>
    <message>
        <location filename="../widgets/jobs/jobsdock.cpp" line="+21"/>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+27"/>
        <source>No jobs yet. Training, generation and exports appear here with their progress.</source>
        <translation>暂无任务。训练、生成和导出会连同进度显示在这里。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::KlBarsPlot</name>
    <message>
        <location filename="../widgets/latentlab/klbarsplot.cpp" line="+22"/>
        <source>latent dimension</source>
        <translation>潜变量维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL (nats)</source>
        <translation>KL（nats）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KL per dimension appears here while a VAE trains.</source>
        <translation>VAE 训练时，这里会显示每个维度的 KL。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>KL per dimension at step %1: %2 of %3 dimensions carry information; the grey ones have collapsed to the prior (posterior collapse).</source>
        <translation>第 %1 步时每个维度的 KL：%3 个维度中有 %2 个携带信息；灰色的维度已坍缩为先验（后验坍缩）。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentLab</name>
    <message>
        <location filename="../widgets/latentlab/latentlab.cpp" line="+48"/>
        <source>Digits VAE · 16-D latent (shipped)</source>
        <translation>数字 VAE · 16 维潜变量（随附）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits VAE · 2-D latent (shipped)</source>
        <translation>数字 VAE · 2 维潜变量（随附）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a checkpoint folder…</source>
        <translation>打开检查点文件夹…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open recipe…</source>
        <translation>打开配方…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, GIF or MP4 this lab made: its settings come back and the output is made again</source>
        <translation>打开本实验室生成的 PNG、GIF 或 MP4：恢复其设置并重新生成输出</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples of the prior</source>
        <translation>先验样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent arithmetic</source>
        <translation>潜变量运算</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or stop</source>
        <translation>播放或停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A checkpoint folder (model.safetensors and config.json)</source>
        <translation>检查点文件夹（model.safetensors 和 config.json）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a recipe</source>
        <translation>打开配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the latent lab (*.png *.gif *.mp4 *.json);;All files (*)</source>
        <translation>潜变量实验室的输出 (*.png *.gif *.mp4 *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shipped model was found (see the README, “Shipped models”). Train one in the Train tab, or open a checkpoint folder.</source>
        <translation>未找到随附模型（参见 README 中的“Shipped models”）。请在“训练”选项卡中训练一个，或打开检查点文件夹。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latent</source>
        <translation>潜变量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train autoencoders and VAEs; sample, map, interpolate and steer their latent space</source>
        <translation>训练自编码器和 VAE；对其潜空间进行采样、绘图、插值和引导</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the model: %1. The lab keeps the model it had.</source>
        <translation>无法加载模型：%1。实验室保留原有模型。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not build the latent map: %1</source>
        <translation>无法构建潜空间图：%1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the recipe: %1</source>
        <translation>无法打开配方：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by the %2 lab, not this one.</source>
        <translation>%1 是由 %2 实验室生成的，不是本实验室。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this lab cannot redo “%2”.</source>
        <translation>%1：本实验室无法重做“%2”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened the recipe of %1 (%2).</source>
        <translation>已打开 %1 的配方（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Warning: the model&apos;s weights are not the ones that made it, so the output may differ.</source>
        <translation> 警告：模型的权重不是生成它时所用的权重，因此输出可能不同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Loading its model %1…</source>
        <translation> 正在加载其模型 %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The recipe&apos;s endpoints do not fit this model&apos;s %1-D latent.</source>
        <translation>配方的端点与此模型的 %1 维潜变量不匹配。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe&apos;s latent does not fit this model&apos;s %1-D latent.</source>
        <translation>配方的潜变量与此模型的 %1 维潜变量不匹配。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The project&apos;s model %1 was not found (the folder no longer exists, or the shipped model is missing); the lab keeps its current model.</source>
        <translation>未找到项目的模型 %1（文件夹已不存在，或随附模型缺失）；实验室保留当前模型。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentMapPanel</name>
    <message>
        <location filename="../widgets/latentlab/latentmappanel.cpp" line="+40"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every point again (the mouse wheel zooms)</source>
        <translation>重新显示所有点（鼠标滚轮可缩放）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>lerp path</source>
        <translation>lerp 路径</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slerp path</source>
        <translation>slerp 路径</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current point</source>
        <translation>当前点</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encoding the data set with the model…</source>
        <translation>正在用模型编码数据集…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No map</source>
        <translation>没有地图</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unlabelled</source>
        <translation>无标签</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>z₁</source>
        <translation>z₁</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z₂</source>
        <translation>z₂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 images at their encoded means. The latent is 2-D: this is the latent space itself.
Hover: the nearest image · press or drag: decode that point · wheel: zoom</source>
        <translation>%1：%2 张图像位于其编码均值处。潜变量是二维的：这就是潜空间本身。
悬停：最近的图像 · 按下或拖动：解码该点 · 滚轮：缩放</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>principal component 1</source>
        <translation>主成分 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal component 2</source>
        <translation>主成分 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 images at their encoded means, the %3-D latents projected on their two main axes (PCA, %4% of the variance).
Hover: the nearest image · press or drag: decode that point · wheel: zoom</source>
        <translation>%1：%2 张图像位于其编码均值处，%3 维潜变量投影到其两个主轴上（PCA，占方差的 %4%）。
悬停：最近的图像 · 按下或拖动：解码该点 · 滚轮：缩放</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 · #%2</source>
        <translation>%1 · #%2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+106"/>
        <location line="+301"/>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+301"/>
        <source>Help: %1</source>
        <translation>帮助：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device: %1</source>
        <translation>设备：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model work runs on %1</source>
        <translation>模型工作在 %1 上运行</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Autosave failed: %1</source>
        <translation>自动保存失败：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Recover project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GenLab Studio did not close cleanly while %1 was open. Recover the autosaved state of the project? (Choosing No keeps the last saved version.)</source>
        <translation>打开 %1 时 GenLab Studio 未正常关闭。是否恢复该项目自动保存的状态？（选择“否”将保留最后保存的版本。）</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 lab: %2</source>
        <translation>%1 实验室：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Show the %1 lab</source>
        <translation>显示 %1 实验室</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Project</source>
        <translation>保存项目(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Re&amp;cipe…</source>
        <translation>打开配方(&amp;C)…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Open the recipe of an output</source>
        <translation>打开某个输出的配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)</source>
        <translation>带配方的输出 (*.png *.recipe.json *.gif *.mp4 *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Help on This &amp;Lab</source>
        <translation>本实验室帮助(&amp;L)</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Help &amp;Contents</source>
        <translation>帮助目录(&amp;C)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Presentation Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenes</source>
        <translation>场景(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scene…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scene</source>
        <translation>删除场景(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;Tour</source>
        <translation>参加导览(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GenLab Studio</source>
        <translation>关于 GenLab Studio(&amp;A)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device: loading the engine…</source>
        <translation>设备：正在加载引擎…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restart GenLab Studio</source>
        <translation>重新启动 GenLab Studio</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running will be stopped (a training run saves a checkpoint first). Restart now?</source>
        <translation>
            <numerusform>仍在运行的 %n 个任务将被停止（训练运行会先保存检查点）。立即重新启动吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Help on the %1 Lab</source>
        <translation>%1 实验室帮助</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the help page of the lab shown (%1)</source>
        <translation>打开当前所示实验室的帮助页面（%1）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No jobs running</source>
        <translation>没有正在运行的任务</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 个任务正在运行</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recent projects)</source>
        <translation>（没有最近的项目）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an empty folder for the new project</source>
        <translation>为新项目选择一个空文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a device not known yet (the engine is loading)</source>
        <translation>尚未确定的设备（引擎正在加载）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The labs are still loading; open %1 again in a moment.</source>
        <translation>实验室仍在加载；请稍后再次打开 %1。</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+58"/>
        <source>Scene %1: %2</source>
        <translation>场景 %1：%2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recall Scene %1</source>
        <translation>调出场景 %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Save scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name of the scene:</source>
        <translation>场景名称：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenes are kept in the project: create or open a project first.</source>
        <translation>场景保存在项目中：请先创建或打开一个项目。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved scene %1 (%2)</source>
        <translation>已保存场景 %1（%2）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This project has no scene %1</source>
        <translation>此项目没有场景 %1</translation>
    </message>
    <message>
        <location line="-662"/>
        <location line="+433"/>
        <location line="+10"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GenLab projects (project.json)</source>
        <translation>GenLab 项目 (project.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+240"/>
        <source>Save project</source>
        <translation>保存项目</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Project saved to %1</source>
        <translation>项目已保存到 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About GenLab Studio</source>
        <translation>关于 GenLab Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Generate with generative models and see inside them: text models, latent spaces, GANs, diffusion and retrieval, on your own machine, offline.&lt;/p&gt;&lt;p&gt;Model work runs on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;使用生成模型进行生成，并洞察其内部：文本模型、潜空间、GAN、扩散和检索，全部在您自己的机器上离线运行。&lt;/p&gt;&lt;p&gt;模型工作在 %2 上运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Open recipe</source>
        <translation>打开配方</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+169"/>
        <source>%1 was made by the %2 lab, which this version of GenLab Studio does not have.</source>
        <translation>%1 是由 %2 实验室生成的，而此版本的 GenLab Studio 没有该实验室。</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The %1 lab could not restore the recipe of %2.</source>
        <translation>%1 实验室无法恢复 %2 的配方。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1</source>
        <translation>已恢复 %1 的设置</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::PreviewPanel</name>
    <message>
        <location filename="../widgets/latentlab/previewpanel.cpp" line="+25"/>
        <source>&lt;b&gt;Current point&lt;/b&gt;</source>
        <translation>&lt;b&gt;当前点&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this image as a PNG that carries its latent (Open recipe… brings it back)</source>
        <translation>将此图像保存为带有其潜变量的 PNG（“打开配方…”可将其恢复）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A point of the map</source>
        <translation>地图上的一个点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set with the sliders</source>
        <translation>用滑块设置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample of the prior</source>
        <translation>先验的一个样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A frame of the interpolation</source>
        <translation>插值的一帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base point + amount × attribute vector</source>
        <translation>基点 + 幅度 × 属性向量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a recipe</source>
        <translation>来自配方</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre of the latent space (z = 0)</source>
        <translation>潜空间的中心（z = 0）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click or drag on the map, move a slider or click a sample to decode a point here.</source>
        <translation>在地图上点击或拖动、移动滑块或点击样本，即可在此解码一个点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
|z| = %2 (a typical prior draw has |z| ≈ %3)</source>
        <translation>%1
|z| = %2（典型的先验样本 |z| ≈ %3）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the current point</source>
        <translation>保存当前点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SamplePanel</name>
    <message>
        <location filename="../widgets/latentlab/samplepanel.cpp" line="+27"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw new samples with a random seed</source>
        <translation>用随机种子抽取新样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scale of z: 1 draws from the prior N(0, I); smaller values stay near the centre (typical, blurrier images), larger ones go where the model saw little data</source>
        <translation>z 的尺度：1 表示从先验 N(0, I) 抽取；较小的值停留在中心附近（典型但较模糊的图像），较大的值会进入模型见过很少数据的区域</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PNG…</source>
        <translation>保存 PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as a PNG that carries its recipe</source>
        <translation>将网格保存为带有其配方的 PNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each tile decodes a z drawn from the prior. Click one to make it the current point.</source>
        <translation>每个图块解码一个从先验抽取的 z。点击其中一个即可将其设为当前点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 draws of z from N(0, σ²·I) with σ = %2 (the temperature), seed %3. Click one to make it the current point.</source>
        <translation>从 N(0, σ²·I) 抽取 %1 个 z，σ = %2（温度），种子 %3。点击其中一个即可将其设为当前点。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model is a plain autoencoder: nothing made its codes follow N(0, I), so these draws need not look like the data. Compare with a VAE.</source>
        <translation>此模型是普通自编码器：没有任何机制让它的编码服从 N(0, I)，因此这些样本不一定像数据。可与 VAE 比较。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save samples</source>
        <translation>保存样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SettingsDialog</name>
    <message>
        <location filename="../widgets/shell/language.cpp" line="+66"/>
        <location filename="../widgets/shell/settingsdialog.cpp" line="+89"/>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <location filename="../widgets/shell/settingsdialog.cpp" line="-3"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the studio&apos;s menus, labs and messages, and the format of its numbers. &quot;System language&quot; follows the desktop&apos;s setting.</source>
        <translation>工作室的菜单、实验室和消息所用的语言，以及数字的格式。“系统语言”跟随桌面环境的设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menus, the status bar and this window have changed already. The labs show the new language after a restart; restarting saves the open project and reopens it.</source>
        <translation>菜单、状态栏和此窗口已经切换。各实验室在重新启动后显示新语言；重新启动会保存当前打开的项目并重新打开它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>立即重新启动(&amp;R)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SlidersPanel</name>
    <message>
        <location filename="../widgets/latentlab/sliderspanel.cpp" line="+34"/>
        <source>Centre (z = 0)</source>
        <translation>中心（z = 0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random point</source>
        <translation>随机点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw z from the prior N(0, I)</source>
        <translation>从先验 N(0, I) 抽取 z</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No model loaded.</source>
        <translation>未加载模型。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>z%1</source>
        <translation>z%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z%1 · KL %2</source>
        <translation>z%1 · KL %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z%1 · var %2</source>
        <translation>z%1 · 方差 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive: the encoder ignores this dimension (its posterior is the prior), so moving it changes little. This is posterior collapse.</source>
        <translation>未激活：编码器忽略了这个维度（其后验就是先验），所以移动它几乎没有变化。这就是后验坍缩。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much information this dimension carries about the image, averaged over the data set</source>
        <translation>这个维度携带了多少关于图像的信息（在数据集上取平均）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 dimensions of the current point: drag one to move the point along it.</source>
        <translation>当前点的 %1 个维度：拖动其中一个即可让点沿该维度移动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). The model uses every one of them.</source>
        <translation>当前点的 %1 个维度，信息量最大的排在最前（数据上的 KL）。模型使用了其中每一个维度。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). %2 of them are inactive (greyed): the model ignores them (posterior collapse).</source>
        <translation>当前点的 %1 个维度，信息量最大的排在最前（数据上的 KL）。其中 %2 个未激活（灰色）：模型忽略了它们（后验坍缩）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 dimensions of the current point (an autoencoder: most variable first).</source>
        <translation>当前点的 %1 个维度（自编码器：变化最大的排在最前）。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::StepSlider</name>
    <message>
        <location filename="../widgets/components/stepslider.cpp" line="+26"/>
        <source>The previous recorded step</source>
        <translation>上一个记录的步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next recorded step</source>
        <translation>下一个记录的步骤</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a step at which the model&apos;s outputs were recorded</source>
        <translation>选择一个记录了模型输出的步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep showing the newest step while training runs</source>
        <translation>训练运行时始终显示最新步骤</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>no samples recorded yet</source>
        <translation>尚未记录样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1 (%2 of %3)</source>
        <translation>第 %1 步（第 %2 个，共 %3 个）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ToyDistributionsTab</name>
    <message>
        <location filename="../widgets/databrowser/toydistributionstab.cpp" line="+35"/>
        <source>Distribution</source>
        <translation>分布</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your drawing</source>
        <translation>您的绘图</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sample</source>
        <translation>新样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw again with the next seed</source>
        <translation>用下一个种子重新抽取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear drawing</source>
        <translation>清除绘图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click or drag on the plot to draw points: &quot;Your drawing&quot; then samples around them (Gaussians as wide as half the typical gap between your points).</source>
        <translation>在图上点击或拖动即可绘制点：随后“您的绘图”会在这些点周围采样（高斯分布的宽度为点之间典型间距的一半）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your points</source>
        <translation>您的点</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Draw some points on the plot first.</source>
        <translation>请先在图上绘制一些点。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 points, seed %3</source>
        <translation>%1：%2 个点，种子 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot sample: %1</source>
        <translation>无法采样：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingControls</name>
    <message>
        <location filename="../widgets/components/trainingcontrols.cpp" line="+34"/>
        <location line="+72"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Pause training; resume it, or run one step at a time</source>
        <translation>暂停训练；之后可继续，或一次运行一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While paused: run exactly one more step</source>
        <translation>暂停时：再运行恰好一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected job (a queued job is removed; training saves its last step)</source>
        <translation>停止所选任务（排队中的任务会被移除；训练会保存最后一步）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training; the weights of the last step are saved as a checkpoint</source>
        <translation>停止训练；最后一步的权重会保存为检查点</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingMonitor</name>
    <message>
        <location filename="../widgets/components/trainingmonitor.cpp" line="+201"/>
        <source>Smoothing</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average weight, debiased as in TensorBoard; the raw values stay drawn faintly behind the smoothed curve</source>
        <translation>指数移动平均权重，按 TensorBoard 的方式去偏；原始值会以淡色绘制在平滑曲线后面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log scale</source>
        <translation>对数刻度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic value axis (values &lt;= 0 are not drawn)</source>
        <translation>对数值坐标轴（不绘制 &lt;= 0 的值）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>重置视图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all the data again (or double-click the plot)</source>
        <translation>重新显示全部数据（或双击图表）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>数据导出为 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PNG…</source>
        <translation>图表导出为 PNG…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+322"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the curves as CSV</source>
        <translation>将曲线导出为 CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export the plot as PNG</source>
        <translation>将图表导出为 PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+249"/>
        <location line="+2"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Hover to read values · wheel zooms · drag pans · double-click shows all · click picks a step</source>
        <translation>悬停读取数值 · 滚轮缩放 · 拖动平移 · 双击显示全部 · 单击选取步骤</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (raw %1)</source>
        <translation> （原始值 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(raw %1)</source>
        <translation>（原始值 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source> at step %1</source>
        <translation> 于第 %1 步</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (smoothed)</source>
        <translation> （平滑后）</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingPanel</name>
    <message>
        <location filename="../widgets/latentlab/trainingpanel.cpp" line="+41"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAE (stochastic encoder, KL term)</source>
        <translation>VAE（随机编码器，含 KL 项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder (no KL)</source>
        <translation>自编码器（无 KL）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latent size</source>
        <translation>潜变量大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>彩色（3 通道）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bernoulli (binary cross-entropy)</source>
        <translation>伯努利（二元交叉熵）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian (squared error)</source>
        <translation>高斯（平方误差）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood</source>
        <translation>似然</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the KL term: larger values give a smoother, more prior-like latent space and blurrier reconstructions, and more collapsed dimensions</source>
        <translation>KL 项的权重：值越大，潜空间越平滑、越接近先验，重建越模糊，坍缩的维度也越多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β (KL weight)</source>
        <translation>β（KL 权重）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β grows linearly from 0 over these steps (against posterior collapse)</source>
        <translation>β 在这些步骤内从 0 线性增长（防止后验坍缩）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β warm-up</source>
        <translation>β 预热</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconstructions every</source>
        <translation>重建间隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use in the explorer</source>
        <translation>在探索器中使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the explorer (map, samples, sliders)</source>
        <translation>将最新检查点加载到探索器中（地图、样本、滑块）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the explorer</source>
        <translation>在探索器中使用它</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>勾选“继续”以接着训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per image</source>
        <translation>nats/图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−ELBO</source>
        <translation>−ELBO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reconstructions</source>
        <translation>重建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs above, the model&apos;s outputs below, at the step picked below.</source>
        <translation>上方为输入，下方为模型在下面所选步骤的输出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructions appear every few steps while training runs</source>
        <translation>训练运行时每隔几步会显示重建结果</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same draws from the prior N(0, I), decoded at the step picked below.</source>
        <translation>从先验 N(0, I) 抽取的相同样本，在下面所选步骤解码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VAE&apos;s prior samples appear every few steps while training runs</source>
        <translation>训练运行时每隔几步会显示 VAE 的先验样本</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.</source>
        <translation>完成：%1 步，重建 %2，KL %3 nats/图像，%4 张图像/秒。已保存到 %5。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>选择一个数据集并按“训练”。运行时会显示曲线、每个维度的 KL 和重建结果；可在此处或“任务”面板中暂停、单步和停止。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An autoencoder has no KL term: its codes are not pulled towards a prior, so no dimension collapses (and sampling from N(0, I) means little).</source>
        <translation>自编码器没有 KL 项：其编码不会被拉向先验，因此没有维度会坍缩（从 N(0, I) 采样也就没有多大意义）。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingSession</name>
    <message>
        <location filename="../widgets/components/trainingsession.cpp" line="+56"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>use it</source>
        <translation>使用它</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Train to continue</source>
        <translation>按“训练”以继续</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Previews appear every few steps while training runs</source>
        <translation>训练运行时每隔几步会显示预览</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Training: %1</source>
        <translation>训练：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples appear here as the model learns.</source>
        <translation>模型学习过程中，样本会显示在这里。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1，第 %2 步</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample at step %1:</source>
        <translation>第 %1 步的样本：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused. Resume, or run one step at a time.</source>
        <translation>已暂停。可继续，或一次运行一步。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1 steps. Saved in %2.</source>
        <translation>完成：%1 步。已保存到 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. The last completed step is saved in %1: %2.</source>
        <translation>已停止。最后完成的步骤已保存到 %1：%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the first step; nothing was saved.</source>
        <translation>在第一步之前停止；未保存任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training paused: %1 To train with a lower learning rate (try %2), press Stop, then %3.</source>
        <translation>训练已暂停：%1 要用更低的学习率训练（试试 %2），请按“停止”，然后%3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 became %2 at step %3</source>
        <translation>%1 在第 %3 步变为 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infinite</source>
        <translation>无穷大</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The curves and previews up to step %1 are kept.</source>
        <translation>截至第 %1 步的曲线和预览已保留。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It diverged at its first step.</source>
        <translation>它在第一步就发散了。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged: %1. %2 The model saved at step %3 in %4 is intact: %5, or lower the learning rate (try %6) and %7 from step %3.</source>
        <translation>训练发散：%1。%2 在第 %3 步保存到 %4 的模型完好无损：%5，或降低学习率（试试 %6）后%7（从第 %3 步开始）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a run that diverges.</source>
        <translation>训练发散：%1。%2 尚未保存任何检查点，因此没有可保留的模型：请降低学习率（试试 %3）后重新训练；每隔几百步保存一次检查点，可以保留发散运行的进度。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::BranchStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/branchstrip.cpp" line="+22"/>
        <source>Scrub to a step above, then branch from it: each branch appears here beside the run.</source>
        <translation>在上方拖到某一步，然后从该步分支：每个分支都会显示在这里，位于该运行旁边。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1
Click to scrub this run.</source>
        <translation>%1
点击以拖动浏览此运行。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::CompareGrid</name>
    <message>
        <location filename="../widgets/diffusionlab/comparegrid.cpp" line="+19"/>
        <source>Pick a comparison and press Compare: the runs share the seed and the scrubber.</source>
        <translation>选择一种比较并按“比较”：各次运行共享种子和进度拖动条。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>step %1/%2 · %3 s</source>
        <translation>第 %1/%2 步 · %3 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1/%2 · running…</source>
        <translation>第 %1/%2 步 · 运行中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ComparePanel</name>
    <message>
        <location filename="../widgets/diffusionlab/comparepanel.cpp" line="+29"/>
        <source>DDPM</source>
        <translation>DDPM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM η %1</source>
        <translation>DDIM η %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM-Solver++ 2M</source>
        <translation>DPM-Solver++ 2M</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+228"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>DDPM vs DDIM vs DPM-Solver</source>
        <translation>DDPM 与 DDIM 与 DPM-Solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance 1 / 3 / 7</source>
        <translation>引导 1 / 3 / 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 vs 50 steps</source>
        <translation>10 步与 50 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 / 10 / 20 / 50 steps</source>
        <translation>5 / 10 / 20 / 50 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every column starts from the same noise (the seed on the left); only what the comparison names differs</source>
        <translation>每一列都从相同的噪声开始（左侧的种子）；只有比较所指定的内容不同</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>guidance %1</source>
        <translation>引导 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 秒</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A run failed: %1</source>
        <translation>一次运行失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 runs finished.</source>
        <translation>%2 次运行中已完成 %1 次。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n runs one after another…</source>
        <translation>
            <numerusform>正在依次执行 %n 次运行…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the comparison</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the columns one after another with the same seed</source>
        <translation>用相同的种子依次运行各列</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingScrubber</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingscrubber.cpp" line="+30"/>
        <source>Step 0: the starting noise (Home)</source>
        <translation>第 0 步：初始噪声（Home）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step back (Left)</source>
        <translation>后退一步（Left）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Play the denoising from here (Space)</source>
        <translation>从此处播放去噪过程（Space）</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>One step on (Right)</source>
        <translation>前进一步（Right）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step: the image (End)</source>
        <translation>最后一步：图像（End）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag over the steps: noise on the left, the image on the right</source>
        <translation>在各步骤上拖动：左侧是噪声，右侧是图像</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> steps/s</source>
        <translation> 步/秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast Play goes through the steps</source>
        <translation>播放经过各步骤的速度</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Pause (Space)</source>
        <translation>暂停（Space）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingView</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingview.cpp" line="+36"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>按“采样”观看噪声一步步变成图像。</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  t = %1</source>
        <translation>  ·  t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = 0 (the image)</source>
        <translation>  ·  σ = 0（图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1 (pure noise)</source>
        <translation>  ·  σ = %1（纯噪声）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1</source>
        <translation>  ·  σ = %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the noisy image</source>
        <translation>含噪图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the model&apos;s guess of the image</source>
        <translation>模型对图像的猜测</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no guess yet: step 0 is the noise</source>
        <translation>尚无猜测：第 0 步是噪声</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not computed yet</source>
        <translation>尚未计算</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>branched at %1</source>
        <translation>分支于 %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>x_t, the noisy image</source>
        <translation>x_t，含噪图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x̂₀, the model&apos;s guess of the clean image</source>
        <translation>x̂₀，模型对干净图像的猜测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (t = %2): %3. Click to go there.</source>
        <translation>第 %1 步（t = %2）：%3。点击以跳转到该步。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_t: the image the sampler holds at this step, noise and signal together</source>
        <translation>x_t：采样器在这一步持有的图像，噪声与信号混在一起</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>x̂₀: what the model predicts the finished image to be, seen from this step</source>
        <translation>x̂₀：从这一步看，模型预测的最终图像</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionLab</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusionlab.cpp" line="+53"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>随附模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the model that comes with the studio (%1)</source>
        <translation>回到工作室自带的模型（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load…</source>
        <translation>加载…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a diffusion model&apos;s checkpoint folder (config.json and its weights), e.g. one trained on the Train page</source>
        <translation>打开扩散模型的检查点文件夹（config.json 及其权重），例如在“训练”页面训练的模型</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Forward process</source>
        <translation>前向过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Toy 2-D</source>
        <translation>二维玩具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN vs diffusion</source>
        <translation>GAN 与扩散对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train or pause</source>
        <translation>训练或暂停</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Diffusion</source>
        <translation>扩散</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noise an image step by step, train a denoising UNet, sample with every step kept, scrubbed and branched; GAN vs diffusion</source>
        <translation>逐步给图像加噪，训练去噪 UNet，采样时保留每一步，可拖动浏览和分支；GAN 与扩散对比</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the shipped model (%1)</source>
        <translation>随附模型（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A diffusion model&apos;s checkpoint folder (config.json and its weights)</source>
        <translation>扩散模型的检查点文件夹（config.json 及其权重）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>实验室保留 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: load a checkpoint folder, or train one on the Train page.</source>
        <translation>未加载模型：请加载检查点文件夹，或在“训练”页面训练一个。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>项目的模型文件夹 %1 已不存在；实验室保留 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>项目的模型文件夹 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>无法打开配方 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was made by the %1 lab, not this one</source>
        <translation>它是由 %1 实验室生成的，不是本实验室</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of %1 is set up on the Train page: press Train to run it again</source>
        <translation>%1 的运行已在“训练”页面设置好：按“训练”即可再次运行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>生成它时所用的模型文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1 for the recipe %2…</source>
        <translation>正在为配方 %2 加载 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Sample page cannot make a “%1” output</source>
        <translation>“采样”页面无法生成“%1”输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careful: %1 was made with other weights than this model&apos;s, so the images may differ</source>
        <translation>注意：%1 是用与此模型不同的权重生成的，因此图像可能不同</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionTrainPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusiontrainpanel.cpp" line="+78"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>类别条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is told which class it denoises (the data set&apos;s labels; a folder&apos;s subfolders are its classes), so sampling can ask for a class and use guidance. The sample grid then has one column per class.</source>
        <translation>告诉网络它正在去噪的是哪个类别（数据集的标签；文件夹的子文件夹就是其类别），这样采样时可以指定类别并使用引导。样本网格随后每个类别占一列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of labels replaced by “no class” while training, so the same network also learns the unconditional prediction that classifier-free guidance needs; default %1</source>
        <translation>训练时被替换为“无类别”的标签比例，使同一网络也学会无分类器引导所需的无条件预测；默认 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class dropout</source>
        <translation>类别丢弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UNet</source>
        <translation>UNet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>28 to %1 px on this GPU: a multiple of 4 below 48, of 8 from 48, of 16 from 80</source>
        <translation>在此 GPU 上为 28 到 %1 px：48 以下为 4 的倍数，48 起为 8 的倍数，80 起为 16 的倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>28 to %1 px: a multiple of 4 below 48, of 8 from 48 (a GPU trains up to %2 px)</source>
        <translation>28 到 %1 px：48 以下为 4 的倍数，48 起为 8 的倍数（GPU 最高可训练 %2 px）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 个通道；否则为灰度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of the first level (a multiple of 8); the lower levels have twice as many</source>
        <translation>第一层的通道数（8 的倍数）；更低的层通道数为其两倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-attention at the lowest resolution: every position sees the whole image</source>
        <translation>最低分辨率上的自注意力：每个位置都能看到整幅图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual blocks (group norm, time embedding) per level on the way down</source>
        <translation>下采样路径上每层的残差块（组归一化、时间嵌入）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicts ε</source>
        <translation>预测 ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicts v</source>
        <translation>预测 v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network outputs: the noise ε (DDPM), or v = √ᾱ·ε − √(1−ᾱ)·x₀, which stays well scaled at high noise</source>
        <translation>网络输出的内容：噪声 ε（DDPM），或 v = √ᾱ·ε − √(1−ᾱ)·x₀，后者在高噪声时仍保持良好的尺度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res blocks</source>
        <translation>残差块</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast ᾱ(t) falls from 1 to 0; the Forward process page plots all three</source>
        <translation>ᾱ(t) 从 1 降到 0 的速度；“前向过程”页面绘制了全部三种</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T </source>
        <translation>T </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>从干净图像到纯噪声的时间步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>样本间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss by t every</source>
        <translation>按 t 的损失间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of the loss at each noise level (%1 held-out images at fixed noise): the heat map&apos;s columns; default %2</source>
        <translation>在各噪声水平测量损失的间隔步数（%1 张留出图像，固定噪声）：即热力图的列；默认 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampled weights are a moving average of the trained ones: ema = decay·ema + (1 − decay)·w; default %1</source>
        <translation>用于采样的权重是训练权重的移动平均：ema = decay·ema + (1 − decay)·w；默认 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DDIM steps of the preview samples (one fixed seed); default %1</source>
        <translation>预览样本的 DDIM 步数（一个固定种子）；默认 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DDIM steps</source>
        <translation> DDIM 步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA decay</source>
        <translation>EMA 衰减</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previews with</source>
        <translation>预览使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the lab: sample it on the Sample page</source>
        <translation>将最新检查点加载到实验室：在“采样”页面对其采样</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the lab</source>
        <translation>在实验室中使用它</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>勾选“继续”以接着训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (mean squared error)</source>
        <translation>损失（均方误差）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise denoised by the EMA weights at the step picked below.</source>
        <translation>相同的噪声，由 EMA 权重在下面所选步骤去噪。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s samples appear every few steps while training runs</source>
        <translation>训练运行时每隔几步会显示模型的样本</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done: %1 steps, loss %2, %3 steps/s. Saved in %4. Press “Use this model” to sample it.</source>
        <translation>完成：%1 步，损失 %2，%3 步/秒。已保存到 %4。按“使用此模型”即可对其采样。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a data set and press Train. The loss, the loss at each noise level and the model&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>选择一个数据集并按“训练”。运行时会显示损失、各噪声水平的损失以及模型的样本；可在此处或“任务”面板中暂停、单步和停止。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>A class-conditional model needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>类别条件模型需要类别：此文件夹没有图像子文件夹。请取消勾选“类别条件”，或选择每个类别一个子文件夹的文件夹。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The batch of %1 does not split evenly over %2 processes: choose a batch that is a multiple of %2.</source>
        <translation>%1 的批次无法在 %2 个进程之间均分：请选择 %2 的倍数作为批次大小。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ForwardView</name>
    <message>
        <location filename="../widgets/diffusionlab/forwardview.cpp" line="+54"/>
        <source>linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+273"/>
        <source>Your image file</source>
        <translation>您的图像文件</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which image of the data set</source>
        <translation>数据集中的哪张图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise an image of your own (PNG, JPEG, …); it is brought to at most 64 px</source>
        <translation>给您自己的图像加噪（PNG、JPEG 等）；它会被缩小到最多 64 px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>调度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How fast the image is drowned: linear (DDPM), cosine (improved DDPM) or sigmoid</source>
        <translation>图像被噪声淹没的速度：线性（DDPM）、余弦（改进的 DDPM）或 sigmoid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>从干净图像到纯噪声的时间步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The noise drawn; the same seed draws the same noise</source>
        <translation>所抽取的噪声；相同的种子抽取相同的噪声</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timestep t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the clean image; T: pure noise</source>
        <translation>0：干净图像；T：纯噪声</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image and its noised versions appear here</source>
        <translation>图像及其加噪版本会显示在这里</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timestep t</source>
        <translation>时间步 t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ᾱ(t), the signal&apos;s share (solid)</source>
        <translation>ᾱ(t)，信号所占比例（实线）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR ᾱ/(1−ᾱ), log scale (dashed)</source>
        <translation>SNR ᾱ/(1−ᾱ)，对数刻度（虚线）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+349"/>
        <source>%1 schedule</source>
        <translation>%1 调度</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Drag t and watch the digit drown: by t = T nothing of x₀ is left (ᾱ ≈ 0) and x_t is pure noise, which is where sampling starts. Compare the schedules: cosine keeps the image longer than linear, whose ᾱ is nearly 0 for the last third of the steps.</source>
        <translation>拖动 t，观察数字被淹没：到 t = T 时 x₀ 已荡然无存（ᾱ ≈ 0），x_t 是纯噪声，这正是采样的起点。比较各调度：余弦调度比线性调度更久地保留图像，而线性调度在最后三分之一的步骤中 ᾱ 几乎为 0。</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>An image to noise</source>
        <translation>要加噪的图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;All files (*)</source>
        <translation>图像 (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>x₀ (clean)</source>
        <translation>x₀（干净）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, one draw</source>
        <translation>x_t，一次抽取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, %1 single steps</source>
        <translation>x_t，%1 个单步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε, the noise added</source>
        <translation>ε，添加的噪声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image as the data set has it, in [0, 1]; the model sees it in [−1, 1]</source>
        <translation>数据集中的原始图像，取值在 [0, 1]；模型看到的是 [−1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in one draw (the closed form) at t = %1</source>
        <translation>在 t = %1 时一次抽取的 x_t = √ᾱ·x₀ + √(1−ᾱ)·ε（闭式解）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s for s = 1 … %1, a fresh ε_s each step</source>
        <translation>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s，s = 1 … %1，每步抽取新的 ε_s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ε of the one-draw x_t, drawn from N(0, 1): black is −3, grey 0, white +3</source>
        <translation>一次抽取的 x_t 所用的 ε，从 N(0, 1) 抽取：黑色为 −3，灰色为 0，白色为 +3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1%)</source>
        <translation>（%1%）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What was added&lt;/b&gt;: the residual x_t − √ᾱ·x₀ over all %1 values</source>
        <translation>&lt;b&gt;添加了什么&lt;/b&gt;：全部 %1 个值上的残差 x_t − √ᾱ·x₀</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;mean&lt;/i&gt;</source>
        <translation>&lt;i&gt;均值&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;std&lt;/i&gt;</source>
        <translation>&lt;i&gt;标准差&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one draw</source>
        <translation>一次抽取</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single steps</source>
        <translation>%1 个单步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theory</source>
        <translation>理论值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>= √(1−ᾱ)</source>
        <translation>= √(1−ᾱ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same distribution: %1 small steps of noise add up to one Gaussian draw, which is why training can jump to any t at once.</source>
        <translation>分布相同：%1 个小的噪声步骤累加起来等于一次高斯抽取，所以训练可以一步跳到任意 t。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the image was %1.</source>
        <translation>注意：该图像%1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; of T = %2 (%3 schedule)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · noise √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt;，T = %2（%3 调度）&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;信号 √ᾱ = &lt;b&gt;%6&lt;/b&gt; · 噪声 √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 schedule (shown)</source>
        <translation>%1 调度（当前显示）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>t = %1</source>
        <translation>t = %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::GanVsDiffusionPage</name>
    <message>
        <location filename="../widgets/diffusionlab/ganvsdiffusionpage.cpp" line="+66"/>
        <source>Images per measurement</source>
        <translation>每次测量的图像数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples of each model compared with held-out real digits; more give steadier figures</source>
        <translation>每个模型的样本与留出的真实数字比较；数量越多，数字越稳定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling steps</source>
        <translation>采样步数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diffusion model&apos;s step counts to measure (DDIM), separated by commas, 1 to %1</source>
        <translation>要测量的扩散模型步数（DDIM），以逗号分隔，1 到 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above 100 steps</source>
        <translation>超过 100 步时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> images</source>
        <translation> 张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer images for the step counts above 100, which take long</source>
        <translation>超过 100 的步数耗时较长，使用较少的图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>测量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample both models and measure them against held-out digits with the same evaluator</source>
        <translation>对两个模型采样，并用同一评估器与留出的数字比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Measure</source>
        <translation>按“测量”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt;</source>
        <translation>&lt;b&gt;扩散模型&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sampling steps per image (log scale)</source>
        <translation>每张图像的采样步数（对数刻度）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Fréchet 距离（越低越好）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion model (DDIM)</source>
        <translation>扩散模型（DDIM）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAN (one pass)</source>
        <translation>GAN（单次前向）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Measure: the diffusion model&apos;s quality against its steps,
with the GAN&apos;s one step as a point</source>
        <translation>按“测量”：扩散模型的质量随步数的变化，
GAN 的单步作为一个点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fréchet ↓</source>
        <translation>Fréchet ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision ↑</source>
        <translation>精确率 ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall ↑</source>
        <translation>召回率 ↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms / image</source>
        <translation>ms/图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance between the samples&apos; and real digits&apos; features (the classifier&apos;s): lower is closer</source>
        <translation>样本与真实数字特征（分类器的特征）之间的 Fréchet 距离：越低越接近</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of samples that look like some real digit (fidelity)</source>
        <translation>看起来像某个真实数字的样本所占比例（保真度）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of real digits some sample looks like (diversity)</source>
        <translation>有某个样本与之相像的真实数字所占比例（多样性）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes the classifier finds among the samples</source>
        <translation>分类器在样本中找到的类别</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each model gets something wrong: a GAN draws an image in one pass but its training is a game that can tip over or collapse onto a few digits; a diffusion model trains steadily but needs many network passes per image. Measure to see both in figures.</source>
        <translation>每种模型都有短板：GAN 一次前向就能画出图像，但其训练是一场可能失衡或坍缩到少数几个数字的博弈；扩散模型训练稳定，但每张图像需要多次网络前向。测量一下，用数字看清两者。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the diffusion model…</source>
        <translation>正在等待扩散模型…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Measure to compare %1 with the shipped GAN (a minute or more on a CPU).</source>
        <translation>按“测量”将 %1 与随附的 GAN 比较（在 CPU 上需要一分钟或更久）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a step count: give whole numbers from 1 to %2, separated by commas.</source>
        <translation>“%1”不是步数：请输入 1 到 %2 之间的整数，以逗号分隔。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give at least one step count, e.g. 5, 10, 20, 50.</source>
        <translation>请至少给出一个步数，例如 5, 10, 20, 50。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No diffusion model is loaded yet: load one above (or wait for the shipped one).</source>
        <translation>尚未加载扩散模型：请在上方加载一个（或等待随附模型）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled; the figures shown (if any) are from the last measurement.</source>
        <translation>已取消；显示的数字（如有）来自上一次测量。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>测量失败：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;GAN&lt;/b&gt; (%1): one pass of the generator per image</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;（%1）：每张图像生成器前向一次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt; (%1): many passes of the network per image</source>
        <translation>&lt;b&gt;扩散模型&lt;/b&gt;（%1）：每张图像网络前向多次</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured %1 GAN images and the diffusion model at %2 step counts.</source>
        <translation>已测量 %1 张 GAN 图像，以及扩散模型在 %2 种步数下的表现。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GAN: %1</source>
        <translation>GAN：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;: one pass of the generator per image (%1 ms), Fréchet distance %2, recall %3, %4 of %5 classes. What it gets wrong: its training is a game of two players that can tip over, and the generator can collapse onto a few digits: a low recall and missing classes are the sign. The GAN lab&apos;s &lt;i&gt;Train images&lt;/i&gt; page flags a collapse on its sample-quality plot.</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;：每张图像生成器前向一次（%1 ms），Fréchet 距离 %2，召回率 %3，%5 个类别中覆盖 %4 个。短板：它的训练是两名玩家之间可能失衡的博弈，生成器可能坍缩到少数几个数字上：召回率低和类别缺失就是征兆。GAN 实验室的&lt;i&gt;训练图像&lt;/i&gt;页面会在其样本质量图上标出坍缩。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here it misses %1 of the %2 classes.</source>
        <translation>这里它漏掉了 %2 个类别中的 %1 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Diffusion&lt;/b&gt;: its best Fréchet distance here is %1, at %2 steps, and every step is a pass of the network: %3 ms per image</source>
        <translation>&lt;b&gt;扩散&lt;/b&gt;：它在这里的最佳 Fréchet 距离为 %1，出现在 %2 步时，而每一步都是一次网络前向：每张图像 %3 ms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 times the GAN&apos;s</source>
        <translation>，是 GAN 的 %1 倍</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1 steps it is faster but scores %2 (the chart&apos;s left end).</source>
        <translation>用 %1 步时速度更快，但得分为 %2（图表的左端）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it gets wrong: sampling is slow; quality comes with many steps per image, as the chart shows.</source>
        <translation>短板：采样慢；质量要靠每张图像很多步才能换来，如图表所示。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It beats the GAN&apos;s Fréchet distance from %1 steps on.</source>
        <translation>从 %1 步起，它的 Fréchet 距离优于 GAN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not reach the GAN&apos;s Fréchet distance at any step count measured here.</source>
        <translation>在这里测量的所有步数下，它都达不到 GAN 的 Fréchet 距离。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per training step: GAN %1 ms, diffusion %2 ms.</source>
        <translation>每个训练步骤：GAN %1 ms，扩散 %2 ms。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::LossTimestepMap</name>
    <message>
        <location filename="../widgets/diffusionlab/losstimestepmap.cpp" line="+27"/>
        <source>&lt;b&gt;Loss by noise level&lt;/b&gt; — the same held-out images at the same noise, every evaluation: which noise levels the network learns first</source>
        <translation>&lt;b&gt;各噪声水平的损失&lt;/b&gt;——每次评估都使用相同的留出图像和相同的噪声：网络先学会哪些噪声水平</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timestep t (0 clean … T noise)</source>
        <translation>时间步 t（0 干净 … T 噪声）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A column appears at every evaluation while training runs</source>
        <translation>训练运行时每次评估都会出现一列</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::SamplingPage</name>
    <message>
        <location filename="../widgets/diffusionlab/samplingpage.cpp" line="+67"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM（祖先采样）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each step draws fresh noise, as the learned reverse process does; needs many steps (strided over T with few steps it stays noisy)</source>
        <translation>每一步都抽取新的噪声，与学到的反向过程一致；需要很多步（步数少时跨步跳过 T 会一直带噪）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+66"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Deterministic at η 0: the same noise always gives the same image; good in 20-50 steps</source>
        <translation>η 为 0 时是确定性的：相同的噪声总是得到相同的图像；20-50 步效果就很好</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++（2M）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second-order solver of the same ODE as DDIM: good images in 10-20 steps</source>
        <translation>与 DDIM 求解同一 ODE 的二阶求解器：10-20 步即可得到好图像</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifier-free guidance w: each step uses ε_none + w·(ε_class − ε_none). 1 is the class prediction alone, 0 ignores the class; larger w gives more typical, bolder digits and less variety, too large burns them out. 0 to %1.</source>
        <translation>无分类器引导 w：每一步使用 ε_none + w·(ε_class − ε_none)。1 表示只用类别预测，0 表示忽略类别；w 越大，数字越典型、越粗重，多样性越低，过大则会“烧坏”。0 到 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>DDIM 的 η：0 为确定性，1 表示每步抽取与 DDPM 一样多的新噪声</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seed draws the starting noise (and DDPM&apos;s noise on the way): the same seed and settings give the same image</source>
        <translation>种子决定初始噪声（以及 DDPM 途中的噪声）：相同的种子和设置得到相同的图像</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>DDPM</source>
        <translation>DDPM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM η %1</source>
        <translation>DDIM η %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPM++ 2M</source>
        <translation>DPM++ 2M</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Branches</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel</source>
        <translation>种子漫游</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch the run from the step shown with another guidance, sampler, seed or class</source>
        <translation>从当前显示的步骤用另一种引导、采样器、种子或类别分支出运行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four runs of one seed side by side, over one scrubber, with their times</source>
        <translation>同一种子的两到四次运行并排显示，共用一个拖动条，并附带各自的耗时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From one seed&apos;s noise to another&apos;s (and one class to another), denoised frame by frame</source>
        <translation>从一个种子的噪声到另一个种子的噪声（以及从一个类别到另一个类别），逐帧去噪</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Play or stop the run</source>
        <translation>播放或停止运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step back</source>
        <translation>后退一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step on</source>
        <translation>前进一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the noise (first step)</source>
        <translation>显示噪声（第一步）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the image (last step)</source>
        <translation>显示图像（最后一步）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the model…</source>
        <translation>正在等待模型…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+104"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+104"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Denoising steps, evenly spaced over the model&apos;s T timesteps. DDIM and DPM-Solver make good images in few; DDPM needs many</source>
        <translation>去噪步数，在模型的 T 个时间步上均匀分布。DDIM 和 DPM-Solver 用很少的步数就能生成好图像；DDPM 需要很多步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random seed, and sample</source>
        <translation>随机种子并采样</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The class the model is asked for; none: its unconditional prediction</source>
        <translation>要求模型生成的类别；无：其无条件预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+86"/>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export the steps</source>
        <translation>导出各步骤</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>PNG 条带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the run shown, x_t over x̂₀, with the recipe that makes it again (beside a GIF or MP4, inside a PNG)</source>
        <translation>所显示运行的每一步，x_t 在上、x̂₀ 在下，并附带可重新生成它的配方（GIF 或 MP4 则放在旁边，PNG 则内嵌）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; is what the sampler holds: pure noise at step 0, the image at the last step. &lt;b&gt;x̂₀&lt;/b&gt; is the model&apos;s guess, at that step, of the finished image: a blurry average early on, sharp at the end.&lt;/p&gt;&lt;p&gt;Scrub back to a step and &lt;b&gt;branch&lt;/b&gt;: the steps before it are kept, the rest run again with new settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; 是采样器持有的内容：第 0 步是纯噪声，最后一步是图像。&lt;b&gt;x̂₀&lt;/b&gt; 是模型在该步对最终图像的猜测：早期是模糊的平均，最后变得清晰。&lt;/p&gt;&lt;p&gt;拖回某一步并&lt;b&gt;分支&lt;/b&gt;：它之前的步骤会保留，其余步骤用新设置重新运行。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The seed of the noise the remaining steps draw (DDPM, DDIM with η &gt; 0); the starting noise stays the run&apos;s</source>
        <translation>剩余步骤所抽取噪声的种子（DDPM，η &gt; 0 的 DDIM）；初始噪声仍沿用该运行的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the remaining steps from the step shown with these settings; the steps up to it are kept, not computed again</source>
        <translation>用这些设置从当前显示的步骤运行剩余步骤；之前的步骤会保留，不会重新计算</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>none (unconditional)</source>
        <translation>无（无条件）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>（非类别条件）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>按“采样”观看噪声一步步变成图像。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Stop the runs under way (what they made so far stays)</source>
        <translation>停止正在进行的运行（已生成的内容会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoise from the seed&apos;s noise with these settings</source>
        <translation>用这些设置从种子的噪声开始去噪</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sampling: %1…</source>
        <translation>正在采样：%1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>made by an earlier model</source>
        <translation>由较早的模型生成</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sampled in %1 s: %2 steps, %3 ms a step. Scrub, play, or branch from a step.</source>
        <translation>采样用时 %1 秒：%2 步，每步 %3 ms。可拖动浏览、播放，或从某一步分支。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch %1 done in %2 s (steps %3-%4 computed, 0-%5 shared).</source>
        <translation>分支 %1 用时 %2 秒完成（计算了第 %3-%4 步，共享第 0-%5 步）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at step %1 of %2.</source>
        <translation>已在第 %1 步（共 %2 步）停止。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The path appears when the run has finished</source>
        <translation>运行结束后会显示路径</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample first, then branch from one of its steps.</source>
        <translation>请先采样，然后从其中某一步分支。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the run has finished to branch from it.</source>
        <translation>请等运行结束后再从中分支。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch from a step between 0 and %1: scrub back to it first.</source>
        <translation>请从第 0 到 %1 步之间的某一步分支：先拖回到该步。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Branch %1 from step %2: %3…</source>
        <translation>分支 %1，从第 %2 步：%3…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>branch of %1 from step %2: %3</source>
        <translation>%1 的分支，从第 %2 步：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sample</source>
        <translation>该样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch %1</source>
        <translation>分支 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Branch %1 · step %2</source>
        <translation>分支 %1 · 第 %2 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1 · %2 of %3</source>
        <translation>分支 %1 · %2/%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · w %1</source>
        <translation> · w %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · class %1</source>
        <translation> · 类别 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · step %2/%3…</source>
        <translation>种子 %1 · 第 %2/%3 步…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · %2 s</source>
        <translation>种子 %1 · %2 秒</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sample first; then scrub to a step and branch from it.</source>
        <translation>请先采样；然后拖到某一步并从该步分支。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branching needs the finished run: wait for it, or pick a finished one on the right.</source>
        <translation>分支需要已完成的运行：请等待它完成，或在右侧选择一个已完成的运行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrub back to an earlier step to branch from it (step %1 is the finished image).</source>
        <translation>拖回更早的一步即可从该步分支（第 %1 步是最终图像）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 of %2 (t = %3): steps 0-%1 are kept, steps %4-%2 run again with:</source>
        <translation>从第 %1 步（共 %2 步，t = %3）：保留第 0-%1 步，第 %4-%2 步使用以下设置重新运行：</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1：请选择 .gif、.mp4 或 .png 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: wait for the run to finish.</source>
        <translation>尚无可导出的内容：请等待运行结束。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>已写入 %1 及其配方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the denoising steps</source>
        <translation>导出去噪步骤</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>From a recipe: %1.</source>
        <translation>来自配方：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From a recipe: the sample, then %n branch(es) from it.</source>
        <translation>
            <numerusform>来自配方：该样本，以及从它分出的 %n 个分支。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ScheduleStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/schedulestrip.cpp" line="+31"/>
        <source>σ_t: the noise in x_t relative to the signal (log scale); ᾱ_t: the share of the image left at t. Click to go to a step.</source>
        <translation>σ_t：x_t 中噪声相对于信号的大小（对数刻度）；ᾱ_t：在 t 时图像所剩的比例。点击以跳转到某一步。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>σ_t (log)</source>
        <translation>σ_t（对数）</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>ᾱ_t</source>
        <translation>ᾱ_t</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>σ_t</source>
        <translation>σ_t</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>t = %1, σ = %2</source>
        <translation>t = %1，σ = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = 0, σ = 0</source>
        <translation>t = 0，σ = 0</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::SeedTravelPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/seedtravelpanel.cpp" line="+63"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points on the way, the two seeds included</source>
        <translation>途经的点数，包括两个种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM steps per frame (η 0: deterministic, so neighbouring noises give neighbouring images)</source>
        <translation>每帧的 DDIM 步数（η 0：确定性，因此相邻的噪声得到相邻的图像）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM steps</source>
        <translation>DDIM 步数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance</source>
        <translation>引导</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>PNG 条带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the frames with their recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>写出各帧及其配方（GIF 或 MP4 则放在旁边，PNG 则内嵌）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel: the starting noise moves along the sphere from one seed&apos;s noise to the other&apos;s (slerp), and each point is denoised the same way.</source>
        <translation>种子漫游：初始噪声沿球面从一个种子的噪声移动到另一个种子的噪声（slerp），每个点都以相同方式去噪。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Travel to make the frames</source>
        <translation>按“漫游”生成各帧</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not class-conditional)</source>
        <translation>（非类别条件）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>相同</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No model is loaded yet.</source>
        <translation>尚未加载模型。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Denoising %n frames…</source>
        <translation>
            <numerusform>正在对 %n 帧去噪…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising the frames… %1%</source>
        <translation>正在对各帧去噪… %1%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no class</source>
        <translation>无类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames from seed %2 (%3) to seed %4 (%5). Play them with ▶ above the strip, or export.</source>
        <translation>从种子 %2（%3）到种子 %4（%5）的 %1 帧。可用条带上方的 ▶ 播放，或导出。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel failed: %1</source>
        <translation>种子漫游失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel stopped.</source>
        <translation>种子漫游已停止。</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the seed travel</source>
        <translation>导出种子漫游</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1：请选择 .gif、.mp4 或 .png 文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: press Travel first.</source>
        <translation>尚无可导出的内容：请先按“漫游”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>已写入 %1 及其配方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel</source>
        <translation>漫游</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyDiffusionPage</name>
    <message>
        <location filename="../widgets/diffusionlab/toydiffusionpage.cpp" line="+115"/>
        <location line="+297"/>
        <source>Creating the toy model…</source>
        <translation>正在创建玩具模型…</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Drag over the sampling run&apos;s steps: the starting noise on the left, the samples on the right</source>
        <translation>在采样运行的各步骤上拖动：左侧是初始噪声，右侧是样本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss (this batch)</source>
        <translation>损失（本批次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noise-prediction error |ε̂ − ε|²</source>
        <translation>噪声预测误差 |ε̂ − ε|²</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The toy model is created when the page is first shown.</source>
        <translation>首次显示此页面时会创建玩具模型。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data and model</source>
        <translation>数据与模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change here starts a new, untrained model.</source>
        <translation>此处的更改会启动一个新的、未训练的模型。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ring of 8 Gaussians</source>
        <translation>8 个高斯组成的环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>25 个高斯组成的网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 2-D distribution the model learns (the GAN lab&apos;s toys)</source>
        <translation>模型要学习的二维分布（GAN 实验室的玩具分布）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the forward process drowns the data in noise: the share of the data left at step t (ᾱ_t) falls along a straight β ramp, a cosine or a sigmoid</source>
        <translation>前向过程把数据淹没在噪声中的速度：在第 t 步剩余的数据比例（ᾱ_t）沿直线 β 斜坡、余弦或 sigmoid 下降</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise schedule</source>
        <translation>噪声调度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T: the forward process&apos;s steps from the data (t = 0) to pure noise (t = T)</source>
        <translation>T：前向过程从数据（t = 0）到纯噪声（t = T）的步数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps T</source>
        <translation>时间步数 T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The initial weights and the batches: the same seed trains the same model</source>
        <translation>初始权重和批次：相同的种子训练出相同的模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New model</source>
        <translation>新模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from untrained weights</source>
        <translation>从未训练的权重重新开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps of one training run (default %1); Train after a run ends trains as many more</source>
        <translation>一次训练运行的步数（默认 %1）；运行结束后再按“训练”会再训练同样多的步数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+557"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Train or pause; the plane and the curves follow as it learns</source>
        <translation>训练或暂停；平面和曲线会随学习过程更新</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling (the reverse process)</source>
        <translation>采样（反向过程）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM（祖先采样）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step adds fresh noise, as the reverse of training&apos;s process: the points jitter on their way</source>
        <translation>每一步都添加新的噪声，作为训练过程的逆过程：点在途中会抖动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterministic at η 0: every point follows a smooth path</source>
        <translation>η 为 0 时是确定性的：每个点都沿平滑的路径移动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++（2M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order solver of DDIM&apos;s path: good in 10-20 steps</source>
        <translation>DDIM 路径的二阶求解器：10-20 步效果就很好</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampler</source>
        <translation>采样器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>DDIM 的 η：0 为确定性，1 表示每步抽取与 DDPM 一样多的新噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising steps, evenly spread over T (at most T)</source>
        <translation>去噪步数，在 T 上均匀分布（最多 T）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points drawn from noise (every step of each is kept)</source>
        <translation>从噪声抽取的点（每个点的每一步都会保留）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>点数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starting noise (and DDPM&apos;s noise on the way): the same seed gives the same points</source>
        <translation>初始噪声（以及 DDPM 途中的噪声）：相同的种子得到相同的点</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+518"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Run the reverse process from fresh noise and play it</source>
        <translation>从新噪声运行反向过程并播放</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The toy&apos;s own points, faint</source>
        <translation>玩具分布自身的点，淡色显示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled points</source>
        <translation>采样点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s points at the step shown</source>
        <translation>运行在当前显示步骤的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (−ε̂)</source>
        <translation>箭头（−ε̂）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−ε̂ at the step&apos;s t on a grid: the way denoising moves a point there</source>
        <translation>网格上该步 t 处的 −ε̂：去噪在那里移动点的方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The way %1 of the points came from the noise</source>
        <translation>%1 个点从噪声而来的路径</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training adds noise to data points (more at larger t) and teaches a small network to guess that noise, ε̂. Sampling starts from pure noise and removes the guessed noise step by step. The arrows are −ε̂ at the slider&apos;s t: near t = T they all point inwards, near t = 0 to the nearest part of the data.</source>
        <translation>训练给数据点加噪（t 越大噪声越多），并教一个小网络猜出这个噪声 ε̂。采样从纯噪声开始，一步步去除猜出的噪声。箭头是滑块所示 t 处的 −ε̂：在 t = T 附近它们全都指向内侧，在 t = 0 附近指向数据最近的部分。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The model could not be created: %1</source>
        <translation>无法创建模型：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Creating a new model…</source>
        <translation>正在创建新模型…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>A new model (%1 parameters), untrained: press Train.</source>
        <translation>一个新模型（%1 个参数），尚未训练：请按“训练”。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Training stopped: %1</source>
        <translation>训练已停止：%1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling %1 points…</source>
        <translation>正在采样 %1 个点…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>step %1 of %2 · t = %3 of %4</source>
        <translation>第 %1 步，共 %2 步 · t = %3/%4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · pure noise</source>
        <translation> · 纯噪声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the samples</source>
        <translation> · 样本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points, %2 steps · step %3: t = %4, ᾱ_t = %5</source>
        <translation>%1 个点，%2 步 · 第 %3 步：t = %4，ᾱ_t = %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · sampled at training step %1</source>
        <translation> · 在第 %1 个训练步骤采样</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned noise prediction at t = %1 of %2</source>
        <translation>在 t = %1/%2 处学到的噪声预测</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample to run the reverse process; the slider then moves over its steps.</source>
        <translation>采样以运行反向过程；之后滑块会在其各步骤上移动。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No model yet.</source>
        <translation>尚无模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · loss %1</source>
        <translation> · 损失 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · held-out %1</source>
        <translation> · 留出集 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: step %1 of %2%3</source>
        <translation>训练：第 %1 步，共 %2 步%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 步/秒</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrained: press Train.</source>
        <translation>未训练：请按“训练”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained %1 steps%2.</source>
        <translation>已训练 %1 步%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at step %1 of %2%3.</source>
        <translation>已在第 %1 步（共 %2 步）暂停%3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampled %1 points in %2 steps (%3 s).</source>
        <translation>用 %2 步采样了 %1 个点（%3 秒）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling…</source>
        <translation>正在采样…</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyPlaneView</name>
    <message>
        <location filename="../widgets/diffusionlab/toyplaneview.cpp" line="+180"/>
        <source>data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−ε̂: where denoising moves a point</source>
        <translation>−ε̂：去噪移动点的方向</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/diffusionlab/trajectoryplot.cpp" line="+25"/>
        <source>&lt;b&gt;Trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;轨迹&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every x_t of the run as a point in the plane in which it moved most (its two principal axes): the sampler&apos;s path from noise to the image.</source>
        <translation>运行中的每个 x_t 都显示为一个点，所在平面是它移动最多的平面（其两个主轴）：即采样器从噪声到图像的路径。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>axis 1</source>
        <translation>轴 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis 2</source>
        <translation>轴 2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>图像</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The path appears when a run has finished</source>
        <translation>运行结束后会显示路径</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form</name>
    <message>
        <location filename="../widgets/components/formhelpers.cpp" line="+40"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <source>This process</source>
        <translation>本进程</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>%1 local processes</source>
        <translation>%1 个本地进程</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Data-parallel training: each process trains its share of every batch and the gradients are averaged, so the model is the one a single process would train. The batch must split evenly between them. The processes share this computer&apos;s cores: on a laptop this shows how training spreads over machines, not a speed-up.</source>
        <translation>数据并行训练：每个进程训练每个批次中属于自己的那一份，梯度取平均，因此得到的模型与单个进程训练的相同。批次必须能在进程之间均分。这些进程共享这台计算机的核心：在笔记本电脑上，这展示的是训练如何分布到多台机器上，而不是加速。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes</source>
        <translation>进程数</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::CommonFields</name>
    <message>
        <location line="+42"/>
        <source>%1 (default %2)</source>
        <translation>%1（默认 %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer steps in all, counting those before a resume</source>
        <translation>优化器步骤总数，包括继续训练之前的步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples per optimizer step</source>
        <translation>每个优化器步骤的样本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak learning rate after the warm-up; a cosine brings it down to a tenth</source>
        <translation>预热后的峰值学习率；余弦调度会将其降到十分之一</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s learning rate</source>
        <translation>Adam 的学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights, batch order and previews: the same seed trains the same model</source>
        <translation>初始权重、批次顺序和预览：相同的种子训练出相同的模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+8"/>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Steps between previews (and one at the end); the step slider scrubs through them</source>
        <translation>预览之间的步数（结束时还有一次）；步骤滑块可在它们之间拖动浏览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steps between estimates of the loss on held-out data (and one at the end)</source>
        <translation>在留出数据上估计损失的间隔步数（结束时还有一次）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate every</source>
        <translation>评估间隔</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at the end only</source>
        <translation>仅在结束时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between checkpoints (and one at the end); a run that diverges keeps the last one</source>
        <translation>检查点之间的步数（结束时还有一次）；发散的运行会保留最后一个检查点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkpoint every</source>
        <translation>检查点间隔</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::DatasetField</name>
    <message>
        <location filename="../widgets/components/datasetfield.cpp" line="+23"/>
        <source>Image folder…</source>
        <translation>图像文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>数据集</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick an image folder first.</source>
        <translation>请先选择一个图像文件夹。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A folder of images (subfolders become classes)</source>
        <translation>一个图像文件夹（子文件夹会成为类别）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::OutputField</name>
    <message>
        <location filename="../widgets/components/outputfield.cpp" line="+18"/>
        <source>Save in</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the model is saved</source>
        <translation>模型的保存位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the checkpoint in this folder</source>
        <translation>从此文件夹中的检查点继续</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say where the model is saved.</source>
        <translation>请指定模型的保存位置。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already holds a model. Tick “Resume” to continue it, or choose another folder.</source>
        <translation>%1 中已有模型。勾选“继续”以接着训练，或选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no checkpoint to resume.</source>
        <translation>%1 中没有可继续的检查点。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::FeatureMapView</name>
    <message>
        <location filename="../widgets/ganlab/featuremapview.cpp" line="+232"/>
        <source>The feature map appears with the first preview of a run that has a classifier: real and generated images placed by what the classifier sees in them.</source>
        <translation>特征图会在带有分类器的运行的第一次预览时出现：真实图像和生成图像按分类器从中看到的内容放置。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feature map at or before this step.</source>
        <translation>此步骤或之前没有特征图。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature map at step %1</source>
        <translation>第 %1 步的特征图</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Axes: the first two principal components of the %1</source>
        <translation>坐标轴：%1 的前两个主成分</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D out</source>
        <translation>D 输出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fake</source>
        <translation>伪造</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>real images (%1)</source>
        <translation>真实图像（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generated, fixed noise (%1)</source>
        <translation>生成图像，固定噪声（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where G&apos;s gradient pushes a fake</source>
        <translation>G 的梯度推动伪造样本的方向</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated image</source>
        <translation>生成图像</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real image</source>
        <translation>真实图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(x) = %1</source>
        <translation>D(x) = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s output: %1</source>
        <translation>D 的输出：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for class %1</source>
        <translation>要求类别 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labelled %1</source>
        <translation>标签为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classifier: %1 (%2%)</source>
        <translation>分类器：%1（%2%）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one step along G&apos;s push: D %1</source>
        <translation>沿 G 的推动方向走一步：D %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanLab</name>
    <message>
        <location filename="../widgets/ganlab/ganlab.cpp" line="+116"/>
        <source>2-D game</source>
        <translation>二维博弈</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&apos;s heat map</source>
        <translation>D 的热力图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real</source>
        <translation>真实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake</source>
        <translation>伪造</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&apos;s gradients</source>
        <translation>G 的梯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold</source>
        <translation>流形</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draw</source>
        <translation>绘制</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click on the plane to add a point, drag to spray a few, right-click to clear; the game keeps running until you use them</source>
        <translation>在平面上点击添加一个点，拖动喷洒几个点，右键单击清除；在您使用这些点之前，博弈会继续运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use drawn</source>
        <translation>使用绘制的点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new game whose real data are your points (at least %1)</source>
        <translation>以您的点（至少 %1 个）作为真实数据开始新博弈</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D loss</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>平均 D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>平均 D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s score</source>
        <translation>D 的评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D gradient norm</source>
        <translation>D 梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>G 梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL(real ‖ fake)</source>
        <translation>KL(真实 ‖ 伪造)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train images</source>
        <translation>训练图像</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore</source>
        <translation>探索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause</source>
        <translation>播放或暂停</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two players: a generator and a discriminator trained against each other, and how their game fails</source>
        <translation>两名玩家：相互对抗训练的生成器和判别器，以及它们的博弈如何失败</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own settings</source>
        <translation>您自己的设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data and players (a change starts a new game)</source>
        <translation>数据和玩家（更改会开始新博弈）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring of 8 Gaussians</source>
        <translation>8 个高斯组成的环</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>25 个高斯组成的网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>螺旋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn points</source>
        <translation>绘制的点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own points: draw them on the plane</source>
        <translation>您自己的点：在平面上绘制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>高斯 N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform U(-1, 1)</source>
        <translation>均匀 U(-1, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>噪声</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise dimensions</source>
        <translation>噪声维度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ReLU</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaky ReLU</source>
        <translation>Leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tanh</source>
        <translation>tanh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ELU</source>
        <translation>ELU</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> layers</source>
        <translation> 层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> wide</source>
        <translation> 宽</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The game (applies from the next step)</source>
        <translation>博弈（从下一步起生效）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimax (saturating)</source>
        <translation>极小极大（饱和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wasserstein + gradient penalty</source>
        <translation>Wasserstein + 梯度惩罚</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient penalty λ</source>
        <translation>梯度惩罚 λ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SGD</source>
        <translation>SGD</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G optimizer, rate</source>
        <translation>G 优化器，学习率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D optimizer, rate</source>
        <translation>D 优化器，学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator steps for every generator step</source>
        <translation>每个生成器步骤对应的判别器步骤数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>每个 G 步骤的 D 步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>D step</source>
        <translation>D 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the discriminator only</source>
        <translation>只更新判别器一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G step</source>
        <translation>G 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the generator only</source>
        <translation>只更新生成器一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full step</source>
        <translation>完整一步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k discriminator updates, then one generator update</source>
        <translation>k 次判别器更新，然后一次生成器更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>慢动作</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own game: change anything; the loss, optimizers, rates and k apply from the next step.</source>
        <translation>您自己的博弈：可以更改任何设置；损失、优化器、学习率和 k 从下一步起生效。</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1

Press Play: the evidence shows within about %2 steps.</source>
        <translation>%1

按“播放”：大约 %2 步之内即可看到效果。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too few points to learn from: %1 drawn, at least %2 needed. Click or drag on the plane to add more, then press &quot;Use drawn&quot;. The game goes on with its previous data.</source>
        <translation>可供学习的点太少：已绘制 %1 个，至少需要 %2 个。在平面上点击或拖动以添加更多点，然后按“使用绘制的点”。博弈会继续使用之前的数据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least %1 points</source>
        <translation>请至少绘制 %1 个点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new game on your %1 points: G draws from noise, D has never seen them.</source>
        <translation>基于您的 %1 个点的新博弈：G 从噪声中抽取，D 从未见过这些点。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new game: G draws from noise, D has never seen the data.</source>
        <translation>新博弈：G 从噪声中抽取，D 从未见过数据。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · modes covered: %1 of %2</source>
        <translation> · 覆盖的模态：%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · KL %1 · JS %2 nats</source>
        <translation> · KL %1 · JS %2 nats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 步/秒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Playing.</source>
        <translation>正在播放。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused at step %1. Play, or step one player at a time.</source>
        <translation>已在第 %1 步暂停。可播放，或一次让一名玩家走一步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The game stopped: %1 The views show the last finite step; change the loss or lower a learning rate and press Play, or Reset.</source>
        <translation>博弈已停止：%1 视图显示的是最后一个有限值的步骤；请更改损失或降低学习率后按“播放”，或按“重置”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was made by the %2 lab, not this one</source>
        <translation>%1 是由 %2 实验室生成的，不是本实验室</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run of %1 is set up on the Train images page: press Train to run it again</source>
        <translation>%1 的运行已在“训练图像”页面设置好：按“训练”即可再次运行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the recipe: %1</source>
        <translation>无法打开配方：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanTrainPanel</name>
    <message>
        <location filename="../widgets/ganlab/gantrainpanel.cpp" line="+84"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>类别条件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G is told which class to draw and D which class it judges (the data set&apos;s labels; a folder&apos;s subfolders are its classes). The sample grid then has one column per class.</source>
        <translation>告诉 G 要画哪个类别，告诉 D 它判断的是哪个类别（数据集的标签；文件夹的子文件夹就是其类别）。样本网格随后每个类别占一列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 to 64 px: a multiple of 4 below 48, of 8 from 48</source>
        <translation>28 到 64 px：48 以下为 4 的倍数，48 起为 8 的倍数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 个通道；否则为灰度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>图像尺寸</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many random values G turns into an image</source>
        <translation>G 将多少个随机值转换为一张图像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise size</source>
        <translation>噪声大小</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of D&apos;s first and G&apos;s last hidden layer; deeper layers double it</source>
        <translation>D 的第一个隐藏层和 G 的最后一个隐藏层的通道数；更深的层翻倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectral norm in D</source>
        <translation>D 中使用谱归一化</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides D&apos;s weights by their largest singular value: a smoother, less overconfident discriminator, so G keeps getting useful gradients</source>
        <translation>将 D 的权重除以其最大奇异值：判别器更平滑、不那么过度自信，因此 G 能持续获得有用的梯度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Game</source>
        <translation>博弈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-saturating</source>
        <translation>非饱和</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimax (saturating)</source>
        <translation>极小极大（饱和）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>最小二乘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D steps per G step</source>
        <translation>每个 G 步骤的 D 步数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam&apos;s momentum for both players; DCGAN uses 0.5 (a lower value than usual steadies the game)</source>
        <translation>两名玩家的 Adam 动量；DCGAN 使用 0.5（比通常更低的值能让博弈更稳定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the squared gradients, for both players</source>
        <translation>两名玩家的 Adam 平方梯度衰减率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1, β2</source>
        <translation>Adam β1、β2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>样本间隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality every</source>
        <translation>质量评估间隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of sample quality (%1 samples against held-out real images, with the digit classifier); default %2</source>
        <translation>测量样本质量的间隔步数（%1 个样本与留出的真实图像比较，使用数字分类器）；默认 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure sample quality</source>
        <translation>测量样本质量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped digit classifier was not found: no quality figures</source>
        <translation>未找到随附的数字分类器：没有质量数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes covered, confidence, precision, recall, Fréchet distance and near duplicates, with the shipped digit classifier</source>
        <translation>覆盖的类别、置信度、精确率、召回率、Fréchet 距离和近似重复，使用随附的数字分类器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export evolution…</source>
        <translation>导出演化过程…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample grids recorded so far, step by step, as an animated GIF or an MP4 video (with its recipe beside it)</source>
        <translation>迄今记录的样本网格，逐步导出为 GIF 动画或 MP4 视频（配方放在旁边）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore this generator</source>
        <translation>探索此生成器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the latest checkpoint in the generator explorer</source>
        <translation>在生成器探索器中打开最新检查点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explore it</source>
        <translation>探索它</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>勾选“继续”以接着训练</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>generator step</source>
        <translation>生成器步骤</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loss / D&apos;s score</source>
        <translation>损失 / D 的评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradient norm</source>
        <translation>梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D loss</source>
        <translation>D 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>G 损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>平均 D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>平均 D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D gradient norm</source>
        <translation>D 梯度范数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>G 梯度范数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Sample quality&lt;/b&gt;</source>
        <translation>&lt;b&gt;样本质量&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every few hundred steps, on samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>每隔几百步，用同一固定噪声的样本评估；当一半或更多类别始终缺失时标记为坍缩</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fraction (0–1)</source>
        <translation>比例（0–1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Fréchet distance</source>
        <translation>Fréchet 距离</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>classes covered</source>
        <translation>覆盖的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>精确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near duplicates</source>
        <translation>近似重复</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise through G at the step picked below.</source>
        <translation>相同的噪声经过 G，在下面所选的步骤。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s samples appear every few steps while training runs</source>
        <translation>训练运行时每隔几步会显示生成器的样本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature map</source>
        <translation>特征图</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1 steps, D loss %2, G loss %3, D(x) %4, D(G(z)) %5, %6 steps/s. Saved in %7.</source>
        <translation>完成：%1 步，D 损失 %2，G 损失 %3，D(x) %4，D(G(z)) %5，%6 步/秒。已保存到 %7。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mode collapse: %1.</source>
        <translation>模式崩溃：%1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick a data set and press Train. The losses, D&apos;s scores, the sample quality and the generator&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>选择一个数据集并按“训练”。运行时会显示损失、D 的评分、样本质量和生成器的样本；可在此处或“任务”面板中暂停、单步和停止。</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>A class-conditional GAN needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>类别条件 GAN 需要类别：此文件夹没有图像子文件夹。请取消勾选“类别条件”，或选择每个类别一个子文件夹的文件夹。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not measured in this run (“Measure sample quality” is off)</source>
        <translation>本次运行未测量（“测量样本质量”已关闭）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 steps, %2 samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>每 %1 步，用同一固定噪声的 %2 个样本评估；当一半或更多类别始终缺失时标记为坍缩</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>⚠ Mode collapse: %1.</source>
        <translation>⚠ 模式崩溃：%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode collapse (%1), %2.</source>
        <translation>模式崩溃（%1），%2。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>collapse</source>
        <translation>坍缩</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> collapse since %1</source>
        <translation> 自 %1 起坍缩</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> collapse %1–%2</source>
        <translation> 坍缩 %1–%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the evolution</source>
        <translation>导出演化过程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF 动画 (*.gif);;MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: the sample grids are recorded while training runs.</source>
        <translation>尚无可导出的内容：样本网格会在训练运行时记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the evolution as .gif or .mp4 (not %1).</source>
        <translation>请将演化过程保存为 .gif 或 .mp4（而不是 %1）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the evolution (%1 grids) in %2, its recipe beside it.</source>
        <translation>已将演化过程（%1 个网格）保存到 %2，配方放在旁边。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evolution was not saved: %1</source>
        <translation>演化过程未保存：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GeneratorExplorer</name>
    <message>
        <location filename="../widgets/ganlab/generatorexplorer.cpp" line="+75"/>
        <source>Generator</source>
        <translation>生成器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gan-digits (shipped)</source>
        <translation>gan-digits（随附）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checkpoint folder written by the GAN lab&apos;s training or `genlab train gan`</source>
        <translation>由 GAN 实验室的训练或 `genlab train gan` 写出的检查点文件夹</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed draws the same noise, so it gives the same images</source>
        <translation>相同的种子抽取相同的噪声，因此得到相同的图像</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truncation trick: noise values beyond ±T are drawn again. Smaller T gives fewer, more typical images; none keeps the full variety.</source>
        <translation>截断技巧：超出 ±T 的噪声值会重新抽取。T 越小，图像越少样、越典型；无则保留完整的多样性。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncation</source>
        <translation>截断</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A class-conditional generator draws the class it is given</source>
        <translation>类别条件生成器会画出给定的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpolation</source>
        <translation>插值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+319"/>
        <source>slerp</source>
        <translation>slerp</translation>
    </message>
    <message>
        <location line="-318"/>
        <location line="+317"/>
        <source>lerp</source>
        <translation>lerp</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>PNG 条带</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the strip with its recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>写出条带及其配方（GIF 或 MP4 则放在旁边，PNG 则内嵌）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the generator…</source>
        <translation>正在加载生成器…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click two samples to interpolate between their noise vectors</source>
        <translation>点击两个样本即可在它们的噪声向量之间插值</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick two seeds or click two samples</source>
        <translation>选择两个种子或点击两个样本</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A GAN checkpoint folder</source>
        <translation>GAN 检查点文件夹</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the samples</source>
        <translation>导出样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> Still using %1.</source>
        <translation> 仍在使用 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2.%3</source>
        <translation>无法加载 %1：%2。%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No generator: open a GAN checkpoint folder</source>
        <translation>没有生成器：请打开一个 GAN 检查点文件夹</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loaded %1.</source>
        <translation>已加载 %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every class</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>（非类别条件）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 of seed %2: click to interpolate from or to it</source>
        <translation>种子 %2 的第 %1 个：点击以从它开始或到它结束插值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 of seed %2, class %3: click to interpolate from or to it</source>
        <translation>种子 %2 的第 %1 个，类别 %3：点击以从它开始或到它结束插值</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 samples of %2, seed %3%4. Click two of them to walk between their noise vectors.</source>
        <translation>%2 的 %1 个样本，种子 %3%4。点击其中两个即可在它们的噪声向量之间漫游。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, truncation %1</source>
        <translation>，截断 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interpolation failed: %1</source>
        <translation>插值失败：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · every frame a %1 (the start&apos;s class)</source>
        <translation> · 每一帧都是 %1（起点的类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · every frame a %1</source>
        <translation> · 每一帧都是 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| midway %4 (draws: about %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2%3 · 中点 |z| %4（抽取样本：约 %5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a straight line, which cuts inside the noise&apos;s shell</source>
        <translation>一条直线，会切入噪声的球壳内部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>along the sphere, where the generator&apos;s noise lives</source>
        <translation>沿球面，生成器的噪声所在之处</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start: sample #%1. Click another sample for the end of the path.</source>
        <translation>起点：样本 #%1。点击另一个样本作为路径的终点。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A path from sample #%1 to sample #%2. Click a sample to start another.</source>
        <translation>从样本 #%1 到样本 #%2 的路径。点击一个样本开始另一条路径。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample #%1 of seed %2</source>
        <translation>种子 %2 的样本 #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to… (click a second sample)</source>
        <translation>从 %1 到…（点击第二个样本）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2. Or click two samples in the grid.</source>
        <translation>从 %1 到 %2。或在网格中点击两个样本。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Export the path</source>
        <translation>导出路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>%1 文件 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1：请选择 .gif、.mp4 或 .png 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export yet: pick two seeds or click two samples.</source>
        <translation>尚无可导出的内容：请选择两个种子或点击两个样本。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to export yet: the samples are still coming.</source>
        <translation>尚无可导出的内容：样本还在生成中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>已写入 %1 及其配方。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>无法导出：%1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>this page cannot redo “%1”</source>
        <translation>此页面无法重做“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a recipe (%1 with %2).</source>
        <translation>来自配方（%1，使用 %2）。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::ToyGanView</name>
    <message>
        <location filename="../widgets/ganlab/toyganview.cpp" line="+202"/>
        <source>Press Reset or Play to start the game</source>
        <translation>按“重置”或“播放”开始博弈</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Drawing · click adds, drag sprays, right-click clears · %1 points</source>
        <translation>绘制中 · 点击添加，拖动喷洒，右键单击清除 · %1 个点</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+167"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training</source>
        <translation>停止训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume training</source>
        <translation>暂停或继续训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One training step (while paused)</source>
        <translation>训练一步（暂停时）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everywhere</source>
        <translation>所有位置</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::FirstRunTour</name>
    <message>
        <location filename="../widgets/help/firstruntour.cpp" line="+28"/>
        <source>Welcome to GenLab Studio</source>
        <translation>欢迎使用 GenLab Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This short tour shows each lab in turn; the lab it speaks of is opened behind it, with its model already loading or loaded, so you can try things while you read.

- **%1** opens the help page of the lab you are in, **%2** lists every key.
- **%3** runs the main action of the page you see (Generate, Sample, Train, …), **%4** stops it.

Skip the tour whenever you like; Help &gt; Take the Tour brings it back.</source>
        <translation>这个简短的导览会依次介绍每个实验室；所讲到的实验室会在后面打开，其模型已在加载或已加载，您可以边读边试。

- **%1** 打开您所在实验室的帮助页面，**%2** 列出所有按键。
- **%3** 运行您所见页面的主要操作（生成、采样、训练……），**%4** 停止它。

您可以随时跳过导览；“帮助 &gt; 参加导览”可将其重新打开。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>*The lab&apos;s help page, in English, says more: what the lab shows, the idea behind it and what to try first.*</source>
        <translation>*本实验室的帮助页面（英文）有更多介绍：实验室展示了什么、背后的思路以及先试试什么。*</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to try first</source>
        <translation>先试试什么</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tour of GenLab Studio</source>
        <translation>GenLab Studio 导览</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skip the tour</source>
        <translation>跳过导览</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its help page</source>
        <translation>打开其帮助页面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::HelpViewer</name>
    <message>
        <location filename="../widgets/help/helpviewer.cpp" line="+208"/>
        <location line="+51"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Forward</source>
        <translation>前进</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The help pages are in English.</source>
        <translation>帮助页面为英文。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The help pages are not installed (looked in: %1).</source>
        <translation>帮助页面未安装（查找位置：%1）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no help page %1 in %2.</source>
        <translation>%2 中没有帮助页面 %1。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link %1 cannot be opened.</source>
        <translation>无法打开链接 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a web page</source>
        <translation>打开网页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside GenLab Studio:
%1

Open it in your web browser?</source>
        <translation>此链接指向 GenLab Studio 之外：
%1

要在网页浏览器中打开吗？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link %1 does not lead to a help page.</source>
        <translation>链接 %1 并不指向帮助页面。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys marked with a lab work while that lab (and tab) is shown; %1 runs the shown page&apos;s main action and %2 stops it in every lab.</source>
        <translation>标有实验室的按键在显示该实验室（及选项卡）时有效；%1 在每个实验室中运行当前页面的主要操作，%2 则停止它。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::CandidateBars</name>
    <message>
        <location filename="../widgets/maskedlab/candidatebars.cpp" line="+102"/>
        <source>mask %1</source>
        <translation>掩码 %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::FillMaskPage</name>
    <message>
        <location filename="../widgets/maskedlab/fillmaskpage.cpp" line="+68"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a sentence, then click its words below to mask them; you can also write [MASK] yourself.</source>
        <translation>输入一个句子，然后点击下方的词将其掩盖；您也可以自己写 [MASK]。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top</source>
        <translation>前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many candidates to show for each mask</source>
        <translation>每个掩码显示多少个候选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole-word masking</source>
        <translation>整词掩码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mask every piece of a clicked word (as whole-word masking trains BERT), not only the piece clicked</source>
        <translation>掩盖被点击词的每一个片段（正如用整词掩码训练 BERT 那样），而不只是被点击的片段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill one at a time</source>
        <translation>逐个填充</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the most confident mask first, then predict the others again with it filled in; each step is listed</source>
        <translation>先填充最有把握的掩码，然后在已填充的情况下重新预测其他掩码；每一步都会列出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmask all</source>
        <translation>全部取消掩码</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a word to mask it; click it again to bring it back. The model sees the whole sentence, left and right of each mask.</source>
        <translation>点击一个词将其掩盖；再次点击可将其恢复。模型能看到整个句子，包括每个掩码的左侧和右侧。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mask a word to see what the model would put there.</source>
        <translation>掩盖一个词，看看模型会在那里填什么。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filling one at a time: pick a step to see what the model predicted before it</source>
        <translation>逐个填充：选择一步，查看模型在此之前预测了什么</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encoder&apos;s attention of the masked sentence shows here.</source>
        <translation>被掩盖句子的编码器注意力会显示在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>mask %1 (typed)</source>
        <translation>掩码 %1（手动输入）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask %1: the word %2</source>
        <translation>掩码 %1：词 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2 at position %3 (%4 %) → %5</source>
        <translation>%1. 位置 %3 处为 %2（%4 %）→ %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mask yet: click a word above (or type [MASK]). The model reads %1 pieces.</source>
        <translation>尚无掩码：请点击上方的一个词（或输入 [MASK]）。模型读取 %1 个片段。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With its favourites: “%1”. The bars are the model&apos;s probabilities over its whole vocabulary at each mask; an orange bar is the word you masked.</source>
        <translation>按其首选填入：“%1”。条形图是模型在每个掩码处对整个词表的概率；橙色条形是您掩盖的词。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Masked: click to bring %1 back</source>
        <translation>已掩盖：点击以恢复 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1 (id %2) of word %3: click to mask the word</source>
        <translation>词 %3 的片段 %1（id %2）：点击以掩盖该词</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>position %1: filled now</source>
        <translation>位置 %1：本步填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1</source>
        <translation>位置 %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedLab</name>
    <message>
        <location filename="../widgets/maskedlab/maskedlab.cpp" line="+46"/>
        <source>Encoder</source>
        <translation>编码器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>尚未加载</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>随附模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the masked language model that comes with the studio (%1)</source>
        <translation>回到工作室自带的掩码语言模型（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open BERT folder…</source>
        <translation>打开 BERT 文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hugging Face BERT folder (config.json, model.safetensors, vocab.txt): BertForMaskedLM such as bert-base-uncased, or a sentence-transformers folder</source>
        <translation>打开 Hugging Face BERT 文件夹（config.json、model.safetensors、vocab.txt）：例如 bert-base-uncased 之类的 BertForMaskedLM，或 sentence-transformers 文件夹</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fill mask</source>
        <translation>填充掩码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5)</source>
        <translation>片段破坏（T5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three objectives</source>
        <translation>三种目标</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Masked</source>
        <translation>掩码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BERT fills masked words, T5 writes back corrupted spans, GPT predicts the next token: three objectives side by side</source>
        <translation>BERT 填充被掩盖的词，T5 写回被破坏的片段，GPT 预测下一个 token：三种目标并排对比</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A BERT model folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>BERT 模型文件夹（config.json、model.safetensors、vocab.txt）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped model (%1)</source>
        <translation>随附模型（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no masked-LM head (a BertModel or sentence-transformers folder): it embeds sentences but cannot fill masks.</source>
        <translation>%1 没有掩码语言模型头（BertModel 或 sentence-transformers 文件夹）：它能嵌入句子，但无法填充掩码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>实验室保留 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: open a BERT folder, or train one on the Train page.</source>
        <translation>未加载模型：请打开 BERT 文件夹，或在“训练”页面训练一个。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no model loaded</source>
        <translation>未加载模型</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>项目的模型文件夹 %1 已不存在。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedTrainPage</name>
    <message>
        <location filename="../widgets/maskedlab/maskedtrainpage.cpp" line="+44"/>
        <source>Tiny: 2 layers, 64 wide</source>
        <translation>微型：2 层，宽 64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide</source>
        <translation>小型：4 层，宽 128</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide</source>
        <translation>中型：6 层，宽 192</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Masked LM (BERT: fill the masks)</source>
        <translation>掩码语言模型（BERT：填充掩码）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5: write the spans back)</source>
        <translation>片段破坏（T5：写回片段）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to train on</source>
        <translation>用于训练的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>一个文本文件</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPiece tokens learned on the text before training</source>
        <translation>训练前在文本上学习的 WordPiece token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per training example</source>
        <translation>每个训练样本的 token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole-word masking</source>
        <translation>整词掩码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whole words to mask (every piece of a word together), as later BERTs did</source>
        <translation>选择整个词进行掩盖（一个词的所有片段一起），正如后来的 BERT 那样</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe every</source>
        <translation>探测间隔</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this model</source>
        <translation>使用此模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a text file and press Train.</source>
        <translation>选择一个文本文件并按“训练”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it on the Fill mask page</source>
        <translation>在“填充掩码”页面使用它</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>勾选“继续”以接着训练</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per target token)</source>
        <translation>损失（每个目标 token 的 nats）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>T5 previews</source>
        <translation>T5 预览</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>A T5 run shows its probe sentence here: the corrupted input and the spans the model writes back.</source>
        <translation>T5 运行会在这里显示其探测句子：被破坏的输入以及模型写回的片段。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BERT&apos;s masking rule, on a row of this step&apos;s batch</source>
        <translation>BERT 的掩码规则，作用于本步批次中的一行</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The row appears with the first probe.</source>
        <translation>第一次探测时会显示该行。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s guesses for the probe sentence appear here as it learns; the step slider picks the probe of a step.</source>
        <translation>模型学习过程中，它对探测句子的猜测会显示在这里；步骤滑块可选择某一步的探测。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masking rule and probe</source>
        <translation>掩码规则和探测</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: %1 steps in %2 s · validation loss %3 · accuracy %4 % · %5 parameters</source>
        <translation>完成：%1 步，用时 %2 秒 · 验证损失 %3 · 准确率 %4 % · %5 个参数</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>accuracy at the masks</source>
        <translation>掩码处的准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation accuracy at the masks</source>
        <translation>掩码处的验证准确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target tokens right</source>
        <translation>目标 token 正确率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation target tokens right</source>
        <translation>验证目标 token 正确率</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose a text file to train on first.</source>
        <translation>请先选择用于训练的文本文件。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>第 %1 步，共 %2 步 · 损失 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 % right</source>
        <translation> · %1 % 正确</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1</source>
        <translation> · 验证 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BERT&apos;s masking rule on a row of step %1&apos;s batch</source>
        <translation>BERT 的掩码规则，作用于第 %1 步批次中的一行</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the loss asks for %2 here; the model saw %3</source>
        <translation>%1：损失在此处要求 %2；模型看到的是 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 tokens chosen (%3 %): %4 became [MASK] (orange), %5 a random token (violet), %6 stayed (green); the loss is taken at those %1 only.</source>
        <translation>选中了 %2 个 token 中的 %1 个（%3 %）：%4 个变为 [MASK]（橙色），%5 个变为随机 token（紫色），%6 个保持不变（绿色）；损失只在这 %1 个位置上计算。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probe at step %1: %2</source>
        <translation>第 %1 步的探测：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[MASK] %1 of the probe</source>
        <translation>探测句子的 [MASK] %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::ObjectivesPage</name>
    <message>
        <location filename="../widgets/maskedlab/objectivespage.cpp" line="+102"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws BERT&apos;s masks and T5&apos;s spans</source>
        <translation>重新抽取 BERT 的掩码和 T5 的片段</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training targets from this sentence</source>
        <translation>由这个句子得到的训练目标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three ways to make a language model learn from plain text. GPT predicts every next token, left to right: one target per token. BERT sees the whole sentence with about 15 % of it masked and fills the masks. T5 cuts out spans, puts a sentinel in each place, and writes the spans back.</source>
        <translation>让语言模型从纯文本中学习的三种方式。GPT 从左到右预测每一个下一个 token：每个 token 一个目标。BERT 看到整个句子，其中约 15 % 被掩盖，并填充这些掩码。T5 剪掉若干片段，在每处放一个哨兵标记，然后写回这些片段。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPT: the next token, at every position</source>
        <translation>GPT：在每个位置预测下一个 token</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BERT: the masked tokens, seeing both sides</source>
        <translation>BERT：被掩盖的 token，能看到两侧</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T5: the corrupted spans, written back</source>
        <translation>T5：被破坏的片段，写回</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The first token has no context: nothing predicts it</source>
        <translation>第一个 token 没有上下文：没有东西预测它</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After %1 the model gave %2 a probability of %3 %; its favourite was %4 (%5 %)</source>
        <translation>在 %1 之后，模型给 %2 的概率为 %3 %；它的首选是 %4（%5 %）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPT model: the Text lab&apos;s shipped model is missing.</source>
        <translation>没有 GPT 模型：文本实验室的随附模型缺失。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: each token after the first is predicted from the ones before it (its colour is the probability it got; hover for the favourite). The favourite was right %2 times.</source>
        <translation>%1 个目标：第一个之后的每个 token 都由它之前的 token 预测（颜色表示它得到的概率；悬停可查看首选）。首选正确了 %2 次。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Masked %1: click to unmask</source>
        <translation>已掩盖 %1：点击以取消掩码</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to mask this word</source>
        <translation>点击以掩盖这个词</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[MASK] for %1</source>
        <translation>%1 的 [MASK]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No BERT model is loaded.</source>
        <translation>未加载 BERT 模型。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: only the masked tokens are predicted, each from the whole sentence around it. Click words to choose other masks.</source>
        <translation>%1 个目标：只预测被掩盖的 token，每个都根据其周围的整个句子。点击词可选择其他掩码。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 targets: the decoder writes each sentinel and the span behind it (spans drawn: %2, expected: %3). The small T5&apos;s answer:%4</source>
        <translation>%1 个目标：解码器写出每个哨兵标记及其后的片段（抽取的片段：%2，期望：%3）。小型 T5 的回答：%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (no T5 model)</source>
        <translation> （无 T5 模型）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPT %1 · BERT %2 · T5 %3 (tokens counted with each model&apos;s own tokenizer)</source>
        <translation>GPT %1 · BERT %2 · T5 %3（token 用各模型自己的分词器计数）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::SpanCorruptionPage</name>
    <message>
        <location filename="../widgets/maskedlab/spancorruptionpage.cpp" line="+90"/>
        <location line="+48"/>
        <source>Sentence</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Corruption rate</source>
        <translation>破坏率</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share of the tokens dropped (T5 used 15 %)</source>
        <translation>被丢弃 token 的比例（T5 使用 15 %）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean span</source>
        <translation>平均片段长度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean length of a dropped span, in tokens (T5 used 3)</source>
        <translation>被丢弃片段的平均长度，以 token 计（T5 使用 3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sentence as tokens; each coloured run is one span T5 drops</source>
        <translation>以 token 表示的句子；每段着色的连续 token 是 T5 丢弃的一个片段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder input</source>
        <translation>编码器输入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the encoder reads: the kept tokens, and one sentinel where each span was</source>
        <translation>编码器读取的内容：保留的 token，以及每个片段原位置上的一个哨兵标记</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoder target</source>
        <translation>解码器目标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the decoder learns to write: each sentinel followed by the span it stands for, and a last sentinel to end</source>
        <translation>解码器学习写出的内容：每个哨兵标记后跟它所代表的片段，最后以一个哨兵标记结束</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T5&apos;s fill</source>
        <translation>T5 的填充</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the small T5 trained here writes for each span</source>
        <translation>在此训练的小型 T5 为每个片段写出的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T5 learns by span corruption: a few runs of tokens are cut out and replaced by sentinels, and the model writes them back. Each sentence gives fewer targets than GPT&apos;s next token, but every target is a whole span.</source>
        <translation>T5 通过片段破坏来学习：剪掉几段连续的 token，替换为哨兵标记，然后由模型写回。每个句子给出的目标比 GPT 的下一个 token 少，但每个目标都是一整个片段。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No T5 model is loaded: only the corruption is shown.</source>
        <translation>未加载 T5 模型：只显示破坏过程。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s whole target: %1</source>
        <translation>模型的完整目标：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens · rate %2 % → %3 noise tokens · mean span %4 → expected %5 spans, drawn %6 · the encoder reads %7 tokens, the decoder writes %8</source>
        <translation>%1 个 token · 比率 %2 % → %3 个噪声 token · 平均片段 %4 → 期望 %5 个片段，抽取了 %6 个 · 编码器读取 %7 个 token，解码器写出 %8 个</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::TargetCountBars</name>
    <message>
        <location filename="../widgets/maskedlab/objectivespage.cpp" line="-246"/>
        <source>GPT</source>
        <translation>GPT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BERT</source>
        <translation>BERT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T5</source>
        <translation>T5</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::AnswerPage</name>
    <message>
        <location filename="../widgets/retrievallab/answerpage.cpp" line="+53"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search&apos;s query, or another question about the same passages</source>
        <translation>搜索的查询，或关于相同段落的另一个问题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentences</source>
        <translation>句子数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many sentences the extractive answer keeps</source>
        <translation>抽取式回答保留多少个句子</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive: sentences of the passages</source>
        <translation>抽取式：段落中的句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a GPT model: lm-shakespeare-bpe (no question answerer)</source>
        <translation>用 GPT 模型生成：lm-shakespeare-bpe（不是问答模型）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Generate with a GPT model: Open GPT folder…</source>
        <translation>用 GPT 模型生成：打开 GPT 文件夹…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Where the answer comes from. A generated answer is checked sentence by sentence against the passages.</source>
        <translation>回答的来源。生成的回答会逐句与段落核对。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampling seed: the same passages and seed give the same generated answer</source>
        <translation>采样种子：相同的段落和种子会生成相同的回答</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer again</source>
        <translation>重新回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer with the passages as pinned and dropped now, and show what changed</source>
        <translation>按当前固定和丢弃的段落重新回答，并显示有哪些变化</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive answers are sentences taken from the passages, each with its citation. A generated answer is written by a GPT model from the prompt below; each of its sentences is then checked against the passages (green with its [n]: a passage sentence shares most of its words; red: unsupported). The shipped model lm-shakespeare-bpe is no question answerer: it continues text in Shakespeare&apos;s style, so expect verse and red sentences.</source>
        <translation>抽取式回答是从段落中摘取的句子，每句都带有引用。生成式回答由 GPT 模型根据下面的提示写出；随后其每个句子都会与段落核对（绿色并带 [n]：某个段落句子与它的大部分词相同；红色：没有依据）。随附模型 lm-shakespeare-bpe 不是问答模型：它以莎士比亚的风格续写文本，所以会出现诗句和红色句子。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin: always use the passage, first. Drop: leave it out.</source>
        <translation>固定：始终使用该段落，且放在最前。丢弃：不使用它。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuild prompt</source>
        <translation>重建提示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget your edits: assemble the prompt from the chosen passages and the question again</source>
        <translation>放弃您的编辑：根据所选段落和问题重新组装提示</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt a GPT model reads: the chosen passages, numbered, and the question</source>
        <translation>GPT 模型读取的提示：编号的所选段落，以及问题</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer, each sentence with the passage it comes from; click [n] to see the passage</source>
        <translation>回答，每个句子附带其来源段落；点击 [n] 可查看该段落</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After “Answer again”: the sentences added (green) and removed (red) since the previous answer</source>
        <translation>“重新回答”之后：与上一次回答相比新增（绿色）和删除（红色）的句子</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a GPT-2-family model folder</source>
        <translation>打开 GPT-2 系列模型文件夹</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generate with a GPT model: %1 (Open GPT folder…)</source>
        <translation>用 GPT 模型生成：%1（打开 GPT 文件夹…）</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not used by the extractive answer: it reads no prompt, it picks the passages&apos; sentences that best match the question. Choose “Generate with a GPT model” to send this prompt (and edit it).</source>
        <translation>抽取式回答不使用它：抽取式回答不读取提示，而是挑选段落中与问题最匹配的句子。选择“用 GPT 模型生成”即可发送此提示（并可编辑）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited: the GPT model reads this text exactly as you wrote it. Pin, Drop or “Rebuild prompt” assemble it again.</source>
        <translation>已编辑：GPT 模型会完全按您所写的读取此文本。“固定”“丢弃”或“重建提示”会重新组装它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt the GPT model reads, assembled from the chosen passages and the question; edit it to change what the model reads.</source>
        <translation>GPT 模型读取的提示，由所选段落和问题组装而成；编辑它即可改变模型读取的内容。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a question first.</source>
        <translation>请先输入一个问题。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no passages to answer from: search on the Search page first.</source>
        <translation>没有可用于回答的段落：请先在“搜索”页面搜索。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every passage is dropped: keep at least one.</source>
        <translation>所有段落都被丢弃了：请至少保留一个。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No generated answer: %1</source>
        <translation>没有生成回答：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answering…</source>
        <translation>正在回答…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer: %1</source>
        <translation>没有回答：%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lm-shakespeare-bpe was trained to continue Shakespeare&apos;s plays: it is no question answerer, so its sentences are rarely supported by the passages.</source>
        <translation>lm-shakespeare-bpe 是为续写莎士比亚戏剧而训练的：它不是问答模型，所以它的句子很少能在段落中找到依据。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model wrote no sentence.</source>
        <translation>模型没有写出任何句子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; most attention on passage [%1] (%2 of it)</source>
        <translation>；注意力最多集中在段落 [%1]（占 %2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>supported: overlap %1 with passage [%2], line %3</source>
        <translation>有依据：与段落 [%2] 第 %3 行重合度 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported: best overlap %1</source>
        <translation>无依据：最佳重合度 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sentences supported by the passages; seed %3, %4 prompt tokens.</source>
        <translation>%2 个句子中有 %1 个有段落依据；种子 %3，%4 个提示 token。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sentence of these passages answers it.</source>
        <translation>这些段落中没有句子能回答它。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The same sentences as the previous answer.</source>
        <translation>与上一次回答的句子相同。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the previous answer: sentences added %1, removed %2.</source>
        <translation>与上一次回答相比：新增 %1 句，删除 %2 句。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::ChunkingAbPage</name>
    <message>
        <location filename="../widgets/retrievallab/chunkingabpage.cpp" line="+46"/>
        <source>How much does chunking matter? Pick a second chunking (B): a temporary index of the same documents is built with it, the query runs under both, and the two top-k lists show side by side. Passages are matched by file and overlapping text, whatever their boundaries.</source>
        <translation>分块有多重要？选择第二种分块方式（B）：会用它为相同的文档构建一个临时索引，查询在两者下运行，两个 top-k 列表并排显示。段落按文件和重叠文本匹配，与其边界无关。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A (the index):</source>
        <translation>A（索引）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words (tokens)</source>
        <translation>词（token）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentences</source>
        <translation>句子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>Markdown 标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per file</source>
        <translation>每个文件一个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters, words or sentences per passage</source>
        <translation>每个段落的字符、词或句子数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters or words shared with the previous passage</source>
        <translation>与前一个段落共享的字符或词数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B (to compare):</source>
        <translation>B（用于比较）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A query, e.g. why do GANs collapse?</source>
        <translation>一个查询，例如：GAN 为什么会坍缩？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top </source>
        <translation>前 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Query:</source>
        <translation>查询：</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the other list</source>
        <translation>在另一个列表中</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first comparison builds B&apos;s index (the same documents again); later queries reuse it.</source>
        <translation>第一次比较会构建 B 的索引（再次使用相同的文档）；之后的查询会复用它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no index open)</source>
        <translation>（未打开索引）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n passage(s)</source>
        <translation>
            <numerusform>%1，%n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a query to compare the two chunkings on.</source>
        <translation>输入一个查询来比较两种分块方式。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>索引为空：请先为一些文档（或帮助页面）建立索引。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chunking B is not valid: %1</source>
        <translation>分块方式 B 无效：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B is the index&apos;s own chunking (%1): choose another kind, size or overlap.</source>
        <translation>B 就是索引自身的分块方式（%1）：请选择其他类型、大小或重叠。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare chunkings</source>
        <translation>比较分块方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build chunking B (%1) and compare</source>
        <translation>构建分块方式 B（%1）并比较</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the query under A and B…</source>
        <translation>正在 A 和 B 下运行查询…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building B&apos;s index (%1) of the same documents…</source>
        <translation>正在用相同的文档构建 B 的索引（%1）…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building B&apos;s index: %1</source>
        <translation>正在构建 B 的索引：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled; nothing of B was kept.</source>
        <translation>已取消；B 的任何内容都未保留。</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A: %1 (%n passage(s))</source>
        <translation>
            <numerusform>A：%1（%n 个段落）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>B: %1 (%n passage(s))</source>
        <translation>
            <numerusform>B：%1（%n 个段落）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of A&apos;s top %1, %2 are still in B&apos;s top %1 (the same text, cut differently) and %3 dropped out; %n passage(s) of B&apos;s top %1 are new.</source>
        <translation>
            <numerusform>A 的前 %1 个中，有 %2 个仍在 B 的前 %1 个中（相同的文本，切分方式不同），%3 个落选；B 的前 %1 个中有 %n 个段落是新的。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” under %2.</source>
        <translation>“%1”，在 %2 下。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read for B.</source>
        <translation>
            <numerusform>有 %n 个文件无法为 B 读取。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, page %1</source>
        <translation>，第 %1 页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>，第 %1 行</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in B&apos;s top %1</source>
        <translation>不在 B 的前 %1 个中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new: not in A&apos;s top %1</source>
        <translation>新：不在 A 的前 %1 个中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B %1</source>
        <translation>B %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A %1</source>
        <translation>A %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::EvaluationPage</name>
    <message>
        <location filename="../widgets/retrievallab/evaluationpage.cpp" line="+46"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (RRF)</source>
        <translation>混合（RRF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (weighted)</source>
        <translation>混合（加权）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recall@5</source>
        <translation>recall@5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall@10</source>
        <translation>recall@10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MRR</source>
        <translation>MRR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nDCG@10</source>
        <translation>nDCG@10</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chunking A/B</source>
        <translation>分块 A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which retriever finds the right pages for your questions? Each question names the pages that answer it; recall@k is the share of those pages among the first k, MRR rewards the first relevant page coming early, nDCG@10 both.</source>
        <translation>哪个检索器能为您的问题找到正确的页面？每个问题都指定了回答它的页面；recall@k 是这些页面在前 k 个中所占的比例，MRR 奖励第一个相关页面排得靠前，nDCG@10 兼顾两者。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate</source>
        <translation>评估</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every labelled question under BM25, dense and both fusions</source>
        <translation>在 BM25、稠密检索和两种融合方式下运行每个已标注的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open questions…</source>
        <translation>打开问题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file like the built-in one: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [file names]}]}</source>
        <translation>与内置文件格式相同的 JSON 文件：{&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [文件名]}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in questions</source>
        <translation>内置问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question…</source>
        <translation>添加问题…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The best value of each column is in bold</source>
        <translation>每列的最佳值以粗体显示</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>score (1 is perfect)</source>
        <translation>得分（1 为满分）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevant pages</source>
        <translation>相关页面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank of the first relevant page among the distinct pages %1 ranks (– : not in its first 100)</source>
        <translation>在 %1 排出的不同页面中，第一个相关页面的排名（–：不在前 100 名内）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a question to see its top passages and tick the relevant ones.</source>
        <translation>选择一个问题以查看其排名靠前的段落，并勾选相关的段落。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticking a passage marks its page relevant for this question (the metrics count pages)</source>
        <translation>勾选一个段落即把其所在页面标记为与此问题相关（指标按页面计数）</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The built-in questions (resources/help/questions.json) are not installed; open a file of your own.</source>
        <translation>内置问题（resources/help/questions.json）未安装；请打开您自己的文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n built-in question(s) about the help pages (%1).</source>
        <translation>
            <numerusform>%n 个关于帮助页面的内置问题（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+373"/>
        <source>%n question(s) with your labels (%1).</source>
        <translation>
            <numerusform>%n 个带有您的标注的问题（%1）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-372"/>
        <source>%n question(s) from %1.</source>
        <translation>
            <numerusform>来自 %1 的 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press Evaluate to score the retrievers on these questions.</source>
        <translation>按“评估”在这些问题上为各检索器评分。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open labelled questions</source>
        <translation>打开已标注的问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.json);;All files (*)</source>
        <translation>问题 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a question</source>
        <translation>添加问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question (then tick the passages that answer it):</source>
        <translation>您的问题（然后勾选回答它的段落）：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A question needs some words.</source>
        <translation>问题需要包含一些词。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1”: tick the passages that answer it; it is saved with its first tick.</source>
        <translation>已添加“%1”：请勾选回答它的段落；第一次勾选时会保存。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no questions to evaluate: open a questions file.</source>
        <translation>没有可评估的问题：请打开一个问题文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>索引为空：请先为一些文档（或帮助页面）建立索引。</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Evaluating %n question(s)…</source>
        <translation>
            <numerusform>正在评估 %n 个问题…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation canceled.</source>
        <translation>评估已取消。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rank one question</source>
        <translation>为一个问题排名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank each labelled question</source>
        <translation>为每个已标注的问题排名</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ranking the questions failed: %1</source>
        <translation>为问题排名失败：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 questions scored; best MRR: %3 (%4).</source>
        <translation>已为 %2 个问题中的 %1 个评分；最佳 MRR：%3（%4）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HNSW recall@10 against the exact scan for these questions: %1 (1 means the approximate index found every one of the exact scan&apos;s ten nearest passages).</source>
        <translation>这些问题上 HNSW 相对于精确扫描的 recall@10：%1（1 表示近似索引找到了精确扫描的全部十个最近段落）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index uses HNSW, but its recall could not be measured (no dense vectors for these questions).</source>
        <translation>索引使用 HNSW，但无法测量其召回率（这些问题没有稠密向量）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense search scans every vector exactly here (%1 passages; HNSW takes over at %2), so there is no approximation to measure.</source>
        <translation>此处稠密搜索会精确扫描每个向量（%1 个段落；达到 %2 个时改用 HNSW），因此没有可测量的近似。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none yet: tick passages)</source>
        <translation>（暂无：请勾选段落）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Top passages (hybrid) for “%1”: tick those that answer it.</source>
        <translation>“%1”的排名靠前段落（混合）：勾选能回答它的段落。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passages could not be found: %1</source>
        <translation>找不到段落：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No passage matches this question.</source>
        <translation>没有段落与此问题匹配。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Labels saved to %1. Press Evaluate to update the table.</source>
        <translation>标注已保存到 %1。按“评估”更新表格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No index is open, so there is no folder to keep your labels in.</source>
        <translation>未打开索引，因此没有可保存您的标注的文件夹。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the labels could not be saved (%2)</source>
        <translation>%1：无法保存标注（%2）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::IndexPage</name>
    <message>
        <location filename="../widgets/retrievallab/indexpage.cpp" line="+62"/>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders are read recursively: .txt, .md, .html and .pdf files</source>
        <translation>会递归读取文件夹：.txt、.md、.html 和 .pdf 文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help pages</source>
        <translation>帮助页面</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the studio&apos;s own help pages (the built-in corpus)</source>
        <translation>添加工作室自己的帮助页面（内置语料库）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (tokens)</source>
        <translation>词（token）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences</source>
        <translation>句子数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>Markdown 标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chunk per file</source>
        <translation>每个文件一个分块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chunking</source>
        <translation>分块</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LSA, fitted on these documents</source>
        <translation>LSA，在这些文档上拟合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dense retriever&apos;s encoder. LSA needs no model: TF-IDF and a truncated SVD of the indexed passages.</source>
        <translation>稠密检索器的编码器。LSA 不需要模型：对已索引段落做 TF-IDF 和截断 SVD。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open BERT folder…</source>
        <translation>打开 BERT 文件夹…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+275"/>
        <source>A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>BERT 或 sentence-transformers 文件夹（config.json、model.safetensors、vocab.txt）</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Embedder</source>
        <translation>嵌入器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (exact below %1 passages, HNSW above)</source>
        <translation>自动（少于 %1 个段落时精确扫描，超过则用 HNSW）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact scan</source>
        <translation>精确扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HNSW (approximate, fast on large indexes)</source>
        <translation>HNSW（近似，在大型索引上很快）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense search</source>
        <translation>稠密搜索</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update index</source>
        <translation>更新索引</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read new and changed files, drop removed ones; unchanged files are kept as they are</source>
        <translation>读取新增和更改的文件，删除已移除的文件；未更改的文件保持原样</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last update&apos;s report: files added, changed, unchanged, removed and skipped</source>
        <translation>上一次更新的报告：新增、更改、未更改、移除和跳过的文件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chunk preview</source>
        <translation>分块预览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a document to see where the chunking above cuts it, before indexing.</source>
        <translation>选择一个文档，在建立索引之前查看上面的分块方式会在哪里切分它。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The studio&apos;s help pages are not installed.</source>
        <translation>工作室的帮助页面未安装。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (the studio&apos;s help pages)</source>
        <translation>%1（工作室的帮助页面）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (no permission).</source>
        <translation>无法读取 %1（没有权限）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a text, Markdown, HTML or PDF file.</source>
        <translation>%1 不是文本、Markdown、HTML 或 PDF 文件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already a source.</source>
        <translation>%1 已经是一个来源。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1: “Update index” reads it.</source>
        <translation>已添加 %1：“更新索引”会读取它。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BERT: %1</source>
        <translation>BERT：%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source> characters</source>
        <translation> 个字符</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source> words</source>
        <translation> 个词</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> sentences</source>
        <translation> 个句子</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder of documents (.txt, .md, .html, .pdf)</source>
        <translation>一个文档文件夹（.txt、.md、.html、.pdf）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to index</source>
        <translation>要建立索引的文档</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</source>
        <translation>文档 (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 has no config.json: not a BERT model folder.</source>
        <translation>%1 没有 config.json：不是 BERT 模型文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next update embeds every passage with %1 (slower than LSA on the CPU).</source>
        <translation>下一次更新会用 %1 嵌入每个段落（在 CPU 上比 LSA 慢）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document to preview</source>
        <translation>要预览的文档</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a folder or files first (or the help pages).</source>
        <translation>请先添加文件夹或文件（或帮助页面）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: remove it or fix its permissions.</source>
        <translation>无法读取 %1：请移除它或修正其权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the index</source>
        <translation>正在更新索引</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing the studio&apos;s help pages</source>
        <translation>正在为工作室的帮助页面建立索引</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing changed: the index is up to date.</source>
        <translation>没有变化：索引已是最新。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled: the index is as it was before the update.</source>
        <translation>已取消：索引保持更新前的状态。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update failed: %1. The index is as it was.</source>
        <translation>更新失败：%1。索引保持原样。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The index is not open yet.</source>
        <translation>索引尚未打开。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dense search by %1 (%2)</source>
        <translation>由 %1 进行稠密搜索（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HNSW</source>
        <translation>HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exact scan</source>
        <translation>精确扫描</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dense search (%1)</source>
        <translation>无稠密搜索（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in %1: %2 documents, %3 passages; %4.</source>
        <translation>%1 中的索引：%2 个文档，%3 个段落；%4。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the index was opened: %1</source>
        <translation>打开索引时：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed; %5 skipped.</source>
        <translation>新增 %1 个，更改 %2 个，未更改 %3 个，移除 %4 个；跳过 %5 个。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index now holds %1 documents and %2 passages; %3 passages were embedded in this update; dense search: %4.</source>
        <translation>索引现在包含 %1 个文档和 %2 个段落；本次更新嵌入了 %3 个段落；稠密搜索：%4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded from other encodings</source>
        <translation>从其他编码解码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 bytes replaced</source>
        <translation>，替换了 %1 个字节</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read:</source>
        <translation>已读取：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to preview.</source>
        <translation>请选择要预览的文档。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutting %1 into chunks…</source>
        <translation>正在将 %1 切分为分块…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No preview: %1</source>
        <translation>无预览：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 under %2: %3 chunks</source>
        <translation>%1，按 %2：%3 个分块</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 characters on average</source>
        <translation>，平均 %1 个字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; shared text (overlap) in yellow</source>
        <translation>；共享文本（重叠）以黄色标出</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project&apos;s chunking is not valid (%1); the lab keeps its own.</source>
        <translation>项目的分块方式无效（%1）；实验室保留自己的分块方式。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project&apos;s embedder folder %1 no longer exists; LSA is used.</source>
        <translation>项目的嵌入器文件夹 %1 已不存在；改用 LSA。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::MapPage</name>
    <message>
        <location filename="../widgets/retrievallab/mappage.cpp" line="+57"/>
        <source>Each dot is a passage: its dense vector projected onto the two directions in which the passages differ most (PCA). Nearby dots have similar vectors; colours are source documents. The star is the query, rings are the passages it retrieved.</source>
        <translation>每个点是一个段落：其稠密向量投影到段落之间差异最大的两个方向上（PCA）。相近的点具有相似的向量；颜色表示来源文档。星形是查询，圆环是它检索到的段落。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query to place on the map (empty: the passages only)</source>
        <translation>要放到地图上的查询（为空：只显示段落）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>first principal direction</source>
        <translation>第一主方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second principal direction</source>
        <translation>第二主方向</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a dot to see its passage; click to keep it here.</source>
        <translation>将鼠标悬停在点上可查看其段落；单击可将其保留在此处。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>索引为空：请先为一些文档（或帮助页面）建立索引。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map needs the passages&apos; dense vectors, and this index has none usable: %1. Re-index with the LSA embedder (no model needed) or a BERT folder.</source>
        <translation>地图需要段落的稠密向量，而此索引没有可用的稠密向量：%1。请用 LSA 嵌入器（无需模型）或 BERT 文件夹重新建立索引。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no embedder</source>
        <translation>无嵌入器</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Place the query on the map</source>
        <translation>将查询放到地图上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map the passages</source>
        <translation>绘制段落地图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the query…</source>
        <translation>正在放置查询…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Projecting %n passage(s)…</source>
        <translation>
            <numerusform>正在投影 %n 个段落…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map could not be drawn: %1</source>
        <translation>无法绘制地图：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping canceled.</source>
        <translation>绘制地图已取消。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A sample of %1 of the %2 passages (seed %3).</source>
        <translation>%2 个段落中的 %1 个样本（种子 %3）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n passage(s).</source>
        <translation>
            <numerusform>全部 %n 个段落。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two directions show %1% and %2% of the vectors&apos; variance, so distances on the map are only a rough picture of cosine similarity.</source>
        <translation>这两个方向显示了向量方差的 %1% 和 %2%，因此地图上的距离只能粗略反映余弦相似度。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One colour per document (%1 of them); hover over a dot for its file.</source>
        <translation>每个文档一种颜色（共 %1 个）；将鼠标悬停在点上可查看其文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query has no word the embedder knows, so it has no place on the map.</source>
        <translation>查询中没有嵌入器认识的词，因此无法放到地图上。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrieved</source>
        <translation>已检索</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passage %1 is no longer in the index.</source>
        <translation>段落 %1 已不在索引中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (retrieved #%1)</source>
        <translation> （检索结果 #%1）</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::PassageDetail</name>
    <message>
        <location filename="../widgets/retrievallab/passagedetail.cpp" line="+45"/>
        <source>%1 #%2 (%3 %4)</source>
        <translation>%1 #%2（%3 %4）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not ranked</source>
        <translation>%1：未排名</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+70"/>
        <source>Select a passage to see its scores.</source>
        <translation>选择一个段落以查看其得分。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the passage&apos;s file in the application your desktop uses for it</source>
        <translation>用桌面环境为该文件指定的应用程序打开段落所在的文件</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passage, with the query&apos;s words marked</source>
        <translation>段落，其中标出了查询中的词</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passage in its document</source>
        <translation>段落在其文档中的位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>词项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tf</source>
        <translation>tf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>df</source>
        <translation>df</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idf</source>
        <translation>idf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contribution</source>
        <translation>贡献</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BM25&apos;s score of this passage, term by term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</source>
        <translation>此段落的 BM25 得分，逐词项计算：idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No application opened %1.</source>
        <translation>没有应用程序打开 %1。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(From the neighbouring passages: the file has changed or cannot be read.)</source>
        <translation>（来自相邻段落：文件已更改或无法读取。）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in this passage: it adds nothing</source>
        <translation>不在此段落中：不贡献得分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BM25 score</source>
        <translation>BM25 得分</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::RetrievalLab</name>
    <message>
        <location filename="../widgets/retrievallab/retrievallab.cpp" line="+30"/>
        <location line="+26"/>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not open yet</source>
        <translation>尚未打开</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources…</source>
        <translation>来源…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own documents on the Index page</source>
        <translation>在“索引”页面添加您自己的文档</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents: %1 (%2 %)</source>
        <translation>正在为工作室的帮助页面建立索引，让实验室在您带来文档之前也能工作：%1（%2 %）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The index is empty: %1 Add documents on the Index page.</source>
        <translation>索引为空：%1 请在“索引”页面添加文档。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retrieval</source>
        <translation>检索</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index documents, see every score of BM25, dense and hybrid retrieval, and answer with citations</source>
        <translation>为文档建立索引，查看 BM25、稠密和混合检索的每个得分，并带引用地回答</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the index…</source>
        <translation>正在打开索引…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index could not be opened: %1</source>
        <translation>无法打开索引：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents…</source>
        <translation>正在为工作室的帮助页面建立索引，让实验室在您带来文档之前也能工作…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dense: HNSW</source>
        <translation>稠密：HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dense: exact scan</source>
        <translation>稠密：精确扫描</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dense vectors</source>
        <translation>无稠密向量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2 documents, %3 passages, %4</source>
        <translation>%1%2 个文档，%3 个段落，%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the studio&apos;s help pages: </source>
        <translation>工作室的帮助页面：</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::SearchPage</name>
    <message>
        <location filename="../widgets/retrievallab/searchpage.cpp" line="+77"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question or some words, e.g. why do GANs collapse?</source>
        <translation>一个问题或一些词，例如：GAN 为什么会坍缩？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retriever</source>
        <translation>检索器</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+62"/>
        <location line="+347"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="-408"/>
        <location line="+61"/>
        <location line="+348"/>
        <source>Dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Hybrid</source>
        <translation>混合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BM25: exact words, weighted by rarity. Dense: the embedder&apos;s vectors, cosine similarity. Hybrid: both lists fused.</source>
        <translation>BM25：精确匹配词，按稀有程度加权。稠密：嵌入器的向量，余弦相似度。混合：融合两个列表。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top k</source>
        <translation>前 k 个</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fusion</source>
        <translation>融合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocal rank (RRF)</source>
        <translation>倒数排名（RRF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted scores</source>
        <translation>加权得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRF: each list adds weight / (k + rank). Weighted: each list&apos;s scores scaled to [0, 1], then summed with the weights.</source>
        <translation>RRF：每个列表加上 权重 / (k + 排名)。加权：每个列表的得分缩放到 [0, 1]，然后按权重求和。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RRF&apos;s k: larger values flatten the difference between ranks</source>
        <translation>RRF 的 k：值越大，排名之间的差异越平缓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: BM25</source>
        <translation>权重：BM25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dense</source>
        <translation>稠密</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BM25 k1</source>
        <translation>BM25 k1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How quickly repeated words stop adding to the score (0: only presence counts)</source>
        <translation>重复的词多快不再增加得分（0：只计是否出现）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much a long passage is penalised (0: not at all, 1: fully by its length)</source>
        <translation>对长段落的惩罚程度（0：完全不惩罚，1：完全按其长度惩罚）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+349"/>
        <source>Fused</source>
        <translation>融合</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+18"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>BM25: rank · score (empty: no query word in it, or BM25 not used)</source>
        <translation>BM25：排名 · 得分（为空：其中没有查询词，或未使用 BM25）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense: rank · cosine similarity to the query</source>
        <translation>稠密：排名 · 与查询的余弦相似度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusion of both lists: rank · fused score (hybrid only)</source>
        <translation>两个列表的融合：排名 · 融合得分（仅限混合）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words of the passage you expected, e.g. mode collapse</source>
        <translation>您预期的段落中的词，例如 mode collapse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find any passage by its text, then pick it to see why it ranks where it does.</source>
        <translation>按文本查找任意段落，然后选中它以查看它为何排在那个位置。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its ranks and scores under each retriever, the cut-offs of the top k, and what kept it out</source>
        <translation>它在每个检索器下的排名和得分、前 k 个的截止线，以及是什么把它挡在外面</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why not this one?</source>
        <translation>为什么不是这个？</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Type a question or some words to search for.</source>
        <translation>输入要搜索的问题或一些词。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index is not open yet.</source>
        <translation>索引尚未打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No passages.</source>
        <translation>没有段落。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 by %2, of %3 passages in the index.</source>
        <translation>按 %2 排出的最佳 %1 个，索引中共 %3 个段落。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1.</source>
        <translation>注意：%1。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type some words of the passage you are looking for.</source>
        <translation>输入您要查找的段落中的一些词。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for passages with “%1”…</source>
        <translation>正在查找包含“%1”的段落…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No passage contains “%1”.</source>
        <translation>没有段落包含“%1”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 passages that contain it; pick one.</source>
        <translation>包含它的前 %1 个段落；请选择一个。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One passage contains it.</source>
        <translation>有一个段落包含它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passages contain it; pick one.</source>
        <translation>有 %1 个段落包含它；请选择一个。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the query first: the ranks depend on it.</source>
        <translation>请先输入查询：排名取决于它。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>show the passage</source>
        <translation>显示段落</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the top %1 of %2 (rank %3).</source>
        <translation>在 %2 的前 %1 个中（排名 %3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the top %1 of %2: it ranks %3.</source>
        <translation>不在 %2 的前 %1 个中：排名为 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the top %1 of %2: it is not ranked at all.</source>
        <translation>不在 %2 的前 %1 个中：它根本没有排名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its rank and score</source>
        <translation>其排名和得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off (score of #%1)</source>
        <translation>截止线（第 %1 名的得分）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>cosine</source>
        <translation>余弦</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query words not in it: %1</source>
        <translation>其中没有的查询词：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::AttentionView</name>
    <message>
        <location filename="../widgets/textlab/attentionview.cpp" line="+57"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attended token (key)</source>
        <translation>被关注的 token（key）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attending token (query)</source>
        <translation>发出关注的 token（query）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attention weight</source>
        <translation>注意力权重</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hover a token: the text is coloured by how much that token attends to each earlier one.</source>
        <translation>悬停在一个 token 上：文本按该 token 对之前每个 token 的关注程度着色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a token: the text is coloured by how much that token attends to each of the others, before and after it.</source>
        <translation>悬停在一个 token 上：文本按该 token 对其前后其他每个 token 的关注程度着色。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generate a text first: its attention maps are shown here.</source>
        <translation>请先生成一段文本：其注意力图会显示在这里。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Computing the attention maps…</source>
        <translation>正在计算注意力图…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention failed: %1</source>
        <translation>注意力计算失败：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mean of all heads</source>
        <translation>所有头的平均</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token %1: %2</source>
        <translation>Token %1：%2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 tokens</source>
        <translation>%1 个 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 tokens (%2 earlier ones left out)</source>
        <translation>最后 %1 个 token（省略了之前的 %2 个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; a token only attends to itself and what came before.</source>
        <translation>第 %1 层，%2：%3。每一行之和为 1；token 只关注自身及其之前的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; every token attends to the whole sentence, both ways.</source>
        <translation>第 %1 层，%2：%3。每一行之和为 1；每个 token 都双向关注整个句子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the heads</source>
        <translation>各头的平均</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head %1</source>
        <translation>头 %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (token %2) attends to %3 (token %4): %5 %</source>
        <translation>%1（token %2）关注 %3（token %4）：%5 %</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::DrawStrip</name>
    <message>
        <location filename="../widgets/textlab/drawstrip.cpp" line="+54"/>
        <source>Click a generated token to see how it was drawn.</source>
        <translation>点击一个生成的 token，查看它是如何抽取出来的。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>others</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>u = %1</source>
        <translation>u = %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no random draw</source>
        <translation>无随机抽取</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GeneratePage</name>
    <message>
        <location filename="../widgets/textlab/generatepage.cpp" line="+88"/>
        <source> · picked by you</source>
        <translation> · 由您选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1: %2 (id %3)
model probability %4 · after the settings %5 · surprise %6 bits%7
Click to open the sampling microscope.</source>
        <translation>Token %1：%2（id %3）
模型概率 %4 · 应用设置后 %5 · 意外度 %6 bits%7
点击以打开采样显微镜。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Generation tree</source>
        <translation>生成树</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated text</source>
        <translation>生成的文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a token to inspect it. Colour: the model&apos;s probability</source>
        <translation>点击一个 token 进行检查。颜色：模型的概率</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The generated text appears here, token by token.</source>
        <translation>生成的文本会逐个 token 显示在这里。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling microscope</source>
        <translation>采样显微镜</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the text and its recipe</source>
        <translation>保存文本及其配方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (and its recipe beside it)</source>
        <translation>已保存 %1（配方放在旁边）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save text</source>
        <translation>保存文本</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a prompt first: this model has no end-of-text token to start from.</source>
        <translation>请先输入提示：此模型没有可作为起点的文本结束 token。</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>There is no text to save yet.</source>
        <translation>尚无可保存的文本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch is still being generated.</source>
        <translation>该分支仍在生成中。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Replaying branch %1…</source>
        <translation>正在重放分支 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Generating… %1 tokens, %2 tokens/s</source>
        <translation>正在生成… %1 个 token，%2 token/秒</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replay with seed %1 reproduced all %2 tokens ✓</source>
        <translation>用种子 %1 重放重现了全部 %2 个 token ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay with seed %1 differs from token %2 on (%3 generated, %4 before)</source>
        <translation>用种子 %1 重放从第 %2 个 token 起出现差异（生成了 %3，之前为 %4）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 tokens · %2 tokens/s · first token after %3 ms · stopped: %4</source>
        <translation>%1 个 token · %2 token/秒 · 首个 token 用时 %3 ms · 停止原因：%4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>生成失败：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GenerationTree</name>
    <message>
        <location filename="../widgets/textlab/generationtree.cpp" line="+40"/>
        <source>Branch</source>
        <translation>分支</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every generation and every branch made from it. log p: the model&apos;s log-probability of the branch&apos;s tokens (closer to 0 is more likely).</source>
        <translation>每一次生成以及由它分出的每一个分支。log p：模型对该分支各 token 的对数概率（越接近 0 可能性越大）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay</source>
        <translation>重放</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the selected branch again from its prompt and seed: the same tokens must come back.</source>
        <translation>根据所选分支的提示和种子重新生成：必须得到相同的 token。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected branch as a text file with its recipe beside it; File &gt; Open Recipe makes the same text again.</source>
        <translation>将所选分支保存为文本文件，配方放在旁边；“文件 &gt; 打开配方”可重新生成相同的文本。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Generate, then click a token and pick an alternative to branch.</source>
        <translation>先生成，然后点击一个 token 并选择一个备选项来分支。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tokens: %2</source>
        <translation>%1 个 token：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at token %1, %2: %3</source>
        <translation>在第 %1 个 token 处，%2：%3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 tokens, log p %2 (%3 per token), stopped: %4</source>
        <translation>%1 个 token，log p %2（每个 token %3），停止原因：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 of %2 · log p %3</source>
        <translation>分支 %1/%2 · log p %3</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::MicroscopePanel</name>
    <message>
        <location filename="../widgets/textlab/microscopepanel.cpp" line="+105"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model
softmax</source>
        <translation>模型
softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty
%1</source>
        <translation>惩罚
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature
%1</source>
        <translation>温度
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greedy</source>
        <translation>贪心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-k
%1</source>
        <translation>top-k
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-p/min-p
%1/%2</source>
        <translation>top-p/min-p
%1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final
drawn</source>
        <translation>最终
抽取</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sampling microscope</source>
        <translation>采样显微镜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click any generated token to see the model&apos;s distribution, what each sampling setting did to it, and the random draw that picked the token.</source>
        <translation>点击任意生成的 token，查看模型的分布、每个采样设置对它做了什么，以及选中该 token 的随机抽取。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Token %1: %2  ·  model %3 (rank %4)  ·  after the settings %5  ·  entropy %6 bits  ·  surprise %7 bits</source>
        <translation>Token %1：%2  ·  模型 %3（排名 %4）  ·  应用设置后 %5  ·  熵 %6 bits  ·  意外度 %7 bits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The draw u = %1 (seeded, uniform in [0, 1)) fell in %2&apos;s stretch [%3, %4) of the final distribution, so %2 was generated.</source>
        <translation>抽取值 u = %1（有种子，在 [0, 1) 上均匀分布）落在最终分布中 %2 的区间 [%3, %4) 内，因此生成了 %2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1 times in 100</source>
        <translation>大约每 100 次中 %1 次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about once in %1 draws</source>
        <translation>大约每 %1 次抽取中一次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The favourite %1 held [%2, %3) with %4: likelier, but not drawn. Sampling is not argmax: a %5 token comes up %6.</source>
        <translation>首选 %1 占据 [%2, %3)，概率 %4：可能性更大，但没有被抽中。采样不是 argmax：概率为 %5 的 token %6会被抽中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s favourite %1 (%2) was cut by the settings.</source>
        <translation>模型的首选 %1（%2）被设置截掉了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is also the model&apos;s favourite.</source>
        <translation>它也是模型的首选。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Greedy decoding: no random draw; the most likely token after the repetition penalty is taken.</source>
        <translation>贪心解码：没有随机抽取；取重复惩罚之后可能性最大的 token。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You picked %1 here when branching; the rest of this branch was generated from it.</source>
        <translation>分支时您在这里选择了 %1；此分支的其余部分由它生成。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continue with %1</source>
        <translation>用 %1 继续</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same token: a new branch regenerates what follows with the current settings.</source>
        <translation>相同的 token：新分支会用当前设置重新生成后面的内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new branch keeps the text before this token and continues from your pick.</source>
        <translation>新分支会保留此 token 之前的文本，并从您的选择继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with…</source>
        <translation>继续使用…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a candidate row to pick an alternative.</source>
        <translation>点击一个候选行以选择备选项。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::PromptPanel</name>
    <message>
        <location filename="../widgets/textlab/promptpanel.cpp" line="+47"/>
        <source>Loading the shipped model…</source>
        <translation>正在加载随附模型…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a model folder: a Hugging Face GPT-2-family folder (config.json, model.safetensors, vocab.json, merges.txt) or a model trained in the studio</source>
        <translation>打开模型文件夹：Hugging Face GPT-2 系列文件夹（config.json、model.safetensors、vocab.json、merges.txt）或在工作室中训练的模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped</source>
        <translation>随附</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the shipped model</source>
        <translation>回到随附模型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the model holds its weights: fp32 as stored; bf16 (half the memory) or int8 (a quarter) decode faster with slightly different numbers. Choosing one loads the model again.</source>
        <translation>模型保存权重的方式：fp32 即存储时的格式；bf16（一半内存）或 int8（四分之一）解码更快，数值略有不同。选择后会重新加载模型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight format</source>
        <translation>权重格式</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt: the text the model continues</source>
        <translation>提示：模型要续写的文本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample</source>
        <translation>采样</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greedy (most likely)</source>
        <translation>贪心（最可能）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: draw each token at random from the filtered distribution. Greedy: always take the most likely token (no randomness).</source>
        <translation>采样：从过滤后的分布中随机抽取每个 token。贪心：总是取可能性最大的 token（没有随机性）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it.</source>
        <translation>用来除 logits：小于 1 使分布更尖锐，大于 1 使其更平坦。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep only the k most likely tokens.</source>
        <translation>只保留可能性最大的 k 个 token。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the smallest set of most likely tokens whose probabilities add up to p (1 = off).</source>
        <translation>保留概率之和达到 p 的最小一组最可能的 token（1 = 关闭）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop tokens less likely than min-p times the most likely one.</source>
        <translation>丢弃可能性低于最可能 token 的 min-p 倍的 token。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes tokens that already occurred less likely (1 = off).</source>
        <translation>降低已经出现过的 token 的可能性（1 = 关闭）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same seed and settings give the same text.</source>
        <translation>相同的种子和设置得到相同的文本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random seed</source>
        <translation>新的随机种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. \n\n | THE END</source>
        <translation>例如 \n\n | THE END</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation stops when the text contains one of these. Separate them with |; \n is a newline.</source>
        <translation>文本中包含其中之一时停止生成。用 | 分隔；\n 表示换行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Min-p</source>
        <translation>Min-p</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rep. penalty</source>
        <translation>重复惩罚</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max tokens</source>
        <translation>最大 token 数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at</source>
        <translation>停止于</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>生成（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 M parameters · %3 tokenizer of %4 tokens · sees the last %5 tokens
%6 weights: %7 MB</source>
        <translation>%1
%2 M 参数 · %3 分词器，%4 个 token · 看到最后 %5 个 token
%6 权重：%7 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (shipped)</source>
        <translation>%1（随附）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BPE</source>
        <translation>BPE</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::StageMatrix</name>
    <message>
        <location filename="../widgets/textlab/stagematrix.cpp" line="+166"/>
        <location line="+49"/>
        <source>cut</source>
        <translation>截掉</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Token %1 (id %2)</source>
        <translation>Token %1（id %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not among the top candidates</source>
        <translation>不在最佳候选之列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to pick it as an alternative.</source>
        <translation>点击以将其选为备选项。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::SurpriseTimeline</name>
    <message>
        <location filename="../widgets/textlab/surprisetimeline.cpp" line="+23"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entropy of the model&apos;s distribution</source>
        <translation>模型分布的熵</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surprise of the generated token</source>
        <translation>生成的 token 的意外度</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Per generated token. Surprise: how unexpected the generated token was to the model (-log2 p). Entropy: how unsure the model was before picking. Click to inspect a token.</source>
        <translation>针对每个生成的 token。意外度：生成的 token 对模型而言有多出乎意料（-log2 p）。熵：模型在选择之前有多不确定。点击可检查一个 token。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TextLab</name>
    <message>
        <location filename="../widgets/textlab/textlab.cpp" line="+71"/>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizers</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a model folder (GPT-2 family: config.json, model.safetensors, vocab.json, merges.txt)</source>
        <translation>打开模型文件夹（GPT-2 系列：config.json、model.safetensors、vocab.json、merges.txt）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language models: tokens, sampling seen through a microscope, branching, attention, training</source>
        <translation>语言模型：token、在显微镜下观察采样、分支、注意力、训练</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+203"/>
        <source>the shipped model</source>
        <translation>随附模型</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1</source>
        <translation>已加载 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still using %1)</source>
        <translation> （仍在使用 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>无法打开配方 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it describes a %1 output of the %2 lab, not a generated text</source>
        <translation>它描述的是 %2 实验室的 %1 输出，而不是生成的文本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a generation is running; stop it, then open the recipe again</source>
        <translation>正在进行生成；请停止它，然后重新打开配方</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>生成它时所用的模型文件夹 %1 不存在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its weight format &quot;%1&quot; is not fp32, bf16 or int8</source>
        <translation>其权重格式“%1”不是 fp32、bf16 或 int8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its prompt holds a token id (%1) outside this model&apos;s vocabulary of %2</source>
        <translation>其提示包含超出此模型词表（%2 个）的 token id（%1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model cannot generate now</source>
        <translation>模型现在无法生成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the text of %1 again (seed %2)</source>
        <translation>正在重新生成 %1 的文本（种子 %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; careful: it was made with other weights than this model&apos;s, so the text may differ</source>
        <translation>；注意：它是用与此模型不同的权重生成的，因此文本可能不同</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>项目的模型文件夹 %1 已不存在；实验室保留 %2。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerSide</name>
    <message>
        <location filename="../widgets/textlab/tokenizerview.cpp" line="+66"/>
        <source>Open folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tokenizer folder: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (BERT&apos;s WordPiece), or a model folder</source>
        <translation>分词器文件夹：encoder.json + vocab.bpe（OpenAI）、vocab.json + merges.txt（Hugging Face）、vocab.txt（BERT 的 WordPiece），或模型文件夹</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>token ids</source>
        <translation>token id</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · id %2 · occurs %3× in this text</source>
        <translation>%1 · id %2 · 在本文本中出现 %3 次</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens (%2 distinct) · %3 characters · %4 characters per token · vocabulary of %5</source>
        <translation>%1 个 token（%2 个不同）· %3 个字符 · 每个 token %4 个字符 · 词表大小 %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · the first %1 tokens are shown</source>
        <translation> · 显示前 %1 个 token</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerView</name>
    <message>
        <location line="+21"/>
        <source>Type or paste text to tokenize</source>
        <translation>输入或粘贴要分词的文本</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learn a BPE vocabulary on your text</source>
        <translation>在您的文本上学习 BPE 词表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>一个文本文件（UTF-8、UTF-16 或 Latin-1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens in the vocabulary: the 256 bytes, the learned merges and &lt;|endoftext|&gt;</source>
        <translation>词表中的 token：256 个字节、学到的合并以及 &lt;|endoftext|&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>学习</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocabulary</source>
        <translation>词表</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text to learn a vocabulary from</source>
        <translation>用于学习词表的文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character-level (from this text)</source>
        <translation>字符级（来自此文本）</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: </source>
        <translation>模型：</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot tokenize: %1</source>
        <translation>无法分词：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokenizer or model folder</source>
        <translation>分词器或模型文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load a tokenizer from %1: %2</source>
        <translation>无法从 %1 加载分词器：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text file first.</source>
        <translation>请先选择一个文本文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning merges…</source>
        <translation>正在学习合并…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1  %2 + %3 → %4   (%5×)</source>
        <translation>#%1  %2 + %3 → %4   （%5×）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BPE %1 on %2</source>
        <translation>在 %2 上的 BPE %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 merges learned from %2 words (%3)%4</source>
        <translation>从 %2 个词（%3）中学到 %1 个合并%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; stopped before the vocabulary size: no pair of tokens occurs often enough any more</source>
        <translation>；在达到词表大小之前停止：已没有出现足够频繁的 token 对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot learn: %1</source>
        <translation>无法学习：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TrainingPanel</name>
    <message>
        <location filename="../widgets/textlab/trainingpanel.cpp" line="+38"/>
        <source>Tiny: 2 layers, 64 wide (~0.1 M)</source>
        <translation>微型：2 层，宽 64（约 0.1 M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide (~0.8 M)</source>
        <translation>小型：4 层，宽 128（约 0.8 M）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide (~2.7 M)</source>
        <translation>中型：6 层，宽 192（约 2.7 M）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to train on</source>
        <translation>用于训练的文本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>文本文件 (*.txt *.md);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>一个文本文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Model folder</source>
        <translation>模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints go here; training resumes from it when it already holds one of the same shape.</source>
        <translation>检查点保存在这里；如果其中已有相同形状的检查点，训练会从它继续。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters</source>
        <translation>字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 512 tokens learned on the text</source>
        <translation>BPE，在文本上学习 512 个 token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 1024 tokens learned on the text</source>
        <translation>BPE，在文本上学习 1024 个 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer</source>
        <translation>分词器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample every</source>
        <translation>采样间隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train; with a checkpoint in the model folder, continue it</source>
        <translation>训练；如果模型文件夹中有检查点，则继续训练</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate with this model</source>
        <translation>用此模型生成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a text file and press Train.</source>
        <translation>选择一个文本文件并按“训练”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate with it</source>
        <translation>用它生成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Train again to continue</source>
        <translation>再次按“训练”以继续</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch loss</source>
        <translation>批次损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss (estimate)</source>
        <translation>训练损失（估计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>验证损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>训练步骤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per token)</source>
        <translation>损失（每个 token 的 nats）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples appear here as the model learns; the slider below (or a click on the plot) picks the one of a step.</source>
        <translation>模型学习过程中，样本会显示在这里；下方的滑块（或点击图表）可选择某一步的样本。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters</source>
        <translation>完成：%1 步，用时 %2 秒 · 验证损失 %3（困惑度 %4）· %5 token/秒 · %6 个参数</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a text file to train on first.</source>
        <translation>请先选择用于训练的文本文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the model.</source>
        <translation>请为模型选择一个文件夹。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>第 %1 步，共 %2 步 · 损失 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1 (perplexity %2)</source>
        <translation> · 验证 %1（困惑度 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 tokens/s · learning rate %2</source>
        <translation> · %1 token/秒 · 学习率 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · 已暂停</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DiscriminativePage</name>
    <message>
        <location filename="../widgets/tuninglab/discriminativepage.cpp" line="+302"/>
        <source>Two moons</source>
        <translation>双月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring of 8 Gaussians (8 classes)</source>
        <translation>8 个高斯组成的环（8 个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral (two arms)</source>
        <translation>螺旋（两条臂）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three blobs</source>
        <translation>三个团簇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten digits (OpenCV sample)</source>
        <translation>手写数字（OpenCV 示例）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits drawn from fonts</source>
        <translation>由字体绘制的数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed here: %1</source>
        <translation>此处未安装：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled data both models learn: a 2-D toy (each part a class) or 20x20 digits</source>
        <translation>两个模型都要学习的带标签数据：二维玩具分布（每个部分是一个类别）或 20x20 的数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistic regression</source>
        <translation>逻辑回归</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small neural network (%1 tanh units)</source>
        <translation>小型神经网络（%1 个 tanh 单元）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminative model: a straight boundary (logistic regression) or a curved one</source>
        <translation>判别式模型：直线边界（逻辑回归）或曲线边界</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative model</source>
        <translation>判别式模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generative model: one Gaussian per class, or a mixture of several fitted by EM, which can follow a curved class such as a moon</source>
        <translation>生成式模型：每个类别一个高斯分布，或用 EM 拟合的多个高斯的混合，后者能贴合月牙这样弯曲的类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussians per class</source>
        <translation>每类高斯数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data, the split, the training and the samples</source>
        <translation>数据、划分、训练和样本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train both models on the training split and measure them on the held-out one</source>
        <translation>在训练集上训练两个模型，并在留出集上测量它们</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both models classify. The &lt;b&gt;discriminative&lt;/b&gt; one learns only p(class | x): where the boundary between the classes runs. The &lt;b&gt;generative&lt;/b&gt; one learns p(x | class), a Gaussian per class, and the class shares p(class), and classifies by Bayes&apos; rule, argmax p(class) · p(x | class). Because it models the data itself, it can also draw new data.</source>
        <translation>两个模型都做分类。&lt;b&gt;判别式&lt;/b&gt;模型只学习 p(class | x)：类别之间的边界在哪里。&lt;b&gt;生成式&lt;/b&gt;模型学习 p(x | class)（每个类别一个高斯分布）以及各类别的占比 p(class)，并按贝叶斯法则分类：argmax p(class) · p(x | class)。由于它对数据本身建模，它还能抽取新数据。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the data and press Run.</source>
        <translation>选择数据并按“运行”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision regions appear here after a run.</source>
        <translation>运行后，决策区域会显示在这里。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logistic regression&apos;s weights per digit: red pixels speak for the digit, blue against it. A boundary, not a picture: nothing here can be sampled.</source>
        <translation>逻辑回归对每个数字的权重：红色像素支持该数字，蓝色像素反对它。这是边界，而不是图像：这里没有任何东西可以采样。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it looks at: each digit&apos;s weights, red pixels for the digit and blue against it. A boundary, not a picture of a digit.</source>
        <translation>它关注什么：每个数字的权重，红色像素支持该数字，蓝色像素反对它。这是边界，而不是数字的图像。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A discriminative model cannot sample: it knows where the boundary runs, not what the data looks like, so it has no new data to give.</source>
        <translation>判别式模型无法采样：它知道边界在哪里，却不知道数据长什么样，所以给不出新数据。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Sample new data</source>
        <translation>采样新数据</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>p(class | x) says nothing about x itself: there is nothing to sample from</source>
        <translation>p(class | x) 对 x 本身一无所言：没有可供采样的分布</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The regions and each class&apos;s Gaussian appear here after a run.</source>
        <translation>运行后，各区域和每个类别的高斯分布会显示在这里。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draw new data from the Gaussians: pick a class, then a point from its Gaussian</source>
        <translation>从高斯分布抽取新数据：先选一个类别，再从它的高斯分布中取一个点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new samples each press draws (spread evenly over the classes)</source>
        <translation>每按一次抽取的新样本数（平均分配到各个类别）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per press:</source>
        <translation>每次：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discriminative (logistic regression)</source>
        <translation>判别式（逻辑回归）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative (a neural network, %1 tanh units)</source>
        <translation>判别式（神经网络，%1 个 tanh 单元）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generative (Gaussian per class + Bayes&apos; rule)</source>
        <translation>生成式（每类一个高斯 + 贝叶斯法则）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative (%1 Gaussians per class + Bayes&apos; rule)</source>
        <translation>生成式（每类 %1 个高斯 + 贝叶斯法则）</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>preparing the data</source>
        <translation>正在准备数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading the digits</source>
        <translation>正在加载数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the discriminative model</source>
        <translation>正在训练判别式模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCA of the training images</source>
        <translation>正在对训练图像做 PCA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fitting a Gaussian per class</source>
        <translation>正在为每个类别拟合高斯分布</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing new samples</source>
        <translation>正在抽取新样本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the models were measured.</source>
        <translation>在测量模型之前已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Held-out accuracy: %1 %</source>
        <translation>留出集准确率：%1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 held-out digits, per class:</source>
        <translation>%1 个留出数字，按类别：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digit</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Gaussians</source>
        <translation>高斯模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Gaussian per digit</source>
        <translation>每个数字一个高斯</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mixture of %1 Gaussians per digit</source>
        <translation>每个数字 %1 个高斯的混合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 PCA dimensions (%3 % of the pixel variance kept); new digits are drawn in that space and projected back to pixels, one row per class.</source>
        <translation>%1，位于 %2 个 PCA 维度中（保留了 %3 % 的像素方差）；新数字在该空间中抽取，再投影回像素，每个类别一行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: each class&apos;s Gaussian, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>颜色：贝叶斯法则选出的类别（越不确定颜色越浅）。椭圆：每个类别的高斯分布，1σ 为实线，2σ 为虚线。菱形：从中抽取的新点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: the %1 Gaussians of each class&apos;s mixture, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>颜色：贝叶斯法则选出的类别（越不确定颜色越浅）。椭圆：每个类别混合中的 %1 个高斯分布，1σ 为实线，2σ 为虚线。菱形：从中抽取的新点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 training and %2 held-out %3. The discriminative model (%4 parameters) is right on %5 % of the held-out data, the generative one (%6 parameters) on %7 %.</source>
        <translation>%1 个训练用、%2 个留出的%3。判别式模型（%4 个参数）在 %5 % 的留出数据上判断正确，生成式模型（%6 个参数）为 %7 %。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>点</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sampling failed: %1</source>
        <translation>采样失败：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New samples drawn from the Gaussians: %1 (%2 shown). The discriminative model could not have made them.</source>
        <translation>从高斯分布抽取的新样本：%1 个（显示 %2 个）。判别式模型不可能生成它们。</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DistillPage</name>
    <message>
        <location filename="../widgets/tuninglab/distillpage.cpp" line="+60"/>
        <source>Knowledge distillation: a small student learns from a larger teacher&apos;s softened next-token distributions (temperature T) instead of the data&apos;s one right token alone. A second student of the same size, from the same seed and on the same batches, learns from the data alone; both are scored on the corpus&apos; held-out tail.</source>
        <translation>知识蒸馏：小型学生模型学习较大教师模型软化后的下一个 token 分布（温度 T），而不只是数据中唯一正确的那个 token。另一个同样大小的学生模型从相同的种子出发、使用相同的批次，只从数据学习；两者都在语料末尾留出的部分上评分。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher</source>
        <translation>教师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the teacher&apos;s model folder</source>
        <translation>选择教师的模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe, 4 layers, 128 wide)</source>
        <translation>随附模型（lm-shakespeare-bpe，4 层，宽度 128）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); its tokenizer reads the corpus</source>
        <translation>语言模型文件夹（我们的或 Hugging Face GPT-2）；用它的分词器读取语料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>选择一个文本文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare（若没有：工作室的帮助页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file; its last %1 % is held out for the scores</source>
        <translation>UTF-8 文本文件；其最后 %1 % 留出用于评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; transformer blocks (default %1)</source>
        <translation>学生模型的 Transformer 块数（默认 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student layers</source>
        <translation>学生层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; width, a multiple of %1 (default %2)</source>
        <translation>学生模型的宽度，须为 %1 的倍数（默认 %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student width</source>
        <translation>学生宽度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T: both distributions are softened by dividing the logits by T before they are compared (default %1)</source>
        <translation>T：比较之前，将 logits 除以 T 来软化两个分布（默认 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature T</source>
        <translation>温度 T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the teacher&apos;s targets; 1 - alpha goes to the data (default %1)</source>
        <translation>教师目标的权重；1 - alpha 分给数据（默认 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps of each student, %1 windows of %2 tokens each (default %3)</source>
        <translation>每个学生模型的优化器步数，每步 %1 个窗口，每个窗口 %2 个 token（默认 %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; initial weights (the same for both) and the batches</source>
        <translation>学生模型的初始权重（两者相同）和批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>distilled: training loss on the data</source>
        <translation>蒸馏：数据上的训练损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: training loss</source>
        <translation>仅数据：训练损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distilled: held-out loss</source>
        <translation>蒸馏：留出集损失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: held-out loss</source>
        <translation>仅数据：留出集损失</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per token)</source>
        <translation>损失（每个 token 的 nats）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held-out perplexity</source>
        <translation>留出集困惑度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement with the teacher</source>
        <translation>与教师的一致率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>token/秒</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The teacher must be a model folder: %1 is not one.</source>
        <translation>教师必须是模型文件夹：%1 不是。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>语料必须是文本文件：%1 不是。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default corpus (tiny Shakespeare) was not found: choose a text file.</source>
        <translation>未找到默认语料（tiny Shakespeare）：请选择一个文本文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings cannot be used: %1</source>
        <translation>无法使用这些设置：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued…</source>
        <translation>排队中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Teacher (%1 layers × %2)</source>
        <translation>教师（%1 层 × %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilled student (%1 × %2)</source>
        <translation>蒸馏学生（%1 × %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-only student (%1 × %2)</source>
        <translation>仅数据学生（%1 × %2）</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The distilled student wins: perplexity %1 against %2 on the data alone.</source>
        <translation>蒸馏学生胜出：困惑度 %1，仅用数据训练的为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data-only student did as well: perplexity %1 against %2 distilled.</source>
        <translation>仅数据学生表现同样好：困惑度 %1，蒸馏学生为 %2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: %2 steps per student, T %3, alpha %4; %5 held-out tokens.</source>
        <translation>完成，用时 %1 秒：每个学生 %2 步，T %3，alpha %4；%5 个留出 token。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InContextPage</name>
    <message>
        <location filename="../widgets/tuninglab/incontextpage.cpp" line="+94"/>
        <source>Few-shot: a task shown through k worked examples in the prompt</source>
        <translation>少样本：通过提示中的 k 个示例来展示任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</source>
        <translation>复制（&quot;k q z&quot; -&gt; &quot;k q z&quot;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</source>
        <translation>反转（&quot;k q z&quot; -&gt; &quot;z q k&quot;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next in a sequence (&quot;d e f&quot; -&gt; &quot;g&quot;)</source>
        <translation>序列的下一项（&quot;d e f&quot; -&gt; &quot;g&quot;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup table (&quot;crown&quot; -&gt; &quot;blue&quot;)</source>
        <translation>查找表（&quot;crown&quot; -&gt; &quot;blue&quot;）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own examples</source>
        <translation>您自己的示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in tasks are made from the seed, so everyone sees the same prompts. Each query is held out: it never appears among its own examples.</source>
        <translation>内置任务由种子生成，所以每个人看到的提示都相同。每个查询都是留出的：它从不出现在自己的示例中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One example a line: input -&gt; output. Lines starting with # are skipped. Each query is one of these lines; its shots are others.</source>
        <translation>每行一个示例：输入 -&gt; 输出。以 # 开头的行会被跳过。每个查询是其中一行；它的示例取自其他行。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The numbers of examples in the prompt to measure, 0..32, separated by commas</source>
        <translation>要测量的提示中示例数，取 0..32，用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shots (k)</source>
        <translation>示例数（k）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out queries per k (your own examples: at most one per example)</source>
        <translation>每个 k 的留出查询数（您自己的示例：每个示例最多一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries per k</source>
        <translation>每个 k 的查询数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+344"/>
        <source>Model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Model A: a language model folder</source>
        <translation>模型 A：语言模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (%1)</source>
        <translation>随附模型（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+343"/>
        <source>Model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Model B: a language model folder</source>
        <translation>模型 B：语言模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (optional: a second model, side by side)</source>
        <translation>无（可选：第二个模型，并排比较）</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+348"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run to measure the accuracy as the examples in the prompt grow.</source>
        <translation>按“运行”测量准确率如何随提示中示例的增加而变化。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples in the prompt (k)</source>
        <translation>提示中的示例数（k）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out accuracy (%)</source>
        <translation>留出集准确率（%）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model A</source>
        <translation>模型 A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model B</source>
        <translation>模型 B</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The point whose prompts and answers are shown (or click it in the plot)</source>
        <translation>要显示其提示和回答的点（也可在图中点击它）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got</source>
        <translation>实际</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt the model read, then its answer (choose an answer to see its own prompt):</source>
        <translation>模型读取的提示及其回答（选择一个回答即可查看它自己的提示）：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Shots: give numbers in 0..32 separated by commas, e.g. 0, 1, 2, 4, 8.</source>
        <translation>示例数：请给出 0..32 之间的数字，用逗号分隔，例如 0, 1, 2, 4, 8。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your examples: %1</source>
        <translation>您的示例：%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Model A (%1): %2</source>
        <translation>模型 A（%1）：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model B (%1): %2</source>
        <translation>模型 B（%1）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the points measured so far stay on the curve.</source>
        <translation>已停止；已测量的点保留在曲线上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot failed: %1</source>
        <translation>少样本测量失败：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Model A, %1 shots: %2 of %3 right</source>
        <translation>模型 A，%1 个示例：%3 个中 %2 个正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B, %1 shots: %2 of %3 right</source>
        <translation>模型 B，%1 个示例：%3 个中 %2 个正确</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>正确</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In-context copying: a random token sequence, then the same again</source>
        <translation>上下文复制：一个随机 token 序列，然后再重复一遍</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model of the few-shot form above to measure</source>
        <translation>要测量的模型（取自上方的少样本表单）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens of the random sequence; it is shown twice, so twice this must fit the model&apos;s context</source>
        <translation>随机序列的 token 数；序列会出现两次，所以其两倍必须能放入模型的上下文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run to see how much easier a sequence is the second time.</source>
        <translation>按“运行”查看序列在第二次出现时容易多少。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>头</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Induction</source>
        <translation>归纳</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous token</source>
        <translation>前一个 token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attention, over the repeat, on the token that followed the current token&apos;s first occurrence</source>
        <translation>在重复部分中，对“当前 token 首次出现时紧随其后的 token”的平均注意力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attention on the token just before</source>
        <translation>对紧邻的前一个 token 的平均注意力</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position of the predicted token</source>
        <translation>被预测 token 的位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats)</source>
        <translation>损失（nats）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss at each position</source>
        <translation>每个位置的损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, first time</source>
        <translation>均值，首次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, on the repeat</source>
        <translation>均值，重复时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowing nothing: ln(vocabulary)</source>
        <translation>一无所知：ln(词表大小)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run, then choose a head in the table: its attention on the repeated sequence shows here. An induction head draws a stripe parallel to the diagonal, (length - 1) columns to its left, in the repeat&apos;s rows.</source>
        <translation>运行后在表格中选择一个头：它在重复序列上的注意力显示在这里。归纳头会画出一条与对角线平行的条纹，位于其左侧 (长度 - 1) 列处，在重复部分的行中。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a model B folder in the few-shot form first.</source>
        <translation>请先在少样本表单中选择模型 B 的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying failed: %1</source>
        <translation>复制测量失败：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a random sequence of %2 tokens (seed %3), then the same again.</source>
        <translation>%1：一个含 %2 个 token 的随机序列（种子 %3），然后再重复一遍。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean loss the first time: %1 nats; on the repeat: %2 nats (knowing nothing: %3). %4</source>
        <translation>首次的平均损失：%1 nats；重复时：%2 nats（一无所知：%3）。%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model copies from its context.</source>
        <translation>模型会从上下文中复制。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little copying: the repeat is hardly easier.</source>
        <translation>复制很少：重复部分几乎没有变容易。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An induction head attends from each repeated token to the one that followed its first occurrence: a stripe %1 columns left of the diagonal, in the repeat&apos;s rows.</source>
        <translation>归纳头让每个重复的 token 关注其首次出现时紧随其后的那个 token：在重复部分的各行中，表现为对角线左侧 %1 列处的一条条纹。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>first time</source>
        <translation>首次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat</source>
        <translation>重复</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InstructPage</name>
    <message>
        <location filename="../widgets/tuninglab/instructpage.cpp" line="+56"/>
        <source>Instruction tuning teaches a pretrained language model to follow instructions: it is fine-tuned on (instruction, response) pairs with the loss counted only on the response. The same held-out instructions, never seen in training, are answered before and after.</source>
        <translation>指令微调教会预训练语言模型遵循指令：在（指令，回答）对上进行微调，损失只计算在回答上。同一批训练中从未见过的留出指令，会在微调前后分别作答。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a language model folder</source>
        <translation>选择语言模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>随附模型（lm-shakespeare-bpe）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); empty: the shipped model</source>
        <translation>语言模型文件夹（我们的或 Hugging Face GPT-2）；留空：使用随附模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in instructions (repeat, reverse, first, last, count)</source>
        <translation>内置指令（重复、反转、第一个、最后一个、计数）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pairs (JSONL file)</source>
        <translation>我的指令对（JSONL 文件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in pairs are made from templates over common words; the held-out ones use word combinations never trained on</source>
        <translation>内置指令对由模板和常用词生成；留出的指令对使用训练中从未出现过的词组合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL file</source>
        <translation>JSONL 文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose instruction pairs</source>
        <translation>选择指令对</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} object per line</source>
        <translation>每行一个 {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} 对象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps (default %1)</source>
        <translation>优化器步数（默认 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs per step (default %1)</source>
        <translation>每步的指令对数（默认 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate, warmed up and then decayed along a cosine (default %1)</source>
        <translation>峰值学习率，先预热，再按余弦衰减（默认 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in pairs, the held-out split and the batches</source>
        <translation>内置指令对、留出划分和批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out instructions answered before and after tuning</source>
        <translation>在微调前后作答的留出指令数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held out</source>
        <translation>留出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save tuned model…</source>
        <translation>保存微调后的模型…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the tuned model as a model folder the Text lab opens</source>
        <translation>将微调后的模型保存为文本实验室可以打开的模型文件夹</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loss mask on an example: grey tokens are the prompt (no loss), highlighted tokens the response the model learns to write.</source>
        <translation>一个示例上的损失掩码：灰色 token 是提示（不计损失），高亮 token 是模型要学会写出的回答。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run to see an example&apos;s tokens and its mask.</source>
        <translation>运行后可查看一个示例的 token 及其掩码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training loss (response tokens)</source>
        <translation>训练损失（回答 token）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held-out loss</source>
        <translation>留出集损失</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per response token)</source>
        <translation>损失（每个回答 token 的 nats）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held-out instruction</source>
        <translation>留出指令</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>期望</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>微调前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>微调后</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose a JSONL file of instruction pairs, or use the built-in set.</source>
        <translation>请选择一个包含指令对的 JSONL 文件，或使用内置数据集。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>The data cannot be used: %1</source>
        <translation>无法使用这些数据：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued…</source>
        <translation>排队中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the tuned model in a folder</source>
        <translation>将微调后的模型保存到文件夹</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tuned model is saved in %1.</source>
        <translation>微调后的模型已保存到 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not saved: %1</source>
        <translation>模型未保存：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>prompt token %1: weight 0, no loss</source>
        <translation>提示 token %1：权重 0，不计损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response token %1: weight %2, the loss counts</source>
        <translation>回答 token %1：权重 %2，计入损失</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nothing)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The loss mask on a training example (&quot;%1&quot; → &quot;%2&quot;): grey tokens are the prompt (weight 0, no loss), highlighted tokens the response and its end of line (weight 1).</source>
        <translation>一个训练示例上的损失掩码（“%1” → “%2”）：灰色 token 是提示（权重 0，不计损失），高亮 token 是回答及其行尾（权重 1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy before: %1</source>
        <translation>微调前准确率：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Accuracy %1 → %2</source>
        <translation>准确率 %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps on %3 training pairs; held-out response loss %4 → %5.</source>
        <translation>完成，用时 %1 秒：在 %3 个训练指令对上训练了 %2 步；留出回答损失 %4 → %5。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::PreferencePage</name>
    <message>
        <location filename="../widgets/tuninglab/preferencepage.cpp" line="+50"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preference tuning</source>
        <translation>偏好微调</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A language model folder</source>
        <translation>语言模型文件夹</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>随附模型（lm-shakespeare-bpe）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language model to tune (ours or a Hugging Face GPT-2 folder); empty: the shipped one</source>
        <translation>要微调的语言模型（我们的或 Hugging Face GPT-2 文件夹）；留空：使用随附模型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: shorter</source>
        <translation>规则：更短</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: no letter e</source>
        <translation>规则：不含字母 e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: ends with a rhyme</source>
        <translation>规则：以押韵结尾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who prefers one answer to the other: a built-in rule standing in for a person, or you</source>
        <translation>由谁判断两个回答中哪个更好：代替真人的内置规则，或您本人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who judges</source>
        <translation>评判者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer pairs the model writes and the rule judges (ties are skipped)</source>
        <translation>由模型写出、由规则评判的回答对数（平局跳过）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>回答对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO (direct preference optimisation)</source>
        <translation>DPO（直接偏好优化）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPO-style (policy gradient on the reward model, KL penalty)</source>
        <translation>PPO 风格（基于奖励模型的策略梯度，KL 惩罚）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPO&apos;s beta: how strongly the log-ratios to the reference count; larger stays closer to it</source>
        <translation>DPO 的 beta：相对参考模型的对数比所占的分量；越大越贴近参考模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the KL penalty to the reference; 0 lets the policy hack the reward</source>
        <translation>相对参考模型的 KL 惩罚权重；为 0 时策略可以钻奖励的空子（奖励破解）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL weight</source>
        <translation>KL 权重</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward model: not trained yet</source>
        <translation>奖励模型：尚未训练</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which answer is better?</source>
        <translation>哪个回答更好？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing answers…</source>
        <translation>正在生成回答…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Left is better (1)</source>
        <translation>左边更好（1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right is better (2)</source>
        <translation>右边更好（2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip (space)</source>
        <translation>跳过（空格）</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reward on held-out prompts</source>
        <translation>留出提示上的奖励</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>the judge&apos;s score</source>
        <translation>评判者的评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>reward model</source>
        <translation>奖励模型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KL to the reference</source>
        <translation>相对参考模型的 KL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per answer</source>
        <translation>nats/回答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate against the reference</source>
        <translation>相对参考模型的胜率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The same held-out prompts, answered before and after (same seeds)</source>
        <translation>同样的留出提示，在微调前后分别作答（相同种子）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt</source>
        <translation>提示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (the reference)</source>
        <translation>微调前（参考模型）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (the tuned model)</source>
        <translation>微调后（已微调的模型）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose who judges and a method, then press Run.</source>
        <translation>选择评判者和方法，然后按“运行”。</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) judged</source>
        <translation>
            <numerusform>已评判 %n 对</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>，跳过 %n 对</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not draw answers: %1</source>
        <translation>无法生成回答：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model is writing two answers…</source>
        <translation>模型正在写两个回答…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt:
%1</source>
        <translation>提示：
%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reward model on your %1 pairs: %2 % right on %3 held out, %4 % on the %5 it learnt from</source>
        <translation>基于您的 %1 对的奖励模型：在 %3 对留出数据上正确率 %2 %，在它学习过的 %5 对上为 %4 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reward model: %1</source>
        <translation>奖励模型：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Judge at least 4 pairs first (you have judged %1).</source>
        <translation>请先评判至少 4 对（您已评判 %1 对）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %)</source>
        <translation>%1（%2 %）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done in %1 s.</source>
        <translation>完成，用时 %1 秒。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward %1 → %2 · KL to the reference %3 nats · win rate %4 % · empty answers %5 % → %6 %</source>
        <translation>奖励 %1 → %2 · 相对参考模型的 KL %3 nats · 胜率 %4 % · 空回答 %5 % → %6 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reward model on %1 judged pairs: %2 % right on held-out pairs (%3 % on its training pairs)</source>
        <translation>基于 %1 个已评判回答对的奖励模型：在留出对上正确率 %2 %（在其训练对上为 %3 %）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2 · reward %3 · KL %4 nats · win rate %5 % · empty answers %6 %</source>
        <translation>第 %1 步，共 %2 步 · 奖励 %3 · KL %4 nats · 胜率 %5 % · 空回答 %6 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same held-out prompts, answered by the reference and by the model at step %1 (same seeds)</source>
        <translation>同样的留出提示，分别由参考模型和第 %1 步的模型作答（相同种子）</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::ScalingPage</name>
    <message>
        <location filename="../widgets/tuninglab/scalingpage.cpp" line="+65"/>
        <source>Pretraining and scale: the same small GPT at several widths, each trained on the corpus as its own training job. Their final held-out losses against their parameters on log-log axes fall on a line when loss follows a power law, loss ≈ a · N^e; its slope e says how much a bigger model buys, and the line predicts the next size up. Compute is counted as 6 × parameters × training tokens.</source>
        <translation>预训练与规模：同一个小型 GPT 取若干种宽度，每种都作为独立的训练任务在语料上训练。当损失遵循幂律 loss ≈ a · N^e 时，它们最终的留出集损失相对参数量在双对数坐标上落在一条直线上；斜率 e 表明更大的模型能换来多少收益，这条直线还能预测下一个更大的尺寸。计算量按 6 × 参数量 × 训练 token 数计。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corpus</source>
        <translation>语料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>选择一个文本文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>文本文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare（若没有：工作室的帮助页面）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file, read with the shipped model&apos;s BPE vocabulary; its last 10 % is held out</source>
        <translation>UTF-8 文本文件，用随附模型的 BPE 词表读取；其最后 10 % 留出</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding widths, 2 to 12 of them, each 8..1024 (heads: one per 16 of width)</source>
        <translation>嵌入宽度，共 2 到 12 个，每个取 8..1024（头数：每 16 宽度一个头）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widths</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same tokens for every size</source>
        <translation>每个尺寸使用相同的 token 数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute for every size</source>
        <translation>每个尺寸使用相同的计算量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute gives the smaller sizes more steps; at the budgets a CPU affords in minutes that favours the small ones: the loss rises with size</source>
        <translation>相同的计算量给较小的模型更多步数；在 CPU 几分钟内能负担的预算下，这有利于小模型：损失随规模增大而上升</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each size gets</source>
        <translation>每个尺寸获得</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training tokens per size (steps × %1 windows × %2 tokens)</source>
        <translation>每个尺寸的训练 token 数（步数 × %1 个窗口 × %2 个 token）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>token 数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FLOPs per size, 6 × parameters × tokens, e.g. 3e10</source>
        <translation>每个尺寸的 FLOPs，6 × 参数量 × token 数，例如 3e10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (FLOPs)</source>
        <translation>预算（FLOPs）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transformer blocks of every size (default %1)</source>
        <translation>每个尺寸的 Transformer 块数（默认 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>层数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights and the batches of every size</source>
        <translation>每个尺寸的权重和批次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parameters N</source>
        <translation>参数量 N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final held-out loss (nats/token)</source>
        <translation>最终留出集损失（nats/token）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute C (FLOPs)</source>
        <translation>计算量 C（FLOPs）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out loss (nats/token)</source>
        <translation>留出集损失（nats/token）</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The widths must be whole numbers separated by commas (got &apos;%1&apos;).</source>
        <translation>宽度必须是用逗号分隔的整数（收到的是“%1”）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The budget must be a positive number of FLOPs, e.g. 3e10 (got &apos;%1&apos;).</source>
        <translation>预算必须是正的 FLOPs 数，例如 3e10（收到的是“%1”）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>语料必须是文本文件：%1 不是。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The experiment cannot start: %1</source>
        <translation>实验无法开始：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps, %4 FLOPs — queued</source>
        <translation>宽度 %1：%2 个参数，%3 步，%4 FLOPs — 排队中</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width %1</source>
        <translation>宽度 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps — running, %4 %</source>
        <translation>宽度 %1：%2 个参数，%3 步 — 运行中，%4 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sizes queued as training jobs.</source>
        <translation>%1 个尺寸已作为训练任务加入队列。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final loss of each size</source>
        <translation>每个尺寸的最终损失</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power-law fit</source>
        <translation>幂律拟合</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prediction, next size</source>
        <translation>预测：下一个尺寸</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Width %1: %2 parameters, %3 steps — running</source>
        <translation>宽度 %1：%2 个参数，%3 步 — 运行中</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Width %1: %2 parameters, %3 steps — loss %4 (%5 s)</source>
        <translation>宽度 %1：%2 个参数，%3 步 — 损失 %4（%5 秒）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>loss ≈ %1 · N^%2 (r² %3)</source>
        <translation>loss ≈ %1 · N^%2（r² %3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger is better here: each doubling of N multiplies the loss by %1.</source>
        <translation>这里越大越好：N 每翻一倍，损失就乘以 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger is not better here: at this budget the smaller sizes win.</source>
        <translation>这里并非越大越好：在此预算下，较小的尺寸胜出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 sizes in %2 s of training. %3 The next size up, width %4 (%5 parameters), is predicted to reach %6.</source>
        <translation>完成：%1 个尺寸，训练用时 %2 秒。%3 预计下一个更大的尺寸（宽度 %4，%5 个参数）将达到 %6。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The experiment ended without a fit: %1</source>
        <translation>实验结束，但未能拟合：%1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::TuningLab</name>
    <message>
        <location filename="../widgets/tuninglab/tuninglab.cpp" line="+33"/>
        <source>From a pretrained language model to an assistant: each page is one idea as an experiment with a measured before and after, on the Text lab&apos;s models (the shipped one unless you choose a folder).</source>
        <translation>从预训练语言模型到助手：每一页把一个想法做成实验，测量其前后的变化；使用文本实验室的模型（除非您选择了文件夹，否则使用随附模型）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In-context learning</source>
        <translation>上下文学习</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction tuning</source>
        <translation>指令微调</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences (RLHF)</source>
        <translation>偏好（RLHF）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>蒸馏</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative vs generative</source>
        <translation>判别式与生成式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy as worked examples in the prompt grow; the heads that copy</source>
        <translation>准确率随提示中示例增加而变化；负责复制的注意力头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune on (instruction, response) pairs, the loss on the response only</source>
        <translation>在（指令，回答）对上微调，只对回答计算损失</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reward model from preferences, then DPO or a KL-penalised policy gradient</source>
        <translation>从偏好中学出奖励模型，再用 DPO 或带 KL 惩罚的策略梯度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small student trained on a teacher&apos;s softened distributions</source>
        <translation>用教师软化后的分布训练小型学生模型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model sizes trained for the same compute, and the power law they follow</source>
        <translation>以相同计算量训练的不同尺寸模型，以及它们遵循的幂律</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A classifier that draws a boundary beside one that models each class and can sample</source>
        <translation>只画边界的分类器，与对每个类别建模并能采样的分类器并排比较</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tuning</source>
        <translation>调优</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-context learning, instruction and preference tuning, distillation, scaling, and discriminative versus generative models, each measured before and after</source>
        <translation>上下文学习、指令微调与偏好微调、蒸馏、规模扩展，以及判别式与生成式模型，每项都测量前后的变化</translation>
    </message>
</context>
</TS>
