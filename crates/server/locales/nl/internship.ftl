# De pagina's van de stage voor medewerkers en stagiairs: mentoren koppelen, begeleiding,
# trainingen, meelopen, evenementen, stagiairs.

matching-title = Mentoren koppelen
matching-propose = Een koppeling voorstellen
matching-propose-hint = Koppelt elke stagiair van het programma die nog geen mentor heeft: de hoogste totaalscore binnen de ruimte van elke mentor, altijd met een gedeelde taal. Er verandert niets tot je publiceert.
matching-no-programmes = Nog geen programma's.
matching-programme = Programma
matching-not-own-lead = Koppel een stagiair nooit aan de leidinggevende van het eigen team
matching-runs = Koppelingen
matching-no-runs = Nog geen koppelingen voorgesteld.
matching-runs-caption = Voorgestelde en gepubliceerde koppelingen
matching-proposed-at = Voorgesteld
matching-status = Status
matching-pairs = Paren
matching-unmatched = Niet gekoppeld
matching-run-status = { $status ->
    [proposed] voorgesteld
   *[published] gepubliceerd
}
matching-mentors = Mentoren
matching-no-mentors = Nog geen mentor heeft een profiel (leden met de rol mentor vullen hun ruimte en talen in).
matching-mentors-caption = Mentoren met hun ruimte
matching-mentor = Mentor
matching-mentees-now = Mentees nu
matching-capacity = Ruimte
matching-languages = Talen
matching-skills = Vaardigheden
matching-for = Koppeling voor { $programme }
matching-back = ← Mentoren koppelen
matching-is-proposed = Voorgesteld — er verandert niets tot je publiceert.
matching-is-published = Gepubliceerd: elke stagiair hieronder heeft een mentor.
matching-total = Totaalscore { $total }.
matching-all-had-mentor = Elke stagiair van dit programma had al een mentor.
matching-score = score { $score }
matching-no-mentor = geen mentor
matching-mentor-of = Mentor van { $intern }
matching-leave-unmatched = Voorlopig niet koppelen
matching-change = Wijzigen
matching-publish = Publiceren: geef elke stagiair een mentor en laat het beiden weten
matching-reason = { $factor ->
    [skills] deelt { $count } van de vaardigheden van de stagiair: { $shared }
    [interests] deelt { $count } van de interesses van de stagiair: { $shared }
   *[network] uit een ander team, wat het netwerk van de stagiair vergroot
}
matching-mentor-room = { $name } (nu { $mentees } van { $capacity })
matching-proposed = Voorgesteld: { $pairs ->
    [one] 1 paar
   *[other] { $pairs } paren
}, { $unmatched } niet gekoppeld. Er verandert niets tot je publiceert.
matching-pair-changed = Paar gewijzigd.
matching-published = Gepubliceerd: { $interns ->
    [one] 1 stagiair heeft nu een mentor
   *[other] { $interns } stagiairs hebben nu een mentor
}, en beide kanten zijn op de hoogte gebracht.
matching-choose-programme = kies een programma
matching-no-such-programme = dit programma bestaat niet

form-starts-utc = Begint (UTC)
form-ends-utc = Eindigt (UTC)
form-a-date-and-time = een datum en tijd
form-choose-one = kies er een
form-a-number-or-empty = een getal, of leeg voor geen maximum

events-title = Netwerkevenementen
events-hint = Meet-ups, lunches en praatjes waar stagiairs mensen uit andere teams ontmoeten.
events-none = Er komen geen evenementen aan.
events-add = Een evenement toevoegen
events-name = Titel
events-what = Wat er gebeurt
events-where = Waar
events-for = Voor
events-every-intern = Alle stagiairs
events-interns-of = Stagiairs van { $programme }
events-one-programme = Stagiairs van één programma
events-places = Plaatsen
events-places-hint = (leeg: geen maximum)
events-add-button = Evenement toevoegen
events-coming = { $coming } komen
events-coming-left = { $coming } komen, nog { $left ->
    [one] 1 plaats
   *[other] { $left } plaatsen
} vrij
events-added = „{ $title }” toegevoegd op { $when }; stagiairs kunnen laten weten of ze komen.

trainings-title = Workshops en trainingen
trainings-back = ← Workshops en trainingen
trainings-back-internship = ← Mijn stage
trainings-catalogue-empty = De catalogus is leeg.
trainings-none-yet = Er staan nog geen trainingen in de catalogus.
trainings-no-sessions = Nog geen sessies.
trainings-no-sessions-planned = Er zijn nog geen sessies gepland.
trainings-sessions-of = Sessies van { $title }
trainings-of = van { $title }
trainings-in = voor { $title }, { $when }
trainings-when = Wanneer
trainings-trainer = Trainer
trainings-seats = Plaatsen
trainings-schedule = Een sessie inplannen
trainings-schedule-button = Inplannen
trainings-change = Wijzigen
trainings-save = Opslaan
trainings-add = Een training toevoegen
trainings-add-button = Training toevoegen
trainings-name = Titel
trainings-topic = Onderwerp
trainings-level = Niveau
trainings-covers = Wat er aan bod komt
trainings-skills = Vaardigheden die het oplevert
trainings-comma-separated = (gescheiden door komma's)
trainings-mandatory-for = Verplicht voor
trainings-nobody-optional = Niemand (optioneel)
trainings-complete-by = Afronden vóór
trainings-complete-by-hint = (verplichte trainingen)
trainings-link = Of een link om mee te doen
trainings-nobody-yet = Nog niemand
trainings-topic-name = { $topic ->
    [induction] introductie
    [cybersecurity] cyberveiligheid
    [presentation_skills] presentatievaardigheden
    [agile] agile
    [cloud] cloud
    [testing] testen
    [engineering] engineering
   *[other] overig
}
trainings-level-name = { $level ->
    [beginner] beginner
    [intermediate] gemiddeld
   *[advanced] gevorderd
}
trainings-about = { $topic } · { $level }
trainings-about-mandatory = { $topic } · { $level } · verplicht, afronden vóór { $date }
trainings-seats-taken = { $waiting ->
    [0] { $seated } van { $capacity } plaatsen bezet
   *[other] { $seated } van { $capacity } plaatsen bezet, { $waiting } wachtend
}
trainings-mandatory = verplicht
trainings-overdue = te laat
trainings-completed = afgerond op { $when }
trainings-your-rating = Jouw beoordeling
trainings-now = (nu { $rating })
trainings-comment = Opmerking
trainings-rate = Beoordelen
trainings-give-up = Mijn plaats opgeven
trainings-join-waiting = Op de wachtlijst
trainings-enrol = Inschrijven
trainings-have-seat = Je hebt een plaats.
trainings-waiting-number = Je staat op de wachtlijst: nummer { $number }.
trainings-waiting = Je staat op de wachtlijst.
trainings-full = De sessie is vol: je staat op de wachtlijst. Je schuift op als iemand afzegt.
trainings-full-number = De sessie is vol: je staat op de wachtlijst, nummer { $number }. Je schuift op als iemand afzegt.
trainings-given-up = Je plaats is opgegeven.
trainings-thanks = Bedankt voor je feedback.
trainings-choose-rating = kies van 1 tot 5
trainings-choose-topic = kies een onderwerp
trainings-choose-level = kies een niveau
trainings-a-date = een datum
trainings-a-number-of-seats = een aantal plaatsen
trainings-added = „{ $title }” toegevoegd: plan nu een sessie in.
trainings-saved = „{ $title }” opgeslagen.
trainings-scheduled = Sessie van „{ $title }” ingepland op { $when }.

roster-nobody = Er heeft zich nog niemand ingeschreven.
roster-caption = Plaatsen, daarna de wachtlijst op volgorde
roster-intern = Stagiair
roster-place = Plaats
roster-attendance = Aanwezigheid
roster-feedback = Feedback
roster-present = Aanwezig
roster-absent = Afwezig
roster-change = Deze sessie wijzigen
roster-change-hint = Extra plaatsen gaan op volgorde naar de wachtlijst; er kunnen niet minder plaatsen zijn dan er bezet zijn.
roster-save = Sessie opslaan
roster-seated = heeft een plaats
roster-waiting-number = wachtend, nummer { $number }
roster-waiting = wachtend
roster-was-present = aanwezig
roster-was-absent = afwezig
roster-choose-attendee = kies een deelnemer
roster-marked-present = Aanwezig gemeld: de training is afgerond.
roster-marked-absent = Afwezig gemeld.
roster-saved = Opgeslagen: { $seated } van { $capacity } plaatsen bezet, { $waiting } wachtend.{ $moved ->
    [0] {""}
    [one] {" "}Eén stagiair van de wachtlijst heeft nu een plaats.
   *[other] {" "}{ $moved } stagiairs van de wachtlijst hebben nu een plaats.
}

internship-title = Mijn stage
internship-at = Mijn stage bij { $organisation }
internship-when = Wanneer
internship-team = Team
internship-mentor = Mentor
internship-status = Status
internship-period = { $from } tot en met { $until }
internship-not-placed = Nog niet geplaatst
internship-not-matched = Nog niet gekoppeld
internship-trainings = Workshops en trainingen
internship-shadow = Meelopen met een ander team
internship-events = Netwerkevenementen
internship-onboarding = Onboarding: { $done } van { $total } gedaan{ $overdue ->
    [0] {""}
   *[other] , { $overdue } te laat
}
internship-task-state = { $state ->
    [done] gedaan
    [overdue] te laat
   *[open] open
}
internship-by-due = Door { $owner ->
    [intern] jou
    [recruiter] HR
    [mentor] je mentor
   *[team_lead] je teamleider
}, uiterlijk { $due }
internship-mark-done = Afvinken
internship-task-done = Gedaan: { $title }.
intern-status = { $status ->
    [active] actief
   *[completed] afgerond
}

interns-title = Stagiairs
interns-at = Stagiairs bij { $organisation }
interns-my-mentees = Mijn mentees
interns-back = ← Stagiairs
interns-none = Nog geen stagiairs.
interns-caption = Stagiairs met hun voortgang in de onboarding
interns-intern = Stagiair
interns-trainings-overdue = Trainingen te laat
interns-onboarding = Onboarding
interns-onboarding-of = Onboarding van { $name }
interns-overdue = { $count } te laat
interns-not-matched = Niet gekoppeld

mentorship-one-on-ones = 1-op-1-gesprekken
mentorship-no-one-on-ones = Nog geen 1-op-1-gesprekken vastgelegd.
mentorship-logged-by = vastgelegd door { $name }
mentorship-log = Een 1-op-1-gesprek vastleggen
mentorship-held-on = Gehouden op
mentorship-notes = Aantekeningen
mentorship-action-items = Actiepunten
mentorship-one-per-line = (één per regel)
mentorship-log-button = Gesprek vastleggen
mentorship-goals = Doelen
mentorship-no-goals = Nog geen doelen gesteld.
mentorship-by = Uiterlijk { $date }
mentorship-status-of = Status van „{ $goal }”
mentorship-change = Wijzigen
mentorship-set-goal = Een doel stellen
mentorship-goal = Doel
mentorship-detail = Toelichting
mentorship-by-optional = Uiterlijk
mentorship-optional = (optioneel)
mentorship-set-goal-button = Doel stellen
mentorship-evaluations = Beoordelingen
mentorship-no-evaluations = Nog geen beoordelingen.
mentorship-evaluation-caption = { $title }, { $date }
mentorship-evaluation-caption-average = { $title }, { $date }: gemiddeld { $average } van 5
mentorship-criterion = Criterium
mentorship-rating = Cijfer (1–5)
mentorship-evaluate = Beoordelen
mentorship-self-assess = Een zelfbeoordeling schrijven
mentorship-which = Welke
mentorship-not-yet = nog niet
mentorship-excellent = uitstekend
mentorship-comments = Opmerkingen
mentorship-send-evaluation = Beoordeling versturen
mentorship-send-self-assessment = Zelfbeoordeling versturen
mentorship-kind = { $kind ->
    [midterm] Tussentijds
   *[final] Eind
}
mentorship-evaluation-title = { $author ->
    [mentor] { $kind ->
        [midterm] Tussentijdse beoordeling door de mentor
       *[final] Eindbeoordeling door de mentor
    }
   *[intern] { $kind ->
        [midterm] Tussentijdse zelfbeoordeling
       *[final] Zelfbeoordeling aan het eind
    }
}
mentorship-goal-status = { $status ->
    [open] Open
    [in_progress] Bezig
    [met] Gehaald
   *[dropped] Vervallen
}
mentorship-criterion-name = { $criterion ->
    [technical_skills] Technische vaardigheden
    [communication] Communicatie
    [teamwork] Samenwerken
    [ownership] Eigenaarschap
    [learning] Leren
   *[other] Overig
}
mentorship-criterion-description = { $criterion ->
    [technical_skills] Schrijft werkende, geteste, leesbare code voor de systemen van het team
    [communication] Legt werk helder uit, op schrift, in stand-ups en in presentaties
    [teamwork] Werkt samen met het team: reviews, pair programming, hulp vragen en geven
    [ownership] Brengt een taak van begin tot eind en volgt hem op
   *[learning] Leert van feedback en trainingen, en groeit tijdens de stage
}
mentorship-logged = 1-op-1-gesprek vastgelegd.
mentorship-goal-now = Doel „{ $goal }” is nu { $status ->
    [open] open
    [in_progress] bezig
    [met] gehaald
   *[dropped] vervallen
}.
mentorship-goal-set = Doel gesteld: { $goal }.
mentorship-evaluation-sent = Beoordeling verstuurd.
mentorship-a-date = een datum zoals 2026-09-01
mentorship-the-day = de dag waarop het gehouden werd
mentorship-choose-status = kies een status
mentorship-midterm-or-final = tussentijds of eind

visits-title = Verzoeken om mee te lopen
visits-hint = Stagiairs die een dag met je team willen meelopen. Bij accepteren blijft het team binnen zijn aantal gasten per week.
visits-plan = Een rooster maken voor een programma
visits-none = Geen verzoeken voor jouw teams.
visits-accept = Accepteren
visits-decline = Afwijzen
visits-status = { $status ->
    [pending] in afwachting
    [accepted] geaccepteerd
    [declined] afgewezen
   *[cancelled] afgezegd
}
visits-accepted = Het bezoek op { $day } is geaccepteerd.
visits-declined = Het bezoek op { $day } is afgewezen.

rotation-title = Meeloop-rooster
rotation-back = ← Verzoeken om mee te lopen
rotation-heading = Een meeloop-rooster maken
rotation-hint = Een voorstel: geen stagiair bezoekt het eigen team of een team dat hij al bezocht, geen team krijgt meer gasten per week dan het aangaf, en de bezoeken zijn eerlijk verdeeld. Er wordt niets geboekt; stagiairs vragen zelf de bezoeken aan die ze willen.
rotation-programme = Programma
rotation-first-week = Eerste week
rotation-weeks = Weken
rotation-propose = Voorstellen
rotation-caption = Wie met welk team meeloopt, week voor week
rotation-intern = Stagiair
rotation-week-of = Week van { $date }
rotation-nothing-fits = Er passen geen bezoeken: zijn er actieve stagiairs, en teams die gasten ontvangen?
rotation-fairness = { $fewest ->
    [one] { $most ->
        [one] Elke stagiair bezoekt één team.
       *[other] Elke stagiair bezoekt 1 tot { $most } teams.
    }
   *[other] { $same ->
        [yes] Elke stagiair bezoekt { $fewest } teams.
       *[no] Elke stagiair bezoekt { $fewest } tot { $most } teams.
    }
}
rotation-choose-programme = kies een programma
rotation-a-date = een datum
rotation-a-number-of-weeks = een aantal weken

shadowing-title = Meelopen en netwerken
shadowing-shadow = Meelopen met een ander team
shadowing-no-team = Er is nog geen ander team om mee te lopen.
shadowing-team = Team
shadowing-day = Dag
shadowing-hope = Wat je hoopt te leren
shadowing-ask = Vragen om mee te lopen
shadowing-my-requests = Mijn verzoeken
shadowing-no-requests = Nog geen verzoeken.
shadowing-call-off = Afzeggen
shadowing-you-said = je zei { $answer ->
    [yes] ja
    [maybe] misschien
   *[no] nee
}
shadowing-coming = Ik kom
shadowing-maybe = Misschien
shadowing-not-coming = Ik kom niet
shadowing-full = Vol: geen plaatsen meer.
shadowing-called-off = Verzoek afgezegd.
shadowing-asked = Gevraagd om mee te lopen op { $day }; de teamleider antwoordt.
shadowing-choose-team = kies een team
shadowing-choose-day = kies een dag
shadowing-answer = { $answer ->
    [yes] Je komt naar „{ $title }”.
    [maybe] Misschien: „{ $title }” rekent later op een ja of nee.
   *[no] Je komt niet naar „{ $title }”.
}
