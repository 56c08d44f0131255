# Eén sollicitatie zoals de recruiter haar ziet: profiel, geschiedenis, gesprekken, besluit en aanbod.

app-facts = { $stage } · { $status ->
    [active] loopt
    [hired] aangenomen
    [rejected] afgewezen
   *[withdrawn] ingetrokken
} · match { $score }%
app-profile = Profiel
app-studies = Opleiding
app-studies-value = { $field } aan { $institution }
app-skills = Vaardigheden
app-languages = Talen
app-enrolled = Ingeschreven
app-enrolled-value = { $from } tot { $until }
app-github = GitHub
app-portfolio = Portfolio
app-download-cv = Download het cv ({ $file })
app-cover-letter = Motivatiebrief
app-eligibility = Eisen
app-history = Geschiedenis
app-history-rejected = afgewezen
app-history-withdrawn = ingetrokken
app-history-hired = aangenomen
app-interviews = Gesprekken
app-none-yet = Nog geen.
app-interview = { $kind ->
    [hr_chat] Kennismakingsgesprek met HR
    [technical] Technisch gesprek
    [presentation] Presentatie van het eigen werk
   *[behavioural] Gesprek over hoe iemand werkt
} ({ $minutes } min)
app-interview-booked = gepland op { $when }
app-interview-offered = { $count ->
    [one] 1 tijd aangeboden
   *[other] { $count } tijden aangeboden
}
app-offers = Aanbiedingen
app-offer-status = { $status ->
    [draft] concept
    [sent] verstuurd
    [accepted] aangenomen
    [declined] afgewezen
    [withdrawn] ingetrokken
   *[expired] verlopen
}
app-offer-value = begint { $starts }, team { $team }
app-availability = Je beschikbaarheid
app-available-from = Beschikbaar vanaf (UTC)
app-until = Tot (UTC)
app-add-window = Dit blok toevoegen
app-offer-times = Gesprekstijden aanbieden
app-kind = Soort
app-kind-hr = Kennismakingsgesprek met HR
app-kind-presentation = De kandidaat presenteert eigen werk
app-kind-technical = Technisch gesprek
app-kind-behavioural = Gesprek over hoe iemand werkt
app-minutes = Minuten
app-video = Videolink
app-place = Of een plek
app-first-time = Eerste tijd (UTC)
app-second-time = Tweede tijd (niet verplicht)
app-third-time = Derde tijd (niet verplicht)
app-times-hint = Jij voert het gesprek; elke tijd moet binnen je beschikbaarheid vallen.
app-offer-these = Deze tijden aanbieden
app-decide = Besluiten: een aanbod doen
app-why = Waarom (voor het dossier)
app-first-day = Eerste dag
app-last-day = Laatste dag
app-hours = Uren per week
app-stipend = Stagevergoeding, euro per maand
app-team = Team
app-where = Waar
app-days-to-answer = Dagen om te antwoorden
app-send-offer = Verstuur het aanbod
app-times-offered = { $count ->
    [one] 1 tijd aangeboden; de kandidaat legt hem vast.
   *[other] { $count } tijden aangeboden; de kandidaat kiest er een.
}
app-available = Je bent beschikbaar van { $from } tot { $until }.
app-offer-sent = { $days ->
    [one] Aanbod verstuurd; de kandidaat heeft 1 dag om te antwoorden.
   *[other] Aanbod verstuurd; de kandidaat heeft { $days } dagen om te antwoorden.
}

assess-scorecards = Beoordelingsformulieren
assess-no-scorecards = Nog geen beoordelingen.
assess-mean-recommendation = Gemiddeld advies:
assess-mean-value = { $mean } van 4 ({ $recommendation ->
    [strong_no] zeker niet
    [no] nee
    [yes] ja
   *[strong_yes] zeker wel
})
assess-recommendation = { $recommendation ->
    [strong_no] zeker niet
    [no] nee
    [yes] ja
   *[strong_yes] zeker wel
}
assess-mean-rating = Gemiddelde score per onderdeel (1–4)
assess-attribute = Onderdeel
assess-mean = Gemiddelde
assess-case-studies = Casussen
assess-no-case-study = Nog geen casus gegeven.
assess-case-facts = Deadline { $deadline } · ingeleverd { $submitted }
assess-repository = repository
assess-late = { $when } (te laat)
assess-not-yet = nog niet
assess-graded = { $graded } van { $required } beoordelaars klaar
assess-panel-mean = ; gemiddelde van het panel { $mean }%
assess-graded-blind = (blind beoordeeld)
assess-reviewer = Beoordelaar
assess-total = Totaal
assess-from-mean = Afwijking van het gemiddelde
assess-comment = Opmerking
assess-not-graded = nog niet beoordeeld
assess-former-member = een voormalig lid
assess-give = Een casus geven
assess-case-study = Casus
assess-library-item = { $title } ({ $hours } u, { $reviewers ->
    [one] 1 beoordelaar
   *[other] { $reviewers } beoordelaars
})
assess-reviewers = Beoordelaars (zij zien het werk, nooit de naam)
assess-deadline = Deadline (UTC, niet verplicht: anders nu plus de toegestane uren)
assess-send = Verstuur de casus
assess-sent = Casus “{ $title }” verstuurd; de deadline is { $deadline }. Beoordelaars beoordelen hem zonder de naam van de kandidaat.
