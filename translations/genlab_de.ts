<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+112"/>
        <source>resized from %1x%2 to %3x%4 (the lab shows at most %5 px)</source>
        <translation>von %1x%2 auf %3x%4 skaliert (das Labor zeigt höchstens %5 px)</translation>
    </message>
</context>
<context>
    <name>DiscriminativeJobs</name>
    <message>
        <location filename="../core/services/tuning/discriminativejobs.cpp" line="+22"/>
        <source>two moons</source>
        <translation>zwei Monde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring</source>
        <translation>Ring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blobs</source>
        <translation>Blobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits from fonts</source>
        <translation>Ziffern aus Schriftarten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discriminative vs generative (%1)</source>
        <translation>Diskriminativ vs. generativ (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sample from the Gaussians (%1)</source>
        <translation>Aus den Gauß-Verteilungen samplen (%1)</translation>
    </message>
</context>
<context>
    <name>GanPreset</name>
    <message>
        <location filename="../core/engine/gan/detail/toypresets.cpp" line="+166"/>
        <source>Discriminator first</source>
        <translation>Erst der Diskriminator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard schedule: each step first trains the discriminator once on real points and on the generator&apos;s current fakes, then trains the generator once to be classified as real (non-saturating loss, Adam for both). Watch the heat map: D rates the regions around the real points high, and the arrows push every fake point uphill towards them. After a few hundred steps the fake points spread over all eight modes of the ring, KL and JS fall, and D(x) and D(G(z)) both settle near 0.5: D can no longer tell real from fake.</source>
        <translation>Der übliche Ablauf: Jeder Schritt trainiert zuerst den Diskriminator einmal an echten Punkten und an den aktuellen Fälschungen des Generators, dann den Generator einmal darauf, als echt eingestuft zu werden (nicht sättigender Verlust, Adam für beide). Achten Sie auf die Heatmap: D bewertet die Gegenden um die echten Punkte hoch, und die Pfeile schieben jeden gefälschten Punkt bergauf zu ihnen hin. Nach einigen hundert Schritten verteilen sich die Fälschungen über alle acht Moden des Rings, KL und JS sinken, und D(x) und D(G(z)) pendeln sich beide bei 0,5 ein: D kann Echt und Falsch nicht mehr unterscheiden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discriminator too strong</source>
        <translation>Diskriminator zu stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original minimax loss (G minimises log(1 - D(G(z)))) with a discriminator that learns fast and takes ten steps for each generator step. D quickly rejects every fake point with near certainty: D(G(z)) drops to about 0. Where D is that sure, log(1 - D) is flat, so the generator&apos;s gradient vanishes: the arrows shrink to nothing, G&apos;s gradient norm falls by orders of magnitude, and the fake points stay where they started. The generator cannot learn from a discriminator that wins too easily.</source>
        <translation>Der ursprüngliche Minimax-Verlust (G minimiert log(1 - D(G(z)))) mit einem Diskriminator, der schnell lernt und zehn Schritte je Generatorschritt macht. D weist jeden gefälschten Punkt bald mit fast völliger Sicherheit zurück: D(G(z)) fällt auf etwa 0. Wo D so sicher ist, ist log(1 - D) flach, also verschwindet der Gradient des Generators: Die Pfeile schrumpfen auf nichts, die Gradientennorm von G fällt um Größenordnungen, und die Fälschungen bleiben, wo sie angefangen haben. Von einem Diskriminator, der zu leicht gewinnt, kann der Generator nichts lernen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generator fools D too easily</source>
        <translation>Generator täuscht D zu leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminator is starved: plain SGD with a learning rate fifty times smaller than the generator&apos;s. It never learns to tell the real points from the fakes, so D(x) and D(G(z)) both sit at about 0.5 and the heat map stays almost flat. The generator fools it without effort, but a discriminator that knows nothing cannot teach anything: the fake points wander without finding the ring, and KL, JS and the mode coverage do not improve.</source>
        <translation>Der Diskriminator verhungert: einfaches SGD mit einer fünfzigmal kleineren Lernrate als die des Generators. Er lernt nie, echte Punkte von Fälschungen zu unterscheiden, also liegen D(x) und D(G(z)) beide bei etwa 0,5, und die Heatmap bleibt fast flach. Der Generator täuscht ihn mühelos, doch ein Diskriminator, der nichts weiß, kann nichts lehren: Die Fälschungen irren umher, ohne den Ring zu finden, und KL, JS und die Abdeckung der Moden werden nicht besser.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mode collapse</source>
        <translation>Mode Collapse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same strong discriminator as in &quot;Discriminator too strong&quot; (minimax loss, ten fast D steps per G step), but the generator uses Adam, which rescales its tiny gradients so it does move. It moves all its points together towards whatever region D currently rates highest, and they land on one or two modes of the ring. Those points fool D well enough that nothing pulls them apart: the other modes stay empty, and the coverage figure says so (one or two of eight).</source>
        <translation>Derselbe starke Diskriminator wie bei „Diskriminator zu stark“ (Minimax-Verlust, zehn schnelle D-Schritte je G-Schritt), aber der Generator nutzt Adam, das seine winzigen Gradienten hochskaliert, sodass er sich doch bewegt. Er schiebt alle seine Punkte gemeinsam in die Gegend, die D gerade am höchsten bewertet, und sie landen auf einer oder zwei Moden des Rings. Diese Punkte täuschen D gut genug, dass nichts sie auseinanderzieht: Die anderen Moden bleiben leer, und die Abdeckung sagt es (eine oder zwei von acht).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Non-saturating loss fixes it</source>
        <translation>Nicht sättigender Verlust behebt es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the &quot;Discriminator too strong&quot; game, with one change: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))). Both push fakes towards being called real, but -log D is steep exactly where D rejects a fake with confidence. So the arrows stay long, G&apos;s gradient norm stays thousands of times larger than with the saturating loss, and the fake points climb onto the ring while D is still winning: KL falls from the first hundred steps. Keep it running, though: a discriminator ten steps ahead later herds the points onto one mode again. The loss cures the vanishing gradient, not an unbalanced game.</source>
        <translation>Genau das Spiel „Diskriminator zu stark“, mit einer Änderung: Der Generator maximiert log D(G(z)), statt log(1 - D(G(z))) zu minimieren. Beides drängt Fälschungen dazu, als echt zu gelten, aber -log D ist genau dort steil, wo D eine Fälschung sicher zurückweist. Also bleiben die Pfeile lang, die Gradientennorm von G bleibt tausendfach größer als beim sättigenden Verlust, und die Fälschungen klettern auf den Ring, während D noch gewinnt: KL sinkt ab den ersten hundert Schritten. Lassen Sie es aber weiterlaufen: Ein Diskriminator, der zehn Schritte voraus ist, treibt die Punkte später wieder auf eine Mode. Der Verlust heilt den verschwindenden Gradienten, nicht ein unausgewogenes Spiel.</translation>
    </message>
</context>
<context>
    <name>genlab</name>
    <message>
        <location filename="../core/services/job.cpp" line="+17"/>
        <source>interactive</source>
        <translation>interaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O</source>
        <translation>E/A</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
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
</context>
<context>
    <name>genlab::app</name>
    <message>
        <location filename="../app/main.cpp" line="+98"/>
        <source>Loading the labs…</source>
        <translation>Die Labore werden geladen…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GenLab Studio could not load its labs: %1</source>
        <translation>GenLab Studio konnte seine Labore nicht laden: %1</translation>
    </message>
</context>
<context>
    <name>genlab::services</name>
    <message>
        <location filename="../core/services/computeservice.cpp" line="+59"/>
        <source>device:      %1 (%2)</source>
        <translation>Gerät:       %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note:        %1</source>
        <translation>Hinweis:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch:    %1 (%2 parallel backend)</source>
        <translation>LibTorch:    %1 (Parallel-Backend %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA:        %1</source>
        <translation>CUDA:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 device(s)</source>
        <translation>%1 Gerät(e)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not available</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU cores:   %1</source>
        <translation>CPU-Kerne:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads:     interactive lane %1, training lane %2, I/O lane %3, headless commands %4</source>
        <translation>Threads:     interaktive Spur %1, Trainingsspur %2, E/A-Spur %3, Befehle ohne Oberfläche %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BLAS:        %1</source>
        <translation>BLAS:        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLAS core:   %1</source>
        <translation>BLAS-Kern:   %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</source>
        <translation>Matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WARNING:     the slow reference BLAS is in use. Install libopenblas0-openmp (apt-get install libopenblas0-openmp) for a ~20x faster matrix multiplication.</source>
        <translation>WARNUNG:     Die langsame Referenz-BLAS wird verwendet. libopenblas0-openmp installieren (apt-get install libopenblas0-openmp), um Matrixmultiplikationen etwa 20-mal schneller zu machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING:     matrix multiplication is implausibly slow for %1; the machine may be busy or the BLAS misconfigured.</source>
        <translation>WARNUNG:     Die Matrixmultiplikation ist für %1 unplausibel langsam; der Rechner ist vielleicht ausgelastet oder die BLAS falsch konfiguriert.</translation>
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
        <translation>Threads: %1 interaktiv, %2 Training</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure matmul throughput</source>
        <translation>Matmul-Durchsatz messen</translation>
    </message>
</context>
<context>
    <name>genlab::services::DatasetService</name>
    <message>
        <location filename="../core/services/datasetservice.cpp" line="+102"/>
        <source>Open data set: %1</source>
        <translation>Datensatz öffnen: %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sample toy distribution %1</source>
        <translation>Aus Toy-Verteilung %1 samplen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>made by the %1 lab (%2), not by the data browser</source>
        <translation>vom Labor %1 erstellt (%2), nicht vom Datenbrowser</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recipe names no data set</source>
        <translation>das Rezept nennt keinen Datensatz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export image grid: %1</source>
        <translation>Bildraster exportieren: %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+395"/>
        <source>Load diffusion model %1</source>
        <translation>Diffusionsmodell %1 laden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Denoise (%1)</source>
        <translation>Entrauschen (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch from step %1 (%2)</source>
        <translation>Verzweigen ab Schritt %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noise an image</source>
        <translation>Ein Bild verrauschen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed travel %1 → %2</source>
        <translation>Seed-Reise %1 → %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GAN vs diffusion</source>
        <translation>GAN vs. Diffusion</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Train %1 on %2 (%3 processes)</source>
        <translation>%1 auf %2 trainieren (%3 Prozesse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train %1 on %2</source>
        <translation>%1 auf %2 trainieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>genlab::services::DistillJobs</name>
    <message>
        <location filename="../core/services/tuning/distilljobs.cpp" line="+100"/>
        <source>Distillation (student %1 x %2, T %3)</source>
        <translation>Destillation (Schüler %1 x %2, T %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanExploreService</name>
    <message>
        <location filename="../core/services/gan/ganexplore.cpp" line="+165"/>
        <source>Load generator %1</source>
        <translation>Generator %1 laden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample the generator</source>
        <translation>Aus dem Generator samplen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interpolate the generator&apos;s noise</source>
        <translation>Das Rauschen des Generators interpolieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanService</name>
    <message>
        <location filename="../core/services/gan/ganservice.cpp" line="+44"/>
        <source>Start a toy GAN</source>
        <translation>Ein Toy-GAN starten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step the toy GAN</source>
        <translation>Einen Schritt des Toy-GANs ausführen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw the toy GAN</source>
        <translation>Das Toy-GAN zeichnen</translation>
    </message>
    <message>
        <location filename="../core/services/gan/gantraining.cpp" line="+174"/>
        <source>Train %1 on %2</source>
        <translation>%1 auf %2 trainieren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
</context>
<context>
    <name>genlab::services::InContextJobs</name>
    <message>
        <location filename="../core/services/tuning/incontextjobs.cpp" line="+113"/>
        <source>Few-shot accuracy (%1)</source>
        <translation>Few-Shot-Genauigkeit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few-shot accuracy (%1), two models</source>
        <translation>Few-Shot-Genauigkeit (%1), zwei Modelle</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>In-context copying (%1 tokens)</source>
        <translation>Kopieren im Kontext (%1 Tokens)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attention of the repeated sequence</source>
        <translation>Attention der wiederholten Sequenz</translation>
    </message>
</context>
<context>
    <name>genlab::services::JobManager</name>
    <message>
        <location filename="../core/services/jobmanager.cpp" line="+400"/>
        <location line="+61"/>
        <source>the studio is closing</source>
        <translation>das Studio wird geschlossen</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>nothing to run</source>
        <translation>nichts auszuführen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>superseded by a newer request</source>
        <translation>durch eine neuere Anfrage ersetzt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canceled before it started</source>
        <translation>vor dem Start abgebrochen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentMap</name>
    <message>
        <location filename="../core/services/latent/latentservice.cpp" line="+96"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
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
        <translation>Autoencoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2-D latent, %3×%3 %4</source>
        <translation>%1, %2-D-Latentraum, %3×%3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, trained %1 steps on %2</source>
        <translation>, %1 Schritte auf %2 trainiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>images</source>
        <translation>Bildern</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentService</name>
    <message>
        <location line="+86"/>
        <source>Load latent model %1</source>
        <translation>Latentes Modell %1 laden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map the latent space of %1</source>
        <translation>Latentraum von %1 kartieren</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sample the prior</source>
        <translation>Aus dem Prior samplen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decode a latent</source>
        <translation>Einen latenten Vektor dekodieren</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpolate</source>
        <translation>Interpolieren</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Encode %n image(s)</source>
        <translation>
            <numerusform>%n Bild kodieren</numerusform>
            <numerusform>%n Bilder kodieren</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train %1 (%2-D) on %3</source>
        <translation>%1 (%2-D) auf %3 trainieren</translation>
    </message>
</context>
<context>
    <name>genlab::services::MaskedService</name>
    <message>
        <location filename="../core/services/masked/maskedservice.cpp" line="+145"/>
        <source>Load encoder %1</source>
        <translation>Encoder %1 laden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoder attention maps</source>
        <translation>Aufmerksamkeitskarten des Encoders</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Fill mask</source>
        <translation>Maske füllen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Three objectives</source>
        <translation>Drei Lernziele</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Span corruption</source>
        <translation>Span-Korruption</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use T5 model %1</source>
        <translation>T5-Modell %1 verwenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train a masked LM on %1</source>
        <translation>Ein maskiertes Sprachmodell auf %1 trainieren</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Train a T5 on %1</source>
        <translation>Ein T5 auf %1 trainieren</translation>
    </message>
</context>
<context>
    <name>genlab::services::PreferenceJobs</name>
    <message>
        <location filename="../core/services/tuning/preferencejobs.cpp" line="+61"/>
        <source>Sample answer pairs to judge</source>
        <translation>Antwortpaare zum Bewerten samplen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fit the reward model</source>
        <translation>Reward-Modell anpassen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preference tuning (%1, rule %2)</source>
        <translation>Präferenz-Tuning (%1, Regel %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference tuning (%1, %2 pairs you judged)</source>
        <translation>Präferenz-Tuning (%1, %2 von Ihnen bewertete Paare)</translation>
    </message>
</context>
<context>
    <name>genlab::services::ProjectService</name>
    <message>
        <location filename="../core/services/projectservice.cpp" line="+94"/>
        <location line="+125"/>
        <source>no project is open</source>
        <translation>es ist kein Projekt geöffnet</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>there is nothing to recover</source>
        <translation>es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1: kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the autosave is damaged (%2)</source>
        <translation>%1: die automatische Sicherung ist beschädigt (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds a project: open it instead</source>
        <translation>%1 enthält bereits ein Projekt: stattdessen dieses öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the project folder %1</source>
        <translation>der Projektordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: cannot open the project manifest (%2)</source>
        <translation>%1: das Projektmanifest kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the manifest is implausibly large (%2 bytes)</source>
        <translation>%1: das Manifest ist unplausibel groß (%2 Bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid project manifest (%2 at byte %3)</source>
        <translation>%1: kein gültiges Projektmanifest (%2 bei Byte %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the manifest has no valid format_version</source>
        <translation>%1: das Manifest hat keine gültige format_version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer version of GenLab Studio (format %2, this version reads up to %3)</source>
        <translation>%1: mit einer neueren Version von GenLab Studio erstellt (Format %2, diese Version liest bis Format %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::RetrievalService</name>
    <message>
        <location filename="../core/services/retrieval/retrievalservice.cpp" line="+227"/>
        <source>, page %1</source>
        <translation>, Seite %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Open the retrieval index %1</source>
        <translation>Retrieval-Index %1 öffnen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Update the retrieval index</source>
        <translation>Retrieval-Index aktualisieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Index the help pages</source>
        <translation>Hilfeseiten indexieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search passages</source>
        <translation>Passagen suchen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show a passage</source>
        <translation>Eine Passage anzeigen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Explain a passage&apos;s ranks</source>
        <translation>Die Ränge einer Passage erklären</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find passages by their text</source>
        <translation>Passagen über ihren Text finden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer from the passages</source>
        <translation>Aus den Passagen antworten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate an answer from the passages</source>
        <translation>Eine Antwort aus den Passagen generieren</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Evaluate the retrievers</source>
        <translation>Die Retriever evaluieren</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview the chunks of %1</source>
        <translation>Vorschau der Passagen von %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::ScalingJobs</name>
    <message>
        <location filename="../core/services/tuning/scalingjobs.cpp" line="+43"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No corpus: the default (tiny Shakespeare) was not found; choose a text file.</source>
        <translation>Kein Korpus: Der Standardkorpus (tiny Shakespeare) wurde nicht gefunden; eine Textdatei wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable text file.</source>
        <translation>%1 ist keine lesbare Textdatei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: Der Ordner kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scaling: width %1 (%2 parameters, %3 steps)</source>
        <translation>Skalierung: Breite %1 (%2 Parameter, %3 Schritte)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Width %1 was stopped.</source>
        <translation>Breite %1 wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>genlab::services::SftJobs</name>
    <message numerus="yes">
        <location filename="../core/services/tuning/sftjobs.cpp" line="+73"/>
        <source>Instruction tuning (built-in set, %n step(s))</source>
        <translation>
            <numerusform>Instruction-Tuning (eingebauter Satz, %n Schritt)</numerusform>
            <numerusform>Instruction-Tuning (eingebauter Satz, %n Schritte)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Instruction tuning (%1, %n step(s))</source>
        <translation>
            <numerusform>Instruction-Tuning (%1, %n Schritt)</numerusform>
            <numerusform>Instruction-Tuning (%1, %n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the instruction-tuned model</source>
        <translation>Das instruction-getunte Modell speichern</translation>
    </message>
</context>
<context>
    <name>genlab::services::TextService</name>
    <message>
        <location filename="../core/services/text/textservice.cpp" line="+126"/>
        <source>Load the shipped language model</source>
        <translation>Mitgeliefertes Sprachmodell laden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load model %1</source>
        <translation>Modell %1 laden</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Generate text</source>
        <translation>Text generieren</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Attention maps</source>
        <translation>Attention-Maps</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tokenize</source>
        <translation>Tokenisieren</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Load tokenizer %1</source>
        <translation>Tokenizer %1 laden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learn a BPE vocabulary (%1 tokens) on %2</source>
        <translation>BPE-Vokabular (%1 Tokens) auf %2 lernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train a language model on %1</source>
        <translation>Sprachmodell auf %1 trainieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>genlab::services::ToyDiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/toydiffusionservice.cpp" line="+133"/>
        <source>Start a toy diffusion model</source>
        <translation>Ein Toy-Diffusionsmodell starten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train the toy diffusion model</source>
        <translation>Das Toy-Diffusionsmodell trainieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample the toy diffusion model (%1)</source>
        <translation>Aus dem Toy-Diffusionsmodell samplen (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Draw the toy&apos;s noise prediction</source>
        <translation>Die Rauschvorhersage des Toy-Modells zeichnen</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ArithmeticPanel</name>
    <message>
        <location filename="../widgets/latentlab/arithmeticpanel.cpp" line="+28"/>
        <source>An attribute vector is the mean latent of one class minus the mean of another. Adding it to a point moves that point towards the first class.</source>
        <translation>Ein Attributvektor ist der mittlere latente Vektor einer Klasse minus dem Mittel einer anderen. Wird er zu einem Punkt addiert, bewegt sich dieser Punkt zur ersten Klasse hin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Towards</source>
        <translation>Hin zu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>away from</source>
        <translation>weg von</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start from the current point</source>
        <translation>Vom aktuellen Punkt ausgehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vector is added to this base point; moving the point elsewhere (map, sliders) makes that the base</source>
        <translation>Der Vektor wird zu diesem Basispunkt addiert; wird der Punkt anderswohin verschoben (Karte, Schieberegler), wird der neue Punkt zur Basis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base + k · v for k = −2, −1, 0, +1, +2:</source>
        <translation>Basis + k · v für k = −2, −1, 0, +1, +2:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The data set of the map has no classes: there is nothing to subtract.</source>
        <translation>Der Datensatz der Karte hat keine Klassen: Es gibt nichts zu subtrahieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the latent map…</source>
        <translation>Warten auf die latente Karte…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>v = mean(%1) − mean(%2), |v| = %3. Drag the amount to add it to the current point.</source>
        <translation>v = Mittel(%1) − Mittel(%2), |v| = %3. Die Stärke ziehen, um den Vektor zum aktuellen Punkt zu addieren.</translation>
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
        <translation>Basis</translation>
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
        <translation>Bild-Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-D toy distributions</source>
        <translation>2-D-Toy-Verteilungen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse the image data sets and 2-D toy distributions the labs train on</source>
        <translation>Die Bild-Datensätze und 2-D-Toy-Verteilungen durchsuchen, auf denen die Labore trainieren</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ExplorerState</name>
    <message>
        <location filename="../widgets/latentlab/explorerstate.cpp" line="+40"/>
        <source>Could not decode the point: %1</source>
        <translation>Der Punkt konnte nicht dekodiert werden: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::HomeLab</name>
    <message>
        <location filename="../widgets/home/homelab.cpp" line="+77"/>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Labs</source>
        <translation>Labore</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Generate with generative models and see inside them. Every lab works offline, on the CPU or a GPU, with models that ship with the studio or that you train or bring yourself.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Mit generativen Modellen generieren und in sie hineinsehen. Jedes Labor arbeitet offline, auf der CPU oder einer GPU, mit Modellen, die mit dem Studio geliefert, selbst trainiert oder selbst mitgebracht werden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compute</source>
        <translation>Rechnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>device:      %1
%2
measuring matmul throughput…</source>
        <translation>Gerät:       %1
%2
Matmul-Durchsatz wird gemessen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Erneut messen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The labs, and the device and thread budget model work runs with</source>
        <translation>Die Labore sowie das Gerät und das Thread-Budget, mit denen die Modellarbeit läuft</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement %1: %2</source>
        <translation>Messung %1: %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ImageDatasetsTab</name>
    <message>
        <location filename="../widgets/databrowser/imagedatasetstab.cpp" line="+38"/>
        <source>gray</source>
        <translation>Graustufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour (RGB)</source>
        <translation>Farbe (RGB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 Kanäle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a folder of PNG or JPEG images; sub-folder names become the labels</source>
        <translation>Einen Ordner mit PNG- oder JPEG-Bildern wählen; die Namen der Unterordner werden zu Labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the images of one class</source>
        <translation>Nur die Bilder einer Klasse anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shuffled</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images in a fixed random order (so the first page shows every class); off: in the data set&apos;s own order</source>
        <translation>Die Bilder in einer festen zufälligen Reihenfolge anzeigen (damit die erste Seite jede Klasse zeigt); aus: in der Reihenfolge des Datensatzes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per page</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this data set</source>
        <translation>Über diesen Datensatz</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was skipped</source>
        <translation>Grund für das Überspringen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a folder of images</source>
        <translation>Einen Bildordner wählen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open this data set: %1</source>
        <translation>Dieser Datensatz kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image %1 of the data set</source>
        <translation>Bild %1 des Datensatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
class: %1</source>
        <translation>
Klasse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
file: %1</source>
        <translation>
Datei: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>images %1–%2 of %3%4</source>
        <translation>Bilder %1–%2 von %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in class %1</source>
        <translation> in Klasse %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n Datei übersprungen</numerusform>
            <numerusform>%n Dateien übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unlabelled)</source>
        <translation>keine (ohne Labels)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 classes: %2</source>
        <translation>%1 Klassen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 unlabelled</source>
        <translation>; %1 ohne Label</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 Pixel, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by the studio (procedural)</source>
        <translation>vom Studio gezeichnet (prozedural)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The project&apos;s image folder %1 no longer exists; the data browser keeps what it shows.</source>
        <translation>Der Bildordner %1 des Projekts existiert nicht mehr; der Datenbrowser behält seine aktuelle Anzeige.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s data set “%1” is unknown to this version; the data browser keeps what it shows.</source>
        <translation>Der Datensatz „%1“ des Projekts ist dieser Version unbekannt; der Datenbrowser behält seine aktuelle Anzeige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s data set %1 is not available here (%2); the data browser keeps what it shows.</source>
        <translation>Der Datensatz %1 des Projekts ist hier nicht verfügbar (%2); der Datenbrowser behält seine aktuelle Anzeige.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the recipe of %1: %2</source>
        <translation>Das Rezept von %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 shows images of the folder %2, which no longer exists.</source>
        <translation>%1 zeigt Bilder des Ordners %2, der nicht mehr existiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 shows the data set “%2”, which this version does not know.</source>
        <translation>%1 zeigt den Datensatz „%2“, den diese Version nicht kennt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shows the data set %2, which is not available here: %3</source>
        <translation>%1 zeigt den Datensatz %2, der hier nicht verfügbar ist: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>exporting…</source>
        <translation>wird exportiert…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1 (the PNG carries its recipe: open it to show this page again)</source>
        <translation>%1 exportiert (das PNG enthält sein Rezept: es öffnen, um diese Seite wieder anzuzeigen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the page as a labelled grid</source>
        <translation>Die Seite als beschriftetes Raster exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
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
        <translation>Keine Bilder</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The largest size that shows every image</source>
        <translation>Die größte Größe, in der alle Bilder sichtbar sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One screen pixel per image pixel</source>
        <translation>Ein Bildschirmpixel pro Bildpixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twice the size, pixels kept sharp</source>
        <translation>Doppelte Größe, Pixel bleiben scharf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Four times the size, pixels kept sharp</source>
        <translation>Vierfache Größe, Pixel bleiben scharf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in use (Ctrl+wheel changes it)</source>
        <translation>Aktueller Zoom (Strg+Mausrad ändert ihn)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images one after another, as an animation</source>
        <translation>Die Bilder nacheinander als Animation zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames/s</source>
        <translation> Bilder/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation speed</source>
        <translation>Animationsgeschwindigkeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as shown, labels included</source>
        <translation>Das Raster wie angezeigt speichern, mit Beschriftungen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the images as PNG</source>
        <translation>Die Bilder als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>at %1×</source>
        <translation>bei %1×</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no images to export</source>
        <translation>Es gibt keine Bilder zum Exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::InterpolationPanel</name>
    <message>
        <location filename="../widgets/latentlab/interpolationpanel.cpp" line="+60"/>
        <source>The path goes through these points in order</source>
        <translation>Der Pfad führt der Reihe nach durch diese Punkte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick on map</source>
        <translation>Auf der Karte wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While on, each click on the map adds the nearest data-set image as an endpoint</source>
        <translation>Wenn aktiv, fügt jeder Klick auf die Karte das nächstgelegene Bild des Datensatzes als Endpunkt hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add current point</source>
        <translation>Aktuellen Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the point shown in the preview (any point of the map, a sample, a slider setting)</source>
        <translation>Den in der Vorschau gezeigten Punkt hinzufügen (beliebiger Punkt der Karte, ein Sample, eine Schiebereglereinstellung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images…</source>
        <translation>Bilder hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode your own PNG or JPEG files and add them as endpoints</source>
        <translation>Eigene PNG- oder JPEG-Dateien kodieren und als Endpunkte hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;lerp&lt;/b&gt;: a straight line between the points</source>
        <translation>&lt;b&gt;lerp&lt;/b&gt;: eine gerade Linie zwischen den Punkten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Pick two or more endpoints</source>
        <translation>Zwei oder mehr Endpunkte wählen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;slerp&lt;/b&gt;: along the sphere, |z| changes evenly</source>
        <translation>&lt;b&gt;slerp&lt;/b&gt;: entlang der Kugel, |z| ändert sich gleichmäßig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position along the path</source>
        <translation>Position entlang des Pfads</translation>
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
        <translation>Ziehungen aus N(0, I) in d Dimensionen haben |z| nahe √d: Die Masse des Priors liegt auf einer dünnen Schale. Eine gerade Linie zwischen zwei solchen Punkten verläuft durch das Innere der Schale, wo der Decoder wenige Codes gesehen hat; slerp lässt |z| sich zwischen den Endpunkten gleichmäßig ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Play both paths as animations, side by side</source>
        <translation>Beide Pfade als Animationen nebeneinander abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GIF animation</source>
        <translation>GIF-Animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>MP4-Video</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>PNG-Streifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the strip with its recipe (inside a PNG, beside a GIF or MP4)</source>
        <translation>Schreibt den Streifen mit seinem Rezept (in einem PNG, neben einem GIF oder MP4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Images to encode</source>
        <translation>Zu kodierende Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Encoding %n image(s)…</source>
        <translation>
            <numerusform>%n Bild wird kodiert…</numerusform>
            <numerusform>%n Bilder werden kodiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not encode: %1</source>
        <translation>Kodieren fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Skipped %n file(s): %1</source>
        <translation>
            <numerusform>Übersprungen (%n Datei): %1</numerusform>
            <numerusform>Übersprungen (%n Dateien): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Encoded %n image(s): each is brought to the model&apos;s size and colour, and its mean latent is the endpoint.</source>
        <translation>
            <numerusform>%n Bild kodiert: Es wird auf Größe und Farbformat des Modells gebracht, und sein mittlerer latenter Vektor ist der Endpunkt.</numerusform>
            <numerusform>%n Bilder kodiert: Jedes wird auf Größe und Farbformat des Modells gebracht, und sein mittlerer latenter Vektor ist der Endpunkt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Interpolation failed: %1</source>
        <translation>Interpolation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>√d = %1, the prior&apos;s shell</source>
        <translation>√d = %1, die Schale des Priors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames through %2 endpoints. Click a frame to make it the current point.</source>
        <translation>%1 Frames durch %2 Endpunkte. Einen Frame anklicken, um ihn zum aktuellen Punkt zu machen.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GIF animations (*.gif)</source>
        <translation>GIF-Animationen (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>MP4-Videos (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the interpolation</source>
        <translation>Die Interpolation exportieren</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::JobsDock</name>
    <message>
        <location filename="../widgets/jobs/jobsdock.cpp" line="+21"/>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+27"/>
        <source>No jobs yet. Training, generation and exports appear here with their progress.</source>
        <translation>Noch keine Aufträge. Training, Generierung und Exporte erscheinen hier mit ihrem Fortschritt.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::KlBarsPlot</name>
    <message>
        <location filename="../widgets/latentlab/klbarsplot.cpp" line="+22"/>
        <source>latent dimension</source>
        <translation>latente Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL (nats)</source>
        <translation>KL (Nats)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KL per dimension appears here while a VAE trains.</source>
        <translation>Die KL pro Dimension erscheint hier, während ein VAE trainiert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>KL per dimension at step %1: %2 of %3 dimensions carry information; the grey ones have collapsed to the prior (posterior collapse).</source>
        <translation>KL pro Dimension bei Schritt %1: %2 von %3 Dimensionen tragen Information; die grauen sind auf den Prior kollabiert (Posterior Collapse).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentLab</name>
    <message>
        <location filename="../widgets/latentlab/latentlab.cpp" line="+48"/>
        <source>Digits VAE · 16-D latent (shipped)</source>
        <translation>Ziffern-VAE · 16-D-Latentraum (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits VAE · 2-D latent (shipped)</source>
        <translation>Ziffern-VAE · 2-D-Latentraum (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a checkpoint folder…</source>
        <translation>Checkpoint-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open recipe…</source>
        <translation>Rezept öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, GIF or MP4 this lab made: its settings come back and the output is made again</source>
        <translation>Ein PNG, GIF oder MP4 öffnen, das dieses Labor erstellt hat: Seine Einstellungen werden wiederhergestellt und die Ausgabe neu erzeugt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples of the prior</source>
        <translation>Samples des Priors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent arithmetic</source>
        <translation>Latente Arithmetik</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or stop</source>
        <translation>Abspielen oder anhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A checkpoint folder (model.safetensors and config.json)</source>
        <translation>Ein Checkpoint-Ordner (model.safetensors und config.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a recipe</source>
        <translation>Ein Rezept öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the latent lab (*.png *.gif *.mp4 *.json);;All files (*)</source>
        <translation>Ausgaben des Latent-Labors (*.png *.gif *.mp4 *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shipped model was found (see the README, “Shipped models”). Train one in the Train tab, or open a checkpoint folder.</source>
        <translation>Es wurde kein mitgeliefertes Modell gefunden (siehe README, „Shipped models“). Im Tab „Trainieren“ eines trainieren oder einen Checkpoint-Ordner öffnen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train autoencoders and VAEs; sample, map, interpolate and steer their latent space</source>
        <translation>Autoencoder und VAEs trainieren; ihren Latentraum samplen, kartieren, interpolieren und steuern</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the model: %1. The lab keeps the model it had.</source>
        <translation>Das Modell konnte nicht geladen werden: %1. Das Labor behält sein bisheriges Modell.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not build the latent map: %1</source>
        <translation>Die latente Karte konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the recipe: %1</source>
        <translation>Das Rezept kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by the %2 lab, not this one.</source>
        <translation>%1 wurde vom Labor %2 erstellt, nicht von diesem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this lab cannot redo “%2”.</source>
        <translation>%1: Dieses Labor kann „%2“ nicht wiederholen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened the recipe of %1 (%2).</source>
        <translation>Rezept von %1 geöffnet (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Warning: the model&apos;s weights are not the ones that made it, so the output may differ.</source>
        <translation> Warnung: Die Gewichte des Modells sind nicht die, mit denen es erstellt wurde; die Ausgabe kann daher abweichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Loading its model %1…</source>
        <translation> Sein Modell %1 wird geladen…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The recipe&apos;s endpoints do not fit this model&apos;s %1-D latent.</source>
        <translation>Die Endpunkte des Rezepts passen nicht zum %1-D-Latentraum dieses Modells.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe&apos;s latent does not fit this model&apos;s %1-D latent.</source>
        <translation>Der latente Vektor des Rezepts passt nicht zum %1-D-Latentraum dieses Modells.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The project&apos;s model %1 was not found (the folder no longer exists, or the shipped model is missing); the lab keeps its current model.</source>
        <translation>Das Modell %1 des Projekts wurde nicht gefunden (der Ordner existiert nicht mehr oder das mitgelieferte Modell fehlt); das Labor behält sein aktuelles Modell.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentMapPanel</name>
    <message>
        <location filename="../widgets/latentlab/latentmappanel.cpp" line="+40"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every point again (the mouse wheel zooms)</source>
        <translation>Wieder alle Punkte anzeigen (das Mausrad zoomt)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>lerp path</source>
        <translation>lerp-Pfad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slerp path</source>
        <translation>slerp-Pfad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current point</source>
        <translation>aktueller Punkt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encoding the data set with the model…</source>
        <translation>Datensatz wird mit dem Modell kodiert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No map</source>
        <translation>Keine Karte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unlabelled</source>
        <translation>ohne Label</translation>
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
        <translation>%1: %2 Bilder an ihren kodierten Mittelwerten. Der Latentraum ist 2-D: Dies ist der Latentraum selbst.
Zeigen: nächstgelegenes Bild · Drücken oder Ziehen: diesen Punkt dekodieren · Mausrad: Zoom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>principal component 1</source>
        <translation>Hauptkomponente 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal component 2</source>
        <translation>Hauptkomponente 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 images at their encoded means, the %3-D latents projected on their two main axes (PCA, %4% of the variance).
Hover: the nearest image · press or drag: decode that point · wheel: zoom</source>
        <translation>%1: %2 Bilder an ihren kodierten Mittelwerten, die %3-D-latenten Vektoren auf ihre zwei Hauptachsen projiziert (PCA, %4 % der Varianz).
Zeigen: nächstgelegenes Bild · Drücken oder Ziehen: diesen Punkt dekodieren · Mausrad: Zoom</translation>
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
        <translation>Hilfe</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+301"/>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Model work runs on %1</source>
        <translation>Modellarbeit läuft auf %1</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Autosave failed: %1</source>
        <translation>Automatische Sicherung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Recover project</source>
        <translation>Projekt wiederherstellen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GenLab Studio did not close cleanly while %1 was open. Recover the autosaved state of the project? (Choosing No keeps the last saved version.)</source>
        <translation>GenLab Studio wurde nicht ordnungsgemäß beendet, während %1 geöffnet war. Den automatisch gesicherten Zustand des Projekts wiederherstellen? („Nein“ behält die zuletzt gespeicherte Version.)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 lab: %2</source>
        <translation>Labor %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Show the %1 lab</source>
        <translation>Das Labor %1 zeigen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Project</source>
        <translation>Projekt &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Re&amp;cipe…</source>
        <translation>&amp;Rezept öffnen…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Open the recipe of an output</source>
        <translation>Das Rezept einer Ausgabe öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)</source>
        <translation>Ausgaben mit Rezepten (*.png *.recipe.json *.gif *.mp4 *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Help on This &amp;Lab</source>
        <translation>Hilfe zu diesem &amp;Labor</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Help &amp;Contents</source>
        <translation>Hilfe-&amp;Inhalt</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenes</source>
        <translation>S&amp;zenen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scene…</source>
        <translation>Szene &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scene</source>
        <translation>Szene &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;Tour</source>
        <translation>&amp;Rundgang starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GenLab Studio</source>
        <translation>Ü&amp;ber GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device: loading the engine…</source>
        <translation>Gerät: die Engine wird geladen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restart GenLab Studio</source>
        <translation>GenLab Studio neu starten</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running will be stopped (a training run saves a checkpoint first). Restart now?</source>
        <translation>
            <numerusform>Ein laufender Auftrag wird beendet (ein Trainingslauf speichert zuerst einen Checkpoint). Jetzt neu starten?</numerusform>
            <numerusform>%n laufende Aufträge werden beendet (ein Trainingslauf speichert zuerst einen Checkpoint). Jetzt neu starten?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Help on the %1 Lab</source>
        <translation>Hilfe zum Labor %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the help page of the lab shown (%1)</source>
        <translation>Die Hilfeseite des gezeigten Labors öffnen (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No jobs running</source>
        <translation>Keine laufenden Aufträge</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recent projects)</source>
        <translation>(keine zuletzt geöffneten Projekte)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an empty folder for the new project</source>
        <translation>Einen leeren Ordner für das neue Projekt wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a device not known yet (the engine is loading)</source>
        <translation>einem noch unbekannten Gerät (die Engine wird geladen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The labs are still loading; open %1 again in a moment.</source>
        <translation>Die Labore werden noch geladen; öffnen Sie %1 gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+58"/>
        <source>Scene %1: %2</source>
        <translation>Szene %1: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recall Scene %1</source>
        <translation>Szene %1 aufrufen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Save scene</source>
        <translation>Szene speichern</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name of the scene:</source>
        <translation>Name der Szene:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenes are kept in the project: create or open a project first.</source>
        <translation>Szenen werden im Projekt gespeichert: Legen Sie zuerst ein Projekt an oder öffnen Sie eines.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved scene %1 (%2)</source>
        <translation>Szene %1 gespeichert (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This project has no scene %1</source>
        <translation>Dieses Projekt hat keine Szene %1</translation>
    </message>
    <message>
        <location line="-662"/>
        <location line="+433"/>
        <location line="+10"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GenLab projects (project.json)</source>
        <translation>GenLab-Projekte (project.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+240"/>
        <source>Save project</source>
        <translation>Projekt speichern</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Project saved to %1</source>
        <translation>Projekt in %1 gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About GenLab Studio</source>
        <translation>Über GenLab Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Generate with generative models and see inside them: text models, latent spaces, GANs, diffusion and retrieval, on your own machine, offline.&lt;/p&gt;&lt;p&gt;Model work runs on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Mit generativen Modellen generieren und in sie hineinsehen: Textmodelle, Latenträume, GANs, Diffusion und Retrieval, auf dem eigenen Rechner, offline.&lt;/p&gt;&lt;p&gt;Modellarbeit läuft auf %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Open recipe</source>
        <translation>Rezept öffnen</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+169"/>
        <source>%1 was made by the %2 lab, which this version of GenLab Studio does not have.</source>
        <translation>%1 wurde vom Labor %2 erstellt, das diese Version von GenLab Studio nicht hat.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The %1 lab could not restore the recipe of %2.</source>
        <translation>Das Labor %1 konnte das Rezept von %2 nicht wiederherstellen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1</source>
        <translation>Einstellungen von %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::PreviewPanel</name>
    <message>
        <location filename="../widgets/latentlab/previewpanel.cpp" line="+25"/>
        <source>&lt;b&gt;Current point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktueller Punkt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this image as a PNG that carries its latent (Open recipe… brings it back)</source>
        <translation>Dieses Bild als PNG speichern, das seinen latenten Vektor enthält („Rezept öffnen…“ holt ihn zurück)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A point of the map</source>
        <translation>Ein Punkt der Karte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set with the sliders</source>
        <translation>Mit den Schiebereglern gesetzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample of the prior</source>
        <translation>Ein Sample des Priors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A frame of the interpolation</source>
        <translation>Ein Frame der Interpolation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base point + amount × attribute vector</source>
        <translation>Basispunkt + Stärke × Attributvektor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a recipe</source>
        <translation>Aus einem Rezept</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre of the latent space (z = 0)</source>
        <translation>Das Zentrum des Latentraums (z = 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click or drag on the map, move a slider or click a sample to decode a point here.</source>
        <translation>Auf die Karte klicken oder darauf ziehen, einen Schieberegler bewegen oder ein Sample anklicken, um hier einen Punkt zu dekodieren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
|z| = %2 (a typical prior draw has |z| ≈ %3)</source>
        <translation>%1
|z| = %2 (eine typische Ziehung aus dem Prior hat |z| ≈ %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the current point</source>
        <translation>Aktuellen Punkt speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SamplePanel</name>
    <message>
        <location filename="../widgets/latentlab/samplepanel.cpp" line="+27"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw new samples with a random seed</source>
        <translation>Neue Samples mit einem zufälligen Seed ziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scale of z: 1 draws from the prior N(0, I); smaller values stay near the centre (typical, blurrier images), larger ones go where the model saw little data</source>
        <translation>Die Skala von z: 1 zieht aus dem Prior N(0, I); kleinere Werte bleiben nahe am Zentrum (typische, unschärfere Bilder), größere gehen dorthin, wo das Modell wenige Daten gesehen hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PNG…</source>
        <translation>PNG speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as a PNG that carries its recipe</source>
        <translation>Das Raster als PNG speichern, das sein Rezept enthält</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each tile decodes a z drawn from the prior. Click one to make it the current point.</source>
        <translation>Jede Kachel dekodiert ein aus dem Prior gezogenes z. Eine anklicken, um sie zum aktuellen Punkt zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling…</source>
        <translation>Sampling läuft…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 draws of z from N(0, σ²·I) with σ = %2 (the temperature), seed %3. Click one to make it the current point.</source>
        <translation>%1 Ziehungen von z aus N(0, σ²·I) mit σ = %2 (der Temperatur), Seed %3. Eine anklicken, um sie zum aktuellen Punkt zu machen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model is a plain autoencoder: nothing made its codes follow N(0, I), so these draws need not look like the data. Compare with a VAE.</source>
        <translation>Dieses Modell ist ein einfacher Autoencoder: Nichts hat seine Codes dazu gebracht, N(0, I) zu folgen, daher müssen diese Ziehungen den Daten nicht ähneln. Zum Vergleich einen VAE verwenden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save samples</source>
        <translation>Samples speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SettingsDialog</name>
    <message>
        <location filename="../widgets/shell/language.cpp" line="+66"/>
        <location filename="../widgets/shell/settingsdialog.cpp" line="+89"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../widgets/shell/settingsdialog.cpp" line="-3"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the studio&apos;s menus, labs and messages, and the format of its numbers. &quot;System language&quot; follows the desktop&apos;s setting.</source>
        <translation>Die Sprache der Menüs, Labore und Meldungen des Studios und das Format seiner Zahlen. „Systemsprache“ folgt der Einstellung des Desktops.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menus, the status bar and this window have changed already. The labs show the new language after a restart; restarting saves the open project and reopens it.</source>
        <translation>Die Menüs, die Statusleiste und dieses Fenster sind bereits umgestellt. Die Labore zeigen die neue Sprache nach einem Neustart; der Neustart speichert das offene Projekt und öffnet es wieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SlidersPanel</name>
    <message>
        <location filename="../widgets/latentlab/sliderspanel.cpp" line="+34"/>
        <source>Centre (z = 0)</source>
        <translation>Zentrum (z = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random point</source>
        <translation>Zufälliger Punkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw z from the prior N(0, I)</source>
        <translation>z aus dem Prior N(0, I) ziehen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No model loaded.</source>
        <translation>Kein Modell geladen.</translation>
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
        <translation>z%1 · Var %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive: the encoder ignores this dimension (its posterior is the prior), so moving it changes little. This is posterior collapse.</source>
        <translation>Inaktiv: Der Encoder ignoriert diese Dimension (ihr Posterior ist der Prior), daher ändert ihre Verschiebung wenig. Das ist Posterior Collapse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much information this dimension carries about the image, averaged over the data set</source>
        <translation>Wie viel Information diese Dimension über das Bild trägt, gemittelt über den Datensatz</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 dimensions of the current point: drag one to move the point along it.</source>
        <translation>Die %1 Dimensionen des aktuellen Punkts: eine davon ziehen, um den Punkt entlang dieser Dimension zu bewegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). The model uses every one of them.</source>
        <translation>Die %1 Dimensionen des aktuellen Punkts, die informativsten zuerst (KL über die Daten). Das Modell nutzt jede von ihnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). %2 of them are inactive (greyed): the model ignores them (posterior collapse).</source>
        <translation>Die %1 Dimensionen des aktuellen Punkts, die informativsten zuerst (KL über die Daten). %2 davon sind inaktiv (ausgegraut): Das Modell ignoriert sie (Posterior Collapse).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 dimensions of the current point (an autoencoder: most variable first).</source>
        <translation>Die %1 Dimensionen des aktuellen Punkts (ein Autoencoder: die variabelsten zuerst).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::StepSlider</name>
    <message>
        <location filename="../widgets/components/stepslider.cpp" line="+26"/>
        <source>The previous recorded step</source>
        <translation>Der vorherige aufgezeichnete Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next recorded step</source>
        <translation>Der nächste aufgezeichnete Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a step at which the model&apos;s outputs were recorded</source>
        <translation>Einen Schritt wählen, bei dem die Ausgaben des Modells aufgezeichnet wurden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep showing the newest step while training runs</source>
        <translation>Während des Trainings immer den neuesten Schritt zeigen</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>no samples recorded yet</source>
        <translation>noch keine Samples aufgezeichnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1 (%2 of %3)</source>
        <translation>Schritt %1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ToyDistributionsTab</name>
    <message>
        <location filename="../widgets/databrowser/toydistributionstab.cpp" line="+35"/>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your drawing</source>
        <translation>Eigene Zeichnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sample</source>
        <translation>Neue Stichprobe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw again with the next seed</source>
        <translation>Mit dem nächsten Seed erneut ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear drawing</source>
        <translation>Zeichnung löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click or drag on the plot to draw points: &quot;Your drawing&quot; then samples around them (Gaussians as wide as half the typical gap between your points).</source>
        <translation>In das Diagramm klicken oder darin ziehen, um Punkte zu zeichnen: „Eigene Zeichnung“ sampelt dann um sie herum (Gauß-Verteilungen, halb so breit wie der typische Abstand zwischen den Punkten).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your points</source>
        <translation>eigene Punkte</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Draw some points on the plot first.</source>
        <translation>Zuerst einige Punkte in das Diagramm zeichnen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 points, seed %3</source>
        <translation>%1: %2 Punkte, Seed %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot sample: %1</source>
        <translation>Sampling nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingControls</name>
    <message>
        <location filename="../widgets/components/trainingcontrols.cpp" line="+34"/>
        <location line="+72"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Pause training; resume it, or run one step at a time</source>
        <translation>Training anhalten; danach fortsetzen oder Schritt für Schritt ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While paused: run exactly one more step</source>
        <translation>Im angehaltenen Zustand: genau einen weiteren Schritt ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected job (a queued job is removed; training saves its last step)</source>
        <translation>Den ausgewählten Auftrag stoppen (ein wartender Auftrag wird entfernt; ein Training speichert seinen letzten Schritt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training; the weights of the last step are saved as a checkpoint</source>
        <translation>Training stoppen; die Gewichte des letzten Schritts werden als Checkpoint gespeichert</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingMonitor</name>
    <message>
        <location filename="../widgets/components/trainingmonitor.cpp" line="+201"/>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average weight, debiased as in TensorBoard; the raw values stay drawn faintly behind the smoothed curve</source>
        <translation>Gewicht des exponentiellen gleitenden Mittels, bias-korrigiert wie in TensorBoard; die Rohwerte bleiben blass hinter der geglätteten Kurve sichtbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log scale</source>
        <translation>Log-Skala</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic value axis (values &lt;= 0 are not drawn)</source>
        <translation>Logarithmische Werteachse (Werte &lt;= 0 werden nicht gezeichnet)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all the data again (or double-click the plot)</source>
        <translation>Wieder alle Daten anzeigen (oder auf das Diagramm doppelklicken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>Daten als CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PNG…</source>
        <translation>Diagramm als PNG…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+322"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the curves as CSV</source>
        <translation>Die Kurven als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export the plot as PNG</source>
        <translation>Das Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+249"/>
        <location line="+2"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Hover to read values · wheel zooms · drag pans · double-click shows all · click picks a step</source>
        <translation>Zeigen liest Werte ab · Mausrad zoomt · Ziehen verschiebt · Doppelklick zeigt alles · Klick wählt einen Schritt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (raw %1)</source>
        <translation> (roh %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(raw %1)</source>
        <translation>(roh %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source> at step %1</source>
        <translation> bei Schritt %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (smoothed)</source>
        <translation> (geglättet)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingPanel</name>
    <message>
        <location filename="../widgets/latentlab/trainingpanel.cpp" line="+41"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAE (stochastic encoder, KL term)</source>
        <translation>VAE (stochastischer Encoder, KL-Term)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder (no KL)</source>
        <translation>Autoencoder (ohne KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latent size</source>
        <translation>Latente Dimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>Farbe (3 Kanäle)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bernoulli (binary cross-entropy)</source>
        <translation>Bernoulli (binäre Kreuzentropie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian (squared error)</source>
        <translation>Gauß (quadratischer Fehler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the KL term: larger values give a smoother, more prior-like latent space and blurrier reconstructions, and more collapsed dimensions</source>
        <translation>Gewicht des KL-Terms: Größere Werte ergeben einen glatteren, dem Prior ähnlicheren Latentraum, unschärfere Rekonstruktionen und mehr kollabierte Dimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β (KL weight)</source>
        <translation>β (KL-Gewicht)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β grows linearly from 0 over these steps (against posterior collapse)</source>
        <translation>β wächst über diese Schritte linear von 0 an (gegen Posterior Collapse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β warm-up</source>
        <translation>β-Warm-up</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconstructions every</source>
        <translation>Rekonstruktionen alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use in the explorer</source>
        <translation>Im Explorer verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the explorer (map, samples, sliders)</source>
        <translation>Den neuesten Checkpoint in den Explorer laden (Karte, Samples, Schieberegler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the explorer</source>
        <translation>Es im Explorer verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>„Fortsetzen“ ankreuzen, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per image</source>
        <translation>Nats pro Bild</translation>
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
        <translation>Rekonstruktion</translation>
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
        <location line="+9"/>
        <source>Reconstructions appear every few steps while training runs</source>
        <translation>Rekonstruktionen erscheinen alle paar Schritte, während das Training läuft</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Einen Datensatz wählen und „Trainieren“ drücken. Kurven, KL pro Dimension und Rekonstruktionen erscheinen während des Laufs; Anhalten, Einzelschritt und Stoppen gibt es hier oder im Dock „Aufträge“.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Reconstructions</source>
        <translation>Rekonstruktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs above, the model&apos;s outputs below, at the step picked below.</source>
        <translation>Oben die Eingaben, unten die Ausgaben des Modells, beim unten gewählten Schritt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same draws from the prior N(0, I), decoded at the step picked below.</source>
        <translation>Dieselben Ziehungen aus dem Prior N(0, I), dekodiert beim unten gewählten Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VAE&apos;s prior samples appear every few steps while training runs</source>
        <translation>Die Samples aus dem Prior eines VAE erscheinen alle paar Schritte, während das Training läuft</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>An autoencoder has no KL term: its codes are not pulled towards a prior, so no dimension collapses (and sampling from N(0, I) means little).</source>
        <translation>Ein Autoencoder hat keinen KL-Term: Seine Codes werden nicht zu einem Prior hingezogen, daher kollabiert keine Dimension (und Sampling aus N(0, I) sagt wenig aus).</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.</source>
        <translation>Fertig: %1 Schritte, Rekonstruktion %2, KL %3 Nats pro Bild, %4 Bilder/s. Gespeichert in %5.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingSession</name>
    <message>
        <location filename="../widgets/components/trainingsession.cpp" line="+56"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>use it</source>
        <translation>Es verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Train to continue</source>
        <translation>„Trainieren“ drücken, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Previews appear every few steps while training runs</source>
        <translation>Vorschauen erscheinen alle paar Schritte, während das Training läuft</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Training: %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples appear here as the model learns.</source>
        <translation>Samples erscheinen hier, während das Modell lernt.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1, Schritt %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample at step %1:</source>
        <translation>Sample bei Schritt %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused. Resume, or run one step at a time.</source>
        <translation>Angehalten. Fortsetzen oder Schritt für Schritt ausführen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1 steps. Saved in %2.</source>
        <translation>Fertig: %1 Schritte. Gespeichert in %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. The last completed step is saved in %1: %2.</source>
        <translation>Gestoppt. Der letzte abgeschlossene Schritt ist in %1 gespeichert: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the first step; nothing was saved.</source>
        <translation>Vor dem ersten Schritt gestoppt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training paused: %1 To train with a lower learning rate (try %2), press Stop, then %3.</source>
        <translation>Training pausiert: %1 Um mit einer kleineren Lernrate zu trainieren (versuchen Sie %2), drücken Sie Stopp, dann %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 became %2 at step %3</source>
        <translation>%1 wurde %2 in Schritt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infinite</source>
        <translation>unendlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The curves and previews up to step %1 are kept.</source>
        <translation>Die Kurven und Vorschauen bis Schritt %1 bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It diverged at its first step.</source>
        <translation>Es ist schon im ersten Schritt divergiert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged: %1. %2 The model saved at step %3 in %4 is intact: %5, or lower the learning rate (try %6) and %7 from step %3.</source>
        <translation>Training divergiert: %1. %2 Das bei Schritt %3 in %4 gespeicherte Modell ist intakt: %5 oder die Lernrate senken (z. B. %6) und %7 (ab Schritt %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a run that diverges.</source>
        <translation>Training divergiert: %1. %2 Es wurde noch kein Checkpoint gespeichert, daher gibt es kein Modell zu behalten: Die Lernrate senken (z. B. %3) und erneut trainieren; ein Checkpoint alle paar hundert Schritte bewahrt den Fortschritt eines divergierenden Laufs.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::BranchStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/branchstrip.cpp" line="+22"/>
        <source>Scrub to a step above, then branch from it: each branch appears here beside the run.</source>
        <translation>Oben mit dem Schieberegler einen Schritt wählen und von dort verzweigen: Jeder Zweig erscheint hier neben dem Lauf.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1
Click to scrub this run.</source>
        <translation>%1
Klicken, um diesen Lauf mit dem Schieberegler durchzugehen.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::CompareGrid</name>
    <message>
        <location filename="../widgets/diffusionlab/comparegrid.cpp" line="+19"/>
        <source>Pick a comparison and press Compare: the runs share the seed and the scrubber.</source>
        <translation>Einen Vergleich wählen und „Vergleichen“ drücken: Die Läufe teilen sich Seed und Schieberegler.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>step %1/%2 · %3 s</source>
        <translation>Schritt %1/%2 · %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1/%2 · running…</source>
        <translation>Schritt %1/%2 · läuft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting…</source>
        <translation>wartet…</translation>
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
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>DDPM vs DDIM vs DPM-Solver</source>
        <translation>DDPM vs. DDIM vs. DPM-Solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance 1 / 3 / 7</source>
        <translation>Guidance 1 / 3 / 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 vs 50 steps</source>
        <translation>10 vs. 50 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 / 10 / 20 / 50 steps</source>
        <translation>5 / 10 / 20 / 50 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every column starts from the same noise (the seed on the left); only what the comparison names differs</source>
        <translation>Jede Spalte startet vom selben Rauschen (dem Seed links); nur das, was der Vergleich nennt, ist verschieden</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>guidance %1</source>
        <translation>Guidance %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A run failed: %1</source>
        <translation>Ein Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 runs finished.</source>
        <translation>%1 von %2 Läufen abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n runs one after another…</source>
        <translation>
            <numerusform>%n Lauf wird ausgeführt…</numerusform>
            <numerusform>%n Läufe werden nacheinander ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the comparison</source>
        <translation>Den Vergleich stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the columns one after another with the same seed</source>
        <translation>Die Spalten nacheinander mit demselben Seed ausführen</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingScrubber</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingscrubber.cpp" line="+30"/>
        <source>Step 0: the starting noise (Home)</source>
        <translation>Schritt 0: das Startrauschen (Pos1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step back (Left)</source>
        <translation>Einen Schritt zurück (Links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Play the denoising from here (Space)</source>
        <translation>Das Entrauschen ab hier abspielen (Leertaste)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>One step on (Right)</source>
        <translation>Einen Schritt weiter (Rechts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step: the image (End)</source>
        <translation>Der letzte Schritt: das Bild (Ende)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag over the steps: noise on the left, the image on the right</source>
        <translation>Über die Schritte ziehen: links das Rauschen, rechts das Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> steps/s</source>
        <translation> Schritte/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast Play goes through the steps</source>
        <translation>Wie schnell „Abspielen“ durch die Schritte läuft</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Pause (Space)</source>
        <translation>Anhalten (Leertaste)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingView</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingview.cpp" line="+36"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>„Sampling“ drücken und zusehen, wie aus Rauschen Schritt für Schritt ein Bild wird.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  t = %1</source>
        <translation>  ·  t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = 0 (the image)</source>
        <translation>  ·  σ = 0 (das Bild)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1 (pure noise)</source>
        <translation>  ·  σ = %1 (reines Rauschen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1</source>
        <translation>  ·  σ = %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the noisy image</source>
        <translation>das verrauschte Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the model&apos;s guess of the image</source>
        <translation>die Schätzung des Bildes durch das Modell</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no guess yet: step 0 is the noise</source>
        <translation>noch keine Schätzung: Schritt 0 ist das Rauschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not computed yet</source>
        <translation>noch nicht berechnet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>branched at %1</source>
        <translation>verzweigt bei %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>x_t, the noisy image</source>
        <translation>x_t, das verrauschte Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x̂₀, the model&apos;s guess of the clean image</source>
        <translation>x̂₀, die Schätzung des sauberen Bildes durch das Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (t = %2): %3. Click to go there.</source>
        <translation>Schritt %1 (t = %2): %3. Klicken, um dorthin zu springen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_t: the image the sampler holds at this step, noise and signal together</source>
        <translation>x_t: das Bild, das der Sampler bei diesem Schritt hält, Rauschen und Signal zusammen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>x̂₀: what the model predicts the finished image to be, seen from this step</source>
        <translation>x̂₀: das fertige Bild, wie das Modell es von diesem Schritt aus vorhersagt</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionLab</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusionlab.cpp" line="+53"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Mitgeliefertes Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the model that comes with the studio (%1)</source>
        <translation>Zum Modell zurückkehren, das mit dem Studio mitgeliefert wird (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a diffusion model&apos;s checkpoint folder (config.json and its weights), e.g. one trained on the Train page</source>
        <translation>Den Checkpoint-Ordner eines Diffusionsmodells öffnen (config.json und seine Gewichte), z. B. eines, das auf der Seite „Trainieren“ trainiert wurde</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Forward process</source>
        <translation>Vorwärtsprozess</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Toy 2-D</source>
        <translation>2-D-Toy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN vs diffusion</source>
        <translation>GAN vs. Diffusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train or pause</source>
        <translation>Trainieren oder pausieren</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noise an image step by step, train a denoising UNet, sample with every step kept, scrubbed and branched; GAN vs diffusion</source>
        <translation>Ein Bild Schritt für Schritt verrauschen, ein Entrauschungs-UNet trainieren, samplen und dabei jeden Schritt behalten, durchgehen und verzweigen; GAN vs. Diffusion</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the shipped model (%1)</source>
        <translation>das mitgelieferte Modell (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A diffusion model&apos;s checkpoint folder (config.json and its weights)</source>
        <translation>Der Checkpoint-Ordner eines Diffusionsmodells (config.json und seine Gewichte)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>Das Labor behält %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: load a checkpoint folder, or train one on the Train page.</source>
        <translation>Es ist kein Modell geladen: einen Checkpoint-Ordner laden oder auf der Seite „Trainieren“ eines trainieren.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>Der Modellordner %1 des Projekts existiert nicht mehr; das Labor behält %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>Der Modellordner %1 des Projekts existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>Rezept %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was made by the %1 lab, not this one</source>
        <translation>es wurde vom Labor %1 erstellt, nicht von diesem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of %1 is set up on the Train page: press Train to run it again</source>
        <translation>Der Lauf von %1 ist auf der Seite „Trainieren“ eingerichtet: „Trainieren“ drücken, um ihn erneut zu starten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>der Modellordner, mit dem es erstellt wurde (%1), existiert nicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1 for the recipe %2…</source>
        <translation>%1 wird für das Rezept %2 geladen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Sample page cannot make a “%1” output</source>
        <translation>die Seite „Sampling“ kann keine Ausgabe „%1“ erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careful: %1 was made with other weights than this model&apos;s, so the images may differ</source>
        <translation>Achtung: %1 wurde mit anderen Gewichten als denen dieses Modells erstellt, die Bilder können daher abweichen</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionTrainPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusiontrainpanel.cpp" line="+78"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Klassenbedingt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is told which class it denoises (the data set&apos;s labels; a folder&apos;s subfolders are its classes), so sampling can ask for a class and use guidance. The sample grid then has one column per class.</source>
        <translation>Das Netz erfährt, welche Klasse es entrauscht (die Labels des Datensatzes; die Unterordner eines Ordners sind seine Klassen), sodass beim Sampling eine Klasse angefordert und Guidance verwendet werden kann. Das Sample-Raster hat dann eine Spalte pro Klasse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of labels replaced by “no class” while training, so the same network also learns the unconditional prediction that classifier-free guidance needs; default %1</source>
        <translation>Anteil der Labels, die beim Training durch „keine Klasse“ ersetzt werden, sodass dasselbe Netz auch die unbedingte Vorhersage lernt, die Classifier-free Guidance braucht; Standard: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class dropout</source>
        <translation>Klassen-Dropout</translation>
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
        <translation>28 bis %1 px auf dieser GPU: ein Vielfaches von 4 unter 48, von 8 ab 48, von 16 ab 80</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>28 to %1 px: a multiple of 4 below 48, of 8 from 48 (a GPU trains up to %2 px)</source>
        <translation>28 bis %1 px: ein Vielfaches von 4 unter 48, von 8 ab 48 (eine GPU trainiert bis %2 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 Kanäle; sonst Graustufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of the first level (a multiple of 8); the lower levels have twice as many</source>
        <translation>Kanäle der ersten Ebene (ein Vielfaches von 8); die tieferen Ebenen haben doppelt so viele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-attention at the lowest resolution: every position sees the whole image</source>
        <translation>Self-Attention auf der niedrigsten Auflösung: Jede Position sieht das ganze Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual blocks (group norm, time embedding) per level on the way down</source>
        <translation>Residualblöcke (Group Norm, Zeit-Embedding) pro Ebene auf dem Weg nach unten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicts ε</source>
        <translation>sagt ε vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicts v</source>
        <translation>sagt v vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network outputs: the noise ε (DDPM), or v = √ᾱ·ε − √(1−ᾱ)·x₀, which stays well scaled at high noise</source>
        <translation>Was das Netz ausgibt: das Rauschen ε (DDPM) oder v = √ᾱ·ε − √(1−ᾱ)·x₀, das auch bei starkem Rauschen gut skaliert bleibt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res blocks</source>
        <translation>Res-Blöcke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast ᾱ(t) falls from 1 to 0; the Forward process page plots all three</source>
        <translation>Wie schnell ᾱ(t) von 1 auf 0 fällt; die Seite „Vorwärtsprozess“ zeigt alle drei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T </source>
        <translation>T </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Zeitschritte vom sauberen Bild bis zum reinen Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Rauschplan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Samples alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss by t every</source>
        <translation>Verlust je t alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of the loss at each noise level (%1 held-out images at fixed noise): the heat map&apos;s columns; default %2</source>
        <translation>Schritte zwischen Messungen des Verlusts auf jeder Rauschstufe (%1 zurückgehaltene Bilder bei festem Rauschen): die Spalten der Heatmap; Standard: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampled weights are a moving average of the trained ones: ema = decay·ema + (1 − decay)·w; default %1</source>
        <translation>Die Gewichte fürs Sampling sind ein gleitender Mittelwert der trainierten: ema = decay·ema + (1 − decay)·w; Standard: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DDIM steps of the preview samples (one fixed seed); default %1</source>
        <translation>DDIM-Schritte der Vorschau-Samples (ein fester Seed); Standard: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DDIM steps</source>
        <translation> DDIM-Schritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA decay</source>
        <translation>EMA-Abklingrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previews with</source>
        <translation>Vorschauen mit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the lab: sample it on the Sample page</source>
        <translation>Den neuesten Checkpoint ins Labor laden: auf der Seite „Sampling“ daraus samplen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the lab</source>
        <translation>Es im Labor verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>„Fortsetzen“ ankreuzen, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (mean squared error)</source>
        <translation>Verlust (mittlerer quadratischer Fehler)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>Verlust (zurückgehaltene Daten)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise denoised by the EMA weights at the step picked below.</source>
        <translation>Dasselbe Rauschen, entrauscht mit den EMA-Gewichten beim unten gewählten Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s samples appear every few steps while training runs</source>
        <translation>Die Samples des Modells erscheinen alle paar Schritte, während das Training läuft</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done: %1 steps, loss %2, %3 steps/s. Saved in %4. Press “Use this model” to sample it.</source>
        <translation>Fertig: %1 Schritte, Verlust %2, %3 Schritte/s. Gespeichert in %4. „Dieses Modell verwenden“ drücken, um daraus zu samplen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a data set and press Train. The loss, the loss at each noise level and the model&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Einen Datensatz wählen und „Trainieren“ drücken. Der Verlust, der Verlust auf jeder Rauschstufe und die Samples des Modells erscheinen während des Laufs; Anhalten, Einzelschritt und Stoppen gibt es hier oder im Dock „Aufträge“.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>A class-conditional model needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Ein klassenbedingtes Modell braucht Klassen: Dieser Ordner hat keine Unterordner mit Bildern. Das Häkchen bei „Klassenbedingt“ entfernen oder einen Ordner mit einem Unterordner pro Klasse wählen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The batch of %1 does not split evenly over %2 processes: choose a batch that is a multiple of %2.</source>
        <translation>Der Batch von %1 lässt sich nicht gleichmäßig auf %2 Prozesse aufteilen: Wählen Sie einen Batch, der ein Vielfaches von %2 ist.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ForwardView</name>
    <message>
        <location filename="../widgets/diffusionlab/forwardview.cpp" line="+54"/>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+273"/>
        <source>Your image file</source>
        <translation>Eigene Bilddatei</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which image of the data set</source>
        <translation>Welches Bild des Datensatzes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Datei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise an image of your own (PNG, JPEG, …); it is brought to at most 64 px</source>
        <translation>Ein eigenes Bild verrauschen (PNG, JPEG, …); es wird auf höchstens 64 px gebracht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Rauschplan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How fast the image is drowned: linear (DDPM), cosine (improved DDPM) or sigmoid</source>
        <translation>Wie schnell das Bild im Rauschen versinkt: linear (DDPM), Kosinus (Improved DDPM) oder Sigmoid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Zeitschritte vom sauberen Bild bis zum reinen Rauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The noise drawn; the same seed draws the same noise</source>
        <translation>Das gezogene Rauschen; derselbe Seed zieht dasselbe Rauschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timestep t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the clean image; T: pure noise</source>
        <translation>0: das saubere Bild; T: reines Rauschen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image and its noised versions appear here</source>
        <translation>Das Bild und seine verrauschten Versionen erscheinen hier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timestep t</source>
        <translation>Zeitschritt t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ᾱ(t), the signal&apos;s share (solid)</source>
        <translation>ᾱ(t), der Anteil des Signals (durchgezogen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR ᾱ/(1−ᾱ), log scale (dashed)</source>
        <translation>SNR ᾱ/(1−ᾱ), Log-Skala (gestrichelt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+349"/>
        <source>%1 schedule</source>
        <translation>Rauschplan: %1</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Drag t and watch the digit drown: by t = T nothing of x₀ is left (ᾱ ≈ 0) and x_t is pure noise, which is where sampling starts. Compare the schedules: cosine keeps the image longer than linear, whose ᾱ is nearly 0 for the last third of the steps.</source>
        <translation>Ziehen Sie t und sehen Sie zu, wie die Ziffer im Rauschen versinkt: Bei t = T ist von x₀ nichts mehr übrig (ᾱ ≈ 0), und x_t ist reines Rauschen – genau dort beginnt das Sampling. Vergleichen Sie die Rauschpläne: Kosinus erhält das Bild länger als linear, dessen ᾱ im letzten Drittel der Schritte fast 0 ist.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>An image to noise</source>
        <translation>Ein zu verrauschendes Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>x₀ (clean)</source>
        <translation>x₀ (sauber)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, one draw</source>
        <translation>x_t, eine Ziehung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, %1 single steps</source>
        <translation>x_t, %1 Einzelschritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε, the noise added</source>
        <translation>ε, das hinzugefügte Rauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image as the data set has it, in [0, 1]; the model sees it in [−1, 1]</source>
        <translation>Das Bild, wie es im Datensatz vorliegt, in [0, 1]; das Modell sieht es in [−1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in one draw (the closed form) at t = %1</source>
        <translation>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in einer Ziehung (die geschlossene Form) bei t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s for s = 1 … %1, a fresh ε_s each step</source>
        <translation>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s für s = 1 … %1, mit frischem ε_s in jedem Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ε of the one-draw x_t, drawn from N(0, 1): black is −3, grey 0, white +3</source>
        <translation>Das ε des in einer Ziehung erzeugten x_t, gezogen aus N(0, 1): Schwarz ist −3, Grau 0, Weiß +3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1%)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What was added&lt;/b&gt;: the residual x_t − √ᾱ·x₀ over all %1 values</source>
        <translation>&lt;b&gt;Was hinzugefügt wurde&lt;/b&gt;: das Residuum x_t − √ᾱ·x₀ über alle %1 Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;mean&lt;/i&gt;</source>
        <translation>&lt;i&gt;Mittelwert&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;std&lt;/i&gt;</source>
        <translation>&lt;i&gt;Std.-Abw.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one draw</source>
        <translation>eine Ziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single steps</source>
        <translation>%1 Einzelschritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theory</source>
        <translation>Theorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>= √(1−ᾱ)</source>
        <translation>= √(1−ᾱ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same distribution: %1 small steps of noise add up to one Gaussian draw, which is why training can jump to any t at once.</source>
        <translation>Dieselbe Verteilung: %1 kleine Rauschschritte summieren sich zu einer einzigen Gauß-Ziehung – deshalb kann das Training direkt zu jedem beliebigen t springen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the image was %1.</source>
        <translation>Hinweis: Das Bild wurde %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; of T = %2 (%3 schedule)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · noise √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; von T = %2 (Rauschplan: %3)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;Signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · Rauschen √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 schedule (shown)</source>
        <translation>Rauschplan: %1 (angezeigt)</translation>
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
        <translation>Bilder pro Messung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples of each model compared with held-out real digits; more give steadier figures</source>
        <translation>Samples jedes Modells, verglichen mit zurückgehaltenen echten Ziffern; mehr ergeben stabilere Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling steps</source>
        <translation>Sampling-Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diffusion model&apos;s step counts to measure (DDIM), separated by commas, 1 to %1</source>
        <translation>Die zu messenden Schrittzahlen des Diffusionsmodells (DDIM), durch Kommas getrennt, 1 bis %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above 100 steps</source>
        <translation>über 100 Schritte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> images</source>
        <translation> Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer images for the step counts above 100, which take long</source>
        <translation>Weniger Bilder für Schrittzahlen über 100, die lange dauern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>Messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample both models and measure them against held-out digits with the same evaluator</source>
        <translation>Aus beiden Modellen samplen und sie mit demselben Bewerter an zurückgehaltenen Ziffern messen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Measure</source>
        <translation>„Messen“ drücken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diffusionsmodell&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sampling steps per image (log scale)</source>
        <translation>Sampling-Schritte pro Bild (Log-Skala)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Fréchet-Distanz (niedriger ist besser)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion model (DDIM)</source>
        <translation>Diffusionsmodell (DDIM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAN (one pass)</source>
        <translation>GAN (ein Durchlauf)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Measure: the diffusion model&apos;s quality against its steps,
with the GAN&apos;s one step as a point</source>
        <translation>„Messen“ drücken: die Qualität des Diffusionsmodells über seiner Schrittzahl,
mit dem einen Schritt des GANs als Punkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fréchet ↓</source>
        <translation>Fréchet ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision ↑</source>
        <translation>Precision ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall ↑</source>
        <translation>Recall ↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms / image</source>
        <translation>ms / Bild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance between the samples&apos; and real digits&apos; features (the classifier&apos;s): lower is closer</source>
        <translation>Fréchet-Distanz zwischen den Merkmalen (des Klassifikators) der Samples und der echten Ziffern: niedriger ist näher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of samples that look like some real digit (fidelity)</source>
        <translation>Anteil der Samples, die wie irgendeine echte Ziffer aussehen (Wiedergabetreue)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of real digits some sample looks like (diversity)</source>
        <translation>Anteil der echten Ziffern, denen irgendein Sample ähnelt (Vielfalt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes the classifier finds among the samples</source>
        <translation>Klassen, die der Klassifikator unter den Samples findet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each model gets something wrong: a GAN draws an image in one pass but its training is a game that can tip over or collapse onto a few digits; a diffusion model trains steadily but needs many network passes per image. Measure to see both in figures.</source>
        <translation>Jedes Modell hat eine Schwäche: Ein GAN erzeugt ein Bild in einem Durchlauf, aber sein Training ist ein Spiel, das kippen oder auf wenige Ziffern kollabieren kann; ein Diffusionsmodell trainiert stabil, braucht aber viele Netzdurchläufe pro Bild. „Messen“ zeigt beides in Zahlen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the diffusion model…</source>
        <translation>Warten auf das Diffusionsmodell…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Measure to compare %1 with the shipped GAN (a minute or more on a CPU).</source>
        <translation>„Messen“ drücken, um %1 mit dem mitgelieferten GAN zu vergleichen (auf einer CPU eine Minute oder länger).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a step count: give whole numbers from 1 to %2, separated by commas.</source>
        <translation>„%1“ ist keine Schrittzahl: ganze Zahlen von 1 bis %2 angeben, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give at least one step count, e.g. 5, 10, 20, 50.</source>
        <translation>Mindestens eine Schrittzahl angeben, z. B. 5, 10, 20, 50.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No diffusion model is loaded yet: load one above (or wait for the shipped one).</source>
        <translation>Es ist noch kein Diffusionsmodell geladen: oben eines laden (oder auf das mitgelieferte warten).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled; the figures shown (if any) are from the last measurement.</source>
        <translation>Abgebrochen; die angezeigten Werte (falls vorhanden) stammen aus der letzten Messung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>Die Messung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;GAN&lt;/b&gt; (%1): one pass of the generator per image</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt; (%1): ein Durchlauf des Generators pro Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt; (%1): many passes of the network per image</source>
        <translation>&lt;b&gt;Diffusionsmodell&lt;/b&gt; (%1): viele Durchläufe des Netzes pro Bild</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured %1 GAN images and the diffusion model at %2 step counts.</source>
        <translation>%1 GAN-Bilder und das Diffusionsmodell bei %2 Schrittzahlen gemessen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GAN: %1</source>
        <translation>GAN: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;: one pass of the generator per image (%1 ms), Fréchet distance %2, recall %3, %4 of %5 classes. What it gets wrong: its training is a game of two players that can tip over, and the generator can collapse onto a few digits: a low recall and missing classes are the sign. The GAN lab&apos;s &lt;i&gt;Train images&lt;/i&gt; page flags a collapse on its sample-quality plot.</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;: ein Durchlauf des Generators pro Bild (%1 ms), Fréchet-Distanz %2, Recall %3, %4 von %5 Klassen. Seine Schwäche: Sein Training ist ein Spiel zweier Spieler, das kippen kann, und der Generator kann auf wenige Ziffern kollabieren – ein niedriger Recall und fehlende Klassen sind das Anzeichen dafür. Die Seite &lt;i&gt;Mit Bildern trainieren&lt;/i&gt; des GAN-Labors markiert einen Kollaps in ihrem Diagramm der Sample-Qualität.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here it misses %1 of the %2 classes.</source>
        <translation>Hier fehlen ihm %1 der %2 Klassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Diffusion&lt;/b&gt;: its best Fréchet distance here is %1, at %2 steps, and every step is a pass of the network: %3 ms per image</source>
        <translation>&lt;b&gt;Diffusion&lt;/b&gt;: Die beste Fréchet-Distanz ist hier %1, bei %2 Schritten, und jeder Schritt ist ein Durchlauf des Netzes: %3 ms pro Bild</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 times the GAN&apos;s</source>
        <translation>, das %1-Fache des GANs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1 steps it is faster but scores %2 (the chart&apos;s left end).</source>
        <translation>Mit %1 Schritten ist es schneller, kommt aber nur auf %2 (linkes Ende des Diagramms).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it gets wrong: sampling is slow; quality comes with many steps per image, as the chart shows.</source>
        <translation>Seine Schwäche: Das Sampling ist langsam; Qualität erfordert viele Schritte pro Bild, wie das Diagramm zeigt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It beats the GAN&apos;s Fréchet distance from %1 steps on.</source>
        <translation>Ab %1 Schritten schlägt es die Fréchet-Distanz des GANs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not reach the GAN&apos;s Fréchet distance at any step count measured here.</source>
        <translation>Bei keiner der hier gemessenen Schrittzahlen erreicht es die Fréchet-Distanz des GANs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per training step: GAN %1 ms, diffusion %2 ms.</source>
        <translation>Pro Trainingsschritt: GAN %1 ms, Diffusion %2 ms.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::LossTimestepMap</name>
    <message>
        <location filename="../widgets/diffusionlab/losstimestepmap.cpp" line="+27"/>
        <source>&lt;b&gt;Loss by noise level&lt;/b&gt; — the same held-out images at the same noise, every evaluation: which noise levels the network learns first</source>
        <translation>&lt;b&gt;Verlust nach Rauschstufe&lt;/b&gt; – dieselben zurückgehaltenen Bilder mit demselben Rauschen bei jeder Auswertung: welche Rauschstufen das Netz zuerst lernt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timestep t (0 clean … T noise)</source>
        <translation>Zeitschritt t (0 sauber … T Rauschen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loss (log)</source>
        <translation>Verlust (log)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A column appears at every evaluation while training runs</source>
        <translation>Bei jeder Auswertung während des Trainings erscheint eine Spalte</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::SamplingPage</name>
    <message>
        <location filename="../widgets/diffusionlab/samplingpage.cpp" line="+67"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM (ancestral)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each step draws fresh noise, as the learned reverse process does; needs many steps (strided over T with few steps it stays noisy)</source>
        <translation>Jeder Schritt zieht frisches Rauschen, wie es der gelernte Rückwärtsprozess tut; braucht viele Schritte (mit wenigen, über T verteilten Schritten bleibt das Bild verrauscht)</translation>
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
        <translation>Deterministisch bei η 0: Dasselbe Rauschen ergibt immer dasselbe Bild; gut mit 20–50 Schritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second-order solver of the same ODE as DDIM: good images in 10-20 steps</source>
        <translation>Ein Löser zweiter Ordnung für dieselbe ODE wie DDIM: gute Bilder mit 10–20 Schritten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifier-free guidance w: each step uses ε_none + w·(ε_class − ε_none). 1 is the class prediction alone, 0 ignores the class; larger w gives more typical, bolder digits and less variety, too large burns them out. 0 to %1.</source>
        <translation>Classifier-free Guidance w: Jeder Schritt verwendet ε_none + w·(ε_class − ε_none). 1 ist allein die Klassenvorhersage, 0 ignoriert die Klasse; ein größeres w ergibt typischere, kräftigere Ziffern und weniger Vielfalt, ein zu großes brennt sie aus. 0 bis %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η von DDIM: 0 ist deterministisch, 1 zieht pro Schritt so viel frisches Rauschen wie DDPM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seed draws the starting noise (and DDPM&apos;s noise on the way): the same seed and settings give the same image</source>
        <translation>Der Seed bestimmt das Startrauschen (und das Rauschen, das DDPM unterwegs zieht): Derselbe Seed mit denselben Einstellungen ergibt dasselbe Bild</translation>
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
        <translation>Zweige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel</source>
        <translation>Seed-Reise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch the run from the step shown with another guidance, sampler, seed or class</source>
        <translation>Den Lauf ab dem angezeigten Schritt mit anderer Guidance, anderem Sampler, Seed oder anderer Klasse verzweigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four runs of one seed side by side, over one scrubber, with their times</source>
        <translation>Zwei bis vier Läufe eines Seeds nebeneinander, mit einem gemeinsamen Schieberegler und ihren Laufzeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From one seed&apos;s noise to another&apos;s (and one class to another), denoised frame by frame</source>
        <translation>Vom Rauschen eines Seeds zu dem eines anderen (und von einer Klasse zu einer anderen), Frame für Frame entrauscht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Play or stop the run</source>
        <translation>Lauf abspielen oder anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step back</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step on</source>
        <translation>Einen Schritt weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the noise (first step)</source>
        <translation>Das Rauschen zeigen (erster Schritt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the image (last step)</source>
        <translation>Das Bild zeigen (letzter Schritt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the model…</source>
        <translation>Warten auf das Modell…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+104"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
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
        <translation>Entrauschungsschritte, gleichmäßig über die T Zeitschritte des Modells verteilt. DDIM und DPM-Solver erzeugen mit wenigen gute Bilder; DDPM braucht viele</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random seed, and sample</source>
        <translation>Ein zufälliger Seed, dann samplen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The class the model is asked for; none: its unconditional prediction</source>
        <translation>Die Klasse, die vom Modell angefordert wird; keine: seine unbedingte Vorhersage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+86"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export the steps</source>
        <translation>Die Schritte exportieren</translation>
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
        <translation>PNG-Streifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the run shown, x_t over x̂₀, with the recipe that makes it again (beside a GIF or MP4, inside a PNG)</source>
        <translation>Jeder Schritt des angezeigten Laufs, x_t über x̂₀, mit dem Rezept, das ihn wieder erzeugt (neben einem GIF oder MP4, in einem PNG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; is what the sampler holds: pure noise at step 0, the image at the last step. &lt;b&gt;x̂₀&lt;/b&gt; is the model&apos;s guess, at that step, of the finished image: a blurry average early on, sharp at the end.&lt;/p&gt;&lt;p&gt;Scrub back to a step and &lt;b&gt;branch&lt;/b&gt;: the steps before it are kept, the rest run again with new settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; ist das, was der Sampler hält: reines Rauschen bei Schritt 0, das Bild beim letzten Schritt. &lt;b&gt;x̂₀&lt;/b&gt; ist die Schätzung des Modells, bei diesem Schritt, für das fertige Bild: anfangs ein verschwommener Mittelwert, am Ende scharf.&lt;/p&gt;&lt;p&gt;Mit dem Schieberegler zu einem Schritt zurückgehen und &lt;b&gt;verzweigen&lt;/b&gt;: Die Schritte davor bleiben erhalten, der Rest läuft mit neuen Einstellungen erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The seed of the noise the remaining steps draw (DDPM, DDIM with η &gt; 0); the starting noise stays the run&apos;s</source>
        <translation>Der Seed des Rauschens, das die verbleibenden Schritte ziehen (DDPM, DDIM mit η &gt; 0); das Startrauschen bleibt das des Laufs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch</source>
        <translation>Verzweigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the remaining steps from the step shown with these settings; the steps up to it are kept, not computed again</source>
        <translation>Die verbleibenden Schritte ab dem angezeigten Schritt mit diesen Einstellungen ausführen; die Schritte bis dorthin bleiben erhalten und werden nicht neu berechnet</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>none (unconditional)</source>
        <translation>keine (unbedingt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(nicht klassenbedingt)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>„Sampling“ drücken und zusehen, wie aus Rauschen Schritt für Schritt ein Bild wird.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Sample</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Stop the runs under way (what they made so far stays)</source>
        <translation>Die aktuellen Läufe stoppen (bisher Erzeugtes bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoise from the seed&apos;s noise with these settings</source>
        <translation>Vom Rauschen des Seeds aus mit diesen Einstellungen entrauschen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sampling: %1…</source>
        <translation>Sampling: %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>made by an earlier model</source>
        <translation>von einem früheren Modell erzeugt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sampled in %1 s: %2 steps, %3 ms a step. Scrub, play, or branch from a step.</source>
        <translation>In %1 s gesampelt: %2 Schritte, %3 ms pro Schritt. Mit dem Schieberegler durchgehen, abspielen oder von einem Schritt aus verzweigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch %1 done in %2 s (steps %3-%4 computed, 0-%5 shared).</source>
        <translation>Zweig %1 in %2 s fertig (Schritte %3–%4 berechnet, 0–%5 geteilt).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at step %1 of %2.</source>
        <translation>Bei Schritt %1 von %2 gestoppt.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The path appears when the run has finished</source>
        <translation>Der Pfad erscheint, wenn der Lauf abgeschlossen ist</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample first, then branch from one of its steps.</source>
        <translation>Zuerst samplen, dann von einem seiner Schritte aus verzweigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the run has finished to branch from it.</source>
        <translation>Warten, bis der Lauf abgeschlossen ist, um von ihm aus zu verzweigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch from a step between 0 and %1: scrub back to it first.</source>
        <translation>Von einem Schritt zwischen 0 und %1 aus verzweigen: zuerst mit dem Schieberegler dorthin zurückgehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Branch %1 from step %2: %3…</source>
        <translation>Zweig %1 ab Schritt %2: %3…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>branch of %1 from step %2: %3</source>
        <translation>Zweig von %1 ab Schritt %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sample</source>
        <translation>dem Sample</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch %1</source>
        <translation>Zweig %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Branch %1 · step %2</source>
        <translation>Zweig %1 · Schritt %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1 · %2 of %3</source>
        <translation>Zweig %1 · Schritt %2 von %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · w %1</source>
        <translation> · w %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · class %1</source>
        <translation> · Klasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · step %2/%3…</source>
        <translation>Seed %1 · Schritt %2/%3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · %2 s</source>
        <translation>Seed %1 · %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sample first; then scrub to a step and branch from it.</source>
        <translation>Zuerst samplen; dann mit dem Schieberegler einen Schritt wählen und von dort verzweigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branching needs the finished run: wait for it, or pick a finished one on the right.</source>
        <translation>Zum Verzweigen muss der Lauf abgeschlossen sein: darauf warten oder rechts einen abgeschlossenen wählen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrub back to an earlier step to branch from it (step %1 is the finished image).</source>
        <translation>Mit dem Schieberegler zu einem früheren Schritt zurückgehen, um von dort zu verzweigen (Schritt %1 ist das fertige Bild).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 of %2 (t = %3): steps 0-%1 are kept, steps %4-%2 run again with:</source>
        <translation>Ab Schritt %1 von %2 (t = %3): Die Schritte 0–%1 bleiben erhalten, die Schritte %4–%2 laufen erneut mit:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: eine .gif-, .mp4- oder .png-Datei wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: wait for the run to finish.</source>
        <translation>Noch nichts zu exportieren: warten, bis der Lauf abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 mit Rezept geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Exportieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the denoising steps</source>
        <translation>Die Entrauschungsschritte exportieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>From a recipe: %1.</source>
        <translation>Aus einem Rezept: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From a recipe: the sample, then %n branch(es) from it.</source>
        <translation>
            <numerusform>Aus einem Rezept: das Sample, dann %n Zweig davon.</numerusform>
            <numerusform>Aus einem Rezept: das Sample, dann %n Zweige davon.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ScheduleStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/schedulestrip.cpp" line="+31"/>
        <source>σ_t: the noise in x_t relative to the signal (log scale); ᾱ_t: the share of the image left at t. Click to go to a step.</source>
        <translation>σ_t: das Rauschen in x_t relativ zum Signal (Log-Skala); ᾱ_t: der bei t verbliebene Anteil des Bildes. Klicken, um zu einem Schritt zu springen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>σ_t (log)</source>
        <translation>σ_t (log)</translation>
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
        <translation>t = %1, σ = %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>t = 0, σ = 0</source>
        <translation>t = 0, σ = 0</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::SeedTravelPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/seedtravelpanel.cpp" line="+63"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points on the way, the two seeds included</source>
        <translation>Punkte auf dem Weg, einschließlich der beiden Seeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM steps per frame (η 0: deterministic, so neighbouring noises give neighbouring images)</source>
        <translation>DDIM-Schritte pro Frame (η 0: deterministisch, sodass benachbarte Rauschvektoren benachbarte Bilder ergeben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM steps</source>
        <translation>DDIM-Schritte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance</source>
        <translation>Guidance</translation>
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
        <translation>PNG-Streifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the frames with their recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Schreibt die Frames mit ihrem Rezept (neben einem GIF oder MP4, in einem PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel: the starting noise moves along the sphere from one seed&apos;s noise to the other&apos;s (slerp), and each point is denoised the same way.</source>
        <translation>Seed-Reise: Das Startrauschen wandert entlang der Kugel vom Rauschen des einen Seeds zu dem des anderen (slerp), und jeder Punkt wird auf dieselbe Weise entrauscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Travel to make the frames</source>
        <translation>„Reise starten“ drücken, um die Frames zu erzeugen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not class-conditional)</source>
        <translation>(nicht klassenbedingt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>dieselbe</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No model is loaded yet.</source>
        <translation>Es ist noch kein Modell geladen.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Denoising %n frames…</source>
        <translation>
            <numerusform>%n Frame wird entrauscht…</numerusform>
            <numerusform>%n Frames werden entrauscht…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising the frames… %1%</source>
        <translation>Frames werden entrauscht… %1 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no class</source>
        <translation>keine Klasse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>class %1</source>
        <translation>Klasse %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames from seed %2 (%3) to seed %4 (%5). Play them with ▶ above the strip, or export.</source>
        <translation>%1 Frames von Seed %2 (%3) bis Seed %4 (%5). Mit ▶ über dem Streifen abspielen oder exportieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel failed: %1</source>
        <translation>Seed-Reise fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel stopped.</source>
        <translation>Seed-Reise gestoppt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the seed travel</source>
        <translation>Die Seed-Reise exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: eine .gif-, .mp4- oder .png-Datei wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: press Travel first.</source>
        <translation>Noch nichts zu exportieren: zuerst „Reise starten“ drücken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 mit Rezept geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Exportieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel</source>
        <translation>Reise starten</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyDiffusionPage</name>
    <message>
        <location filename="../widgets/diffusionlab/toydiffusionpage.cpp" line="+115"/>
        <location line="+297"/>
        <source>Creating the toy model…</source>
        <translation>Toy-Modell wird erstellt…</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Drag over the sampling run&apos;s steps: the starting noise on the left, the samples on the right</source>
        <translation>Über die Schritte des Sampling-Laufs ziehen: links das Startrauschen, rechts die Samples</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss (this batch)</source>
        <translation>Verlust (dieser Batch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>Verlust (zurückgehaltene Daten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noise-prediction error |ε̂ − ε|²</source>
        <translation>Fehler der Rauschvorhersage |ε̂ − ε|²</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The toy model is created when the page is first shown.</source>
        <translation>Das Toy-Modell wird erstellt, wenn die Seite zum ersten Mal angezeigt wird.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data and model</source>
        <translation>Daten und Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change here starts a new, untrained model.</source>
        <translation>Eine Änderung hier startet ein neues, untrainiertes Modell.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Ring aus 8 Gauß-Verteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Gitter aus 25 Gauß-Verteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 2-D distribution the model learns (the GAN lab&apos;s toys)</source>
        <translation>Die 2-D-Verteilung, die das Modell lernt (die Toy-Verteilungen des GAN-Labors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>Sigmoid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the forward process drowns the data in noise: the share of the data left at step t (ᾱ_t) falls along a straight β ramp, a cosine or a sigmoid</source>
        <translation>Wie schnell der Vorwärtsprozess die Daten im Rauschen versinken lässt: Der bei Schritt t verbliebene Anteil der Daten (ᾱ_t) fällt entlang einer linearen β-Rampe, eines Kosinus oder eines Sigmoids</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise schedule</source>
        <translation>Rauschplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T: the forward process&apos;s steps from the data (t = 0) to pure noise (t = T)</source>
        <translation>T: die Schritte des Vorwärtsprozesses von den Daten (t = 0) bis zum reinen Rauschen (t = T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps T</source>
        <translation>Zeitschritte T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The initial weights and the batches: the same seed trains the same model</source>
        <translation>Anfangsgewichte und Batches: Derselbe Seed trainiert dasselbe Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New model</source>
        <translation>Neues Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from untrained weights</source>
        <translation>Mit untrainierten Gewichten neu beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps of one training run (default %1); Train after a run ends trains as many more</source>
        <translation>Schritte eines Trainingslaufs (Standard: %1); „Trainieren“ nach dem Ende eines Laufs trainiert noch einmal so viele</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+557"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Train or pause; the plane and the curves follow as it learns</source>
        <translation>Trainieren oder anhalten; Ebene und Kurven folgen dem Lernfortschritt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling (the reverse process)</source>
        <translation>Sampling (der Rückwärtsprozess)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM (ancestral)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step adds fresh noise, as the reverse of training&apos;s process: the points jitter on their way</source>
        <translation>Jeder Schritt fügt frisches Rauschen hinzu, als Umkehrung des Trainingsprozesses: Die Punkte zittern auf ihrem Weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterministic at η 0: every point follows a smooth path</source>
        <translation>Deterministisch bei η 0: Jeder Punkt folgt einem glatten Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order solver of DDIM&apos;s path: good in 10-20 steps</source>
        <translation>Ein Löser zweiter Ordnung für den Pfad von DDIM: gut mit 10–20 Schritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η von DDIM: 0 ist deterministisch, 1 zieht pro Schritt so viel frisches Rauschen wie DDPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising steps, evenly spread over T (at most T)</source>
        <translation>Entrauschungsschritte, gleichmäßig über T verteilt (höchstens T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points drawn from noise (every step of each is kept)</source>
        <translation>Aus Rauschen gezogene Punkte (von jedem wird jeder Schritt behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starting noise (and DDPM&apos;s noise on the way): the same seed gives the same points</source>
        <translation>Das Startrauschen (und das Rauschen, das DDPM unterwegs zieht): Derselbe Seed ergibt dieselben Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+518"/>
        <source>Sample</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Run the reverse process from fresh noise and play it</source>
        <translation>Den Rückwärtsprozess von frischem Rauschen aus ausführen und abspielen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data points</source>
        <translation>Datenpunkte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The toy&apos;s own points, faint</source>
        <translation>Die Punkte der Toy-Verteilung selbst, blass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled points</source>
        <translation>Gesampelte Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s points at the step shown</source>
        <translation>Die Punkte des Laufs beim angezeigten Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (−ε̂)</source>
        <translation>Pfeile (−ε̂)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−ε̂ at the step&apos;s t on a grid: the way denoising moves a point there</source>
        <translation>−ε̂ beim t des Schritts auf einem Gitter: die Richtung, in die das Entrauschen einen Punkt dort bewegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The way %1 of the points came from the noise</source>
        <translation>Der Weg von %1 der Punkte aus dem Rauschen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training adds noise to data points (more at larger t) and teaches a small network to guess that noise, ε̂. Sampling starts from pure noise and removes the guessed noise step by step. The arrows are −ε̂ at the slider&apos;s t: near t = T they all point inwards, near t = 0 to the nearest part of the data.</source>
        <translation>Das Training fügt Datenpunkten Rauschen hinzu (mehr bei größerem t) und bringt einem kleinen Netz bei, dieses Rauschen zu schätzen: ε̂. Das Sampling beginnt bei reinem Rauschen und entfernt das geschätzte Rauschen Schritt für Schritt. Die Pfeile sind −ε̂ beim t des Schiebereglers: Nahe t = T zeigen sie alle nach innen, nahe t = 0 zum nächstgelegenen Teil der Daten.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The model could not be created: %1</source>
        <translation>Das Modell konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Creating a new model…</source>
        <translation>Neues Modell wird erstellt…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>A new model (%1 parameters), untrained: press Train.</source>
        <translation>Ein neues Modell (%1 Parameter), untrainiert: „Trainieren“ drücken.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Training stopped: %1</source>
        <translation>Training abgebrochen: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling %1 points…</source>
        <translation>%1 Punkte werden gesampelt…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>step %1 of %2 · t = %3 of %4</source>
        <translation>Schritt %1 von %2 · t = %3 von %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · pure noise</source>
        <translation> · reines Rauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the samples</source>
        <translation> · die Samples</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points, %2 steps · step %3: t = %4, ᾱ_t = %5</source>
        <translation>%1 Punkte, %2 Schritte · Schritt %3: t = %4, ᾱ_t = %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · sampled at training step %1</source>
        <translation> · gesampelt bei Trainingsschritt %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned noise prediction at t = %1 of %2</source>
        <translation>gelernte Rauschvorhersage bei t = %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample to run the reverse process; the slider then moves over its steps.</source>
        <translation>„Sampling“ führt den Rückwärtsprozess aus; der Schieberegler bewegt sich dann über seine Schritte.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No model yet.</source>
        <translation>Noch kein Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · loss %1</source>
        <translation> · Verlust %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · held-out %1</source>
        <translation> · zurückgehalten %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: step %1 of %2%3</source>
        <translation>Training: Schritt %1 von %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 Schritte/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrained: press Train.</source>
        <translation>Untrainiert: „Trainieren“ drücken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained %1 steps%2.</source>
        <translation>%1 Schritte trainiert%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at step %1 of %2%3.</source>
        <translation>Bei Schritt %1 von %2 angehalten%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampled %1 points in %2 steps (%3 s).</source>
        <translation>%1 Punkte in %2 Schritten gesampelt (%3 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling…</source>
        <translation>Sampling läuft…</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyPlaneView</name>
    <message>
        <location filename="../widgets/diffusionlab/toyplaneview.cpp" line="+180"/>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−ε̂: where denoising moves a point</source>
        <translation>−ε̂: wohin das Entrauschen einen Punkt bewegt</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/diffusionlab/trajectoryplot.cpp" line="+25"/>
        <source>&lt;b&gt;Trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trajektorie&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every x_t of the run as a point in the plane in which it moved most (its two principal axes): the sampler&apos;s path from noise to the image.</source>
        <translation>Jedes x_t des Laufs als Punkt in der Ebene, in der es sich am stärksten bewegt hat (seine beiden Hauptachsen): der Weg des Samplers vom Rauschen zum Bild.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>axis 1</source>
        <translation>Achse 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis 2</source>
        <translation>Achse 2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The path appears when a run has finished</source>
        <translation>Der Pfad erscheint, wenn ein Lauf abgeschlossen ist</translation>
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
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <source>This process</source>
        <translation>Dieser Prozess</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>%1 local processes</source>
        <translation>%1 lokale Prozesse</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Data-parallel training: each process trains its share of every batch and the gradients are averaged, so the model is the one a single process would train. The batch must split evenly between them. The processes share this computer&apos;s cores: on a laptop this shows how training spreads over machines, not a speed-up.</source>
        <translation>Datenparalleles Training: Jeder Prozess trainiert seinen Anteil an jedem Batch, und die Gradienten werden gemittelt, sodass das Modell dasselbe ist, das ein einzelner Prozess trainieren würde. Der Batch muss sich gleichmäßig auf sie aufteilen lassen. Die Prozesse teilen sich die Kerne dieses Computers: Auf einem Laptop zeigt das, wie sich Training auf Rechner verteilt, nicht einen Geschwindigkeitsgewinn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::CommonFields</name>
    <message>
        <location line="+42"/>
        <source>%1 (default %2)</source>
        <translation>%1 (Standard: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer steps in all, counting those before a resume</source>
        <translation>Optimiererschritte insgesamt, einschließlich derer vor einem Fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples per optimizer step</source>
        <translation>Beispiele pro Optimiererschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak learning rate after the warm-up; a cosine brings it down to a tenth</source>
        <translation>Maximale Lernrate nach dem Warm-up; ein Kosinus senkt sie auf ein Zehntel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s learning rate</source>
        <translation>Lernrate von Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights, batch order and previews: the same seed trains the same model</source>
        <translation>Anfangsgewichte, Batch-Reihenfolge und Vorschauen: Derselbe Seed trainiert dasselbe Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+8"/>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Steps between previews (and one at the end); the step slider scrubs through them</source>
        <translation>Schritte zwischen Vorschauen (und eine am Ende); der Schritt-Schieberegler blättert durch sie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steps between estimates of the loss on held-out data (and one at the end)</source>
        <translation>Schritte zwischen den Schätzungen des Verlusts auf zurückgehaltenen Daten (und eine am Ende)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate every</source>
        <translation>Auswerten alle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at the end only</source>
        <translation>nur am Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between checkpoints (and one at the end); a run that diverges keeps the last one</source>
        <translation>Schritte zwischen Checkpoints (und einer am Ende); ein divergierender Lauf behält den letzten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::DatasetField</name>
    <message>
        <location filename="../widgets/components/datasetfield.cpp" line="+23"/>
        <source>Image folder…</source>
        <translation>Bildordner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick an image folder first.</source>
        <translation>Zuerst einen Bildordner wählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A folder of images (subfolders become classes)</source>
        <translation>Ein Bildordner (Unterordner werden zu Klassen)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::OutputField</name>
    <message>
        <location filename="../widgets/components/outputfield.cpp" line="+18"/>
        <source>Save in</source>
        <translation>Speichern in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the model is saved</source>
        <translation>Wo das Modell gespeichert wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the checkpoint in this folder</source>
        <translation>Den Checkpoint in diesem Ordner fortsetzen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say where the model is saved.</source>
        <translation>Angeben, wo das Modell gespeichert wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already holds a model. Tick “Resume” to continue it, or choose another folder.</source>
        <translation>%1 enthält bereits ein Modell. „Fortsetzen“ ankreuzen, um es weiterzutrainieren, oder einen anderen Ordner wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no checkpoint to resume.</source>
        <translation>%1 enthält keinen Checkpoint zum Fortsetzen.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::FeatureMapView</name>
    <message>
        <location filename="../widgets/ganlab/featuremapview.cpp" line="+232"/>
        <source>The feature map appears with the first preview of a run that has a classifier: real and generated images placed by what the classifier sees in them.</source>
        <translation>Die Feature-Map erscheint mit der ersten Vorschau eines Laufs mit Klassifikator: echte und generierte Bilder, angeordnet danach, was der Klassifikator in ihnen sieht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feature map at or before this step.</source>
        <translation>Keine Feature-Map bei oder vor diesem Schritt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature map at step %1</source>
        <translation>Feature-Map bei Schritt %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Axes: the first two principal components of the %1</source>
        <translation>Achsen: die ersten beiden Hauptkomponenten von %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D out</source>
        <translation>D-Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real</source>
        <translation>echt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fake</source>
        <translation>gefälscht</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>real images (%1)</source>
        <translation>echte Bilder (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generated, fixed noise (%1)</source>
        <translation>generiert, festes Rauschen (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where G&apos;s gradient pushes a fake</source>
        <translation>wohin der Gradient von G eine Fälschung schiebt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated image</source>
        <translation>Generiertes Bild</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real image</source>
        <translation>Echtes Bild</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(x) = %1</source>
        <translation>D(x) = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s output: %1</source>
        <translation>Ausgabe von D: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for class %1</source>
        <translation>Klasse %1 angefordert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labelled %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classifier: %1 (%2%)</source>
        <translation>Klassifikator: %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one step along G&apos;s push: D %1</source>
        <translation>ein Schritt in Schubrichtung von G: D %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanLab</name>
    <message>
        <location filename="../widgets/ganlab/ganlab.cpp" line="+116"/>
        <source>2-D game</source>
        <translation>2-D-Spiel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&apos;s heat map</source>
        <translation>D-Heatmap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake</source>
        <translation>Gefälscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&apos;s gradients</source>
        <translation>G-Gradienten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold</source>
        <translation>Mannigfaltigkeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draw</source>
        <translation>Zeichnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click on the plane to add a point, drag to spray a few, right-click to clear; the game keeps running until you use them</source>
        <translation>Auf die Ebene klicken, um einen Punkt hinzuzufügen, ziehen, um mehrere zu sprühen, Rechtsklick zum Leeren; das Spiel läuft weiter, bis die Punkte verwendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use drawn</source>
        <translation>Zeichnung nutzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new game whose real data are your points (at least %1)</source>
        <translation>Ein neues Spiel, dessen echte Daten die eigenen Punkte sind (mindestens %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D loss</source>
        <translation>D-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>G-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>mittleres D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>mittleres D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s score</source>
        <translation>Bewertung durch D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D gradient norm</source>
        <translation>Gradientennorm von D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Gradientennorm von G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL(real ‖ fake)</source>
        <translation>KL(echt ‖ gefälscht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats</source>
        <translation>Nats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train images</source>
        <translation>Mit Bildern trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore</source>
        <translation>Erkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two players: a generator and a discriminator trained against each other, and how their game fails</source>
        <translation>Zwei Spieler: ein Generator und ein Diskriminator, gegeneinander trainiert, und wie ihr Spiel scheitert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own settings</source>
        <translation>Eigene Einstellungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data and players (a change starts a new game)</source>
        <translation>Daten und Spieler (eine Änderung startet ein neues Spiel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Ring aus 8 Gauß-Verteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Gitter aus 25 Gauß-Verteilungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn points</source>
        <translation>Gezeichnete Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own points: draw them on the plane</source>
        <translation>Eigene Punkte: auf der Ebene zeichnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>Gauß N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform U(-1, 1)</source>
        <translation>Gleichverteilt U(-1, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>Rauschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise dimensions</source>
        <translation>Rauschdimensionen</translation>
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
        <translation> Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> wide</source>
        <translation> breit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator</source>
        <translation>Diskriminator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The game (applies from the next step)</source>
        <translation>Das Spiel (gilt ab dem nächsten Schritt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (sättigend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-saturating</source>
        <translation>Nicht sättigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Kleinste Quadrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wasserstein + gradient penalty</source>
        <translation>Wasserstein + Gradientenstrafe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient penalty λ</source>
        <translation>Gradientenstrafe λ</translation>
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
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G optimizer, rate</source>
        <translation>G-Optimierer, Rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D optimizer, rate</source>
        <translation>D-Optimierer, Rate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator steps for every generator step</source>
        <translation>Diskriminatorschritte pro Generatorschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>D-Schritte pro G-Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>D step</source>
        <translation>D-Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the discriminator only</source>
        <translation>Nur eine Aktualisierung des Diskriminators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G step</source>
        <translation>G-Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the generator only</source>
        <translation>Nur eine Aktualisierung des Generators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full step</source>
        <translation>Ganzer Schritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k discriminator updates, then one generator update</source>
        <translation>k Aktualisierungen des Diskriminators, dann eine des Generators</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>Zeitlupe</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own game: change anything; the loss, optimizers, rates and k apply from the next step.</source>
        <translation>Eigenes Spiel: Alles lässt sich ändern; Verlust, Optimierer, Raten und k gelten ab dem nächsten Schritt.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1

Press Play: the evidence shows within about %2 steps.</source>
        <translation>%1

„Abspielen“ drücken: Der Effekt zeigt sich innerhalb von etwa %2 Schritten.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too few points to learn from: %1 drawn, at least %2 needed. Click or drag on the plane to add more, then press &quot;Use drawn&quot;. The game goes on with its previous data.</source>
        <translation>Zu wenige Punkte zum Lernen: %1 gezeichnet, mindestens %2 nötig. Auf die Ebene klicken oder darauf ziehen, um weitere hinzuzufügen, dann „Zeichnung nutzen“ drücken. Das Spiel läuft mit seinen bisherigen Daten weiter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least %1 points</source>
        <translation>Mindestens %1 Punkte zeichnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new game on your %1 points: G draws from noise, D has never seen them.</source>
        <translation>Ein neues Spiel auf den %1 eigenen Punkten: G zieht aus Rauschen, D hat sie noch nie gesehen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new game: G draws from noise, D has never seen the data.</source>
        <translation>Ein neues Spiel: G zieht aus Rauschen, D hat die Daten noch nie gesehen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · modes covered: %1 of %2</source>
        <translation> · abgedeckte Modi: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · KL %1 · JS %2 nats</source>
        <translation> · KL %1 · JS %2 Nats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 Schritte/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Playing.</source>
        <translation>Wird abgespielt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused at step %1. Play, or step one player at a time.</source>
        <translation>Bei Schritt %1 angehalten. Abspielen oder einen Spieler nach dem anderen schrittweise trainieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The game stopped: %1 The views show the last finite step; change the loss or lower a learning rate and press Play, or Reset.</source>
        <translation>Das Spiel wurde abgebrochen: %1 Die Ansichten zeigen den letzten endlichen Schritt; den Verlust ändern oder eine Lernrate senken und „Abspielen“ drücken, oder „Zurücksetzen“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was made by the %2 lab, not this one</source>
        <translation>%1 wurde vom Labor %2 erstellt, nicht von diesem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run of %1 is set up on the Train images page: press Train to run it again</source>
        <translation>Der Lauf von %1 ist auf der Seite „Mit Bildern trainieren“ eingerichtet: „Trainieren“ drücken, um ihn erneut zu starten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the recipe: %1</source>
        <translation>Das Rezept kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanTrainPanel</name>
    <message>
        <location filename="../widgets/ganlab/gantrainpanel.cpp" line="+84"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Klassenbedingt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G is told which class to draw and D which class it judges (the data set&apos;s labels; a folder&apos;s subfolders are its classes). The sample grid then has one column per class.</source>
        <translation>G erfährt, welche Klasse es zeichnen soll, und D, welche Klasse es bewertet (die Labels des Datensatzes; die Unterordner eines Ordners sind seine Klassen). Das Sample-Raster hat dann eine Spalte pro Klasse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks</source>
        <translation>Netze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 to 64 px: a multiple of 4 below 48, of 8 from 48</source>
        <translation>28 bis 64 px: unter 48 ein Vielfaches von 4, ab 48 von 8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 Kanäle; sonst Graustufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many random values G turns into an image</source>
        <translation>Wie viele Zufallswerte G in ein Bild verwandelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise size</source>
        <translation>Rauschgröße</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of D&apos;s first and G&apos;s last hidden layer; deeper layers double it</source>
        <translation>Kanäle der ersten verborgenen Schicht von D und der letzten von G; tiefere Schichten verdoppeln sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectral norm in D</source>
        <translation>Spektralnorm in D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides D&apos;s weights by their largest singular value: a smoother, less overconfident discriminator, so G keeps getting useful gradients</source>
        <translation>Teilt die Gewichte von D durch ihren größten Singulärwert: ein glatterer, weniger übermütiger Diskriminator, sodass G weiterhin nützliche Gradienten erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Game</source>
        <translation>Spiel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-saturating</source>
        <translation>Nicht sättigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (sättigend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Kleinste Quadrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D steps per G step</source>
        <translation>D-Schritte pro G-Schritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam&apos;s momentum for both players; DCGAN uses 0.5 (a lower value than usual steadies the game)</source>
        <translation>Momentum von Adam für beide Spieler; DCGAN verwendet 0.5 (ein niedrigerer Wert als üblich stabilisiert das Spiel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the squared gradients, for both players</source>
        <translation>Abklingrate von Adam für die quadrierten Gradienten, für beide Spieler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1, β2</source>
        <translation>Adam β1, β2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Samples alle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality every</source>
        <translation>Qualität alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of sample quality (%1 samples against held-out real images, with the digit classifier); default %2</source>
        <translation>Schritte zwischen Messungen der Sample-Qualität (%1 Samples gegen zurückgehaltene echte Bilder, mit dem Ziffern-Klassifikator); Standard: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure sample quality</source>
        <translation>Sample-Qualität messen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped digit classifier was not found: no quality figures</source>
        <translation>Der mitgelieferte Ziffern-Klassifikator wurde nicht gefunden: keine Qualitätswerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes covered, confidence, precision, recall, Fréchet distance and near duplicates, with the shipped digit classifier</source>
        <translation>Abgedeckte Klassen, Konfidenz, Precision, Recall, Fréchet-Distanz und Beinahe-Duplikate, mit dem mitgelieferten Ziffern-Klassifikator</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export evolution…</source>
        <translation>Entwicklung exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample grids recorded so far, step by step, as an animated GIF or an MP4 video (with its recipe beside it)</source>
        <translation>Die bisher aufgezeichneten Sample-Raster, Schritt für Schritt, als animiertes GIF oder MP4-Video (mit dem Rezept daneben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore this generator</source>
        <translation>Diesen Generator erkunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the latest checkpoint in the generator explorer</source>
        <translation>Den neuesten Checkpoint im Generator-Explorer öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explore it</source>
        <translation>Es erkunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>„Fortsetzen“ ankreuzen, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>generator step</source>
        <translation>Generatorschritt</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loss / D&apos;s score</source>
        <translation>Verlust / Bewertung durch D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradient norm</source>
        <translation>Gradientennorm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D loss</source>
        <translation>D-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>G-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>mittleres D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>mittleres D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D gradient norm</source>
        <translation>Gradientennorm von D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Gradientennorm von G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Sample quality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sample-Qualität&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every few hundred steps, on samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>alle paar hundert Schritte, an Samples aus einem festen Rauschen; ein Kollaps wird gemeldet, wenn die Hälfte der Klassen oder mehr ausbleiben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fraction (0–1)</source>
        <translation>Anteil (0–1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Fréchet distance</source>
        <translation>Fréchet-Distanz</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>classes covered</source>
        <translation>abgedeckte Klassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near duplicates</source>
        <translation>Beinahe-Duplikate</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise through G at the step picked below.</source>
        <translation>Dasselbe Rauschen durch G, beim unten gewählten Schritt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s samples appear every few steps while training runs</source>
        <translation>Die Samples des Generators erscheinen alle paar Schritte, während das Training läuft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature map</source>
        <translation>Feature-Map</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1 steps, D loss %2, G loss %3, D(x) %4, D(G(z)) %5, %6 steps/s. Saved in %7.</source>
        <translation>Fertig: %1 Schritte, D-Verlust %2, G-Verlust %3, D(x) %4, D(G(z)) %5, %6 Schritte/s. Gespeichert in %7.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mode collapse: %1.</source>
        <translation>Mode Collapse: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick a data set and press Train. The losses, D&apos;s scores, the sample quality and the generator&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Einen Datensatz wählen und „Trainieren“ drücken. Verluste, Bewertungen durch D, Sample-Qualität und die Samples des Generators erscheinen während des Laufs; Anhalten, Einzelschritt und Stoppen gibt es hier oder im Dock „Aufträge“.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>A class-conditional GAN needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Ein klassenbedingtes GAN braucht Klassen: Dieser Ordner hat keine Unterordner mit Bildern. Das Häkchen bei „Klassenbedingt“ entfernen oder einen Ordner mit einem Unterordner pro Klasse wählen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not measured in this run (“Measure sample quality” is off)</source>
        <translation>in diesem Lauf nicht gemessen („Sample-Qualität messen“ ist aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 steps, %2 samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>alle %1 Schritte, %2 Samples aus einem festen Rauschen; ein Kollaps wird gemeldet, wenn die Hälfte der Klassen oder mehr ausbleiben</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>⚠ Mode collapse: %1.</source>
        <translation>⚠ Mode Collapse: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode collapse (%1), %2.</source>
        <translation>Mode Collapse (%1), %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>collapse</source>
        <translation>Kollaps</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> collapse since %1</source>
        <translation> Kollaps seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> collapse %1–%2</source>
        <translation> Kollaps %1–%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the evolution</source>
        <translation>Die Entwicklung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>Animiertes GIF (*.gif);;MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: the sample grids are recorded while training runs.</source>
        <translation>Noch nichts zu exportieren: Die Sample-Raster werden während des Trainings aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the evolution as .gif or .mp4 (not %1).</source>
        <translation>Die Entwicklung als .gif oder .mp4 speichern (nicht %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the evolution (%1 grids) in %2, its recipe beside it.</source>
        <translation>Entwicklung (%1 Raster) in %2 gespeichert, das Rezept liegt daneben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evolution was not saved: %1</source>
        <translation>Die Entwicklung wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GeneratorExplorer</name>
    <message>
        <location filename="../widgets/ganlab/generatorexplorer.cpp" line="+75"/>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gan-digits (shipped)</source>
        <translation>gan-digits (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checkpoint folder written by the GAN lab&apos;s training or `genlab train gan`</source>
        <translation>Ein Checkpoint-Ordner, geschrieben vom Training des GAN-Labors oder von `genlab train gan`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed draws the same noise, so it gives the same images</source>
        <translation>Derselbe Seed zieht dasselbe Rauschen und ergibt daher dieselben Bilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New seed</source>
        <translation>Neuer Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truncation trick: noise values beyond ±T are drawn again. Smaller T gives fewer, more typical images; none keeps the full variety.</source>
        <translation>Der Truncation-Trick: Rauschwerte jenseits von ±T werden neu gezogen. Kleineres T ergibt weniger vielfältige, typischere Bilder; „keine“ behält die volle Vielfalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncation</source>
        <translation>Trunkierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A class-conditional generator draws the class it is given</source>
        <translation>Ein klassenbedingter Generator erzeugt die vorgegebene Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Frames</translation>
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
        <translation>PNG-Streifen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the strip with its recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Schreibt den Streifen mit seinem Rezept (neben einem GIF oder MP4, in einem PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the generator…</source>
        <translation>Generator wird geladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click two samples to interpolate between their noise vectors</source>
        <translation>Zwei Samples anklicken, um zwischen ihren Rauschvektoren zu interpolieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick two seeds or click two samples</source>
        <translation>Zwei Seeds wählen oder zwei Samples anklicken</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A GAN checkpoint folder</source>
        <translation>Ein GAN-Checkpoint-Ordner</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the samples</source>
        <translation>Die Samples exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> Still using %1.</source>
        <translation> Weiterhin wird %1 verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2.%3</source>
        <translation>%1 konnte nicht geladen werden: %2.%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No generator: open a GAN checkpoint folder</source>
        <translation>Kein Generator: einen GAN-Checkpoint-Ordner öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every class</source>
        <translation>alle Klassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(nicht klassenbedingt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 of seed %2: click to interpolate from or to it</source>
        <translation>#%1 von Seed %2: klicken, um von hier aus oder hierhin zu interpolieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 of seed %2, class %3: click to interpolate from or to it</source>
        <translation>#%1 von Seed %2, Klasse %3: klicken, um von hier aus oder hierhin zu interpolieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 samples of %2, seed %3%4. Click two of them to walk between their noise vectors.</source>
        <translation>%1 Samples von %2, Seed %3%4. Zwei davon anklicken, um zwischen ihren Rauschvektoren zu wandern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, truncation %1</source>
        <translation>, Trunkierung %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interpolation failed: %1</source>
        <translation>Interpolation fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · every frame a %1 (the start&apos;s class)</source>
        <translation> · jeder Frame Klasse %1 (die des Startpunkts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · every frame a %1</source>
        <translation> · jeder Frame Klasse %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| midway %4 (draws: about %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| auf halbem Weg %4 (Ziehungen: etwa %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a straight line, which cuts inside the noise&apos;s shell</source>
        <translation>eine gerade Linie, die durch das Innere der Rauschschale verläuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>along the sphere, where the generator&apos;s noise lives</source>
        <translation>entlang der Kugel, auf der das Rauschen des Generators liegt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start: sample #%1. Click another sample for the end of the path.</source>
        <translation>Start: Sample #%1. Ein weiteres Sample als Ende des Pfads anklicken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A path from sample #%1 to sample #%2. Click a sample to start another.</source>
        <translation>Ein Pfad von Sample #%1 zu Sample #%2. Ein Sample anklicken, um einen neuen zu beginnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seed %1</source>
        <translation>Seed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample #%1 of seed %2</source>
        <translation>Sample #%1 von Seed %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to… (click a second sample)</source>
        <translation>Von %1 nach… (ein zweites Sample anklicken)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2. Or click two samples in the grid.</source>
        <translation>Von %1 nach %2. Oder zwei Samples im Raster anklicken.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Export the path</source>
        <translation>Den Pfad exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: eine .gif-, .mp4- oder .png-Datei wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export yet: pick two seeds or click two samples.</source>
        <translation>Noch nichts zu exportieren: zwei Seeds wählen oder zwei Samples anklicken.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 mit Rezept geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Exportieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Nothing to export yet: the samples are still coming.</source>
        <translation>Noch nichts zu exportieren: Die Samples werden noch erzeugt.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>this page cannot redo “%1”</source>
        <translation>diese Seite kann „%1“ nicht wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a recipe (%1 with %2).</source>
        <translation>Aus einem Rezept (%1 mit %2).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::ToyGanView</name>
    <message>
        <location filename="../widgets/ganlab/toyganview.cpp" line="+202"/>
        <source>Press Reset or Play to start the game</source>
        <translation>„Zurücksetzen“ oder „Abspielen“ drücken, um das Spiel zu starten</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Drawing · click adds, drag sprays, right-click clears · %1 points</source>
        <translation>Zeichnen · Klick fügt hinzu, Ziehen sprüht, Rechtsklick leert · %1 Punkte</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+167"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training</source>
        <translation>Training anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume training</source>
        <translation>Training pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One training step (while paused)</source>
        <translation>Ein Trainingsschritt (während der Pause)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::FirstRunTour</name>
    <message>
        <location filename="../widgets/help/firstruntour.cpp" line="+28"/>
        <source>Welcome to GenLab Studio</source>
        <translation>Willkommen bei GenLab Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This short tour shows each lab in turn; the lab it speaks of is opened behind it, with its model already loading or loaded, so you can try things while you read.

- **%1** opens the help page of the lab you are in, **%2** lists every key.
- **%3** runs the main action of the page you see (Generate, Sample, Train, …), **%4** stops it.

Skip the tour whenever you like; Help &gt; Take the Tour brings it back.</source>
        <translation>Dieser kurze Rundgang zeigt jedes Labor der Reihe nach; das Labor, um das es geht, wird dahinter geöffnet, sein Modell lädt schon oder ist geladen, sodass Sie beim Lesen ausprobieren können.

- **%1** öffnet die Hilfeseite des Labors, in dem Sie sind, **%2** listet alle Tasten.
- **%3** führt die Hauptaktion der gezeigten Seite aus (Generieren, Samplen, Trainieren, …), **%4** hält sie an.

Überspringen Sie den Rundgang, wann immer Sie möchten; Hilfe &gt; Rundgang starten bringt ihn zurück.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>*The lab&apos;s help page, in English, says more: what the lab shows, the idea behind it and what to try first.*</source>
        <translation>*Die Hilfeseite des Labors (auf Englisch) sagt mehr: was das Labor zeigt, die Idee dahinter und was Sie zuerst ausprobieren können.*</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to try first</source>
        <translation>Was Sie zuerst ausprobieren können</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tour of GenLab Studio</source>
        <translation>Rundgang durch GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skip the tour</source>
        <translation>Rundgang überspringen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its help page</source>
        <translation>Seine Hilfeseite öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::HelpViewer</name>
    <message>
        <location filename="../widgets/help/helpviewer.cpp" line="+208"/>
        <location line="+51"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The help pages are in English.</source>
        <translation>Die Hilfeseiten sind auf Englisch.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The help pages are not installed (looked in: %1).</source>
        <translation>Die Hilfeseiten sind nicht installiert (gesucht in: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no help page %1 in %2.</source>
        <translation>Es gibt keine Hilfeseite %1 in %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link %1 cannot be opened.</source>
        <translation>Der Link %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a web page</source>
        <translation>Eine Webseite öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside GenLab Studio:
%1

Open it in your web browser?</source>
        <translation>Dieser Link führt aus GenLab Studio hinaus:
%1

Im Webbrowser öffnen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link %1 does not lead to a help page.</source>
        <translation>Der Link %1 führt zu keiner Hilfeseite.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys marked with a lab work while that lab (and tab) is shown; %1 runs the shown page&apos;s main action and %2 stops it in every lab.</source>
        <translation>Tasten, bei denen ein Labor steht, wirken, solange dieses Labor (und dieser Reiter) gezeigt wird; %1 führt die Hauptaktion der gezeigten Seite aus und %2 hält sie an, in jedem Labor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::CandidateBars</name>
    <message>
        <location filename="../widgets/maskedlab/candidatebars.cpp" line="+102"/>
        <source>mask %1</source>
        <translation>Maske %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::FillMaskPage</name>
    <message>
        <location filename="../widgets/maskedlab/fillmaskpage.cpp" line="+68"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a sentence, then click its words below to mask them; you can also write [MASK] yourself.</source>
        <translation>Geben Sie einen Satz ein und klicken Sie dann unten auf Wörter, um sie zu maskieren; Sie können [MASK] auch selbst schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many candidates to show for each mask</source>
        <translation>Wie viele Kandidaten je Maske gezeigt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole-word masking</source>
        <translation>Ganzwort-Maskierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mask every piece of a clicked word (as whole-word masking trains BERT), not only the piece clicked</source>
        <translation>Jedes Teilstück eines angeklickten Wortes maskieren (wie BERT mit Ganzwort-Maskierung trainiert wird), nicht nur das angeklickte Stück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill one at a time</source>
        <translation>Einzeln füllen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the most confident mask first, then predict the others again with it filled in; each step is listed</source>
        <translation>Die sicherste Maske zuerst füllen, dann die anderen mit ihr erneut vorhersagen; jeder Schritt wird aufgelistet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmask all</source>
        <translation>Alle aufdecken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a word to mask it; click it again to bring it back. The model sees the whole sentence, left and right of each mask.</source>
        <translation>Klicken Sie auf ein Wort, um es zu maskieren; ein zweiter Klick bringt es zurück. Das Modell sieht den ganzen Satz, links und rechts jeder Maske.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mask a word to see what the model would put there.</source>
        <translation>Maskieren Sie ein Wort, um zu sehen, was das Modell dort einsetzen würde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filling one at a time: pick a step to see what the model predicted before it</source>
        <translation>Einzeln füllen: Wählen Sie einen Schritt, um zu sehen, was das Modell davor vorhergesagt hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encoder&apos;s attention of the masked sentence shows here.</source>
        <translation>Hier erscheint die Aufmerksamkeit des Encoders für den maskierten Satz.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>mask %1 (typed)</source>
        <translation>Maske %1 (getippt)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask %1: the word %2</source>
        <translation>Maske %1: das Wort %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2 at position %3 (%4 %) → %5</source>
        <translation>%1. %2 an Position %3 (%4 %) → %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mask yet: click a word above (or type [MASK]). The model reads %1 pieces.</source>
        <translation>Noch keine Maske: Klicken Sie oben auf ein Wort (oder tippen Sie [MASK]). Das Modell liest %1 Stücke.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With its favourites: “%1”. The bars are the model&apos;s probabilities over its whole vocabulary at each mask; an orange bar is the word you masked.</source>
        <translation>Mit seinen Favoriten: „%1“. Die Balken sind die Wahrscheinlichkeiten des Modells über sein ganzes Vokabular an jeder Maske; ein orangefarbener Balken ist das Wort, das Sie maskiert haben.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Masked: click to bring %1 back</source>
        <translation>Maskiert: Klicken, um %1 zurückzuholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1 (id %2) of word %3: click to mask the word</source>
        <translation>Stück %1 (ID %2) von Wort %3: Klicken maskiert das Wort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>position %1: filled now</source>
        <translation>Position %1: jetzt gefüllt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedLab</name>
    <message>
        <location filename="../widgets/maskedlab/maskedlab.cpp" line="+46"/>
        <source>Encoder</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Mitgeliefertes Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the masked language model that comes with the studio (%1)</source>
        <translation>Zurück zum maskierten Sprachmodell, das mit dem Studio kommt (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open BERT folder…</source>
        <translation>BERT-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hugging Face BERT folder (config.json, model.safetensors, vocab.txt): BertForMaskedLM such as bert-base-uncased, or a sentence-transformers folder</source>
        <translation>Einen Hugging-Face-BERT-Ordner öffnen (config.json, model.safetensors, vocab.txt): BertForMaskedLM wie bert-base-uncased oder einen sentence-transformers-Ordner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fill mask</source>
        <translation>Maske füllen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5)</source>
        <translation>Span-Korruption (T5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three objectives</source>
        <translation>Drei Lernziele</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Masked</source>
        <translation>Maskiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BERT fills masked words, T5 writes back corrupted spans, GPT predicts the next token: three objectives side by side</source>
        <translation>BERT füllt maskierte Wörter, T5 schreibt korrumpierte Spannen zurück, GPT sagt das nächste Token voraus: drei Lernziele nebeneinander</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A BERT model folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Ein BERT-Modellordner (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped model (%1)</source>
        <translation>das mitgelieferte Modell (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no masked-LM head (a BertModel or sentence-transformers folder): it embeds sentences but cannot fill masks.</source>
        <translation>%1 hat keinen Masked-LM-Kopf (ein BertModel- oder sentence-transformers-Ordner): Es bettet Sätze ein, kann aber keine Masken füllen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>Das Labor behält %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: open a BERT folder, or train one on the Train page.</source>
        <translation>Kein Modell geladen: Öffnen Sie einen BERT-Ordner oder trainieren Sie eines auf der Seite „Trainieren“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no model loaded</source>
        <translation>kein Modell geladen</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>Der Modellordner %1 des Projekts existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedTrainPage</name>
    <message>
        <location filename="../widgets/maskedlab/maskedtrainpage.cpp" line="+44"/>
        <source>Tiny: 2 layers, 64 wide</source>
        <translation>Winzig: 2 Schichten, 64 breit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide</source>
        <translation>Klein: 4 Schichten, 128 breit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide</source>
        <translation>Mittel: 6 Schichten, 192 breit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Masked LM (BERT: fill the masks)</source>
        <translation>Maskiertes LM (BERT: Masken füllen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5: write the spans back)</source>
        <translation>Span-Korruption (T5: Spannen zurückschreiben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Lernziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to train on</source>
        <translation>Text zum Trainieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPiece tokens learned on the text before training</source>
        <translation>WordPiece-Tokens, die vor dem Training auf dem Text gelernt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per training example</source>
        <translation>Tokens je Trainingsbeispiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole-word masking</source>
        <translation>Ganzwort-Maskierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whole words to mask (every piece of a word together), as later BERTs did</source>
        <translation>Ganze Wörter zum Maskieren wählen (alle Stücke eines Wortes zusammen), wie spätere BERTs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe every</source>
        <translation>Probe alle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a text file and press Train.</source>
        <translation>Wählen Sie eine Textdatei und drücken Sie „Trainieren“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it on the Fill mask page</source>
        <translation>auf der Seite „Maske füllen“ verwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>„Fortsetzen“ ankreuzen, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch loss</source>
        <translation>Batch-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per target token)</source>
        <translation>Verlust (Nats je Ziel-Token)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>T5 previews</source>
        <translation>T5-Vorschauen</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>A T5 run shows its probe sentence here: the corrupted input and the spans the model writes back.</source>
        <translation>Ein T5-Lauf zeigt hier seinen Probesatz: die korrumpierte Eingabe und die Spannen, die das Modell zurückschreibt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BERT&apos;s masking rule, on a row of this step&apos;s batch</source>
        <translation>BERTs Maskierungsregel an einer Zeile des Batches dieses Schritts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The row appears with the first probe.</source>
        <translation>Die Zeile erscheint mit der ersten Probe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s guesses for the probe sentence appear here as it learns; the step slider picks the probe of a step.</source>
        <translation>Die Tipps des Modells für den Probesatz erscheinen hier, während es lernt; der Schrittregler wählt die Probe eines Schritts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masking rule and probe</source>
        <translation>Maskierungsregel und Probe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: %1 steps in %2 s · validation loss %3 · accuracy %4 % · %5 parameters</source>
        <translation>Fertig: %1 Schritte in %2 s · Validierungsverlust %3 · Genauigkeit %4 % · %5 Parameter</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>accuracy at the masks</source>
        <translation>Genauigkeit an den Masken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation accuracy at the masks</source>
        <translation>Validierungsgenauigkeit an den Masken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target tokens right</source>
        <translation>Ziel-Tokens richtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation target tokens right</source>
        <translation>Validierung: Ziel-Tokens richtig</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose a text file to train on first.</source>
        <translation>Wählen Sie zuerst eine Textdatei zum Trainieren.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Schritt %1 von %2 · Verlust %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 % right</source>
        <translation> · %1 % richtig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1</source>
        <translation> · Validierung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · pausiert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BERT&apos;s masking rule on a row of step %1&apos;s batch</source>
        <translation>BERTs Maskierungsregel an einer Zeile des Batches von Schritt %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the loss asks for %2 here; the model saw %3</source>
        <translation>%1: Der Verlust verlangt hier %2; das Modell sah %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 tokens chosen (%3 %): %4 became [MASK] (orange), %5 a random token (violet), %6 stayed (green); the loss is taken at those %1 only.</source>
        <translation>%1 von %2 Tokens gewählt (%3 %): %4 wurden [MASK] (orange), %5 ein zufälliges Token (violett), %6 blieben (grün); der Verlust wird nur an diesen %1 genommen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probe at step %1: %2</source>
        <translation>Probe bei Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[MASK] %1 of the probe</source>
        <translation>[MASK] %1 der Probe</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::ObjectivesPage</name>
    <message>
        <location filename="../widgets/maskedlab/objectivespage.cpp" line="+102"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws BERT&apos;s masks and T5&apos;s spans</source>
        <translation>Zieht BERTs Masken und T5s Spannen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training targets from this sentence</source>
        <translation>Trainingsziele aus diesem Satz</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three ways to make a language model learn from plain text. GPT predicts every next token, left to right: one target per token. BERT sees the whole sentence with about 15 % of it masked and fills the masks. T5 cuts out spans, puts a sentinel in each place, and writes the spans back.</source>
        <translation>Drei Arten, ein Sprachmodell aus reinem Text lernen zu lassen. GPT sagt jedes nächste Token voraus, von links nach rechts: ein Ziel je Token. BERT sieht den ganzen Satz, etwa 15 % davon maskiert, und füllt die Masken. T5 schneidet Spannen heraus, setzt an jede Stelle einen Platzhalter und schreibt die Spannen zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPT: the next token, at every position</source>
        <translation>GPT: das nächste Token, an jeder Position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BERT: the masked tokens, seeing both sides</source>
        <translation>BERT: die maskierten Tokens, mit Blick in beide Richtungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T5: the corrupted spans, written back</source>
        <translation>T5: die korrumpierten Spannen, zurückgeschrieben</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The first token has no context: nothing predicts it</source>
        <translation>Das erste Token hat keinen Kontext: Nichts sagt es voraus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After %1 the model gave %2 a probability of %3 %; its favourite was %4 (%5 %)</source>
        <translation>Nach %1 gab das Modell %2 eine Wahrscheinlichkeit von %3 %; sein Favorit war %4 (%5 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPT model: the Text lab&apos;s shipped model is missing.</source>
        <translation>Kein GPT-Modell: Das mitgelieferte Modell des Text-Labors fehlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: each token after the first is predicted from the ones before it (its colour is the probability it got; hover for the favourite). The favourite was right %2 times.</source>
        <translation>%1 Ziele: Jedes Token nach dem ersten wird aus den vorherigen vorhergesagt (seine Farbe ist die Wahrscheinlichkeit, die es bekam; der Favorit beim Darüberfahren). Der Favorit lag %2-mal richtig.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Masked %1: click to unmask</source>
        <translation>Maskiert %1: Klicken deckt auf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to mask this word</source>
        <translation>Klicken maskiert dieses Wort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[MASK] for %1</source>
        <translation>[MASK] für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No BERT model is loaded.</source>
        <translation>Kein BERT-Modell geladen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: only the masked tokens are predicted, each from the whole sentence around it. Click words to choose other masks.</source>
        <translation>%1 Ziele: Nur die maskierten Tokens werden vorhergesagt, jedes aus dem ganzen Satz um es herum. Klicken Sie auf Wörter, um andere Masken zu wählen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 targets: the decoder writes each sentinel and the span behind it (spans drawn: %2, expected: %3). The small T5&apos;s answer:%4</source>
        <translation>%1 Ziele: Der Decoder schreibt jeden Platzhalter und die Spanne dahinter (Spannen gezogen: %2, erwartet: %3). Die Antwort des kleinen T5:%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (no T5 model)</source>
        <translation> (kein T5-Modell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPT %1 · BERT %2 · T5 %3 (tokens counted with each model&apos;s own tokenizer)</source>
        <translation>GPT %1 · BERT %2 · T5 %3 (Tokens mit dem eigenen Tokenizer jedes Modells gezählt)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::SpanCorruptionPage</name>
    <message>
        <location filename="../widgets/maskedlab/spancorruptionpage.cpp" line="+90"/>
        <location line="+48"/>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Corruption rate</source>
        <translation>Korruptionsrate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share of the tokens dropped (T5 used 15 %)</source>
        <translation>Der Anteil der entfernten Tokens (T5 nahm 15 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean span</source>
        <translation>Mittlere Spanne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean length of a dropped span, in tokens (T5 used 3)</source>
        <translation>Die mittlere Länge einer entfernten Spanne, in Tokens (T5 nahm 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sentence as tokens; each coloured run is one span T5 drops</source>
        <translation>Der Satz als Tokens; jeder farbige Abschnitt ist eine Spanne, die T5 entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder input</source>
        <translation>Encoder-Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the encoder reads: the kept tokens, and one sentinel where each span was</source>
        <translation>Was der Encoder liest: die behaltenen Tokens und einen Platzhalter, wo jede Spanne war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoder target</source>
        <translation>Decoder-Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the decoder learns to write: each sentinel followed by the span it stands for, and a last sentinel to end</source>
        <translation>Was der Decoder schreiben lernt: jeden Platzhalter, gefolgt von der Spanne, für die er steht, und einen letzten Platzhalter zum Schluss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T5&apos;s fill</source>
        <translation>Füllung von T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the small T5 trained here writes for each span</source>
        <translation>Was das hier trainierte kleine T5 für jede Spanne schreibt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T5 learns by span corruption: a few runs of tokens are cut out and replaced by sentinels, and the model writes them back. Each sentence gives fewer targets than GPT&apos;s next token, but every target is a whole span.</source>
        <translation>T5 lernt durch Span-Korruption: Einige Abschnitte von Tokens werden herausgeschnitten und durch Platzhalter ersetzt, und das Modell schreibt sie zurück. Jeder Satz ergibt weniger Ziele als GPTs nächstes Token, aber jedes Ziel ist eine ganze Spanne.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No T5 model is loaded: only the corruption is shown.</source>
        <translation>Kein T5-Modell geladen: Nur die Korruption wird gezeigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s whole target: %1</source>
        <translation>Das ganze Ziel des Modells: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens · rate %2 % → %3 noise tokens · mean span %4 → expected %5 spans, drawn %6 · the encoder reads %7 tokens, the decoder writes %8</source>
        <translation>%1 Tokens · Rate %2 % → %3 Rausch-Tokens · mittlere Spanne %4 → erwartet %5 Spannen, gezogen %6 · der Encoder liest %7 Tokens, der Decoder schreibt %8</translation>
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
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search&apos;s query, or another question about the same passages</source>
        <translation>Die Anfrage der Suche oder eine andere Frage zu denselben Passagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many sentences the extractive answer keeps</source>
        <translation>Wie viele Sätze die extraktive Antwort behält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive: sentences of the passages</source>
        <translation>Extraktiv: Sätze der Passagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a GPT model: lm-shakespeare-bpe (no question answerer)</source>
        <translation>Mit einem GPT-Modell generieren: lm-shakespeare-bpe (beantwortet keine Fragen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Generate with a GPT model: Open GPT folder…</source>
        <translation>Mit einem GPT-Modell generieren: GPT-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Where the answer comes from. A generated answer is checked sentence by sentence against the passages.</source>
        <translation>Woher die Antwort kommt. Eine generierte Antwort wird Satz für Satz mit den Passagen abgeglichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampling seed: the same passages and seed give the same generated answer</source>
        <translation>Der Seed des Samplings: Dieselben Passagen und derselbe Seed ergeben dieselbe generierte Antwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer again</source>
        <translation>Erneut antworten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer with the passages as pinned and dropped now, and show what changed</source>
        <translation>Mit den Passagen antworten, wie sie jetzt angeheftet und weggelassen sind, und zeigen, was sich geändert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive answers are sentences taken from the passages, each with its citation. A generated answer is written by a GPT model from the prompt below; each of its sentences is then checked against the passages (green with its [n]: a passage sentence shares most of its words; red: unsupported). The shipped model lm-shakespeare-bpe is no question answerer: it continues text in Shakespeare&apos;s style, so expect verse and red sentences.</source>
        <translation>Extraktive Antworten sind Sätze aus den Passagen, jeder mit seiner Quellenangabe. Eine generierte Antwort schreibt ein GPT-Modell aus dem Prompt unten; jeder ihrer Sätze wird danach mit den Passagen abgeglichen (grün mit seinem [n]: Ein Satz einer Passage teilt die meisten seiner Wörter; rot: nicht belegt). Das mitgelieferte Modell lm-shakespeare-bpe beantwortet keine Fragen: Es setzt Text im Stil Shakespeares fort, also sind Verse und rote Sätze zu erwarten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pin</source>
        <translation>Anheften</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop</source>
        <translation>Weglassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin: always use the passage, first. Drop: leave it out.</source>
        <translation>Anheften: die Passage immer verwenden, an erster Stelle. Weglassen: sie auslassen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuild prompt</source>
        <translation>Prompt neu aufbauen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget your edits: assemble the prompt from the chosen passages and the question again</source>
        <translation>Ihre Änderungen verwerfen: den Prompt wieder aus den gewählten Passagen und der Frage zusammensetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt a GPT model reads: the chosen passages, numbered, and the question</source>
        <translation>Der Prompt, den ein GPT-Modell liest: die gewählten Passagen, nummeriert, und die Frage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer, each sentence with the passage it comes from; click [n] to see the passage</source>
        <translation>Die Antwort, jeder Satz mit der Passage, aus der er stammt; auf [n] klicken, um die Passage zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After “Answer again”: the sentences added (green) and removed (red) since the previous answer</source>
        <translation>Nach „Erneut antworten“: die seit der vorigen Antwort hinzugekommenen (grün) und entfernten (rot) Sätze</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a GPT-2-family model folder</source>
        <translation>Einen Modellordner der GPT-2-Familie öffnen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generate with a GPT model: %1 (Open GPT folder…)</source>
        <translation>Mit einem GPT-Modell generieren: %1 (GPT-Ordner öffnen…)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not used by the extractive answer: it reads no prompt, it picks the passages&apos; sentences that best match the question. Choose “Generate with a GPT model” to send this prompt (and edit it).</source>
        <translation>Die extraktive Antwort verwendet ihn nicht: Sie liest keinen Prompt, sondern wählt die Sätze der Passagen, die am besten zur Frage passen. Wählen Sie „Mit einem GPT-Modell generieren“, um diesen Prompt zu senden (und ihn zu bearbeiten).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited: the GPT model reads this text exactly as you wrote it. Pin, Drop or “Rebuild prompt” assemble it again.</source>
        <translation>Bearbeitet: Das GPT-Modell liest diesen Text genau so, wie Sie ihn geschrieben haben. Anheften, Verwerfen oder „Prompt neu aufbauen“ setzen ihn neu zusammen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt the GPT model reads, assembled from the chosen passages and the question; edit it to change what the model reads.</source>
        <translation>Der Prompt, den das GPT-Modell liest, zusammengesetzt aus den gewählten Passagen und der Frage; bearbeiten Sie ihn, um zu ändern, was das Modell liest.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a question first.</source>
        <translation>Zuerst eine Frage eingeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no passages to answer from: search on the Search page first.</source>
        <translation>Es gibt keine Passagen, aus denen geantwortet werden kann: zuerst auf der Seite „Suche“ suchen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every passage is dropped: keep at least one.</source>
        <translation>Alle Passagen sind weggelassen: mindestens eine behalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating…</source>
        <translation>Generierung läuft…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No generated answer: %1</source>
        <translation>Keine generierte Antwort: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answering…</source>
        <translation>Antwort wird erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer: %1</source>
        <translation>Keine Antwort: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lm-shakespeare-bpe was trained to continue Shakespeare&apos;s plays: it is no question answerer, so its sentences are rarely supported by the passages.</source>
        <translation>lm-shakespeare-bpe wurde darauf trainiert, Shakespeares Stücke fortzusetzen: Es beantwortet keine Fragen, daher sind seine Sätze selten durch die Passagen belegt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model wrote no sentence.</source>
        <translation>Das Modell hat keinen Satz geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; most attention on passage [%1] (%2 of it)</source>
        <translation>; die meiste Aufmerksamkeit auf Passage [%1] (Anteil %2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>supported: overlap %1 with passage [%2], line %3</source>
        <translation>belegt: Überlappung %1 mit Passage [%2], Zeile %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported: best overlap %1</source>
        <translation>nicht belegt: beste Überlappung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sentences supported by the passages; seed %3, %4 prompt tokens.</source>
        <translation>%1 von %2 Sätzen durch die Passagen belegt; Seed %3, %4 Prompt-Tokens.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sentence of these passages answers it.</source>
        <translation>Kein Satz dieser Passagen beantwortet sie.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The same sentences as the previous answer.</source>
        <translation>Dieselben Sätze wie in der vorigen Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the previous answer: sentences added %1, removed %2.</source>
        <translation>Seit der vorigen Antwort: %1 Sätze hinzugekommen, %2 entfernt.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::ChunkingAbPage</name>
    <message>
        <location filename="../widgets/retrievallab/chunkingabpage.cpp" line="+46"/>
        <source>How much does chunking matter? Pick a second chunking (B): a temporary index of the same documents is built with it, the query runs under both, and the two top-k lists show side by side. Passages are matched by file and overlapping text, whatever their boundaries.</source>
        <translation>Wie viel macht das Chunking aus? Ein zweites Chunking (B) wählen: Damit wird ein temporärer Index derselben Dokumente erstellt, die Anfrage läuft unter beiden, und die beiden Top-k-Listen erscheinen nebeneinander. Passagen werden über Datei und überlappenden Text zugeordnet, unabhängig von ihren Grenzen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A (the index):</source>
        <translation>A (der Index):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words (tokens)</source>
        <translation>Wörter (Tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>Markdown-Überschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per file</source>
        <translation>eine pro Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters, words or sentences per passage</source>
        <translation>Zeichen, Wörter oder Sätze pro Passage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters or words shared with the previous passage</source>
        <translation>Zeichen oder Wörter, die mit der vorigen Passage geteilt werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B (to compare):</source>
        <translation>B (zum Vergleich):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A query, e.g. why do GANs collapse?</source>
        <translation>Eine Anfrage, z. B. why do GANs collapse?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Query:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the other list</source>
        <translation>In der anderen Liste</translation>
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
        <translation>Der erste Vergleich erstellt den Index von B (noch einmal dieselben Dokumente); spätere Anfragen verwenden ihn wieder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no index open)</source>
        <translation>(kein Index geöffnet)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n passage(s)</source>
        <translation>
            <numerusform>%1, %n Passage</numerusform>
            <numerusform>%1, %n Passagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a query to compare the two chunkings on.</source>
        <translation>Eine Anfrage eingeben, an der die beiden Chunkings verglichen werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>Der Index ist leer: zuerst einige Dokumente (oder die Hilfeseiten) indexieren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chunking B is not valid: %1</source>
        <translation>Chunking B ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B is the index&apos;s own chunking (%1): choose another kind, size or overlap.</source>
        <translation>B ist das Chunking des Index selbst (%1): eine andere Art, Größe oder Überlappung wählen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare chunkings</source>
        <translation>Chunkings vergleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build chunking B (%1) and compare</source>
        <translation>Chunking B (%1) erstellen und vergleichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the query under A and B…</source>
        <translation>Anfrage läuft unter A und B…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building B&apos;s index (%1) of the same documents…</source>
        <translation>Index von B (%1) für dieselben Dokumente wird erstellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building B&apos;s index: %1</source>
        <translation>Index von B wird erstellt: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled; nothing of B was kept.</source>
        <translation>Abgebrochen; von B wurde nichts behalten.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A: %1 (%n passage(s))</source>
        <translation>
            <numerusform>A: %1 (%n Passage)</numerusform>
            <numerusform>A: %1 (%n Passagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>B: %1 (%n passage(s))</source>
        <translation>
            <numerusform>B: %1 (%n Passage)</numerusform>
            <numerusform>B: %1 (%n Passagen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of A&apos;s top %1, %2 are still in B&apos;s top %1 (the same text, cut differently) and %3 dropped out; %n passage(s) of B&apos;s top %1 are new.</source>
        <translation>
            <numerusform>Von den Top %1 von A sind %2 weiterhin in den Top %1 von B (derselbe Text, anders geschnitten) und %3 sind herausgefallen; %n Passage der Top %1 von B ist neu.</numerusform>
            <numerusform>Von den Top %1 von A sind %2 weiterhin in den Top %1 von B (derselbe Text, anders geschnitten) und %3 sind herausgefallen; %n Passagen der Top %1 von B sind neu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” under %2.</source>
        <translation>„%1“ mit %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read for B.</source>
        <translation>
            <numerusform>%n Datei konnte für B nicht gelesen werden.</numerusform>
            <numerusform>%n Dateien konnten für B nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, page %1</source>
        <translation>, Seite %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in B&apos;s top %1</source>
        <translation>nicht in den Top %1 von B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new: not in A&apos;s top %1</source>
        <translation>neu: nicht in den Top %1 von A</translation>
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
        <translation>Dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (RRF)</source>
        <translation>Hybrid (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (weighted)</source>
        <translation>Hybrid (gewichtet)</translation>
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
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chunking A/B</source>
        <translation>Chunking A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which retriever finds the right pages for your questions? Each question names the pages that answer it; recall@k is the share of those pages among the first k, MRR rewards the first relevant page coming early, nDCG@10 both.</source>
        <translation>Welcher Retriever findet die richtigen Seiten zu den eigenen Fragen? Jede Frage nennt die Seiten, die sie beantworten; recall@k ist der Anteil dieser Seiten unter den ersten k, MRR belohnt eine früh kommende erste relevante Seite, nDCG@10 beides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate</source>
        <translation>Evaluieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every labelled question under BM25, dense and both fusions</source>
        <translation>Jede gelabelte Frage mit BM25, Dense und beiden Fusionen ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open questions…</source>
        <translation>Fragen öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file like the built-in one: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [file names]}]}</source>
        <translation>Eine JSON-Datei wie die eingebaute: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [Dateinamen]}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in questions</source>
        <translation>Eingebaute Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question…</source>
        <translation>Frage hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The best value of each column is in bold</source>
        <translation>Der beste Wert jeder Spalte ist fett</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>score (1 is perfect)</source>
        <translation>Score (1 ist perfekt)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevant pages</source>
        <translation>Relevante Seiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank of the first relevant page among the distinct pages %1 ranks (– : not in its first 100)</source>
        <translation>Rang der ersten relevanten Seite unter den verschiedenen Seiten, die %1 einordnet (– : nicht unter den ersten 100)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a question to see its top passages and tick the relevant ones.</source>
        <translation>Eine Frage auswählen, um ihre Top-Passagen zu sehen und die relevanten anzukreuzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticking a passage marks its page relevant for this question (the metrics count pages)</source>
        <translation>Das Ankreuzen einer Passage markiert ihre Seite als relevant für diese Frage (die Metriken zählen Seiten)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The built-in questions (resources/help/questions.json) are not installed; open a file of your own.</source>
        <translation>Die eingebauten Fragen (resources/help/questions.json) sind nicht installiert; eine eigene Datei öffnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n built-in question(s) about the help pages (%1).</source>
        <translation>
            <numerusform>%n eingebaute Frage zu den Hilfeseiten (%1).</numerusform>
            <numerusform>%n eingebaute Fragen zu den Hilfeseiten (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+373"/>
        <source>%n question(s) with your labels (%1).</source>
        <translation>
            <numerusform>%n Frage mit eigenen Labels (%1).</numerusform>
            <numerusform>%n Fragen mit eigenen Labels (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-372"/>
        <source>%n question(s) from %1.</source>
        <translation>
            <numerusform>%n Frage aus %1.</numerusform>
            <numerusform>%n Fragen aus %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press Evaluate to score the retrievers on these questions.</source>
        <translation>„Evaluieren“ drücken, um die Retriever an diesen Fragen zu bewerten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open labelled questions</source>
        <translation>Gelabelte Fragen öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.json);;All files (*)</source>
        <translation>Fragen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a question</source>
        <translation>Eine Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question (then tick the passages that answer it):</source>
        <translation>Eigene Frage (danach die Passagen ankreuzen, die sie beantworten):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A question needs some words.</source>
        <translation>Eine Frage braucht einige Wörter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1”: tick the passages that answer it; it is saved with its first tick.</source>
        <translation>„%1“ hinzugefügt: die Passagen ankreuzen, die sie beantworten; sie wird mit dem ersten Kreuz gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no questions to evaluate: open a questions file.</source>
        <translation>Es gibt keine Fragen zum Evaluieren: eine Fragendatei öffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>Der Index ist leer: zuerst einige Dokumente (oder die Hilfeseiten) indexieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Evaluating %n question(s)…</source>
        <translation>
            <numerusform>%n Frage wird evaluiert…</numerusform>
            <numerusform>%n Fragen werden evaluiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation failed: %1</source>
        <translation>Die Evaluation ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation canceled.</source>
        <translation>Evaluation abgebrochen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rank one question</source>
        <translation>Eine Frage einordnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank each labelled question</source>
        <translation>Jede gelabelte Frage einordnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ranking the questions failed: %1</source>
        <translation>Das Einordnen der Fragen ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 questions scored; best MRR: %3 (%4).</source>
        <translation>%1 von %2 Fragen bewertet; beste MRR: %3 (%4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HNSW recall@10 against the exact scan for these questions: %1 (1 means the approximate index found every one of the exact scan&apos;s ten nearest passages).</source>
        <translation>HNSW-recall@10 gegenüber dem exakten Scan für diese Fragen: %1 (1 bedeutet, dass der approximative Index jede der zehn nächsten Passagen des exakten Scans gefunden hat).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index uses HNSW, but its recall could not be measured (no dense vectors for these questions).</source>
        <translation>Der Index verwendet HNSW, aber sein Recall konnte nicht gemessen werden (keine dichten Vektoren für diese Fragen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense search scans every vector exactly here (%1 passages; HNSW takes over at %2), so there is no approximation to measure.</source>
        <translation>Die dichte Suche durchsucht hier jeden Vektor exakt (%1 Passagen; HNSW übernimmt ab %2), es gibt also keine Approximation zu messen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none yet: tick passages)</source>
        <translation>(noch keine: Passagen ankreuzen)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Top passages (hybrid) for “%1”: tick those that answer it.</source>
        <translation>Top-Passagen (hybrid) für „%1“: diejenigen ankreuzen, die sie beantworten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passages could not be found: %1</source>
        <translation>Die Passagen konnten nicht gefunden werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No passage matches this question.</source>
        <translation>Keine Passage passt zu dieser Frage.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Labels saved to %1. Press Evaluate to update the table.</source>
        <translation>Labels in %1 gespeichert. „Evaluieren“ drücken, um die Tabelle zu aktualisieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No index is open, so there is no folder to keep your labels in.</source>
        <translation>Es ist kein Index geöffnet, daher gibt es keinen Ordner, in dem die eigenen Labels gespeichert werden können.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the labels could not be saved (%2)</source>
        <translation>%1: Die Labels konnten nicht gespeichert werden (%2)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::IndexPage</name>
    <message>
        <location filename="../widgets/retrievallab/indexpage.cpp" line="+62"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders are read recursively: .txt, .md, .html and .pdf files</source>
        <translation>Ordner werden rekursiv gelesen: .txt-, .md-, .html- und .pdf-Dateien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help pages</source>
        <translation>Hilfeseiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the studio&apos;s own help pages (the built-in corpus)</source>
        <translation>Die Hilfeseiten des Studios hinzufügen (das eingebaute Korpus)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (tokens)</source>
        <translation>Wörter (Tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>Markdown-Überschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chunk per file</source>
        <translation>Eine Passage pro Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chunking</source>
        <translation>Chunking</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LSA, fitted on these documents</source>
        <translation>LSA, an diese Dokumente angepasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dense retriever&apos;s encoder. LSA needs no model: TF-IDF and a truncated SVD of the indexed passages.</source>
        <translation>Der Encoder des Dense-Retrievers. LSA braucht kein Modell: TF-IDF und eine abgeschnittene SVD der indexierten Passagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open BERT folder…</source>
        <translation>BERT-Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+275"/>
        <source>A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Ein BERT- oder sentence-transformers-Ordner (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Embedder</source>
        <translation>Embedder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (exact below %1 passages, HNSW above)</source>
        <translation>Automatisch (exakt unter %1 Passagen, darüber HNSW)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact scan</source>
        <translation>Exakter Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HNSW (approximate, fast on large indexes)</source>
        <translation>HNSW (approximativ, schnell bei großen Indizes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense search</source>
        <translation>Dichte Suche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update index</source>
        <translation>Index aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read new and changed files, drop removed ones; unchanged files are kept as they are</source>
        <translation>Neue und geänderte Dateien lesen, entfernte verwerfen; unveränderte Dateien bleiben, wie sie sind</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last update&apos;s report: files added, changed, unchanged, removed and skipped</source>
        <translation>Der Bericht der letzten Aktualisierung: hinzugefügte, geänderte, unveränderte, entfernte und übersprungene Dateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chunk preview</source>
        <translation>Chunking-Vorschau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other file…</source>
        <translation>Andere Datei…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a document to see where the chunking above cuts it, before indexing.</source>
        <translation>Ein Dokument wählen, um vor dem Indexieren zu sehen, wo das Chunking oben es zerschneidet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The studio&apos;s help pages are not installed.</source>
        <translation>Die Hilfeseiten des Studios sind nicht installiert.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (the studio&apos;s help pages)</source>
        <translation>%1 (die Hilfeseiten des Studios)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 kann nicht gelesen werden (keine Berechtigung).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a text, Markdown, HTML or PDF file.</source>
        <translation>%1 ist keine Text-, Markdown-, HTML- oder PDF-Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already a source.</source>
        <translation>%1 ist bereits eine Quelle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1: “Update index” reads it.</source>
        <translation>%1 hinzugefügt: „Index aktualisieren“ liest die Quelle ein.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BERT: %1</source>
        <translation>BERT: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> sentences</source>
        <translation> Sätze</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder of documents (.txt, .md, .html, .pdf)</source>
        <translation>Ein Ordner mit Dokumenten (.txt, .md, .html, .pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to index</source>
        <translation>Zu indexierende Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</source>
        <translation>Dokumente (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 has no config.json: not a BERT model folder.</source>
        <translation>%1 hat keine config.json: kein BERT-Modellordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next update embeds every passage with %1 (slower than LSA on the CPU).</source>
        <translation>Die nächste Aktualisierung bettet jede Passage mit %1 ein (auf der CPU langsamer als LSA).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document to preview</source>
        <translation>Ein Dokument für die Vorschau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a folder or files first (or the help pages).</source>
        <translation>Zuerst einen Ordner oder Dateien hinzufügen (oder die Hilfeseiten).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: remove it or fix its permissions.</source>
        <translation>%1 kann nicht gelesen werden: die Quelle entfernen oder ihre Berechtigungen korrigieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the index</source>
        <translation>Index wird aktualisiert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing the studio&apos;s help pages</source>
        <translation>Hilfeseiten des Studios werden indexiert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing changed: the index is up to date.</source>
        <translation>Nichts geändert: Der Index ist aktuell.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled: the index is as it was before the update.</source>
        <translation>Abgebrochen: Der Index ist so wie vor der Aktualisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update failed: %1. The index is as it was.</source>
        <translation>Die Aktualisierung ist fehlgeschlagen: %1. Der Index ist unverändert.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The index is not open yet.</source>
        <translation>Der Index ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dense search by %1 (%2)</source>
        <translation>dichte Suche per %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HNSW</source>
        <translation>HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exact scan</source>
        <translation>exakter Scan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dense search (%1)</source>
        <translation>keine dichte Suche (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in %1: %2 documents, %3 passages; %4.</source>
        <translation>Index in %1: %2 Dokumente, %3 Passagen; %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the index was opened: %1</source>
        <translation>Beim Öffnen des Index: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed; %5 skipped.</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 unverändert, %4 entfernt; %5 übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index now holds %1 documents and %2 passages; %3 passages were embedded in this update; dense search: %4.</source>
        <translation>Der Index enthält jetzt %1 Dokumente und %2 Passagen; bei dieser Aktualisierung wurden %3 Passagen eingebettet; dichte Suche: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded from other encodings</source>
        <translation>Aus anderen Kodierungen dekodiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 bytes replaced</source>
        <translation>, %1 Bytes ersetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read:</source>
        <translation>Gelesen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to preview.</source>
        <translation>Ein Dokument für die Vorschau wählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutting %1 into chunks…</source>
        <translation>%1 wird in Passagen zerlegt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 under %2: %3 chunks</source>
        <translation>%1 mit %2: %3 Passagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 characters on average</source>
        <translation>, durchschnittlich %1 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; shared text (overlap) in yellow</source>
        <translation>; geteilter Text (Überlappung) in Gelb</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project&apos;s chunking is not valid (%1); the lab keeps its own.</source>
        <translation>Das Chunking des Projekts ist ungültig (%1); das Labor behält sein eigenes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project&apos;s embedder folder %1 no longer exists; LSA is used.</source>
        <translation>Der Embedder-Ordner %1 des Projekts existiert nicht mehr; LSA wird verwendet.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::MapPage</name>
    <message>
        <location filename="../widgets/retrievallab/mappage.cpp" line="+57"/>
        <source>Each dot is a passage: its dense vector projected onto the two directions in which the passages differ most (PCA). Nearby dots have similar vectors; colours are source documents. The star is the query, rings are the passages it retrieved.</source>
        <translation>Jeder Punkt ist eine Passage: ihr dichter Vektor, projiziert auf die beiden Richtungen, in denen sich die Passagen am stärksten unterscheiden (PCA). Nahe Punkte haben ähnliche Vektoren; die Farben sind die Quelldokumente. Der Stern ist die Anfrage, Ringe sind die von ihr abgerufenen Passagen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query to place on the map (empty: the passages only)</source>
        <translation>Eine Anfrage, die auf der Karte platziert wird (leer: nur die Passagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Kartieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>first principal direction</source>
        <translation>erste Hauptrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second principal direction</source>
        <translation>zweite Hauptrichtung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a dot to see its passage; click to keep it here.</source>
        <translation>Auf einen Punkt zeigen, um seine Passage zu sehen; klicken, um sie hier festzuhalten.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>Der Index ist leer: zuerst einige Dokumente (oder die Hilfeseiten) indexieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map needs the passages&apos; dense vectors, and this index has none usable: %1. Re-index with the LSA embedder (no model needed) or a BERT folder.</source>
        <translation>Die Karte braucht die dichten Vektoren der Passagen, und dieser Index hat keine brauchbaren: %1. Mit dem LSA-Embedder (kein Modell nötig) oder einem BERT-Ordner neu indexieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no embedder</source>
        <translation>kein Embedder</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Place the query on the map</source>
        <translation>Die Anfrage auf der Karte platzieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map the passages</source>
        <translation>Die Passagen kartieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the query…</source>
        <translation>Anfrage wird platziert…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Projecting %n passage(s)…</source>
        <translation>
            <numerusform>%n Passage wird projiziert…</numerusform>
            <numerusform>%n Passagen werden projiziert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map could not be drawn: %1</source>
        <translation>Die Karte konnte nicht gezeichnet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping canceled.</source>
        <translation>Kartieren abgebrochen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A sample of %1 of the %2 passages (seed %3).</source>
        <translation>Eine Stichprobe von %1 der %2 Passagen (Seed %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n passage(s).</source>
        <translation>
            <numerusform>%n Passage (alle).</numerusform>
            <numerusform>Alle %n Passagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two directions show %1% and %2% of the vectors&apos; variance, so distances on the map are only a rough picture of cosine similarity.</source>
        <translation>Die beiden Richtungen zeigen %1 % und %2 % der Varianz der Vektoren, daher sind Abstände auf der Karte nur ein grobes Bild der Kosinus-Ähnlichkeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One colour per document (%1 of them); hover over a dot for its file.</source>
        <translation>Eine Farbe pro Dokument (%1 insgesamt); auf einen Punkt zeigen, um seine Datei zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query has no word the embedder knows, so it has no place on the map.</source>
        <translation>Die Anfrage enthält kein Wort, das der Embedder kennt, daher hat sie keinen Platz auf der Karte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrieved</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passage %1 is no longer in the index.</source>
        <translation>Passage %1 ist nicht mehr im Index.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (retrieved #%1)</source>
        <translation> (abgerufen als #%1)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::PassageDetail</name>
    <message>
        <location filename="../widgets/retrievallab/passagedetail.cpp" line="+45"/>
        <source>%1 #%2 (%3 %4)</source>
        <translation>%1 #%2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not ranked</source>
        <translation>%1: nicht eingeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+70"/>
        <source>Select a passage to see its scores.</source>
        <translation>Eine Passage auswählen, um ihre Scores zu sehen.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the passage&apos;s file in the application your desktop uses for it</source>
        <translation>Die Datei der Passage in der Anwendung öffnen, die der Desktop dafür verwendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passage, with the query&apos;s words marked</source>
        <translation>Die Passage, mit markierten Wörtern der Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passage in its document</source>
        <translation>Die Passage in ihrem Dokument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Term</translation>
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
        <translation>Beitrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BM25&apos;s score of this passage, term by term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</source>
        <translation>BM25-Score dieser Passage, Term für Term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No application opened %1.</source>
        <translation>Keine Anwendung hat %1 geöffnet.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(From the neighbouring passages: the file has changed or cannot be read.)</source>
        <translation>(Aus den benachbarten Passagen: Die Datei hat sich geändert oder kann nicht gelesen werden.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in this passage: it adds nothing</source>
        <translation>Nicht in dieser Passage: trägt nichts bei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BM25 score</source>
        <translation>BM25-Score</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::RetrievalLab</name>
    <message>
        <location filename="../widgets/retrievallab/retrievallab.cpp" line="+30"/>
        <location line="+26"/>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not open yet</source>
        <translation>noch nicht geöffnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources…</source>
        <translation>Quellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own documents on the Index page</source>
        <translation>Eigene Dokumente auf der Seite „Index“ hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents: %1 (%2 %)</source>
        <translation>Die Hilfeseiten des Studios werden indexiert, damit das Labor schon vor eigenen Dokumenten funktioniert: %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The index is empty: %1 Add documents on the Index page.</source>
        <translation>Der Index ist leer: %1 Dokumente auf der Seite „Index“ hinzufügen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retrieval</source>
        <translation>Retrieval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index documents, see every score of BM25, dense and hybrid retrieval, and answer with citations</source>
        <translation>Dokumente indexieren, jeden Score von BM25, Dense- und Hybrid-Retrieval sehen und mit Quellenangaben antworten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the index…</source>
        <translation>Index wird geöffnet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index could not be opened: %1</source>
        <translation>Der Index konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents…</source>
        <translation>Die Hilfeseiten des Studios werden indexiert, damit das Labor schon vor eigenen Dokumenten funktioniert…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dense: HNSW</source>
        <translation>dicht: HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dense: exact scan</source>
        <translation>dicht: exakter Scan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dense vectors</source>
        <translation>keine dichten Vektoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2 documents, %3 passages, %4</source>
        <translation>%1%2 Dokumente, %3 Passagen, %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the studio&apos;s help pages: </source>
        <translation>Hilfeseiten des Studios: </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::SearchPage</name>
    <message>
        <location filename="../widgets/retrievallab/searchpage.cpp" line="+77"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question or some words, e.g. why do GANs collapse?</source>
        <translation>Eine Frage oder einige Wörter, z. B. why do GANs collapse?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retriever</source>
        <translation>Retriever</translation>
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
        <translation>Dense</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BM25: exact words, weighted by rarity. Dense: the embedder&apos;s vectors, cosine similarity. Hybrid: both lists fused.</source>
        <translation>BM25: exakte Wörter, nach Seltenheit gewichtet. Dense: die Vektoren des Embedders, Kosinus-Ähnlichkeit. Hybrid: beide Listen fusioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fusion</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocal rank (RRF)</source>
        <translation>Reziproker Rang (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted scores</source>
        <translation>Gewichtete Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRF: each list adds weight / (k + rank). Weighted: each list&apos;s scores scaled to [0, 1], then summed with the weights.</source>
        <translation>RRF: Jede Liste addiert Gewicht / (k + Rang). Gewichtet: Die Scores jeder Liste werden auf [0, 1] skaliert und dann mit den Gewichten summiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RRF&apos;s k: larger values flatten the difference between ranks</source>
        <translation>k von RRF: Größere Werte verringern den Unterschied zwischen den Rängen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: BM25</source>
        <translation>Gewichte: BM25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BM25 k1</source>
        <translation>BM25 k1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How quickly repeated words stop adding to the score (0: only presence counts)</source>
        <translation>Wie schnell wiederholte Wörter nichts mehr zum Score beitragen (0: nur das Vorkommen zählt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much a long passage is penalised (0: not at all, 1: fully by its length)</source>
        <translation>Wie stark eine lange Passage bestraft wird (0: gar nicht, 1: voll nach ihrer Länge)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+349"/>
        <source>Fused</source>
        <translation>Fusioniert</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+18"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>BM25: rank · score (empty: no query word in it, or BM25 not used)</source>
        <translation>BM25: Rang · Score (leer: kein Wort der Anfrage enthalten oder BM25 nicht verwendet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense: rank · cosine similarity to the query</source>
        <translation>Dense: Rang · Kosinus-Ähnlichkeit zur Anfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusion of both lists: rank · fused score (hybrid only)</source>
        <translation>Fusion beider Listen: Rang · fusionierter Score (nur hybrid)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words of the passage you expected, e.g. mode collapse</source>
        <translation>Wörter der erwarteten Passage, z. B. mode collapse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Finden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find any passage by its text, then pick it to see why it ranks where it does.</source>
        <translation>Eine beliebige Passage über ihren Text finden und dann auswählen, um zu sehen, warum sie auf ihrem Rang steht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its ranks and scores under each retriever, the cut-offs of the top k, and what kept it out</source>
        <translation>Ihre Ränge und Scores bei jedem Retriever, die Schwellen der Top k und was sie ferngehalten hat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why not this one?</source>
        <translation>Warum nicht diese?</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Type a question or some words to search for.</source>
        <translation>Eine Frage oder einige Wörter als Suchbegriff eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index is not open yet.</source>
        <translation>Der Index ist noch nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No passages.</source>
        <translation>Keine Passagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 by %2, of %3 passages in the index.</source>
        <translation>Die besten %1 nach %2, von %3 Passagen im Index.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type some words of the passage you are looking for.</source>
        <translation>Einige Wörter der gesuchten Passage eingeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for passages with “%1”…</source>
        <translation>Passagen mit „%1“ werden gesucht…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No passage contains “%1”.</source>
        <translation>Keine Passage enthält „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 passages that contain it; pick one.</source>
        <translation>Die ersten %1 Passagen, die es enthalten; eine auswählen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One passage contains it.</source>
        <translation>Eine Passage enthält es.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passages contain it; pick one.</source>
        <translation>%1 Passagen enthalten es; eine auswählen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the query first: the ranks depend on it.</source>
        <translation>Zuerst die Anfrage eingeben: Die Ränge hängen von ihr ab.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>show the passage</source>
        <translation>Passage anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the top %1 of %2 (rank %3).</source>
        <translation>In den Top %1 von %2 (Rang %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the top %1 of %2: it ranks %3.</source>
        <translation>Nicht in den Top %1 von %2: Sie steht auf Rang %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the top %1 of %2: it is not ranked at all.</source>
        <translation>Nicht in den Top %1 von %2: Sie wird gar nicht eingeordnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its rank and score</source>
        <translation>Ihr Rang und Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off (score of #%1)</source>
        <translation>Schwelle (Score von #%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>cosine</source>
        <translation>Kosinus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query words not in it: %1</source>
        <translation>Wörter der Anfrage, die fehlen: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::AttentionView</name>
    <message>
        <location filename="../widgets/textlab/attentionview.cpp" line="+57"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attended token (key)</source>
        <translation>beachtetes Token (Key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attending token (query)</source>
        <translation>beachtendes Token (Query)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attention weight</source>
        <translation>Attention-Gewicht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hover a token: the text is coloured by how much that token attends to each earlier one.</source>
        <translation>Auf ein Token zeigen: Der Text wird danach eingefärbt, wie stark dieses Token jedes frühere beachtet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a token: the text is coloured by how much that token attends to each of the others, before and after it.</source>
        <translation>Fahren Sie über ein Token: Der Text wird danach gefärbt, wie stark dieses Token auf jedes der anderen achtet, davor und danach.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generate a text first: its attention maps are shown here.</source>
        <translation>Zuerst einen Text generieren: Seine Attention-Maps werden hier gezeigt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Computing the attention maps…</source>
        <translation>Attention-Maps werden berechnet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention failed: %1</source>
        <translation>Attention fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mean of all heads</source>
        <translation>Mittel aller Heads</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 tokens (%2 earlier ones left out)</source>
        <translation>die letzten %1 Tokens (%2 frühere ausgelassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; a token only attends to itself and what came before.</source>
        <translation>Schicht %1, %2: %3. Jede Zeile summiert sich zu 1; ein Token beachtet nur sich selbst und das Vorangehende.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; every token attends to the whole sentence, both ways.</source>
        <translation>Schicht %1, %2: %3. Jede Zeile summiert sich zu 1; jedes Token achtet auf den ganzen Satz, in beide Richtungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the heads</source>
        <translation>Mittel der Heads</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head %1</source>
        <translation>Head %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (token %2) attends to %3 (token %4): %5 %</source>
        <translation>%1 (Token %2) beachtet %3 (Token %4): %5 %</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::DrawStrip</name>
    <message>
        <location filename="../widgets/textlab/drawstrip.cpp" line="+54"/>
        <source>Click a generated token to see how it was drawn.</source>
        <translation>Auf ein generiertes Token klicken, um zu sehen, wie es gezogen wurde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>others</source>
        <translation>andere</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>u = %1</source>
        <translation>u = %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no random draw</source>
        <translation>keine Zufallsziehung</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GeneratePage</name>
    <message>
        <location filename="../widgets/textlab/generatepage.cpp" line="+88"/>
        <source> · picked by you</source>
        <translation> · manuell gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1: %2 (id %3)
model probability %4 · after the settings %5 · surprise %6 bits%7
Click to open the sampling microscope.</source>
        <translation>Token %1: %2 (ID %3)
Modellwahrscheinlichkeit %4 · nach den Einstellungen %5 · Überraschung %6 Bit%7
Klicken, um das Sampling-Mikroskop zu öffnen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Generation tree</source>
        <translation>Generierungsbaum</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated text</source>
        <translation>Generierter Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a token to inspect it. Colour: the model&apos;s probability</source>
        <translation>Auf ein Token klicken, um es zu untersuchen. Farbe: die Wahrscheinlichkeit laut Modell</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The generated text appears here, token by token.</source>
        <translation>Der generierte Text erscheint hier, Token für Token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling microscope</source>
        <translation>Sampling-Mikroskop</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the text and its recipe</source>
        <translation>Text und Rezept speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (and its recipe beside it)</source>
        <translation>%1 gespeichert (das Rezept liegt daneben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a prompt first: this model has no end-of-text token to start from.</source>
        <translation>Zuerst einen Prompt eingeben: Dieses Modell hat kein End-of-Text-Token, von dem es ausgehen kann.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>There is no text to save yet.</source>
        <translation>Noch kein Text zum Speichern vorhanden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch is still being generated.</source>
        <translation>Der Zweig wird noch generiert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Replaying branch %1…</source>
        <translation>Zweig %1 wird wiederholt…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generating…</source>
        <translation>Generierung läuft…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Generating… %1 tokens, %2 tokens/s</source>
        <translation>Generierung läuft… %1 Tokens, %2 Tokens/s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replay with seed %1 reproduced all %2 tokens ✓</source>
        <translation>Wiederholung mit Seed %1 hat alle %2 Tokens reproduziert ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay with seed %1 differs from token %2 on (%3 generated, %4 before)</source>
        <translation>Wiederholung mit Seed %1 weicht ab Token %2 ab (%3 generiert, %4 zuvor)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 tokens · %2 tokens/s · first token after %3 ms · stopped: %4</source>
        <translation>%1 Tokens · %2 Tokens/s · erstes Token nach %3 ms · gestoppt: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>Generierung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GenerationTree</name>
    <message>
        <location filename="../widgets/textlab/generationtree.cpp" line="+40"/>
        <source>Branch</source>
        <translation>Zweig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every generation and every branch made from it. log p: the model&apos;s log-probability of the branch&apos;s tokens (closer to 0 is more likely).</source>
        <translation>Jede Generierung und jeder daraus abgeleitete Zweig. log p: die Log-Wahrscheinlichkeit der Tokens des Zweigs laut Modell (näher an 0 ist wahrscheinlicher).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the selected branch again from its prompt and seed: the same tokens must come back.</source>
        <translation>Den ausgewählten Zweig aus seinem Prompt und Seed erneut generieren: Es müssen dieselben Tokens herauskommen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected branch as a text file with its recipe beside it; File &gt; Open Recipe makes the same text again.</source>
        <translation>Den gewählten Zweig als Textdatei mit dem Rezept daneben speichern; Datei &gt; Rezept öffnen erzeugt denselben Text erneut.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Generate, then click a token and pick an alternative to branch.</source>
        <translation>Generieren, dann auf ein Token klicken und eine Alternative wählen, um zu verzweigen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tokens: %2</source>
        <translation>%1 Tokens: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at token %1, %2: %3</source>
        <translation>bei Token %1, %2: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 tokens, log p %2 (%3 per token), stopped: %4</source>
        <translation>%1 Tokens, log p %2 (%3 pro Token), gestoppt: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 of %2 · log p %3</source>
        <translation>Zweig %1 von %2 · log p %3</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::MicroscopePanel</name>
    <message>
        <location filename="../widgets/textlab/microscopepanel.cpp" line="+105"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model
softmax</source>
        <translation>Modell-
Softmax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty
%1</source>
        <translation>Wdh.-Strafe
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature
%1</source>
        <translation>Temperatur
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greedy</source>
        <translation>Greedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-k
%1</source>
        <translation>Top-k
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-p/min-p
%1/%2</source>
        <translation>Top-p/Min-p
%1/%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>final
drawn</source>
        <translation>Final
gezogen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sampling microscope</source>
        <translation>Sampling-Mikroskop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click any generated token to see the model&apos;s distribution, what each sampling setting did to it, and the random draw that picked the token.</source>
        <translation>Auf ein beliebiges generiertes Token klicken, um die Verteilung des Modells zu sehen, was jede Sampling-Einstellung mit ihr gemacht hat und welche Zufallsziehung das Token ausgewählt hat.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Token %1: %2  ·  model %3 (rank %4)  ·  after the settings %5  ·  entropy %6 bits  ·  surprise %7 bits</source>
        <translation>Token %1: %2  ·  Modell %3 (Rang %4)  ·  nach den Einstellungen %5  ·  Entropie %6 Bit  ·  Überraschung %7 Bit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The draw u = %1 (seeded, uniform in [0, 1)) fell in %2&apos;s stretch [%3, %4) of the final distribution, so %2 was generated.</source>
        <translation>Die Ziehung u = %1 (mit Seed, gleichverteilt in [0, 1)) fiel in den Abschnitt [%3, %4) von %2 in der finalen Verteilung, daher wurde %2 generiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1 times in 100</source>
        <translation>etwa %1-mal in 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about once in %1 draws</source>
        <translation>etwa einmal in %1 Ziehungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The favourite %1 held [%2, %3) with %4: likelier, but not drawn. Sampling is not argmax: a %5 token comes up %6.</source>
        <translation>Der Favorit %1 hielt [%2, %3) mit %4: wahrscheinlicher, aber nicht gezogen. Sampling ist kein Argmax: Ein Token mit %5 kommt %6 vor.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s favourite %1 (%2) was cut by the settings.</source>
        <translation>Der Favorit des Modells, %1 (%2), wurde durch die Einstellungen abgeschnitten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is also the model&apos;s favourite.</source>
        <translation>Es ist auch der Favorit des Modells.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Greedy decoding: no random draw; the most likely token after the repetition penalty is taken.</source>
        <translation>Greedy-Decoding: keine Zufallsziehung; das nach der Wiederholungsstrafe wahrscheinlichste Token wird genommen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You picked %1 here when branching; the rest of this branch was generated from it.</source>
        <translation>Hier wurde beim Verzweigen %1 gewählt; der Rest dieses Zweigs wurde daraus generiert.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continue with %1</source>
        <translation>Mit %1 fortfahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same token: a new branch regenerates what follows with the current settings.</source>
        <translation>Gleiches Token: Ein neuer Zweig generiert das Folgende mit den aktuellen Einstellungen neu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new branch keeps the text before this token and continues from your pick.</source>
        <translation>Ein neuer Zweig behält den Text vor diesem Token und setzt mit der gewählten Alternative fort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with…</source>
        <translation>Fortfahren mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a candidate row to pick an alternative.</source>
        <translation>Auf eine Kandidatenzeile klicken, um eine Alternative zu wählen.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::PromptPanel</name>
    <message>
        <location filename="../widgets/textlab/promptpanel.cpp" line="+47"/>
        <source>Loading the shipped model…</source>
        <translation>Mitgeliefertes Modell wird geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a model folder: a Hugging Face GPT-2-family folder (config.json, model.safetensors, vocab.json, merges.txt) or a model trained in the studio</source>
        <translation>Einen Modellordner öffnen: einen Hugging-Face-Ordner der GPT-2-Familie (config.json, model.safetensors, vocab.json, merges.txt) oder ein im Studio trainiertes Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped</source>
        <translation>Mitgeliefert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the shipped model</source>
        <translation>Zum mitgelieferten Modell zurückkehren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the model holds its weights: fp32 as stored; bf16 (half the memory) or int8 (a quarter) decode faster with slightly different numbers. Choosing one loads the model again.</source>
        <translation>Wie das Modell seine Gewichte hält: fp32 wie gespeichert; bf16 (halber Speicher) oder int8 (ein Viertel) decodieren schneller, mit leicht anderen Zahlen. Eine Wahl lädt das Modell neu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight format</source>
        <translation>Gewichtsformat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt: the text the model continues</source>
        <translation>Prompt: der Text, den das Modell fortsetzt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sampling</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greedy (most likely)</source>
        <translation>Greedy (wahrscheinlichstes Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: draw each token at random from the filtered distribution. Greedy: always take the most likely token (no randomness).</source>
        <translation>Sampling: jedes Token zufällig aus der gefilterten Verteilung ziehen. Greedy: immer das wahrscheinlichste Token nehmen (kein Zufall).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it.</source>
        <translation>Teilt die Logits: Unter 1 schärft sie die Verteilung, über 1 flacht sie sie ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep only the k most likely tokens.</source>
        <translation>Nur die k wahrscheinlichsten Tokens behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the smallest set of most likely tokens whose probabilities add up to p (1 = off).</source>
        <translation>Die kleinste Menge der wahrscheinlichsten Tokens behalten, deren Wahrscheinlichkeiten sich zu p summieren (1 = aus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop tokens less likely than min-p times the most likely one.</source>
        <translation>Tokens verwerfen, die weniger wahrscheinlich sind als Min-p mal das wahrscheinlichste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes tokens that already occurred less likely (1 = off).</source>
        <translation>Macht bereits vorgekommene Tokens weniger wahrscheinlich (1 = aus).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same seed and settings give the same text.</source>
        <translation>Gleicher Seed und gleiche Einstellungen ergeben denselben Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random seed</source>
        <translation>Ein neuer zufälliger Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. \n\n | THE END</source>
        <translation>z. B. \n\n | ENDE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation stops when the text contains one of these. Separate them with |; \n is a newline.</source>
        <translation>Die Generierung stoppt, wenn der Text eine dieser Zeichenfolgen enthält. Mit | trennen; \n ist ein Zeilenumbruch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatur</translation>
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
        <translation>Wdh.-Strafe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at</source>
        <translation>Stoppen bei</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>Generieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 M parameters · %3 tokenizer of %4 tokens · sees the last %5 tokens
%6 weights: %7 MB</source>
        <translation>%1
%2 Mio. Parameter · %3-Tokenizer mit %4 Tokens · sieht die letzten %5 Tokens
%6-Gewichte: %7 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (shipped)</source>
        <translation>%1 (mitgeliefert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character</source>
        <translation>Zeichen</translation>
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
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Token %1 (id %2)</source>
        <translation>Token %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not among the top candidates</source>
        <translation>nicht unter den Top-Kandidaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to pick it as an alternative.</source>
        <translation>Klicken, um es als Alternative zu wählen.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::SurpriseTimeline</name>
    <message>
        <location filename="../widgets/textlab/surprisetimeline.cpp" line="+23"/>
        <source>bits</source>
        <translation>Bit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>entropy of the model&apos;s distribution</source>
        <translation>Entropie der Verteilung des Modells</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surprise of the generated token</source>
        <translation>Überraschung des generierten Tokens</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Per generated token. Surprise: how unexpected the generated token was to the model (-log2 p). Entropy: how unsure the model was before picking. Click to inspect a token.</source>
        <translation>Pro generiertem Token. Überraschung: wie unerwartet das generierte Token für das Modell war (-log2 p). Entropie: wie unsicher das Modell vor der Auswahl war. Klicken, um ein Token zu untersuchen.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TextLab</name>
    <message>
        <location filename="../widgets/textlab/textlab.cpp" line="+71"/>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizers</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a model folder (GPT-2 family: config.json, model.safetensors, vocab.json, merges.txt)</source>
        <translation>Einen Modellordner öffnen (GPT-2-Familie: config.json, model.safetensors, vocab.json, merges.txt)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language models: tokens, sampling seen through a microscope, branching, attention, training</source>
        <translation>Sprachmodelle: Tokens, Sampling unter dem Mikroskop, Verzweigen, Attention, Training</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+203"/>
        <source>the shipped model</source>
        <translation>das mitgelieferte Modell</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still using %1)</source>
        <translation> (weiterhin wird %1 verwendet)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>Rezept %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it describes a %1 output of the %2 lab, not a generated text</source>
        <translation>es beschreibt eine Ausgabe „%1“ des Labors %2, keinen generierten Text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a generation is running; stop it, then open the recipe again</source>
        <translation>eine Generierung läuft; sie anhalten und das Rezept dann erneut öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>der Modellordner, mit dem es erstellt wurde (%1), existiert nicht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its weight format &quot;%1&quot; is not fp32, bf16 or int8</source>
        <translation>sein Gewichtsformat „%1“ ist nicht fp32, bf16 oder int8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its prompt holds a token id (%1) outside this model&apos;s vocabulary of %2</source>
        <translation>sein Prompt enthält eine Token-ID (%1) außerhalb des Vokabulars dieses Modells (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model cannot generate now</source>
        <translation>das Modell kann gerade nicht generieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the text of %1 again (seed %2)</source>
        <translation>Text aus %1 wird erneut erzeugt (Seed %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; careful: it was made with other weights than this model&apos;s, so the text may differ</source>
        <translation>; Achtung: es wurde mit anderen Gewichten als denen dieses Modells erstellt, der Text kann daher abweichen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>Der Modellordner %1 des Projekts existiert nicht mehr; das Labor behält %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerSide</name>
    <message>
        <location filename="../widgets/textlab/tokenizerview.cpp" line="+66"/>
        <source>Open folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tokenizer folder: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (BERT&apos;s WordPiece), or a model folder</source>
        <translation>Ein Tokenizer-Ordner: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (BERTs WordPiece) oder ein Modellordner</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>token ids</source>
        <translation>Token-IDs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · id %2 · occurs %3× in this text</source>
        <translation>%1 · ID %2 · kommt %3× in diesem Text vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens (%2 distinct) · %3 characters · %4 characters per token · vocabulary of %5</source>
        <translation>%1 Tokens (%2 verschiedene) · %3 Zeichen · %4 Zeichen pro Token · Vokabular mit %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · the first %1 tokens are shown</source>
        <translation> · die ersten %1 Tokens werden angezeigt</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerView</name>
    <message>
        <location line="+21"/>
        <source>Type or paste text to tokenize</source>
        <translation>Text zum Tokenisieren eingeben oder einfügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learn a BPE vocabulary on your text</source>
        <translation>Ein BPE-Vokabular auf dem eigenen Text lernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Eine Textdatei (UTF-8, UTF-16 oder Latin-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens in the vocabulary: the 256 bytes, the learned merges and &lt;|endoftext|&gt;</source>
        <translation>Tokens im Vokabular: die 256 Bytes, die gelernten Merges und &lt;|endoftext|&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text to learn a vocabulary from</source>
        <translation>Text, aus dem ein Vokabular gelernt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character-level (from this text)</source>
        <translation>Zeichenebene (aus diesem Text)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Model: %1</source>
        <translation>Modell: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: </source>
        <translation>Modell: </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot tokenize: %1</source>
        <translation>Tokenisieren nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokenizer or model folder</source>
        <translation>Tokenizer- oder Modellordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load a tokenizer from %1: %2</source>
        <translation>Aus %1 kann kein Tokenizer geladen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text file first.</source>
        <translation>Zuerst eine Textdatei wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning merges…</source>
        <translation>Merges werden gelernt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1  %2 + %3 → %4   (%5×)</source>
        <translation>#%1  %2 + %3 → %4   (%5×)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BPE %1 on %2</source>
        <translation>BPE %1 auf %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 merges learned from %2 words (%3)%4</source>
        <translation>%1 Merges aus %2 Wörtern gelernt (%3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; stopped before the vocabulary size: no pair of tokens occurs often enough any more</source>
        <translation>; vor Erreichen der Vokabulargröße gestoppt: Kein Token-Paar kommt mehr oft genug vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot learn: %1</source>
        <translation>Lernen nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TrainingPanel</name>
    <message>
        <location filename="../widgets/textlab/trainingpanel.cpp" line="+38"/>
        <source>Tiny: 2 layers, 64 wide (~0.1 M)</source>
        <translation>Winzig: 2 Schichten, 64 breit (~0,1 Mio.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide (~0.8 M)</source>
        <translation>Klein: 4 Schichten, 128 breit (~0,8 Mio.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide (~2.7 M)</source>
        <translation>Mittel: 6 Schichten, 192 breit (~2,7 Mio.)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checkpoints go here; training resumes from it when it already holds one of the same shape.</source>
        <translation>Checkpoints werden hier abgelegt; das Training wird daraus fortgesetzt, wenn der Ordner bereits einen Checkpoint derselben Form enthält.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Model folder</source>
        <translation>Modellordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 512 tokens learned on the text</source>
        <translation>BPE, 512 auf dem Text gelernte Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 1024 tokens learned on the text</source>
        <translation>BPE, 1024 auf dem Text gelernte Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer</source>
        <translation>Tokenizer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Generate with this model</source>
        <translation>Mit diesem Modell generieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a text file and press Train.</source>
        <translation>Eine Textdatei wählen und „Trainieren“ drücken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate with it</source>
        <translation>Damit generieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Train again to continue</source>
        <translation>„Trainieren“ erneut drücken, um weiterzumachen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch loss</source>
        <translation>Batch-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss (estimate)</source>
        <translation>Trainings-Loss (Schätzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>Trainingsschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per token)</source>
        <translation>Loss (Nats pro Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Text to train on</source>
        <translation>Text zum Trainieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Textdateien (*.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample every</source>
        <translation>Samples alle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Train; with a checkpoint in the model folder, continue it</source>
        <translation>Trainieren; enthält der Modellordner einen Checkpoint, wird das Training von dort fortgesetzt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Samples appear here as the model learns; the slider below (or a click on the plot) picks the one of a step.</source>
        <translation>Samples erscheinen hier, während das Modell lernt; der Schieberegler unten (oder ein Klick auf das Diagramm) wählt das Sample eines Schritts.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Choose a text file to train on first.</source>
        <translation>Zuerst eine Textdatei zum Trainieren wählen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the model.</source>
        <translation>Einen Ordner für das Modell wählen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Schritt %1 von %2 · Loss %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1 (perplexity %2)</source>
        <translation> · Validierung %1 (Perplexität %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 tokens/s · learning rate %2</source>
        <translation> · %1 Tokens/s · Lernrate %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · angehalten</translation>
    </message>
    <message>
        <location line="-121"/>
        <source>Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters</source>
        <translation>Fertig: %1 Schritte in %2 s · Validierungs-Loss %3 (Perplexität %4) · %5 Tokens/s · %6 Parameter</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DiscriminativePage</name>
    <message>
        <location filename="../widgets/tuninglab/discriminativepage.cpp" line="+302"/>
        <source>Two moons</source>
        <translation>Zwei Monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring of 8 Gaussians (8 classes)</source>
        <translation>Ring aus 8 Gauß-Verteilungen (8 Klassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral (two arms)</source>
        <translation>Spirale (zwei Arme)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three blobs</source>
        <translation>Drei Blobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten digits (OpenCV sample)</source>
        <translation>Handgeschriebene Ziffern (OpenCV-Beispiel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits drawn from fonts</source>
        <translation>Aus Schriftarten gezeichnete Ziffern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed here: %1</source>
        <translation>Hier nicht installiert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled data both models learn: a 2-D toy (each part a class) or 20x20 digits</source>
        <translation>Die gelabelten Daten, die beide Modelle lernen: ein 2-D-Toy-Datensatz (jeder Teil eine Klasse) oder 20x20-Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistic regression</source>
        <translation>Logistische Regression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small neural network (%1 tanh units)</source>
        <translation>Kleines neuronales Netz (%1 tanh-Einheiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminative model: a straight boundary (logistic regression) or a curved one</source>
        <translation>Das diskriminative Modell: eine gerade Grenze (logistische Regression) oder eine gekrümmte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative model</source>
        <translation>Diskriminatives Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generative model: one Gaussian per class, or a mixture of several fitted by EM, which can follow a curved class such as a moon</source>
        <translation>Das generative Modell: eine Gauß-Verteilung pro Klasse oder eine per EM angepasste Mischung aus mehreren, die einer gekrümmten Klasse wie einem Mond folgen kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussians per class</source>
        <translation>Gauß-Verteilungen pro Klasse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data, the split, the training and the samples</source>
        <translation>Die Daten, die Aufteilung, das Training und die Samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train both models on the training split and measure them on the held-out one</source>
        <translation>Beide Modelle auf dem Trainingsteil trainieren und auf dem zurückgehaltenen Teil messen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both models classify. The &lt;b&gt;discriminative&lt;/b&gt; one learns only p(class | x): where the boundary between the classes runs. The &lt;b&gt;generative&lt;/b&gt; one learns p(x | class), a Gaussian per class, and the class shares p(class), and classifies by Bayes&apos; rule, argmax p(class) · p(x | class). Because it models the data itself, it can also draw new data.</source>
        <translation>Beide Modelle klassifizieren. Das &lt;b&gt;diskriminative&lt;/b&gt; lernt nur p(Klasse | x): wo die Grenze zwischen den Klassen verläuft. Das &lt;b&gt;generative&lt;/b&gt; lernt p(x | Klasse), eine Gauß-Verteilung pro Klasse, sowie die Klassenanteile p(Klasse) und klassifiziert mit der Bayes-Regel, argmax p(Klasse) · p(x | Klasse). Weil es die Daten selbst modelliert, kann es auch neue Daten ziehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the data and press Run.</source>
        <translation>Die Daten wählen und „Starten“ drücken.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision regions appear here after a run.</source>
        <translation>Die Entscheidungsregionen erscheinen hier nach einem Lauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logistic regression&apos;s weights per digit: red pixels speak for the digit, blue against it. A boundary, not a picture: nothing here can be sampled.</source>
        <translation>Die Gewichte der logistischen Regression pro Ziffer: Rote Pixel sprechen für die Ziffer, blaue dagegen. Eine Grenze, kein Bild: Hieraus lässt sich nichts samplen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it looks at: each digit&apos;s weights, red pixels for the digit and blue against it. A boundary, not a picture of a digit.</source>
        <translation>Worauf es achtet: die Gewichte jeder Ziffer, rote Pixel für die Ziffer und blaue dagegen. Eine Grenze, kein Bild einer Ziffer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A discriminative model cannot sample: it knows where the boundary runs, not what the data looks like, so it has no new data to give.</source>
        <translation>Ein diskriminatives Modell kann nicht samplen: Es weiß, wo die Grenze verläuft, nicht, wie die Daten aussehen, und hat daher keine neuen Daten zu bieten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Sample new data</source>
        <translation>Neue Daten samplen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>p(class | x) says nothing about x itself: there is nothing to sample from</source>
        <translation>p(Klasse | x) sagt nichts über x selbst: Es gibt nichts, woraus man samplen könnte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The regions and each class&apos;s Gaussian appear here after a run.</source>
        <translation>Die Regionen und die Gauß-Verteilung jeder Klasse erscheinen hier nach einem Lauf.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draw new data from the Gaussians: pick a class, then a point from its Gaussian</source>
        <translation>Neue Daten aus den Gauß-Verteilungen ziehen: eine Klasse wählen, dann einen Punkt aus ihrer Gauß-Verteilung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new samples each press draws (spread evenly over the classes)</source>
        <translation>Wie viele neue Samples jeder Klick zieht (gleichmäßig auf die Klassen verteilt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per press:</source>
        <translation>pro Klick:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discriminative (logistic regression)</source>
        <translation>Diskriminativ (logistische Regression)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative (a neural network, %1 tanh units)</source>
        <translation>Diskriminativ (ein neuronales Netz, %1 tanh-Einheiten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generative (Gaussian per class + Bayes&apos; rule)</source>
        <translation>Generativ (Gauß-Verteilung pro Klasse + Bayes-Regel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative (%1 Gaussians per class + Bayes&apos; rule)</source>
        <translation>Generativ (%1 Gauß-Verteilungen pro Klasse + Bayes-Regel)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>preparing the data</source>
        <translation>Daten werden vorbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading the digits</source>
        <translation>Ziffern werden geladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the discriminative model</source>
        <translation>diskriminatives Modell wird trainiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCA of the training images</source>
        <translation>PCA der Trainingsbilder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fitting a Gaussian per class</source>
        <translation>eine Gauß-Verteilung pro Klasse wird angepasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing new samples</source>
        <translation>neue Samples werden gezogen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the models were measured.</source>
        <translation>Gestoppt, bevor die Modelle gemessen wurden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Held-out accuracy: %1 %</source>
        <translation>Genauigkeit auf zurückgehaltenen Daten: %1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 held-out digits, per class:</source>
        <translation>%1 zurückgehaltene Ziffern, pro Klasse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digit</source>
        <translation>Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this model</source>
        <translation>dieses Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Gaussians</source>
        <translation>die Gauß-Verteilungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Gaussian per digit</source>
        <translation>Eine Gauß-Verteilung pro Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mixture of %1 Gaussians per digit</source>
        <translation>Eine Mischung aus %1 Gauß-Verteilungen pro Ziffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 PCA dimensions (%3 % of the pixel variance kept); new digits are drawn in that space and projected back to pixels, one row per class.</source>
        <translation>%1 in %2 PCA-Dimensionen (%3 % der Pixelvarianz erhalten); neue Ziffern werden in diesem Raum gezogen und zurück auf Pixel projiziert, eine Zeile pro Klasse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: each class&apos;s Gaussian, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Farben: die Klasse, die die Bayes-Regel wählt (blasser, wo sie weniger sicher ist). Ellipsen: die Gauß-Verteilung jeder Klasse, 1σ durchgezogen und 2σ gestrichelt. Rauten: daraus gezogene neue Punkte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: the %1 Gaussians of each class&apos;s mixture, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Farben: die Klasse, die die Bayes-Regel wählt (blasser, wo sie weniger sicher ist). Ellipsen: die %1 Gauß-Verteilungen der Mischung jeder Klasse, 1σ durchgezogen und 2σ gestrichelt. Rauten: daraus gezogene neue Punkte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 training and %2 held-out %3. The discriminative model (%4 parameters) is right on %5 % of the held-out data, the generative one (%6 parameters) on %7 %.</source>
        <translation>%3: %1 zum Training und %2 zurückgehalten. Das diskriminative Modell (%4 Parameter) liegt bei %5 % der zurückgehaltenen Daten richtig, das generative (%6 Parameter) bei %7 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sampling failed: %1</source>
        <translation>Sampling fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New samples drawn from the Gaussians: %1 (%2 shown). The discriminative model could not have made them.</source>
        <translation>Neue, aus den Gauß-Verteilungen gezogene Samples: %1 (%2 angezeigt). Das diskriminative Modell hätte sie nicht erzeugen können.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DistillPage</name>
    <message>
        <location filename="../widgets/tuninglab/distillpage.cpp" line="+60"/>
        <source>Knowledge distillation: a small student learns from a larger teacher&apos;s softened next-token distributions (temperature T) instead of the data&apos;s one right token alone. A second student of the same size, from the same seed and on the same batches, learns from the data alone; both are scored on the corpus&apos; held-out tail.</source>
        <translation>Wissensdestillation: Ein kleiner Schüler lernt aus den geglätteten Next-Token-Verteilungen eines größeren Lehrers (Temperatur T) statt nur aus dem einen richtigen Token der Daten. Ein zweiter Schüler gleicher Größe, mit demselben Seed und auf denselben Batches, lernt nur aus den Daten; beide werden am zurückgehaltenen Ende des Korpus bewertet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher</source>
        <translation>Lehrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the teacher&apos;s model folder</source>
        <translation>Den Modellordner des Lehrers wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe, 4 layers, 128 wide)</source>
        <translation>das mitgelieferte Modell (lm-shakespeare-bpe, 4 Schichten, Breite 128)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); its tokenizer reads the corpus</source>
        <translation>Ein Sprachmodellordner (ein eigener oder ein Hugging-Face-GPT-2); sein Tokenizer liest den Korpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Eine Textdatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (ohne ihn: die Hilfeseiten des Studios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file; its last %1 % is held out for the scores</source>
        <translation>Eine UTF-8-Textdatei; ihre letzten %1 % werden für die Bewertung zurückgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; transformer blocks (default %1)</source>
        <translation>Die Transformer-Blöcke der Schüler (Standard: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student layers</source>
        <translation>Schüler-Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; width, a multiple of %1 (default %2)</source>
        <translation>Die Breite der Schüler, ein Vielfaches von %1 (Standard: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student width</source>
        <translation>Schüler-Breite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T: both distributions are softened by dividing the logits by T before they are compared (default %1)</source>
        <translation>T: Beide Verteilungen werden geglättet, indem die Logits vor dem Vergleich durch T geteilt werden (Standard: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature T</source>
        <translation>Temperatur T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the teacher&apos;s targets; 1 - alpha goes to the data (default %1)</source>
        <translation>Das Gewicht der Ziele des Lehrers; 1 - Alpha entfällt auf die Daten (Standard: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps of each student, %1 windows of %2 tokens each (default %3)</source>
        <translation>Optimiererschritte jedes Schülers, je %1 Fenster zu %2 Tokens (Standard: %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; initial weights (the same for both) and the batches</source>
        <translation>Die Anfangsgewichte der Schüler (für beide gleich) und die Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>distilled: training loss on the data</source>
        <translation>destilliert: Trainingsverlust auf den Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: training loss</source>
        <translation>nur Daten: Trainingsverlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distilled: held-out loss</source>
        <translation>destilliert: Verlust auf zurückgehaltenen Daten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: held-out loss</source>
        <translation>nur Daten: Verlust auf zurückgehaltenen Daten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per token)</source>
        <translation>Verlust (Nats pro Token)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held-out perplexity</source>
        <translation>Perplexität (zurückgehaltene Daten)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement with the teacher</source>
        <translation>Übereinstimmung mit dem Lehrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The teacher must be a model folder: %1 is not one.</source>
        <translation>Der Lehrer muss ein Modellordner sein: %1 ist keiner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>Der Korpus muss eine Textdatei sein: %1 ist keine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default corpus (tiny Shakespeare) was not found: choose a text file.</source>
        <translation>Der Standardkorpus (tiny Shakespeare) wurde nicht gefunden: eine Textdatei wählen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings cannot be used: %1</source>
        <translation>Die Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Teacher (%1 layers × %2)</source>
        <translation>Lehrer (%1 Schichten × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilled student (%1 × %2)</source>
        <translation>Destillierter Schüler (%1 × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-only student (%1 × %2)</source>
        <translation>Schüler nur mit Daten (%1 × %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The distilled student wins: perplexity %1 against %2 on the data alone.</source>
        <translation>Der destillierte Schüler gewinnt: Perplexität %1 gegenüber %2 nur mit den Daten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data-only student did as well: perplexity %1 against %2 distilled.</source>
        <translation>Der Schüler nur mit Daten war ebenso gut: Perplexität %1 gegenüber %2 destilliert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: %2 steps per student, T %3, alpha %4; %5 held-out tokens.</source>
        <translation>Fertig in %1 s: %2 Schritte pro Schüler, T %3, Alpha %4; %5 zurückgehaltene Tokens.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InContextPage</name>
    <message>
        <location filename="../widgets/tuninglab/incontextpage.cpp" line="+94"/>
        <source>Few-shot: a task shown through k worked examples in the prompt</source>
        <translation>Few-Shot: eine Aufgabe, gezeigt durch k gelöste Beispiele im Prompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</source>
        <translation>Kopieren (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</source>
        <translation>Umkehren (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next in a sequence (&quot;d e f&quot; -&gt; &quot;g&quot;)</source>
        <translation>Nächstes in einer Folge (&quot;d e f&quot; -&gt; &quot;g&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup table (&quot;crown&quot; -&gt; &quot;blue&quot;)</source>
        <translation>Nachschlagetabelle (&quot;crown&quot; -&gt; &quot;blue&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own examples</source>
        <translation>Eigene Beispiele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in tasks are made from the seed, so everyone sees the same prompts. Each query is held out: it never appears among its own examples.</source>
        <translation>Die eingebauten Aufgaben werden aus dem Seed erzeugt, sodass alle dieselben Prompts sehen. Jede Anfrage ist zurückgehalten: Sie erscheint nie unter ihren eigenen Beispielen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One example a line: input -&gt; output. Lines starting with # are skipped. Each query is one of these lines; its shots are others.</source>
        <translation>Ein Beispiel pro Zeile: Eingabe -&gt; Ausgabe. Zeilen, die mit # beginnen, werden übersprungen. Jede Anfrage ist eine dieser Zeilen; ihre Shots sind andere.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The numbers of examples in the prompt to measure, 0..32, separated by commas</source>
        <translation>Die zu messenden Anzahlen von Beispielen im Prompt, 0..32, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shots (k)</source>
        <translation>Shots (k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out queries per k (your own examples: at most one per example)</source>
        <translation>Zurückgehaltene Anfragen pro k (eigene Beispiele: höchstens eine pro Beispiel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries per k</source>
        <translation>Anfragen pro k</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+344"/>
        <source>Model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Model A: a language model folder</source>
        <translation>Modell A: ein Sprachmodellordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (%1)</source>
        <translation>das mitgelieferte Modell (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+343"/>
        <source>Model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Model B: a language model folder</source>
        <translation>Modell B: ein Sprachmodellordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (optional: a second model, side by side)</source>
        <translation>keins (optional: ein zweites Modell, nebeneinander)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+348"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run to measure the accuracy as the examples in the prompt grow.</source>
        <translation>Starten, um die Genauigkeit bei wachsender Zahl von Beispielen im Prompt zu messen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples in the prompt (k)</source>
        <translation>Beispiele im Prompt (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out accuracy (%)</source>
        <translation>Genauigkeit auf zurückgehaltenen Daten (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model A</source>
        <translation>Modell A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model B</source>
        <translation>Modell B</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The point whose prompts and answers are shown (or click it in the plot)</source>
        <translation>Der Punkt, dessen Prompts und Antworten angezeigt werden (oder ihn im Diagramm anklicken)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt the model read, then its answer (choose an answer to see its own prompt):</source>
        <translation>Der Prompt, den das Modell gelesen hat, dann seine Antwort (eine Antwort wählen, um ihren eigenen Prompt zu sehen):</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Shots: give numbers in 0..32 separated by commas, e.g. 0, 1, 2, 4, 8.</source>
        <translation>Shots: Zahlen in 0..32, durch Kommas getrennt, angeben, z. B. 0, 1, 2, 4, 8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your examples: %1</source>
        <translation>Eigene Beispiele: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Model A (%1): %2</source>
        <translation>Modell A (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model B (%1): %2</source>
        <translation>Modell B (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the points measured so far stay on the curve.</source>
        <translation>Gestoppt; die bisher gemessenen Punkte bleiben auf der Kurve.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot failed: %1</source>
        <translation>Few-Shot fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Model A, %1 shots: %2 of %3 right</source>
        <translation>Modell A, %1 Shots: %2 von %3 richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B, %1 shots: %2 of %3 right</source>
        <translation>Modell B, %1 Shots: %2 von %3 richtig</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>richtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>falsch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In-context copying: a random token sequence, then the same again</source>
        <translation>Kopieren im Kontext: eine zufällige Token-Sequenz, dann dieselbe noch einmal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model of the few-shot form above to measure</source>
        <translation>Das zu messende Modell aus dem Few-Shot-Formular oben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens of the random sequence; it is shown twice, so twice this must fit the model&apos;s context</source>
        <translation>Tokens der zufälligen Sequenz; sie wird zweimal gezeigt, daher muss das Doppelte in den Kontext des Modells passen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run to see how much easier a sequence is the second time.</source>
        <translation>Starten, um zu sehen, wie viel leichter eine Sequenz beim zweiten Mal ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Head</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Induction</source>
        <translation>Induktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous token</source>
        <translation>Vorheriges Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attention, over the repeat, on the token that followed the current token&apos;s first occurrence</source>
        <translation>Mittlere Attention, über die Wiederholung, auf das Token, das auf das erste Vorkommen des aktuellen Tokens folgte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attention on the token just before</source>
        <translation>Mittlere Attention auf das unmittelbar vorherige Token</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position of the predicted token</source>
        <translation>Position des vorhergesagten Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats)</source>
        <translation>Verlust (Nats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss at each position</source>
        <translation>Verlust an jeder Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, first time</source>
        <translation>Mittel, erstes Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, on the repeat</source>
        <translation>Mittel, in der Wiederholung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowing nothing: ln(vocabulary)</source>
        <translation>ohne Wissen: ln(Vokabular)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run, then choose a head in the table: its attention on the repeated sequence shows here. An induction head draws a stripe parallel to the diagonal, (length - 1) columns to its left, in the repeat&apos;s rows.</source>
        <translation>Starten, dann einen Head in der Tabelle wählen: seine Attention auf der wiederholten Folge erscheint hier. Ein Induction-Head zeichnet einen Streifen parallel zur Diagonale, (Länge - 1) Spalten links davon, in den Zeilen der Wiederholung.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a model B folder in the few-shot form first.</source>
        <translation>Zuerst im Few-Shot-Formular einen Ordner für Modell B wählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measuring…</source>
        <translation>Messung läuft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying failed: %1</source>
        <translation>Kopieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a random sequence of %2 tokens (seed %3), then the same again.</source>
        <translation>%1: eine zufällige Sequenz aus %2 Tokens (Seed %3), dann dieselbe noch einmal.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean loss the first time: %1 nats; on the repeat: %2 nats (knowing nothing: %3). %4</source>
        <translation>Mittlerer Verlust beim ersten Mal: %1 Nats; in der Wiederholung: %2 Nats (ohne Wissen: %3). %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model copies from its context.</source>
        <translation>Das Modell kopiert aus seinem Kontext.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little copying: the repeat is hardly easier.</source>
        <translation>Wenig Kopieren: Die Wiederholung ist kaum leichter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An induction head attends from each repeated token to the one that followed its first occurrence: a stripe %1 columns left of the diagonal, in the repeat&apos;s rows.</source>
        <translation>Ein Induction-Head richtet seine Attention von jedem wiederholten Token auf das Token, das auf sein erstes Vorkommen folgte: ein Streifen %1 Spalten links der Diagonale, in den Zeilen der Wiederholung.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>first time</source>
        <translation>erstes Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InstructPage</name>
    <message>
        <location filename="../widgets/tuninglab/instructpage.cpp" line="+56"/>
        <source>Instruction tuning teaches a pretrained language model to follow instructions: it is fine-tuned on (instruction, response) pairs with the loss counted only on the response. The same held-out instructions, never seen in training, are answered before and after.</source>
        <translation>Instruction-Tuning bringt einem vortrainierten Sprachmodell bei, Anweisungen zu befolgen: Es wird auf Paaren (Anweisung, Antwort) feinabgestimmt, wobei der Verlust nur auf der Antwort zählt. Dieselben zurückgehaltenen, im Training nie gesehenen Anweisungen werden vorher und nachher beantwortet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a language model folder</source>
        <translation>Einen Sprachmodellordner wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>das mitgelieferte Modell (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); empty: the shipped model</source>
        <translation>Ein Sprachmodellordner (ein eigener oder ein Hugging-Face-GPT-2); leer: das mitgelieferte Modell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in instructions (repeat, reverse, first, last, count)</source>
        <translation>Eingebaute Anweisungen (wiederholen, umkehren, erstes, letztes, zählen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pairs (JSONL file)</source>
        <translation>Eigene Paare (JSONL-Datei)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in pairs are made from templates over common words; the held-out ones use word combinations never trained on</source>
        <translation>Die eingebauten Paare entstehen aus Vorlagen über häufigen Wörtern; die zurückgehaltenen verwenden Wortkombinationen, auf denen nie trainiert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL file</source>
        <translation>JSONL-Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose instruction pairs</source>
        <translation>Anweisungspaare wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>JSON Lines (*.jsonl *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} object per line</source>
        <translation>Ein {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;}-Objekt pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps (default %1)</source>
        <translation>Optimiererschritte (Standard: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs per step (default %1)</source>
        <translation>Paare pro Schritt (Standard: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate, warmed up and then decayed along a cosine (default %1)</source>
        <translation>Maximale Lernrate, nach einem Warm-up entlang eines Kosinus abgesenkt (Standard: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in pairs, the held-out split and the batches</source>
        <translation>Die eingebauten Paare, der zurückgehaltene Teil und die Batches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out instructions answered before and after tuning</source>
        <translation>Zurückgehaltene Anweisungen, vor und nach dem Tuning beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held out</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save tuned model…</source>
        <translation>Getuntes Modell speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the tuned model as a model folder the Text lab opens</source>
        <translation>Das getunte Modell als Modellordner speichern, den das Text-Labor öffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loss mask on an example: grey tokens are the prompt (no loss), highlighted tokens the response the model learns to write.</source>
        <translation>Die Verlustmaske an einem Beispiel: Graue Tokens sind der Prompt (kein Verlust), hervorgehobene Tokens die Antwort, die das Modell schreiben lernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run to see an example&apos;s tokens and its mask.</source>
        <translation>Starten, um die Tokens eines Beispiels und seine Maske zu sehen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training loss (response tokens)</source>
        <translation>Trainingsverlust (Antwort-Tokens)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held-out loss</source>
        <translation>Verlust (zurückgehaltene Daten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per response token)</source>
        <translation>Verlust (Nats pro Antwort-Token)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held-out instruction</source>
        <translation>Zurückgehaltene Anweisung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose a JSONL file of instruction pairs, or use the built-in set.</source>
        <translation>Eine JSONL-Datei mit Anweisungspaaren wählen oder den eingebauten Satz verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>The data cannot be used: %1</source>
        <translation>Die Daten sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued…</source>
        <translation>Wartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % – %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the tuned model in a folder</source>
        <translation>Das getunte Modell in einem Ordner speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tuned model is saved in %1.</source>
        <translation>Das getunte Modell ist in %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not saved: %1</source>
        <translation>Das Modell wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>prompt token %1: weight 0, no loss</source>
        <translation>Prompt-Token %1: Gewicht 0, kein Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response token %1: weight %2, the loss counts</source>
        <translation>Antwort-Token %1: Gewicht %2, der Verlust zählt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nothing)</source>
        <translation>(nichts)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The loss mask on a training example (&quot;%1&quot; → &quot;%2&quot;): grey tokens are the prompt (weight 0, no loss), highlighted tokens the response and its end of line (weight 1).</source>
        <translation>Die Verlustmaske an einem Trainingsbeispiel („%1“ → „%2“): Graue Tokens sind der Prompt (Gewicht 0, kein Verlust), hervorgehobene Tokens die Antwort und ihr Zeilenende (Gewicht 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy before: %1</source>
        <translation>Genauigkeit vorher: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Accuracy %1 → %2</source>
        <translation>Genauigkeit %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps on %3 training pairs; held-out response loss %4 → %5.</source>
        <translation>Fertig in %1 s: %2 Schritte auf %3 Trainingspaaren; Antwortverlust auf zurückgehaltenen Daten %4 → %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>Der Lauf ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::PreferencePage</name>
    <message>
        <location filename="../widgets/tuninglab/preferencepage.cpp" line="+50"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preference tuning</source>
        <translation>Präferenz-Tuning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A language model folder</source>
        <translation>Ein Sprachmodellordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>das mitgelieferte Modell (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language model to tune (ours or a Hugging Face GPT-2 folder); empty: the shipped one</source>
        <translation>Das zu tunende Sprachmodell (ein eigenes oder ein Hugging-Face-GPT-2-Ordner); leer: das mitgelieferte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: shorter</source>
        <translation>Regel: kürzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: no letter e</source>
        <translation>Regel: kein Buchstabe e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: ends with a rhyme</source>
        <translation>Regel: endet mit einem Reim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who prefers one answer to the other: a built-in rule standing in for a person, or you</source>
        <translation>Wer eine Antwort der anderen vorzieht: eine eingebaute Regel, die eine Person vertritt, oder Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who judges</source>
        <translation>Wer bewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer pairs the model writes and the rule judges (ties are skipped)</source>
        <translation>Antwortpaare, die das Modell schreibt und die Regel bewertet (Gleichstände werden übersprungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO (direct preference optimisation)</source>
        <translation>DPO (Direct Preference Optimization)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPO-style (policy gradient on the reward model, KL penalty)</source>
        <translation>PPO-artig (Policy-Gradient auf dem Reward-Modell, KL-Strafterm)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPO&apos;s beta: how strongly the log-ratios to the reference count; larger stays closer to it</source>
        <translation>Beta von DPO: wie stark die Log-Verhältnisse zur Referenz zählen; größere Werte bleiben näher an ihr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the KL penalty to the reference; 0 lets the policy hack the reward</source>
        <translation>Das Gewicht des KL-Strafterms zur Referenz; bei 0 kann die Policy den Reward hacken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL weight</source>
        <translation>KL-Gewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward model: not trained yet</source>
        <translation>Reward-Modell: noch nicht trainiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which answer is better?</source>
        <translation>Welche Antwort ist besser?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing answers…</source>
        <translation>Antworten werden gezogen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Left is better (1)</source>
        <translation>Links ist besser (1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right is better (2)</source>
        <translation>Rechts ist besser (2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip (space)</source>
        <translation>Überspringen (Leertaste)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reward on held-out prompts</source>
        <translation>Reward auf zurückgehaltenen Prompts</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>the judge&apos;s score</source>
        <translation>Bewertung des Richters</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>reward model</source>
        <translation>Reward-Modell</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KL to the reference</source>
        <translation>KL zur Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per answer</source>
        <translation>Nats pro Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate against the reference</source>
        <translation>Gewinnrate gegen die Referenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The same held-out prompts, answered before and after (same seeds)</source>
        <translation>Dieselben zurückgehaltenen Prompts, vorher und nachher beantwortet (gleiche Seeds)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (the reference)</source>
        <translation>Vorher (die Referenz)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (the tuned model)</source>
        <translation>Nachher (das getunte Modell)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose who judges and a method, then press Run.</source>
        <translation>Wählen, wer bewertet, und eine Methode, dann „Starten“ drücken.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) judged</source>
        <translation>
            <numerusform>%n Paar bewertet</numerusform>
            <numerusform>%n Paare bewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n übersprungen</numerusform>
            <numerusform>, %n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not draw answers: %1</source>
        <translation>Antworten konnten nicht gezogen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model is writing two answers…</source>
        <translation>Das Modell schreibt zwei Antworten…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt:
%1</source>
        <translation>Prompt:
%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reward model on your %1 pairs: %2 % right on %3 held out, %4 % on the %5 it learnt from</source>
        <translation>Reward-Modell auf Ihren %1 Paaren: %2 % richtig auf %3 zurückgehaltenen, %4 % auf den %5, aus denen es gelernt hat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reward model: %1</source>
        <translation>Reward-Modell: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Judge at least 4 pairs first (you have judged %1).</source>
        <translation>Zuerst mindestens 4 Paare bewerten (bisher bewertet: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward %1 → %2 · KL to the reference %3 nats · win rate %4 % · empty answers %5 % → %6 %</source>
        <translation>Reward %1 → %2 · KL zur Referenz %3 Nats · Gewinnrate %4 % · leere Antworten %5 % → %6 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reward model on %1 judged pairs: %2 % right on held-out pairs (%3 % on its training pairs)</source>
        <translation>Reward-Modell auf %1 bewerteten Paaren: %2 % richtig auf zurückgehaltenen Paaren (%3 % auf seinen Trainingspaaren)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2 · reward %3 · KL %4 nats · win rate %5 % · empty answers %6 %</source>
        <translation>Schritt %1 von %2 · Reward %3 · KL %4 Nats · Gewinnrate %5 % · leere Antworten %6 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same held-out prompts, answered by the reference and by the model at step %1 (same seeds)</source>
        <translation>Dieselben zurückgehaltenen Prompts, beantwortet von der Referenz und vom Modell bei Schritt %1 (gleiche Seeds)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score %1</source>
        <translation>Bewertung %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::ScalingPage</name>
    <message>
        <location filename="../widgets/tuninglab/scalingpage.cpp" line="+65"/>
        <source>Pretraining and scale: the same small GPT at several widths, each trained on the corpus as its own training job. Their final held-out losses against their parameters on log-log axes fall on a line when loss follows a power law, loss ≈ a · N^e; its slope e says how much a bigger model buys, and the line predicts the next size up. Compute is counted as 6 × parameters × training tokens.</source>
        <translation>Vortraining und Skalierung: dasselbe kleine GPT in mehreren Breiten, jede als eigener Trainingsauftrag auf dem Korpus trainiert. Ihre finalen Verluste auf zurückgehaltenen Daten, gegen ihre Parameter auf doppelt logarithmischen Achsen aufgetragen, liegen auf einer Geraden, wenn der Verlust einem Potenzgesetz folgt, Verlust ≈ a · N^e; ihre Steigung e sagt, wie viel ein größeres Modell bringt, und die Gerade sagt die nächstgrößere Größe voraus. Der Rechenaufwand wird als 6 × Parameter × Trainings-Tokens gezählt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corpus</source>
        <translation>Korpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Eine Textdatei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (ohne ihn: die Hilfeseiten des Studios)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file, read with the shipped model&apos;s BPE vocabulary; its last 10 % is held out</source>
        <translation>Eine UTF-8-Textdatei, gelesen mit dem BPE-Vokabular des mitgelieferten Modells; ihre letzten 10 % werden zurückgehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding widths, 2 to 12 of them, each 8..1024 (heads: one per 16 of width)</source>
        <translation>Die Embedding-Breiten, 2 bis 12 Stück, jeweils 8..1024 (Heads: einer pro 16 Breite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widths</source>
        <translation>Breiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same tokens for every size</source>
        <translation>Dieselben Tokens für jede Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute for every size</source>
        <translation>Derselbe Rechenaufwand für jede Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute gives the smaller sizes more steps; at the budgets a CPU affords in minutes that favours the small ones: the loss rises with size</source>
        <translation>Gleicher Rechenaufwand gibt den kleineren Größen mehr Schritte; bei den Budgets, die eine CPU in Minuten schafft, begünstigt das die kleinen: der Verlust steigt mit der Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each size gets</source>
        <translation>Jede Größe erhält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training tokens per size (steps × %1 windows × %2 tokens)</source>
        <translation>Trainings-Tokens pro Größe (Schritte × %1 Fenster × %2 Tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FLOPs per size, 6 × parameters × tokens, e.g. 3e10</source>
        <translation>FLOPs pro Größe, 6 × Parameter × Tokens, z. B. 3e10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (FLOPs)</source>
        <translation>Budget (FLOPs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transformer blocks of every size (default %1)</source>
        <translation>Transformer-Blöcke jeder Größe (Standard: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights and the batches of every size</source>
        <translation>Die Gewichte und die Batches jeder Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parameters N</source>
        <translation>Parameter N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final held-out loss (nats/token)</source>
        <translation>finaler Verlust auf zurückgehaltenen Daten (Nats/Token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute C (FLOPs)</source>
        <translation>Rechenaufwand C (FLOPs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out loss (nats/token)</source>
        <translation>Verlust auf zurückgehaltenen Daten (Nats/Token)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The widths must be whole numbers separated by commas (got &apos;%1&apos;).</source>
        <translation>Die Breiten müssen ganze Zahlen sein, durch Kommas getrennt (erhalten: &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The budget must be a positive number of FLOPs, e.g. 3e10 (got &apos;%1&apos;).</source>
        <translation>Das Budget muss eine positive Zahl von FLOPs sein, z. B. 3e10 (erhalten: &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>Der Korpus muss eine Textdatei sein: %1 ist keine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The experiment cannot start: %1</source>
        <translation>Das Experiment kann nicht starten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps, %4 FLOPs — queued</source>
        <translation>Breite %1: %2 Parameter, %3 Schritte, %4 FLOPs – wartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width %1</source>
        <translation>Breite %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps — running, %4 %</source>
        <translation>Breite %1: %2 Parameter, %3 Schritte – läuft, %4 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sizes queued as training jobs.</source>
        <translation>%1 Größen als Trainingsaufträge eingereiht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final loss of each size</source>
        <translation>finaler Verlust jeder Größe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power-law fit</source>
        <translation>Potenzgesetz-Fit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prediction, next size</source>
        <translation>Vorhersage, nächste Größe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Width %1: %2 parameters, %3 steps — running</source>
        <translation>Breite %1: %2 Parameter, %3 Schritte – läuft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Width %1: %2 parameters, %3 steps — loss %4 (%5 s)</source>
        <translation>Breite %1: %2 Parameter, %3 Schritte – Verlust %4 (%5 s)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>loss ≈ %1 · N^%2 (r² %3)</source>
        <translation>Verlust ≈ %1 · N^%2 (r² %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger is better here: each doubling of N multiplies the loss by %1.</source>
        <translation>Größer ist hier besser: Jede Verdopplung von N multipliziert den Verlust mit %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger is not better here: at this budget the smaller sizes win.</source>
        <translation>Größer ist hier nicht besser: Bei diesem Budget gewinnen die kleineren Größen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 sizes in %2 s of training. %3 The next size up, width %4 (%5 parameters), is predicted to reach %6.</source>
        <translation>Fertig: %1 Größen in %2 s Training. %3 Für die nächstgrößere Größe, Breite %4 (%5 Parameter), wird %6 vorhergesagt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The experiment ended without a fit: %1</source>
        <translation>Das Experiment endete ohne Fit: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::TuningLab</name>
    <message>
        <location filename="../widgets/tuninglab/tuninglab.cpp" line="+33"/>
        <source>From a pretrained language model to an assistant: each page is one idea as an experiment with a measured before and after, on the Text lab&apos;s models (the shipped one unless you choose a folder).</source>
        <translation>Von einem vortrainierten Sprachmodell zu einem Assistenten: Jede Seite ist eine Idee als Experiment mit gemessenem Vorher und Nachher, mit den Modellen des Text-Labors (dem mitgelieferten, sofern kein Ordner gewählt wird).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In-context learning</source>
        <translation>In-Context-Learning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction tuning</source>
        <translation>Instruction-Tuning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences (RLHF)</source>
        <translation>Präferenzen (RLHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>Destillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative vs generative</source>
        <translation>Diskriminativ vs. generativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy as worked examples in the prompt grow; the heads that copy</source>
        <translation>Genauigkeit bei wachsender Zahl gelöster Beispiele im Prompt; die Heads, die kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune on (instruction, response) pairs, the loss on the response only</source>
        <translation>Feinabstimmung auf Paaren (Anweisung, Antwort), der Verlust nur auf der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reward model from preferences, then DPO or a KL-penalised policy gradient</source>
        <translation>Ein Reward-Modell aus Präferenzen, dann DPO oder ein KL-bestrafter Policy-Gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small student trained on a teacher&apos;s softened distributions</source>
        <translation>Ein kleiner Schüler, trainiert auf den geglätteten Verteilungen eines Lehrers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model sizes trained for the same compute, and the power law they follow</source>
        <translation>Modellgrößen, mit demselben Rechenaufwand trainiert, und das Potenzgesetz, dem sie folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A classifier that draws a boundary beside one that models each class and can sample</source>
        <translation>Ein Klassifikator, der eine Grenze zieht, neben einem, der jede Klasse modelliert und samplen kann</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tuning</source>
        <translation>Tuning</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-context learning, instruction and preference tuning, distillation, scaling, and discriminative versus generative models, each measured before and after</source>
        <translation>In-Context-Learning, Instruction- und Präferenz-Tuning, Destillation, Skalierung sowie diskriminative gegenüber generativen Modellen, jeweils vorher und nachher gemessen</translation>
    </message>
</context>
</TS>
