# De woorden waarmee e-mails hun sjablonen vullen.

mail-greeting = Beste { $name },
mail-greeting-team = Hallo,
mail-next-step = De volgende stap is: { $stage }.
mail-after-this = Daarna volgt: { $stage }.
mail-interview-kind = { $kind ->
    [hr_chat] Kennismakingsgesprek met HR
    [technical] Technisch gesprek
    [presentation] Presentatie van je werk
   *[behavioural] Gesprek over hoe je werkt
}
mail-place-both = in { $location }, of online: { $video }
mail-place-location = in { $location }
mail-place-online = online: { $video }
mail-with = { " " }met { $name }
mail-terms = Van { $starts } tot en met { $ends }, { $hours } uur per week in { $location }, in het team { $team }.
mail-terms-stipend = Van { $starts } tot en met { $ends }, { $hours } uur per week in { $location }, in het team { $team }, met een stagevergoeding van { $amount } per maand.

mail-confirm-subject = Bevestig je Cohort-account
mail-confirm-text = Iemand, hopelijk jij, heeft met dit e-mailadres een Cohort-account aangevraagd. Open binnen 24 uur deze link om het af te maken:
mail-confirm-ignore = Heb je geen account aangevraagd? Negeer deze e-mail dan: zonder de link wordt er geen account gemaakt.
mail-exists-subject = Je hebt al een Cohort-account
mail-exists-text = Iemand, misschien jij, probeerde met dit e-mailadres een nieuw Cohort-account aan te maken. Je hebt er al een, dus er is niets gemaakt. Log hier in:
mail-exists-ignore = Was jij het niet? Dan kun je deze e-mail negeren: er is niets aan je account veranderd.
mail-reset-subject = Kies een nieuw Cohort-wachtwoord
mail-reset-text = Iemand, hopelijk jij, heeft gevraagd het wachtwoord van je Cohort-account opnieuw in te stellen. Open binnen een uur deze link om een nieuw wachtwoord te kiezen; hij werkt één keer en meldt je overal anders af:
mail-reset-ignore = Heb je dit niet gevraagd? Negeer deze e-mail dan: je wachtwoord blijft zoals het is.
mail-invitation-subject = { $inviter } nodigt je uit bij { $organisation } op Cohort
mail-invitation-text = { $inviter } heeft je uitgenodigd bij { $organisation } op Cohort als { $role ->
    [admin] beheerder
    [recruiter] recruiter
    [interviewer] interviewer
   *[mentor] mentor
}. Open binnen 7 dagen deze link om je wachtwoord te kiezen en in te loggen:
mail-invitation-ignore = Had je dit niet verwacht? Negeer deze e-mail dan; zonder de link kan niemand het account gebruiken.
mail-added-subject = Je bent nu { $role ->
    [admin] beheerder
    [recruiter] recruiter
    [interviewer] interviewer
   *[mentor] mentor
} bij { $organisation } op Cohort
mail-added-text = { $inviter } heeft je een rol gegeven bij { $organisation } op Cohort. Log zoals altijd in met je account:

# Agendateksten (.ics): een gesprek zoals de agenda van de lezer het toont.
ics-calendar-name = Cohort-gesprekken
ics-kind = { $kind ->
    [hr_chat] Kennismakingsgesprek met HR
    [technical] Technisch gesprek
    [presentation] Presentatie
   *[behavioural] Gesprek over hoe je werkt
}
ics-summary = { $kind }: { $vacancy } bij { $organisation }
ics-description = { $kind } voor { $vacancy } bij { $organisation }.
ics-stage = Fase: { $stage }.
ics-join = Online: { $url }
ics-cancelled = Geannuleerd: { $reason }
mail-sample-vacancy = Stagiair backend-ontwikkeling
mail-sample-reason = De interviewer is ziek.
mail-sample-case-study = Bouw een kleine REST-API
mail-sample-team = Betalingen
mail-sample-training = Goede tests schrijven
mail-talent-subject = { $organisation } nodigt je uit te solliciteren: { $vacancy }
mail-talent-text = { $inviter } van { $organisation } denkt dat je goed past bij de stage "{ $vacancy }" en nodigt je uit te solliciteren. Lees erover, kijk of je in aanmerking komt en solliciteer hier:
mail-talent-ignore = Je krijgt dit omdat { $organisation } je gegevens in zijn talentenpool bewaart. Heb je geen interesse, negeer dan deze e-mail; je kunt { $organisation } altijd vragen je gegevens te verwijderen.
