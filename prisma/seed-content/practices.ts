// Example case studies for the good-practice area: realistic activities that libraries in the
// partnership's six countries run with newcomers. They are labelled as examples on every page
// (isExample) — they illustrate what a case study looks like; they are not reports of real projects.
// English is the source language; two are also translated into Latvian and French.
// Story HTML uses h2, p, ul/ol/li, strong, em and blockquote only (see prisma/seed-content/knowledge.ts).

import type { ReviewField } from "../../lib/practices/schemas";

export type SeedPracticeTexts = {
  title: string;
  summary: string;
  story: string;
  resources: string[];
  steps: string[];
  results: string;
  lessons: string;
};

export type SeedPractice = {
  slug: string;
  organisationSlug: string;
  country: string;
  city: string;
  libraryName: string;
  themes: string[];
  targetGroups: string[];
  languagesUsed: string[];
  periodStart: string;
  periodEnd?: string;
  partnersInvolved: string;
  contactName: string;
  contactEmail: string;
  en: SeedPracticeTexts;
  lv?: SeedPracticeTexts;
  fr?: SeedPracticeTexts;
};

const h2 = (text: string) => `<h2>${text}</h2>`;
const p = (text: string) => `<p>${text}</p>`;
const ul = (items: string[]) => `<ul>${items.map((i) => `<li><p>${i}</p></li>`).join("")}</ul>`;
const quote = (text: string) => `<blockquote><p>${text}</p></blockquote>`;
const doc = (...blocks: string[]) => blocks.join("");

export const SEED_PRACTICES: SeedPractice[] = [
  {
    slug: "latvian-conversation-cafe",
    organisationSlug: "kisc",
    country: "LV",
    city: "Rīga",
    libraryName: "Neighbourhood branch library",
    themes: ["language-learning", "culture-leisure"],
    targetGroups: ["refugees", "migrant-workers", "host-community"],
    languagesUsed: ["lv", "en", "uk", "ru"],
    periodStart: "2022-10",
    partnersInvolved: "KISC; volunteer hosts from the neighbourhood; a local language school that lends teaching materials",
    contactName: "Līga Ozola",
    contactEmail: "conversation-cafe@example.org",
    en: {
      title: "Latvian conversation café",
      summary:
        "Every Thursday evening the reading room becomes a café where newcomers practise everyday Latvian with volunteer hosts over tea, in small tables by level.",
      story: doc(
        h2("Why we started"),
        p(
          "After the arrival of many Ukrainian families in 2022, people told us the same thing again and again: they were taking Latvian classes, but had nowhere to speak it without fear of mistakes. Classes teach grammar; a café gives courage.",
        ),
        h2("How an evening works"),
        p(
          "Tables of four to six people, each with one volunteer host. Hosts prepare a topic card — the market, the doctor, the weather, school meetings — with ten useful phrases. For the first twenty minutes everyone speaks slowly and the host writes new words on a sheet that people take home. Then the talk goes wherever it goes.",
        ),
        ul([
          "Beginners' table: pictures and gestures welcome, Latvian only from the host.",
          "Intermediate tables: a topic card and a short text from a newspaper.",
          "Advanced table: residents who just want company and a chat.",
        ]),
        quote("“I came for the language and stayed for the people. Now I host a table myself.” — a participant, now a volunteer"),
        p("Long-standing residents come too: for many older people it is the nicest evening of the week."),
      ),
      resources: [
        "A room for 20–30 people, available one evening a week",
        "4–6 volunteer hosts who are patient native speakers",
        "Tea, coffee and biscuits (about 15 EUR per evening)",
        "Printed topic cards and word sheets",
        "A simple sign-up list and a poster in three languages",
      ],
      steps: [
        "Recruit volunteer hosts through the library's readers and a local newspaper notice",
        "Hold a one-hour briefing for hosts: speak slowly, correct gently, protect privacy",
        "Prepare eight topic cards with ten phrases each",
        "Announce the café in Latvian, Ukrainian and English at the library, the school and the social service",
        "Run the first evenings with a coordinator at the door to welcome and seat people by level",
        "Ask for feedback every month and rotate topics",
      ],
      results:
        "After six months 42 people came regularly, 28 of them newcomers. Eleven participants passed their state language exam and four former participants became hosts. Library card registrations by newcomers doubled.",
      lessons:
        "Keep the same day and time every week: people plan around it. Small tables work better than one big circle. Hosts need a short briefing and a thank-you; a card at the end of the year made a difference. Avoid turning it into a lesson.",
    },
    lv: {
      title: "Latviešu valodas sarunu kafejnīca",
      summary:
        "Katru ceturtdienas vakaru lasītava kļūst par kafejnīcu, kur jaunpienācēji pie tējas krūzes praktizē ikdienas latviešu valodu kopā ar brīvprātīgajiem galdu vadītājiem, nelielās grupās pēc valodas līmeņa.",
      story: doc(
        h2("Kāpēc sākām"),
        p(
          "Kad 2022. gadā ieradās daudzas ukraiņu ģimenes, cilvēki mums atkal un atkal teica vienu un to pašu: viņi apmeklē latviešu valodas kursus, bet nav vietas, kur runāt bez bailēm kļūdīties. Kursi māca gramatiku, kafejnīca dod drosmi.",
        ),
        h2("Kā notiek vakars"),
        p(
          "Pie katra galda sēž četri līdz seši cilvēki un viens brīvprātīgais vadītājs. Vadītāji sagatavo tēmas kartīti — tirgus, ārsts, laikapstākļi, skolas sapulces — ar desmit noderīgām frāzēm. Pirmās divdesmit minūtes visi runā lēni, un vadītājs pieraksta jaunos vārdus lapā, ko cilvēki paņem līdzi. Pēc tam saruna plūst, kur nu tā plūst.",
        ),
        ul([
          "Iesācēju galds: attēli un žesti ir laipni gaidīti, vadītājs runā tikai latviski.",
          "Vidējā līmeņa galdi: tēmas kartīte un īss teksts no avīzes.",
          "Augstākā līmeņa galds: vietējie iedzīvotāji, kuri vienkārši vēlas sabiedrību un sarunu.",
        ]),
        quote("“Atnācu valodas dēļ un paliku cilvēku dēļ. Tagad pati vadu galdu.” — dalībniece, tagad brīvprātīgā"),
        p("Nāk arī vietējie iedzīvotāji: daudziem vecākiem cilvēkiem tas ir jaukākais nedēļas vakars."),
      ),
      resources: [
        "Telpa 20–30 cilvēkiem, pieejama vienu vakaru nedēļā",
        "4–6 brīvprātīgie galdu vadītāji — pacietīgi latviešu valodas runātāji",
        "Tēja, kafija un cepumi (ap 15 EUR vakarā)",
        "Izdrukātas tēmu kartītes un vārdu lapas",
        "Vienkāršs pieteikšanās saraksts un plakāts trīs valodās",
      ],
      steps: [
        "Uzrunājiet brīvprātīgos vadītājus bibliotēkas lasītāju vidū un ar sludinājumu vietējā avīzē",
        "Novadiet vadītājiem stundu garu instruktāžu: runāt lēni, labot saudzīgi, sargāt privātumu",
        "Sagatavojiet astoņas tēmu kartītes ar desmit frāzēm katrā",
        "Izziņojiet kafejnīcu latviski, ukrainiski un angliski bibliotēkā, skolā un sociālajā dienestā",
        "Pirmajos vakaros pie durvīm lai stāv koordinators, kas sagaida cilvēkus un sasēdina pēc līmeņa",
        "Katru mēnesi lūdziet atsauksmes un mainiet tēmas",
      ],
      results:
        "Pēc sešiem mēnešiem regulāri nāca 42 cilvēki, no tiem 28 jaunpienācēji. Vienpadsmit dalībnieki nokārtoja valsts valodas eksāmenu, un četri bijušie dalībnieki kļuva par galdu vadītājiem. Jaunpienācēju reģistrēšanās bibliotēkā divkāršojās.",
      lessons:
        "Saglabājiet vienu un to pašu dienu un laiku katru nedēļu: cilvēki plāno savu laiku pēc tā. Mazi galdi darbojas labāk nekā viens liels aplis. Vadītājiem vajag īsu instruktāžu un pateicību; kartīte gada beigās bija svarīga. Nepārvērtiet to par stundu.",
    },
    fr: {
      title: "Café de conversation en letton",
      summary:
        "Chaque jeudi soir, la salle de lecture devient un café où les nouveaux arrivants pratiquent le letton du quotidien avec des bénévoles autour d’un thé, en petites tables par niveau.",
      story: doc(
        h2("Pourquoi nous avons commencé"),
        p(
          "Après l’arrivée de nombreuses familles ukrainiennes en 2022, on nous répétait la même chose : les gens suivaient des cours de letton, mais n’avaient aucun endroit où le parler sans peur de se tromper. Les cours enseignent la grammaire ; un café donne du courage.",
        ),
        h2("Le déroulement d’une soirée"),
        p(
          "Des tables de quatre à six personnes, chacune animée par un ou une bénévole. Les animateurs préparent une fiche thématique — le marché, le médecin, la météo, les réunions à l’école — avec dix phrases utiles. Pendant les vingt premières minutes, tout le monde parle lentement et l’animateur note les nouveaux mots sur une feuille que chacun emporte. Ensuite, la conversation va où elle veut.",
        ),
        ul([
          "Table des débutants : images et gestes bienvenus, l’animateur ne parle que letton.",
          "Tables intermédiaires : une fiche thématique et un court article de journal.",
          "Table avancée : des habitants qui veulent simplement de la compagnie et discuter.",
        ]),
        quote(
          "« Je suis venue pour la langue et je suis restée pour les gens. Aujourd’hui j’anime moi-même une table. » — une participante devenue bénévole",
        ),
        p("Des habitants de longue date viennent aussi : pour beaucoup de personnes âgées, c’est la plus belle soirée de la semaine."),
      ),
      resources: [
        "Une salle pour 20 à 30 personnes, disponible un soir par semaine",
        "4 à 6 bénévoles patients, locuteurs natifs du letton",
        "Thé, café et biscuits (environ 15 EUR par soirée)",
        "Fiches thématiques et feuilles de vocabulaire imprimées",
        "Une liste d’inscription simple et une affiche en trois langues",
      ],
      steps: [
        "Recruter des animateurs bénévoles parmi les lecteurs et par une annonce dans le journal local",
        "Organiser une réunion d’une heure avec les animateurs : parler lentement, corriger avec douceur, respecter la vie privée",
        "Préparer huit fiches thématiques de dix phrases chacune",
        "Annoncer le café en letton, en ukrainien et en anglais à la bibliothèque, à l’école et au service social",
        "Lors des premières soirées, placer une personne à l’accueil pour recevoir et installer chacun selon son niveau",
        "Demander un retour chaque mois et varier les thèmes",
      ],
      results:
        "Au bout de six mois, 42 personnes venaient régulièrement, dont 28 nouveaux arrivants. Onze participants ont réussi l’examen de langue officielle et quatre anciens participants sont devenus animateurs. Les inscriptions de nouveaux arrivants à la bibliothèque ont doublé.",
      lessons:
        "Gardez le même jour et la même heure chaque semaine : les gens s’organisent en fonction. Les petites tables fonctionnent mieux qu’un grand cercle. Les animateurs ont besoin d’une courte préparation et de remerciements ; une carte en fin d’année a compté. Évitez d’en faire un cours.",
    },
  },
  {
    slug: "digital-skills-drop-in-for-ukrainian-families",
    organisationSlug: "sigulda-library",
    country: "LV",
    city: "Sigulda",
    libraryName: "Siguldas novada bibliotēka",
    themes: ["digital-inclusion", "legal-administrative-help"],
    targetGroups: ["refugees", "families", "older-people"],
    languagesUsed: ["lv", "uk", "ru"],
    periodStart: "2022-05",
    partnersInvolved: "Siguldas novada Sociālais dienests (social service); secondary school pupils volunteering as digital helpers",
    contactName: "Inese Kalniņa",
    contactEmail: "digital-help@example.org",
    en: {
      title: "Digital skills drop-in for Ukrainian families",
      summary:
        "Two afternoons a week, library staff and trained pupils help newly arrived families with e-services, online banking, school platforms and safe use of smartphones — in Latvian, Ukrainian or Russian.",
      story: doc(
        h2("The need"),
        p(
          "Families who arrived from Ukraine had to register with the municipality, open a bank account, follow their children's school platform and book doctors' appointments — almost everything online, in Latvian. Many had a smartphone but had never used a public e-service; older people often had no computer experience at all.",
        ),
        h2("What we do"),
        p(
          "The drop-in runs on Tuesdays and Fridays from 14:00 to 17:00 in the library's computer corner. Nobody needs an appointment. A librarian sits with each person, and pupils from the secondary school help with smartphones. The social service tells its clients about the drop-in and sends questions it cannot solve on the phone.",
        ),
        ul([
          "Creating a secure login for the state portal and the bank",
          "Using the school platform to read marks and messages from teachers",
          "Booking a doctor and reading a prescription",
          "Recognising phishing messages and fake job offers",
        ]),
        p("We never type passwords for people: we show, they do. That rule protects them and us."),
      ),
      resources: [
        "Three computers and free Wi-Fi",
        "One librarian for each session, plus two or three pupil volunteers",
        "A short phrasebook of digital terms in Latvian, Ukrainian and Russian",
        "Printed step-by-step guides for the five most common e-services",
        "An agreement with the social service on referrals",
      ],
      steps: [
        "Ask the social service which online tasks newcomers struggle with most",
        "Train pupil volunteers for two hours: privacy, patience, never handling passwords",
        "Write one-page guides for the most common e-services, with screenshots",
        "Fix two regular afternoons and announce them through the social service and school",
        "Keep a simple tally of questions to adapt guides and spot new needs",
      ],
      results:
        "In the first year the drop-in answered about 600 visits from 140 people. Almost every family we saw could use the state portal on their own after two or three visits. Pupils earned volunteering hours and some now help at home with their own grandparents.",
      lessons:
        "Drop-in hours suit people better than courses: they come when they have a concrete task. Printed guides are kept and reused at home. Involving pupils gave the library new energy — but they need an adult nearby for sensitive matters such as bank accounts.",
    },
    lv: {
      title: "Digitālo prasmju konsultācijas Ukrainas ģimenēm",
      summary:
        "Divas pēcpusdienas nedēļā bibliotekāri un apmācīti skolēni palīdz jaunpienākušām ģimenēm ar e-pakalpojumiem, internetbanku, skolu platformām un drošu viedtālruņa lietošanu — latviski, ukrainiski vai krieviski.",
      story: doc(
        h2("Vajadzība"),
        p(
          "Ģimenēm, kas ieradās no Ukrainas, bija jāreģistrējas pašvaldībā, jāatver bankas konts, jāseko bērnu skolas platformai un jāpiesakās pie ārsta — gandrīz viss tiešsaistē un latviešu valodā. Daudziem bija viedtālrunis, bet viņi nekad nebija izmantojuši valsts e-pakalpojumus; vecākiem cilvēkiem bieži nebija nekādas datorpieredzes.",
        ),
        h2("Ko mēs darām"),
        p(
          "Konsultācijas notiek otrdienās un piektdienās no 14:00 līdz 17:00 bibliotēkas datoru stūrītī. Iepriekšējs pieraksts nav vajadzīgs. Bibliotekārs sēž blakus katram cilvēkam, bet vidusskolas skolēni palīdz ar viedtālruņiem. Sociālais dienests stāsta saviem klientiem par konsultācijām un sūta pie mums jautājumus, kurus nevar atrisināt pa tālruni.",
        ),
        ul([
          "Droša pieslēguma izveide valsts portālam un bankai",
          "Skolas platformas lietošana, lai redzētu atzīmes un skolotāju ziņas",
          "Pierakstīšanās pie ārsta un receptes lasīšana",
          "Krāpniecisku ziņu un viltus darba piedāvājumu atpazīšana",
        ]),
        p("Mēs nekad neievadām paroles citu vietā: mēs parādām, viņi paši dara. Šis noteikums aizsargā gan viņus, gan mūs."),
      ),
      resources: [
        "Trīs datori un bezmaksas Wi-Fi",
        "Viens bibliotekārs katrā konsultāciju reizē un divi vai trīs brīvprātīgie skolēni",
        "Īsa digitālo terminu vārdnīca latviešu, ukraiņu un krievu valodā",
        "Izdrukātas soli pa solim instrukcijas piecu biežāk izmantoto e-pakalpojumu lietošanai",
        "Vienošanās ar sociālo dienestu par klientu nosūtīšanu",
      ],
      steps: [
        "Pajautājiet sociālajam dienestam, kuri tiešsaistes uzdevumi jaunpienācējiem sagādā visvairāk grūtību",
        "Apmāciet brīvprātīgos skolēnus divas stundas: privātums, pacietība, nekad neaiztikt paroles",
        "Uzrakstiet vienas lapas instrukcijas biežāk izmantotajiem e-pakalpojumiem ar ekrānuzņēmumiem",
        "Nosakiet divas regulāras pēcpusdienas un izziņojiet tās ar sociālā dienesta un skolas starpniecību",
        "Vienkārši uzskaitiet jautājumus, lai pielāgotu instrukcijas un pamanītu jaunas vajadzības",
      ],
      results:
        "Pirmajā gadā konsultācijās bija ap 600 apmeklējumu no 140 cilvēkiem. Gandrīz katra ģimene pēc divām vai trim reizēm spēja patstāvīgi lietot valsts portālu. Skolēni ieguva brīvprātīgā darba stundas, un daži tagad palīdz mājās arī saviem vecvecākiem.",
      lessons:
        "Konsultāciju laiki cilvēkiem der labāk nekā kursi: viņi nāk, kad viņiem ir konkrēts uzdevums. Izdrukātās instrukcijas tiek saglabātas un izmantotas mājās. Skolēnu iesaiste deva bibliotēkai jaunu enerģiju, taču jutīgos jautājumos, piemēram, bankas kontu lietās, blakus jābūt pieaugušajam.",
    },
    fr: {
      title: "Permanence numérique pour les familles ukrainiennes",
      summary:
        "Deux après-midi par semaine, des bibliothécaires et des élèves formés aident les familles nouvellement arrivées à utiliser les services en ligne, la banque, les plateformes scolaires et leur smartphone en sécurité — en letton, en ukrainien ou en russe.",
      story: doc(
        h2("Le besoin"),
        p(
          "Les familles arrivées d’Ukraine devaient s’inscrire auprès de la commune, ouvrir un compte bancaire, suivre la plateforme scolaire de leurs enfants et prendre rendez-vous chez le médecin — presque tout en ligne, en letton. Beaucoup avaient un smartphone mais n’avaient jamais utilisé de service public en ligne ; les personnes âgées n’avaient souvent aucune expérience de l’ordinateur.",
        ),
        h2("Ce que nous faisons"),
        p(
          "La permanence a lieu le mardi et le vendredi de 14 h à 17 h, dans l’espace informatique de la bibliothèque, sans rendez-vous. Un bibliothécaire s’assoit avec chaque personne, et des lycéens aident pour les smartphones. Le service social informe ses usagers de la permanence et nous envoie les questions qu’il ne peut pas régler par téléphone.",
        ),
        ul([
          "Créer un identifiant sécurisé pour le portail de l’État et la banque",
          "Utiliser la plateforme scolaire pour lire les notes et les messages des enseignants",
          "Prendre rendez-vous chez un médecin et lire une ordonnance",
          "Reconnaître les messages frauduleux et les fausses offres d’emploi",
        ]),
        p("Nous ne tapons jamais les mots de passe à la place des gens : nous montrons, ils font. Cette règle les protège, et nous aussi."),
      ),
      resources: [
        "Trois ordinateurs et un Wi-Fi gratuit",
        "Un bibliothécaire par séance, avec deux ou trois élèves bénévoles",
        "Un petit lexique des termes numériques en letton, ukrainien et russe",
        "Des guides imprimés pas à pas pour les cinq services en ligne les plus demandés",
        "Un accord d’orientation avec le service social",
      ],
      steps: [
        "Demander au service social quelles démarches en ligne posent le plus de difficultés aux nouveaux arrivants",
        "Former les élèves bénévoles pendant deux heures : vie privée, patience, ne jamais manipuler de mots de passe",
        "Rédiger des guides d’une page, avec captures d’écran, pour les services les plus courants",
        "Fixer deux après-midi réguliers et les annoncer par le service social et l’école",
        "Tenir un simple relevé des questions pour adapter les guides et repérer de nouveaux besoins",
      ],
      results:
        "La première année, la permanence a accueilli environ 600 visites de 140 personnes. Presque toutes les familles reçues savaient utiliser seules le portail de l’État après deux ou trois visites. Les élèves ont validé des heures de bénévolat et certains aident désormais leurs propres grands-parents.",
      lessons:
        "Une permanence convient mieux qu’un cours : les gens viennent quand ils ont une démarche concrète. Les guides imprimés sont conservés et réutilisés à la maison. Impliquer des élèves a donné un nouvel élan à la bibliothèque — mais il faut un adulte à proximité pour les sujets sensibles comme les comptes bancaires.",
    },
  },
  {
    slug: "one-stop-help-desk-with-the-social-service",
    organisationSlug: "sigulda-social-service",
    country: "LV",
    city: "Sigulda",
    libraryName: "Siguldas novada bibliotēka, reading room",
    themes: ["legal-administrative-help", "welcome-orientation"],
    targetGroups: ["refugees", "asylum-seekers", "migrant-workers"],
    languagesUsed: ["lv", "uk", "ru", "en"],
    periodStart: "2023-01",
    partnersInvolved:
      "Siguldas novada bibliotēka; State Employment Agency branch; Office of Citizenship and Migration Affairs (monthly visits)",
    contactName: "Māris Liepa",
    contactEmail: "help-desk@example.org",
    en: {
      title: "One-stop help desk with the social service at the library",
      summary:
        "A social worker holds a weekly consultation hour in the library's reading room, so newcomers can ask about benefits, housing and documents in a neutral, familiar place rather than at the office.",
      story: doc(
        p(
          "Many newcomers hesitated to go to the social service: the office felt official and the queue was in public view. The library, where they already came to borrow books and use computers, felt safer. So the social service came to the library.",
        ),
        h2("How it works"),
        p(
          "Every Wednesday morning a social worker sits at a quiet table in the reading room, next to the library's information desk. Once a month an officer from the migration office and an adviser from the employment agency join. Librarians help people find forms and print documents; the social worker answers the questions.",
        ),
        p(
          "Interpreting is done by phone through the municipality's interpreting line, or by volunteers who have signed a confidentiality agreement.",
        ),
      ),
      resources: [
        "A quiet corner with a table, two chairs and a screen for privacy",
        "A social worker for three hours a week",
        "Access to a telephone interpreting line",
        "A printer and a stock of the most common forms",
        "A confidentiality agreement template for volunteer interpreters",
      ],
      steps: [
        "Agree the roles with the social service: who advises, who helps with forms",
        "Choose a corner where conversations cannot be overheard",
        "Set up interpreting (phone line or trained volunteers) and the confidentiality agreement",
        "Announce the hour with a poster in four languages and through partners",
        "Invite the migration and employment offices for monthly sessions",
        "Review every three months with the social service what questions came and what was solved",
      ],
      results:
        "In its first year the desk held 46 consultation mornings and answered 310 questions. The social service reports that people come earlier, before problems grow, and that no-shows fell compared with office appointments.",
      lessons:
        "Privacy matters more than anything: a screen and a quiet corner made people speak openly. Librarians must know where their role ends — they help with forms, not with advice. A regular, predictable hour builds trust.",
    },
  },
  {
    slug: "creative-workshops-in-the-library-garden",
    organisationSlug: "siltumnica",
    country: "LV",
    city: "Sigulda",
    libraryName: "Siguldas novada bibliotēka, children's department",
    themes: ["culture-leisure", "children-families"],
    targetGroups: ["children", "families", "host-community"],
    languagesUsed: ["lv", "uk"],
    periodStart: "2023-06",
    periodEnd: "2023-08",
    partnersInvolved: "r.a. “Siltumnīca” (creative association); local artists; the library's children's department",
    contactName: "Dace Vītola",
    contactEmail: "garden-workshops@example.org",
    en: {
      title: "Summer creative workshops in the library garden",
      summary:
        "A summer of weekly craft, drawing and theatre workshops in the library garden brought local and newly arrived children together without needing a shared language.",
      story: doc(
        p(
          "Children who had arrived in the spring spent the summer without school and often without friends. Local children were bored too. The creative association and the children's department planned twelve Saturday workshops in the garden behind the library.",
        ),
        h2("The workshops"),
        ul([
          "Painting stones and making a “garden of our countries”",
          "Shadow theatre based on a Latvian and a Ukrainian folk tale",
          "Building bird houses with a local carpenter",
          "A final exhibition and picnic for the families",
        ]),
        p(
          "Each workshop started with a game that needs no words. Instructions were shown, not explained. Parents stayed at the edge, then joined: the picnic at the end was the first time many of them had met.",
        ),
      ),
      resources: [
        "An outdoor space (garden or courtyard) with a covered fallback area for rain",
        "Two workshop leaders and one volunteer per ten children",
        "Art and craft materials (about 600 EUR for the summer)",
        "Consent forms for photos in Latvian and Ukrainian",
      ],
      steps: [
        "Plan twelve themes with the creative association and book artists",
        "Prepare bilingual invitations and photo consent forms",
        "Invite families through schools, the social service and the library's newsletter",
        "Start each session with a wordless game to mix the groups",
        "End the summer with an exhibition and a picnic for parents",
      ],
      results:
        "Between 15 and 25 children took part each Saturday, about a third of them newly arrived. Several friendships continued into the school year, and four Ukrainian mothers later joined the library's handicraft club.",
      lessons:
        "Showing rather than explaining made language almost irrelevant. Outdoor activities lowered the threshold for parents who would not have entered the library. Plan for rain.",
    },
  },
  {
    slug: "pop-up-library-in-a-reception-centre",
    organisationSlug: "bibliotheques-sans-frontieres",
    country: "FR",
    city: "Montreuil",
    libraryName: "Médiathèque municipale",
    themes: ["culture-leisure", "children-families", "digital-inclusion"],
    targetGroups: ["asylum-seekers", "families", "children"],
    languagesUsed: ["fr", "ar", "ps", "ti", "en"],
    periodStart: "2021-03",
    partnersInvolved: "Bibliothèques Sans Frontières; the reception centre's social team; the municipal media library",
    contactName: "Sophie Martin",
    contactEmail: "popup-library@example.org",
    en: {
      title: "A pop-up library in a reception centre for asylum seekers",
      summary:
        "Twice a month, librarians bring books in many languages, tablets and games to a reception centre, and invite residents to the media library nearby.",
      story: doc(
        p(
          "People waiting for a decision on their asylum claim often spend months in a reception centre with little to do. Few of them knew that the public media library ten minutes away was free and open to them.",
        ),
        h2("What the pop-up library offers"),
        ul([
          "A crate of books in Arabic, Pashto, Tigrinya, English and easy French",
          "Tablets with offline language-learning apps and e-books",
          "Board games and picture books for children",
          "Library cards made on the spot, with only a name and the centre's address",
        ]),
        p(
          "Each visit ends with an invitation: a guided walk to the media library the following Saturday. There, residents are welcomed by the same librarians they met at the centre.",
        ),
      ),
      resources: [
        "Two librarians for a half-day twice a month",
        "A collection of books in the residents' languages (start with 200 titles)",
        "Four tablets with offline content",
        "A car or a cargo bike to carry the crates",
        "An agreement with the reception centre on dates and space",
      ],
      steps: [
        "Meet the reception centre's team to learn which languages and ages are present",
        "Build a starter collection in those languages and easy French",
        "Agree simplified library card rules with your management",
        "Hold the first visit in the centre's common room with games for children",
        "Invite residents to a guided visit of the media library after each session",
      ],
      results:
        "Over two years, 380 residents received a library card and about a third of them came to the media library on their own afterwards. French conversation groups at the media library grew by twenty regular participants.",
      lessons:
        "Meeting people where they live first made the library feel familiar. Simplified card rules were essential: asking for proof of address would have stopped everything. Keep the same faces at each visit.",
    },
  },
  {
    slug: "welcome-walks-with-the-town-hall",
    organisationSlug: "anvita",
    country: "FR",
    city: "Grenoble",
    libraryName: "Bibliothèque municipale, city centre",
    themes: ["welcome-orientation", "legal-administrative-help"],
    targetGroups: ["refugees", "migrant-workers", "families"],
    languagesUsed: ["fr", "en", "ar", "uk"],
    periodStart: "2022-09",
    partnersInvolved: "ANVITA network; the town hall's welcome service; volunteer guides from neighbourhood associations",
    contactName: "Karim Benali",
    contactEmail: "welcome-walks@example.org",
    en: {
      title: "Welcome walks from the library to the town's services",
      summary:
        "Once a month, newcomers meet at the library for a guided walk to the town hall, the health centre, the employment office and the market, with a map and a booklet in their language.",
      story: doc(
        p(
          "A new town is a maze of offices. Newcomers often did not know where the health insurance office was, or that the employment office had a welcome desk. Staff of these services, for their part, rarely met newcomers outside a formal appointment.",
        ),
        h2("The walk"),
        p(
          "The walk starts at the library with coffee and a map. A librarian and a volunteer guide lead groups of up to twelve people along a two-hour route. At each stop, someone from the service says hello, shows the entrance and explains in two minutes what they can do there.",
        ),
        p("The walk ends back at the library, where people sign up for a card and pick up the booklet of useful addresses."),
      ),
      resources: [
        "A route of five or six stops within walking distance",
        "A librarian and a volunteer guide per group",
        "A map and a booklet of useful addresses in four languages",
        "Agreement from each service to greet the group for five minutes",
      ],
      steps: [
        "Draw the route with the town hall's welcome service",
        "Ask each service for a contact who will greet the group",
        "Write and translate the booklet of addresses and opening hours",
        "Announce the monthly date through associations, schools and the town hall",
        "Walk the route once with volunteers before the first group",
        "Update the booklet every six months",
      ],
      results:
        "In the first year, 14 walks welcomed 150 people. Services told us they recognised people later at their desks, and several newcomers came back to the library as volunteer guides.",
      lessons:
        "Meeting a real person at each door matters more than any leaflet. Keep groups small. Walks need a fallback for bad weather: a shorter route or a presentation in the library.",
    },
  },
  {
    slug: "homework-club-for-newly-arrived-pupils",
    organisationSlug: "bsf-italia",
    country: "IT",
    city: "Milano",
    libraryName: "Biblioteca rionale",
    themes: ["children-families", "language-learning"],
    targetGroups: ["children", "young-people", "families"],
    languagesUsed: ["it", "ar", "bn", "zh", "es"],
    periodStart: "2021-10",
    partnersInvolved: "BSF Italia; two primary schools and a middle school; university student volunteers",
    contactName: "Giulia Rossi",
    contactEmail: "homework-club@example.org",
    en: {
      title: "Homework club for newly arrived pupils",
      summary:
        "Three afternoons a week, university students help newly arrived pupils with homework and Italian in the library, while parents are welcomed to a parallel coffee corner.",
      story: doc(
        p(
          "Teachers told us that newly arrived pupils fell behind not because of their abilities but because nobody at home could help them with homework in Italian. The library had space after school and a network of student volunteers.",
        ),
        h2("A typical afternoon"),
        ul([
          "15:30 snack and a short reading game",
          "16:00 homework in small groups, one volunteer for three pupils",
          "17:00 free reading or a board game in Italian",
          "Parents' corner: coffee, information about school and the library, sometimes an interpreter",
        ]),
        p(
          "Volunteers keep a shared notebook for each pupil, so whoever comes next knows where the child stands. Teachers can leave notes too.",
        ),
      ),
      resources: [
        "A room with tables for 20 pupils, three afternoons a week",
        "8–10 volunteers (university students), each coming once a week",
        "A coordinator (librarian) present at every session",
        "Snacks (about 40 EUR a week)",
        "Notebooks and a small collection of school dictionaries in several languages",
      ],
      steps: [
        "Agree with nearby schools which pupils are invited and how teachers stay in touch",
        "Recruit student volunteers through the university's volunteering office",
        "Train volunteers for half a day: child protection, language support, the shared notebook",
        "Invite families in person, with an interpreter at the first meeting",
        "Start with one afternoon and add more once volunteers are settled",
        "Meet teachers each term to review progress",
      ],
      results:
        "Around 35 pupils came regularly each year. Teachers reported better homework completion for almost all of them, and several pupils moved out of the school's intensive Italian class earlier than planned.",
      lessons:
        "The parents' corner was not planned at first and became one of the most valued parts. Volunteers leave at exam time: plan a reserve list. A shared notebook keeps continuity when volunteers change.",
    },
  },
  {
    slug: "health-information-corner-with-community-mediators",
    organisationSlug: "bsf-italia",
    country: "IT",
    city: "Torino",
    libraryName: "Biblioteca civica",
    themes: ["health-information", "welcome-orientation"],
    targetGroups: ["women", "migrant-workers", "families"],
    languagesUsed: ["it", "ar", "fr", "en", "wo"],
    periodStart: "2023-02",
    partnersInvolved: "BSF Italia; the local health authority's intercultural mediators; a family planning clinic",
    contactName: "Amina Diallo",
    contactEmail: "health-corner@example.org",
    en: {
      title: "Health information corner with community mediators",
      summary:
        "A shelf of reliable health information in many languages, and a monthly talk led by intercultural mediators of the health authority, on topics chosen by participants.",
      story: doc(
        p(
          "Newcomers often rely on social media for health information, and many do not know how to register with a family doctor. The library wanted to be a trusted source without pretending to give medical advice.",
        ),
        h2("Two parts"),
        ul([
          "A corner with leaflets and easy-to-read books in several languages, checked by the health authority",
          "A monthly talk with an intercultural mediator: vaccinations, pregnancy care, mental health, how the emergency service works",
        ]),
        p("Topics are chosen by participants at the end of each talk. Women-only sessions were added at participants' request."),
      ),
      resources: [
        "A shelf and a small display in a visible but calm place",
        "Leaflets in several languages from the health authority",
        "An intercultural mediator for two hours a month",
        "A room for 15–20 people, with childcare if possible",
      ],
      steps: [
        "Agree with the health authority what material they provide and check",
        "Set up the corner and label it in several languages",
        "Plan the first three talks with the mediators",
        "Invite through women's associations, mosques, churches and language classes",
        "Collect topics for the next sessions at the end of each talk",
      ],
      results:
        "Twelve talks reached about 180 people in the first year. The mediators report more people registering with a family doctor after the talks, and the corner's leaflets are restocked every month.",
      lessons:
        "Be clear that the library informs and does not advise: mediators answer medical questions. Childcare during talks doubled attendance by mothers. Women-only sessions made some topics possible at all.",
    },
  },
  {
    slug: "job-club-cvs-and-interview-practice",
    organisationSlug: "frsi",
    country: "PL",
    city: "Warszawa",
    libraryName: "Public library, district branch",
    themes: ["employment", "digital-inclusion"],
    targetGroups: ["refugees", "migrant-workers", "women"],
    languagesUsed: ["pl", "uk", "ru", "en"],
    periodStart: "2022-06",
    partnersInvolved: "FRSI; the district labour office; HR volunteers from local companies",
    contactName: "Katarzyna Nowak",
    contactEmail: "job-club@example.org",
    en: {
      title: "Job club: CVs, job portals and interview practice",
      summary:
        "A weekly job club where newcomers write a Polish CV, learn to use job portals and practise interviews with HR volunteers from local companies.",
      story: doc(
        p(
          "Many refugees from Ukraine had qualifications and experience but no Polish CV, no idea which portals employers use, and no practice with Polish interviews. The district labour office had long queues; the library had computers and a welcoming room.",
        ),
        h2("A four-week cycle"),
        ul([
          "Week 1: what employers here expect; the Polish CV",
          "Week 2: job portals and safe applications (spotting fake offers)",
          "Week 3: interview practice with HR volunteers",
          "Week 4: recognition of diplomas and where to get advice",
        ]),
        p("Each cycle welcomes up to twelve people. Participants can repeat weeks, and alumni come back to tell their stories."),
      ),
      resources: [
        "A computer room with at least eight computers",
        "A librarian coordinator for two hours a week",
        "HR volunteers for interview practice (three or four per cycle)",
        "A CV template in Polish with explanations in Ukrainian",
        "A printer for CVs",
      ],
      steps: [
        "Ask the labour office which skills they see missing among newcomers",
        "Invite local companies to lend HR volunteers for one evening per cycle",
        "Prepare the CV template and a list of trustworthy job portals",
        "Announce cycles through the labour office, Ukrainian community groups and social media",
        "Run the four-week cycle and ask participants what to change",
      ],
      results:
        "Over 18 months, 160 people took part. About half reported finding work within three months, many in jobs closer to their qualifications than before. Three companies now send volunteers every cycle.",
      lessons:
        "Interview practice with real recruiters was the most valued part. Talking openly about fake job offers protected people from exploitation. Keep groups small enough for everyone to use a computer.",
    },
  },
  {
    slug: "polish-story-hour-for-children-and-parents",
    organisationSlug: "frsi",
    country: "PL",
    city: "Lublin",
    libraryName: "Municipal public library, children's branch",
    themes: ["children-families", "language-learning", "culture-leisure"],
    targetGroups: ["children", "families", "host-community"],
    languagesUsed: ["pl", "uk"],
    periodStart: "2022-04",
    partnersInvolved: "FRSI; a Ukrainian mothers' group; local kindergartens",
    contactName: "Olena Kowalczyk",
    contactEmail: "story-hour@example.org",
    en: {
      title: "Bilingual story hour for children and parents",
      summary:
        "On Saturday mornings a Polish librarian and a Ukrainian volunteer read the same picture book in both languages, followed by songs and crafts for children and their parents.",
      story: doc(
        p(
          "Young children pick up a new language quickly when they hear it in a warm setting, and parents feel welcome when their own language is present too. The story hour does both.",
        ),
        h2("How a session goes"),
        ul([
          "A welcome song in Polish and Ukrainian",
          "The same picture book read page by page in both languages",
          "A simple craft linked to the story",
          "Time for parents to borrow books in both languages",
        ]),
        p("Local families come as well, and many Polish children now know a Ukrainian lullaby."),
      ),
      resources: [
        "A children's corner with cushions for 20 children and their parents",
        "A librarian and a volunteer reader who speaks Ukrainian",
        "Picture books available in both languages (or with a translation prepared in advance)",
        "Craft materials (about 20 EUR a session)",
      ],
      steps: [
        "Find a volunteer reader through a Ukrainian community group",
        "Choose picture books that exist in both languages",
        "Rehearse the reading together once",
        "Invite families through kindergartens and the library's social media",
        "Keep a shelf of books in both languages next to the reading corner",
      ],
      results:
        "About 25 children came each Saturday for two years. Loans of Ukrainian children's books rose sharply, and several parents joined the library's adult reading club.",
      lessons:
        "Reading the same book in both languages helped children link words across languages. Parents valued seeing their language respected. Book choice matters: short texts with strong pictures work best.",
    },
  },
  {
    slug: "legal-help-desk-with-volunteer-lawyers",
    organisationSlug: "comunitatile-viitorului",
    country: "RO",
    city: "Iași",
    libraryName: "County library",
    themes: ["legal-administrative-help"],
    targetGroups: ["refugees", "asylum-seekers", "migrant-workers"],
    languagesUsed: ["ro", "en", "uk", "ar"],
    periodStart: "2023-03",
    partnersInvolved: "Asociația Comunitățile Viitorului; the local bar association's pro bono programme; a refugee support NGO",
    contactName: "Andrei Popescu",
    contactEmail: "legal-desk@example.org",
    en: {
      title: "Legal help desk with volunteer lawyers",
      summary:
        "Every other Monday, volunteer lawyers give free first-line legal information on residence permits, work contracts and family reunification in a private room of the county library.",
      story: doc(
        p(
          "Refugees and migrant workers often received contradictory advice from friends and social media about permits and contracts. Lawyers were expensive and hard to reach. The bar association's pro bono programme was looking for a neutral place to meet people.",
        ),
        h2("The desk"),
        p(
          "Two lawyers receive people by appointment or, if time allows, without one. The library handles bookings, provides a private room and keeps a shelf of plain-language guides. The refugee support NGO provides interpreters and follows up on complex cases.",
        ),
        p("The desk gives information, not representation: when a case needs a lawyer, people are referred to legal aid."),
      ),
      resources: [
        "A private room with a door that closes",
        "Two volunteer lawyers every other Monday afternoon",
        "Interpreters from a partner NGO",
        "A booking system (a phone line and a paper calendar were enough)",
        "Plain-language guides on residence and work rights",
      ],
      steps: [
        "Contact the bar association's pro bono programme",
        "Agree on the scope: information and referral, not representation",
        "Set up bookings and a private room",
        "Arrange interpreters through a partner NGO",
        "Announce the desk in four languages through NGOs and the county's migration office",
        "Review cases anonymously with the lawyers every quarter",
      ],
      results:
        "In the first year the desk answered 220 consultations. Most questions concerned permit renewals and work contracts; lawyers referred 30 cases to legal aid. The library became known as a safe place to ask.",
      lessons:
        "Clear limits protected everyone: information and referral only. Confidentiality had to be visible — a closed door, no names on the calendar at the desk. Interpreters are as important as the lawyers.",
    },
  },
  {
    slug: "romanian-for-job-seekers",
    organisationSlug: "comunitatile-viitorului",
    country: "RO",
    city: "Brașov",
    libraryName: "County library",
    themes: ["employment", "language-learning"],
    targetGroups: ["migrant-workers", "refugees", "young-people"],
    languagesUsed: ["ro", "en", "uk"],
    periodStart: "2023-10",
    partnersInvolved: "Asociația Comunitățile Viitorului; the county employment agency; hotels and factories that hire newcomers",
    contactName: "Ioana Stan",
    contactEmail: "romanian-for-work@example.org",
    en: {
      title: "Romanian for job seekers",
      summary:
        "An evening course of practical Romanian built around the workplace — safety signs, shifts, payslips and talking to a supervisor — with visits from local employers.",
      story: doc(
        p(
          "Migrant workers in hotels and factories told us that general language classes did not match their days: they needed the words of the workplace first. Employers, for their part, struggled to explain safety rules.",
        ),
        h2("The course"),
        ul([
          "Ten evenings of ninety minutes, twice a week",
          "Vocabulary of shifts, safety, payslips and sick leave",
          "Role plays: calling in sick, asking for a day off, understanding instructions",
          "A visit from an employer to talk about what they look for",
        ]),
        p("The library lends the course book and graded readers, so people keep learning between evenings."),
      ),
      resources: [
        "A room for 15 people in the evening",
        "A teacher of Romanian as a foreign language (paid or volunteer)",
        "A short course book with workplace vocabulary",
        "Graded readers for adults",
        "Contacts with two or three local employers",
      ],
      steps: [
        "Ask employers and workers which situations are hardest",
        "Write or adapt a short workplace course book",
        "Schedule evenings that fit shift work",
        "Invite employers for one evening per course",
        "Give certificates of attendance at the end",
      ],
      results:
        "Three courses reached 41 participants. Employers reported fewer misunderstandings on safety rules, and most participants continued to borrow books from the library.",
      lessons:
        "Evenings must fit shifts: we moved the course twice. Workplace vocabulary motivated people more than general topics. Certificates mattered to participants looking for better jobs.",
    },
  },
  {
    slug: "digital-government-help-point",
    organisationSlug: "eblida",
    country: "NL",
    city: "Utrecht",
    libraryName: "Public library, central branch",
    themes: ["digital-inclusion", "legal-administrative-help", "health-information"],
    targetGroups: ["refugees", "older-people", "migrant-workers"],
    languagesUsed: ["nl", "en", "ar", "ti", "uk"],
    periodStart: "2021-01",
    partnersInvolved: "EBLIDA (exchange of practice); the municipality; the tax office's volunteer programme",
    contactName: "Fatima El Amrani",
    contactEmail: "digital-government@example.org",
    en: {
      title: "Digital government help point",
      summary:
        "A staffed help point where residents get help with government websites — digital ID, benefits, taxes and healthcare insurance — with newcomers as one of its main groups.",
      story: doc(
        p(
          "Almost every contact with the government now happens online. For people who have just arrived, the digital ID, the tax office and health insurance are a wall of unfamiliar words. The library already helped people with computers every day, so it formalised that help.",
        ),
        h2("What the help point does"),
        ul([
          "Explains which website or office a question belongs to",
          "Helps people request and use their digital ID safely",
          "Walks through forms for benefits and healthcare allowances",
          "Refers to volunteer tax helpers in the spring and to legal aid when needed",
        ]),
        p(
          "Staff follow a short training on privacy and on the limits of their role. Questions are logged anonymously to show the municipality where people get stuck.",
        ),
      ),
      resources: [
        "A visible desk near the entrance, open at fixed hours",
        "Two trained staff members or volunteers per shift",
        "Training on privacy and the government's websites",
        "A referral list of partner services (legal aid, tax volunteers)",
        "A simple anonymous log of questions",
      ],
      steps: [
        "Agree with the municipality on the scope and on referrals",
        "Train staff: privacy, digital ID, the most common forms",
        "Open at fixed hours and display them in several languages",
        "Build a referral list with partners",
        "Report anonymous figures to the municipality every quarter",
      ],
      results:
        "The help point answers about 40 questions a week, a quarter of them from newcomers. The quarterly reports led the municipality to rewrite two of its letters in plain language.",
      lessons:
        "The anonymous log turned individual help into evidence for better public services. Staff need clear limits and a referral list. Fixed hours and a visible desk matter more than long opening times.",
    },
  },
  {
    slug: "language-house-for-adults",
    organisationSlug: "eblida",
    country: "NL",
    city: "Rotterdam",
    libraryName: "Public library, district branch",
    themes: ["language-learning", "employment"],
    targetGroups: ["refugees", "migrant-workers", "women"],
    languagesUsed: ["nl", "ar", "ti", "tr", "en"],
    periodStart: "2020-09",
    partnersInvolved: "EBLIDA (exchange of practice); adult education centre; volunteer language coaches; the municipality",
    contactName: "Pieter de Vries",
    contactEmail: "language-house@example.org",
    en: {
      title: "Language house for adults",
      summary:
        "A permanent place in the library where adults learn Dutch with volunteer coaches, practise with conversation groups and get guidance to courses and work.",
      story: doc(
        p(
          "Adults who want to improve their Dutch have very different starting points: some cannot yet read, others need the language for a job interview. A single course cannot serve them all. The language house is a front door that finds the right path for each person.",
        ),
        h2("The front door"),
        p(
          "Every newcomer has an intake conversation with a coordinator, who looks at their level, goals and time. Then they are matched with a volunteer coach, a conversation group, a course at the adult education centre, or a combination.",
        ),
        ul([
          "One-to-one coaching for an hour a week",
          "Conversation groups three times a week",
          "Reading and writing groups for people learning to read",
          "Workshops on job interviews in Dutch",
        ]),
      ),
      resources: [
        "A dedicated space in the library with study tables",
        "A paid coordinator (about 24 hours a week)",
        "30 or more volunteer language coaches",
        "Learning materials and graded readers",
        "Agreements with the adult education centre and the municipality",
      ],
      steps: [
        "Map the language offer already available in the area",
        "Agree with partners how people are referred in and out",
        "Recruit and train volunteer coaches (two half-days)",
        "Design a short intake conversation and a matching form",
        "Open the front door at fixed hours and promote it through partners",
        "Follow up with each learner after three months",
      ],
      results:
        "About 250 adults are helped each year. Coaches report steady progress, and the intake has shortened waiting times for the right course. Several learners became coaches themselves.",
      lessons:
        "A good intake is the heart of it. Volunteers need ongoing support, not just initial training. Combining language with work-related goals keeps people motivated.",
    },
  },
];

/** The demo partner's work in progress (Sigulda library): one submitted, one sent back with comments. */
export const DEMO_PARTNER_PRACTICES: (SeedPractice & {
  status: "IN_REVIEW" | "CHANGES_REQUESTED";
  comments?: { field: ReviewField | null; body: string }[];
})[] = [
  {
    slug: "reading-buddies-teenagers-and-newcomer-children",
    status: "IN_REVIEW",
    organisationSlug: "sigulda-library",
    country: "LV",
    city: "Sigulda",
    libraryName: "Siguldas novada bibliotēka",
    themes: ["children-families", "language-learning"],
    targetGroups: ["children", "young-people"],
    languagesUsed: ["lv", "uk"],
    periodStart: "2024-01",
    partnersInvolved: "Sigulda State Gymnasium",
    contactName: "Pēteris Partner",
    contactEmail: "partner@demo.e-panema.eu",
    en: {
      title: "Reading buddies: teenagers read with newcomer children",
      summary: "Local secondary-school pupils meet newcomer children once a week in the library to read together in Latvian.",
      story: doc(
        p(
          "Teenagers from the gymnasium volunteer as reading buddies. Each buddy meets the same child every week for forty minutes in the children's department.",
        ),
        p("The children choose the books; the buddies read aloud first, then the children read a page each."),
      ),
      resources: ["Ten teenage volunteers", "A quiet corner in the children's department", "Easy readers in Latvian"],
      steps: [
        "Agree with the school on volunteering hours",
        "Match each teenager with one child",
        "Meet weekly at a fixed time",
        "Celebrate at the end of the term",
      ],
      results: "Twelve pairs read together through the spring term; teachers noticed more confident reading aloud.",
      lessons: "Fixed pairs matter: children wait for 'their' buddy. Teenagers need a short briefing on child protection.",
    },
  },
  {
    slug: "film-evenings-with-subtitles-in-three-languages",
    status: "CHANGES_REQUESTED",
    organisationSlug: "sigulda-library",
    country: "LV",
    city: "Sigulda",
    libraryName: "Siguldas novada bibliotēka",
    themes: ["culture-leisure"],
    targetGroups: ["refugees", "host-community"],
    languagesUsed: ["lv", "uk", "en"],
    periodStart: "2023-11",
    partnersInvolved: "r.a. “Siltumnīca”",
    contactName: "Pēteris Partner",
    contactEmail: "partner@demo.e-panema.eu",
    en: {
      title: "Film evenings with subtitles in three languages",
      summary: "Monthly film evenings with Latvian films, subtitled, followed by a conversation.",
      story: doc(p("Once a month we show a Latvian film with subtitles and talk about it afterwards over tea.")),
      resources: ["A projector and screen", "Licences for public screening"],
      steps: ["Choose a film", "Arrange the licence", "Announce the evening"],
      results: "Around twenty people come each month.",
      lessons: "People like talking about the film afterwards.",
    },
    comments: [
      {
        field: "results",
        body: "Could you say how many of the twenty are newcomers, and whether any came back to other library activities?",
      },
      { field: "resources", body: "Please explain how you obtained the screening licences — other libraries will want to know." },
      { field: null, body: "A promising practice; a few more details and it is ready to publish." },
    ],
  },
];
