# Het portaal van de kandidaat: sollicitaties, gesprekken, casussen en aanbiedingen.

portal-title = Mijn sollicitaties
portal-none = Je hebt nog niet gesolliciteerd.
portal-find = Zoek een stage.
portal-status-active = Loopt
portal-status-hired = Aangenomen
portal-status-rejected = Niet gekozen
portal-status-withdrawn = Ingetrokken
portal-my-internship = Mijn stage: onboarding, team en begeleider
portal-stages = Fases van deze sollicitatie
portal-skipped = overgeslagen
portal-to-come = nog te gaan
portal-next = Volgende stap: { $stage }
portal-interview = { $kind ->
    [hr_chat] Een eerste gesprek met HR
    [technical] Een technisch gesprek
    [presentation] Een gesprek waarin je je werk presenteert
   *[behavioural] Een gesprek over hoe je werkt
} ({ $minutes } minuten)
portal-booked-for = Gepland op
portal-add-to-calendar = Zet het in je agenda
portal-choose-time = Kies een tijd
portal-book = Deze tijd vastleggen
portal-booked = Gepland op { $when }. De uitnodiging staat in je e-mail en hieronder.
portal-case-study = Casus:
portal-case-submitted = ingeleverd { $when }
portal-case-due = inleveren uiterlijk { $when } — { $left }
portal-offer-open = Een aanbod voor jou
portal-offer-status = Aanbod: { $status ->
    [accepted] aangenomen
    [declined] afgewezen
    [withdrawn] ingetrokken
   *[expired] verlopen
}
portal-offer-from = Van
portal-offer-until = Tot en met
portal-offer-hours = Uren
portal-offer-hours-value = { $hours } per week
portal-offer-stipend = Stagevergoeding
portal-offer-stipend-value = { $amount } per maand
portal-offer-no-stipend = Geen
portal-offer-team = Team
portal-offer-where = Waar
portal-answer-by = Antwoord uiterlijk { $when }.
portal-accept = Aanbod aannemen
portal-decline-why = Waarom je het afwijst (niet verplicht)
portal-decline = Afwijzen
portal-accepted = Je hebt het aanbod aangenomen. Welkom!
portal-declined = Je hebt het aanbod afgewezen.
portal-applied = Gesolliciteerd op { $date }

time-left = nog { $days ->
    [0] { $hours ->
        [0] { $minutes ->
            [one] 1 minuut
           *[other] { $minutes } minuten
        }
        [one] 1 uur { $minutes ->
            [one] 1 minuut
           *[other] { $minutes } minuten
        }
       *[other] { $hours } uur { $minutes ->
            [one] 1 minuut
           *[other] { $minutes } minuten
        }
    }
    [one] 1 dag { $hours ->
        [one] 1 uur
       *[other] { $hours } uur
    }
   *[other] { $days } dagen { $hours ->
        [one] 1 uur
       *[other] { $hours } uur
    }
}
time-passed = de deadline is verstreken
countdown-left = nog { $time }

# De namen van de standaardfases, waar een organisatie ze zo liet.
stage-application = Sollicitatie
stage-hr_chat = Kennismaking met HR
stage-interviews = Gesprekken
stage-case_study = Casus
stage-decision = Besluit
stage-onboarding = Onboarding
portal-withdraw = Trek deze sollicitatie in
portal-withdraw-text = { $organisation } neemt je niet langer mee voor deze vacature. Dit kun je niet ongedaan maken.
portal-withdraw-confirm = Mijn sollicitatie intrekken
portal-withdrawn = Je sollicitatie is ingetrokken.
profile-title = Mijn profiel
profile-intro = Waar al je sollicitaties mee beginnen. Hier wijzigen verandert geen sollicitatie die je al stuurde.
profile-intro-new = Vul je profiel één keer in: elke sollicitatie begint ermee, en je kijkt ermee of je in aanmerking komt.
profile-save = Mijn profiel opslaan
profile-saved = Je profiel is opgeslagen; je volgende sollicitaties beginnen ermee.
me-nav = Mijn pagina's
me-account = Account en wachtwoord
