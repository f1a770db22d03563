// Seed content for the knowledge hub: the integration methodology, the local strategy and action plan
// template, practical guides and tools for librarians. English is the source language; the methodology
// root page is also translated into French and Latvian.
//
// The HTML deliberately uses a small set of elements (h2, h3, p, strong, em, ul/ol/li, blockquote,
// a, table, hr and <aside data-callout>) so that it converts cleanly into the editor's JSON format.
// The helpers below build that HTML; keep text free of raw "<" and "&".

export type SeedPage = {
  slug: string;
  section: "METHODOLOGY" | "STRATEGY" | "GUIDES" | "TOOLS";
  parentSlug?: string;
  position: number;
  translations: Partial<Record<"en" | "fr" | "lv", { title: string; summary: string; html: string }>>;
};

// ---------------------------------------------------------------------------------------------
// HTML helpers
// ---------------------------------------------------------------------------------------------

const h2 = (text: string) => `<h2>${text}</h2>`;
const h3 = (text: string) => `<h3>${text}</h3>`;
const p = (text: string) => `<p>${text}</p>`;
const items = (list: string[]) => list.map((item) => `<li><p>${item}</p></li>`).join("");
const ul = (list: string[]) => `<ul>${items(list)}</ul>`;
const ol = (list: string[]) => `<ol>${items(list)}</ol>`;
const quote = (...paras: string[]) => `<blockquote>${paras.map(p).join("")}</blockquote>`;
const callout = (kind: "note" | "tip" | "warning", paras: string[]) => `<aside data-callout="${kind}">${paras.map(p).join("")}</aside>`;
const note = (...paras: string[]) => callout("note", paras);
const tip = (...paras: string[]) => callout("tip", paras);
const warning = (...paras: string[]) => callout("warning", paras);
const hr = () => "<hr>";
const table = (head: string[], rows: string[][]) =>
  `<table><tbody><tr>${head.map((cell) => `<th><p>${cell}</p></th>`).join("")}</tr>${rows
    .map((row) => `<tr>${row.map((cell) => `<td><p>${cell}</p></td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
const doc = (...blocks: string[]) => blocks.join("");
const b = (text: string) => `<strong>${text}</strong>`;
const em = (text: string) => `<em>${text}</em>`;

// ---------------------------------------------------------------------------------------------
// METHODOLOGY — root page (en, fr, lv)
// ---------------------------------------------------------------------------------------------

const methodologyEn = {
  title: "Integration methodology",
  summary:
    "How a public library, with its municipality and local partners, can become a welcoming third place for migrants and refugees: the principles, the four building blocks and how to put them to work.",
  html: doc(
    h2("The library as a welcoming third place"),
    p(
      "The public library is one of the few places in a town where anyone can walk in, stay as long as they like and use what is there without paying, buying anything or explaining why they have come. For people who have recently arrived — to work, to study, to join family or to seek protection — this matters a great deal. The library can be a “third place”: neither home nor a reception centre nor an administrative office, but a shared, neutral space where newcomers and long-standing residents meet on equal terms.",
    ),
    p(
      "This methodology describes how a library, working with its municipality and local partners, can turn that potential into a deliberate and lasting practice. It was developed in the Library Bridges partnership by libraries, municipalities, integration agencies and NGOs in France, Italy, Latvia, Poland, Romania and the Netherlands, and it is based on what these partners do day to day. It is not a fixed programme. It is a way of working that each library adapts to its community, its size and its resources.",
    ),
    h2("Who it is for"),
    ul([
      "Library managers, who decide priorities, budgets and rules.",
      "Front-line staff and volunteers, who welcome people every day.",
      "Coordinators in municipalities and integration services who want the library as a partner.",
      "NGOs and community associations that already work with newcomers and are looking for a trusted space.",
    ]),
    h2("Principles"),
    ol([
      `${b("Open to everyone.")} Access to the library and its basic services should not depend on residence status, language or documents beyond what is strictly necessary.`,
      `${b("Start from people, not categories.")} “Migrants” and “refugees” are not one group: their languages, education, plans and needs differ widely. Ask people what they need rather than assuming it.`,
      `${b("Integration runs both ways.")} It involves newcomers and the receiving community alike. The library creates occasions for both to meet, and helps staff and long-standing residents to adapt too.`,
      `${b("Work in partnership.")} The library is not a social service, a legal adviser or a language school, and should not try to be one. Its strength is a trusted space and the ability to connect people with those who are.`,
      `${b("Dignity and privacy.")} People decide what they tell us. Ask only what you need, explain why, and protect what you learn.`,
      `${b("Languages are a resource.")} Support learning the local language and value the languages people already speak.`,
      `${b("Build for the long term.")} Prefer activities that can become part of regular services, budgets and job descriptions over one-off projects.`,
      `${b("Learn and adjust.")} Collect feedback, including from newcomers themselves, and change what does not work.`,
    ]),
    h2("How the parts fit together"),
    p(
      "The methodology has four building blocks, each described on its own page. The first time, work through them in order; after that, treat them as a cycle that you repeat every year or so.",
    ),
    table(
      ["Building block", "The question it answers", "What you end up with"],
      [
        [
          "Mapping local initiatives",
          "What already exists around us, and where are the gaps?",
          "An up-to-date overview of actors and services, shared on the platform’s initiatives map",
        ],
        [
          "Partnership with the municipality and integration bodies",
          "Who do we work with, and how do people move between services?",
          "Agreed roles, named contacts and referral pathways",
        ],
        [
          "Adapting library services",
          "What must change in our own services so that newcomers can use them?",
          "Concrete changes to registration, collections, digital access, spaces and staff skills",
        ],
        [
          "Building a sense of belonging",
          "How do newcomers become participants and not only users?",
          "Activities designed with newcomers, volunteer roles and shared events",
        ],
      ],
    ),
    p(
      `The ${b("Local strategy and action plan template")} (Strategy section) brings the results together in one document that you can agree with your management and partners. The ${b("Guides")} and ${b("Tools")} support everyday work: welcoming people across languages, plain language, working with interpreters, signage, digital-inclusion sessions and trauma-aware communication.`,
    ),
    h2("How to use it"),
    ol([
      `${b("Form a small working group.")} Include someone from the library who can take decisions, one or two front-line staff, a partner from the municipality or an NGO if possible — and, from the start, one or more people with a migration background from your community.`,
      `${b("Agree on your aim.")} Read this overview together and write down, in a few sentences, what you want to have achieved in twelve months.`,
      `${b("Map what exists.")} Allow a few weeks for the mapping, and publish what you can on the platform’s map.`,
      `${b("Meet your partners.")} Agree on roles, contacts and how people will be referred between services.`,
      `${b("Review your own services.")} Use the checklist in “Adapting library services” and choose a few changes that you can really make.`,
      `${b("Plan for participation.")} Decide with newcomers which activities to start, or to hand over to them.`,
      `${b("Write the plan.")} Bring it all together in the local strategy and action plan template, with indicators.`,
      `${b("Review.")} Look at the results after six and twelve months, update the map and adjust the plan.`,
    ]),
    tip(
      "Start small. One well-run weekly activity with a reliable partner is worth more than an ambitious programme that stops when the project money ends.",
    ),
    h2("What it is not"),
    p(
      "The methodology does not replace legal advice, social work, psychological support or formal language courses. Library staff should know where these services are, refer people to them and be clear about what the library can and cannot do. Rules on residence, asylum, social benefits and access to services differ between countries and change often: check them with the competent authority or a specialised organisation rather than relying on general information, including the information on this platform.",
    ),
    note(
      "Share what you learn. When an activity works — or does not — describe it as a case study in the Good practice section, add it to the initiatives map, or discuss it in the forum. Other libraries will benefit from your experience, and you from theirs.",
    ),
  ),
};

const methodologyFr = {
  title: "Méthodologie d’intégration",
  summary:
    "Comment une bibliothèque publique, avec sa commune et ses partenaires locaux, peut devenir un tiers-lieu accueillant pour les personnes migrantes et réfugiées : les principes, les quatre volets et leur mise en œuvre.",
  html: doc(
    h2("La bibliothèque, un tiers-lieu accueillant"),
    p(
      "La bibliothèque publique est l’un des rares lieux d’une ville où chacun peut entrer, rester aussi longtemps qu’il le souhaite et utiliser ce qui s’y trouve sans payer, sans rien acheter et sans avoir à justifier sa présence. Pour les personnes récemment arrivées — pour travailler, étudier, rejoindre leur famille ou chercher une protection —, c’est essentiel. La bibliothèque peut être un « tiers-lieu » : ni le domicile, ni un centre d’accueil, ni un guichet administratif, mais un espace partagé et neutre où nouveaux arrivants et habitants de longue date se rencontrent sur un pied d’égalité.",
    ),
    p(
      "Cette méthodologie décrit comment une bibliothèque, en lien avec sa commune et ses partenaires locaux, peut transformer ce potentiel en une pratique réfléchie et durable. Elle a été élaborée au sein du partenariat Library Bridges par des bibliothèques, des collectivités, des organismes d’intégration et des ONG de France, d’Italie, de Lettonie, de Pologne, de Roumanie et des Pays-Bas, à partir de ce que ces partenaires font au quotidien. Ce n’est pas un programme figé, mais une manière de travailler que chaque bibliothèque adapte à sa population, à sa taille et à ses moyens.",
    ),
    h2("À qui s’adresse-t-elle ?"),
    ul([
      "Aux responsables de bibliothèque, qui fixent les priorités, les budgets et les règles.",
      "Aux agents d’accueil et aux bénévoles, qui reçoivent le public chaque jour.",
      "Aux coordinatrices et coordinateurs des communes et des services d’intégration qui souhaitent faire de la bibliothèque un partenaire.",
      "Aux ONG et aux associations qui accompagnent déjà des personnes nouvellement arrivées et cherchent un lieu de confiance.",
    ]),
    h2("Principes"),
    ol([
      `${b("Ouverte à toutes et à tous.")} L’accès à la bibliothèque et à ses services de base ne devrait dépendre ni du statut de séjour, ni de la langue, ni de documents au-delà du strict nécessaire.`,
      `${b("Partir des personnes, pas des catégories.")} Les « migrants » et les « réfugiés » ne forment pas un groupe homogène : langues, parcours scolaires, projets et besoins varient beaucoup. Demandez aux personnes ce dont elles ont besoin au lieu de le supposer.`,
      `${b("Une intégration dans les deux sens.")} Elle concerne autant les nouveaux arrivants que la société d’accueil. La bibliothèque crée des occasions de rencontre et aide aussi le personnel et les habitants de longue date à s’adapter.`,
      `${b("Travailler en partenariat.")} La bibliothèque n’est ni un service social, ni un conseil juridique, ni une école de langue, et ne doit pas chercher à l’être. Sa force : un lieu de confiance et la capacité de mettre les personnes en relation avec celles et ceux dont c’est le métier.`,
      `${b("Dignité et confidentialité.")} Les personnes décident de ce qu’elles nous confient. Ne demandez que ce qui est nécessaire, expliquez pourquoi et protégez ce que vous apprenez.`,
      `${b("Les langues sont une ressource.")} Soutenez l’apprentissage de la langue locale et valorisez les langues que les personnes parlent déjà.`,
      `${b("Construire dans la durée.")} Privilégiez les activités qui peuvent s’inscrire dans les services réguliers, les budgets et les fiches de poste plutôt que les projets ponctuels.`,
      `${b("Apprendre et ajuster.")} Recueillez des retours, y compris auprès des nouveaux arrivants eux-mêmes, et changez ce qui ne fonctionne pas.`,
    ]),
    h2("Comment les volets s’articulent"),
    p(
      "La méthodologie comporte quatre volets, chacun décrit sur sa propre page. La première fois, suivez-les dans l’ordre ; ensuite, considérez-les comme un cycle à reprendre environ chaque année.",
    ),
    table(
      ["Volet", "La question à laquelle il répond", "Ce que vous obtenez"],
      [
        [
          "Cartographier les initiatives locales",
          "Qu’existe-t-il déjà autour de nous, et qu’est-ce qui manque ?",
          "Une vue à jour des acteurs et des services, partagée sur la carte des initiatives de la plateforme",
        ],
        [
          "Partenariat avec la commune et les acteurs de l’intégration",
          "Avec qui travaillons-nous, et comment les personnes passent-elles d’un service à l’autre ?",
          "Des rôles convenus, des interlocuteurs identifiés et des circuits d’orientation",
        ],
        [
          "Adapter les services de la bibliothèque",
          "Que faut-il changer dans nos propres services pour que les nouveaux arrivants puissent les utiliser ?",
          "Des changements concrets : inscription, collections, accès numérique, espaces, compétences du personnel",
        ],
        [
          "Construire un sentiment d’appartenance",
          "Comment les nouveaux arrivants deviennent-ils des participants et pas seulement des usagers ?",
          "Des activités conçues avec eux, des rôles bénévoles et des événements partagés",
        ],
      ],
    ),
    p(
      `Le ${b("modèle de stratégie locale et de plan d’action")} (rubrique Stratégie) rassemble ces résultats dans un document unique, à valider avec votre direction et vos partenaires. Les ${b("guides")} et les ${b("outils")} accompagnent le travail quotidien : accueillir dans plusieurs langues, écrire et parler clairement, travailler avec des interprètes, concevoir la signalétique, animer des ateliers d’inclusion numérique et communiquer en tenant compte des traumatismes.`,
    ),
    h2("Mode d’emploi"),
    ol([
      `${b("Constituez un petit groupe de travail.")} Il réunit une personne de la bibliothèque qui peut prendre des décisions, un ou deux agents d’accueil, si possible un partenaire de la commune ou d’une ONG — et, dès le départ, une ou plusieurs personnes ayant un parcours migratoire et vivant sur votre territoire.`,
      `${b("Fixez votre objectif.")} Lisez ensemble cette présentation et écrivez en quelques phrases ce que vous voulez avoir accompli dans douze mois.`,
      `${b("Cartographiez l’existant.")} Prévoyez quelques semaines pour la cartographie et publiez ce qui peut l’être sur la carte de la plateforme.`,
      `${b("Rencontrez vos partenaires.")} Mettez-vous d’accord sur les rôles, les interlocuteurs et la manière d’orienter les personnes d’un service à l’autre.`,
      `${b("Examinez vos propres services.")} Utilisez la liste de contrôle de la page « Adapter les services de la bibliothèque » et choisissez quelques changements réellement réalisables.`,
      `${b("Prévoyez la participation.")} Décidez avec les nouveaux arrivants des activités à lancer ou à leur confier.`,
      `${b("Rédigez le plan.")} Rassemblez le tout dans le modèle de stratégie locale et de plan d’action, avec des indicateurs.`,
      `${b("Faites le point.")} Examinez les résultats au bout de six et de douze mois, mettez la carte à jour et ajustez le plan.`,
    ]),
    tip(
      "Commencez petit. Une activité hebdomadaire bien menée avec un partenaire fiable vaut mieux qu’un programme ambitieux qui s’arrête à la fin des financements du projet.",
    ),
    h2("Ce qu’elle n’est pas"),
    p(
      "La méthodologie ne remplace ni le conseil juridique, ni le travail social, ni le soutien psychologique, ni les cours de langue. Le personnel de la bibliothèque doit savoir où trouver ces services, y orienter les personnes et dire clairement ce que la bibliothèque peut et ne peut pas faire. Les règles relatives au séjour, à l’asile, aux prestations sociales et à l’accès aux services diffèrent d’un pays à l’autre et changent souvent : vérifiez-les auprès de l’autorité compétente ou d’une structure spécialisée plutôt que de vous fier à des informations générales, y compris celles de cette plateforme.",
    ),
    note(
      "Partagez ce que vous apprenez. Quand une activité fonctionne — ou non —, décrivez-la sous forme d’étude de cas dans la rubrique Bonnes pratiques, ajoutez-la à la carte des initiatives ou parlez-en sur le forum. D’autres bibliothèques profiteront de votre expérience, et vous de la leur.",
    ),
  ),
};

const methodologyLv = {
  title: "Integrācijas metodika",
  summary:
    "Kā publiskā bibliotēka kopā ar pašvaldību un vietējiem partneriem var kļūt par viesmīlīgu “trešo vietu” migrantiem un bēgļiem: principi, četri pamatelementi un to īstenošana praksē.",
  html: doc(
    h2("Bibliotēka kā viesmīlīga “trešā vieta”"),
    p(
      "Publiskā bibliotēka ir viena no retajām vietām pilsētā, kur ikviens var ienākt, uzturēties, cik ilgi vēlas, un izmantot pieejamos resursus, nemaksājot, neko nepērkot un nepaskaidrojot, kāpēc ir atnācis. Cilvēkiem, kuri nesen ieradušies — lai strādātu, mācītos, pievienotos ģimenei vai meklētu patvērumu —, tas ir ļoti svarīgi. Bibliotēka var būt “trešā vieta”: ne mājas, ne uzņemšanas centrs, ne administratīva iestāde, bet kopīga, neitrāla telpa, kur jaunpienācēji un vietējie iedzīvotāji satiekas kā līdzvērtīgi.",
    ),
    p(
      "Šī metodika apraksta, kā bibliotēka, sadarbojoties ar pašvaldību un vietējiem partneriem, var šo potenciālu pārvērst mērķtiecīgā un ilgtspējīgā praksē. To izstrādājušas partnerības Library Bridges bibliotēkas, pašvaldības, integrācijas iestādes un nevalstiskās organizācijas Francijā, Itālijā, Latvijā, Polijā, Rumānijā un Nīderlandē, balstoties uz savu ikdienas darbu. Tā nav stingri noteikta programma, bet gan darba veids, ko katra bibliotēka pielāgo savai kopienai, lielumam un resursiem.",
    ),
    h2("Kam tā paredzēta"),
    ul([
      "Bibliotēku vadītājiem, kuri nosaka prioritātes, budžetu un noteikumus.",
      "Apkalpošanas darbiniekiem un brīvprātīgajiem, kuri ik dienu sagaida apmeklētājus.",
      "Pašvaldību un integrācijas dienestu koordinatoriem, kuri vēlas redzēt bibliotēku kā savu partneri.",
      "Nevalstiskajām organizācijām un kopienu biedrībām, kuras jau strādā ar jaunpienācējiem un meklē uzticamu vietu savām aktivitātēm.",
    ]),
    h2("Principi"),
    ol([
      `${b("Atvērta ikvienam.")} Piekļuvei bibliotēkai un tās pamatpakalpojumiem nevajadzētu būt atkarīgai no uzturēšanās statusa, valodas vai dokumentiem, ja tie nav patiešām nepieciešami.`,
      `${b("Sākt no cilvēkiem, nevis kategorijām.")} “Migranti” un “bēgļi” nav viendabīga grupa: viņu valodas, izglītība, nākotnes plāni un vajadzības ļoti atšķiras. Jautājiet cilvēkiem, kas viņiem vajadzīgs, nevis pieņemiet to.`,
      `${b("Integrācija ir abpusējs process.")} Tā skar gan jaunpienācējus, gan uzņēmējsabiedrību. Bibliotēka rada iespējas satikties un palīdz pielāgoties arī darbiniekiem un vietējiem iedzīvotājiem.`,
      `${b("Strādāt partnerībā.")} Bibliotēka nav sociālais dienests, juridiskais konsultants vai valodu skola, un tai nav jācenšas par tādu kļūt. Tās stiprums ir uzticama vide un spēja savest cilvēkus kopā ar tiem, kuri šos pakalpojumus sniedz.`,
      `${b("Cieņa un privātums.")} Cilvēki paši izlemj, ko mums stāstīt. Jautājiet tikai to, kas patiešām nepieciešams, paskaidrojiet, kāpēc jautājat, un sargājiet uzzināto.`,
      `${b("Valodas ir resurss.")} Atbalstiet vietējās valodas apguvi un novērtējiet valodas, kuras cilvēki jau prot.`,
      `${b("Domāt ilgtermiņā.")} Dodiet priekšroku aktivitātēm, kas var kļūt par daļu no ikdienas pakalpojumiem, budžeta un amatu aprakstiem, nevis vienreizējiem projektiem.`,
      `${b("Mācīties un pielāgoties.")} Vāciet atsauksmes, arī no pašiem jaunpienācējiem, un mainiet to, kas nedarbojas.`,
    ]),
    h2("Kā daļas saistās kopā"),
    p(
      "Metodika sastāv no četriem pamatelementiem, un katrs no tiem aprakstīts atsevišķā lapā. Pirmo reizi izejiet tiem cauri secīgi; pēc tam izmantojiet tos kā ciklu, ko atkārtojat aptuveni reizi gadā.",
    ),
    table(
      ["Pamatelements", "Uz kādu jautājumu tas atbild", "Rezultāts"],
      [
        [
          "Vietējo iniciatīvu kartēšana",
          "Kas mums apkārt jau pastāv un kā trūkst?",
          "Aktuāls pārskats par iesaistītajām organizācijām un pakalpojumiem, kas publicēts platformas iniciatīvu kartē",
        ],
        [
          "Partnerība ar pašvaldību un integrācijas iestādēm",
          "Ar ko mēs sadarbojamies un kā cilvēki nonāk no viena pakalpojuma pie otra?",
          "Saskaņotas lomas, konkrētas kontaktpersonas un nosūtīšanas kārtība",
        ],
        [
          "Bibliotēkas pakalpojumu pielāgošana",
          "Kas jāmaina mūsu pašu pakalpojumos, lai jaunpienācēji tos varētu izmantot?",
          "Konkrētas izmaiņas reģistrācijā, krājumā, digitālajā piekļuvē, telpās un darbinieku prasmēs",
        ],
        [
          "Piederības sajūtas veidošana",
          "Kā jaunpienācēji kļūst par līdzdalībniekiem, nevis tikai lietotājiem?",
          "Kopā ar jaunpienācējiem veidotas aktivitātes, brīvprātīgo lomas un kopīgi pasākumi",
        ],
      ],
    ),
    p(
      `${b("Vietējās stratēģijas un rīcības plāna veidne")} (sadaļa “Stratēģija”) apvieno rezultātus vienā dokumentā, ko varat saskaņot ar vadību un partneriem. ${b("Rokasgrāmatas")} un ${b("rīki")} palīdz ikdienas darbā: apkalpojot apmeklētājus dažādās valodās, runājot un rakstot vienkāršā valodā, strādājot ar tulkiem, veidojot daudzvalodu norādes, vadot digitālo prasmju nodarbības un sazinoties ar cilvēkiem, kuri pārdzīvojuši traumatisku pieredzi.`,
    ),
    h2("Kā to izmantot"),
    ol([
      `${b("Izveidojiet nelielu darba grupu.")} Tajā jābūt kādam no bibliotēkas, kurš var pieņemt lēmumus, vienam vai diviem apkalpošanas darbiniekiem, ja iespējams — partnerim no pašvaldības vai nevalstiskās organizācijas, un jau no paša sākuma arī vienam vai vairākiem Jūsu kopienas cilvēkiem ar migrācijas pieredzi.`,
      `${b("Vienojieties par mērķi.")} Kopā izlasiet šo pārskatu un dažos teikumos pierakstiet, ko vēlaties panākt divpadsmit mēnešu laikā.`,
      `${b("Apzinieties esošās iniciatīvas.")} Kartēšanai atvēliet dažas nedēļas un publicējiet platformas kartē to, ko drīkst publicēt.`,
      `${b("Satieciet partnerus.")} Vienojieties par lomām, kontaktpersonām un to, kā cilvēki tiks nosūtīti no viena pakalpojuma pie otra.`,
      `${b("Izvērtējiet savus pakalpojumus.")} Izmantojiet kontrolsarakstu lapā “Bibliotēkas pakalpojumu pielāgošana” un izvēlieties dažas izmaiņas, kuras tiešām varat īstenot.`,
      `${b("Plānojiet līdzdalību.")} Kopā ar jaunpienācējiem izlemiet, kuras aktivitātes sākt vai nodot viņu vadībā.`,
      `${b("Uzrakstiet plānu.")} Apkopojiet visu vietējās stratēģijas un rīcības plāna veidnē, norādot rādītājus.`,
      `${b("Izvērtējiet rezultātus.")} Pēc sešiem un divpadsmit mēnešiem pārskatiet paveikto, atjauniniet karti un precizējiet plānu.`,
    ]),
    tip(
      "Sāciet ar mazu soli. Viena labi organizēta iknedēļas aktivitāte ar uzticamu partneri ir vērtīgāka par vērienīgu programmu, kas beidzas līdz ar projekta finansējumu.",
    ),
    h2("Kas tā nav"),
    p(
      "Metodika neaizstāj juridiskās konsultācijas, sociālo darbu, psiholoģisko atbalstu vai valodas kursus. Bibliotēkas darbiniekiem jāzina, kur šos pakalpojumus var saņemt, jānosūta pie tiem cilvēki un skaidri jāpasaka, ko bibliotēka var un ko nevar darīt. Noteikumi par uzturēšanos, patvērumu, sociālajiem pabalstiem un piekļuvi pakalpojumiem katrā valstī atšķiras un bieži mainās: pārbaudiet tos kompetentajā iestādē vai specializētā organizācijā, nevis paļaujieties uz vispārīgu informāciju, arī to, kas atrodama šajā platformā.",
    ),
    note(
      "Dalieties pieredzē. Ja kāda aktivitāte izdodas — vai neizdodas —, aprakstiet to sadaļā “Labā prakse”, pievienojiet to iniciatīvu kartei vai pārrunājiet forumā. Jūsu pieredze noderēs citām bibliotēkām, bet Jums — viņu pieredze.",
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// METHODOLOGY — child pages
// ---------------------------------------------------------------------------------------------

const mappingEn = {
  title: "Mapping local initiatives",
  summary:
    "How to find out which organisations and activities already support newcomers in your area, record them in a simple template, keep the overview current and share it on the platform’s map.",
  html: doc(
    p(
      "Before a library starts something new, it needs to know what already exists. Mapping avoids duplicating the work of others, tells staff where to refer people, reveals possible partners and shows the gaps that the library might help to fill. It is also the first concrete step towards a local network: every organisation you contact for the map is a conversation started.",
    ),
    h2("What to map"),
    p(
      `Map ${em("services and activities")} that newcomers can actually use, not only organisations. An NGO may run a legal help desk on Tuesdays and a women’s group on Fridays: those are two entries. Think broadly about who is active locally:`,
    ),
    ul([
      `${b("Municipal services:")} welcome or integration office, social services, housing, education and early childhood, adult education, youth services, sports and culture.`,
      `${b("State and regional bodies:")} migration and residence authorities, public employment services, health insurance and tax offices — as places people must deal with, even if they are not partners.`,
      `${b("Reception and accommodation:")} reception centres and the organisations that run them, supported housing providers.`,
      `${b("NGOs and volunteer groups:")} legal aid, language cafés, conversation partners, homework clubs, food banks, clothing stores, befriending schemes.`,
      `${b("Community and diaspora associations,")} including informal groups that meet in homes, cafés or places of worship.`,
      `${b("Education and training:")} language schools, vocational training, recognition of qualifications, universities.`,
      `${b("Health and wellbeing:")} general practitioners who welcome newcomers, mental health and psychosocial support, women’s and children’s health services.`,
      `${b("Work:")} job clubs, employer initiatives, chambers of commerce, trade unions.`,
      `${b("Culture and leisure:")} museums, community centres, music schools, sports clubs — and other libraries in the area.`,
    ]),
    h2("How to find them"),
    ol([
      "Start with what the municipality already knows: the welcome or integration office often keeps a list of services, and social workers know which ones people really use.",
      "Ask staff at reception centres, schools and health centres which organisations they refer people to.",
      "Ask newcomers themselves. They know the informal networks, the messaging groups and the helpful people that no official list includes. A short conversation at the desk or in a language café is often the richest source.",
      "Check national integration portals and the European Website on Integration for programmes active in your region.",
      "Look at the platform’s initiatives map for entries near you, and at notice boards in shops, community centres and places of worship.",
      "Walk the neighbourhood with a colleague or a community member and note what you see.",
    ]),
    p(
      `The European Commission’s <a href="https://migrant-integration.ec.europa.eu">European Website on Integration</a> lists funding opportunities, practices and national contacts that can help you identify regional programmes.`,
    ),
    h2("A simple mapping template"),
    p(
      "Use one row per service or activity. A shared spreadsheet is enough; the fields below match those of the platform’s initiatives map, so entries can be transferred without rework.",
    ),
    table(
      ["Field", "What to record", "Example"],
      [
        ["Name", "The name people use for the activity", "Saturday language café"],
        [
          "Type",
          "Language learning, legal or administrative help, digital skills, job club, homework club, welcome tour, other",
          "Language learning",
        ],
        ["Host organisation", "Who runs it, and who else is involved", "Local volunteer association, in the community centre"],
        ["What is offered", "In one or two plain sentences", "Informal conversation practice in the local language, all levels"],
        [
          "Who it is for",
          "Target groups and any conditions of access (age, status, registration, referral)",
          "Adults; no registration needed",
        ],
        ["Languages", "Languages in which the service is offered or supported", "Local language; helpers speak English and Arabic"],
        ["Where and when", "Address, schedule, accessibility of the venue", "Saturdays 10:00–12:00, ground floor, step-free"],
        ["How to get in", "Walk-in, appointment, referral needed, waiting list", "Walk-in"],
        ["Cost", "Free, fee, or fee reduction available", "Free"],
        [
          "Contact",
          "Organisational email or phone only — never a volunteer’s private number without consent",
          "Association’s general email",
        ],
        ["Last verified", "Date and who checked", "Date of the last phone call, staff initials"],
        [
          "Notes for staff",
          "Internal only: relationship with the library, quality, what people say about it",
          "Good for beginners; often full in September",
        ],
      ],
    ),
    h2("From list to analysis: finding the gaps"),
    p("Once you have twenty or thirty entries, look at them as a whole with your working group:"),
    ul([
      "Which needs are well covered, and which are not covered at all (for example, evening activities for people who work, or anything for teenagers)?",
      "Which languages are missing? Compare the languages offered with the languages spoken by newcomers in your area.",
      "Which services are hard to reach: only in the city centre, only on weekday mornings, only with a referral?",
      "Where do several organisations do the same thing and might cooperate instead?",
      "What could the library add with what it already has: space, opening hours, computers, collections, staff who know the public?",
    ]),
    tip(
      "Present the gaps back to the partners you mapped. A one-page summary shared at a meeting is often what starts a real partnership, because everyone sees the same picture.",
    ),
    h2("Keeping it current"),
    p(
      "A map that is out of date does harm: people travel to a service that has closed, and lose trust in whoever sent them. Keeping the overview current matters more than making it complete.",
    ),
    ul([
      "Name one person responsible for the map, with a deputy.",
      "Record the “last verified” date for every entry, and re-check each entry at least every six months — more often for volunteer-run activities, which change quickly.",
      "Re-check everything before predictable changes: the start of the school year, summer breaks, the end of a funding period.",
      "Ask partners to tell you when something changes, and give them an easy way to do so.",
      "Remove or mark as suspended what you cannot confirm. Do not leave doubtful entries in place.",
    ]),
    h2("Sharing through the platform’s map"),
    p(
      "The E-PANEMA initiatives map makes your mapping useful beyond your own library. Anyone logged in can suggest an initiative; partner organisations manage their own entries; coordinators review suggestions before they are published. Each entry shows the “last verified” date, and the map has an accessible list view and an open-data export, so municipalities and NGOs can reuse it.",
    ),
    ul([
      "Publish only information that the organisation has agreed to make public.",
      "Use organisational contacts, not personal ones.",
      "Write descriptions in plain language, so that volunteers and newcomers can understand them too.",
      "When you verify an entry locally, update its “last verified” date on the platform as well.",
    ]),
    warning(
      "Some places must not appear on a public map: shelters for people escaping violence, accommodation for unaccompanied minors, or any address whose publication could put people at risk. Describe the service without the address, with a contact point for referral, or leave it out and keep it in your internal notes only.",
    ),
  ),
};

const partnershipEn = {
  title: "Partnership with the municipality and integration bodies",
  summary:
    "Who to approach, how to divide roles, what to put in an agreement, how to set up referral pathways in both directions, and how to protect people’s data when organisations work together.",
  html: doc(
    p(
      "No library can support newcomers alone, and none should try. People arrive with questions about residence, housing, work, schooling and health that belong to other services. What the library can do is be a trusted, accessible place in a network where each organisation knows what the others do and how to pass people on safely. This page describes how to build that network with the municipality and the bodies responsible for integration.",
    ),
    h2("Who to approach"),
    p(
      "Use the results of your mapping. Start with two or three partners that matter most for your community, rather than trying to meet everyone at once.",
    ),
    table(
      ["Partner", "What they can bring", "What the library can offer them"],
      [
        [
          "Municipal welcome or integration office",
          "Knowledge of arrivals and local policy, access to funding, legitimacy",
          "A neutral, open space; long opening hours; a place to run information sessions",
        ],
        [
          "Municipal social services",
          "Case work, benefits, housing support, knowledge of individual situations",
          "Free digital access, printing and quiet space for clients; a less formal setting for first contacts",
        ],
        [
          "Reception centres and their operators",
          "Direct contact with new arrivals, interpreters, transport",
          "Collections in many languages, activities outside the centre, contact with local residents",
        ],
        [
          "Language schools and adult education",
          "Courses, teachers, assessment",
          "Self-study materials, practice groups, easy-reading collections, rooms",
        ],
        [
          "NGOs and legal aid organisations",
          "Specialised advice, volunteers, trust within communities",
          "Rooms for consultations, visibility, a stable venue",
        ],
        [
          "Schools and early childhood services",
          "Contact with families, knowledge of children’s needs",
          "Homework support, bilingual story times, family library cards",
        ],
        [
          "Community and diaspora associations",
          "Languages, cultural knowledge, trust, volunteers",
          "Space, visibility, help with funding applications and events",
        ],
      ],
    ),
    h2("The first meeting"),
    p(
      "Prepare a short presentation of what the library already offers and what you have learned from the mapping. Then mainly listen. Useful questions:",
    ),
    ul([
      "What do you see as the main needs of the newcomers you work with?",
      "What do people ask you that is not your job, and where do you send them?",
      "What have you tried that did not work?",
      "What would make it easier for you to send people to the library, or for us to send people to you?",
      "Who is your contact person for day-to-day questions, and who takes decisions?",
    ]),
    p("Agree on one concrete next step before you leave — a joint visit, a trial session, an exchange of information leaflets."),
    h2("Clarifying roles"),
    p(
      "Misunderstandings about roles are the most common reason partnerships fail. Write down, even informally, who does what. In particular, be clear that library staff:",
    ),
    ul([
      "provide information, access and orientation, but do not give legal or benefits advice;",
      "do not assess anyone’s eligibility for services, status or entitlements;",
      "may help people use online services, but do not act on their behalf or keep their credentials;",
      "do not check residence documents, except where the law requires a specific document for a specific service.",
    ]),
    h2("Agreements"),
    p(
      "Start informally and formalise what works. Depending on your context, an agreement can be an exchange of emails, a letter of intent, a memorandum of understanding or a service agreement with funding. Whatever the form, it should cover:",
    ),
    ol([
      "The shared aim, in one or two sentences.",
      "Each partner’s tasks and what each contributes: staff time, rooms, equipment, money.",
      "Named contact persons and how to reach them.",
      "How referrals work in both directions.",
      "Whether and how personal data will be shared (see below).",
      "How the cooperation will be reviewed, and how either partner can end it.",
      "How the partnership will be communicated, including the use of logos.",
    ]),
    tip(
      "Ask your municipality whether a framework already exists — a local integration plan, a partnership charter or a council decision — that the library can join. Joining an existing framework is often quicker than creating a new one and gives the library a recognised place in local policy.",
    ),
    h2("Referral pathways"),
    p(
      "A referral pathway describes how a person gets from one service to another. A good pathway means the person does not have to tell their story again and again, and does not fall between two services.",
    ),
    h3("Signposting and warm referral"),
    ul([
      `${b("Signposting:")} you give the person the information — name, address, opening hours, what to bring — ideally written down in plain language. Suitable when the person is confident and the service is easy to reach.`,
      `${b("Warm referral:")} with the person’s agreement, you contact the other service, for example by phone while they are with you, and arrange the next step. Suitable when the person has language difficulties, is distressed, or has already been sent from place to place.`,
    ]),
    h3("Setting up a pathway"),
    ol([
      "List the five or six questions that library staff hear most often and that need another service.",
      "For each, agree with the partner on the contact point, opening times, languages and what the person should bring.",
      "Put this on a one-page referral sheet at every desk, and keep it updated with the mapping.",
      "Agree how partners refer people to the library: a short leaflet in several languages, a contact person, a welcome tour.",
      "Review the pathway every six months with the partners: what happened to the people referred?",
    ]),
    h2("Protecting personal data"),
    p(
      "Libraries have a long tradition of protecting the privacy of their users, and the General Data Protection Regulation (GDPR) applies to every organisation in the partnership. Information about a person’s nationality, residence status, health, religion or history can expose them to real harm, and some of it belongs to special categories of data that enjoy stronger protection. Apply these rules when working with partners:",
    ),
    ul([
      `${b("Share only what is needed")} for the specific purpose, and nothing else. A referral usually needs a name and a way to make contact — not a life story.`,
      `${b("Ask the person first.")} Explain in plain language, with an interpreter if needed, what will be shared, with whom and why, and accept a refusal. Be aware that people may find it hard to say no to an official-looking service; make clear that refusing will not affect their use of the library.`,
      `${b("Prefer the person carrying their own information.")} Often the simplest solution is to give the person the contact details and let them get in touch themselves.`,
      `${b("Do not keep lists of participants by nationality or status.")} Count attendance if you need figures; do not record who people are unless there is a clear reason and a legal basis.`,
      `${b("Use secure channels.")} No personal data in messaging groups or in copied emails to large lists.`,
      `${b("Put regular data sharing in writing.")} If partners will exchange personal data regularly, involve your organisation’s data protection officer and document the purpose, legal basis, retention and security measures.`,
    ]),
    warning(
      "If any authority asks the library for information about a user, do not answer on the spot. Refer the request to your management and data protection officer, who will check whether there is a legal obligation to respond. A library that is seen to pass information to authorities loses the trust that makes it useful to newcomers.",
    ),
    h2("Keeping the partnership alive"),
    ul([
      "Meet regularly, even briefly — a standing meeting every two or three months is enough.",
      "Keep contact lists up to date; partnerships often end simply because one person changes job.",
      "Share a calendar of activities so that partners can inform the people they work with.",
      "Evaluate together once a year and celebrate what worked, publicly where appropriate.",
    ]),
  ),
};

const adaptingEn = {
  title: "Adapting library services",
  summary:
    "A practical review of the library’s own services — registration, collections, digital access, spaces, staff training and evaluation — so that newcomers can use them from their first visit.",
  html: doc(
    p(
      "Most libraries already offer what newcomers need: free access to information, computers, quiet space, books for children, help from knowledgeable staff. The barriers are often small and invisible from the inside — a registration rule, a sign, a fee, a tone of voice. This page helps you look at your services through the eyes of a person who has just arrived, does not yet speak the local language and may be unsure whether they are allowed to come in at all.",
    ),
    h2("Registration without barriers"),
    p(
      "Registration is often the first formal contact, and the place where people are turned away. Review your rules with your management and ask, for each requirement, whether it is really necessary.",
    ),
    ul([
      `${b("Proof of address:")} people living in reception centres, temporary housing or with friends may not have one. Can you accept a letter from a reception centre or social service, or offer a card without proof of address?`,
      `${b("Identity documents:")} accept a wide range of documents, including those issued to asylum seekers and temporary protection holders. Find out from your municipality which documents are common locally, so staff recognise them.`,
      `${b("A basic card:")} consider a card that gives access to borrowing a limited number of items and to computers, without deposit, while the person’s situation is unsettled.`,
      `${b("Fees and deposits:")} check whether fees or fines can be waived for people on low incomes, and say so clearly.`,
      `${b("The form:")} write it in plain language, translate it into the most common languages, and ask only what you need. Do not ask for nationality or residence status unless the library has a specific, documented reason.`,
      `${b("Families:")} make it easy to register children at the same time as their parents.`,
    ]),
    tip(
      "Let staff explain the card with a simple printed sheet in several languages: what you can borrow, for how long, how to renew, what happens if something is late or lost. Misunderstandings about fines are a common reason why newcomers stop coming.",
    ),
    h2("Multilingual collections"),
    p(
      "Collections in people’s own languages tell them they are welcome; collections for learning the local language help them settle. Both are needed.",
    ),
    ul([
      `${b("Find out which languages:")} use your mapping, municipal or school data, and above all ask communities. Languages are not the same as nationalities: many people are multilingual, and some prefer to read in a second language.`,
      `${b("Cover all ages:")} picture books and bilingual books for children, fiction and practical non-fiction for adults, material for teenagers.`,
      `${b("Language learning:")} courses, dictionaries, easy readers and graded books in the local language, audio and video material for self-study.`,
      `${b("Information about local life:")} plain-language guides to administration, health, school and work — checked regularly, because such information dates quickly.`,
      `${b("Sources:")} specialised suppliers, national and regional library networks that circulate multilingual collections, e-book and e-press platforms, and donations — accepted with care, after checking condition, relevance and content.`,
      `${b("Cataloguing and display:")} catalogue titles in the original script where your system allows, and make the collection visible near the entrance rather than on a bottom shelf.`,
    ]),
    h2("Digital access"),
    p(
      "Many public services, job applications and school communications are now online. For newcomers without a computer, a printer or a stable connection, the library is often the only option.",
    ),
    ul([
      "Offer guest access to computers and Wi-Fi for people who are not yet registered.",
      "Keep printing, scanning and copying free or cheap for essential documents.",
      "Install keyboard layouts and input methods for common scripts, and show how to switch between them.",
      "Provide headphones, phone chargers and a place to use one’s own phone.",
      "Set up computers to clear browsing data and sign out automatically at the end of each session.",
      "Offer regular help sessions — see the guide on running digital-inclusion sessions.",
    ]),
    h2("Spaces"),
    ul([
      "A visible, friendly entrance with multilingual signage and a welcome point where people can ask a first question.",
      "Quiet places to study, and places where groups can talk and children can play.",
      "A room where partners can hold confidential consultations, with a door that closes.",
      "Opening hours that suit people who work shifts or attend courses during the day; consider what happens at weekends.",
      "Toilets, drinking water and baby-changing facilities that are easy to find.",
    ]),
    h2("Staff training"),
    p(
      "Everyone in the building meets the public: librarians, security staff, cleaners, volunteers. Training should include them all. Useful topics include:",
    ),
    ul([
      "Basic knowledge of the local situation: who arrives, which services exist, where to refer.",
      "Intercultural communication, plain language and working with interpreters.",
      "Recognising and responding to distress in a trauma-aware way.",
      "Data protection and the limits of the library’s role.",
      "Handling hostility or discriminatory remarks from other users.",
    ]),
    p(
      "Use the platform’s online courses, invite partners to give short briefings, and make time for staff to exchange experience. Staff who hear difficult stories need support too: agree who they can talk to, and make debriefing a normal part of the work.",
    ),
    h2("Self-assessment checklist"),
    ul([
      "Can a person without proof of address get a library card or use the computers?",
      "Is the registration form available in the main languages of newcomers, in plain language?",
      "Are fees and fines explained, and can they be waived?",
      "Do we have materials in the main languages of our community, for all ages, and can people find them?",
      "Can a newcomer print an official document and get help with an online form?",
      "Is there a room for confidential conversations?",
      "Has every staff member, including security and cleaning staff, had at least a short briefing?",
      "Does every desk have an up-to-date referral sheet?",
    ]),
    h2("Evaluation"),
    p(
      "Evaluate to learn, not to justify. Keep it light and respectful: people should never feel that using the library means being counted or observed.",
    ),
    table(
      ["What to look at", "How", "Watch out for"],
      [
        [
          "Use of services",
          "Attendance at activities, use of multilingual collections, guest computer sessions",
          "Do not record nationality or status to produce figures",
        ],
        [
          "Barriers removed",
          "Changes made after the self-assessment, and their effect on registrations",
          "Compare like with like: seasonal changes can mislead",
        ],
        [
          "Experience of users",
          "Short anonymous feedback in several languages, conversations, suggestions box",
          "People may be polite rather than critical; ask what could be better",
        ],
        ["Staff confidence", "A short staff survey before and after training", "Include part-time staff and volunteers"],
        ["Partnerships", "Referrals in both directions, joint activities", "Count referrals, not the people referred, unless agreed"],
      ],
    ),
  ),
};

const belongingEn = {
  title: "Building a sense of belonging",
  summary:
    "How to move from services for newcomers to activities with them: participation, co-creation, volunteering, intercultural events that bring people together, and how to avoid tokenism.",
  html: doc(
    p(
      "Access to services is necessary, but it is not enough. People feel they belong when they are recognised, when they have a role, when they can contribute and when they feel safe to be themselves. A library is well placed to offer this, because it is used by the whole community and asks nothing in return. This page is about moving from doing things for newcomers to doing them with newcomers — and with long-standing residents, because belonging is built between people.",
    ),
    h2("Levels of participation"),
    p(
      "Participation is not all or nothing. It helps to be clear about which level an activity offers, and to create paths from one level to the next.",
    ),
    table(
      ["Level", "What it looks like", "Example"],
      [
        ["Using", "People use the library’s services", "Borrowing books, using the computers"],
        ["Taking part", "People join activities organised by others", "Attending a conversation group or a story time"],
        ["Contributing", "People bring their skills and knowledge", "Reading a story in their language, helping at a digital session"],
        ["Co-creating", "People design activities together with staff", "Planning a festival programme, choosing books for the collection"],
        ["Co-deciding", "People share decisions about the library", "A seat on a user panel or advisory group"],
      ],
    ),
    h2("Co-creation with newcomers"),
    p(
      "Co-creation means involving people from the start — in identifying needs, designing activities and judging whether they work — not only inviting them once everything is decided.",
    ),
    ol([
      "Ask open questions: what would make you want to come here? What do you miss? What could you share with others?",
      "Form a small group of community members who meet staff regularly, for example every month, to discuss ideas.",
      "Give real choices with real resources: a budget for books, a room for an event, a say in opening times.",
      "Feed back what was done with people’s suggestions, including why some could not be taken up.",
      "Recognise contributions: thank people publicly if they wish, provide references and certificates, and pay for work that would be paid if others did it, such as interpreting or running a workshop.",
    ]),
    p(
      "Remove practical obstacles to participation: schedule meetings at times that suit working people and parents, provide childcare or a children’s activity at the same time, offer interpretation, and reimburse travel where you can.",
    ),
    h2("Volunteers"),
    p("Volunteering works in both directions, and both are valuable."),
    ul([
      `${b("Newcomers as volunteers")} gain experience, contacts, language practice and references for future jobs. Rules on volunteering can differ for people in the asylum procedure or with certain residence permits: check the current rules with your municipality or a specialised organisation before offering a role.`,
      `${b("Local residents as volunteers")} — conversation partners, homework helpers, digital buddies — create contacts that reach far beyond the library.`,
    ]),
    p("For every volunteer, provide:"),
    ul([
      "a clear role description, including what the volunteer should not do (for example, give legal advice);",
      "a short induction covering confidentiality, safeguarding and where to refer people;",
      "a named contact person on the staff and regular opportunities to talk about the work;",
      "recognition: thanks, a certificate, a reference, and an invitation to team events.",
    ]),
    warning(
      "Volunteers must not replace paid staff or professional services. Interpreting in sensitive situations, legal advice and psychological support need qualified people.",
    ),
    h2("Intercultural events that bring people together"),
    p(
      "Events work best when they give people a shared activity, not just something to look at. Formats that libraries in the partnership have found useful include:",
    ),
    ul([
      `${b("Conversation groups and language cafés")} where local residents and newcomers practise together.`,
      `${b("Bilingual story times")} for children and parents, read by staff and community members.`,
      `${b("Living library")} events, where people volunteer as “books” to be “borrowed” for a conversation — with careful preparation so that no one is pushed into telling more than they want.`,
      `${b("Book clubs in easy language,")} open to both learners and native speakers.`,
      `${b("Skills exchanges:")} cooking, sewing, repair, music, gardening, coding — where everyone can teach something.`,
      `${b("Walks and local history sessions")} that help newcomers know the place and help long-standing residents see it through new eyes.`,
      `${b("Exhibitions and collections co-curated")} with community members.`,
    ]),
    tip(
      "To reach long-standing residents, hold mixed activities within regular programmes rather than labelling them “for migrants”. An event advertised as a board-game evening or a repair café brings together people who would not come to an “integration event”.",
    ),
    h2("Avoiding tokenism"),
    p(
      "Tokenism is when people are included in a way that looks good but gives them no real role — invited to appear in a photo, to cook for a festival or to tell their story, while decisions are made elsewhere. It damages trust quickly.",
    ),
    table(
      ["Do", "Don’t"],
      [
        [
          "Involve people in planning, not only in performing",
          "Ask newcomers to provide food, music or dance for an event they did not help design",
        ],
        [
          "Let people decide what, if anything, they share about their past",
          "Ask people to tell their migration story in public, or present them as victims or heroes",
        ],
        [
          "Ask consent for every photo and every use of it, and accept a refusal",
          "Publish recognisable images of people whose safety or family may be at risk",
        ],
        ["Show the diversity within communities", "Treat one person as the spokesperson for a whole nationality or religion"],
        ["Keep commitments going after the event", "Run a single “diversity day” and consider the job done"],
        ["Pay or otherwise recognise people’s work fairly", "Rely on the same few community members for unpaid favours"],
      ],
    ),
    h2("When tensions arise"),
    p(
      "Bringing people together sometimes brings conflict: remarks from other users, disagreements between groups, political tensions from countries of origin. Prepare for this rather than hoping it will not happen.",
    ),
    ul([
      "Have house rules that apply to everyone, written in plain language and displayed in several languages.",
      "Agree as a team how to respond to discriminatory remarks: calmly, firmly, and in line with the house rules.",
      "Avoid assumptions about which groups get along; ask community contacts for advice when organising events.",
      "Support staff who face hostility, and record incidents so that management can act.",
    ]),
  ),
};

// ---------------------------------------------------------------------------------------------
// STRATEGY
// ---------------------------------------------------------------------------------------------

const strategyEn = {
  title: "Local strategy and action plan template",
  summary:
    "A ready-to-use template for writing your library’s local strategy and action plan with partners: context analysis, goals, target groups, actions, monitoring, risks and communication, with guidance notes.",
  html: doc(
    p(
      "This template turns the results of the integration methodology into a plan that your library, your municipality and your partners can agree on and follow. Copy it into your own document and replace the guidance and examples with your own content. The notes in boxes explain what each section is for; delete them in your final version.",
    ),
    note(
      "Keep the plan short enough to be read: eight to twelve pages is usually enough for a local plan. A one-year action plan within a three-year strategy works well — the strategy sets the direction, the action plan is revised every year.",
    ),
    h2("1. Basic information"),
    table(
      ["Item", "Your entry"],
      [
        ["Library or organisation", ""],
        ["Municipality and area covered", ""],
        ["Period covered by the strategy", "For example three years"],
        ["Period covered by the action plan", "For example twelve months"],
        ["Working group (names and organisations)", ""],
        ["Approved by, and date", ""],
        ["Version and date of next review", ""],
      ],
    ),
    h2("2. Context analysis"),
    p("Describe the situation in your area in one or two pages. Answer these questions:"),
    ul([
      "Who are the newcomers in our area? Which languages do they speak, what are the main age groups, are there many families, students, workers, people in reception centres?",
      "What do they say they need? Summarise what you heard from newcomers and partners, not only what you assume.",
      "What already exists? Summarise your mapping: main services, partners and gaps.",
      "What does the library already offer, and what are its limits (staff, space, budget, opening hours)?",
      "Which local, regional or national policies and plans are relevant, and where does the library fit in them?",
    ]),
    note(
      "Use aggregated sources only — municipal or national statistics, partners’ knowledge, your mapping and conversations. Never include information that could identify individuals. If figures are not available, say so and describe the situation qualitatively; do not guess.",
    ),
    p("Summarise the analysis in a simple table:"),
    table(
      ["Strengths (inside the library)", "Weaknesses (inside the library)"],
      [
        [
          "For example: central location, long opening hours, staff motivation",
          "For example: no collections in the main languages, no budget for interpreters",
        ],
        [b("Opportunities (outside the library)"), b("Threats (outside the library)")],
        [
          "For example: new municipal integration plan, active volunteer association",
          "For example: short-term funding, negative local media coverage",
        ],
      ],
    ),
    h2("3. Vision and goals"),
    p(
      "Write a vision in one or two sentences: what will be different for newcomers and for the community in three years? Then set three to five goals for the period. Each goal should be specific, achievable with your resources and possible to check.",
    ),
    quote(
      "Example vision: “The library is known by newcomers and long-standing residents as a place where everyone is welcome, where people can find information in their language and meet each other.”",
    ),
    ul([
      "Example goal: newcomers can register and use the computers on their first visit, whatever their documents.",
      "Example goal: the library runs at least two regular activities co-designed with newcomers.",
      "Example goal: every staff member has completed basic training in intercultural communication.",
    ]),
    h2("4. Target groups"),
    table(
      ["Group", "Needs, as they describe them", "How we will reach them"],
      [
        [
          "For example: parents of young children recently arrived",
          "Activities for children, information on schools, meeting other parents",
          "Through schools, early childhood services and community associations",
        ],
        [
          "For example: adults learning the local language while working",
          "Practice outside working hours, materials for self-study",
          "Through employers, language schools, evening activities",
        ],
        [
          "For example: long-standing residents and library staff",
          "Information, occasions to meet newcomers, confidence",
          "Regular library programmes, staff meetings",
        ],
      ],
    ),
    note(
      "Define groups by situation and need rather than by nationality or legal status alone. Include the receiving community: integration runs both ways.",
    ),
    h2("5. Actions"),
    p("List the actions for the action-plan period. Each action should serve at least one goal."),
    table(
      ["Action", "Lead", "Partners", "Resources", "Timeline", "Indicator"],
      [
        [
          "Review registration rules and introduce a basic card without proof of address",
          "Library manager",
          "Municipal legal service, social services",
          "Staff time; translation of the form into four languages",
          "Months 1–3",
          "New rules adopted; form available in four languages",
        ],
        [
          "Weekly conversation group with a volunteer association",
          "Adult services librarian",
          "Volunteer association, language school",
          "Room, two volunteers, learning materials",
          "From month 2, ongoing",
          "Sessions held; average attendance; participants’ feedback",
        ],
        [
          "Training for all front-line staff",
          "Training coordinator",
          "Integration office, E-PANEMA online courses",
          "Four hours per staff member",
          "Months 2–6",
          "Share of staff who completed the course",
        ],
        ["Your action", "", "", "", "", ""],
      ],
    ),
    note(
      "Name a lead person or role for each action, not only an organisation: actions without an owner tend not to happen. Be realistic about resources, including staff time, which is the most often forgotten.",
    ),
    h2("6. Monitoring and evaluation"),
    p("Describe how you will know whether the plan is working."),
    ul([
      `${b("Output indicators")} show what was done: number of sessions, items acquired, staff trained.`,
      `${b("Outcome indicators")} show what changed: participants’ confidence, new partnerships, people referred and helped, newcomers taking on roles.`,
      `${b("Sources")}: attendance counts, short feedback forms (see the Session feedback form in Tools), conversations, partners’ observations, staff reflections.`,
      `${b("Rhythm")}: a short progress check every three months in the working group; a review with partners and newcomers every year; a full evaluation at the end of the strategy period.`,
    ]),
    warning(
      "Monitoring must respect privacy. Count attendance rather than recording names; collect feedback anonymously; never ask for residence status in evaluation forms.",
    ),
    h2("7. Risks"),
    table(
      ["Risk", "Likelihood", "Impact", "How we reduce it"],
      [
        ["Project funding ends", "Medium", "High", "Build key activities into the regular budget and job descriptions from the start"],
        [
          "A key staff member or volunteer leaves",
          "Medium",
          "High",
          "Share responsibilities between at least two people; document how activities work",
        ],
        ["Low participation", "Medium", "Medium", "Co-design with newcomers; adjust times and places; work with trusted intermediaries"],
        [
          "Tensions with other users or negative media coverage",
          "Low",
          "High",
          "House rules, staff preparation, communication agreed with the municipality",
        ],
        [
          "Personal data shared inappropriately",
          "Low",
          "High",
          "Data protection briefing for staff and volunteers; written rules for partners",
        ],
        ["A partner withdraws", "Medium", "Medium", "Written agreements; more than one partner for essential activities"],
      ],
    ),
    h2("8. Communication"),
    table(
      ["Audience", "What they need to know", "Channels"],
      [
        ["Library staff and volunteers", "The plan, their role, what changes for them", "Team meetings, intranet, training"],
        ["Partners", "Progress, referrals, upcoming activities", "Regular meetings, shared calendar, newsletter"],
        [
          "Newcomers",
          "What the library offers and that they are welcome",
          "Community associations, word of mouth, partners, multilingual leaflets, messaging groups run by community members",
        ],
        ["Long-standing residents", "What happens in the library and how to take part", "Library programme, local media, social media"],
        ["Decision-makers and funders", "Results and needs", "Annual report, site visits, case studies on E-PANEMA"],
      ],
    ),
    tip(
      "Publish what you learn. Sharing a case study in the Good practice section and your initiatives on the map makes your work visible to other libraries and to funders, and takes little extra effort if you plan it from the start.",
    ),
    h2("9. Approval and review"),
    p(
      "Record who approved the plan and when it will be reviewed. Attach the mapping, partnership agreements and the latest evaluation as annexes. At each review, update the context analysis, mark completed actions, and agree the actions for the next period.",
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// GUIDES
// ---------------------------------------------------------------------------------------------

const welcomingEn = {
  title: "Welcoming at the desk across languages",
  summary:
    "Practical techniques for the first contact at the library desk when you and the visitor do not share a language: attitude, finding a common language, using tools, short scripts and when to call an interpreter.",
  html: doc(
    p(
      "The first minute at the desk often decides whether a person comes back. Someone who does not speak the local language may have gathered courage to come in, may expect to be turned away, and may have had difficult experiences at other counters. You do not need to speak their language to make them feel welcome. You need a calm attitude, a few techniques and some simple tools at hand.",
    ),
    h2("The first seconds"),
    ul([
      "Look up, make eye contact if the person seems comfortable with it, and smile.",
      "Greet first, in a normal voice. A greeting in the person’s language, if you know it, is a kind gesture — but do not guess their language from their appearance.",
      "Give the person time. Do not fill silences with more words.",
      "Use open body language: face the person, do not keep typing while they speak.",
    ]),
    h2("Finding a shared language"),
    ol([
      "Ask simply: “Which language do you speak?” or show the language card (see below).",
      "Many people speak several languages. Try the ones you and your colleagues know: English, French, Russian, Arabic, Spanish and others may be shared second languages.",
      "If no language is shared, say so calmly and switch to the tools below. Do not raise your voice: being louder does not make a language easier to understand.",
    ]),
    h2("Tools to keep at the desk"),
    ul([
      `${b("A language identification card:")} a sheet with “I speak…” written in many languages and scripts, so that people can point to theirs.`,
      `${b("The welcome phrases card")} (see Tools) with the questions staff ask most often, translated and checked by native speakers.`,
      `${b("Pictograms and photos")} of library services: the card, books, computers, printer, toilets, children’s area.`,
      `${b("Paper and pen")} to write down numbers, dates, times, names and addresses. Written information is easier to understand and to take home.`,
      `${b("A calendar and a clock face")} to show dates and opening times.`,
      `${b("Machine translation")} on a library device for short, everyday exchanges.`,
      `${b("The referral sheet")} with partners’ contacts, in plain language.`,
    ]),
    warning(
      "Machine translation is useful for simple, everyday questions. Do not rely on it for anything important — rules, rights, money, health, legal matters — or for personal information: it can be wrong without either of you noticing, and some services store what is typed. Use a library device and a service approved by your organisation, not your private phone.",
    ),
    h2("Short scripts"),
    p("Keep your sentences short and use the same words every time. Some examples:"),
    table(
      ["Situation", "What you can say"],
      [
        ["Greeting", "“Hello. Welcome to the library. How can I help you?”"],
        ["Finding a language", "“Which language do you speak?” — then show the language card."],
        ["Checking understanding", "“Is that clear?” is hard to answer. Better: “Can you show me where you will go?”"],
        ["Explaining the card", "“The library card is free. You can borrow five books for three weeks.”"],
        ["When you do not understand", "“Sorry, I do not understand. Can you show me, or write it?”"],
        ["When you need a colleague", "“One moment, please. I will ask my colleague.”"],
        ["When the library cannot help", "“We cannot do this here. This organisation can help. Here is the address.”"],
        ["Closing", "“You are welcome to come back any time.”"],
      ],
    ),
    h2("Do and don’t"),
    table(
      ["Do", "Don’t"],
      [
        ["Speak slowly and clearly, with pauses", "Speak loudly or in “broken” language"],
        ["Use one idea per sentence", "Use idioms, jokes or abbreviations"],
        ["Show, point and write down", "Rely on speech alone"],
        ["Check understanding by asking the person to show or repeat", "Take a nod or a “yes” as understanding"],
        ["Address the person, even when an interpreter or family member is present", "Talk about the person to their companion"],
        ["Say clearly what the library can and cannot do", "Promise help that the library cannot give"],
        ["Ask only the questions you need", "Ask where someone comes from out of curiosity"],
      ],
    ),
    h2("When to call an interpreter"),
    p(
      "Gestures and tools are enough for borrowing a book or finding the toilets. They are not enough when the conversation involves rights, money, health, a complaint, a conflict or a person in distress. In those cases, use a professional interpreter (in person, by phone or video) or ask a partner with interpreters for help. See the guide on working with interpreters and cultural mediators.",
    ),
    warning(
      "Do not ask children to interpret for their parents, except for the simplest practical questions. It puts them in an adult role and can expose them to information they should not have to carry.",
    ),
    h2("Checklist for the desk"),
    ul([
      "Language identification card within reach",
      "Welcome phrases card, translated and checked",
      "Pictograms of the main services",
      "Paper, pen, calendar",
      "Registration information sheet in the main languages",
      "Up-to-date referral sheet",
      "Phone number for an interpreting service, and the procedure to book one",
      "Name of the colleague who speaks other languages, and when they work",
    ]),
  ),
};

const plainLanguageEn = {
  title: "Plain language for library staff",
  summary:
    "How to write and speak so that people with limited knowledge of the local language can understand: principles, before-and-after examples, formats and how to check understanding.",
  html: doc(
    p(
      "Plain language means communicating so that the people you are addressing can find what they need, understand it and use it — the first time they read or hear it. It helps everyone: newcomers learning the language, people with reading difficulties, older people, busy people. It is not baby talk and it is not about dropping important information. It is about removing what gets in the way.",
    ),
    h2("Principles"),
    ol([
      `${b("Know your reader.")} Who will read this, and what do they need to do afterwards?`,
      `${b("Most important first.")} Start with what the person must know or do.`,
      `${b("Short sentences.")} Aim for one idea per sentence, and about 15 words on average.`,
      `${b("Common words.")} Use the words people use in daily life. If a technical word is necessary, explain it the first time.`,
      `${b("Active voice.")} “You can borrow five books” is clearer than “Five items may be borrowed”.`,
      `${b("Speak to the reader.")} Use “you” and “we”.`,
      `${b("Be concrete.")} Give numbers, dates, times, places and examples.`,
      `${b("Be consistent.")} Use the same word for the same thing every time — do not switch between “card”, “membership” and “subscription”.`,
    ]),
    h2("Before and after"),
    table(
      ["Instead of", "Write"],
      [
        [
          "Registration is subject to the presentation of valid proof of identity and residence.",
          "To get a library card, please bring an identity document. If you do not have an address, ask us: we can still help.",
        ],
        [
          "Items not returned by the due date will incur late fees.",
          "Please bring the books back by the date on your receipt. If you are late, you pay 10 cents a day.",
        ],
        [
          "Users are requested to refrain from consuming food in the reading rooms.",
          "Please do not eat in the reading rooms. You can eat in the café on the ground floor.",
        ],
        [
          "The digital skills programme is available to all interested parties upon prior registration.",
          "Do you want to learn to use a computer? Come on Tuesdays at 14:00. Please tell us before you come.",
        ],
        ["Interlibrary loan", "We can get a book from another library for you."],
      ],
    ),
    note("The amounts and times in these examples are illustrations. Use your library’s own rules."),
    h2("Layout matters"),
    ul([
      "Use headings that say what follows: “How to renew your books”, not “Renewals”.",
      "Use lists for steps and for several items.",
      "Leave white space; avoid long blocks of text.",
      "Use a clear font at a readable size; avoid text in capitals, in italics or over images.",
      "Write dates and times unambiguously: “Tuesday 3 March, 14:00”, not “3/3, 2pm”.",
      "Add a pictogram or photo where it helps, but do not rely on images alone.",
    ]),
    h2("Speaking plainly"),
    ul([
      "Speak a little more slowly than usual, but keep a natural rhythm.",
      "Pause between sentences to give time to understand.",
      "Repeat key information with the same words, rather than rephrasing it.",
      "Avoid negative questions such as “You don’t have a card, do you?” — they are confusing in any language.",
      "Use numbers and write them down.",
      "Support speech with gestures, objects and pictures.",
    ]),
    h2("Checking understanding"),
    p(
      "Asking “Do you understand?” rarely works: people often say yes out of politeness or embarrassment. Ask the person to show or tell you what they will do — sometimes called “teach-back”:",
    ),
    quote("“To be sure I explained it well: when do you need to bring the books back?”"),
    p(
      "If the answer shows a misunderstanding, the explanation was not clear enough — explain again in a different way, without blaming the person.",
    ),
    h2("Translations"),
    p(
      "Write the plain-language version first, then translate it. A plain original is easier and cheaper to translate and gives better translations. Have every translation checked by a native speaker, ideally someone from the community who will read it, and date it so that you know when to review it.",
    ),
    h2("Testing your text"),
    ul([
      "Read it aloud. Where you stumble, the reader will too.",
      "Ask a colleague who does not know the subject to explain it back to you.",
      "Test it with two or three people from the intended audience, for example in a conversation group.",
      "Check: is the most important information first? Could any sentence be split? Is every technical word necessary?",
    ]),
    tip(
      "Start with the texts people meet most: the registration form, the card rules, the opening hours, the signs at the entrance and the description of your activities. Improving five documents makes more difference than a style guide nobody reads.",
    ),
  ),
};

const interpretersEn = {
  title: "Working with interpreters and cultural mediators",
  summary:
    "When to involve an interpreter or a cultural mediator, the difference between the two roles, how to prepare, conduct and close a conversation, and the pitfalls of informal interpreting.",
  html: doc(
    p(
      "For most everyday library questions, simple tools and plain language are enough. For conversations about rights, money, health, conflicts, complaints or anything sensitive, they are not. Then the library needs someone who can carry meaning accurately between two languages — and sometimes someone who can explain the cultural context as well.",
    ),
    h2("Interpreter or cultural mediator?"),
    table(
      ["", "Interpreter", "Cultural mediator"],
      [
        [
          "Main task",
          "Renders what each person says, completely and accurately, in the other language",
          "Helps both sides understand each other, including expectations, customs and how services work",
        ],
        ["Position", "Neutral; does not add, omit or advise", "Actively bridges; may explain, suggest and accompany"],
        [
          "Typical use",
          "Information meetings, registration of complex cases, complaints, partner consultations",
          "Outreach to communities, designing activities, resolving misunderstandings, welcome tours",
        ],
        [
          "Training",
          "Professional interpreting training and a code of ethics",
          "Varies; often community members with training in mediation",
        ],
      ],
    ),
    p(
      "Both are valuable; the important thing is to be clear which role you are asking someone to play. Titles and training for these professions differ between countries — ask your municipality or integration partners which services exist locally and how they are funded.",
    ),
    h2("Professional and informal interpreting"),
    p(
      "Libraries often rely on colleagues, volunteers or friends of the visitor who speak the language. This can work for simple matters, but it has limits: informal interpreters may not know the vocabulary, may summarise or add their own views, may know the person and their community, and are not bound by professional confidentiality.",
    ),
    ul([
      "Use professional interpreters for anything involving rights, money, health, legal matters, complaints, conflicts or a person in distress.",
      "Find out whether your municipality, a partner or a national service offers telephone or video interpreting, and how to book it.",
      "Never ask children to interpret for adults in such conversations.",
      "Be cautious with interpreters from the same small community as the person, especially on sensitive subjects; offer the person a choice where possible.",
      "Consider gender, dialect and political sensitivities: ask the person if they have a preference.",
    ]),
    h2("Before the conversation"),
    ol([
      "Check the language and, if possible, the dialect the person speaks.",
      "Brief the interpreter: the purpose, the topics, any technical words, how long it will take. Do not share personal details that are not needed.",
      "Plan the seating: in person, sit so that you and the visitor face each other, with the interpreter to the side.",
      "Allow extra time: an interpreted conversation takes about twice as long.",
      "For telephone interpreting, use a speakerphone in a quiet room and check the sound first.",
    ]),
    h2("During the conversation"),
    ul([
      "Introduce everyone and their roles. Explain that the interpreter will translate everything and keeps what is said confidential.",
      "Speak directly to the visitor, in the first person: “What can I help you with?”, not “Ask her what she needs”.",
      "Look at the visitor, not the interpreter.",
      "Speak in short sections of one or two sentences, then pause.",
      "Avoid jargon, idioms and jokes, which rarely translate well.",
      "If the interpreter and the visitor have a long exchange you cannot follow, ask politely what was said.",
      "Check understanding at the end with teach-back: ask the visitor to tell you what happens next.",
    ]),
    h2("After the conversation"),
    ul([
      "Give the visitor any key information in writing, ideally translated.",
      "Take a moment with the interpreter, especially after a difficult conversation: ask how it went and whether anything cultural should be taken into account.",
      "Record only what is necessary, without personal details that are not needed.",
    ]),
    h2("Working with cultural mediators"),
    p(
      "Cultural mediators are especially useful in outreach and in designing services. They can help you understand why a group does not use the library, advise on the timing and format of activities, accompany first visits and explain library rules in a way that makes sense. Involve them early, treat them as partners with expertise, and pay them for their work.",
    ),
    tip(
      "Keep a short, up-to-date list of interpreting options at every desk: the service to call, the booking procedure, who pays, and which languages colleagues and trusted volunteers can help with for simple matters.",
    ),
    h2("Checklist"),
    ul([
      "Is the subject sensitive enough to need a professional?",
      "Is the language and dialect confirmed?",
      "Has the interpreter been briefed?",
      "Does the visitor agree to the interpreter?",
      "Is there a quiet, private space?",
      "Is there enough time?",
      "Will the visitor leave with written information?",
    ]),
  ),
};

const signageEn = {
  title: "Multilingual signage",
  summary:
    "How to plan, design and maintain signs that help newcomers find their way and feel welcome: which signs, which languages, pictograms, layout, translation quality and accessibility.",
  html: doc(
    p(
      "Signs speak to people before any member of staff does. Multilingual signage helps people find their way without having to ask, and tells them that the library expects them. Done badly — with mistakes, outdated notices or a confusing mix of languages — it can have the opposite effect. This guide covers how to do it well.",
    ),
    h2("Start with a walk-through"),
    p(
      "Walk through the library with a newcomer or a cultural mediator, as if for the first time. Note where they hesitate, what they cannot find and which signs they do not understand. Then list what is needed.",
    ),
    table(
      ["Sign", "Priority", "Notes"],
      [
        ["Welcome sign at the entrance", "High", "“Welcome” in the main languages of your community; tells people they may come in"],
        ["Opening hours", "High", "Days and times in numbers, readable from outside"],
        ["Information or help desk", "High", "With a phrase such as “Ask us” in several languages"],
        ["Toilets, exits, lifts", "High", "Pictograms are usually enough"],
        ["Children’s area, computers, printers", "High", "Pictogram plus text"],
        ["Collections in other languages", "Medium", "Language names written in the language itself"],
        ["House rules", "Medium", "Short, plain, positive, in several languages"],
        ["Activities and events", "Medium", "Update regularly; remove outdated notices"],
      ],
    ),
    h2("Choosing languages"),
    ul([
      "Base your choice on your mapping and on what communities tell you, not on assumptions.",
      "Limit the number of languages on each sign — three or four is usually the maximum that stays readable. For more languages, use a separate multilingual welcome board or a printed sheet.",
      "Put the local language first and always include it: signs also help people learn it.",
      "Write language names in the language itself (for example, “Français”, “Українська”, “العربية”), so that people can recognise their own.",
      "Avoid flags to indicate languages: flags represent countries, many languages are spoken in several countries, and a flag can carry painful political meaning.",
      "Review the choice every year as your community changes.",
    ]),
    h2("Pictograms"),
    p(
      "Pictograms help everyone, including people who cannot read any of the languages shown. Use widely recognised public information symbols where they exist (the ISO 7001 series covers many of them), and use the same symbols throughout the building. Test less common pictograms with users: a symbol that is obvious to staff may mean nothing to others.",
    ),
    h2("Design and layout"),
    ul([
      "Use a clear, sans-serif font in a size that can be read from the expected distance.",
      "Ensure strong contrast between text and background.",
      "Keep the same order of languages on every sign, and distinguish them consistently, for example by weight or position rather than by colour alone.",
      "Make sure the font supports all the scripts you use, and that right-to-left scripts such as Arabic are laid out correctly — a common error is reversed or disconnected letters.",
      "Place signs at eye level, and at a height readable from a wheelchair; avoid glare.",
      "Keep wording short: a sign is not a leaflet.",
    ]),
    h2("Translation quality"),
    p(
      "Mistakes on a permanent sign undermine the message of welcome. Have each translation done or checked by a qualified translator or a native speaker, and then read by a member of the community it addresses. Machine translation can give a first draft, but never print it unchecked. Keep a file of all approved sign texts with their translations, so that new signs stay consistent.",
    ),
    warning(
      "Before printing, ask a native speaker to check the final proof — not only the text file. Errors often creep in during layout, especially in right-to-left scripts and scripts with special characters.",
    ),
    h2("Beyond the building"),
    ul([
      "Apply the same choices to the website, the catalogue’s welcome page and printed leaflets.",
      "Make sure that important notices — closures, changes in rules — are also available in the main languages, or at least in plain language with a pictogram.",
      "Consider a multilingual audio or video welcome, recorded by community members.",
    ]),
    h2("Maintenance checklist"),
    ul([
      "One person responsible for signage, with a list of all signs and their texts",
      "Outdated notices removed every month",
      "Languages reviewed every year",
      "New signs checked against the approved texts",
      "Feedback from newcomers collected during walk-throughs",
    ]),
  ),
};

const digitalEn = {
  title: "Running digital-inclusion sessions",
  summary:
    "How to plan and run sessions that help newcomers use digital tools and public online services safely: formats, preparation, a sample session plan, privacy rules and the boundaries of staff help.",
  html: doc(
    p(
      "Newcomers often have to use online services from their first days: booking appointments, applying for benefits or school places, looking for work, communicating with teachers and landlords. Some are confident smartphone users who have never used a computer; some have not used either; almost all face websites in a language they do not yet read well. Digital-inclusion sessions at the library can make a great difference — provided they are well organised and respect people’s privacy.",
    ),
    h2("Choosing a format"),
    table(
      ["Format", "Good for", "Points to watch"],
      [
        [
          "Drop-in help",
          "Urgent, individual tasks such as an online form or an appointment",
          "Queues; pressure to “just do it” for the person; needs clear limits",
        ],
        [
          "Short thematic workshop",
          "A specific skill: email, video calls, school platforms, job sites",
          "Announce the level and language clearly",
        ],
        [
          "Course of several sessions",
          "Building basic skills step by step",
          "Regular attendance can be hard for people with unstable lives; allow joining later",
        ],
        ["One-to-one buddy", "People with very low confidence or specific needs", "Volunteers need training and supervision"],
      ],
    ),
    h2("Preparing"),
    ul([
      "Ask participants or partners what people actually need. Often it is very practical: an email account, the school’s app, the public transport app, a CV.",
      "Plan for people’s own smartphones as well as library computers: that is what most will use at home.",
      "Keep groups small: six to eight people for one trainer, fewer if languages are mixed.",
      "Arrange language support: a volunteer or mediator who speaks the main language of the group, or a group formed by language.",
      "Prepare step-by-step handouts with screenshots and plain language, and leave space for notes in the person’s own language.",
      "Check the equipment: working computers, charged devices, Wi-Fi access for guests, headphones, keyboard layouts.",
    ]),
    h2("A sample session plan (90 minutes)"),
    table(
      ["Time", "Activity"],
      [
        ["10 min", "Welcome, names, what people want to learn today; explain privacy rules"],
        ["15 min", "Demonstration of the task, slowly, with the screen visible to all"],
        ["40 min", "Practice in pairs or individually, on training examples or the person’s own device, with help going round"],
        ["10 min", "Safety point: one topic, for example recognising a scam message"],
        ["10 min", "Questions; what to practise at home; where to get help"],
        ["5 min", "Short feedback (see the Session feedback form in Tools)"],
      ],
    ),
    h2("Privacy and safety rules"),
    warning(
      "Never write down, store or keep anyone’s passwords, codes or identification details. Do not log in to someone’s account on their behalf using their credentials. Always make sure the person signs out and that browsing data is cleared on library computers at the end of the session.",
    ),
    ul([
      "Teach people to create and keep their own passwords, and to use a password they can remember.",
      "Explain two-step verification, and what to do if they lose their phone.",
      "Use training accounts or example data for practice where possible, not real personal data.",
      "Position screens so that others cannot read personal information.",
      "Explain how to recognise scams, fake official messages and fraudulent job offers — newcomers are often targeted.",
      "Point out that information on official websites is more reliable than what circulates in social media groups.",
    ]),
    h2("Helping, not doing"),
    p(
      "The aim is for people to be able to do things themselves. In drop-in sessions, the pressure to complete an urgent form for someone is strong. Agree as a team where the limits are:",
    ),
    table(
      ["Staff can", "Staff should not"],
      [
        ["Show where to find the right form or website", "Fill in an official form with content they decide for the person"],
        ["Explain what a field or a word means", "Advise on what to answer in legal, immigration or benefits matters"],
        ["Guide the person’s hand on the mouse, or point on the screen", "Take over the keyboard and do the task while the person watches"],
        ["Help the person book an appointment with an advice service", "Submit an application on the person’s behalf"],
      ],
    ),
    p(
      "When a question goes beyond digital skills — a legal decision, a benefit claim, a disputed bill — refer the person to the right service using your referral sheet.",
    ),
    h2("Topics that are often requested"),
    ul([
      "Creating and using an email account",
      "Using the smartphone: settings, language, apps, storage",
      "Video calls with family and for appointments",
      "Public digital identity and official portals (explain what exists locally; the person completes the steps)",
      "School communication platforms",
      "Job search, writing a CV, online applications",
      "Online banking safety and recognising fraud",
      "Language-learning apps and the library’s own e-resources",
      "Translation tools: what they are good for and where they fail",
    ]),
    tip(
      "Involve former participants as helpers. Someone who learned a skill a few months ago, and who speaks the same language, is often the best person to explain it — and the role builds their own confidence.",
    ),
  ),
};

const traumaEn = {
  title: "Trauma-aware and respectful communication",
  summary:
    "What trauma-aware communication means for library staff, how it shows in everyday contact, what to do when someone is distressed or discloses something difficult, and how staff can look after themselves.",
  html: doc(
    p(
      "Many people who have fled war, persecution or violence — and many who migrated for other reasons — have lived through events that still affect them. Uncertainty about residence, separation from family and repeated contact with administrations can add to this stress. Library staff are not therapists and should not try to be. But the way staff communicate can either add to people’s stress or help them feel safe. Trauma-aware communication simply means working in a way that does the latter.",
    ),
    h2("What staff may notice"),
    p("Stress and trauma can show in ways that are easy to misread as rudeness, lack of interest or lack of ability:"),
    ul([
      "difficulty concentrating, remembering information or following several instructions;",
      "tiredness, for example after sleepless nights;",
      "strong reactions to noise, crowds, uniforms, queues or raised voices;",
      "distrust of anything that looks official, including forms and questions about identity;",
      "withdrawal, or, on the contrary, irritation and anger that seem out of proportion;",
      "sudden distress when a subject, image or sound brings back memories.",
    ]),
    p("None of this is a diagnosis, and you do not need to know anyone’s history to respond well."),
    h2("Principles"),
    table(
      ["Principle", "In practice at the library"],
      [
        ["Safety", "A calm, predictable environment; quiet corners; staff who stay calm and explain what is happening"],
        [
          "Trust and transparency",
          "Explain why you ask a question and what will happen with the answer; keep your promises, including small ones",
        ],
        ["Choice", "Offer options wherever possible: where to sit, whether to join an activity, whether to share information"],
        ["Collaboration", "Do things with the person, not to them; ask what would help"],
        ["Empowerment", "Recognise people’s skills and strengths; avoid treating them as helpless"],
        ["Respect for culture and identity", "Do not assume how people express or cope with distress; ask, listen and adapt"],
      ],
    ),
    h2("In everyday contact"),
    ul([
      "Introduce yourself and your role.",
      "Explain what you are going to do before you do it, especially if it involves documents, photos or personal data.",
      "Ask only the questions you need, and say why you need them.",
      "Give information in small pieces, in writing as well as orally, so that people can come back to it.",
      "Be patient if people forget: repeat without showing irritation.",
      "Respect personal space, and avoid touching people without invitation.",
      "Be predictable: if an activity changes or is cancelled, let people know in advance if you can.",
    ]),
    h2("What not to ask"),
    p(
      "Do not ask people about their journey, why they left, what happened to their family or how they entered the country. These questions are not needed for library services, can bring back painful memories, and can resemble interrogations people have already been through. If people want to tell their story, they will — listen, without probing for details.",
    ),
    quote(
      "Instead of “Where are you from? Why did you come here?”, try “Which languages do you read?” or “What would you like to find here?”",
    ),
    h2("When someone is distressed"),
    ol([
      "Stay calm. Lower your voice and slow down.",
      "Offer a quieter place to sit, a glass of water and time. Ask if there is someone they would like you to call.",
      "Do not press for an explanation. Short, reassuring sentences are enough: “You are safe here. Take your time.”",
      "Ask what would help, and respect the answer.",
      "If the person wishes, give them the contacts of a support service, in writing and in their language if possible.",
      "If there is an immediate risk to the person or others, call the emergency services and follow your library’s procedures.",
      "Afterwards, tell your manager, and talk it over with a colleague.",
    ]),
    h2("When someone tells you something difficult"),
    p(
      "Sometimes people confide experiences of violence, exploitation or danger. Listen, thank them for their trust, and do not promise confidentiality you may not be able to keep: if a child or an adult at risk may be in danger, you may have to involve others according to your organisation’s safeguarding procedure. Explain this gently. Offer a referral to a specialised service rather than trying to handle the situation yourself.",
    ),
    warning(
      "Every library should have a clear safeguarding procedure, known to all staff and volunteers: who to inform, how to record a concern, and which local services to contact. If yours does not, ask your management and your municipality’s social services to help you set one up.",
    ),
    h2("Useful phrases"),
    ul([
      "“You do not have to answer if you do not want to.”",
      "“I am asking because… This information stays in the library.”",
      "“Would you like to sit somewhere quieter?”",
      "“Take your time. I am here.”",
      "“I cannot help with this myself, but I know people who can. Shall I give you their contact?”",
      "“You are welcome to come back whenever you like.”",
    ]),
    h2("Looking after yourself and your team"),
    p(
      "Hearing difficult stories, week after week, affects people. This is normal and is not a sign of weakness. Managers should make sure staff can talk about difficult encounters, with a colleague or in a team debriefing; that they know where to find professional support if they need it; and that the workload of the most involved staff is watched. Know the limits of your role: referring someone to a specialist is not a failure, it is good practice.",
    ),
    p(
      `UNHCR publishes practical guidance on mental health and psychosocial support for refugees; see <a href="https://www.unhcr.org">unhcr.org</a>. For local support services, ask your municipality’s social services or your integration partners.`,
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// TOOLS
// ---------------------------------------------------------------------------------------------

const phrasesEn = {
  title: "Welcome phrases card",
  summary:
    "A desk card with the phrases staff use most often, in English, with space to add the local language and the main languages of your community. Print it, fill it in with native speakers and keep it at every desk.",
  html: doc(
    p(
      "How to use this card: copy the table into a document, replace the English column with your local language if needed, and add columns for the two or three languages most spoken by newcomers in your library. Ask native speakers — ideally community members or professional translators — to write and check each phrase, including the script and the transliteration if useful. Laminate it and keep a copy at every desk. Staff can point to a phrase, or read it aloud.",
    ),
    table(
      ["English", "Local language", "Language 2", "Language 3"],
      [
        ["Hello, welcome to the library.", "", "", ""],
        ["Which language do you speak?", "", "", ""],
        ["How can I help you?", "", "", ""],
        ["Please wait a moment.", "", "", ""],
        ["I will ask my colleague.", "", "", ""],
        ["The library is free and open to everyone.", "", "", ""],
        ["Would you like a library card?", "", "", ""],
        ["Do you have an identity document?", "", "", ""],
        ["You can borrow books for three weeks.", "", "", ""],
        ["The computers are over there.", "", "", ""],
        ["Do you need help with the computer?", "", "", ""],
        ["Printing costs … per page.", "", "", ""],
        ["The Wi-Fi password is here.", "", "", ""],
        ["The toilets are there.", "", "", ""],
        ["Books for children are there.", "", "", ""],
        ["Books in your language are there.", "", "", ""],
        ["There is a language café on … at …", "", "", ""],
        ["Please write it down.", "", "", ""],
        ["Please show me.", "", "", ""],
        ["Sorry, I do not understand.", "", "", ""],
        ["We cannot do this here, but this organisation can help.", "", "", ""],
        ["Here is the address and the opening hours.", "", "", ""],
        ["Shall I call an interpreter?", "", "", ""],
        ["The library closes in 15 minutes.", "", "", ""],
        ["Thank you. You are welcome to come back any time.", "", "", ""],
      ],
    ),
    tip("Add a line with the library’s opening hours and address, and a few pictograms, so that visitors can take a copy home."),
    note(
      "Keep the card short. If a conversation goes beyond these phrases and concerns rights, money, health or a complaint, use an interpreter — see the guide on working with interpreters and cultural mediators.",
    ),
  ),
};

const feedbackEn = {
  title: "Session feedback form",
  summary:
    "A short, anonymous feedback form for participants in library activities such as conversation groups or digital-inclusion sessions, with advice on translating it and collecting answers respectfully.",
  html: doc(
    p(
      "Use this form at the end of an activity to learn what works and what to change. Keep it anonymous and optional, and make it easy: translate it into the main languages of the group, read the questions aloud if needed, and offer to collect answers in conversation instead of in writing. For people who are not confident writing, replace the answer scales with faces or symbols.",
    ),
    h2("Before you hand it out"),
    ul([
      "Explain why you are asking: to improve the activity.",
      "Say that the form is anonymous and that answering is optional.",
      "Do not ask for names, nationality, residence status or contact details.",
      "Leave the room or turn away while people fill it in, and collect forms in a box or envelope.",
    ]),
    hr(),
    h2("The form"),
    p(`${b("Activity:")} ……………… ${b("Date:")} ………………`),
    h3("1. How did you like today’s session?"),
    p("Very good — Good — OK — Not good"),
    h3("2. Was it easy to understand?"),
    p("Yes — Mostly — Partly — No"),
    h3("3. Did you learn something you can use?"),
    p("Yes — A little — No"),
    h3("4. What was most useful for you today?"),
    p("……………………………………………"),
    h3("5. What should we change or add?"),
    p("……………………………………………"),
    h3("6. Was the time and day good for you?"),
    p("Yes — No, a better time would be: ………………"),
    h3("7. Which language would help you most in this activity?"),
    p("……………………………………………"),
    h3("8. Would you come again, or tell a friend about it?"),
    p("Yes — Maybe — No"),
    h3("9. Would you like to help with this activity in future (for example, by sharing a skill or helping others)?"),
    p("Yes — Maybe — No. If yes, please tell a member of staff."),
    hr(),
    h2("After the session"),
    ul([
      "Read the answers with the team and the co-organisers within a week.",
      "Note one or two changes you will make, and tell participants next time what changed because of their feedback.",
      "Keep a simple record of the answers for your action plan’s monitoring, then dispose of the paper forms.",
    ]),
    tip(
      "An anonymous box with pictures — a smiling, neutral and unhappy face — by the door is a useful quick alternative for children and for sessions where written forms are not appropriate.",
    ),
  ),
};

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

export const KNOWLEDGE_PAGES: SeedPage[] = [
  {
    slug: "integration-methodology",
    section: "METHODOLOGY",
    position: 1,
    translations: { en: methodologyEn, fr: methodologyFr, lv: methodologyLv },
  },
  {
    slug: "mapping-local-initiatives",
    section: "METHODOLOGY",
    parentSlug: "integration-methodology",
    position: 1,
    translations: { en: mappingEn },
  },
  {
    slug: "partnership-with-municipality-and-integration-bodies",
    section: "METHODOLOGY",
    parentSlug: "integration-methodology",
    position: 2,
    translations: { en: partnershipEn },
  },
  {
    slug: "adapting-library-services",
    section: "METHODOLOGY",
    parentSlug: "integration-methodology",
    position: 3,
    translations: { en: adaptingEn },
  },
  {
    slug: "building-a-sense-of-belonging",
    section: "METHODOLOGY",
    parentSlug: "integration-methodology",
    position: 4,
    translations: { en: belongingEn },
  },
  {
    slug: "local-strategy-and-action-plan-template",
    section: "STRATEGY",
    position: 1,
    translations: { en: strategyEn },
  },
  {
    slug: "welcoming-at-the-desk-across-languages",
    section: "GUIDES",
    position: 1,
    translations: { en: welcomingEn },
  },
  {
    slug: "plain-language-for-library-staff",
    section: "GUIDES",
    position: 2,
    translations: { en: plainLanguageEn },
  },
  {
    slug: "working-with-interpreters-and-cultural-mediators",
    section: "GUIDES",
    position: 3,
    translations: { en: interpretersEn },
  },
  {
    slug: "multilingual-signage",
    section: "GUIDES",
    position: 4,
    translations: { en: signageEn },
  },
  {
    slug: "running-digital-inclusion-sessions",
    section: "GUIDES",
    position: 5,
    translations: { en: digitalEn },
  },
  {
    slug: "trauma-aware-and-respectful-communication",
    section: "GUIDES",
    position: 6,
    translations: { en: traumaEn },
  },
  {
    slug: "welcome-phrases-card",
    section: "TOOLS",
    position: 1,
    translations: { en: phrasesEn },
  },
  {
    slug: "session-feedback-form",
    section: "TOOLS",
    position: 2,
    translations: { en: feedbackEn },
  },
];
