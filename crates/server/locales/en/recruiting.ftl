# The organisation's pages for recruiters: its vacancies, the board, rejecting.

orgs-title = Recruiting
orgs-none = You are not a member of an organisation.
orgs-vacancies-and-boards = Vacancies and boards
orgs-reports = Reports
orgs-matching = Mentor matching
orgs-my-interviews = My interviews
orgs-case-reviews = Case studies to grade
orgs-trainings = Trainings
orgs-shadowing = Shadowing requests
orgs-events = Networking events
orgs-interns = Interns
orgs-mentees = My mentees
org-vacancies = Vacancies
org-write-vacancy = Write a vacancy
org-programmes = Programmes
org-no-vacancies = No vacancies yet.
org-vacancies-of = Vacancies of { $organisation }
org-vacancy = Vacancy
org-status = Status
org-active = Active applications
org-edit = edit
vacancy-status = { $status ->
    [draft] draft
    [published] published
   *[closed] closed
}

board-page-title = Board: { $vacancy }
board-all-vacancies = ← All vacancies
board-find-cards = Find cards
board-find = Find
board-find-example = Name, university, skill…
board-with-skill = With the skill
board-with-skill-example = e.g. Python
board-order = Order
board-order-match = Best match first
board-order-waiting = Longest in the stage first
board-order-newest = Newest first
board-show = Show
board-matches = { $shown ->
    [one] 1 card matches.
   *[other] { $shown } cards match.
}
board-show-every-card = Show every card
board-reject-ticked-reason = Reject the ticked cards, with the reason
board-choose = Choose…
board-reject-ticked = Reject the ticked cards
board-select = Select { $name }
board-card-facts = Match { $score }% · { $days ->
    [one] 1 day
   *[other] { $days } days
} here
board-move-on = Move on
board-decide-from-application = Decide and make an offer from the application.
board-reject = Reject
board-reject-name = Reject { $name }
board-reason = Reason (the candidate is told kindly; the reason is kept for your reports)
board-cancel = Cancel
board-drag-hint = Move a card with its buttons, or drag it to another column.
board-closed = { $closed ->
    [one] 1 rejected or withdrawn application is not on the board.
   *[other] { $closed } rejected or withdrawn applications are not on the board.
}
board-back = ← Board
board-moved-to = { $name } is now in { $stage }.
board-moved-rejected = { $name } is now rejected.
board-moved-first = Someone else moved { $name }'s card first; nothing was changed. The board shows where it is now.
board-not-moved = Not moved: { $why }
board-rejected-all = { $rejected ->
    [one] Rejected 1; the candidate is told.
   *[other] Rejected { $rejected }; each candidate is told.
}
board-rejected-some = Rejected { $rejected }; { $refused } not ({ $why }).

# The rejection reasons every organisation starts with, where it kept them (by position).
reason-0 = Does not meet the requirements
reason-1 = Another candidate was a better match
reason-2 = Position filled
reason-3 = Case study below the bar
reason-4 = No show
reason-5 = Candidate accepted another offer

reports-title = Reports
reports-of = Reports of { $organisation }
reports-vacancy = Vacancy
reports-all-vacancies = All vacancies
reports-show = Show
reports-summary = Applications: { $applications } · decisions: { $decisions } · median time to a decision: { $median }
reports-funnel = Funnel
reports-funnel-chart = Applications that reached each stage.
reports-funnel-caption = The funnel in numbers
reports-stage = Stage
reports-reached = Reached
reports-from-before = From the stage before
reports-median-in = Median time in it
reports-download-funnel = Download the funnel (CSV)
reports-download = Download (CSV)
reports-per-week = Applications per week
reports-per-week-chart = Applications received each ISO week.
reports-per-week-caption = Applications per week in numbers
reports-week = Week
reports-applications = Applications
reports-reasons = Rejection reasons
reports-no-rejections = No rejections yet.
reports-reason = Reason
reports-sources = Sources
reports-no-applications = No applications yet.
reports-sources-caption = Where applications came from
reports-source = Source
reports-interviewers = Interviewers
reports-no-interviews = No interviews yet.
reports-load-caption = Interviewers' load
reports-interviewer = Interviewer
reports-interviews = Interviews
reports-scorecards = Scorecards
reports-overdue = Overdue
reports-days = { $days } days
reports-hours = { $hours } hours
talent-title = Talent pool
talent-intro = Candidates your organisation imported (from a CSV file or JSON Resumes with the command “cohort import candidates”), kept with their consent for future vacancies. Find someone and invite them to apply: they get an e-mail with a link to the vacancy.
talent-search = Find by name, e-mail address or skill
talent-search-hint = For example: Python, Delft, ada@
talent-find = Find
talent-empty = The talent pool is empty. Import candidates with the command “cohort import candidates”.
talent-none-found = Nobody in the pool matches "{ $q }".
talent-skills = Skills: { $skills }
talent-imported = In the pool since { $date }
talent-was-invited = Invited to apply to { $vacancy } on { $when }
talent-closed-vacancy = a vacancy that is closed now
talent-no-open-vacancy = No vacancy takes applications now, so nobody can be invited.
talent-invite-to = Invite { $name } to apply to
talent-invite = Invite to apply
talent-invited = The invitation to apply is on its way.
talent-more = More candidates
talent-about = Candidates imported for future vacancies: find them and invite them to apply.
