# Het openbare vacatureoverzicht en de pagina van een vacature.

board-title = Stages
board-heading = Stages in software-engineering
board-what = Wat
board-what-example = bijv. Python of backend
board-skill = Vaardigheid
board-skill-example = bijv. TypeScript
board-where = Waar
board-where-example = bijv. Amsterdam
board-found = { $count ->
    [one] 1 stage gevonden
   *[other] { $count } stages gevonden
}
board-remote-only = Alleen op afstand
board-search = Zoeken
board-none-open = Er staan nu geen stages open. Nieuwe verschijnen hier zodra organisaties ze publiceren.
board-none-match = Geen open stages passen bij deze zoekopdracht. Probeer minder woorden, of een andere vaardigheid.
board-hours = { $hours } u/week
board-apply-by = Solliciteer uiterlijk { $date }
board-more = Meer stages →

job-remote = Op afstand ({ $countries })
job-hybrid = { $location } (hybride)
job-to-be-agreed = In overleg
job-stipend = { $amount } per maand
job-all = ← Alle stages
job-website = Website
job-title = { $title } bij { $organisation }
job-closed = Voor deze stage kun je niet meer solliciteren.
job-when = Wanneer
job-where = Waar
job-hours = Uren
job-hours-value = { $hours } per week
job-stipend-label = Stagevergoeding
job-no-stipend = Geen
job-places = Plaatsen
job-apply-by = Solliciteren tot en met
job-what-you-do = Wat je gaat doen
job-who-can-apply = Wie kan solliciteren
job-nice-to-have = Mooi meegenomen
job-eligible = Kom ik in aanmerking?
job-eligible-text = Vul je profiel in en zie per regel of je in aanmerking komt, voordat je iets verstuurt.
job-check-and-apply = Controleer en solliciteer
