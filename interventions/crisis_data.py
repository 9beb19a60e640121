"""The action plan and the escalation checklist of a case in crisis (DOMAIN.md §6), as reference data.

From seed 001, "Interventies in de cyclus van online aangejaagd geweld", phase Crisis:

- handvat 1, "Maak doelbewuste keuzes om het risico op verdere escalatie door interventie te minimaliseren": the
  steps of the response (points 1-5) and, in step 4 "Maak een actieplan", the choices a-f. The question of a
  choice is its opening phrase in the source, the explanation the rest of the point. Choice f names only the risk
  and points to the literature review (003) H5; its explanation is therefore the opening of 003 H5.1 on revenge.
  The option labels are short Dutch words of our own, taken from the wording of the choice; for f, which the
  source does not split into options, the risk of revenge is rated low, medium or high. 003 H4.2 names a fifth
  kind of intervention behaviour, lawful or unlawful action; 001 leaves it out of the action plan, and so do we.
- handvat 4, "Let tijdens een crisissituatie op signalen van (verdere) escalatie": its introduction and its four
  points, one checklist item each (the stage of the conflict, body language in video material, body language in a
  physical situation, a partner who is being provoked).
- handvat 2, "Betrek verschillende netwerkpartners, doelgroepen, het informele netwerk en credible messengers bij
  interventies": its opening sentence and, from point 1, the one line the whole network agrees on.

001 says nothing about one communication lead; that text is from 003 H4.2 (the de-escalation techniques after
Pontzer, 2021), where one professional leads the communication with those involved.

The texts are quoted as written in the sources, as data and not as translatable UI strings, like
``interventions.catalogue_data``; only PDF-extraction breakage (markup, nested bullets, line breaks) was repaired.
Slips are kept, e.g. "Houd in gedachten dan niet reageren" (read: dat) and "niet geësceneerd" (read:
geënsceneerd). Codes are stable ASCII identifiers; a text with several paragraphs has one per line.
"""

ACTION_PLAN_INTRO = (
    "Maak een actieplan waarin de veiligheid van professionals en burgers altijd voorop staat in keuzes tussen:"
)


# The steps of handvat 1, in source order; step 4 is the action plan with the choices below.
RESPONSE_STEPS: list[dict] = [
    {
        "code": "gather_information",
        "number": 1,
        "text": (
            "Verzamel op weg naar de oproep informatie uit fysieke en online bronnen over mogelijke aanwezigheid van "
            "wapens, de oorzaak, aanwezige betrokkenen, eventuele problematiek rond middelenmisbruik of psychische "
            "gezondheid, en eerdere oproepen (Literatuurreview H4)."
        ),
    },
    {
        "code": "immediate_action",
        "number": 2,
        "text": (
            "Bepaal of onmiddellijke actie en extra inzet van collega's, relevante netwerkpartners en (online) "
            "opgebouwde informele contacten nodig zijn (Literatuurreview H4)."
        ),
    },
    {
        "code": "rules_and_law",
        "number": 3,
        "text": "Houd rekening met de grenzen van de geldende regels, wetten en beleid (Literatuurreview H4).",
    },
    {
        "code": "action_plan",
        "number": 4,
        "text": (
            "Maak een actieplan waarin de veiligheid van professionals en burgers altijd voorop staat in keuzes tussen:"
        ),
    },
    {
        "code": "implement_and_evaluate",
        "number": 5,
        "text": (
            "Implementeer en evalueer het actieplan. Evalueer kort en herzie zo nodig ter plaatse, maar voor "
            "uitgebreidere evaluatie met betrokken partijen is tijd tijdens de nazorgfase (Literatuurreview H4)."
        ),
    },
]

ACTION_PLAN_CHOICES: list[dict] = [
    {
        "code": "act",
        "letter": "a",
        "question": "Daadwerkelijk ingrijpen of niet",
        "explanation": (
            "Houd in gedachten dan niet reageren ook een optie is, zeker wanneer er aanwijzingen zijn dat een "
            "interventie leidt tot escalatie (Praktijkonderzoek H4.5.1)."
        ),
        "options": [("act", "Ingrijpen"), ("refrain", "Niet ingrijpen")],
    },
    {
        "code": "repression",
        "letter": "b",
        "question": "Repressie of tolerantie van burgerlijke ongehoorzaamheid",
        "explanation": (
            "Bespreek deze opties met verschillende netwerkpartners, omdat zowel repressie als tolerantie op hun eigen "
            "manier een risico kunnen vormen op verdere escalatie (Literatuurreview H4)."
        ),
        "options": [("repression", "Repressie"), ("tolerance", "Tolerantie")],
    },
    {
        "code": "selectivity",
        "letter": "c",
        "question": "Selectief en gericht of algemeen en generiek optreden",
        "explanation": (
            "Algemeen en generiek optreden kan op het moment efficiënt (of zelfs de enige optie) lijken, maar kan "
            "resulteren in grotere onrust doordat verontwaardiging over ongericht optreden mensen kan verenigen "
            "(Literatuurreview H4)."
        ),
        "options": [("selective", "Selectief en gericht"), ("generic", "Algemeen en generiek")],
    },
    {
        "code": "hardness",
        "letter": "d",
        "question": '"Zacht" of hard optreden',
        "explanation": (
            "Hierbij geldt eveneens dat hard optreden soms noodzakelijk kan zijn, maar een risico vormt dat "
            "vergelijkbaar is met algemeen en generiek optreden (Literatuurreview H4)."
        ),
        "options": [("soft", "Zacht"), ("hard", "Hard")],
    },
    {
        "code": "timing",
        "letter": "e",
        "question": "Preventieve of reactieve timing van interventies",
        "explanation": (
            "Preventie heeft, waar mogelijk, de voorkeur. Bied bijvoorbeeld proactief aan om te bemiddelen bij ruzies "
            "tussen jongeren (Praktijkonderzoek H4.2.1; Literatuurreview H4)."
        ),
        "options": [("preventive", "Preventief"), ("reactive", "Reactief")],
    },
    {
        "code": "revenge",
        "letter": "f",
        "question": "Houd er bij het kiezen van de juiste interventie rekening mee dat geweld kan leiden tot wraak",
        "explanation": (
            "Wanneer er sprake is geweest van een gewelddadige escalatie, kan dit leiden tot een verhoogd risico op "
            "nieuwe geweldsuitbarstingen met wraak als motivatie. Het is daarom zaak om direct na een incident oog te "
            "hebben voor (online) signalen van wraak. Dit kunnen op sociale media letterlijke oproepen tot wraak zijn, "
            "maar ook bredere indicatoren zoals beschreven in sectie 3.2 Wat zijn signalen die netwerkpartners in de "
            "gaten kunnen houden? Geweld hoeft niet per definitie te leiden tot wraak. Juist wanneer een situatie "
            "volledig uit de hand is gelopen en is geëscaleerd in een gewelddadig conflict, kunnen betrokkenen en (na "
            "dodelijk geweld) nabestaanden mogelijk meer openstaan voor het voorkomen van een dergelijke escalatie in "
            "de toekomst."
        ),
        "options": [("low", "Laag"), ("medium", "Gemiddeld"), ("high", "Hoog")],
    },
]

ESCALATION_CHECKLIST_INTRO = (
    "Tijdens een interventie naar aanleiding van escalatie kan er verdere escalatie optreden. Pas interventies daarom "
    "aan op het stadium waarin de relaties met de doelgroepen zich op dit moment bevinden. Wat zijn aanknopingspunten "
    "om in te schatten of er sprake is van verdere escalatie?"
)

ESCALATION_CHECKLIST: list[dict] = [
    {
        "code": "conflict_stage",
        "label": "In welk stadium van het conflict zijn de partijen?",
        "text": (
            "Bepaal in welke van de 3 chronologische stadia van conflict de partijen (doelgroepen en netwerkpartners) "
            "zich bevinden. Deze stadia worden gekenmerkt door, achtereenvolgens, 1. Gespannen, emotionele interacties "
            "tussen enerzijds netwerkpartners en anderzijds doelgroepen en eventueel andere burgers, 2. zoeken naar "
            "wederzijdse waardering en compatibiliteit, en ten slotte 3. de overgang naar verzoening en wederzijdse "
            "samenwerking. Zoek zo snel mogelijk na een incident contact met betrokken doelgroepen, zowel om "
            "(potentieel escalerende) misvattingen voor te zijn als ook om de banden met doelgroepen te normaliseren. "
            "Confrontaties tussen netwerkpartners en doelgroepen zijn niet altijd destructief voor de onderlinge "
            "relaties en kunnen zelfs constructief werken, mits netwerkpartners op een zorgvuldige manier omgaan met "
            "de nasleep van het incident. Houd in de inhoud van deze communicatie rekening met verschillende "
            "perspectieven op dezelfde gebeurtenissen (ontwikkeling van misverstanden). Zet in op adequate timing "
            "(snel na de escalatie) waardoor de transitie naar het tweede bovengenoemde stadium kan worden ingezet. "
            "Geef in de communicatie met doelgroepen en burgers professionele blijken van respect en empathie "
            "(Literatuurreview H5)."
        ),
    },
    {
        "code": "nonverbal_video",
        "label": "Lichaamstaal in video's op sociale media",
        "text": (
            "Baseer duiding van spontaan, niet geësceneerd of geregisseerd gedrag in videomateriaal op sociale media "
            "op non-verbale, lichamelijke indicatoren van mogelijk geweld. Sterke indicatoren van geweld zijn: 1. een "
            "bokshouding tijdens een ruzie en 2. iemands persoonlijke ruimte binnendringen. Vrij sterke indicatoren "
            "zijn: 3. gebalde vuisten, 4. verbale dreigementen, en 5. de omgeving visueel inspecteren. Enigszins "
            "bruikbare indicatoren zijn: 6. hoofd rollen of nek rekken, 7. Aangespannen kaakspieren, 8. handen stevig "
            "in de zakken, 9. teveel aan kleding verwijderen, 10. ijsberen, 11. armen of schouders rekken, 12. "
            "gespannen lichaam of verstarren, 13. rood aanlopend gezicht, 14. schreeuwen, 15. snel ademen, 16. "
            "transpireren, 17. in de ogen staren, en 18. boos fronsen. Zwakke indicatoren zijn: 19. overdreven "
            "handgebaren, 20. oogcontact vermijden, 21. handen op de heupen, 22. snel knipperen, en 23. huilen "
            "(Literatuurreview H4)."
        ),
    },
    {
        "code": "nonverbal_physical",
        "label": "Lichaamstaal als het al fysiek is geworden",
        "text": (
            "Baseer duiding van gedrag in crisissituaties waarin de interactie zich al heeft verplaatst naar het "
            "fysieke domein op non-verbale, lichamelijke indicatoren van mogelijk geweld. Sterke indicatoren van "
            "geweld zijn hetzelfde als in punt 2 hierboven (Literatuurreview H4)."
        ),
    },
    {
        "code": "provoked_partner",
        "label": "Wordt een netwerkpartner geprovoceerd?",
        "text": (
            "Grijp in bij waarschuwingssignalen dat een netwerkpartner wordt geprovoceerd. Voorbeelden van "
            'waarschuwingssignalen zijn: 1 verwijzingen naar eigen prestaties of CV zoals "Weet je hoe lang ik al '
            'politieagent ben?", 2 respect eisen zoals "Zo praat je niet tegen me." of "Weet je wat, ik word niet '
            'betaald om deze onzin te slikken.", 3 terugkaatsing van beledigingen zoals "Rot op? Nou, rot zelf op!", 4 '
            'dreiging met arrestatie zonder gegronde reden zoals "Wil je naar de gevangenis?!", 5 agressieve '
            "lichaamstaal zoals wijzen met de vinger of de interactiepartner heel dicht benaderen, neus aan neus. Leid "
            "de geprovoceerde netwerkpartner weg van de provocerende persoon of situatie (Literatuurreview H4)."
        ),
    },
]

ONE_LINE_EXPLANATION = (
    "Treed tijdens crises met het hele netwerk gezamenlijk op.\n"
    "Kies in elk geval één lijn met het gehele netwerk, waarbij uiteraard niet iedereen exact hetzelfde hoeft te doen "
    "maar de acties wel op elkaar aansluiten."
)

COMMUNICATION_LEAD_EXPLANATION = (
    "In principe neemt één persoon de leiding in de communicatie met betrokkenen om verwarring te voorkomen (Pontzer, "
    "2021), maar deze persoon kan de communicatie wel afstemmen met andere betrokken professionals. Zoals hierboven "
    "beschreven, dient de communicatierol te worden overgenomen wanneer deze persoon wordt uitgelokt tot uitingen of "
    "gedrag die onprofessioneel zijn of de veiligheid in het geding brengen."
)
