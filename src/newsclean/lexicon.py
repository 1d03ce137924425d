"""Word lists the stages share, per language (ISO 639-1). Plugins extend them through hooks.

Lists are small and hand-written from the way news sites in each language label things; they are signals
for stages that also look at position and shape, never a verdict on their own.
"""

from __future__ import annotations

#: Words that open a byline ("By Jane Doe"), by language.
BYLINE_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("by", "written by", "words by", "story by", "reporting by"),
    "de": ("von", "text von", "autor", "autorin", "ein beitrag von"),
    "fr": ("par",),
    "es": ("por",),
    "it": ("di", "a cura di"),
    "pt": ("por",),
    "nl": ("door",),
    "el": ("από", "του", "της", "γράφει ο", "γράφει η"),
    "pl": ("autor", "autorka"),
    "ru": ("автор",),
    "sv": ("av",),
    "da": ("af",),
    "no": ("av",),
    "fi": ("kirjoittaja",),
    "cs": ("autor",),
    "tr": ("yazan",),
}

#: Labels that may be followed by a colon and a name in any language ("Autor: Jan Kowalski").
AUTHOR_LABELS: tuple[str, ...] = (
    "author", "authors", "autor", "autorin", "autoren", "auteur", "auteurs", "autore", "autori",
    "autores", "författare", "forfatter", "συντάκτης", "автор", "авторы", "writer", "reporter",
)

#: Words that look like a name after "By" but are interface text.
NOT_NAMES: frozenset[str] = frozenset(
    """
    minute minutes min read reading time updated update published posted staff team editor editors
    editorial desk newsroom admin administrator guest contributor contributors and the a an on at in
    of share comments comment print email follow subscribe date today yesterday ago hours hour sec
    seconds am pm gmt utc
    """.split()
)

#: News agencies, as they sign articles. Matched whole, case-sensitively where short (AP vs "ap").
AGENCIES: tuple[str, ...] = (
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "dpa", "DPA", "ANA-MPA", "ANSA",
    "EFE", "Europa Press", "Xinhua", "TASS", "RIA Novosti", "Interfax", "Kyodo", "Yonhap", "PA", "PA Media",
    "UPI", "Bloomberg", "KNA", "epd", "APA", "sda", "SDA", "Belga", "ANP", "PAP", "CTK", "ČTK", "MTI",
    "Lusa", "Agência Brasil", "AAP", "CP", "The Canadian Press", "IANS", "PTI", "ANI", "Anadolu",
    "RES-EMP", "NTB", "TT", "STT", "Ritzau", "BTA", "HINA", "Tanjug", "AGERPRES", "Ukrinform",
)

#: Labels of tag lines, by language (lower case, without the colon).
TAG_LABELS: tuple[str, ...] = (
    "tags", "tag", "tagged", "tagged with", "topics", "related topics", "keywords", "filed under",
    "schlagwörter", "schlagworte", "stichwörter", "themen", "étiquettes", "mots-clés", "mots clés",
    "sujets", "etiquetas", "temas", "palabras clave", "argomenti", "parole chiave", "tag correlati",
    "palavras-chave", "assuntos", "ετικέτες", "θέματα", "λέξεις-κλειδιά", "теги", "метки", "темы",
    "ключевые слова", "trefwoorden", "onderwerpen", "tagi", "tematy", "słowa kluczowe", "taggar",
    "ämnen", "emneord", "aiheet", "štítky", "etiketler", "anahtar kelimeler",
)

#: Whole-paragraph phrases that are site furniture, by kind (for the reason) and language.
#: Matched on the folded paragraph (case, punctuation, spacing ignored), whole or as its start.
BOILERPLATE: dict[str, dict[str, tuple[str, ...]]] = {
    "related-content": {
        "en": ("you may also like", "recommended for you", "related articles", "related stories",
               "related posts", "related news", "read more", "more from", "more stories", "read next",
               "most popular", "most read", "trending now", "also read", "see also", "up next",
               "related", "more on this story", "editor s picks", "top stories", "latest news",
               "what to read next", "don t miss", "popular now", "you might also like"),
        "de": ("das könnte sie auch interessieren", "mehr zum thema", "weitere artikel", "lesen sie auch",
               "auch interessant", "meistgelesen", "empfohlene artikel", "verwandte artikel", "mehr dazu",
               "weiterlesen", "ähnliche artikel", "zum thema"),
        "fr": ("à lire aussi", "lire aussi", "vous aimerez aussi", "articles similaires", "sur le même sujet",
               "les plus lus", "à voir aussi", "lire la suite", "nos articles", "dans la même rubrique"),
        "es": ("te puede interesar", "también te puede interesar", "noticias relacionadas", "lee también",
               "lo más leído", "más noticias", "artículos relacionados", "te recomendamos", "leer más"),
        "it": ("potrebbe interessarti", "leggi anche", "articoli correlati", "i più letti", "ti potrebbe interessare",
               "notizie correlate", "leggi di più"),
        "pt": ("leia também", "você pode gostar", "veja também", "notícias relacionadas", "mais lidas",
               "artigos relacionados", "leia mais", "saiba mais"),
        "el": ("διαβάστε επίσης", "δείτε επίσης", "σχετικά άρθρα", "περισσότερα", "δημοφιλή",
               "προτεινόμενα", "διαβάστε ακόμη"),
        "ru": ("читайте также", "смотрите также", "похожие статьи", "самое читаемое", "по теме",
               "рекомендуем", "читать далее", "другие новости"),
        "nl": ("lees ook", "meer nieuws", "gerelateerde artikelen", "meest gelezen", "ook interessant",
               "lees meer"),
        "pl": ("czytaj także", "czytaj też", "zobacz także", "zobacz też", "najczęściej czytane",
               "powiązane artykuły", "polecamy", "czytaj więcej"),
    },
    "share-prompt": {
        "en": ("share", "share this", "share this article", "share on facebook", "share on twitter",
               "tweet", "email", "print", "copy link", "share this story", "facebook twitter",
               "facebook twitter email", "whatsapp", "pinterest", "linkedin"),
        "de": ("teilen", "artikel teilen", "drucken", "per e mail teilen", "link kopieren"),
        "fr": ("partager", "partager cet article", "imprimer", "copier le lien"),
        "es": ("compartir", "compartir en facebook", "imprimir", "copiar enlace"),
        "it": ("condividi", "stampa", "condividi su facebook", "copia link"),
        "pt": ("compartilhar", "partilhar", "imprimir", "copiar link"),
        "el": ("κοινοποίηση", "μοιραστείτε", "εκτύπωση"),
        "ru": ("поделиться", "печать", "скопировать ссылку"),
        "nl": ("delen", "deel dit artikel", "printen"),
        "pl": ("udostępnij", "drukuj", "skopiuj link"),
    },
    "subscribe-prompt": {
        "en": ("subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "newsletter",
               "sign up for our newsletter", "subscribe to our newsletter", "get the latest news",
               "already a subscriber", "become a member", "support our journalism", "donate"),
        "de": ("abonnieren", "jetzt abonnieren", "newsletter abonnieren", "anmelden", "registrieren",
               "zum newsletter anmelden", "jetzt anmelden"),
        "fr": ("s abonner", "abonnez vous", "inscrivez vous", "se connecter", "inscrivez vous à notre newsletter"),
        "es": ("suscríbete", "suscribirse", "regístrate", "iniciar sesión", "suscríbete a nuestro boletín"),
        "it": ("abbonati", "iscriviti", "accedi", "iscriviti alla newsletter"),
        "pt": ("assine", "inscreva se", "entrar", "assine a nossa newsletter", "cadastre se"),
        "el": ("εγγραφή", "συνδεθείτε", "εγγραφείτε στο newsletter"),
        "ru": ("подписаться", "подпишитесь", "войти", "регистрация", "подписаться на рассылку"),
        "nl": ("abonneren", "inloggen", "schrijf je in", "meld je aan voor de nieuwsbrief"),
        "pl": ("subskrybuj", "zaloguj się", "zapisz się do newslettera", "zarejestruj się"),
    },
    "cookie-notice": {
        "en": ("we use cookies", "this website uses cookies", "accept cookies", "cookie policy",
               "accept all cookies", "manage cookies", "cookie settings", "accept", "i agree"),
        "de": ("wir verwenden cookies", "diese website verwendet cookies", "cookies akzeptieren",
               "alle akzeptieren", "cookie einstellungen", "datenschutzerklärung"),
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
    },
    "comment-prompt": {
        "en": ("comments", "leave a comment", "add a comment", "post a comment", "show comments",
               "join the conversation", "view comments", "no comments", "comment", "reply"),
        "de": ("kommentare", "kommentar schreiben", "kommentieren", "diskutieren sie mit", "antworten"),
        "fr": ("commentaires", "laisser un commentaire", "réagir", "ajouter un commentaire", "répondre"),
        "es": ("comentarios", "deja un comentario", "dejar un comentario", "comentar", "responder"),
        "it": ("commenti", "lascia un commento", "commenta", "rispondi"),
        "pt": ("comentários", "deixe um comentário", "comentar", "responder"),
        "el": ("σχόλια", "αφήστε ένα σχόλιο", "σχολιάστε", "απάντηση"),
        "ru": ("комментарии", "оставить комментарий", "комментировать", "ответить"),
        "nl": ("reacties", "plaats een reactie", "reageer", "beantwoorden"),
        "pl": ("komentarze", "dodaj komentarz", "skomentuj", "odpowiedz"),
    },
    "navigation": {
        "en": ("home", "menu", "search", "skip to content", "skip to main content", "back to top",
               "next article", "previous article", "next", "previous", "close", "more", "show more",
               "load more", "advertisement", "sponsored", "ad", "contact us", "about us",
               "privacy policy", "terms of use", "terms of service", "terms and conditions", "sitemap"),
        "de": ("startseite", "menü", "suche", "nach oben", "zurück", "weiter", "anzeige", "werbung",
               "impressum", "kontakt", "datenschutz", "nutzungsbedingungen", "mehr"),
        "fr": ("accueil", "menu", "rechercher", "retour en haut", "suivant", "précédent", "publicité",
               "mentions légales", "contact", "politique de confidentialité", "plus"),
        "es": ("inicio", "menú", "buscar", "volver arriba", "siguiente", "anterior", "publicidad",
               "aviso legal", "contacto", "política de privacidad", "más"),
        "it": ("home", "menu", "cerca", "torna su", "successivo", "precedente", "pubblicità",
               "contatti", "privacy policy", "note legali"),
        "pt": ("início", "menu", "pesquisar", "voltar ao topo", "próximo", "anterior", "publicidade",
               "contato", "contacto", "política de privacidade", "mais"),
        "el": ("αρχική", "μενού", "αναζήτηση", "επόμενο", "προηγούμενο", "διαφήμιση", "επικοινωνία",
               "όροι χρήσης"),
        "ru": ("главная", "меню", "поиск", "наверх", "далее", "назад", "реклама", "контакты",
               "политика конфиденциальности"),
        "nl": ("home", "menu", "zoeken", "naar boven", "volgende", "vorige", "advertentie", "contact",
               "privacybeleid"),
        "pl": ("strona główna", "menu", "szukaj", "do góry", "następny", "poprzedni", "reklama",
               "kontakt", "polityka prywatności"),
    },
}
