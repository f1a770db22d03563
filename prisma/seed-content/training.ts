// Seed content for the training area: two courses for librarians, built on the seeded methodology
// and guides of the knowledge hub (they link to them). English is the source language; both
// courses are fully translated into Latvian and Ukrainian; the other interface languages show the
// "not yet translated" notice and the English text.
//
// Lesson bodies are HTML made of the same small set of elements as the knowledge seed (converted
// to the editor's JSON, validated and sanitised by lib/rich-text when seeding).

export type SeedLocale = "en" | "lv" | "uk";
type Tr<T> = Record<SeedLocale, T>;

export type SeedLesson = { slug: string; minutes: number; required?: boolean; title: Tr<string>; html: Tr<string> };
export type SeedQuestion = {
  kind?: "SINGLE" | "MULTIPLE";
  prompt: Tr<string>;
  choices: { text: Tr<string>; feedback: Tr<string>; correct?: boolean }[];
};
export type SeedModule = {
  title: Tr<string>;
  lessons: SeedLesson[];
  quiz?: { passMark: number; maxAttempts: number | null; questions: SeedQuestion[] };
};
export type SeedCourse = {
  slug: string;
  topic: "INTERCULTURAL_COMMUNICATION" | "DIGITAL_INCLUSION";
  level: "INTRODUCTORY" | "INTERMEDIATE";
  text: Tr<{ title: string; summary: string; outcomes: string[] }>;
  modules: SeedModule[];
};

const h2 = (text: string) => `<h2>${text}</h2>`;
const p = (text: string) => `<p>${text}</p>`;
const items = (list: string[]) => list.map((item) => `<li><p>${item}</p></li>`).join("");
const ul = (list: string[]) => `<ul>${items(list)}</ul>`;
const ol = (list: string[]) => `<ol>${items(list)}</ol>`;
const callout = (kind: "note" | "tip" | "warning", paras: string[]) => `<aside data-callout="${kind}">${paras.map(p).join("")}</aside>`;
const tip = (...paras: string[]) => callout("tip", paras);
const warning = (...paras: string[]) => callout("warning", paras);
const b = (text: string) => `<strong>${text}</strong>`;
const a = (href: string, text: string) => `<a href="${href}">${text}</a>`;
const doc = (...blocks: string[]) => blocks.join("");

const guide = {
  welcoming: "/knowledge/welcoming-at-the-desk-across-languages",
  plain: "/knowledge/plain-language-for-library-staff",
  interpreters: "/knowledge/working-with-interpreters-and-cultural-mediators",
  trauma: "/knowledge/trauma-aware-and-respectful-communication",
  digital: "/knowledge/running-digital-inclusion-sessions",
  phrases: "/knowledge/welcome-phrases-card",
  feedback: "/knowledge/session-feedback-form",
  methodology: "/knowledge/integration-methodology",
};

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Course 1: Intercultural communication at the library desk
// ─────────────────────────────────────────────────────────────────────────────────────────────

const firstMinute: SeedLesson = {
  slug: "the-first-minute-at-the-desk",
  minutes: 10,
  title: { en: "The first minute at the desk", lv: "Pirmā minūte pie letes", uk: "Перша хвилина біля стійки" },
  html: {
    en: doc(
      p(
        "The first minute often decides whether a person comes back. Someone who does not speak the local language may have gathered courage to come in, may expect to be turned away, and may have had difficult experiences at other counters. You do not need to speak their language to make them welcome.",
      ),
      h2("What the person notices first"),
      ul([
        "That you look up and greet them before they have to ask.",
        "Your voice: calm and at a normal volume. Speaking louder does not make a language easier.",
        "Your body: facing the person, hands away from the keyboard.",
        "Time: you do not hurry them or fill every silence.",
      ]),
      h2("Do not guess"),
      p(
        "Do not guess someone’s language, country or status from their appearance, and do not ask where they come from out of curiosity. Ask only what you need to help — usually, which language they speak.",
      ),
      tip(`The guide ${a(guide.welcoming, "Welcoming at the desk across languages")} has scripts for the most common situations.`),
      h2("Try it"),
      p("At your next shift, notice how long it takes before a visitor is greeted. Could anyone at the desk greet first?"),
    ),
    lv: doc(
      p(
        "Pirmā minūte bieži izšķir, vai cilvēks atgriezīsies. Kāds, kurš nerunā vietējā valodā, varbūt ilgi krājis drosmi ienākt, varbūt gaida atteikumu, varbūt pie citām letēm piedzīvojis ko grūtu. Lai cilvēks justos gaidīts, jums nav jārunā viņa valodā.",
      ),
      h2("Ko cilvēks pamana vispirms"),
      ul([
        "To, ka jūs paceļat skatienu un sasveicināties, pirms viņam jājautā.",
        "Jūsu balsi: mierīgu un parastā skaļumā. Skaļāka runa nepadara valodu saprotamāku.",
        "Jūsu stāju: pavērsušies pret cilvēku, rokas prom no tastatūras.",
        "Laiku: jūs nesteidzināt un nepiepildāt katru klusuma brīdi.",
      ]),
      h2("Neminiet"),
      p(
        "Neminiet cilvēka valodu, valsti vai statusu pēc izskata un nejautājiet ziņkārības pēc, no kurienes viņš ir. Jautājiet tikai to, kas vajadzīgs, lai palīdzētu, — parasti to, kādā valodā viņš runā.",
      ),
      tip(`Rokasgrāmatā ${a(guide.welcoming, "Sagaidīšana pie letes dažādās valodās")} (angļu valodā) ir frāzes biežākajām situācijām.`),
      h2("Izmēģiniet"),
      p(
        "Nākamajā maiņā pievērsiet uzmanību, cik ilgi apmeklētājs gaida, līdz ar viņu sasveicinās. Vai kāds pie letes varētu sasveicināties pirmais?",
      ),
    ),
    uk: doc(
      p(
        "Перша хвилина часто вирішує, чи людина повернеться. Той, хто не володіє місцевою мовою, міг довго збиратися з духом, щоб зайти, може чекати відмови і, можливо, мав важкий досвід біля інших віконець. Щоб людина відчула, що їй раді, вам не потрібно говорити її мовою.",
      ),
      h2("Що людина помічає насамперед"),
      ul([
        "Що ви підводите погляд і вітаєтеся першими, ще до її запитання.",
        "Ваш голос: спокійний і звичайної гучності. Гучніша мова не робить мову зрозумілішою.",
        "Вашу поставу: ви повернуті до людини, руки не на клавіатурі.",
        "Час: ви не квапите і не заповнюєте словами кожну паузу.",
      ]),
      h2("Не вгадуйте"),
      p(
        "Не вгадуйте мову, країну чи статус людини за зовнішністю і не питайте з цікавості, звідки вона. Питайте лише те, що потрібно, щоб допомогти, — зазвичай якою мовою людина говорить.",
      ),
      tip(
        `У посібнику ${a(guide.welcoming, "Привітання біля стійки різними мовами")} (англійською) є готові фрази для найчастіших ситуацій.`,
      ),
      h2("Спробуйте"),
      p(
        "Під час наступної зміни зверніть увагу, скільки часу минає, поки відвідувача привітають. Чи міг би хтось біля стійки привітатися першим?",
      ),
    ),
  },
};

const sharedLanguage: SeedLesson = {
  slug: "finding-a-shared-language",
  minutes: 10,
  title: { en: "Finding a shared language", lv: "Kopīgas valodas meklēšana", uk: "Пошук спільної мови" },
  html: {
    en: doc(
      p("Many people speak several languages. Before you fall back on gestures, find out whether you share one."),
      ol([
        "Ask simply: “Which language do you speak?” — or show the language identification card, so the person can point to theirs.",
        "Try the languages you and your colleagues know. English, French, Russian, Arabic or Spanish are often shared second languages.",
        "If no language is shared, say so calmly and switch to tools: pictures, writing, a calendar, machine translation for simple things.",
      ]),
      h2("Know who can help"),
      p(
        "Keep a list of colleagues and volunteers who speak other languages, and when they work. Ask them before the situation arises whether they are happy to be called to the desk.",
      ),
      warning(
        "Do not ask children to interpret for their parents, except for the simplest practical questions. It puts them in an adult role and can expose them to things they should not have to carry.",
      ),
    ),
    lv: doc(
      p("Daudzi cilvēki runā vairākās valodās. Pirms pārejat uz žestiem, noskaidrojiet, vai jums ir kopīga valoda."),
      ol([
        "Vienkārši pajautājiet: “Kādā valodā jūs runājat?” — vai parādiet valodu kartīti, lai cilvēks varētu norādīt savu.",
        "Izmēģiniet valodas, ko protat jūs un jūsu kolēģi. Angļu, franču, krievu, arābu vai spāņu bieži ir kopīgas otrās valodas.",
        "Ja kopīgas valodas nav, mierīgi to pasakiet un izmantojiet palīglīdzekļus: attēlus, rakstīšanu, kalendāru, mašīntulkošanu vienkāršām lietām.",
      ]),
      h2("Ziniet, kas var palīdzēt"),
      p(
        "Uzturiet sarakstu ar kolēģiem un brīvprātīgajiem, kuri runā citās valodās, un viņu darba laikiem. Jau iepriekš pajautājiet, vai viņi ir ar mieru, ka viņus pasauc pie letes.",
      ),
      warning(
        "Nelūdziet bērniem tulkot vecākiem, izņemot pašus vienkāršākos praktiskos jautājumus. Tas uzliek viņiem pieaugušā lomu un var pakļaut informācijai, kas viņiem nebūtu jānes.",
      ),
    ),
    uk: doc(
      p("Багато людей говорять кількома мовами. Перш ніж переходити на жести, з’ясуйте, чи є у вас спільна мова."),
      ol([
        "Запитайте просто: «Якою мовою ви говорите?» — або покажіть картку з мовами, щоб людина могла вказати свою.",
        "Спробуйте мови, які знаєте ви та ваші колеги. Англійська, французька, російська, арабська чи іспанська часто бувають спільними другими мовами.",
        "Якщо спільної мови немає, спокійно скажіть про це й перейдіть до допоміжних засобів: малюнків, письма, календаря, машинного перекладу для простих речей.",
      ]),
      h2("Знайте, хто може допомогти"),
      p(
        "Майте список колег і волонтерів, які говорять іншими мовами, та їхній розклад. Заздалегідь запитайте, чи вони не проти, щоб їх кликали до стійки.",
      ),
      warning(
        "Не просіть дітей перекладати для батьків, окрім найпростіших практичних питань. Це ставить їх у роль дорослого й може змусити нести інформацію, яку вони не повинні нести.",
      ),
    ),
  },
};

const deskTools: SeedLesson = {
  slug: "tools-to-keep-at-the-desk",
  minutes: 10,
  title: { en: "Tools to keep at the desk", lv: "Palīglīdzekļi pie letes", uk: "Що мати під рукою біля стійки" },
  html: {
    en: doc(
      p("Simple tools turn a hard conversation into a manageable one. Keep them where every colleague can reach them."),
      ul([
        `${b("Language identification card")}: “I speak…” in many languages and scripts.`,
        `${b("Welcome phrases card")}: the questions staff ask most, translated and checked by native speakers (see ${a(guide.phrases, "the card in the knowledge hub")}).`,
        `${b("Pictograms and photos")} of services: library card, books, computers, printer, toilets, children’s area.`,
        `${b("Paper, pen, calendar and a clock face")} for numbers, dates and times — written information can be taken home.`,
        `${b("Machine translation")} on a library device, for short everyday exchanges.`,
        `${b("The referral sheet")} with partners’ contacts, in plain language.`,
      ]),
      warning(
        "Machine translation can be wrong without either of you noticing, and some services store what is typed. Do not use it for rules, rights, money, health or personal information, and never on your private phone.",
      ),
    ),
    lv: doc(
      p("Vienkārši palīglīdzekļi grūtu sarunu padara pārvaramu. Glabājiet tos tur, kur ikviens kolēģis tos var sasniegt."),
      ul([
        `${b("Valodu kartīte")}: “Es runāju…” daudzās valodās un rakstībās.`,
        `${b("Sagaidīšanas frāžu kartīte")}: biežākie darbinieku jautājumi, iztulkoti un dzimtās valodas runātāju pārbaudīti (skatiet ${a(guide.phrases, "kartīti zināšanu centrā")}).`,
        `${b("Piktogrammas un fotogrāfijas")} par pakalpojumiem: lasītāja karte, grāmatas, datori, printeris, tualete, bērnu stūrītis.`,
        `${b("Papīrs, pildspalva, kalendārs un pulksteņa ciparnīca")} skaitļiem, datumiem un laikiem — uzrakstīto var paņemt līdzi.`,
        `${b("Mašīntulkošana")} bibliotēkas ierīcē īsām ikdienas sarunām.`,
        `${b("Nosūtīšanas lapa")} ar partneru kontaktiem vienkāršā valodā.`,
      ]),
      warning(
        "Mašīntulkojums var būt kļūdains, un neviens no jums to nepamanīs; daži pakalpojumi saglabā ierakstīto. Neizmantojiet to noteikumiem, tiesībām, naudai, veselībai vai personas datiem un nekad — savā privātajā tālrunī.",
      ),
    ),
    uk: doc(
      p("Прості засоби роблять важку розмову посильною. Тримайте їх там, де кожен колега може їх дістати."),
      ul([
        `${b("Картка з мовами")}: «Я говорю…» багатьма мовами та письмами.`,
        `${b("Картка вітальних фраз")}: питання, які персонал ставить найчастіше, перекладені й перевірені носіями мови (див. ${a(guide.phrases, "картку в базі знань")}).`,
        `${b("Піктограми й фото")} послуг: читацький квиток, книжки, комп’ютери, принтер, туалет, дитячий куточок.`,
        `${b("Папір, ручка, календар і циферблат")} для чисел, дат і часу — написане можна забрати додому.`,
        `${b("Машинний переклад")} на бібліотечному пристрої для коротких повсякденних розмов.`,
        `${b("Аркуш із контактами")} партнерів, написаний простою мовою.`,
      ]),
      warning(
        "Машинний переклад може помилятися так, що ніхто з вас цього не помітить, а деякі сервіси зберігають введене. Не використовуйте його для правил, прав, грошей, здоров’я чи особистих даних і ніколи — на своєму приватному телефоні.",
      ),
    ),
  },
};

const plainLanguage: SeedLesson = {
  slug: "plain-language-say-it-so-it-is-understood",
  minutes: 15,
  title: {
    en: "Plain language: say it so it is understood",
    lv: "Vienkāršā valoda: sakiet tā, lai saprastu",
    uk: "Проста мова: кажіть так, щоб зрозуміли",
  },
  html: {
    en: doc(
      p(
        "Plain language means that people can find what they need, understand it and use it the first time they read or hear it. It is not baby talk, and nothing important is left out: what gets in the way is.",
      ),
      h2("Five habits"),
      ol([
        `${b("Most important first.")} Start with what the person must know or do.`,
        `${b("One idea per sentence.")} About 15 words on average.`,
        `${b("Everyday words.")} Explain a necessary technical word the first time.`,
        `${b("Active voice.")} “You can borrow five books” rather than “Five items may be borrowed”.`,
        `${b("The same word for the same thing.")} Do not switch between “card”, “membership” and “subscription”.`,
      ]),
      h2("Before and after"),
      p(`${b("Before:")} “Items not returned by the due date will incur late fees.”`),
      p(`${b("After:")} “Please bring the books back by the date on your receipt. If you are late, you pay 10 cents a day.”`),
      tip(`More examples and a checklist are in ${a(guide.plain, "Plain language for library staff")}.`),
    ),
    lv: doc(
      p(
        "Vienkāršā valoda nozīmē, ka cilvēki atrod vajadzīgo, saprot to un var izmantot jau pirmajā lasīšanas vai dzirdēšanas reizē. Tā nav runāšana kā ar bērnu, un nekas svarīgs netiek izlaists — izlaists tiek tas, kas traucē.",
      ),
      h2("Piecas vienkāršas prakses"),
      ol([
        `${b("Svarīgākais vispirms.")} Sāciet ar to, kas cilvēkam jāzina vai jādara.`,
        `${b("Viena doma teikumā.")} Vidēji aptuveni 15 vārdu.`,
        `${b("Ikdienas vārdi.")} Nepieciešamu speciālu vārdu pirmajā reizē paskaidrojiet.`,
        `${b("Darāmā kārta.")} “Jūs varat paņemt piecas grāmatas”, nevis “Var tikt izsniegtas piecas vienības”.`,
        `${b("Vienai lietai viens vārds.")} Nemainiet “karte”, “dalība” un “abonements”.`,
      ]),
      h2("Pirms un pēc"),
      p(`${b("Pirms:")} “Par laikā nenodotām vienībām tiek piemērota kavējuma maksa.”`),
      p(`${b("Pēc:")} “Lūdzu, atnesiet grāmatas līdz datumam, kas ir uz jūsu čeka. Ja kavējat, jūs maksājat 10 centus dienā.”`),
      tip(
        `Vairāk piemēru un kontrolsaraksts ir rokasgrāmatā ${a(guide.plain, "Vienkāršā valoda bibliotēkas darbiniekiem")} (angļu valodā).`,
      ),
    ),
    uk: doc(
      p(
        "Проста мова означає, що люди знаходять потрібне, розуміють його й можуть скористатися ним з першого прочитання чи прослуховування. Це не сюсюкання, і нічого важливого не пропускають — прибирають те, що заважає.",
      ),
      h2("П’ять звичок"),
      ol([
        `${b("Найважливіше — спочатку.")} Почніть із того, що людина мусить знати чи зробити.`,
        `${b("Одна думка в реченні.")} У середньому близько 15 слів.`,
        `${b("Повсякденні слова.")} Потрібний фаховий термін поясніть, коли вживаєте його вперше.`,
        `${b("Активний стан.")} «Ви можете взяти п’ять книжок», а не «Може бути видано п’ять одиниць».`,
        `${b("Одне слово для однієї речі.")} Не чергуйте «квиток», «членство» й «абонемент».`,
      ]),
      h2("До і після"),
      p(`${b("До:")} «За одиниці, не повернені до встановленої дати, нараховується пеня.»`),
      p(`${b("Після:")} «Будь ласка, поверніть книжки до дати на вашому чеку. Якщо запізнитеся, заплатите 10 центів за день.»`),
      tip(`Більше прикладів і контрольний список — у посібнику ${a(guide.plain, "Проста мова для працівників бібліотек")} (англійською).`),
    ),
  },
};

const checkingUnderstanding: SeedLesson = {
  slug: "checking-understanding",
  minutes: 10,
  title: {
    en: "Checking understanding without embarrassment",
    lv: "Kā pārliecināties, ka saprasts, nevienu nenokaunot",
    uk: "Як перевірити розуміння, нікого не засоромивши",
  },
  html: {
    en: doc(
      p(
        "“Do you understand?” rarely works: people say yes out of politeness or embarrassment. A nod is not understanding. Instead, ask the person to show or tell you what they will do — this is called teach-back.",
      ),
      h2("Teach-back in practice"),
      ul([
        "“To be sure I explained it well: when do you need to bring the books back?”",
        "“Can you show me on the map where the children’s room is?”",
        "“Which day will you come to the computer session?”",
      ]),
      p(
        "If the answer shows a misunderstanding, the explanation was not clear enough. Explain again in another way, without blaming the person.",
      ),
      h2("Write it down"),
      p(
        "Dates, times, prices and addresses are easier to understand — and to take home — when written. Use numbers, not words, and write dates unambiguously: “Tuesday 3 March, 14:00”.",
      ),
    ),
    lv: doc(
      p(
        "Jautājums “Vai jūs saprotat?” reti palīdz: cilvēki atbild “jā” aiz pieklājības vai kauna. Galvas mājiens nav sapratne. Tā vietā palūdziet cilvēkam parādīt vai pastāstīt, ko viņš darīs, — to sauc par atgriezenisko skaidrošanu.",
      ),
      h2("Atgriezeniskā skaidrošana praksē"),
      ul([
        "“Lai būtu droša, ka labi paskaidroju: līdz kuram datumam jāatnes grāmatas?”",
        "“Vai varat kartē parādīt, kur ir bērnu telpa?”",
        "“Kurā dienā jūs nāksiet uz datoru nodarbību?”",
      ]),
      p("Ja atbilde liecina par pārpratumu, skaidrojums nav bijis pietiekami skaidrs. Paskaidrojiet vēlreiz citādi, cilvēku nevainojot."),
      h2("Pierakstiet"),
      p(
        "Datumus, laikus, cenas un adreses ir vieglāk saprast — un paņemt līdzi —, ja tie ir uzrakstīti. Lietojiet ciparus, ne vārdus, un rakstiet datumus nepārprotami: “otrdien, 3. martā, 14.00”.",
      ),
    ),
    uk: doc(
      p(
        "Питання «Ви розумієте?» рідко допомагає: люди кажуть «так» із ввічливості або сорому. Кивок — ще не розуміння. Натомість попросіть людину показати чи розповісти, що вона робитиме, — це називають методом «поясни мені».",
      ),
      h2("«Поясни мені» на практиці"),
      ul([
        "«Щоб переконатися, що я добре пояснила: до якої дати треба повернути книжки?»",
        "«Покажете на плані, де дитяча кімната?»",
        "«Котрого дня ви прийдете на заняття з комп’ютером?»",
      ]),
      p(
        "Якщо відповідь свідчить про непорозуміння, пояснення було недостатньо зрозумілим. Поясніть ще раз інакше, не звинувачуючи людину.",
      ),
      h2("Запишіть"),
      p(
        "Дати, час, ціни й адреси легше зрозуміти — і забрати з собою, — коли вони записані. Пишіть числа цифрами і дати однозначно: «вівторок, 3 березня, 14:00».",
      ),
    ),
  },
};

const interpreters: SeedLesson = {
  slug: "working-with-interpreters",
  minutes: 15,
  title: {
    en: "Working with interpreters and cultural mediators",
    lv: "Darbs ar tulkiem un kultūras mediatoriem",
    uk: "Робота з перекладачами та культурними медіаторами",
  },
  html: {
    en: doc(
      p(
        "Gestures and tools are enough for borrowing a book. They are not enough when the conversation is about rights, money, health, a complaint, a conflict, or a person in distress. Then, use a professional interpreter — in person, by phone or by video — or ask a partner that has one.",
      ),
      h2("Interpreter or mediator?"),
      p(
        "An interpreter renders what is said, completely and neutrally, in the other language. A cultural mediator also helps both sides understand expectations and context. Both are bound to confidentiality; agree beforehand which role you need.",
      ),
      h2("During the conversation"),
      ul([
        "Speak to the person, not to the interpreter: “What would you like to borrow?”, not “Ask her what she wants”.",
        "Speak in short sections and pause so the interpreter can render everything.",
        "Avoid side conversations with the interpreter; whatever is said is interpreted.",
        "At the end, check understanding with teach-back.",
      ]),
      tip(
        `Preparation, closing and the pitfalls of informal interpreting are covered in ${a(guide.interpreters, "the interpreters guide")}.`,
      ),
    ),
    lv: doc(
      p(
        "Žestu un palīglīdzekļu pietiek, lai paņemtu grāmatu. Tie nav pietiekami, ja saruna ir par tiesībām, naudu, veselību, sūdzību, konfliktu vai cilvēku, kuram ir grūti. Tad izmantojiet profesionālu tulku — klātienē, pa tālruni vai video — vai lūdziet palīdzību partnerim, kuram tāds ir.",
      ),
      h2("Tulks vai mediators?"),
      p(
        "Tulks pilnīgi un neitrāli atveido teikto otrā valodā. Kultūras mediators palīdz abām pusēm saprast arī gaidas un kontekstu. Abiem ir saistoša konfidencialitāte; iepriekš vienojieties, kura loma jums vajadzīga.",
      ),
      h2("Sarunas laikā"),
      ul([
        "Runājiet ar cilvēku, nevis ar tulku: “Ko jūs vēlētos paņemt?”, nevis “Pajautājiet, ko viņa grib”.",
        "Runājiet īsos fragmentos un ieturiet pauzes, lai tulks varētu atveidot visu.",
        "Izvairieties no blakus sarunām ar tulku — viss teiktais tiek tulkots.",
        "Beigās pārliecinieties par sapratni ar atgriezenisko skaidrošanu.",
      ]),
      tip(
        `Par sagatavošanos, sarunas noslēgumu un neformālas tulkošanas riskiem — ${a(guide.interpreters, "rokasgrāmatā par tulkiem")} (angļu valodā).`,
      ),
    ),
    uk: doc(
      p(
        "Жестів і допоміжних засобів досить, щоб узяти книжку. Їх не досить, коли розмова про права, гроші, здоров’я, скаргу, конфлікт або людину в скруті. Тоді залучіть професійного перекладача — особисто, телефоном чи відео — або попросіть партнера, який його має.",
      ),
      h2("Перекладач чи медіатор?"),
      p(
        "Перекладач повно й нейтрально передає сказане іншою мовою. Культурний медіатор також допомагає обом сторонам зрозуміти очікування й контекст. Обидва зобов’язані зберігати конфіденційність; заздалегідь домовтеся, яка роль вам потрібна.",
      ),
      h2("Під час розмови"),
      ul([
        "Звертайтеся до людини, а не до перекладача: «Що б ви хотіли взяти?», а не «Спитайте, чого вона хоче».",
        "Говоріть короткими частинами й робіть паузи, щоб перекладач міг передати все.",
        "Уникайте побічних розмов із перекладачем — усе сказане перекладається.",
        "Наприкінці перевірте розуміння методом «поясни мені».",
      ]),
      tip(
        `Про підготовку, завершення розмови й ризики неформального перекладу — у ${a(guide.interpreters, "посібнику про перекладачів")} (англійською).`,
      ),
    ),
  },
};

const traumaAware: SeedLesson = {
  slug: "trauma-aware-respectful-communication",
  minutes: 15,
  title: {
    en: "Trauma-aware, respectful communication",
    lv: "Cieņpilna komunikācija, apzinoties traumu",
    uk: "Шаноблива комунікація з урахуванням травми",
  },
  html: {
    en: doc(
      p(
        "Some visitors have lived through war, persecution, a dangerous journey or long uncertainty. You do not need to know anyone’s story to act in a way that helps: predictable, calm and respectful of people’s choices.",
      ),
      h2("What helps"),
      ul([
        "Explain what will happen and why: “I will take a copy of your card, then give it back.”",
        "Offer choices where you can: where to sit, which language, whether to come back later.",
        "Keep a calm tone and posture, especially when something goes wrong.",
        "Do not ask about the journey, the family or the past. If someone tells you, listen, thank them, and do not probe.",
      ]),
      h2("When someone is upset"),
      p(
        "Lower your voice, give space, and offer a quieter place. Do not touch the person or block the way out. If you are worried about someone’s safety, follow your library’s procedure and contact the partner services on the referral sheet.",
      ),
      tip(`Read ${a(guide.trauma, "Trauma-aware and respectful communication")} for a longer guide.`),
    ),
    lv: doc(
      p(
        "Daži apmeklētāji ir pārdzīvojuši karu, vajāšanu, bīstamu ceļu vai ilgu nenoteiktību. Jums nav jāzina neviena stāsts, lai rīkotos palīdzoši: paredzami, mierīgi un respektējot cilvēka izvēles.",
      ),
      h2("Kas palīdz"),
      ul([
        "Paskaidrojiet, kas notiks un kāpēc: “Es nokopēšu jūsu karti un uzreiz to atdošu.”",
        "Kur iespējams, piedāvājiet izvēli: kur apsēsties, kurā valodā runāt, vai atnākt vēlāk.",
        "Saglabājiet mierīgu toni un stāju, īpaši tad, ja kaut kas noiet greizi.",
        "Nejautājiet par ceļu, ģimeni vai pagātni. Ja cilvēks pats stāsta, klausieties, pateicieties un neizprašņājiet.",
      ]),
      h2("Ja cilvēks ir satraukts"),
      p(
        "Runājiet klusāk, dodiet vietu un piedāvājiet mierīgāku telpu. Nepieskarieties cilvēkam un neaizšķērsojiet izeju. Ja uztraucaties par kāda drošību, rīkojieties saskaņā ar bibliotēkas kārtību un sazinieties ar partneru dienestiem no nosūtīšanas lapas.",
      ),
      tip(`Plašāk — rokasgrāmatā ${a(guide.trauma, "Cieņpilna komunikācija, apzinoties traumu")} (angļu valodā).`),
    ),
    uk: doc(
      p(
        "Дехто з відвідувачів пережив війну, переслідування, небезпечну дорогу чи довгу невизначеність. Вам не потрібно знати чиюсь історію, щоб діяти так, що допомагає: передбачувано, спокійно й поважаючи вибір людини.",
      ),
      h2("Що допомагає"),
      ul([
        "Пояснюйте, що станеться і навіщо: «Я зроблю копію вашого квитка й одразу поверну».",
        "Де можливо, пропонуйте вибір: де сісти, якою мовою говорити, чи прийти пізніше.",
        "Зберігайте спокійний тон і поставу, особливо коли щось іде не так.",
        "Не питайте про дорогу, родину чи минуле. Якщо людина розповідає сама — вислухайте, подякуйте й не розпитуйте.",
      ]),
      h2("Коли людина схвильована"),
      p(
        "Говоріть тихіше, дайте простір і запропонуйте спокійніше місце. Не торкайтеся людини й не загороджуйте вихід. Якщо турбуєтеся про чиюсь безпеку, дійте за процедурою бібліотеки та зверніться до партнерських служб з аркуша контактів.",
      ),
      tip(`Докладніше — у посібнику ${a(guide.trauma, "Шаноблива комунікація з урахуванням травми")} (англійською).`),
    ),
  },
};

const privacyTrust: SeedLesson = {
  slug: "privacy-and-trust",
  minutes: 10,
  title: {
    en: "Privacy, trust and what not to ask",
    lv: "Privātums, uzticēšanās un ko nejautāt",
    uk: "Приватність, довіра і чого не питати",
  },
  html: {
    en: doc(
      p(
        "People who have dealt with many authorities may be wary of forms and questions. The library earns trust by asking only what it needs, saying why, and protecting what it learns.",
      ),
      h2("Ask only what you need"),
      ul([
        "For a library card: what your rules require, and no more. If someone has no fixed address, find out what your library can accept.",
        "Never ask about residence status, religion or the reason for coming, unless a service strictly requires it — and then explain why.",
        "Do not write personal details on lists that others can see.",
      ]),
      h2("Say what happens to the information"),
      p(
        "“We keep your name and email to remind you when books are due. We do not share them.” One sentence like this, in plain language, builds more trust than a long notice.",
      ),
      h2("Be clear about what the library does"),
      p(
        `The library is not a legal adviser or a social service. Say so, and refer people to those who are: the ${a(guide.methodology, "integration methodology")} explains how to build that network of partners.`,
      ),
    ),
    lv: doc(
      p(
        "Cilvēki, kuriem bijusi darīšana ar daudzām iestādēm, var būt piesardzīgi pret veidlapām un jautājumiem. Bibliotēka iegūst uzticību, jautājot tikai vajadzīgo, paskaidrojot, kāpēc, un sargājot uzzināto.",
      ),
      h2("Jautājiet tikai vajadzīgo"),
      ul([
        "Lasītāja kartei — to, ko prasa jūsu noteikumi, un ne vairāk. Ja cilvēkam nav pastāvīgas adreses, noskaidrojiet, ko bibliotēka var pieņemt.",
        "Nekad nejautājiet par uzturēšanās statusu, reliģiju vai ierašanās iemeslu, ja vien pakalpojumam tas nav obligāti nepieciešams — un tad paskaidrojiet, kāpēc.",
        "Nerakstiet personas datus sarakstos, kurus var redzēt citi.",
      ]),
      h2("Pasakiet, kas notiks ar informāciju"),
      p(
        "“Mēs glabājam jūsu vārdu un e-pastu, lai atgādinātu par grāmatu nodošanu. Mēs tos nevienam nenododam.” Viens šāds teikums vienkāršā valodā rada vairāk uzticības nekā garš paziņojums.",
      ),
      h2("Skaidri pasakiet, ko bibliotēka dara"),
      p(
        `Bibliotēka nav juridiskais konsultants vai sociālais dienests. Pasakiet to un nosūtiet cilvēkus pie tiem, kas ir: ${a(guide.methodology, "integrācijas metodoloģijā")} aprakstīts, kā veidot šādu partneru tīklu.`,
      ),
    ),
    uk: doc(
      p(
        "Люди, які мали справу з багатьма установами, можуть насторожено ставитися до анкет і запитань. Бібліотека здобуває довіру, коли питає лише потрібне, пояснює навіщо й береже те, що дізналася.",
      ),
      h2("Питайте лише потрібне"),
      ul([
        "Для читацького квитка — те, чого вимагають ваші правила, і не більше. Якщо в людини немає постійної адреси, з’ясуйте, що бібліотека може прийняти.",
        "Ніколи не питайте про статус перебування, релігію чи причину приїзду, хіба що послуга суворо цього вимагає, — і тоді поясніть чому.",
        "Не записуйте особисті дані у списки, які можуть бачити інші.",
      ]),
      h2("Скажіть, що станеться з інформацією"),
      p(
        "«Ми зберігаємо ваше ім’я та електронну адресу, щоб нагадувати про повернення книжок. Ми нікому їх не передаємо.» Одне таке речення простою мовою будує більше довіри, ніж довге оголошення.",
      ),
      h2("Чітко скажіть, що робить бібліотека"),
      p(
        `Бібліотека — не юридичний консультант і не соціальна служба. Скажіть про це й спрямуйте людей до тих, хто ними є: у ${a(guide.methodology, "методології інтеграції")} описано, як створити таку мережу партнерів.`,
      ),
    ),
  },
};

const quizWelcoming: SeedQuestion[] = [
  {
    prompt: {
      en: "A visitor approaches the desk and seems unsure. What should you do first?",
      lv: "Pie letes pienāk apmeklētājs, kurš šķiet nedrošs. Ko darīt vispirms?",
      uk: "До стійки підходить відвідувач і здається невпевненим. Що зробити насамперед?",
    },
    choices: [
      {
        text: {
          en: "Look up and greet them first",
          lv: "Pacelt skatienu un sasveicināties pirmajam",
          uk: "Підвести погляд і привітатися першим",
        },
        feedback: {
          en: "Right: greeting first tells the person they are welcome before they have to ask.",
          lv: "Pareizi: sasveicinoties pirmais, jūs parādāt, ka cilvēks ir gaidīts, pirms viņam jājautā.",
          uk: "Правильно: привітавшись першими, ви показуєте, що людині раді, ще до її запитання.",
        },
        correct: true,
      },
      {
        text: {
          en: "Finish what you are typing, then ask what they want",
          lv: "Pabeigt rakstīt un tad jautāt, ko viņš vēlas",
          uk: "Дописати те, що друкуєте, а потім спитати, чого він хоче",
        },
        feedback: {
          en: "Not quite: a person who is unsure may leave while you finish. Greet first.",
          lv: "Ne gluži: nedrošs cilvēks var aiziet, kamēr jūs pabeidzat. Sasveicinieties vispirms.",
          uk: "Не зовсім: невпевнена людина може піти, поки ви закінчуєте. Привітайтеся спочатку.",
        },
      },
      {
        text: { en: "Ask which country they come from", lv: "Pajautāt, no kuras valsts viņš ir", uk: "Запитати, з якої він країни" },
        feedback: {
          en: "No: where someone comes from is not needed to help them, and the question can feel like a check.",
          lv: "Nē: lai palīdzētu, nav jāzina, no kurienes cilvēks ir, un jautājums var likties kā pārbaude.",
          uk: "Ні: щоб допомогти, не потрібно знати, звідки людина, а таке питання може сприйматися як перевірка.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "The visitor does not understand you. What is the best next step?",
      lv: "Apmeklētājs jūs nesaprot. Kāds ir labākais nākamais solis?",
      uk: "Відвідувач вас не розуміє. Який найкращий наступний крок?",
    },
    choices: [
      {
        text: { en: "Say the same thing again, louder", lv: "Atkārtot to pašu skaļāk", uk: "Повторити те саме гучніше" },
        feedback: {
          en: "No: speaking louder does not make a language easier, and it can feel aggressive.",
          lv: "Nē: skaļāka runa nepadara valodu vieglāku un var šķist agresīva.",
          uk: "Ні: гучніша мова не робить мову простішою і може здаватися агресивною.",
        },
      },
      {
        text: {
          en: "Show the language card so they can point to their language",
          lv: "Parādīt valodu kartīti, lai viņš norāda savu valodu",
          uk: "Показати картку з мовами, щоб він указав свою",
        },
        feedback: {
          en: "Right: the card finds a shared language — or tells you to switch to tools.",
          lv: "Pareizi: kartīte palīdz atrast kopīgu valodu — vai parāda, ka jāizmanto palīglīdzekļi.",
          uk: "Правильно: картка допомагає знайти спільну мову — або показує, що час перейти до допоміжних засобів.",
        },
        correct: true,
      },
      {
        text: { en: "Ask their child to interpret", lv: "Palūgt viņa bērnu tulkot", uk: "Попросити дитину перекласти" },
        feedback: {
          en: "Avoid it: children should interpret only the simplest practical questions, if at all.",
          lv: "Izvairieties: bērniem jātulko tikai pavisam vienkārši praktiski jautājumi, ja vispār.",
          uk: "Уникайте: діти можуть перекладати хіба найпростіші практичні питання, якщо взагалі.",
        },
      },
    ],
  },
  {
    kind: "MULTIPLE",
    prompt: {
      en: "Which of these belong at the desk? Choose all that apply.",
      lv: "Kas no šī ir vajadzīgs pie letes? Izvēlieties visu, kas atbilst.",
      uk: "Що з переліченого варто мати біля стійки? Виберіть усе, що підходить.",
    },
    choices: [
      {
        text: {
          en: "A welcome phrases card checked by native speakers",
          lv: "Sagaidīšanas frāžu kartīte, ko pārbaudījuši dzimtās valodas runātāji",
          uk: "Картка вітальних фраз, перевірена носіями мови",
        },
        feedback: {
          en: "Yes: it covers the questions staff ask most.",
          lv: "Jā: tajā ir biežākie jautājumi.",
          uk: "Так: на ній найчастіші запитання.",
        },
        correct: true,
      },
      {
        text: { en: "Pictograms of the main services", lv: "Galveno pakalpojumu piktogrammas", uk: "Піктограми основних послуг" },
        feedback: {
          en: "Yes: pointing at a picture works in every language.",
          lv: "Jā: norādīt uz attēlu var jebkurā valodā.",
          uk: "Так: показати на малюнок можна будь-якою мовою.",
        },
        correct: true,
      },
      {
        text: { en: "Paper and a pen", lv: "Papīrs un pildspalva", uk: "Папір і ручка" },
        feedback: {
          en: "Yes: written dates, times and numbers are easier to understand and take home.",
          lv: "Jā: uzrakstītus datumus, laikus un skaitļus ir vieglāk saprast un paņemt līdzi.",
          uk: "Так: записані дати, час і числа легше зрозуміти й забрати з собою.",
        },
        correct: true,
      },
      {
        text: {
          en: "A staff member’s private phone with a translation app",
          lv: "Darbinieka privātais tālrunis ar tulkošanas lietotni",
          uk: "Приватний телефон працівника з додатком-перекладачем",
        },
        feedback: {
          en: "No: use a library device and an approved service; private phones put personal data at risk.",
          lv: "Nē: izmantojiet bibliotēkas ierīci un apstiprinātu pakalpojumu; privātie tālruņi apdraud personas datus.",
          uk: "Ні: користуйтеся бібліотечним пристроєм і схваленим сервісом; приватні телефони ставлять під загрозу особисті дані.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "When is machine translation appropriate?",
      lv: "Kad ir piemērota mašīntulkošana?",
      uk: "Коли доречний машинний переклад?",
    },
    choices: [
      {
        text: {
          en: "For short, everyday questions like opening hours",
          lv: "Īsiem ikdienas jautājumiem, piemēram, par darba laiku",
          uk: "Для коротких повсякденних питань, як-от години роботи",
        },
        feedback: {
          en: "Right: simple exchanges are what it is good for.",
          lv: "Pareizi: tieši vienkāršām sarunām tā noder.",
          uk: "Правильно: саме для простих розмов він і придатний.",
        },
        correct: true,
      },
      {
        text: {
          en: "To explain someone’s rights in a dispute",
          lv: "Lai izskaidrotu cilvēka tiesības strīdā",
          uk: "Щоб пояснити права людини в суперечці",
        },
        feedback: {
          en: "No: rights, money, health and conflicts need a professional interpreter.",
          lv: "Nē: tiesībām, naudai, veselībai un konfliktiem vajadzīgs profesionāls tulks.",
          uk: "Ні: права, гроші, здоров’я й конфлікти потребують професійного перекладача.",
        },
      },
      {
        text: {
          en: "To fill in a form with personal details",
          lv: "Lai aizpildītu veidlapu ar personas datiem",
          uk: "Щоб заповнити анкету з особистими даними",
        },
        feedback: {
          en: "No: some services store what is typed; keep personal information out of them.",
          lv: "Nē: daži pakalpojumi saglabā ierakstīto; personas datus tajos neievadiet.",
          uk: "Ні: деякі сервіси зберігають введене; не вводьте туди особисті дані.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "Which question is it fine to ask a new visitor?",
      lv: "Kuru jautājumu jaunam apmeklētājam ir pieņemami uzdot?",
      uk: "Яке питання доречно поставити новому відвідувачу?",
    },
    choices: [
      {
        text: { en: "“Which language do you speak?”", lv: "“Kādā valodā jūs runājat?”", uk: "«Якою мовою ви говорите?»" },
        feedback: {
          en: "Right: it is the question you need to help.",
          lv: "Pareizi: tas ir jautājums, kas vajadzīgs, lai palīdzētu.",
          uk: "Правильно: саме це питання потрібне, щоб допомогти.",
        },
        correct: true,
      },
      {
        text: {
          en: "“Why did you come to this country?”",
          lv: "“Kāpēc jūs atbraucāt uz šo valsti?”",
          uk: "«Чому ви приїхали в цю країну?»",
        },
        feedback: {
          en: "No: the reason for coming is private and not needed for library services.",
          lv: "Nē: ierašanās iemesls ir privāts un bibliotēkas pakalpojumiem nav vajadzīgs.",
          uk: "Ні: причина приїзду — приватна справа й для бібліотечних послуг не потрібна.",
        },
      },
      {
        text: { en: "“Are you a refugee?”", lv: "“Vai jūs esat bēglis?”", uk: "«Ви біженець?»" },
        feedback: {
          en: "No: status is not needed to use the library, and asking can frighten people away.",
          lv: "Nē: statuss nav vajadzīgs, lai izmantotu bibliotēku, un jautājums var cilvēkus atbaidīt.",
          uk: "Ні: статус не потрібен, щоб користуватися бібліотекою, а таке питання може відлякати.",
        },
      },
    ],
  },
];

const quizRespect: SeedQuestion[] = [
  {
    prompt: {
      en: "You explained the loan period. How do you check it was understood?",
      lv: "Jūs paskaidrojāt izsniegšanas termiņu. Kā pārliecināties, ka tas saprasts?",
      uk: "Ви пояснили термін видачі. Як перевірити, що вас зрозуміли?",
    },
    choices: [
      {
        text: { en: "Ask “Do you understand?”", lv: "Pajautāt “Vai saprotat?”", uk: "Запитати «Ви розумієте?»" },
        feedback: {
          en: "Not reliable: people often say yes out of politeness.",
          lv: "Nav uzticami: cilvēki bieži atbild “jā” aiz pieklājības.",
          uk: "Ненадійно: люди часто кажуть «так» із ввічливості.",
        },
      },
      {
        text: {
          en: "Ask them when they need to bring the books back",
          lv: "Pajautāt, līdz kuram datumam jāatnes grāmatas",
          uk: "Запитати, до якої дати треба повернути книжки",
        },
        feedback: {
          en: "Right: teach-back shows what was understood, without embarrassment.",
          lv: "Pareizi: atgriezeniskā skaidrošana parāda, kas saprasts, nevienu nenokaunot.",
          uk: "Правильно: метод «поясни мені» показує, що зрозуміли, нікого не засоромивши.",
        },
        correct: true,
      },
      {
        text: { en: "Watch whether they nod", lv: "Vērot, vai viņš māj ar galvu", uk: "Подивитися, чи кивне людина" },
        feedback: { en: "No: a nod is not understanding.", lv: "Nē: galvas mājiens nav sapratne.", uk: "Ні: кивок — ще не розуміння." },
      },
    ],
  },
  {
    prompt: {
      en: "During an interpreted conversation, to whom do you speak?",
      lv: "Kam jūs runājat sarunā ar tulku?",
      uk: "До кого ви звертаєтеся під час розмови з перекладачем?",
    },
    choices: [
      {
        text: { en: "To the visitor, directly", lv: "Tieši apmeklētājam", uk: "Безпосередньо до відвідувача" },
        feedback: {
          en: "Right: the interpreter renders your words; the conversation is with the person.",
          lv: "Pareizi: tulks atveido jūsu vārdus; saruna notiek ar cilvēku.",
          uk: "Правильно: перекладач передає ваші слова, а розмова — з людиною.",
        },
        correct: true,
      },
      {
        text: {
          en: "To the interpreter: “Ask her what she wants”",
          lv: "Tulkam: “Pajautājiet, ko viņa grib”",
          uk: "До перекладача: «Спитайте, чого вона хоче»",
        },
        feedback: {
          en: "No: talking about the person in the third person shuts them out.",
          lv: "Nē: runājot par cilvēku trešajā personā, jūs viņu izslēdzat.",
          uk: "Ні: говорячи про людину в третій особі, ви її відсторонюєте.",
        },
      },
    ],
  },
  {
    kind: "MULTIPLE",
    prompt: {
      en: "Which conversations need a professional interpreter? Choose all that apply.",
      lv: "Kurām sarunām vajadzīgs profesionāls tulks? Izvēlieties visu, kas atbilst.",
      uk: "Які розмови потребують професійного перекладача? Виберіть усе, що підходить.",
    },
    choices: [
      {
        text: { en: "A complaint about a fine", lv: "Sūdzība par soda naudu", uk: "Скарга на штраф" },
        feedback: {
          en: "Yes: money and complaints need accuracy.",
          lv: "Jā: naudai un sūdzībām vajadzīga precizitāte.",
          uk: "Так: гроші й скарги потребують точності.",
        },
        correct: true,
      },
      {
        text: {
          en: "A person in distress asking for help",
          lv: "Satraukts cilvēks, kurš lūdz palīdzību",
          uk: "Людина в скруті, яка просить допомоги",
        },
        feedback: {
          en: "Yes: misunderstandings here can cause harm.",
          lv: "Jā: pārpratumi šeit var kaitēt.",
          uk: "Так: непорозуміння тут можуть зашкодити.",
        },
        correct: true,
      },
      {
        text: { en: "Showing where the toilets are", lv: "Parādīt, kur ir tualete", uk: "Показати, де туалет" },
        feedback: {
          en: "No: a gesture or a pictogram is enough.",
          lv: "Nē: pietiek ar žestu vai piktogrammu.",
          uk: "Ні: досить жесту чи піктограми.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "A visitor starts telling you about their journey and becomes upset. What do you do?",
      lv: "Apmeklētājs sāk stāstīt par savu ceļu un kļūst satraukts. Ko jūs darāt?",
      uk: "Відвідувач починає розповідати про свою дорогу й засмучується. Що ви робите?",
    },
    choices: [
      {
        text: {
          en: "Listen calmly, offer a quieter place, and do not ask for details",
          lv: "Mierīgi klausīties, piedāvāt klusāku vietu un neizjautāt sīkumus",
          uk: "Спокійно вислухати, запропонувати тихіше місце й не розпитувати подробиць",
        },
        feedback: {
          en: "Right: predictable, calm and respectful — without probing.",
          lv: "Pareizi: paredzami, mierīgi un ar cieņu — bez izprašņāšanas.",
          uk: "Правильно: передбачувано, спокійно й шанобливо — без розпитувань.",
        },
        correct: true,
      },
      {
        text: {
          en: "Ask questions to understand what happened",
          lv: "Uzdot jautājumus, lai saprastu, kas notika",
          uk: "Поставити запитання, щоб зрозуміти, що сталося",
        },
        feedback: {
          en: "No: probing can bring back painful memories; it is not the library’s role.",
          lv: "Nē: izjautāšana var atsaukt sāpīgas atmiņas; tā nav bibliotēkas loma.",
          uk: "Ні: розпитування може повернути болісні спогади; це не роль бібліотеки.",
        },
      },
      {
        text: {
          en: "Put a hand on their shoulder to comfort them",
          lv: "Uzlikt roku uz pleca, lai mierinātu",
          uk: "Покласти руку на плече, щоб заспокоїти",
        },
        feedback: {
          en: "No: touch can feel threatening. Give space instead.",
          lv: "Nē: pieskāriens var šķist draudīgs. Tā vietā dodiet vietu.",
          uk: "Ні: дотик може здатися загрозливим. Краще дайте простір.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "What should you say about personal information you ask for?",
      lv: "Ko teikt par personas datiem, kurus jūs prasāt?",
      uk: "Що сказати про особисті дані, які ви запитуєте?",
    },
    choices: [
      {
        text: {
          en: "Why you need it and what happens to it, in one plain sentence",
          lv: "Kāpēc tie vajadzīgi un kas ar tiem notiks — vienā vienkāršā teikumā",
          uk: "Навіщо вони потрібні й що з ними буде — одним простим реченням",
        },
        feedback: {
          en: "Right: a short, plain explanation builds trust.",
          lv: "Pareizi: īss, vienkāršs paskaidrojums veido uzticību.",
          uk: "Правильно: коротке просте пояснення будує довіру.",
        },
        correct: true,
      },
      {
        text: { en: "Nothing: it is standard procedure", lv: "Neko: tā ir standarta procedūra", uk: "Нічого: це стандартна процедура" },
        feedback: {
          en: "No: people who have met many authorities are right to ask why.",
          lv: "Nē: cilvēkiem, kuriem bijusi darīšana ar daudzām iestādēm, ir pamats jautāt, kāpēc.",
          uk: "Ні: люди, які мали справу з багатьма установами, мають підстави питати навіщо.",
        },
      },
      {
        text: {
          en: "Hand them the full privacy policy to read",
          lv: "Iedot izlasīt visu privātuma politiku",
          uk: "Дати прочитати всю політику конфіденційності",
        },
        feedback: {
          en: "Not enough on its own: a long notice rarely answers the person’s real question.",
          lv: "Ar to vien nepietiek: garš paziņojums reti atbild uz cilvēka īsto jautājumu.",
          uk: "Самого цього мало: довгий документ рідко відповідає на справжнє питання людини.",
        },
      },
    ],
  },
];

export const INTERCULTURAL_COURSE: SeedCourse = {
  slug: "intercultural-communication-at-the-library-desk",
  topic: "INTERCULTURAL_COMMUNICATION",
  level: "INTRODUCTORY",
  text: {
    en: {
      title: "Intercultural communication at the library desk",
      summary:
        "Welcome people who do not (yet) share your language: the first minute, plain language, interpreters, trauma-aware communication and trust. Eight short lessons and two quizzes, built on the partnership’s guides.",
      outcomes: [
        "Greet and help a visitor with whom you share no language, using simple tools",
        "Speak and write in plain language and check understanding with teach-back",
        "Decide when a professional interpreter is needed and work well with one",
        "Respond calmly and respectfully to a visitor in distress",
        "Ask only the personal information you need, and say why",
      ],
    },
    lv: {
      title: "Starpkultūru komunikācija pie bibliotēkas letes",
      summary:
        "Kā sagaidīt cilvēkus, ar kuriem jums (vēl) nav kopīgas valodas: pirmā minūte, vienkāršā valoda, tulki, komunikācija, apzinoties traumu, un uzticēšanās. Astoņas īsas nodarbības un divi testi, balstīti uz partnerības rokasgrāmatām.",
      outcomes: [
        "Sagaidīt un palīdzēt apmeklētājam, ar kuru jums nav kopīgas valodas, izmantojot vienkāršus palīglīdzekļus",
        "Runāt un rakstīt vienkāršā valodā un pārbaudīt sapratni ar atgriezenisko skaidrošanu",
        "Izlemt, kad vajadzīgs profesionāls tulks, un labi ar viņu sadarboties",
        "Mierīgi un cieņpilni reaģēt, ja apmeklētājs ir satraukts",
        "Jautāt tikai vajadzīgos personas datus un paskaidrot, kāpēc",
      ],
    },
    uk: {
      title: "Міжкультурна комунікація біля бібліотечної стійки",
      summary:
        "Як зустрічати людей, з якими у вас (поки що) немає спільної мови: перша хвилина, проста мова, перекладачі, комунікація з урахуванням травми й довіра. Вісім коротких уроків і два тести на основі посібників партнерства.",
      outcomes: [
        "Привітати й допомогти відвідувачу, з яким немає спільної мови, за допомогою простих засобів",
        "Говорити й писати простою мовою та перевіряти розуміння методом «поясни мені»",
        "Вирішувати, коли потрібен професійний перекладач, і добре з ним працювати",
        "Спокійно й шанобливо реагувати, коли відвідувач у скруті",
        "Питати лише потрібні особисті дані й пояснювати навіщо",
      ],
    },
  },
  modules: [
    {
      title: { en: "Welcoming across languages", lv: "Sagaidīšana dažādās valodās", uk: "Привітання різними мовами" },
      lessons: [firstMinute, sharedLanguage, deskTools],
      quiz: { passMark: 80, maxAttempts: null, questions: quizWelcoming },
    },
    {
      title: { en: "Plain language and interpreters", lv: "Vienkāršā valoda un tulki", uk: "Проста мова і перекладачі" },
      lessons: [plainLanguage, checkingUnderstanding, interpreters],
    },
    {
      title: {
        en: "Respect, trust and difficult moments",
        lv: "Cieņa, uzticēšanās un grūti brīži",
        uk: "Повага, довіра і складні моменти",
      },
      lessons: [traumaAware, privacyTrust],
      quiz: { passMark: 80, maxAttempts: 3, questions: quizRespect },
    },
  ],
};

// ─────────────────────────────────────────────────────────────────────────────────────────────
// Course 2: Running digital-inclusion sessions
// ─────────────────────────────────────────────────────────────────────────────────────────────

const planning: SeedLesson = {
  slug: "planning-a-session",
  minutes: 10,
  title: { en: "Planning a session", lv: "Nodarbības plānošana", uk: "Планування заняття" },
  html: {
    en: doc(
      p("A good digital-inclusion session starts from what participants need to do this week — not from a software menu."),
      ul([
        "Ask at registration what people want to manage: email, an online form, a video call with family, a job site.",
        "Keep groups small: four to six people per helper.",
        "Plan one goal per session, and a concrete result to take home.",
        "Prepare devices in advance: charged, updated, logged out of previous accounts.",
      ]),
      tip(`The guide ${a(guide.digital, "Running digital-inclusion sessions")} has a full session plan.`),
    ),
    lv: doc(
      p("Laba digitālās iekļaušanas nodarbība sākas ar to, kas dalībniekiem jāpaveic šonedēļ, — nevis ar programmas izvēlni."),
      ul([
        "Reģistrējoties pajautājiet, ko cilvēki vēlas apgūt: e-pastu, tiešsaistes veidlapu, videozvanu ar ģimeni, darba meklēšanas vietni.",
        "Veidojiet mazas grupas: četri līdz seši cilvēki uz vienu palīgu.",
        "Plānojiet vienu mērķi nodarbībai un konkrētu rezultātu, ko paņemt līdzi.",
        "Sagatavojiet ierīces iepriekš: uzlādētas, atjauninātas, izrakstītas no iepriekšējiem kontiem.",
      ]),
      tip(`Rokasgrāmatā ${a(guide.digital, "Digitālās iekļaušanas nodarbību vadīšana")} (angļu valodā) ir pilns nodarbības plāns.`),
    ),
    uk: doc(
      p("Добре заняття з цифрової інклюзії починається з того, що учасникам треба зробити цього тижня, — а не з меню програми."),
      ul([
        "Під час реєстрації запитайте, що люди хочуть опанувати: електронну пошту, онлайн-форму, відеодзвінок родині, сайт пошуку роботи.",
        "Робіть групи малими: чотири–шість осіб на одного помічника.",
        "Плануйте одну мету на заняття й конкретний результат, який можна забрати з собою.",
        "Підготуйте пристрої заздалегідь: заряджені, оновлені, з виходом із попередніх облікових записів.",
      ]),
      tip(`У посібнику ${a(guide.digital, "Проведення занять з цифрової інклюзії")} (англійською) є повний план заняття.`),
    ),
  },
};

const safeStart: SeedLesson = {
  slug: "a-safe-start-with-devices",
  minutes: 10,
  title: {
    en: "A safe start with devices and accounts",
    lv: "Droša sākšana ar ierīcēm un kontiem",
    uk: "Безпечний початок із пристроями та обліковими записами",
  },
  html: {
    en: doc(
      p("Many participants will create accounts and type personal information for the first time. Make safety part of every step."),
      ul([
        "Never write down or keep a participant’s password. Help them choose one they can remember, and write it somewhere private of their choosing.",
        "On shared computers, show how to log out and close the browser at the end.",
        "Warn about messages that ask for codes or money, in plain language and with an example.",
        "Let the participant type: your hands stay off the keyboard unless they ask.",
      ]),
      warning("Do not fill in official forms on someone’s behalf. Help them understand the questions; the answers are theirs."),
    ),
    lv: doc(
      p("Daudzi dalībnieki pirmo reizi veidos kontus un ievadīs personas datus. Padariet drošību par katra soļa daļu."),
      ul([
        "Nekad nepierakstiet un neglabājiet dalībnieka paroli. Palīdziet izvēlēties tādu, ko var atcerēties, un pierakstīt to privātā vietā pēc paša izvēles.",
        "Koplietošanas datoros parādiet, kā beigās izrakstīties un aizvērt pārlūku.",
        "Vienkāršā valodā un ar piemēru brīdiniet par ziņām, kurās prasa kodus vai naudu.",
        "Ļaujiet dalībniekam rakstīt pašam: jūsu rokas paliek prom no tastatūras, ja vien viņš nelūdz.",
      ]),
      warning("Neaizpildiet oficiālas veidlapas cilvēka vietā. Palīdziet saprast jautājumus; atbildes ir viņa paša."),
    ),
    uk: doc(
      p("Багато учасників уперше створюватимуть облікові записи й вводитимуть особисті дані. Зробіть безпеку частиною кожного кроку."),
      ul([
        "Ніколи не записуйте й не зберігайте пароль учасника. Допоможіть вибрати такий, який він запам’ятає, і записати його в особистому місці на власний вибір.",
        "На спільних комп’ютерах покажіть, як наприкінці вийти з облікового запису й закрити браузер.",
        "Простою мовою і на прикладі попередьте про повідомлення, у яких просять коди чи гроші.",
        "Дайте учасникові друкувати самому: ваші руки не торкаються клавіатури, доки він не попросить.",
      ]),
      warning("Не заповнюйте офіційні форми замість людини. Допоможіть зрозуміти запитання; відповіді — її власні."),
    ),
  },
};

const stepByStep: SeedLesson = {
  slug: "teaching-step-by-step",
  minutes: 10,
  title: { en: "Teaching step by step", lv: "Mācīšana soli pa solim", uk: "Навчання крок за кроком" },
  html: {
    en: doc(
      p("People learn a digital task by doing it, in small steps, with time to repeat."),
      ol([
        "Show the whole task once, slowly, saying what you do in plain words.",
        "Let each participant do the first step while you watch. Praise what works.",
        "Add one step at a time; write the steps on a card with a screenshot or drawing.",
        "Let them repeat the whole task alone, with the card, before the session ends.",
      ]),
      p("Use the words that appear on the screen, even if they are in another language, and point to them."),
    ),
    lv: doc(
      p("Cilvēki apgūst digitālu uzdevumu, to darot — mazos soļos un ar laiku atkārtot."),
      ol([
        "Vienreiz lēni parādiet visu uzdevumu, vienkāršiem vārdiem stāstot, ko darāt.",
        "Ļaujiet katram dalībniekam izdarīt pirmo soli, kamēr jūs vērojat. Uzslavējiet to, kas izdodas.",
        "Pievienojiet pa vienam solim; pierakstiet soļus kartītē ar ekrānuzņēmumu vai zīmējumu.",
        "Pirms nodarbības beigām ļaujiet viņiem visu uzdevumu atkārtot patstāvīgi, ar kartīti.",
      ]),
      p("Lietojiet vārdus, kas redzami ekrānā, pat ja tie ir citā valodā, un norādiet uz tiem."),
    ),
    uk: doc(
      p("Люди опановують цифрове завдання, виконуючи його, — малими кроками й маючи час повторити."),
      ol([
        "Один раз повільно покажіть усе завдання, простими словами кажучи, що робите.",
        "Нехай кожен учасник зробить перший крок, поки ви спостерігаєте. Похваліть те, що вдається.",
        "Додавайте по одному кроку; запишіть кроки на картці зі знімком екрана чи малюнком.",
        "До кінця заняття дайте їм повторити все завдання самостійно, з карткою.",
      ]),
      p("Вживайте слова, які видно на екрані, навіть якщо вони іншою мовою, і показуйте на них."),
    ),
  },
};

const followUp: SeedLesson = {
  slug: "feedback-and-follow-up",
  minutes: 5,
  required: false,
  title: { en: "Feedback and follow-up", lv: "Atsauksmes un turpinājums", uk: "Зворотний зв’язок і продовження" },
  html: {
    en: doc(
      p(
        `At the end, ask two or three simple questions — what helped, what was hard, what next. The ${a(guide.feedback, "session feedback form")} works with pictograms for people who read little.`,
      ),
      p(
        "Tell people when the next session is, and where they can practise in the meantime: the library’s computers, a helper’s hours, a partner’s course.",
      ),
    ),
    lv: doc(
      p(
        `Beigās uzdodiet divus vai trīs vienkāršus jautājumus — kas palīdzēja, kas bija grūti, ko tālāk. ${a(guide.feedback, "Nodarbības atsauksmju veidlapa")} der arī ar piktogrammām cilvēkiem, kuri maz lasa.`,
      ),
      p(
        "Pasakiet, kad būs nākamā nodarbība un kur pa to laiku var vingrināties: bibliotēkas datoros, palīga pieņemšanas laikā, partnera kursos.",
      ),
    ),
    uk: doc(
      p(
        `Наприкінці поставте два-три прості запитання — що допомогло, що було важко, що далі. ${a(guide.feedback, "Форма відгуку про заняття")} працює й із піктограмами для людей, які мало читають.`,
      ),
      p(
        "Скажіть, коли буде наступне заняття і де тим часом можна потренуватися: на бібліотечних комп’ютерах, у години помічника, на курсах партнера.",
      ),
    ),
  },
};

const quizDigital: SeedQuestion[] = [
  {
    prompt: {
      en: "What should a session’s goal start from?",
      lv: "No kā jāsākas nodarbības mērķim?",
      uk: "З чого має починатися мета заняття?",
    },
    choices: [
      {
        text: {
          en: "What participants need to do in their own lives",
          lv: "No tā, kas dalībniekiem jāpaveic pašu dzīvē",
          uk: "З того, що учасникам треба зробити у власному житті",
        },
        feedback: {
          en: "Right: a real task keeps people motivated.",
          lv: "Pareizi: īsts uzdevums uztur motivāciju.",
          uk: "Правильно: справжнє завдання підтримує мотивацію.",
        },
        correct: true,
      },
      {
        text: { en: "The menus of the software, in order", lv: "No programmas izvēlnēm pēc kārtas", uk: "З меню програми по черзі" },
        feedback: {
          en: "No: a tour of menus is soon forgotten.",
          lv: "Nē: izvēlņu apskats drīz aizmirstas.",
          uk: "Ні: огляд меню швидко забувається.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "A participant forgets their new password. What do you do?",
      lv: "Dalībnieks aizmirst savu jauno paroli. Ko jūs darāt?",
      uk: "Учасник забув свій новий пароль. Що ви робите?",
    },
    choices: [
      {
        text: {
          en: "Help them reset it and store it somewhere private of their choosing",
          lv: "Palīdzat to atjaunot un noglabāt privātā vietā pēc paša izvēles",
          uk: "Допомагаєте відновити його й зберегти в особистому місці на власний вибір",
        },
        feedback: {
          en: "Right: the password stays theirs alone.",
          lv: "Pareizi: parole paliek tikai viņa paša.",
          uk: "Правильно: пароль залишається тільки його.",
        },
        correct: true,
      },
      {
        text: {
          en: "Give them the copy you wrote down at the last session",
          lv: "Iedodat kopiju, ko pierakstījāt iepriekšējā nodarbībā",
          uk: "Даєте копію, яку записали на минулому занятті",
        },
        feedback: {
          en: "No: never keep participants’ passwords.",
          lv: "Nē: nekad neglabājiet dalībnieku paroles.",
          uk: "Ні: ніколи не зберігайте паролі учасників.",
        },
      },
    ],
  },
  {
    kind: "MULTIPLE",
    prompt: {
      en: "Which of these make a session safer? Choose all that apply.",
      lv: "Kas no šī padara nodarbību drošāku? Izvēlieties visu, kas atbilst.",
      uk: "Що з переліченого робить заняття безпечнішим? Виберіть усе, що підходить.",
    },
    choices: [
      {
        text: {
          en: "Showing how to log out on shared computers",
          lv: "Parādīt, kā izrakstīties koplietošanas datoros",
          uk: "Показати, як вийти з облікового запису на спільних комп’ютерах",
        },
        feedback: { en: "Yes.", lv: "Jā.", uk: "Так." },
        correct: true,
      },
      {
        text: {
          en: "Warning about messages that ask for codes or money",
          lv: "Brīdināt par ziņām, kurās prasa kodus vai naudu",
          uk: "Попередити про повідомлення з проханням кодів чи грошей",
        },
        feedback: { en: "Yes: with a concrete example.", lv: "Jā: ar konkrētu piemēru.", uk: "Так: на конкретному прикладі." },
        correct: true,
      },
      {
        text: {
          en: "Filling in official forms for participants to save time",
          lv: "Aizpildīt oficiālas veidlapas dalībnieku vietā, lai ietaupītu laiku",
          uk: "Заповнювати офіційні форми за учасників, щоб зекономити час",
        },
        feedback: {
          en: "No: help them understand the questions; the answers are theirs.",
          lv: "Nē: palīdziet saprast jautājumus; atbildes ir viņu pašu.",
          uk: "Ні: допоможіть зрозуміти запитання; відповіді — їхні власні.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "How many participants per helper work well?",
      lv: "Cik dalībnieku uz vienu palīgu ir piemēroti?",
      uk: "Скільки учасників на одного помічника — оптимально?",
    },
    choices: [
      {
        text: { en: "Four to six", lv: "Četri līdz seši", uk: "Чотири–шість" },
        feedback: {
          en: "Right: enough time for each person.",
          lv: "Pareizi: pietiek laika katram.",
          uk: "Правильно: вистачає часу на кожного.",
        },
        correct: true,
      },
      {
        text: { en: "Fifteen or more", lv: "Piecpadsmit vai vairāk", uk: "П’ятнадцять або більше" },
        feedback: {
          en: "Too many: beginners need someone beside them.",
          lv: "Par daudz: iesācējiem vajag kādu blakus.",
          uk: "Забагато: початківцям потрібен хтось поруч.",
        },
      },
    ],
  },
  {
    prompt: {
      en: "What helps participants repeat a task at home?",
      lv: "Kas palīdz dalībniekiem atkārtot uzdevumu mājās?",
      uk: "Що допомагає учасникам повторити завдання вдома?",
    },
    choices: [
      {
        text: {
          en: "A card with the steps and a picture of each screen",
          lv: "Kartīte ar soļiem un katra ekrāna attēlu",
          uk: "Картка з кроками й зображенням кожного екрана",
        },
        feedback: {
          en: "Right: they can follow it alone.",
          lv: "Pareizi: to var izmantot patstāvīgi.",
          uk: "Правильно: нею можна користуватися самостійно.",
        },
        correct: true,
      },
      {
        text: {
          en: "A long manual from the software maker",
          lv: "Garš programmas ražotāja lietošanas ceļvedis",
          uk: "Довгий посібник від розробника програми",
        },
        feedback: {
          en: "Rarely: it is written for other readers.",
          lv: "Reti: tas rakstīts citiem lasītājiem.",
          uk: "Рідко: він написаний для інших читачів.",
        },
      },
    ],
  },
];

export const DIGITAL_COURSE: SeedCourse = {
  slug: "running-digital-inclusion-sessions",
  topic: "DIGITAL_INCLUSION",
  level: "INTRODUCTORY",
  text: {
    en: {
      title: "Running digital-inclusion sessions",
      summary: "Plan and run small, safe sessions where newcomers learn the digital tasks they need: four short lessons and a quiz.",
      outcomes: [
        "Plan a session around participants’ real tasks",
        "Keep accounts and personal information safe",
        "Teach a digital task step by step",
        "Collect feedback and plan what comes next",
      ],
    },
    lv: {
      title: "Digitālās iekļaušanas nodarbību vadīšana",
      summary:
        "Kā plānot un vadīt mazas, drošas nodarbības, kurās jaunpienācēji apgūst vajadzīgos digitālos uzdevumus: četras īsas nodarbības un tests.",
      outcomes: [
        "Plānot nodarbību, balstoties uz dalībnieku īstajiem uzdevumiem",
        "Sargāt kontus un personas datus",
        "Mācīt digitālu uzdevumu soli pa solim",
        "Apkopot atsauksmes un plānot turpinājumu",
      ],
    },
    uk: {
      title: "Проведення занять з цифрової інклюзії",
      summary:
        "Як планувати й проводити невеликі безпечні заняття, де новоприбулі опановують потрібні цифрові завдання: чотири короткі уроки й тест.",
      outcomes: [
        "Планувати заняття навколо реальних завдань учасників",
        "Захищати облікові записи й особисті дані",
        "Навчати цифрового завдання крок за кроком",
        "Збирати відгуки й планувати продовження",
      ],
    },
  },
  modules: [
    {
      title: { en: "Preparing a session", lv: "Nodarbības sagatavošana", uk: "Підготовка заняття" },
      lessons: [planning, safeStart],
    },
    {
      title: { en: "During and after the session", lv: "Nodarbības laikā un pēc tās", uk: "Під час і після заняття" },
      lessons: [stepByStep, followUp],
      quiz: { passMark: 80, maxAttempts: null, questions: quizDigital },
    },
  ],
};

export const TRAINING_COURSES: SeedCourse[] = [INTERCULTURAL_COURSE, DIGITAL_COURSE];
