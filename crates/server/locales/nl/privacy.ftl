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
