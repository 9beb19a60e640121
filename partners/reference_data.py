"""Information positions of the partner types, as reference data shown in the product.

The texts are the Dutch wording of the source documents, quoted as written there:

- seed 004, the infographic "De informatiepositie van partners in de online leefwereld" (per partner: role, what it
  may do online, which sources it may use, what information it needs, opportunities, training), and
- seed 002, the "Routekaart Samenwerken bij online jeugdcriminaliteit", its section "Partners en rollen" (role in
  general, online application) and, where a partner is named there, "Afspraken maken", "Online aangejaagde
  ordeverstoringen" and step 3 "Partner(s) betrekken".

They are data, not translatable UI strings: they are the professionals' own wording from published Dutch sources,
they are shown next to the rules that the product derives from them (DOMAIN.md §2), and they change only when the
sources change. Only PDF-extraction breakage was repaired (broken and nested bullets, markup, link targets,
footnote asterisks; a sentence that only points to a linked document is left out). Slips in the sources are kept
as written, e.g. 002 "voert de regio op" and "verantwoordelijk voor de regio op de aanpak" (read: regie), "Hij
betreft collega's" (read: betrekt) and 004 "kunnen we ze het werk".
Where a source says nothing about an aspect, the text is empty. For "other" (hulpverlening, wijkteam, OM) only the
role is a short neutral text of our own, based on 002, which names these partners without describing them.

Format: a text is one paragraph, or several lines; a line starting with "- " is a list item, any other line is a
lead-in or a paragraph. Templates render the line breaks.
"""

# The aspects of an information position, in display order.
ASPECTS: tuple[str, ...] = (
    "role",
    "online_application",
    "sources",
    "information_needed",
    "opportunities",
    "route_role",
)

INFORMATION_POSITIONS: dict[str, dict[str, str]] = {
    "jongerenwerk": {
        "role": (
            "- Jongerenwerkers bieden begeleiding en ondersteuning aan jongeren, gericht op hun persoonlijke "
            "ontwikkeling en het voorkomen van problemen. Zij helpen jongeren met het maken van positieve keuzes "
            "en het vinden van hun weg in de maatschappij. Daarnaast signaleren zij zowel online als offline "
            "trends en ontwikkelingen onder jongeren.\n"
            "- Jongerenwerkers spelen een cruciale rol in het begeleiden, versterken en weerbaar maken van "
            "jongeren, zowel offline als online. Jongerenwerkers kunnen social media gebruiken voor vier functies: "
            "contact, doorgronden leefwereld, vroegsignalering en profilering en integrale samenwerking.\n"
            "- Jongerenwerkers nemen een stevige positie in binnen de pedagogische infrastructuur van een wijk of "
            "buurt. Jongerenwerkers zijn daar waar jongeren zijn en investeren in een duurzame vertrouwensrelatie. "
            "Zij bieden laagdrempelige ondersteuning aan jongeren in hun ontwikkeling naar volwassenheid. Ze doen "
            "dit door contact te maken, te motiveren, op te voeden en te activeren. Ook signaleren zij "
            "(online/offline) trends en ontwikkelingen onder jongeren."
        ),
        "online_application": (
            "- Voor het jongerenwerk biedt de online leefwereld kansen om in contact te komen met jongeren, hun "
            "leefwereld beter te begrijpen en vroegtijdig signalen op te vangen.\n"
            "- Jongerenwerkers maken gebruik van werkaccounts op sociale media om in contact te komen en blijven "
            "met jongeren en hun leefwereld beter te begrijpen. Door trends, ontwikkelingen en patronen te volgen, "
            "kunnen we ze het werk beter afstemmen op de behoeften en zorgen van jongeren.\n"
            "- Omdat vertrouwen een belangrijk uitgangspunt is binnen het jongerenwerk, accepteren jongeren hen "
            "vaak op social media. Dit stelt jongerenwerkers in staat om laagdrempelig contact te onderhouden, te "
            "monitoren waar ze zich mee bezighouden en soms zelfs toegang te krijgen tot bepaalde groepschats. "
            "Jongeren benaderen hen ook direct via berichten, soms anoniem, om bijvoorbeeld te melden dat er iets "
            "speelt of een incident, zoals een geplande vechtpartij, op komst is.\n"
            "- Daarnaast gebruiken jongerenwerkers social media om gesprekken aan te gaan en preventief kennis "
            "over te dragen.\n"
            "- Jongerenwerkers moeten transparant zijn naar jongeren: ze kunnen op hen rekenen, maar als de "
            "veiligheid van de maatschappij in gevaar komt of zich grote zorgen maken over de jongere, zijn ze "
            "soms genoodzaakt informatie te delen met andere partijen. Het is belangrijk om hierin transparant te "
            "zijn naar de jongeren toe.\n"
            "- Een jongerenwerker gebruikt social media om in verbinding te blijven met jongeren en om hun wereld "
            "beter te begrijpen (zie ook deze handvatten van het Nji). Via een professioneel account onderhoudt "
            "hij het contact met jongeren op een laagdrempelige manier, waardoor jongeren ook online weten dat ze "
            "altijd terecht kunnen voor een luisterend oor of ondersteuning. Door de vinger aan de pols te houden, "
            "signaleert de jongerenwerker wat er leeft onder jongeren, zowel de positieve ontwikkelingen als "
            "eventuele zorgen. In bepaalde situaties stelt de beroepscode dat jongerenwerkers, in het belang van "
            "de jongere, partners kunnen betrekken."
        ),
        "sources": (
            "Ze staan in direct contact met jongeren via verschillende social media apps, zoals:\n"
            "- Whatsapp, Snapchat, Instagram en soms Telegram - direct contact en statusupdates.\n"
            "- Snapchat-locatiefunctie - incidenteel gebruik om fysieke locaties van jongeren te achterhalen.\n"
            "Ze gebruiken apps om op de hoogte te blijven van ontwikkelingen, zoals:\n"
            "- TikTok en YouTube - video's, reacties en likes geven inzicht in wat jongeren bezighouden.\n"
            "- Nieuwsbronnen zoals NOS Stories, Powned en ParraTV - volgen trends en maatschappelijke thema's die "
            "jongeren beïnvloeden."
        ),
        "information_needed": (
            "- Nieuwe trends, fenomenen en ontwikkelingen die relevant zijn voor jongeren.\n"
            "- Zorgelijke signalen rondom risicogedrag of problematische situaties."
        ),
        "opportunities": (
            "- Inspelen op ontwikkelingen in het gebruik van social media om strategieën te ontwikkelen die "
            "aansluiten bij jongeren.\n"
            "- Om jongerenwerk optimaal te benutten in de online leefwereld moet er meer tijd en uren vrijkomen.\n"
            "- Duidelijke afspraken met samenwerkingspartners over informatie-uitwisseling."
        ),
        "route_role": (
            "- Jongerenwerk, politie en de gemeente (OOV) werken veel met elkaar samen in de integrale aanpak van "
            "jeugdcriminaliteit. Daarbij heeft elke partner een eigen rol. De rol van elke partners is online "
            "hetzelfde als offline.\n"
            "- Jongerenwerkers en politie zijn de partners die de meeste mogelijkheden hebben om sociale media in "
            "te zetten voor hun professionele taken.\n"
            "- In de integrale aanpak van (online) jeugdcriminaliteit moet je als jongerenwerker, "
            "politiemedewerker en OOV-ambtenaar op elkaar kunnen bouwen. Het is belangrijk om duidelijke "
            "verwachtingen uit te spreken en transparant naar elkaar toe te zijn."
        ),
        "source_reference": "004 Jongerenwerk; 002 Partners en rollen, Afspraken maken",
    },
    "politie": {
        "role": (
            "- De politie is verantwoordelijk voor het handhaven van de wet door in te grijpen bij overtredingen, "
            "maar heeft ook de plicht om burgers te beschermen en hen te helpen waar en wanneer dat nodig is.\n"
            "- De politie heeft de taak om op te treden tegen burgers die de wet overtreden, maar ook om hen te "
            "beschermen en hulp te verlenen als zij dat nodig hebben. Dit doet ze bijvoorbeeld door bemiddelend op "
            "te treden en slachtoffers te begeleiden. Een belangrijke taak voor de lokale politie is om de "
            "openbare orde te handhaven."
        ),
        "online_application": (
            "- Voor de politie biedt de online leefwereld kansen om signalen vroegtijdig op te vangen, criminele "
            "activiteiten in kaart te brengen en in contact te komen met jongeren. De politie heeft vier doelen "
            "rondom de online leefwereld: analyseren, opsporen, surveilleren en communiceren. Binnen de politie "
            "zijn er personen of afdelingen gespecialiseerd om onderzoek te doen. Daarnaast kan elke wijkagent "
            "online aanwezig zijn met een werkaccount.\n"
            "- De politie kan informatie verzamelen via intelligence. Binnen de opsporing gelden echter strengere "
            "regels en juridische kaders, zoals vorderingen en toestemmingseisen.\n"
            "- De politie kan en mag social media gebruiken in zijn taken en online aanwezig zijn met een "
            "functioneel account. Echter, mogen zij alleen in openbare bronnen.\n"
            "- Elk signaal, groot of klein, kan aanleiding zijn om verder te kijken dan de standaard "
            "politiesystemen. De politie mag informatie afkomstig van openbare bronnen via diverse sociale media "
            "verzamelen, zolang accounts niet zijn afgeschermd. Alleen bij een opsporingsbevel van het OM kan de "
            "politie informatie uit besloten bronnen inwinnen.\n"
            "- Binnen de politie is het toegestaan om gebruik te maken van functionele accounts, binnen de "
            "geldende wet en regelgeving.\n"
            "- Digitaal wijkagent: Een digitaal wijkagent richt zich primair op signalen binnen de digitale "
            "wereld. Ontwikkelingen worden gemonitord, er wordt geobserveerd en online strafbare feiten worden "
            "onderzocht door middel van openbare bronnen. In tegenstelling tot de reguliere wijkagent heeft een "
            "digitaal wijkagent meer tijd om diepgaand digitaal onderzoek te doen.\n"
            "- Een politieagent kan online aanwezig zijn met een professioneel account (als individuele agent of "
            "via het account van het basisteam of de eenheid).\n"
            "- Hoewel iedere politieagent social media kan gebruiken voor de uitvoering van zijn taak, houdt de "
            "digitaal wijkagent zich specifiek bezig met de online wereld van de wijk. De digitaal wijkagent weet "
            "wat er online speelt in zijn wijk of regio. Hij betreft collega's en partners daarbij. Hij geeft tips "
            "over veilig internetgebruik en is via zijn account(s) benaderbaar voor vragen of het doorgeven van "
            "informatie. Ook observeert en onderzoekt hij (potentieel) strafbaar online gedrag in publiek "
            "toegankelijke bronnen. Binnen de politie zijn er afdelingen gespecialiseerd in OSINT (open source "
            "intelligence).\n"
            "- Alleen bij een opsporingsbevel van het Openbaar Ministerie kan de politie informatie uit besloten "
            "bronnen inwinnen."
        ),
        "sources": (
            "De politie kan alle bronnen onderzoeken waarin een opsporingsindicatie te vinden is. Voorbeelden "
            "zijn:\n"
            "- Social media: Snapchat, tiktok, facebook, telegram, discord etc. (afhankelijk openbaarheid en "
            "groepsinstellingen)\n"
            "- Politiesystemen: interne databases en informatiebronnen\n"
            "- Officiële registers: BRP, KvK, Kadaster\n"
            "Enkel wanneer er sprake is van een opsporingsbevel, kan en mag er informatie uit gesloten bronnen "
            "worden gehaald."
        ),
        "information_needed": (
            "De politie streeft ernaar een zo volledig mogelijk beeld te krijgen van jongeren binnen het kader van "
            "hun werkzaamheden. Dit kan een aanvulling zijn op bestaande informatiebronnen. Beeldmateriaal, zoals "
            "foto's, kan hierbij van waarde zijn. Relevante informatie:\n"
            "- Activiteiten en interesses van jongeren.\n"
            "- Opvallende of waardevolle bezittingen.\n"
            "- Sociale netwerken en contacten.\n"
            "- Gebruikte nicknames en hun onderlinge verbanden."
        ),
        "opportunities": (
            "Elke agent moet in ieder geval beschikken over basiskennis om online onderzoek te doen. Wanneer dit "
            "niet het geval is, moet duidelijk zijn bij wie zij terecht kunnen voor ondersteuning. Het versterken "
            "van digitale vaardigheden binnen de politie is essentieel om de online leefwereld effectief te "
            "gebruiken in hun aanpak."
        ),
        "route_role": (
            "- Jongerenwerk, politie en de gemeente (OOV) werken veel met elkaar samen in de integrale aanpak van "
            "jeugdcriminaliteit. Daarbij heeft elke partner een eigen rol. De rol van elke partners is online "
            "hetzelfde als offline.\n"
            "- Jongerenwerkers en politie zijn de partners die de meeste mogelijkheden hebben om sociale media in "
            "te zetten voor hun professionele taken.\n"
            "- In de integrale aanpak van (online) jeugdcriminaliteit moet je als jongerenwerker, "
            "politiemedewerker en OOV-ambtenaar op elkaar kunnen bouwen. Het is belangrijk om duidelijke "
            "verwachtingen uit te spreken en transparant naar elkaar toe te zijn."
        ),
        "source_reference": "004 Politie; 002 Partners en rollen, Afspraken maken",
    },
    "gemeente_oov": {
        "role": (
            "- De gemeente ontwikkelt en implementeert beleid om jeugdcriminaliteit te voorkomen. Zij werken samen "
            "met verschillende partners om een veilige en gezonde leefomgeving voor jongeren te creëren. Bovendien "
            "voeren zij de regie op de aanpak van jeugdcriminaliteit.\n"
            "- De ambtenaar Openbare Orde en Veiligheid (OOV) adviseert de burgemeester over de openbare orde en "
            "veiligheid. Hij voert de regio op de lokale aanpak jeugdcriminaliteit en onderhoudt het netwerk van "
            "partners in de regio."
        ),
        "online_application": (
            "- De ambtenaar Openbare Orde en Veiligheid (OOV) speelt een rol in de online leefwereld binnen de "
            "kaders van openbare orde en veiligheid, maar alleen in specifieke gevallen. In de aanpak van online "
            "jeugdcriminaliteit richt de gemeente zich vooral op het coördineren van afspraken tussen partners, "
            "het monitoren van resultaten en het adviseren van de burgemeester. Online onderzoek is mogelijk, mits "
            "dit voldoet aan de geldende wet- en regelgeving.\n"
            "- De burgemeester is verantwoordelijk voor de handhaving van de openbare orde (art. 172 Gemeentewet). "
            "Dit vereist een sterke informatiepositie. De gemeente kan in bepaalde gevallen online informatie "
            "verzamelen, zoals het controleren van gegevens en het in kaart brengen van netwerken en relaties. Dit "
            "moet voldoen aan specifieke regels en voorwaarden.\n"
            "- De gemeente mag, onder bepaalde voorwaarden, een anoniem account gebruiken. Het gebruik hiervan "
            "moet voldoen aan wet- en regelgeving. De Algemene Verordening Gegevensbescherming (AVG) en andere "
            "relevante wetten zijn hierbij leidend. In sommige gevallen is een extra afweging nodig, bijvoorbeeld "
            "wanneer het onderzoek verschuift van het signaleren van een (dreigende) verstoring van de openbare "
            "orde naar het verzamelen van informatie over personen.\n"
            "- De gemeente mag gegevens niet systematisch monitoren.\n"
            "- Als gemeente kan je niet zomaar online zoeken naar personen.\n"
            "- De OOV-ambtenaar kan binnen zijn functie alleen online actief zijn in het kader van de openbare "
            "orde en veiligheid. Dit is alleen mogelijk in specifieke gevallen.\n"
            "- In de aanpak van online jeugdcriminaliteit is de OOV-ambtenaar met name verantwoordelijk voor het "
            "maken en aanjagen van afspraken tussen de partners, monitoren van resultaten en adviseren van de "
            "burgemeester.\n"
            "- In sommige gevallen mag de gemeente zelf online onderzoek doen om openbare ordeverstoringen te "
            "voorkomen. Het is aan te bevelen om daarvoor vooraf een protocol op te stellen."
        ),
        "sources": (
            "- Open bronnen (o.a. social media, openbare posts en reacties)\n"
            "- Gesloten bronnen (na zorgvuldige afweging), zoals: BRP, Kadaster, KvK; Google (met specifieke "
            "zoekstrategieën)."
        ),
        "information_needed": (
            "Om de informatiepositie te versterken, zoekt de gemeente onder andere naar:\n"
            "- Activiteiten van de persoon/personen;\n"
            "- Gebruikte aliases en online profielen;\n"
            "- Naam, geboortedatum en eventuele ondernemingen;\n"
            "- Netwerk en relaties (bijvoorbeeld familie en vrienden)."
        ),
        "opportunities": (
            "- Verankering in de privacyorganisatie: organisatorische voorwaarden en heldere privacyrichtlijnen "
            "binnen gemeenten.\n"
            "- Het opstellen van een gemeentelijk protocol rondom het gebruik van anonieme accounts bij online "
            "onderzoek, zoals het al vastgestelde protocol binnen gemeente Nijmegen."
        ),
        "route_role": (
            "- Jongerenwerk, politie en de gemeente (OOV) werken veel met elkaar samen in de integrale aanpak van "
            "jeugdcriminaliteit. Daarbij heeft elke partner een eigen rol. De rol van elke partners is online "
            "hetzelfde als offline.\n"
            "- De gemeente is verantwoordelijk voor de regio op de aanpak, coördineert en stimuleert deze.\n"
            "- In de integrale aanpak van (online) jeugdcriminaliteit moet je als jongerenwerker, "
            "politiemedewerker en OOV-ambtenaar op elkaar kunnen bouwen. Het is belangrijk om duidelijke "
            "verwachtingen uit te spreken en transparant naar elkaar toe te zijn.\n"
            "- Het past bij de regierol van de gemeente om het maken van deze afspraken te organiseren, te "
            "stimuleren en op de naleving toe te zien."
        ),
        "source_reference": (
            "004 Gemeente OOV; 002 Partners en rollen, Online aangejaagde ordeverstoringen, Afspraken maken"
        ),
    },
    "school": {
        "role": (
            "- Scholen ondersteunen jongeren in hun ontwikkeling door middel van onderwijs, begeleiding en het "
            "creëren van een veilige leeromgeving, daarnaast dragen zij ook bij aan het bevorderen van sociaal "
            "gedrag.\n"
            "- De online leefwereld van jongeren is onlosmakelijk verbonden met het klaslokaal. Wat online "
            "gebeurt, beïnvloedt gedrag, leerprestaties en sociale relaties binnen de school. Dit maakt scholen "
            "een cruciale plek om signalen op te pikken en een waardevolle samenwerkingspartner in de integrale "
            "aanpak van jeugdcriminaliteit."
        ),
        "online_application": (
            "- Volgens de Wet Veiligheid op School moeten scholen zorgen voor een veilige leeromgeving. Daarnaast "
            "hebben ze een maatschappelijke rol en een zorgplicht om te reageren op signalen van jongeren die "
            "slachtoffer of dader zijn van risicovol of crimineel gedrag.\n"
            "- Hoewel scholen geen actieve rol hebben in de online leefwereld van jongeren, is de schoolomgeving "
            "een belangrijke bron van informatie als het gaat om signalen, trends en patronen voor de partners.\n"
            "- Veel scholen ervaren rondom veiligheidsthema's dat zij er 'alleen voor staan'. In veel gevallen "
            "ontbreekt de benodigde expertise, kennis en vaardigheden om veiligheidsvraagstukken goed aan te "
            "(kunnen) pakken, zo ook als het gaat om de online leefwereld. Hierdoor is het lastiger om aan te "
            "sluiten bij de leefwereld van hun leerlingen en deze dan ook daadwerkelijk te begrijpen."
        ),
        "sources": (
            "Hoewel scholen geen actieve rol hebben in de online leefwereld van jongeren, is de schoolomgeving een "
            "belangrijke bron van informatie als het gaat om signalen, trends en patronen voor de partners."
        ),
        "information_needed": "",
        "opportunities": (
            "Hoe kun je er als school voor zorgen dat veiligheid rondom de online leefwereld bespreekbaar wordt en "
            "blijft?\n"
            "- Thema veiligheid beleggen: Wijs één of meerdere personen aan die verantwoordelijk zijn voor "
            "veiligheid op school.\n"
            "- Opvolging schoolveiligheidsplan: zorg dat er up-to-date schoolveiligheidsplan is, en dat er "
            "daadwerkelijk opvolging aan wordt gegeven.\n"
            "- Identificeer ontbrekende kennis: Breng in kaart waar de school kennis of expertise mist en werk "
            "samen met partners om deze gaten te dichten.\n"
            "- Onderhoud korte lijnen: Zorg voor direct contact met belangrijke veiligheids- en "
            "samenwerkingspartners zoals wijkagenten, boa's, jongerenwerkers en gemeente.\n"
            "- Duidelijk proces bij signalen en calamiteiten: Informeer het personeel over een helder stappenplan "
            "voor het handelen bij signalen of calamiteiten rondom veiligheid.\n"
            "Aandachtspunten voor de samenwerking met scholen:\n"
            "- Scholen zijn volwaardige partners: Bij veiligheidsvraagstukken rondom jeugd moeten zij ondersteund "
            "worden bij het versterken van hun aanpak en proces.\n"
            "- Samenwerking met partners: Bekijk als gemeente wat de mogelijkheden zijn om samenwerkingen tussen "
            "scholen en partners op te zetten. Denk hierbij aan: het samenstellen van kernteams waarin partners "
            "zoals gemeente, politie, jongerenwerk en scholen elke acht weken een overleg hebben om trends, "
            "ontwikkelingen en signalen te bespreken en te delen; het opstellen van een convenant schoolveiligheid "
            "met daarin heldere afspraken tussen alle betrokken partijen.\n"
            "- Kennis en expertise: Zorg dat scholen voldoende kennis en expertise ontwikkelen rondom de online "
            "leefwereld en veiligheid in de breedste zin. Elke partner kan hieraan bijdragen, bijvoorbeeld door "
            "middel van trainingen en/of workshops."
        ),
        "route_role": (
            "- Uiteraard zijn er nog meer partners die een rol kunnen spelen in de integrale aanpak van "
            "jeugdcriminaliteit (denk aan handhavers, scholen, hulpverleners, OM). Omdat zij vaak in verbinding "
            "staan met de drie kernpartners richten we ons in deze routekaart op deze drie kernpartners.\n"
            "- Nu je het bericht hebt geduid en de context hebt onderzocht, kun je beslissen of het noodzakelijk "
            "is om partners te betrekken. Dit kunnen de kernpartners zijn als jongerenwerk, politie en gemeente. "
            "Of andere partners als handhavers, scholen, hulpverleners of OM.\n"
            "- Voor welke partner is het noodzakelijk om kennis te nemen van (gegevens uit) dit bericht? Denk "
            "hierbij ook aan andere partners dan jongerenwerk, politie of gemeente. Bijvoorbeeld scholen, "
            "jeugdboa's, wijkteams of het Openbaar Ministerie."
        ),
        "source_reference": "004 Scholen; 002 Partners en rollen (voetnoot), stap 3 Partner(s) betrekken",
    },
    "handhaving": {
        "role": (
            "- De medewerker T&H speelt een rol in de leefbaarheid van de wijk. Zij handhaven op basis van "
            "specifieke wetten en regels binnen een bepaald domein. Daarnaast spelen zij een rol in preventie en "
            "houden ze toezicht om de openbare orde en veiligheid te waarborgen.\n"
            "- Medewerkers toezicht en handhaving (T&H) van de gemeente vervullen verschillende rollen. Meestal "
            "zijn zij aangewezen als toezichthouder in de zin van de algemene wet bestuursrecht. Ook kunnen zij "
            "worden beëdigd als buitengewoon opsporingsambtenaar (boa) domein 1 (openbare ruimte). Gedurende hun "
            "werkzaamheden schakelen zij voortdurend tussen deze rollen en de daarbij behorende bevoegdheden. Een "
            "sterke informatiepositie is belangrijk voor de medewerkers T&H, en de online leefwereld speelt daarin "
            "een steeds grotere rol."
        ),
        "online_application": (
            "- Als buitengewoon opsporingsambtenaar (boa) ziet men toe op de veiligheid en leefbaarheid in de "
            "openbare ruimte. De online leefwereld valt niet binnen het inzetcriterium van de boa domein 1, omdat "
            "deze vereist dat de boa aanwezig is in de openbare ruimte en optreedt tegen aldaar geconstateerde "
            "feiten.\n"
            "- Medewerkers T&H mogen als toezichthouder signaleren en observeren in openbare bronnen, maar dit "
            "moet altijd binnen de geldende wet- en regelgeving en de richtlijnen van de gemeente of organisatie "
            "vallen (omdat dit een nog wat grijs gebied is).\n"
            "- Taakaccent jeugd: Een medewerker T&H kan het taakaccent jeugd krijgen. Zij zijn een essentieel "
            "onderdeel van de lokale aanpak van jeugdgroepen. Ze helpen ketenpartners bij het in kaart brengen van "
            "deze groepen en het monitoren van overlast. Daarnaast leggen ze contact met jongeren. Ze kunnen een "
            "online werkaccount aanmaken, zodat op een laagdrempelige manier in contact gekomen kan worden met "
            "jongeren. Tegelijkertijd kunnen zij jongeren bewuster maken van de gevolgen van hun gedrag en "
            "preventief optreden. Bovendien kunnen ze trends en ontwikkelingen volgen in de online leefwereld.\n"
            "- Als medewerker T&H kun je niet zomaar online zoeken naar personen."
        ),
        "sources": (
            "- Open bronnen: Instagram, Facebook, Twitter etc.\n"
            "- gemeentelijke bronnen: zoals BRP\n"
            "- Andere databronnen: KvK, RDW\n"
            "- Databanken/ dashboard jeugdcriminaliteit voor tendensen en patronen in bv wijken."
        ),
        "information_needed": (
            "Medewerkers T&H zijn vooral bezig met een dossieropbouw. Dus: inzicht in activiteiten, locaties en "
            "mogelijke strafbare feiten (voor eigen informatiepositie en eventuele overdracht aan politie). Ze "
            "zijn vooral op zoek naar:\n"
            "- Herkenning: foto's ter ondersteuning van informatie van straat-boa's.\n"
            "- Netwerk en familiebanden.\n"
            "- Sociale media-activiteiten: volgers, posts en reacties.\n"
            "- Persoonsgegevens: voornaam, achternaam.\n"
            "- Straatnamen en afkortingen: mogelijk relevant voor zoekacties.\n"
            "- Adressen (indien beschikbaar en relevant binnen de wettelijke kaders)."
        ),
        "opportunities": (
            "- Een goed onderbouwd juridisch kader; duidelijke afspraken met de juridische afdeling over wat wel "
            "en niet is toegestaan.\n"
            "- Er is doorgaans geen capaciteit voor structurele online handhaving. Gemeenten kunnen hier ruimte "
            "voor creëren door bijvoorbeeld een medewerker T&H specifiek vrij te maken voor online toezicht."
        ),
        "route_role": (
            "- Uiteraard zijn er nog meer partners die een rol kunnen spelen in de integrale aanpak van "
            "jeugdcriminaliteit (denk aan handhavers, scholen, hulpverleners, OM). Omdat zij vaak in verbinding "
            "staan met de drie kernpartners richten we ons in deze routekaart op deze drie kernpartners.\n"
            "- Nu je het bericht hebt geduid en de context hebt onderzocht, kun je beslissen of het noodzakelijk "
            "is om partners te betrekken. Dit kunnen de kernpartners zijn als jongerenwerk, politie en gemeente. "
            "Of andere partners als handhavers, scholen, hulpverleners of OM.\n"
            "- Voor welke partner is het noodzakelijk om kennis te nemen van (gegevens uit) dit bericht? Denk "
            "hierbij ook aan andere partners dan jongerenwerk, politie of gemeente. Bijvoorbeeld scholen, "
            "jeugdboa's, wijkteams of het Openbaar Ministerie."
        ),
        "source_reference": (
            "004 Medewerker toezicht en handhaving (T&H); 002 Partners en rollen (voetnoot), stap 3 Partner(s) "
            "betrekken"
        ),
    },
    "other": {
        "role": (
            "Naast jongerenwerk, politie en gemeente kunnen andere partners een rol spelen in de integrale aanpak "
            "van jeugdcriminaliteit, zoals hulpverleners, wijkteams en het Openbaar Ministerie (OM). Zij staan "
            "vaak in verbinding met de kernpartners en worden per situatie betrokken. De routekaart en de "
            "infographic beschrijven hun informatiepositie niet afzonderlijk."
        ),
        "online_application": "",
        "sources": "",
        "information_needed": "",
        "opportunities": "",
        "route_role": (
            "- Uiteraard zijn er nog meer partners die een rol kunnen spelen in de integrale aanpak van "
            "jeugdcriminaliteit (denk aan handhavers, scholen, hulpverleners, OM). Omdat zij vaak in verbinding "
            "staan met de drie kernpartners richten we ons in deze routekaart op deze drie kernpartners.\n"
            "- Nu je het bericht hebt geduid en de context hebt onderzocht, kun je beslissen of het noodzakelijk "
            "is om partners te betrekken. Dit kunnen de kernpartners zijn als jongerenwerk, politie en gemeente. "
            "Of andere partners als handhavers, scholen, hulpverleners of OM.\n"
            "- Voor welke partner is het noodzakelijk om kennis te nemen van (gegevens uit) dit bericht? Denk "
            "hierbij ook aan andere partners dan jongerenwerk, politie of gemeente. Bijvoorbeeld scholen, "
            "jeugdboa's, wijkteams of het Openbaar Ministerie."
        ),
        "source_reference": "002 Partners en rollen (voetnoot), stap 3 Partner(s) betrekken",
    },
}

# Training per partner type (004, "Opleidingen"); not an aspect of the information position itself.
TRAINING: dict[str, str] = {
    "jongerenwerk": (
        "Er zijn geen verplichte opleidingen of cursussen voor digitaal jongerenwerk, het is echter essentieel om "
        "bij te blijven. Daarom volgen ze regelmatig workshops en trainingen om de kennis van online trends en "
        "sociale media te actualiseren."
    ),
    "politie": (
        "Om onzichtbaar en anoniem online te kunnen zoeken is er een methode ontwikkeld, Open Source Intelligence "
        "(OSINT). Verschillende afdelingen binnen de politie kunnen OSINT als (opsporings)methode gebruiken. Om er "
        "goed mee te kunnen werken en een verdiepingsslag te kunnen maken zijn er voor de agenten die OSINT "
        "(willen gaan) gebruiken trainingen te volgen op verschillende niveau's:\n"
        "- OSINT Basis: OGG1*\n"
        "- OSINT Advanced: OGG2-OGG3\n"
        "- OSINT Technical: OGG4\n"
        "Op het moment dat je een OSINT-training wilt volgen, raden wij aan eerst na te gaan binnen je eigen "
        "organisatie of zij zelf trainingen hierin aanbiedt. Indien dat niet het geval is, zijn er externe "
        "opleiders die deze kunnen geven.\n"
        "*OGG staat voor: online gegevensvergaring"
    ),
    "gemeente_oov": (
        "Om onzichtbaar en anoniem online te kunnen zoeken is er een methode ontwikkeld, Open Source Intelligence "
        "(OSINT). Om er goed mee te kunnen werken en een verdiepingsslag te kunnen maken zijn er voor de OSINT "
        "gebruikers trainingen te volgen op verschillende niveau's:\n"
        "- OSINT Basis: OGG1*\n"
        "- OSINT Advanced: OGG2-OGG3\n"
        "- OSINT Technical: OGG4\n"
        "Op het moment dat je een OSINT-training wilt volgen, raden wij aan eerst na te gaan binnen je eigen "
        "organisatie of zij zelf trainingen hierin aanbiedt. Indien dat niet het geval is, zijn er externe "
        "opleiders die deze kunnen geven.\n"
        "*OGG staat voor: online gegevensvergaring"
    ),
    "school": "",
    "handhaving": (
        "Om onzichtbaar en anoniem online te kunnen zoeken is er een methode ontwikkeld, Open Source Intelligence "
        "(OSINT). Om er goed mee te kunnen werken en een verdiepingsslag te kunnen maken zijn er voor de OSINT "
        "gebruikers trainingen te volgen op verschillende niveau's:\n"
        "- OSINT Basis: OGG1*\n"
        "- OSINT Advanced: OGG2-OGG3\n"
        "- OSINT Technical: OGG4\n"
        "Op het moment dat je een OSINT-training wilt volgen, raden wij aan eerst na te gaan binnen je eigen "
        "organisatie of zij zelf trainingen hierin aanbiedt. Indien dat niet het geval is, zijn er externe "
        "opleiders die deze kunnen geven.\n"
        "*OGG staat voor: online gegevensvergaring"
    ),
    "other": "",
}
