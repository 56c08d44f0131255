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
