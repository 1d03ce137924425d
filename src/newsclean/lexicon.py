"""Word lists the stages share, per language (ISO 639-1). Plugins extend them through hooks.

Lists are small and hand-written from the way news sites in each language label things; they are signals
for stages that also look at position and shape, never a verdict on their own.
"""

from __future__ import annotations

#: Words that open a byline ("By Jane Doe"), by language. Longer forms first is not needed: the byline
#: stage orders them itself. A marker must start the line (or follow a date), never sit inside a sentence.
BYLINE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "story by", "text by", "reporting by", "posted by", "article by",
           "published by", "guide by", "review by", "recipe by", "compiled by", "interview by", "reviewed by"),
    "de": ("von", "text von", "text", "autor", "autorin", "ein beitrag von", "ein kommentar von",
           "eine analyse von", "ein gastbeitrag von", "eine kolumne von", "ein interview von",
           "eine reportage von", "recherche von", "geschrieben von", "verfasst von", "aufgezeichnet von",
           # a blog's or a CMS's meta line ("Veröffentlicht von Anna Müller", "Erstellt von …")
           "veröffentlicht von", "erstellt von", "gepostet von", "eingestellt von", "beitrag von", "artikel von"),
    "fr": ("par", "texte de", "un article de", "propos recueillis par", "écrit par", "rédigé par"),
    "es": ("por", "escrito por", "redactado por", "texto de"),
    "it": ("di", "a cura di", "scritto da", "testo di", "dal nostro inviato", "dalla nostra inviata",
           "dal nostro corrispondente", "dalla nostra corrispondente"),
    "pt": ("por", "escrito por", "texto de"),
    "nl": ("door", "geschreven door", "tekst"),
    "el": ("από", "του", "της", "των", "γράφει ο", "γράφει η", "γράφουν οι", "γράφει"),
    "pl": ("autor", "autorka", "autorzy", "przez", "napisał", "napisała", "tekst"),
    "ru": ("автор", "авторы", "текст"),
    "sv": ("av", "text", "skriven av"),
    "da": ("af", "skrevet af", "tekst"),
    "no": ("av", "skrevet av", "tekst"),
    "fi": ("kirjoittaja", "teksti"),
    "cs": ("autor", "autorka", "napsal", "napsala", "text"),
    "tr": ("yazan", "yazar"),
}

#: Labels that may be followed by a colon and a name in any language ("Autor: Jan Kowalski").
AUTHOR_LABELS: tuple[str, ...] = (
    "author", "authors", "autor", "autorin", "autoren", "autorinnen", "auteur", "auteurs", "autore",
    "autori", "autores", "autora", "författare", "forfatter", "συντάκτης", "συντάκτες", "автор", "авторы",
    "writer", "reporter", "byline", "written by", "posted by", "text", "texte", "testo", "tekst", "door",
    "von", "contributors", "contributor", "redakteur", "redakteurin", "reporterin", "korrespondent",
    "korrespondentin", "article by", "story by", "report by", "auteur de l'article", "verfasser", "verfasserin",
    "autorzy", "autorka", "skribent", "kirjoittaja", "szerző", "yazar", "words", "texto",
)

#: Labels that name the writer only with a colon after them: the interviewer ("Interview: Anna Müller", as
#: German credits print it) and the writer of an as-told-to text ("Protokoll: Max Muster"). Alone on a
#: line they are a kind of text, a kicker ("Interview" / headline), and the next line is no name.
COLON_AUTHOR_LABELS: tuple[str, ...] = ("interview", "interviews", "protokoll", "gesprächsprotokoll",
                                         # Polish "compiled by", how a writer of a news report signs there
                                         "opracowanie",
                                         # the editor who wrote a short report up ("Redaktion: Anna Müller");
                                         # alone, "Redaktion" is a menu item or a desk
                                         "redaktion",
                                         # the host of a podcast or broadcast whose transcript the page is
                                         # ("Moderation: Korinna Hennig")
                                         "moderation")

#: Lines that introduce an author box (the name follows on the next line), in several languages.
AUTHOR_BOX_LABELS: tuple[str, ...] = (
    "about the author", "about the authors", "written by", "author", "authors", "by", "posted by",
    "article by", "article written by", "meet the author", "meet your guide", "contributor", "contributors",
    "über den autor", "über die autorin", "zum autor", "zur autorin", "autor", "autorin", "autoren", "von",
    "à propos de l'auteur", "l'auteur", "auteur", "par", "sobre el autor", "sobre la autora", "autor",
    "sull'autore", "l'autore", "autore", "sobre o autor", "over de auteur", "auteur", "door", "o autorze",
    "autor", "об авторе", "автор", "om författaren", "σχετικά με τον συντάκτη", "συντάκτης",
    # the writer, or the text's contributor ("About the expert", "Unsere Expertin" introduce whom the text asks)
    "about the writer", "meet the writer", "about the contributor", "über den verfasser", "über die verfasserin",
    "à propos de l'autrice", "l'autrice", "sobre la autora", "over de schrijver",
    # the box's heading as German pages print it over the writer's note ("Der Autor" / "Max Muster ist …")
    "der autor", "die autorin", "mehr zum autor", "mehr zur autorin", "mehr über den autor", "mehr über die autorin",
    "the author", "the authors",
)

#: Words that look like a name after "By" but are interface text.
NOT_NAMES: frozenset[str] = frozenset(
    [
        "minute", "minutes", "min", "read", "reading", "time", "updated", "update", "published", "posted",
        "staff", "team", "editor", "editors", "editorial", "desk", "newsroom", "admin", "administrator", "webmaster",
        "guest", "contributor", "contributors", "and", "the", "a", "an", "on", "at", "in", "of", "share",
        "comments", "comment", "print", "email", "follow", "subscribe", "date", "today", "yesterday", "ago",
        "hours", "hour", "sec", "seconds", "am", "pm", "gmt", "utc", "clicking", "continuing", "using",
        "signing", "creating", "submitting", "entering", "subscribing", "registering", "proceeding", "use",
        "case", "category", "categories", "type", "region", "topic", "price", "default", "location",
        # filter menus ("By State", "By Role", "Nach Branche")
        "state", "role", "industry", "size", "style", "branche",
        # reading-time labels that German pages print alone beside the date ("Lesezeit" / "03.03.2024")
        "lesezeit", "lesedauer", "leestijd", "lästid",
        # the buttons beside an author's name: follow, share, subscribe ("Anna Müller" / "Redakteurin" / "Folgen")
        "folgen", "teilen", "abonnieren", "suivre", "partager", "seguir", "compartir", "segui", "condividi",
        "volgen", "delen", "obserwuj", "udostępnij", "följ", "dela", "følg",
    ]
)

#: Words that never occur in a person's name, in the languages newsclean knows; a capitalised line made
#: of words like these is a heading or a menu item, not a name. Lower case.
NAME_STOPWORDS: frozenset[str] = frozenset(
    [
        # platforms and interface words that menus print as capitalised pairs ("PageSpeed Insights")
        "facebook", "instagram", "linkedin", "youtube", "twitter", "pinterest", "tiktok", "whatsapp", "xing",
        "bluesky", "mastodon", "telegram", "insights", "directory", "verzeichnis",
        "today", "digest", "edition", "apps", "serie", "series", "archive", "archives", "archiv", "archivio",
        # institutions, never a word of a person's name ("Studierenden der Universität Köln")
        "university", "universität", "université", "universidad", "università", "universiteit", "uniwersytet",
        "institute", "institut", "instituto", "istituto", "hochschule", "college",
        # German words that open "… von Anna Müller" with no name before "von" ("Erstellt von Anna Müller",
        # "Fotos von Max Muster"): "von" there is the byline word, not a name's particle
        "erstellt", "veröffentlicht", "gepostet", "eingestellt", "geschrieben", "verfasst", "aktualisiert",
        "bearbeitet", "foto", "fotos", "bild", "bilder", "grafik", "grafiken", "illustration", "beitrag",
        "the", "a", "an", "and", "or", "of", "for", "to", "in", "on", "at", "with", "from", "by", "about", "as",
        "into", "over", "after", "before", "under", "our", "your", "my", "their", "his", "her", "its", "this",
        "that", "these", "those", "what", "why", "how", "when", "where", "who", "which", "is", "are", "was",
        "were", "be", "will", "can", "do", "does", "not", "no", "new", "more", "most", "all", "any", "best",
        "top", "guide", "news", "home", "blog", "menu", "search", "share", "print", "email", "contact", "about",
        "us", "login", "log", "sign", "subscribe", "newsletter", "read", "watch", "listen", "video", "videos",
        "photo", "photos", "image", "images", "gallery", "live", "latest", "popular", "trending", "related",
        "comments", "comment", "reply", "privacy", "policy", "terms", "cookie", "cookies", "settings",
        "account", "profile", "help", "support", "shop", "store", "cart", "checkout", "warenkorb", "subtotal",
        "zwischensumme", "products", "product", "services",
        "service", "pricing", "features", "solutions", "resources", "company", "careers", "press", "events",
        "event", "more", "next", "previous", "back", "top", "view", "full", "story", "stories", "article",
        "articles", "page", "pages", "post", "posts", "feed", "rss", "edit", "tags", "tag", "category",
        "categories", "topics", "topic", "section", "sections", "health", "business", "sports", "sport",
        "politics", "world", "local", "opinion", "technology", "tech", "science", "culture", "travel", "food",
        "style", "lifestyle", "entertainment", "weather", "markets", "money", "economy", "finance", "education",
        "life", "home", "garden", "real", "estate", "review", "reviews", "deals", "free", "online", "official",
        "der", "die", "das", "und", "oder", "von", "zu", "mit", "für", "auf", "im", "in", "am", "an", "bei",
        "nach", "vor", "über", "unter", "aus", "ein", "eine", "einer", "des", "dem", "den", "nicht", "mehr",
        "alle", "neue", "neu", "aktuell", "startseite", "nachrichten", "politik", "wirtschaft", "kultur",
        "sport", "wissen", "panorama", "meinung", "gesellschaft", "digital", "reise", "auto", "leben",
        "gesundheit", "suche", "anmelden", "abonnieren", "teilen", "kommentare", "artikel", "themen", "thema",
        "mediathek", "video", "podcast", "newsletter", "impressum", "datenschutz", "kontakt", "le", "la", "les",
        "un", "une", "des", "du", "de", "et", "ou", "pour", "sur", "dans", "avec", "par", "au", "aux",
        "actualités", "accueil", "politique", "économie", "el", "los", "las", "unos", "del", "y", "o", "para",
        "en", "con", "por", "al", "noticias", "inicio", "política", "economía", "deportes", "cultura", "il",
        "lo", "gli", "i", "uno", "una", "della", "delle", "dei", "degli", "e", "per", "su", "con", "da",
        "notizie", "cronaca", "politica", "economia", "o", "os", "as", "um", "uma", "do", "da", "dos", "das",
        "e", "para", "em", "com", "por", "notícias", "início", "het", "een", "en", "van", "op", "voor", "met",
        "door", "nieuws", "och", "av", "på", "för", "med", "till", "från", "nyheter", "и", "в", "на", "с", "по",
        "для", "о", "от", "из", "новости", "главная", "i", "w", "na", "z", "do", "dla", "o", "od", "wiadomości",
        "και", "το", "τα", "οι", "η", "ο", "του", "της", "των", "για", "με", "σε", "από", "ειδήσεις"
    ]
)

#: Words that name an organisation, never a person, also as the last part of a German compound
#: ("Fahrgastverband Pro Bahn", "Stadtwerke München", "Landeskriminalamt", "Amtsgericht Köln"): a capitalised
#: line holding one is no bare name, though German capitalises it as a name would be. Lower case.
ORGANISATION_WORDS: tuple[str, ...] = (
    "verband", "verein", "vereinigung", "gesellschaft", "genossenschaft", "stiftung", "ministerium", "behörde",
    "gewerkschaft", "konzern", "gericht", "polizei", "feuerwehr", "klinikum", "krankenhaus", "werke",
    "partei", "fraktion", "agentur", "zentrale", "bündnis", "versicherung", "sparkasse", "krankenkasse",
    "rathaus", "verwaltung",
)
#: Ends of German compounds that name an organisation ("Handwerkskammer", "Finanzamt"), though the word alone may
#: be a surname ("Kammer"). Lower case.
ORGANISATION_ENDINGS: tuple[str, ...] = ("kammer", "amt")
#: Legal forms after a company's name ("Muster GmbH", "Beispiel AG", "Verein e.V."): never a person's. Lower case.
LEGAL_FORMS: frozenset[str] = frozenset({"gmbh", "ag", "kg", "ohg", "e.v", "e.v.", "ev", "mbh", "ug", "se", "gbr",
                                         "ltd", "llc", "inc", "corp", "plc", "s.a", "sarl", "bv", "nv"})

#: Job titles and roles that follow a name in a byline ("Jane Doe, Senior Reporter"); lower case words.
ROLE_WORDS: frozenset[str] = frozenset(
    [
        "reporter", "correspondent", "editor", "writer", "journalist", "columnist", "contributor",
        "contributing", "staff", "senior", "chief", "deputy", "managing", "associate", "assistant", "executive",
        "founder", "cofounder", "co-founder", "ceo", "cto", "coo", "cmo", "director", "head", "manager", "lead",
        "analyst", "expert", "specialist", "strategist", "consultant", "producer", "photographer", "author",
        "blogger", "researcher", "scientist", "professor", "lecturer", "student", "intern", "fellow",
        "president", "officer", "partner", "owner", "host", "anchor", "critic", "commentator", "coordinator",
        "engineer", "developer", "designer", "marketer", "marketing", "content", "copywriter", "nutritionist",
        "dietitian", "attorney", "lawyer", "doctor", "physician", "nurse", "coach", "trainer", "teacher",
        "educator", "advisor", "adviser", "planner", "redakteur", "redakteurin", "korrespondent",
        "korrespondentin", "reporterin", "autor", "autorin", "journalistin", "chefredakteur", "chefredakteurin",
        "ressortleiter", "ressortleiterin", "volontär", "volontärin", "mitarbeiter", "mitarbeiterin", "leiter",
        "leiterin", "rédacteur", "rédactrice", "journaliste", "correspondant", "correspondante", "envoyé",
        "envoyée", "spécial", "spéciale", "redactor", "redactora", "periodista", "corresponsal", "giornalista",
        "corrispondente", "inviato", "inviata", "repórter", "jornalista", "correspondente", "verslaggever",
        "correspondent", "redacteur", "dziennikarz", "dziennikarka", "korespondent", "корреспондент",
        "журналист", "редактор", "δημοσιογράφος", "ανταποκριτής", "reporter", "redaktör",
        # professions that sign expert posts ("Jane Doe, Master Horticulturist & Garden Educator")
        "horticulturist", "horticulturalist", "therapist", "psychologist", "pharmacist", "veterinarian",
        "economist", "historian", "illustrator", "translator", "moderator", "presenter", "entrepreneur",
        "gastroenterologist", "dermatologist", "cardiologist", "pediatrician", "dentist", "gardener", "gärtner",
        "gärtnerin", "jardinier", "jardinière", "astrologer", "directeur", "directrice", "direktor", "direktorin",
        "kolumnist", "kolumnistin", "gastautor", "gastautorin", "herausgeber", "herausgeberin", "moderatorin",
        "geschäftsführer", "geschäftsführerin", "gründer", "gründerin", "psychologin", "psychologe",
        "fotograf", "fotografin", "illustratorin", "übersetzer", "übersetzerin", "wissenschaftsjournalist",
        "wissenschaftsjournalistin", "chroniqueur", "chroniqueuse", "columnista", "editorialista",
        # German newsroom jobs printed after the name ("Anna Schmidt | Textchefin", "Max Muster | Praktikant")
        "textchef", "textchefin", "praktikant", "praktikantin", "büroleiter", "büroleiterin", "redaktionsleiter",
        "redaktionsleiterin", "chefreporter", "chefreporterin",
        # professions whose holders sign posts with the title before the name ("Rechtsanwalt Dennis Tölle")
        "rechtsanwalt", "rechtsanwältin", "fachanwalt", "fachanwältin", "anwalt", "anwältin", "steuerberater",
        "steuerberaterin", "notar", "notarin", "wirtschaftsprüfer", "wirtschaftsprüferin", "avocat", "avocate",
        "abogado", "abogada", "avvocato", "avvocata", "advogado", "advogada", "advocaat",
        # professions named in an author's bio under the article ("Anna Weber ist Ernährungsberaterin …",
        # "Jean Dupont est chercheur …", "María García es investigadora …")
        "experte", "expertin", "berater", "beraterin", "bloggerin", "trainerin", "dozent", "dozentin",
        "professorin", "wissenschaftler", "wissenschaftlerin", "arzt", "ärztin", "lehrer", "lehrerin",
        "ingenieur", "ingenieurin", "entwickler", "entwicklerin", "inhaber", "inhaberin", "heilpraktiker",
        "heilpraktikerin", "texter", "texterin", "designerin", "studentin", "referent", "referentin",
        "chercheur", "chercheuse", "enseignant", "enseignante", "formateur", "formatrice",
        "consultante", "blogueur", "blogueuse", "médecin", "professeure", "experto", "experta", "consultora",
        "investigador", "investigadora", "profesor", "profesora", "escritor", "escritora", "bloguera", "médico",
        "médica", "esperto", "esperta", "scrittore", "scrittrice", "ricercatore", "ricercatrice", "docente",
        "schrijver", "schrijfster", "onderzoeker", "adviseur", "deskundige", "pesquisador", "pesquisadora",
        "especialista",
    ]
)

#: Labels that pages print where a byline stands, right under or over the headline and beside its date: an
#: advertisement's, a paywall's or a live page's badge, the kind of text or its medium, a reader's button
#: ("Anzeige", "SZ Plus", "Exklusiv", "Eilmeldung", "Kommentar", "Sponsored", "Publicité", "Vorlesen"). A line
#: holding one is no bare name. Lower case; German compounds ending in a kind of text are caught apart.
BADGE_WORDS: frozenset[str] = frozenset(
    [
        # advertisements and partner content
        "anzeige", "werbung", "werbeanzeige", "partnerinhalt", "sponsored", "sponsor", "gesponsert",
        "advertisement", "advertising", "advertorial", "promoted", "promotion", "promo", "paid", "publicité",
        "publireportage", "sponsorisé", "sponsorisée", "publicidad", "patrocinado", "patrocinada", "pubblicità",
        "sponsorizzato", "annuncio", "anuncio", "advertentie", "gesponsord", "annonce", "reklame",
        # access and live badges
        "plus", "premium", "exklusiv", "exclusive", "exclusif", "exclusivo", "esclusiva", "esclusivo", "abo",
        "abonnement", "paywall", "liveblog", "liveticker", "newsblog", "ticker", "eilmeldung", "breaking",
        "update", "direct", "directo", "diretta",
        # the medium
        "audio", "foto", "fotos", "bilder", "galerie", "bildergalerie", "fotostrecke", "fotogalerie",
        "infografik", "vidéo", "vídeo", "diaporama",
        # the kind of text
        "kommentar", "analyse", "analysis", "interview", "reportage", "kolumne", "glosse", "essay",
        "leitartikel", "rezension", "kritik", "hintergrund", "faktencheck", "feature", "explainer", "column",
        "tribune", "chronique", "éditorial", "entretien", "enquête", "entrevista", "análisis", "opinión",
        "columna", "reportaje", "crónica", "intervista", "commento", "analisi", "editoriale", "commentaar",
        "achtergrond", "recensie", "opinie", "édito", "edito", "débat", "commentaire", "opinione", "ratgeber",
        "test", "stand",
        # a reader's buttons
        "merken", "drucken", "vorlesen", "anhören", "hören", "zusammenfassung", "summary", "kurzfassung",
        # subscribers' badges and press releases
        "abonnés", "abonné", "abonnée", "réservé", "exclusiva", "suscriptores", "abbonati", "abonnees",
        "abonnenten", "pressemitteilung", "pressemeldung", "medienmitteilung", "newsticker", "kurzmeldung",
        "eilmeldungen", "release",
        # sections printed as a kicker beside the date (more are in NAME_STOPWORDS)
        "lokales", "regionales", "vermischtes", "inland", "ausland", "bundesliga", "fußball", "feuilleton",
        "finanzen", "immobilien", "karriere", "technik", "wetter", "blaulicht", "polizeibericht", "international",
        "internacional", "société", "sociedad", "esteri", "binnenland", "buitenland",
    ]
)

#: Words that open the name of a place of several words ("Bad Homburg", "San Francisco", "Sankt Augustin"):
#: "Bad Homburg, 03.03.2024" at the headline is a dateline, where "Anna Müller, 03.03.2024" is a byline.
PLACE_OPENERS: frozenset[str] = frozenset(
    [
        "bad", "sankt", "st.", "san", "santa", "são", "los", "las", "new", "saint", "sainte", "port", "fort",
        "mount", "neu", "groß", "klein", "ober", "unter", "nieder", "hansestadt", "lutherstadt", "landkreis",
        "kreis", "stadt", "gemeinde", "tel", "den", "rio", "buenos", "hong", "abu",
    ]
)

#: Academic and professional letters written after a name; they belong to the name ("Jane Doe, PhD").
POSTNOMINALS: frozenset[str] = frozenset(
    [
        "phd", "ph.d", "ph.d.", "md", "m.d", "m.d.", "ms", "msc", "ma", "mba", "rd", "rdn", "ld", "cfp", "cpa",
        "rn", "bsn", "dvm", "vmd", "facp", "facs", "fand", "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq",
        "dds", "dmd", "mph", "mpa", "cde", "lcsw", "psyd", "do", "od", "pharmd", "cfa", "cpp", "psp",
        # more degrees and licences of two or three letters (unknown ones that short are read as an outlet)
        "ba", "bs", "bsc", "mfa", "med", "msn", "lpn", "np", "pa", "pt", "dpt", "ot", "edd", "jd", "llm", "dc",
        "nd", "lac", "cht", "ryt", "fnp", "cnm", "aprn", "crna", "mpt", "slp", "rdh", "cpt", "cfe", "cma", "pmp",
        "cis", "cne", "ccc", "mcp", "acc", "pcc", "mcc", "cpc", "frcp", "mbbs", "mrcp", "ibclc", "cscs", "cssd",
        "dr", "ing", "mag", "dipl"
    ]
)

#: Month names (and common abbreviations) by language, all lower case, mapped to the month number.
MONTHS: dict[str, dict[str, int]] = {
    "en": {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1,
           "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
           "nov": 11, "dec": 12},
    "de": {"januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
           "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
           "jan": 1, "feb": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "okt": 10, "nov": 11, "dez": 12},
    "fr": {"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
           "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
           "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "sept": 9,
           "oct": 10, "nov": 11, "déc": 12},
    "es": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
           "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
           "ene": 1, "abr": 4, "ago": 8, "dic": 12},
    "it": {"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
           "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12, "gen": 1,
           "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10},
    "pt": {"janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5, "junho": 6,
           "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
           "fev": 2, "out": 10, "dez": 12},
    "nl": {"januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12, "mrt": 3},
    "sv": {"januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
           "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12},
    "da": {"januar": 1, "februar": 2, "marts": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7, "august": 8,
           "september": 9, "oktober": 10, "november": 11, "december": 12},
    "no": {"januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
           "september": 9, "oktober": 10, "november": 11, "desember": 12},
    "pl": {"stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3, "kwietnia": 4,
           "kwiecień": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6, "lipca": 7, "lipiec": 7,
           "sierpnia": 8, "sierpień": 8, "września": 9, "wrzesień": 9, "października": 10,
           "październik": 10, "listopada": 11, "listopad": 11, "grudnia": 12, "grudzień": 12},
    "ru": {"января": 1, "январь": 1, "февраля": 2, "февраль": 2, "марта": 3, "март": 3, "апреля": 4,
           "апрель": 4, "мая": 5, "май": 5, "июня": 6, "июнь": 6, "июля": 7, "июль": 7, "августа": 8,
           "август": 8, "сентября": 9, "сентябрь": 9, "октября": 10, "октябрь": 10, "ноября": 11,
           "ноябрь": 11, "декабря": 12, "декабрь": 12},
    "el": {"ιανουαρίου": 1, "ιανουάριος": 1, "φεβρουαρίου": 2, "φεβρουάριος": 2, "μαρτίου": 3,
           "μάρτιος": 3, "απριλίου": 4, "απρίλιος": 4, "μαΐου": 5, "μάιος": 5, "μαίου": 5, "ιουνίου": 6,
           "ιούνιος": 6, "ιουλίου": 7, "ιούλιος": 7, "αυγούστου": 8, "αύγουστος": 8, "σεπτεμβρίου": 9,
           "σεπτέμβριος": 9, "οκτωβρίου": 10, "οκτώβριος": 10, "νοεμβρίου": 11, "νοέμβριος": 11,
           "δεκεμβρίου": 12, "δεκέμβριος": 12},
}

#: Weekday names (lower case) in the same languages; a date line often starts with one.
WEEKDAYS: frozenset[str] = frozenset(
    [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag",
        "freitag", "samstag", "sonnabend", "sonntag", "mo", "di", "mi", "do", "fr", "sa", "so", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
        "jueves", "viernes", "sábado", "domingo", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
        "sabato", "domenica", "segunda", "terça", "quarta", "quinta", "sexta", "feira", "maandag", "dinsdag",
        "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "måndag", "tisdag", "onsdag", "torsdag",
        "fredag", "lördag", "söndag", "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota",
        "niedziela", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
        "δευτέρα", "τρίτη", "τετάρτη", "πέμπτη", "παρασκευή", "σάββατο", "κυριακή"
    ]
)

#: Words that may stand around a date on a date line ("Published on", "Stand:", "aktualisiert am"),
#: lower case. A line made only of dates, times and these words is a date line.
DATE_WORDS: frozenset[str] = frozenset(
    [
        "published", "publish", "posted", "updated", "update", "last", "latest", "modified", "created", "date",
        "dated", "on", "at", "and", "by", "first", "originally", "edited", "reviewed", "uhr", "stand", "veröffentlicht",
        "aktualisiert", "zuletzt", "erstellt", "geändert", "am", "um", "vom", "erschienen", "publiziert", "gepostet",
        "publié", "publiée",
        "mis", "à", "jour", "le", "modifié", "publicado", "actualizado", "el", "publicada", "actualizada",
        "pubblicato", "aggiornato", "il", "alle", "ore", "publicado", "atualizado", "em", "às", "gepubliceerd",
        "bijgewerkt", "op", "laatst", "publicerad", "uppdaterad", "publikacja", "aktualizacja", "opublikowano",
        "zaktualizowano", "опубликовано", "обновлено", "δημοσιεύθηκε", "δημοσίευση", "ενημερώθηκε", "τελευταία",
        "ενημέρωση", "et", "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "bst", "cet",
        "cest", "ist", "aest", "jst", "eet", "eest", "msk", "ora", "hora", "time", "de", "del", "às", "h", "hs",
        "mez", "mesz", "a", "p", "m", "am", "pm", "datum", "artikel", "aktualisierung", "letzte", "geplaatst",
        "las", "om", "última", "actualización", "ultimo", "aggiornamento", "modifica", "laatste", "update",
        "kl", "klockan", "publiceret", "opdateret", "publisert", "oppdatert", "julkaistu", "päivitetty", "klo",
        # the word before the time in Polish ("14 marca 2024, godz. 16:42")
        "godz",
    ]
)

#: Labels that say a date is the publication date / the update date (lower case, start of the label).
PUBLISHED_LABELS: tuple[str, ...] = (
    "published", "posted", "first published", "originally published", "veröffentlicht", "erschienen", "publiziert",
    "gepostet",
    "erstellt", "publié", "publiée", "publicado", "publicada", "pubblicato", "gepubliceerd", "publicerad",
    "opublikowano", "publikacja", "опубликовано", "δημοσιεύθηκε", "δημοσίευση", "publiceret", "publisert",
    "julkaistu",
)
UPDATED_LABELS: tuple[str, ...] = (
    "updated", "last updated", "last modified", "modified", "aktualisiert", "zuletzt aktualisiert", "stand",
    "geändert", "mis à jour", "actualizado", "actualizada", "aggiornato", "atualizado", "bijgewerkt",
    "uppdaterad", "zaktualizowano", "aktualizacja", "обновлено", "ενημερώθηκε", "τελευταία ενημέρωση",
    "modifié", "modifiée", "modifié le", "modificado", "modificato", "gewijzigd", "aktualisierung",
    "letzte aktualisierung", "última actualización", "ultimo aggiornamento", "ultima modifica", "modifica",
    "laatste update", "last update", "latest update", "latest updated", "mise à jour", "opdateret", "oppdatert",
    "päivitetty",
)

#: Reading-time notes ("5 min read", "Lesezeit: 4 Minuten"): metadata, never a name or a title.
READING_TIME_WORDS: frozenset[str] = frozenset(
    [
        "min", "mins", "minute", "minutes", "read", "reading", "time", "lesezeit", "lesedauer", "minuten", "lecture",
        "temps", "de", "lectura", "lettura", "leitura", "leestijd", "czytania", "чтения", "ανάγνωσης",
        "läsning", "lästid", "tiempo", "tempo", "minutos", "minuti", "minuter", "minut", "minuty", "минут",
        "минуты", "λεπτά", "czas", "время", "χρόνος",
        # the article's audio version: "Artikel anhören • 4 Minuten", "Listen to this article · 5 min"
        "listen", "to", "this", "article", "artikel", "anhören", "écouter", "cet", "escuchar", "el", "artículo",
        "ascolta", "l'articolo", "articolo", "ouvir", "o", "artigo", "beluister", "lyssna", "på", "posłuchaj",
        "слушать", "статью", "audio", "zum", "hören", "vorlesen",
    ]
)

#: News agencies, as they sign articles. Matched whole, case-sensitively where short (AP vs "ap").
AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "dpa", "DPA", "ANA-MPA", "ANSA",
    "EFE", "Europa Press", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Kyodo", "Yonhap", "PA", "PA Media",
    "UPI", "Bloomberg", "KNA", "epd", "APA", "sda", "SDA", "Belga", "ANP", "PAP", "CTK", "ČTK", "MTI",
    "Lusa", "Agência Brasil", "AAP", "CP", "The Canadian Press", "IANS", "PTI", "ANI", "Anadolu",
    "RES-EMP", "NTB", "TT", "STT", "Ritzau", "BTA", "HINA", "Tanjug", "AGERPRES", "Ukrinform",
    "dts", "AFX", "dpa-AFX", "Keystone-SDA", "SID", "KAP", "Kathpress", "RIA", "ТАСС", "РИА Новости",
    "Интерфакс", "ΑΠΕ-ΜΠΕ", "ΑΠΕ", "Agencia EFE", "ANSA.it", "Notimex", "EPA", "dpa-infocom",
)

#: Agencies that German-language sites also write in small letters when they sign ("(afp/dpa/red)", "rtr/dpa").
AGENCIES_IN_SMALL_LETTERS: tuple[str, ...] = ("afp", "dpa", "epd", "kna", "apa", "sda", "dts", "sid", "rtr", "ddp",
                                              "reuters", "ots")

#: Labels of Reuters-style credit lines ("Reporting by X; Editing by Y"): label -> the extra field.
CREDIT_ROLES: dict[str, str] = {
    "reporting by": "reporters", "additional reporting by": "reporters", "reporting and writing by": "reporters",
    "writing by": "writers", "written by": "writers", "editing by": "editors", "edited by": "editors",
    "compiled by": "writers", "graphics by": "graphics", "mitarbeit": "reporters", "redaktion": "editors",
    "reportage de": "reporters", "édité par": "editors", "edición de": "editors", "con la colaborazione di":
    "reporters",
}

#: Labels of tag lines, by language (lower case, without the colon).
TAG_LABELS: tuple[str, ...] = (
    # not "more on", "mehr zum Thema": they head related articles, not tags
    "tags", "tag", "tagged", "tagged with", "topics", "related topics", "keywords", "filed under",
    "explore more on these topics",
    "schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen", "étiquettes", "mots-clés", "mots clés",
    "sujets", "thèmes",
    "etiquetas", "temas", "palabras clave", "archivado en", "argomenti", "parole chiave", "tag correlati",
    "palavras-chave", "assuntos", "tópicos", "ετικέτες", "θέματα", "λέξεις-κλειδιά", "λέξεις κλειδιά",
    "теги", "метки", "темы", "ключевые слова", "trefwoorden", "onderwerpen", "tagi", "tematy",
    "słowa kluczowe", "taggar", "ämnen", "emneord", "aiheet", "štítky", "etiketler", "anahtar kelimeler",
    "タグ", "キーワード", "标签", "標籤", "关键词", "關鍵詞", "태그", "키워드",
)

#: Whole-paragraph phrases that are site furniture, by kind (for the reason) and language.
#: Matched on the folded paragraph (case, punctuation, spacing ignored), whole or as its start.
#: Headers of a sidebar's lists, which end a list of tags printed one per line above them ("Tags" / "Unity" /
#: "iOS" / "Recent Posts"); folded like the boilerplate phrases. Only the tags stage reads them.
SIDEBAR_HEADERS: tuple[str, ...] = (
    "recent posts", "latest posts", "popular posts", "recent comments", "categories", "archives", "see all",
    "view all", "all topics", "all tags", "alle themen", "alle artikel", "neueste beiträge", "beliebte beiträge",
    "kategorien", "archiv", "alle anzeigen", "anmelden um zu kommentieren", "jetzt kommentieren", "kommentare",
    "comments", "leave a comment", "commentaires", "comentarios", "commenti",
    "articles récents", "catégories", "entradas recientes", "categorías", "articoli recenti", "categorie",
    "posts recentes", "categorias", "recente berichten", "categorieën",
)

BOILERPLATE: dict[str, dict[str, tuple[str, ...]]] = {
    "related-content": {
        "en": ("you may also like", "recommended for you", "related articles", "related stories",
               "related posts", "related news", "read more", "more from", "more stories", "read next",
               "most popular", "most read", "trending now", "also read", "see also", "up next",
               "related", "more on this story", "editor s picks", "top stories", "latest news",
               "what to read next", "don t miss", "popular now", "you might also like",
               "more to read", "recommended stories", "more like this", "in other news", "most viewed",
               "related article", "you might like", "you may like"),
        "de": ("das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "lesen sie auch",
               "auch interessant", "meistgelesen", "empfohlene artikel", "verwandte artikel", "mehr dazu",
               "weiterlesen", "ähnliche artikel", "zum thema",
               "mehr zu diesem thema", "das könnte dich auch interessieren", "mehr aus dem ressort",
               "weitere nachrichten", "empfehlungen der redaktion", "unsere empfehlungen", "meistgelesene artikel",
               "passend zum thema", "auch lesenswert", "weitere themen", "weitere beiträge", "ähnliche beiträge",
               "mehr zu", "top themen", "neueste artikel", "empfehlungen", "verwandte themen", "mehr lesen",
               "lesen sie mehr", "mehr videos", "alle videos", "weitere videos", "mehr aus der region",
               "weitere beiträge zum thema", "weitere artikel zum thema", "beiträge zum thema", "artikel zum thema",
               "mehr beiträge zum thema", "weitere meldungen zum thema", "weitere nachrichten zum thema"),
        "fr": ("à lire aussi", "lire aussi", "vous aimerez aussi", "articles similaires", "sur le même sujet",
               "les plus lus", "à voir aussi", "lire la suite", "nos articles", "dans la même rubrique", "voir aussi"),
        "es": ("te puede interesar", "también te puede interesar", "noticias relacionadas", "lee también",
               "lo más leído", "más noticias", "artículos relacionados", "te recomendamos", "leer más", "ver también",
               "más información"),
        "it": ("potrebbe interessarti", "leggi anche", "articoli correlati", "i più letti", "ti potrebbe interessare",
               "notizie correlate", "leggi di più", "vedi anche"),
        "pt": ("leia também", "você pode gostar", "veja também", "notícias relacionadas", "mais lidas",
               "artigos relacionados", "leia mais", "saiba mais"),
        "el": ("διαβάστε επίσης", "δείτε επίσης", "σχετικά άρθρα", "περισσότερα", "δημοφιλή",
               "προτεινόμενα", "διαβάστε ακόμη", "διαβάστε περισσότερα"),
        "ru": ("читайте также", "смотрите также", "похожие статьи", "самое читаемое", "по теме",
               "рекомендуем", "читать далее", "другие новости"),
        "nl": ("lees ook", "meer nieuws", "gerelateerde artikelen", "meest gelezen", "ook interessant",
               "lees meer", "zie ook", "meer over"),
        "pl": ("czytaj także", "czytaj też", "zobacz także", "zobacz też", "najczęściej czytane",
               "powiązane artykuły", "polecamy", "czytaj więcej"),
        "ja": ("関連記事", "関連記事はこちら", "あわせて読みたい", "合わせて読みたい", "こちらの記事も合わせてどうぞ",
               "おすすめ記事", "人気記事", "新着記事", "関連ニュース"),
        "zh": ("相关文章", "相关阅读", "相关新闻", "推荐阅读", "热门文章", "延伸阅读", "相關文章", "相關閱讀",
               "延伸閱讀", "熱門文章", "推薦閱讀"),
        "ko": ("관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "인기 기사", "함께 보면 좋은 기사"),
        "sv": ("läs också", "läs även", "läs mer", "mest läst", "relaterade artiklar", "fler nyheter", "mer om",
               "du kanske också gillar", "rekommenderat för dig"),
        "da": ("læs også", "læs mere", "mest læste", "relaterede artikler", "flere nyheder", "mere om"),
        "no": ("les også", "les mer", "mest lest", "relaterte artikler", "flere nyheter", "mer om"),
        "fi": ("lue myös", "lue lisää", "luetuimmat", "aiheeseen liittyvät", "uusimmat uutiset"),
    },
    "share-prompt": {
        "en": ("share", "share this", "share this article", "share on facebook", "share on twitter",
               "tweet", "email", "print", "copy link", "share this story", "facebook twitter",
               "facebook twitter email", "whatsapp", "pinterest", "linkedin", "save article", "save",
               "gift this article", "share full article", "print this page", "copy article link",
               "reuse this content", "link copied", "print this article", "print article",
               "share with friends", "share it with friends", "share with your friends",
               "share your thoughts with friends", "share your thoughts",
               # a share or follow button's network, alone on its line
               "facebook", "twitter", "instagram", "telegram", "xing", "reddit", "flipboard", "bluesky", "mastodon",
               "threads", "tiktok"),
        "de": ("teilen", "artikel teilen", "drucken", "per e mail teilen", "link kopieren", "auf facebook teilen",
               "auf twitter teilen", "auf x teilen", "per whatsapp teilen", "per e mail versenden", "artikel versenden",
               "artikel drucken", "beitrag teilen", "artikel verschenken", "merken", "artikel merken",
               "zur merkliste hinzufügen", "teilen sie diesen artikel",
               "twittern", "per mail teilen", "folgen sie uns", "folgen sie uns auf facebook",
               "folgen sie uns auf instagram", "folge uns", "artikel vorlesen", "schriftgröße", "diesen artikel teilen",
               "seite teilen", "jetzt teilen"),
        "fr": ("partager", "partager cet article", "imprimer", "copier le lien", "partager sur facebook",
               "envoyer par e mail"),
        "es": ("compartir", "compartir en facebook", "imprimir", "copiar enlace"),
        "it": ("condividi", "stampa", "condividi su facebook", "copia link"),
        "pt": ("compartilhar", "partilhar", "imprimir", "copiar link", "compartilhe", "partilhe"),
        "el": ("κοινοποίηση", "μοιραστείτε", "εκτύπωση"),
        "ru": ("поделиться", "печать", "скопировать ссылку"),
        "nl": ("delen", "deel dit artikel", "printen"),
        "pl": ("udostępnij", "drukuj", "skopiuj link"),
        "ja": ("シェア", "シェアする", "ツイート", "この記事をシェア"),
        "zh": ("分享", "分享到", "分享此文"),
        "ko": ("공유", "공유하기", "기사 공유"),
        "sv": ("dela", "dela artikeln", "skriv ut", "kopiera länk", "dela på facebook"),
        "da": ("del", "del artiklen", "kopier link", "del på facebook"),
        "no": ("del", "del artikkelen", "skriv ut", "kopier lenke", "del på facebook"),
        "fi": ("jaa", "jaa artikkeli", "tulosta", "kopioi linkki", "jaa facebookissa"),
    },
    "subscribe-prompt": {
        "en": ("subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "join now", "newsletter",
               "sign up for our newsletter", "subscribe to our newsletter", "get the latest news",
               "already a subscriber", "become a member", "support our journalism", "donate"),
        "de": ("abonnieren", "jetzt abonnieren", "newsletter abonnieren", "anmelden", "registrieren",
               "zum newsletter anmelden", "jetzt anmelden", "jetzt registrieren", "kostenlos registrieren",
               "abo abschließen", "jetzt abo abschließen", "sie sind bereits abonnent", "bereits abonnent",
               "jetzt weiterlesen", "jetzt testen", "jetzt kostenlos testen", "abonnent werden", "newsletter", "login",
               "einloggen", "mein konto",
               "dieser artikel ist nur für abonnenten", "exklusiv für abonnenten", "nur für abonnenten",
               "sie haben bereits ein abo", "sie haben bereits ein abonnement", "hier anmelden", "gratis testen",
               "testen sie jetzt", "zum abo", "abmelden",
               # donation buttons of sites paid for by their readers
               "spenden", "jetzt spenden", "jetzt unterstützen", "unterstützen sie uns",
               "verpassen sie keine nachricht mehr", "keine nachricht mehr verpassen", "zum weiterlesen bitte anmelden",
               "zum weiterlesen anmelden"),
        "fr": ("s abonner", "abonnez vous", "inscrivez vous", "se connecter", "inscrivez vous à notre newsletter",
               "réservé aux abonnés",
               "article réservé aux abonnés", "déjà abonné", "faire un don", "soutenez nous",
               "vous souhaitez lire la suite"),
        "es": ("suscríbete", "suscribirse", "regístrate", "iniciar sesión", "suscríbete a nuestro boletín",
               "haz una donación", "dona ahora", "contenido exclusivo para suscriptores"),
        "it": ("abbonati", "iscriviti", "accedi", "iscriviti alla newsletter", "dona ora", "sostienici",
               "contenuto riservato agli abbonati"),
        "pt": ("assine", "inscreva se", "entrar", "assine a nossa newsletter", "cadastre se", "faça uma doação",
               "doe agora", "conteúdo exclusivo para assinantes", "exclusivo para assinantes"),
        "el": ("εγγραφή", "συνδεθείτε", "εγγραφείτε στο newsletter"),
        "ru": ("подписаться", "подпишитесь", "войти", "регистрация", "подписаться на рассылку"),
        "nl": ("abonneren", "inloggen", "schrijf je in", "meld je aan voor de nieuwsbrief", "doneer", "steun ons",
               "abonneer", "dit artikel is exclusief voor abonnees", "exclusief voor abonnees"),
        "pl": ("subskrybuj", "zaloguj się", "zapisz się do newslettera", "zarejestruj się",
               "treść dostępna dla subskrybentów", "tylko dla subskrybentów"),
        "sv": ("prenumerera", "logga in", "bli prenumerant", "prenumerera på vårt nyhetsbrev", "registrera dig",
               "endast för prenumeranter"),
        "da": ("abonner", "log ind", "bliv abonnent", "tilmeld dig nyhedsbrevet"),
        "no": ("abonner", "logg inn", "bli abonnent", "meld deg på nyhetsbrevet"),
        "fi": ("tilaa", "kirjaudu sisään", "kirjaudu", "tilaa uutiskirje", "rekisteröidy"),
    },
    "cookie-notice": {
        "en": ("we use cookies", "this website uses cookies", "accept cookies", "cookie policy",
               "accept all cookies", "manage cookies", "cookie settings", "accept", "i agree"),
        "de": ("wir verwenden cookies", "diese website verwendet cookies", "cookies akzeptieren",
               "alle akzeptieren", "cookie einstellungen", "datenschutzerklärung", "zustimmen",
               "alle cookies akzeptieren", "nur notwendige cookies", "datenschutzeinstellungen", "ich stimme zu",
               "akzeptieren und weiter", "externer inhalt", "empfohlener redaktioneller inhalt", "inhalt anzeigen",
               "externe inhalte anzeigen"),
        "fr": ("nous utilisons des cookies", "ce site utilise des cookies", "accepter les cookies",
               "tout accepter", "paramètres des cookies"),
        "es": ("utilizamos cookies", "este sitio web utiliza cookies", "aceptar cookies", "aceptar todas",
               "política de cookies"),
        "it": ("utilizziamo i cookie", "questo sito utilizza cookie", "accetta i cookie", "accetta tutti",
               "cookie policy"),
        "pt": ("utilizamos cookies", "este site usa cookies", "aceitar cookies", "aceitar todos",
               "política de cookies"),
        "el": ("χρησιμοποιούμε cookies", "αποδοχή cookies", "αποδοχή όλων"),
        "ru": ("мы используем файлы cookie", "этот сайт использует cookies", "принять"),
        "nl": ("wij gebruiken cookies", "deze website gebruikt cookies", "cookies accepteren",
               "alles accepteren"),
        "pl": ("używamy plików cookie", "ta strona używa plików cookie", "akceptuję", "zaakceptuj wszystkie"),
        "sv": ("vi använder cookies", "denna webbplats använder cookies", "godkänn alla", "acceptera alla",
               "acceptera cookies", "cookieinställningar"),
        "da": ("vi bruger cookies", "denne hjemmeside bruger cookies", "accepter alle", "accepter cookies"),
        "no": ("vi bruker informasjonskapsler", "vi bruker cookies", "godta alle", "godta cookies"),
        "fi": ("käytämme evästeitä", "hyväksy kaikki", "hyväksy evästeet", "evästeasetukset"),
    },
    "comment-prompt": {
        "en": ("comments", "leave a comment", "add a comment", "post a comment", "show comments",
               "join the conversation", "view comments", "no comments", "comment", "reply"),
        "de": ("kommentare", "kommentar schreiben", "kommentieren", "diskutieren sie mit", "antworten",
               "kommentare anzeigen", "kommentare lesen", "alle kommentare", "alle kommentare öffnen",
               "zu den kommentaren", "antwort schreiben", "kommentar verfassen", "jetzt kommentieren",
               "kommentar hinzufügen", "zum kommentarbereich",
               # Austrian sites call a reader's comment a posting
               "posting", "postings", "posten", "zu den postings"),
        "fr": ("commentaires", "laisser un commentaire", "réagir", "ajouter un commentaire", "répondre"),
        "es": ("comentarios", "deja un comentario", "dejar un comentario", "comentar", "responder"),
        "it": ("commenti", "lascia un commento", "commenta", "rispondi"),
        "pt": ("comentários", "deixe um comentário", "comentar", "responder"),
        "el": ("σχόλια", "αφήστε ένα σχόλιο", "σχολιάστε", "απάντηση"),
        "ru": ("комментарии", "оставить комментарий", "комментировать", "ответить"),
        "nl": ("reacties", "plaats een reactie", "reageer", "beantwoorden"),
        "pl": ("komentarze", "dodaj komentarz", "skomentuj", "odpowiedz"),
        "ja": ("コメント", "コメントを書く", "コメントを残す"),
        "zh": ("评论", "發表評論", "发表评论", "評論"),
        "ko": ("댓글", "댓글 쓰기", "댓글 달기"),
        "sv": ("kommentarer", "kommentera", "skriv en kommentar", "svara"),
        "da": ("kommentarer", "kommenter", "skriv en kommentar"),
        "no": ("kommentarer", "kommenter", "skriv en kommentar"),
        "fi": ("kommentit", "kommentoi", "jätä kommentti", "vastaa"),
    },
    "navigation": {
        "en": ("you are here",
               "home", "menu", "search", "skip to content", "skip to main content", "back to top",
               "check price", "check prices", "get a quote", "table of contents", "get a free estimate",
               "book a demo", "jump to section", "jump to review", "read the review",
               # a newsletter's web view: "Is this email not displaying correctly? View it in your browser."
               "is this email not displaying correctly", "view it in your browser", "view this email in your browser",
               "view in browser",
               "next article", "previous article", "next", "previous", "close", "more", "show more",
               "load more", "advertisement", "sponsored", "ad", "contact us", "about us",
               "privacy policy", "terms of use", "terms of service", "terms and conditions", "sitemap",
               "loading video", "video loading", "loading player", "video player is loading",
               "skip advertisement", "story continues below advertisement",
               # reading on past an advertisement, and picture, player and page controls
               "continue reading below", "article continues below", "story continues below", "enlarge this image",
               "enlarge image", "expand image", "view image", "click to expand", "play video", "watch video",
               "play audio", "hide caption", "show caption", "toggle caption", "next page", "previous page",
               "loading", "embed", "report an error", "report a correction", "supported by", "download our app",
               "download the app", "get the app",
               "article continues below advertisement", "scroll to continue with content",
               "listen to this article", "listen to article", "continue reading",
               # a link's note for screen readers, left on its own line by the scraper
               "opens in a new window", "opens in a new tab", "open in a new window", "open in a new tab",
               "opens in new window", "opens in new tab", "link opens in a new window"),
        "de": ("sie sind hier", "sie befinden sich hier",
               "startseite", "menü", "suche", "nach oben", "zurück", "weiter", "anzeige", "werbung",
               "impressum", "kontakt", "datenschutz", "nutzungsbedingungen", "mehr", "player wird geladen",
               "video wird geladen", "inhalt wird geladen", "wird geladen", "zur startseite",
               "zum inhalt springen", "zum hauptinhalt springen", "direkt zum inhalt", "zurück zur startseite",
               "nächster artikel", "vorheriger artikel", "mehr anzeigen", "mehr laden", "alle artikel", "schließen",
               "agb", "barrierefreiheit", "hilfe", "mediadaten", "über uns", "bildergalerie", "fotostrecke",
               "zur bildergalerie", "artikel anhören", "artikel hören", "artikel vorlesen", "artikel vorlesen lassen",
               "text vorlesen", "beitrag anhören", "vorlesen", "feedback", "druckansicht", "seite drucken",
               "diese seite drucken", "artikel drucken", "artikel versenden", "per e-mail versenden",
               "per email versenden", "diese seite per e-mail versenden", "diese seite per email versenden",
               "per e-mail verschicken", "per email verschicken", "diese seite per e-mail verschicken",
               "diese seite per email verschicken", "artikel verschicken",
               "weniger anzeigen", "video", "audio", "podcast", "ressorts", "galerie", "liveblog", "eilmeldung",
               "zum artikel", "hier klicken", "feedback senden", "fehler melden", "fehler gefunden jetzt melden",
               "alle rechte vorbehalten", "jobs", "karriere", "weiterlesen nach der anzeige",
               "fortsetzung nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
               "lesen sie nach der anzeige weiter", "rückfragen bitte an", "rückfragen an", "pressekontakt",
               "kontakt für rückfragen", "weitere meldungen", "pressemappe", "alle meldungen",
               "inhaltsverzeichnis", "öffnet in neuem fenster", "öffnet in einem neuen fenster",
               "öffnet in neuem tab", "öffnet in einem neuen tab", "link öffnet in neuem fenster",
               # picture, video and page controls
               "bild vergrößern", "bild verkleinern", "bilder ansehen", "weitere bilder", "alle bilder",
               "bildergalerie ansehen", "zur fotostrecke", "video abspielen", "video starten", "audio abspielen",
               "zur mobilen ansicht", "zur desktop ansicht", "nächste seite", "vorherige seite", "symbolbild",
               "vollbild", "zum liveblog", "hier geht es zum liveblog"),
        "fr": ("vous êtes ici",
               "accueil", "menu", "rechercher", "retour en haut", "suivant", "précédent", "publicité",
               "mentions légales", "contact", "politique de confidentialité", "plus", "chargement de la vidéo",
               "chargement en cours", "s ouvre dans une nouvelle fenêtre", "s ouvre dans un nouvel onglet",
               "ouvre dans une nouvelle fenêtre", "ouvre dans un nouvel onglet",
               # picture, player and page controls, and reading on past an advertisement
               "agrandir l image", "lire la vidéo", "écouter l article", "écouter cet article", "signaler une erreur",
               "page suivante", "page précédente", "chargement", "télécharger l application",
               "la suite après cette publicité", "article suivant", "article précédent"),
        "es": ("usted está aquí", "estás aquí",
               "inicio", "menú", "buscar", "volver arriba", "siguiente", "anterior", "publicidad",
               "aviso legal", "contacto", "política de privacidad", "más", "se abre en una nueva ventana",
               "se abre en una nueva pestaña", "abre en una nueva ventana", "abre en una nueva pestaña",
               "ampliar imagen", "ver vídeo", "ver video", "escuchar artículo", "escuchar noticia", "reportar un error",
               "página siguiente", "página anterior", "cargando", "descarga nuestra app", "sigue leyendo",
               "noticia siguiente", "noticia anterior"),
        "it": ("ti trovi in", "sei qui",
               "home", "menu", "cerca", "torna su", "successivo", "precedente", "pubblicità",
               "contatti", "privacy policy", "note legali", "si apre in una nuova finestra",
               "si apre in una nuova scheda",
               "ingrandisci immagine", "guarda il video", "ascolta l articolo", "segnala un errore",
               "pagina successiva", "pagina precedente", "caricamento", "scarica l app", "continua a leggere",
               "articolo successivo", "articolo precedente"),
        "pt": ("você está aqui", "você está em",
               "início", "menu", "pesquisar", "voltar ao topo", "próximo", "anterior", "publicidade",
               "contato", "contacto", "política de privacidade", "mais", "abre em uma nova janela",
               "abre numa nova janela", "abre em uma nova aba", "abre num novo separador",
               "ampliar imagem", "assista ao vídeo", "ouça a matéria", "ouvir notícia", "reportar erro",
               "próxima página", "página anterior", "carregando", "baixe o app", "continua após a publicidade",
               "continue lendo", "próxima notícia", "notícia anterior"),
        "el": ("αρχική", "μενού", "αναζήτηση", "επόμενο", "προηγούμενο", "διαφήμιση", "επικοινωνία",
               "όροι χρήσης",
               "δείτε το βίντεο", "επόμενη σελίδα", "προηγούμενη σελίδα", "φόρτωση", "επόμενο άρθρο",
               "προηγούμενο άρθρο"),
        "ru": ("главная", "меню", "поиск", "наверх", "далее", "назад", "реклама", "контакты",
               "политика конфиденциальности",
               "смотреть видео", "следующая страница", "предыдущая страница", "загрузка", "следующая статья",
               "предыдущая статья"),
        "nl": ("u bent hier", "je bent hier",
               "home", "menu", "zoeken", "naar boven", "volgende", "vorige", "advertentie", "contact",
               "privacybeleid", "opent in een nieuw venster", "opent in een nieuw tabblad",
               "vergroot afbeelding", "bekijk de video", "luister naar dit artikel", "meld een fout",
               "volgende pagina", "vorige pagina", "laden", "download de app", "lees verder na de advertentie",
               "volgend artikel", "vorig artikel"),
        "pl": ("strona główna", "menu", "szukaj", "do góry", "następny", "poprzedni", "reklama",
               "kontakt", "polityka prywatności",
               "powiększ zdjęcie", "zobacz wideo", "posłuchaj artykułu", "zgłoś błąd", "następna strona",
               "poprzednia strona", "ładowanie", "pobierz aplikację", "dalsza część artykułu pod reklamą",
               "następny artykuł", "poprzedni artykuł"),
        "ja": ("ホーム", "メニュー", "検索", "カテゴリー", "カテゴリ", "スポンサードリンク", "広告", "トップへ戻る",
               "お問い合わせ", "プライバシーポリシー", "次の記事", "前の記事"),
        "zh": ("首页", "首頁", "菜单", "搜索", "搜尋", "广告", "廣告", "返回顶部", "联系我们", "隐私政策",
               "上一篇", "下一篇"),
        "ko": ("홈", "메뉴", "검색", "광고", "맨 위로", "이전 기사", "다음 기사", "개인정보처리방침"),
        "sv": ("startsida", "hem", "meny", "sök", "till toppen", "nästa", "föregående", "annons", "kontakt",
               "integritetspolicy", "visa fler", "mer",
               "förstora bilden", "se videon", "lyssna på artikeln", "rapportera fel", "nästa sida", "föregående sida",
               "laddar", "ladda ner appen", "artikeln fortsätter efter annonsen", "nästa artikel",
               "föregående artikel"),
        "da": ("forside", "menu", "søg", "til toppen", "næste", "forrige", "annonce", "kontakt",
               "privatlivspolitik", "vis flere"),
        "no": ("forside", "meny", "søk", "til toppen", "neste", "forrige", "annonse", "kontakt", "personvern",
               "vis flere"),
        "fi": ("etusivu", "valikko", "haku", "hae", "alkuun", "seuraava", "edellinen", "mainos", "yhteystiedot",
               "tietosuojaseloste", "näytä lisää"),
    },
}

#: Nouns that, after a count, head a reader-comment thread ("33 Comments", "10 thoughts on “…”",
#: "3 Kommentare zu „…“"), by language; folded like the boilerplate phrases. See newsclean.comments.
COMMENT_COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": ("comments", "comment", "responses", "response", "replies", "reply", "thoughts on", "thought on"),
    "de": ("kommentare", "kommentar", "leserkommentare", "gedanken zu", "antworten auf"),
    "fr": ("commentaires", "commentaire", "réflexions sur", "réflexion sur", "réactions", "réaction"),
    "es": ("comentarios", "comentario", "respuestas a", "respuesta a", "pensamientos sobre"),
    "it": ("commenti", "commento", "risposte a", "pensieri su"),
    "pt": ("comentários", "comentário", "respostas para", "pensamentos sobre"),
    "nl": ("reacties", "reactie", "gedachten over"),
    "pl": ("komentarze", "komentarzy", "komentarz"),
    "ru": ("комментариев", "комментария", "комментарий", "комментарии"),
    "el": ("σχόλια", "σχόλιο"),
    "sv": ("kommentarer", "kommentar"),
    "da": ("kommentarer", "kommentar"),
    "no": ("kommentarer", "kommentar"),
    "fi": ("kommenttia", "kommentti", "kommentit"),
}
#: How a comment form or a closed thread opens (the folded line starts so), by language: the strings that
#: blog and news software prints above its comment form, in its usual translations.
COMMENT_SECTION_OPENERS: dict[str, tuple[str, ...]] = {
    "en": ("leave a reply", "leave a comment", "cancel reply", "your email address will not be published",
           "post a comment", "add a comment", "comments are closed", "top rated comments", "reader comments",
           "join the discussion", "join the conversation", "you must be logged in to post a comment",
           "you must be logged in to comment", "log in to comment", "sign in to comment", "log in to leave a comment"),
    "de": ("schreibe einen kommentar", "hinterlasse einen kommentar", "kommentar verfassen", "kommentar schreiben",
           "antworten abbrechen", "deine e mail adresse wird nicht veröffentlicht",
           "ihre e mail adresse wird nicht veröffentlicht", "die kommentarfunktion ist geschlossen",
           "kommentare sind geschlossen", "diskutieren sie mit", "leserkommentare",
           # the login the form asks for first
           "sie müssen angemeldet sein um kommentieren", "sie müssen angemeldet sein um einen kommentar",
           "sie müssen eingeloggt sein um", "um kommentieren zu können", "um einen kommentar zu schreiben",
           "melden sie sich an um zu kommentieren", "bitte melden sie sich an um", "zum kommentieren bitte"),
    "fr": ("laisser un commentaire", "ajouter un commentaire", "annuler la réponse",
           "votre adresse e mail ne sera pas publiée", "votre adresse de messagerie ne sera pas publiée",
           "les commentaires sont fermés"),
    "es": ("deja una respuesta", "deja un comentario", "dejar un comentario", "cancelar la respuesta",
           "tu dirección de correo electrónico no será publicada", "los comentarios están cerrados"),
    "it": ("lascia un commento", "lascia una risposta", "annulla risposta",
           "il tuo indirizzo email non sarà pubblicato", "i commenti sono chiusi"),
    "pt": ("deixe um comentário", "deixe uma resposta", "cancelar resposta",
           "o seu endereço de email não será publicado", "seu endereço de e mail não será publicado",
           "os comentários estão fechados"),
    "nl": ("geef een reactie", "laat een reactie achter", "reactie annuleren",
           "je e mailadres wordt niet gepubliceerd", "uw e mailadres wordt niet gepubliceerd",
           "reageren is niet mogelijk"),
    "pl": ("dodaj komentarz", "zostaw komentarz", "anuluj pisanie odpowiedzi",
           "twój adres e mail nie zostanie opublikowany"),
    "ru": ("оставить комментарий", "добавить комментарий", "отменить ответ",
           "ваш адрес email не будет опубликован"),
    "el": ("αφήστε ένα σχόλιο", "ακύρωση απάντησης", "η ηλ διεύθυνση σας δεν δημοσιεύεται"),
    "sv": ("lämna en kommentar", "avbryt svar", "din e postadress kommer inte publiceras"),
    "da": ("skriv et svar", "skriv en kommentar", "annuller svar", "din e mailadresse vil ikke blive publiceret"),
    "no": ("legg igjen en kommentar", "avbryt svar", "din e postadresse vil ikke bli publisert"),
    "fi": ("jätä kommentti", "peruuta vastaus", "sähköpostiosoitettasi ei julkaista"),
}
#: Words that stand for a count before a comment noun ("One response to …", "Keine Kommentare").
COMMENT_COUNT_WORDS: frozenset[str] = frozenset({
    "no", "one", "ein", "eine", "einen", "keine", "un", "une", "aucun", "uno", "una", "sin", "nessun", "um", "uma",
    "sem", "een", "één", "geen", "jeden", "brak", "один", "нет", "ένα", "inga", "en", "ett",
})
#: Words that may follow a comment noun when the thread header names the article ("33 Comments on “…”").
COMMENT_TITLE_LINKS: frozenset[str] = frozenset({
    "on", "to", "about", "zu", "auf", "sur", "à", "a", "en", "sobre", "su", "em", "para", "op", "over", "do",
    "к", "на", "για", "στο", "om", "till", "på",
})

#: Words that label the credit of a picture under it ("Credit: Sam Schild", "Foto: dpa", "Crédit photo : AFP"),
#: in the languages of BOILERPLATE; folded. See newsclean.captions.
PICTURE_CREDIT_WORDS: tuple[str, ...] = (
    "credit", "credits", "photo", "photos", "photo credit", "image", "images", "image credit", "picture",
    "photograph", "illustration", "foto", "fotos", "bild", "bilder", "fotografie", "crédit", "crédits",
    "crédit photo", "crédito", "créditos", "crédito da foto", "fotografía", "immagine", "φωτογραφία", "фото",
    "zdjęcie",
    # graphics and maps credit their makers the same way ("Grafik: dpa", "Karte: OpenStreetMap")
    "grafik", "infografik", "karte", "screenshot", "graphic", "graphique", "gráfico", "grafico",
)
#: "Photo by …": the picture words that take a preposition before the name, and the prepositions; folded.
PICTURE_BY_WORDS: tuple[str, ...] = ("photo", "image", "picture", "foto", "bild")
PICTURE_BY_PREPOSITIONS: tuple[str, ...] = ("by", "courtesy of", "von", "de", "di", "door", "por")
#: Picture agencies and stock libraries that end a caption after a slash or a bar ("… / Getty Images").
PICTURE_AGENCIES: tuple[str, ...] = (
    "getty images", "afp via getty images", "shutterstock", "istock", "istockphoto", "picture alliance",
    "imago", "imago images", "ap photo", "alamy", "unsplash", "pexels", "keystone", "anp",
)

#: News agencies that credit a picture with their name first and the photographer after a slash: "(AP
#: Photo/Evan Vucci)", "(REUTERS/Kevin Lamarque)", "AFP/John Smith".
PHOTO_AGENCY_CREDITS: tuple[str, ...] = ("ap", "afp", "epa", "reuters", "xinhua", "efe", "ansa", "upi", "anadolu",
                                         "dpa", "epa-efe")

#: Consent notices written as sentences (newsclean.consent): a cookie banner or the box that stands in for
#: an embedded video or post until the reader agrees. Three kinds of words per language, folded: what such a
#: notice is about (two of them must be named), what it asks the reader to do, and how it addresses the
#: reader (an article *about* cookies or consent reports; a notice asks).
CONSENT_TERMS: dict[str, tuple[str, ...]] = {
    "en": ("cookie", "cookies", "consent", "third party", "third-party", "privacy policy", "privacy settings",
           "privacy preferences", "personal data", "tracking technologies", "external content",
           "external media", "embedded content", "external video", "external videos"),
    "de": ("cookie", "cookies", "einwilligung", "zustimmung", "einverstanden", "externe inhalte",
           "externen inhalt", "externer inhalt", "externen inhalte", "drittanbieter", "drittanbietern",
           "drittplattformen", "drittplattform", "personenbezogene daten", "personenbezogenen daten",
           "datenschutzerklärung", "datenschutz-einstellungen", "datenschutzeinstellungen", "datenschutzhinweis",
           "datenschutzhinweisen", "externes video", "externe videos", "externe medien"),
    "fr": ("cookie", "cookies", "consentement", "contenu externe", "contenus externes", "données personnelles",
           "tiers", "politique de confidentialité", "paramètres de confidentialité"),
    "es": ("cookie", "cookies", "consentimiento", "contenido externo", "datos personales", "terceros",
           "política de privacidad", "política de cookies"),
    "it": ("cookie", "consenso", "contenuti esterni", "contenuto esterno", "dati personali", "terze parti",
           "terzi", "informativa sulla privacy"),
    "nl": ("cookies", "toestemming", "externe inhoud", "persoonsgegevens", "derden", "privacybeleid"),
    "pt": ("cookies", "consentimento", "conteúdo externo", "dados pessoais", "terceiros",
           "política de privacidade"),
    "sv": ("cookies", "kakor", "samtycke", "externt innehåll", "personuppgifter", "tredje part"),
    "pl": ("cookie", "cookies", "zgoda", "zgodę", "zgody", "dane osobowe", "danych osobowych", "podmiotów trzecich",
           "treści zewnętrzne", "polityka prywatności"),
}
CONSENT_ACTIONS: dict[str, tuple[str, ...]] = {
    "en": ("click", "clicking", "accept", "accepting", "enable", "allow", "agree", "manage", "load", "loaded",
           "display", "displayed", "show", "opt out", "withdraw"),
    "de": ("klicken", "klick", "mausklick", "aktivieren", "zustimmen", "akzeptieren", "anzeigen", "angezeigt",
           "einblenden", "ausblenden", "laden", "geladen", "widerrufen", "übermittelt"),
    "fr": ("cliquant", "cliquez", "cliquer", "accepter", "acceptez", "afficher", "affiché", "charger", "chargé",
           "autoriser", "autorisez", "retirer"),
    "es": ("clic", "haga clic", "aceptar", "acepta", "aceptas", "mostrar", "cargar", "cargado", "permitir"),
    "it": ("clicca", "cliccando", "accetta", "accettare", "accetti", "visualizzare", "caricare", "caricato",
           "consentire"),
    "nl": ("klik", "klikken", "accepteer", "accepteren", "tonen", "weergeven", "laden", "geladen"),
    "pt": ("clique", "clicar", "aceitar", "aceita", "mostrar", "exibir", "carregar", "carregado"),
    "sv": ("klicka", "klickar", "godkänn", "godkänner", "acceptera", "visa", "ladda", "laddas"),
    "pl": ("kliknij", "kliknięcie", "akceptuję", "zaakceptuj", "wyświetlić", "wyświetlane", "załadować"),
}
CONSENT_ADDRESS: dict[str, tuple[str, ...]] = {
    "en": ("you", "your"),
    "de": ("sie", "ihnen", "ihre", "ihrer", "ich", "mir", "mich", "du", "dir"),
    "fr": ("vous", "votre", "vos", "je", "j'accepte"),
    "es": ("usted", "tu", "acepto", "aceptas", "debes", "debe aceptar"),
    "it": ("tuo", "tuoi", "accetti", "acconsenti", "acconsento", "devi"),
    "nl": ("uw", "je", "jouw", "ik ga akkoord"),
    "pt": ("você", "seu", "sua", "aceito"),
    "sv": ("du", "dig", "din", "ditt", "jag"),
    "pl": ("ty", "twoje", "twoich", "akceptuję", "zgadzam"),
}

#: The sections a news site's menu lists, folded, by language: a menu's last item printed right above the
#: headline is no kicker of the article ("… Kultur / Wetter / headline"), unless the line re-lists an item of
#: the menu above it (a breadcrumb path under the menu: "… Cultura / Economia / headline").
MENU_SECTIONS: dict[str, tuple[str, ...]] = {
    "en": ("home", "news", "world", "us", "uk", "politics", "business", "money", "markets", "tech", "technology",
           "science", "health", "sport", "sports", "culture", "arts", "entertainment", "lifestyle", "life",
           "style", "travel", "food", "opinion", "weather", "video", "videos", "innovation", "local",
           "national", "education", "more"),
    "de": ("startseite", "nachrichten", "politik", "wirtschaft", "finanzen", "sport", "kultur", "wissen",
           "gesundheit", "panorama", "reise", "digital", "auto", "mobilität", "leben", "wetter", "meinung",
           "inland", "ausland", "regional", "lokales", "region", "unterhaltung", "gesellschaft", "karriere",
           "technik", "netzwelt", "wissenschaft", "feuilleton", "chronik", "forum"),
    "fr": ("accueil", "actualités", "politique", "économie", "international", "culture", "sport", "sports",
           "société", "sciences", "santé", "idées", "vidéos", "france", "monde"),
    "es": ("portada", "españa", "internacional", "economía", "sociedad", "cultura", "deportes", "tecnología",
           "ciencia", "salud", "sanidad", "opinión"),
    "it": ("cronaca", "politica", "economia", "esteri", "sport", "cultura", "spettacoli", "tecnologia", "salute"),
    "nl": ("nieuws", "binnenland", "buitenland", "economie", "sport", "cultuur", "politiek"),
    "pt": ("política", "economia", "mundo", "esportes", "cultura", "brasil", "tecnologia", "saúde"),
    "pl": ("wiadomości", "kraj", "świat", "sport", "kultura", "biznes", "gospodarka"),
}

#: A newsletter sign-up prompt written as a sentence (newsclean.signup): it opens with the request and names
#: the newsletter ("Sign up for our fortnightly Heart Matters newsletter to receive …", "Abonnieren Sie
#: unseren Newsletter"). Folded openings and newsletter words, by language.
SIGNUP_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": ("sign up", "signup", "subscribe", "join", "get", "receive", "enter your email"),
    "de": ("abonnieren sie", "abonniere", "melden sie sich", "melde dich", "bestellen sie", "registrieren sie sich",
           "jetzt anmelden"),
    "fr": ("inscrivez-vous", "abonnez-vous", "recevez", "inscris-toi"),
    "es": ("suscríbete", "suscribete", "suscríbase", "recibe", "apúntate"),
    "it": ("iscriviti", "ricevi", "abbonati"),
    "nl": ("schrijf je in", "meld je aan", "abonneer", "ontvang"),
    "pt": ("assine", "inscreva-se", "receba", "cadastre-se"),
    "sv": ("prenumerera", "anmäl dig"),
    "pl": ("zapisz się", "subskrybuj"),
}
NEWSLETTER_WORDS: tuple[str, ...] = (
    "newsletter", "newsletters", "nieuwsbrief", "boletín", "lettre d'information", "infolettre", "lettre",
    "nyhetsbrev", "biuletyn",
)
#: Where a newsletter is delivered, said to the reader: a line titled with the newsletter's name that names
#: the reader's mailbox is its sign-up box ("Der Newsletter für Pendler: Jeden Morgen … in Ihr Postfach",
#: "Our Morning Briefing newsletter: the day's news in your inbox").
INBOX_WORDS: tuple[str, ...] = (
    "your inbox", "your mailbox", "ihr postfach", "ihr e-mail-postfach", "dein postfach", "votre boîte",
    "ta boîte", "tu bandeja", "su bandeja", "la tua casella", "sua caixa", "seu e-mail", "din inkorg",
    "twoją skrzynkę", "je inbox", "uw inbox", "je mailbox",
)
#: A paywall's prompt to read on with the site's subscription ("Lesen Sie jetzt mit SZ Plus weiter", "Mit
#: F+ weiterlesen", "Subscribe to continue reading"): the request, and the product's name (a few words).
PAYWALL_PROMPTS: tuple[str, ...] = (
    r"(?:jetzt\s+)?mit\s+\S+(?:\s+\S+){0,2}\s+weiterlesen",
    r"(?:jetzt\s+)?weiterlesen\s+mit\s+\S+(?:\s+\S+){0,2}",
    r"lesen\s+sie\s+(?:jetzt\s+)?(?:mehr\s+|weiter\s+)?mit\s+\S+(?:\s+\S+){0,2}?(?:\s+weiter)?",
    r"(?:subscribe|sign\s+in|log\s+in|register)\s+to\s+(?:continue\s+reading|read\s+(?:the\s+full|this|more))"
    r"(?:\s+(?:story|article))?",
    r"continue\s+reading\s+with\s+\S+(?:\s+\S+){0,2}",
    r"(?:abonnez-vous|connectez-vous)\s+pour\s+(?:lire\s+la\s+suite|continuer\s+(?:à|a)\s+lire)",
)

#: A notice about the reader's browser (newsclean.notices): what it names ("JavaScript", "Internet Explorer",
#: "navigateur"), in every language at once, ...
BROWSER_SUBJECTS: tuple[str, ...] = (
    "browser", "web browser", "webbrowser", "javascript", "internet explorer", "ie 11", "ie11", "ie 10",
    "navigateur", "navegador", "przeglądarka", "przeglądarki", "webbläsare", "webläsare",
)
#: ... what it asks of the reader or says of the browser ("enable", "not supported", "veraltet"), folded, by
#: language ...
BROWSER_ACTIONS: dict[str, tuple[str, ...]] = {
    "en": ("enable", "enabled", "disabled", "turn on", "switch on", "not supported", "no longer supported",
           "not fully supported", "not actively supported", "unsupported", "limited support", "update", "upgrade",
           "outdated", "out of date", "older version", "old version", "modern browser", "supported browser",
           "best experience", "optimal experience"),
    "de": ("aktivieren", "aktiviert", "deaktiviert", "einschalten", "veraltet", "veralteten", "nicht unterstützt",
           "nicht mehr unterstützt", "aktualisieren", "aktuellen browser", "aktuelle version"),
    "fr": ("activer", "activez", "activé", "désactivé", "obsolète", "pas pris en charge", "plus pris en charge",
           "mettre à jour", "mettez à jour"),
    "es": ("activar", "active", "habilitar", "habilite", "desactivado", "obsoleto", "no es compatible",
           "actualizar", "actualice"),
    "it": ("abilitare", "abilita", "attivare", "attiva", "disabilitato", "obsoleto", "non supportato",
           "non è supportato", "aggiornare", "aggiorna"),
    "pt": ("ativar", "ative", "habilitar", "habilite", "desativado", "desatualizado", "não é suportado",
           "não é compatível", "atualizar", "atualize"),
    "nl": ("inschakelen", "ingeschakeld", "uitgeschakeld", "verouderd", "verouderde", "niet ondersteund",
           "bijwerken", "werk je browser bij"),
    "pl": ("włącz", "włączyć", "wyłączony", "nieaktualna", "nie jest obsługiwana", "zaktualizuj"),
    "sv": ("aktivera", "avaktiverad", "föråldrad", "stöds inte", "uppdatera"),
}
#: ... and that it speaks to the reader or of the site ("please", "your", "Sie", "votre", "this site").
READER_ADDRESS: tuple[str, ...] = (
    "you", "your", "please", "we recommend", "we've detected", "this site", "this page", "this website",
    "our site", "our website", "sie", "ihr", "ihren", "ihrem", "bitte", "diese seite", "unsere seite", "vous",
    "votre", "veuillez", "ce site", "usted", "su", "tu", "por favor", "este sitio", "il tuo", "tuo", "per favore",
    "questo sito", "seu", "sua", "você", "este site", "u", "uw", "je", "jouw", "deze site", "twoja", "proszę",
    "din", "du",
)

#: The opening words of a link to a listing ("View all (23)", "See all New York movers", "All articles by Jane
#: Doe", "Alle Artikel zu unseren Recherchen"), folded, by language: a short line that opens so is a link.
LISTING_LINK_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": ("view all", "see all", "show all", "browse all", "all articles", "all posts"),
    "de": ("alle anzeigen", "alle ansehen", "zeige alle", "alle artikel", "alle beiträge"),
    "fr": ("voir tout", "voir tous", "voir toutes", "afficher tout", "tous les articles"),
    "es": ("ver todo", "ver todos", "ver todas", "mostrar todo", "todos los artículos"),
    "it": ("vedi tutti", "vedi tutte", "vedi tutto", "mostra tutti", "tutti gli articoli"),
    "nl": ("bekijk alle", "alle bekijken", "toon alle", "alle artikelen", "alle berichten"),
    "pt": ("ver todos", "ver todas", "ver tudo", "todos os artigos"),
    "sv": ("visa alla", "se alla", "alla artiklar"),
    "pl": ("zobacz wszystkie", "pokaż wszystkie", "wszystkie artykuły"),
}

#: The opening words of a prompt to follow or share on a social network ("Follow us on Instagram", "Click to
#: share on X (Opens in new window)", "Folgen Sie uns auf Facebook"), folded, by language.
FOLLOW_PROMPT_OPENINGS: dict[str, tuple[str, ...]] = {
    "en": ("follow us on", "follow me on", "click to share on", "share on", "share this on", "share it on",
           "share this article on", "share this story on", "connect with us on", "find us on", "like us on"),
    "de": ("folgen sie uns auf", "folge uns auf", "teilen auf", "folgen sie uns bei"),
    "fr": ("suivez-nous sur", "suivez nous sur", "partager sur", "retrouvez-nous sur"),
    "es": ("síguenos en", "siguenos en", "compartir en"),
    "it": ("seguici su", "condividi su"),
    "nl": ("volg ons op", "deel op"),
    "pt": ("siga-nos no", "siga-nos na", "compartilhe no", "compartilhar no"),
    "sv": ("följ oss på", "dela på"),
    "pl": ("obserwuj nas na", "udostępnij na"),
}

#: The words a writer says of herself, and those a company says of itself, per language: a page written in the
#: first person singular is a person's, and the site's copyright names its writer (newsclean.stages.byline).
FIRST_PERSON_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"i", "my", "me"}), frozenset({"we", "our", "us"})),
    "de": (frozenset({"ich", "mein", "meine", "meinen", "meinem", "meiner", "mir", "mich"}),
           frozenset({"wir", "unser", "unsere", "unseren", "unserem", "unserer", "uns"})),
    "fr": (frozenset({"je", "j", "moi", "mon", "ma", "mes"}), frozenset({"nous", "notre", "nos"})),
    "es": (frozenset({"yo", "mi", "mis"}), frozenset({"nosotros", "nosotras", "nuestro", "nuestra", "nuestros"})),
    "it": (frozenset({"io", "mio", "mia", "miei", "mie"}), frozenset({"noi", "nostro", "nostra", "nostri", "nostre"})),
    "nl": (frozenset({"ik", "mijn"}), frozenset({"wij", "we", "onze", "ons"})),
    "sv": (frozenset({"jag", "mitt", "mina", "mig"}), frozenset({"vi", "vår", "vårt", "våra", "oss"})),
    "pt": (frozenset({"eu", "meu", "minha", "meus", "minhas"}), frozenset({"nós", "nosso", "nossa", "nossos"})),
    # (Polish "my" is "we": the English words would count it the wrong way round)
    "pl": (frozenset({"ja", "mój", "moja", "moje", "mnie"}), frozenset({"my", "nasz", "nasza", "nasze", "nas"})),
}

#: How a list of other stories (or of comments) stamps each entry with its age, per language: the frame around
#: the number and the unit ("{n}" and "{unit}"; "{n}{unit}" with no space as in "32M ago"), and the units.
#: Used in every language at once, on whole lines only (``newsclean.stamps``).
AGE_STAMP_FRAMES: dict[str, tuple[str, ...]] = {
    "en": ("{n} {unit} ago", "{n}{unit} ago"),
    "de": ("vor {n} {unit}",),
    "fr": ("il y a {n} {unit}",),
    "es": ("hace {n} {unit}",),
    "pt": ("há {n} {unit}", "{n} {unit} atrás"),
    "it": ("{n} {unit} fa",),
    "nl": ("{n} {unit} geleden",),
    "sv": ("för {n} {unit} sedan",),
    "pl": ("{n} {unit} temu",),
    "ru": ("{n} {unit} назад",),
}
AGE_STAMP_UNITS: dict[str, tuple[str, ...]] = {
    "en": ("s", "sec", "secs", "second", "seconds", "m", "min", "mins", "minute", "minutes", "h", "hr", "hrs",
           "hour", "hours", "d", "day", "days", "w", "wk", "wks", "week", "weeks", "mo", "month", "months", "y",
           "yr", "yrs", "year", "years"),
    "de": ("sekunde", "sekunden", "min", "min.", "minute", "minuten", "std", "std.", "stunde", "stunden", "tag",
           "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren"),
    "fr": ("s", "sec", "seconde", "secondes", "min", "minute", "minutes", "h", "heure", "heures", "j", "jour",
           "jours", "semaine", "semaines", "mois", "an", "ans"),
    "es": ("segundo", "segundos", "min", "minuto", "minutos", "h", "hora", "horas", "día", "días", "semana",
           "semanas", "mes", "meses", "año", "años"),
    "pt": ("segundo", "segundos", "min", "minuto", "minutos", "h", "hora", "horas", "dia", "dias", "semana",
           "semanas", "mês", "meses", "ano", "anos"),
    "it": ("secondi", "min", "minuto", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane",
           "mese", "mesi", "anno", "anni"),
    "nl": ("seconden", "min", "minuut", "minuten", "uur", "dag", "dagen", "week", "weken", "maand", "maanden",
           "jaar"),
    "sv": ("sekunder", "min", "minut", "minuter", "timme", "timmar", "dag", "dagar", "vecka", "veckor", "månad",
           "månader", "år"),
    "pl": ("sekund", "sekundy", "min", "minutę", "minuty", "minut", "godzinę", "godziny", "godzin", "dzień", "dni",
           "tydzień", "tygodnie", "tygodni", "miesiąc", "miesiące", "miesięcy", "rok", "lata", "lat"),
    "ru": ("секунду", "секунды", "секунд", "мин", "минуту", "минуты", "минут", "час", "часа", "часов", "день", "дня",
           "дней", "неделю", "недели", "недель", "месяц", "месяца", "месяцев", "год", "года", "лет"),
}

#: Social networks whose names a share bar prints side by side ("Whatsapp Facebook Pint Baixar", "Facebook
#: Youtube Linkedin Medium"). Lower case.
SOCIAL_NETWORKS: frozenset[str] = frozenset({
    "facebook", "twitter", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "telegram", "whatsapp", "reddit",
    "xing", "vk", "tumblr", "flipboard", "messenger", "snapchat", "bluesky", "mastodon", "threads", "viber", "line",
})

#: The buttons of a product review or a deals list that send the reader to a shop, as whole lines: the label
#: alone ("See it", "View Deal") or with the shop ("Check price at Amazon"); a price with its shop ("$29 at
#: Amazon") is matched by the prepositions below. Lower case.
SHOP_BUTTONS: dict[str, tuple[str, ...]] = {
    "en": ("check price", "check the price", "check prices", "see price", "see prices", "see it", "see deal",
           "view deal", "view price", "view prices"),
    "de": ("preis prüfen", "preis ansehen", "angebot ansehen", "zum angebot"),
    "fr": ("voir le prix", "voir l offre", "voir l'offre", "voir l’offre"),
    "es": ("ver precio", "ver oferta"),
    "it": ("vedi prezzo", "vedi offerta"),
    "nl": ("bekijk prijs", "bekijk aanbieding"),
    "pt": ("ver preço", "ver oferta"),
}
#: The word between a price and the shop that sells at it ("$29 at Amazon", "29 € bei Otto").
SHOP_PREPOSITIONS: tuple[str, ...] = ("at", "from", "on", "bei", "chez", "sur", "en", "su", "da", "op", "na", "no",
                                      "em")
