# De pagina's van de organisatie voor recruiters: vacatures, het bord, afwijzen.

orgs-title = Werving
orgs-none = Je bent geen lid van een organisatie.
orgs-vacancies-and-boards = Vacatures en borden
orgs-reports = Rapportages
orgs-matching = Begeleiders koppelen
orgs-my-interviews = Mijn gesprekken
orgs-case-reviews = Casussen om te beoordelen
orgs-trainings = Trainingen
orgs-shadowing = Meeloopverzoeken
orgs-events = Netwerkevenementen
orgs-interns = Stagiairs
orgs-mentees = Mijn stagiairs
org-vacancies = Vacatures
org-write-vacancy = Schrijf een vacature
org-programmes = Programma's
org-no-vacancies = Nog geen vacatures.
org-vacancies-of = Vacatures van { $organisation }
org-vacancy = Vacature
org-status = Status
org-active = Lopende sollicitaties
org-edit = bewerken
vacancy-status = { $status ->
    [draft] concept
    [published] gepubliceerd
   *[closed] gesloten
}

board-page-title = Bord: { $vacancy }
board-all-vacancies = ← Alle vacatures
board-find-cards = Kaarten zoeken
board-find = Zoeken
board-find-example = Naam, universiteit, vaardigheid…
board-with-skill = Met de vaardigheid
board-with-skill-example = bijv. Python
board-order = Volgorde
board-order-match = Beste match eerst
board-order-waiting = Langst in de fase eerst
board-order-newest = Nieuwste eerst
board-show = Tonen
board-matches = { $shown ->
    [one] 1 kaart past.
   *[other] { $shown } kaarten passen.
}
board-show-every-card = Toon alle kaarten
board-reject-ticked-reason = Wijs de aangevinkte kaarten af, met de reden
board-choose = Kies…
board-reject-ticked = Wijs de aangevinkte kaarten af
board-select = Selecteer { $name }
board-card-facts = Match { $score }% · { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} in deze fase
board-move-on = Door naar volgende fase
board-decide-from-application = Besluit en doe een aanbod vanuit de sollicitatie.
board-reject = Afwijzen
board-reject-name = { $name } afwijzen
board-reason = Reden (de kandidaat krijgt een vriendelijk bericht; de reden blijft voor je rapportages)
board-cancel = Annuleren
board-drag-hint = Verplaats een kaart met de knoppen, of sleep hem naar een andere kolom.
board-closed = { $closed ->
    [one] 1 afgewezen of ingetrokken sollicitatie staat niet op het bord.
   *[other] { $closed } afgewezen of ingetrokken sollicitaties staan niet op het bord.
}
board-back = ← Bord
board-moved-to = { $name } staat nu bij { $stage }.
board-moved-rejected = { $name } is nu afgewezen.
board-moved-first = Iemand anders verplaatste de kaart van { $name } eerder; er is niets veranderd. Het bord laat zien waar hij nu staat.
board-not-moved = Niet verplaatst: { $why }
board-rejected-all = { $rejected ->
    [one] 1 afgewezen; de kandidaat krijgt bericht.
   *[other] { $rejected } afgewezen; elke kandidaat krijgt bericht.
}
board-rejected-some = { $rejected } afgewezen; { $refused } niet ({ $why }).

# De afwijzingsredenen waarmee elke organisatie begint, waar ze die hield (op volgorde).
reason-0 = Voldoet niet aan de eisen
reason-1 = Een andere kandidaat paste beter
reason-2 = Plaats al vervuld
reason-3 = Casus onder de maat
reason-4 = Niet verschenen
reason-5 = Kandidaat heeft een ander aanbod aangenomen

reports-title = Rapportages
reports-of = Rapportages van { $organisation }
reports-vacancy = Vacature
reports-all-vacancies = Alle vacatures
reports-show = Tonen
reports-summary = Sollicitaties: { $applications } · besluiten: { $decisions } · mediane tijd tot een besluit: { $median }
reports-funnel = Trechter
reports-funnel-chart = Sollicitaties die elke fase bereikten.
reports-funnel-caption = De trechter in getallen
reports-stage = Fase
reports-reached = Bereikt
reports-from-before = Van de fase ervoor
reports-median-in = Mediane tijd erin
reports-download-funnel = De trechter downloaden (CSV)
reports-download = Downloaden (CSV)
reports-per-week = Sollicitaties per week
reports-per-week-chart = Ontvangen sollicitaties per ISO-week.
reports-per-week-caption = Sollicitaties per week in getallen
reports-week = Week
reports-applications = Sollicitaties
reports-reasons = Redenen van afwijzing
reports-no-rejections = Nog geen afwijzingen.
reports-reason = Reden
reports-sources = Bronnen
reports-no-applications = Nog geen sollicitaties.
reports-sources-caption = Waar sollicitaties vandaan kwamen
reports-source = Bron
reports-interviewers = Interviewers
reports-no-interviews = Nog geen gesprekken.
reports-load-caption = Belasting van interviewers
reports-interviewer = Interviewer
reports-interviews = Gesprekken
reports-scorecards = Scorekaarten
reports-overdue = Te laat
reports-days = { $days } dagen
reports-hours = { $hours } uur
talent-title = Talentenpool
talent-intro = Kandidaten die je organisatie importeerde (uit een CSV-bestand of JSON Resumes met het commando “cohort import candidates”), met hun toestemming bewaard voor toekomstige vacatures. Zoek iemand en nodig die uit te solliciteren: ze krijgen een e-mail met een link naar de vacature.
talent-search = Zoek op naam, e-mailadres of vaardigheid
talent-search-hint = Bijvoorbeeld: Python, Delft, ada@
talent-find = Zoeken
talent-empty = De talentenpool is leeg. Importeer kandidaten met het commando “cohort import candidates”.
talent-none-found = Niemand in de pool past bij "{ $q }".
talent-skills = Vaardigheden: { $skills }
talent-imported = In de pool sinds { $date }
talent-was-invited = Uitgenodigd te solliciteren op { $vacancy } op { $when }
talent-closed-vacancy = een vacature die nu gesloten is
talent-no-open-vacancy = Geen vacature neemt nu sollicitaties aan, dus niemand kan worden uitgenodigd.
talent-invite-to = { $name } uitnodigen te solliciteren op
talent-invite = Uitnodigen te solliciteren
talent-invited = De uitnodiging om te solliciteren is onderweg.
talent-more = Meer kandidaten
talent-about = Kandidaten bewaard voor toekomstige vacatures: zoek ze en nodig ze uit te solliciteren.
