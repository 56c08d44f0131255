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

mail-confirm-subject = Confirm your Cohort account
mail-confirm-text = Someone, we hope you, asked for a Cohort account with this e-mail address. To finish it, open this link within 24 hours:
mail-confirm-ignore = If you did not ask for an account, ignore this e-mail: without the link, no account is made.
mail-exists-subject = You already have a Cohort account
mail-exists-text = Someone, perhaps you, tried to register a new Cohort account with this e-mail address. You have one already, so nothing was made. Sign in here:
mail-exists-ignore = If it was not you, you can ignore this e-mail: nothing about your account changed.
mail-reset-subject = Choose a new Cohort password
mail-reset-text = Someone, we hope you, asked to reset the password of your Cohort account. To choose a new one, open this link within an hour; it works once, and signs you out everywhere else:
mail-reset-ignore = If you did not ask for this, ignore this e-mail: your password stays as it is.
mail-invitation-subject = { $inviter } invites you to { $organisation } on Cohort
mail-invitation-text = { $inviter } invited you to join { $organisation } on Cohort as { $role ->
    [admin] an administrator
    [recruiter] a recruiter
    [interviewer] an interviewer
   *[mentor] a mentor
}. To choose your password and sign in, open this link within 7 days:
mail-invitation-ignore = If you did not expect this, ignore this e-mail; without the link nobody can use the account.
mail-added-subject = You are now { $role ->
    [admin] an administrator
    [recruiter] a recruiter
    [interviewer] an interviewer
   *[mentor] a mentor
} at { $organisation } on Cohort
mail-added-text = { $inviter } gave you a role at { $organisation } on Cohort. Sign in with your account as usual:

# Calendar (.ics) texts: an interview as the reader's calendar shows it.
ics-calendar-name = Cohort interviews
ics-kind = { $kind ->
    [hr_chat] Initial chat with HR
    [technical] Technical interview
    [presentation] Presentation
   *[behavioural] Behavioural interview
}
ics-summary = { $kind }: { $vacancy } at { $organisation }
ics-description = { $kind } for { $vacancy } at { $organisation }.
ics-stage = Stage: { $stage }.
ics-join = Online: { $url }
ics-cancelled = Cancelled: { $reason }
mail-sample-vacancy = Backend developer intern
mail-sample-reason = The interviewer is ill.
mail-sample-case-study = Build a small REST API
mail-sample-team = Payments
mail-sample-training = Writing good tests
mail-talent-subject = { $organisation } invites you to apply: { $vacancy }
mail-talent-text = { $inviter } of { $organisation } thinks you would fit their internship "{ $vacancy }" and invites you to apply. Read about it, check whether you are eligible and apply here:
mail-talent-ignore = You get this because { $organisation } keeps your details in its talent pool. If you are not interested, ignore this e-mail; you can ask { $organisation } to remove your details at any time.
