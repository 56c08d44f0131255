# The public job board and a vacancy's page.

board-title = Internships
board-heading = Software-engineering internships
board-what = What
board-what-example = e.g. Python or backend
board-skill = Skill
board-skill-example = e.g. TypeScript
board-where = Where
board-where-example = e.g. Amsterdam
board-found = { $count ->
    [one] 1 internship found
   *[other] { $count } internships found
}
board-remote-only = Remote only
board-search = Search
board-none-open = No internships are open right now. New ones appear here as organisations publish them.
board-none-match = No open internships match this search. Try fewer words, or another skill.
board-hours = { $hours } h/week
board-apply-by = Apply by { $date }
board-more = More internships →

job-remote = Remote ({ $countries })
job-hybrid = { $location } (hybrid)
job-to-be-agreed = To be agreed
job-stipend = { $amount } a month
job-all = ← All internships
job-website = Website
job-title = { $title } at { $organisation }
job-closed = This internship no longer takes applications.
job-when = When
job-where = Where
job-hours = Hours
job-hours-value = { $hours } a week
job-stipend-label = Stipend
job-no-stipend = None
job-places = Places
job-apply-by = Apply by
job-what-you-do = What you will do
job-who-can-apply = Who can apply
job-nice-to-have = Nice to have
job-eligible = Am I eligible?
job-eligible-text = Fill in your profile and see, rule by rule, whether you qualify, before you send anything.
job-check-and-apply = Check my eligibility and apply
