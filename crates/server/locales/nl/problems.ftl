# Wat er mis is met een veld, en waarom iets geweigerd is: de zinnen die pagina's tonen.

## Velden.
problem-required = is verplicht
problem-too-long = mag hoogstens { $max } tekens lang zijn
problem-too-many = neemt hoogstens { $max } items
problem-between = moet tussen { $min } en { $max } liggen
problem-in-future = moet in de toekomst liggen
problem-end-after-start = moet na het begin liggen
problem-not-member = moet lid zijn van de organisatie
problem-no-such-programme = is geen programma van deze organisatie
problem-written = schrijf 1 tot { $max } tekens
problem-entries = neemt hoogstens { $count } items, geen enkele leeg en elk hoogstens { $max } tekens
problem-say-why = zeg waarom, in hoogstens { $max } tekens
problem-one-of = moet een van deze zijn: { $allowed }
problem-label-too-long = mag hoogstens 100 tekens lang zijn
problem-control-characters = mag geen regeleinden of andere stuurtekens bevatten
problem-email-too-long = mag hoogstens 254 tekens lang zijn
problem-email-malformed = is geen e-mailadres zoals naam@voorbeeld.nl
problem-password-too-short = moet minstens 8 tekens lang zijn
problem-password-too-long = mag hoogstens 128 tekens lang zijn
problem-password-common = komt te veel voor; kies een langere zin die anderen niet raden
problem-password-is-email = mag niet je e-mailadres zijn
problem-password-unchanged = moet anders zijn dan je huidige wachtwoord
problem-password-wrong = is niet je huidige wachtwoord
problem-slug-length = moet 2 tot 40 tekens lang zijn
problem-slug-shape = moet met een letter beginnen en alleen a-z, 0-9 en losse streepjes gebruiken, zoals acme-labs
problem-slug-reserved = is gereserveerd
problem-org-name-length = moet 1 tot 120 tekens lang zijn
problem-website-shape = moet een webadres zijn zoals https://acme.example
problem-website-too-long = mag hoogstens 200 tekens lang zijn
problem-cv-empty = is een leeg bestand
problem-cv-too-large = is groter dan 10 MiB
problem-cv-not-a-document = moet een PDF- of Word-document (.docx) zijn; dit bestand is geen van beide, wat de naam ook zegt
problem-country = moet een landcode van twee letters zijn, zoals NL (GB voor het Verenigd Koninkrijk)
problem-country-listed = "{ $given }" is geen landcode van twee letters
problem-role = moet admin, recruiter, interviewer of mentor zijn
problem-whole-days = moet een heel aantal dagen zijn
problem-positive = moet meer dan nul zijn
problem-not-before-start = mag niet vóór het begin liggen
problem-not-before-opening = mag niet vóór de openingsdag liggen
problem-task-count = noem 1 tot 50 taken
problem-due-day = moet tussen 60 dagen vóór en 365 dagen na de eerste dag liggen
problem-task-owner = moet de stagiair, een recruiter, de mentor of de teamleider zijn
problem-hours-allowed = moet tussen 1 uur en 60 dagen liggen
problem-weekly-guests = hoogstens 50 gasten per week
problem-mentor-capacity = hoogstens 10 stagiairs tegelijk
problem-at-least-one = minstens 1, of leeg voor geen grens
problem-https-link = moet een https://-link van hoogstens 500 tekens zijn
problem-web-address = moet een webadres zijn dat begint met http:// of https://
problem-https-address = moet een webadres zijn dat begint met https://
problem-currency = moet een valutacode van drie letters zijn, zoals EUR
problem-panel-size = kies 1 tot 6 verschillende interviewers
problem-slot-count = bied 1 tot 20 verschillende begintijden aan
problem-criteria-count = noem 1 tot 20 criteria
problem-rate-every-criterion = beoordeel elk criterium van 1 tot 5
problem-rate-it = geef een beoordeling
problem-not-in-rubric = is geen criterium van de beoordelingsschaal
problem-not-in-kit = is geen van de punten van dit gesprek ({ $kit })
problem-complete-by-mandatory = alleen een verplichte training heeft een datum waarop hij af moet zijn
problem-one-line = moet één regel zijn
problem-a-language = noem minstens één taal
problem-remote-countries = noem minstens één land waar stagiairs op afstand mogen wonen
problem-consent-shorter = mag niet korter zijn dan de termijn na een procedure
problem-after-procedure = moet 1 tot { $max } dagen zijn: zonder toestemming verdwijnen de gegevens van een sollicitant uiterlijk vier weken na het einde van de procedure
problem-with-consent = moet 1 tot { $max } dagen zijn: met toestemming blijven gegevens hoogstens een jaar bewaard
problem-location-unless-remote = is verplicht, tenzij het werk op afstand is
problem-enrollment-both = geef zowel het begin als het einde van de inschrijving, of geen van beide
problem-enrolment-end-too = geef ook het einde van je inschrijving
problem-enrolment-start-too = geef ook het begin van je inschrijving
problem-location-or-video = geef een plaats, een videolink of allebei
problem-knockout = elke knock-outvraag heeft een vraag nodig, en elk een eigen id
problem-forbidden-question = de vraag "{ $question }" mag niet gesteld worden: { $what ->
    [bsn] Cohort vraagt sollicitanten nooit om een burgerservicenummer (BSN); een werkgever heeft het pas na de aanname nodig.
    [identity_document] Cohort vraagt sollicitanten nooit om een kopie van een identiteitsbewijs; een werkgever controleert dat pas na de aanname.
    [health] Cohort vraagt sollicitanten nooit naar hun gezondheid, ziekte of beperking.
   *[special_category] Cohort vraagt sollicitanten nooit naar geloof, etnische afkomst, politieke voorkeur, seksuele geaardheid, vakbondslidmaatschap of strafblad.
}
problem-holds-bsn = bevat iets wat op een burgerservicenummer (BSN) lijkt; haal het weg: een werkgever heeft het pas na de aanname nodig
problem-phone = moet een telefoonnummer zijn zoals +31 6 1234 5678
problem-github = "{ $given }" is geen GitHub-gebruikersnaam of profieladres
problem-own-team = is je eigen team: loop mee met een ander team
problem-internship-day = moet een dag van je stage zijn ({ $starts } tot en met { $ends })
problem-listed-twice = "{ $name }" staat er twee keer in
problem-entry = "{ $entry }" { $why }
problem-list-count = noem er 1 tot { $max }
problem-row-cells = heeft { $cells } cellen waar de kopregel er { $header } heeft
problem-date = "{ $given }" is geen datum zoals 2027-02-01
problem-a-date = moet een datum zijn zoals 2027-02-01
problem-date-and-time = moet een datum en tijd zijn
problem-a-number = moet een getal zijn
problem-whole-number = moet een heel getal zijn
problem-whole-euros = moet in hele euro's per maand
problem-minutes = moet een aantal minuten zijn
problem-both-times = geef beide tijden
problem-choose-time = kies een van de tijden
problem-accept-or-decline = kies aannemen of afslaan
problem-published-or-closed = kies gepubliceerd of gesloten
problem-interview-kind = kies wat voor gesprek het is
problem-interview-stage = moet een van de gespreksfasen van deze vacature zijn: { $stages }
problem-stage-kind = kies een soort
problem-other-language = kies een andere taal dan die van de vacature zelf
problem-one-version-per-language = één versie per taal, naast die van de vacature zelf
problem-placeholder = { $unknown } is hier niet beschikbaar; gebruik { $usable }
problem-brace-unopened = heeft een { "}" } zonder zijn { "{" }
problem-brace-unclosed = heeft een { "{" } zonder zijn { "}" }
problem-move-action = moet verder, terug, overslaan, afwijzen of aannemen zijn
problem-window = moet na het begin liggen, hoogstens 14 dagen later
problem-no-such-case-study = is geen casus uit je bibliotheek
problem-repository-or-archive = geef een link naar een repository of een archief (of allebei)
problem-token-no-availability = noem de interviewer: een API-token heeft zelf geen beschikbaarheid
problem-say-why-move = zeg waarom je het gesprek verplaatst
problem-event-types = kies 1 tot 50 soorten gebeurtenissen, of allemaal
problem-event-type = "{ $given }" is geen soort gebeurtenis
problem-not-an-unmatched-intern = is geen stagiair zonder begeleider in deze koppeling
problem-not-a-mentor = is geen begeleider van de organisatie
problem-rejection-reason = een afwijzing heeft een reden nodig
problem-application-ids = kies 1 tot 200 sollicitaties
problem-yes-no-maybe = antwoord ja, nee of misschien
problem-reload = laad de pagina opnieuw en probeer het nog eens
problem-tick-cards = vink eerst de kaarten aan die je wilt afwijzen
problem-choose-case-study = kies een casus
problem-choose-vacancy = kies een vacature
problem-choose-reviewers = kies de beoordelaars
problem-reviewers = noem minstens { $min } verschillende beoordelaars (hoogstens 10)
problem-privacy-consent = ga akkoord met de privacyverklaring (versie { $version }) om verder te gaan
problem-apply-sign-in = log in of maak een account om je sollicitatie te versturen; wat je typte staat er nog
problem-show-your-work = voeg een cv toe, of een GitHub-profiel of portfolio aan je profiel, zodat de organisatie je werk kan zien
problem-resume-not-json = is geen JSON-bestand ({ $detail })
problem-resume-choose = kies eerst je resume.json
problem-resume-schema = volgt het JSON Resume-schema niet ({ $detail })
problem-resume-unreadable = is niet te lezen ({ $detail })
problem-webhook-url = moet een http(s)-adres van hoogstens 1000 tekens zijn
problem-webhook-credentials = mag geen gebruiker of wachtwoord bevatten: de handtekening bewijst waar een levering vandaan komt
problem-webhook-unreachable = is niet te gebruiken: { $why }

## Weigeringen.
said-nothing-here = Hier is niets.
said-changed-first = Iemand anders heeft dit eerst gewijzigd: hier staat het zoals het nu is; er is niets van jou opgeslagen.
said-fault = Er ging bij ons iets mis; er is niets veranderd. Probeer het zo nog eens.
refusal-email-taken = Er is al een account met dit e-mailadres; log in.
refusal-confirmation-invalid = Deze bevestigingslink werkt niet: hij is al gebruikt of verlopen. Registreer opnieuw voor een nieuwe.
refusal-invalid-credentials = Het e-mailadres of wachtwoord klopt niet.
refusal-too-many-attempts = Te vaak verkeerd ingelogd; wacht { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} en probeer het opnieuw.
refusal-too-many-registrations = Vanaf jouw netwerk zijn de laatste tijd te veel accounts geregistreerd; probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw.
refusal-password-link-invalid = Deze link werkt niet: hij is al gebruikt of verlopen. Vraag een nieuwe aan met “Wachtwoord vergeten?”.
refusal-too-many-reset-requests = Er is de laatste tijd te vaak een nieuw wachtwoord aangevraagd; probeer het over { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} opnieuw.
refusal-slug-taken = Er is al een organisatie met deze korte naam.
refusal-already-member = Deze persoon heeft deze rol hier al.
refusal-last-admin = Een organisatie houdt minstens één beheerder.
refusal-duplicate = Dit botst met iets wat er al is.
refusal-stage-occupied = In de fase "{ $stage }" staan sollicitaties: hij kan niet weg, geen andere naam krijgen en niet verplaatst worden.
refusal-positions-filled = { $positions ->
    [one] De ene plaats van deze vacature is vervuld.
   *[other] Alle { $positions } plaatsen van deze vacature zijn vervuld.
}
refusal-vacancy-closed = Op deze vacature kun je reageren van { $opens } tot en met { $closes }; vandaag niet.
refusal-already-applied = Je hebt al op deze vacature gereageerd: je sollicitatie staat op je sollicitatiepagina.
refusal-profile-missing = Vul eerst je profiel in (of neem een JSON Resume mee): elke sollicitatie gebruikt het.
refusal-cv-too-large = Het cv is groter dan 10 MiB.
refusal-not-eligible = Je voldoet niet aan de eisen van deze vacature.
refusal-eligibility-incomplete = Uit wat je hebt ingevuld blijkt nog niet of je aan elke eis voldoet.
refusal-not-hireable = De sollicitatie kan nu niet tot aanname leiden: { $why }
refusal-not-active-for-interview = De sollicitatie is { $status ->
    [hired] aangenomen
    [rejected] afgewezen
   *[withdrawn] ingetrokken
}; alleen lopende sollicitaties krijgen gesprekken.
refusal-not-active-for-case-study = Alleen lopende sollicitaties krijgen een casus.
refusal-booking = Die tijd kan niet geboekt worden: { $why }.
refusal-slot-unavailable = De tijd { $at } kan niet aangeboden worden: { $why }.
refusal-interview-cancelled = Dit gesprek is geannuleerd.
refusal-already-cancelled = Dit gesprek was al geannuleerd.
refusal-already-booked = Het gesprek staat al op die tijd.
refusal-interview-not-held = Alleen een geboekt gesprek krijgt beoordelingen.
refusal-scorecard-submitted = Je hebt je beoordeling van dit gesprek al verstuurd; beoordelingen zijn definitief.
refusal-own-scorecard-first = Verstuur eerst je eigen beoordeling van deze sollicitatie voordat je die van de anderen leest.
refusal-too-many-attachments = Een casus heeft hoogstens 10 bestanden.
refusal-already-invited = Deze kandidaat is al uitgenodigd om op deze vacature te solliciteren.
refusal-already-graded = Je hebt deze inzending al beoordeeld.
refusal-not-submitted = Er is nog niets ingeleverd.
refusal-file-too-large = Het bestand is groter dan { $max } MiB.
refusal-not-an-archive = Het archief is geen zip- of tar.gz-bestand (gecontroleerd aan de inhoud, niet aan de naam).
refusal-not-at-decision = Besluiten worden genomen over lopende sollicitaties in de besluitfase.
refusal-decision-required = Leg eerst het besluit vast: een aanbod volgt daarop.
refusal-offer-open = Deze sollicitatie heeft al een openstaand aanbod.
refusal-offer-not-draft = Alleen een concept-aanbod kan nog veranderen.
refusal-offer-expired = Het aanbod is verlopen op { $at }.
refusal-offer-state = Een aanbod dat { $state ->
    [draft] een concept is
    [sent] verstuurd is
    [accepted] aangenomen is
    [declined] afgeslagen is
    [expired] verlopen is
   *[withdrawn] ingetrokken is
} kan niet { $action ->
    [sent] verstuurd
    [accepted] aangenomen
    [declined] afgeslagen
    [expired] verlopen
   *[withdrawn] ingetrokken
} worden.
refusal-no-data-held = Deze organisatie heeft geen sollicitatie van jou om te bewaren.
refusal-consent-given = Deze toestemming is al gegeven.
refusal-consent-withdrawn = Deze toestemming is al ingetrokken.
refusal-member-of-organisation = Dit account is lid van een organisatie. Een beheerder daar beëindigt eerst het lidmaatschap; daarna kan het account weg.
refusal-internship-in-progress = Er loopt een stage: de gegevens ervan zijn nodig tot hij is afgerond.
refusal-not-an-intern = Je hebt (nog) geen stage: neem eerst een aanbod aan.
refusal-team-exists = De organisatie heeft al een team met die naam.
refusal-unknown-team = Dat team bestaat niet.
refusal-task-done = Deze taak is al gedaan.
refusal-not-task-owner = Deze taak is voor { $owner ->
    [intern] de stagiair
    [recruiter] een recruiter
    [mentor] de begeleider
   *[team_lead] de teamleider
} om af te ronden.
refusal-run-published = Deze koppeling is al gepubliceerd.
refusal-already-matched = Een stagiair uit deze koppeling heeft al een begeleider: maak de koppeling opnieuw.
refusal-pair-not-allowed = Ze hebben geen taal gemeen, of de begeleider leidt het eigen team van de stagiair.
refusal-mentor-full = Deze begeleider heeft in deze koppeling geen plek meer: verplaats eerst een van diens stagiairs.
refusal-evaluation-submitted = De { $kind ->
    [midterm] tussentijdse
   *[final] eindevaluatie
} { $author ->
    [mentor] van de begeleider
   *[intern] van de stagiair
} is al verstuurd.
refusal-already-completed = Deze stage is al afgerond.
refusal-final-evaluation-missing = De eindevaluatie van de begeleider ontbreekt.
refusal-mentor-only = Alleen de begeleider van de stagiair evalueert.
refusal-not-seated = Alleen stagiairs met een plek kunnen aanwezig of afwezig gemeld worden.
refusal-not-an-attendee = Alleen stagiairs die bij deze sessie waren, kunnen feedback geven.
refusal-shadowing-answered = Dit verzoek is al { $status ->
    [accepted] geaccepteerd
    [declined] afgewezen
   *[other] beantwoord
}.
refusal-shadowing-full = { $guests ->
    [one] Het team ontvangt in de week van { $week } al een gast, zijn wekelijkse maximum.
   *[other] Het team ontvangt in de week van { $week } al { $guests } gasten, zijn wekelijkse maximum.
}
refusal-event-full = Deze bijeenkomst is vol.
refusal-submission-late = De deadline was { $at }; deze casus neemt geen werk na de deadline aan.
refusal-submission-empty = Stuur een link naar een repository, een archief of allebei.
refusal-submission-graded = Een beoordelaar heeft het werk al beoordeeld; het kan niet meer veranderen.
refusal-vacancy-status = Een { $from ->
    [draft] concept-
    [published] gepubliceerde
   *[closed] gesloten
}vacature kan niet { $to ->
    [draft] een concept
    [published] gepubliceerd
   *[closed] gesloten
} worden.
refusal-closing-date-passed = De sluitingsdatum { $closes } is voorbij; kies een latere voordat je publiceert.
transition-terminal = De sollicitatie is { $status ->
    [hired] aangenomen
    [rejected] afgewezen
   *[withdrawn] ingetrokken
}: hij kan niet meer verder.
transition-no-next-stage = Er is geen volgende fase.
transition-decide-first = In de besluitfase: neem aan of wijs af.
transition-no-previous-stage = Er is geen vorige fase.
transition-bad-skip = Overslaan gaat vooruit voorbij de volgende fase, hoogstens tot het besluit.
transition-not-skippable = De fase "{ $stage }" kan niet overgeslagen worden.
transition-hire-only-from-decision = Alleen een sollicitatie in de besluitfase kan tot aanname leiden.
transition-unknown-reason = De reden moet een van de afwijzingsredenen van de organisatie zijn.
transition-not-yours = Deze stap is niet aan jou.
transition-unknown-stage = De fase "{ $stage }" van de sollicitatie staat niet in het proces.
pipeline-application-first = de eerste fase, en alleen de eerste, moet van de soort sollicitatie zijn
pipeline-one-decision = er moet precies één besluitfase zijn
pipeline-onboarding-after-decision = na het besluit mogen alleen onboardingfasen komen, en daarvoor geen
pipeline-bad-key = fasesleutels moeten uniek zijn en a-z, 0-9 en _ gebruiken: "{ $key }"
pipeline-bad-name = fasenamen moeten uniek zijn en 1 tot 60 tekens lang: "{ $name }"
conflict-in-past = { $at } is al voorbij
conflict-unavailable = een interviewer is niet beschikbaar op { $at }
conflict-candidate-busy = de kandidaat heeft op die tijd een ander gesprek
conflict-interviewer-busy = een interviewer heeft op die tijd een ander gesprek
conflict-daily-cap = een interviewer heeft op { $day } al { $count } gesprekken, het maximum per dag
conflict-not-offered = die tijd is niet een van de aangeboden tijden
roster-already-enrolled = Je bent al ingeschreven voor deze sessie.
roster-not-enrolled = Je bent niet ingeschreven voor deze sessie.
roster-below-seated = Er hebben al { $seated } stagiairs een plek: de capaciteit kan niet lager.

## Pagina's die zeggen dat er iets misging.
fault-nothing-here = Hier is niets, of het is niet voor jou.
fault-no-such-internship = Deze stage bestaat niet, of is niet gepubliceerd.
fault-to-internships = Bekijk alle open stages.
fault-form-unreadable = Dat formulier kon niet gelezen worden
fault-form-unreadable-text = Er is niets veranderd ({ $why }). Ga terug, laad de pagina opnieuw en probeer het nog eens.
fault-upload-unreadable-text = Er is niets verstuurd ({ $why }). Ga terug en probeer het opnieuw.
fault-too-large = Dat bestand is te groot
fault-too-large-text = Het bestand is groter dan toegestaan (een cv is hoogstens 10 MiB). Er is niets verstuurd.
fault-form-too-large = Dat formulier is te lang
fault-form-too-large-text = Wat je stuurde is groter dan dit formulier aanneemt. Er is niets veranderd: ga terug, maak de langste tekst korter en stuur het opnieuw.
fault-ours = Er ging bij ons iets mis
fault-ours-text = Het is vastgelegd. Er is niets veranderd; probeer het zo nog eens.
fault-cannot-show = Dat kan niet getoond worden

## Veldnamen, zoals formulieren ze noemen (plaatsen in een lijst weggelaten).
field-action = Actie
field-action-items = Actiepunten
field-after-internship-days = Dagen bewaard na een stage
field-after-procedure-days = Dagen bewaard na een procedure
field-application-ids = Sollicitaties
field-attributes = Te beoordelen punten
field-brief = Opdracht
field-capacity = Capaciteit
field-cards = Kaarten
field-case-study-id = Casus
field-closes-on = Sluitingsdatum
field-comment = Opmerking
field-comments = Opmerkingen
field-complete-by = Af vóór
field-country = Land
field-cover-letter = Motivatiebrief
field-current-password = Huidig wachtwoord
field-cv = Cv
field-daily-cap = Gesprekken per dag hoogstens
field-deadline = Deadline
field-description = Beschrijving
field-email = E-mailadres
field-ends-at = Einde
field-ends-on = Laatste dag
field-enrollment = Inschrijving
field-enrollment-end = Einde van de inschrijving
field-enrollment-start = Begin van de inschrijving
field-event-types = Soorten gebeurtenissen
field-expires-at = Antwoord vóór
field-form = Formulier
field-expires-in-days = Dagen tot het verloopt
field-from = Van
field-github = GitHub
field-held-on = Dag
field-hours-allowed = Toegestane uren
field-hours-per-week = Uren per week
field-institution = Onderwijsinstelling
field-institution-country = Land van de onderwijsinstelling
field-interests = Interesses
field-intern-id = Stagiair
field-kind = Soort
field-languages = Talen
field-lead-id = Teamleider
field-level = Niveau
field-link = Link
field-location = Locatie
field-major = Studierichting
field-mandatory-program-id = Verplicht voor
field-mentor-id = Begeleider
field-minutes = Minuten
field-name = Naam
field-new-password = Nieuw wachtwoord
field-notes = Notities
field-on-date = Dag
field-panel = Interviewers
field-password = Wachtwoord
field-phone = Telefoon
field-portfolio-url = Portfolio
field-positions = Plaatsen
field-privacy-notice-version = Privacyverklaring
field-consent-privacy-notice-version = Privacyverklaring
field-profile = Profiel
field-program = Programma
field-program-id = Programma
field-rating = Beoordeling
field-ratings = Beoordelingen
field-rationale = Onderbouwing
field-reason = Reden
field-recommendation = Advies
field-rejection-reasons = Afwijzingsredenen
field-remote-countries = Landen voor werk op afstand
field-repository-url = Repository
field-response = Antwoord
field-resume = JSON Resume
field-reviewers = Beoordelaars
field-reviewers-required = Benodigde beoordelaars
field-role = Rol
field-rubric = Criteria
field-rubric-name = Criterium
field-rubric-weight = Gewicht
field-rules = Eisen
field-scores = Scores
field-skill = Vaardigheden
field-skills = Vaardigheden
field-required-skills = Gevraagde vaardigheden
field-slots = Tijden
field-slug = Korte naam
field-stage = Fase
field-stage-kind = Soort fase
field-stage-template = Standaardfasen
field-stages = Fasen
field-starts-at = Begin
field-starts-on = Eerste dag
field-status = Status
field-stipend-currency = Valuta
field-stipend-euros = Stagevergoeding (euro per maand)
field-stipend-monthly-cents = Stagevergoeding
field-structure = Opbouw
field-tasks = Taken
field-tasks-description = Omschrijving van de taak
field-tasks-due-day = Dag waarop het af moet
field-tasks-title = Taak
field-team = Team
field-team-id = Team
field-title = Titel
field-to = Tot
field-topic = Onderwerp
field-trainer-id = Trainer
field-translation-language = Taal van de andere versie
field-translations-description = Beschrijving (andere taal)
field-translations-language = Taal van de andere versie
field-translations-title = Titel (andere taal)
field-translations-responsibilities = Taken (andere taal)
field-responsibilities = Taken
field-url = Adres
field-user-id = Interviewer
field-version = Versie
field-video-url = Videolink
field-website = Website
field-weekly-guests = Gasten per week
field-weeks = Weken
field-with-consent-days = Dagen bewaard met toestemming
field-opens-on = Openingsdatum
field-field-of-study = Studierichting
field-graduation = Afstuderen
field-work-authorisation = Werkvergunning
field-enrolled-in-country = Ingeschreven in
field-language = Taal
field-subject = Onderwerp
field-body = Tekst
field-due-on = Uiterlijk
field-row = Regel
field-fields-of-study = Studierichtingen
field-work-mode = Werkvorm
field-graduation-earliest = Afstuderen vanaf
field-graduation-latest = Afstuderen tot
field-preferences-skills = Gewenste vaardigheden
field-preferences-fields = Gewenste studierichtingen
field-preferences-languages = Gewenste talen
