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

assess-scorecards = Scorecards
assess-no-scorecards = No scorecards yet.
assess-mean-recommendation = Mean recommendation:
assess-mean-value = { $mean } of 4 ({ $recommendation ->
    [strong_no] strong no
    [no] no
    [yes] yes
   *[strong_yes] strong yes
})
assess-recommendation = { $recommendation ->
    [strong_no] strong no
    [no] no
    [yes] yes
   *[strong_yes] strong yes
}
assess-mean-rating = Mean rating per attribute (1–4)
assess-attribute = Attribute
assess-mean = Mean
assess-case-studies = Case studies
assess-no-case-study = No case study given yet.
assess-case-facts = Deadline { $deadline } · submitted { $submitted }
assess-repository = repository
assess-late = { $when } (late)
assess-not-yet = not yet
assess-graded = { $graded } of { $required } reviewers graded
assess-panel-mean = ; panel mean { $mean }%
assess-graded-blind = (graded blind)
assess-reviewer = Reviewer
assess-total = Total
assess-from-mean = From the mean
assess-comment = Comment
assess-not-graded = not graded yet
assess-former-member = a former member
assess-give = Give a case study
assess-case-study = Case study
assess-library-item = { $title } ({ $hours } h, { $reviewers ->
    [one] 1 reviewer
   *[other] { $reviewers } reviewers
})
assess-reviewers = Reviewers (they see the work, never the name)
assess-deadline = Deadline (UTC, optional: otherwise now plus the hours allowed)
assess-send = Send the case study
assess-sent = Case study “{ $title }” sent; the deadline is { $deadline }. Reviewers grade it without the candidate's name.
