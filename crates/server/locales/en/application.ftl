# One application as the recruiter sees it: profile, history, interviews, the decision and offer.

app-facts = { $stage } · { $status ->
    [active] active
    [hired] hired
    [rejected] rejected
   *[withdrawn] withdrawn
} · match { $score }%
app-profile = Profile
app-studies = Studies
app-studies-value = { $field } at { $institution }
app-skills = Skills
app-languages = Languages
app-enrolled = Enrolled
app-enrolled-value = { $from } to { $until }
app-github = GitHub
app-portfolio = Portfolio
app-download-cv = Download the CV ({ $file })
app-cover-letter = Cover letter
app-eligibility = Eligibility
app-history = History
app-history-rejected = rejected
app-history-withdrawn = withdrawn
app-history-hired = hired
app-interviews = Interviews
app-none-yet = None yet.
app-interview = { $kind ->
    [hr_chat] Initial chat with HR
    [technical] Technical interview
    [presentation] Presentation of their work
   *[behavioural] Behavioural interview
} ({ $minutes } min)
app-interview-booked = booked for { $when }
app-interview-offered = { $count ->
    [one] 1 time offered
   *[other] { $count } times offered
}
app-offers = Offers
app-offer-status = { $status ->
    [draft] draft
    [sent] sent
    [accepted] accepted
    [declined] declined
    [withdrawn] withdrawn
   *[expired] expired
}
app-offer-value = starts { $starts }, team { $team }
app-availability = Your availability
app-available-from = Available from (UTC)
app-until = Until (UTC)
app-add-window = Add this window
app-offer-times = Offer interview times
app-kind = Kind
app-kind-hr = Initial chat with HR
app-kind-presentation = The candidate presents their work
app-kind-technical = Technical interview
app-kind-behavioural = Behavioural interview
app-minutes = Minutes
app-video = Video link
app-place = Or a place
app-first-time = First time (UTC)
app-second-time = Second time (optional)
app-third-time = Third time (optional)
app-times-hint = You interview; each time must fall in your availability.
app-offer-these = Offer these times
app-decide = Decide: make an offer
app-why = Why (for the record)
app-first-day = First day
app-last-day = Last day
app-hours = Hours a week
app-stipend = Stipend, euros a month
app-team = Team
app-where = Where
app-days-to-answer = Days to answer
app-send-offer = Send the offer
app-times-offered = { $count ->
    [one] 1 time offered; the candidate picks it.
   *[other] { $count } times offered; the candidate picks one.
}
app-available = You are available from { $from } to { $until }.
app-offer-sent = { $days ->
    [one] Offer sent; the candidate has 1 day to answer.
   *[other] Offer sent; the candidate has { $days } days to answer.
}
