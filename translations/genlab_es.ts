<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+112"/>
        <source>resized from %1x%2 to %3x%4 (the lab shows at most %5 px)</source>
        <translation>redimensionada de %1x%2 a %3x%4 (el laboratorio muestra como máximo %5 px)</translation>
    </message>
</context>
<context>
    <name>DiscriminativeJobs</name>
    <message>
        <location filename="../core/services/tuning/discriminativejobs.cpp" line="+22"/>
        <source>two moons</source>
        <translation>dos lunas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ring</source>
        <translation>anillo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spiral</source>
        <translation>espiral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blobs</source>
        <translation>manchas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>digits from fonts</source>
        <translation>dígitos de fuentes tipográficas</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discriminative vs generative (%1)</source>
        <translation>Discriminativo frente a generativo (%1)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sample from the Gaussians (%1)</source>
        <translation>Muestrear de las gaussianas (%1)</translation>
    </message>
</context>
<context>
    <name>GanPreset</name>
    <message>
        <location filename="../core/engine/gan/detail/toypresets.cpp" line="+166"/>
        <source>Discriminator first</source>
        <translation>Primero el discriminador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The standard schedule: each step first trains the discriminator once on real points and on the generator&apos;s current fakes, then trains the generator once to be classified as real (non-saturating loss, Adam for both). Watch the heat map: D rates the regions around the real points high, and the arrows push every fake point uphill towards them. After a few hundred steps the fake points spread over all eight modes of the ring, KL and JS fall, and D(x) and D(G(z)) both settle near 0.5: D can no longer tell real from fake.</source>
        <translation>El programa estándar: cada paso entrena primero el discriminador una vez con los puntos reales y con las falsificaciones actuales del generador, y luego entrena el generador una vez para que se clasifique como real (pérdida no saturante, Adam para ambos). En el mapa de calor, D valora alto las regiones alrededor de los puntos reales, y las flechas empujan cada punto falso cuesta arriba hacia ellas. Tras unos cientos de pasos los puntos falsos se reparten por los ocho modos del anillo, KL y JS bajan, y D(x) y D(G(z)) se estabilizan cerca de 0.5: D ya no distingue lo real de lo falso.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Discriminator too strong</source>
        <translation>Discriminador demasiado fuerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The original minimax loss (G minimises log(1 - D(G(z)))) with a discriminator that learns fast and takes ten steps for each generator step. D quickly rejects every fake point with near certainty: D(G(z)) drops to about 0. Where D is that sure, log(1 - D) is flat, so the generator&apos;s gradient vanishes: the arrows shrink to nothing, G&apos;s gradient norm falls by orders of magnitude, and the fake points stay where they started. The generator cannot learn from a discriminator that wins too easily.</source>
        <translation>La pérdida minimax original (G minimiza log(1 - D(G(z)))) con un discriminador que aprende rápido y da diez pasos por cada paso del generador. D rechaza enseguida cada punto falso casi con certeza: D(G(z)) cae a casi 0. Donde D está tan seguro, log(1 - D) es plano, así que el gradiente del generador se desvanece: las flechas se reducen a nada, la norma del gradiente de G cae varios órdenes de magnitud y los puntos falsos se quedan donde empezaron. El generador no puede aprender de un discriminador que gana con demasiada facilidad.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Generator fools D too easily</source>
        <translation>El generador engaña a D con demasiada facilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminator is starved: plain SGD with a learning rate fifty times smaller than the generator&apos;s. It never learns to tell the real points from the fakes, so D(x) and D(G(z)) both sit at about 0.5 and the heat map stays almost flat. The generator fools it without effort, but a discriminator that knows nothing cannot teach anything: the fake points wander without finding the ring, and KL, JS and the mode coverage do not improve.</source>
        <translation>El discriminador pasa hambre: SGD simple con una tasa de aprendizaje cincuenta veces menor que la del generador. Nunca aprende a distinguir los puntos reales de los falsos, así que D(x) y D(G(z)) se quedan ambos en torno a 0.5 y el mapa de calor sigue casi plano. El generador lo engaña sin esfuerzo, pero un discriminador que no sabe nada no puede enseñar nada: los puntos falsos vagan sin encontrar el anillo, y KL, JS y la cobertura de modos no mejoran.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Mode collapse</source>
        <translation>Colapso de modos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same strong discriminator as in &quot;Discriminator too strong&quot; (minimax loss, ten fast D steps per G step), but the generator uses Adam, which rescales its tiny gradients so it does move. It moves all its points together towards whatever region D currently rates highest, and they land on one or two modes of the ring. Those points fool D well enough that nothing pulls them apart: the other modes stay empty, and the coverage figure says so (one or two of eight).</source>
        <translation>El mismo discriminador fuerte que en «Discriminador demasiado fuerte» (pérdida minimax, diez pasos rápidos de D por cada paso de G), pero el generador usa Adam, que reescala sus gradientes diminutos para que sí se mover. Mueve todos sus puntos juntos hacia la región que D valore más en ese momento, y acaban en uno o dos modos del anillo. Esos puntos engañan a D lo bastante como para que nada los separe: los demás modos quedan vacíos, y la cifra de cobertura lo dice (uno o dos de ocho).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Non-saturating loss fixes it</source>
        <translation>La pérdida no saturante lo arregla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exactly the &quot;Discriminator too strong&quot; game, with one change: the generator maximises log D(G(z)) instead of minimising log(1 - D(G(z))). Both push fakes towards being called real, but -log D is steep exactly where D rejects a fake with confidence. So the arrows stay long, G&apos;s gradient norm stays thousands of times larger than with the saturating loss, and the fake points climb onto the ring while D is still winning: KL falls from the first hundred steps. Keep it running, though: a discriminator ten steps ahead later herds the points onto one mode again. The loss cures the vanishing gradient, not an unbalanced game.</source>
        <translation>Exactamente el juego de «Discriminador demasiado fuerte», con un cambio: el generador maximiza log D(G(z)) en lugar de minimizar log(1 - D(G(z))). Ambas empujan las falsificaciones a ser tomadas por reales, pero -log D es empinada justo donde D rechaza una falsificación con seguridad. Así las flechas siguen largas, la norma del gradiente de G sigue miles de veces mayor que con la pérdida saturante, y los puntos falsos suben al anillo mientras D todavía gana: KL baja desde los primeros cien pasos. Pero si se deja seguir, un discriminador diez pasos por delante acaba reuniendo de nuevo los puntos en un solo modo. La pérdida cura el gradiente que se desvanece, no un juego desequilibrado.</translation>
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
        <translation>interactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training</source>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/O</source>
        <translation>E/S</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>genlab::app</name>
    <message>
        <location filename="../app/main.cpp" line="+98"/>
        <source>Loading the labs…</source>
        <translation>Cargando los laboratorios…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>GenLab Studio could not load its labs: %1</source>
        <translation>GenLab Studio no pudo cargar sus laboratorios: %1</translation>
    </message>
</context>
<context>
    <name>genlab::services</name>
    <message>
        <location filename="../core/services/computeservice.cpp" line="+59"/>
        <source>device:      %1 (%2)</source>
        <translation>dispositivo: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note:        %1</source>
        <translation>nota:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch:    %1 (%2 parallel backend)</source>
        <translation>LibTorch:    %1 (backend paralelo %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CUDA:        %1</source>
        <translation>CUDA:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 device(s)</source>
        <translation>%1 dispositivo(s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU cores:   %1</source>
        <translation>núcleos CPU: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>threads:     interactive lane %1, training lane %2, I/O lane %3, headless commands %4</source>
        <translation>hilos:       carril interactivo %1, carril de entrenamiento %2, carril de E/S %3, comandos sin interfaz %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BLAS:        %1</source>
        <translation>BLAS:        %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BLAS core:   %1</source>
        <translation>núcleo BLAS: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</source>
        <translation>matmul:      %1 GFLOP/s (1024x1024 fp32, %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WARNING:     the slow reference BLAS is in use. Install libopenblas0-openmp (apt-get install libopenblas0-openmp) for a ~20x faster matrix multiplication.</source>
        <translation>AVISO:       se está usando la BLAS de referencia, que es lenta. Instalar libopenblas0-openmp (apt-get install libopenblas0-openmp) para una multiplicación de matrices unas 20 veces más rápida.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>WARNING:     matrix multiplication is implausibly slow for %1; the machine may be busy or the BLAS misconfigured.</source>
        <translation>AVISO:       la multiplicación de matrices es inverosímilmente lenta para %1; puede que la máquina esté ocupada o que la BLAS esté mal configurada.</translation>
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
        <translation>hilos: %1 interactivos, %2 de entrenamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measure matmul throughput</source>
        <translation>Medir el rendimiento de matmul</translation>
    </message>
</context>
<context>
    <name>genlab::services::DatasetService</name>
    <message>
        <location filename="../core/services/datasetservice.cpp" line="+102"/>
        <source>Open data set: %1</source>
        <translation>Abrir conjunto de datos: %1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Sample toy distribution %1</source>
        <translation>Muestrear la distribución de juguete %1</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>made by the %1 lab (%2), not by the data browser</source>
        <translation>creado por el laboratorio %1 (%2), no por el explorador de datos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the recipe names no data set</source>
        <translation>la receta no nombra ningún conjunto de datos</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export image grid: %1</source>
        <translation>Exportar cuadrícula de imágenes: %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/diffusionservice.cpp" line="+395"/>
        <source>Load diffusion model %1</source>
        <translation>Cargar modelo de difusión %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Denoise (%1)</source>
        <translation>Eliminar ruido (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Branch from step %1 (%2)</source>
        <translation>Ramificar desde el paso %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Noise an image</source>
        <translation>Añadir ruido a una imagen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seed travel %1 → %2</source>
        <translation>Viaje de semillas %1 → %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>GAN vs diffusion</source>
        <translation>GAN frente a difusión</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Train %1 on %2 (%3 processes)</source>
        <translation>Entrenar %1 con %2 (%3 procesos)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train %1 on %2</source>
        <translation>Entrenar %1 con %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::DistillJobs</name>
    <message>
        <location filename="../core/services/tuning/distilljobs.cpp" line="+100"/>
        <source>Distillation (student %1 x %2, T %3)</source>
        <translation>Destilación (alumno %1 x %2, T %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanExploreService</name>
    <message>
        <location filename="../core/services/gan/ganexplore.cpp" line="+165"/>
        <source>Load generator %1</source>
        <translation>Cargar generador %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sample the generator</source>
        <translation>Muestrear el generador</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Interpolate the generator&apos;s noise</source>
        <translation>Interpolar el ruido del generador</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::GanService</name>
    <message>
        <location filename="../core/services/gan/ganservice.cpp" line="+44"/>
        <source>Start a toy GAN</source>
        <translation>Iniciar una GAN de juguete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step the toy GAN</source>
        <translation>Avanzar la GAN de juguete</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Draw the toy GAN</source>
        <translation>Dibujar la GAN de juguete</translation>
    </message>
    <message>
        <location filename="../core/services/gan/gantraining.cpp" line="+174"/>
        <source>Train %1 on %2</source>
        <translation>Entrenar %1 con %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::InContextJobs</name>
    <message>
        <location filename="../core/services/tuning/incontextjobs.cpp" line="+113"/>
        <source>Few-shot accuracy (%1)</source>
        <translation>Exactitud con pocos ejemplos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few-shot accuracy (%1), two models</source>
        <translation>Exactitud con pocos ejemplos (%1), dos modelos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>In-context copying (%1 tokens)</source>
        <translation>Copia en contexto (%1 tokens)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Attention of the repeated sequence</source>
        <translation>Atención de la secuencia repetida</translation>
    </message>
</context>
<context>
    <name>genlab::services::JobManager</name>
    <message>
        <location filename="../core/services/jobmanager.cpp" line="+400"/>
        <location line="+61"/>
        <source>the studio is closing</source>
        <translation>el estudio se está cerrando</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>nothing to run</source>
        <translation>nada que ejecutar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>superseded by a newer request</source>
        <translation>sustituido por una petición más reciente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>canceled before it started</source>
        <translation>cancelado antes de empezar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>canceled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentMap</name>
    <message>
        <location filename="../core/services/latent/latentservice.cpp" line="+96"/>
        <source>unlabelled</source>
        <translation>sin etiqueta</translation>
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
        <translation>autocodificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gray</source>
        <translation>gris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2-D latent, %3×%3 %4</source>
        <translation>%1, latente de %2 dimensiones, %3×%3 %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, trained %1 steps on %2</source>
        <translation>, entrenado %1 pasos con %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
</context>
<context>
    <name>genlab::services::LatentService</name>
    <message>
        <location line="+86"/>
        <source>Load latent model %1</source>
        <translation>Cargar modelo latente %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Map the latent space of %1</source>
        <translation>Mapear el espacio latente de %1</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Sample the prior</source>
        <translation>Muestrear la distribución previa</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Decode a latent</source>
        <translation>Decodificar un latente</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Interpolate</source>
        <translation>Interpolar</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Encode %n image(s)</source>
        <translation>
            <numerusform>Codificar %n imagen</numerusform>
            <numerusform>Codificar %n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+11"/>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Train %1 (%2-D) on %3</source>
        <translation>Entrenar %1 (%2-D) con %3</translation>
    </message>
</context>
<context>
    <name>genlab::services::MaskedService</name>
    <message>
        <location filename="../core/services/masked/maskedservice.cpp" line="+145"/>
        <source>Load encoder %1</source>
        <translation>Cargar codificador %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Encoder attention maps</source>
        <translation>Mapas de atención del codificador</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>Fill mask</source>
        <translation>Rellenar máscara</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Three objectives</source>
        <translation>Tres objetivos</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Span corruption</source>
        <translation>Corrupción de tramos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use T5 model %1</source>
        <translation>Usar el modelo T5 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train a masked LM on %1</source>
        <translation>Entrenar un LM enmascarado con %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Train a T5 on %1</source>
        <translation>Entrenar un T5 con %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::PreferenceJobs</name>
    <message>
        <location filename="../core/services/tuning/preferencejobs.cpp" line="+61"/>
        <source>Sample answer pairs to judge</source>
        <translation>Muestrear pares de respuestas para juzgar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Fit the reward model</source>
        <translation>Ajustar el modelo de recompensa</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preference tuning (%1, rule %2)</source>
        <translation>Ajuste por preferencias (%1, regla %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preference tuning (%1, %2 pairs you judged)</source>
        <translation>Ajuste por preferencias (%1, %2 pares juzgados a mano)</translation>
    </message>
</context>
<context>
    <name>genlab::services::ProjectService</name>
    <message>
        <location filename="../core/services/projectservice.cpp" line="+94"/>
        <location line="+125"/>
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>there is nothing to recover</source>
        <translation>no hay nada que recuperar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: cannot open (%2)</source>
        <translation>%1: no se puede abrir (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the autosave is damaged (%2)</source>
        <translation>%1: el autoguardado está dañado (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 already holds a project: open it instead</source>
        <translation>%1 ya contiene un proyecto: abrirlo en su lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot create the project folder %1</source>
        <translation>no se puede crear la carpeta del proyecto %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: cannot open the project manifest (%2)</source>
        <translation>%1: no se puede abrir el manifiesto del proyecto (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the manifest is implausibly large (%2 bytes)</source>
        <translation>%1: el manifiesto es inverosímilmente grande (%2 bytes)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: not a valid project manifest (%2 at byte %3)</source>
        <translation>%1: no es un manifiesto de proyecto válido (%2 en el byte %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the manifest has no valid format_version</source>
        <translation>%1: el manifiesto no tiene un format_version válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: made by a newer version of GenLab Studio (format %2, this version reads up to %3)</source>
        <translation>%1: creado por una versión más reciente de GenLab Studio (formato %2, esta versión lee hasta el %3)</translation>
    </message>
</context>
<context>
    <name>genlab::services::RetrievalService</name>
    <message>
        <location filename="../core/services/retrieval/retrievalservice.cpp" line="+227"/>
        <source>, page %1</source>
        <translation>, página %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Open the retrieval index %1</source>
        <translation>Abrir el índice de recuperación %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Update the retrieval index</source>
        <translation>Actualizar el índice de recuperación</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Index the help pages</source>
        <translation>Indexar las páginas de ayuda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search passages</source>
        <translation>Buscar pasajes</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show a passage</source>
        <translation>Mostrar un pasaje</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Explain a passage&apos;s ranks</source>
        <translation>Explicar las posiciones de un pasaje</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Find passages by their text</source>
        <translation>Buscar pasajes por su texto</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Answer from the passages</source>
        <translation>Responder a partir de los pasajes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Generate an answer from the passages</source>
        <translation>Generar una respuesta a partir de los pasajes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Evaluate the retrievers</source>
        <translation>Evaluar los recuperadores</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Preview the chunks of %1</source>
        <translation>Previsualizar los fragmentos de %1</translation>
    </message>
</context>
<context>
    <name>genlab::services::ScalingJobs</name>
    <message>
        <location filename="../core/services/tuning/scalingjobs.cpp" line="+43"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No corpus: the default (tiny Shakespeare) was not found; choose a text file.</source>
        <translation>No hay corpus: no se encontró el predeterminado (tiny Shakespeare); elegir un archivo de texto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a readable text file.</source>
        <translation>%1 no es un archivo de texto legible.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot create the folder.</source>
        <translation>%1: no se puede crear la carpeta.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Scaling: width %1 (%2 parameters, %3 steps)</source>
        <translation>Escalado: anchura %1 (%2 parámetros, %3 pasos)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Width %1 was stopped.</source>
        <translation>La anchura %1 se detuvo.</translation>
    </message>
</context>
<context>
    <name>genlab::services::SftJobs</name>
    <message numerus="yes">
        <location filename="../core/services/tuning/sftjobs.cpp" line="+73"/>
        <source>Instruction tuning (built-in set, %n step(s))</source>
        <translation>
            <numerusform>Ajuste por instrucciones (conjunto integrado, %n paso)</numerusform>
            <numerusform>Ajuste por instrucciones (conjunto integrado, %n pasos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Instruction tuning (%1, %n step(s))</source>
        <translation>
            <numerusform>Ajuste por instrucciones (%1, %n paso)</numerusform>
            <numerusform>Ajuste por instrucciones (%1, %n pasos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save the instruction-tuned model</source>
        <translation>Guardar el modelo ajustado por instrucciones</translation>
    </message>
</context>
<context>
    <name>genlab::services::TextService</name>
    <message>
        <location filename="../core/services/text/textservice.cpp" line="+126"/>
        <source>Load the shipped language model</source>
        <translation>Cargar el modelo de lenguaje incluido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load model %1</source>
        <translation>Cargar modelo %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Generate text</source>
        <translation>Generar texto</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Attention maps</source>
        <translation>Mapas de atención</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tokenize</source>
        <translation>Tokenizar</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Load tokenizer %1</source>
        <translation>Cargar tokenizador %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learn a BPE vocabulary (%1 tokens) on %2</source>
        <translation>Aprender un vocabulario BPE (%1 tokens) con %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Train a language model on %1</source>
        <translation>Entrenar un modelo de lenguaje con %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>genlab::services::ToyDiffusionService</name>
    <message>
        <location filename="../core/services/diffusion/toydiffusionservice.cpp" line="+133"/>
        <source>Start a toy diffusion model</source>
        <translation>Iniciar un modelo de difusión de juguete</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Train the toy diffusion model</source>
        <translation>Entrenar el modelo de difusión de juguete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sample the toy diffusion model (%1)</source>
        <translation>Muestrear el modelo de difusión de juguete (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>Draw the toy&apos;s noise prediction</source>
        <translation>Dibujar la predicción de ruido del modelo de juguete</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ArithmeticPanel</name>
    <message>
        <location filename="../widgets/latentlab/arithmeticpanel.cpp" line="+28"/>
        <source>An attribute vector is the mean latent of one class minus the mean of another. Adding it to a point moves that point towards the first class.</source>
        <translation>Un vector de atributo es el latente medio de una clase menos la media de otra. Sumarlo a un punto mueve ese punto hacia la primera clase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Towards</source>
        <translation>Hacia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>away from</source>
        <translation>lejos de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Start from the current point</source>
        <translation>Partir del punto actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The vector is added to this base point; moving the point elsewhere (map, sliders) makes that the base</source>
        <translation>El vector se suma a este punto base; mover el punto a otro sitio (mapa, controles deslizantes) lo convierte en la base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>base + k · v for k = −2, −1, 0, +1, +2:</source>
        <translation>base + k · v para k = −2, −1, 0, +1, +2:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>The data set of the map has no classes: there is nothing to subtract.</source>
        <translation>El conjunto de datos del mapa no tiene clases: no hay nada que restar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the latent map…</source>
        <translation>Esperando el mapa latente…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>v = mean(%1) − mean(%2), |v| = %3. Drag the amount to add it to the current point.</source>
        <translation>v = media(%1) − media(%2), |v| = %3. Arrastrar la cantidad para sumarlo al punto actual.</translation>
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
        <translation>Conjuntos de datos de imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2-D toy distributions</source>
        <translation>Distribuciones de juguete 2-D</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse the image data sets and 2-D toy distributions the labs train on</source>
        <translation>Explorar los conjuntos de datos de imágenes y las distribuciones de juguete 2-D con los que entrenan los laboratorios</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ExplorerState</name>
    <message>
        <location filename="../widgets/latentlab/explorerstate.cpp" line="+40"/>
        <source>Could not decode the point: %1</source>
        <translation>No se pudo decodificar el punto: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::HomeLab</name>
    <message>
        <location filename="../widgets/home/homelab.cpp" line="+24"/>
        <source>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Generate with generative models and see inside them. Every lab works offline, on the CPU or a GPU, with models that ship with the studio or that you train or bring yourself.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;GenLab Studio&lt;/h1&gt;&lt;p style=&apos;font-size:13pt&apos;&gt;Generar con modelos generativos y ver su interior. Todos los laboratorios funcionan sin conexión, en la CPU o en una GPU, con modelos que vienen con el estudio o que se entrenan o se aportan.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Labs</source>
        <translation>Laboratorios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>device:      %1
%2
measuring matmul throughput…</source>
        <translation>dispositivo: %1
%2
midiendo el rendimiento de matmul…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure again</source>
        <translation>Medir de nuevo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The labs, and the device and thread budget model work runs with</source>
        <translation>Los laboratorios, y el dispositivo y el presupuesto de hilos con que se ejecuta el trabajo de los modelos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>measured</source>
        <translation>medido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>measurement %1: %2</source>
        <translation>medición %1: %2</translation>
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
        <translation>color (RGB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 channels</source>
        <translation>%1 canales</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose folder…</source>
        <translation>Elegir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a folder of PNG or JPEG images; sub-folder names become the labels</source>
        <translation>Elegir una carpeta de imágenes PNG o JPEG; los nombres de las subcarpetas pasan a ser las etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show only the images of one class</source>
        <translation>Mostrar solo las imágenes de una clase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shuffled</source>
        <translation>Barajado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images in a fixed random order (so the first page shows every class); off: in the data set&apos;s own order</source>
        <translation>Mostrar las imágenes en un orden aleatorio fijo (así la primera página muestra todas las clases); desactivado: en el orden propio del conjunto de datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Per page</source>
        <translation>Por página</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About this data set</source>
        <translation>Acerca de este conjunto de datos</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it was skipped</source>
        <translation>Por qué se omitió</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Choose a folder of images</source>
        <translation>Elegir una carpeta de imágenes</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open this data set: %1</source>
        <translation>No se puede abrir este conjunto de datos: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing to show</source>
        <translation>Nada que mostrar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>image %1 of the data set</source>
        <translation>imagen %1 del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
class: %1</source>
        <translation>
clase: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
file: %1</source>
        <translation>
archivo: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All classes</source>
        <translation>Todas las clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>images %1–%2 of %3%4</source>
        <translation>imágenes %1–%2 de %3%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> in class %1</source>
        <translation> en la clase %1</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n file(s) skipped</source>
        <translation>
            <numerusform>%n archivo omitido</numerusform>
            <numerusform>%n archivos omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 images</source>
        <translation>%1 imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (unlabelled)</source>
        <translation>ninguna (sin etiquetas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 classes: %2</source>
        <translation>%1 clases: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 unlabelled</source>
        <translation>; %1 sin etiqueta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 × %2 pixels, %3</source>
        <translation>%1 × %2 píxeles, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drawn by the studio (procedural)</source>
        <translation>dibujado por el estudio (procedimental)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>The project&apos;s image folder %1 no longer exists; the data browser keeps what it shows.</source>
        <translation>La carpeta de imágenes del proyecto %1 ya no existe; el explorador de datos conserva lo que muestra.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The project&apos;s data set “%1” is unknown to this version; the data browser keeps what it shows.</source>
        <translation>El conjunto de datos del proyecto «%1» es desconocido para esta versión; el explorador de datos conserva lo que muestra.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project&apos;s data set %1 is not available here (%2); the data browser keeps what it shows.</source>
        <translation>El conjunto de datos del proyecto %1 no está disponible aquí (%2); el explorador de datos conserva lo que muestra.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot open the recipe of %1: %2</source>
        <translation>No se puede abrir la receta de %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 shows images of the folder %2, which no longer exists.</source>
        <translation>%1 muestra imágenes de la carpeta %2, que ya no existe.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 shows the data set “%2”, which this version does not know.</source>
        <translation>%1 muestra el conjunto de datos «%2», que esta versión no conoce.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 shows the data set %2, which is not available here: %3</source>
        <translation>%1 muestra el conjunto de datos %2, que no está disponible aquí: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>exporting…</source>
        <translation>exportando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exported %1 (the PNG carries its recipe: open it to show this page again)</source>
        <translation>Exportado %1 (el PNG lleva su receta: al abrirlo se vuelve a mostrar esta página)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export the page as a labelled grid</source>
        <translation>Exportar la página como cuadrícula con etiquetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
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
        <translation>Sin imágenes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The largest size that shows every image</source>
        <translation>El mayor tamaño que muestra todas las imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One screen pixel per image pixel</source>
        <translation>Un píxel de pantalla por píxel de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Twice the size, pixels kept sharp</source>
        <translation>El doble de tamaño, con los píxeles nítidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4×</source>
        <translation>4×</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Four times the size, pixels kept sharp</source>
        <translation>Cuatro veces el tamaño, con los píxeles nítidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in use (Ctrl+wheel changes it)</source>
        <translation>Zoom en uso (Ctrl+rueda lo cambia)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the images one after another, as an animation</source>
        <translation>Mostrar las imágenes una tras otra, como una animación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> frames/s</source>
        <translation> fotogramas/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animation speed</source>
        <translation>Velocidad de la animación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as shown, labels included</source>
        <translation>Guardar la cuadrícula tal como se ve, con las etiquetas</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Export the images as PNG</source>
        <translation>Exportar las imágenes como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="+223"/>
        <source>at %1×</source>
        <translation>a %1×</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There are no images to export</source>
        <translation>No hay imágenes que exportar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::InterpolationPanel</name>
    <message>
        <location filename="../widgets/latentlab/interpolationpanel.cpp" line="+60"/>
        <source>The path goes through these points in order</source>
        <translation>El recorrido pasa por estos puntos en orden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pick on map</source>
        <translation>Elegir en el mapa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While on, each click on the map adds the nearest data-set image as an endpoint</source>
        <translation>Mientras está activado, cada clic en el mapa añade como extremo la imagen más cercana del conjunto de datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add current point</source>
        <translation>Añadir el punto actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the point shown in the preview (any point of the map, a sample, a slider setting)</source>
        <translation>Añadir el punto mostrado en la vista previa (cualquier punto del mapa, una muestra, un ajuste de los controles deslizantes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add images…</source>
        <translation>Añadir imágenes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encode your own PNG or JPEG files and add them as endpoints</source>
        <translation>Codificar archivos PNG o JPEG propios y añadirlos como extremos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;lerp&lt;/b&gt;: a straight line between the points</source>
        <translation>&lt;b&gt;lerp&lt;/b&gt;: una línea recta entre los puntos</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Pick two or more endpoints</source>
        <translation>Elegir dos o más extremos</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&lt;b&gt;slerp&lt;/b&gt;: along the sphere, |z| changes evenly</source>
        <translation>&lt;b&gt;slerp&lt;/b&gt;: a lo largo de la esfera, |z| cambia de forma uniforme</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position along the path</source>
        <translation>posición a lo largo del recorrido</translation>
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
        <translation>Las muestras de N(0, I) en d dimensiones tienen |z| cercano a √d: la masa de la distribución previa está en una capa esférica delgada. Una línea recta entre dos de esos puntos corta por dentro de la capa, donde el decodificador vio pocos códigos; slerp hace que |z| cambie de forma uniforme entre los extremos.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+59"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Play both paths as animations, side by side</source>
        <translation>Reproducir ambos recorridos como animaciones, uno junto al otro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GIF animation</source>
        <translation>Animación GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 video</source>
        <translation>Vídeo MP4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG strip</source>
        <translation>Tira PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the strip with its recipe (inside a PNG, beside a GIF or MP4)</source>
        <translation>Escribe la tira con su receta (dentro de un PNG, junto a un GIF o MP4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Images to encode</source>
        <translation>Imágenes que codificar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>point</source>
        <translation>punto</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Encoding %n image(s)…</source>
        <translation>
            <numerusform>Codificando %n imagen…</numerusform>
            <numerusform>Codificando %n imágenes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not encode: %1</source>
        <translation>No se pudo codificar: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Skipped %n file(s): %1</source>
        <translation>
            <numerusform>Se omitió %n archivo: %1</numerusform>
            <numerusform>Se omitieron %n archivos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Encoded %n image(s): each is brought to the model&apos;s size and colour, and its mean latent is the endpoint.</source>
        <translation>
            <numerusform>Se codificó %n imagen: se lleva al tamaño y color del modelo, y su latente medio es el extremo.</numerusform>
            <numerusform>Se codificaron %n imágenes: cada una se lleva al tamaño y color del modelo, y su latente medio es el extremo.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Interpolation failed: %1</source>
        <translation>La interpolación falló: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>√d = %1, the prior&apos;s shell</source>
        <translation>√d = %1, la capa de la distribución previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames through %2 endpoints. Click a frame to make it the current point.</source>
        <translation>%1 fotogramas a través de %2 extremos. Hacer clic en un fotograma para convertirlo en el punto actual.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exported %1</source>
        <translation>Exportado %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export canceled; nothing was written.</source>
        <translation>Exportación cancelada; no se escribió nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>GIF animations (*.gif)</source>
        <translation>Animaciones GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MP4 videos (*.mp4)</source>
        <translation>Vídeos MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the interpolation</source>
        <translation>Exportar la interpolación</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::JobsDock</name>
    <message>
        <location filename="../widgets/jobs/jobsdock.cpp" line="+21"/>
        <location line="+8"/>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+27"/>
        <source>No jobs yet. Training, generation and exports appear here with their progress.</source>
        <translation>Todavía no hay trabajos. El entrenamiento, la generación y las exportaciones aparecen aquí con su progreso.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::KlBarsPlot</name>
    <message>
        <location filename="../widgets/latentlab/klbarsplot.cpp" line="+22"/>
        <source>latent dimension</source>
        <translation>dimensión latente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL (nats)</source>
        <translation>KL (nats)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>KL per dimension appears here while a VAE trains.</source>
        <translation>La KL por dimensión aparece aquí mientras se entrena un VAE.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>KL per dimension at step %1: %2 of %3 dimensions carry information; the grey ones have collapsed to the prior (posterior collapse).</source>
        <translation>KL por dimensión en el paso %1: %2 de %3 dimensiones llevan información; las grises han colapsado a la distribución previa (colapso posterior).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentLab</name>
    <message>
        <location filename="../widgets/latentlab/latentlab.cpp" line="+48"/>
        <source>Digits VAE · 16-D latent (shipped)</source>
        <translation>VAE de dígitos · latente 16-D (incluido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digits VAE · 2-D latent (shipped)</source>
        <translation>VAE de dígitos · latente 2-D (incluido)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a checkpoint folder…</source>
        <translation>Abrir una carpeta de punto de control…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open recipe…</source>
        <translation>Abrir receta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a PNG, GIF or MP4 this lab made: its settings come back and the output is made again</source>
        <translation>Abrir un PNG, GIF o MP4 creado por este laboratorio: sus ajustes vuelven y la salida se genera de nuevo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Interpolation</source>
        <translation>Interpolación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples of the prior</source>
        <translation>Muestras de la distribución previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latent arithmetic</source>
        <translation>Aritmética latente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Play or stop</source>
        <translation>Reproducir o detener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A checkpoint folder (model.safetensors and config.json)</source>
        <translation>Una carpeta de punto de control (model.safetensors y config.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a recipe</source>
        <translation>Abrir una receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs of the latent lab (*.png *.gif *.mp4 *.json);;All files (*)</source>
        <translation>Salidas del laboratorio latente (*.png *.gif *.mp4 *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Could not save: %1</source>
        <translation>No se pudo guardar: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No shipped model was found (see the README, “Shipped models”). Train one in the Train tab, or open a checkpoint folder.</source>
        <translation>No se encontró ningún modelo incluido (ver el README, «Shipped models»). Entrenar uno en la pestaña Entrenar, o abrir una carpeta de punto de control.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train autoencoders and VAEs; sample, map, interpolate and steer their latent space</source>
        <translation>Entrenar autocodificadores y VAE; muestrear, mapear, interpolar y dirigir su espacio latente</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>loading %1…</source>
        <translation>cargando %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not load the model: %1. The lab keeps the model it had.</source>
        <translation>No se pudo cargar el modelo: %1. El laboratorio conserva el modelo que tenía.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Could not build the latent map: %1</source>
        <translation>No se pudo construir el mapa latente: %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cannot open the recipe: %1</source>
        <translation>No se puede abrir la receta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was made by the %2 lab, not this one.</source>
        <translation>%1 fue creado por el laboratorio %2, no por este.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: this lab cannot redo “%2”.</source>
        <translation>%1: este laboratorio no puede rehacer «%2».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened the recipe of %1 (%2).</source>
        <translation>Se abrió la receta de %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Warning: the model&apos;s weights are not the ones that made it, so the output may differ.</source>
        <translation> Aviso: los pesos del modelo no son los que lo crearon, así que la salida puede ser distinta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> Loading its model %1…</source>
        <translation> Cargando su modelo %1…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The recipe&apos;s endpoints do not fit this model&apos;s %1-D latent.</source>
        <translation>Los extremos de la receta no encajan con el latente %1-D de este modelo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The recipe&apos;s latent does not fit this model&apos;s %1-D latent.</source>
        <translation>El latente de la receta no encaja con el latente %1-D de este modelo.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The project&apos;s model %1 was not found (the folder no longer exists, or the shipped model is missing); the lab keeps its current model.</source>
        <translation>No se encontró el modelo del proyecto %1 (la carpeta ya no existe, o falta el modelo incluido); el laboratorio conserva su modelo actual.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::LatentMapPanel</name>
    <message>
        <location filename="../widgets/latentlab/latentmappanel.cpp" line="+40"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show every point again (the mouse wheel zooms)</source>
        <translation>Mostrar de nuevo todos los puntos (la rueda del ratón hace zoom)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>lerp path</source>
        <translation>recorrido lerp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>slerp path</source>
        <translation>recorrido slerp</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>current point</source>
        <translation>punto actual</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Encoding the data set with the model…</source>
        <translation>Codificando el conjunto de datos con el modelo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading the model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No map</source>
        <translation>Sin mapa</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unlabelled</source>
        <translation>sin etiqueta</translation>
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
        <translation>%1: %2 imágenes en sus medias codificadas. El latente es 2-D: este es el propio espacio latente.
Pasar el ratón: la imagen más cercana · pulsar o arrastrar: decodificar ese punto · rueda: zoom</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>principal component 1</source>
        <translation>componente principal 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>principal component 2</source>
        <translation>componente principal 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 images at their encoded means, the %3-D latents projected on their two main axes (PCA, %4% of the variance).
Hover: the nearest image · press or drag: decode that point · wheel: zoom</source>
        <translation>%1: %2 imágenes en sus medias codificadas, los latentes %3-D proyectados sobre sus dos ejes principales (PCA, %4% de la varianza).
Pasar el ratón: la imagen más cercana · pulsar o arrastrar: decodificar ese punto · rueda: zoom</translation>
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
        <translation>Ayuda</translation>
    </message>
    <message>
        <location line="-301"/>
        <location line="+301"/>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Device: %1</source>
        <translation>Dispositivo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model work runs on %1</source>
        <translation>El trabajo de los modelos se ejecuta en %1</translation>
    </message>
    <message>
        <location line="-286"/>
        <source>Autosave failed: %1</source>
        <translation>El autoguardado falló: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <source>Recover project</source>
        <translation>Recuperar proyecto</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>GenLab Studio did not close cleanly while %1 was open. Recover the autosaved state of the project? (Choosing No keeps the last saved version.)</source>
        <translation>GenLab Studio no se cerró correctamente mientras %1 estaba abierto. ¿Recuperar el estado autoguardado del proyecto? (Elegir No conserva la última versión guardada.)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 lab: %2</source>
        <translation>Laboratorio %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+187"/>
        <source>Show the %1 lab</source>
        <translation>Mostrar el laboratorio %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Project</source>
        <translation>&amp;Guardar proyecto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Re&amp;cipe…</source>
        <translation>Abrir re&amp;ceta…</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Open the recipe of an output</source>
        <translation>Abrir la receta de una salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outputs with recipes (*.png *.recipe.json *.gif *.mp4 *.txt);;All files (*)</source>
        <translation>Salidas con recetas (*.png *.recipe.json *.gif *.mp4 *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Help on This &amp;Lab</source>
        <translation>Ayuda sobre este &amp;laboratorio</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Help &amp;Contents</source>
        <translation>&amp;Contenido de la ayuda</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Scenes</source>
        <translation>&amp;Escenas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Scene…</source>
        <translation>&amp;Guardar escena…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Scene</source>
        <translation>&amp;Eliminar escena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;Tour</source>
        <translation>Hacer el &amp;recorrido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About GenLab Studio</source>
        <translation>Acerca &amp;de GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Device: loading the engine…</source>
        <translation>Dispositivo: cargando el motor…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Restart GenLab Studio</source>
        <translation>Reiniciar GenLab Studio</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job(s) still running will be stopped (a training run saves a checkpoint first). Restart now?</source>
        <translation>
            <numerusform>Se detendrá %n trabajo que sigue en ejecución (un entrenamiento guarda antes un punto de control). ¿Reiniciar ahora?</numerusform>
            <numerusform>Se detendrán %n trabajos que siguen en ejecución (un entrenamiento guarda antes un punto de control). ¿Reiniciar ahora?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Help on the %1 Lab</source>
        <translation>Ayuda sobre el laboratorio %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the help page of the lab shown (%1)</source>
        <translation>Abrir la página de ayuda del laboratorio mostrado (%1)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No jobs running</source>
        <translation>No hay trabajos en ejecución</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n trabajo en ejecución</numerusform>
            <numerusform>%n trabajos en ejecución</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recent projects)</source>
        <translation>(no hay proyectos recientes)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an empty folder for the new project</source>
        <translation>Elegir una carpeta vacía para el nuevo proyecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>a device not known yet (the engine is loading)</source>
        <translation>un dispositivo aún desconocido (el motor se está cargando)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The labs are still loading; open %1 again in a moment.</source>
        <translation>Los laboratorios aún se están cargando; vuelva a abrir %1 en un momento.</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+17"/>
        <location line="+2"/>
        <location line="+58"/>
        <source>Scene %1: %2</source>
        <translation>Escena %1: %2</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Recall Scene %1</source>
        <translation>Recuperar la escena %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+12"/>
        <source>Save scene</source>
        <translation>Guardar escena</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Name of the scene:</source>
        <translation>Nombre de la escena:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scenes are kept in the project: create or open a project first.</source>
        <translation>Las escenas se guardan en el proyecto: cree o abra primero un proyecto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved scene %1 (%2)</source>
        <translation>Escena %1 guardada (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This project has no scene %1</source>
        <translation>Este proyecto no tiene escena %1</translation>
    </message>
    <message>
        <location line="-662"/>
        <location line="+433"/>
        <location line="+10"/>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>GenLab projects (project.json)</source>
        <translation>Proyectos de GenLab (project.json)</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+240"/>
        <source>Save project</source>
        <translation>Guardar proyecto</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Project saved to %1</source>
        <translation>Proyecto guardado en %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About GenLab Studio</source>
        <translation>Acerca de GenLab Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Generate with generative models and see inside them: text models, latent spaces, GANs, diffusion and retrieval, on your own machine, offline.&lt;/p&gt;&lt;p&gt;Model work runs on %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GenLab Studio %1&lt;/h3&gt;&lt;p&gt;Generar con modelos generativos y ver su interior: modelos de texto, espacios latentes, GAN, difusión y recuperación, en la propia máquina, sin conexión.&lt;/p&gt;&lt;p&gt;El trabajo de los modelos se ejecuta en %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Open recipe</source>
        <translation>Abrir receta</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+169"/>
        <source>%1 was made by the %2 lab, which this version of GenLab Studio does not have.</source>
        <translation>%1 fue creado por el laboratorio %2, que esta versión de GenLab Studio no tiene.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>The %1 lab could not restore the recipe of %2.</source>
        <translation>El laboratorio %1 no pudo restaurar la receta de %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restored the settings of %1</source>
        <translation>Se restauraron los ajustes de %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::PreviewPanel</name>
    <message>
        <location filename="../widgets/latentlab/previewpanel.cpp" line="+25"/>
        <source>&lt;b&gt;Current point&lt;/b&gt;</source>
        <translation>&lt;b&gt;Punto actual&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this image as a PNG that carries its latent (Open recipe… brings it back)</source>
        <translation>Guardar esta imagen como un PNG que lleva su latente (Abrir receta… la recupera)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A point of the map</source>
        <translation>Un punto del mapa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set with the sliders</source>
        <translation>Fijado con los controles deslizantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sample of the prior</source>
        <translation>Una muestra de la distribución previa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A frame of the interpolation</source>
        <translation>Un fotograma de la interpolación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base point + amount × attribute vector</source>
        <translation>Punto base + cantidad × vector de atributo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From a recipe</source>
        <translation>De una receta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The centre of the latent space (z = 0)</source>
        <translation>El centro del espacio latente (z = 0)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Click or drag on the map, move a slider or click a sample to decode a point here.</source>
        <translation>Hacer clic o arrastrar en el mapa, mover un control deslizante o hacer clic en una muestra para decodificar un punto aquí.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
|z| = %2 (a typical prior draw has |z| ≈ %3)</source>
        <translation>%1
|z| = %2 (una muestra típica de la distribución previa tiene |z| ≈ %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save the current point</source>
        <translation>Guardar el punto actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SamplePanel</name>
    <message>
        <location filename="../widgets/latentlab/samplepanel.cpp" line="+27"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw new samples with a random seed</source>
        <translation>Generar nuevas muestras con una semilla aleatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The scale of z: 1 draws from the prior N(0, I); smaller values stay near the centre (typical, blurrier images), larger ones go where the model saw little data</source>
        <translation>La escala de z: 1 muestrea de la distribución previa N(0, I); los valores menores se quedan cerca del centro (imágenes típicas, más borrosas), los mayores van adonde el modelo vio pocos datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the grid as a PNG that carries its recipe</source>
        <translation>Guardar la cuadrícula como un PNG que lleva su receta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each tile decodes a z drawn from the prior. Click one to make it the current point.</source>
        <translation>Cada casilla decodifica un z extraído de la distribución previa. Hacer clic en una para convertirla en el punto actual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sampling…</source>
        <translation>Muestreando…</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Sampling failed: %1</source>
        <translation>El muestreo falló: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 draws of z from N(0, σ²·I) with σ = %2 (the temperature), seed %3. Click one to make it the current point.</source>
        <translation>%1 muestras de z de N(0, σ²·I) con σ = %2 (la temperatura), semilla %3. Hacer clic en una para convertirla en el punto actual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This model is a plain autoencoder: nothing made its codes follow N(0, I), so these draws need not look like the data. Compare with a VAE.</source>
        <translation>Este modelo es un autocodificador simple: nada hizo que sus códigos siguieran N(0, I), así que estas muestras no tienen por qué parecerse a los datos. Comparar con un VAE.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Save samples</source>
        <translation>Guardar muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SettingsDialog</name>
    <message>
        <location filename="../widgets/shell/language.cpp" line="+66"/>
        <location filename="../widgets/shell/settingsdialog.cpp" line="+89"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../widgets/shell/settingsdialog.cpp" line="-3"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of the studio&apos;s menus, labs and messages, and the format of its numbers. &quot;System language&quot; follows the desktop&apos;s setting.</source>
        <translation>El idioma de los menús, laboratorios y mensajes del estudio, y el formato de sus números. &quot;Idioma del sistema&quot; sigue el ajuste del escritorio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The menus, the status bar and this window have changed already. The labs show the new language after a restart; restarting saves the open project and reopens it.</source>
        <translation>Los menús, la barra de estado y esta ventana ya han cambiado. Los laboratorios muestran el nuevo idioma tras un reinicio; reiniciar guarda el proyecto abierto y lo vuelve a abrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::SlidersPanel</name>
    <message>
        <location filename="../widgets/latentlab/sliderspanel.cpp" line="+34"/>
        <source>Centre (z = 0)</source>
        <translation>Centro (z = 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random point</source>
        <translation>Punto aleatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw z from the prior N(0, I)</source>
        <translation>Extraer z de la distribución previa N(0, I)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No model loaded.</source>
        <translation>Ningún modelo cargado.</translation>
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
        <translation>Inactiva: el codificador ignora esta dimensión (su posterior es la distribución previa), así que moverla cambia poco. Esto es el colapso posterior.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much information this dimension carries about the image, averaged over the data set</source>
        <translation>Cuánta información lleva esta dimensión sobre la imagen, promediada sobre el conjunto de datos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 dimensions of the current point: drag one to move the point along it.</source>
        <translation>Las %1 dimensiones del punto actual: arrastrar una para mover el punto a lo largo de ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). The model uses every one of them.</source>
        <translation>Las %1 dimensiones del punto actual, primero las más informativas (KL sobre los datos). El modelo las usa todas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 dimensions of the current point, most informative first (KL over the data). %2 of them are inactive (greyed): the model ignores them (posterior collapse).</source>
        <translation>Las %1 dimensiones del punto actual, primero las más informativas (KL sobre los datos). %2 de ellas están inactivas (en gris): el modelo las ignora (colapso posterior).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 dimensions of the current point (an autoencoder: most variable first).</source>
        <translation>Las %1 dimensiones del punto actual (un autocodificador: primero las más variables).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::StepSlider</name>
    <message>
        <location filename="../widgets/components/stepslider.cpp" line="+26"/>
        <source>The previous recorded step</source>
        <translation>El paso registrado anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next recorded step</source>
        <translation>El paso registrado siguiente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick a step at which the model&apos;s outputs were recorded</source>
        <translation>Elegir un paso en el que se registraron las salidas del modelo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep showing the newest step while training runs</source>
        <translation>Seguir mostrando el paso más reciente mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+210"/>
        <source>no samples recorded yet</source>
        <translation>todavía no se han registrado muestras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step %1 (%2 of %3)</source>
        <translation>paso %1 (%2 de %3)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ToyDistributionsTab</name>
    <message>
        <location filename="../widgets/databrowser/toydistributionstab.cpp" line="+35"/>
        <source>Distribution</source>
        <translation>Distribución</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your drawing</source>
        <translation>Dibujo propio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New sample</source>
        <translation>Nueva muestra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draw again with the next seed</source>
        <translation>Muestrear de nuevo con la siguiente semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear drawing</source>
        <translation>Borrar dibujo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click or drag on the plot to draw points: &quot;Your drawing&quot; then samples around them (Gaussians as wide as half the typical gap between your points).</source>
        <translation>Hacer clic o arrastrar en el gráfico para dibujar puntos: &quot;Dibujo propio&quot; muestrea entonces alrededor de ellos (gaussianas tan anchas como la mitad de la separación típica entre los puntos dibujados).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>your points</source>
        <translation>puntos dibujados</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Draw some points on the plot first.</source>
        <translation>Dibujar primero algunos puntos en el gráfico.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 points, seed %3</source>
        <translation>%1: %2 puntos, semilla %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot sample: %1</source>
        <translation>No se puede muestrear: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingControls</name>
    <message>
        <location filename="../widgets/components/trainingcontrols.cpp" line="+34"/>
        <location line="+72"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Pause training; resume it, or run one step at a time</source>
        <translation>Pausar el entrenamiento; reanudarlo, o ejecutar un paso cada vez</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>While paused: run exactly one more step</source>
        <translation>En pausa: ejecutar exactamente un paso más</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the selected job (a queued job is removed; training saves its last step)</source>
        <translation>Detener el trabajo seleccionado (un trabajo en cola se elimina; el entrenamiento guarda su último paso)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop training; the weights of the last step are saved as a checkpoint</source>
        <translation>Detener el entrenamiento; los pesos del último paso se guardan como punto de control</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingMonitor</name>
    <message>
        <location filename="../widgets/components/trainingmonitor.cpp" line="+201"/>
        <source>Smoothing</source>
        <translation>Suavizado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exponential moving average weight, debiased as in TensorBoard; the raw values stay drawn faintly behind the smoothed curve</source>
        <translation>Peso de la media móvil exponencial, con corrección de sesgo como en TensorBoard; los valores sin suavizar se siguen dibujando tenues detrás de la curva suavizada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Log scale</source>
        <translation>Escala logarítmica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logarithmic value axis (values &lt;= 0 are not drawn)</source>
        <translation>Eje de valores logarítmico (los valores &lt;= 0 no se dibujan)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset view</source>
        <translation>Restablecer vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all the data again (or double-click the plot)</source>
        <translation>Mostrar de nuevo todos los datos (o doble clic en el gráfico)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data as CSV…</source>
        <translation>Datos como CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot as PNG…</source>
        <translation>Gráfico como PNG…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+322"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Export the curves as CSV</source>
        <translation>Exportar las curvas como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export the plot as PNG</source>
        <translation>Exportar el gráfico como PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+303"/>
        <location line="+249"/>
        <location line="+2"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Hover to read values · wheel zooms · drag pans · double-click shows all · click picks a step</source>
        <translation>Pasar el ratón para leer valores · la rueda hace zoom · arrastrar desplaza · doble clic muestra todo · clic elige un paso</translation>
    </message>
    <message>
        <location line="+32"/>
        <source> (raw %1)</source>
        <translation> (sin suavizar %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(raw %1)</source>
        <translation>(sin suavizar %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source> at step %1</source>
        <translation> en el paso %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source> (smoothed)</source>
        <translation> (suavizado)</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+6"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingPanel</name>
    <message>
        <location filename="../widgets/latentlab/trainingpanel.cpp" line="+41"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VAE (stochastic encoder, KL term)</source>
        <translation>VAE (codificador estocástico, término KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autoencoder (no KL)</source>
        <translation>Autocodificador (sin KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latent size</source>
        <translation>Tamaño del latente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour (3 channels)</source>
        <translation>Color (3 canales)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bernoulli (binary cross-entropy)</source>
        <translation>Bernoulli (entropía cruzada binaria)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gaussian (squared error)</source>
        <translation>Gaussiana (error cuadrático)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Likelihood</source>
        <translation>Verosimilitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight of the KL term: larger values give a smoother, more prior-like latent space and blurrier reconstructions, and more collapsed dimensions</source>
        <translation>Peso del término KL: los valores mayores dan un espacio latente más suave y más parecido a la distribución previa, reconstrucciones más borrosas y más dimensiones colapsadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>β (KL weight)</source>
        <translation>β (peso de KL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β grows linearly from 0 over these steps (against posterior collapse)</source>
        <translation>β crece linealmente desde 0 durante estos pasos (contra el colapso posterior)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>β warm-up</source>
        <translation>Calentamiento de β</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reconstructions every</source>
        <translation>Reconstrucciones cada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use in the explorer</source>
        <translation>Usar en el explorador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the explorer (map, samples, sliders)</source>
        <translation>Cargar el último punto de control en el explorador (mapa, muestras, controles deslizantes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the explorer</source>
        <translation>usarlo en el explorador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>marcar «Reanudar» para continuar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per image</source>
        <translation>nats por imagen</translation>
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
        <translation>reconstrucción</translation>
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
        <translation>Reconstrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inputs above, the model&apos;s outputs below, at the step picked below.</source>
        <translation>Entradas arriba, salidas del modelo abajo, en el paso elegido más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconstructions appear every few steps while training runs</source>
        <translation>Las reconstrucciones aparecen cada pocos pasos mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>input</source>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same draws from the prior N(0, I), decoded at the step picked below.</source>
        <translation>Las mismas muestras de la distribución previa N(0, I), decodificadas en el paso elegido más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A VAE&apos;s prior samples appear every few steps while training runs</source>
        <translation>Las muestras de la distribución previa de un VAE aparecen cada pocos pasos mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done: %1 steps, reconstruction %2, KL %3 nats per image, %4 images/s. Saved in %5.</source>
        <translation>Terminado: %1 pasos, reconstrucción %2, KL %3 nats por imagen, %4 imágenes/s. Guardado en %5.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick a data set and press Train. Curves, KL per dimension and reconstructions appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Elegir un conjunto de datos y pulsar Entrenar. Las curvas, la KL por dimensión y las reconstrucciones aparecen mientras se ejecuta; pausar, avanzar paso a paso y detener aquí o en el panel Trabajos.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>An autoencoder has no KL term: its codes are not pulled towards a prior, so no dimension collapses (and sampling from N(0, I) means little).</source>
        <translation>Un autocodificador no tiene término KL: sus códigos no se atraen hacia una distribución previa, así que ninguna dimensión colapsa (y muestrear de N(0, I) significa poco).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::TrainingSession</name>
    <message>
        <location filename="../widgets/components/trainingsession.cpp" line="+56"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>use it</source>
        <translation>usarlo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press Train to continue</source>
        <translation>pulsar Entrenar para continuar</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Previews appear every few steps while training runs</source>
        <translation>Las vistas previas aparecen cada pocos pasos mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Training: %1</source>
        <translation>Entrenamiento: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samples appear here as the model learns.</source>
        <translation>Las muestras aparecen aquí a medida que el modelo aprende.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, step %2</source>
        <translation>%1, paso %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sample at step %1:</source>
        <translation>Muestra en el paso %1:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paused. Resume, or run one step at a time.</source>
        <translation>En pausa. Reanudar, o ejecutar un paso cada vez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Done: %1 steps. Saved in %2.</source>
        <translation>Terminado: %1 pasos. Guardado en %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. The last completed step is saved in %1: %2.</source>
        <translation>Detenido. El último paso completado está guardado en %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped before the first step; nothing was saved.</source>
        <translation>Detenido antes del primer paso; no se guardó nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training failed: %1</source>
        <translation>El entrenamiento falló: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Training paused: %1 To train with a lower learning rate (try %2), press Stop, then %3.</source>
        <translation>Entrenamiento en pausa: %1 Para entrenar con una tasa de aprendizaje menor (probar %2), pulsar Detener y luego %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 became %2 at step %3</source>
        <translation>%1 pasó a ser %2 en el paso %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>infinite</source>
        <translation>infinito</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The curves and previews up to step %1 are kept.</source>
        <translation>Se conservan las curvas y vistas previas hasta el paso %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It diverged at its first step.</source>
        <translation>Divergió en su primer paso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training diverged: %1. %2 The model saved at step %3 in %4 is intact: %5, or lower the learning rate (try %6) and %7 from step %3.</source>
        <translation>El entrenamiento divergió: %1. %2 El modelo guardado en el paso %3 en %4 está intacto: %5, o bajar la tasa de aprendizaje (probar %6) y %7 desde el paso %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Training diverged: %1. %2 No checkpoint had been saved yet, so there is no model to keep: lower the learning rate (try %3) and train again; a checkpoint every few hundred steps keeps the progress of a run that diverges.</source>
        <translation>El entrenamiento divergió: %1. %2 Todavía no se había guardado ningún punto de control, así que no hay modelo que conservar: bajar la tasa de aprendizaje (probar %3) y entrenar de nuevo; un punto de control cada pocos cientos de pasos conserva el progreso de una ejecución que diverge.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::BranchStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/branchstrip.cpp" line="+22"/>
        <source>Scrub to a step above, then branch from it: each branch appears here beside the run.</source>
        <translation>Desplazarse a un paso de arriba y ramificar desde él: cada rama aparece aquí junto a la ejecución.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>%1
Click to scrub this run.</source>
        <translation>%1
Hacer clic para recorrer esta ejecución.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::CompareGrid</name>
    <message>
        <location filename="../widgets/diffusionlab/comparegrid.cpp" line="+19"/>
        <source>Pick a comparison and press Compare: the runs share the seed and the scrubber.</source>
        <translation>Elegir una comparación y pulsar Comparar: las ejecuciones comparten la semilla y el control de recorrido.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>step %1/%2 · %3 s</source>
        <translation>paso %1/%2 · %3 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step %1/%2 · running…</source>
        <translation>paso %1/%2 · en ejecución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting…</source>
        <translation>esperando…</translation>
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
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="-225"/>
        <source>DDPM vs DDIM vs DPM-Solver</source>
        <translation>DDPM frente a DDIM frente a DPM-Solver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guidance 1 / 3 / 7</source>
        <translation>guía 1 / 3 / 7</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10 vs 50 steps</source>
        <translation>10 frente a 50 pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 / 10 / 20 / 50 steps</source>
        <translation>5 / 10 / 20 / 50 pasos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every column starts from the same noise (the seed on the left); only what the comparison names differs</source>
        <translation>Cada columna parte del mismo ruido (la semilla de la izquierda); solo difiere lo que nombra la comparación</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>guidance %1</source>
        <translation>guía %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n steps</source>
        <translation>
            <numerusform>%n paso</numerusform>
            <numerusform>%n pasos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2 s</source>
        <translation>%1 %2 s</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A run failed: %1</source>
        <translation>Una ejecución falló: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 runs finished.</source>
        <translation>%1 de %2 ejecuciones terminadas.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Running %n runs one after another…</source>
        <translation>
            <numerusform>Ejecutando %n ejecución…</numerusform>
            <numerusform>Ejecutando %n ejecuciones una tras otra…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the comparison</source>
        <translation>Detener la comparación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Run the columns one after another with the same seed</source>
        <translation>Ejecutar las columnas una tras otra con la misma semilla</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingScrubber</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingscrubber.cpp" line="+30"/>
        <source>Step 0: the starting noise (Home)</source>
        <translation>Paso 0: el ruido inicial (Inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step back (Left)</source>
        <translation>Un paso atrás (Izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+124"/>
        <source>Play the denoising from here (Space)</source>
        <translation>Reproducir la eliminación de ruido desde aquí (Espacio)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>One step on (Right)</source>
        <translation>Un paso adelante (Derecha)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last step: the image (End)</source>
        <translation>El último paso: la imagen (Fin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag over the steps: noise on the left, the image on the right</source>
        <translation>Arrastrar sobre los pasos: ruido a la izquierda, la imagen a la derecha</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> steps/s</source>
        <translation> pasos/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast Play goes through the steps</source>
        <translation>A qué velocidad recorre Reproducir los pasos</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DenoisingView</name>
    <message>
        <location filename="../widgets/diffusionlab/denoisingview.cpp" line="+36"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>Pulsar Muestrear para ver cómo el ruido se convierte en una imagen, paso a paso.</translation>
    </message>
    <message>
        <location line="+238"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  ·  t = %1</source>
        <translation>  ·  t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = 0 (the image)</source>
        <translation>  ·  σ = 0 (la imagen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1 (pure noise)</source>
        <translation>  ·  σ = %1 (ruido puro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  ·  σ = %1</source>
        <translation>  ·  σ = %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the noisy image</source>
        <translation>la imagen con ruido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the model&apos;s guess of the image</source>
        <translation>la estimación de la imagen del modelo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no guess yet: step 0 is the noise</source>
        <translation>todavía no hay estimación: el paso 0 es el ruido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not computed yet</source>
        <translation>todavía no calculado</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>branched at %1</source>
        <translation>ramificado en %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>x_t, the noisy image</source>
        <translation>x_t, la imagen con ruido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x̂₀, the model&apos;s guess of the clean image</source>
        <translation>x̂₀, la estimación del modelo de la imagen limpia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 (t = %2): %3. Click to go there.</source>
        <translation>Paso %1 (t = %2): %3. Hacer clic para ir allí.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>x_t: the image the sampler holds at this step, noise and signal together</source>
        <translation>x_t: la imagen que tiene el muestreador en este paso, ruido y señal juntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>x̂₀: what the model predicts the finished image to be, seen from this step</source>
        <translation>x̂₀: lo que el modelo predice que será la imagen terminada, visto desde este paso</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionLab</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusionlab.cpp" line="+53"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>todavía no cargado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Modelo incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the model that comes with the studio (%1)</source>
        <translation>Volver al modelo que viene con el estudio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load…</source>
        <translation>Cargar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a diffusion model&apos;s checkpoint folder (config.json and its weights), e.g. one trained on the Train page</source>
        <translation>Abrir la carpeta de punto de control de un modelo de difusión (config.json y sus pesos), p. ej. uno entrenado en la página Entrenar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Forward process</source>
        <translation>Proceso directo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+2"/>
        <source>Sample</source>
        <translation>Muestrear</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Toy 2-D</source>
        <translation>Juguete 2-D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAN vs diffusion</source>
        <translation>GAN frente a difusión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train or pause</source>
        <translation>Entrenar o pausar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Diffusion</source>
        <translation>Difusión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Noise an image step by step, train a denoising UNet, sample with every step kept, scrubbed and branched; GAN vs diffusion</source>
        <translation>Añadir ruido a una imagen paso a paso, entrenar una UNet de eliminación de ruido, muestrear conservando cada paso, recorrerlo y ramificarlo; GAN frente a difusión</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the shipped model (%1)</source>
        <translation>el modelo incluido (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A diffusion model&apos;s checkpoint folder (config.json and its weights)</source>
        <translation>La carpeta de punto de control de un modelo de difusión (config.json y sus pesos)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Loaded %1</source>
        <translation>Cargado %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>El laboratorio conserva %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: load a checkpoint folder, or train one on the Train page.</source>
        <translation>No hay ningún modelo cargado: cargar una carpeta de punto de control, o entrenar uno en la página Entrenar.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>La carpeta de modelo del proyecto %1 ya no existe; el laboratorio conserva %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>La carpeta de modelo del proyecto %1 ya no existe.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>No se puede abrir la receta %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it was made by the %1 lab, not this one</source>
        <translation>fue creado por el laboratorio %1, no por este</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The run of %1 is set up on the Train page: press Train to run it again</source>
        <translation>La ejecución de %1 está preparada en la página Entrenar: pulsar Entrenar para ejecutarla de nuevo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>la carpeta de modelo con la que se creó, %1, no existe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading %1 for the recipe %2…</source>
        <translation>Cargando %1 para la receta %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Sample page cannot make a “%1” output</source>
        <translation>la página Muestrear no puede crear una salida «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Careful: %1 was made with other weights than this model&apos;s, so the images may differ</source>
        <translation>Atención: %1 se creó con otros pesos distintos de los de este modelo, así que las imágenes pueden ser distintas</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::DiffusionTrainPanel</name>
    <message>
        <location filename="../widgets/diffusionlab/diffusiontrainpanel.cpp" line="+78"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Condicionado por clase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network is told which class it denoises (the data set&apos;s labels; a folder&apos;s subfolders are its classes), so sampling can ask for a class and use guidance. The sample grid then has one column per class.</source>
        <translation>A la red se le indica qué clase está limpiando de ruido (las etiquetas del conjunto de datos; las subcarpetas de una carpeta son sus clases), así que el muestreo puede pedir una clase y usar guía. La cuadrícula de muestras tiene entonces una columna por clase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of labels replaced by “no class” while training, so the same network also learns the unconditional prediction that classifier-free guidance needs; default %1</source>
        <translation>Proporción de etiquetas sustituidas por «sin clase» durante el entrenamiento, para que la misma red aprenda también la predicción incondicional que necesita la guía sin clasificador; por defecto %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class dropout</source>
        <translation>Abandono de clase</translation>
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
        <translation>De 28 a %1 px en esta GPU: múltiplo de 4 por debajo de 48, de 8 desde 48, de 16 desde 80</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>28 to %1 px: a multiple of 4 below 48, of 8 from 48 (a GPU trains up to %2 px)</source>
        <translation>De 28 a %1 px: múltiplo de 4 por debajo de 48, de 8 desde 48 (una GPU entrena hasta %2 px)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 canales; gris en caso contrario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of the first level (a multiple of 8); the lower levels have twice as many</source>
        <translation>Canales del primer nivel (múltiplo de 8); los niveles inferiores tienen el doble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Self-attention at the lowest resolution: every position sees the whole image</source>
        <translation>Autoatención en la resolución más baja: cada posición ve la imagen entera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Residual blocks (group norm, time embedding) per level on the way down</source>
        <translation>Bloques residuales (normalización de grupo, embedding de tiempo) por nivel en el camino de bajada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>predicts ε</source>
        <translation>predice ε</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicts v</source>
        <translation>predice v</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the network outputs: the noise ε (DDPM), or v = √ᾱ·ε − √(1−ᾱ)·x₀, which stays well scaled at high noise</source>
        <translation>Lo que produce la red: el ruido ε (DDPM), o v = √ᾱ·ε − √(1−ᾱ)·x₀, que mantiene una buena escala con mucho ruido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res blocks</source>
        <translation>Bloques res.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast ᾱ(t) falls from 1 to 0; the Forward process page plots all three</source>
        <translation>A qué velocidad cae ᾱ(t) de 1 a 0; la página Proceso directo representa las tres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T </source>
        <translation>T </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Pasos de tiempo desde la imagen limpia hasta el ruido puro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Muestras cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss by t every</source>
        <translation>Pérdida por t cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of the loss at each noise level (%1 held-out images at fixed noise): the heat map&apos;s columns; default %2</source>
        <translation>Pasos entre mediciones de la pérdida en cada nivel de ruido (%1 imágenes reservadas con ruido fijo): las columnas del mapa de calor; por defecto %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampled weights are a moving average of the trained ones: ema = decay·ema + (1 − decay)·w; default %1</source>
        <translation>Los pesos muestreados son una media móvil de los entrenados: ema = decay·ema + (1 − decay)·w; por defecto %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>DDIM steps of the preview samples (one fixed seed); default %1</source>
        <translation>Pasos DDIM de las muestras de vista previa (una semilla fija); por defecto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> DDIM steps</source>
        <translation> pasos DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMA decay</source>
        <translation>Decaimiento EMA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previews with</source>
        <translation>Vistas previas con</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the latest checkpoint into the lab: sample it on the Sample page</source>
        <translation>Cargar el último punto de control en el laboratorio: muestrearlo en la página Muestrear</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it in the lab</source>
        <translation>usarlo en el laboratorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>marcar «Reanudar» para continuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (mean squared error)</source>
        <translation>pérdida (error cuadrático medio)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>gradient norm</source>
        <translation>norma del gradiente</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>pérdida en datos reservados</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise denoised by the EMA weights at the step picked below.</source>
        <translation>El mismo ruido limpiado por los pesos EMA en el paso elegido más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s samples appear every few steps while training runs</source>
        <translation>Las muestras del modelo aparecen cada pocos pasos mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Done: %1 steps, loss %2, %3 steps/s. Saved in %4. Press “Use this model” to sample it.</source>
        <translation>Terminado: %1 pasos, pérdida %2, %3 pasos/s. Guardado en %4. Pulsar «Usar este modelo» para muestrearlo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pick a data set and press Train. The loss, the loss at each noise level and the model&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Elegir un conjunto de datos y pulsar Entrenar. La pérdida, la pérdida en cada nivel de ruido y las muestras del modelo aparecen mientras se ejecuta; pausar, avanzar paso a paso y detener aquí o en el panel Trabajos.</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>A class-conditional model needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Un modelo condicionado por clase necesita clases: esta carpeta no tiene subcarpetas de imágenes. Desmarcar «Condicionado por clase» o elegir una carpeta con una subcarpeta por clase.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The batch of %1 does not split evenly over %2 processes: choose a batch that is a multiple of %2.</source>
        <translation>El lote de %1 no se reparte por igual entre %2 procesos: elegir un lote que sea múltiplo de %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ForwardView</name>
    <message>
        <location filename="../widgets/diffusionlab/forwardview.cpp" line="+54"/>
        <source>linear</source>
        <translation>lineal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sigmoid</source>
        <translation>sigmoide</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+273"/>
        <source>Your image file</source>
        <translation>Archivo de imagen propio</translation>
    </message>
    <message>
        <location line="-267"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which image of the data set</source>
        <translation>Qué imagen del conjunto de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File…</source>
        <translation>Archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise an image of your own (PNG, JPEG, …); it is brought to at most 64 px</source>
        <translation>Añadir ruido a una imagen propia (PNG, JPEG, …); se reduce a 64 px como máximo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How fast the image is drowned: linear (DDPM), cosine (improved DDPM) or sigmoid</source>
        <translation>A qué velocidad se ahoga la imagen: lineal (DDPM), coseno (DDPM mejorado) o sigmoide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Timesteps from the clean image to pure noise</source>
        <translation>Pasos de tiempo desde la imagen limpia hasta el ruido puro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The noise drawn; the same seed draws the same noise</source>
        <translation>El ruido extraído; la misma semilla extrae el mismo ruido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Timestep t</source>
        <translation>Paso de tiempo t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0: the clean image; T: pure noise</source>
        <translation>0: la imagen limpia; T: ruido puro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The image and its noised versions appear here</source>
        <translation>La imagen y sus versiones con ruido aparecen aquí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timestep t</source>
        <translation>paso de tiempo t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ᾱ(t), the signal&apos;s share (solid)</source>
        <translation>ᾱ(t), la proporción de la señal (continua)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SNR ᾱ/(1−ᾱ), log scale (dashed)</source>
        <translation>SNR ᾱ/(1−ᾱ), escala logarítmica (discontinua)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+349"/>
        <source>%1 schedule</source>
        <translation>programa %1</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Drag t and watch the digit drown: by t = T nothing of x₀ is left (ᾱ ≈ 0) and x_t is pure noise, which is where sampling starts. Compare the schedules: cosine keeps the image longer than linear, whose ᾱ is nearly 0 for the last third of the steps.</source>
        <translation>Arrastrar t y ver cómo se ahoga el dígito: en t = T no queda nada de x₀ (ᾱ ≈ 0) y x_t es ruido puro, que es donde empieza el muestreo. Comparar los programas: el coseno conserva la imagen más tiempo que el lineal, cuyo ᾱ es casi 0 durante el último tercio de los pasos.</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>An image to noise</source>
        <translation>Una imagen a la que añadir ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.pgm *.ppm *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>x₀ (clean)</source>
        <translation>x₀ (limpia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, one draw</source>
        <translation>x_t, una muestra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>x_t, %1 single steps</source>
        <translation>x_t, %1 pasos sueltos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ε, the noise added</source>
        <translation>ε, el ruido añadido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The image as the data set has it, in [0, 1]; the model sees it in [−1, 1]</source>
        <translation>La imagen tal como la tiene el conjunto de datos, en [0, 1]; el modelo la ve en [−1, 1]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε in one draw (the closed form) at t = %1</source>
        <translation>x_t = √ᾱ·x₀ + √(1−ᾱ)·ε en una sola muestra (la forma cerrada) en t = %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s for s = 1 … %1, a fresh ε_s each step</source>
        <translation>x_s = √(1−β_s)·x_{s−1} + √β_s·ε_s para s = 1 … %1, un ε_s nuevo en cada paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ε of the one-draw x_t, drawn from N(0, 1): black is −3, grey 0, white +3</source>
        <translation>El ε del x_t de una sola muestra, extraído de N(0, 1): negro es −3, gris 0, blanco +3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(%1%)</source>
        <translation>(%1%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;What was added&lt;/b&gt;: the residual x_t − √ᾱ·x₀ over all %1 values</source>
        <translation>&lt;b&gt;Lo que se añadió&lt;/b&gt;: el residuo x_t − √ᾱ·x₀ sobre los %1 valores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;mean&lt;/i&gt;</source>
        <translation>&lt;i&gt;media&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;i&gt;std&lt;/i&gt;</source>
        <translation>&lt;i&gt;desv.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one draw</source>
        <translation>una muestra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 single steps</source>
        <translation>%1 pasos sueltos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>theory</source>
        <translation>teoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>= √(1−ᾱ)</source>
        <translation>= √(1−ᾱ)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same distribution: %1 small steps of noise add up to one Gaussian draw, which is why training can jump to any t at once.</source>
        <translation>La misma distribución: %1 pequeños pasos de ruido suman una sola muestra gaussiana, por eso el entrenamiento puede saltar a cualquier t de una vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note: the image was %1.</source>
        <translation>Nota: la imagen fue %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; of T = %2 (%3 schedule)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;signal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · noise √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;t = %1&lt;/b&gt; de T = %2 (programa %3)&lt;br&gt;ᾱ(t) = %4 · SNR ᾱ/(1−ᾱ) = %5&lt;br&gt;señal √ᾱ = &lt;b&gt;%6&lt;/b&gt; · ruido √(1−ᾱ) = &lt;b&gt;%7&lt;/b&gt;&lt;br&gt;&lt;big&gt;x_t = %6·x₀ + %7·ε&lt;/big&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 schedule (shown)</source>
        <translation>programa %1 (mostrado)</translation>
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
        <translation>Imágenes por medición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Samples of each model compared with held-out real digits; more give steadier figures</source>
        <translation>Muestras de cada modelo comparadas con dígitos reales reservados; más dan cifras más estables</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampling steps</source>
        <translation>Pasos de muestreo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The diffusion model&apos;s step counts to measure (DDIM), separated by commas, 1 to %1</source>
        <translation>Los números de pasos del modelo de difusión que medir (DDIM), separados por comas, de 1 a %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>above 100 steps</source>
        <translation>por encima de 100 pasos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> images</source>
        <translation> imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fewer images for the step counts above 100, which take long</source>
        <translation>Menos imágenes para los números de pasos por encima de 100, que tardan mucho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Measure</source>
        <translation>Medir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample both models and measure them against held-out digits with the same evaluator</source>
        <translation>Muestrear ambos modelos y medirlos frente a dígitos reservados con el mismo evaluador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Press Measure</source>
        <translation>Pulsar Medir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modelo de difusión&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>sampling steps per image (log scale)</source>
        <translation>pasos de muestreo por imagen (escala logarítmica)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fréchet distance (lower is better)</source>
        <translation>Distancia de Fréchet (menor es mejor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diffusion model (DDIM)</source>
        <translation>modelo de difusión (DDIM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAN (one pass)</source>
        <translation>GAN (una pasada)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press Measure: the diffusion model&apos;s quality against its steps,
with the GAN&apos;s one step as a point</source>
        <translation>Pulsar Medir: la calidad del modelo de difusión frente a sus pasos,
con el único paso de la GAN como un punto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fréchet ↓</source>
        <translation>Fréchet ↓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Precision ↑</source>
        <translation>Precisión ↑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recall ↑</source>
        <translation>Exhaustividad ↑</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms / image</source>
        <translation>ms / imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fréchet distance between the samples&apos; and real digits&apos; features (the classifier&apos;s): lower is closer</source>
        <translation>Distancia de Fréchet entre las características de las muestras y las de los dígitos reales (las del clasificador): menor es más cercano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of samples that look like some real digit (fidelity)</source>
        <translation>Proporción de muestras que se parecen a algún dígito real (fidelidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of real digits some sample looks like (diversity)</source>
        <translation>Proporción de dígitos reales a los que se parece alguna muestra (diversidad)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes the classifier finds among the samples</source>
        <translation>Clases que el clasificador encuentra entre las muestras</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Each model gets something wrong: a GAN draws an image in one pass but its training is a game that can tip over or collapse onto a few digits; a diffusion model trains steadily but needs many network passes per image. Measure to see both in figures.</source>
        <translation>Cada modelo falla en algo: una GAN dibuja una imagen en una pasada, pero su entrenamiento es un juego que puede desequilibrarse o colapsar en unos pocos dígitos; un modelo de difusión entrena de forma estable, pero necesita muchas pasadas de la red por imagen. Medir para ver ambos en cifras.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Waiting for the diffusion model…</source>
        <translation>Esperando el modelo de difusión…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press Measure to compare %1 with the shipped GAN (a minute or more on a CPU).</source>
        <translation>Pulsar Medir para comparar %1 con la GAN incluida (un minuto o más en una CPU).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a step count: give whole numbers from 1 to %2, separated by commas.</source>
        <translation>«%1» no es un número de pasos: indicar números enteros de 1 a %2, separados por comas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give at least one step count, e.g. 5, 10, 20, 50.</source>
        <translation>Indicar al menos un número de pasos, p. ej. 5, 10, 20, 50.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No diffusion model is loaded yet: load one above (or wait for the shipped one).</source>
        <translation>Todavía no hay ningún modelo de difusión cargado: cargar uno arriba (o esperar al incluido).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Canceled; the figures shown (if any) are from the last measurement.</source>
        <translation>Cancelado; las cifras mostradas (si hay) son de la última medición.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The measurement failed: %1</source>
        <translation>La medición falló: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;GAN&lt;/b&gt; (%1): one pass of the generator per image</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt; (%1): una pasada del generador por imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Diffusion model&lt;/b&gt; (%1): many passes of the network per image</source>
        <translation>&lt;b&gt;Modelo de difusión&lt;/b&gt; (%1): muchas pasadas de la red por imagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Measured %1 GAN images and the diffusion model at %2 step counts.</source>
        <translation>Se midieron %1 imágenes de la GAN y el modelo de difusión con %2 números de pasos.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>GAN: %1</source>
        <translation>GAN: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;GAN&lt;/b&gt;: one pass of the generator per image (%1 ms), Fréchet distance %2, recall %3, %4 of %5 classes. What it gets wrong: its training is a game of two players that can tip over, and the generator can collapse onto a few digits: a low recall and missing classes are the sign. The GAN lab&apos;s &lt;i&gt;Train images&lt;/i&gt; page flags a collapse on its sample-quality plot.</source>
        <translation>&lt;b&gt;GAN&lt;/b&gt;: una pasada del generador por imagen (%1 ms), distancia de Fréchet %2, exhaustividad %3, %4 de %5 clases. En qué falla: su entrenamiento es un juego de dos jugadores que puede desequilibrarse, y el generador puede colapsar en unos pocos dígitos: una exhaustividad baja y clases ausentes son la señal. La página &lt;i&gt;Entrenar imágenes&lt;/i&gt; del laboratorio GAN marca un colapso en su gráfico de calidad de las muestras.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Here it misses %1 of the %2 classes.</source>
        <translation>Aquí le faltan %1 de las %2 clases.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Diffusion&lt;/b&gt;: its best Fréchet distance here is %1, at %2 steps, and every step is a pass of the network: %3 ms per image</source>
        <translation>&lt;b&gt;Difusión&lt;/b&gt;: su mejor distancia de Fréchet aquí es %1, con %2 pasos, y cada paso es una pasada de la red: %3 ms por imagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, %1 times the GAN&apos;s</source>
        <translation>, %1 veces el de la GAN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With %1 steps it is faster but scores %2 (the chart&apos;s left end).</source>
        <translation>Con %1 pasos es más rápido, pero obtiene %2 (el extremo izquierdo del gráfico).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What it gets wrong: sampling is slow; quality comes with many steps per image, as the chart shows.</source>
        <translation>En qué falla: el muestreo es lento; la calidad llega con muchos pasos por imagen, como muestra el gráfico.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It beats the GAN&apos;s Fréchet distance from %1 steps on.</source>
        <translation>Supera la distancia de Fréchet de la GAN a partir de %1 pasos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It does not reach the GAN&apos;s Fréchet distance at any step count measured here.</source>
        <translation>No alcanza la distancia de Fréchet de la GAN con ningún número de pasos medido aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per training step: GAN %1 ms, diffusion %2 ms.</source>
        <translation>Por paso de entrenamiento: GAN %1 ms, difusión %2 ms.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::LossTimestepMap</name>
    <message>
        <location filename="../widgets/diffusionlab/losstimestepmap.cpp" line="+27"/>
        <source>&lt;b&gt;Loss by noise level&lt;/b&gt; — the same held-out images at the same noise, every evaluation: which noise levels the network learns first</source>
        <translation>&lt;b&gt;Pérdida por nivel de ruido&lt;/b&gt; — las mismas imágenes reservadas con el mismo ruido en cada evaluación: qué niveles de ruido aprende primero la red</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timestep t (0 clean … T noise)</source>
        <translation>paso de tiempo t (0 limpia … T ruido)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loss (log)</source>
        <translation>pérdida (log)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A column appears at every evaluation while training runs</source>
        <translation>Aparece una columna en cada evaluación mientras dura el entrenamiento</translation>
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
        <translation>Cada paso extrae ruido nuevo, como hace el proceso inverso aprendido; necesita muchos pasos (con pocos pasos espaciados sobre T sigue teniendo ruido)</translation>
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
        <translation>Determinista con η 0: el mismo ruido da siempre la misma imagen; bueno con 20-50 pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A second-order solver of the same ODE as DDIM: good images in 10-20 steps</source>
        <translation>Un resolvedor de segundo orden de la misma EDO que DDIM: buenas imágenes con 10-20 pasos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Classifier-free guidance w: each step uses ε_none + w·(ε_class − ε_none). 1 is the class prediction alone, 0 ignores the class; larger w gives more typical, bolder digits and less variety, too large burns them out. 0 to %1.</source>
        <translation>Guía sin clasificador w: cada paso usa ε_none + w·(ε_class − ε_none). 1 es solo la predicción de la clase, 0 ignora la clase; una w mayor da dígitos más típicos y marcados y menos variedad, demasiado grande los quema. De 0 a %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η de DDIM: 0 es determinista, 1 extrae en cada paso tanto ruido nuevo como DDPM</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The seed draws the starting noise (and DDPM&apos;s noise on the way): the same seed and settings give the same image</source>
        <translation>La semilla extrae el ruido inicial (y el ruido de DDPM por el camino): la misma semilla y los mismos ajustes dan la misma imagen</translation>
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
        <translation>Ramas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel</source>
        <translation>Viaje de semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch the run from the step shown with another guidance, sampler, seed or class</source>
        <translation>Ramificar la ejecución desde el paso mostrado con otra guía, muestreador, semilla o clase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two to four runs of one seed side by side, over one scrubber, with their times</source>
        <translation>De dos a cuatro ejecuciones de una semilla una junto a otra, con un solo control de recorrido, con sus tiempos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From one seed&apos;s noise to another&apos;s (and one class to another), denoised frame by frame</source>
        <translation>Del ruido de una semilla al de otra (y de una clase a otra), limpiado fotograma a fotograma</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Play or stop the run</source>
        <translation>Reproducir o detener la ejecución</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One step back</source>
        <translation>Un paso atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step on</source>
        <translation>Un paso adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the noise (first step)</source>
        <translation>Mostrar el ruido (primer paso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the image (last step)</source>
        <translation>Mostrar la imagen (último paso)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for the model…</source>
        <translation>Esperando el modelo…</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+5"/>
        <location line="+104"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
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
        <translation>Pasos de eliminación de ruido, espaciados uniformemente sobre los T pasos de tiempo del modelo. DDIM y DPM-Solver dan buenas imágenes con pocos; DDPM necesita muchos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A random seed, and sample</source>
        <translation>Una semilla aleatoria, y muestrear</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+97"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The class the model is asked for; none: its unconditional prediction</source>
        <translation>La clase que se pide al modelo; ninguna: su predicción incondicional</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+86"/>
        <source>Guidance</source>
        <translation>Guía</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Export the steps</source>
        <translation>Exportar los pasos</translation>
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
        <translation>Tira PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every step of the run shown, x_t over x̂₀, with the recipe that makes it again (beside a GIF or MP4, inside a PNG)</source>
        <translation>Cada paso de la ejecución mostrada, x_t sobre x̂₀, con la receta que la genera de nuevo (junto a un GIF o MP4, dentro de un PNG)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; is what the sampler holds: pure noise at step 0, the image at the last step. &lt;b&gt;x̂₀&lt;/b&gt; is the model&apos;s guess, at that step, of the finished image: a blurry average early on, sharp at the end.&lt;/p&gt;&lt;p&gt;Scrub back to a step and &lt;b&gt;branch&lt;/b&gt;: the steps before it are kept, the rest run again with new settings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;x_t&lt;/b&gt; es lo que tiene el muestreador: ruido puro en el paso 0, la imagen en el último paso. &lt;b&gt;x̂₀&lt;/b&gt; es la estimación del modelo, en ese paso, de la imagen terminada: un promedio borroso al principio, nítida al final.&lt;/p&gt;&lt;p&gt;Volver a un paso y &lt;b&gt;ramificar&lt;/b&gt;: los pasos anteriores se conservan, el resto se ejecuta de nuevo con otros ajustes.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The seed of the noise the remaining steps draw (DDPM, DDIM with η &gt; 0); the starting noise stays the run&apos;s</source>
        <translation>La semilla del ruido que extraen los pasos restantes (DDPM, DDIM con η &gt; 0); el ruido inicial sigue siendo el de la ejecución</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branch</source>
        <translation>Ramificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the remaining steps from the step shown with these settings; the steps up to it are kept, not computed again</source>
        <translation>Ejecutar los pasos restantes desde el paso mostrado con estos ajustes; los pasos hasta él se conservan, no se calculan de nuevo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>none (unconditional)</source>
        <translation>ninguna (incondicional)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(no condicionado por clase)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Press Sample to watch noise turn into an image, step by step.</source>
        <translation>Pulsar Muestrear para ver cómo el ruido se convierte en una imagen, paso a paso.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+319"/>
        <source>Sample</source>
        <translation>Muestrear</translation>
    </message>
    <message>
        <location line="-317"/>
        <source>Stop the runs under way (what they made so far stays)</source>
        <translation>Detener las ejecuciones en curso (lo que han generado hasta ahora se queda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Denoise from the seed&apos;s noise with these settings</source>
        <translation>Eliminar el ruido de la semilla con estos ajustes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sampling: %1…</source>
        <translation>Muestreando: %1…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>made by an earlier model</source>
        <translation>creado por un modelo anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sampled in %1 s: %2 steps, %3 ms a step. Scrub, play, or branch from a step.</source>
        <translation>Muestreado en %1 s: %2 pasos, %3 ms por paso. Recorrer, reproducir o ramificar desde un paso.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Branch %1 done in %2 s (steps %3-%4 computed, 0-%5 shared).</source>
        <translation>Rama %1 terminada en %2 s (pasos %3-%4 calculados, 0-%5 compartidos).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sampling failed: %1</source>
        <translation>El muestreo falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped at step %1 of %2.</source>
        <translation>Detenido en el paso %1 de %2.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>The path appears when the run has finished</source>
        <translation>El recorrido aparece cuando la ejecución ha terminado</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sample first, then branch from one of its steps.</source>
        <translation>Muestrear primero y luego ramificar desde uno de sus pasos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wait until the run has finished to branch from it.</source>
        <translation>Esperar a que termine la ejecución para ramificar desde ella.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branch from a step between 0 and %1: scrub back to it first.</source>
        <translation>Ramificar desde un paso entre 0 y %1: volver primero a él.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Branch %1 from step %2: %3…</source>
        <translation>Rama %1 desde el paso %2: %3…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>branch of %1 from step %2: %3</source>
        <translation>rama de %1 desde el paso %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the sample</source>
        <translation>la muestra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>branch %1</source>
        <translation>rama %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Branch %1 · step %2</source>
        <translation>Rama %1 · paso %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branch %1 · %2 of %3</source>
        <translation>Rama %1 · %2 de %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · w %1</source>
        <translation> · w %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · class %1</source>
        <translation> · clase %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · step %2/%3…</source>
        <translation>semilla %1 · paso %2/%3…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed %1 · %2 s</source>
        <translation>semilla %1 · %2 s</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sample first; then scrub to a step and branch from it.</source>
        <translation>Muestrear primero; luego ir a un paso y ramificar desde él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Branching needs the finished run: wait for it, or pick a finished one on the right.</source>
        <translation>Ramificar necesita la ejecución terminada: esperarla, o elegir una terminada a la derecha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scrub back to an earlier step to branch from it (step %1 is the finished image).</source>
        <translation>Volver a un paso anterior para ramificar desde él (el paso %1 es la imagen terminada).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From step %1 of %2 (t = %3): steps 0-%1 are kept, steps %4-%2 run again with:</source>
        <translation>Desde el paso %1 de %2 (t = %3): los pasos 0-%1 se conservan, los pasos %4-%2 se ejecutan de nuevo con:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: elegir un archivo .gif, .mp4 o .png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: wait for the run to finish.</source>
        <translation>Todavía no hay nada que exportar: esperar a que termine la ejecución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>Se escribió %1 con su receta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the denoising steps</source>
        <translation>Exportar los pasos de eliminación de ruido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>From a recipe: %1.</source>
        <translation>Desde una receta: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>From a recipe: the sample, then %n branch(es) from it.</source>
        <translation>
            <numerusform>Desde una receta: la muestra y luego %n rama desde ella.</numerusform>
            <numerusform>Desde una receta: la muestra y luego %n ramas desde ella.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ScheduleStrip</name>
    <message>
        <location filename="../widgets/diffusionlab/schedulestrip.cpp" line="+31"/>
        <source>σ_t: the noise in x_t relative to the signal (log scale); ᾱ_t: the share of the image left at t. Click to go to a step.</source>
        <translation>σ_t: el ruido en x_t relativo a la señal (escala logarítmica); ᾱ_t: la proporción de la imagen que queda en t. Hacer clic para ir a un paso.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step</source>
        <translation>paso</translation>
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
        <translation>Semillas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Classes</source>
        <translation>Clases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points on the way, the two seeds included</source>
        <translation>Puntos del camino, incluidas las dos semillas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM steps per frame (η 0: deterministic, so neighbouring noises give neighbouring images)</source>
        <translation>Pasos DDIM por fotograma (η 0: determinista, así que ruidos vecinos dan imágenes vecinas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DDIM steps</source>
        <translation>Pasos DDIM</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Guidance</source>
        <translation>Guía</translation>
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
        <translation>Tira PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the frames with their recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Escribe los fotogramas con su receta (junto a un GIF o MP4, dentro de un PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel: the starting noise moves along the sphere from one seed&apos;s noise to the other&apos;s (slerp), and each point is denoised the same way.</source>
        <translation>Viaje de semillas: el ruido inicial se mueve a lo largo de la esfera desde el ruido de una semilla hasta el de la otra (slerp), y cada punto se limpia de la misma manera.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Press Travel to make the frames</source>
        <translation>Pulsar Viajar para generar los fotogramas</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not class-conditional)</source>
        <translation>(no condicionado por clase)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the same</source>
        <translation>la misma</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>No model is loaded yet.</source>
        <translation>Todavía no hay ningún modelo cargado.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Denoising %n frames…</source>
        <translation>
            <numerusform>Limpiando %n fotograma…</numerusform>
            <numerusform>Limpiando %n fotogramas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising the frames… %1%</source>
        <translation>Limpiando los fotogramas… %1%</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no class</source>
        <translation>sin clase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>class %1</source>
        <translation>clase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 frames from seed %2 (%3) to seed %4 (%5). Play them with ▶ above the strip, or export.</source>
        <translation>%1 fotogramas de la semilla %2 (%3) a la semilla %4 (%5). Reproducirlos con ▶ encima de la tira, o exportarlos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seed travel failed: %1</source>
        <translation>El viaje de semillas falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed travel stopped.</source>
        <translation>Viaje de semillas detenido.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Export the seed travel</source>
        <translation>Exportar el viaje de semillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: elegir un archivo .gif, .mp4 o .png.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to export yet: press Travel first.</source>
        <translation>Todavía no hay nada que exportar: pulsar primero Viajar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>Se escribió %1 con su receta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Travel</source>
        <translation>Viajar</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyDiffusionPage</name>
    <message>
        <location filename="../widgets/diffusionlab/toydiffusionpage.cpp" line="+115"/>
        <location line="+297"/>
        <source>Creating the toy model…</source>
        <translation>Creando el modelo de juguete…</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Drag over the sampling run&apos;s steps: the starting noise on the left, the samples on the right</source>
        <translation>Arrastrar sobre los pasos de la ejecución de muestreo: el ruido inicial a la izquierda, las muestras a la derecha</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>loss (this batch)</source>
        <translation>pérdida (este lote)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out loss</source>
        <translation>pérdida en datos reservados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>noise-prediction error |ε̂ − ε|²</source>
        <translation>error de predicción del ruido |ε̂ − ε|²</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The toy model is created when the page is first shown.</source>
        <translation>El modelo de juguete se crea la primera vez que se muestra la página.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Data and model</source>
        <translation>Datos y modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A change here starts a new, untrained model.</source>
        <translation>Un cambio aquí inicia un modelo nuevo, sin entrenar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Anillo de 8 gaussianas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Cuadrícula de 25 gaussianas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 2-D distribution the model learns (the GAN lab&apos;s toys)</source>
        <translation>La distribución 2-D que aprende el modelo (los juguetes del laboratorio GAN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Linear</source>
        <translation>Lineal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosine</source>
        <translation>Coseno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sigmoid</source>
        <translation>Sigmoide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How fast the forward process drowns the data in noise: the share of the data left at step t (ᾱ_t) falls along a straight β ramp, a cosine or a sigmoid</source>
        <translation>A qué velocidad el proceso directo ahoga los datos en ruido: la proporción de los datos que queda en el paso t (ᾱ_t) cae siguiendo una rampa recta de β, un coseno o una sigmoide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noise schedule</source>
        <translation>Programa de ruido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T: the forward process&apos;s steps from the data (t = 0) to pure noise (t = T)</source>
        <translation>T: los pasos del proceso directo desde los datos (t = 0) hasta el ruido puro (t = T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timesteps T</source>
        <translation>Pasos de tiempo T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The initial weights and the batches: the same seed trains the same model</source>
        <translation>Los pesos iniciales y los lotes: la misma semilla entrena el mismo modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>New model</source>
        <translation>Nuevo modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start again from untrained weights</source>
        <translation>Empezar de nuevo desde pesos sin entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps of one training run (default %1); Train after a run ends trains as many more</source>
        <translation>Pasos de una ejecución de entrenamiento (por defecto %1); Entrenar después de que termine una ejecución entrena otros tantos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+557"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Train or pause; the plane and the curves follow as it learns</source>
        <translation>Entrenar o pausar; el plano y las curvas lo siguen a medida que aprende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sampling (the reverse process)</source>
        <translation>Muestreo (el proceso inverso)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDPM (ancestral)</source>
        <translation>DDPM (ancestral)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each step adds fresh noise, as the reverse of training&apos;s process: the points jitter on their way</source>
        <translation>Cada paso añade ruido nuevo, como el inverso del proceso de entrenamiento: los puntos tiemblan en su camino</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DDIM</source>
        <translation>DDIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deterministic at η 0: every point follows a smooth path</source>
        <translation>Determinista con η 0: cada punto sigue un camino suave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DPM-Solver++ (2M)</source>
        <translation>DPM-Solver++ (2M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A second-order solver of DDIM&apos;s path: good in 10-20 steps</source>
        <translation>Un resolvedor de segundo orden del camino de DDIM: bueno con 10-20 pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampler</source>
        <translation>Muestreador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DDIM&apos;s η: 0 is deterministic, 1 draws as much fresh noise per step as DDPM</source>
        <translation>η de DDIM: 0 es determinista, 1 extrae en cada paso tanto ruido nuevo como DDPM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>η</source>
        <translation>η</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Denoising steps, evenly spread over T (at most T)</source>
        <translation>Pasos de eliminación de ruido, repartidos uniformemente sobre T (como máximo T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points drawn from noise (every step of each is kept)</source>
        <translation>Puntos extraídos del ruido (se conserva cada paso de cada uno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The starting noise (and DDPM&apos;s noise on the way): the same seed gives the same points</source>
        <translation>El ruido inicial (y el ruido de DDPM por el camino): la misma semilla da los mismos puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+518"/>
        <source>Sample</source>
        <translation>Muestrear</translation>
    </message>
    <message>
        <location line="-516"/>
        <source>Run the reverse process from fresh noise and play it</source>
        <translation>Ejecutar el proceso inverso desde ruido nuevo y reproducirlo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data points</source>
        <translation>Puntos de datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The toy&apos;s own points, faint</source>
        <translation>Los propios puntos del juguete, tenues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sampled points</source>
        <translation>Puntos muestreados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run&apos;s points at the step shown</source>
        <translation>Los puntos de la ejecución en el paso mostrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrows (−ε̂)</source>
        <translation>Flechas (−ε̂)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−ε̂ at the step&apos;s t on a grid: the way denoising moves a point there</source>
        <translation>−ε̂ en el t del paso sobre una cuadrícula: hacia dónde mueve la eliminación de ruido un punto ahí</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paths</source>
        <translation>Caminos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The way %1 of the points came from the noise</source>
        <translation>El camino por el que %1 de los puntos llegaron desde el ruido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Training adds noise to data points (more at larger t) and teaches a small network to guess that noise, ε̂. Sampling starts from pure noise and removes the guessed noise step by step. The arrows are −ε̂ at the slider&apos;s t: near t = T they all point inwards, near t = 0 to the nearest part of the data.</source>
        <translation>El entrenamiento añade ruido a los puntos de datos (más cuanto mayor es t) y enseña a una red pequeña a adivinar ese ruido, ε̂. El muestreo parte de ruido puro y quita el ruido adivinado paso a paso. Las flechas son −ε̂ en el t del control deslizante: cerca de t = T todas apuntan hacia dentro, cerca de t = 0 hacia la parte más cercana de los datos.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The model could not be created: %1</source>
        <translation>No se pudo crear el modelo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+301"/>
        <source>Creating a new model…</source>
        <translation>Creando un modelo nuevo…</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>A new model (%1 parameters), untrained: press Train.</source>
        <translation>Un modelo nuevo (%1 parámetros), sin entrenar: pulsar Entrenar.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Training stopped: %1</source>
        <translation>El entrenamiento se detuvo: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Sampling failed: %1</source>
        <translation>El muestreo falló: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling %1 points…</source>
        <translation>Muestreando %1 puntos…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>step %1 of %2 · t = %3 of %4</source>
        <translation>paso %1 de %2 · t = %3 de %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · pure noise</source>
        <translation> · ruido puro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · the samples</source>
        <translation> · las muestras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 points, %2 steps · step %3: t = %4, ᾱ_t = %5</source>
        <translation>%1 puntos, %2 pasos · paso %3: t = %4, ᾱ_t = %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · sampled at training step %1</source>
        <translation> · muestreado en el paso de entrenamiento %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>learned noise prediction at t = %1 of %2</source>
        <translation>predicción de ruido aprendida en t = %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample to run the reverse process; the slider then moves over its steps.</source>
        <translation>Muestrear para ejecutar el proceso inverso; el control deslizante recorre entonces sus pasos.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>No model yet.</source>
        <translation>Todavía no hay modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · loss %1</source>
        <translation> · pérdida %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · held-out %1</source>
        <translation> · reservados %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training: step %1 of %2%3</source>
        <translation>Entrenamiento: paso %1 de %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 pasos/s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Untrained: press Train.</source>
        <translation>Sin entrenar: pulsar Entrenar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trained %1 steps%2.</source>
        <translation>Entrenado %1 pasos%2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused at step %1 of %2%3.</source>
        <translation>En pausa en el paso %1 de %2%3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampled %1 points in %2 steps (%3 s).</source>
        <translation>Se muestrearon %1 puntos en %2 pasos (%3 s).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sampling…</source>
        <translation>Muestreando…</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::ToyPlaneView</name>
    <message>
        <location filename="../widgets/diffusionlab/toyplaneview.cpp" line="+180"/>
        <source>data</source>
        <translation>datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>samples</source>
        <translation>muestras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>−ε̂: where denoising moves a point</source>
        <translation>−ε̂: hacia dónde mueve un punto la eliminación de ruido</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::diffusionlab::TrajectoryPlot</name>
    <message>
        <location filename="../widgets/diffusionlab/trajectoryplot.cpp" line="+25"/>
        <source>&lt;b&gt;Trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Trayectoria&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every x_t of the run as a point in the plane in which it moved most (its two principal axes): the sampler&apos;s path from noise to the image.</source>
        <translation>Cada x_t de la ejecución como un punto en el plano en que más se movió (sus dos ejes principales): el camino del muestreador desde el ruido hasta la imagen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>axis 1</source>
        <translation>eje 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>axis 2</source>
        <translation>eje 2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>noise</source>
        <translation>ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>image</source>
        <translation>imagen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The path appears when a run has finished</source>
        <translation>El camino aparece cuando una ejecución ha terminado</translation>
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
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+22"/>
        <source>This process</source>
        <translation>Este proceso</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>%1 local processes</source>
        <translation>%1 procesos locales</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Data-parallel training: each process trains its share of every batch and the gradients are averaged, so the model is the one a single process would train. The batch must split evenly between them. The processes share this computer&apos;s cores: on a laptop this shows how training spreads over machines, not a speed-up.</source>
        <translation>Entrenamiento con paralelismo de datos: cada proceso entrena su parte de cada lote y se promedian los gradientes, así que el modelo es el que entrenaría un solo proceso. El lote debe repartirse por igual entre ellos. Los procesos comparten los núcleos de este ordenador: en un portátil esto muestra cómo se reparte el entrenamiento entre máquinas, no una aceleración.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Processes</source>
        <translation>Procesos</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::CommonFields</name>
    <message>
        <location line="+42"/>
        <source>%1 (default %2)</source>
        <translation>%1 (por defecto %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Optimizer steps in all, counting those before a resume</source>
        <translation>Pasos del optimizador en total, contando los anteriores a una reanudación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Examples per optimizer step</source>
        <translation>Ejemplos por paso del optimizador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Peak learning rate after the warm-up; a cosine brings it down to a tenth</source>
        <translation>Tasa de aprendizaje máxima tras el calentamiento; un coseno la reduce a una décima parte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s learning rate</source>
        <translation>Tasa de aprendizaje de Adam</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Initial weights, batch order and previews: the same seed trains the same model</source>
        <translation>Pesos iniciales, orden de los lotes y vistas previas: la misma semilla entrena el mismo modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+8"/>
        <source> steps</source>
        <translation> pasos</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Steps between previews (and one at the end); the step slider scrubs through them</source>
        <translation>Pasos entre vistas previas (y una al final); el control de pasos las recorre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Steps between estimates of the loss on held-out data (and one at the end)</source>
        <translation>Pasos entre estimaciones de la pérdida en datos reservados (y una al final)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate every</source>
        <translation>Evaluar cada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at the end only</source>
        <translation>solo al final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between checkpoints (and one at the end); a run that diverges keeps the last one</source>
        <translation>Pasos entre puntos de control (y uno al final); una ejecución que diverge conserva el último</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checkpoint every</source>
        <translation>Punto de control cada</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::DatasetField</name>
    <message>
        <location filename="../widgets/components/datasetfield.cpp" line="+23"/>
        <source>Image folder…</source>
        <translation>Carpeta de imágenes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data set</source>
        <translation>Conjunto de datos</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pick an image folder first.</source>
        <translation>Elegir primero una carpeta de imágenes.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A folder of images (subfolders become classes)</source>
        <translation>Una carpeta de imágenes (las subcarpetas pasan a ser clases)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::form::OutputField</name>
    <message>
        <location filename="../widgets/components/outputfield.cpp" line="+18"/>
        <source>Save in</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the model is saved</source>
        <translation>Dónde se guarda el modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume the checkpoint in this folder</source>
        <translation>Reanudar el punto de control de esta carpeta</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Say where the model is saved.</source>
        <translation>Indicar dónde se guarda el modelo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 already holds a model. Tick “Resume” to continue it, or choose another folder.</source>
        <translation>%1 ya contiene un modelo. Marcar «Reanudar» para continuarlo, o elegir otra carpeta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no checkpoint to resume.</source>
        <translation>%1 no contiene ningún punto de control que reanudar.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::FeatureMapView</name>
    <message>
        <location filename="../widgets/ganlab/featuremapview.cpp" line="+232"/>
        <source>The feature map appears with the first preview of a run that has a classifier: real and generated images placed by what the classifier sees in them.</source>
        <translation>El mapa de características aparece con la primera vista previa de una ejecución que tiene un clasificador: imágenes reales y generadas situadas según lo que el clasificador ve en ellas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No feature map at or before this step.</source>
        <translation>No hay mapa de características en este paso ni antes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Feature map at step %1</source>
        <translation>Mapa de características en el paso %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Axes: the first two principal components of the %1</source>
        <translation>Ejes: las dos primeras componentes principales de %1</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>D(x)</source>
        <translation>D(x)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D out</source>
        <translation>salida de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fake</source>
        <translation>falsa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>real images (%1)</source>
        <translation>imágenes reales (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>generated, fixed noise (%1)</source>
        <translation>generadas, ruido fijo (%1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where G&apos;s gradient pushes a fake</source>
        <translation>hacia dónde empuja una falsificación el gradiente de G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated image</source>
        <translation>Imagen generada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Real image</source>
        <translation>Imagen real</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D(x) = %1</source>
        <translation>D(x) = %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s output: %1</source>
        <translation>Salida de D: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for class %1</source>
        <translation>se pidió la clase %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labelled %1</source>
        <translation>etiquetada %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>classifier: %1 (%2%)</source>
        <translation>clasificador: %1 (%2%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one step along G&apos;s push: D %1</source>
        <translation>un paso en la dirección del empuje de G: D %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanLab</name>
    <message>
        <location filename="../widgets/ganlab/ganlab.cpp" line="+116"/>
        <source>2-D game</source>
        <translation>Juego 2-D</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D&apos;s heat map</source>
        <translation>Mapa de calor de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real</source>
        <translation>Reales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fake</source>
        <translation>Falsos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G&apos;s gradients</source>
        <translation>Gradientes de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manifold</source>
        <translation>Variedad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Draw</source>
        <translation>Dibujar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click on the plane to add a point, drag to spray a few, right-click to clear; the game keeps running until you use them</source>
        <translation>Hacer clic en el plano para añadir un punto, arrastrar para rociar unos cuantos, clic derecho para borrar; el juego sigue en marcha hasta usarlos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use drawn</source>
        <translation>Usar lo dibujado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new game whose real data are your points (at least %1)</source>
        <translation>Un juego nuevo cuyos datos reales son los puntos dibujados (al menos %1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>D loss</source>
        <translation>Pérdida de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>Pérdida de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>D(x) medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>D(G(z)) medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>D&apos;s score</source>
        <translation>Puntuación de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D gradient norm</source>
        <translation>Norma del gradiente de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Norma del gradiente de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL(real ‖ fake)</source>
        <translation>KL(real ‖ falso)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JS</source>
        <translation>JS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm</source>
        <translation>norma del gradiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats</source>
        <translation>nats</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Train images</source>
        <translation>Entrenar imágenes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two players: a generator and a discriminator trained against each other, and how their game fails</source>
        <translation>Dos jugadores: un generador y un discriminador entrenados uno contra otro, y cómo falla su juego</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Experiment</source>
        <translation>Experimento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your own settings</source>
        <translation>Ajustes propios</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data and players (a change starts a new game)</source>
        <translation>Datos y jugadores (un cambio inicia un juego nuevo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ring of 8 Gaussians</source>
        <translation>Anillo de 8 gaussianas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid of 25 Gaussians</source>
        <translation>Cuadrícula de 25 gaussianas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral</source>
        <translation>Espiral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawn points</source>
        <translation>Puntos dibujados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own points: draw them on the plane</source>
        <translation>Puntos propios: dibujarlos en el plano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussian N(0, I)</source>
        <translation>Gaussiana N(0, I)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Uniform U(-1, 1)</source>
        <translation>Uniforme U(-1, 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise</source>
        <translation>Ruido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noise dimensions</source>
        <translation>Dimensiones del ruido</translation>
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
        <translation> capas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> wide</source>
        <translation> de ancho</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminator</source>
        <translation>Discriminador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The game (applies from the next step)</source>
        <translation>El juego (se aplica desde el siguiente paso)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (saturante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-saturating</source>
        <translation>No saturante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Mínimos cuadrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wasserstein + gradient penalty</source>
        <translation>Wasserstein + penalización del gradiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gradient penalty λ</source>
        <translation>Penalización del gradiente λ</translation>
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
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>G optimizer, rate</source>
        <translation>Optimizador de G, tasa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D optimizer, rate</source>
        <translation>Optimizador de D, tasa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discriminator steps for every generator step</source>
        <translation>Pasos del discriminador por cada paso del generador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D steps per G step</source>
        <translation>Pasos de D por paso de G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+322"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>D step</source>
        <translation>Paso de D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the discriminator only</source>
        <translation>Una actualización solo del discriminador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G step</source>
        <translation>Paso de G</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One update of the generator only</source>
        <translation>Una actualización solo del generador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full step</source>
        <translation>Paso completo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k discriminator updates, then one generator update</source>
        <translation>k actualizaciones del discriminador y luego una del generador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow motion</source>
        <translation>Cámara lenta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Your own game: change anything; the loss, optimizers, rates and k apply from the next step.</source>
        <translation>Juego propio: se puede cambiar todo; la pérdida, los optimizadores, las tasas y k se aplican desde el siguiente paso.</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>%1

Press Play: the evidence shows within about %2 steps.</source>
        <translation>%1

Pulsar Reproducir: la evidencia aparece en unos %2 pasos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Too few points to learn from: %1 drawn, at least %2 needed. Click or drag on the plane to add more, then press &quot;Use drawn&quot;. The game goes on with its previous data.</source>
        <translation>Muy pocos puntos para aprender: %1 dibujados, se necesitan al menos %2. Hacer clic o arrastrar en el plano para añadir más y luego pulsar &quot;Usar lo dibujado&quot;. El juego continúa con sus datos anteriores.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw at least %1 points</source>
        <translation>Dibujar al menos %1 puntos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A new game on your %1 points: G draws from noise, D has never seen them.</source>
        <translation>Un juego nuevo con los %1 puntos dibujados: G extrae de ruido, D nunca los ha visto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A new game: G draws from noise, D has never seen the data.</source>
        <translation>Un juego nuevo: G extrae de ruido, D nunca ha visto los datos.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · modes covered: %1 of %2</source>
        <translation> · modos cubiertos: %1 de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · KL %1 · JS %2 nats</source>
        <translation> · KL %1 · JS %2 nats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 steps/s</source>
        <translation> · %1 pasos/s</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Playing.</source>
        <translation>Reproduciendo.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paused at step %1. Play, or step one player at a time.</source>
        <translation>En pausa en el paso %1. Reproducir, o avanzar un jugador cada vez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The game stopped: %1 The views show the last finite step; change the loss or lower a learning rate and press Play, or Reset.</source>
        <translation>El juego se detuvo: %1 Las vistas muestran el último paso finito; cambiar la pérdida o bajar una tasa de aprendizaje y pulsar Reproducir, o Restablecer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 was made by the %2 lab, not this one</source>
        <translation>%1 fue creado por el laboratorio %2, no por este</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The run of %1 is set up on the Train images page: press Train to run it again</source>
        <translation>La ejecución de %1 está preparada en la página Entrenar imágenes: pulsar Entrenar para ejecutarla de nuevo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the recipe: %1</source>
        <translation>No se puede abrir la receta: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GanTrainPanel</name>
    <message>
        <location filename="../widgets/ganlab/gantrainpanel.cpp" line="+84"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Class-conditional</source>
        <translation>Condicionado por clase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>G is told which class to draw and D which class it judges (the data set&apos;s labels; a folder&apos;s subfolders are its classes). The sample grid then has one column per class.</source>
        <translation>A G se le indica qué clase dibujar y a D qué clase juzga (las etiquetas del conjunto de datos; las subcarpetas de una carpeta son sus clases). La cuadrícula de muestras tiene entonces una columna por clase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Networks</source>
        <translation>Redes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28 to 64 px: a multiple of 4 below 48, of 8 from 48</source>
        <translation>De 28 a 64 px: múltiplo de 4 por debajo de 48, de 8 desde 48</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>3 channels; grey otherwise</source>
        <translation>3 canales; gris en caso contrario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many random values G turns into an image</source>
        <translation>Cuántos valores aleatorios convierte G en una imagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Noise size</source>
        <translation>Tamaño del ruido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Channels of D&apos;s first and G&apos;s last hidden layer; deeper layers double it</source>
        <translation>Canales de la primera capa oculta de D y de la última de G; las capas más profundas los duplican</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spectral norm in D</source>
        <translation>Norma espectral en D</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Divides D&apos;s weights by their largest singular value: a smoother, less overconfident discriminator, so G keeps getting useful gradients</source>
        <translation>Divide los pesos de D por su mayor valor singular: un discriminador más suave y menos confiado, así G sigue recibiendo gradientes útiles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width</source>
        <translation>Anchura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Game</source>
        <translation>Juego</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Non-saturating</source>
        <translation>No saturante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimax (saturating)</source>
        <translation>Minimax (saturante)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Least squares</source>
        <translation>Mínimos cuadrados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hinge</source>
        <translation>Hinge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D steps per G step</source>
        <translation>Pasos de D por paso de G</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adam&apos;s momentum for both players; DCGAN uses 0.5 (a lower value than usual steadies the game)</source>
        <translation>Momento de Adam para ambos jugadores; DCGAN usa 0.5 (un valor menor de lo habitual estabiliza el juego)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam&apos;s decay of the squared gradients, for both players</source>
        <translation>Decaimiento de Adam de los gradientes al cuadrado, para ambos jugadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam β1, β2</source>
        <translation>Adam β1, β2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Samples every</source>
        <translation>Muestras cada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quality every</source>
        <translation>Calidad cada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps between measurements of sample quality (%1 samples against held-out real images, with the digit classifier); default %2</source>
        <translation>Pasos entre mediciones de la calidad de las muestras (%1 muestras frente a imágenes reales reservadas, con el clasificador de dígitos); por defecto %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure sample quality</source>
        <translation>Medir la calidad de las muestras</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The shipped digit classifier was not found: no quality figures</source>
        <translation>No se encontró el clasificador de dígitos incluido: no hay cifras de calidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classes covered, confidence, precision, recall, Fréchet distance and near duplicates, with the shipped digit classifier</source>
        <translation>Clases cubiertas, confianza, precisión, exhaustividad, distancia de Fréchet y casi duplicados, con el clasificador de dígitos incluido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export evolution…</source>
        <translation>Exportar evolución…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sample grids recorded so far, step by step, as an animated GIF or an MP4 video (with its recipe beside it)</source>
        <translation>Las cuadrículas de muestras registradas hasta ahora, paso a paso, como GIF animado o vídeo MP4 (con su receta al lado)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explore this generator</source>
        <translation>Explorar este generador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the latest checkpoint in the generator explorer</source>
        <translation>Abrir el último punto de control en el explorador de generadores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>explore it</source>
        <translation>explorarlo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>marcar «Reanudar» para continuar</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+36"/>
        <source>generator step</source>
        <translation>paso del generador</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>loss / D&apos;s score</source>
        <translation>pérdida / puntuación de D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gradient norm</source>
        <translation>norma del gradiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D loss</source>
        <translation>Pérdida de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G loss</source>
        <translation>Pérdida de G</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(x)</source>
        <translation>D(x) medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean D(G(z))</source>
        <translation>D(G(z)) medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D gradient norm</source>
        <translation>Norma del gradiente de D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>G gradient norm</source>
        <translation>Norma del gradiente de G</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Sample quality&lt;/b&gt;</source>
        <translation>&lt;b&gt;Calidad de las muestras&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>every few hundred steps, on samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>cada pocos cientos de pasos, con muestras de un ruido fijo; se marca un colapso cuando la mitad de las clases o más siguen ausentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>fraction (0–1)</source>
        <translation>fracción (0–1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>Fréchet distance</source>
        <translation>Distancia de Fréchet</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>classes covered</source>
        <translation>clases cubiertas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>near duplicates</source>
        <translation>casi duplicados</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The same noise through G at the step picked below.</source>
        <translation>El mismo ruido pasado por G en el paso elegido más abajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The generator&apos;s samples appear every few steps while training runs</source>
        <translation>Las muestras del generador aparecen cada pocos pasos mientras dura el entrenamiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Feature map</source>
        <translation>Mapa de características</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Done: %1 steps, D loss %2, G loss %3, D(x) %4, D(G(z)) %5, %6 steps/s. Saved in %7.</source>
        <translation>Terminado: %1 pasos, pérdida de D %2, pérdida de G %3, D(x) %4, D(G(z)) %5, %6 pasos/s. Guardado en %7.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mode collapse: %1.</source>
        <translation>Colapso de modos: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pick a data set and press Train. The losses, D&apos;s scores, the sample quality and the generator&apos;s samples appear as it runs; pause, step and stop here or in the Jobs dock.</source>
        <translation>Elegir un conjunto de datos y pulsar Entrenar. Las pérdidas, las puntuaciones de D, la calidad de las muestras y las muestras del generador aparecen mientras se ejecuta; pausar, avanzar paso a paso y detener aquí o en el panel Trabajos.</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>A class-conditional GAN needs classes: this folder has no subfolders of images. Untick “Class-conditional” or pick a folder with one subfolder per class.</source>
        <translation>Una GAN condicionada por clase necesita clases: esta carpeta no tiene subcarpetas de imágenes. Desmarcar «Condicionado por clase» o elegir una carpeta con una subcarpeta por clase.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not measured in this run (“Measure sample quality” is off)</source>
        <translation>no medido en esta ejecución («Medir la calidad de las muestras» está desactivado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 steps, %2 samples of one fixed noise; a collapse is flagged when half the classes or more stay absent</source>
        <translation>cada %1 pasos, %2 muestras de un ruido fijo; se marca un colapso cuando la mitad de las clases o más siguen ausentes</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>⚠ Mode collapse: %1.</source>
        <translation>⚠ Colapso de modos: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode collapse (%1), %2.</source>
        <translation>Colapso de modos (%1), %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>collapse</source>
        <translation>colapso</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> collapse since %1</source>
        <translation> colapso desde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> collapse %1–%2</source>
        <translation> colapso %1–%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Export the evolution</source>
        <translation>Exportar la evolución</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Animated GIF (*.gif);;MP4 video (*.mp4)</source>
        <translation>GIF animado (*.gif);;Vídeo MP4 (*.mp4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to export yet: the sample grids are recorded while training runs.</source>
        <translation>Todavía no hay nada que exportar: las cuadrículas de muestras se registran mientras dura el entrenamiento.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the evolution as .gif or .mp4 (not %1).</source>
        <translation>Guardar la evolución como .gif o .mp4 (no %1).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved the evolution (%1 grids) in %2, its recipe beside it.</source>
        <translation>Se guardó la evolución (%1 cuadrículas) en %2, con su receta al lado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evolution was not saved: %1</source>
        <translation>No se guardó la evolución: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::GeneratorExplorer</name>
    <message>
        <location filename="../widgets/ganlab/generatorexplorer.cpp" line="+75"/>
        <source>Generator</source>
        <translation>Generador</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gan-digits (shipped)</source>
        <translation>gan-digits (incluido)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A checkpoint folder written by the GAN lab&apos;s training or `genlab train gan`</source>
        <translation>Una carpeta de punto de control escrita por el entrenamiento del laboratorio GAN o por `genlab train gan`</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The same seed draws the same noise, so it gives the same images</source>
        <translation>La misma semilla extrae el mismo ruido, así que da las mismas imágenes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New seed</source>
        <translation>Nueva semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The truncation trick: noise values beyond ±T are drawn again. Smaller T gives fewer, more typical images; none keeps the full variety.</source>
        <translation>El truco del truncamiento: los valores de ruido más allá de ±T se extraen de nuevo. Una T menor da imágenes menos variadas y más típicas; ninguna conserva toda la variedad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Truncation</source>
        <translation>Truncamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A class-conditional generator draws the class it is given</source>
        <translation>Un generador condicionado por clase dibuja la clase que se le da</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Interpolation</source>
        <translation>Interpolación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Seeds</source>
        <translation>Semillas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Frames</source>
        <translation>Fotogramas</translation>
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
        <translation>Tira PNG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writes the strip with its recipe (beside a GIF or MP4, inside a PNG)</source>
        <translation>Escribe la tira con su receta (junto a un GIF o MP4, dentro de un PNG)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Loading the generator…</source>
        <translation>Cargando el generador…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click two samples to interpolate between their noise vectors</source>
        <translation>Hacer clic en dos muestras para interpolar entre sus vectores de ruido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick two seeds or click two samples</source>
        <translation>Elegir dos semillas o hacer clic en dos muestras</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A GAN checkpoint folder</source>
        <translation>Una carpeta de punto de control de GAN</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Export the samples</source>
        <translation>Exportar las muestras</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> Still using %1.</source>
        <translation> Se sigue usando %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not load %1: %2.%3</source>
        <translation>No se pudo cargar %1: %2.%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No generator: open a GAN checkpoint folder</source>
        <translation>No hay generador: abrir una carpeta de punto de control de GAN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Loaded %1.</source>
        <translation>Cargado %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>every class</source>
        <translation>todas las clases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not class-conditional)</source>
        <translation>(no condicionado por clase)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling failed: %1</source>
        <translation>El muestreo falló: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>#%1 of seed %2: click to interpolate from or to it</source>
        <translation>#%1 de la semilla %2: hacer clic para interpolar desde o hacia ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 of seed %2, class %3: click to interpolate from or to it</source>
        <translation>#%1 de la semilla %2, clase %3: hacer clic para interpolar desde o hacia ella</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 samples of %2, seed %3%4. Click two of them to walk between their noise vectors.</source>
        <translation>%1 muestras de %2, semilla %3%4. Hacer clic en dos de ellas para recorrer el camino entre sus vectores de ruido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, truncation %1</source>
        <translation>, truncamiento %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Interpolation failed: %1</source>
        <translation>La interpolación falló: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> · every frame a %1 (the start&apos;s class)</source>
        <translation> · cada fotograma un %1 (la clase del inicio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · every frame a %1</source>
        <translation> · cada fotograma un %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| midway %4 (draws: about %5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2%3 · |z| a mitad de camino %4 (muestras: unos %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a straight line, which cuts inside the noise&apos;s shell</source>
        <translation>una línea recta, que corta por dentro de la capa esférica del ruido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>along the sphere, where the generator&apos;s noise lives</source>
        <translation>a lo largo de la esfera, donde vive el ruido del generador</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Start: sample #%1. Click another sample for the end of the path.</source>
        <translation>Inicio: muestra #%1. Hacer clic en otra muestra para el final del camino.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A path from sample #%1 to sample #%2. Click a sample to start another.</source>
        <translation>Un camino de la muestra #%1 a la muestra #%2. Hacer clic en una muestra para empezar otro.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>seed %1</source>
        <translation>semilla %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample #%1 of seed %2</source>
        <translation>muestra #%1 de la semilla %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From %1 to… (click a second sample)</source>
        <translation>De %1 a… (hacer clic en una segunda muestra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2. Or click two samples in the grid.</source>
        <translation>De %1 a %2. O hacer clic en dos muestras de la cuadrícula.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Export the path</source>
        <translation>Exportar el camino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: choose a .gif, .mp4 or .png file.</source>
        <translation>%1: elegir un archivo .gif, .mp4 o .png.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export yet: pick two seeds or click two samples.</source>
        <translation>Todavía no hay nada que exportar: elegir dos semillas o hacer clic en dos muestras.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing to export yet: the samples are still coming.</source>
        <translation>Todavía no hay nada que exportar: las muestras aún están llegando.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrote %1 with its recipe.</source>
        <translation>Se escribió %1 con su receta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>this page cannot redo “%1”</source>
        <translation>esta página no puede rehacer «%1»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From a recipe (%1 with %2).</source>
        <translation>Desde una receta (%1 con %2).</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::ganlab::ToyGanView</name>
    <message>
        <location filename="../widgets/ganlab/toyganview.cpp" line="+202"/>
        <source>Press Reset or Play to start the game</source>
        <translation>Pulsar Restablecer o Reproducir para empezar el juego</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Drawing · click adds, drag sprays, right-click clears · %1 points</source>
        <translation>Dibujo · clic añade, arrastrar rocía, clic derecho borra · %1 puntos</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+167"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop training</source>
        <translation>Detener el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause or resume training</source>
        <translation>Pausar o reanudar el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One training step (while paused)</source>
        <translation>Un paso de entrenamiento (en pausa)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::FirstRunTour</name>
    <message>
        <location filename="../widgets/help/firstruntour.cpp" line="+28"/>
        <source>Welcome to GenLab Studio</source>
        <translation>Bienvenido a GenLab Studio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This short tour shows each lab in turn; the lab it speaks of is opened behind it, with its model already loading or loaded, so you can try things while you read.

- **%1** opens the help page of the lab you are in, **%2** lists every key.
- **%3** runs the main action of the page you see (Generate, Sample, Train, …), **%4** stops it.

Skip the tour whenever you like; Help &gt; Take the Tour brings it back.</source>
        <translation>Este breve recorrido muestra cada laboratorio por turno; el laboratorio del que habla se abre detrás, con su modelo ya cargándose o cargado, para probar cosas durante la lectura.

- **%1** abre la página de ayuda del laboratorio actual, **%2** lista todas las teclas.
- **%3** ejecuta la acción principal de la página que ve (Generar, Muestrear, Entrenar, …), **%4** la detiene.

El recorrido se puede saltar en cualquier momento; Ayuda &gt; Hacer el recorrido lo trae de vuelta.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>*The lab&apos;s help page, in English, says more: what the lab shows, the idea behind it and what to try first.*</source>
        <translation>*La página de ayuda del laboratorio, en inglés, explica más: qué muestra el laboratorio, la idea que hay detrás y qué probar primero.*</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What to try first</source>
        <translation>Qué probar primero</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tour of GenLab Studio</source>
        <translation>Recorrido por GenLab Studio</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skip the tour</source>
        <translation>Saltar el recorrido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open its help page</source>
        <translation>Abrir su página de ayuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::HelpViewer</name>
    <message>
        <location filename="../widgets/help/helpviewer.cpp" line="+208"/>
        <location line="+51"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+51"/>
        <location line="+4"/>
        <location line="+15"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>The help pages are in English.</source>
        <translation>Las páginas de ayuda están en inglés.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The help pages are not installed (looked in: %1).</source>
        <translation>Las páginas de ayuda no están instaladas (se buscó en: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no help page %1 in %2.</source>
        <translation>No hay ninguna página de ayuda %1 en %2.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The link %1 cannot be opened.</source>
        <translation>No se puede abrir el enlace %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open a web page</source>
        <translation>Abrir una página web</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside GenLab Studio:
%1

Open it in your web browser?</source>
        <translation>Este enlace lleva fuera de GenLab Studio:
%1

¿Abrirlo en el navegador web?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The link %1 does not lead to a help page.</source>
        <translation>El enlace %1 no lleva a una página de ayuda.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::help::ShortcutsDialog</name>
    <message>
        <location filename="../widgets/help/shortcutcatalog.cpp" line="+40"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys marked with a lab work while that lab (and tab) is shown; %1 runs the shown page&apos;s main action and %2 stops it in every lab.</source>
        <translation>Las teclas marcadas con un laboratorio funcionan mientras se muestra ese laboratorio (y pestaña); %1 ejecuta la acción principal de la página mostrada y %2 la detiene en todos los laboratorios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::CandidateBars</name>
    <message>
        <location filename="../widgets/maskedlab/candidatebars.cpp" line="+102"/>
        <source>mask %1</source>
        <translation>máscara %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::FillMaskPage</name>
    <message>
        <location filename="../widgets/maskedlab/fillmaskpage.cpp" line="+68"/>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a sentence, then click its words below to mask them; you can also write [MASK] yourself.</source>
        <translation>Escribir una oración y luego hacer clic en sus palabras de abajo para enmascararlas; también se puede escribir [MASK] directamente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Top</source>
        <translation>Top</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many candidates to show for each mask</source>
        <translation>Cuántos candidatos mostrar para cada máscara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole-word masking</source>
        <translation>Enmascaramiento de palabras completas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mask every piece of a clicked word (as whole-word masking trains BERT), not only the piece clicked</source>
        <translation>Enmascarar cada fragmento de una palabra en la que se hace clic (como entrena BERT el enmascaramiento de palabras completas), no solo el fragmento pulsado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill one at a time</source>
        <translation>Rellenar de una en una</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill the most confident mask first, then predict the others again with it filled in; each step is listed</source>
        <translation>Rellenar primero la máscara más segura y luego predecir de nuevo las demás con ella rellenada; cada paso aparece en la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmask all</source>
        <translation>Desenmascarar todo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Click a word to mask it; click it again to bring it back. The model sees the whole sentence, left and right of each mask.</source>
        <translation>Hacer clic en una palabra para enmascararla; hacer clic otra vez para recuperarla. El modelo ve toda la oración, a la izquierda y a la derecha de cada máscara.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Mask a word to see what the model would put there.</source>
        <translation>Enmascarar una palabra para ver qué pondría ahí el modelo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filling one at a time: pick a step to see what the model predicted before it</source>
        <translation>Rellenando de una en una: elegir un paso para ver qué predijo el modelo antes de él</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The encoder&apos;s attention of the masked sentence shows here.</source>
        <translation>Aquí se muestra la atención del codificador sobre la oración enmascarada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>mask %1 (typed)</source>
        <translation>máscara %1 (escrita)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mask %1: the word %2</source>
        <translation>máscara %1: la palabra %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1. %2 at position %3 (%4 %) → %5</source>
        <translation>%1. %2 en la posición %3 (%4 %) → %5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mask yet: click a word above (or type [MASK]). The model reads %1 pieces.</source>
        <translation>Todavía no hay máscara: hacer clic en una palabra de arriba (o escribir [MASK]). El modelo lee %1 fragmentos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With its favourites: “%1”. The bars are the model&apos;s probabilities over its whole vocabulary at each mask; an orange bar is the word you masked.</source>
        <translation>Con sus favoritos: «%1». Las barras son las probabilidades del modelo sobre todo su vocabulario en cada máscara; una barra naranja es la palabra enmascarada.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Masked: click to bring %1 back</source>
        <translation>Enmascarada: hacer clic para recuperar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1 (id %2) of word %3: click to mask the word</source>
        <translation>Fragmento %1 (id %2) de la palabra %3: hacer clic para enmascarar la palabra</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>position %1: filled now</source>
        <translation>posición %1: rellenada ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>position %1</source>
        <translation>posición %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedLab</name>
    <message>
        <location filename="../widgets/maskedlab/maskedlab.cpp" line="+46"/>
        <source>Encoder</source>
        <translation>Codificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not loaded yet</source>
        <translation>todavía no cargado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shipped model</source>
        <translation>Modelo incluido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back to the masked language model that comes with the studio (%1)</source>
        <translation>Volver al modelo de lenguaje enmascarado que viene con el estudio (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open BERT folder…</source>
        <translation>Abrir carpeta BERT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a Hugging Face BERT folder (config.json, model.safetensors, vocab.txt): BertForMaskedLM such as bert-base-uncased, or a sentence-transformers folder</source>
        <translation>Abrir una carpeta BERT de Hugging Face (config.json, model.safetensors, vocab.txt): BertForMaskedLM como bert-base-uncased, o una carpeta de sentence-transformers</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fill mask</source>
        <translation>Rellenar máscara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5)</source>
        <translation>Corrupción de tramos (T5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three objectives</source>
        <translation>Tres objetivos</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Masked</source>
        <translation>Enmascarado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>BERT fills masked words, T5 writes back corrupted spans, GPT predicts the next token: three objectives side by side</source>
        <translation>BERT rellena palabras enmascaradas, T5 reescribe tramos corrompidos, GPT predice el siguiente token: tres objetivos uno junto a otro</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>A BERT model folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Una carpeta de modelo BERT (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the shipped model (%1)</source>
        <translation>el modelo incluido (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has no masked-LM head (a BertModel or sentence-transformers folder): it embeds sentences but cannot fill masks.</source>
        <translation>%1 no tiene cabeza de LM enmascarado (una carpeta BertModel o de sentence-transformers): genera embeddings de oraciones pero no puede rellenar máscaras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Loaded %1</source>
        <translation>Cargado %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not load %1: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lab keeps %1.</source>
        <translation>El laboratorio conserva %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No model is loaded: open a BERT folder, or train one on the Train page.</source>
        <translation>No hay ningún modelo cargado: abrir una carpeta BERT, o entrenar uno en la página Entrenar.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no model loaded</source>
        <translation>ningún modelo cargado</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The project&apos;s model folder %1 no longer exists.</source>
        <translation>La carpeta de modelo del proyecto %1 ya no existe.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::MaskedTrainPage</name>
    <message>
        <location filename="../widgets/maskedlab/maskedtrainpage.cpp" line="+44"/>
        <source>Tiny: 2 layers, 64 wide</source>
        <translation>Diminuto: 2 capas, 64 de ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide</source>
        <translation>Pequeño: 4 capas, 128 de ancho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide</source>
        <translation>Mediano: 6 capas, 192 de ancho</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Masked LM (BERT: fill the masks)</source>
        <translation>LM enmascarado (BERT: rellenar las máscaras)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Span corruption (T5: write the spans back)</source>
        <translation>Corrupción de tramos (T5: reescribir los tramos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text to train on</source>
        <translation>Texto con el que entrenar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WordPiece tokens learned on the text before training</source>
        <translation>Tokens WordPiece aprendidos sobre el texto antes del entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens per training example</source>
        <translation>Tokens por ejemplo de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole-word masking</source>
        <translation>Enmascaramiento de palabras completas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose whole words to mask (every piece of a word together), as later BERTs did</source>
        <translation>Elegir palabras completas para enmascarar (todos los fragmentos de una palabra juntos), como hicieron los BERT posteriores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Probe every</source>
        <translation>Sondear cada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a text file and press Train.</source>
        <translation>Elegir un archivo de texto y pulsar Entrenar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>use it on the Fill mask page</source>
        <translation>usarlo en la página Rellenar máscara</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tick “Resume” to continue</source>
        <translation>marcar «Reanudar» para continuar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch loss</source>
        <translation>pérdida del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per target token)</source>
        <translation>pérdida (nats por token objetivo)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>exactitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+99"/>
        <source>T5 previews</source>
        <translation>Vistas previas de T5</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>A T5 run shows its probe sentence here: the corrupted input and the spans the model writes back.</source>
        <translation>Una ejecución de T5 muestra aquí su oración de sondeo: la entrada corrompida y los tramos que el modelo reescribe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BERT&apos;s masking rule, on a row of this step&apos;s batch</source>
        <translation>La regla de enmascaramiento de BERT, sobre una fila del lote de este paso</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The row appears with the first probe.</source>
        <translation>La fila aparece con el primer sondeo.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The model&apos;s guesses for the probe sentence appear here as it learns; the step slider picks the probe of a step.</source>
        <translation>Las estimaciones del modelo para la oración de sondeo aparecen aquí a medida que aprende; el control de pasos elige el sondeo de un paso.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masking rule and probe</source>
        <translation>Regla de enmascaramiento y sondeo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Done: %1 steps in %2 s · validation loss %3 · accuracy %4 % · %5 parameters</source>
        <translation>Terminado: %1 pasos en %2 s · pérdida de validación %3 · exactitud %4 % · %5 parámetros</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>accuracy at the masks</source>
        <translation>exactitud en las máscaras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation accuracy at the masks</source>
        <translation>exactitud de validación en las máscaras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>target tokens right</source>
        <translation>tokens objetivo acertados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation target tokens right</source>
        <translation>tokens objetivo acertados en validación</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Choose a text file to train on first.</source>
        <translation>Elegir primero un archivo de texto con el que entrenar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Paso %1 de %2 · pérdida %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 % right</source>
        <translation> · %1 % de aciertos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1</source>
        <translation> · validación %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BERT&apos;s masking rule on a row of step %1&apos;s batch</source>
        <translation>La regla de enmascaramiento de BERT sobre una fila del lote del paso %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the loss asks for %2 here; the model saw %3</source>
        <translation>%1: la pérdida pide aquí %2; el modelo vio %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 tokens chosen (%3 %): %4 became [MASK] (orange), %5 a random token (violet), %6 stayed (green); the loss is taken at those %1 only.</source>
        <translation>%1 de %2 tokens elegidos (%3 %): %4 pasaron a ser [MASK] (naranja), %5 un token aleatorio (violeta), %6 se quedaron igual (verde); la pérdida se calcula solo en esos %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Probe at step %1: %2</source>
        <translation>Sondeo en el paso %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[MASK] %1 of the probe</source>
        <translation>[MASK] %1 del sondeo</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::ObjectivesPage</name>
    <message>
        <location filename="../widgets/maskedlab/objectivespage.cpp" line="+102"/>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draws BERT&apos;s masks and T5&apos;s spans</source>
        <translation>Extrae las máscaras de BERT y los tramos de T5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Training targets from this sentence</source>
        <translation>Objetivos de entrenamiento a partir de esta oración</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Three ways to make a language model learn from plain text. GPT predicts every next token, left to right: one target per token. BERT sees the whole sentence with about 15 % of it masked and fills the masks. T5 cuts out spans, puts a sentinel in each place, and writes the spans back.</source>
        <translation>Tres maneras de hacer que un modelo de lenguaje aprenda de texto plano. GPT predice cada token siguiente, de izquierda a derecha: un objetivo por token. BERT ve toda la oración con un 15 % de ella enmascarado y rellena las máscaras. T5 recorta tramos, pone un centinela en cada hueco y reescribe los tramos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>GPT: the next token, at every position</source>
        <translation>GPT: el siguiente token, en cada posición</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>BERT: the masked tokens, seeing both sides</source>
        <translation>BERT: los tokens enmascarados, viendo ambos lados</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T5: the corrupted spans, written back</source>
        <translation>T5: los tramos corrompidos, reescritos</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>The first token has no context: nothing predicts it</source>
        <translation>El primer token no tiene contexto: nada lo predice</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>After %1 the model gave %2 a probability of %3 %; its favourite was %4 (%5 %)</source>
        <translation>Tras %1 el modelo dio a %2 una probabilidad del %3 %; su favorito era %4 (%5 %)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No GPT model: the Text lab&apos;s shipped model is missing.</source>
        <translation>No hay modelo GPT: falta el modelo incluido del laboratorio de texto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: each token after the first is predicted from the ones before it (its colour is the probability it got; hover for the favourite). The favourite was right %2 times.</source>
        <translation>%1 objetivos: cada token después del primero se predice a partir de los anteriores (su color es la probabilidad que obtuvo; pasar el ratón para ver el favorito). El favorito acertó %2 veces.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Masked %1: click to unmask</source>
        <translation>Enmascarado %1: hacer clic para desenmascarar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Click to mask this word</source>
        <translation>Hacer clic para enmascarar esta palabra</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>[MASK] for %1</source>
        <translation>[MASK] en lugar de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No BERT model is loaded.</source>
        <translation>No hay ningún modelo BERT cargado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 targets: only the masked tokens are predicted, each from the whole sentence around it. Click words to choose other masks.</source>
        <translation>%1 objetivos: solo se predicen los tokens enmascarados, cada uno a partir de toda la oración que lo rodea. Hacer clic en palabras para elegir otras máscaras.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 targets: the decoder writes each sentinel and the span behind it (spans drawn: %2, expected: %3). The small T5&apos;s answer:%4</source>
        <translation>%1 objetivos: el decodificador escribe cada centinela y el tramo que oculta (tramos extraídos: %2, esperados: %3). La respuesta del T5 pequeño:%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (no T5 model)</source>
        <translation> (sin modelo T5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GPT %1 · BERT %2 · T5 %3 (tokens counted with each model&apos;s own tokenizer)</source>
        <translation>GPT %1 · BERT %2 · T5 %3 (tokens contados con el tokenizador propio de cada modelo)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::maskedlab::SpanCorruptionPage</name>
    <message>
        <location filename="../widgets/maskedlab/spancorruptionpage.cpp" line="+90"/>
        <location line="+48"/>
        <source>Sentence</source>
        <translation>Oración</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Corruption rate</source>
        <translation>Tasa de corrupción</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The share of the tokens dropped (T5 used 15 %)</source>
        <translation>La proporción de tokens eliminados (T5 usó el 15 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mean span</source>
        <translation>Tramo medio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The mean length of a dropped span, in tokens (T5 used 3)</source>
        <translation>La longitud media de un tramo eliminado, en tokens (T5 usó 3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sentence as tokens; each coloured run is one span T5 drops</source>
        <translation>La oración como tokens; cada serie coloreada es un tramo que T5 elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoder input</source>
        <translation>Entrada del codificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the encoder reads: the kept tokens, and one sentinel where each span was</source>
        <translation>Lo que lee el codificador: los tokens conservados, y un centinela donde estaba cada tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decoder target</source>
        <translation>Objetivo del decodificador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the decoder learns to write: each sentinel followed by the span it stands for, and a last sentinel to end</source>
        <translation>Lo que el decodificador aprende a escribir: cada centinela seguido del tramo al que representa, y un último centinela para terminar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T5&apos;s fill</source>
        <translation>Relleno de T5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the small T5 trained here writes for each span</source>
        <translation>Lo que escribe para cada tramo el T5 pequeño entrenado aquí</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>T5 learns by span corruption: a few runs of tokens are cut out and replaced by sentinels, and the model writes them back. Each sentence gives fewer targets than GPT&apos;s next token, but every target is a whole span.</source>
        <translation>T5 aprende por corrupción de tramos: se recortan unas cuantas series de tokens, se sustituyen por centinelas y el modelo las reescribe. Cada oración da menos objetivos que el siguiente token de GPT, pero cada objetivo es un tramo entero.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>No T5 model is loaded: only the corruption is shown.</source>
        <translation>No hay ningún modelo T5 cargado: solo se muestra la corrupción.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model&apos;s whole target: %1</source>
        <translation>El objetivo completo del modelo: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 tokens · rate %2 % → %3 noise tokens · mean span %4 → expected %5 spans, drawn %6 · the encoder reads %7 tokens, the decoder writes %8</source>
        <translation>%1 tokens · tasa %2 % → %3 tokens de ruido · tramo medio %4 → %5 tramos esperados, %6 extraídos · el codificador lee %7 tokens, el decodificador escribe %8</translation>
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
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The search&apos;s query, or another question about the same passages</source>
        <translation>La consulta de la búsqueda, u otra pregunta sobre los mismos pasajes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many sentences the extractive answer keeps</source>
        <translation>Cuántas oraciones conserva la respuesta extractiva</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive: sentences of the passages</source>
        <translation>Extractiva: oraciones de los pasajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate with a GPT model: lm-shakespeare-bpe (no question answerer)</source>
        <translation>Generar con un modelo GPT: lm-shakespeare-bpe (no responde preguntas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+163"/>
        <source>Generate with a GPT model: Open GPT folder…</source>
        <translation>Generar con un modelo GPT: Abrir carpeta GPT…</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Where the answer comes from. A generated answer is checked sentence by sentence against the passages.</source>
        <translation>De dónde sale la respuesta. Una respuesta generada se comprueba oración por oración frente a los pasajes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sampling seed: the same passages and seed give the same generated answer</source>
        <translation>La semilla de muestreo: los mismos pasajes y la misma semilla dan la misma respuesta generada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer again</source>
        <translation>Responder de nuevo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer with the passages as pinned and dropped now, and show what changed</source>
        <translation>Responder con los pasajes tal como están fijados y descartados ahora, y mostrar qué cambió</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extractive answers are sentences taken from the passages, each with its citation. A generated answer is written by a GPT model from the prompt below; each of its sentences is then checked against the passages (green with its [n]: a passage sentence shares most of its words; red: unsupported). The shipped model lm-shakespeare-bpe is no question answerer: it continues text in Shakespeare&apos;s style, so expect verse and red sentences.</source>
        <translation>Las respuestas extractivas son oraciones tomadas de los pasajes, cada una con su cita. Una respuesta generada la escribe un modelo GPT a partir de la instrucción de abajo; cada una de sus oraciones se comprueba luego frente a los pasajes (verde con su [n]: una oración de un pasaje comparte la mayoría de sus palabras; rojo: sin respaldo). El modelo incluido lm-shakespeare-bpe no responde preguntas: continúa texto al estilo de Shakespeare, así que cabe esperar versos y oraciones en rojo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pin</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drop</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pin: always use the passage, first. Drop: leave it out.</source>
        <translation>Fijar: usar siempre el pasaje, el primero. Descartar: dejarlo fuera.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rebuild prompt</source>
        <translation>Reconstruir instrucción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget your edits: assemble the prompt from the chosen passages and the question again</source>
        <translation>Olvidar las ediciones: montar de nuevo la instrucción a partir de los pasajes elegidos y la pregunta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The prompt a GPT model reads: the chosen passages, numbered, and the question</source>
        <translation>La instrucción que lee un modelo GPT: los pasajes elegidos, numerados, y la pregunta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The answer, each sentence with the passage it comes from; click [n] to see the passage</source>
        <translation>La respuesta, cada oración con el pasaje del que procede; hacer clic en [n] para ver el pasaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After “Answer again”: the sentences added (green) and removed (red) since the previous answer</source>
        <translation>Tras «Responder de nuevo»: las oraciones añadidas (verde) y eliminadas (rojo) desde la respuesta anterior</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Open a GPT-2-family model folder</source>
        <translation>Abrir una carpeta de modelo de la familia GPT-2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Generate with a GPT model: %1 (Open GPT folder…)</source>
        <translation>Generar con un modelo GPT: %1 (Abrir carpeta GPT…)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Not used by the extractive answer: it reads no prompt, it picks the passages&apos; sentences that best match the question. Choose “Generate with a GPT model” to send this prompt (and edit it).</source>
        <translation>No la usa la respuesta extractiva: no lee ninguna instrucción, elige las oraciones de los pasajes que mejor encajan con la pregunta. Elegir «Generar con un modelo GPT» para enviar esta instrucción (y editarla).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited: the GPT model reads this text exactly as you wrote it. Pin, Drop or “Rebuild prompt” assemble it again.</source>
        <translation>Editada: el modelo GPT lee este texto exactamente como está escrito. Fijar, Descartar o «Reconstruir instrucción» la montan de nuevo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prompt the GPT model reads, assembled from the chosen passages and the question; edit it to change what the model reads.</source>
        <translation>La instrucción que lee el modelo GPT, montada a partir de los pasajes elegidos y la pregunta; editarla para cambiar lo que lee el modelo.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Type a question first.</source>
        <translation>Escribir primero una pregunta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There are no passages to answer from: search on the Search page first.</source>
        <translation>No hay pasajes a partir de los que responder: buscar primero en la página Buscar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every passage is dropped: keep at least one.</source>
        <translation>Todos los pasajes están descartados: conservar al menos uno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No generated answer: %1</source>
        <translation>Ninguna respuesta generada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Answering…</source>
        <translation>Respondiendo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No answer: %1</source>
        <translation>Ninguna respuesta: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>lm-shakespeare-bpe was trained to continue Shakespeare&apos;s plays: it is no question answerer, so its sentences are rarely supported by the passages.</source>
        <translation>lm-shakespeare-bpe se entrenó para continuar las obras de Shakespeare: no responde preguntas, así que sus oraciones rara vez están respaldadas por los pasajes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The model wrote no sentence.</source>
        <translation>El modelo no escribió ninguna oración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; most attention on passage [%1] (%2 of it)</source>
        <translation>; la mayor atención en el pasaje [%1] (%2 de ella)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>supported: overlap %1 with passage [%2], line %3</source>
        <translation>respaldada: solapamiento %1 con el pasaje [%2], línea %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unsupported: best overlap %1</source>
        <translation>sin respaldo: mejor solapamiento %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 sentences supported by the passages; seed %3, %4 prompt tokens.</source>
        <translation>%1 de %2 oraciones respaldadas por los pasajes; semilla %3, %4 tokens de instrucción.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>No sentence of these passages answers it.</source>
        <translation>Ninguna oración de estos pasajes lo responde.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The same sentences as the previous answer.</source>
        <translation>Las mismas oraciones que la respuesta anterior.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Since the previous answer: sentences added %1, removed %2.</source>
        <translation>Desde la respuesta anterior: oraciones añadidas %1, eliminadas %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::ChunkingAbPage</name>
    <message>
        <location filename="../widgets/retrievallab/chunkingabpage.cpp" line="+46"/>
        <source>How much does chunking matter? Pick a second chunking (B): a temporary index of the same documents is built with it, the query runs under both, and the two top-k lists show side by side. Passages are matched by file and overlapping text, whatever their boundaries.</source>
        <translation>¿Cuánto importa la fragmentación? Elegir una segunda fragmentación (B): con ella se construye un índice temporal de los mismos documentos, la consulta se ejecuta con ambas y las dos listas top-k se muestran una junto a otra. Los pasajes se emparejan por archivo y texto solapado, sean cuales sean sus límites.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A (the index):</source>
        <translation>A (el índice):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>characters</source>
        <translation>caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>words (tokens)</source>
        <translation>palabras (tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sentences</source>
        <translation>oraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>encabezados Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per file</source>
        <translation>uno por archivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters, words or sentences per passage</source>
        <translation>Caracteres, palabras u oraciones por pasaje</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Characters or words shared with the previous passage</source>
        <translation>Caracteres o palabras compartidos con el pasaje anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B (to compare):</source>
        <translation>B (para comparar):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A query, e.g. why do GANs collapse?</source>
        <translation>Una consulta, p. ej. ¿por qué colapsan las GAN?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hybrid</source>
        <translation>híbrida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BM25</source>
        <translation>BM25</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dense</source>
        <translation>densa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>top </source>
        <translation>top </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Query:</source>
        <translation>Consulta:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the other list</source>
        <translation>En la otra lista</translation>
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
        <translation>La primera comparación construye el índice de B (de nuevo los mismos documentos); las consultas posteriores lo reutilizan.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(no index open)</source>
        <translation>(no hay ningún índice abierto)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n passage(s)</source>
        <translation>
            <numerusform>%1, %n pasaje</numerusform>
            <numerusform>%1, %n pasajes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Type a query to compare the two chunkings on.</source>
        <translation>Escribir una consulta con la que comparar las dos fragmentaciones.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>El índice está vacío: indexar primero algunos documentos (o las páginas de ayuda).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chunking B is not valid: %1</source>
        <translation>La fragmentación B no es válida: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>B is the index&apos;s own chunking (%1): choose another kind, size or overlap.</source>
        <translation>B es la fragmentación propia del índice (%1): elegir otro tipo, tamaño o solapamiento.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Compare chunkings</source>
        <translation>Comparar fragmentaciones</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Build chunking B (%1) and compare</source>
        <translation>Construir la fragmentación B (%1) y comparar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running the query under A and B…</source>
        <translation>Ejecutando la consulta con A y B…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building B&apos;s index (%1) of the same documents…</source>
        <translation>Construyendo el índice de B (%1) de los mismos documentos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building B&apos;s index: %1</source>
        <translation>Construyendo el índice de B: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled; nothing of B was kept.</source>
        <translation>Cancelado; no se conservó nada de B.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>A: %1 (%n passage(s))</source>
        <translation>
            <numerusform>A: %1 (%n pasaje)</numerusform>
            <numerusform>A: %1 (%n pasajes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>B: %1 (%n passage(s))</source>
        <translation>
            <numerusform>B: %1 (%n pasaje)</numerusform>
            <numerusform>B: %1 (%n pasajes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Of A&apos;s top %1, %2 are still in B&apos;s top %1 (the same text, cut differently) and %3 dropped out; %n passage(s) of B&apos;s top %1 are new.</source>
        <translation>
            <numerusform>Del top %1 de A, %2 siguen en el top %1 de B (el mismo texto, cortado de otra manera) y %3 salieron; %n pasaje del top %1 de B es nuevo.</numerusform>
            <numerusform>Del top %1 de A, %2 siguen en el top %1 de B (el mismo texto, cortado de otra manera) y %3 salieron; %n pasajes del top %1 de B son nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” under %2.</source>
        <translation>«%1» con %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n file(s) could not be read for B.</source>
        <translation>
            <numerusform>No se pudo leer %n archivo para B.</numerusform>
            <numerusform>No se pudieron leer %n archivos para B.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, page %1</source>
        <translation>, página %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, line %1</source>
        <translation>, línea %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not in B&apos;s top %1</source>
        <translation>no está en el top %1 de B</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>new: not in A&apos;s top %1</source>
        <translation>nuevo: no está en el top %1 de A</translation>
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
        <translation>Densa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (RRF)</source>
        <translation>Híbrida (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid (weighted)</source>
        <translation>Híbrida (ponderada)</translation>
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
        <translation>Evaluación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chunking A/B</source>
        <translation>Fragmentación A/B</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Which retriever finds the right pages for your questions? Each question names the pages that answer it; recall@k is the share of those pages among the first k, MRR rewards the first relevant page coming early, nDCG@10 both.</source>
        <translation>¿Qué recuperador encuentra las páginas correctas para las preguntas? Cada pregunta nombra las páginas que la responden; recall@k es la proporción de esas páginas entre las k primeras, MRR premia que la primera página relevante llegue pronto, nDCG@10 ambas cosas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Evaluate</source>
        <translation>Evaluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run every labelled question under BM25, dense and both fusions</source>
        <translation>Ejecutar cada pregunta etiquetada con BM25, densa y ambas fusiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open questions…</source>
        <translation>Abrir preguntas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A JSON file like the built-in one: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [file names]}]}</source>
        <translation>Un archivo JSON como el integrado: {&quot;version&quot;: 1, &quot;questions&quot;: [{&quot;question&quot;: …, &quot;relevant&quot;: [nombres de archivo]}]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built-in questions</source>
        <translation>Preguntas integradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a question…</source>
        <translation>Añadir una pregunta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The best value of each column is in bold</source>
        <translation>El mejor valor de cada columna está en negrita</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>score (1 is perfect)</source>
        <translation>puntuación (1 es perfecto)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relevant pages</source>
        <translation>Páginas relevantes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rank of the first relevant page among the distinct pages %1 ranks (– : not in its first 100)</source>
        <translation>Posición de la primera página relevante entre las páginas distintas que ordena %1 (– : no está entre sus 100 primeras)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a question to see its top passages and tick the relevant ones.</source>
        <translation>Seleccionar una pregunta para ver sus mejores pasajes y marcar los relevantes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ticking a passage marks its page relevant for this question (the metrics count pages)</source>
        <translation>Marcar un pasaje hace que su página sea relevante para esta pregunta (las métricas cuentan páginas)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The built-in questions (resources/help/questions.json) are not installed; open a file of your own.</source>
        <translation>Las preguntas integradas (resources/help/questions.json) no están instaladas; abrir un archivo propio.</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n built-in question(s) about the help pages (%1).</source>
        <translation>
            <numerusform>%n pregunta integrada sobre las páginas de ayuda (%1).</numerusform>
            <numerusform>%n preguntas integradas sobre las páginas de ayuda (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+373"/>
        <source>%n question(s) with your labels (%1).</source>
        <translation>
            <numerusform>%n pregunta con etiquetas propias (%1).</numerusform>
            <numerusform>%n preguntas con etiquetas propias (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-372"/>
        <source>%n question(s) from %1.</source>
        <translation>
            <numerusform>%n pregunta de %1.</numerusform>
            <numerusform>%n preguntas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press Evaluate to score the retrievers on these questions.</source>
        <translation>Pulsar Evaluar para puntuar los recuperadores con estas preguntas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open labelled questions</source>
        <translation>Abrir preguntas etiquetadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions (*.json);;All files (*)</source>
        <translation>Preguntas (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add a question</source>
        <translation>Añadir una pregunta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your question (then tick the passages that answer it):</source>
        <translation>Pregunta nueva (luego marcar los pasajes que la responden):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A question needs some words.</source>
        <translation>Una pregunta necesita algunas palabras.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added “%1”: tick the passages that answer it; it is saved with its first tick.</source>
        <translation>Añadida «%1»: marcar los pasajes que la responden; se guarda con su primera marca.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There are no questions to evaluate: open a questions file.</source>
        <translation>No hay preguntas que evaluar: abrir un archivo de preguntas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>El índice está vacío: indexar primero algunos documentos (o las páginas de ayuda).</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Evaluating %n question(s)…</source>
        <translation>
            <numerusform>Evaluando %n pregunta…</numerusform>
            <numerusform>Evaluando %n preguntas…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation failed: %1</source>
        <translation>La evaluación falló: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluation canceled.</source>
        <translation>Evaluación cancelada.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Rank one question</source>
        <translation>Ordenar una pregunta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rank each labelled question</source>
        <translation>Ordenar cada pregunta etiquetada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ranking the questions failed: %1</source>
        <translation>La ordenación de las preguntas falló: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 of %2 questions scored; best MRR: %3 (%4).</source>
        <translation>%1 de %2 preguntas puntuadas; mejor MRR: %3 (%4).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>HNSW recall@10 against the exact scan for these questions: %1 (1 means the approximate index found every one of the exact scan&apos;s ten nearest passages).</source>
        <translation>recall@10 de HNSW frente al recorrido exacto para estas preguntas: %1 (1 significa que el índice aproximado encontró cada uno de los diez pasajes más cercanos del recorrido exacto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The index uses HNSW, but its recall could not be measured (no dense vectors for these questions).</source>
        <translation>El índice usa HNSW, pero no se pudo medir su recall (no hay vectores densos para estas preguntas).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dense search scans every vector exactly here (%1 passages; HNSW takes over at %2), so there is no approximation to measure.</source>
        <translation>Aquí la búsqueda densa recorre cada vector de forma exacta (%1 pasajes; HNSW toma el relevo a partir de %2), así que no hay aproximación que medir.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>(none yet: tick passages)</source>
        <translation>(ninguna todavía: marcar pasajes)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Top passages (hybrid) for “%1”: tick those that answer it.</source>
        <translation>Mejores pasajes (híbrida) para «%1»: marcar los que la responden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The passages could not be found: %1</source>
        <translation>No se pudieron encontrar los pasajes: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No passage matches this question.</source>
        <translation>Ningún pasaje encaja con esta pregunta.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Labels saved to %1. Press Evaluate to update the table.</source>
        <translation>Etiquetas guardadas en %1. Pulsar Evaluar para actualizar la tabla.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No index is open, so there is no folder to keep your labels in.</source>
        <translation>No hay ningún índice abierto, así que no hay carpeta donde guardar las etiquetas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the labels could not be saved (%2)</source>
        <translation>%1: no se pudieron guardar las etiquetas (%2)</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::IndexPage</name>
    <message>
        <location filename="../widgets/retrievallab/indexpage.cpp" line="+62"/>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folders are read recursively: .txt, .md, .html and .pdf files</source>
        <translation>Las carpetas se leen de forma recursiva: archivos .txt, .md, .html y .pdf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Help pages</source>
        <translation>Páginas de ayuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the studio&apos;s own help pages (the built-in corpus)</source>
        <translation>Añadir las propias páginas de ayuda del estudio (el corpus integrado)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words (tokens)</source>
        <translation>Palabras (tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentences</source>
        <translation>Oraciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown headings</source>
        <translation>encabezados Markdown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One chunk per file</source>
        <translation>Un fragmento por archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>overlap</source>
        <translation>solapamiento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chunking</source>
        <translation>Fragmentación</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LSA, fitted on these documents</source>
        <translation>LSA, ajustado a estos documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dense retriever&apos;s encoder. LSA needs no model: TF-IDF and a truncated SVD of the indexed passages.</source>
        <translation>El codificador del recuperador denso. LSA no necesita ningún modelo: TF-IDF y una SVD truncada de los pasajes indexados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open BERT folder…</source>
        <translation>Abrir carpeta BERT…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+275"/>
        <source>A BERT or sentence-transformers folder (config.json, model.safetensors, vocab.txt)</source>
        <translation>Una carpeta BERT o de sentence-transformers (config.json, model.safetensors, vocab.txt)</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Embedder</source>
        <translation>Generador de embeddings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Automatic (exact below %1 passages, HNSW above)</source>
        <translation>Automático (exacto por debajo de %1 pasajes, HNSW por encima)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact scan</source>
        <translation>Recorrido exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HNSW (approximate, fast on large indexes)</source>
        <translation>HNSW (aproximado, rápido con índices grandes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense search</source>
        <translation>Búsqueda densa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Update index</source>
        <translation>Actualizar índice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read new and changed files, drop removed ones; unchanged files are kept as they are</source>
        <translation>Leer los archivos nuevos y modificados, descartar los eliminados; los archivos sin cambios se conservan tal como están</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The last update&apos;s report: files added, changed, unchanged, removed and skipped</source>
        <translation>El informe de la última actualización: archivos añadidos, modificados, sin cambios, eliminados y omitidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chunk preview</source>
        <translation>Vista previa de fragmentos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a document to see where the chunking above cuts it, before indexing.</source>
        <translation>Elegir un documento para ver dónde lo corta la fragmentación de arriba, antes de indexar.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The studio&apos;s help pages are not installed.</source>
        <translation>Las páginas de ayuda del estudio no están instaladas.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (the studio&apos;s help pages)</source>
        <translation>%1 (las páginas de ayuda del estudio)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (no permission).</source>
        <translation>%1 no se puede leer (sin permiso).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a text, Markdown, HTML or PDF file.</source>
        <translation>%1 no es un archivo de texto, Markdown, HTML ni PDF.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is already a source.</source>
        <translation>%1 ya es una fuente.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added %1: “Update index” reads it.</source>
        <translation>Añadido %1: «Actualizar índice» lo lee.</translation>
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
        <translation> caracteres</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source> words</source>
        <translation> palabras</translation>
    </message>
    <message>
        <location line="-1"/>
        <source> sentences</source>
        <translation> oraciones</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A folder of documents (.txt, .md, .html, .pdf)</source>
        <translation>Una carpeta de documentos (.txt, .md, .html, .pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Documents to index</source>
        <translation>Documentos que indexar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Documents (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</source>
        <translation>Documentos (*.txt *.text *.md *.markdown *.html *.htm *.pdf)</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 has no config.json: not a BERT model folder.</source>
        <translation>%1 no tiene config.json: no es una carpeta de modelo BERT.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The next update embeds every passage with %1 (slower than LSA on the CPU).</source>
        <translation>La próxima actualización genera el embedding de cada pasaje con %1 (más lento que LSA en la CPU).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A document to preview</source>
        <translation>Un documento que previsualizar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Add a folder or files first (or the help pages).</source>
        <translation>Añadir primero una carpeta o archivos (o las páginas de ayuda).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: remove it or fix its permissions.</source>
        <translation>%1 no se puede leer: quitarlo o corregir sus permisos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Updating the index</source>
        <translation>Actualizando el índice</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indexing the studio&apos;s help pages</source>
        <translation>Indexando las páginas de ayuda del estudio</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing changed: the index is up to date.</source>
        <translation>No ha cambiado nada: el índice está al día.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Canceled: the index is as it was before the update.</source>
        <translation>Cancelado: el índice está como antes de la actualización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The update failed: %1. The index is as it was.</source>
        <translation>La actualización falló: %1. El índice está como estaba.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The index is not open yet.</source>
        <translation>El índice todavía no está abierto.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>dense search by %1 (%2)</source>
        <translation>búsqueda densa por %1 (%2)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HNSW</source>
        <translation>HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>exact scan</source>
        <translation>recorrido exacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no dense search (%1)</source>
        <translation>sin búsqueda densa (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index in %1: %2 documents, %3 passages; %4.</source>
        <translation>Índice en %1: %2 documentos, %3 pasajes; %4.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When the index was opened: %1</source>
        <translation>Al abrir el índice: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 added, %2 changed, %3 unchanged, %4 removed; %5 skipped.</source>
        <translation>%1 añadidos, %2 modificados, %3 sin cambios, %4 eliminados; %5 omitidos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The index now holds %1 documents and %2 passages; %3 passages were embedded in this update; dense search: %4.</source>
        <translation>El índice contiene ahora %1 documentos y %2 pasajes; en esta actualización se generó el embedding de %3 pasajes; búsqueda densa: %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decoded from other encodings</source>
        <translation>Decodificados desde otras codificaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 bytes replaced</source>
        <translation>, %1 bytes sustituidos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read:</source>
        <translation>Leídos:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a document to preview.</source>
        <translation>Elegir un documento que previsualizar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cutting %1 into chunks…</source>
        <translation>Cortando %1 en fragmentos…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No preview: %1</source>
        <translation>Sin vista previa: %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 under %2: %3 chunks</source>
        <translation>%1 con %2: %3 fragmentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 characters on average</source>
        <translation>, %1 caracteres de media</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; shared text (overlap) in yellow</source>
        <translation>; texto compartido (solapamiento) en amarillo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The project&apos;s chunking is not valid (%1); the lab keeps its own.</source>
        <translation>La fragmentación del proyecto no es válida (%1); el laboratorio conserva la suya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The project&apos;s embedder folder %1 no longer exists; LSA is used.</source>
        <translation>La carpeta del generador de embeddings del proyecto %1 ya no existe; se usa LSA.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::MapPage</name>
    <message>
        <location filename="../widgets/retrievallab/mappage.cpp" line="+57"/>
        <source>Each dot is a passage: its dense vector projected onto the two directions in which the passages differ most (PCA). Nearby dots have similar vectors; colours are source documents. The star is the query, rings are the passages it retrieved.</source>
        <translation>Cada punto es un pasaje: su vector denso proyectado sobre las dos direcciones en que más difieren los pasajes (PCA). Los puntos cercanos tienen vectores parecidos; los colores son los documentos de origen. La estrella es la consulta, los anillos son los pasajes que recuperó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A query to place on the map (empty: the passages only)</source>
        <translation>Una consulta que situar en el mapa (vacía: solo los pasajes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>first principal direction</source>
        <translation>primera dirección principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second principal direction</source>
        <translation>segunda dirección principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a dot to see its passage; click to keep it here.</source>
        <translation>Pasar el ratón sobre un punto para ver su pasaje; hacer clic para dejarlo aquí.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The index is empty: index some documents (or the help pages) first.</source>
        <translation>El índice está vacío: indexar primero algunos documentos (o las páginas de ayuda).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The map needs the passages&apos; dense vectors, and this index has none usable: %1. Re-index with the LSA embedder (no model needed) or a BERT folder.</source>
        <translation>El mapa necesita los vectores densos de los pasajes, y este índice no tiene ninguno utilizable: %1. Volver a indexar con el generador de embeddings LSA (no necesita modelo) o con una carpeta BERT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no embedder</source>
        <translation>sin generador de embeddings</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Place the query on the map</source>
        <translation>Situar la consulta en el mapa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Map the passages</source>
        <translation>Mapear los pasajes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placing the query…</source>
        <translation>Situando la consulta…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Projecting %n passage(s)…</source>
        <translation>
            <numerusform>Proyectando %n pasaje…</numerusform>
            <numerusform>Proyectando %n pasajes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The map could not be drawn: %1</source>
        <translation>No se pudo dibujar el mapa: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mapping canceled.</source>
        <translation>Mapeo cancelado.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A sample of %1 of the %2 passages (seed %3).</source>
        <translation>Una muestra de %1 de los %2 pasajes (semilla %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n passage(s).</source>
        <translation>
            <numerusform>El único pasaje (%n).</numerusform>
            <numerusform>Los %n pasajes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two directions show %1% and %2% of the vectors&apos; variance, so distances on the map are only a rough picture of cosine similarity.</source>
        <translation>Las dos direcciones muestran el %1% y el %2% de la varianza de los vectores, así que las distancias en el mapa son solo una imagen aproximada de la similitud del coseno.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One colour per document (%1 of them); hover over a dot for its file.</source>
        <translation>Un color por documento (%1 en total); pasar el ratón sobre un punto para ver su archivo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The query has no word the embedder knows, so it has no place on the map.</source>
        <translation>La consulta no tiene ninguna palabra que conozca el generador de embeddings, así que no tiene lugar en el mapa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>retrieved</source>
        <translation>recuperado</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Passage %1 is no longer in the index.</source>
        <translation>El pasaje %1 ya no está en el índice.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (retrieved #%1)</source>
        <translation> (recuperado n.º %1)</translation>
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
        <translation>%1: sin posición</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Dense</source>
        <translation>Densa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fused</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+70"/>
        <source>Select a passage to see its scores.</source>
        <translation>Seleccionar un pasaje para ver sus puntuaciones.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the passage&apos;s file in the application your desktop uses for it</source>
        <translation>Abrir el archivo del pasaje en la aplicación que usa el escritorio para él</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The passage, with the query&apos;s words marked</source>
        <translation>El pasaje, con las palabras de la consulta marcadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passage in its document</source>
        <translation>El pasaje en su documento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Term</source>
        <translation>Término</translation>
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
        <translation>Contribución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BM25&apos;s score of this passage, term by term: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</source>
        <translation>La puntuación BM25 de este pasaje, término a término: idf · tf · (k1 + 1) / (tf + k1 · (1 − b + b · |d| / avgdl))</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No application opened %1.</source>
        <translation>Ninguna aplicación abrió %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>(From the neighbouring passages: the file has changed or cannot be read.)</source>
        <translation>(A partir de los pasajes vecinos: el archivo ha cambiado o no se puede leer.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not in this passage: it adds nothing</source>
        <translation>No está en este pasaje: no aporta nada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>BM25 score</source>
        <translation>Puntuación BM25</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::RetrievalLab</name>
    <message>
        <location filename="../widgets/retrievallab/retrievallab.cpp" line="+30"/>
        <location line="+26"/>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>not open yet</source>
        <translation>todavía no abierto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources…</source>
        <translation>Fuentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your own documents on the Index page</source>
        <translation>Añadir documentos propios en la página Índice</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Responder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents: %1 (%2 %)</source>
        <translation>Indexando las páginas de ayuda del estudio para que el laboratorio funcione antes de aportar documentos propios: %1 (%2 %)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The index is empty: %1 Add documents on the Index page.</source>
        <translation>El índice está vacío: %1 Añadir documentos en la página Índice.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Retrieval</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Index documents, see every score of BM25, dense and hybrid retrieval, and answer with citations</source>
        <translation>Indexar documentos, ver cada puntuación de la recuperación BM25, densa e híbrida, y responder con citas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the index…</source>
        <translation>Abriendo el índice…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The index could not be opened: %1</source>
        <translation>No se pudo abrir el índice: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Indexing the studio&apos;s help pages so the lab works before you bring documents…</source>
        <translation>Indexando las páginas de ayuda del estudio para que el laboratorio funcione antes de aportar documentos propios…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dense: HNSW</source>
        <translation>densa: HNSW</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dense: exact scan</source>
        <translation>densa: recorrido exacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no dense vectors</source>
        <translation>sin vectores densos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1%2 documents, %3 passages, %4</source>
        <translation>%1%2 documentos, %3 pasajes, %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the studio&apos;s help pages: </source>
        <translation>las páginas de ayuda del estudio: </translation>
    </message>
</context>
<context>
    <name>genlab::widgets::retrievallab::SearchPage</name>
    <message>
        <location filename="../widgets/retrievallab/searchpage.cpp" line="+77"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A question or some words, e.g. why do GANs collapse?</source>
        <translation>Una pregunta o unas palabras, p. ej. ¿por qué colapsan las GAN?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retriever</source>
        <translation>Recuperador</translation>
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
        <translation>Densa</translation>
    </message>
    <message>
        <location line="-408"/>
        <source>Hybrid</source>
        <translation>Híbrida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BM25: exact words, weighted by rarity. Dense: the embedder&apos;s vectors, cosine similarity. Hybrid: both lists fused.</source>
        <translation>BM25: palabras exactas, ponderadas por su rareza. Densa: los vectores del generador de embeddings, similitud del coseno. Híbrida: ambas listas fusionadas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Top k</source>
        <translation>Top k</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fusion</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reciprocal rank (RRF)</source>
        <translation>Rango recíproco (RRF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted scores</source>
        <translation>Puntuaciones ponderadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RRF: each list adds weight / (k + rank). Weighted: each list&apos;s scores scaled to [0, 1], then summed with the weights.</source>
        <translation>RRF: cada lista suma peso / (k + posición). Ponderada: las puntuaciones de cada lista se escalan a [0, 1] y luego se suman con los pesos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RRF&apos;s k: larger values flatten the difference between ranks</source>
        <translation>La k de RRF: los valores mayores aplanan la diferencia entre posiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weights: BM25</source>
        <translation>Pesos: BM25</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dense</source>
        <translation>densa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BM25 k1</source>
        <translation>BM25 k1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How quickly repeated words stop adding to the score (0: only presence counts)</source>
        <translation>Con qué rapidez las palabras repetidas dejan de sumar a la puntuación (0: solo cuenta la presencia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How much a long passage is penalised (0: not at all, 1: fully by its length)</source>
        <translation>Cuánto se penaliza un pasaje largo (0: nada, 1: totalmente según su longitud)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+349"/>
        <source>Fused</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <location line="-349"/>
        <location line="+18"/>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>BM25: rank · score (empty: no query word in it, or BM25 not used)</source>
        <translation>BM25: posición · puntuación (vacío: no contiene ninguna palabra de la consulta, o no se usa BM25)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dense: rank · cosine similarity to the query</source>
        <translation>Densa: posición · similitud del coseno con la consulta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusion of both lists: rank · fused score (hybrid only)</source>
        <translation>Fusión de ambas listas: posición · puntuación fusionada (solo híbrida)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Words of the passage you expected, e.g. mode collapse</source>
        <translation>Palabras del pasaje esperado, p. ej. colapso de modos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find</source>
        <translation>Encontrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find any passage by its text, then pick it to see why it ranks where it does.</source>
        <translation>Encontrar cualquier pasaje por su texto y luego elegirlo para ver por qué queda en la posición en que queda.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Its ranks and scores under each retriever, the cut-offs of the top k, and what kept it out</source>
        <translation>Sus posiciones y puntuaciones con cada recuperador, los cortes del top k y qué lo dejó fuera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why not this one?</source>
        <translation>¿Por qué no este?</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Type a question or some words to search for.</source>
        <translation>Escribir una pregunta o unas palabras que buscar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The index is not open yet.</source>
        <translation>El índice todavía no está abierto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No passages.</source>
        <translation>No hay pasajes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The best %1 by %2, of %3 passages in the index.</source>
        <translation>Los %1 mejores según %2, de %3 pasajes del índice.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1.</source>
        <translation>Nota: %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type some words of the passage you are looking for.</source>
        <translation>Escribir algunas palabras del pasaje buscado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Looking for passages with “%1”…</source>
        <translation>Buscando pasajes con «%1»…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No passage contains “%1”.</source>
        <translation>Ningún pasaje contiene «%1».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 passages that contain it; pick one.</source>
        <translation>Los primeros %1 pasajes que lo contienen; elegir uno.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One passage contains it.</source>
        <translation>Un pasaje lo contiene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 passages contain it; pick one.</source>
        <translation>%1 pasajes lo contienen; elegir uno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the query first: the ranks depend on it.</source>
        <translation>Escribir primero la consulta: las posiciones dependen de ella.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>show the passage</source>
        <translation>mostrar el pasaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the top %1 of %2 (rank %3).</source>
        <translation>En el top %1 de %2 (posición %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the top %1 of %2: it ranks %3.</source>
        <translation>No está en el top %1 de %2: queda en la posición %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in the top %1 of %2: it is not ranked at all.</source>
        <translation>No está en el top %1 de %2: no aparece en la clasificación.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its rank and score</source>
        <translation>Su posición y puntuación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cut-off (score of #%1)</source>
        <translation>Corte (puntuación del n.º %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>cosine</source>
        <translation>coseno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Query words not in it: %1</source>
        <translation>Palabras de la consulta que no contiene: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::AttentionView</name>
    <message>
        <location filename="../widgets/textlab/attentionview.cpp" line="+57"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attended token (key)</source>
        <translation>token atendido (clave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attending token (query)</source>
        <translation>token que atiende (consulta)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>attention weight</source>
        <translation>peso de atención</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Hover a token: the text is coloured by how much that token attends to each earlier one.</source>
        <translation>Pasar el ratón sobre un token: el texto se colorea según cuánto atiende ese token a cada uno de los anteriores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover a token: the text is coloured by how much that token attends to each of the others, before and after it.</source>
        <translation>Pasar el ratón sobre un token: el texto se colorea según cuánto atiende ese token a cada uno de los demás, antes y después de él.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Generate a text first: its attention maps are shown here.</source>
        <translation>Generar primero un texto: aquí se muestran sus mapas de atención.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Computing the attention maps…</source>
        <translation>Calculando los mapas de atención…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attention failed: %1</source>
        <translation>La atención falló: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>mean of all heads</source>
        <translation>media de todas las cabezas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token %1: %2</source>
        <translation>Token %1: %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last %1 tokens (%2 earlier ones left out)</source>
        <translation>los últimos %1 tokens (%2 anteriores omitidos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; a token only attends to itself and what came before.</source>
        <translation>Capa %1, %2: %3. Cada fila suma 1; un token solo atiende a sí mismo y a lo que vino antes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer %1, %2: %3. Each row sums to 1; every token attends to the whole sentence, both ways.</source>
        <translation>Capa %1, %2: %3. Cada fila suma 1; cada token atiende a toda la oración, en ambos sentidos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mean of the heads</source>
        <translation>media de las cabezas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>head %1</source>
        <translation>cabeza %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (token %2) attends to %3 (token %4): %5 %</source>
        <translation>%1 (token %2) atiende a %3 (token %4): %5 %</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::DrawStrip</name>
    <message>
        <location filename="../widgets/textlab/drawstrip.cpp" line="+54"/>
        <source>Click a generated token to see how it was drawn.</source>
        <translation>Hacer clic en un token generado para ver cómo se extrajo.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+2"/>
        <source>others</source>
        <translation>otros</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>u = %1</source>
        <translation>u = %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no random draw</source>
        <translation>sin extracción aleatoria</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GeneratePage</name>
    <message>
        <location filename="../widgets/textlab/generatepage.cpp" line="+88"/>
        <source> · picked by you</source>
        <translation> · elección propia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1: %2 (id %3)
model probability %4 · after the settings %5 · surprise %6 bits%7
Click to open the sampling microscope.</source>
        <translation>Token %1: %2 (id %3)
probabilidad del modelo %4 · tras los ajustes %5 · sorpresa %6 bits%7
Hacer clic para abrir el microscopio de muestreo.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Generation tree</source>
        <translation>Árbol de generación</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Generated text</source>
        <translation>Texto generado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Click a token to inspect it. Colour: the model&apos;s probability</source>
        <translation>Hacer clic en un token para inspeccionarlo. Color: la probabilidad del modelo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The generated text appears here, token by token.</source>
        <translation>El texto generado aparece aquí, token a token.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sampling microscope</source>
        <translation>Microscopio de muestreo</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Save the text and its recipe</source>
        <translation>Guardar el texto y su receta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1 (and its recipe beside it)</source>
        <translation>Guardado %1 (y su receta al lado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save text</source>
        <translation>Guardar texto</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a prompt first: this model has no end-of-text token to start from.</source>
        <translation>Escribir primero una instrucción: este modelo no tiene ningún token de fin de texto desde el que empezar.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>There is no text to save yet.</source>
        <translation>Todavía no hay texto que guardar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The branch is still being generated.</source>
        <translation>La rama todavía se está generando.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Replaying branch %1…</source>
        <translation>Reproduciendo la rama %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generating…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Generating… %1 tokens, %2 tokens/s</source>
        <translation>Generando… %1 tokens, %2 tokens/s</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Replay with seed %1 reproduced all %2 tokens ✓</source>
        <translation>La repetición con la semilla %1 reprodujo los %2 tokens ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay with seed %1 differs from token %2 on (%3 generated, %4 before)</source>
        <translation>La repetición con la semilla %1 difiere a partir del token %2 (%3 generados, %4 antes)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 tokens · %2 tokens/s · first token after %3 ms · stopped: %4</source>
        <translation>%1 tokens · %2 tokens/s · primer token tras %3 ms · detenido: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Canceled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation failed: %1</source>
        <translation>La generación falló: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::GenerationTree</name>
    <message>
        <location filename="../widgets/textlab/generationtree.cpp" line="+40"/>
        <source>Branch</source>
        <translation>Ramificar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>log p</source>
        <translation>log p</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every generation and every branch made from it. log p: the model&apos;s log-probability of the branch&apos;s tokens (closer to 0 is more likely).</source>
        <translation>Cada generación y cada rama creada a partir de ella. log p: la log-probabilidad que da el modelo a los tokens de la rama (más cerca de 0 es más probable).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replay</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate the selected branch again from its prompt and seed: the same tokens must come back.</source>
        <translation>Generar de nuevo la rama seleccionada a partir de su instrucción y su semilla: deben volver los mismos tokens.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the selected branch as a text file with its recipe beside it; File &gt; Open Recipe makes the same text again.</source>
        <translation>Guardar la rama seleccionada como archivo de texto con su receta al lado; Archivo &gt; Abrir receta genera de nuevo el mismo texto.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Generate, then click a token and pick an alternative to branch.</source>
        <translation>Generar, luego hacer clic en un token y elegir una alternativa para ramificar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 tokens: %2</source>
        <translation>%1 tokens: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at token %1, %2: %3</source>
        <translation>en el token %1, %2: %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 tokens, log p %2 (%3 per token), stopped: %4</source>
        <translation>%1 tokens, log p %2 (%3 por token), detenido: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Branch %1 of %2 · log p %3</source>
        <translation>Rama %1 de %2 · log p %3</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::MicroscopePanel</name>
    <message>
        <location filename="../widgets/textlab/microscopepanel.cpp" line="+105"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>model
softmax</source>
        <translation>softmax
del modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>penalty
%1</source>
        <translation>penalización
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>temperature
%1</source>
        <translation>temperatura
%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>greedy</source>
        <translation>voraz</translation>
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
        <translation>final
extraído</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sampling microscope</source>
        <translation>Microscopio de muestreo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click any generated token to see the model&apos;s distribution, what each sampling setting did to it, and the random draw that picked the token.</source>
        <translation>Hacer clic en cualquier token generado para ver la distribución del modelo, qué le hizo cada ajuste de muestreo y la extracción aleatoria que eligió el token.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Token %1: %2  ·  model %3 (rank %4)  ·  after the settings %5  ·  entropy %6 bits  ·  surprise %7 bits</source>
        <translation>Token %1: %2  ·  modelo %3 (posición %4)  ·  tras los ajustes %5  ·  entropía %6 bits  ·  sorpresa %7 bits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The draw u = %1 (seeded, uniform in [0, 1)) fell in %2&apos;s stretch [%3, %4) of the final distribution, so %2 was generated.</source>
        <translation>La extracción u = %1 (con semilla, uniforme en [0, 1)) cayó en el tramo [%3, %4) de %2 en la distribución final, así que se generó %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>about %1 times in 100</source>
        <translation>unas %1 veces de cada 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>about once in %1 draws</source>
        <translation>una vez cada %1 extracciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The favourite %1 held [%2, %3) with %4: likelier, but not drawn. Sampling is not argmax: a %5 token comes up %6.</source>
        <translation>El favorito %1 ocupaba [%2, %3) con %4: más probable, pero no extraído. Muestrear no es argmax: un token de %5 sale %6.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The model&apos;s favourite %1 (%2) was cut by the settings.</source>
        <translation>Los ajustes recortaron el favorito del modelo %1 (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is also the model&apos;s favourite.</source>
        <translation>También es el favorito del modelo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Greedy decoding: no random draw; the most likely token after the repetition penalty is taken.</source>
        <translation>Decodificación voraz: sin extracción aleatoria; se toma el token más probable tras la penalización por repetición.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You picked %1 here when branching; the rest of this branch was generated from it.</source>
        <translation>Aquí se eligió %1 al ramificar; el resto de esta rama se generó a partir de él.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Same token: a new branch regenerates what follows with the current settings.</source>
        <translation>Mismo token: una rama nueva regenera lo que sigue con los ajustes actuales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new branch keeps the text before this token and continues from your pick.</source>
        <translation>Una rama nueva conserva el texto anterior a este token y continúa desde el token elegido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue with…</source>
        <translation>Continuar con…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click a candidate row to pick an alternative.</source>
        <translation>Hacer clic en una fila de candidato para elegir una alternativa.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::PromptPanel</name>
    <message>
        <location filename="../widgets/textlab/promptpanel.cpp" line="+47"/>
        <source>Loading the shipped model…</source>
        <translation>Cargando el modelo incluido…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a model folder: a Hugging Face GPT-2-family folder (config.json, model.safetensors, vocab.json, merges.txt) or a model trained in the studio</source>
        <translation>Abrir una carpeta de modelo: una carpeta de Hugging Face de la familia GPT-2 (config.json, model.safetensors, vocab.json, merges.txt) o un modelo entrenado en el estudio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped</source>
        <translation>Incluido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to the shipped model</source>
        <translation>Volver al modelo incluido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How the model holds its weights: fp32 as stored; bf16 (half the memory) or int8 (a quarter) decode faster with slightly different numbers. Choosing one loads the model again.</source>
        <translation>Cómo guarda el modelo sus pesos: fp32 tal como se almacenan; bf16 (la mitad de memoria) o int8 (una cuarta parte) decodifican más rápido con números ligeramente distintos. Elegir uno carga de nuevo el modelo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weight format</source>
        <translation>Formato de los pesos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Prompt: the text the model continues</source>
        <translation>Instrucción: el texto que continúa el modelo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sampling</source>
        <translation>Muestreo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample</source>
        <translation>Muestrear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Greedy (most likely)</source>
        <translation>Voraz (el más probable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample: draw each token at random from the filtered distribution. Greedy: always take the most likely token (no randomness).</source>
        <translation>Muestrear: extraer cada token al azar de la distribución filtrada. Voraz: tomar siempre el token más probable (sin azar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Divides the logits: below 1 sharpens the distribution, above 1 flattens it.</source>
        <translation>Divide los logits: por debajo de 1 agudiza la distribución, por encima de 1 la aplana.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Keep only the k most likely tokens.</source>
        <translation>Conservar solo los k tokens más probables.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the smallest set of most likely tokens whose probabilities add up to p (1 = off).</source>
        <translation>Conservar el menor conjunto de tokens más probables cuyas probabilidades suman p (1 = desactivado).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Drop tokens less likely than min-p times the most likely one.</source>
        <translation>Descartar los tokens menos probables que min-p veces el más probable.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Makes tokens that already occurred less likely (1 = off).</source>
        <translation>Hace menos probables los tokens que ya aparecieron (1 = desactivado).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The same seed and settings give the same text.</source>
        <translation>La misma semilla y los mismos ajustes dan el mismo texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new random seed</source>
        <translation>Una nueva semilla aleatoria</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. \n\n | THE END</source>
        <translation>p. ej. \n\n | FIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generation stops when the text contains one of these. Separate them with |; \n is a newline.</source>
        <translation>La generación se detiene cuando el texto contiene una de estas cadenas. Se separan con |; \n es un salto de línea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature</source>
        <translation>Temperatura</translation>
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
        <translation>Penal. repetición</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Max tokens</source>
        <translation>Máx. tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stop at</source>
        <translation>Detener en</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+33"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Generate (Ctrl+Return)</source>
        <translation>Generar (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1
%2 M parameters · %3 tokenizer of %4 tokens · sees the last %5 tokens
%6 weights: %7 MB</source>
        <translation>%1
%2 M parámetros · tokenizador %3 de %4 tokens · ve los últimos %5 tokens
pesos %6: %7 MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (shipped)</source>
        <translation>%1 (incluido)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>character</source>
        <translation>carácter</translation>
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
        <translation>recortado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Token %1 (id %2)</source>
        <translation>Token %1 (id %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not among the top candidates</source>
        <translation>no está entre los mejores candidatos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to pick it as an alternative.</source>
        <translation>Hacer clic para elegirlo como alternativa.</translation>
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
        <translation>entropía de la distribución del modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>surprise of the generated token</source>
        <translation>sorpresa del token generado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Per generated token. Surprise: how unexpected the generated token was to the model (-log2 p). Entropy: how unsure the model was before picking. Click to inspect a token.</source>
        <translation>Por token generado. Sorpresa: lo inesperado que era el token generado para el modelo (-log2 p). Entropía: lo inseguro que estaba el modelo antes de elegir. Hacer clic para inspeccionar un token.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TextLab</name>
    <message>
        <location filename="../widgets/textlab/textlab.cpp" line="+71"/>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokenizers</source>
        <translation>Tokenizadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open a model folder (GPT-2 family: config.json, model.safetensors, vocab.json, merges.txt)</source>
        <translation>Abrir una carpeta de modelo (familia GPT-2: config.json, model.safetensors, vocab.json, merges.txt)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language models: tokens, sampling seen through a microscope, branching, attention, training</source>
        <translation>Modelos de lenguaje: tokens, muestreo visto al microscopio, ramificación, atención, entrenamiento</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+203"/>
        <source>the shipped model</source>
        <translation>el modelo incluido</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded %1</source>
        <translation>Cargado %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (still using %1)</source>
        <translation> (se sigue usando %1)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the recipe %1: %2</source>
        <translation>No se puede abrir la receta %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it describes a %1 output of the %2 lab, not a generated text</source>
        <translation>describe una salida %1 del laboratorio %2, no un texto generado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a generation is running; stop it, then open the recipe again</source>
        <translation>hay una generación en curso; detenerla y luego abrir de nuevo la receta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the model folder it was made with, %1, does not exist</source>
        <translation>la carpeta de modelo con la que se creó, %1, no existe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its weight format &quot;%1&quot; is not fp32, bf16 or int8</source>
        <translation>su formato de pesos &quot;%1&quot; no es fp32, bf16 ni int8</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its prompt holds a token id (%1) outside this model&apos;s vocabulary of %2</source>
        <translation>su instrucción contiene un id de token (%1) fuera del vocabulario de %2 de este modelo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the model cannot generate now</source>
        <translation>el modelo no puede generar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the text of %1 again (seed %2)</source>
        <translation>Generando de nuevo el texto de %1 (semilla %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; careful: it was made with other weights than this model&apos;s, so the text may differ</source>
        <translation>; atención: se creó con otros pesos distintos de los de este modelo, así que el texto puede ser distinto</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>The project&apos;s model folder %1 no longer exists; the lab keeps %2.</source>
        <translation>La carpeta de modelo del proyecto %1 ya no existe; el laboratorio conserva %2.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerSide</name>
    <message>
        <location filename="../widgets/textlab/tokenizerview.cpp" line="+66"/>
        <source>Open folder…</source>
        <translation>Abrir carpeta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tokenizer folder: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (BERT&apos;s WordPiece), or a model folder</source>
        <translation>Una carpeta de tokenizador: encoder.json + vocab.bpe (OpenAI), vocab.json + merges.txt (Hugging Face), vocab.txt (WordPiece de BERT), o una carpeta de modelo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>token ids</source>
        <translation>ids de token</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 · id %2 · occurs %3× in this text</source>
        <translation>%1 · id %2 · aparece %3× en este texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 tokens (%2 distinct) · %3 characters · %4 characters per token · vocabulary of %5</source>
        <translation>%1 tokens (%2 distintos) · %3 caracteres · %4 caracteres por token · vocabulario de %5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> · the first %1 tokens are shown</source>
        <translation> · se muestran los primeros %1 tokens</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TokenizerView</name>
    <message>
        <location line="+21"/>
        <source>Type or paste text to tokenize</source>
        <translation>Escribir o pegar texto que tokenizar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Learn a BPE vocabulary on your text</source>
        <translation>Aprender un vocabulario BPE sobre un texto propio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A text file (UTF-8, UTF-16 or Latin-1)</source>
        <translation>Un archivo de texto (UTF-8, UTF-16 o Latin-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tokens in the vocabulary: the 256 bytes, the learned merges and &lt;|endoftext|&gt;</source>
        <translation>Tokens del vocabulario: los 256 bytes, las fusiones aprendidas y &lt;|endoftext|&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learn</source>
        <translation>Aprender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vocabulary</source>
        <translation>Vocabulario</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Text to learn a vocabulary from</source>
        <translation>Texto del que aprender un vocabulario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character-level (from this text)</source>
        <translation>Por caracteres (a partir de este texto)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Model: %1</source>
        <translation>Modelo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model: </source>
        <translation>Modelo: </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot tokenize: %1</source>
        <translation>No se puede tokenizar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokenizer or model folder</source>
        <translation>Carpeta de tokenizador o de modelo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loading %1…</source>
        <translation>Cargando %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot load a tokenizer from %1: %2</source>
        <translation>No se puede cargar un tokenizador desde %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a text file first.</source>
        <translation>Elegir primero un archivo de texto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Learning merges…</source>
        <translation>Aprendiendo fusiones…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#%1  %2 + %3 → %4   (%5×)</source>
        <translation>#%1  %2 + %3 → %4   (%5×)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BPE %1 on %2</source>
        <translation>BPE %1 sobre %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 merges learned from %2 words (%3)%4</source>
        <translation>%1 fusiones aprendidas de %2 palabras (%3)%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; stopped before the vocabulary size: no pair of tokens occurs often enough any more</source>
        <translation>; detenido antes de alcanzar el tamaño del vocabulario: ningún par de tokens aparece ya con suficiente frecuencia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot learn: %1</source>
        <translation>No se puede aprender: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::textlab::TrainingPanel</name>
    <message>
        <location filename="../widgets/textlab/trainingpanel.cpp" line="+38"/>
        <source>Tiny: 2 layers, 64 wide (~0.1 M)</source>
        <translation>Diminuto: 2 capas, 64 de ancho (~0.1 M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small: 4 layers, 128 wide (~0.8 M)</source>
        <translation>Pequeño: 4 capas, 128 de ancho (~0.8 M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 6 layers, 192 wide (~2.7 M)</source>
        <translation>Mediano: 6 capas, 192 de ancho (~2.7 M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to train on</source>
        <translation>Texto con el que entrenar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt *.md);;All files (*)</source>
        <translation>Archivos de texto (*.txt *.md);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a text file</source>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Model folder</source>
        <translation>Carpeta del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checkpoints go here; training resumes from it when it already holds one of the same shape.</source>
        <translation>Los puntos de control van aquí; el entrenamiento se reanuda desde ella cuando ya contiene uno de la misma forma.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Characters</source>
        <translation>Caracteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 512 tokens learned on the text</source>
        <translation>BPE, 512 tokens aprendidos sobre el texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BPE, 1024 tokens learned on the text</source>
        <translation>BPE, 1024 tokens aprendidos sobre el texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokenizer</source>
        <translation>Tokenizador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sample every</source>
        <translation>Muestra cada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train; with a checkpoint in the model folder, continue it</source>
        <translation>Entrenar; si hay un punto de control en la carpeta del modelo, continuarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate with this model</source>
        <translation>Generar con este modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a text file and press Train.</source>
        <translation>Elegir un archivo de texto y pulsar Entrenar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generate with it</source>
        <translation>generar con él</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>press Train again to continue</source>
        <translation>pulsar Entrenar de nuevo para continuar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch loss</source>
        <translation>pérdida del lote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>train loss (estimate)</source>
        <translation>pérdida de entrenamiento (estimación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validation loss</source>
        <translation>pérdida de validación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>learning rate</source>
        <translation>tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>training step</source>
        <translation>paso de entrenamiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>loss (nats per token)</source>
        <translation>pérdida (nats por token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples appear here as the model learns; the slider below (or a click on the plot) picks the one of a step.</source>
        <translation>Las muestras aparecen aquí a medida que el modelo aprende; el control deslizante de abajo (o un clic en el gráfico) elige la de un paso.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done: %1 steps in %2 s · validation loss %3 (perplexity %4) · %5 tokens/s · %6 parameters</source>
        <translation>Terminado: %1 pasos en %2 s · pérdida de validación %3 (perplejidad %4) · %5 tokens/s · %6 parámetros</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Choose a text file to train on first.</source>
        <translation>Elegir primero un archivo de texto con el que entrenar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a folder for the model.</source>
        <translation>Elegir una carpeta para el modelo.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Step %1 of %2 · loss %3</source>
        <translation>Paso %1 de %2 · pérdida %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · validation %1 (perplexity %2)</source>
        <translation> · validación %1 (perplejidad %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 tokens/s · learning rate %2</source>
        <translation> · %1 tokens/s · tasa de aprendizaje %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · paused</source>
        <translation> · en pausa</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DiscriminativePage</name>
    <message>
        <location filename="../widgets/tuninglab/discriminativepage.cpp" line="+302"/>
        <source>Two moons</source>
        <translation>Dos lunas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ring of 8 Gaussians (8 classes)</source>
        <translation>Anillo de 8 gaussianas (8 clases)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spiral (two arms)</source>
        <translation>Espiral (dos brazos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Three blobs</source>
        <translation>Tres manchas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handwritten digits (OpenCV sample)</source>
        <translation>Dígitos manuscritos (muestra de OpenCV)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits drawn from fonts</source>
        <translation>Dígitos dibujados a partir de fuentes tipográficas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not installed here: %1</source>
        <translation>No instalado aquí: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The labelled data both models learn: a 2-D toy (each part a class) or 20x20 digits</source>
        <translation>Los datos etiquetados que aprenden ambos modelos: un ejemplo 2-D de juguete (cada parte, una clase) o dígitos de 20x20</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logistic regression</source>
        <translation>Regresión logística</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Small neural network (%1 tanh units)</source>
        <translation>Red neuronal pequeña (%1 unidades tanh)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discriminative model: a straight boundary (logistic regression) or a curved one</source>
        <translation>El modelo discriminativo: una frontera recta (regresión logística) o una curva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative model</source>
        <translation>Modelo discriminativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The generative model: one Gaussian per class, or a mixture of several fitted by EM, which can follow a curved class such as a moon</source>
        <translation>El modelo generativo: una gaussiana por clase, o una mezcla de varias ajustada por EM, que puede seguir una clase curva como una luna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaussians per class</source>
        <translation>Gaussianas por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data, the split, the training and the samples</source>
        <translation>Los datos, la partición, el entrenamiento y las muestras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train both models on the training split and measure them on the held-out one</source>
        <translation>Entrenar ambos modelos con la partición de entrenamiento y medirlos con la reservada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Both models classify. The &lt;b&gt;discriminative&lt;/b&gt; one learns only p(class | x): where the boundary between the classes runs. The &lt;b&gt;generative&lt;/b&gt; one learns p(x | class), a Gaussian per class, and the class shares p(class), and classifies by Bayes&apos; rule, argmax p(class) · p(x | class). Because it models the data itself, it can also draw new data.</source>
        <translation>Ambos modelos clasifican. El &lt;b&gt;discriminativo&lt;/b&gt; aprende solo p(clase | x): por dónde pasa la frontera entre las clases. El &lt;b&gt;generativo&lt;/b&gt; aprende p(x | clase), una gaussiana por clase, y las proporciones de las clases p(clase), y clasifica con la regla de Bayes, argmax p(clase) · p(x | clase). Como modela los propios datos, también puede generar datos nuevos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the data and press Run.</source>
        <translation>Elegir los datos y pulsar Ejecutar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The decision regions appear here after a run.</source>
        <translation>Las regiones de decisión aparecen aquí tras una ejecución.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Logistic regression&apos;s weights per digit: red pixels speak for the digit, blue against it. A boundary, not a picture: nothing here can be sampled.</source>
        <translation>Pesos de la regresión logística por dígito: los píxeles rojos hablan a favor del dígito, los azules en contra. Una frontera, no una imagen: aquí no se puede muestrear nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it looks at: each digit&apos;s weights, red pixels for the digit and blue against it. A boundary, not a picture of a digit.</source>
        <translation>En qué se fija: los pesos de cada dígito, píxeles rojos a favor del dígito y azules en contra. Una frontera, no la imagen de un dígito.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A discriminative model cannot sample: it knows where the boundary runs, not what the data looks like, so it has no new data to give.</source>
        <translation>Un modelo discriminativo no puede muestrear: sabe por dónde pasa la frontera, no cómo son los datos, así que no tiene datos nuevos que ofrecer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+29"/>
        <source>Sample new data</source>
        <translation>Muestrear datos nuevos</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>p(class | x) says nothing about x itself: there is nothing to sample from</source>
        <translation>p(clase | x) no dice nada sobre la propia x: no hay nada de lo que muestrear</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The regions and each class&apos;s Gaussian appear here after a run.</source>
        <translation>Las regiones y la gaussiana de cada clase aparecen aquí tras una ejecución.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draw new data from the Gaussians: pick a class, then a point from its Gaussian</source>
        <translation>Generar datos nuevos a partir de las gaussianas: elegir una clase y luego un punto de su gaussiana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new samples each press draws (spread evenly over the classes)</source>
        <translation>Cuántas muestras nuevas genera cada pulsación (repartidas por igual entre las clases)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per press:</source>
        <translation>por pulsación:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Discriminative (logistic regression)</source>
        <translation>Discriminativo (regresión logística)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative (a neural network, %1 tanh units)</source>
        <translation>Discriminativo (una red neuronal, %1 unidades tanh)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generative (Gaussian per class + Bayes&apos; rule)</source>
        <translation>Generativo (gaussiana por clase + regla de Bayes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generative (%1 Gaussians per class + Bayes&apos; rule)</source>
        <translation>Generativo (%1 gaussianas por clase + regla de Bayes)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>preparing the data</source>
        <translation>preparando los datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading the digits</source>
        <translation>cargando los dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training the discriminative model</source>
        <translation>entrenando el modelo discriminativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PCA of the training images</source>
        <translation>PCA de las imágenes de entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fitting a Gaussian per class</source>
        <translation>ajustando una gaussiana por clase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>drawing new samples</source>
        <translation>generando muestras nuevas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped before the models were measured.</source>
        <translation>Detenido antes de medir los modelos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison failed: %1</source>
        <translation>La comparación falló: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>Held-out accuracy: %1 %</source>
        <translation>Exactitud en datos reservados: %1 %</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 held-out digits, per class:</source>
        <translation>%1 dígitos reservados, por clase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>digit</source>
        <translation>dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this model</source>
        <translation>este modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the Gaussians</source>
        <translation>las gaussianas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Gaussian per digit</source>
        <translation>Una gaussiana por dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A mixture of %1 Gaussians per digit</source>
        <translation>Una mezcla de %1 gaussianas por dígito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 PCA dimensions (%3 % of the pixel variance kept); new digits are drawn in that space and projected back to pixels, one row per class.</source>
        <translation>%1 en %2 dimensiones PCA (se conserva el %3 % de la varianza de los píxeles); los dígitos nuevos se generan en ese espacio y se proyectan de vuelta a píxeles, una fila por clase.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: each class&apos;s Gaussian, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Colores: la clase que elige la regla de Bayes (más pálida donde está menos segura). Elipses: la gaussiana de cada clase, 1σ continua y 2σ discontinua. Rombos: puntos nuevos generados a partir de ellas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours: the class Bayes&apos; rule picks (paler where it is less sure). Ellipses: the %1 Gaussians of each class&apos;s mixture, 1σ solid and 2σ dashed. Diamonds: new points drawn from them.</source>
        <translation>Colores: la clase que elige la regla de Bayes (más pálida donde está menos segura). Elipses: las %1 gaussianas de la mezcla de cada clase, 1σ continua y 2σ discontinua. Rombos: puntos nuevos generados a partir de ellas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 training and %2 held-out %3. The discriminative model (%4 parameters) is right on %5 % of the held-out data, the generative one (%6 parameters) on %7 %.</source>
        <translation>%1 %3 de entrenamiento y %2 reservados. El modelo discriminativo (%4 parámetros) acierta en el %5 % de los datos reservados; el generativo (%6 parámetros), en el %7 %.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>digits</source>
        <translation>dígitos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>points</source>
        <translation>puntos</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sampling failed: %1</source>
        <translation>El muestreo falló: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New samples drawn from the Gaussians: %1 (%2 shown). The discriminative model could not have made them.</source>
        <translation>Muestras nuevas generadas a partir de las gaussianas: %1 (se muestran %2). El modelo discriminativo no podría haberlas creado.</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::DistillPage</name>
    <message>
        <location filename="../widgets/tuninglab/distillpage.cpp" line="+60"/>
        <source>Knowledge distillation: a small student learns from a larger teacher&apos;s softened next-token distributions (temperature T) instead of the data&apos;s one right token alone. A second student of the same size, from the same seed and on the same batches, learns from the data alone; both are scored on the corpus&apos; held-out tail.</source>
        <translation>Destilación de conocimiento: un alumno pequeño aprende de las distribuciones suavizadas del siguiente token (temperatura T) de un profesor más grande, en lugar de solo del único token correcto de los datos. Un segundo alumno del mismo tamaño, con la misma semilla y los mismos lotes, aprende solo de los datos; ambos se evalúan con el tramo final reservado del corpus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Teacher</source>
        <translation>Profesor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the teacher&apos;s model folder</source>
        <translation>Elegir la carpeta de modelo del profesor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe, 4 layers, 128 wide)</source>
        <translation>el modelo incluido (lm-shakespeare-bpe, 4 capas, 128 de ancho)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); its tokenizer reads the corpus</source>
        <translation>Una carpeta de modelo de lenguaje (del estudio o un GPT-2 de Hugging Face); su tokenizador lee el corpus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Elegir un archivo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (si no está: las páginas de ayuda del estudio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file; its last %1 % is held out for the scores</source>
        <translation>Un archivo de texto UTF-8; su último %1 % se reserva para las puntuaciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; transformer blocks (default %1)</source>
        <translation>Bloques transformer de los alumnos (por defecto %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student layers</source>
        <translation>Capas del alumno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; width, a multiple of %1 (default %2)</source>
        <translation>Anchura de los alumnos, un múltiplo de %1 (por defecto %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Student width</source>
        <translation>Anchura del alumno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T: both distributions are softened by dividing the logits by T before they are compared (default %1)</source>
        <translation>T: ambas distribuciones se suavizan dividiendo los logits por T antes de compararlas (por defecto %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temperature T</source>
        <translation>Temperatura T</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the teacher&apos;s targets; 1 - alpha goes to the data (default %1)</source>
        <translation>El peso de los objetivos del profesor; 1 - alfa corresponde a los datos (por defecto %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alfa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps of each student, %1 windows of %2 tokens each (default %3)</source>
        <translation>Pasos del optimizador de cada alumno, cada uno de %1 ventanas de %2 tokens (por defecto %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The students&apos; initial weights (the same for both) and the batches</source>
        <translation>Los pesos iniciales de los alumnos (los mismos para ambos) y los lotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>distilled: training loss on the data</source>
        <translation>destilado: pérdida de entrenamiento en los datos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: training loss</source>
        <translation>solo datos: pérdida de entrenamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distilled: held-out loss</source>
        <translation>destilado: pérdida en datos reservados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>data only: held-out loss</source>
        <translation>solo datos: pérdida en datos reservados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per token)</source>
        <translation>pérdida (nats por token)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Held-out perplexity</source>
        <translation>Perplejidad en datos reservados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement with the teacher</source>
        <translation>Concordancia con el profesor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parámetros</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens/s</source>
        <translation>Tokens/s</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>The teacher must be a model folder: %1 is not one.</source>
        <translation>El profesor debe ser una carpeta de modelo: %1 no lo es.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>El corpus debe ser un archivo de texto: %1 no lo es.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The default corpus (tiny Shakespeare) was not found: choose a text file.</source>
        <translation>No se encontró el corpus predeterminado (tiny Shakespeare): elegir un archivo de texto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The settings cannot be used: %1</source>
        <translation>Los ajustes no se pueden usar: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Queued…</source>
        <translation>En cola…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Teacher (%1 layers × %2)</source>
        <translation>Profesor (%1 capas × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distilled student (%1 × %2)</source>
        <translation>Alumno destilado (%1 × %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data-only student (%1 × %2)</source>
        <translation>Alumno solo con datos (%1 × %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The distilled student wins: perplexity %1 against %2 on the data alone.</source>
        <translation>Gana el alumno destilado: perplejidad %1 frente a %2 solo con los datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data-only student did as well: perplexity %1 against %2 distilled.</source>
        <translation>El alumno solo con datos lo hizo igual de bien: perplejidad %1 frente a %2 destilado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done in %1 s: %2 steps per student, T %3, alpha %4; %5 held-out tokens.</source>
        <translation>Terminado en %1 s: %2 pasos por alumno, T %3, alfa %4; %5 tokens reservados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InContextPage</name>
    <message>
        <location filename="../widgets/tuninglab/incontextpage.cpp" line="+94"/>
        <source>Few-shot: a task shown through k worked examples in the prompt</source>
        <translation>Pocos ejemplos (few-shot): una tarea mostrada mediante k ejemplos resueltos en la instrucción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</source>
        <translation>Copiar (&quot;k q z&quot; -&gt; &quot;k q z&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverse (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</source>
        <translation>Invertir (&quot;k q z&quot; -&gt; &quot;z q k&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next in a sequence (&quot;d e f&quot; -&gt; &quot;g&quot;)</source>
        <translation>Siguiente de una secuencia (&quot;d e f&quot; -&gt; &quot;g&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lookup table (&quot;crown&quot; -&gt; &quot;blue&quot;)</source>
        <translation>Tabla de consulta (&quot;crown&quot; -&gt; &quot;blue&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own examples</source>
        <translation>Ejemplos propios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in tasks are made from the seed, so everyone sees the same prompts. Each query is held out: it never appears among its own examples.</source>
        <translation>Las tareas integradas se generan a partir de la semilla, así que todo el mundo ve las mismas instrucciones. Cada consulta está reservada: nunca aparece entre sus propios ejemplos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One example a line: input -&gt; output. Lines starting with # are skipped. Each query is one of these lines; its shots are others.</source>
        <translation>Un ejemplo por línea: entrada -&gt; salida. Las líneas que empiezan por # se omiten. Cada consulta es una de estas líneas; sus ejemplos son otras.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The numbers of examples in the prompt to measure, 0..32, separated by commas</source>
        <translation>Los números de ejemplos en la instrucción que medir, 0..32, separados por comas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shots (k)</source>
        <translation>Nº de ejemplos (k)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out queries per k (your own examples: at most one per example)</source>
        <translation>Consultas reservadas por k (con ejemplos propios: como máximo una por ejemplo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queries per k</source>
        <translation>Consultas por k</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+356"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="-355"/>
        <location line="+344"/>
        <source>Model A</source>
        <translation>Modelo A</translation>
    </message>
    <message>
        <location line="-344"/>
        <source>Model A: a language model folder</source>
        <translation>Modelo A: una carpeta de modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (%1)</source>
        <translation>el modelo incluido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+343"/>
        <source>Model B</source>
        <translation>Modelo B</translation>
    </message>
    <message>
        <location line="-343"/>
        <source>Model B: a language model folder</source>
        <translation>Modelo B: una carpeta de modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none (optional: a second model, side by side)</source>
        <translation>ninguno (opcional: un segundo modelo, en paralelo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+348"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="-346"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run to measure the accuracy as the examples in the prompt grow.</source>
        <translation>Ejecutar para medir la exactitud a medida que crecen los ejemplos en la instrucción.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>examples in the prompt (k)</source>
        <translation>ejemplos en la instrucción (k)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>held-out accuracy (%)</source>
        <translation>exactitud en datos reservados (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>model A</source>
        <translation>modelo A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>model B</source>
        <translation>modelo B</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The point whose prompts and answers are shown (or click it in the plot)</source>
        <translation>El punto cuyas instrucciones y respuestas se muestran (o hacer clic en él en el gráfico)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Got</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The prompt the model read, then its answer (choose an answer to see its own prompt):</source>
        <translation>La instrucción que leyó el modelo y luego su respuesta (elegir una respuesta para ver su propia instrucción):</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Shots: give numbers in 0..32 separated by commas, e.g. 0, 1, 2, 4, 8.</source>
        <translation>Nº de ejemplos: indicar números en 0..32 separados por comas, p. ej. 0, 1, 2, 4, 8.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your examples: %1</source>
        <translation>Ejemplos propios: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Model A (%1): %2</source>
        <translation>Modelo A (%1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model B (%1): %2</source>
        <translation>Modelo B (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped; the points measured so far stay on the curve.</source>
        <translation>Detenido; los puntos medidos hasta ahora se mantienen en la curva.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Few-shot failed: %1</source>
        <translation>La prueba con pocos ejemplos falló: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Model A, %1 shots: %2 of %3 right</source>
        <translation>Modelo A, %1 ejemplos: %2 aciertos de %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model B, %1 shots: %2 of %3 right</source>
        <translation>Modelo B, %1 ejemplos: %2 aciertos de %3</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>right</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>incorrecto</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>In-context copying: a random token sequence, then the same again</source>
        <translation>Copia en contexto: una secuencia aleatoria de tokens y luego la misma otra vez</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model of the few-shot form above to measure</source>
        <translation>El modelo del formulario de pocos ejemplos de arriba que medir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens of the random sequence; it is shown twice, so twice this must fit the model&apos;s context</source>
        <translation>Tokens de la secuencia aleatoria; se muestra dos veces, así que el doble debe caber en el contexto del modelo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run to see how much easier a sequence is the second time.</source>
        <translation>Ejecutar para ver cuánto más fácil resulta una secuencia la segunda vez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Head</source>
        <translation>Cabeza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Induction</source>
        <translation>Inducción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous token</source>
        <translation>Token anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attention, over the repeat, on the token that followed the current token&apos;s first occurrence</source>
        <translation>Atención media, a lo largo de la repetición, en el token que siguió a la primera aparición del token actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attention on the token just before</source>
        <translation>Atención media en el token inmediatamente anterior</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>position of the predicted token</source>
        <translation>posición del token predicho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats)</source>
        <translation>pérdida (nats)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss at each position</source>
        <translation>pérdida en cada posición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, first time</source>
        <translation>media, primera vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean, on the repeat</source>
        <translation>media, en la repetición</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>knowing nothing: ln(vocabulary)</source>
        <translation>sin saber nada: ln(vocabulario)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Run, then choose a head in the table: its attention on the repeated sequence shows here. An induction head draws a stripe parallel to the diagonal, (length - 1) columns to its left, in the repeat&apos;s rows.</source>
        <translation>Ejecutar y elegir una cabeza en la tabla: su atención sobre la secuencia repetida aparece aquí. Una cabeza de inducción dibuja una franja paralela a la diagonal, (longitud - 1) columnas a su izquierda, en las filas de la repetición.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose a model B folder in the few-shot form first.</source>
        <translation>Elegir primero una carpeta para el modelo B en el formulario de pocos ejemplos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Measuring…</source>
        <translation>Midiendo…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copying failed: %1</source>
        <translation>La copia falló: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: a random sequence of %2 tokens (seed %3), then the same again.</source>
        <translation>%1: una secuencia aleatoria de %2 tokens (semilla %3) y luego la misma otra vez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean loss the first time: %1 nats; on the repeat: %2 nats (knowing nothing: %3). %4</source>
        <translation>Pérdida media la primera vez: %1 nats; en la repetición: %2 nats (sin saber nada: %3). %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model copies from its context.</source>
        <translation>El modelo copia de su contexto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Little copying: the repeat is hardly easier.</source>
        <translation>Poca copia: la repetición apenas es más fácil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An induction head attends from each repeated token to the one that followed its first occurrence: a stripe %1 columns left of the diagonal, in the repeat&apos;s rows.</source>
        <translation>Una cabeza de inducción atiende desde cada token repetido al que siguió a su primera aparición: una franja %1 columnas a la izquierda de la diagonal, en las filas de la repetición.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>first time</source>
        <translation>primera vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>repeat</source>
        <translation>repetición</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::InstructPage</name>
    <message>
        <location filename="../widgets/tuninglab/instructpage.cpp" line="+56"/>
        <source>Instruction tuning teaches a pretrained language model to follow instructions: it is fine-tuned on (instruction, response) pairs with the loss counted only on the response. The same held-out instructions, never seen in training, are answered before and after.</source>
        <translation>El ajuste por instrucciones enseña a un modelo de lenguaje preentrenado a seguir instrucciones: se ajusta con pares (instrucción, respuesta) contando la pérdida solo sobre la respuesta. Las mismas instrucciones reservadas, nunca vistas en el entrenamiento, se responden antes y después.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a language model folder</source>
        <translation>Elegir una carpeta de modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>el modelo incluido (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language model folder (ours or a Hugging Face GPT-2); empty: the shipped model</source>
        <translation>Una carpeta de modelo de lenguaje (del estudio o un GPT-2 de Hugging Face); vacío: el modelo incluido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built-in instructions (repeat, reverse, first, last, count)</source>
        <translation>Instrucciones integradas (repetir, invertir, primera, última, contar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My pairs (JSONL file)</source>
        <translation>Pares propios (archivo JSONL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The built-in pairs are made from templates over common words; the held-out ones use word combinations never trained on</source>
        <translation>Los pares integrados se generan con plantillas sobre palabras comunes; los reservados usan combinaciones de palabras nunca vistas en el entrenamiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSONL file</source>
        <translation>Archivo JSONL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose instruction pairs</source>
        <translation>Elegir pares de instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON lines (*.jsonl *.json);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} object per line</source>
        <translation>Un objeto {&quot;instruction&quot;: &quot;...&quot;, &quot;response&quot;: &quot;...&quot;} por línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optimizer steps (default %1)</source>
        <translation>Pasos del optimizador (por defecto %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pairs per step (default %1)</source>
        <translation>Pares por paso (por defecto %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch</source>
        <translation>Lote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Peak learning rate, warmed up and then decayed along a cosine (default %1)</source>
        <translation>Tasa de aprendizaje máxima, con calentamiento y luego decaimiento según un coseno (por defecto %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The built-in pairs, the held-out split and the batches</source>
        <translation>Los pares integrados, la partición reservada y los lotes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Held-out instructions answered before and after tuning</source>
        <translation>Instrucciones reservadas respondidas antes y después del ajuste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held out</source>
        <translation>Reservadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save tuned model…</source>
        <translation>Guardar modelo ajustado…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the tuned model as a model folder the Text lab opens</source>
        <translation>Guardar el modelo ajustado como una carpeta de modelo que abre el laboratorio de texto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The loss mask on an example: grey tokens are the prompt (no loss), highlighted tokens the response the model learns to write.</source>
        <translation>La máscara de pérdida en un ejemplo: los tokens grises son la instrucción (sin pérdida); los resaltados, la respuesta que el modelo aprende a escribir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run to see an example&apos;s tokens and its mask.</source>
        <translation>Ejecutar para ver los tokens de un ejemplo y su máscara.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>training loss (response tokens)</source>
        <translation>pérdida de entrenamiento (tokens de respuesta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>held-out loss</source>
        <translation>pérdida en datos reservados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss (nats per response token)</source>
        <translation>pérdida (nats por token de respuesta)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Held-out instruction</source>
        <translation>Instrucción reservada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Choose a JSONL file of instruction pairs, or use the built-in set.</source>
        <translation>Elegir un archivo JSONL de pares de instrucciones o usar el conjunto integrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>The data cannot be used: %1</source>
        <translation>Los datos no se pueden usar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued…</source>
        <translation>En cola…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 % — %2</source>
        <translation>%1 % — %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the tuned model in a folder</source>
        <translation>Guardar el modelo ajustado en una carpeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tuned model is saved in %1.</source>
        <translation>El modelo ajustado se ha guardado en %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model was not saved: %1</source>
        <translation>El modelo no se guardó: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>prompt token %1: weight 0, no loss</source>
        <translation>token de instrucción %1: peso 0, sin pérdida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>response token %1: weight %2, the loss counts</source>
        <translation>token de respuesta %1: peso %2, la pérdida cuenta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(nothing)</source>
        <translation>(nada)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The loss mask on a training example (&quot;%1&quot; → &quot;%2&quot;): grey tokens are the prompt (weight 0, no loss), highlighted tokens the response and its end of line (weight 1).</source>
        <translation>La máscara de pérdida en un ejemplo de entrenamiento («%1» → «%2»): los tokens grises son la instrucción (peso 0, sin pérdida); los resaltados, la respuesta y su fin de línea (peso 1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accuracy before: %1</source>
        <translation>Exactitud antes: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Accuracy %1 → %2</source>
        <translation>Exactitud %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done in %1 s: %2 steps on %3 training pairs; held-out response loss %4 → %5.</source>
        <translation>Terminado en %1 s: %2 pasos con %3 pares de entrenamiento; pérdida de respuesta en datos reservados %4 → %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run failed: %1</source>
        <translation>La ejecución falló: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::PreferencePage</name>
    <message>
        <location filename="../widgets/tuninglab/preferencepage.cpp" line="+50"/>
        <source>(empty)</source>
        <translation>(vacía)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preference tuning</source>
        <translation>Ajuste por preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A language model folder</source>
        <translation>Una carpeta de modelo de lenguaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the shipped model (lm-shakespeare-bpe)</source>
        <translation>el modelo incluido (lm-shakespeare-bpe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language model to tune (ours or a Hugging Face GPT-2 folder); empty: the shipped one</source>
        <translation>El modelo de lenguaje que ajustar (del estudio o una carpeta GPT-2 de Hugging Face); vacío: el incluido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rule: shorter</source>
        <translation>Regla: más corta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: no letter e</source>
        <translation>Regla: sin la letra e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule: ends with a rhyme</source>
        <translation>Regla: termina en rima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Juicio propio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who prefers one answer to the other: a built-in rule standing in for a person, or you</source>
        <translation>Quién prefiere una respuesta a la otra: una regla integrada en lugar de una persona, o el propio usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who judges</source>
        <translation>Quién juzga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer pairs the model writes and the rule judges (ties are skipped)</source>
        <translation>Pares de respuestas que escribe el modelo y juzga la regla (los empates se omiten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pairs</source>
        <translation>Pares</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DPO (direct preference optimisation)</source>
        <translation>DPO (optimización directa de preferencias)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPO-style (policy gradient on the reward model, KL penalty)</source>
        <translation>Estilo PPO (gradiente de política sobre el modelo de recompensa, penalización KL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPO&apos;s beta: how strongly the log-ratios to the reference count; larger stays closer to it</source>
        <translation>Beta de DPO: cuánto pesan los log-cocientes respecto a la referencia; un valor mayor se mantiene más cerca de ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beta</source>
        <translation>Beta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weight of the KL penalty to the reference; 0 lets the policy hack the reward</source>
        <translation>El peso de la penalización KL respecto a la referencia; con 0 la política puede hacer trampa con la recompensa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KL weight</source>
        <translation>Peso KL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reward model: not trained yet</source>
        <translation>Modelo de recompensa: todavía sin entrenar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Which answer is better?</source>
        <translation>¿Qué respuesta es mejor?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing answers…</source>
        <translation>Generando respuestas…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Left is better (1)</source>
        <translation>Mejor la izquierda (1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Right is better (2)</source>
        <translation>Mejor la derecha (2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skip (space)</source>
        <translation>Omitir (espacio)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reward on held-out prompts</source>
        <translation>Recompensa en instrucciones reservadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>the judge&apos;s score</source>
        <translation>la puntuación del juez</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>reward model</source>
        <translation>modelo de recompensa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KL to the reference</source>
        <translation>KL respecto a la referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>nats per answer</source>
        <translation>nats por respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate against the reference</source>
        <translation>Tasa de victorias frente a la referencia</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The same held-out prompts, answered before and after (same seeds)</source>
        <translation>Las mismas instrucciones reservadas, respondidas antes y después (mismas semillas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before (the reference)</source>
        <translation>Antes (la referencia)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After (the tuned model)</source>
        <translation>Después (el modelo ajustado)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose who judges and a method, then press Run.</source>
        <translation>Elegir quién juzga y un método, y luego pulsar Ejecutar.</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) judged</source>
        <translation>
            <numerusform>%n par juzgado</numerusform>
            <numerusform>%n pares juzgados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n skipped</source>
        <translation>
            <numerusform>, %n omitido</numerusform>
            <numerusform>, %n omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not draw answers: %1</source>
        <translation>No se pudieron generar respuestas: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The model is writing two answers…</source>
        <translation>El modelo está escribiendo dos respuestas…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Prompt:
%1</source>
        <translation>Instrucción:
%1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reward model on your %1 pairs: %2 % right on %3 held out, %4 % on the %5 it learnt from</source>
        <translation>Modelo de recompensa con los %1 pares propios: %2 % de aciertos en %3 reservados, %4 % en los %5 de los que aprendió</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reward model: %1</source>
        <translation>Modelo de recompensa: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Judge at least 4 pairs first (you have judged %1).</source>
        <translation>Juzgar primero al menos 4 pares (juzgados hasta ahora: %1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done in %1 s.</source>
        <translation>Terminado en %1 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reward %1 → %2 · KL to the reference %3 nats · win rate %4 % · empty answers %5 % → %6 %</source>
        <translation>Recompensa %1 → %2 · KL respecto a la referencia %3 nats · tasa de victorias %4 % · respuestas vacías %5 % → %6 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reward model on %1 judged pairs: %2 % right on held-out pairs (%3 % on its training pairs)</source>
        <translation>Modelo de recompensa con %1 pares juzgados: %2 % de aciertos en pares reservados (%3 % en sus pares de entrenamiento)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Step %1 of %2 · reward %3 · KL %4 nats · win rate %5 % · empty answers %6 %</source>
        <translation>Paso %1 de %2 · recompensa %3 · KL %4 nats · tasa de victorias %5 % · respuestas vacías %6 %</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The same held-out prompts, answered by the reference and by the model at step %1 (same seeds)</source>
        <translation>Las mismas instrucciones reservadas, respondidas por la referencia y por el modelo en el paso %1 (mismas semillas)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::ScalingPage</name>
    <message>
        <location filename="../widgets/tuninglab/scalingpage.cpp" line="+65"/>
        <source>Pretraining and scale: the same small GPT at several widths, each trained on the corpus as its own training job. Their final held-out losses against their parameters on log-log axes fall on a line when loss follows a power law, loss ≈ a · N^e; its slope e says how much a bigger model buys, and the line predicts the next size up. Compute is counted as 6 × parameters × training tokens.</source>
        <translation>Preentrenamiento y escala: el mismo GPT pequeño con varias anchuras, cada una entrenada con el corpus como su propio trabajo de entrenamiento. Sus pérdidas finales en datos reservados frente a sus parámetros, en ejes log-log, caen sobre una recta cuando la pérdida sigue una ley de potencias, pérdida ≈ a · N^e; su pendiente e indica cuánto aporta un modelo más grande, y la recta predice el siguiente tamaño. El cómputo se cuenta como 6 × parámetros × tokens de entrenamiento.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose a text file</source>
        <translation>Elegir un archivo de texto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiny Shakespeare (without it: the studio&apos;s help pages)</source>
        <translation>tiny Shakespeare (si no está: las páginas de ayuda del estudio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UTF-8 text file, read with the shipped model&apos;s BPE vocabulary; its last 10 % is held out</source>
        <translation>Un archivo de texto UTF-8, leído con el vocabulario BPE del modelo incluido; su último 10 % se reserva</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The embedding widths, 2 to 12 of them, each 8..1024 (heads: one per 16 of width)</source>
        <translation>Las anchuras de embedding, de 2 a 12, cada una de 8..1024 (cabezas: una por cada 16 de anchura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Widths</source>
        <translation>Anchuras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same tokens for every size</source>
        <translation>Los mismos tokens para cada tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute for every size</source>
        <translation>El mismo cómputo para cada tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same compute gives the smaller sizes more steps; at the budgets a CPU affords in minutes that favours the small ones: the loss rises with size</source>
        <translation>El mismo cómputo da más pasos a los tamaños pequeños; con los presupuestos que una CPU permite en minutos, eso favorece a los pequeños: la pérdida aumenta con el tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each size gets</source>
        <translation>Cada tamaño recibe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training tokens per size (steps × %1 windows × %2 tokens)</source>
        <translation>Tokens de entrenamiento por tamaño (pasos × %1 ventanas × %2 tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>FLOPs per size, 6 × parameters × tokens, e.g. 3e10</source>
        <translation>FLOPs por tamaño, 6 × parámetros × tokens, p. ej. 3e10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget (FLOPs)</source>
        <translation>Presupuesto (FLOPs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transformer blocks of every size (default %1)</source>
        <translation>Bloques transformer de cada tamaño (por defecto %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weights and the batches of every size</source>
        <translation>Los pesos y los lotes de cada tamaño</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run</source>
        <translation>Ejecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ready.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>parameters N</source>
        <translation>parámetros N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>final held-out loss (nats/token)</source>
        <translation>pérdida final en datos reservados (nats/token)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>compute C (FLOPs)</source>
        <translation>cómputo C (FLOPs)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>held-out loss (nats/token)</source>
        <translation>pérdida en datos reservados (nats/token)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The widths must be whole numbers separated by commas (got &apos;%1&apos;).</source>
        <translation>Las anchuras deben ser números enteros separados por comas (se recibió &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The budget must be a positive number of FLOPs, e.g. 3e10 (got &apos;%1&apos;).</source>
        <translation>El presupuesto debe ser un número positivo de FLOPs, p. ej. 3e10 (se recibió &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The corpus must be a text file: %1 is not one.</source>
        <translation>El corpus debe ser un archivo de texto: %1 no lo es.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The experiment cannot start: %1</source>
        <translation>El experimento no puede empezar: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps, %4 FLOPs — queued</source>
        <translation>Anchura %1: %2 parámetros, %3 pasos, %4 FLOPs — en cola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>width %1</source>
        <translation>anchura %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Width %1: %2 parameters, %3 steps — running, %4 %</source>
        <translation>Anchura %1: %2 parámetros, %3 pasos — en ejecución, %4 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sizes queued as training jobs.</source>
        <translation>%1 tamaños en cola como trabajos de entrenamiento.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>final loss of each size</source>
        <translation>pérdida final de cada tamaño</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>power-law fit</source>
        <translation>ajuste de ley de potencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prediction, next size</source>
        <translation>predicción, siguiente tamaño</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Width %1: %2 parameters, %3 steps — running</source>
        <translation>Anchura %1: %2 parámetros, %3 pasos — en ejecución</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Width %1: %2 parameters, %3 steps — loss %4 (%5 s)</source>
        <translation>Anchura %1: %2 parámetros, %3 pasos — pérdida %4 (%5 s)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>loss ≈ %1 · N^%2 (r² %3)</source>
        <translation>pérdida ≈ %1 · N^%2 (r² %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bigger is better here: each doubling of N multiplies the loss by %1.</source>
        <translation>Aquí más grande es mejor: cada duplicación de N multiplica la pérdida por %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bigger is not better here: at this budget the smaller sizes win.</source>
        <translation>Aquí más grande no es mejor: con este presupuesto ganan los tamaños menores.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1 sizes in %2 s of training. %3 The next size up, width %4 (%5 parameters), is predicted to reach %6.</source>
        <translation>Terminado: %1 tamaños en %2 s de entrenamiento. %3 Se predice que el siguiente tamaño, anchura %4 (%5 parámetros), alcanzará %6.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The experiment ended without a fit: %1</source>
        <translation>El experimento terminó sin ajuste: %1</translation>
    </message>
</context>
<context>
    <name>genlab::widgets::tuninglab::TuningLab</name>
    <message>
        <location filename="../widgets/tuninglab/tuninglab.cpp" line="+33"/>
        <source>From a pretrained language model to an assistant: each page is one idea as an experiment with a measured before and after, on the Text lab&apos;s models (the shipped one unless you choose a folder).</source>
        <translation>De un modelo de lenguaje preentrenado a un asistente: cada página es una idea convertida en experimento con un antes y un después medidos, sobre los modelos del laboratorio de texto (el incluido, salvo que se elija una carpeta).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>In-context learning</source>
        <translation>Aprendizaje en contexto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instruction tuning</source>
        <translation>Ajuste por instrucciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferences (RLHF)</source>
        <translation>Preferencias (RLHF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distillation</source>
        <translation>Destilación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discriminative vs generative</source>
        <translation>Discriminativo frente a generativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy as worked examples in the prompt grow; the heads that copy</source>
        <translation>La exactitud a medida que crecen los ejemplos resueltos en la instrucción; las cabezas que copian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine-tune on (instruction, response) pairs, the loss on the response only</source>
        <translation>Ajuste fino con pares (instrucción, respuesta), con la pérdida solo sobre la respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reward model from preferences, then DPO or a KL-penalised policy gradient</source>
        <translation>Un modelo de recompensa a partir de preferencias y luego DPO o un gradiente de política penalizado con KL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A small student trained on a teacher&apos;s softened distributions</source>
        <translation>Un alumno pequeño entrenado con las distribuciones suavizadas de un profesor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model sizes trained for the same compute, and the power law they follow</source>
        <translation>Tamaños de modelo entrenados con el mismo cómputo y la ley de potencias que siguen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A classifier that draws a boundary beside one that models each class and can sample</source>
        <translation>Un clasificador que traza una frontera junto a otro que modela cada clase y puede muestrear</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tuning</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In-context learning, instruction and preference tuning, distillation, scaling, and discriminative versus generative models, each measured before and after</source>
        <translation>Aprendizaje en contexto, ajuste por instrucciones y por preferencias, destilación, escalado y modelos discriminativos frente a generativos, cada uno medido antes y después</translation>
    </message>
</context>
</TS>
