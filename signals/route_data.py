"""The 5-step route for a concerning online message, as reference data shown in the product.

The texts are the Dutch wording of seed 002, the "Routekaart Samenwerken bij online jeugdcriminaliteit"
(NHVeilig / CCV / Partner in Crime, 2024), quoted as written there:

- the route diagram on the first page ("STARTPUNT", the steps 1-5 and the arrows "JA, DUBBELCHECK", "JA", "NEE",
  "NEE"),
- the pages of the steps "1. BERICHT DUIDEN", "2. CONTEXTINFORMATIE", "3. PARTNER(S) BETREKKEN?",
  "4. INTERVENIËREN?" (guidance text and the questions per step) and
- "5. MOGELIJKE ONLINE/OFFLINE ACTIES" ("Voorbeelden van online interventies", "Voorbeelden van offline
  interventies").

DOMAIN.md §3 describes how the product uses them. Only PDF-extraction breakage was repaired (markup such as
*performance* and **convenant**, link targets); a sentence that only points to a linked document is left out
(step 3: "Voor meer informatie in welke situatie je persoonsgegevens kunt delen, zie deze handreiking van het CCV.").
Slips in the source are kept as written, e.g. step 4 "als je intervineert" and step 5 "(huis) bezoek".

A question is split into the question itself ("text") and the explanation that follows it in the source ("help").
Where a source question offers two alternatives, they are its choices, labelled with the question's own words put
as an answer (e.g. "Het bericht anoniem delen"); the codes of "openbaar"/"besloten" are the values of
``signals.constants.SourceVisibility``. Every question also takes free text in the product.

Texts of our own, because the source has none: the yes/no texts of the decision in step 4 (the diagram shows an
arrow "JA" to step 5 and an arrow "NEE" whose target was lost in the extraction; what happens after "NEE" is the
product decision of DOMAIN.md §3: the signal is closed with a reason or kept under watch).
"""

# The kinds of answer a question takes. "yes_no" is ja/nee/onbekend (``signals.constants.Answer``), "text" is free
# text only, "choice" is one of the question's "choices".
ANSWER_KINDS: tuple[str, ...] = ("yes_no", "text", "choice")

# Bijzondere persoonsgegevens, as listed in step 3.
SPECIAL_CATEGORIES: tuple[tuple[str, str], ...] = (
    ("ras", "ras"),
    ("politieke_overtuigingen", "politieke overtuigingen"),
    ("religie", "religie"),
    ("lidmaatschap_vakbond", "lidmaatschap van een vakbond"),
    ("gezondheid", "gezondheid"),
    ("seksualiteit", "seksualiteit"),
    ("genetische_biometrische_gegevens", "genetische en/of biometrische gegevens"),
)

OPENBAAR_OF_BESLOTEN: tuple[tuple[str, str], ...] = (
    ("public", "Openbaar"),
    ("closed", "Besloten"),
)

STARTPUNT = (
    "Je ziet een zorgwekkend online bericht van een jongere of krijgt deze doorgestuurd. Doorloop de 5 stappen op "
    "de route."
)

STEPS: tuple[dict, ...] = (
    {
        "number": 1,
        "code": "bericht_duiden",
        "title": "Bericht duiden",
        "intro": (
            "Kijk eerst alleen feitelijk naar het bericht en of je het begrijpt. Probeer het bericht, de taal, de "
            "symbolen en betrokken personen te duiden. Ga nog niet uit van vermoedens of mogelijke interpretaties. "
            "Laat ook altijd een interne collega meekijken. Mogelijk geeft je collega een andere betekenis aan het "
            "bericht."
        ),
        "questions_lead": "De vragen die je (met je collega) kunt beantwoorden, zijn:",
        "questions": (
            {
                "code": "bereik",
                "text": "Wat is het (mogelijke) bereik van het bericht (aantal volgers, reacties, likes)?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "openbaar_of_besloten",
                "text": "Is dit bericht openbaar of besloten?",
                "help": (
                    "Als het bericht openbaar is dan kan iedereen het zien. Hierdoor is het bereik en de eventuele "
                    "schadelijke impact groter. Ook zorgt een openbaar bericht ervoor dat je deze kunt delen met "
                    "partners. Een besloten bericht kunnen alleen contacten van de plaatser zien. Dat zorgt voor een "
                    "minder groot bereik en minder deelmogelijkheden. Stel dit daarom gelijk vast, voordat het "
                    "bericht eventueel weer verdwenen is."
                ),
                "answer": "choice",
                "choices": OPENBAAR_OF_BESLOTEN,
            },
            {
                "code": "straattaal",
                "text": "Wat is de betekenis van eventueel gebruikte internet- en/of straattaal?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "emoji",
                "text": "Wat betekenen eventuele emoji's?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "afgebeelde_personen_plekken",
                "text": "Zijn de eventueel afgebeelde personen of plekken bij een fotobericht bekend?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "plaatser_duidelijk",
                "text": "Is het duidelijk wie dit bericht heeft gepost?",
                "help": "",
                "answer": "yes_no",
            },
        ),
        "decision": None,
    },
    {
        "number": 2,
        "code": "contextinformatie",
        "title": "Contextinformatie",
        "intro": (
            "Nu ga je (offline) informatie betrekken. Keek je eerst alleen naar de feiten, nu is er ook ruimte om "
            "vermoedens en interpretaties een plaats te geven. Een online bericht staat vaak niet op zichzelf. Het "
            "kan een reactie zijn op een ander bericht of een offline gebeurtenis. Ook zijn online berichten altijd "
            "onderdeel van een performance: jongeren kunnen zichzelf online op een bepaalde manier profileren. Dit "
            "is regelmatig een overdreven weergave van de werkelijkheid.\n"
            "Het is daarom belangrijk om de context van het bericht in kaart te brengen. Betrek ook in deze stap "
            "interne collega's, die mogelijk meer informatie hebben."
        ),
        "questions_lead": "De vragen die je (met je collega) kunt beantwoorden zijn:",
        "questions": (
            {
                "code": "slachtoffers",
                "text": "Zijn er (potentiële) slachtoffers betrokken? Is het bekend wie dit zijn?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "plaatser_persoonlijk_bekend",
                "text": "Ken ik de plaatser van het bericht persoonlijk en wat weet ik over deze persoon?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "vriendengroep",
                "text": "Wat weet ik over de vriendengroep van deze persoon?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "strafbaar",
                "text": "Is dit bericht strafbaar of kan het leiden tot strafbare feiten?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "offline_gebeurtenissen",
                "text": (
                    "Zijn er in het afgelopen jaar (offline) gebeurtenissen geweest die je kunt koppelen aan dit "
                    "bericht?"
                ),
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "dubbele_betekenis",
                "text": "Zit er mogelijk een dubbele betekenis aan het beeld of de tekst?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "grap",
                "text": "Kan dit bericht mogelijk bedoeld zijn als grap?",
                "help": "",
                "answer": "yes_no",
            },
            {
                "code": "profilering",
                "text": "Hoe profileert de plaatser van dit bericht zich op social media?",
                "help": "Raadpleeg ook andere platformen dan waar het bericht op staat.",
                "answer": "text",
            },
            {
                "code": "performance_offline_beeld",
                "text": "Komt deze online performance overeen met het offline beeld?",
                "help": "",
                "answer": "yes_no",
            },
        ),
        "decision": None,
    },
    {
        "number": 3,
        "code": "partners_betrekken",
        "title": "Partner(s) betrekken",
        "intro": (
            "Nu je het bericht hebt geduid en de context hebt onderzocht, kun je beslissen of het noodzakelijk is om "
            "partners te betrekken. Dit kunnen de kernpartners zijn als jongerenwerk, politie en gemeente. Of "
            "andere partners als handhavers, scholen, hulpverleners of OM.\n"
            "Het kan een lastige afweging zijn of je partners moet betrekken."
        ),
        "questions_lead": "Om hier een keuze in te maken, kun je deze vragen beantwoorden:",
        "questions": (
            {
                "code": "doel_partner_betrekken",
                "text": "Wat is mijn doel met het betrekken van een partner?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "welke_partner",
                "text": "Voor welke partner is het noodzakelijk om kennis te nemen van (gegevens uit) dit bericht?",
                "help": (
                    "Denk hierbij ook aan andere partners dan jongerenwerk, politie of gemeente. Bijvoorbeeld "
                    "scholen, jeugdboa's, wijkteams of het Openbaar Ministerie."
                ),
                "answer": "text",
            },
            {
                "code": "anoniem_delen",
                "text": "Kun je het bericht anoniem delen of is het noodzakelijk om persoonsgegevens te benoemen?",
                "help": "Laat het delen van persoonsgegevens altijd achterwege als je hetzelfde doel kunt bereiken.",
                "answer": "choice",
                "choices": (
                    ("anoniem", "Het bericht anoniem delen"),
                    ("persoonsgegevens", "Het is noodzakelijk om persoonsgegevens te benoemen"),
                ),
            },
            {
                "code": "partner_openbaar_of_besloten",
                "text": "Is het bericht openbaar of besloten?",
                "help": "",
                "answer": "choice",
                "choices": OPENBAAR_OF_BESLOTEN,
            },
            {
                "code": "volledig_bericht_delen",
                "text": (
                    "Is het noodzakelijk dat je het volledige bericht deelt (bijvoorbeeld aan de hand van een "
                    "schermafbeelding)? Of kun je dit ook op een andere manier delen, bijvoorbeeld door het bericht "
                    "te beschrijven en alleen de noodzakelijke gegevens te delen?"
                ),
                "help": "",
                "answer": "choice",
                "choices": (
                    ("volledig", "Het volledige bericht delen (bijvoorbeeld aan de hand van een schermafbeelding)"),
                    ("beschrijving", "Het bericht beschrijven en alleen de noodzakelijke gegevens delen"),
                ),
            },
            {
                "code": "vertrouwensrelatie",
                "text": (
                    "Verbreek je met het betrekken van partners bij dit bericht mogelijk een vertrouwensrelatie "
                    "tussen een jongere en jezelf of een collega?"
                ),
                "help": (
                    "Deze vraag is nog belangrijker om te stellen op het moment dat je het bericht doorgestuurd "
                    "krijgt van iemand anders (bijvoorbeeld een jongere of een collega)."
                ),
                "answer": "yes_no",
                "trust_relation": True,
            },
            {
                "code": "bijzondere_persoonsgegevens",
                "text": "Heb je te maken met bijzondere persoonsgegevens?",
                "help": (
                    "Bijzondere persoonsgegevens hebben te maken met iemands ras, politieke overtuigingen, religie, "
                    "lidmaatschap van een vakbond, gezondheid, seksualiteit, genetische en/of biometrische "
                    "gegevens. Gaat het om bijzondere persoonsgegevens uit (semi)openbare bronnen, dan is het delen "
                    "hiervan geen probleem. Als een jongere de gegevens zelf heeft gepost of bevestigd, dan heeft "
                    "hij zijn gegevens zelf openbaar gemaakt. Komen de bijzondere persoonsgegevens uit een besloten "
                    "account, dan deel je dit in principe niet."
                ),
                "answer": "yes_no",
                "special_categories": True,
                "categories": SPECIAL_CATEGORIES,
            },
            {
                "code": "convenant",
                "text": (
                    "Zit de plaatser of betrokkene van het bericht in een aanpak waar een convenant onder ligt, "
                    "zoals een groepsaanpak?"
                ),
                "help": "Zo ja; dan biedt dit vaker mogelijkheden om een partner te betrekken.",
                "answer": "yes_no",
            },
            {
                "code": "ernstige_feiten",
                "text": (
                    "Is de kans aannemelijk dat in de toekomst ernstige feiten worden gepleegd, zoals zware "
                    "mishandeling, levensdelicten of een serieuze verstoring van de openbare orde?"
                ),
                "help": "Zo ja: onderneem direct actie, informeer en betrek partners!",
                "answer": "yes_no",
                "acute": True,
            },
        ),
        "decision": {
            "code": "partners_betrekken",
            "text": "Partner(s) betrekken?",
            "yes_label": "Ja, dubbelcheck",
            "yes": (
                "Betrek je een partner? Controleer dan (delen van) je antwoorden bij bericht duiden en "
                "contextinformatie met deze partner(s). Ga daarna door naar de keuze om wel of niet te "
                "interveniëren (stap 4)."
            ),
            "no_label": "Nee",
            "no": (
                "Betrek je geen partner(s)? Ga dan direct door naar de keuze om wel of niet te interveniëren (stap 4)."
            ),
        },
    },
    {
        "number": 4,
        "code": "interveneren",
        "title": "Interveniëren",
        "intro": (
            "Na een zo goed mogelijke duiding van het bericht en de context, stel je jezelf (eventueel met partners) "
            "de vraag of er ingegrepen moet worden en door wie."
        ),
        "questions_lead": "De vragen die je (samen met collega's of partners) hiervoor kunt beantwoorden zijn:",
        "questions": (
            {
                "code": "doel_interventie",
                "text": "Wat is het doel van de interventie?",
                "help": "",
                "answer": "text",
            },
            {
                "code": "zelf_of_partner",
                "text": "Kun je dit zelf of heb je een partner nodig?",
                "help": (
                    "Als een collega of partner een betere band heeft met de jongere, betrek hem of haar. Overweeg "
                    "wie de interventie het beste kan uitvoeren."
                ),
                "answer": "choice",
                "choices": (
                    ("zelf", "Zelf"),
                    ("partner", "Ik heb een partner nodig"),
                ),
            },
            {
                "code": "wie_benaderen",
                "text": "Benader je de plaatser van het bericht zelf of benader je iemand in zijn of haar omgeving?",
                "help": "",
                "answer": "choice",
                "choices": (
                    ("plaatser", "De plaatser van het bericht zelf"),
                    ("omgeving", "Iemand in zijn of haar omgeving"),
                ),
            },
            {
                "code": "andere_interventies",
                "text": (
                    "Lopen er al andere interventies rondom deze persoon, zoals bijvoorbeeld een persoonsgerichte- "
                    "of groepsaanpak?"
                ),
                "help": "Betrek in dat geval de regisseur of projectleider van de aanpak.",
                "answer": "yes_no",
            },
            {
                "code": "vertrouwensband",
                "text": (
                    "Schaad je mogelijk een vertrouwensband als je intervineert? En weegt dat op tegen het beoogde "
                    "doel?"
                ),
                "help": "Denk bijvoorbeeld aan de veiligheid van anderen of jezelf.",
                "answer": "yes_no",
            },
        ),
        "decision": {
            "code": "interveneren",
            "text": "Interveniëren?",
            "yes_label": "Ja",
            # Own text: the diagram only shows the arrow "JA" to step 5.
            "yes": "Ga door naar de mogelijke online/offline acties (stap 5).",
            "no_label": "Nee",
            # Own text: the target of the diagram's arrow "NEE" is lost; DOMAIN.md §3 decides.
            "no": "Niet interveniëren: sluit het bericht af met een reden of blijf het volgen.",
        },
    },
    {
        "number": 5,
        "code": "acties",
        "title": "Mogelijke online/offline acties",
        "intro": (
            "Als je (eventueel samen met partners) tot de conclusie komt dat het nodig is om in te grijpen, dan kan "
            "dat op verschillende manieren. Dit is afhankelijk van jouw rol, het doel van de interventie, de band "
            "die je met een jongere hebt en de mogelijkheden die er zijn. Jij, een collega of een partner kunnen "
            "zowel online als offline acties uitvoeren. De meeste interventies kunnen zowel op (potentiële) daders "
            "als slachtoffers worden ingezet. Hieronder staan enkele voorbeelden. Vergeet tot slot niet om met je "
            "collega's of partners de acties te evalueren."
        ),
        "questions_lead": "",
        "questions": (),
        "decision": None,
    },
)

# BRANCHES: where the decision of a step leads, keyed by (step number, ``signals.constants.Decision`` value).
# Steps 1 and 2 have no decision and lead straight on to the next step (1 -> 2 -> 3); step 5 is the end of the route.
# Step 3 (source text under "3. PARTNER(S) BETREKKEN?"):
#   "Betrek je een partner? Controleer dan (delen van) je antwoorden bij bericht duiden en contextinformatie met deze
#   partner(s). Ga daarna door naar de keuze om wel of niet te interveniëren (stap 4).
#   Betrek je geen partner(s)? Ga dan direct door naar de keuze om wel of niet te interveniëren (stap 4)."
#   So both branches lead to step 4; "ja" first has the partners double-check the answers of steps 1 and 2
#   (the diagram's arrow "JA, DUBBELCHECK").
# Step 4: the diagram's arrow "JA" leads to step 5 ("Als je ... tot de conclusie komt dat het nodig is om in te
#   grijpen", step 5). The target of the arrow "NEE" is lost in the extraction; following DOMAIN.md §3 the signal is
#   then closed with a reason (or kept under watch): "closed".
# Independently of the decisions, a "ja" on the acute question of step 3 ("ernstige_feiten") means: "onderneem direct
# actie, informeer en betrek partners!".
NEXT_STEP: dict[tuple[int, str], int | str] = {
    (3, "yes"): 4,
    (3, "no"): 4,
    (4, "yes"): 5,
    (4, "no"): "closed",
}

# The steps whose answers partners check with the owner when they are involved in step 3 ("ja, dubbelcheck").
DOUBLE_CHECK_STEPS: tuple[int, ...] = (1, 2)

ONLINE_ACTIONS: tuple[tuple[str, str], ...] = (
    ("openbare_reactie", "Een openbare reactie onder het bericht plaatsen"),
    ("direct_message", "Het sturen van een Direct Message (privé-bericht)"),
    ("bellen_facetimen", "Direct bellen/face timen"),
    ("openbaar_bericht", "Een openbaar online bericht plaatsen"),
)

OFFLINE_ACTIONS: tuple[tuple[str, str], ...] = (
    ("opzoeken", "Het direct opzoeken van de persoon"),
    ("collega_partner_inschakelen", "Een collega of partner inschakelen voor een contactmoment of (huis) bezoek"),
    ("ouder_voogd_benaderen", "Een ouder of voogd benaderen"),
    ("afwachten", "Afwachten totdat je de persoon weer fysiek ziet"),
    ("handhavend_optreden", "Handhavend optreden"),
)

ACTIONS: tuple[tuple[str, str], ...] = ONLINE_ACTIONS + OFFLINE_ACTIONS

# The explanation of each action in the source. For "opzoeken" it is the whole paragraph, because its first sentence
# carries the condition ("als je weet of een vermoeden hebt waar hij of zij zich kan bevinden").
ACTION_HELP: dict[str, str] = {
    "openbare_reactie": (
        "Dit kan effectief zijn wanneer je als doel hebt om aan een breed publiek te laten weten dat je het bericht "
        "hebt gezien en dus niet alleen aan de plaatser van het bericht. Je toont duidelijk jouw aanwezigheid op "
        "social media en dat je ingrijpt bij onwenselijke berichten."
    ),
    "direct_message": (
        "Dit is mogelijk effectief als je iets wilt bespreken dat gevoelig kan liggen. Of als je de indruk hebt dat "
        "deze persoon niet of anders zou reageren bij een openbare reactie. Let wel op dat een DM niet altijd zo "
        "privé is als dat het lijkt. Vaak worden schermafdrucken gemaakt die worden geopenbaard of doorgestuurd om "
        "iemand te exposen. Dit kan ook jou als professional overkomen."
    ),
    "bellen_facetimen": (
        "Dit is de optie die mogelijk het meest toepasbaar is wanneer je iemand dringend wilt bereiken. Dit is ook "
        "het meest intieme contact dat je met iemand kunt krijgen via de telefoon."
    ),
    "openbaar_bericht": (
        "Je kunt actief via de eigen sociale media kanalen communiceren over de gebeurtenis. Daarmee laat je weten "
        "dat je op de hoogte bent van wat er online gebeurt. Je kunt zo laten zien hoe partners hiermee omgaan en "
        "hier voorlichting aan koppelen."
    ),
    "opzoeken": (
        "Het direct opzoeken van de persoon als je weet of een vermoeden hebt waar hij of zij zich kan bevinden. Je "
        "kunt in dringende situaties hiervoor kiezen als je veel waarde hecht aan het fysieke contact. Dit kan "
        "eventueel in combinatie met een online bericht om af te spreken."
    ),
    "collega_partner_inschakelen": (
        "Overweeg deze optie wanneer je denkt dat iemand anders beter contact kan leggen dan jij vanuit jouw rol of "
        "band met de jongere. Let hierbij wel goed op welke informatie je wel of niet deelt met deze collega of "
        "partner. Communiceer ook wat jij wel of niet zelf gaat doen."
    ),
    "ouder_voogd_benaderen": (
        "Zij kunnen weinig zicht hebben op het online gedrag van hun kind. Als je weet hoe de relatie tussen "
        "ouder/voogd en kind is, maar ook als jij of een collega/partner een goede relatie met de ouder/voogd hebt, "
        "kan het contact mogelijk effectiever zijn vanuit hun rol. Overweeg deze optie vooral ook bij minderjarigen."
    ),
    "afwachten": (
        "Dit kan effectief zijn als je de situatie inschat als 'niet dringend' en je het contact laagdrempelig wilt "
        "houden."
    ),
    "handhavend_optreden": (
        "Het bericht kan een aanleiding zijn voor bestuurlijke of strafrechtelijke maatregelen. Het kan bijvoorbeeld "
        "noodzakelijk zijn om iemand op te pakken of een gebiedsverbod op te leggen. Overleg dit met collega's en "
        "eventueel met de bevoegde partner."
    ),
}

ACTIONS_REMINDER = "Vergeet tot slot niet om met je collega's of partners de acties te evalueren."
