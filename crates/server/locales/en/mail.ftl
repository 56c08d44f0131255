# The words e-mails fill their templates with.

mail-greeting = Dear { $name },
mail-greeting-team = Hello,
mail-next-step = The next step is: { $stage }.
mail-after-this = After this comes: { $stage }.
mail-interview-kind = { $kind ->
    [hr_chat] Initial chat with HR
    [technical] Technical interview
    [presentation] Presentation of your work
   *[behavioural] Behavioural interview
}
mail-place-both = at { $location }, or online: { $video }
mail-place-location = at { $location }
mail-place-online = online: { $video }
mail-with = { " " }with { $name }
mail-terms = From { $starts } to { $ends }, { $hours } hours a week in { $location }, in the { $team } team.
mail-terms-stipend = From { $starts } to { $ends }, { $hours } hours a week in { $location }, in the { $team } team, with a stipend of { $amount } a month.
