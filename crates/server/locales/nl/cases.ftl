# Interviewers en beoordelaars: hun gesprekken en scorekaarten, de cases om te beoordelen; de
# case van de kandidaat.

interviews-title = Mijn gesprekken
interviews-calendar = Agenda
interviews-for = voor { $name }
interviews-of = van { $name }
interviews-their-work = Hun werk:
interviews-scorecard = Scorekaart
interviews-below = ruim onder de lat
interviews-above = ruim boven de lat
interviews-recommendation = Advies
interviews-strong-no = Zeker niet
interviews-no = Nee
interviews-yes = Ja
interviews-strong-yes = Zeker wel
interviews-notes = Aantekeningen
interviews-send = Scorekaart versturen
interviews-sent = Je scorekaart is verstuurd.
interviews-none = Er zijn geen gesprekken met jou ingepland.
interviews-due = Scorekaarten om te versturen
interviews-due-hint = Gehouden of bezig: de oudste eerst. Schrijf hem nu het gesprek nog vers is.
interviews-upcoming = Binnenkort
interviews-upcoming-hint = De eerstvolgende eerst. Je kunt de scorekaart tijdens het gesprek invullen.
interviews-done = Afgerond
interviews-what = { $kind ->
    [hr_chat] Kennismaking met HR
    [technical] Technisch gesprek
    [presentation] Presentatie van hun werk
   *[behavioural] Gedragsgericht gesprek
} ({ $minutes } min)
interviews-scorecard-sent = Scorekaart verstuurd.
interviews-choose-recommendation = kies een advies

reviews-title = Cases om te beoordelen
reviews-hint = Je ziet het werk en de rubric, nooit van wie het werk is; beoordeel het op zijn merites. Een beoordeling is definitief zodra hij verstuurd is.
reviews-none = Niets om te beoordelen.
reviews-submission = inzending { $id }
reviews-submitted = Ingeleverd op { $when }
reviews-late = te laat
reviews-not-yet = Nog niet ingeleverd (deadline { $deadline })
reviews-repository = Repository:
reviews-download = Het archief downloaden
reviews-you-graded = Jij gaf: { $percent }%.
reviews-weight = gewicht { $weight }
reviews-comment = Opmerking voor de recruiter
reviews-send = Beoordeling versturen
reviews-grade-sent = Beoordeling verstuurd: { $percent }% voor „{ $title }”.

case-back = ← Mijn sollicitaties
case-deadline = Deadline:
case-late-taken = (te laat ingeleverd werk wordt aangenomen en als te laat gemarkeerd)
case-repository-is = Repository: { $url }.
case-archive-is = Archief: { $file }.
case-brief = De opdracht
case-files = Bestanden
case-how-graded = Hoe er beoordeeld wordt
case-how-graded-hint = Beoordelaars beoordelen je werk zonder je naam te zien, elk criterium van 1 tot 5.
case-rubric = Rubric
case-criterion = Criterium
case-weight = Gewicht
case-looks-for = Waar beoordelaars op letten
case-submit-work = Lever je werk in
case-replace = Vervang je inzending
case-repository = Link naar de repository
case-archive = En/of een archief
case-archive-hint = (zip of tar.gz, hoogstens 50 MB)
case-file-size = { $kb } KB
case-repository-example = https://github.com/jij/case
case-submit = Inleveren
case-submitted = { $late ->
    [yes] Ingeleverd op { $when }, na de deadline.
   *[no] Ingeleverd op { $when }.
}
case-submitted-now = { $late ->
    [yes] Ingeleverd (na de deadline, gemarkeerd als te laat). Je kunt het vervangen tot een beoordelaar het heeft beoordeeld.
   *[no] Ingeleverd. Je kunt het vervangen tot een beoordelaar het heeft beoordeeld.
}
library-title = Casusbibliotheek
library-intro = De zelfstandige casussen die je kandidaten geeft: de opdracht die ze lezen, de beoordelingscriteria van de beoordelaars en de regels van de deadline.
library-list = Casussen
library-none = Nog geen casussen: schrijf hieronder de eerste.
library-add = Een casus toevoegen
library-back = Alle casussen
library-brief = Opdracht
library-brief-hint = Wat de kandidaat leest, in Markdown: het probleem, wat ze inleveren, hoe het beoordeeld wordt.
library-rubric = Beoordelingscriteria
library-rubric-hint = Beoordelaars geven elk criterium 1 tot 5; het gewicht (1 tot 100) bepaalt hoe zwaar het telt. Laat een naam leeg om de rij weg te laten.
library-criterion-n = Criterium { $n }
library-criterion-name = Criterium { $n }
library-criterion-weight = Gewicht van criterium { $n }
library-criterion-description = Waar beoordelaars op letten (criterium { $n })
library-hours = Uren die de kandidaat heeft
library-reviewers = Beoordelaars per inzending
library-late = Werk dat na de deadline binnenkomt
library-late-refuse = Weigeren, met de melding dat de deadline voorbij is
library-late-accept = Aannemen, gemarkeerd als te laat
library-hours-n = { $hours } uur
library-reviewers-n = { $count ->
    [one] 1 beoordelaar
   *[other] { $count } beoordelaars
}
library-criteria-n = { $count ->
    [one] 1 criterium
   *[other] { $count } criteria
}
library-files-n = { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
}
library-files = Bestanden bij de opdracht
library-files-none = Nog geen bestanden.
library-file = Een bestand voor kandidaten (hoogstens 10 MB)
library-file-hint = Bijvoorbeeld startcode of een dataset; elke kandidaat die deze casus krijgt kan het downloaden.
library-attach = Het bestand toevoegen
library-attached = Het bestand is toegevoegd; de opdracht heeft { $count ->
    [one] 1 bestand
   *[other] { $count } bestanden
}.
library-change = De casus wijzigen
library-change-hint = Kandidaten die hem al kregen houden hun deadline.
library-saved = De casus is opgeslagen.
library-about = De casussen die kandidaten krijgen: opdracht, beoordelingscriteria, bestanden en de regels van de deadline.
