# De eigen gegevens van de kandidaat: downloaden, toestemmingen, wie ze bekeek, het account verwijderen.

privacy-title = Mijn gegevens
privacy-download = Alles downloaden
privacy-download-text = Alles wat Cohort over je bewaart — je profiel, sollicitaties en hun verloop, gesprekstijden, beoordelingen over jou, aanbiedingen, stagegegevens, toestemmingen en wie je gegevens wanneer bekeek — als één JSON-bestand, met uitleg bij elk veld.
privacy-download-button = Download mijn gegevens
privacy-consents = Toestemmingen
privacy-no-consents = Je gaf geen toestemming naast je sollicitaties. Organisaties verwijderen je sollicitatie vier weken na afloop van de procedure.
privacy-statement = { $purpose ->
   *[future_vacancies] Bewaar mijn sollicitatiegegevens tot een jaar na afloop van mijn procedure, om mij voor toekomstige vacatures te overwegen.
}
privacy-given = Gegeven op { $when }
privacy-withdrawn-at = ingetrokken op { $when }
privacy-withdraw = Deze toestemming intrekken
privacy-withdrawn = Toestemming ingetrokken: de organisatie laat je gegevens los vier weken na het einde van je procedure.
privacy-views = Wie je gegevens bekeek
privacy-no-views = Nog niemand heeft je sollicitaties bekeken.
privacy-views-caption = Wanneer organisaties je sollicitatie of cv bekeken, en waarom
privacy-when = Wanneer
privacy-organisation = Organisatie
privacy-what = Wat
privacy-why = Waarom
privacy-resource = { $resource ->
    [cv] cv
   *[application] sollicitatie
}
privacy-purpose = { $purpose ->
   *[recruitment] werving
}
privacy-delete = Mijn account verwijderen
privacy-delete-text = Hiermee verwijder je je account en alles wat elke organisatie over je bewaart; lopende sollicitaties worden ingetrokken. Dit kan niet ongedaan worden gemaakt.
privacy-type-delete = Typ DELETE om te bevestigen
privacy-type-delete-alert = Typ DELETE om te bevestigen; er is niets verwijderd.
notice-title = Privacyverklaring voor sollicitanten bij { $organisation }
notice-version = Versie { $version }. Je toestemming bij het solliciteren noemt deze versie.
notice-who-heading = Wie je gegevens heeft
notice-who = { $organisation } bepaalt wat er gebeurt met de gegevens die je bij het solliciteren stuurt: het is de verwerkingsverantwoordelijke volgens de Algemene Verordening Gegevensbescherming (AVG). Het organiseert zijn stages met Cohort, dat je gegevens namens de organisatie bewaart en ze nergens anders voor gebruikt.
notice-what-heading = Wat je stuurt
notice-what = Je naam en contactgegevens, je studie (onderwijsinstelling, richting, inschrijving, afstuderen), je vaardigheden en talen, je GitHub-profiel of portfolio als je die geeft, je motivatiebrief en cv, en je antwoorden op de vragen van de vacature. Tijdens de procedure voegt de organisatie haar gespreksnotities, beoordelingsformulieren, casusbeoordelingen en haar besluit toe.
notice-never = Cohort vraagt nooit om je burgerservicenummer (BSN), een kopie van je identiteitsbewijs of gezondheidsgegevens, en weigert een cv met een BSN erin.
notice-why-heading = Waarom
notice-why = Alleen om je sollicitatie voor deze stage te beoordelen en, als je wordt aangenomen, om je stage te begeleiden. { $organisation } doet dat met je toestemming, die je geeft bij het solliciteren en altijd kunt intrekken; intrekken beëindigt je sollicitatie.
notice-who-sees-heading = Wie het ziet
notice-who-sees = De recruiters van { $organisation }, en de interviewers en beoordelaars van je sollicitatie; casusbeoordelaars beoordelen je werk zonder je naam te zien. Elke keer dat iemand je sollicitatie of cv opent wordt vastgelegd, en dat overzicht kun je zien.
notice-how-long-heading = Hoe lang het bewaard wordt
notice-after-procedure = Als je niet wordt aangenomen of je terugtrekt: verwijderd { $days } dagen nadat de procedure eindigt.
notice-with-consent = Als je toestemming geeft om voor toekomstige vacatures te worden overwogen: bewaard tot { $days } dagen nadat de procedure eindigt, tenzij je die toestemming eerder intrekt.
notice-after-internship = Als je wordt aangenomen: je stagegegevens worden { $days } dagen na afloop bewaard.
notice-rights-heading = Je rechten
notice-rights = Je kunt alles wat over je bewaard wordt inzien en downloaden, laten verbeteren, je toestemming intrekken en het laten wissen; op de privacypagina van je account doe je dat zelf, meteen.
notice-my-data = Mijn gegevens: downloaden, toestemmingen, wie ze opende, verwijderen
notice-complain = Je kunt ook een klacht indienen bij de Autoriteit Persoonsgegevens of bij de toezichthouder van het land waar je woont.
apply-consent-label = Toestemming voor privacy
apply-account = Je account
apply-read-notice = Lees de privacyverklaring van { $organisation } (opent in een nieuw tabblad)
apply-anonymous = Je kunt zonder account kijken of je in aanmerking komt: niets wat je hier typt wordt bewaard. Om je sollicitatie te versturen, log je in of maak je een account.
apply-sign-in-to-send = Log in of maak een account om je sollicitatie te versturen; kom daarna terug naar deze pagina en verstuur hem.
apply-sign-in = Inloggen
apply-register = Een account maken
