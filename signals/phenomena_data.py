"""The online phenomena among young people, with their example situations, as reference data shown in the product.

The texts are the Dutch wording of seed 002, the "Routekaart Samenwerken bij online jeugdcriminaliteit"
(NHVeilig / CCV / Partner in Crime, 2024), section "Online fenomenen met voorbeelden": the list of the 8
phenomena, "Voorbeeldberichten", "TIPS" and the page of each phenomenon (explanation and example situation).
DOMAIN.md §3 (the phenomenon of a signal) and §10 (example messages for practice sessions and demo data) describe
how the product uses them.

"name" is the name in the source's list of phenomena, "heading" the heading of the phenomenon's own page; they
differ for "Intimidatie en geweld" (page: "Online intimidatie en agressie"). "description" is the explanation,
"example" the example situation, verbatim. The example messages themselves were pictures and are lost in the
extraction: the example situations refer to them as "dit bericht". "guidance" holds what the source adds for the
partners beyond the explanation (only for "Online aangejaagde ordeverstoringen": what the municipality can do).

Only PDF-extraction breakage was repaired (markup such as *Sexting* and **in deze interventiekaart**, link
targets). Slips in the source are kept as written, e.g. "politied medewerkers". "Overig" is the product's entry
for a message that fits none of the 8; it has no source text.
"""

PHENOMENA_INTRO = (
    "Wat voor online fenomenen doen zich voor onder jongeren? Op de volgende pagina's lichten we de volgende online "
    "fenomenen toe."
)

EXAMPLES_INTRO = (
    "Bij elk online fenomeen is een voorbeeldbericht uitgewerkt. Ze zijn zo opgeschreven dat zowel jongerenwerkers "
    "als politied medewerkers deze berichten zouden kunnen zien op social media. Gebruik de voorbeeldberichten om de "
    "5 stappen bij de afsprakenkaart met elkaar te doorlopen."
)

PHENOMENA_TIPS: tuple[str, ...] = (
    "Raadpleeg Jongline voor meer informatie over online fenomenen, platformen die jongeren gebruiken en de "
    "betekenis van internet- en/of straattaal.",
    "Jongeren die slachtoffer zijn van online grensoverschrijdend gedrag kunnen (anoniem) hulp zoeken bij Helpwanted.",
)

PHENOMENA: tuple[dict[str, str], ...] = (
    {
        "code": "rivaliserende_jeugd",
        "name": "Rivaliserende jeugd",
        "heading": "Online rivaliserende jeugd",
        "description": (
            "Rivaliserende jongeren (groepen) kennen we al decennialang. Het gebruik van social media om uit te "
            "dagen, is wel een relatief nieuw fenomeen. Online uitingen tussen rivaliserende jongeren worden vaak "
            "gezien als aanjagers voor conflict. Elkaar online beledigen, bedreigen, uitdagen of kwetsend "
            "beeldmateriaal verspreiden lijken incidenten zichtbaarder te maken en sneller op de spits te drijven. "
            "Opjuttende reacties van een online publiek gooien extra olie op het vuur."
        ),
        "example": (
            "Je ziet om 12:30 dit openbare Mijn-Verhaal Snapchatbericht op het account van een 17-jarige jongere die "
            "je volgt. Je hebt een hele sterke band met deze jongen. De laatste tijd maakt de politie zich zorgen "
            "omdat hij met bepaalde personen op straat wordt gezien."
        ),
        "guidance": "",
    },
    {
        "code": "seksueel_grensoverschrijdend_gedrag",
        "name": "Seksueel grensoverschrijdend gedrag",
        "heading": "Online seksueel grensoverschrijdend gedrag",
        "description": (
            "Seksueel verkennend gedrag is normaal onder jongeren, zolang dit binnen ieders grenzen blijft. "
            "Tegenwoordig vindt veel van dit gedrag online plaats. Sexting, oftewel het maken, sturen en ontvangen "
            "van seksueel getinte berichten en content, hoort daarom bij de normale ontwikkeling van jongeren. "
            "Wanneer dit online gedrag niet meer met wederzijdse instemming, vrijwilligheid en/of gelijkwaardigheid "
            "plaatsvindt, spreken we van online seksueel grensoverschrijdend gedrag. Denk bijvoorbeeld aan het "
            "(door)sturen van seksuele content zonder toestemming van de afgebeelde persoon of de ontvanger, "
            "afpersing met seksuele beelden, wraakporno of seksueel online contact tussen een volwassene en een "
            "minderjarige. Deze handelingen zijn strafbaar."
        ),
        "example": (
            "Je krijgt op Instagram een screenshot doorgestuurd van dit Instagram stories-bericht. De screenshot "
            "krijg je gestuurd van een account dat je niet kent met de naam 'anoniempje0101'. Het account lijkt "
            "anoniem te zijn: geen foto, 0 volgers en 0 volgend. Verder stuurt dit account niks naar jou. De foto is "
            "door iemand anders geplaatst met de naam '_hans_k'. Je kent deze persoon niet, hij heeft ook een "
            "besloten Instagramprofiel. Je ziet wel dat hij bevriend is met jongeren die je wel kent en op een "
            "school bij jou in de buurt zitten."
        ),
        "guidance": "",
    },
    {
        "code": "fraude",
        "name": "Fraude",
        "heading": "Online fraude",
        "description": (
            "Digitale criminaliteit neemt de laatste jaren enorm toe. Vormen van online fraude, met name aan- en "
            "verkoopfraude, bankhelpdeskfraude en vriend-in-noodfraude, hebben daar een belangrijk aandeel in. De "
            "pakkans is laag en de winsten kunnen groot zijn. Online fraude vindt vaak plaats in georganiseerd "
            "verband. Jongeren kunnen verschillende rollen in het netwerk innemen. Soms is hun deelname bewust en "
            "vrijwillig, maar het kan ook onbewust of zelfs gedwongen zijn. Ook jongeren met een licht verstandelijke "
            "beperking (lvb) kunnen online fraude plegen. Kant-en-klare programma's en instructies zijn online te "
            "koop en met een paar klikken op de knop is het mogelijk om anderen op te lichten."
        ),
        "example": (
            "Je ziet dit openbare TikTok bericht van een 20-jarige. Je hebt de plaatser van dit bericht nooit "
            "persoonlijk gesproken, maar je volgt hem wel op TikTok. Hij is namelijk een bekende jongen uit de buurt."
        ),
        "guidance": "",
    },
    {
        "code": "intimidatie_en_geweld",
        "name": "Intimidatie en geweld",
        "heading": "Online intimidatie en agressie",
        "description": (
            "Intimidatie is gericht op het oproepen van angst bij een ander, vaak aan de hand van agressieve "
            "dreigementen. Dit kan bijvoorbeeld dreigen tot fysiek geweld, uitsluiting, afpersing of chantage zijn. "
            "Via social media kunnen jongeren elkaar intimideren door berichten naar elkaar te sturen. Maar vaak "
            "genoeg circuleren ook beelden van fysieke agressie en intimidatie op het internet. Denk aan video's "
            "waarin jongeren gedwongen worden om eigendommen af te staan, zoals sieraden, telefoons of kleding. Of "
            "video's waarbij jongeren worden gedwongen zich uit te kleden of op andere manieren worden vernederd. "
            "Dit kan een grote impact hebben op het slachtoffer omdat deze beelden door veel leeftijdsgenoten worden "
            "gezien en lastig zijn te verwijderen."
        ),
        "example": (
            "Je krijgt via Instagram deze berichten in jouw DM. Je kent deze 16-jarige jongen nog maar net, maar je "
            "hebt een goede klik met hem. Danny ken je niet. Je hebt het filmpje zelf nog niet gezien."
        ),
        "guidance": "",
    },
    {
        "code": "online_aangejaagde_ordeverstoringen",
        "name": "Online aangejaagde ordeverstoringen",
        "heading": "Online aangejaagde ordeverstoringen",
        "description": (
            "Steeds vaker worden gemeenten geconfronteerd met ordeverstoringen die via social media worden "
            "aangejaagd. Deze online aangejaagde ordeverstoringen zijn vaak van politieke aard en gericht tegen de "
            "overheid en/of haar beleid. Denk bijvoorbeeld aan coronarellen of uit de hand lopende demonstraties. "
            "Maar dit hoeft niet altijd zo te zijn: het kunnen ook geplande vechtpartijen tussen rivaliserende "
            "(jeugd)groepen zijn of onverwacht aangekondigde bijeenkomsten van influencers."
        ),
        "example": (
            "Je ziet dit openbare Snapchatbericht. Een 19-jarige jongere die je heel goed kent, repost dit bericht. "
            "Je ziet dat dit bericht ook vaak door andere jongeren uit de buurt opnieuw is geplaatst. De "
            "oorspronkelijke plaatser van het bericht ken je niet. Vorig jaar waren er meerdere ongeregelde bezoeken "
            "van de kermis en de politie."
        ),
        "guidance": (
            "De gemeente kan (in samenwerking met lokale partners) verschillende interventies inzetten, zoals te zien "
            "is in deze interventiekaart. In sommige gevallen mag de gemeente zelf online onderzoek doen om openbare "
            "ordeverstoringen te voorkomen. Het is aan te bevelen om daarvoor vooraf een protocol op te stellen, met "
            "behulp van dit document."
        ),
    },
    {
        "code": "illegale_handel",
        "name": "Illegale handel",
        "heading": "Online illegale handel",
        "description": (
            "Social media maken illegale handel, zoals bijvoorbeeld drugs- en wapenhandel, makkelijker. Deze "
            "platformen bieden een groot bereik, zijn makkelijk in gebruik, bieden een grote mate van anonimiteit en "
            "(het gevoel) van lage pakkans. Illegale handel gebeurt vooral op Snapchat en Telegram. Handelaren "
            "gebruiken social media om klanten te bereiken die geïnteresseerd zijn in illegale spullen. Zo gaan er "
            "menulijsten rond voor drugs en adverteren jongeren om wapens te kopen of te verkopen. Snapchat wordt "
            "met name gebruikt voor een-op-een contact voor het sluiten van een deal. Telegram wordt vooral gebruikt "
            "als advertentieruimte in grote groepen."
        ),
        "example": (
            "Je krijgt dit besloten Snapchatbericht doorgestuurd van een collega. Je kent de 17-jarige jongere die "
            "dit bericht plaatst niet heel goed. Je kent zijn moeder wel heel goed. Voor zover je weet, komt hij "
            "alleen nog maar positief in beeld."
        ),
        "guidance": "",
    },
    {
        "code": "cybercriminaliteit",
        "name": "Cybercriminaliteit",
        "heading": "Cybercriminaliteit",
        "description": (
            "Hoewel de termen 'gedigitaliseerde criminaliteit' en 'cybercriminaliteit' vaak door elkaar worden "
            "gebruikt, is er een verschil tussen beide soorten. Alle delicten die we al heel lang kennen, maar nu "
            "met digitale middelen worden gepleegd, heten gedigitaliseerde criminaliteit. Denk hierbij aan illegale "
            "handel via het internet, online fraude of cyberstalking. Alle vormen van criminaliteit die alleen "
            "gepleegd kunnen worden met ICT heten cybercriminaliteit. Denk hierbij bijvoorbeeld aan DDoS aanvallen, "
            "hacken of phishing. De drempel om cybercriminaliteit te plegen wordt steeds lager. Je hoeft hier geen "
            "slimme hacker voor te zijn. Via Telegram of andere platformen kan iedereen via een paar klikken "
            "kant-en-klare producten kopen om cyberdelicten te plegen. Daarbij zien opsporingsinstanties steeds "
            "vaker dat cybercriminelen óók wapenbezit of andere traditionele delicten op hun naam hebben staan."
        ),
        "example": (
            "Je krijgt van een meisje uit jouw gemeente via Snapchat een screenshot doorgestuurd van dit besloten "
            "Instagram bericht. Je kent dit 14-jarige meisje goed. Je hebt weleens met de 15-jarige jongen die dit "
            "bericht heeft geplaatst gesproken, maar kent hem niet goed. Je volgt hem niet op Instagram. Hij komt "
            "alleen maar positief in beeld en je hebt geen concrete signalen dat hij een bovengemiddelde interesse "
            "heeft in ICT."
        ),
        "guidance": "",
    },
    {
        "code": "radicalisering_en_extremisme",
        "name": "Radicalisering en extremisme",
        "heading": "Online radicalisering en extremisme",
        "description": (
            "Radicalisering is het proces dat iemand de samenleving op basis van radicale ideeën wil veranderen. Dit "
            "gaat over in extremisme als hij of zij daarbij geweld wil gebruiken. Jongeren kunnen op verschillende "
            "manieren radicaliseren via het internet. Ten eerste kunnen jongeren online in aanraking komen met "
            "complottheorieën. Ten tweede kunnen jongeren actief gerekruteerd of geronseld worden om "
            "(gewelddadige) handelingen uit te voeren. Ten derde worden social media gebruikt door extremisten om "
            "onderling te communiceren en propaganda uit te wisselen. Dit vindt plaats op zowel openbare als "
            "besloten bronnen, alhoewel de content binnen besloten kanalen over het algemeen extremer is en jongeren "
            "daar meer worden gerekruteerd."
        ),
        "example": (
            "Je ziet dit besloten TikTok-bericht van een 15-jarig meisje. Het is alleen een foto die ze plaatst. Je "
            "volgt haar op TikTok en je kent haar goed. Ze is introvert, maar is over het algemeen vrij open tegen "
            "jou. Haar school heeft laatst zorgen geuit, omdat ze tijdens discussies in de klas ineens zeer actief "
            "was en extreme opvattingen had over de samenleving."
        ),
        "guidance": "",
    },
    {
        "code": "overig",
        "name": "Overig",
        "heading": "",
        "description": "",
        "example": "",
        "guidance": "",
    },
)
