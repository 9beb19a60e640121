"""The catalogue of the online intervention matrix (DOMAIN.md §6), as reference data.

Every entry is an intervention type with its phase, mode, level, the partner types suited to carry it out, its
targets and its source. The entries come from three sources, in this order:

1. every handvat of seed 001, "Interventies in de cyclus van online aangejaagd geweld", under its phase (vredestijd,
   crisis, nazorg, each in source order); one entry per handvat, its explanation and numbered sub-points in the
   description;
2. every action of seed 002, the "Routekaart Samenwerken bij online jeugdcriminaliteit", step 5 "Mogelijke
   online/offline acties" (the four online and five offline examples, in source order);
3. the de-escalation and crisis tactics of seed 001 and of seed 003, the literature review behind 001 (Greijdanus,
   Postmes, Bantema e.a., 2023): the de-escalation tactics of 001 Crisis handvat 5 and the role-based tactics of
   handvat 3 (with what 003 Tabel 4 says about marginal group members) and handvat 4, the positive alternatives of
   003 H3.2, the tactics and verbal techniques of 003 H4.2/H4.3 and the de-escalation after a crisis of 003 H5.1.
   The tactics of 001 are also sub-points of their handvat (group 1); as entries of their own they carry the partner
   types the source names for them ("Specifiek voor politie en handhavingsorganisaties", "Voor
   jongerenwerkorganisaties", "Alle netwerkpartners"), so that the matrix can be filtered per partner.

The texts are the Dutch wording of the sources, quoted as written there. They are data, not translatable UI
strings: they are the professionals' own wording from published Dutch sources and change only when the sources
change. Only PDF-extraction breakage was repaired: markup (bold, italics, headings), a link written out as its
address, the nested list a-f of 001 Crisis handvat 1, and in 003 the hard line breaks and page furniture (a
line-final hyphen is kept where the word has one, e.g. "de-escalerende"). Slips in the sources are kept as
written, e.g. 001 "Houd in gedachten dan niet reageren" (read: dat), "Herhaal de provocatie en voorziet deze",
"De-escalere de situatie", "online inzetbaar nodig zijn" and "aansluit bij het wereldbeeld of de eigenwaarde
versterkt"; 001 uses straight, 003 curly apostrophes.

Titles: for a handvat of 001 its heading, for an action of 002 its first sentence (the name of the action), in both
cases without the closing full stop. The 001 tactics are named by the opening words of their point. The 003
entries have no heading in the source; their title is a phrase of the source text (mostly from the summaries in
003 H4.3 and H5.3), and for a group role (marginal group members, leaders, bystanders) it is "<role>: <what the
source suggests>", both parts in the source's words.

Format of a description: one paragraph per line; a line "1. ..." is a numbered sub-point as numbered in the
source, a line "- ..." a list item, any other line a lead-in or paragraph. Templates render the line breaks.
Sub-numbering inside a point ("1. Stel je vriendelijk voor, 2. ...") stays inline, as in the source.

Classification. Where the source says it, that decides; otherwise it is our careful reading, by these rules:

- phase: for 001 the phase the handvat is listed under; for 003 the chapter (H3 vredestijd, H4 crisis, H5
  nazorg). The route of 002 is walked for any concerning message, so an action of step 5 is "crisis" where its
  text ties it to urgency, an incident or enforcement (direct bellen, direct opzoeken "in dringende situaties",
  an openbaar bericht "over de gebeurtenis", handhavend optreden) and "vredestijd" where it is a low-threshold
  response within the everyday relation (openbare reactie, DM, a colleague or partner, a parent, afwachten "als je
  de situatie inschat als 'niet dringend'").
- mode: "online" where the text only names online channels, "offline" where it only names physical contact,
  "both" where it names both or where the intervention is not bound to a channel (vision, policy, analysis,
  coordination, evaluation).
- level: "macro" for municipality- or network-wide policy, structures and public communication; "meso" for a
  group, a conflict between groups, the network acting on a situation, a neighbourhood or community, or one's own
  organisation; "micro" for contact with or about one young person.
- partner_types: the partners the text names (e.g. "als gemeente", "Specifiek voor politie en
  handhavingsorganisaties", "Voor jongerenwerkorganisaties", "Alle netwerkpartners", scholen, vaste
  jongerenwerkers). Where it speaks of "netwerkpartners" in general: all partner types for what every organisation
  does for itself (vision, sources, staff support, evaluation, joint interpretation); otherwise the partners whose
  role and online position (002 "Partners en rollen", 004) fit the intervention. Online contact with a young person
  (reactions, DM, calls) fits jongerenwerk, politie and handhaving (a T&H employee with a work account, 004); the
  OOV official is online only in specific cases and a school has no active online role (002, 004). Enforcement fits
  politie and handhaving, with gemeente_oov for administrative and "other" (OM) for criminal measures. "other"
  stands for hulpverlening, wijkteam and OM.
- targets: whom the text addresses: the poster, oproeper or person involved -> poster; slachtoffers -> victim (002
  step 5: "De meeste interventies kunnen zowel op (potentiële) daders als slachtoffers worden ingezet", so its
  person-directed actions have both); the doelgroep or rival groups -> group; ouders -> parents; buurt,
  gemeenschap, publiek -> community; personeel, professionals, team -> own_staff.

Not an entry: the closing sentence of 002 step 5 ("Vergeet tot slot niet om met je collega's of partners de
acties te evalueren"; see the nazorg handvat on evaluation), the socialising marginal group member of 003 Tabel 4
(the source sees only limited possibilities to involve them) and 003's fifth kind of intervention behaviour,
lawful or unlawful action (001 leaves it out of its action plan). The action-plan choices and the escalation
checklist of 001 Crisis are in ``interventions.crisis_data``.
"""

INTERVENTION_TYPES: list[dict] = [
    {
        "code": "vredestijd-visie-online-werken",
        "title": "Ontwerp een visie op online werken en de aanpak van online aangejaagd geweld",
        "description": (
            "Elke netwerkpartner kan een eigen visie hebben, maar de visies binnen het netwerk dienen wel op elkaar "
            "aan te sluiten. Overweeg daarom (ook) een netwerkvisie te ontwerpen.\n"
            "Hoe ontwerp je een visie?\n"
            "1. Beschrijf de doelgroep die relevant is in de aanpak van online aangejaagd geweld. Wat is de "
            "demografische samenstelling? Wat bindt de groep? Is dit een bepaald geografisch gebied? Familiebanden? "
            "Gedeelde ervaringen? Gedeelde (politieke) meningen? Waar komt de groep samen? (Literatuurreview H2)\n"
            "2. Bespreek welke termen gebruikt worden om de doelgroep aan te duiden. Bewoordingen zoals risicogroep, "
            "probleemgroep, bende, etc. stroken niet altijd met de perceptie vanuit verschillende netwerkpartners, "
            "vanuit de buurt, de bredere maatschappij en vanuit de betrokkenen zelf. Gebruik daarom termen die herkend "
            "worden door de partijen die betrokken worden bij de aanpak van online aangejaagd geweld (inclusief de "
            "doelgroep zelf), zodat voor hen duidelijk is welke groep(en) worden bedoeld (Literatuurreview H1).\n"
            "3. Beschrijf het beoogde doel van contact met de doelgroep, in de context van online aangejaagd geweld. "
            "Is dit preventief en zorggericht, repressief en handhavingsgericht, of een combinatie van deze doelen? "
            "Verschillende netwerkpartners kunnen verschillende doelen hebben, maar het netwerk als geheel dient het "
            "eens te worden over de prioritering hiervan (Praktijkonderzoek H3.8, H4.4, Literatuurreview H1, H3).\n"
            "4. Maak expliciet dat het netwerk zowel fysiek als online optreedt. De opdrachtgever/regievoerder kan bij "
            "te contracteren partijen expliciet aangeven dat online werken een noodzakelijke aanvulling is op hun "
            "fysieke werkzaamheden. Dit extra werk kost meer tijd (en dus geld) of vervangt ander werk in "
            "opdrachtformuleringen en financieringsaanvragen, want online en straatwerk zijn beide nodig. Bij voorkeur "
            "formuleren alle netwerkpartners een visie over online aanwezigheid. Wanneer zij niet zelf online aanwezig "
            "zijn, beschrijft de visie op welke manier online informatie wordt ingewonnen en geïntegreerd. Een "
            "voorbeeld hiervan is welke informatie op welke momenten wordt opgevraagd bij (of op eigen initiatief "
            "gedeeld door) welke specifieke netwerkpartners. In de aanpak van online aangejaagd geweld zijn de online "
            "en fysieke ruimte even belangrijk en niet los van elkaar te zien (Praktijkonderzoek H2.2, H2.4, "
            "Literatuurreview H2).\n"
            "5. Geef werknemers de tijd om te werken aan de ontwikkeling en implementatie van de online werkwijze. "
            "Online werken is niet iets dat men er zonder extra uren compensatie naast kan doen. Zorg dus dat "
            "werknemers hierin gefaciliteerd worden."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "macro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["own_staff"],
        "source": "001 Vredestijd, handvat 1",
    },
    {
        "code": "vredestijd-online-werkwijze",
        "title": (
            "Ontwikkel een formele online werkwijze met concrete regels voor online aanwezigheid en contact met "
            "doelgroepen in de aanpak van online aangejaagd geweld"
        ),
        "description": (
            "In de online werkwijze leggen netwerkpartners vast hoe zij online te werk gaan. De online werkwijze wordt "
            "vastgesteld op beleidsniveau en geeft professionals heldere rugdekking vanuit de organisatie in hun "
            "online werk om online aangejaagd geweld aan te pakken. Hoe ontwikkel je zo'n werkwijze?\n"
            "1. Wees terughoudend met het monitoren van doelgroepen en/of individuen op sociale media zonder dat zij "
            "daar weet van hebben. Probeer ook juridische discussies rond online monitoring te vermijden door een "
            "preventieve aanpak waarin netwerkpartners niet als (ongeziene) buitenstaander observeren maar als "
            "inherent, zichtbaar onderdeel van de sociale dynamiek escalatie tegenwerken. Deze aanpak kan de "
            "informatiepositie versterken doordat professionals actief signalen aangereikt krijgen (Literatuurreview "
            "H3).\n"
            "2. Neem in elk team ten minste één persoon op met affiniteit voor de online wereld, die voldoende kennis "
            "en bevoegdheid heeft om collega's aan te spreken op naleving van de online werkwijze (Praktijkonderzoek "
            "H2.6). Zie dit als een eerste stap om de online kennis en vaardigheden verder te ontwikkelen. Schakel "
            "recruiters in om de juiste mensen binnen te halen voor online werk.\n"
            "3. Faciliteer als werkgever trainingen en cursussen gericht op de sociale aspecten van het online werken "
            "(opbouwen, onderhouden van online contact met doelgroepen) en op de juridische kaders rondom online "
            "monitoring en informatievergaring (Praktijkonderzoek H2.6).\n"
            "4. Ontwerp en verplicht het gebruik van een herkenbare huisstijl voor online accounts en communicatie op "
            "sociale media, zodat elk profiel kristalhelder laat zien welke organisatie het betreft. Een huisstijl kan "
            "bestaan uit eenzelfde lettertype, boodschap, bedrijfslogo, en eventueel regels over de inhoud van een "
            "biografie op sociale media en standaardzinnen bij de introductie en afsluiting voor een eenduidige "
            "representatie naar de doelgroep. Het gebruik van privéprofielen, nepaccounts of gezamenlijke profielen "
            "voor online contact met doelgroepen kan problemen veroorzaken en wordt sterk afgeraden. Gebruik "
            "individuele, professioneel herkenbare accounts voor online contact met doelgroepen (Praktijkonderzoek "
            "H2.5.2, Literatuurreview H3).\n"
            "5. Verwoord voor wie en onder welke voorwaarden flexibele inzetbaarheid nodig is. Online werken vereist "
            "flexibiliteit. Zo kan tijdens conflicten online inzetbaar nodig zijn buiten kantooruren, en jongeren "
            "vereisen ook buiten kantooruren een luisterend oor (Praktijkonderzoek H2.6).\n"
            "6. Leg in een netwerkconvenant afspraken vast over a) welke partij netwerkregisseur is, b) welke "
            "netwerkpartner welke taken op zich neemt rond online aangejaagd geweld en c) wanneer wordt opgeschaald. "
            "Beschrijf dit in algemene termen. Voorbeelden van taakverdelingen voor netwerkpartners staan in de "
            "Interventiematrix Wapenbezit en gebruik onder jongeren 12-23 jaar "
            "(https://hetccv.nl/app/uploads/2023/08/Interventiematrix-Jongeren_en_wapens.pdf). (Praktijkonderzoek "
            "H2.6, H4.2, H4.4, H5.3; Literatuurreview H1, H3 / Tabel 2).\n"
            "7. Streef naar een werkbare balans tussen enerzijds een concrete online werkwijze die helderheid en "
            "rugdekking verschaft en anderzijds voldoende ruimte voor professionals biedt om zich naar eigen inzicht "
            "te bewegen in het online domein. Overweeg in hoeverre tips en handelingsperspectieven moeten worden "
            "omgezet in protocollen en standaardteksten. Standaardisering kan houvast bieden, maar vermijd onnodige "
            "bureaucratie (Literatuurreview H5).\n"
            "8. Toets het concept van de online werkwijze aan de wettelijke bevoegdheden van netwerkpartners. Zo dient "
            "de politie uitsluitend te werken op basis van openbare bronnen en mag deze niet (stelselmatig) volgen "
            "zonder toestemming van de Officier van Justitie (Praktijkonderzoek H3.3.1).\n"
            "9. Voer een data protection impact assessment (DPIA) uit om vóóraf de privacyrisico's van de beoogde "
            "gegevensverwerking in kaart te brengen en te verkleinen. Beslis ook of er een (extra) functionaris "
            "gegevensbescherming (FG) aangesteld moet worden, als onafhankelijk persoon die binnen de organisatie "
            "toezicht houdt op de toepassing en naleving van de privacywetgeving (Literatuurreview H3)."
        ),
        "phase": "vredestijd",
        "mode": "online",
        "level": "macro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["own_staff"],
        "source": "001 Vredestijd, handvat 2",
    },
    {
        "code": "vredestijd-professioneel-profiel-online-leefwereld",
        "title": (
            "Verplaats je als professional met een professioneel (niet privé) profiel naar de online leefwereld van de "
            "doelgroep en werk met een combinatie van online en fysiek contact"
        ),
        "description": (
            "Wanneer het online werken is verankerd in de visie en werkwijze (zie voorgaande punten), staan "
            "professionals voor de vraag hoe zij dit concreet kunnen aanpakken. Een deel van deze vraag wordt "
            "beantwoord in de online werkwijze, maar een deel is contextafhankelijk.\n"
            "Hoe kunnen professionals online aanwezig zijn en contact opbouwen met doelgroepen in de aanpak van online "
            "aangejaagd geweld?\n"
            "1. Baseer de keuze voor aanwezigheid op sociale media platforms op inzicht in: a) waar doelgroepen zijn, "
            "en b) de platformspecifieke kenmerken die de effectiviteit van online werken beïnvloeden. Doelgroepen "
            "verplaatsen zich tussen platforms, bijvoorbeeld omdat er ergens “te veel” professionals zijn of vanwege "
            "trends of technologische ontwikkelingen. Benut fysieke contacten om inzicht te krijgen in waar men online "
            "te vinden is. Introduceer eventueel een standaardvraag over aanwezigheid op sociale mediaplatforms "
            "tijdens de kennismaking (Praktijkonderzoek H3.1, H3.3). Leg en onderhoud online contact met connecties "
            "uit fysieke activiteiten. Zet eventueel in op actieve werving van volgers. De effectiviteit op vluchtige "
            "platforms zoals Snapchat is relatief laag. Zet daarom in op online werken op platforms waar inhoud langer "
            "beklijft en op fysieke aanwezigheid in de sociale omgeving van doelgroepen, zoals op scholen en in de "
            "wijk. Fysieke aanwezigheid verlaagt de drempel om informatie en zorgen te delen, waaronder bijvoorbeeld "
            "gelekte snaps en screenshots. Werk niet enkel online of offline (Praktijkonderzoek H2.4, H3.3, H3.4).\n"
            "2. Bespreek in het team wie online werkt. Afhankelijk van de aard van de organisatie en de online "
            "werkwijze kan dat iedereen zijn of een deel van het team. Houd er rekening mee dat niet iedereen beschikt "
            "over de benodigde culturele achtergrond(kennis), technische en sociaal-psychische kenmerken en "
            "vaardigheden om (online en/of fysiek) contact op te bouwen met de doelgroep. Overleg met de bevoegde "
            "leiding of er vaardigheden aangevuld moeten worden middels training of aantrekken van nieuwe mensen, "
            "eventueel uit de doelgroep zelf (Literatuurreview H3).\n"
            "3. Gebruik een individueel, professioneel herkenbaar account in de huisstijl van de organisatie voor "
            "contact met doelgroepen op sociale media. Gebruik hiervoor geen privéprofielen, zodat er geen verwarring "
            "kan ontstaan over de professionele aard van het contact (Praktijkonderzoek H2.5.2, Literatuurreview H3; "
            "zie ook punt 4. Ontwikkel een formele online werkwijze met concrete regels voor online aanwezigheid en "
            "contact met doelgroepen in de aanpak van online aangejaagd geweld).\n"
            "4. Initieer vooral contact wanneer er geen incidenten spelen (Praktijkonderzoek H3.2).\n"
            "5. Start laagdrempelige online gesprekken door aandacht te besteden aan alledaagse zaken. Like of plaats "
            "een positieve opmerking bij een post van de doelgroep. Stuur een bericht in de persoonlijke omgeving "
            "(DM). Plaats online stellingen. Dat komt de online interactie en daarbij de vertrouwensband ten goede "
            "(Praktijkonderzoek H2.5).\n"
            "6. Bespreek emotioneel beladen thema's niet online. Negatieve boodschappen en/of slechtnieuwsgesprekken "
            "passen niet in de online leefwereld, want die vereisen emotionele ondersteuning en inzicht in non-verbale "
            "communicatie. Nodig de betrokkenen bij online onrust uit voor een fysieke bijeenkomst op een vertrouwde "
            "plek (Praktijkonderzoek H2.4).\n"
            "7. Organiseer eventueel ontspannende, positieve activiteiten die aansluiten bij de interesses van de "
            "doelgroep om het contact tot stand te brengen. Huur bijvoorbeeld een studio waar ze samen muziek kunnen "
            "maken of laat de doelgroep een barbecue organiseren (Praktijkonderzoek H4.2.1). Deel, in overleg met de "
            "betrokkenen, positieve uitkomsten (bijvoorbeeld de muziek) online om nog meer positieve aandacht te "
            "genereren."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["group"],
        "source": "001 Vredestijd, handvat 3",
    },
    {
        "code": "vredestijd-signalen-samen-interpreteren",
        "title": (
            "Interpreteer signalen en indicatoren van mogelijk online aangejaagd geweld altijd samen met het netwerk "
            "en heb daarbij oog voor de context van de groep"
        ),
        "description": (
            "Om te weten hoe serieus je signalen moeten nemen is contextkennis belangrijk. Wat bij de ene persoon of "
            "situatie een grap is, vergt bij een andere persoon of situatie snel actie. Hoe kun je rekening houden met "
            "deze context om signalen zo accuraat mogelijk in te schatten?\n"
            "1. Bouw een breed netwerk via online en offline kanalen met complementaire netwerkpartners (ondersteunend "
            "en repressief), met de doelgroep en hun sociale netwerken (vrienden, familie). Help informele netwerken "
            "medeverantwoordelijk te zijn voor preventie van online aangejaagd geweld. Betrek ouders, scholen, "
            "gezinswerkers en de doelgroep bij de aanpak door laagdrempelig het gesprek aan te gaan en signalen en "
            "zorgen vroeg serieus te nemen. Waardeer en benut verschillende perspectieven in plaats van deze als "
            "obstakel te zien. Betrek docenten en vertrouwenspersonen door online spreekuren voor scholen te "
            "faciliteren, waarin lessen uitgewisseld kunnen worden over ontwrichtende gebeurtenissen "
            "(Praktijkonderzoek H4.2.2, H3.4, H4.4, Literatuurreview H3).\n"
            "2. Ontwerp een persoonlijke en/of organisatiespecifieke sociale kaart waarin alle contacten zijn "
            "geordend, zodat deze snel geraadpleegd kunnen worden (Praktijkonderzoek H4.2.2).\n"
            "3. Zorg dat het personeelsbestand aansluit bij de leefwereld van doelgroepen. Neem personen aan met "
            "diverse demografische achtergronden en een breed netwerk om ingangen te vinden bij groepen waarmee "
            "contact moeilijker is (Praktijkonderzoek H4.2.1, Literatuurreview H3). Koop kennis over straatcultuur en "
            "de online leefwereld bij de doelgroep zelf in (Praktijkonderzoek H2.2).\n"
            "4. Gebruik de online context ook om een integraal beeld te krijgen van de jongeren. Doelgroepen zijn veel "
            "online en uiten zich daar misschien anders. Ook dat is informatief. Volg influencers en leiders, nodig "
            "hen uit om jou te volgen. Doe dit ook met personen die eigenlijk niet mee lijken te willen doen aan "
            "crimineel en grensoverschrijdend gedrag, maar die wel in die kringen verkeren. Leg ook contact met andere "
            "personen in en rond de doelgroep. Baseer inschattingen van wie welke rol heeft in en rond de doelgroep "
            "(dus wie je in welke hoedanigheid benadert) ook op informatie van wijk- en jeugdagenten, hulpverleners, "
            "veiligheidsregisseurs, of collega's en netwerkpartners met een andere expertise. Investeer in contact met "
            "zowel leiders als volgers (Praktijkonderzoek H3.4, H3.6).\n"
            "5. Integreer signalen van netwerkpartners en informele netwerken rond doelgroepen om in te schatten of er "
            "sprake lijkt van een problematische groep. Een sterk groepsgevoel binnen een (jongeren)groep is op "
            "zichzelf géén risicofactor voor geweld. Dit kan zelfs een potentieel sterke troef vormen in het tegengaan "
            "van geweld. Baseer in het geval van een problematische groep de verdere duiding op het 7-stappenmodel – "
            "voor aanpassingen om dit duidingsinstrument specifiek toe te passen op online aangejaagd geweld, zie "
            "Literatuurreview H3 Tabel 4.\n"
            "6. Inventariseer en deel onderling – rekening houdend met de bevoegdheden van netwerkpartners – kennis "
            "over de voorgeschiedenis van interacties van leden van doelgroepen onderling en met andere partijen (wie "
            "heeft wel of geen contact met wie online en/of fysiek), emoties, trends in inhoud van berichten. Wees "
            "daarbij in het bijzonder alert op of hier een trendbreuk is te zien bij een individu of groep "
            "(Praktijkonderzoek H3.6).\n"
            "7. Ga in dialoog met de betreffende individuen of doelgroepen over mogelijke signalen. Stel vragen om te "
            "achterhalen waarom de inhoud van geposte content verandert (Praktijkonderzoek H3.6)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["group", "parents", "community"],
        "source": "001 Vredestijd, handvat 4",
    },
    {
        "code": "vredestijd-signalen-tijdig-delen",
        "title": "Deel relevante signalen, indicatoren en rode vlaggen tijdig met relevante netwerkpartners",
        "description": (
            "Afspraken over wat er op welk moment met wie gedeeld wordt, staan vastgelegd in de online werkwijze. "
            "Duiding gebeurt in gezamenlijkheid. Enerzijds kunnen verschillende kleine signalen bij elkaar een "
            "duidelijke rode vlag vormen waarop direct geacteerd dient te worden. Anderzijds kan een ogenschijnlijke "
            "rode vlag bij één van de netwerkpartners geen reëel risico blijken in de context die bekend is bij een "
            "andere partner. Het is daarom van belang dat netwerkpartners elkaar in wederzijds vertrouwen weten te "
            "vinden en niet pas bij elkaar aankloppen wanneer de nood echt aan de man is. Gezamenlijk overleg kan veel "
            "narigheid voorkomen. Tip: Maak bij de bespreking van mogelijke signalen gebruik van een methode voor "
            "risico-inschatting, zoals bijvoorbeeld de crisismethodiek BOB (beeldvorming, oordeelsvorming, "
            "besluitvorming), om gestructureerd en methodisch tot weging en besluitvorming te komen over signalen. Wat "
            "zijn signalen en indicatoren om op te letten en om over te sparren met netwerkpartners?\n"
            "1. Veranderingen in gedrag en verandering van de inhoud van berichten. Let op als jongeren die normaal "
            "niet samenwerken ineens gezamenlijk opnemen, elkaar taggen in berichten, nieuwe collabs of gezamenlijke "
            "live sessies aangaan. Het delen van berichten met een andere inhoud dan voorheen (bijvoorbeeld "
            "gewelddadiger) is ook een signaal om op aan te slaan.\n"
            "2. Kijk niet alleen naar de inhoud van het bericht, maar ook naar de gebruikte hashtags, tags, reposts en "
            "likes om de netwerken van betrokkenen in beeld te krijgen (Praktijkonderzoek H3.6).\n"
            "3. Achterhaal wat de poster wil bereiken met het bericht. Houd altijd rekening met de persoon achter het "
            "online bericht. Onderzoek welke voedingsbodems aanwezig zijn en welke groepsrol ingenomen wordt "
            "(Praktijkonderzoek H3.6).\n"
            "4. Onderzoek het draagvlak en bereik van de verspreider om in te schatten of, en hoeveel gevolg eraan een "
            "oproep wordt gegeven. Heeft de persoon in kwestie eerder soortgelijke oproepen geplaatst en wat was toen "
            "het gevolg? Is de poster een leider of een volger?\n"
            "5. Neem een emotionele voorgeschiedenis (zoals de gewelddadige dood van een familie- of groepslid) "
            "waarnaar gerefereerd wordt in online content, heel serieus als signaal (Praktijkonderzoek H3.6).\n"
            "6. Sla in het verlengde daarvan op signalen die betrekking hebben op het ondermijnen van andermans "
            "reputatie (of familie) en imago. Wees je bewust van de rol van groepsdruk / groepsdynamiek. Neem de rol "
            "van groepsdruk, rivaliteit tussen groepen en status mee in het duiden van signalen. Deze invloeden vormen "
            "veelal de context waarin fysiek geweldgebruik wordt aangemoedigd (denk aan: jezelf bewijzen, daad bij "
            "woord voegen; mensen kijken mee waardoor reputatie op het spel staat) (Praktijkonderzoek H3.6).\n"
            "7. Interpreteer concrete informatie in een bericht (zoals het noemen van een tijdstip en/of locatie voor "
            "de confrontatie) als teken dat het conflict zich naar de fysieke omgeving verplaatst (Praktijkonderzoek "
            "H3.6).\n"
            "8. Tel het aantal views, likes en reposts om in te schatten in hoeverre de doelgroep kennis heeft genomen "
            "van de online content. Grote aantallen views, likes en reposts kunnen ertoe leiden dat betrokkenen zich "
            "uit imago behoud gedwongen voelen om de daad bij het woord te voegen, in de vorm van een gewelddadige "
            "fysieke confrontatie (Praktijkonderzoek H3.6)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["poster", "group"],
        "source": "001 Vredestijd, handvat 5",
    },
    {
        "code": "vredestijd-risicokalender",
        "title": (
            "Maak als gemeente (of stadsdeel) een kalender met risico-inschattingen en tijdsgebonden indicatoren over "
            "tijd"
        ),
        "description": (
            "Rode vlaggen en indicatoren zijn niet altijd uitsluitend gebaseerd op (online) monitoring van "
            "doelgroepen. De gemeente kan zorgen voor een steeds geactualiseerd overzicht van tijdsgebonden "
            "risico-inschattingen, op basis waarvan netwerkpartners kunnen worden geattendeerd op een tijdelijke "
            "verhoging van het risiconiveau. Op deze manier kan de gemeente een constructievere rol vervullen dan "
            "alleen als opdrachtgever voor netwerkpartners, door actief gebruik te maken van de kennis over wat er "
            "speelt in het gebied. Wat zijn momenten die de gemeente kan opnemen in een dergelijk overzicht?\n"
            "1. Vanaf ongeveer 2 maanden voor de “jubileumdata” in het eerste en tweede jaar na een incident pieken de "
            "heftige emoties bij getroffenen (Literatuurreview H3).\n"
            "2. De bekendmaking van een juridische straf(eis), vooral als die lager uitvalt dan verwacht of gehoopt "
            "door getroffenen (Literatuurreview H3).\n"
            "3. Met name de eerste 6 maanden nadat iemand vrijkomt uit de gevangenis (Literatuurreview H3)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "macro",
        "partner_types": ["gemeente_oov"],
        "targets": ["poster", "victim", "community"],
        "source": "001 Vredestijd, handvat 6",
    },
    {
        "code": "vredestijd-kleine-verzoeken-en-vergrijpen",
        "title": (
            "Blijf op de hoogte van wat leden van doelgroepen elkaar vragen te doen en betrek ook de sociale dynamiek "
            "rond relatief kleine verzoeken of vergrijpen in de integrale analyse van signalen"
        ),
        "description": (
            "Een (verzoek tot een) relatief onschuldig vergrijp kan in combinatie met informatie van een andere "
            "netwerkpartner signaleren dat er mogelijk een meer gewelddadige escalatie zal plaatsvinden.\n"
            "Daarom is het van belang om ook informatie over relatief kleine vergrijpen in een vroegtijdig stadium op "
            "een open manier te delen binnen het netwerk. Dit betekent niet zozeer dat lichte vergrijpen zwaarder "
            "gestraft moeten worden, maar dat om zwaardere vergrijpen te voorkomen vanuit verschillende invalshoeken "
            "oog moet zijn voor de sociale dynamiek rond lichtere vergrijpen. Welke sociale dynamieken rond lichtere "
            "vergrijpen brengen welke risico-inschattingen met zich mee? We onderscheiden er drie.\n"
            "1. De voet-tussen-de-deur-techniek houdt in dat: stap 1) het doelwit, een (aspirant-)groepslid, wordt "
            "gevraagd om een kleine gunst, stap 2) het doelwit stemt in met het kleine verzoek en voert dit uit, en "
            "stap 3) het doelwit wordt vervolgens om een grote gunst gevraagd en is door de instemming (stap 2) eerder "
            "geneigd om ook hierin toe te stemmen en consistent te zijn. Voor de risico-inschatting betekent dit dat "
            "een kleine misdraging voor een leidersfiguur of groep gevolgd kan worden door een ernstiger delict in hun "
            "naam (Literatuurreview H3, tabel 3).\n"
            "2. De deur-in-het-gezicht-techniek houdt in dat: stap 1) het doelwit wordt gevraagd om iets extreems te "
            "doen, stap 2) het doelwit weigert dit, en stap 3) het doelwit wordt vervolgens om een kleinere gunst (het "
            "eigenlijke, oorspronkelijke doel) gevraagd en is eerder geneigd hiermee in te stemmen vanwege het "
            "contrast met het extreme verzoek (stap 1). Voor de risico-inschatting betekent dit dat als iemand wordt "
            "gevraagd om een persoon te vermoorden, de kans dat zo iets vanuit het niets wordt toegezegd nihil is. "
            'Maar als vervolgens wordt gevraagd om die persoon "alleen maar" flink te laten schrikken met een wapen of '
            "pak slaag dan lijkt dat relatief onschuldig en is de kans dat in dit tweede verzoek wordt meegegaan "
            "groter (Literatuurreview H3, tabel 3).\n"
            "3. De low-ball-techniek houdt in dat: stap 1) het doelwit wordt overgehaald om iets kleins te doen, stap "
            "2) het doelwit stemt in met het kleine verzoek, stap 3) dat blijkt (zogenaamd) niet mogelijk dus het "
            "doelwit voert dit niet uit, en stap 4) er komt een iets groter of risicovoller alternatief voor in de "
            "plaats en het doelwit is eerder geneigd hiermee in te stemmen vanwege het eerdere aangenomen verzoek "
            "(stap 2) dat niet is uitgevoerd (stap 3). Voor de risico-inschatting betekent dit dat als iemand wordt "
            "meegevraagd naar een confrontatie met een rivaliserende groep alleen om met wapens te zwaaien, maar "
            "eenmaal daar blijkt dat er daadwerkelijk gevochten moet worden, die persoon sneller meedoet vooral als "
            "die het verschil tussen het eerste en tweede verzoek als relatief klein ziet (Literatuurreview H3, tabel "
            "3)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Vredestijd, handvat 7",
    },
    {
        "code": "vredestijd-groepsgevoel-als-troef",
        "title": "Behandel sterk groepsgevoel binnen een doelgroep niet als risicofactor maar als troef tegen geweld",
        "description": (
            "Een sterk groepsgevoel is op zichzelf geen risicofactor voor (online aangejaagd) geweld. Hoe kun je "
            "groepsgevoel als troef inzetten in de aanpak van online aangejaagd geweld?\n"
            "1. Baseer de inschatting of het groepsgevoel problematisch is op de normen en waarden in de betreffende "
            "groep. Gebruik, wanneer is vastgesteld dat er sprake is van een problematische groep rond online "
            "aangejaagd geweld, een gestandaardiseerd duidingsinstrument om deze doelgroep in kaart te brengen. Een "
            "voorbeeld hiervan is te vinden in het 7-stappenmodel voor het werkproces rond de aanpak problematische "
            "jeugdgroepen en groepsgedrag (Zie Literatuurreview H3, tabel 4, voor toepassing van dit "
            "duidingsinstrument op problematische groepen rond online aangejaagd geweld).\n"
            "2. Richt interventies niet uitsluitend op het individualiseren en isoleren van groepsleden, maar ook op "
            "het bijsturen van onderliggende groepsnormen. Dit doe je door te bepalen of de groep in essentie een "
            "platform is voor sociale of voor criminele activiteiten (Literatuurreview H3). Zet in op pogingen tot "
            "bijsturen van groepsnormen wanneer criminele activiteiten een bijverschijnsel zijn van een sociale groep "
            "die het verkeerde pad op gaat. Zet in op repressie en het uiteendrijven van de groep wanneer criminele "
            "activiteiten het kerndoel van de groep zijn.\n"
            "3. Laat bijstuurpogingen aansluiten bij de groepsvormingsfase en specifiek de mate waarin groepsnormen en "
            "rollen vastliggen. Benut de beginfase, als de groep zich nog vormt, om contact te leggen en bestendigen "
            "met groepsleden. Wees in de aansluitende fase, als groepsleden in competitie zijn om status en posities "
            "binnen de groep, alert op strategische vijandigheid jegens netwerkpartners. Maak in de volgende fase, "
            "waarin groepsnormen en -rollen vaste vormen aannemen, gebruik van gelegde contacten om groepsgedrag bij "
            "te sturen op een manier die het belang van bijsturing voor het voortbestaan van de groep benadrukt. "
            "Concentreer in de op één na laatste fase, waarin de groep samenwerkt als geheel, bijstuurpogingen op "
            "leidersfiguren binnen de groep (zie onderstaande punt 4). Wees ten slotte in de laatste fase alert op "
            "tekenen dat de groep uit elkaar begint te vallen, om individuen te helpen de groep achter zich te laten. "
            "(Zie Literatuurreview H3, tabel 1, voor meer informatie over groepsvormingsfasen).\n"
            "4. Stuur onderliggende groepsnormen bij door gebruik te maken van prototypische groepsleden en credible "
            "messengers. Boodschappen die van deze partijen afkomstig zijn worden door de doelgroep als betrouwbaar "
            "gezien en hebben vaak meer effect op het bijsturen van groepsnormen dan oproepen vanuit politie, gemeente "
            "of andere netwerkpartijen. Benader dus influencers, leiders en personen met veel volgers om jongeren via "
            "hun eigen sociale mediakanalen gewenst gedrag te stimuleren (Praktijkonderzoek H4.2.2)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["group"],
        "source": "001 Vredestijd, handvat 8",
    },
    {
        "code": "vredestijd-drillrap-in-context",
        "title": (
            "Vermijd een te snelle interpretatie van drillrap als oorzaak van geweld op straat, door de context mee te "
            "wegen"
        ),
        "description": (
            "Drillrap is niet per definitie de oorzaak van geweld op straat, soms is het ook andersom. Stel elkaar "
            "daarom binnen het netwerk regelmatig de causaliteitsvraag: Zorgt online uiting van haat of geweld (in "
            "drillraps) voor een meer positieve houding onder doelgroepen tegenover geweld? Of refereren doelgroepen "
            "in hun online content (zoals drillraps) aan straatgeweld om uiting te geven aan problemen waar ze in hun "
            "dagelijks leven mee worstelen? Deze vraag is niet altijd eenvoudig te beantwoorden, maar hem expliciet "
            "stellen kan interpretaties nuanceren en te snelle conclusies voorkomen. Een gewelddadige reputatie die "
            "wordt ontleend aan mythes uit bijvoorbeeld drillrap-video's kan er zelfs voor zorgen dat een groep zich "
            "minder genoodzaakt voelt om over te gaan tot daadwerkelijk fysiek geweld maar groepsleden tegelijkertijd "
            "kwetsbaarder maken binnen het juridische systeem (Literatuurreview H3). Wat zijn indicatoren, in "
            "drillraps en hun context, van escalatie naar online aangejaagd geweld op straat?\n"
            "1. Er is sprake van groepen met een lange geschiedenis van onderling conflict én de volgende rode vlaggen "
            "waarin beide sprake is van een duidelijk stijgende trend (Literatuurreview H3):\n"
            "2. Rappers maken in hun video's steeds meer persoonlijke aanvallen op elkaars twijfelachtige "
            "straatreputatie (Literatuurreview H3).\n"
            "3. Allebei de groepen tonen steeds meer wapens en groepsleden (Literatuurreview H3)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov"],
        "targets": ["group"],
        "source": "001 Vredestijd, handvat 9",
    },
    {
        "code": "vredestijd-realistische-of-symbolische-dreiging",
        "title": (
            "Pas interventies in conflicten tussen rivaliserende groepen aan op de mate waarin zij realistische of "
            "symbolische dreiging ervaren"
        ),
        "description": (
            "Rivaliserende groepen kunnen zich realistisch of symbolisch bedreigd voelen door elkaars aanwezigheid. "
            "Realistische dreiging betreft een bedreiging van middelen, macht of welzijn van de groep, terwijl "
            "symbolische dreiging raakt aan de waarden, identiteit of leefwijze van de groep. Symbolische dreiging "
            "hangt sterker dan realistische dreiging samen met haat en daaruit voortvloeiende agressie. Hoe kun je "
            "interventies in een conflict aanpassen op het type dreiging dat doelgroepen ervaren?\n"
            "Hoe kun je realistische dreiging verminderen?\n"
            "1. Verzeker machtige groepen ervan dat ze hun positie niet verliezen. Dat andere groepen ook toegang "
            "krijgen tot meer middelen / macht / welzijn hoeft niet te betekenen dat dit minder wordt voor de eigen "
            "groep (het hoeft niet 'wij of zij' te zijn). Wijs machteloze groepen op kansen voor individuele "
            "mobiliteit, bijvoorbeeld door groepsleden te helpen met opleiding, stageplaatsen of op een andere manier "
            "ondersteuning te bieden om hun positie te verbeteren. Blijf oog houden voor mogelijke competitie of "
            "(ervaren) ongelijkheid tussen doelgroepen om middelen / macht / welzijn. Probeer als netwerk te streven "
            "naar een situatie waarin verschillende groepen niet het idee hebben dat ze met elkaar moeten strijden om "
            "beperkte middelen (Literatuurreview H3).\n"
            "2. Verplaats de aandacht van dreigingen naar kansen of voordelen van het naast elkaar bestaan van beide "
            "groepen. (Literatuurreview H3)\n"
            "3. Help doelgroepen om minder realistische dreiging te voelen door ze af en toe bewust te maken van "
            "andere groepen die slechter af zijn wat betreft macht, middelen en/of welzijn. Houd daarbij uiteraard oog "
            "voor de daadwerkelijke problemen waar mensen mee te kampen hebben en bagatelliseer deze niet; zie de "
            "vergelijking met (nog) minder bedeeden als een manier om het effect van tegenslag op conflict te "
            "verminderen, maar niet als argument om geen hulp te bieden (Literatuurreview H3).\n"
            "4. Laat groepen inzien dat er maar een geringe kans op daadwerkelijke negatieve consequenties is van de "
            "andere groep voor macht, middelen en/of welzijn van de eigen groep. Dit sluit ook aan bij punt 1 "
            "hierboven: neem doelgroepen mee in beleid dat is bedoeld om (delen van) de bevolking betere toegang te "
            "geven tot middelen / macht / welzijn, waardoor zij inzien dat hulp aan een andere groep niet ten koste "
            "gaat van (al dan niet beperkte) verworvenheden van de eigen groep (Literatuurreview H3).\n"
            "5. Bied praktische oplossingen voor competitie tussen doelgroepen over legale middelen en kansen, door "
            "bijvoorbeeld een extra hangplek voor doelgroepen te creëren of meer mogelijkheden tot zelfontplooiing "
            "(Literatuurreview H3).\n"
            "Hoe kun je symbolische dreiging verminderen?\n"
            "1. Onderstreep hoe beide groepen in essentie sterk vergelijkbaar zijn (overkoepelende identiteit) én "
            "bovendien hoe zij elk hun eigen unieke culturen hebben (specifieke groepsidentiteit) (Literatuurreview "
            "H3).\n"
            "2. Bied groepsleden alternatieve manieren om een groepsband op te bouwen en/of de competitie met elkaar "
            "aan te gaan, voorbeelden zijn Wild 'n out of complimentenbattles als positieve tegenhanger of alternatief "
            "voor drillraps met dreigementen of een koor dat, vanwege de vergelijkbare mentaliteit en sociale "
            "functies, als positief alternatief kan fungeren voor lidmaatschap van een problematische doelgroep "
            "(Literatuurreview H3)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "gemeente_oov", "school"],
        "targets": ["group"],
        "source": "001 Vredestijd, handvat 10",
    },
    {
        "code": "vredestijd-informatiebronnen-signalen",
        "title": (
            "Maak gebruik van informatiebronnen om een overzicht te genereren van signalen, indicatoren en rode vlaggen"
        ),
        "description": (
            "Er zijn verschillende openbaar toegankelijke bronnen beschikbaar waarin overzichten worden gegeven van "
            "signalen, indicatoren en rode vlaggen die ook toe te passen zijn op online aangejaagd geweld. Enkele "
            "Nederlandstalige voorbeelden zijn:\n"
            "1. Het WODC-rapport van Bureau Beke (De Boer e. a., 2022) geeft een overzicht van risicofactoren en "
            "beschermende factoren voor jongeren om het criminele pad op te gaan. Deze factoren kunnen ook een rol "
            "spelen in de kwetsbaarheid van jongeren om betrokken te raken bij (groepen rond) online aangejaagd "
            "geweld.\n"
            "2. De CCV-handreiking “Zó krijg je samen zicht op jongeren” (Centrum voor Criminaliteitspreventie en "
            "Veiligheid, 2023) biedt eveneens een overzicht van signalen dat jongeren mogelijk een risico (gaan) "
            "vormen voor zichzelf en/of de samenleving, waarin bovendien specifiek wordt ingegaan op rode vlaggen in "
            "online gedrag.\n"
            "3. Het NCTV-rapport over sociale media en protest (Greijdanus & Postmes, 2018) beschrijft online "
            "indicatoren van politisering, massamobilisatie en escalatie, die zijn af te leiden uit gedrag op sociale "
            "media zonder dat er expliciet wapens worden getoond in drillrap-video's.\n"
            "4. De handreiking voor jongerenwerkers over “Echt zijn in de online leefwereld” (Todorović et al., 2023) "
            "verduidelijkt verschillende stappen die jongerenwerkers kunnen ondernemen om op een geschikte wijze "
            "online werken te faciliteren, waarin het perspectief van jongeren centraal staat.\n"
            "5. Stel (als netwerk) een overzicht of levend document samen met verwijzingen (indien mogelijk inclusief "
            "directe links) naar nuttige bronnen, deel dit met relevante partijen en beleg expliciet de "
            "verantwoordelijkheid bij (een of meer van) de betrokken partijen om dit te blijven aanvullen en "
            "actualiseren."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "macro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["own_staff"],
        "source": "001 Vredestijd, handvat 11",
    },
    {
        "code": "vredestijd-bewustwording-online-risicos",
        "title": (
            "Investeer in het vergroten van bewustwording over de risico's van de online omgeving voor de doelgroep"
        ),
        "description": (
            "De kennisbasis over de risico's van de online wereld en de mogelijkheden van online platforms moet "
            "vergroot worden onder de doelgroep, professionals, netwerkpartners en ouders. Scholen kunnen dienen als "
            "plek om zowel ouders als de doelgroep te bereiken. Op welke manieren kan de online kennisbasis vergroot "
            "worden?\n"
            "1. Start bij de basis en investeer in trainingen over mediawijsheid voor de doelgroep op scholen.\n"
            "2. Besteed speciale aandacht aan online normen en waarden en reflecteer met jongeren op hun online "
            "gedrag.\n"
            "3. Investeer in voorlichtingen aan ouders en de doelgroep over online gedrag, online normoverschrijding "
            "en (de effecten van) online opruiing. Stimuleer ouders om hun kinderen te bevragen op hun online "
            "ervaringen en bezigheden.\n"
            "4. Maak bij het trainen van professionals, ouders en de doelgroep gebruik van personen uit de doelgroep "
            "en/of organisaties die door de doelgroep als betrouwbaar worden gezien.\n"
            "5. Investeer in trainingen voor professionals die online gaan werken over online platforms en online "
            "media (Praktijkonderzoek H4.3).\n"
            "6. Stel een online specialist aan om kennis en digitale vaardigheden in de eigen organisatie te beleggen. "
            "Verwerk digitale vaardigheid en belangstelling voor digitale ontwikkelingen als voorwaarde in vacatures.\n"
            "7. Breng regelmatig de momenteel beschikbare en (door doelgroepen) gebruikte platforms in beeld met "
            "behulp van de 9 aspecten van online netwerktechnologieën die samen de uitwerking van online gedrag "
            "bepalen: 1) de mate van anonimiteit versus identificeerbaarheid, 2) de mate van moderatie op een online "
            "platform, 3) de mate van interactiviteit, 4) structurele eigenschappen en architectuur van het platform "
            "en de inhoud, 5) de mate van zichtbaarheid van online gedrag voor anderen, 6) de ruimte voor "
            "personalisering van instellingen, 7) de vindbaarheidstermijn van online interacties voor anderen, 8) de "
            "mate waarin informatie kan worden bijgewerkt nadat deze is gepost, en 9) de bereikbaarheid en "
            "verspreidbaarheid van informatie ook buiten het platform (Literatuurreview H4)."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "macro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving"],
        "targets": ["group", "parents", "own_staff"],
        "source": "001 Vredestijd, handvat 12",
    },
    {
        "code": "crisis-doelbewuste-keuzes",
        "title": "Maak doelbewuste keuzes om het risico op verdere escalatie door interventie te minimaliseren",
        "description": (
            "Onder de fase van crisis wordt het ingrijpen tijdens een situatie van online aangejaagd geweld geschaard. "
            "Wanneer de vlam in de pan slaat, is het vaak zaak om snel te reageren. Er is op zo'n moment geen tijd om "
            "heel lang stil te staan bij overwegingen om bepaalde interventiemethoden wel of niet toe te passen. De "
            "keuzes die worden gemaakt in interventies tijdens een crisissituatie bepalen echter wel de effectiviteit "
            "ervan en het vervolg bijvoorbeeld door de door doelgroepen en/of het bredere publiek ervaren "
            "(on)rechtmatigheid van het ingrijpen. Hoe kies je doelbewust en snel een effectieve interventie?\n"
            "1. Verzamel op weg naar de oproep informatie uit fysieke en online bronnen over mogelijke aanwezigheid "
            "van wapens, de oorzaak, aanwezige betrokkenen, eventuele problematiek rond middelenmisbruik of psychische "
            "gezondheid, en eerdere oproepen (Literatuurreview H4).\n"
            "2. Bepaal of onmiddellijke actie en extra inzet van collega's, relevante netwerkpartners en (online) "
            "opgebouwde informele contacten nodig zijn (Literatuurreview H4).\n"
            "3. Houd rekening met de grenzen van de geldende regels, wetten en beleid (Literatuurreview H4).\n"
            "4. Maak een actieplan waarin de veiligheid van professionals en burgers altijd voorop staat in keuzes "
            "tussen:\n"
            "- a. Daadwerkelijk ingrijpen of niet. Houd in gedachten dan niet reageren ook een optie is, zeker wanneer "
            "er aanwijzingen zijn dat een interventie leidt tot escalatie (Praktijkonderzoek H4.5.1).\n"
            "- b. Repressie of tolerantie van burgerlijke ongehoorzaamheid. Bespreek deze opties met verschillende "
            "netwerkpartners, omdat zowel repressie als tolerantie op hun eigen manier een risico kunnen vormen op "
            "verdere escalatie (Literatuurreview H4).\n"
            "- c. Selectief en gericht of algemeen en generiek optreden. Algemeen en generiek optreden kan op het "
            "moment efficiënt (of zelfs de enige optie) lijken, maar kan resulteren in grotere onrust doordat "
            "verontwaardiging over ongericht optreden mensen kan verenigen (Literatuurreview H4).\n"
            '- d. "Zacht" of hard optreden. Hierbij geldt eveneens dat hard optreden soms noodzakelijk kan zijn, maar '
            "een risico vormt dat vergelijkbaar is met algemeen en generiek optreden (Literatuurreview H4).\n"
            "- e. Preventieve of reactieve timing van interventies. Preventie heeft, waar mogelijk, de voorkeur. Bied "
            "bijvoorbeeld proactief aan om te bemiddelen bij ruzies tussen jongeren (Praktijkonderzoek H4.2.1; "
            "Literatuurreview H4).\n"
            "- f. Houd er bij het kiezen van de juiste interventie rekening mee dat geweld kan leiden tot wraak "
            "(Literatuurreview H5).\n"
            "5. Implementeer en evalueer het actieplan. Evalueer kort en herzie zo nodig ter plaatse, maar voor "
            "uitgebreidere evaluatie met betrokken partijen is tijd tijdens de nazorgfase (Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["poster", "group", "community"],
        "source": "001 Crisis, handvat 1",
    },
    {
        "code": "crisis-netwerk-en-credible-messengers-betrekken",
        "title": (
            "Betrek verschillende netwerkpartners, doelgroepen, het informele netwerk en credible messengers bij "
            "interventies"
        ),
        "description": (
            "Treed tijdens crises met het hele netwerk gezamenlijk op. Heb daarbij oog voor de verschillende taken, "
            "bevoegdheden en verantwoordelijkheden van de afzonderlijke netwerkpartners en hun bereik onder de "
            "doelgroep. Welke stappen kunnen netwerkpartners, doelgroepen, het informele netwerk en credible "
            "messengers gezamenlijk nemen bij crises?\n"
            "1. Bepaal eerst of er online of offline geïntervenieerd moet worden met het netwerk. Niets doen is ook "
            "een optie indien er aanwijzingen zijn dat een interventie kan leiden tot verdere escalatie. Kies in elk "
            "geval één lijn met het gehele netwerk, waarbij uiteraard niet iedereen exact hetzelfde hoeft te doen maar "
            "de acties wel op elkaar aansluiten.\n"
            "2. Combineer online en offline interventies. Op die manier wordt het bereik van bijvoorbeeld een oproep "
            "aan de doelgroep om escalatie te voorkomen of mee te werken aan de-escalatie vergroot.\n"
            "3. Verspreid via de eigen sociale mediakanalen berichten waarin de doelgroep opgeroepen wordt om bepaald "
            "gedrag te staken. Wijs ze daarbij op de mogelijke gevolgen en eventuele strafbaarheid van dit gedrag. "
            "Bied eventueel een luisterend oor. Deel in het bericht de boodschap dat de eigen organisatie aanwezig zal "
            "zijn op de plek waar de fysieke bijeenkomst gepland staat. Overweeg om ook ondernemers te betrekken bij "
            "het delen van berichten (COT, 2021; Praktijkonderzoek 4.3).\n"
            "4. Stem online berichten via de eigen online mediakanalen af op de doelgroep en vermijd onnodige "
            "herhaling van details zoals de afgesproken plaats en tijd van een confrontatie, om niet onbedoeld het "
            "bereik van de escalerende boodschap te vergroten.\n"
            "5. Benader influencers, leiders en personen met veel volgers om via hun eigen sociale mediakanalen op hun "
            "eigen manier berichten te verspreiden om de doelgroep te overreden af te zien van fysieke confrontatie ( "
            "Praktijkonderzoek H4.2.2).\n"
            "6. Wees bij fysieke confrontaties met het hele formele en informele netwerk aanwezig op de plek waar de "
            "fysieke bijeenkomst gepland staat. Neem posities in die aansluiten bij de rol van de organisatie. Neem "
            "als jongerenwerkers, credible messengers en ouders een positie rondom de locatie in waar de confrontatie "
            "gepland staat, om jongeren een laatste waarschuwing mee te geven. Benadruk in de waarschuwing de "
            "strafbaarheid van aanwezigheid op de plek van de confrontatie en het feit dat de politie verderop "
            "handhaaft. Neem als politie en handhaving juist een positie in op de afgesproken plek van de escalatie om "
            "tot handhaving over te gaan (Praktijkonderzoek H4.3)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 2",
    },
    {
        "code": "crisis-motieven-van-geweld",
        "title": "Houd rekening met welke partijen gewelddadig zijn vanuit welke motieven",
        "description": (
            "Tijdens een crisis wordt mogelijk geweld gebruikt of uitgelokt door betrokkenen. Vanuit verschillende "
            "groepsrollen kan de doelgroep uiteenlopende motieven hebben om gewelddadig te zijn. Waar kunnen "
            "netwerkpartners rekening mee houden ten aanzien van geweld tijdens een crisis?\n"
            "1. Pas in een gewelddadige situatie de interventie aan afhankelijk van wie gewelddadig gedrag vertoont. "
            "Wordt gewelddadig gedrag vertoond door socialiserende marginale groepsleden, die op weg zijn naar de kern "
            "van de groep? Vanwege hun groepsloyaliteit en bewijsdrang zijn de mogelijkheden om hen te betrekken bij "
            "een interventie beperkt (Literatuurreview H4).\n"
            "2. Betreft het geweld door afgewezen marginale groepsleden, die wel graag bij de groep willen horen maar "
            "niet worden geaccepteerd? Probeer dan op basis van achtergrondkennis over de persoon de "
            "interventiemogelijkheden in te schatten: sterke bewijsdrang jegens de groep kan hen extra roekeloos maken "
            "(gevaar voor 'vijanden' van de groep, omstanders en bij interventie betrokken netwerkpartners), rancune "
            "kan hen motiveren tot wraak tegen de afwijzende groep of er juist voor zorgen dat deze persoon open staat "
            "voor de-escalerende interventies die het individu isoleren van de groepsdynamiek (Literatuurreview H4).\n"
            "3. Wordt het geweld ingezet door onafhankelijke marginale groepsleden, die zijdelings aan de groep zijn "
            "gelieerd en daar tevreden mee zijn? Probeer gebruik te maken van de gedragsflexibiliteit van de persoon "
            "door die te overtuigen dat een interventie uiteindelijk ten goede komt aan de groep, ondanks dat "
            "de-escalatie ingaat tegen groepsnormen van geweld en wraak (Literatuurreview H4).\n"
            "4. Betreft het bewonderde marginale groepsleden, die geen centralere positie in de groep willen terwijl "
            "de groep dat wel zou willen? Schat de eigenbelangen van deze persoon in, omdat dat voor hen het "
            "groepsbelang overstijgt. De-escalere de situatie door deze persoon ervan te overtuigen dat geweld niet de "
            "beste optie is. Als de groep de persoon nog bewondert, kan dit voor de hele groep de lont uit het "
            "kruitvat halen (Literatuurreview H4).\n"
            "5. Betreft het sleutelfiguren of leiders? Probeer dan gebruik te maken van hun relatieve flexibiliteit in "
            "gedrag; zij zijn in de positie om groepsnormen aan te passen en het voortouw te nemen in de-escalatie als "
            "dat in hun ogen in het belang is van de groep. Leiders stellen de groepsbelangen meer voorop dan "
            "bewonderde marginale groepsleden (Literatuurreview H4).\n"
            "6. Wordt er geweld gepleegd door passanten die niet de initiële aanstichters waren van het incident? "
            "Probeer (op basis van achtergrondkennis of informatie van omstanders) te achterhalen wat hun motieven "
            "zijn voor het geweld. Als het geweld een uiting is van het te hulp schieten (verdedigen van fysieke "
            "veiligheid) van een initieel betrokken partij, kan het afdoende zijn om de partijen fysiek uit elkaar te "
            "halen waardoor je de noodzaak van geweld wegneemt. Als er strategische belangen in het spel zijn, zoals "
            "het verdedigen van de straatreputatie, kan het nodig zijn om daarnaast extra alert te zijn op hernieuwde "
            "escalatie en vechtafspraken. Voor interventiemogelijkheden om het geweld te stoppen, zie Literatuurreview "
            "H4, en ook (daarin) Tabel 5.\n"
            "7. Wees je ervan bewust dat netwerkpartners als mogelijk doelwit van geweld gezien kunnen worden tijdens "
            "een interventie."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 3",
    },
    {
        "code": "crisis-signalen-van-escalatie",
        "title": "Let tijdens een crisissituatie op signalen van (verdere) escalatie",
        "description": (
            "Tijdens een interventie naar aanleiding van escalatie kan er verdere escalatie optreden. Pas interventies "
            "daarom aan op het stadium waarin de relaties met de doelgroepen zich op dit moment bevinden. Wat zijn "
            "aanknopingspunten om in te schatten of er sprake is van verdere escalatie?\n"
            "1. Bepaal in welke van de 3 chronologische stadia van conflict de partijen (doelgroepen en "
            "netwerkpartners) zich bevinden. Deze stadia worden gekenmerkt door, achtereenvolgens, 1. Gespannen, "
            "emotionele interacties tussen enerzijds netwerkpartners en anderzijds doelgroepen en eventueel andere "
            "burgers, 2. zoeken naar wederzijdse waardering en compatibiliteit, en ten slotte 3. de overgang naar "
            "verzoening en wederzijdse samenwerking. Zoek zo snel mogelijk na een incident contact met betrokken "
            "doelgroepen, zowel om (potentieel escalerende) misvattingen voor te zijn als ook om de banden met "
            "doelgroepen te normaliseren. Confrontaties tussen netwerkpartners en doelgroepen zijn niet altijd "
            "destructief voor de onderlinge relaties en kunnen zelfs constructief werken, mits netwerkpartners op een "
            "zorgvuldige manier omgaan met de nasleep van het incident. Houd in de inhoud van deze communicatie "
            "rekening met verschillende perspectieven op dezelfde gebeurtenissen (ontwikkeling van misverstanden). Zet "
            "in op adequate timing (snel na de escalatie) waardoor de transitie naar het tweede bovengenoemde stadium "
            "kan worden ingezet. Geef in de communicatie met doelgroepen en burgers professionele blijken van respect "
            "en empathie (Literatuurreview H5).\n"
            "2. Baseer duiding van spontaan, niet geësceneerd of geregisseerd gedrag in videomateriaal op sociale "
            "media op non-verbale, lichamelijke indicatoren van mogelijk geweld. Sterke indicatoren van geweld zijn: "
            "1. een bokshouding tijdens een ruzie en 2. iemands persoonlijke ruimte binnendringen. Vrij sterke "
            "indicatoren zijn: 3. gebalde vuisten, 4. verbale dreigementen, en 5. de omgeving visueel inspecteren. "
            "Enigszins bruikbare indicatoren zijn: 6. hoofd rollen of nek rekken, 7. Aangespannen kaakspieren, 8. "
            "handen stevig in de zakken, 9. teveel aan kleding verwijderen, 10. ijsberen, 11. armen of schouders "
            "rekken, 12. gespannen lichaam of verstarren, 13. rood aanlopend gezicht, 14. schreeuwen, 15. snel ademen, "
            "16. transpireren, 17. in de ogen staren, en 18. boos fronsen. Zwakke indicatoren zijn: 19. overdreven "
            "handgebaren, 20. oogcontact vermijden, 21. handen op de heupen, 22. snel knipperen, en 23. huilen "
            "(Literatuurreview H4).\n"
            "3. Baseer duiding van gedrag in crisissituaties waarin de interactie zich al heeft verplaatst naar het "
            "fysieke domein op non-verbale, lichamelijke indicatoren van mogelijk geweld. Sterke indicatoren van "
            "geweld zijn hetzelfde als in punt 2 hierboven (Literatuurreview H4).\n"
            "4. Grijp in bij waarschuwingssignalen dat een netwerkpartner wordt geprovoceerd. Voorbeelden van "
            'waarschuwingssignalen zijn: 1 verwijzingen naar eigen prestaties of CV zoals "Weet je hoe lang ik al '
            'politieagent ben?", 2 respect eisen zoals "Zo praat je niet tegen me." of "Weet je wat, ik word niet '
            'betaald om deze onzin te slikken.", 3 terugkaatsing van beledigingen zoals "Rot op? Nou, rot zelf op!", 4 '
            'dreiging met arrestatie zonder gegronde reden zoals "Wil je naar de gevangenis?!", 5 agressieve '
            "lichaamstaal zoals wijzen met de vinger of de interactiepartner heel dicht benaderen, neus aan neus. Leid "
            "de geprovoceerde netwerkpartner weg van de provocerende persoon of situatie (Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "group", "own_staff"],
        "source": "001 Crisis, handvat 4",
    },
    {
        "code": "crisis-de-escalatie-voor-fysiek-ingrijpen",
        "title": "Zet in op de-escalatie alvorens eventueel over te gaan tot fysiek ingrijpen",
        "description": (
            "Kleiner en eerder interveniëren heeft altijd de voorkeur boven grootschalige opschaling. Soms kan een "
            "klein online of offline contactmoment met de doelgroep al voldoende zijn om te de-escaleren. Dit scheelt "
            "tijd, geld, mankracht en is beter voor de band met de doelgroep. Welke online en offline tactieken kun je "
            "inzetten om online aangejaagd geweld te de-escaleren?\n"
            "Specifiek voor politie en handhavingsorganisaties\n"
            "1. Haal de oproeper uit de anonimiteit door de identiteit van de poster te achterhalen. Schakel hulp in "
            "van collega's, netwerkpartners en (online) informele contacten (Literatuurreview H4). Ga op huis- of "
            "schoolbezoek om een situatie stuk te maken. Doordring de betrokkene(n) ervan dat die niet meer anoniem "
            "is. Verzoek tot het verwijderen van online uitingen. Informeer ouders en leerlingen over ongewenst "
            "gedrag, bijvoorbeeld met een brief (Praktijkonderzoek H4.2.2).\n"
            "2. Probeer de situatie te de-escaleren door het gesprek aan te gaan met de doelgroep, fysiek en/of "
            "online. 1. Stel je vriendelijk voor, 2. Geef aan welke organisatie je vertegenwoordigt en wat je rol is, "
            "3. Leg de aanleiding voor de interactie uit. 4. Beoordeel het type interactiepartner(s): meewerkend / "
            "uitdagend, bekritiserend / manipulatief, provocerend? Bij verzet of provocatie: 1. Poog eerst betrokkenen "
            "op een de-escalerende manier te overtuigen mee te werken in een (fysieke of online) handhavingssituatie. "
            "Herhaal de provocatie en voorziet deze van een tegenwerping. Leid het gesprek terug naar het onderwerp en "
            "eindig met een de-escalerende afsluiting, 2. wijs, als dat niet werkt, op negatieve gevolgen van het "
            "weigeren mee te werken, 3. als dat niet werkt, vraag de persoon om bevestiging dat die instaat voor de "
            "consequenties voordat men overgaat tot het laatste redmiddel van fysiek ingrijpen (Literatuurreview H4).\n"
            "3. Gebruik uitsluitend noodzakelijk en proportioneel geweld, met afstand en dekking voor een relatief "
            "veilige positie. Zelfverdediging is dan minder snel nodig (Literatuurreview H4).\n"
            "Voor jongerenwerkorganisaties\n"
            "4. Bemiddel bij ruzies tussen jongeren.\n"
            "5. Zet het eigen netwerk in om ingangen te vinden bij de betrokken doelgroepen.\n"
            "6. Ga fysiek in gesprek met de betrokkenen als daar nog tijd voor is. Op die manier heb je meer inzicht "
            "in de non-verbale communicatie dan bij online contact met de doelgroep.\n"
            "7. Ga met doelgroepen in gesprek over de door hen geposte berichten. Dat kan zowel online als offline "
            '(Praktijkonderzoek H4.2.1). Voorbeeld: "Ik heb gezien dat je X gepost hebt op Y. Ik maak mij zorgen over '
            'de mogelijke gevolgen van dit bericht voor jou. Kunnen we hierover praten?"\n'
            "Alle netwerkpartners\n"
            "8. Rapporteer opruiende berichten op online platforms. Hoe meer meldingen, hoe groter de kans dat het "
            "platform het bericht verwijdert. 1. Besluit als netwerk waar je opruiende berichten deelt om gezamenlijk "
            "te rapporteren, bijvoorbeeld een bestaande whatsappgroep. 2. Deel een link naar het opruiende bericht in "
            "het afgesproken kanaal. 3. Verzoek alle leden om de inhoud te rapporteren (Praktijkonderzoek H4.2.2). Zie "
            "het melden als burgers als alternatief wanneer formele routes als netwerk(partner) niet beschikbaar of "
            "niet effectief zijn."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["poster", "group", "parents"],
        "source": "001 Crisis, handvat 5",
    },
    {
        "code": "nazorg-contact-behouden-banden-herstellen",
        "title": "Behoud contact met de doelgroep en herstel banden indien sprake is van een beschadigde relatie",
        "description": (
            "Nadat de acute crisissituatie voorbij is, begint de vaak onderbelichte fase van nazorg. Het behoud en de "
            "wederopbouw van relatie met doelgroepen staat centraal, aangezien het vertrouwen tussen partijen "
            "beschadigd kan zijn. Uiteindelijk is het van belang om te zorgen dat onderling contact niet verloren "
            "gaat. Hoe kan de band met de doelgroep, melders en sleutelfiguren hersteld worden?\n"
            "1. Houd rekening met mogelijke verschillende percepties van gebeurtenissen en communiceer respectvol met "
            "doelgroepen. Maak verschillen in opvattingen over het optreden van netwerkpartners en de doelgroep "
            "tijdens een interventie zo snel mogelijk bespreekbaar en los deze zo snel mogelijk op. Directe, open, "
            "respectvolle communicatie van netwerkpartners met doelgroepen is niet alleen een morele plicht maar ook "
            "constructief voor het herstel van relaties en preventie van nieuwe of verdere escalatie (Literatuurreview "
            "H5).\n"
            "2. Verzend een DM of persoonlijk online bericht naar doelgroepen die betrokken zijn bij een incident. Zo "
            "onderhoud je online contact, kun je direct reageren na een incident en ben je niet afhankelijk van het "
            "plannen van een fysieke afspraak, waar soms (te) veel tijd overheen kan gaan (Praktijkonderzoek H5.2).\n"
            "3. Steek de nazorg voor doelgroepen op een positieve wijze in. Benadruk wat er goed is gegaan. Positieve "
            "ervaringen met (overheids)organisaties vergemakkelijken mogelijk toekomstige informatie-uitwisseling "
            "tussen de doelgroep en professionals.\n"
            "4. Normaliseer de relaties tussen betrokken groepen en netwerkpartners door het stimuleren van: 1) "
            "duurzaam contact tussen de doelgroep en één of meer vaste jongerenwerkers, waarin 2) de jongerenwerker "
            "fungeert als een 'mentorachtige welzijnsprofessional', die 3) naast groepsactiviteiten ook individueel "
            "begeleidt, waarbij 4) positieve rolmodellen en/of ervaringsdeskundigen helpen een 5) positief "
            "veranderingsproces in gang te brengen, dat gebaseerd is op 6) intrinsieke motivatie van doelgroepen op "
            "basis van gevoelens van autonomie, competentie en verbondenheid (Literatuurreview H5).\n"
            "5. Besteed aandacht aan een vervelende gebeurtenis in de buurt en bied de mogelijkheid voor "
            "coachgesprekken, niet enkel voor de betrokken jongeren zelf, maar voor de gehele gemeenschap. Stel een "
            "contactenlijst op met sleutelfiguren in de gemeenschap en maak op basis daarvan een communicatieplan om "
            "via (sociale) media met de doelgroep te blijven communiceren (Praktijkonderzoek H5.2).\n"
            "6. Besteed in de begeleiding van doelgroepen die betrokken zijn geweest bij een crisis aandacht aan hun "
            "toekomstperspectief. Werk aan re-integratie in de maatschappij met behulp van een baantje, stage of "
            "scholing (Praktijkonderzoek H5.2, H4.2.1)\n"
            "7. Ga zorgvuldig om met de tipgever van informatie. Zorg indien mogelijk voor een terugkoppeling en "
            "overweeg of ook anonieme tipgevers bedankt kunnen worden door een tussenpersoon of een algemeen bericht "
            "aan een gemeenschap. Houd een vinger aan de pols met de melder om eventuele PTSS-gerelateerde klachten te "
            "onderkennen (Praktijkonderzoek H5.2.1)."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "other"],
        "targets": ["poster", "group", "community"],
        "source": "001 Nazorg, handvat 1",
    },
    {
        "code": "nazorg-ondersteuning-eigen-personeel",
        "title": "Bied interne ondersteuning aan personeel dat betrokken is geweest bij een online escalatie",
        "description": (
            "De acute crisissituatie heeft niet enkel impact op de doelgroep zelf maar ook op het team en de "
            "individuele medewerker. Online incidenten kunnen net als fysieke gebeurtenissen tot PTSS leiden. Er dient "
            "daarom aandacht te zijn voor de manier waarop er binnen de organisaties uit het netwerk omgegaan wordt "
            "met nazorg voor hun eigen personeel na online escalaties. Op welke wijze kunnen netwerkorganisaties "
            "invulling geven aan (mentale) nazorg voor hun personeel?\n"
            "1. Formuleer heldere procedures en leef de procedures na. Voorzie bijvoorbeeld in een interne structuur "
            "waar melding van online incidenten gedaan kan worden. Denk hierbij aan situaties waarbij een medewerker "
            "online beeldmateriaal ziet van geweld of mishandeling. Zorg voor procedures om een vinger aan de pols te "
            "houden met de melder van een online incident.\n"
            "2. Sta stil bij herstel van professionals in de nasleep van een crisissituatie. Maak (mogelijke) "
            "negatieve consequenties van het werk bespreekbaar in een veilige werksfeer waarin werknemers zich vrij "
            "voelen om fysiek of online om hulp te vragen. Zorg voor interne intervisie en/of richt een interne "
            "praatgroep op. Professionals die werken bij verschillende netwerkpartners kunnen namelijk te maken "
            "krijgen met een variëteit aan negatieve consequenties van hun taken in de aanpak van online aangejaagd "
            "geweld (Literatuurreview H5, Praktijkonderzoek H5.2.2)\n"
            "3. Geef betrokken personeel de mogelijkheid om casuïstiek met een psycholoog te bespreken en leer "
            "werknemers om te gaan met bronnen van stress door 1) visualisatie vooraf, 2) emotionele afstand te "
            "bewerkstelligen, 3) sociale steun aan te bieden, 4) de mogelijkheid tot vermindering van belastende "
            "werksituaties en 5) herinterpretatie en zingeving (Literatuurreview H5).\n"
            "4. Benadruk, om eventuele weerstand weg te nemen, dat het versterken van het mentaal welzijn van "
            "professionals kan samengaan met het verminderen van escalatierisico (Literatuurreview H5).\n"
            "5. Breng de veroorzakers van stress in kaart. Zorg voor inzicht in zaken die voor stress zorgen bij "
            "praktijkexperts, te denken valt aan: 1) emotionele belasting, 2) fysieke belasting, 3) bedreiging en "
            "intimidatie, 4) onzekerheid en twijfel. Mogelijke organisatorische stressoren zijn: 1) bureaucratie, 2) "
            "ondermaatse (ICT-)middelen en faciliteiten, 3) slechte interne samenwerking, 4) slechte samenwerking met "
            "netwerkpartners, 5) te hoge/lage werkdruk, 6) ondermaatse leidinggevenden en management, 7) onregelmatige "
            "werktijden, 8) reorganisaties en werkprocesveranderingen, 9) ongeschiktheid van collega's, en 10) slechte "
            "werk/privébalans. Maak deze veroorzakers van stress bespreekbaar en probeer deze zoveel mogelijk te "
            "voorkomen of op te lossen (Literatuurreview H5)."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["own_staff"],
        "source": "001 Nazorg, handvat 2",
    },
    {
        "code": "nazorg-evaluatie-team-en-netwerk",
        "title": "Evalueer de interventie zowel in de eigen teams en organisatie als binnen het netwerk",
        "description": (
            "Na een interventie is het van belang om zowel met de eigen organisatie als met het gehele netwerk terug "
            "te blikken op het verloop van de gebeurtenissen. Vragen die daarbij van belang zijn om te stellen: Wat is "
            "goed gegaan? Wat ging niet goed? Wat kan de volgende keer beter? Deze vorm van nazorg draait om het "
            "bespreekbaar maken van de situatie om ervan te leren voor de toekomst. In dit afsluitende deel wordt de "
            "cirkel weer rond gemaakt naar de eerste fase van de cyclus. Hoe kunnen de opgedane ervaringen bijdragen "
            "aan preventie van toekomstig online aangejaagd geweld?\n"
            "1. Richt een structuur in voor netwerkbrede evaluatie. Werk daarbij volgens een vast protocol. De "
            "netwerkregisseur is verantwoordelijk voor het initiëren van de netwerkbrede evaluatie (Praktijkonderzoek "
            "H5.3).\n"
            "2. Zorg dat er binnen elke organisatie (en eventueel team) afzonderlijk wordt geëvalueerd over de "
            "invulling van de eigen taken, verantwoordelijkheden en bevoegdheden tijdens de interventie "
            "(Literatuurreview H5, Praktijkonderzoek H5.3).\n"
            "3. Stel een diverse en representatieve adviesraad op (Literatuurreview H5, Praktijkonderzoek H5.3)."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["own_staff"],
        "source": "001 Nazorg, handvat 3",
    },
    {
        "code": "nazorg-misinformatie-ontkrachten",
        "title": "Wees alert op de verspreiding van misinformatie rondom een online incident of aangejaagd geweld",
        "description": (
            "In de nazorgfase zijn verschillende partijen bezig met de verwerking van een incident. Onderdeel hiervan "
            "is de interpretatie van wat er is gebeurd en wie er verantwoordelijk is voor wat er is gebeurd. Er kan "
            "sprake zijn van verschillende perspectieven hierop, die mogelijk worden gevoed door onjuiste berichten en "
            "geruchten die zich onder andere door online communicatie razendsnel kunnen verspreiden. Misinformatie kan "
            "herstel van relaties en de-escalatie in de weg staan, en het kan ook verstorend werken in de opbouw van "
            "vertrouwensbanden of effectief ingrijpen tijdens een incident. Bestrijd misinformatie dus in alle fases "
            "van de cyclus rond de aanpak van online aangejaagd geweld. Houd in gedachten dat internetgebruikers niet "
            "alleen passieve consumenten zijn, maar ook actieve makers en verspreiders van online-informatie. Hoe "
            "kunnen netwerkpartners misinformatie na online aangejaagd geweld ontkrachten? Zes aanbevelingen hiervoor "
            "zijn:\n"
            "1. Weerleg misinformatie met feiten die minstens even aannemelijk en eenvoudig zijn als de onjuiste "
            "informatie. In de complexiteit van online aangejaagd geweld is dit vaak niet moeilijk (Literatuurreview "
            "H5).\n"
            "2. Vermijd onnodige herhalingen van de misinformatie in de ontkrachtende communicatie. Let er hierbij wel "
            "op dat het compleet weigeren over een specifiek onderwerp te praten wantrouwen kan aanwakkeren. Als het "
            "zinvol of noodzakelijk is om specifieke misinformatie te herhalen, doe dit dan pas later in de "
            "communicatie in plaats van als opening van de ontkrachtende boodschap (Literatuurreview H5).\n"
            "3. Benadruk wanneer je expliciet ingaat op details van misinformatie de discrepantie tussen misinformatie "
            "en feiten (Literatuurreview H5).\n"
            "4. Laat misinformatie ontkrachten door een (in de ogen van de doelgroep) geloofwaardige, eerlijke, "
            "integere en betrouwbare bron. Dit kunnen bijvoorbeeld sleutelfiguren uit de gemeenschap of credible "
            "messengers zijn. Expertise is minder van belang voor de effectiviteit (Literatuurreview H5).\n"
            "5. Zorg dat de ontkrachting aansluit bij het wereldbeeld of de eigenwaarde versterkt van de doelgroep "
            "(Literatuurreview H5).\n"
            "6. Wakker scepticisme aan om mensen weerbaarder te maken tegen misinformatie. Hoewel een sceptische blik "
            "het moeilijker kan maken mensen te overtuigen van hun ongelijk, kan het er ook voor zorgen dat ze minder "
            "vatbaar worden voor misinformatie. Gezien de hardnekkigheid van misinformatie is voorkomen beter dan "
            "genezen (Literatuurreview H5)."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov"],
        "targets": ["group", "community"],
        "source": "001 Nazorg, handvat 4",
    },
    {
        "code": "route-actie-openbare-reactie",
        "title": "Een openbare reactie onder het bericht plaatsen",
        "description": (
            "Dit kan effectief zijn wanneer je als doel hebt om aan een breed publiek te laten weten dat je het "
            "bericht hebt gezien en dus niet alleen aan de plaatser van het bericht. Je toont duidelijk jouw "
            "aanwezigheid op social media en dat je ingrijpt bij onwenselijke berichten."
        ),
        "phase": "vredestijd",
        "mode": "online",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "community"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van online interventies",
    },
    {
        "code": "route-actie-direct-message",
        "title": "Het sturen van een Direct Message (privé-bericht)",
        "description": (
            "Dit is mogelijk effectief als je iets wilt bespreken dat gevoelig kan liggen. Of als je de indruk hebt "
            "dat deze persoon niet of anders zou reageren bij een openbare reactie. Let wel op dat een DM niet altijd "
            "zo privé is als dat het lijkt. Vaak worden schermafdrucken gemaakt die worden geopenbaard of doorgestuurd "
            "om iemand te exposen. Dit kan ook jou als professional overkomen."
        ),
        "phase": "vredestijd",
        "mode": "online",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "victim"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van online interventies",
    },
    {
        "code": "route-actie-direct-bellen-facetimen",
        "title": "Direct bellen/face timen",
        "description": (
            "Dit is de optie die mogelijk het meest toepasbaar is wanneer je iemand dringend wilt bereiken. Dit is ook "
            "het meest intieme contact dat je met iemand kunt krijgen via de telefoon."
        ),
        "phase": "crisis",
        "mode": "online",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "victim"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van online interventies",
    },
    {
        "code": "route-actie-openbaar-online-bericht",
        "title": "Een openbaar online bericht plaatsen",
        "description": (
            "Je kunt actief via de eigen sociale media kanalen communiceren over de gebeurtenis. Daarmee laat je weten "
            "dat je op de hoogte bent van wat er online gebeurt. Je kunt zo laten zien hoe partners hiermee omgaan en "
            "hier voorlichting aan koppelen."
        ),
        "phase": "crisis",
        "mode": "online",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov"],
        "targets": ["group", "community"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van online interventies",
    },
    {
        "code": "route-actie-persoon-direct-opzoeken",
        "title": (
            "Het direct opzoeken van de persoon als je weet of een vermoeden hebt waar hij of zij zich kan bevinden"
        ),
        "description": (
            "Je kunt in dringende situaties hiervoor kiezen als je veel waarde hecht aan het fysieke contact. Dit kan "
            "eventueel in combinatie met een online bericht om af te spreken."
        ),
        "phase": "crisis",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "handhaving"],
        "targets": ["poster", "victim"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van offline interventies",
    },
    {
        "code": "route-actie-collega-of-partner-inschakelen",
        "title": "Een collega of partner inschakelen voor een contactmoment of (huis) bezoek",
        "description": (
            "Overweeg deze optie wanneer je denkt dat iemand anders beter contact kan leggen dan jij vanuit jouw rol "
            "of band met de jongere. Let hierbij wel goed op welke informatie je wel of niet deelt met deze collega of "
            "partner. Communiceer ook wat jij wel of niet zelf gaat doen."
        ),
        "phase": "vredestijd",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["poster", "victim"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van offline interventies",
    },
    {
        "code": "route-actie-ouder-of-voogd-benaderen",
        "title": "Een ouder of voogd benaderen",
        "description": (
            "Zij kunnen weinig zicht hebben op het online gedrag van hun kind. Als je weet hoe de relatie tussen "
            "ouder/voogd en kind is, maar ook als jij of een collega/partner een goede relatie met de ouder/voogd "
            "hebt, kan het contact mogelijk effectiever zijn vanuit hun rol. Overweeg deze optie vooral ook bij "
            "minderjarigen."
        ),
        "phase": "vredestijd",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "school", "other"],
        "targets": ["parents"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van offline interventies",
    },
    {
        "code": "route-actie-afwachten-tot-fysiek-contact",
        "title": "Afwachten totdat je de persoon weer fysiek ziet",
        "description": (
            "Dit kan effectief zijn als je de situatie inschat als 'niet dringend' en je het contact laagdrempelig "
            "wilt houden."
        ),
        "phase": "vredestijd",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "school", "handhaving"],
        "targets": ["poster", "victim"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van offline interventies",
    },
    {
        "code": "route-actie-handhavend-optreden",
        "title": "Handhavend optreden",
        "description": (
            "Het bericht kan een aanleiding zijn voor bestuurlijke of strafrechtelijke maatregelen. Het kan "
            "bijvoorbeeld noodzakelijk zijn om iemand op te pakken of een gebiedsverbod op te leggen. Overleg dit met "
            "collega's en eventueel met de bevoegde partner."
        ),
        "phase": "crisis",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["politie", "handhaving", "gemeente_oov", "other"],
        "targets": ["poster"],
        "source": "002 Stap 5 Mogelijke online/offline acties, Voorbeelden van offline interventies",
    },
    {
        "code": "de-escalatie-positieve-alternatieven",
        "title": "Het bieden van alternatieven als uitlaatklep of vermaak in plaats van opruiende online content",
        "description": (
            "Als de spanning voornamelijk symbolische gronden heeft, kan het zinvol zijn om groepsleden alternatieve "
            "manieren te bieden om de competitie met elkaar aan te gaan. Zo opperde een jongerenwerker tijdens de "
            "stakeholdersbijeenkomst om Wild ‘n out te gebruiken als positieve tegenhanger of alternatief voor "
            "drillraps met dreigementen. Als alle aandacht gaat naar negativiteit en escalatie, dan worden jongeren "
            "immers ook gestimuleerd om die wegen te zoeken om aandacht te vragen. Jongeren worden in de ervaring van "
            "deze jongerenwerker mede aangetrokken door het muziekgenre en hebben (m.n. op jonge leeftijd) niet eens "
            "echt door dat het om geweld draait. Tijdens de stakeholdersbijeenkomst kon dit idee op bijval rekenen en "
            "bedachten jongerenwerkers manieren om hierop in te spelen, zoals bijvoorbeeld rap battles waarin over en "
            "weer complimenten worden gestuurd. Een vergelijkbare notie vanuit de literatuur is dat een koor vanwege "
            "de vergelijkbare mentaliteit en sociale functies als positief alternatief kan fungeren voor "
            "bendelidmaatschap (Harley, 2017). Hieruit blijkt een, tevens door de literatuur ondersteunde, "
            "praktijkbehoefte aan het bieden van alternatieven als uitlaatklep of vermaak in plaats van opruiende "
            "online content; niet alleen negativiteit verbieden maar ook positiviteit bieden."
        ),
        "phase": "vredestijd",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "gemeente_oov"],
        "targets": ["group"],
        "source": "003 H3.2 (symbolische dreiging); 001 Vredestijd, handvat 10",
    },
    {
        "code": "de-escalatie-afgewezen-marginale-groepsleden",
        "title": (
            "Afgewezen marginale groepsleden: de-escalerende interventies die het individu isoleren van de "
            "groepsdynamiek"
        ),
        "description": (
            "Betreft het geweld door afgewezen marginale groepsleden, die wel graag bij de groep willen horen maar "
            "niet worden geaccepteerd? Probeer dan op basis van achtergrondkennis over de persoon de "
            "interventiemogelijkheden in te schatten: sterke bewijsdrang jegens de groep kan hen extra roekeloos maken "
            "(gevaar voor 'vijanden' van de groep, omstanders en bij interventie betrokken netwerkpartners), rancune "
            "kan hen motiveren tot wraak tegen de afwijzende groep of er juist voor zorgen dat deze persoon open staat "
            "voor de-escalerende interventies die het individu isoleren van de groepsdynamiek (Literatuurreview H4).\n"
            "Beschrijving (003 Tabel 4): Groepslid wiens verlangen onderdeel van de groep te zijn sterker is dan de "
            "bereidheid van de groep om hen op te nemen.\n"
            "Interventiemogelijkheden (003 Tabel 4): De positie van deze marginale groepsleden is relatief onstabiel, "
            "vanwege de spanning tussen hun eigen wensen en die van de groep. Deze spanning kan ertoe leiden dat ze "
            "nog sterker proberen zich te bewijzen of (op termijn) dat ze zich rancuneus gaan gedragen jegens de "
            "groep. Bewijsdrang kan betrokkenheid bij en intensiteit van geweld namens de groep vergroten. Rancuneuze "
            "gevoelens jegens de groep kunnen een groepslid motiveren tot geweld tegen de groep, maar er ook voor "
            "zorgen dat iemand open staat voor de-escalerende interventies.\n"
            "Er zijn echter meerdere manieren waarop mensen aan de zijlijn van een groep kunnen staan (Ellemers & "
            "Jetten, 2013). Inzicht hierin kan helpen om te bepalen hoe zo’n marginaal groepslid zich mogelijk zal "
            "gaan gedragen. Dit is relevant voor interventies aangezien marginale groepsleden soms makkelijker te "
            "bereiken zijn van buitenaf dan de leiders en kern van de groep. Bovendien bieden sociale media de "
            "mogelijkheid om het individu buiten het zicht van de groep te benaderen, wat als een kans wordt gezien "
            "door professionals (Bartelds e. a., 2023)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie"],
        "targets": ["poster"],
        "source": "003 H4.1, Tabel 4 (afgewezen marginaal); 001 Crisis, handvat 3, punt 2",
    },
    {
        "code": "de-escalatie-onafhankelijke-marginale-groepsleden",
        "title": (
            "Onafhankelijke marginale groepsleden: overtuigen dat een interventie uiteindelijk ten goede komt aan de "
            "groep"
        ),
        "description": (
            "Wordt het geweld ingezet door onafhankelijke marginale groepsleden, die zijdelings aan de groep zijn "
            "gelieerd en daar tevreden mee zijn? Probeer gebruik te maken van de gedragsflexibiliteit van de persoon "
            "door die te overtuigen dat een interventie uiteindelijk ten goede komt aan de groep, ondanks dat "
            "de-escalatie ingaat tegen groepsnormen van geweld en wraak (Literatuurreview H4).\n"
            "Beschrijving (003 Tabel 4): Groepslid dat geen behoefte heeft om sterker bij de kern van de groep te "
            "horen maar wel door de groep wordt geaccepteerd als (zijdelings) geassocieerd.\n"
            "Interventiemogelijkheden (003 Tabel 4): Als de groep het gevoel heeft dat deze marginale groepsleden wel "
            "om de groep geven, kunnen zij vanuit hun stabiele onafhankelijke rol legitiem kritiek geven die mogelijk "
            "door de groep wordt geaccepteerd. Deze groepsleden voelen minder druk om zich conform groepsnormen te "
            "gedragen en kunnen daardoor flexibeler zijn in het gedrag dat zij vertonen om in hun eigen ogen de "
            "positie van hun groep te verbeteren - ook als dit een interventie behelst die indruist tegen groepsnormen "
            "van geweld en wraak.\n"
            "Er zijn echter meerdere manieren waarop mensen aan de zijlijn van een groep kunnen staan (Ellemers & "
            "Jetten, 2013). Inzicht hierin kan helpen om te bepalen hoe zo’n marginaal groepslid zich mogelijk zal "
            "gaan gedragen. Dit is relevant voor interventies aangezien marginale groepsleden soms makkelijker te "
            "bereiken zijn van buitenaf dan de leiders en kern van de groep. Bovendien bieden sociale media de "
            "mogelijkheid om het individu buiten het zicht van de groep te benaderen, wat als een kans wordt gezien "
            "door professionals (Bartelds e. a., 2023)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie"],
        "targets": ["poster", "group"],
        "source": "003 H4.1, Tabel 4 (onafhankelijk marginaal); 001 Crisis, handvat 3, punt 3",
    },
    {
        "code": "de-escalatie-bewonderde-marginale-groepsleden",
        "title": "Bewonderde marginale groepsleden: overtuigen dat geweld niet de beste optie is",
        "description": (
            "Betreft het bewonderde marginale groepsleden, die geen centralere positie in de groep willen terwijl de "
            "groep dat wel zou willen? Schat de eigenbelangen van deze persoon in, omdat dat voor hen het groepsbelang "
            "overstijgt. De-escalere de situatie door deze persoon ervan te overtuigen dat geweld niet de beste optie "
            "is. Als de groep de persoon nog bewondert, kan dit voor de hele groep de lont uit het kruitvat halen "
            "(Literatuurreview H4).\n"
            "Beschrijving (003 Tabel 4): Groepslid dat zelf geen behoefte heeft om sterker bij de kern van de groep te "
            "horen terwijl de groep dat graag zou willen, bijvoorbeeld vanwege een uitzonderlijke vaardigheid, "
            "jarenlange ervaring of cruciale expertise die waardevol is voor de groep.\n"
            "Interventiemogelijkheden (003 Tabel 4): De positie van deze marginale groepsleden is relatief onstabiel, "
            "vanwege de spanning tussen hun eigen wensen en die van de groep. Deze spanning kan ertoe leiden dat de "
            "groep het groepslid uiteindelijk laat gaan, dat het groepslid zichzelf losmaakt van de groep, of dat het "
            "groepslid alsnog meer waarde gaat hechten aan de groep en erbij wil horen. Deze groepsleden kunnen "
            "geneigd zijn om hun eigenbelang boven dat van de groep te stellen en kunnen bovendien de groep "
            "destabiliseren doordat ze als voorbeeld stellen dat het groepsbelang niet voorop staat. Afhankelijk van "
            "hun eigen belangen kunnen deze groepsleden openstaan voor de-escalerende interventies, die (mits de groep "
            "hen nog steeds bewondert) de groep kunnen beïnvloeden.\n"
            "Er zijn echter meerdere manieren waarop mensen aan de zijlijn van een groep kunnen staan (Ellemers & "
            "Jetten, 2013). Inzicht hierin kan helpen om te bepalen hoe zo’n marginaal groepslid zich mogelijk zal "
            "gaan gedragen. Dit is relevant voor interventies aangezien marginale groepsleden soms makkelijker te "
            "bereiken zijn van buitenaf dan de leiders en kern van de groep. Bovendien bieden sociale media de "
            "mogelijkheid om het individu buiten het zicht van de groep te benaderen, wat als een kans wordt gezien "
            "door professionals (Bartelds e. a., 2023)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie"],
        "targets": ["poster", "group"],
        "source": "003 H4.1, Tabel 4 (bewonderd marginaal); 001 Crisis, handvat 3, punt 4",
    },
    {
        "code": "de-escalatie-sleutelfiguren-en-leiders",
        "title": "Sleutelfiguren of leiders: het voortouw laten nemen in de-escalatie",
        "description": (
            "Betreft het sleutelfiguren of leiders? Probeer dan gebruik te maken van hun relatieve flexibiliteit in "
            "gedrag; zij zijn in de positie om groepsnormen aan te passen en het voortouw te nemen in de-escalatie als "
            "dat in hun ogen in het belang is van de groep. Leiders stellen de groepsbelangen meer voorop dan "
            "bewonderde marginale groepsleden (Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 3, punt 5",
    },
    {
        "code": "de-escalatie-partijen-fysiek-uit-elkaar-halen",
        "title": "Passanten die niet de initiële aanstichters waren: de partijen fysiek uit elkaar halen",
        "description": (
            "Wordt er geweld gepleegd door passanten die niet de initiële aanstichters waren van het incident? Probeer "
            "(op basis van achtergrondkennis of informatie van omstanders) te achterhalen wat hun motieven zijn voor "
            "het geweld. Als het geweld een uiting is van het te hulp schieten (verdedigen van fysieke veiligheid) van "
            "een initieel betrokken partij, kan het afdoende zijn om de partijen fysiek uit elkaar te halen waardoor "
            "je de noodzaak van geweld wegneemt. Als er strategische belangen in het spel zijn, zoals het verdedigen "
            "van de straatreputatie, kan het nodig zijn om daarnaast extra alert te zijn op hernieuwde escalatie en "
            "vechtafspraken. Voor interventiemogelijkheden om het geweld te stoppen, zie Literatuurreview H4, en ook "
            "(daarin) Tabel 5."
        ),
        "phase": "crisis",
        "mode": "offline",
        "level": "meso",
        "partner_types": ["politie", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 3, punt 6",
    },
    {
        "code": "de-escalatie-geprovoceerde-netwerkpartner",
        "title": "Grijp in bij waarschuwingssignalen dat een netwerkpartner wordt geprovoceerd",
        "description": (
            "Grijp in bij waarschuwingssignalen dat een netwerkpartner wordt geprovoceerd. Voorbeelden van "
            'waarschuwingssignalen zijn: 1 verwijzingen naar eigen prestaties of CV zoals "Weet je hoe lang ik al '
            'politieagent ben?", 2 respect eisen zoals "Zo praat je niet tegen me." of "Weet je wat, ik word niet '
            'betaald om deze onzin te slikken.", 3 terugkaatsing van beledigingen zoals "Rot op? Nou, rot zelf op!", 4 '
            'dreiging met arrestatie zonder gegronde reden zoals "Wil je naar de gevangenis?!", 5 agressieve '
            "lichaamstaal zoals wijzen met de vinger of de interactiepartner heel dicht benaderen, neus aan neus. Leid "
            "de geprovoceerde netwerkpartner weg van de provocerende persoon of situatie (Literatuurreview H4).\n"
            "Neem indien mogelijk een time-out van de provocerende situatie, of neem de situatie over van de "
            "geprovoceerde collega en leid deze ervan weg met een vooraf afgesproken waarschuwingszin.\n"
            "Volgens Pontzer (2021) verdient het aanbeveling om binnen teams een waarschuwingszin te verzinnen voor "
            'dergelijke situaties, zoals "Agent Koffie wil dat je hem meteen belt. Ik praat wel verder met deze '
            "persoon terwijl jij dat regelt.” Een professional die zelf merkt dat die zich uit de tent heeft laten "
            "lokken kan daarop reageren door met de handen een time-out signaal te geven en het gesprek opnieuw te "
            'beginnen door iets te zeggen als: "Ho wacht even, dat kwam er niet goed uit. Kan ik opnieuw beginnen?". '
            "In de context van tekstuele online communicatie zijn veel van deze technieken en signalen ook van "
            "toepassing, met als kanttekening dat non-verbale uitingen (lichaamstaal, handgebaren) vervangen kunnen "
            "worden door bijvoorbeeld emoji en/of hoofdlettergebruik mits dat past bij de manier waarop men daar "
            "communiceert."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["own_staff"],
        "source": "001 Crisis, handvat 4, punt 4; 003 H4.2, H4.3",
    },
    {
        "code": "de-escalatie-oproeper-uit-de-anonimiteit",
        "title": "Haal de oproeper uit de anonimiteit",
        "description": (
            "Haal de oproeper uit de anonimiteit door de identiteit van de poster te achterhalen. Schakel hulp in van "
            "collega's, netwerkpartners en (online) informele contacten (Literatuurreview H4). Ga op huis- of "
            "schoolbezoek om een situatie stuk te maken. Doordring de betrokkene(n) ervan dat die niet meer anoniem "
            "is. Verzoek tot het verwijderen van online uitingen. Informeer ouders en leerlingen over ongewenst "
            "gedrag, bijvoorbeeld met een brief (Praktijkonderzoek H4.2.2)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["politie", "handhaving"],
        "targets": ["poster", "parents"],
        "source": "001 Crisis, handvat 5, punt 1 (Specifiek voor politie en handhavingsorganisaties)",
    },
    {
        "code": "de-escalatie-gesprek-aangaan",
        "title": "Probeer de situatie te de-escaleren door het gesprek aan te gaan",
        "description": (
            "Probeer de situatie te de-escaleren door het gesprek aan te gaan met de doelgroep, fysiek en/of online. "
            "1. Stel je vriendelijk voor, 2. Geef aan welke organisatie je vertegenwoordigt en wat je rol is, 3. Leg "
            "de aanleiding voor de interactie uit. 4. Beoordeel het type interactiepartner(s): meewerkend / uitdagend, "
            "bekritiserend / manipulatief, provocerend? Bij verzet of provocatie: 1. Poog eerst betrokkenen op een "
            "de-escalerende manier te overtuigen mee te werken in een (fysieke of online) handhavingssituatie. Herhaal "
            "de provocatie en voorziet deze van een tegenwerping. Leid het gesprek terug naar het onderwerp en eindig "
            "met een de-escalerende afsluiting, 2. wijs, als dat niet werkt, op negatieve gevolgen van het weigeren "
            "mee te werken, 3. als dat niet werkt, vraag de persoon om bevestiging dat die instaat voor de "
            "consequenties voordat men overgaat tot het laatste redmiddel van fysiek ingrijpen (Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["politie", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 5, punt 2 (Specifiek voor politie en handhavingsorganisaties)",
    },
    {
        "code": "de-escalatie-noodzakelijk-en-proportioneel-geweld",
        "title": "Gebruik uitsluitend noodzakelijk en proportioneel geweld",
        "description": (
            "Gebruik uitsluitend noodzakelijk en proportioneel geweld, met afstand en dekking voor een relatief "
            "veilige positie. Zelfverdediging is dan minder snel nodig (Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["politie", "handhaving"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 5, punt 3 (Specifiek voor politie en handhavingsorganisaties)",
    },
    {
        "code": "de-escalatie-bemiddelen-bij-ruzies",
        "title": "Bemiddel bij ruzies tussen jongeren",
        "description": (
            "Bemiddel bij ruzies tussen jongeren.\n"
            "Bied bijvoorbeeld proactief aan om te bemiddelen bij ruzies tussen jongeren (Praktijkonderzoek H4.2.1; "
            "Literatuurreview H4)."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk"],
        "targets": ["poster", "victim", "group"],
        "source": "001 Crisis, handvat 5, punt 4 (Voor jongerenwerkorganisaties); handvat 1, punt 4e",
    },
    {
        "code": "de-escalatie-ingangen-via-eigen-netwerk",
        "title": "Zet het eigen netwerk in om ingangen te vinden bij de betrokken doelgroepen",
        "description": "Zet het eigen netwerk in om ingangen te vinden bij de betrokken doelgroepen.",
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk"],
        "targets": ["group"],
        "source": "001 Crisis, handvat 5, punt 5 (Voor jongerenwerkorganisaties)",
    },
    {
        "code": "de-escalatie-fysiek-in-gesprek",
        "title": "Ga fysiek in gesprek met de betrokkenen",
        "description": (
            "Ga fysiek in gesprek met de betrokkenen als daar nog tijd voor is. Op die manier heb je meer inzicht in "
            "de non-verbale communicatie dan bij online contact met de doelgroep."
        ),
        "phase": "crisis",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk"],
        "targets": ["poster", "group"],
        "source": "001 Crisis, handvat 5, punt 6 (Voor jongerenwerkorganisaties)",
    },
    {
        "code": "de-escalatie-gesprek-over-geposte-berichten",
        "title": "Ga met doelgroepen in gesprek over de door hen geposte berichten",
        "description": (
            "Ga met doelgroepen in gesprek over de door hen geposte berichten. Dat kan zowel online als offline "
            '(Praktijkonderzoek H4.2.1). Voorbeeld: "Ik heb gezien dat je X gepost hebt op Y. Ik maak mij zorgen over '
            'de mogelijke gevolgen van dit bericht voor jou. Kunnen we hierover praten?"'
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk"],
        "targets": ["poster"],
        "source": "001 Crisis, handvat 5, punt 7 (Voor jongerenwerkorganisaties)",
    },
    {
        "code": "de-escalatie-opruiende-berichten-rapporteren",
        "title": "Rapporteer opruiende berichten op online platforms",
        "description": (
            "Rapporteer opruiende berichten op online platforms. Hoe meer meldingen, hoe groter de kans dat het "
            "platform het bericht verwijdert. 1. Besluit als netwerk waar je opruiende berichten deelt om gezamenlijk "
            "te rapporteren, bijvoorbeeld een bestaande whatsappgroep. 2. Deel een link naar het opruiende bericht in "
            "het afgesproken kanaal. 3. Verzoek alle leden om de inhoud te rapporteren (Praktijkonderzoek H4.2.2). Zie "
            "het melden als burgers als alternatief wanneer formele routes als netwerk(partner) niet beschikbaar of "
            "niet effectief zijn."
        ),
        "phase": "crisis",
        "mode": "online",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["poster", "community"],
        "source": "001 Crisis, handvat 5, punt 8 (Alle netwerkpartners)",
    },
    {
        "code": "de-escalatie-tactieken",
        "title": "Tactieken om online aangejaagd geweld te de-escaleren",
        "description": (
            "Tactieken om online aangejaagd geweld te de-escaleren zijn: 1) de fysieke en online situatie afremmen als "
            "onmiddellijk ingrijpen niet noodzakelijk is, 2) uitsluitend noodzakelijk en proportioneel geweld "
            "inzetten, 3) afstand en dekking gebruiken om een relatief veilige positie te creëren waardoor geweld ter "
            "zelfverdediging minder snel nodig is, en 4) hulp inschakelen van collega’s, relevante netwerkpartners en "
            "(online) opgebouwde informele contacten.\n"
            "Bij online aangejaagd geweld zijn deze tactieken deels overlappend (1, 2, 3) en kan bij tactiek 4 ook "
            "specifiek gedacht worden aan gebruik van de online opgebouwde informele contacten. Zijn er naast "
            "collega’s en formele netwerkpartners andere relevante partijen die betrokken kunnen worden? Dit kunnen "
            "bijvoorbeeld ook leden zijn uit een (online) groep die mogelijk een rol kunnen spelen in de-escalatie van "
            "de situatie. Onderzoek naar geweld in het nachtelijke uitgaansleven laat inderdaad zien dat groepen zowel "
            "negatieve als positieve rollen kunnen vervullen in de (de-)escalatie van geweld, waaronder het uit de "
            "situatie halen van groepsleden - zogenaamde ‘self-policing’ door groepen (Levine e. a., 2012). Wanneer de "
            "hulp van derde partijen wordt ingeroepen, kan de achtergrondkennis die is opgebouwd in de eerste fase "
            "worden gebruikt om hun mogelijke rol in de crisissituatie in te schatten."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["poster", "group"],
        "source": "003 H4.2, H4.3",
    },
    {
        "code": "de-escalatie-vredesbewaking",
        "title": (
            "Het prioriteren van vredesbewaking via communicatie, waarbij fysiek ingrijpen waar mogelijk wordt vermeden"
        ),
        "description": (
            "De voornaamste techniek is vredesbewaking, waarbij altijd professionaliteit en verbale overtuiging worden "
            "gebruikt en fysieke actie als een laatste redmiddel wordt gezien om de vrede te herstellen. Bij de "
            "preventie van online aangejaagd geweld zou dit betekenen dat er eerst wordt ingezet op communicatie via "
            "het oorspronkelijke kanaal met de betrokkenen om escalatie naar het fysieke domein te voorkomen, pas "
            "daarna wordt desnoods de stap gemaakt naar andere kanalen waaronder fysiek aanspreken en in het uiterste "
            "geval een fysieke actie zoals aanhouding. Gezien de rol van groepsinvloed op gedrag (zoals beschreven in "
            "Hoofdstuk 3) kan het nuttig zijn om betrokkenen niet publiekelijk aan te spreken maar via een DM. Op deze "
            "manier wordt de persoon even apart gezet van de groep, wat de mogelijkheid creëert om een minder door de "
            "groep beïnvloede reactie te krijgen. Ook als er sprake is van een fysieke confrontatie tussen online "
            "opgejutte partijen is de aanbevolen eerste reactie van professionals om te pogen het gesprek aan te gaan, "
            "waarna fysiek ingrijpen pas volgt als praten niet werkt. In het systeem waarbinnen gemeenten, politie en "
            "jongerenwerk samenwerken is bovendien een vertaalslag te maken naar de rollen die worden ingezet. "
            "Vredesbewaking zou in dat geval betekenen dat eerst de minst repressieve rollen zoals jongerenwerk worden "
            "benut om de vrede te bewaren of de rust te herstellen, terwijl escalatie van een casus naar meer "
            "invasieve of repressieve rollen zoals politiebezoek of bestuursmaatregelen pas plaatsvindt wanneer de "
            "situatie door de eerstgenoemde rollen niet gecontroleerd kan worden. Door zo helder mogelijk onderscheid "
            "te maken tussen zowel gedragingen als rollen, en jongerenwerkers bijvoorbeeld zo min mogelijk te "
            "betrekken bij repressie, kan het vertrouwen van en contact met jongeren zoveel mogelijk beschermd worden. "
            "De veiligheid van professionals en inwoners staat altijd voorop."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "handhaving"],
        "targets": ["poster", "group"],
        "source": "003 H4.2, H4.3 (verbale de-escalatietechnieken)",
    },
    {
        "code": "de-escalatie-respectvol-taalgebruik",
        "title": "Professioneel, respectvol en medemenselijk taalgebruik en schrijfstijl",
        "description": (
            "Straattaal dient alleen gebruikt te worden door professionals die hier van nature mee in aanraking komen "
            "of mee zijn opgegroeid en niet door anderen strategisch aangewend te worden.\n"
            "Daarnaast spelen de keuzes voor taalgebruik een rol in (de-)escalatie (Pontzer, 2021). De parallel "
            "trekkend naar sociale media geldt hetzelfde voor schrijfstijl. Het gebruik van straattaal door "
            "professionals puur om autoriteit te vestigen en naleving te verkrijgen kan negatieve consequenties "
            "hebben. Het overzicht van Pontzer gaat over wetshandhavers en professionals in het publieke domein, zoals "
            "politie en ambtenaren, in het algemeen. Het gebruik van straattaal door credible messengers en "
            "professionals die hier van nature mee in aanraking komen of mee zijn opgegroeid kan het contact met "
            "jongeren ten goede komen, maar dit geldt niet voor (puur strategische) inzet van straattaal door andere "
            "professionals. Om misverstanden te voorkomen is het van belang dat professionals die de straattaal niet "
            "eigen zijn zich er ook niet toe laten verleiden om dit te gebruiken. Andere verleidingen die Pontzer "
            "beschrijft is de zogenaamde “uniformmoed”, stoere of arrogante uitspraken die alleen worden gedaan "
            "wanneer iemand een uniform draagt, en communicatie onder invloed van emoties of middelen. Pontzer raadt "
            "aan om indien mogelijk 24 uur te wachten met reageren tijdens een crisis om ondoordachte reacties te "
            "voorkomen. In de praktijk is dit echter niet altijd realistisch, bijvoorbeeld vanwege de aard van de "
            "crisissituatie die snel handelen vereist of vanwege de aard van het communicatiekanaal waarop snelle(re) "
            "interactie wordt verwacht.\n"
            "Voor alle professionals in het netwerk is het belangrijk om in communicatie de betrokkenen met respect te "
            "behandelen en blijk te geven van competentie, goede bedoelingen en medemenselijkheid (Pontzer, 2021). "
            "Soms wordt door de aard van online communicatie voorbijgegaan aan het belang van respectvolle en "
            "genuanceerde communicatie op sociale media (Roos e. a., 2020), het is van belang om hiervan bewust te "
            "zijn."
        ),
        "phase": "crisis",
        "mode": "both",
        "level": "micro",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov", "school", "handhaving", "other"],
        "targets": ["poster", "group"],
        "source": "003 H4.2, H4.3 (verbale de-escalatietechnieken)",
    },
    {
        "code": "de-escalatie-signalen-van-wraak",
        "title": "Direct na een incident oog hebben voor (online) signalen van wraak",
        "description": (
            "Wanneer er sprake is geweest van een gewelddadige escalatie, kan dit leiden tot een verhoogd risico op "
            "nieuwe geweldsuitbarstingen met wraak als motivatie. Het is daarom zaak om direct na een incident oog te "
            "hebben voor (online) signalen van wraak. Dit kunnen op sociale media letterlijke oproepen tot wraak zijn, "
            "maar ook bredere indicatoren zoals beschreven in sectie 3.2 Wat zijn signalen die netwerkpartners in de "
            "gaten kunnen houden? Geweld hoeft niet per definitie te leiden tot wraak. Juist wanneer een situatie "
            "volledig uit de hand is gelopen en is geëscaleerd in een gewelddadig conflict, kunnen betrokkenen en (na "
            "dodelijk geweld) nabestaanden mogelijk meer openstaan voor het voorkomen van een dergelijke escalatie in "
            "de toekomst. Zo wijst een review van geschiedkundige en antropologische data op voorbeelden van meer "
            "altruïstisch en samenwerkend gedrag na afloop van oorlogen (Bauer e. a., 2016). Met andere woorden, het "
            "is zinvol om na afloop van een escalatie niet volledig in te zetten op repressie als methode voor "
            "preventie van verder geweld maar juist ook om de opties voor de-escalatie en normalisatie van relaties te "
            "verkennen."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "politie", "gemeente_oov"],
        "targets": ["group", "victim"],
        "source": "003 H5.1",
    },
    {
        "code": "de-escalatie-mediatie-tussen-groepen",
        "title": "Een mediërende rol spelen tussen rivaliserende groepen",
        "description": (
            "Met andere woorden, het is zinvol om na afloop van een escalatie niet volledig in te zetten op repressie "
            "als methode voor preventie van verder geweld maar juist ook om de opties voor de-escalatie en "
            "normalisatie van relaties te verkennen. Dit geldt voor relaties tussen betrokken rivaliserende groepen "
            "waarbij netwerkpartners, wanneer zij signalen krijgen dat mensen willen dat het geweld stopt, een "
            "mediërende rol kunnen spelen. In de mediatie van een intergroepsconflict is het belangrijk om een veilige "
            "ruimte te creëren waarin de groepen met elkaar kunnen praten, maar aandacht voor de communicatie binnen "
            "de groepen over elkaar is een even belangrijke en vaak vergeten component (Postmes e.a., 2014). Juist in "
            "gesprekken onder ‘ons’ vormen mensen zich een beeld van hoe ‘zij’ zijn en van hoe de groepen zich tot "
            "elkaar verhouden (Smith & Postmes, 2009; Smith & Postmes, 2011). De beelden die de ene groep zo over de "
            "andere groep ontwikkelt kunnen negatief zijn, maar omdat groepsleden met elkaar het beeld construeren kan "
            "hier juist ook ruimte zijn om negatieve percepties bij te sturen (Greijdanus e.a., 2014, 2015; Koudenburg "
            "e.a., 2019). Kortom, binnen groepen zal toch wel worden gesproken over het incident en rivaliserende "
            "groepen. Netwerkpartners die een vertrouwensband hebben opgebouwd met doelgroepen kunnen hierin een "
            "vinger aan de pols houden, uitingen waaruit een wens tot de-escalatie blijkt versterken en proberen om de "
            "omslag te ondersteunen van wraakgevoelens naar de wens om verdere (her)escalatie te voorkomen."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "meso",
        "partner_types": ["jongerenwerk", "gemeente_oov", "other"],
        "targets": ["group"],
        "source": "003 H5.1",
    },
    {
        "code": "de-escalatie-proactief-mediaoptreden",
        "title": "Een proactief mediaoptreden vanuit netwerkpartners",
        "description": (
            "Als er sprake is van verschillende percepties van (het ingrijpen in) de crisissituatie dan kan het "
            "noodzakelijk zijn om extra aandacht te besteden aan (naast uiteraard dialoog met inwoners en gerichte "
            "communicatie met doelgroepen, zie hieronder) een proactief mediaoptreden vanuit netwerkpartners om "
            "verdere vergroting van misverstanden in de beeldvorming over incidenten en crises te voorkomen (Beunders "
            "& Muller, 2005). Deze communicatie kan zowel plaatsvinden via traditionele media (massacommunicatie) als "
            "via sociale media (combinatie van massa- en interpersoonlijke communicatie), bij voorkeur via dezelfde "
            "kanalen als de oorspronkelijke berichten en discussies waarop het mediaoptreden reageert."
        ),
        "phase": "nazorg",
        "mode": "both",
        "level": "macro",
        "partner_types": ["gemeente_oov", "politie"],
        "targets": ["community"],
        "source": "003 H5.1 (zie ook H4.2)",
    },
    {
        "code": "de-escalatie-duurzame-alternatieven",
        "title": "Duurzame alternatieven bieden voor personen die als het ware “gevangen zitten” in de probleemgroep",
        "description": (
            "Als er aanwijzingen zijn van structurele problemen en/of van beperkte toekomstperspectieven, dan rijst de "
            "vraag hoe hier in de nazorgfase aandacht aan besteed kan worden. In de nasleep van een escalatie kunnen "
            "professionals meerwaarde zien in het isoleren van individuen uit de probleemgroep (zie ook Bartelds, "
            "2023). Groepen kunnen echter juist ook een bron zijn van houvast, sociale steun en perspectief en daarmee "
            "een buffer vormen tegen negatieve effecten van moeilijke leefomstandigheden (zie o.a. Jetten e. a., "
            "2017). Dus een gerichte effectieve aanpak kan niet alleen berusten op isoleren, maar er is ook een "
            "noodzaak om duurzame alternatieven te bieden voor personen die als het ware “gevangen zitten” in de "
            "probleemgroep. Netwerkpartners dienen na te denken over manieren waarop jongeren ook ergens anders "
            "terecht kunnen als ze uit een groep willen ontsnappen en niet in een gat vallen. Dat kan variëren van "
            "bestaande alternatieve netwerken en groepen zoals familiebanden en school of opleiding tot nieuwe "
            "alternatieven zoals een initiatief dat jongeren met een risico-achtergrond op een constructieve manier "
            "bij elkaar brengt en kansen biedt. Zo beschreven we in Hoofdstuk 3 (zie ook Harley, 2017) positieve "
            "alternatieven zoals complimentenbattles of een koorgroep. Maar een combinatie van bestaand en nieuw "
            "behoort ook tot de mogelijkheden, bijvoorbeeld een nieuwe rol of nieuwe band als ervaringsdeskundige "
            "binnen een bestaande netwerkpartner. Wil de alternatieve groep positieve effecten hebben op het welzijn "
            "van de leden, dan dient deze het groepslid te voorzien van betekenis, steun en zelfbeschikking (Jetten e. "
            "a., 2017)."
        ),
        "phase": "nazorg",
        "mode": "offline",
        "level": "micro",
        "partner_types": ["jongerenwerk", "gemeente_oov", "school", "other"],
        "targets": ["poster"],
        "source": "003 H5.1",
    },
]
