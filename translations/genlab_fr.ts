<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+112"/>
        <source>resized from %1x%2 to %3x%4 (the lab shows at most %5 px)</source>
        <translation>redimensionnée de %1x%2 à %3x%4 (le labo affiche au plus %5 px)</translation>
    </message>
</context>
<context>
    <name>DiscriminativeJobs</name>
    <message>
        <location filename="../core/services/tuning/discriminativejobs.cpp" line="+22"/>
        <source>two moons</source>
        <translation>deux lunes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring</source>
        <translation>anneau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral</source>
        <translation>spirale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blobs</source>
        <translation>amas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits from fonts</source>
        <translation>chiffres tirés de polices</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discriminative vs generative (%1)</source>
        <translation>Discriminatif vs génératif (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sample from the Gaussians (%1)</source>
        <translation>Échantillonner les gaussiennes (%1)</translation>
    </message>
</context>
<context>
    <name>GanPreset</name>
    <message>
        <location filename="../core/engine/gan/detail/toypresets.cpp" line="+166"/>
        <source>Discriminator first</source>
        <translation>Le discriminateur d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard schedule: each step first trains the discriminator once on real points and on the generator&apos;s current fakes, then trains the generator once to be classified as real (non-saturating loss, Adam for both). Watch the heat map: D rates the regions around the real points high, and the arrows push every fake point uphill towards them. After a few hundred steps the fake points spread over all eight modes of the ring, KL and JS fall, and D(x) and D(G(z)) both settle near 0.5: D can no longer tell real from fake.</source>
        <translation>Le schéma standard : à chaque pas, le discriminateur s&apos;entraîne d&apos;abord une fois sur les points réels et sur les faux actuels du générateur, puis le générateur s&apos;entraîne une fois pour être classé comme réel (perte non saturante, Adam pour les deux). Observez la carte de chaleur : D note haut les régions autour des points réels, et les flèches poussent chaque faux point vers le haut, vers elles. Après quelques centaines de pas, les faux points se répartissent sur les huit modes de l&apos;anneau, KL et JS baissent, et D(x) et D(G(z)) se stabilisent tous deux près de 0,5 : D ne distingue plus le vrai du faux.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discriminator too strong</source>
        <translation>Discriminateur trop fort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original minimax loss (G minimises log(1 - D(G(z)))) with a discriminator that learns fast and takes ten steps for each generator step. D quickly rejects every fake point with near certainty: D(G(z)) drops to about 0. Where D is that sure, log(1 - D) is flat, so the generator&apos;s gradient vanishes: the arrows shrink to nothing, G&apos;s gradient norm falls by orders of magnitude, and the fake points stay where they started. The generator cannot learn from a discriminator that wins too easily.</source>
        <translation>La perte minimax d&apos;origine (G minimise log(1 - D(G(z)))) avec un discriminateur qui apprend vite et fait dix pas pour chaque pas du générateur. D rejette vite chaque faux point avec une quasi-certitude : D(G(z)) tombe à environ 0. Là où D est aussi sûr, log(1 - D) est plat, donc le gradient du générateur s&apos;annule : les flèches se réduisent à rien, la norme du gradient de G chute de plusieurs ordres de grandeur et les faux points restent là où ils ont commencé. Le générateur ne peut pas apprendre d&apos;un discriminateur qui gagne trop facilement.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generator fools D too easily</source>
        <translation>Le générateur trompe D trop facilement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminator is starved: plain SGD with a learning rate fifty times smaller than the generator&apos;s. It never learns to tell the real points from the fakes, so D(x) and D(G(z)) both sit at about 0.5 and the heat map stays almost flat. The generator fools it without effort, but a discriminator that knows nothing cannot teach anything: the fake points wander without finding the ring, and KL, JS and the mode coverage do not improve.</source>
        <translation>Le discriminateur est affamé : une simple SGD avec un taux d&apos;apprentissage cinquante fois plus petit que celui du générateur. Il n&apos;apprend jamais à distinguer les points réels des faux, donc D(x) et D(G(z)) restent tous deux vers 0,5 et la carte de chaleur reste presque plate. Le générateur le trompe sans effort, mais un discriminateur qui ne sait rien ne peut rien enseigner : les faux points errent sans trouver l&apos;anneau, et KL, JS et la couverture des modes ne s&apos;améliorent pas.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mode collapse</source>
        <translation>Effondrement des modes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same strong discriminator as in &quot;Discriminator too strong&quot; (minimax loss, ten fast D steps per G step), but the generator uses Adam, which rescales its tiny gradients so it does move. It moves all its points together towards whatever region D currently rates highest, and they land on one or two modes of the ring. Those points fool D well enough that nothing pulls them apart: the other modes stay empty, and the coverage figure says so (one or two of eight).</source>
        <translation>Le même discriminateur fort que dans « Discriminateur trop fort » (perte minimax, dix pas rapides de D par pas de G), mais le générateur utilise Adam, qui remet à l&apos;échelle ses gradients minuscules pour qu&apos;il bouge vraiment. Il déplace tous ses points ensemble vers la région que D note le plus haut à ce moment, et ils atterrissent sur un ou deux modes de l&apos;anneau. Ces points trompent D suffisamment pour que rien ne les sépare : les autres modes restent vides, et le chiffre de couverture le dit (un ou deux sur huit).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Non-saturating loss fixes it</source>
        <translation>La perte non saturante corrige cela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the &quot;Discriminator too strong&quot; game, with one change: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))). Both push fakes towards being called real, but -log D is steep exactly where D rejects a fake with confidence. So the arrows stay long, G&apos;s gradient norm stays thousands of times larger than with the saturating loss, and the fake points climb onto the ring while D is still winning: KL falls from the first hundred steps. Keep it running, though: a discriminator ten steps ahead later herds the points onto one mode again. The loss cures the vanishing gradient, not an unbalanced game.</source>
        <translation>Exactement la partie « Discriminateur trop fort », avec un seul changement : le générateur maximise log D(G(z)) au lieu de minimiser log(1 - D(G(z))). Les deux poussent les faux à être jugés réels, mais -log D est raide précisément là où D rejette un faux avec assurance. Les flèches restent donc longues, la norme du gradient de G reste des milliers de fois plus grande qu&apos;avec la perte saturante, et les faux points montent sur l&apos;anneau alors que D gagne encore : KL baisse dès les cent premiers pas. Laissez-le tourner, cependant : un discriminateur qui a dix pas d&apos;avance finit par rassembler à nouveau les points sur un seul mode. La perte guérit le gradient qui s&apos;annule, pas une partie déséquilibrée.</translation>
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
        <translation>interactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>genlab::app</name>
    <message>
        <location filename="../app/main.cpp" line="+98"/>
        <source>Loading the labs…</source>
        <translation>Chargement des labos…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GenLab Studio could not load its labs: %1</source>
        <translation>GenLab Studio n’a pas pu charger ses labos : %1</translation>
    </message>
</context>
<context>
    <name>genlab::services</name>
    <message>
        <location filename="../core/services/computeservice.cpp" line="+59"/>
        <source>device:      %1 (%2)</source>
        <translation>appareil :   %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note:        %1</source>
        <translation>note :      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch:    %1 (%2 parallel backend)</source>
        <translation>LibTorch :   %1 (backend parallèle %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA:        %1</source>
        <translation>CUDA :       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 device(s)</source>
        <translation>%1 appareil(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not available</source>
        <translation>non disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU cores:   %1</source>
        <translation>cœurs CPU :  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads:     interactive lane %1, training lane %2, I/O lane %3, headless commands %4</source>
        <translation>threads :    voie interactive %1, voie d&apos;entraînement %2, voie E/S %3, commandes sans interface %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BLAS:        %1</source>
        <translation>BLAS :       %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLAS core:   %1</source>
        <translation>cœur BLAS :  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</source>
        <translation>matmul :     %1 GFLOP/s (1024x1024 fp32, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WARNING:     the slow reference BLAS is in use. Install libopenblas0-openmp (apt-get install libopenblas0-openmp) for a ~20x faster matrix multiplication.</source>
        <translation>AVERTISSEMENT : la BLAS de référence, lente, est utilisée. Installez libopenblas0-openmp (apt-get install libopenblas0-openmp) pour une multiplication de matrices environ 20 fois plus rapide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING:     matrix multiplication is implausibly slow for %1; the machine may be busy or the BLAS misconfigured.</source>
        <translation>AVERTISSEMENT : la multiplication de matrices est anormalement lente pour %1 ; la machine est peut-être occupée ou la BLAS mal configurée.</translation>
    </message>
</context>
<context>
    <name>genlab::services::ComputeService</name>
    <message>
        <location line="-62"/>
        <source> · %1 GiB</source>
        <translation> · %1 Gio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>threads: %1 interactive, %2 training</source>
        <translation>threads : %1 interactifs, %2 d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure matmul throughput</source>
        <translation>Mesurer le débit de matmul</translation>
    </message>
</context>
<context>
    <name>genlab::services::DatasetService</name>
    <message>
        <location filename="../core/services/datasetservice.cpp" line="+102"/>
        <source>Open data set: %1</source>
        <translation>Ouvrir le jeu de données : %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sample toy distribution %1</source>
        <translation>Échantillonner la distribution jouet %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>made by the %1 lab (%2), not by the data browser</source>
        <translation>créé par le labo %1 (%2), pas par le navigateur de données</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recipe names no data set</source>
        <translation>la recette ne nomme aucun jeu de données</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export image grid: %1</source>
        <translation>Exporter la grille d&apos;images : %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+395"/>
        <source>Load diffusion model %1</source>
        <translation>Charger le modèle de diffusion %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Denoise (%1)</source>
        <translation>Débruiter (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch from step %1 (%2)</source>
        <translation>Bifurquer depuis le pas %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noise an image</source>
        <translation>Bruiter une image</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed travel %1 → %2</source>
        <translation>Voyage entre graines %1 → %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GAN vs diffusion</source>
        <translation>GAN contre diffusion</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Train %1 on %2 (%3 processes)</source>
        <translation>Entraîner %1 sur %2 (%3 processus)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train %1 on %2</source>
        <translation>Entraîner %1 sur %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DistillJobs</name>
    <message>
        <location filename="../core/services/tuning/distilljobs.cpp" line="+100"/>
        <source>Distillation (student %1 x %2, T %3)</source>
        <translation>Distillation (élève %1 x %2, T %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanExploreService</name>
    <message>
        <location filename="../core/services/gan/ganexplore.cpp" line="+165"/>
        <source>Load generator %1</source>
        <translation>Charger le générateur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample the generator</source>
        <translation>Échantillonner le générateur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interpolate the generator&apos;s noise</source>
        <translation>Interpoler le bruit du générateur</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanService</name>
    <message>
        <location filename="../core/services/gan/ganservice.cpp" line="+44"/>
        <source>Start a toy GAN</source>
        <translation>Démarrer un GAN jouet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step the toy GAN</source>
        <translation>Faire un pas du GAN jouet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw the toy GAN</source>
        <translation>Dessiner le GAN jouet</translation>
    </message>
    <message>
        <location filename="../core/services/gan/gantraining.cpp" line="+174"/>
        <source>Train %1 on %2</source>
        <translation>Entraîner %1 sur %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::InContextJobs</name>
    <message>
        <location filename="../core/services/tuning/incontextjobs.cpp" line="+113"/>
        <source>Few-shot accuracy (%1)</source>
        <translation>Exactitude few-shot (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few-shot accuracy (%1), two models</source>
        <translation>Exactitude few-shot (%1), deux modèles</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>In-context copying (%1 tokens)</source>
        <translation>Copie en contexte (%1 tokens)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attention of the repeated sequence</source>
        <translation>Attention sur la séquence répétée</translation>
    </message>
</context>
<context>
    <name>genlab::services::JobManager</name>
    <message>
        <location filename="../core/services/jobmanager.cpp" line="+400"/>
        <location line="+61"/>
        <source>the studio is closing</source>
        <translation>le studio se ferme</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>nothing to run</source>
        <translation>rien à exécuter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>superseded by a newer request</source>
        <translation>remplacée par une requête plus récente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canceled before it started</source>
        <translation>annulée avant de démarrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>canceled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentMap</name>
    <message>
        <location filename="../core/services/latent/latentservice.cpp" line="+96"/>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
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
        <translation>autoencodeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>gris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2-D latent, %3×%3 %4</source>
        <translation>%1, latent %2-D, %3×%3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, trained %1 steps on %2</source>
        <translation>, entraîné %1 pas sur %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>images</source>
        <translation>images</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentService</name>
    <message>
        <location line="+86"/>
        <source>Load latent model %1</source>
        <translation>Charger le modèle latent %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map the latent space of %1</source>
        <translation>Cartographier l&apos;espace latent de %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sample the prior</source>
        <translation>Échantillonner la loi a priori</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decode a latent</source>
        <translation>Décoder un latent</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpolate</source>
        <translation>Interpoler</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Encode %n image(s)</source>
        <translation>
            <numerusform>Encoder %n image</numerusform>
            <numerusform>Encoder %n images</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train %1 (%2-D) on %3</source>
        <translation>Entraîner %1 (%2-D) sur %3</translation>
    </message>
</context>
<context>
    <name>genlab::services::MaskedService</name>
    <message>
        <location filename="../core/services/masked/maskedservice.cpp" line="+145"/>
        <source>Load encoder %1</source>
        <translation>Charger l&apos;encodeur %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoder attention maps</source>
        <translation>Cartes d&apos;attention de l&apos;encodeur</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Fill mask</source>
        <translation>Remplir le masque</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Three objectives</source>
        <translation>Trois objectifs</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Span corruption</source>
        <translation>Corruption de segments</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use T5 model %1</source>
        <translation>Utiliser le modèle T5 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train a masked LM on %1</source>
        <translation>Entraîner un LM masqué sur %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Train a T5 on %1</source>
        <translation>Entraîner un T5 sur %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::PreferenceJobs</name>
    <message>
        <location filename="../core/services/tuning/preferencejobs.cpp" line="+61"/>
        <source>Sample answer pairs to judge</source>
        <translation>Tirer des paires de réponses à juger</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fit the reward model</source>
        <translation>Ajuster le modèle de récompense</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preference tuning (%1, rule %2)</source>
        <translation>Réglage par préférences (%1, règle %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference tuning (%1, %2 pairs you judged)</source>
        <translation>Réglage par préférences (%1, %2 paires que vous avez jugées)</translation>
    </message>
</context>
<context>
    <name>genlab::services::ProjectService</name>
    <message>
        <location filename="../core/services/projectservice.cpp" line="+94"/>
        <location line="+125"/>
        <source>no project is open</source>
        <translation>aucun projet n&apos;est ouvert</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>there is nothing to recover</source>
        <translation>il n&apos;y a rien à récupérer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1 : impossible d&apos;ouvrir (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the autosave is damaged (%2)</source>
        <translation>%1 : la sauvegarde automatique est endommagée (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds a project: open it instead</source>
        <translation>%1 contient déjà un projet : ouvrez-le plutôt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the project folder %1</source>
        <translation>impossible de créer le dossier du projet %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: cannot open the project manifest (%2)</source>
        <translation>%1 : impossible d&apos;ouvrir le manifeste du projet (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the manifest is implausibly large (%2 bytes)</source>
        <translation>%1 : le manifeste est anormalement gros (%2 octets)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid project manifest (%2 at byte %3)</source>
        <translation>%1 : manifeste de projet non valide (%2 à l&apos;octet %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the manifest has no valid format_version</source>
        <translation>%1 : le manifeste n&apos;a pas de format_version valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer version of GenLab Studio (format %2, this version reads up to %3)</source>
        <translation>%1 : créé par une version plus récente de GenLab Studio (format %2, cette version lit jusqu&apos;au %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::RetrievalService</name>
    <message>
        <location filename="../core/services/retrieval/retrievalservice.cpp" line="+227"/>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Open the retrieval index %1</source>
        <translation>Ouvrir l&apos;index de recherche %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Update the retrieval index</source>
        <translation>Mettre à jour l&apos;index de recherche</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Index the help pages</source>
        <translation>Indexer les pages d&apos;aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search passages</source>
        <translation>Rechercher des passages</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show a passage</source>
        <translation>Afficher un passage</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Explain a passage&apos;s ranks</source>
        <translation>Expliquer les rangs d&apos;un passage</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find passages by their text</source>
        <translation>Trouver des passages par leur texte</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer from the passages</source>
        <translation>Répondre à partir des passages</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate an answer from the passages</source>
        <translation>Générer une réponse à partir des passages</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Evaluate the retrievers</source>
        <translation>Évaluer les moteurs de recherche</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview the chunks of %1</source>
        <translation>Aperçu des fragments de %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::ScalingJobs</name>
    <message>
        <location filename="../core/services/tuning/scalingjobs.cpp" line="+43"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No corpus: the default (tiny Shakespeare) was not found; choose a text file.</source>
        <translation>Aucun corpus : celui par défaut (tiny Shakespeare) est introuvable ; choisissez un fichier texte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable text file.</source>
        <translation>%1 n&apos;est pas un fichier texte lisible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1 : impossible de créer le dossier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scaling: width %1 (%2 parameters, %3 steps)</source>
        <translation>Mise à l&apos;échelle : largeur %1 (%2 paramètres, %3 pas)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Width %1 was stopped.</source>
        <translation>La largeur %1 a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>genlab::services::SftJobs</name>
    <message numerus="yes">
        <location filename="../core/services/tuning/sftjobs.cpp" line="+73"/>
        <source>Instruction tuning (built-in set, %n step(s))</source>
        <translation>
            <numerusform>Réglage par instructions (jeu intégré, %n pas)</numerusform>
            <numerusform>Réglage par instructions (jeu intégré, %n pas)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Instruction tuning (%1, %n step(s))</source>
        <translation>
            <numerusform>Réglage par instructions (%1, %n pas)</numerusform>
            <numerusform>Réglage par instructions (%1, %n pas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the instruction-tuned model</source>
        <translation>Enregistrer le modèle réglé par instructions</translation>
    </message>
</context>
<context>
    <name>genlab::services::TextService</name>
    <message>
        <location filename="../core/services/text/textservice.cpp" line="+126"/>
        <source>Load the shipped language model</source>
        <translation>Charger le modèle de langage fourni</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load model %1</source>
        <translation>Charger le modèle %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Generate text</source>
        <translation>Générer du texte</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Attention maps</source>
        <translation>Cartes d&apos;attention</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tokenize</source>
        <translation>Tokeniser</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Load tokenizer %1</source>
        <translation>Charger le tokeniseur %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learn a BPE vocabulary (%1 tokens) on %2</source>
        <translation>Apprendre un vocabulaire BPE (%1 tokens) sur %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train a language model on %1</source>
        <translation>Entraîner un modèle de langage sur %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>genlab::services::ToyDiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/toydiffusionservice.cpp" line="+133"/>
        <source>Start a toy diffusion model</source>
        <translation>Démarrer un modèle de diffusion jouet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train the toy diffusion model</source>
        <translation>Entraîner le modèle de diffusion jouet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample the toy diffusion model (%1)</source>
        <translation>Échantillonner le modèle de diffusion jouet (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Draw the toy&apos;s noise prediction</source>
        <translation>Dessiner la prédiction de bruit du jouet</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ArithmeticPanel</name>
    <message>
        <location filename="../widgets/latentlab/arithmeticpanel.cpp" line="+28"/>
        <source>An attribute vector is the mean latent of one class minus the mean of another. Adding it to a point moves that point towards the first class.</source>
        <translation>Un vecteur d&apos;attribut est le latent moyen d&apos;une classe moins celui d&apos;une autre. L&apos;ajouter à un point déplace ce point vers la première classe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Towards</source>
        <translation>Vers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>away from</source>
        <translation>en s&apos;éloignant de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start from the current point</source>
        <translation>Partir du point actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vector is added to this base point; moving the point elsewhere (map, sliders) makes that the base</source>
        <translation>Le vecteur est ajouté à ce point de base ; déplacer le point ailleurs (carte, curseurs) en fait la nouvelle base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base + k · v for k = −2, −1, 0, +1, +2:</source>
        <translation>base + k · v pour k = −2, −1, 0, +1, +2 :</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The data set of the map has no classes: there is nothing to subtract.</source>
        <translation>Le jeu de données de la carte n&apos;a pas de classes : il n&apos;y a rien à soustraire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the latent map…</source>
        <translation>En attente de la carte latente…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>v = mean(%1) − mean(%2), |v| = %3. Drag the amount to add it to the current point.</source>
        <translation>v = moyenne(%1) − moyenne(%2), |v| = %3. Faites glisser la quantité pour l&apos;ajouter au point actuel.</translation>
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
        <translation>base</translation>
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
        <translation>Jeux de données d&apos;images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-D toy distributions</source>
        <translation>Distributions jouets 2-D</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse the image data sets and 2-D toy distributions the labs train on</source>
        <translation>Parcourir les jeux de données d&apos;images et les distributions jouets 2-D sur lesquels les labos s&apos;entraînent</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ExplorerState</name>
    <message>
        <location filename="../widgets/latentlab/explorerstate.cpp" line="+40"/>
        <source>Could not decode the point: %1</source>
        <translation>Impossible de décoder le point : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::HomeLab</name>
    <message>
        <location filename="../widgets/home/homelab.cpp" line="+24"/>
        <source>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Generate with generative models and see inside them. Every lab works offline, on the CPU or a GPU, with models that ship with the studio or that you train or bring yourself.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Générez avec des modèles génératifs et regardez à l&apos;intérieur. Chaque labo fonctionne hors ligne, sur le CPU ou un GPU, avec des modèles fournis avec le studio ou que vous entraînez ou apportez vous-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labs</source>
        <translation>Labos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>device:      %1
%2
measuring matmul throughput…</source>
        <translation>appareil :   %1
%2
mesure du débit de matmul…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Mesurer à nouveau</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The labs, and the device and thread budget model work runs with</source>
        <translation>Les labos, ainsi que l&apos;appareil et le budget de threads avec lesquels tourne le travail des modèles</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measured</source>
        <translation>mesuré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement %1: %2</source>
        <translation>mesure %1 : %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ImageDatasetsTab</name>
    <message>
        <location filename="../widgets/databrowser/imagedatasetstab.cpp" line="+38"/>
        <source>gray</source>
        <translation>gris</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colour (RGB)</source>
        <translation>couleur (RVB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 canaux</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Choisir un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a folder of PNG or JPEG images; sub-folder names become the labels</source>
        <translation>Choisissez un dossier d&apos;images PNG ou JPEG ; les noms des sous-dossiers deviennent les étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the images of one class</source>
        <translation>N&apos;afficher que les images d&apos;une classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shuffled</source>
        <translation>Mélangé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images in a fixed random order (so the first page shows every class); off: in the data set&apos;s own order</source>
        <translation>Afficher les images dans un ordre aléatoire fixe (la première page montre ainsi chaque classe) ; désactivé : dans l&apos;ordre propre du jeu de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per page</source>
        <translation>Par page</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this data set</source>
        <translation>À propos de ce jeu de données</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was skipped</source>
        <translation>Pourquoi il a été ignoré</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a folder of images</source>
        <translation>Choisir un dossier d&apos;images</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open this data set: %1</source>
        <translation>Impossible d&apos;ouvrir ce jeu de données : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>Rien à afficher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image %1 of the data set</source>
        <translation>image %1 du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
class: %1</source>
        <translation>
classe : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
file: %1</source>
        <translation>
fichier : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All classes</source>
        <translation>Toutes les classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>images %1–%2 of %3%4</source>
        <translation>images %1–%2 sur %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in class %1</source>
        <translation> dans la classe %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n fichier ignoré</numerusform>
            <numerusform>%n fichiers ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 images</source>
        <translation>%1 images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unlabelled)</source>
        <translation>aucune (sans étiquette)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 classes: %2</source>
        <translation>%1 classes : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 unlabelled</source>
        <translation>; %1 sans étiquette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 pixels, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by the studio (procedural)</source>
        <translation>dessiné par le studio (procédural)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The project&apos;s image folder %1 no longer exists; the data browser keeps what it shows.</source>
        <translation>Le dossier d&apos;images du projet %1 n&apos;existe plus ; le navigateur de données garde ce qu&apos;il affiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s data set “%1” is unknown to this version; the data browser keeps what it shows.</source>
        <translation>Le jeu de données « %1 » du projet est inconnu de cette version ; le navigateur de données garde ce qu&apos;il affiche.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s data set %1 is not available here (%2); the data browser keeps what it shows.</source>
        <translation>Le jeu de données %1 du projet n&apos;est pas disponible ici (%2) ; le navigateur de données garde ce qu&apos;il affiche.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the recipe of %1: %2</source>
        <translation>Impossible d&apos;ouvrir la recette de %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 shows images of the folder %2, which no longer exists.</source>
        <translation>%1 affiche des images du dossier %2, qui n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 shows the data set “%2”, which this version does not know.</source>
        <translation>%1 affiche le jeu de données « %2 », que cette version ne connaît pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shows the data set %2, which is not available here: %3</source>
        <translation>%1 affiche le jeu de données %2, qui n&apos;est pas disponible ici : %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>exporting…</source>
        <translation>exportation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1 (the PNG carries its recipe: open it to show this page again)</source>
        <translation>%1 exporté (le PNG contient sa recette : ouvrez-le pour afficher à nouveau cette page)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the page as a labelled grid</source>
        <translation>Exporter la page sous forme de grille étiquetée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
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
        <translation>Aucune image</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The largest size that shows every image</source>
        <translation>La plus grande taille qui montre toutes les images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One screen pixel per image pixel</source>
        <translation>Un pixel d&apos;écran par pixel d&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twice the size, pixels kept sharp</source>
        <translation>Deux fois la taille, pixels nets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Four times the size, pixels kept sharp</source>
        <translation>Quatre fois la taille, pixels nets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in use (Ctrl+wheel changes it)</source>
        <translation>Zoom utilisé (Ctrl+molette le modifie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images one after another, as an animation</source>
        <translation>Afficher les images l&apos;une après l&apos;autre, en animation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames/s</source>
        <translation> images/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation speed</source>
        <translation>Vitesse de l&apos;animation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as shown, labels included</source>
        <translation>Enregistrer la grille telle qu&apos;affichée, étiquettes comprises</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the images as PNG</source>
        <translation>Exporter les images en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>at %1×</source>
        <translation>à %1×</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no images to export</source>
        <translation>Il n&apos;y a aucune image à exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::InterpolationPanel</name>
    <message>
        <location filename="../widgets/latentlab/interpolationpanel.cpp" line="+60"/>
        <source>The path goes through these points in order</source>
        <translation>Le chemin passe par ces points dans l&apos;ordre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick on map</source>
        <translation>Choisir sur la carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While on, each click on the map adds the nearest data-set image as an endpoint</source>
        <translation>Lorsque c&apos;est activé, chaque clic sur la carte ajoute l&apos;image du jeu de données la plus proche comme extrémité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add current point</source>
        <translation>Ajouter le point actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the point shown in the preview (any point of the map, a sample, a slider setting)</source>
        <translation>Ajouter le point affiché dans l&apos;aperçu (tout point de la carte, un échantillon, un réglage des curseurs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images…</source>
        <translation>Ajouter des images…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode your own PNG or JPEG files and add them as endpoints</source>
        <translation>Encoder vos propres fichiers PNG ou JPEG et les ajouter comme extrémités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;lerp&lt;/b&gt;: a straight line between the points</source>
        <translation>&lt;b&gt;lerp&lt;/b&gt; : une ligne droite entre les points</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Pick two or more endpoints</source>
        <translation>Choisissez au moins deux extrémités</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;slerp&lt;/b&gt;: along the sphere, |z| changes evenly</source>
        <translation>&lt;b&gt;slerp&lt;/b&gt; : le long de la sphère, |z| varie régulièrement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position along the path</source>
        <translation>position le long du chemin</translation>
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
        <translation>Les tirages de N(0, I) en d dimensions ont un |z| proche de √d : la masse de la loi a priori se trouve sur une fine coquille. Une ligne droite entre deux tels points passe à l&apos;intérieur de la coquille, où le décodeur a vu peu de codes ; slerp fait varier |z| régulièrement entre les extrémités.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Play both paths as animations, side by side</source>
        <translation>Lire les deux chemins en animation, côte à côte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GIF animation</source>
        <translation>Animation GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>Vidéo MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>Bande PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the strip with its recipe (inside a PNG, beside a GIF or MP4)</source>
        <translation>Écrit la bande avec sa recette (dans un PNG, à côté d&apos;un GIF ou d&apos;un MP4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Images to encode</source>
        <translation>Images à encoder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 #%2</source>
        <translation>%1 n° %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point</source>
        <translation>point</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Encoding %n image(s)…</source>
        <translation>
            <numerusform>Encodage de %n image…</numerusform>
            <numerusform>Encodage de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not encode: %1</source>
        <translation>Impossible d&apos;encoder : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Skipped %n file(s): %1</source>
        <translation>
            <numerusform>%n fichier ignoré : %1</numerusform>
            <numerusform>%n fichiers ignorés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Encoded %n image(s): each is brought to the model&apos;s size and colour, and its mean latent is the endpoint.</source>
        <translation>
            <numerusform>%n image encodée : chacune est amenée à la taille et aux couleurs du modèle, et son latent moyen est l&apos;extrémité.</numerusform>
            <numerusform>%n images encodées : chacune est amenée à la taille et aux couleurs du modèle, et son latent moyen est l&apos;extrémité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Interpolation failed: %1</source>
        <translation>Échec de l&apos;interpolation : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>√d = %1, the prior&apos;s shell</source>
        <translation>√d = %1, la coquille de la loi a priori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames through %2 endpoints. Click a frame to make it the current point.</source>
        <translation>%1 images à travers %2 extrémités. Cliquez sur une image pour en faire le point actuel.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1</source>
        <translation>%1 exporté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Exportation annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GIF animations (*.gif)</source>
        <translation>Animations GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vidéos MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the interpolation</source>
        <translation>Exporter l&apos;interpolation</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::JobsDock</name>
    <message>
        <location filename="../widgets/jobs/jobsdock.cpp" line="+21"/>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+27"/>
        <source>No jobs yet. Training, generation and exports appear here with their progress.</source>
        <translation>Aucune tâche pour l&apos;instant. Les entraînements, générations et exportations apparaissent ici avec leur progression.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::KlBarsPlot</name>
    <message>
        <location filename="../widgets/latentlab/klbarsplot.cpp" line="+22"/>
        <source>latent dimension</source>
        <translation>dimension latente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL (nats)</source>
        <translation>KL (nats)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KL per dimension appears here while a VAE trains.</source>
        <translation>La KL par dimension apparaît ici pendant l&apos;entraînement d&apos;un VAE.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>KL per dimension at step %1: %2 of %3 dimensions carry information; the grey ones have collapsed to the prior (posterior collapse).</source>
        <translation>KL par dimension au pas %1 : %2 dimensions sur %3 portent de l&apos;information ; les grises se sont effondrées sur la loi a priori (effondrement du postérieur).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentLab</name>
    <message>
        <location filename="../widgets/latentlab/latentlab.cpp" line="+48"/>
        <source>Digits VAE · 16-D latent (shipped)</source>
        <translation>VAE de chiffres · latent 16-D (fourni)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits VAE · 2-D latent (shipped)</source>
        <translation>VAE de chiffres · latent 2-D (fourni)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a checkpoint folder…</source>
        <translation>Ouvrir un dossier de checkpoint…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open recipe…</source>
        <translation>Ouvrir une recette…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, GIF or MP4 this lab made: its settings come back and the output is made again</source>
        <translation>Ouvrir un PNG, GIF ou MP4 créé par ce labo : ses réglages reviennent et le résultat est recréé</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples of the prior</source>
        <translation>Échantillons de la loi a priori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent arithmetic</source>
        <translation>Arithmétique latente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or stop</source>
        <translation>Lire ou arrêter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A checkpoint folder (model.safetensors and config.json)</source>
        <translation>Un dossier de checkpoint (model.safetensors et config.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the latent lab (*.png *.gif *.mp4 *.json);;All files (*)</source>
        <translation>Résultats du labo latent (*.png *.gif *.mp4 *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shipped model was found (see the README, “Shipped models”). Train one in the Train tab, or open a checkpoint folder.</source>
        <translation>Aucun modèle fourni n&apos;a été trouvé (voir le README, « Shipped models »). Entraînez-en un dans l&apos;onglet Entraîner, ou ouvrez un dossier de checkpoint.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train autoencoders and VAEs; sample, map, interpolate and steer their latent space</source>
        <translation>Entraîner des autoencodeurs et des VAE ; échantillonner, cartographier, interpoler et orienter leur espace latent</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>loading %1…</source>
        <translation>chargement de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the model: %1. The lab keeps the model it had.</source>
        <translation>Impossible de charger le modèle : %1. Le labo garde le modèle qu&apos;il avait.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not build the latent map: %1</source>
        <translation>Impossible de construire la carte latente : %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the recipe: %1</source>
        <translation>Impossible d&apos;ouvrir la recette : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by the %2 lab, not this one.</source>
        <translation>%1 a été créé par le labo %2, pas par celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this lab cannot redo “%2”.</source>
        <translation>%1 : ce labo ne peut pas refaire « %2 ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened the recipe of %1 (%2).</source>
        <translation>Recette de %1 ouverte (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Warning: the model&apos;s weights are not the ones that made it, so the output may differ.</source>
        <translation> Attention : les poids du modèle ne sont pas ceux qui l&apos;ont produit, le résultat peut donc différer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Loading its model %1…</source>
        <translation> Chargement de son modèle %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The recipe&apos;s endpoints do not fit this model&apos;s %1-D latent.</source>
        <translation>Les extrémités de la recette ne correspondent pas au latent %1-D de ce modèle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe&apos;s latent does not fit this model&apos;s %1-D latent.</source>
        <translation>Le latent de la recette ne correspond pas au latent %1-D de ce modèle.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The project&apos;s model %1 was not found (the folder no longer exists, or the shipped model is missing); the lab keeps its current model.</source>
        <translation>Le modèle %1 du projet est introuvable (le dossier n&apos;existe plus, ou le modèle fourni manque) ; le labo garde son modèle actuel.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentMapPanel</name>
    <message>
        <location filename="../widgets/latentlab/latentmappanel.cpp" line="+40"/>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every point again (the mouse wheel zooms)</source>
        <translation>Afficher à nouveau tous les points (la molette zoome)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>lerp path</source>
        <translation>chemin lerp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slerp path</source>
        <translation>chemin slerp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current point</source>
        <translation>point actuel</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encoding the data set with the model…</source>
        <translation>Encodage du jeu de données avec le modèle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No map</source>
        <translation>Aucune carte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unlabelled</source>
        <translation>sans étiquette</translation>
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
        <translation>%1 : %2 images à leurs moyennes encodées. Le latent est en 2-D : c&apos;est l&apos;espace latent lui-même.
Survol : l&apos;image la plus proche · clic ou glisser : décoder ce point · molette : zoom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>principal component 1</source>
        <translation>composante principale 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal component 2</source>
        <translation>composante principale 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 images at their encoded means, the %3-D latents projected on their two main axes (PCA, %4% of the variance).
Hover: the nearest image · press or drag: decode that point · wheel: zoom</source>
        <translation>%1 : %2 images à leurs moyennes encodées, les latents %3-D projetés sur leurs deux axes principaux (ACP, %4 % de la variance).
Survol : l&apos;image la plus proche · clic ou glisser : décoder ce point · molette : zoom</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 · #%2</source>
        <translation>%1 · n° %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::MainWindow</name>
    <message>
        <location filename="../widgets/shell/mainwindow.cpp" line="+106"/>
        <location line="+301"/>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+301"/>
        <source>Help: %1</source>
        <translation>Aide : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device: %1</source>
        <translation>Appareil : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model work runs on %1</source>
        <translation>Le travail des modèles tourne sur %1</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Autosave failed: %1</source>
        <translation>Échec de la sauvegarde automatique : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Recover project</source>
        <translation>Récupérer le projet</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GenLab Studio did not close cleanly while %1 was open. Recover the autosaved state of the project? (Choosing No keeps the last saved version.)</source>
        <translation>GenLab Studio ne s&apos;est pas fermé correctement alors que %1 était ouvert. Récupérer l&apos;état du projet sauvegardé automatiquement ? (Choisir Non garde la dernière version enregistrée.)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 lab: %2</source>
        <translation>Labo %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Show the %1 lab</source>
        <translation>Afficher le labo %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nouveau projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Ouvrir un projet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Enregistrer le projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Re&amp;cipe…</source>
        <translation>Ouvrir une re&amp;cette…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Open the recipe of an output</source>
        <translation>Ouvrir la recette d&apos;un résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)</source>
        <translation>Résultats avec recette (*.png *.recipe.json *.gif *.mp4 *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Help on This &amp;Lab</source>
        <translation>Aide sur ce &amp;labo</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Help &amp;Contents</source>
        <translation>&amp;Sommaire de l&apos;aide</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenes</source>
        <translation>&amp;Scènes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scene…</source>
        <translation>&amp;Enregistrer la scène…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scene</source>
        <translation>&amp;Supprimer une scène</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;Tour</source>
        <translation>Faire la &amp;visite guidée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GenLab Studio</source>
        <translation>À &amp;propos de GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device: loading the engine…</source>
        <translation>Appareil : chargement du moteur…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restart GenLab Studio</source>
        <translation>Redémarrer GenLab Studio</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running will be stopped (a training run saves a checkpoint first). Restart now?</source>
        <translation>
            <numerusform>%n tâche encore en cours sera arrêtée (un entraînement enregistre d&apos;abord un checkpoint). Redémarrer maintenant ?</numerusform>
            <numerusform>%n tâches encore en cours seront arrêtées (un entraînement enregistre d&apos;abord un checkpoint). Redémarrer maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Help on the %1 Lab</source>
        <translation>Aide sur le labo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the help page of the lab shown (%1)</source>
        <translation>Ouvrir la page d&apos;aide du labo affiché (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No jobs running</source>
        <translation>Aucune tâche en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n tâche en cours</numerusform>
            <numerusform>%n tâches en cours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recent projects)</source>
        <translation>(aucun projet récent)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an empty folder for the new project</source>
        <translation>Choisissez un dossier vide pour le nouveau projet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a device not known yet (the engine is loading)</source>
        <translation>un appareil encore inconnu (le moteur se charge)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The labs are still loading; open %1 again in a moment.</source>
        <translation>Les labos se chargent encore ; rouvrez %1 dans un instant.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+58"/>
        <source>Scene %1: %2</source>
        <translation>Scène %1 : %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recall Scene %1</source>
        <translation>Rappeler la scène %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Save scene</source>
        <translation>Enregistrer la scène</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name of the scene:</source>
        <translation>Nom de la scène :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenes are kept in the project: create or open a project first.</source>
        <translation>Les scènes sont conservées dans le projet : créez ou ouvrez d&apos;abord un projet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved scene %1 (%2)</source>
        <translation>Scène %1 enregistrée (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This project has no scene %1</source>
        <translation>Ce projet n&apos;a pas de scène %1</translation>
    </message>
    <message>
        <location line="-662"/>
        <location line="+433"/>
        <location line="+10"/>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GenLab projects (project.json)</source>
        <translation>Projets GenLab (project.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+240"/>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Project saved to %1</source>
        <translation>Projet enregistré dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About GenLab Studio</source>
        <translation>À propos de GenLab Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Generate with generative models and see inside them: text models, latent spaces, GANs, diffusion and retrieval, on your own machine, offline.&lt;/p&gt;&lt;p&gt;Model work runs on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Générez avec des modèles génératifs et regardez à l&apos;intérieur : modèles de texte, espaces latents, GAN, diffusion et recherche, sur votre propre machine, hors ligne.&lt;/p&gt;&lt;p&gt;Le travail des modèles tourne sur %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Open recipe</source>
        <translation>Ouvrir une recette</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+169"/>
        <source>%1 was made by the %2 lab, which this version of GenLab Studio does not have.</source>
        <translation>%1 a été créé par le labo %2, que cette version de GenLab Studio ne possède pas.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The %1 lab could not restore the recipe of %2.</source>
        <translation>Le labo %1 n&apos;a pas pu restaurer la recette de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1</source>
        <translation>Réglages de %1 restaurés</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::PreviewPanel</name>
    <message>
        <location filename="../widgets/latentlab/previewpanel.cpp" line="+25"/>
        <source>&lt;b&gt;Current point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Point actuel&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this image as a PNG that carries its latent (Open recipe… brings it back)</source>
        <translation>Enregistrer cette image en PNG contenant son latent (Ouvrir une recette… le restaure)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A point of the map</source>
        <translation>Un point de la carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set with the sliders</source>
        <translation>Réglé avec les curseurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample of the prior</source>
        <translation>Un échantillon de la loi a priori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A frame of the interpolation</source>
        <translation>Une image de l&apos;interpolation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base point + amount × attribute vector</source>
        <translation>Point de base + quantité × vecteur d&apos;attribut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a recipe</source>
        <translation>Depuis une recette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre of the latent space (z = 0)</source>
        <translation>Le centre de l&apos;espace latent (z = 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click or drag on the map, move a slider or click a sample to decode a point here.</source>
        <translation>Cliquez ou faites glisser sur la carte, déplacez un curseur ou cliquez sur un échantillon pour décoder un point ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
|z| = %2 (a typical prior draw has |z| ≈ %3)</source>
        <translation>%1
|z| = %2 (un tirage typique de la loi a priori a |z| ≈ %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the current point</source>
        <translation>Enregistrer le point actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SamplePanel</name>
    <message>
        <location filename="../widgets/latentlab/samplepanel.cpp" line="+27"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw new samples with a random seed</source>
        <translation>Tirer de nouveaux échantillons avec une graine aléatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scale of z: 1 draws from the prior N(0, I); smaller values stay near the centre (typical, blurrier images), larger ones go where the model saw little data</source>
        <translation>L&apos;échelle de z : 1 tire de la loi a priori N(0, I) ; des valeurs plus petites restent près du centre (images typiques, plus floues), des valeurs plus grandes vont là où le modèle a vu peu de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as a PNG that carries its recipe</source>
        <translation>Enregistrer la grille en PNG contenant sa recette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each tile decodes a z drawn from the prior. Click one to make it the current point.</source>
        <translation>Chaque vignette décode un z tiré de la loi a priori. Cliquez sur l&apos;une d&apos;elles pour en faire le point actuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l&apos;échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 draws of z from N(0, σ²·I) with σ = %2 (the temperature), seed %3. Click one to make it the current point.</source>
        <translation>%1 tirages de z selon N(0, σ²·I) avec σ = %2 (la température), graine %3. Cliquez sur l&apos;un d&apos;eux pour en faire le point actuel.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model is a plain autoencoder: nothing made its codes follow N(0, I), so these draws need not look like the data. Compare with a VAE.</source>
        <translation>Ce modèle est un simple autoencodeur : rien n&apos;a contraint ses codes à suivre N(0, I), donc ces tirages ne ressemblent pas forcément aux données. Comparez avec un VAE.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save samples</source>
        <translation>Enregistrer les échantillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SettingsDialog</name>
    <message>
        <location filename="../widgets/shell/language.cpp" line="+66"/>
        <location filename="../widgets/shell/settingsdialog.cpp" line="+89"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../widgets/shell/settingsdialog.cpp" line="-3"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the studio&apos;s menus, labs and messages, and the format of its numbers. &quot;System language&quot; follows the desktop&apos;s setting.</source>
        <translation>La langue des menus, des labos et des messages du studio, et le format de ses nombres. « Langue du système » suit le réglage du bureau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menus, the status bar and this window have changed already. The labs show the new language after a restart; restarting saves the open project and reopens it.</source>
        <translation>Les menus, la barre d&apos;état et cette fenêtre ont déjà changé. Les labos affichent la nouvelle langue après un redémarrage ; redémarrer enregistre le projet ouvert et le rouvre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SlidersPanel</name>
    <message>
        <location filename="../widgets/latentlab/sliderspanel.cpp" line="+34"/>
        <source>Centre (z = 0)</source>
        <translation>Centre (z = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random point</source>
        <translation>Point aléatoire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw z from the prior N(0, I)</source>
        <translation>Tirer z de la loi a priori N(0, I)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No model loaded.</source>
        <translation>Aucun modèle chargé.</translation>
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
        <translation>z%1 · var %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive: the encoder ignores this dimension (its posterior is the prior), so moving it changes little. This is posterior collapse.</source>
        <translation>Inactive : l&apos;encodeur ignore cette dimension (son postérieur est la loi a priori), donc la déplacer change peu de chose. C&apos;est l&apos;effondrement du postérieur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much information this dimension carries about the image, averaged over the data set</source>
        <translation>Quantité d&apos;information que cette dimension porte sur l&apos;image, moyennée sur le jeu de données</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 dimensions of the current point: drag one to move the point along it.</source>
        <translation>Les %1 dimensions du point actuel : faites-en glisser une pour déplacer le point le long de celle-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). The model uses every one of them.</source>
        <translation>Les %1 dimensions du point actuel, les plus informatives d&apos;abord (KL sur les données). Le modèle les utilise toutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). %2 of them are inactive (greyed): the model ignores them (posterior collapse).</source>
        <translation>Les %1 dimensions du point actuel, les plus informatives d&apos;abord (KL sur les données). %2 d&apos;entre elles sont inactives (grisées) : le modèle les ignore (effondrement du postérieur).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 dimensions of the current point (an autoencoder: most variable first).</source>
        <translation>Les %1 dimensions du point actuel (un autoencodeur : les plus variables d&apos;abord).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::StepSlider</name>
    <message>
        <location filename="../widgets/components/stepslider.cpp" line="+26"/>
        <source>The previous recorded step</source>
        <translation>Le pas enregistré précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next recorded step</source>
        <translation>Le pas enregistré suivant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a step at which the model&apos;s outputs were recorded</source>
        <translation>Choisir un pas auquel les résultats du modèle ont été enregistrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep showing the newest step while training runs</source>
        <translation>Continuer d&apos;afficher le pas le plus récent pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>no samples recorded yet</source>
        <translation>aucun échantillon enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1 (%2 of %3)</source>
        <translation>pas %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ToyDistributionsTab</name>
    <message>
        <location filename="../widgets/databrowser/toydistributionstab.cpp" line="+35"/>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your drawing</source>
        <translation>Votre dessin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sample</source>
        <translation>Nouvel échantillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw again with the next seed</source>
        <translation>Tirer à nouveau avec la graine suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear drawing</source>
        <translation>Effacer le dessin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click or drag on the plot to draw points: &quot;Your drawing&quot; then samples around them (Gaussians as wide as half the typical gap between your points).</source>
        <translation>Cliquez ou faites glisser sur le graphique pour dessiner des points : « Votre dessin » échantillonne alors autour d&apos;eux (des gaussiennes aussi larges que la moitié de l&apos;écart typique entre vos points).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>samples</source>
        <translation>échantillons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your points</source>
        <translation>vos points</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Draw some points on the plot first.</source>
        <translation>Dessinez d&apos;abord quelques points sur le graphique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 points, seed %3</source>
        <translation>%1 : %2 points, graine %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot sample: %1</source>
        <translation>Impossible d&apos;échantillonner : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingControls</name>
    <message>
        <location filename="../widgets/components/trainingcontrols.cpp" line="+34"/>
        <location line="+72"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Pause training; resume it, or run one step at a time</source>
        <translation>Mettre l&apos;entraînement en pause ; le reprendre, ou exécuter un pas à la fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Un pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While paused: run exactly one more step</source>
        <translation>En pause : exécuter exactement un pas de plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected job (a queued job is removed; training saves its last step)</source>
        <translation>Arrêter la tâche sélectionnée (une tâche en attente est retirée ; un entraînement enregistre son dernier pas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training; the weights of the last step are saved as a checkpoint</source>
        <translation>Arrêter l&apos;entraînement ; les poids du dernier pas sont enregistrés dans un checkpoint</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingMonitor</name>
    <message>
        <location filename="../widgets/components/trainingmonitor.cpp" line="+201"/>
        <source>Smoothing</source>
        <translation>Lissage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average weight, debiased as in TensorBoard; the raw values stay drawn faintly behind the smoothed curve</source>
        <translation>Poids de la moyenne mobile exponentielle, débiaisée comme dans TensorBoard ; les valeurs brutes restent dessinées en pâle derrière la courbe lissée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log scale</source>
        <translation>Échelle log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic value axis (values &lt;= 0 are not drawn)</source>
        <translation>Axe des valeurs logarithmique (les valeurs &lt;= 0 ne sont pas dessinées)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>Réinitialiser la vue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all the data again (or double-click the plot)</source>
        <translation>Afficher à nouveau toutes les données (ou double-cliquez sur le graphique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PNG…</source>
        <translation>Graphique en PNG…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+322"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the curves as CSV</source>
        <translation>Exporter les courbes en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export the plot as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+249"/>
        <location line="+2"/>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Hover to read values · wheel zooms · drag pans · double-click shows all · click picks a step</source>
        <translation>Survolez pour lire les valeurs · la molette zoome · glisser déplace · double-clic affiche tout · clic choisit un pas</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (raw %1)</source>
        <translation> (brut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(raw %1)</source>
        <translation>(brut %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source> at step %1</source>
        <translation> au pas %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (smoothed)</source>
        <translation> (lissé)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingPanel</name>
    <message>
        <location filename="../widgets/latentlab/trainingpanel.cpp" line="+41"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAE (stochastic encoder, KL term)</source>
        <translation>VAE (encodeur stochastique, terme KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder (no KL)</source>
        <translation>Autoencodeur (sans KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latent size</source>
        <translation>Taille du latent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>Couleur (3 canaux)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bernoulli (binary cross-entropy)</source>
        <translation>Bernoulli (entropie croisée binaire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian (squared error)</source>
        <translation>Gaussienne (erreur quadratique)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood</source>
        <translation>Vraisemblance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the KL term: larger values give a smoother, more prior-like latent space and blurrier reconstructions, and more collapsed dimensions</source>
        <translation>Poids du terme KL : des valeurs plus grandes donnent un espace latent plus lisse, plus proche de la loi a priori, des reconstructions plus floues et davantage de dimensions effondrées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β (KL weight)</source>
        <translation>β (poids KL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> steps</source>
        <translation> pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β grows linearly from 0 over these steps (against posterior collapse)</source>
        <translation>β croît linéairement depuis 0 au fil de ces pas (contre l&apos;effondrement du postérieur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β warm-up</source>
        <translation>Montée de β</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconstructions every</source>
        <translation>Reconstructions tous les</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use in the explorer</source>
        <translation>Utiliser dans l&apos;explorateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the explorer (map, samples, sliders)</source>
        <translation>Charger le dernier checkpoint dans l&apos;explorateur (carte, échantillons, curseurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the explorer</source>
        <translation>l&apos;utiliser dans l&apos;explorateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>cochez « Reprendre » pour continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per image</source>
        <translation>nats par image</translation>
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
        <translation>reconstruction</translation>
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
        <translation>Reconstructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs above, the model&apos;s outputs below, at the step picked below.</source>
        <translation>Entrées en haut, résultats du modèle en bas, au pas choisi ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructions appear every few steps while training runs</source>
        <translation>Les reconstructions apparaissent tous les quelques pas pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same draws from the prior N(0, I), decoded at the step picked below.</source>
        <translation>Les mêmes tirages de la loi a priori N(0, I), décodés au pas choisi ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VAE&apos;s prior samples appear every few steps while training runs</source>
        <translation>Les échantillons de la loi a priori d&apos;un VAE apparaissent tous les quelques pas pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.</source>
        <translation>Terminé : %1 pas, reconstruction %2, KL %3 nats par image, %4 images/s. Enregistré dans %5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Choisissez un jeu de données et appuyez sur Entraîner. Les courbes, la KL par dimension et les reconstructions apparaissent au fil de l&apos;exécution ; mettez en pause, avancez d&apos;un pas et arrêtez ici ou dans le panneau Tâches.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An autoencoder has no KL term: its codes are not pulled towards a prior, so no dimension collapses (and sampling from N(0, I) means little).</source>
        <translation>Un autoencodeur n&apos;a pas de terme KL : ses codes ne sont pas attirés vers une loi a priori, donc aucune dimension ne s&apos;effondre (et échantillonner selon N(0, I) a peu de sens).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingSession</name>
    <message>
        <location filename="../widgets/components/trainingsession.cpp" line="+56"/>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>use it</source>
        <translation>l&apos;utiliser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Train to continue</source>
        <translation>appuyez sur Entraîner pour continuer</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Previews appear every few steps while training runs</source>
        <translation>Les aperçus apparaissent tous les quelques pas pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Training: %1</source>
        <translation>Entraînement : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples appear here as the model learns.</source>
        <translation>Les échantillons apparaissent ici à mesure que le modèle apprend.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>step %1</source>
        <translation>pas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1, pas %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample at step %1:</source>
        <translation>Échantillon au pas %1 :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused. Resume, or run one step at a time.</source>
        <translation>En pause. Reprenez, ou exécutez un pas à la fois.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1 steps. Saved in %2.</source>
        <translation>Terminé : %1 pas. Enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. The last completed step is saved in %1: %2.</source>
        <translation>Arrêté. Le dernier pas terminé est enregistré dans %1 : %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the first step; nothing was saved.</source>
        <translation>Arrêté avant le premier pas ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training failed: %1</source>
        <translation>Échec de l&apos;entraînement : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training paused: %1 To train with a lower learning rate (try %2), press Stop, then %3.</source>
        <translation>Entraînement en pause : %1 Pour entraîner avec un taux d&apos;apprentissage plus bas (essayez %2), appuyez sur Arrêter, puis %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 became %2 at step %3</source>
        <translation>%1 est devenu %2 au pas %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infinite</source>
        <translation>infini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The curves and previews up to step %1 are kept.</source>
        <translation>Les courbes et aperçus jusqu&apos;au pas %1 sont conservés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It diverged at its first step.</source>
        <translation>Il a divergé dès son premier pas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged: %1. %2 The model saved at step %3 in %4 is intact: %5, or lower the learning rate (try %6) and %7 from step %3.</source>
        <translation>L&apos;entraînement a divergé : %1. %2 Le modèle enregistré au pas %3 dans %4 est intact : %5, ou baissez le taux d&apos;apprentissage (essayez %6) et %7 depuis le pas %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a run that diverges.</source>
        <translation>L&apos;entraînement a divergé : %1. %2 Aucun checkpoint n&apos;avait encore été enregistré, il n&apos;y a donc aucun modèle à garder : baissez le taux d&apos;apprentissage (essayez %3) et entraînez à nouveau ; un checkpoint toutes les quelques centaines de pas conserve la progression d&apos;une exécution qui diverge.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::BranchStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/branchstrip.cpp" line="+22"/>
        <source>Scrub to a step above, then branch from it: each branch appears here beside the run.</source>
        <translation>Déplacez-vous jusqu&apos;à un pas ci-dessus, puis bifurquez depuis celui-ci : chaque branche apparaît ici à côté de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1
Click to scrub this run.</source>
        <translation>%1
Cliquez pour parcourir cette exécution.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::CompareGrid</name>
    <message>
        <location filename="../widgets/diffusionlab/comparegrid.cpp" line="+19"/>
        <source>Pick a comparison and press Compare: the runs share the seed and the scrubber.</source>
        <translation>Choisissez une comparaison et appuyez sur Comparer : les exécutions partagent la graine et le curseur de parcours.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>step %1/%2 · %3 s</source>
        <translation>pas %1/%2 · %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1/%2 · running…</source>
        <translation>pas %1/%2 · en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting…</source>
        <translation>en attente…</translation>
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
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>DDPM vs DDIM vs DPM-Solver</source>
        <translation>DDPM contre DDIM contre DPM-Solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance 1 / 3 / 7</source>
        <translation>guidage 1 / 3 / 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 vs 50 steps</source>
        <translation>10 contre 50 pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 / 10 / 20 / 50 steps</source>
        <translation>5 / 10 / 20 / 50 pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every column starts from the same noise (the seed on the left); only what the comparison names differs</source>
        <translation>Chaque colonne part du même bruit (la graine à gauche) ; seul ce que nomme la comparaison diffère</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>guidance %1</source>
        <translation>guidage %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n pas</numerusform>
            <numerusform>%n pas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n&apos;est encore chargé.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A run failed: %1</source>
        <translation>Une exécution a échoué : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 runs finished.</source>
        <translation>%1 exécutions sur %2 terminées.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n runs one after another…</source>
        <translation>
            <numerusform>Exécution de %n exécution…</numerusform>
            <numerusform>Exécution de %n exécutions l&apos;une après l&apos;autre…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the comparison</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the columns one after another with the same seed</source>
        <translation>Exécuter les colonnes l&apos;une après l&apos;autre avec la même graine</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingScrubber</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingscrubber.cpp" line="+30"/>
        <source>Step 0: the starting noise (Home)</source>
        <translation>Pas 0 : le bruit de départ (Origine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step back (Left)</source>
        <translation>Un pas en arrière (Gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Play the denoising from here (Space)</source>
        <translation>Lire le débruitage à partir d&apos;ici (Espace)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>One step on (Right)</source>
        <translation>Un pas en avant (Droite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step: the image (End)</source>
        <translation>Le dernier pas : l&apos;image (Fin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag over the steps: noise on the left, the image on the right</source>
        <translation>Faites glisser sur les pas : le bruit à gauche, l&apos;image à droite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> steps/s</source>
        <translation> pas/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast Play goes through the steps</source>
        <translation>Vitesse à laquelle la lecture parcourt les pas</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingView</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingview.cpp" line="+36"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>Appuyez sur Échantillonner pour voir le bruit devenir une image, pas à pas.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Step %1 of %2</source>
        <translation>Pas %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  t = %1</source>
        <translation>  ·  t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = 0 (the image)</source>
        <translation>  ·  σ = 0 (l&apos;image)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1 (pure noise)</source>
        <translation>  ·  σ = %1 (bruit pur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1</source>
        <translation>  ·  σ = %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the noisy image</source>
        <translation>l&apos;image bruitée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the model&apos;s guess of the image</source>
        <translation>l&apos;estimation de l&apos;image par le modèle</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no guess yet: step 0 is the noise</source>
        <translation>pas encore d&apos;estimation : le pas 0 est le bruit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not computed yet</source>
        <translation>pas encore calculé</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>branched at %1</source>
        <translation>bifurqué à %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>x_t, the noisy image</source>
        <translation>x_t, l&apos;image bruitée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x̂₀, the model&apos;s guess of the clean image</source>
        <translation>x̂₀, l&apos;estimation de l&apos;image propre par le modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (t = %2): %3. Click to go there.</source>
        <translation>Pas %1 (t = %2) : %3. Cliquez pour y aller.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_t: the image the sampler holds at this step, noise and signal together</source>
        <translation>x_t : l&apos;image que l&apos;échantillonneur détient à ce pas, bruit et signal ensemble</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>x̂₀: what the model predicts the finished image to be, seen from this step</source>
        <translation>x̂₀ : ce que le modèle prédit pour l&apos;image finale, vu depuis ce pas</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionLab</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusionlab.cpp" line="+53"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>pas encore chargé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the model that comes with the studio (%1)</source>
        <translation>Revenir au modèle fourni avec le studio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load…</source>
        <translation>Charger…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a diffusion model&apos;s checkpoint folder (config.json and its weights), e.g. one trained on the Train page</source>
        <translation>Ouvrir le dossier de checkpoint d&apos;un modèle de diffusion (config.json et ses poids), par exemple un modèle entraîné sur la page Entraîner</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Forward process</source>
        <translation>Processus direct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Échantillonner</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Toy 2-D</source>
        <translation>Jouet 2-D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN vs diffusion</source>
        <translation>GAN contre diffusion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train or pause</source>
        <translation>Entraîner ou mettre en pause</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Diffusion</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noise an image step by step, train a denoising UNet, sample with every step kept, scrubbed and branched; GAN vs diffusion</source>
        <translation>Bruiter une image pas à pas, entraîner un UNet de débruitage, échantillonner en gardant chaque pas, le parcourir et bifurquer ; GAN contre diffusion</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the shipped model (%1)</source>
        <translation>le modèle fourni (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A diffusion model&apos;s checkpoint folder (config.json and its weights)</source>
        <translation>Le dossier de checkpoint d&apos;un modèle de diffusion (config.json et ses poids)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>Le labo garde %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: load a checkpoint folder, or train one on the Train page.</source>
        <translation>Aucun modèle n&apos;est chargé : chargez un dossier de checkpoint, ou entraînez-en un sur la page Entraîner.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>Le dossier de modèle du projet %1 n&apos;existe plus ; le labo garde %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>Le dossier de modèle du projet %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>Impossible d&apos;ouvrir la recette %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was made by the %1 lab, not this one</source>
        <translation>il a été créé par le labo %1, pas par celui-ci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of %1 is set up on the Train page: press Train to run it again</source>
        <translation>L&apos;exécution de %1 est configurée sur la page Entraîner : appuyez sur Entraîner pour la relancer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>le dossier de modèle avec lequel il a été créé, %1, n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1 for the recipe %2…</source>
        <translation>Chargement de %1 pour la recette %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Sample page cannot make a “%1” output</source>
        <translation>la page Échantillonner ne peut pas produire un résultat « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careful: %1 was made with other weights than this model&apos;s, so the images may differ</source>
        <translation>Attention : %1 a été créé avec d&apos;autres poids que ceux de ce modèle, les images peuvent donc différer</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionTrainPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusiontrainpanel.cpp" line="+78"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Conditionné par la classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is told which class it denoises (the data set&apos;s labels; a folder&apos;s subfolders are its classes), so sampling can ask for a class and use guidance. The sample grid then has one column per class.</source>
        <translation>On indique au réseau quelle classe il débruite (les étiquettes du jeu de données ; les sous-dossiers d&apos;un dossier sont ses classes), donc l&apos;échantillonnage peut demander une classe et utiliser le guidage. La grille d&apos;échantillons a alors une colonne par classe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of labels replaced by “no class” while training, so the same network also learns the unconditional prediction that classifier-free guidance needs; default %1</source>
        <translation>Part des étiquettes remplacées par « aucune classe » pendant l&apos;entraînement, pour que le même réseau apprenne aussi la prédiction non conditionnelle dont le guidage sans classifieur a besoin ; par défaut %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class dropout</source>
        <translation>Abandon de classe</translation>
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
        <translation>28 à %1 px sur ce GPU : un multiple de 4 en dessous de 48, de 8 à partir de 48, de 16 à partir de 80</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>28 to %1 px: a multiple of 4 below 48, of 8 from 48 (a GPU trains up to %2 px)</source>
        <translation>28 à %1 px : un multiple de 4 en dessous de 48, de 8 à partir de 48 (un GPU entraîne jusqu&apos;à %2 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 canaux ; gris sinon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of the first level (a multiple of 8); the lower levels have twice as many</source>
        <translation>Canaux du premier niveau (un multiple de 8) ; les niveaux inférieurs en ont deux fois plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-attention at the lowest resolution: every position sees the whole image</source>
        <translation>Auto-attention à la plus basse résolution : chaque position voit toute l&apos;image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual blocks (group norm, time embedding) per level on the way down</source>
        <translation>Blocs résiduels (group norm, plongement temporel) par niveau à la descente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicts ε</source>
        <translation>prédit ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicts v</source>
        <translation>prédit v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network outputs: the noise ε (DDPM), or v = √ᾱ·ε − √(1−ᾱ)·x₀, which stays well scaled at high noise</source>
        <translation>Ce que produit le réseau : le bruit ε (DDPM), ou v = √ᾱ·ε − √(1−ᾱ)·x₀, qui reste bien à l&apos;échelle à fort bruit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res blocks</source>
        <translation>Blocs rés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>sigmoïde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast ᾱ(t) falls from 1 to 0; the Forward process page plots all three</source>
        <translation>À quelle vitesse ᾱ(t) tombe de 1 à 0 ; la page Processus direct trace les trois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T </source>
        <translation>T </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Pas de temps de l&apos;image propre au bruit pur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Échantillons tous les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss by t every</source>
        <translation>Perte par t tous les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of the loss at each noise level (%1 held-out images at fixed noise): the heat map&apos;s columns; default %2</source>
        <translation>Pas entre les mesures de la perte à chaque niveau de bruit (%1 images réservées à bruit fixe) : les colonnes de la carte de chaleur ; par défaut %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampled weights are a moving average of the trained ones: ema = decay·ema + (1 − decay)·w; default %1</source>
        <translation>Les poids échantillonnés sont une moyenne mobile des poids entraînés : ema = decay·ema + (1 − decay)·w ; par défaut %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DDIM steps of the preview samples (one fixed seed); default %1</source>
        <translation>Pas DDIM des échantillons d&apos;aperçu (une graine fixe) ; par défaut %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DDIM steps</source>
        <translation> pas DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA decay</source>
        <translation>Décroissance EMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previews with</source>
        <translation>Aperçus avec</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the lab: sample it on the Sample page</source>
        <translation>Charger le dernier checkpoint dans le labo : l&apos;échantillonner sur la page Échantillonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the lab</source>
        <translation>l&apos;utiliser dans le labo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>cochez « Reprendre » pour continuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (mean squared error)</source>
        <translation>perte (erreur quadratique moyenne)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>gradient norm</source>
        <translation>norme du gradient</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>perte sur données réservées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise denoised by the EMA weights at the step picked below.</source>
        <translation>Le même bruit débruité par les poids EMA au pas choisi ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s samples appear every few steps while training runs</source>
        <translation>Les échantillons du modèle apparaissent tous les quelques pas pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done: %1 steps, loss %2, %3 steps/s. Saved in %4. Press “Use this model” to sample it.</source>
        <translation>Terminé : %1 pas, perte %2, %3 pas/s. Enregistré dans %4. Appuyez sur « Utiliser ce modèle » pour l&apos;échantillonner.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a data set and press Train. The loss, the loss at each noise level and the model&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Choisissez un jeu de données et appuyez sur Entraîner. La perte, la perte à chaque niveau de bruit et les échantillons du modèle apparaissent au fil de l&apos;exécution ; mettez en pause, avancez d&apos;un pas et arrêtez ici ou dans le panneau Tâches.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>A class-conditional model needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Un modèle conditionné par la classe a besoin de classes : ce dossier n&apos;a pas de sous-dossiers d&apos;images. Décochez « Conditionné par la classe » ou choisissez un dossier avec un sous-dossier par classe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The batch of %1 does not split evenly over %2 processes: choose a batch that is a multiple of %2.</source>
        <translation>Le lot de %1 ne se répartit pas également sur %2 processus : choisissez un lot qui soit un multiple de %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ForwardView</name>
    <message>
        <location filename="../widgets/diffusionlab/forwardview.cpp" line="+54"/>
        <source>linear</source>
        <translation>linéaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid</source>
        <translation>sigmoïde</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+273"/>
        <source>Your image file</source>
        <translation>Votre fichier image</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which image of the data set</source>
        <translation>Quelle image du jeu de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise an image of your own (PNG, JPEG, …); it is brought to at most 64 px</source>
        <translation>Bruiter une image à vous (PNG, JPEG, …) ; elle est ramenée à 64 px au plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Planning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How fast the image is drowned: linear (DDPM), cosine (improved DDPM) or sigmoid</source>
        <translation>À quelle vitesse l&apos;image est noyée : linéaire (DDPM), cosinus (DDPM amélioré) ou sigmoïde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Pas de temps de l&apos;image propre au bruit pur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The noise drawn; the same seed draws the same noise</source>
        <translation>Le bruit tiré ; la même graine tire le même bruit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timestep t</source>
        <translation>Pas de temps t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the clean image; T: pure noise</source>
        <translation>0 : l&apos;image propre ; T : bruit pur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image and its noised versions appear here</source>
        <translation>L&apos;image et ses versions bruitées apparaissent ici</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timestep t</source>
        <translation>pas de temps t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ᾱ(t), the signal&apos;s share (solid)</source>
        <translation>ᾱ(t), la part du signal (trait plein)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR ᾱ/(1−ᾱ), log scale (dashed)</source>
        <translation>RSB ᾱ/(1−ᾱ), échelle log (tirets)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+349"/>
        <source>%1 schedule</source>
        <translation>planning %1</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Drag t and watch the digit drown: by t = T nothing of x₀ is left (ᾱ ≈ 0) and x_t is pure noise, which is where sampling starts. Compare the schedules: cosine keeps the image longer than linear, whose ᾱ is nearly 0 for the last third of the steps.</source>
        <translation>Faites glisser t et regardez le chiffre se noyer : à t = T il ne reste rien de x₀ (ᾱ ≈ 0) et x_t est du bruit pur, là où l&apos;échantillonnage commence. Comparez les plannings : cosinus garde l&apos;image plus longtemps que linéaire, dont le ᾱ est presque 0 pendant le dernier tiers des pas.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>An image to noise</source>
        <translation>Une image à bruiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File: %1</source>
        <translation>Fichier : %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>x₀ (clean)</source>
        <translation>x₀ (propre)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, one draw</source>
        <translation>x_t, un seul tirage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, %1 single steps</source>
        <translation>x_t, %1 pas simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε, the noise added</source>
        <translation>ε, le bruit ajouté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image as the data set has it, in [0, 1]; the model sees it in [−1, 1]</source>
        <translation>L&apos;image telle que le jeu de données la contient, dans [0, 1] ; le modèle la voit dans [−1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in one draw (the closed form) at t = %1</source>
        <translation>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε en un seul tirage (la forme close) à t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s for s = 1 … %1, a fresh ε_s each step</source>
        <translation>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s pour s = 1 … %1, un nouvel ε_s à chaque pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ε of the one-draw x_t, drawn from N(0, 1): black is −3, grey 0, white +3</source>
        <translation>Le ε du x_t en un tirage, tiré de N(0, 1) : le noir vaut −3, le gris 0, le blanc +3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1%)</source>
        <translation>(%1 %)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What was added&lt;/b&gt;: the residual x_t − √ᾱ·x₀ over all %1 values</source>
        <translation>&lt;b&gt;Ce qui a été ajouté&lt;/b&gt; : le résidu x_t − √ᾱ·x₀ sur l&apos;ensemble des %1 valeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;mean&lt;/i&gt;</source>
        <translation>&lt;i&gt;moyenne&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;std&lt;/i&gt;</source>
        <translation>&lt;i&gt;écart-type&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one draw</source>
        <translation>un tirage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single steps</source>
        <translation>%1 pas simples</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theory</source>
        <translation>théorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>= √(1−ᾱ)</source>
        <translation>= √(1−ᾱ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same distribution: %1 small steps of noise add up to one Gaussian draw, which is why training can jump to any t at once.</source>
        <translation>La même distribution : %1 petits pas de bruit s&apos;additionnent en un seul tirage gaussien, c&apos;est pourquoi l&apos;entraînement peut sauter directement à n&apos;importe quel t.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the image was %1.</source>
        <translation>Remarque : l&apos;image était %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; of T = %2 (%3 schedule)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · noise √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; sur T = %2 (planning %3)&lt;br&gt;ᾱ(t) = %4 · RSB ᾱ/(1−ᾱ) = %5&lt;br&gt;signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · bruit √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 schedule (shown)</source>
        <translation>planning %1 (affiché)</translation>
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
        <translation>Images par mesure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples of each model compared with held-out real digits; more give steadier figures</source>
        <translation>Échantillons de chaque modèle comparés à des chiffres réels réservés ; davantage donne des chiffres plus stables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling steps</source>
        <translation>Pas d&apos;échantillonnage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diffusion model&apos;s step counts to measure (DDIM), separated by commas, 1 to %1</source>
        <translation>Les nombres de pas du modèle de diffusion à mesurer (DDIM), séparés par des virgules, de 1 à %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above 100 steps</source>
        <translation>au-delà de 100 pas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> images</source>
        <translation> images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer images for the step counts above 100, which take long</source>
        <translation>Moins d&apos;images pour les nombres de pas au-delà de 100, qui prennent du temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample both models and measure them against held-out digits with the same evaluator</source>
        <translation>Échantillonner les deux modèles et les mesurer par rapport à des chiffres réservés avec le même évaluateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Measure</source>
        <translation>Appuyez sur Mesurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modèle de diffusion&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sampling steps per image (log scale)</source>
        <translation>pas d&apos;échantillonnage par image (échelle log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Distance de Fréchet (plus bas est meilleur)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion model (DDIM)</source>
        <translation>modèle de diffusion (DDIM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAN (one pass)</source>
        <translation>GAN (une passe)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Measure: the diffusion model&apos;s quality against its steps,
with the GAN&apos;s one step as a point</source>
        <translation>Appuyez sur Mesurer : la qualité du modèle de diffusion selon ses pas,
avec le pas unique du GAN comme point</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fréchet ↓</source>
        <translation>Fréchet ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision ↑</source>
        <translation>Précision ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall ↑</source>
        <translation>Rappel ↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms / image</source>
        <translation>ms / image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance between the samples&apos; and real digits&apos; features (the classifier&apos;s): lower is closer</source>
        <translation>Distance de Fréchet entre les caractéristiques des échantillons et celles des chiffres réels (celles du classifieur) : plus bas est plus proche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of samples that look like some real digit (fidelity)</source>
        <translation>Part des échantillons qui ressemblent à un chiffre réel (fidélité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of real digits some sample looks like (diversity)</source>
        <translation>Part des chiffres réels auxquels ressemble un échantillon (diversité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes the classifier finds among the samples</source>
        <translation>Classes que le classifieur trouve parmi les échantillons</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each model gets something wrong: a GAN draws an image in one pass but its training is a game that can tip over or collapse onto a few digits; a diffusion model trains steadily but needs many network passes per image. Measure to see both in figures.</source>
        <translation>Chaque modèle a ses défauts : un GAN dessine une image en une passe mais son entraînement est une partie qui peut basculer ou s&apos;effondrer sur quelques chiffres ; un modèle de diffusion s&apos;entraîne régulièrement mais nécessite de nombreuses passes du réseau par image. Mesurez pour voir les deux en chiffres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the diffusion model…</source>
        <translation>En attente du modèle de diffusion…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Measure to compare %1 with the shipped GAN (a minute or more on a CPU).</source>
        <translation>Appuyez sur Mesurer pour comparer %1 au GAN fourni (une minute ou plus sur un CPU).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a step count: give whole numbers from 1 to %2, separated by commas.</source>
        <translation>« %1 » n&apos;est pas un nombre de pas : donnez des nombres entiers de 1 à %2, séparés par des virgules.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give at least one step count, e.g. 5, 10, 20, 50.</source>
        <translation>Donnez au moins un nombre de pas, par exemple 5, 10, 20, 50.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No diffusion model is loaded yet: load one above (or wait for the shipped one).</source>
        <translation>Aucun modèle de diffusion n&apos;est encore chargé : chargez-en un ci-dessus (ou attendez le modèle fourni).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled; the figures shown (if any) are from the last measurement.</source>
        <translation>Annulé ; les chiffres affichés (s&apos;il y en a) viennent de la dernière mesure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>La mesure a échoué : %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;GAN&lt;/b&gt; (%1): one pass of the generator per image</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt; (%1) : une passe du générateur par image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt; (%1): many passes of the network per image</source>
        <translation>&lt;b&gt;Modèle de diffusion&lt;/b&gt; (%1) : de nombreuses passes du réseau par image</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured %1 GAN images and the diffusion model at %2 step counts.</source>
        <translation>%1 images du GAN et le modèle de diffusion à %2 nombres de pas mesurés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GAN: %1</source>
        <translation>GAN : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;: one pass of the generator per image (%1 ms), Fréchet distance %2, recall %3, %4 of %5 classes. What it gets wrong: its training is a game of two players that can tip over, and the generator can collapse onto a few digits: a low recall and missing classes are the sign. The GAN lab&apos;s &lt;i&gt;Train images&lt;/i&gt; page flags a collapse on its sample-quality plot.</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt; : une passe du générateur par image (%1 ms), distance de Fréchet %2, rappel %3, %4 classes sur %5. Ses défauts : son entraînement est une partie à deux joueurs qui peut basculer, et le générateur peut s&apos;effondrer sur quelques chiffres : un rappel bas et des classes manquantes en sont le signe. La page &lt;i&gt;Entraîner sur images&lt;/i&gt; du labo GAN signale un effondrement sur son graphique de qualité des échantillons.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here it misses %1 of the %2 classes.</source>
        <translation>Ici, il manque %1 des %2 classes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Diffusion&lt;/b&gt;: its best Fréchet distance here is %1, at %2 steps, and every step is a pass of the network: %3 ms per image</source>
        <translation>&lt;b&gt;Diffusion&lt;/b&gt; : sa meilleure distance de Fréchet ici est %1, à %2 pas, et chaque pas est une passe du réseau : %3 ms par image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 times the GAN&apos;s</source>
        <translation>, %1 fois celle du GAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1 steps it is faster but scores %2 (the chart&apos;s left end).</source>
        <translation>Avec %1 pas il est plus rapide mais obtient %2 (l&apos;extrémité gauche du graphique).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it gets wrong: sampling is slow; quality comes with many steps per image, as the chart shows.</source>
        <translation>Ses défauts : l&apos;échantillonnage est lent ; la qualité vient avec de nombreux pas par image, comme le montre le graphique.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It beats the GAN&apos;s Fréchet distance from %1 steps on.</source>
        <translation>Il bat la distance de Fréchet du GAN à partir de %1 pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not reach the GAN&apos;s Fréchet distance at any step count measured here.</source>
        <translation>Il n&apos;atteint la distance de Fréchet du GAN à aucun des nombres de pas mesurés ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per training step: GAN %1 ms, diffusion %2 ms.</source>
        <translation>Par pas d&apos;entraînement : GAN %1 ms, diffusion %2 ms.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::LossTimestepMap</name>
    <message>
        <location filename="../widgets/diffusionlab/losstimestepmap.cpp" line="+27"/>
        <source>&lt;b&gt;Loss by noise level&lt;/b&gt; — the same held-out images at the same noise, every evaluation: which noise levels the network learns first</source>
        <translation>&lt;b&gt;Perte par niveau de bruit&lt;/b&gt; — les mêmes images réservées au même bruit, à chaque évaluation : quels niveaux de bruit le réseau apprend en premier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timestep t (0 clean … T noise)</source>
        <translation>pas de temps t (0 propre … T bruit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loss (log)</source>
        <translation>perte (log)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A column appears at every evaluation while training runs</source>
        <translation>Une colonne apparaît à chaque évaluation pendant l&apos;entraînement</translation>
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
        <translation>Chaque pas tire un nouveau bruit, comme le fait le processus inverse appris ; nécessite de nombreux pas (en sautant sur T avec peu de pas, il reste bruité)</translation>
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
        <translation>Déterministe à η 0 : le même bruit donne toujours la même image ; bon en 20 à 50 pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second-order solver of the same ODE as DDIM: good images in 10-20 steps</source>
        <translation>Un solveur du second ordre de la même EDO que DDIM : de bonnes images en 10 à 20 pas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifier-free guidance w: each step uses ε_none + w·(ε_class − ε_none). 1 is the class prediction alone, 0 ignores the class; larger w gives more typical, bolder digits and less variety, too large burns them out. 0 to %1.</source>
        <translation>Guidage sans classifieur w : chaque pas utilise ε_none + w·(ε_class − ε_none). 1 est la prédiction de classe seule, 0 ignore la classe ; un w plus grand donne des chiffres plus typiques et plus marqués et moins de variété, trop grand les brûle. 0 à %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η de DDIM : 0 est déterministe, 1 tire autant de bruit nouveau par pas que DDPM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seed draws the starting noise (and DDPM&apos;s noise on the way): the same seed and settings give the same image</source>
        <translation>La graine tire le bruit de départ (et le bruit de DDPM en cours de route) : la même graine et les mêmes réglages donnent la même image</translation>
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
        <translation>Branches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel</source>
        <translation>Voyage entre graines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch the run from the step shown with another guidance, sampler, seed or class</source>
        <translation>Faire bifurquer l&apos;exécution depuis le pas affiché avec un autre guidage, échantillonneur, graine ou classe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four runs of one seed side by side, over one scrubber, with their times</source>
        <translation>Deux à quatre exécutions d&apos;une même graine côte à côte, sur un seul curseur de parcours, avec leurs durées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From one seed&apos;s noise to another&apos;s (and one class to another), denoised frame by frame</source>
        <translation>Du bruit d&apos;une graine à celui d&apos;une autre (et d&apos;une classe à une autre), débruité image par image</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Play or stop the run</source>
        <translation>Lancer ou arrêter l&apos;exécution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step back</source>
        <translation>Un pas en arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step on</source>
        <translation>Un pas en avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the noise (first step)</source>
        <translation>Afficher le bruit (premier pas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the image (last step)</source>
        <translation>Afficher l&apos;image (dernier pas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the model…</source>
        <translation>En attente du modèle…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+104"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
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
        <translation>Pas de débruitage, régulièrement espacés sur les T pas de temps du modèle. DDIM et DPM-Solver font de bonnes images en peu de pas ; DDPM en nécessite beaucoup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random seed, and sample</source>
        <translation>Une graine aléatoire, puis échantillonner</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The class the model is asked for; none: its unconditional prediction</source>
        <translation>La classe demandée au modèle ; aucune : sa prédiction non conditionnelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+86"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export the steps</source>
        <translation>Exporter les pas</translation>
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
        <translation>Bande PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the run shown, x_t over x̂₀, with the recipe that makes it again (beside a GIF or MP4, inside a PNG)</source>
        <translation>Chaque pas de l&apos;exécution affichée, x_t au-dessus de x̂₀, avec la recette qui la refait (à côté d&apos;un GIF ou d&apos;un MP4, dans un PNG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; is what the sampler holds: pure noise at step 0, the image at the last step. &lt;b&gt;x̂₀&lt;/b&gt; is the model&apos;s guess, at that step, of the finished image: a blurry average early on, sharp at the end.&lt;/p&gt;&lt;p&gt;Scrub back to a step and &lt;b&gt;branch&lt;/b&gt;: the steps before it are kept, the rest run again with new settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; est ce que détient l&apos;échantillonneur : du bruit pur au pas 0, l&apos;image au dernier pas. &lt;b&gt;x̂₀&lt;/b&gt; est l&apos;estimation par le modèle, à ce pas, de l&apos;image finale : une moyenne floue au début, nette à la fin.&lt;/p&gt;&lt;p&gt;Revenez à un pas et &lt;b&gt;bifurquez&lt;/b&gt; : les pas précédents sont conservés, les autres sont relancés avec de nouveaux réglages.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The seed of the noise the remaining steps draw (DDPM, DDIM with η &gt; 0); the starting noise stays the run&apos;s</source>
        <translation>La graine du bruit que tirent les pas restants (DDPM, DDIM avec η &gt; 0) ; le bruit de départ reste celui de l&apos;exécution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch</source>
        <translation>Bifurquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the remaining steps from the step shown with these settings; the steps up to it are kept, not computed again</source>
        <translation>Exécuter les pas restants depuis le pas affiché avec ces réglages ; les pas jusqu&apos;à celui-ci sont conservés, pas recalculés</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>none (unconditional)</source>
        <translation>aucune (non conditionnel)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(non conditionné par la classe)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>Appuyez sur Échantillonner pour voir le bruit devenir une image, pas à pas.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Sample</source>
        <translation>Échantillonner</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Stop the runs under way (what they made so far stays)</source>
        <translation>Arrêter les exécutions en cours (ce qu&apos;elles ont produit jusqu&apos;ici reste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoise from the seed&apos;s noise with these settings</source>
        <translation>Débruiter depuis le bruit de la graine avec ces réglages</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n&apos;est encore chargé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sampling: %1…</source>
        <translation>Échantillonnage : %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>made by an earlier model</source>
        <translation>créé par un modèle antérieur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sampled in %1 s: %2 steps, %3 ms a step. Scrub, play, or branch from a step.</source>
        <translation>Échantillonné en %1 s : %2 pas, %3 ms par pas. Parcourez, lisez ou bifurquez depuis un pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch %1 done in %2 s (steps %3-%4 computed, 0-%5 shared).</source>
        <translation>Branche %1 terminée en %2 s (pas %3-%4 calculés, 0-%5 partagés).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l&apos;échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at step %1 of %2.</source>
        <translation>Arrêté au pas %1 sur %2.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The path appears when the run has finished</source>
        <translation>Le chemin apparaît quand l&apos;exécution est terminée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample first, then branch from one of its steps.</source>
        <translation>Échantillonnez d&apos;abord, puis bifurquez depuis l&apos;un de ses pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the run has finished to branch from it.</source>
        <translation>Attendez la fin de l&apos;exécution pour bifurquer depuis celle-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch from a step between 0 and %1: scrub back to it first.</source>
        <translation>Bifurquez depuis un pas entre 0 et %1 : revenez d&apos;abord à celui-ci.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Branch %1 from step %2: %3…</source>
        <translation>Branche %1 depuis le pas %2 : %3…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>branch of %1 from step %2: %3</source>
        <translation>branche de %1 depuis le pas %2 : %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sample</source>
        <translation>l&apos;échantillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch %1</source>
        <translation>branche %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Branch %1 · step %2</source>
        <translation>Branche %1 · pas %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1 · %2 of %3</source>
        <translation>Branche %1 · %2 sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · w %1</source>
        <translation> · w %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · class %1</source>
        <translation> · classe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · step %2/%3…</source>
        <translation>graine %1 · pas %2/%3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · %2 s</source>
        <translation>graine %1 · %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sample first; then scrub to a step and branch from it.</source>
        <translation>Échantillonnez d&apos;abord ; puis allez à un pas et bifurquez depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branching needs the finished run: wait for it, or pick a finished one on the right.</source>
        <translation>Bifurquer nécessite l&apos;exécution terminée : attendez-la, ou choisissez une exécution terminée à droite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrub back to an earlier step to branch from it (step %1 is the finished image).</source>
        <translation>Revenez à un pas antérieur pour bifurquer depuis celui-ci (le pas %1 est l&apos;image finale).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 of %2 (t = %3): steps 0-%1 are kept, steps %4-%2 run again with:</source>
        <translation>Depuis le pas %1 sur %2 (t = %3) : les pas 0-%1 sont conservés, les pas %4-%2 sont relancés avec :</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1 : choisissez un fichier .gif, .mp4 ou .png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: wait for the run to finish.</source>
        <translation>Rien à exporter pour l&apos;instant : attendez la fin de l&apos;exécution.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 écrit avec sa recette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Impossible d&apos;exporter : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the denoising steps</source>
        <translation>Exporter les pas de débruitage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>From a recipe: %1.</source>
        <translation>Depuis une recette : %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From a recipe: the sample, then %n branch(es) from it.</source>
        <translation>
            <numerusform>Depuis une recette : l&apos;échantillon, puis %n branche issue de celui-ci.</numerusform>
            <numerusform>Depuis une recette : l&apos;échantillon, puis %n branches issues de celui-ci.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ScheduleStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/schedulestrip.cpp" line="+31"/>
        <source>σ_t: the noise in x_t relative to the signal (log scale); ᾱ_t: the share of the image left at t. Click to go to a step.</source>
        <translation>σ_t : le bruit dans x_t relativement au signal (échelle log) ; ᾱ_t : la part de l&apos;image restant à t. Cliquez pour aller à un pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>pas</translation>
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
        <translation>Graines</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points on the way, the two seeds included</source>
        <translation>Points sur le chemin, les deux graines comprises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM steps per frame (η 0: deterministic, so neighbouring noises give neighbouring images)</source>
        <translation>Pas DDIM par image (η 0 : déterministe, donc des bruits voisins donnent des images voisines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM steps</source>
        <translation>Pas DDIM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance</source>
        <translation>Guidage</translation>
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
        <translation>Bande PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the frames with their recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Écrit les images avec leur recette (à côté d&apos;un GIF ou d&apos;un MP4, dans un PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel: the starting noise moves along the sphere from one seed&apos;s noise to the other&apos;s (slerp), and each point is denoised the same way.</source>
        <translation>Voyage entre graines : le bruit de départ se déplace le long de la sphère du bruit d&apos;une graine à celui de l&apos;autre (slerp), et chaque point est débruité de la même façon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Travel to make the frames</source>
        <translation>Appuyez sur Voyager pour produire les images</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not class-conditional)</source>
        <translation>(non conditionné par la classe)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>la même</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No model is loaded yet.</source>
        <translation>Aucun modèle n&apos;est encore chargé.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Denoising %n frames…</source>
        <translation>
            <numerusform>Débruitage de %n image…</numerusform>
            <numerusform>Débruitage de %n images…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising the frames… %1%</source>
        <translation>Débruitage des images… %1 %</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no class</source>
        <translation>aucune classe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>class %1</source>
        <translation>classe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames from seed %2 (%3) to seed %4 (%5). Play them with ▶ above the strip, or export.</source>
        <translation>%1 images de la graine %2 (%3) à la graine %4 (%5). Lisez-les avec ▶ au-dessus de la bande, ou exportez-les.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel failed: %1</source>
        <translation>Échec du voyage entre graines : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel stopped.</source>
        <translation>Voyage entre graines arrêté.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the seed travel</source>
        <translation>Exporter le voyage entre graines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1 : choisissez un fichier .gif, .mp4 ou .png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: press Travel first.</source>
        <translation>Rien à exporter pour l&apos;instant : appuyez d&apos;abord sur Voyager.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 écrit avec sa recette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Impossible d&apos;exporter : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel</source>
        <translation>Voyager</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyDiffusionPage</name>
    <message>
        <location filename="../widgets/diffusionlab/toydiffusionpage.cpp" line="+115"/>
        <location line="+297"/>
        <source>Creating the toy model…</source>
        <translation>Création du modèle jouet…</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Drag over the sampling run&apos;s steps: the starting noise on the left, the samples on the right</source>
        <translation>Faites glisser sur les pas de l&apos;échantillonnage : le bruit de départ à gauche, les échantillons à droite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss (this batch)</source>
        <translation>perte (ce lot)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>perte sur données réservées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noise-prediction error |ε̂ − ε|²</source>
        <translation>erreur de prédiction du bruit |ε̂ − ε|²</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The toy model is created when the page is first shown.</source>
        <translation>Le modèle jouet est créé lors du premier affichage de la page.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data and model</source>
        <translation>Données et modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change here starts a new, untrained model.</source>
        <translation>Une modification ici démarre un nouveau modèle non entraîné.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Anneau de 8 gaussiennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Grille de 25 gaussiennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 2-D distribution the model learns (the GAN lab&apos;s toys)</source>
        <translation>La distribution 2-D que le modèle apprend (les jouets du labo GAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>Linéaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>Cosinus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>Sigmoïde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the forward process drowns the data in noise: the share of the data left at step t (ᾱ_t) falls along a straight β ramp, a cosine or a sigmoid</source>
        <translation>À quelle vitesse le processus direct noie les données dans le bruit : la part des données restant au pas t (ᾱ_t) décroît selon une rampe de β droite, un cosinus ou une sigmoïde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise schedule</source>
        <translation>Planning de bruit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T: the forward process&apos;s steps from the data (t = 0) to pure noise (t = T)</source>
        <translation>T : les pas du processus direct depuis les données (t = 0) jusqu&apos;au bruit pur (t = T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps T</source>
        <translation>Pas de temps T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The initial weights and the batches: the same seed trains the same model</source>
        <translation>Les poids initiaux et les lots : la même graine entraîne le même modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New model</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from untrained weights</source>
        <translation>Repartir de poids non entraînés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps of one training run (default %1); Train after a run ends trains as many more</source>
        <translation>Pas d&apos;une exécution d&apos;entraînement (par défaut %1) ; Entraîner après la fin d&apos;une exécution en entraîne autant de plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+557"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Train or pause; the plane and the curves follow as it learns</source>
        <translation>Entraîner ou mettre en pause ; le plan et les courbes suivent l&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling (the reverse process)</source>
        <translation>Échantillonnage (le processus inverse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM (ancestral)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step adds fresh noise, as the reverse of training&apos;s process: the points jitter on their way</source>
        <translation>Chaque pas ajoute un nouveau bruit, comme l&apos;inverse du processus d&apos;entraînement : les points tremblent en chemin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterministic at η 0: every point follows a smooth path</source>
        <translation>Déterministe à η 0 : chaque point suit un chemin lisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order solver of DDIM&apos;s path: good in 10-20 steps</source>
        <translation>Un solveur du second ordre du chemin de DDIM : bon en 10 à 20 pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampler</source>
        <translation>Échantillonneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η de DDIM : 0 est déterministe, 1 tire autant de bruit nouveau par pas que DDPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising steps, evenly spread over T (at most T)</source>
        <translation>Pas de débruitage, répartis régulièrement sur T (au plus T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points drawn from noise (every step of each is kept)</source>
        <translation>Points tirés du bruit (chaque pas de chacun est conservé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starting noise (and DDPM&apos;s noise on the way): the same seed gives the same points</source>
        <translation>Le bruit de départ (et le bruit de DDPM en cours de route) : la même graine donne les mêmes points</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+518"/>
        <source>Sample</source>
        <translation>Échantillonner</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Run the reverse process from fresh noise and play it</source>
        <translation>Exécuter le processus inverse depuis un nouveau bruit et le lire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data points</source>
        <translation>Points de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The toy&apos;s own points, faint</source>
        <translation>Les propres points du jouet, en pâle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled points</source>
        <translation>Points échantillonnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s points at the step shown</source>
        <translation>Les points de l&apos;exécution au pas affiché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (−ε̂)</source>
        <translation>Flèches (−ε̂)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−ε̂ at the step&apos;s t on a grid: the way denoising moves a point there</source>
        <translation>−ε̂ au t du pas sur une grille : la direction dans laquelle le débruitage y déplace un point</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The way %1 of the points came from the noise</source>
        <translation>Le chemin par lequel %1 des points sont venus du bruit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training adds noise to data points (more at larger t) and teaches a small network to guess that noise, ε̂. Sampling starts from pure noise and removes the guessed noise step by step. The arrows are −ε̂ at the slider&apos;s t: near t = T they all point inwards, near t = 0 to the nearest part of the data.</source>
        <translation>L&apos;entraînement ajoute du bruit aux points de données (davantage pour un t plus grand) et apprend à un petit réseau à deviner ce bruit, ε̂. L&apos;échantillonnage part du bruit pur et retire le bruit deviné pas à pas. Les flèches sont −ε̂ au t du curseur : près de t = T elles pointent toutes vers l&apos;intérieur, près de t = 0 vers la partie la plus proche des données.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The model could not be created: %1</source>
        <translation>Impossible de créer le modèle : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Creating a new model…</source>
        <translation>Création d&apos;un nouveau modèle…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>A new model (%1 parameters), untrained: press Train.</source>
        <translation>Un nouveau modèle (%1 paramètres), non entraîné : appuyez sur Entraîner.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Training stopped: %1</source>
        <translation>Entraînement arrêté : %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l&apos;échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling %1 points…</source>
        <translation>Échantillonnage de %1 points…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>step %1 of %2 · t = %3 of %4</source>
        <translation>pas %1 sur %2 · t = %3 sur %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · pure noise</source>
        <translation> · bruit pur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the samples</source>
        <translation> · les échantillons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points, %2 steps · step %3: t = %4, ᾱ_t = %5</source>
        <translation>%1 points, %2 pas · pas %3 : t = %4, ᾱ_t = %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · sampled at training step %1</source>
        <translation> · échantillonné au pas d&apos;entraînement %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned noise prediction at t = %1 of %2</source>
        <translation>prédiction de bruit apprise à t = %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample to run the reverse process; the slider then moves over its steps.</source>
        <translation>Échantillonnez pour exécuter le processus inverse ; le curseur parcourt alors ses pas.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No model yet.</source>
        <translation>Pas encore de modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · loss %1</source>
        <translation> · perte %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · held-out %1</source>
        <translation> · réservé %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: step %1 of %2%3</source>
        <translation>Entraînement : pas %1 sur %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 pas/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrained: press Train.</source>
        <translation>Non entraîné : appuyez sur Entraîner.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained %1 steps%2.</source>
        <translation>Entraîné %1 pas%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at step %1 of %2%3.</source>
        <translation>En pause au pas %1 sur %2%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampled %1 points in %2 steps (%3 s).</source>
        <translation>%1 points échantillonnés en %2 pas (%3 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling…</source>
        <translation>Échantillonnage…</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyPlaneView</name>
    <message>
        <location filename="../widgets/diffusionlab/toyplaneview.cpp" line="+180"/>
        <source>data</source>
        <translation>données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>échantillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−ε̂: where denoising moves a point</source>
        <translation>−ε̂ : où le débruitage déplace un point</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/diffusionlab/trajectoryplot.cpp" line="+25"/>
        <source>&lt;b&gt;Trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trajectoire&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every x_t of the run as a point in the plane in which it moved most (its two principal axes): the sampler&apos;s path from noise to the image.</source>
        <translation>Chaque x_t de l&apos;exécution comme un point dans le plan où il a le plus bougé (ses deux axes principaux) : le chemin de l&apos;échantillonneur du bruit à l&apos;image.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>axis 1</source>
        <translation>axe 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis 2</source>
        <translation>axe 2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>noise</source>
        <translation>bruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The path appears when a run has finished</source>
        <translation>Le chemin apparaît quand une exécution est terminée</translation>
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
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <source>This process</source>
        <translation>Ce processus</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>%1 local processes</source>
        <translation>%1 processus locaux</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Data-parallel training: each process trains its share of every batch and the gradients are averaged, so the model is the one a single process would train. The batch must split evenly between them. The processes share this computer&apos;s cores: on a laptop this shows how training spreads over machines, not a speed-up.</source>
        <translation>Entraînement en parallèle de données : chaque processus entraîne sa part de chaque lot et les gradients sont moyennés, le modèle est donc celui qu&apos;un seul processus entraînerait. Le lot doit se répartir également entre eux. Les processus partagent les cœurs de cet ordinateur : sur un portable, cela montre comment l&apos;entraînement se répartit sur plusieurs machines, pas une accélération.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::CommonFields</name>
    <message>
        <location line="+42"/>
        <source>%1 (default %2)</source>
        <translation>%1 (par défaut %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer steps in all, counting those before a resume</source>
        <translation>Pas d&apos;optimisation au total, y compris ceux d&apos;avant une reprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples per optimizer step</source>
        <translation>Exemples par pas d&apos;optimisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak learning rate after the warm-up; a cosine brings it down to a tenth</source>
        <translation>Taux d&apos;apprentissage maximal après la montée ; un cosinus le ramène à un dixième</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s learning rate</source>
        <translation>Taux d&apos;apprentissage d&apos;Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights, batch order and previews: the same seed trains the same model</source>
        <translation>Poids initiaux, ordre des lots et aperçus : la même graine entraîne le même modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+8"/>
        <source> steps</source>
        <translation> pas</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Steps between previews (and one at the end); the step slider scrubs through them</source>
        <translation>Pas entre les aperçus (et un à la fin) ; le curseur de pas les parcourt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steps between estimates of the loss on held-out data (and one at the end)</source>
        <translation>Pas entre les estimations de la perte sur les données réservées (et une à la fin)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate every</source>
        <translation>Évaluer tous les</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at the end only</source>
        <translation>à la fin seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between checkpoints (and one at the end); a run that diverges keeps the last one</source>
        <translation>Pas entre les checkpoints (et un à la fin) ; une exécution qui diverge garde le dernier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkpoint every</source>
        <translation>Checkpoint tous les</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::DatasetField</name>
    <message>
        <location filename="../widgets/components/datasetfield.cpp" line="+23"/>
        <source>Image folder…</source>
        <translation>Dossier d&apos;images…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>Non disponible : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>Dossier : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick an image folder first.</source>
        <translation>Choisissez d&apos;abord un dossier d&apos;images.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A folder of images (subfolders become classes)</source>
        <translation>Un dossier d&apos;images (les sous-dossiers deviennent des classes)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::OutputField</name>
    <message>
        <location filename="../widgets/components/outputfield.cpp" line="+18"/>
        <source>Save in</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the model is saved</source>
        <translation>Où le modèle est enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the checkpoint in this folder</source>
        <translation>Reprendre le checkpoint de ce dossier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say where the model is saved.</source>
        <translation>Indiquez où le modèle est enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already holds a model. Tick “Resume” to continue it, or choose another folder.</source>
        <translation>%1 contient déjà un modèle. Cochez « Reprendre » pour le continuer, ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no checkpoint to resume.</source>
        <translation>%1 ne contient aucun checkpoint à reprendre.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::FeatureMapView</name>
    <message>
        <location filename="../widgets/ganlab/featuremapview.cpp" line="+232"/>
        <source>The feature map appears with the first preview of a run that has a classifier: real and generated images placed by what the classifier sees in them.</source>
        <translation>La carte des caractéristiques apparaît avec le premier aperçu d&apos;une exécution qui a un classifieur : images réelles et générées placées selon ce que le classifieur y voit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feature map at or before this step.</source>
        <translation>Aucune carte des caractéristiques à ce pas ou avant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature map at step %1</source>
        <translation>Carte des caractéristiques au pas %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Axes: the first two principal components of the %1</source>
        <translation>Axes : les deux premières composantes principales des %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D out</source>
        <translation>Sortie de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real</source>
        <translation>réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fake</source>
        <translation>faux</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>real images (%1)</source>
        <translation>images réelles (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generated, fixed noise (%1)</source>
        <translation>générées, bruit fixe (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where G&apos;s gradient pushes a fake</source>
        <translation>où le gradient de G pousse un faux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated image</source>
        <translation>Image générée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real image</source>
        <translation>Image réelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(x) = %1</source>
        <translation>D(x) = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s output: %1</source>
        <translation>Sortie de D : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for class %1</source>
        <translation>classe %1 demandée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labelled %1</source>
        <translation>étiquetée %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classifier: %1 (%2%)</source>
        <translation>classifieur : %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one step along G&apos;s push: D %1</source>
        <translation>un pas dans le sens de la poussée de G : D %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanLab</name>
    <message>
        <location filename="../widgets/ganlab/ganlab.cpp" line="+116"/>
        <source>2-D game</source>
        <translation>Partie 2-D</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&apos;s heat map</source>
        <translation>Carte de chaleur de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real</source>
        <translation>Réel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake</source>
        <translation>Faux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&apos;s gradients</source>
        <translation>Gradients de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold</source>
        <translation>Variété</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draw</source>
        <translation>Dessiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click on the plane to add a point, drag to spray a few, right-click to clear; the game keeps running until you use them</source>
        <translation>Cliquez sur le plan pour ajouter un point, faites glisser pour en pulvériser quelques-uns, clic droit pour effacer ; la partie continue jusqu&apos;à ce que vous les utilisiez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use drawn</source>
        <translation>Utiliser le dessin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new game whose real data are your points (at least %1)</source>
        <translation>Une nouvelle partie dont les données réelles sont vos points (au moins %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D loss</source>
        <translation>Perte de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>Perte de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>moyenne de D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>moyenne de D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s score</source>
        <translation>Score de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D gradient norm</source>
        <translation>Norme du gradient de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Norme du gradient de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL(real ‖ fake)</source>
        <translation>KL(réel ‖ faux)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm</source>
        <translation>norme du gradient</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train images</source>
        <translation>Entraîner sur images</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two players: a generator and a discriminator trained against each other, and how their game fails</source>
        <translation>Deux joueurs : un générateur et un discriminateur entraînés l&apos;un contre l&apos;autre, et comment leur partie échoue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own settings</source>
        <translation>Vos propres réglages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data and players (a change starts a new game)</source>
        <translation>Données et joueurs (une modification démarre une nouvelle partie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Anneau de 8 gaussiennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Grille de 25 gaussiennes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Spirale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn points</source>
        <translation>Points dessinés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own points: draw them on the plane</source>
        <translation>Vos propres points : dessinez-les sur le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>Gaussienne N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform U(-1, 1)</source>
        <translation>Uniforme U(-1, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>Bruit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise dimensions</source>
        <translation>Dimensions du bruit</translation>
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
        <translation> couches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> wide</source>
        <translation> de large</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator</source>
        <translation>Discriminateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The game (applies from the next step)</source>
        <translation>La partie (s&apos;applique à partir du pas suivant)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (saturante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-saturating</source>
        <translation>Non saturante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Moindres carrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wasserstein + gradient penalty</source>
        <translation>Wasserstein + pénalité de gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient penalty λ</source>
        <translation>Pénalité de gradient λ</translation>
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
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G optimizer, rate</source>
        <translation>Optimiseur de G, taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D optimizer, rate</source>
        <translation>Optimiseur de D, taux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator steps for every generator step</source>
        <translation>Pas du discriminateur pour chaque pas du générateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>Pas de D par pas de G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>Play</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>D step</source>
        <translation>Pas de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the discriminator only</source>
        <translation>Une mise à jour du discriminateur seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G step</source>
        <translation>Pas de G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the generator only</source>
        <translation>Une mise à jour du générateur seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full step</source>
        <translation>Pas complet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k discriminator updates, then one generator update</source>
        <translation>k mises à jour du discriminateur, puis une mise à jour du générateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>Ralenti</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own game: change anything; the loss, optimizers, rates and k apply from the next step.</source>
        <translation>Votre propre partie : modifiez ce que vous voulez ; la perte, les optimiseurs, les taux et k s&apos;appliquent à partir du pas suivant.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1

Press Play: the evidence shows within about %2 steps.</source>
        <translation>%1

Appuyez sur Lecture : l&apos;effet se voit en environ %2 pas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too few points to learn from: %1 drawn, at least %2 needed. Click or drag on the plane to add more, then press &quot;Use drawn&quot;. The game goes on with its previous data.</source>
        <translation>Trop peu de points pour apprendre : %1 dessinés, il en faut au moins %2. Cliquez ou faites glisser sur le plan pour en ajouter, puis appuyez sur « Utiliser le dessin ». La partie continue avec ses données précédentes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least %1 points</source>
        <translation>Dessinez au moins %1 points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new game on your %1 points: G draws from noise, D has never seen them.</source>
        <translation>Une nouvelle partie sur vos %1 points : G tire depuis le bruit, D ne les a jamais vus.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new game: G draws from noise, D has never seen the data.</source>
        <translation>Une nouvelle partie : G tire depuis le bruit, D n&apos;a jamais vu les données.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Step %1</source>
        <translation>Pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · modes covered: %1 of %2</source>
        <translation> · modes couverts : %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · KL %1 · JS %2 nats</source>
        <translation> · KL %1 · JS %2 nats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 pas/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Playing.</source>
        <translation>Lecture en cours.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused at step %1. Play, or step one player at a time.</source>
        <translation>En pause au pas %1. Lancez la lecture, ou faites avancer un joueur à la fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The game stopped: %1 The views show the last finite step; change the loss or lower a learning rate and press Play, or Reset.</source>
        <translation>La partie s&apos;est arrêtée : %1 Les vues montrent le dernier pas fini ; changez la perte ou baissez un taux d&apos;apprentissage et appuyez sur Lecture, ou Réinitialiser.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was made by the %2 lab, not this one</source>
        <translation>%1 a été créé par le labo %2, pas par celui-ci</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run of %1 is set up on the Train images page: press Train to run it again</source>
        <translation>L&apos;exécution de %1 est configurée sur la page Entraîner sur images : appuyez sur Entraîner pour la relancer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the recipe: %1</source>
        <translation>Impossible d&apos;ouvrir la recette : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanTrainPanel</name>
    <message>
        <location filename="../widgets/ganlab/gantrainpanel.cpp" line="+84"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Conditionné par la classe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G is told which class to draw and D which class it judges (the data set&apos;s labels; a folder&apos;s subfolders are its classes). The sample grid then has one column per class.</source>
        <translation>On indique à G quelle classe dessiner et à D quelle classe il juge (les étiquettes du jeu de données ; les sous-dossiers d&apos;un dossier sont ses classes). La grille d&apos;échantillons a alors une colonne par classe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 to 64 px: a multiple of 4 below 48, of 8 from 48</source>
        <translation>28 à 64 px : un multiple de 4 en dessous de 48, de 8 à partir de 48</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 canaux ; gris sinon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many random values G turns into an image</source>
        <translation>Combien de valeurs aléatoires G transforme en une image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise size</source>
        <translation>Taille du bruit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of D&apos;s first and G&apos;s last hidden layer; deeper layers double it</source>
        <translation>Canaux de la première couche cachée de D et de la dernière de G ; les couches plus profondes les doublent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectral norm in D</source>
        <translation>Norme spectrale dans D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides D&apos;s weights by their largest singular value: a smoother, less overconfident discriminator, so G keeps getting useful gradients</source>
        <translation>Divise les poids de D par leur plus grande valeur singulière : un discriminateur plus lisse, moins trop sûr de lui, pour que G continue de recevoir des gradients utiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Largeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Game</source>
        <translation>Partie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-saturating</source>
        <translation>Non saturante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (saturante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Moindres carrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D steps per G step</source>
        <translation>Pas de D par pas de G</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam&apos;s momentum for both players; DCGAN uses 0.5 (a lower value than usual steadies the game)</source>
        <translation>Le moment d&apos;Adam pour les deux joueurs ; DCGAN utilise 0,5 (une valeur plus basse que d&apos;habitude stabilise la partie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the squared gradients, for both players</source>
        <translation>La décroissance des gradients au carré d&apos;Adam, pour les deux joueurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1, β2</source>
        <translation>Adam β1, β2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Échantillons tous les</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality every</source>
        <translation>Qualité tous les</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of sample quality (%1 samples against held-out real images, with the digit classifier); default %2</source>
        <translation>Pas entre les mesures de la qualité des échantillons (%1 échantillons comparés à des images réelles réservées, avec le classifieur de chiffres) ; par défaut %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure sample quality</source>
        <translation>Mesurer la qualité des échantillons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped digit classifier was not found: no quality figures</source>
        <translation>Le classifieur de chiffres fourni est introuvable : pas de chiffres de qualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes covered, confidence, precision, recall, Fréchet distance and near duplicates, with the shipped digit classifier</source>
        <translation>Classes couvertes, confiance, précision, rappel, distance de Fréchet et quasi-doublons, avec le classifieur de chiffres fourni</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export evolution…</source>
        <translation>Exporter l&apos;évolution…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample grids recorded so far, step by step, as an animated GIF or an MP4 video (with its recipe beside it)</source>
        <translation>Les grilles d&apos;échantillons enregistrées jusqu&apos;ici, pas à pas, en GIF animé ou en vidéo MP4 (avec sa recette à côté)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore this generator</source>
        <translation>Explorer ce générateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the latest checkpoint in the generator explorer</source>
        <translation>Ouvrir le dernier checkpoint dans l&apos;explorateur de générateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explore it</source>
        <translation>l&apos;explorer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>cochez « Reprendre » pour continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>generator step</source>
        <translation>pas du générateur</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loss / D&apos;s score</source>
        <translation>perte / score de D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradient norm</source>
        <translation>norme du gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D loss</source>
        <translation>Perte de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>Perte de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>moyenne de D(x)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>moyenne de D(G(z))</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D gradient norm</source>
        <translation>Norme du gradient de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Norme du gradient de G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Sample quality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qualité des échantillons&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every few hundred steps, on samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>toutes les quelques centaines de pas, sur des échantillons d&apos;un bruit fixe ; un effondrement est signalé quand la moitié des classes ou plus restent absentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fraction (0–1)</source>
        <translation>fraction (0–1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Fréchet distance</source>
        <translation>Distance de Fréchet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>classes covered</source>
        <translation>classes couvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>rappel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>précision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence</source>
        <translation>confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near duplicates</source>
        <translation>quasi-doublons</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise through G at the step picked below.</source>
        <translation>Le même bruit passé par G au pas choisi ci-dessous.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s samples appear every few steps while training runs</source>
        <translation>Les échantillons du générateur apparaissent tous les quelques pas pendant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature map</source>
        <translation>Carte des caractéristiques</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1 steps, D loss %2, G loss %3, D(x) %4, D(G(z)) %5, %6 steps/s. Saved in %7.</source>
        <translation>Terminé : %1 pas, perte de D %2, perte de G %3, D(x) %4, D(G(z)) %5, %6 pas/s. Enregistré dans %7.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mode collapse: %1.</source>
        <translation>Effondrement des modes : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick a data set and press Train. The losses, D&apos;s scores, the sample quality and the generator&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Choisissez un jeu de données et appuyez sur Entraîner. Les pertes, les scores de D, la qualité des échantillons et les échantillons du générateur apparaissent au fil de l&apos;exécution ; mettez en pause, avancez d&apos;un pas et arrêtez ici ou dans le panneau Tâches.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>A class-conditional GAN needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Un GAN conditionné par la classe a besoin de classes : ce dossier n&apos;a pas de sous-dossiers d&apos;images. Décochez « Conditionné par la classe » ou choisissez un dossier avec un sous-dossier par classe.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not measured in this run (“Measure sample quality” is off)</source>
        <translation>non mesuré dans cette exécution (« Mesurer la qualité des échantillons » est désactivé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 steps, %2 samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>tous les %1 pas, %2 échantillons d&apos;un bruit fixe ; un effondrement est signalé quand la moitié des classes ou plus restent absentes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>⚠ Mode collapse: %1.</source>
        <translation>⚠ Effondrement des modes : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode collapse (%1), %2.</source>
        <translation>Effondrement des modes (%1), %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>collapse</source>
        <translation>effondrement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> collapse since %1</source>
        <translation> effondrement depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> collapse %1–%2</source>
        <translation> effondrement %1–%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the evolution</source>
        <translation>Exporter l&apos;évolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animé (*.gif);;Vidéo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: the sample grids are recorded while training runs.</source>
        <translation>Rien à exporter pour l&apos;instant : les grilles d&apos;échantillons sont enregistrées pendant l&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the evolution as .gif or .mp4 (not %1).</source>
        <translation>Enregistrez l&apos;évolution en .gif ou en .mp4 (pas en %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the evolution (%1 grids) in %2, its recipe beside it.</source>
        <translation>Évolution (%1 grilles) enregistrée dans %2, avec sa recette à côté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evolution was not saved: %1</source>
        <translation>L&apos;évolution n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GeneratorExplorer</name>
    <message>
        <location filename="../widgets/ganlab/generatorexplorer.cpp" line="+75"/>
        <source>Generator</source>
        <translation>Générateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gan-digits (shipped)</source>
        <translation>gan-digits (fourni)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checkpoint folder written by the GAN lab&apos;s training or `genlab train gan`</source>
        <translation>Un dossier de checkpoint écrit par l&apos;entraînement du labo GAN ou par `genlab train gan`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed draws the same noise, so it gives the same images</source>
        <translation>La même graine tire le même bruit, elle donne donc les mêmes images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New seed</source>
        <translation>Nouvelle graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truncation trick: noise values beyond ±T are drawn again. Smaller T gives fewer, more typical images; none keeps the full variety.</source>
        <translation>L&apos;astuce de troncature : les valeurs de bruit au-delà de ±T sont tirées à nouveau. Un T plus petit donne des images moins variées, plus typiques ; aucune garde toute la variété.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncation</source>
        <translation>Troncature</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A class-conditional generator draws the class it is given</source>
        <translation>Un générateur conditionné par la classe dessine la classe qu&apos;on lui donne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Classe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpolation</source>
        <translation>Interpolation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeds</source>
        <translation>Graines</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Images</translation>
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
        <translation>Bande PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the strip with its recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Écrit la bande avec sa recette (à côté d&apos;un GIF ou d&apos;un MP4, dans un PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the generator…</source>
        <translation>Chargement du générateur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click two samples to interpolate between their noise vectors</source>
        <translation>Cliquez sur deux échantillons pour interpoler entre leurs vecteurs de bruit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick two seeds or click two samples</source>
        <translation>Choisissez deux graines ou cliquez sur deux échantillons</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A GAN checkpoint folder</source>
        <translation>Un dossier de checkpoint GAN</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the samples</source>
        <translation>Exporter les échantillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> Still using %1.</source>
        <translation> Utilise toujours %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2.%3</source>
        <translation>Impossible de charger %1 : %2.%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No generator: open a GAN checkpoint folder</source>
        <translation>Aucun générateur : ouvrez un dossier de checkpoint GAN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every class</source>
        <translation>toutes les classes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(non conditionné par la classe)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l&apos;échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 of seed %2: click to interpolate from or to it</source>
        <translation>N° %1 de la graine %2 : cliquez pour interpoler depuis ou vers celui-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 of seed %2, class %3: click to interpolate from or to it</source>
        <translation>N° %1 de la graine %2, classe %3 : cliquez pour interpoler depuis ou vers celui-ci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 samples of %2, seed %3%4. Click two of them to walk between their noise vectors.</source>
        <translation>%1 échantillons de %2, graine %3%4. Cliquez sur deux d&apos;entre eux pour cheminer entre leurs vecteurs de bruit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, truncation %1</source>
        <translation>, troncature %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interpolation failed: %1</source>
        <translation>Échec de l&apos;interpolation : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · every frame a %1 (the start&apos;s class)</source>
        <translation> · chaque image est un %1 (la classe de départ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · every frame a %1</source>
        <translation> · chaque image est un %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| midway %4 (draws: about %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; : %2%3 · |z| à mi-chemin %4 (tirages : environ %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a straight line, which cuts inside the noise&apos;s shell</source>
        <translation>une ligne droite, qui passe à l&apos;intérieur de la coquille du bruit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>along the sphere, where the generator&apos;s noise lives</source>
        <translation>le long de la sphère, où vit le bruit du générateur</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start: sample #%1. Click another sample for the end of the path.</source>
        <translation>Départ : échantillon n° %1. Cliquez sur un autre échantillon pour la fin du chemin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A path from sample #%1 to sample #%2. Click a sample to start another.</source>
        <translation>Un chemin de l&apos;échantillon n° %1 à l&apos;échantillon n° %2. Cliquez sur un échantillon pour en commencer un autre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seed %1</source>
        <translation>graine %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample #%1 of seed %2</source>
        <translation>échantillon n° %1 de la graine %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to… (click a second sample)</source>
        <translation>De %1 à… (cliquez sur un second échantillon)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2. Or click two samples in the grid.</source>
        <translation>De %1 à %2. Ou cliquez sur deux échantillons de la grille.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Export the path</source>
        <translation>Exporter le chemin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1 : choisissez un fichier .gif, .mp4 ou .png.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export yet: pick two seeds or click two samples.</source>
        <translation>Rien à exporter pour l&apos;instant : choisissez deux graines ou cliquez sur deux échantillons.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to export yet: the samples are still coming.</source>
        <translation>Rien à exporter pour l&apos;instant : les échantillons arrivent encore.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>%1 écrit avec sa recette.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>Impossible d&apos;exporter : %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>this page cannot redo “%1”</source>
        <translation>cette page ne peut pas refaire « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a recipe (%1 with %2).</source>
        <translation>Depuis une recette (%1 avec %2).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::ToyGanView</name>
    <message>
        <location filename="../widgets/ganlab/toyganview.cpp" line="+202"/>
        <source>Press Reset or Play to start the game</source>
        <translation>Appuyez sur Réinitialiser ou Lecture pour démarrer la partie</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Drawing · click adds, drag sprays, right-click clears · %1 points</source>
        <translation>Dessin · un clic ajoute, glisser pulvérise, clic droit efface · %1 points</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+167"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training</source>
        <translation>Arrêter l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume training</source>
        <translation>Mettre en pause ou reprendre l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One training step (while paused)</source>
        <translation>Un pas d&apos;entraînement (en pause)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::FirstRunTour</name>
    <message>
        <location filename="../widgets/help/firstruntour.cpp" line="+28"/>
        <source>Welcome to GenLab Studio</source>
        <translation>Bienvenue dans GenLab Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This short tour shows each lab in turn; the lab it speaks of is opened behind it, with its model already loading or loaded, so you can try things while you read.

- **%1** opens the help page of the lab you are in, **%2** lists every key.
- **%3** runs the main action of the page you see (Generate, Sample, Train, …), **%4** stops it.

Skip the tour whenever you like; Help &gt; Take the Tour brings it back.</source>
        <translation>Cette courte visite présente chaque labo à tour de rôle ; le labo dont elle parle est ouvert derrière elle, avec son modèle déjà en cours de chargement ou chargé, pour que vous puissiez essayer en lisant.

- **%1** ouvre la page d&apos;aide du labo où vous êtes, **%2** liste toutes les touches.
- **%3** lance l&apos;action principale de la page affichée (Générer, Échantillonner, Entraîner, …), **%4** l&apos;arrête.

Passez la visite quand vous voulez ; Aide &gt; Faire la visite guidée la fait revenir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>*The lab&apos;s help page, in English, says more: what the lab shows, the idea behind it and what to try first.*</source>
        <translation>*La page d&apos;aide du labo, en anglais, en dit plus : ce que montre le labo, l&apos;idée qui le sous-tend et quoi essayer d&apos;abord.*</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to try first</source>
        <translation>Quoi essayer d&apos;abord</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tour of GenLab Studio</source>
        <translation>Visite de GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skip the tour</source>
        <translation>Passer la visite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its help page</source>
        <translation>Ouvrir sa page d&apos;aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::HelpViewer</name>
    <message>
        <location filename="../widgets/help/helpviewer.cpp" line="+208"/>
        <location line="+51"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The help pages are in English.</source>
        <translation>Les pages d&apos;aide sont en anglais.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The help pages are not installed (looked in: %1).</source>
        <translation>Les pages d&apos;aide ne sont pas installées (recherchées dans : %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no help page %1 in %2.</source>
        <translation>Il n&apos;y a pas de page d&apos;aide %1 dans %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link %1 cannot be opened.</source>
        <translation>Le lien %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a web page</source>
        <translation>Ouvrir une page web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside GenLab Studio:
%1

Open it in your web browser?</source>
        <translation>Ce lien mène hors de GenLab Studio :
%1

L&apos;ouvrir dans votre navigateur web ?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link %1 does not lead to a help page.</source>
        <translation>Le lien %1 ne mène pas à une page d&apos;aide.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys marked with a lab work while that lab (and tab) is shown; %1 runs the shown page&apos;s main action and %2 stops it in every lab.</source>
        <translation>Les touches marquées d&apos;un labo fonctionnent lorsque ce labo (et cet onglet) est affiché ; %1 lance l&apos;action principale de la page affichée et %2 l&apos;arrête dans tous les labos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::CandidateBars</name>
    <message>
        <location filename="../widgets/maskedlab/candidatebars.cpp" line="+102"/>
        <source>mask %1</source>
        <translation>masque %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::FillMaskPage</name>
    <message>
        <location filename="../widgets/maskedlab/fillmaskpage.cpp" line="+68"/>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a sentence, then click its words below to mask them; you can also write [MASK] yourself.</source>
        <translation>Tapez une phrase, puis cliquez sur ses mots ci-dessous pour les masquer ; vous pouvez aussi écrire [MASK] vous-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many candidates to show for each mask</source>
        <translation>Combien de candidats afficher pour chaque masque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole-word masking</source>
        <translation>Masquage de mots entiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mask every piece of a clicked word (as whole-word masking trains BERT), not only the piece clicked</source>
        <translation>Masquer chaque morceau d&apos;un mot cliqué (comme le masquage de mots entiers entraîne BERT), pas seulement le morceau cliqué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill one at a time</source>
        <translation>Remplir un à la fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the most confident mask first, then predict the others again with it filled in; each step is listed</source>
        <translation>Remplir d&apos;abord le masque le plus sûr, puis prédire à nouveau les autres avec celui-ci rempli ; chaque étape est listée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmask all</source>
        <translation>Tout démasquer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a word to mask it; click it again to bring it back. The model sees the whole sentence, left and right of each mask.</source>
        <translation>Cliquez sur un mot pour le masquer ; cliquez à nouveau pour le faire revenir. Le modèle voit toute la phrase, à gauche et à droite de chaque masque.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mask a word to see what the model would put there.</source>
        <translation>Masquez un mot pour voir ce que le modèle y mettrait.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filling one at a time: pick a step to see what the model predicted before it</source>
        <translation>Remplissage un à la fois : choisissez une étape pour voir ce que le modèle prédisait avant elle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encoder&apos;s attention of the masked sentence shows here.</source>
        <translation>L&apos;attention de l&apos;encodeur sur la phrase masquée s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>mask %1 (typed)</source>
        <translation>masque %1 (tapé)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask %1: the word %2</source>
        <translation>masque %1 : le mot %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2 at position %3 (%4 %) → %5</source>
        <translation>%1. %2 à la position %3 (%4 %) → %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mask yet: click a word above (or type [MASK]). The model reads %1 pieces.</source>
        <translation>Pas encore de masque : cliquez sur un mot ci-dessus (ou tapez [MASK]). Le modèle lit %1 morceaux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With its favourites: “%1”. The bars are the model&apos;s probabilities over its whole vocabulary at each mask; an orange bar is the word you masked.</source>
        <translation>Avec ses favoris : « %1 ». Les barres sont les probabilités du modèle sur tout son vocabulaire à chaque masque ; une barre orange est le mot que vous avez masqué.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Masked: click to bring %1 back</source>
        <translation>Masqué : cliquez pour faire revenir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1 (id %2) of word %3: click to mask the word</source>
        <translation>Morceau %1 (id %2) du mot %3 : cliquez pour masquer le mot</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>position %1: filled now</source>
        <translation>position %1 : remplie maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1</source>
        <translation>position %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedLab</name>
    <message>
        <location filename="../widgets/maskedlab/maskedlab.cpp" line="+46"/>
        <source>Encoder</source>
        <translation>Encodeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>pas encore chargé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Modèle fourni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the masked language model that comes with the studio (%1)</source>
        <translation>Revenir au modèle de langage masqué fourni avec le studio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open BERT folder…</source>
        <translation>Ouvrir un dossier BERT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hugging Face BERT folder (config.json, model.safetensors, vocab.txt): BertForMaskedLM such as bert-base-uncased, or a sentence-transformers folder</source>
        <translation>Ouvrir un dossier BERT Hugging Face (config.json, model.safetensors, vocab.txt) : BertForMaskedLM comme bert-base-uncased, ou un dossier sentence-transformers</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fill mask</source>
        <translation>Remplir le masque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5)</source>
        <translation>Corruption de segments (T5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three objectives</source>
        <translation>Trois objectifs</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Masked</source>
        <translation>Masqué</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BERT fills masked words, T5 writes back corrupted spans, GPT predicts the next token: three objectives side by side</source>
        <translation>BERT remplit les mots masqués, T5 réécrit les segments corrompus, GPT prédit le token suivant : trois objectifs côte à côte</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A BERT model folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Un dossier de modèle BERT (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped model (%1)</source>
        <translation>le modèle fourni (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no masked-LM head (a BertModel or sentence-transformers folder): it embeds sentences but cannot fill masks.</source>
        <translation>%1 n&apos;a pas de tête de LM masqué (un dossier BertModel ou sentence-transformers) : il plonge des phrases mais ne peut pas remplir de masques.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>Impossible de charger %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>Le labo garde %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: open a BERT folder, or train one on the Train page.</source>
        <translation>Aucun modèle n&apos;est chargé : ouvrez un dossier BERT, ou entraînez-en un sur la page Entraîner.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no model loaded</source>
        <translation>aucun modèle chargé</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>Le dossier de modèle du projet %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedTrainPage</name>
    <message>
        <location filename="../widgets/maskedlab/maskedtrainpage.cpp" line="+44"/>
        <source>Tiny: 2 layers, 64 wide</source>
        <translation>Minuscule : 2 couches, 64 de large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide</source>
        <translation>Petit : 4 couches, 128 de large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide</source>
        <translation>Moyen : 6 couches, 192 de large</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Masked LM (BERT: fill the masks)</source>
        <translation>LM masqué (BERT : remplir les masques)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5: write the spans back)</source>
        <translation>Corruption de segments (T5 : réécrire les segments)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to train on</source>
        <translation>Texte sur lequel entraîner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPiece tokens learned on the text before training</source>
        <translation>Tokens WordPiece appris sur le texte avant l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per training example</source>
        <translation>Tokens par exemple d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole-word masking</source>
        <translation>Masquage de mots entiers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whole words to mask (every piece of a word together), as later BERTs did</source>
        <translation>Choisir des mots entiers à masquer (tous les morceaux d&apos;un mot ensemble), comme l&apos;ont fait les BERT ultérieurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe every</source>
        <translation>Sonder tous les</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a text file and press Train.</source>
        <translation>Choisissez un fichier texte et appuyez sur Entraîner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it on the Fill mask page</source>
        <translation>l&apos;utiliser sur la page Remplir le masque</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>cochez « Reprendre » pour continuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch loss</source>
        <translation>perte du lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per target token)</source>
        <translation>perte (nats par token cible)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitude</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>T5 previews</source>
        <translation>Aperçus T5</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>A T5 run shows its probe sentence here: the corrupted input and the spans the model writes back.</source>
        <translation>Une exécution T5 affiche ici sa phrase sonde : l&apos;entrée corrompue et les segments que le modèle réécrit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BERT&apos;s masking rule, on a row of this step&apos;s batch</source>
        <translation>La règle de masquage de BERT, sur une ligne du lot de ce pas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The row appears with the first probe.</source>
        <translation>La ligne apparaît avec la première sonde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s guesses for the probe sentence appear here as it learns; the step slider picks the probe of a step.</source>
        <translation>Les estimations du modèle pour la phrase sonde apparaissent ici à mesure qu&apos;il apprend ; le curseur de pas choisit la sonde d&apos;un pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masking rule and probe</source>
        <translation>Règle de masquage et sonde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: %1 steps in %2 s · validation loss %3 · accuracy %4 % · %5 parameters</source>
        <translation>Terminé : %1 pas en %2 s · perte de validation %3 · exactitude %4 % · %5 paramètres</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>accuracy at the masks</source>
        <translation>exactitude aux masques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation accuracy at the masks</source>
        <translation>exactitude de validation aux masques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target tokens right</source>
        <translation>tokens cibles justes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation target tokens right</source>
        <translation>tokens cibles justes en validation</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose a text file to train on first.</source>
        <translation>Choisissez d&apos;abord un fichier texte sur lequel entraîner.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Pas %1 sur %2 · perte %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 % right</source>
        <translation> · %1 % justes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1</source>
        <translation> · validation %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BERT&apos;s masking rule on a row of step %1&apos;s batch</source>
        <translation>La règle de masquage de BERT sur une ligne du lot du pas %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the loss asks for %2 here; the model saw %3</source>
        <translation>%1 : la perte demande %2 ici ; le modèle a vu %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 tokens chosen (%3 %): %4 became [MASK] (orange), %5 a random token (violet), %6 stayed (green); the loss is taken at those %1 only.</source>
        <translation>%1 tokens sur %2 choisis (%3 %) : %4 sont devenus [MASK] (orange), %5 un token aléatoire (violet), %6 sont restés (vert) ; la perte n&apos;est calculée qu&apos;à ces %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probe at step %1: %2</source>
        <translation>Sonde au pas %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[MASK] %1 of the probe</source>
        <translation>[MASK] %1 de la sonde</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::ObjectivesPage</name>
    <message>
        <location filename="../widgets/maskedlab/objectivespage.cpp" line="+102"/>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws BERT&apos;s masks and T5&apos;s spans</source>
        <translation>Tire les masques de BERT et les segments de T5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training targets from this sentence</source>
        <translation>Cibles d&apos;entraînement issues de cette phrase</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three ways to make a language model learn from plain text. GPT predicts every next token, left to right: one target per token. BERT sees the whole sentence with about 15 % of it masked and fills the masks. T5 cuts out spans, puts a sentinel in each place, and writes the spans back.</source>
        <translation>Trois façons de faire apprendre un modèle de langage à partir de texte brut. GPT prédit chaque token suivant, de gauche à droite : une cible par token. BERT voit toute la phrase avec environ 15 % de celle-ci masqués et remplit les masques. T5 découpe des segments, met une sentinelle à la place de chacun et réécrit les segments.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPT: the next token, at every position</source>
        <translation>GPT : le token suivant, à chaque position</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BERT: the masked tokens, seeing both sides</source>
        <translation>BERT : les tokens masqués, en voyant des deux côtés</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T5: the corrupted spans, written back</source>
        <translation>T5 : les segments corrompus, réécrits</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The first token has no context: nothing predicts it</source>
        <translation>Le premier token n&apos;a pas de contexte : rien ne le prédit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After %1 the model gave %2 a probability of %3 %; its favourite was %4 (%5 %)</source>
        <translation>Après %1, le modèle a donné à %2 une probabilité de %3 % ; son favori était %4 (%5 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPT model: the Text lab&apos;s shipped model is missing.</source>
        <translation>Aucun modèle GPT : le modèle fourni du labo Texte manque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: each token after the first is predicted from the ones before it (its colour is the probability it got; hover for the favourite). The favourite was right %2 times.</source>
        <translation>%1 cibles : chaque token après le premier est prédit à partir de ceux qui le précèdent (sa couleur est la probabilité qu&apos;il a reçue ; survolez pour voir le favori). Le favori était juste %2 fois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Masked %1: click to unmask</source>
        <translation>%1 masqué : cliquez pour démasquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to mask this word</source>
        <translation>Cliquez pour masquer ce mot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[MASK] for %1</source>
        <translation>[MASK] pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No BERT model is loaded.</source>
        <translation>Aucun modèle BERT n&apos;est chargé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: only the masked tokens are predicted, each from the whole sentence around it. Click words to choose other masks.</source>
        <translation>%1 cibles : seuls les tokens masqués sont prédits, chacun à partir de toute la phrase qui l&apos;entoure. Cliquez sur des mots pour choisir d&apos;autres masques.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 targets: the decoder writes each sentinel and the span behind it (spans drawn: %2, expected: %3). The small T5&apos;s answer:%4</source>
        <translation>%1 cibles : le décodeur écrit chaque sentinelle et le segment qu&apos;elle remplace (segments tirés : %2, attendus : %3). La réponse du petit T5 :%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (no T5 model)</source>
        <translation> (aucun modèle T5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPT %1 · BERT %2 · T5 %3 (tokens counted with each model&apos;s own tokenizer)</source>
        <translation>GPT %1 · BERT %2 · T5 %3 (tokens comptés avec le tokeniseur propre à chaque modèle)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::SpanCorruptionPage</name>
    <message>
        <location filename="../widgets/maskedlab/spancorruptionpage.cpp" line="+90"/>
        <location line="+48"/>
        <source>Sentence</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Corruption rate</source>
        <translation>Taux de corruption</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share of the tokens dropped (T5 used 15 %)</source>
        <translation>La part des tokens supprimés (T5 utilisait 15 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean span</source>
        <translation>Segment moyen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean length of a dropped span, in tokens (T5 used 3)</source>
        <translation>La longueur moyenne d&apos;un segment supprimé, en tokens (T5 utilisait 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sentence as tokens; each coloured run is one span T5 drops</source>
        <translation>La phrase en tokens ; chaque suite colorée est un segment que T5 supprime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder input</source>
        <translation>Entrée de l&apos;encodeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the encoder reads: the kept tokens, and one sentinel where each span was</source>
        <translation>Ce que lit l&apos;encodeur : les tokens conservés, et une sentinelle à la place de chaque segment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoder target</source>
        <translation>Cible du décodeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the decoder learns to write: each sentinel followed by the span it stands for, and a last sentinel to end</source>
        <translation>Ce que le décodeur apprend à écrire : chaque sentinelle suivie du segment qu&apos;elle représente, et une dernière sentinelle pour finir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T5&apos;s fill</source>
        <translation>Remplissage de T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the small T5 trained here writes for each span</source>
        <translation>Ce que le petit T5 entraîné ici écrit pour chaque segment</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T5 learns by span corruption: a few runs of tokens are cut out and replaced by sentinels, and the model writes them back. Each sentence gives fewer targets than GPT&apos;s next token, but every target is a whole span.</source>
        <translation>T5 apprend par corruption de segments : quelques suites de tokens sont découpées et remplacées par des sentinelles, et le modèle les réécrit. Chaque phrase donne moins de cibles que le token suivant de GPT, mais chaque cible est un segment entier.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No T5 model is loaded: only the corruption is shown.</source>
        <translation>Aucun modèle T5 n&apos;est chargé : seule la corruption est affichée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s whole target: %1</source>
        <translation>La cible complète du modèle : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens · rate %2 % → %3 noise tokens · mean span %4 → expected %5 spans, drawn %6 · the encoder reads %7 tokens, the decoder writes %8</source>
        <translation>%1 tokens · taux %2 % → %3 tokens de bruit · segment moyen %4 → %5 segments attendus, %6 tirés · l&apos;encodeur lit %7 tokens, le décodeur en écrit %8</translation>
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
        <translation>Question</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search&apos;s query, or another question about the same passages</source>
        <translation>La requête de la recherche, ou une autre question sur les mêmes passages</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many sentences the extractive answer keeps</source>
        <translation>Combien de phrases la réponse extractive garde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive: sentences of the passages</source>
        <translation>Extractive : des phrases des passages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a GPT model: lm-shakespeare-bpe (no question answerer)</source>
        <translation>Générer avec un modèle GPT : lm-shakespeare-bpe (pas un modèle de questions-réponses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Generate with a GPT model: Open GPT folder…</source>
        <translation>Générer avec un modèle GPT : Ouvrir un dossier GPT…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Where the answer comes from. A generated answer is checked sentence by sentence against the passages.</source>
        <translation>D&apos;où vient la réponse. Une réponse générée est vérifiée phrase par phrase par rapport aux passages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampling seed: the same passages and seed give the same generated answer</source>
        <translation>La graine d&apos;échantillonnage : les mêmes passages et la même graine donnent la même réponse générée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer again</source>
        <translation>Répondre à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer with the passages as pinned and dropped now, and show what changed</source>
        <translation>Répondre avec les passages tels qu&apos;ils sont épinglés et écartés maintenant, et montrer ce qui a changé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive answers are sentences taken from the passages, each with its citation. A generated answer is written by a GPT model from the prompt below; each of its sentences is then checked against the passages (green with its [n]: a passage sentence shares most of its words; red: unsupported). The shipped model lm-shakespeare-bpe is no question answerer: it continues text in Shakespeare&apos;s style, so expect verse and red sentences.</source>
        <translation>Les réponses extractives sont des phrases tirées des passages, chacune avec sa citation. Une réponse générée est écrite par un modèle GPT à partir du prompt ci-dessous ; chacune de ses phrases est ensuite vérifiée par rapport aux passages (en vert avec son [n] : une phrase d&apos;un passage partage la plupart de ses mots ; en rouge : non étayée). Le modèle fourni lm-shakespeare-bpe ne répond pas aux questions : il continue du texte dans le style de Shakespeare, attendez-vous donc à des vers et à des phrases en rouge.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pin</source>
        <translation>Épingler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin: always use the passage, first. Drop: leave it out.</source>
        <translation>Épingler : toujours utiliser le passage, en premier. Écarter : le laisser de côté.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuild prompt</source>
        <translation>Reconstruire le prompt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget your edits: assemble the prompt from the chosen passages and the question again</source>
        <translation>Oublier vos modifications : assembler à nouveau le prompt à partir des passages choisis et de la question</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt a GPT model reads: the chosen passages, numbered, and the question</source>
        <translation>Le prompt que lit un modèle GPT : les passages choisis, numérotés, et la question</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer, each sentence with the passage it comes from; click [n] to see the passage</source>
        <translation>La réponse, chaque phrase avec le passage dont elle vient ; cliquez sur [n] pour voir le passage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After “Answer again”: the sentences added (green) and removed (red) since the previous answer</source>
        <translation>Après « Répondre à nouveau » : les phrases ajoutées (en vert) et supprimées (en rouge) depuis la réponse précédente</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a GPT-2-family model folder</source>
        <translation>Ouvrir un dossier de modèle de la famille GPT-2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generate with a GPT model: %1 (Open GPT folder…)</source>
        <translation>Générer avec un modèle GPT : %1 (Ouvrir un dossier GPT…)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not used by the extractive answer: it reads no prompt, it picks the passages&apos; sentences that best match the question. Choose “Generate with a GPT model” to send this prompt (and edit it).</source>
        <translation>Non utilisé par la réponse extractive : elle ne lit aucun prompt, elle choisit les phrases des passages qui correspondent le mieux à la question. Choisissez « Générer avec un modèle GPT » pour envoyer ce prompt (et le modifier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited: the GPT model reads this text exactly as you wrote it. Pin, Drop or “Rebuild prompt” assemble it again.</source>
        <translation>Modifié : le modèle GPT lit ce texte exactement tel que vous l&apos;avez écrit. Épingler, Écarter ou « Reconstruire le prompt » l&apos;assemblent à nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt the GPT model reads, assembled from the chosen passages and the question; edit it to change what the model reads.</source>
        <translation>Le prompt que lit le modèle GPT, assemblé à partir des passages choisis et de la question ; modifiez-le pour changer ce que lit le modèle.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a question first.</source>
        <translation>Tapez d&apos;abord une question.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no passages to answer from: search on the Search page first.</source>
        <translation>Il n&apos;y a aucun passage à partir duquel répondre : lancez d&apos;abord une recherche sur la page Rechercher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every passage is dropped: keep at least one.</source>
        <translation>Tous les passages sont écartés : gardez-en au moins un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No generated answer: %1</source>
        <translation>Aucune réponse générée : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answering…</source>
        <translation>Réponse en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer: %1</source>
        <translation>Aucune réponse : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lm-shakespeare-bpe was trained to continue Shakespeare&apos;s plays: it is no question answerer, so its sentences are rarely supported by the passages.</source>
        <translation>lm-shakespeare-bpe a été entraîné à continuer les pièces de Shakespeare : il ne répond pas aux questions, ses phrases sont donc rarement étayées par les passages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model wrote no sentence.</source>
        <translation>Le modèle n&apos;a écrit aucune phrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; most attention on passage [%1] (%2 of it)</source>
        <translation>; la plus grande attention sur le passage [%1] (%2 de celle-ci)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>supported: overlap %1 with passage [%2], line %3</source>
        <translation>étayée : recouvrement %1 avec le passage [%2], ligne %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported: best overlap %1</source>
        <translation>non étayée : meilleur recouvrement %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sentences supported by the passages; seed %3, %4 prompt tokens.</source>
        <translation>%1 phrases sur %2 étayées par les passages ; graine %3, %4 tokens de prompt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sentence of these passages answers it.</source>
        <translation>Aucune phrase de ces passages n&apos;y répond.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The same sentences as the previous answer.</source>
        <translation>Les mêmes phrases que la réponse précédente.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the previous answer: sentences added %1, removed %2.</source>
        <translation>Depuis la réponse précédente : phrases ajoutées %1, supprimées %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::ChunkingAbPage</name>
    <message>
        <location filename="../widgets/retrievallab/chunkingabpage.cpp" line="+46"/>
        <source>How much does chunking matter? Pick a second chunking (B): a temporary index of the same documents is built with it, the query runs under both, and the two top-k lists show side by side. Passages are matched by file and overlapping text, whatever their boundaries.</source>
        <translation>Quelle importance a le découpage ? Choisissez un second découpage (B) : un index temporaire des mêmes documents est construit avec lui, la requête tourne sous les deux, et les deux listes top-k s&apos;affichent côte à côte. Les passages sont appariés par fichier et par texte qui se recouvre, quelles que soient leurs limites.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A (the index):</source>
        <translation>A (l&apos;index) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>characters</source>
        <translation>caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words (tokens)</source>
        <translation>mots (tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentences</source>
        <translation>phrases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>titres Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per file</source>
        <translation>un par fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters, words or sentences per passage</source>
        <translation>Caractères, mots ou phrases par passage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters or words shared with the previous passage</source>
        <translation>Caractères ou mots partagés avec le passage précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap</source>
        <translation>recouvrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B (to compare):</source>
        <translation>B (à comparer) :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A query, e.g. why do GANs collapse?</source>
        <translation>Une requête, par ex. pourquoi les GAN s&apos;effondrent-ils ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hybrid</source>
        <translation>hybride</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dense</source>
        <translation>dense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Query:</source>
        <translation>Requête :</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the other list</source>
        <translation>Dans l&apos;autre liste</translation>
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
        <translation>La première comparaison construit l&apos;index de B (à nouveau les mêmes documents) ; les requêtes suivantes le réutilisent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no index open)</source>
        <translation>(aucun index ouvert)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n passage(s)</source>
        <translation>
            <numerusform>%1, %n passage</numerusform>
            <numerusform>%1, %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a query to compare the two chunkings on.</source>
        <translation>Tapez une requête sur laquelle comparer les deux découpages.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>L&apos;index est vide : indexez d&apos;abord des documents (ou les pages d&apos;aide).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chunking B is not valid: %1</source>
        <translation>Le découpage B n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B is the index&apos;s own chunking (%1): choose another kind, size or overlap.</source>
        <translation>B est le découpage propre de l&apos;index (%1) : choisissez un autre type, une autre taille ou un autre recouvrement.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare chunkings</source>
        <translation>Comparer les découpages</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build chunking B (%1) and compare</source>
        <translation>Construire le découpage B (%1) et comparer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the query under A and B…</source>
        <translation>Exécution de la requête sous A et B…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building B&apos;s index (%1) of the same documents…</source>
        <translation>Construction de l&apos;index de B (%1) des mêmes documents…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building B&apos;s index: %1</source>
        <translation>Construction de l&apos;index de B : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled; nothing of B was kept.</source>
        <translation>Annulé ; rien de B n&apos;a été conservé.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A: %1 (%n passage(s))</source>
        <translation>
            <numerusform>A : %1 (%n passage)</numerusform>
            <numerusform>A : %1 (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>B: %1 (%n passage(s))</source>
        <translation>
            <numerusform>B : %1 (%n passage)</numerusform>
            <numerusform>B : %1 (%n passages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of A&apos;s top %1, %2 are still in B&apos;s top %1 (the same text, cut differently) and %3 dropped out; %n passage(s) of B&apos;s top %1 are new.</source>
        <translation>
            <numerusform>Du top %1 de A, %2 sont toujours dans le top %1 de B (le même texte, découpé autrement) et %3 en sont sortis ; %n passage du top %1 de B est nouveau.</numerusform>
            <numerusform>Du top %1 de A, %2 sont toujours dans le top %1 de B (le même texte, découpé autrement) et %3 en sont sortis ; %n passages du top %1 de B sont nouveaux.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” under %2.</source>
        <translation>« %1 » sous %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read for B.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu pour B.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus pour B.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, page %1</source>
        <translation>, page %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, ligne %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in B&apos;s top %1</source>
        <translation>pas dans le top %1 de B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new: not in A&apos;s top %1</source>
        <translation>nouveau : pas dans le top %1 de A</translation>
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
        <translation>Hybride (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (weighted)</source>
        <translation>Hybride (pondéré)</translation>
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
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chunking A/B</source>
        <translation>Découpage A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which retriever finds the right pages for your questions? Each question names the pages that answer it; recall@k is the share of those pages among the first k, MRR rewards the first relevant page coming early, nDCG@10 both.</source>
        <translation>Quel moteur de recherche trouve les bonnes pages pour vos questions ? Chaque question nomme les pages qui y répondent ; recall@k est la part de ces pages parmi les k premières, MRR récompense une première page pertinente qui arrive tôt, nDCG@10 les deux.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every labelled question under BM25, dense and both fusions</source>
        <translation>Exécuter chaque question étiquetée sous BM25, dense et les deux fusions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open questions…</source>
        <translation>Ouvrir des questions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file like the built-in one: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [file names]}]}</source>
        <translation>Un fichier JSON comme celui intégré : {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [noms de fichiers]}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in questions</source>
        <translation>Questions intégrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question…</source>
        <translation>Ajouter une question…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The best value of each column is in bold</source>
        <translation>La meilleure valeur de chaque colonne est en gras</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>score (1 is perfect)</source>
        <translation>score (1 est parfait)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevant pages</source>
        <translation>Pages pertinentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank of the first relevant page among the distinct pages %1 ranks (– : not in its first 100)</source>
        <translation>Rang de la première page pertinente parmi les pages distinctes que %1 classe (– : pas dans ses 100 premières)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a question to see its top passages and tick the relevant ones.</source>
        <translation>Sélectionnez une question pour voir ses meilleurs passages et cochez ceux qui sont pertinents.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticking a passage marks its page relevant for this question (the metrics count pages)</source>
        <translation>Cocher un passage marque sa page comme pertinente pour cette question (les métriques comptent des pages)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The built-in questions (resources/help/questions.json) are not installed; open a file of your own.</source>
        <translation>Les questions intégrées (resources/help/questions.json) ne sont pas installées ; ouvrez un fichier à vous.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n built-in question(s) about the help pages (%1).</source>
        <translation>
            <numerusform>%n question intégrée sur les pages d&apos;aide (%1).</numerusform>
            <numerusform>%n questions intégrées sur les pages d&apos;aide (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+373"/>
        <source>%n question(s) with your labels (%1).</source>
        <translation>
            <numerusform>%n question avec vos étiquettes (%1).</numerusform>
            <numerusform>%n questions avec vos étiquettes (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-372"/>
        <source>%n question(s) from %1.</source>
        <translation>
            <numerusform>%n question de %1.</numerusform>
            <numerusform>%n questions de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press Evaluate to score the retrievers on these questions.</source>
        <translation>Appuyez sur Évaluer pour noter les moteurs de recherche sur ces questions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open labelled questions</source>
        <translation>Ouvrir des questions étiquetées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.json);;All files (*)</source>
        <translation>Questions (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question (then tick the passages that answer it):</source>
        <translation>Votre question (cochez ensuite les passages qui y répondent) :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A question needs some words.</source>
        <translation>Une question a besoin de quelques mots.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1”: tick the passages that answer it; it is saved with its first tick.</source>
        <translation>« %1 » ajoutée : cochez les passages qui y répondent ; elle est enregistrée à la première coche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no questions to evaluate: open a questions file.</source>
        <translation>Il n&apos;y a aucune question à évaluer : ouvrez un fichier de questions.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>L&apos;index est vide : indexez d&apos;abord des documents (ou les pages d&apos;aide).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Evaluating %n question(s)…</source>
        <translation>
            <numerusform>Évaluation de %n question…</numerusform>
            <numerusform>Évaluation de %n questions…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation failed: %1</source>
        <translation>L&apos;évaluation a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation canceled.</source>
        <translation>Évaluation annulée.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rank one question</source>
        <translation>Classer une question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank each labelled question</source>
        <translation>Classer chaque question étiquetée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ranking the questions failed: %1</source>
        <translation>Le classement des questions a échoué : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 questions scored; best MRR: %3 (%4).</source>
        <translation>%1 questions sur %2 notées ; meilleur MRR : %3 (%4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HNSW recall@10 against the exact scan for these questions: %1 (1 means the approximate index found every one of the exact scan&apos;s ten nearest passages).</source>
        <translation>Recall@10 de HNSW par rapport au parcours exact pour ces questions : %1 (1 signifie que l&apos;index approché a trouvé chacun des dix passages les plus proches du parcours exact).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index uses HNSW, but its recall could not be measured (no dense vectors for these questions).</source>
        <translation>L&apos;index utilise HNSW, mais son rappel n&apos;a pas pu être mesuré (pas de vecteurs denses pour ces questions).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense search scans every vector exactly here (%1 passages; HNSW takes over at %2), so there is no approximation to measure.</source>
        <translation>La recherche dense parcourt ici chaque vecteur exactement (%1 passages ; HNSW prend le relais à %2), il n&apos;y a donc aucune approximation à mesurer.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none yet: tick passages)</source>
        <translation>(aucune pour l&apos;instant : cochez des passages)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Top passages (hybrid) for “%1”: tick those that answer it.</source>
        <translation>Meilleurs passages (hybride) pour « %1 » : cochez ceux qui y répondent.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passages could not be found: %1</source>
        <translation>Les passages sont introuvables : %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No passage matches this question.</source>
        <translation>Aucun passage ne correspond à cette question.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Labels saved to %1. Press Evaluate to update the table.</source>
        <translation>Étiquettes enregistrées dans %1. Appuyez sur Évaluer pour mettre à jour le tableau.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No index is open, so there is no folder to keep your labels in.</source>
        <translation>Aucun index n&apos;est ouvert, il n&apos;y a donc aucun dossier où garder vos étiquettes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the labels could not be saved (%2)</source>
        <translation>%1 : les étiquettes n&apos;ont pas pu être enregistrées (%2)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::IndexPage</name>
    <message>
        <location filename="../widgets/retrievallab/indexpage.cpp" line="+62"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders are read recursively: .txt, .md, .html and .pdf files</source>
        <translation>Les dossiers sont lus récursivement : fichiers .txt, .md, .html et .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help pages</source>
        <translation>Pages d&apos;aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the studio&apos;s own help pages (the built-in corpus)</source>
        <translation>Ajouter les propres pages d&apos;aide du studio (le corpus intégré)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (tokens)</source>
        <translation>Mots (tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>titres Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chunk per file</source>
        <translation>Un fragment par fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlap</source>
        <translation>recouvrement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chunking</source>
        <translation>Découpage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LSA, fitted on these documents</source>
        <translation>LSA, ajustée sur ces documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dense retriever&apos;s encoder. LSA needs no model: TF-IDF and a truncated SVD of the indexed passages.</source>
        <translation>L&apos;encodeur du moteur de recherche dense. LSA n&apos;a besoin d&apos;aucun modèle : TF-IDF et une SVD tronquée des passages indexés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open BERT folder…</source>
        <translation>Ouvrir un dossier BERT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+275"/>
        <source>A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Un dossier BERT ou sentence-transformers (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Embedder</source>
        <translation>Plongeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (exact below %1 passages, HNSW above)</source>
        <translation>Automatique (exact en dessous de %1 passages, HNSW au-delà)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact scan</source>
        <translation>Parcours exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HNSW (approximate, fast on large indexes)</source>
        <translation>HNSW (approché, rapide sur de grands index)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense search</source>
        <translation>Recherche dense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update index</source>
        <translation>Mettre à jour l&apos;index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read new and changed files, drop removed ones; unchanged files are kept as they are</source>
        <translation>Lire les fichiers nouveaux et modifiés, retirer ceux qui ont été supprimés ; les fichiers inchangés sont gardés tels quels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last update&apos;s report: files added, changed, unchanged, removed and skipped</source>
        <translation>Le rapport de la dernière mise à jour : fichiers ajoutés, modifiés, inchangés, retirés et ignorés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chunk preview</source>
        <translation>Aperçu du découpage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other file…</source>
        <translation>Autre fichier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a document to see where the chunking above cuts it, before indexing.</source>
        <translation>Choisissez un document pour voir où le découpage ci-dessus le coupe, avant l&apos;indexation.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The studio&apos;s help pages are not installed.</source>
        <translation>Les pages d&apos;aide du studio ne sont pas installées.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (the studio&apos;s help pages)</source>
        <translation>%1 (les pages d&apos;aide du studio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 ne peut pas être lu (pas d&apos;autorisation).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a text, Markdown, HTML or PDF file.</source>
        <translation>%1 n&apos;est pas un fichier texte, Markdown, HTML ou PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already a source.</source>
        <translation>%1 est déjà une source.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1: “Update index” reads it.</source>
        <translation>%1 ajouté : « Mettre à jour l&apos;index » le lit.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>BERT: %1</source>
        <translation>BERT : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source> words</source>
        <translation> mots</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> sentences</source>
        <translation> phrases</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder of documents (.txt, .md, .html, .pdf)</source>
        <translation>Un dossier de documents (.txt, .md, .html, .pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to index</source>
        <translation>Documents à indexer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</source>
        <translation>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 has no config.json: not a BERT model folder.</source>
        <translation>%1 n&apos;a pas de config.json : ce n&apos;est pas un dossier de modèle BERT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next update embeds every passage with %1 (slower than LSA on the CPU).</source>
        <translation>La prochaine mise à jour plonge chaque passage avec %1 (plus lent que LSA sur le CPU).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document to preview</source>
        <translation>Un document à prévisualiser</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a folder or files first (or the help pages).</source>
        <translation>Ajoutez d&apos;abord un dossier ou des fichiers (ou les pages d&apos;aide).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: remove it or fix its permissions.</source>
        <translation>%1 ne peut pas être lu : retirez-le ou corrigez ses autorisations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the index</source>
        <translation>Mise à jour de l&apos;index</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing the studio&apos;s help pages</source>
        <translation>Indexation des pages d&apos;aide du studio</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing changed: the index is up to date.</source>
        <translation>Rien n&apos;a changé : l&apos;index est à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled: the index is as it was before the update.</source>
        <translation>Annulé : l&apos;index est tel qu&apos;il était avant la mise à jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update failed: %1. The index is as it was.</source>
        <translation>La mise à jour a échoué : %1. L&apos;index est tel qu&apos;il était.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The index is not open yet.</source>
        <translation>L&apos;index n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dense search by %1 (%2)</source>
        <translation>recherche dense par %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HNSW</source>
        <translation>HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exact scan</source>
        <translation>parcours exact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dense search (%1)</source>
        <translation>pas de recherche dense (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in %1: %2 documents, %3 passages; %4.</source>
        <translation>Index dans %1 : %2 documents, %3 passages ; %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the index was opened: %1</source>
        <translation>À l&apos;ouverture de l&apos;index : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed; %5 skipped.</source>
        <translation>%1 ajoutés, %2 modifiés, %3 inchangés, %4 retirés ; %5 ignorés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index now holds %1 documents and %2 passages; %3 passages were embedded in this update; dense search: %4.</source>
        <translation>L&apos;index contient maintenant %1 documents et %2 passages ; %3 passages ont été plongés lors de cette mise à jour ; recherche dense : %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded from other encodings</source>
        <translation>Décodés depuis d&apos;autres encodages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 bytes replaced</source>
        <translation>, %1 octets remplacés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read:</source>
        <translation>Lus :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to preview.</source>
        <translation>Choisissez un document à prévisualiser.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutting %1 into chunks…</source>
        <translation>Découpage de %1 en fragments…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No preview: %1</source>
        <translation>Pas d&apos;aperçu : %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 under %2: %3 chunks</source>
        <translation>%1 sous %2 : %3 fragments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 characters on average</source>
        <translation>, %1 caractères en moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; shared text (overlap) in yellow</source>
        <translation>; texte partagé (recouvrement) en jaune</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project&apos;s chunking is not valid (%1); the lab keeps its own.</source>
        <translation>Le découpage du projet n&apos;est pas valide (%1) ; le labo garde le sien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project&apos;s embedder folder %1 no longer exists; LSA is used.</source>
        <translation>Le dossier du plongeur du projet %1 n&apos;existe plus ; LSA est utilisée.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::MapPage</name>
    <message>
        <location filename="../widgets/retrievallab/mappage.cpp" line="+57"/>
        <source>Each dot is a passage: its dense vector projected onto the two directions in which the passages differ most (PCA). Nearby dots have similar vectors; colours are source documents. The star is the query, rings are the passages it retrieved.</source>
        <translation>Chaque point est un passage : son vecteur dense projeté sur les deux directions selon lesquelles les passages diffèrent le plus (ACP). Des points proches ont des vecteurs similaires ; les couleurs sont les documents sources. L&apos;étoile est la requête, les anneaux sont les passages qu&apos;elle a trouvés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query to place on the map (empty: the passages only)</source>
        <translation>Une requête à placer sur la carte (vide : les passages seulement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Cartographier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>first principal direction</source>
        <translation>première direction principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second principal direction</source>
        <translation>seconde direction principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a dot to see its passage; click to keep it here.</source>
        <translation>Survolez un point pour voir son passage ; cliquez pour le garder ici.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>L&apos;index est vide : indexez d&apos;abord des documents (ou les pages d&apos;aide).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map needs the passages&apos; dense vectors, and this index has none usable: %1. Re-index with the LSA embedder (no model needed) or a BERT folder.</source>
        <translation>La carte a besoin des vecteurs denses des passages, et cet index n&apos;en a aucun d&apos;utilisable : %1. Réindexez avec le plongeur LSA (aucun modèle nécessaire) ou un dossier BERT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no embedder</source>
        <translation>aucun plongeur</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Place the query on the map</source>
        <translation>Placer la requête sur la carte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map the passages</source>
        <translation>Cartographier les passages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the query…</source>
        <translation>Placement de la requête…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Projecting %n passage(s)…</source>
        <translation>
            <numerusform>Projection de %n passage…</numerusform>
            <numerusform>Projection de %n passages…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map could not be drawn: %1</source>
        <translation>La carte n&apos;a pas pu être dessinée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping canceled.</source>
        <translation>Cartographie annulée.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A sample of %1 of the %2 passages (seed %3).</source>
        <translation>Un échantillon de %1 des %2 passages (graine %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n passage(s).</source>
        <translation>
            <numerusform>%n passage au total.</numerusform>
            <numerusform>Tous les %n passages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two directions show %1% and %2% of the vectors&apos; variance, so distances on the map are only a rough picture of cosine similarity.</source>
        <translation>Les deux directions montrent %1 % et %2 % de la variance des vecteurs, les distances sur la carte ne donnent donc qu&apos;une idée approximative de la similarité cosinus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One colour per document (%1 of them); hover over a dot for its file.</source>
        <translation>Une couleur par document (%1 au total) ; survolez un point pour voir son fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query has no word the embedder knows, so it has no place on the map.</source>
        <translation>La requête ne contient aucun mot que le plongeur connaît, elle n&apos;a donc pas de place sur la carte.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrieved</source>
        <translation>trouvé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>query</source>
        <translation>requête</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passage %1 is no longer in the index.</source>
        <translation>Le passage %1 n&apos;est plus dans l&apos;index.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (retrieved #%1)</source>
        <translation> (trouvé n° %1)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::PassageDetail</name>
    <message>
        <location filename="../widgets/retrievallab/passagedetail.cpp" line="+45"/>
        <source>%1 #%2 (%3 %4)</source>
        <translation>%1 n° %2 (%3 %4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not ranked</source>
        <translation>%1 : non classé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dense</source>
        <translation>Dense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fused</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+70"/>
        <source>Select a passage to see its scores.</source>
        <translation>Sélectionnez un passage pour voir ses scores.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the passage&apos;s file in the application your desktop uses for it</source>
        <translation>Ouvrir le fichier du passage dans l&apos;application que votre bureau utilise pour lui</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passage, with the query&apos;s words marked</source>
        <translation>Le passage, avec les mots de la requête marqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passage in its document</source>
        <translation>Le passage dans son document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Terme</translation>
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
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BM25&apos;s score of this passage, term by term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</source>
        <translation>Le score BM25 de ce passage, terme par terme : idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No application opened %1.</source>
        <translation>Aucune application n&apos;a ouvert %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(From the neighbouring passages: the file has changed or cannot be read.)</source>
        <translation>(D&apos;après les passages voisins : le fichier a changé ou ne peut pas être lu.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in this passage: it adds nothing</source>
        <translation>Absent de ce passage : il n&apos;ajoute rien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BM25 score</source>
        <translation>Score BM25</translation>
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
        <translation>pas encore ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources…</source>
        <translation>Sources…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own documents on the Index page</source>
        <translation>Ajoutez vos propres documents sur la page Index</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents: %1 (%2 %)</source>
        <translation>Indexation des pages d&apos;aide du studio pour que le labo fonctionne avant que vous apportiez des documents : %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The index is empty: %1 Add documents on the Index page.</source>
        <translation>L&apos;index est vide : %1 Ajoutez des documents sur la page Index.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retrieval</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index documents, see every score of BM25, dense and hybrid retrieval, and answer with citations</source>
        <translation>Indexer des documents, voir chaque score de la recherche BM25, dense et hybride, et répondre avec des citations</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the index…</source>
        <translation>Ouverture de l&apos;index…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index could not be opened: %1</source>
        <translation>L&apos;index n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents…</source>
        <translation>Indexation des pages d&apos;aide du studio pour que le labo fonctionne avant que vous apportiez des documents…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dense: HNSW</source>
        <translation>dense : HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dense: exact scan</source>
        <translation>dense : parcours exact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dense vectors</source>
        <translation>pas de vecteurs denses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2 documents, %3 passages, %4</source>
        <translation>%1%2 documents, %3 passages, %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the studio&apos;s help pages: </source>
        <translation>les pages d&apos;aide du studio : </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::SearchPage</name>
    <message>
        <location filename="../widgets/retrievallab/searchpage.cpp" line="+77"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question or some words, e.g. why do GANs collapse?</source>
        <translation>Une question ou quelques mots, par ex. pourquoi les GAN s&apos;effondrent-ils ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retriever</source>
        <translation>Moteur de recherche</translation>
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
        <translation>Hybride</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BM25: exact words, weighted by rarity. Dense: the embedder&apos;s vectors, cosine similarity. Hybrid: both lists fused.</source>
        <translation>BM25 : mots exacts, pondérés par leur rareté. Dense : les vecteurs du plongeur, similarité cosinus. Hybride : les deux listes fusionnées.</translation>
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
        <translation>Rang réciproque (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted scores</source>
        <translation>Scores pondérés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRF: each list adds weight / (k + rank). Weighted: each list&apos;s scores scaled to [0, 1], then summed with the weights.</source>
        <translation>RRF : chaque liste ajoute poids / (k + rang). Pondéré : les scores de chaque liste ramenés à [0, 1], puis additionnés avec les poids.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RRF&apos;s k: larger values flatten the difference between ranks</source>
        <translation>Le k de RRF : des valeurs plus grandes aplanissent la différence entre les rangs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: BM25</source>
        <translation>Poids : BM25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dense</source>
        <translation>dense</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BM25 k1</source>
        <translation>BM25 k1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How quickly repeated words stop adding to the score (0: only presence counts)</source>
        <translation>À quelle vitesse les mots répétés cessent d&apos;augmenter le score (0 : seule la présence compte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much a long passage is penalised (0: not at all, 1: fully by its length)</source>
        <translation>À quel point un long passage est pénalisé (0 : pas du tout, 1 : entièrement selon sa longueur)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+349"/>
        <source>Fused</source>
        <translation>Fusionné</translation>
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
        <translation>BM25 : rang · score (vide : aucun mot de la requête dedans, ou BM25 non utilisé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense: rank · cosine similarity to the query</source>
        <translation>Dense : rang · similarité cosinus avec la requête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusion of both lists: rank · fused score (hybrid only)</source>
        <translation>Fusion des deux listes : rang · score fusionné (hybride seulement)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words of the passage you expected, e.g. mode collapse</source>
        <translation>Des mots du passage que vous attendiez, par ex. effondrement des modes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Trouver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find any passage by its text, then pick it to see why it ranks where it does.</source>
        <translation>Trouvez n&apos;importe quel passage par son texte, puis choisissez-le pour voir pourquoi il est classé là où il l&apos;est.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its ranks and scores under each retriever, the cut-offs of the top k, and what kept it out</source>
        <translation>Ses rangs et scores sous chaque moteur de recherche, les seuils du top k, et ce qui l&apos;a écarté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why not this one?</source>
        <translation>Pourquoi pas celui-ci ?</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Type a question or some words to search for.</source>
        <translation>Tapez une question ou quelques mots à rechercher.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index is not open yet.</source>
        <translation>L&apos;index n&apos;est pas encore ouvert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No passages.</source>
        <translation>Aucun passage.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 by %2, of %3 passages in the index.</source>
        <translation>Les %1 meilleurs selon %2, sur %3 passages dans l&apos;index.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1.</source>
        <translation>Remarque : %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type some words of the passage you are looking for.</source>
        <translation>Tapez quelques mots du passage que vous cherchez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for passages with “%1”…</source>
        <translation>Recherche des passages contenant « %1 »…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No passage contains “%1”.</source>
        <translation>Aucun passage ne contient « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 passages that contain it; pick one.</source>
        <translation>Les %1 premiers passages qui le contiennent ; choisissez-en un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One passage contains it.</source>
        <translation>Un passage le contient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passages contain it; pick one.</source>
        <translation>%1 passages le contiennent ; choisissez-en un.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the query first: the ranks depend on it.</source>
        <translation>Tapez d&apos;abord la requête : les rangs en dépendent.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>show the passage</source>
        <translation>afficher le passage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the top %1 of %2 (rank %3).</source>
        <translation>Dans le top %1 de %2 (rang %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the top %1 of %2: it ranks %3.</source>
        <translation>Pas dans le top %1 de %2 : il est classé %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the top %1 of %2: it is not ranked at all.</source>
        <translation>Pas dans le top %1 de %2 : il n&apos;est pas classé du tout.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its rank and score</source>
        <translation>Son rang et son score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off (score of #%1)</source>
        <translation>Seuil (score du n° %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score</source>
        <translation>score</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>cosine</source>
        <translation>cosinus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query words not in it: %1</source>
        <translation>Mots de la requête absents : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::AttentionView</name>
    <message>
        <location filename="../widgets/textlab/attentionview.cpp" line="+57"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attended token (key)</source>
        <translation>token regardé (clé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attending token (query)</source>
        <translation>token qui regarde (requête)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attention weight</source>
        <translation>poids d&apos;attention</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hover a token: the text is coloured by how much that token attends to each earlier one.</source>
        <translation>Survolez un token : le texte est coloré selon l&apos;attention que ce token porte à chacun des précédents.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a token: the text is coloured by how much that token attends to each of the others, before and after it.</source>
        <translation>Survolez un token : le texte est coloré selon l&apos;attention que ce token porte à chacun des autres, avant et après lui.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generate a text first: its attention maps are shown here.</source>
        <translation>Générez d&apos;abord un texte : ses cartes d&apos;attention s&apos;affichent ici.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Computing the attention maps…</source>
        <translation>Calcul des cartes d&apos;attention…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention failed: %1</source>
        <translation>Échec de l&apos;attention : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mean of all heads</source>
        <translation>moyenne de toutes les têtes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token %1: %2</source>
        <translation>Token %1 : %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 tokens (%2 earlier ones left out)</source>
        <translation>les %1 derniers tokens (%2 précédents omis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; a token only attends to itself and what came before.</source>
        <translation>Couche %1, %2 : %3. Chaque ligne a pour somme 1 ; un token ne regarde que lui-même et ce qui le précède.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; every token attends to the whole sentence, both ways.</source>
        <translation>Couche %1, %2 : %3. Chaque ligne a pour somme 1 ; chaque token regarde toute la phrase, dans les deux sens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the heads</source>
        <translation>moyenne des têtes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head %1</source>
        <translation>tête %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (token %2) attends to %3 (token %4): %5 %</source>
        <translation>%1 (token %2) regarde %3 (token %4) : %5 %</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::DrawStrip</name>
    <message>
        <location filename="../widgets/textlab/drawstrip.cpp" line="+54"/>
        <source>Click a generated token to see how it was drawn.</source>
        <translation>Cliquez sur un token généré pour voir comment il a été tiré.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>others</source>
        <translation>autres</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>u = %1</source>
        <translation>u = %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no random draw</source>
        <translation>aucun tirage aléatoire</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GeneratePage</name>
    <message>
        <location filename="../widgets/textlab/generatepage.cpp" line="+88"/>
        <source> · picked by you</source>
        <translation> · choisi par vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1: %2 (id %3)
model probability %4 · after the settings %5 · surprise %6 bits%7
Click to open the sampling microscope.</source>
        <translation>Token %1 : %2 (id %3)
probabilité du modèle %4 · après les réglages %5 · surprise %6 bits%7
Cliquez pour ouvrir le microscope d&apos;échantillonnage.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Generation tree</source>
        <translation>Arbre de génération</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated text</source>
        <translation>Texte généré</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a token to inspect it. Colour: the model&apos;s probability</source>
        <translation>Cliquez sur un token pour l&apos;inspecter. Couleur : la probabilité du modèle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The generated text appears here, token by token.</source>
        <translation>Le texte généré apparaît ici, token par token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling microscope</source>
        <translation>Microscope d&apos;échantillonnage</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the text and its recipe</source>
        <translation>Enregistrer le texte et sa recette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (and its recipe beside it)</source>
        <translation>%1 enregistré (et sa recette à côté)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save text</source>
        <translation>Enregistrer le texte</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a prompt first: this model has no end-of-text token to start from.</source>
        <translation>Tapez d&apos;abord un prompt : ce modèle n&apos;a pas de token de fin de texte à partir duquel commencer.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>There is no text to save yet.</source>
        <translation>Il n&apos;y a pas encore de texte à enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch is still being generated.</source>
        <translation>La branche est encore en cours de génération.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Replaying branch %1…</source>
        <translation>Rejeu de la branche %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generating…</source>
        <translation>Génération…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Generating… %1 tokens, %2 tokens/s</source>
        <translation>Génération… %1 tokens, %2 tokens/s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replay with seed %1 reproduced all %2 tokens ✓</source>
        <translation>Le rejeu avec la graine %1 a reproduit les %2 tokens ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay with seed %1 differs from token %2 on (%3 generated, %4 before)</source>
        <translation>Le rejeu avec la graine %1 diffère à partir du token %2 (%3 générés, %4 avant)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 tokens · %2 tokens/s · first token after %3 ms · stopped: %4</source>
        <translation>%1 tokens · %2 tokens/s · premier token après %3 ms · arrêt : %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>La génération a échoué : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GenerationTree</name>
    <message>
        <location filename="../widgets/textlab/generationtree.cpp" line="+40"/>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every generation and every branch made from it. log p: the model&apos;s log-probability of the branch&apos;s tokens (closer to 0 is more likely).</source>
        <translation>Chaque génération et chaque branche issue de celle-ci. log p : la log-probabilité des tokens de la branche selon le modèle (plus proche de 0 est plus probable).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay</source>
        <translation>Rejouer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the selected branch again from its prompt and seed: the same tokens must come back.</source>
        <translation>Générer à nouveau la branche sélectionnée à partir de son prompt et de sa graine : les mêmes tokens doivent revenir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected branch as a text file with its recipe beside it; File &gt; Open Recipe makes the same text again.</source>
        <translation>Enregistrer la branche sélectionnée comme fichier texte avec sa recette à côté ; Fichier &gt; Ouvrir une recette refait le même texte.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Generate, then click a token and pick an alternative to branch.</source>
        <translation>Générez, puis cliquez sur un token et choisissez une alternative pour bifurquer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tokens: %2</source>
        <translation>%1 tokens : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at token %1, %2: %3</source>
        <translation>au token %1, %2 : %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 tokens, log p %2 (%3 per token), stopped: %4</source>
        <translation>%1 tokens, log p %2 (%3 par token), arrêt : %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 of %2 · log p %3</source>
        <translation>Branche %1 sur %2 · log p %3</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::MicroscopePanel</name>
    <message>
        <location filename="../widgets/textlab/microscopepanel.cpp" line="+105"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model
softmax</source>
        <translation>softmax
du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty
%1</source>
        <translation>pénalité
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature
%1</source>
        <translation>température
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greedy</source>
        <translation>glouton</translation>
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
        <translation>tirage
final</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sampling microscope</source>
        <translation>Microscope d&apos;échantillonnage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click any generated token to see the model&apos;s distribution, what each sampling setting did to it, and the random draw that picked the token.</source>
        <translation>Cliquez sur n&apos;importe quel token généré pour voir la distribution du modèle, ce que chaque réglage d&apos;échantillonnage lui a fait, et le tirage aléatoire qui a choisi le token.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Token %1: %2  ·  model %3 (rank %4)  ·  after the settings %5  ·  entropy %6 bits  ·  surprise %7 bits</source>
        <translation>Token %1 : %2  ·  modèle %3 (rang %4)  ·  après les réglages %5  ·  entropie %6 bits  ·  surprise %7 bits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The draw u = %1 (seeded, uniform in [0, 1)) fell in %2&apos;s stretch [%3, %4) of the final distribution, so %2 was generated.</source>
        <translation>Le tirage u = %1 (avec graine, uniforme dans [0, 1)) est tombé dans l&apos;intervalle [%3, %4) de %2 dans la distribution finale, donc %2 a été généré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1 times in 100</source>
        <translation>environ %1 fois sur 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about once in %1 draws</source>
        <translation>environ une fois sur %1 tirages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The favourite %1 held [%2, %3) with %4: likelier, but not drawn. Sampling is not argmax: a %5 token comes up %6.</source>
        <translation>Le favori %1 occupait [%2, %3) avec %4 : plus probable, mais pas tiré. Échantillonner n&apos;est pas prendre l&apos;argmax : un token à %5 sort %6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s favourite %1 (%2) was cut by the settings.</source>
        <translation>Le favori du modèle %1 (%2) a été coupé par les réglages.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is also the model&apos;s favourite.</source>
        <translation>C&apos;est aussi le favori du modèle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Greedy decoding: no random draw; the most likely token after the repetition penalty is taken.</source>
        <translation>Décodage glouton : aucun tirage aléatoire ; le token le plus probable après la pénalité de répétition est pris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You picked %1 here when branching; the rest of this branch was generated from it.</source>
        <translation>Vous avez choisi %1 ici en bifurquant ; le reste de cette branche a été généré à partir de lui.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continue with %1</source>
        <translation>Continuer avec %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same token: a new branch regenerates what follows with the current settings.</source>
        <translation>Même token : une nouvelle branche régénère la suite avec les réglages actuels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new branch keeps the text before this token and continues from your pick.</source>
        <translation>Une nouvelle branche garde le texte avant ce token et continue à partir de votre choix.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with…</source>
        <translation>Continuer avec…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a candidate row to pick an alternative.</source>
        <translation>Cliquez sur une ligne de candidat pour choisir une alternative.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::PromptPanel</name>
    <message>
        <location filename="../widgets/textlab/promptpanel.cpp" line="+47"/>
        <source>Loading the shipped model…</source>
        <translation>Chargement du modèle fourni…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a model folder: a Hugging Face GPT-2-family folder (config.json, model.safetensors, vocab.json, merges.txt) or a model trained in the studio</source>
        <translation>Ouvrir un dossier de modèle : un dossier Hugging Face de la famille GPT-2 (config.json, model.safetensors, vocab.json, merges.txt) ou un modèle entraîné dans le studio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the shipped model</source>
        <translation>Revenir au modèle fourni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the model holds its weights: fp32 as stored; bf16 (half the memory) or int8 (a quarter) decode faster with slightly different numbers. Choosing one loads the model again.</source>
        <translation>Comment le modèle stocke ses poids : fp32 tel qu&apos;enregistré ; bf16 (la moitié de la mémoire) ou int8 (un quart) décodent plus vite avec des nombres légèrement différents. En choisir un recharge le modèle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight format</source>
        <translation>Format des poids</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt: the text the model continues</source>
        <translation>Prompt : le texte que le modèle continue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sampling</source>
        <translation>Échantillonnage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample</source>
        <translation>Échantillonner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greedy (most likely)</source>
        <translation>Glouton (le plus probable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: draw each token at random from the filtered distribution. Greedy: always take the most likely token (no randomness).</source>
        <translation>Échantillonner : tirer chaque token au hasard dans la distribution filtrée. Glouton : toujours prendre le token le plus probable (sans hasard).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it.</source>
        <translation>Divise les logits : en dessous de 1, la distribution se resserre ; au-dessus de 1, elle s&apos;aplatit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep only the k most likely tokens.</source>
        <translation>Ne garder que les k tokens les plus probables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the smallest set of most likely tokens whose probabilities add up to p (1 = off).</source>
        <translation>Garder le plus petit ensemble de tokens les plus probables dont les probabilités totalisent p (1 = désactivé).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop tokens less likely than min-p times the most likely one.</source>
        <translation>Écarter les tokens moins probables que min-p fois le plus probable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes tokens that already occurred less likely (1 = off).</source>
        <translation>Rend moins probables les tokens déjà apparus (1 = désactivé).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same seed and settings give the same text.</source>
        <translation>La même graine et les mêmes réglages donnent le même texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random seed</source>
        <translation>Une nouvelle graine aléatoire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. \n\n | THE END</source>
        <translation>par ex. \n\n | THE END</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation stops when the text contains one of these. Separate them with |; \n is a newline.</source>
        <translation>La génération s&apos;arrête quand le texte contient l&apos;un de ces éléments. Séparez-les par | ; \n est un saut de ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Température</translation>
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
        <translation>Pénalité de répét.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max tokens</source>
        <translation>Tokens max.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at</source>
        <translation>Arrêter à</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>Générer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 M parameters · %3 tokenizer of %4 tokens · sees the last %5 tokens
%6 weights: %7 MB</source>
        <translation>%1
%2 M paramètres · tokeniseur %3 de %4 tokens · voit les %5 derniers tokens
poids %6 : %7 Mo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (shipped)</source>
        <translation>%1 (fourni)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character</source>
        <translation>caractère</translation>
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
        <translation>coupé</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Token %1 (id %2)</source>
        <translation>Token %1 (id %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not among the top candidates</source>
        <translation>pas parmi les meilleurs candidats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to pick it as an alternative.</source>
        <translation>Cliquez pour le choisir comme alternative.</translation>
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
        <translation>entropie de la distribution du modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surprise of the generated token</source>
        <translation>surprise du token généré</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Per generated token. Surprise: how unexpected the generated token was to the model (-log2 p). Entropy: how unsure the model was before picking. Click to inspect a token.</source>
        <translation>Par token généré. Surprise : à quel point le token généré était inattendu pour le modèle (-log2 p). Entropie : à quel point le modèle était incertain avant de choisir. Cliquez pour inspecter un token.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TextLab</name>
    <message>
        <location filename="../widgets/textlab/textlab.cpp" line="+71"/>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizers</source>
        <translation>Tokeniseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a model folder (GPT-2 family: config.json, model.safetensors, vocab.json, merges.txt)</source>
        <translation>Ouvrir un dossier de modèle (famille GPT-2 : config.json, model.safetensors, vocab.json, merges.txt)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language models: tokens, sampling seen through a microscope, branching, attention, training</source>
        <translation>Modèles de langage : tokens, échantillonnage vu au microscope, bifurcations, attention, entraînement</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+203"/>
        <source>the shipped model</source>
        <translation>le modèle fourni</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still using %1)</source>
        <translation> (utilise toujours %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>Impossible d&apos;ouvrir la recette %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it describes a %1 output of the %2 lab, not a generated text</source>
        <translation>elle décrit un résultat %1 du labo %2, pas un texte généré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a generation is running; stop it, then open the recipe again</source>
        <translation>une génération est en cours ; arrêtez-la, puis ouvrez à nouveau la recette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>le dossier de modèle avec lequel il a été créé, %1, n&apos;existe pas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its weight format &quot;%1&quot; is not fp32, bf16 or int8</source>
        <translation>son format de poids « %1 » n&apos;est ni fp32, ni bf16, ni int8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its prompt holds a token id (%1) outside this model&apos;s vocabulary of %2</source>
        <translation>son prompt contient un id de token (%1) hors du vocabulaire de %2 de ce modèle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model cannot generate now</source>
        <translation>le modèle ne peut pas générer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the text of %1 again (seed %2)</source>
        <translation>Nouvelle production du texte de %1 (graine %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; careful: it was made with other weights than this model&apos;s, so the text may differ</source>
        <translation>; attention : il a été produit avec d&apos;autres poids que ceux de ce modèle, le texte peut donc différer</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>Le dossier de modèle du projet %1 n&apos;existe plus ; le labo garde %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerSide</name>
    <message>
        <location filename="../widgets/textlab/tokenizerview.cpp" line="+66"/>
        <source>Open folder…</source>
        <translation>Ouvrir un dossier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tokenizer folder: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (BERT&apos;s WordPiece), or a model folder</source>
        <translation>Un dossier de tokeniseur : encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (WordPiece de BERT), ou un dossier de modèle</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>token ids</source>
        <translation>ids de tokens</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · id %2 · occurs %3× in this text</source>
        <translation>%1 · id %2 · apparaît %3× dans ce texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens (%2 distinct) · %3 characters · %4 characters per token · vocabulary of %5</source>
        <translation>%1 tokens (%2 distincts) · %3 caractères · %4 caractères par token · vocabulaire de %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · the first %1 tokens are shown</source>
        <translation> · les %1 premiers tokens sont affichés</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerView</name>
    <message>
        <location line="+21"/>
        <source>Type or paste text to tokenize</source>
        <translation>Tapez ou collez du texte à tokeniser</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learn a BPE vocabulary on your text</source>
        <translation>Apprendre un vocabulaire BPE sur votre texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Un fichier texte (UTF-8, UTF-16 ou Latin-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens in the vocabulary: the 256 bytes, the learned merges and &lt;|endoftext|&gt;</source>
        <translation>Tokens du vocabulaire : les 256 octets, les fusions apprises et &lt;|endoftext|&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocabulary</source>
        <translation>Vocabulaire</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text to learn a vocabulary from</source>
        <translation>Texte à partir duquel apprendre un vocabulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character-level (from this text)</source>
        <translation>Niveau caractère (à partir de ce texte)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Model: %1</source>
        <translation>Modèle : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: </source>
        <translation>Modèle : </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot tokenize: %1</source>
        <translation>Impossible de tokeniser : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokenizer or model folder</source>
        <translation>Dossier de tokeniseur ou de modèle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load a tokenizer from %1: %2</source>
        <translation>Impossible de charger un tokeniseur depuis %1 : %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text file first.</source>
        <translation>Choisissez d&apos;abord un fichier texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning merges…</source>
        <translation>Apprentissage des fusions…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1  %2 + %3 → %4   (%5×)</source>
        <translation>n° %1  %2 + %3 → %4   (%5×)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BPE %1 on %2</source>
        <translation>BPE %1 sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 merges learned from %2 words (%3)%4</source>
        <translation>%1 fusions apprises à partir de %2 mots (%3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; stopped before the vocabulary size: no pair of tokens occurs often enough any more</source>
        <translation>; arrêté avant la taille de vocabulaire : aucune paire de tokens n&apos;apparaît plus assez souvent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot learn: %1</source>
        <translation>Impossible d&apos;apprendre : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TrainingPanel</name>
    <message>
        <location filename="../widgets/textlab/trainingpanel.cpp" line="+38"/>
        <source>Tiny: 2 layers, 64 wide (~0.1 M)</source>
        <translation>Minuscule : 2 couches, 64 de large (~0,1 M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide (~0.8 M)</source>
        <translation>Petit : 4 couches, 128 de large (~0,8 M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide (~2.7 M)</source>
        <translation>Moyen : 6 couches, 192 de large (~2,7 M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to train on</source>
        <translation>Texte sur lequel entraîner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>un fichier texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Model folder</source>
        <translation>Dossier du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints go here; training resumes from it when it already holds one of the same shape.</source>
        <translation>Les checkpoints vont ici ; l&apos;entraînement reprend à partir de celui-ci quand il en contient déjà un de même forme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters</source>
        <translation>Caractères</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 512 tokens learned on the text</source>
        <translation>BPE, 512 tokens appris sur le texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 1024 tokens learned on the text</source>
        <translation>BPE, 1024 tokens appris sur le texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer</source>
        <translation>Tokeniseur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample every</source>
        <translation>Échantillon tous les</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>Entraîner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train; with a checkpoint in the model folder, continue it</source>
        <translation>Entraîner ; avec un checkpoint dans le dossier du modèle, le continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate with this model</source>
        <translation>Générer avec ce modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a text file and press Train.</source>
        <translation>Choisissez un fichier texte et appuyez sur Entraîner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate with it</source>
        <translation>générer avec lui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Train again to continue</source>
        <translation>appuyez à nouveau sur Entraîner pour continuer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch loss</source>
        <translation>perte du lot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss (estimate)</source>
        <translation>perte d&apos;entraînement (estimation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>perte de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>pas d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per token)</source>
        <translation>perte (nats par token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Échantillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples appear here as the model learns; the slider below (or a click on the plot) picks the one of a step.</source>
        <translation>Les échantillons apparaissent ici à mesure que le modèle apprend ; le curseur ci-dessous (ou un clic sur le graphique) choisit celui d&apos;un pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters</source>
        <translation>Terminé : %1 pas en %2 s · perte de validation %3 (perplexité %4) · %5 tokens/s · %6 paramètres</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a text file to train on first.</source>
        <translation>Choisissez d&apos;abord un fichier texte sur lequel entraîner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the model.</source>
        <translation>Choisissez un dossier pour le modèle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Pas %1 sur %2 · perte %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1 (perplexity %2)</source>
        <translation> · validation %1 (perplexité %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 tokens/s · learning rate %2</source>
        <translation> · %1 tokens/s · taux d&apos;apprentissage %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · en pause</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DiscriminativePage</name>
    <message>
        <location filename="../widgets/tuninglab/discriminativepage.cpp" line="+302"/>
        <source>Two moons</source>
        <translation>Deux lunes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring of 8 Gaussians (8 classes)</source>
        <translation>Anneau de 8 gaussiennes (8 classes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral (two arms)</source>
        <translation>Spirale (deux bras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three blobs</source>
        <translation>Trois amas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten digits (OpenCV sample)</source>
        <translation>Chiffres manuscrits (exemple OpenCV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits drawn from fonts</source>
        <translation>Chiffres dessinés à partir de polices</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed here: %1</source>
        <translation>Non installé ici : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled data both models learn: a 2-D toy (each part a class) or 20x20 digits</source>
        <translation>Les données étiquetées qu&apos;apprennent les deux modèles : un jouet 2-D (chaque partie est une classe) ou des chiffres 20x20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistic regression</source>
        <translation>Régression logistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small neural network (%1 tanh units)</source>
        <translation>Petit réseau de neurones (%1 unités tanh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminative model: a straight boundary (logistic regression) or a curved one</source>
        <translation>Le modèle discriminatif : une frontière droite (régression logistique) ou courbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative model</source>
        <translation>Modèle discriminatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generative model: one Gaussian per class, or a mixture of several fitted by EM, which can follow a curved class such as a moon</source>
        <translation>Le modèle génératif : une gaussienne par classe, ou un mélange de plusieurs ajusté par EM, qui peut suivre une classe courbe comme une lune</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussians per class</source>
        <translation>Gaussiennes par classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data, the split, the training and the samples</source>
        <translation>Les données, la séparation, l&apos;entraînement et les échantillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train both models on the training split and measure them on the held-out one</source>
        <translation>Entraîner les deux modèles sur la partie d&apos;entraînement et les mesurer sur la partie réservée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both models classify. The &lt;b&gt;discriminative&lt;/b&gt; one learns only p(class | x): where the boundary between the classes runs. The &lt;b&gt;generative&lt;/b&gt; one learns p(x | class), a Gaussian per class, and the class shares p(class), and classifies by Bayes&apos; rule, argmax p(class) · p(x | class). Because it models the data itself, it can also draw new data.</source>
        <translation>Les deux modèles classifient. Le modèle &lt;b&gt;discriminatif&lt;/b&gt; n&apos;apprend que p(classe | x) : où passe la frontière entre les classes. Le modèle &lt;b&gt;génératif&lt;/b&gt; apprend p(x | classe), une gaussienne par classe, ainsi que les proportions des classes p(classe), et classifie par la règle de Bayes, argmax p(classe) · p(x | classe). Comme il modélise les données elles-mêmes, il peut aussi en tirer de nouvelles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the data and press Run.</source>
        <translation>Choisissez les données et appuyez sur Lancer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision regions appear here after a run.</source>
        <translation>Les régions de décision apparaissent ici après une exécution.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logistic regression&apos;s weights per digit: red pixels speak for the digit, blue against it. A boundary, not a picture: nothing here can be sampled.</source>
        <translation>Les poids de la régression logistique pour chaque chiffre : les pixels rouges plaident pour le chiffre, les bleus contre. Une frontière, pas une image : rien ici ne peut être échantillonné.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it looks at: each digit&apos;s weights, red pixels for the digit and blue against it. A boundary, not a picture of a digit.</source>
        <translation>Ce qu&apos;il regarde : les poids de chaque chiffre, pixels rouges pour le chiffre et bleus contre. Une frontière, pas l&apos;image d&apos;un chiffre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A discriminative model cannot sample: it knows where the boundary runs, not what the data looks like, so it has no new data to give.</source>
        <translation>Un modèle discriminatif ne peut pas échantillonner : il sait où passe la frontière, pas à quoi ressemblent les données, il n&apos;a donc aucune nouvelle donnée à fournir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Sample new data</source>
        <translation>Échantillonner de nouvelles données</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>p(class | x) says nothing about x itself: there is nothing to sample from</source>
        <translation>p(classe | x) ne dit rien de x lui-même : il n&apos;y a rien à échantillonner</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The regions and each class&apos;s Gaussian appear here after a run.</source>
        <translation>Les régions et la gaussienne de chaque classe apparaissent ici après une exécution.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draw new data from the Gaussians: pick a class, then a point from its Gaussian</source>
        <translation>Tirer de nouvelles données des gaussiennes : choisir une classe, puis un point de sa gaussienne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new samples each press draws (spread evenly over the classes)</source>
        <translation>Nombre de nouveaux échantillons tirés à chaque appui (répartis également entre les classes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per press:</source>
        <translation>par appui :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discriminative (logistic regression)</source>
        <translation>Discriminatif (régression logistique)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative (a neural network, %1 tanh units)</source>
        <translation>Discriminatif (un réseau de neurones, %1 unités tanh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generative (Gaussian per class + Bayes&apos; rule)</source>
        <translation>Génératif (gaussienne par classe + règle de Bayes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative (%1 Gaussians per class + Bayes&apos; rule)</source>
        <translation>Génératif (%1 gaussiennes par classe + règle de Bayes)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>preparing the data</source>
        <translation>préparation des données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading the digits</source>
        <translation>chargement des chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the discriminative model</source>
        <translation>entraînement du modèle discriminatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCA of the training images</source>
        <translation>ACP des images d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fitting a Gaussian per class</source>
        <translation>ajustement d&apos;une gaussienne par classe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing new samples</source>
        <translation>tirage de nouveaux échantillons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the models were measured.</source>
        <translation>Arrêté avant que les modèles soient mesurés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Held-out accuracy: %1 %</source>
        <translation>Exactitude sur les données réservées : %1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 held-out digits, per class:</source>
        <translation>%1 chiffres réservés, par classe :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digit</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this model</source>
        <translation>ce modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Gaussians</source>
        <translation>les gaussiennes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Gaussian per digit</source>
        <translation>Une gaussienne par chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mixture of %1 Gaussians per digit</source>
        <translation>Un mélange de %1 gaussiennes par chiffre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 PCA dimensions (%3 % of the pixel variance kept); new digits are drawn in that space and projected back to pixels, one row per class.</source>
        <translation>%1 dans %2 dimensions ACP (%3 % de la variance des pixels conservée) ; les nouveaux chiffres sont tirés dans cet espace puis reprojetés en pixels, une ligne par classe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: each class&apos;s Gaussian, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Couleurs : la classe que choisit la règle de Bayes (plus pâle là où elle est moins sûre). Ellipses : la gaussienne de chaque classe, 1σ en trait plein et 2σ en pointillés. Losanges : nouveaux points tirés de celles-ci.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: the %1 Gaussians of each class&apos;s mixture, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Couleurs : la classe que choisit la règle de Bayes (plus pâle là où elle est moins sûre). Ellipses : les %1 gaussiennes du mélange de chaque classe, 1σ en trait plein et 2σ en pointillés. Losanges : nouveaux points tirés de celles-ci.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 training and %2 held-out %3. The discriminative model (%4 parameters) is right on %5 % of the held-out data, the generative one (%6 parameters) on %7 %.</source>
        <translation>%1 %3 d&apos;entraînement et %2 réservés. Le modèle discriminatif (%4 paramètres) a raison sur %5 % des données réservées, le génératif (%6 paramètres) sur %7 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>points</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sampling failed: %1</source>
        <translation>Échec de l&apos;échantillonnage : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New samples drawn from the Gaussians: %1 (%2 shown). The discriminative model could not have made them.</source>
        <translation>Nouveaux échantillons tirés des gaussiennes : %1 (%2 affichés). Le modèle discriminatif n&apos;aurait pas pu les produire.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DistillPage</name>
    <message>
        <location filename="../widgets/tuninglab/distillpage.cpp" line="+60"/>
        <source>Knowledge distillation: a small student learns from a larger teacher&apos;s softened next-token distributions (temperature T) instead of the data&apos;s one right token alone. A second student of the same size, from the same seed and on the same batches, learns from the data alone; both are scored on the corpus&apos; held-out tail.</source>
        <translation>Distillation des connaissances : un petit élève apprend des distributions adoucies du token suivant d&apos;un enseignant plus grand (température T) au lieu du seul bon token des données. Un second élève de même taille, avec la même graine et sur les mêmes lots, apprend des données seules ; les deux sont évalués sur la fin réservée du corpus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher</source>
        <translation>Enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the teacher&apos;s model folder</source>
        <translation>Choisir le dossier du modèle enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe, 4 layers, 128 wide)</source>
        <translation>le modèle fourni (lm-shakespeare-bpe, 4 couches, largeur 128)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); its tokenizer reads the corpus</source>
        <translation>Un dossier de modèle de langage (le nôtre ou un GPT-2 Hugging Face) ; son tokenizer lit le corpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Choisir un fichier texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (à défaut : les pages d&apos;aide du studio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file; its last %1 % is held out for the scores</source>
        <translation>Un fichier texte UTF-8 ; ses derniers %1 % sont réservés pour les scores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; transformer blocks (default %1)</source>
        <translation>Les blocs transformer des élèves (par défaut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student layers</source>
        <translation>Couches de l&apos;élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; width, a multiple of %1 (default %2)</source>
        <translation>La largeur des élèves, un multiple de %1 (par défaut %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student width</source>
        <translation>Largeur de l&apos;élève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T: both distributions are softened by dividing the logits by T before they are compared (default %1)</source>
        <translation>T : les deux distributions sont adoucies en divisant les logits par T avant d&apos;être comparées (par défaut %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature T</source>
        <translation>Température T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the teacher&apos;s targets; 1 - alpha goes to the data (default %1)</source>
        <translation>Le poids des cibles de l&apos;enseignant ; 1 - alpha va aux données (par défaut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps of each student, %1 windows of %2 tokens each (default %3)</source>
        <translation>Pas d&apos;optimisation de chaque élève, %1 fenêtres de %2 tokens chacune (par défaut %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; initial weights (the same for both) and the batches</source>
        <translation>Les poids initiaux des élèves (les mêmes pour les deux) et les lots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>distilled: training loss on the data</source>
        <translation>distillé : perte d&apos;entraînement sur les données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: training loss</source>
        <translation>données seules : perte d&apos;entraînement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distilled: held-out loss</source>
        <translation>distillé : perte sur données réservées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: held-out loss</source>
        <translation>données seules : perte sur données réservées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per token)</source>
        <translation>perte (nats par token)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held-out perplexity</source>
        <translation>Perplexité sur données réservées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement with the teacher</source>
        <translation>Accord avec l&apos;enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The teacher must be a model folder: %1 is not one.</source>
        <translation>L&apos;enseignant doit être un dossier de modèle : %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>Le corpus doit être un fichier texte : %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default corpus (tiny Shakespeare) was not found: choose a text file.</source>
        <translation>Le corpus par défaut (tiny Shakespeare) est introuvable : choisissez un fichier texte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings cannot be used: %1</source>
        <translation>Les réglages ne peuvent pas être utilisés : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued…</source>
        <translation>En file d&apos;attente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Teacher (%1 layers × %2)</source>
        <translation>Enseignant (%1 couches × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilled student (%1 × %2)</source>
        <translation>Élève distillé (%1 × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-only student (%1 × %2)</source>
        <translation>Élève données seules (%1 × %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The distilled student wins: perplexity %1 against %2 on the data alone.</source>
        <translation>L&apos;élève distillé l&apos;emporte : perplexité %1 contre %2 avec les données seules.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data-only student did as well: perplexity %1 against %2 distilled.</source>
        <translation>L&apos;élève données seules a fait aussi bien : perplexité %1 contre %2 pour le distillé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: %2 steps per student, T %3, alpha %4; %5 held-out tokens.</source>
        <translation>Terminé en %1 s : %2 pas par élève, T %3, alpha %4 ; %5 tokens réservés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>L&apos;exécution a échoué : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InContextPage</name>
    <message>
        <location filename="../widgets/tuninglab/incontextpage.cpp" line="+94"/>
        <source>Few-shot: a task shown through k worked examples in the prompt</source>
        <translation>Few-shot : une tâche montrée par k exemples résolus dans le prompt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</source>
        <translation>Copier (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</source>
        <translation>Inverser (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next in a sequence (&quot;d e f&quot; -&gt; &quot;g&quot;)</source>
        <translation>Suivant dans une séquence (&quot;d e f&quot; -&gt; &quot;g&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup table (&quot;crown&quot; -&gt; &quot;blue&quot;)</source>
        <translation>Table de correspondance (&quot;crown&quot; -&gt; &quot;blue&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own examples</source>
        <translation>Vos propres exemples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in tasks are made from the seed, so everyone sees the same prompts. Each query is held out: it never appears among its own examples.</source>
        <translation>Les tâches intégrées sont construites à partir de la graine, donc tout le monde voit les mêmes prompts. Chaque requête est réservée : elle n&apos;apparaît jamais parmi ses propres exemples.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One example a line: input -&gt; output. Lines starting with # are skipped. Each query is one of these lines; its shots are others.</source>
        <translation>Un exemple par ligne : entrée -&gt; sortie. Les lignes commençant par # sont ignorées. Chaque requête est l&apos;une de ces lignes ; ses exemples sont d&apos;autres lignes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The numbers of examples in the prompt to measure, 0..32, separated by commas</source>
        <translation>Les nombres d&apos;exemples dans le prompt à mesurer, 0..32, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shots (k)</source>
        <translation>Exemples (k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out queries per k (your own examples: at most one per example)</source>
        <translation>Requêtes réservées par k (vos propres exemples : au plus une par exemple)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries per k</source>
        <translation>Requêtes par k</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+344"/>
        <source>Model A</source>
        <translation>Modèle A</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Model A: a language model folder</source>
        <translation>Modèle A : un dossier de modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (%1)</source>
        <translation>le modèle fourni (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+343"/>
        <source>Model B</source>
        <translation>Modèle B</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Model B: a language model folder</source>
        <translation>Modèle B : un dossier de modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (optional: a second model, side by side)</source>
        <translation>aucun (facultatif : un second modèle, côte à côte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+348"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run to measure the accuracy as the examples in the prompt grow.</source>
        <translation>Lancez pour mesurer l&apos;exactitude à mesure que les exemples du prompt augmentent.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples in the prompt (k)</source>
        <translation>exemples dans le prompt (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out accuracy (%)</source>
        <translation>exactitude sur données réservées (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model A</source>
        <translation>modèle A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model B</source>
        <translation>modèle B</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The point whose prompts and answers are shown (or click it in the plot)</source>
        <translation>Le point dont les prompts et les réponses sont affichés (ou cliquez dessus dans le graphique)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Correct</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt the model read, then its answer (choose an answer to see its own prompt):</source>
        <translation>Le prompt lu par le modèle, puis sa réponse (choisissez une réponse pour voir son propre prompt) :</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Shots: give numbers in 0..32 separated by commas, e.g. 0, 1, 2, 4, 8.</source>
        <translation>Exemples : donnez des nombres entre 0 et 32 séparés par des virgules, p. ex. 0, 1, 2, 4, 8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your examples: %1</source>
        <translation>Vos exemples : %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Model A (%1): %2</source>
        <translation>Modèle A (%1) : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model B (%1): %2</source>
        <translation>Modèle B (%1) : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the points measured so far stay on the curve.</source>
        <translation>Arrêté ; les points mesurés jusqu&apos;ici restent sur la courbe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot failed: %1</source>
        <translation>Échec du few-shot : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Model A, %1 shots: %2 of %3 right</source>
        <translation>Modèle A, %1 exemples : %2 sur %3 corrects</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B, %1 shots: %2 of %3 right</source>
        <translation>Modèle B, %1 exemples : %2 sur %3 corrects</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>correct</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>faux</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In-context copying: a random token sequence, then the same again</source>
        <translation>Copie en contexte : une séquence aléatoire de tokens, puis la même à nouveau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model of the few-shot form above to measure</source>
        <translation>Le modèle du formulaire few-shot ci-dessus à mesurer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens of the random sequence; it is shown twice, so twice this must fit the model&apos;s context</source>
        <translation>Tokens de la séquence aléatoire ; elle est affichée deux fois, donc le double doit tenir dans le contexte du modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run to see how much easier a sequence is the second time.</source>
        <translation>Lancez pour voir à quel point une séquence est plus facile la seconde fois.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Tête</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Induction</source>
        <translation>Induction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous token</source>
        <translation>Token précédent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attention, over the repeat, on the token that followed the current token&apos;s first occurrence</source>
        <translation>Attention moyenne, sur la répétition, portée au token qui suivait la première occurrence du token courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attention on the token just before</source>
        <translation>Attention moyenne portée au token juste avant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position of the predicted token</source>
        <translation>position du token prédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats)</source>
        <translation>perte (nats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss at each position</source>
        <translation>perte à chaque position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, first time</source>
        <translation>moyenne, première fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, on the repeat</source>
        <translation>moyenne, sur la répétition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowing nothing: ln(vocabulary)</source>
        <translation>sans rien savoir : ln(vocabulaire)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run, then choose a head in the table: its attention on the repeated sequence shows here. An induction head draws a stripe parallel to the diagonal, (length - 1) columns to its left, in the repeat&apos;s rows.</source>
        <translation>Lancez, puis choisissez une tête dans le tableau : son attention sur la séquence répétée s&apos;affiche ici. Une tête d&apos;induction trace une bande parallèle à la diagonale, (longueur - 1) colonnes à sa gauche, dans les lignes de la répétition.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a model B folder in the few-shot form first.</source>
        <translation>Choisissez d&apos;abord un dossier pour le modèle B dans le formulaire few-shot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measuring…</source>
        <translation>Mesure en cours…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying failed: %1</source>
        <translation>Échec de la copie : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a random sequence of %2 tokens (seed %3), then the same again.</source>
        <translation>%1 : une séquence aléatoire de %2 tokens (graine %3), puis la même à nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean loss the first time: %1 nats; on the repeat: %2 nats (knowing nothing: %3). %4</source>
        <translation>Perte moyenne la première fois : %1 nats ; sur la répétition : %2 nats (sans rien savoir : %3). %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model copies from its context.</source>
        <translation>Le modèle copie depuis son contexte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little copying: the repeat is hardly easier.</source>
        <translation>Peu de copie : la répétition est à peine plus facile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An induction head attends from each repeated token to the one that followed its first occurrence: a stripe %1 columns left of the diagonal, in the repeat&apos;s rows.</source>
        <translation>Une tête d&apos;induction porte son attention, depuis chaque token répété, sur celui qui suivait sa première occurrence : une bande %1 colonnes à gauche de la diagonale, dans les lignes de la répétition.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>first time</source>
        <translation>première fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat</source>
        <translation>répétition</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InstructPage</name>
    <message>
        <location filename="../widgets/tuninglab/instructpage.cpp" line="+56"/>
        <source>Instruction tuning teaches a pretrained language model to follow instructions: it is fine-tuned on (instruction, response) pairs with the loss counted only on the response. The same held-out instructions, never seen in training, are answered before and after.</source>
        <translation>Le réglage par instructions apprend à un modèle de langage pré-entraîné à suivre des instructions : il est affiné sur des paires (instruction, réponse) avec une perte comptée uniquement sur la réponse. Les mêmes instructions réservées, jamais vues à l&apos;entraînement, reçoivent une réponse avant et après.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a language model folder</source>
        <translation>Choisir un dossier de modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>le modèle fourni (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); empty: the shipped model</source>
        <translation>Un dossier de modèle de langage (le nôtre ou un GPT-2 Hugging Face) ; vide : le modèle fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in instructions (repeat, reverse, first, last, count)</source>
        <translation>Instructions intégrées (répéter, inverser, premier, dernier, compter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pairs (JSONL file)</source>
        <translation>Mes paires (fichier JSONL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in pairs are made from templates over common words; the held-out ones use word combinations never trained on</source>
        <translation>Les paires intégrées sont construites à partir de modèles sur des mots courants ; les paires réservées utilisent des combinaisons de mots jamais vues à l&apos;entraînement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL file</source>
        <translation>Fichier JSONL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose instruction pairs</source>
        <translation>Choisir des paires d&apos;instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Lignes JSON (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} object per line</source>
        <translation>Un objet {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps (default %1)</source>
        <translation>Pas d&apos;optimisation (par défaut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs per step (default %1)</source>
        <translation>Paires par pas (par défaut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate, warmed up and then decayed along a cosine (default %1)</source>
        <translation>Taux d&apos;apprentissage maximal, après une montée puis une décroissance en cosinus (par défaut %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in pairs, the held-out split and the batches</source>
        <translation>Les paires intégrées, la partie réservée et les lots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out instructions answered before and after tuning</source>
        <translation>Instructions réservées, avec leurs réponses avant et après le réglage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held out</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save tuned model…</source>
        <translation>Enregistrer le modèle réglé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the tuned model as a model folder the Text lab opens</source>
        <translation>Enregistrer le modèle réglé comme dossier de modèle que le labo Texte peut ouvrir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loss mask on an example: grey tokens are the prompt (no loss), highlighted tokens the response the model learns to write.</source>
        <translation>Le masque de perte sur un exemple : les tokens gris sont le prompt (pas de perte), les tokens surlignés la réponse que le modèle apprend à écrire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run to see an example&apos;s tokens and its mask.</source>
        <translation>Lancez pour voir les tokens d&apos;un exemple et son masque.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training loss (response tokens)</source>
        <translation>perte d&apos;entraînement (tokens de réponse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held-out loss</source>
        <translation>perte sur données réservées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per response token)</source>
        <translation>perte (nats par token de réponse)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held-out instruction</source>
        <translation>Instruction réservée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose a JSONL file of instruction pairs, or use the built-in set.</source>
        <translation>Choisissez un fichier JSONL de paires d&apos;instructions, ou utilisez le jeu intégré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>The data cannot be used: %1</source>
        <translation>Les données ne peuvent pas être utilisées : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued…</source>
        <translation>En file d&apos;attente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the tuned model in a folder</source>
        <translation>Enregistrer le modèle réglé dans un dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tuned model is saved in %1.</source>
        <translation>Le modèle réglé est enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not saved: %1</source>
        <translation>Le modèle n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>prompt token %1: weight 0, no loss</source>
        <translation>token de prompt %1 : poids 0, pas de perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response token %1: weight %2, the loss counts</source>
        <translation>token de réponse %1 : poids %2, la perte compte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The loss mask on a training example (&quot;%1&quot; → &quot;%2&quot;): grey tokens are the prompt (weight 0, no loss), highlighted tokens the response and its end of line (weight 1).</source>
        <translation>Le masque de perte sur un exemple d&apos;entraînement (« %1 » → « %2 ») : les tokens gris sont le prompt (poids 0, pas de perte), les tokens surlignés la réponse et sa fin de ligne (poids 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy before: %1</source>
        <translation>Exactitude avant : %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Accuracy %1 → %2</source>
        <translation>Exactitude %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps on %3 training pairs; held-out response loss %4 → %5.</source>
        <translation>Terminé en %1 s : %2 pas sur %3 paires d&apos;entraînement ; perte de réponse sur données réservées %4 → %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>L&apos;exécution a échoué : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::PreferencePage</name>
    <message>
        <location filename="../widgets/tuninglab/preferencepage.cpp" line="+50"/>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>pas</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preference tuning</source>
        <translation>Réglage par préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A language model folder</source>
        <translation>Un dossier de modèle de langage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>le modèle fourni (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language model to tune (ours or a Hugging Face GPT-2 folder); empty: the shipped one</source>
        <translation>Le modèle de langage à régler (le nôtre ou un dossier GPT-2 Hugging Face) ; vide : le modèle fourni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: shorter</source>
        <translation>Règle : plus court</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: no letter e</source>
        <translation>Règle : pas de lettre e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: ends with a rhyme</source>
        <translation>Règle : finit par une rime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who prefers one answer to the other: a built-in rule standing in for a person, or you</source>
        <translation>Qui préfère une réponse à l&apos;autre : une règle intégrée qui tient lieu de personne, ou vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who judges</source>
        <translation>Qui juge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer pairs the model writes and the rule judges (ties are skipped)</source>
        <translation>Paires de réponses que le modèle écrit et que la règle juge (les égalités sont ignorées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO (direct preference optimisation)</source>
        <translation>DPO (optimisation directe des préférences)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPO-style (policy gradient on the reward model, KL penalty)</source>
        <translation>Style PPO (gradient de politique sur le modèle de récompense, pénalité KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPO&apos;s beta: how strongly the log-ratios to the reference count; larger stays closer to it</source>
        <translation>Le bêta de DPO : le poids donné aux log-ratios par rapport à la référence ; plus grand reste plus proche d&apos;elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Bêta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the KL penalty to the reference; 0 lets the policy hack the reward</source>
        <translation>Le poids de la pénalité KL par rapport à la référence ; 0 laisse la politique pirater la récompense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL weight</source>
        <translation>Poids KL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward model: not trained yet</source>
        <translation>Modèle de récompense : pas encore entraîné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which answer is better?</source>
        <translation>Quelle réponse est la meilleure ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing answers…</source>
        <translation>Tirage des réponses…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Left is better (1)</source>
        <translation>La gauche est meilleure (1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right is better (2)</source>
        <translation>La droite est meilleure (2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip (space)</source>
        <translation>Passer (espace)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reward on held-out prompts</source>
        <translation>Récompense sur les prompts réservés</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>the judge&apos;s score</source>
        <translation>le score du juge</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>reward model</source>
        <translation>modèle de récompense</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KL to the reference</source>
        <translation>KL par rapport à la référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per answer</source>
        <translation>nats par réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate against the reference</source>
        <translation>Taux de victoire contre la référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The same held-out prompts, answered before and after (same seeds)</source>
        <translation>Les mêmes prompts réservés, avec les réponses avant et après (mêmes graines)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (the reference)</source>
        <translation>Avant (la référence)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (the tuned model)</source>
        <translation>Après (le modèle réglé)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose who judges and a method, then press Run.</source>
        <translation>Choisissez qui juge et une méthode, puis appuyez sur Lancer.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) judged</source>
        <translation>
            <numerusform>%n paire jugée</numerusform>
            <numerusform>%n paires jugées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n ignorée</numerusform>
            <numerusform>, %n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not draw answers: %1</source>
        <translation>Impossible de tirer des réponses : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model is writing two answers…</source>
        <translation>Le modèle écrit deux réponses…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt:
%1</source>
        <translation>Prompt :
%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reward model on your %1 pairs: %2 % right on %3 held out, %4 % on the %5 it learnt from</source>
        <translation>Modèle de récompense sur vos %1 paires : %2 % de réussite sur %3 réservées, %4 % sur les %5 dont il a appris</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reward model: %1</source>
        <translation>Modèle de récompense : %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Judge at least 4 pairs first (you have judged %1).</source>
        <translation>Jugez d&apos;abord au moins 4 paires (vous en avez jugé %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward %1 → %2 · KL to the reference %3 nats · win rate %4 % · empty answers %5 % → %6 %</source>
        <translation>Récompense %1 → %2 · KL par rapport à la référence %3 nats · taux de victoire %4 % · réponses vides %5 % → %6 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reward model on %1 judged pairs: %2 % right on held-out pairs (%3 % on its training pairs)</source>
        <translation>Modèle de récompense sur %1 paires jugées : %2 % de réussite sur les paires réservées (%3 % sur ses paires d&apos;entraînement)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2 · reward %3 · KL %4 nats · win rate %5 % · empty answers %6 %</source>
        <translation>Pas %1 sur %2 · récompense %3 · KL %4 nats · taux de victoire %5 % · réponses vides %6 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same held-out prompts, answered by the reference and by the model at step %1 (same seeds)</source>
        <translation>Les mêmes prompts réservés, avec les réponses de la référence et du modèle au pas %1 (mêmes graines)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::ScalingPage</name>
    <message>
        <location filename="../widgets/tuninglab/scalingpage.cpp" line="+65"/>
        <source>Pretraining and scale: the same small GPT at several widths, each trained on the corpus as its own training job. Their final held-out losses against their parameters on log-log axes fall on a line when loss follows a power law, loss ≈ a · N^e; its slope e says how much a bigger model buys, and the line predicts the next size up. Compute is counted as 6 × parameters × training tokens.</source>
        <translation>Pré-entraînement et échelle : le même petit GPT à plusieurs largeurs, chacune entraînée sur le corpus comme sa propre tâche d&apos;entraînement. Leurs pertes finales sur données réservées en fonction de leurs paramètres, sur des axes log-log, s&apos;alignent sur une droite quand la perte suit une loi de puissance, perte ≈ a · N^e ; sa pente e indique ce qu&apos;apporte un modèle plus grand, et la droite prédit la taille suivante. Le calcul est compté comme 6 × paramètres × tokens d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Choisir un fichier texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (à défaut : les pages d&apos;aide du studio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file, read with the shipped model&apos;s BPE vocabulary; its last 10 % is held out</source>
        <translation>Un fichier texte UTF-8, lu avec le vocabulaire BPE du modèle fourni ; ses derniers 10 % sont réservés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding widths, 2 to 12 of them, each 8..1024 (heads: one per 16 of width)</source>
        <translation>Les largeurs d&apos;embedding, de 2 à 12, chacune entre 8 et 1024 (têtes : une par tranche de 16 de largeur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widths</source>
        <translation>Largeurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same tokens for every size</source>
        <translation>Les mêmes tokens pour chaque taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute for every size</source>
        <translation>Le même calcul pour chaque taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute gives the smaller sizes more steps; at the budgets a CPU affords in minutes that favours the small ones: the loss rises with size</source>
        <translation>Le même calcul donne plus de pas aux petites tailles ; aux budgets qu&apos;un CPU permet en quelques minutes, cela favorise les petites : la perte augmente avec la taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each size gets</source>
        <translation>Chaque taille reçoit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training tokens per size (steps × %1 windows × %2 tokens)</source>
        <translation>Tokens d&apos;entraînement par taille (pas × %1 fenêtres × %2 tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FLOPs per size, 6 × parameters × tokens, e.g. 3e10</source>
        <translation>FLOPs par taille, 6 × paramètres × tokens, p. ex. 3e10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (FLOPs)</source>
        <translation>Budget (FLOPs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transformer blocks of every size (default %1)</source>
        <translation>Blocs transformer de chaque taille (par défaut %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights and the batches of every size</source>
        <translation>Les poids et les lots de chaque taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Prêt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parameters N</source>
        <translation>paramètres N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final held-out loss (nats/token)</source>
        <translation>perte finale sur données réservées (nats/token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute C (FLOPs)</source>
        <translation>calcul C (FLOPs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out loss (nats/token)</source>
        <translation>perte sur données réservées (nats/token)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The widths must be whole numbers separated by commas (got &apos;%1&apos;).</source>
        <translation>Les largeurs doivent être des nombres entiers séparés par des virgules (reçu « %1 »).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The budget must be a positive number of FLOPs, e.g. 3e10 (got &apos;%1&apos;).</source>
        <translation>Le budget doit être un nombre positif de FLOPs, p. ex. 3e10 (reçu « %1 »).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>Le corpus doit être un fichier texte : %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The experiment cannot start: %1</source>
        <translation>L&apos;expérience ne peut pas démarrer : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps, %4 FLOPs — queued</source>
        <translation>Largeur %1 : %2 paramètres, %3 pas, %4 FLOPs — en file d&apos;attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width %1</source>
        <translation>largeur %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps — running, %4 %</source>
        <translation>Largeur %1 : %2 paramètres, %3 pas — en cours, %4 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sizes queued as training jobs.</source>
        <translation>%1 tailles mises en file d&apos;attente comme tâches d&apos;entraînement.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final loss of each size</source>
        <translation>perte finale de chaque taille</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power-law fit</source>
        <translation>ajustement en loi de puissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prediction, next size</source>
        <translation>prédiction, taille suivante</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Width %1: %2 parameters, %3 steps — running</source>
        <translation>Largeur %1 : %2 paramètres, %3 pas — en cours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Width %1: %2 parameters, %3 steps — loss %4 (%5 s)</source>
        <translation>Largeur %1 : %2 paramètres, %3 pas — perte %4 (%5 s)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>loss ≈ %1 · N^%2 (r² %3)</source>
        <translation>perte ≈ %1 · N^%2 (r² %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger is better here: each doubling of N multiplies the loss by %1.</source>
        <translation>Plus grand vaut mieux ici : chaque doublement de N multiplie la perte par %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger is not better here: at this budget the smaller sizes win.</source>
        <translation>Plus grand ne vaut pas mieux ici : avec ce budget, les petites tailles l&apos;emportent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 sizes in %2 s of training. %3 The next size up, width %4 (%5 parameters), is predicted to reach %6.</source>
        <translation>Terminé : %1 tailles en %2 s d&apos;entraînement. %3 La taille suivante, largeur %4 (%5 paramètres), devrait atteindre %6.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The experiment ended without a fit: %1</source>
        <translation>L&apos;expérience s&apos;est terminée sans ajustement : %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::TuningLab</name>
    <message>
        <location filename="../widgets/tuninglab/tuninglab.cpp" line="+33"/>
        <source>From a pretrained language model to an assistant: each page is one idea as an experiment with a measured before and after, on the Text lab&apos;s models (the shipped one unless you choose a folder).</source>
        <translation>D&apos;un modèle de langage pré-entraîné à un assistant : chaque page est une idée sous forme d&apos;expérience, avec un avant et un après mesurés, sur les modèles du labo Texte (le modèle fourni, sauf si vous choisissez un dossier).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In-context learning</source>
        <translation>Apprentissage en contexte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction tuning</source>
        <translation>Réglage par instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences (RLHF)</source>
        <translation>Préférences (RLHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>Distillation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative vs generative</source>
        <translation>Discriminatif vs génératif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy as worked examples in the prompt grow; the heads that copy</source>
        <translation>L&apos;exactitude à mesure que les exemples résolus du prompt augmentent ; les têtes qui copient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune on (instruction, response) pairs, the loss on the response only</source>
        <translation>Affiner sur des paires (instruction, réponse), avec la perte sur la réponse seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reward model from preferences, then DPO or a KL-penalised policy gradient</source>
        <translation>Un modèle de récompense à partir de préférences, puis DPO ou un gradient de politique pénalisé par KL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small student trained on a teacher&apos;s softened distributions</source>
        <translation>Un petit élève entraîné sur les distributions adoucies d&apos;un enseignant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model sizes trained for the same compute, and the power law they follow</source>
        <translation>Des tailles de modèle entraînées pour le même calcul, et la loi de puissance qu&apos;elles suivent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A classifier that draws a boundary beside one that models each class and can sample</source>
        <translation>Un classifieur qui trace une frontière à côté d&apos;un autre qui modélise chaque classe et peut échantillonner</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tuning</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-context learning, instruction and preference tuning, distillation, scaling, and discriminative versus generative models, each measured before and after</source>
        <translation>Apprentissage en contexte, réglage par instructions et par préférences, distillation, mise à l&apos;échelle, et modèles discriminatifs face aux génératifs, chacun mesuré avant et après</translation>
    </message>
</context>
</TS>
