# What is wrong with a field, and why something was refused: the sentences pages show (and the
# API's field messages, in English).

## Fields.
problem-required = is required
problem-too-long = must be at most { $max } characters
problem-too-many = takes at most { $max } entries
problem-between = must be between { $min } and { $max }
problem-in-future = must be in the future
problem-end-after-start = must be after the start
problem-not-member = must be a member of the organisation
problem-no-such-programme = is not a programme of this organisation
problem-written = write 1 to { $max } characters
problem-entries = takes at most { $count } entries, none empty and each at most { $max } characters
problem-say-why = say why, in at most { $max } characters
problem-one-of = must be one of: { $allowed }
problem-label-too-long = must be at most 100 characters
problem-control-characters = must not contain line breaks or other control characters
problem-email-too-long = must be at most 254 characters
problem-email-malformed = is not an e-mail address like name@example.org
problem-password-too-short = must be at least 8 characters
problem-password-too-long = must be at most 128 characters
problem-password-common = is too common; choose a longer phrase that others would not guess
problem-password-is-email = must not be your e-mail address
problem-password-unchanged = must differ from your current password
problem-password-wrong = is not your current password
problem-slug-length = must be 2 to 40 characters
problem-slug-shape = must start with a letter and use only a-z, 0-9 and single dashes, like acme-labs
problem-slug-reserved = is reserved
problem-org-name-length = must be 1 to 120 characters
problem-website-shape = must be a web address such as https://acme.example
problem-website-too-long = must be at most 200 characters
problem-cv-empty = is an empty file
problem-cv-too-large = is larger than 10 MiB
problem-cv-not-a-document = must be a PDF or Word (.docx) document; this file is neither, whatever its name
problem-country = must be a two-letter country code such as NL (GB for the United Kingdom)
problem-country-listed = "{ $given }" is not a two-letter country code
problem-role = must be admin, recruiter, interviewer or mentor
problem-whole-days = must be a whole number of days
problem-positive = must be more than zero
problem-not-before-start = must not be before the start
problem-not-before-opening = must not be before the opening day
problem-task-count = list 1 to 50 tasks
problem-due-day = must be between 60 days before and 365 days after the first day
problem-task-owner = must be the intern, a recruiter, the mentor or the team lead
problem-hours-allowed = must be between 1 hour and 60 days
problem-weekly-guests = at most 50 guests a week
problem-mentor-capacity = at most 10 interns at once
problem-at-least-one = at least 1, or empty for no limit
problem-https-link = must be an https:// link of at most 500 characters
problem-web-address = must be a web address starting with http:// or https://
problem-https-address = must be a web address starting with https://
problem-currency = must be a three-letter currency code such as EUR
problem-panel-size = choose 1 to 6 different interviewers
problem-slot-count = offer 1 to 20 different start times
problem-criteria-count = list 1 to 20 criteria
problem-rate-every-criterion = rate every criterion from 1 to 5
problem-rate-it = give it a rating
problem-not-in-rubric = is not a criterion of the rubric
problem-not-in-kit = is not one of this interview's attributes ({ $kit })
problem-complete-by-mandatory = only a mandatory training has a date to complete it by
problem-one-line = must be one line
problem-a-language = name at least one language
problem-remote-countries = name at least one country where remote interns may live
problem-consent-shorter = must not be shorter than the period after a procedure
problem-after-procedure = must be 1 to { $max } days: without consent an applicant's data goes at the latest four weeks after the procedure ends
problem-with-consent = must be 1 to { $max } days: consent keeps data for up to a year
problem-location-unless-remote = is required unless the work is remote
problem-enrollment-both = give both the start and the end of the enrolment, or neither
problem-enrolment-end-too = give the end of your enrolment too
problem-enrolment-start-too = give the start of your enrolment too
problem-location-or-video = give a place, a video link, or both
problem-knockout = every knockout question needs a question, and each its own id
problem-forbidden-question = the question "{ $question }" may not be asked: { $what ->
    [bsn] Cohort never asks applicants for a citizen service number (BSN); an employer needs it only after hiring.
    [identity_document] Cohort never asks applicants for a copy of an identity document; an employer checks it only after hiring.
    [health] Cohort never asks applicants about their health, illness or disability.
   *[special_category] Cohort never asks applicants about religion, ethnic origin, political opinions, sexual orientation, trade union membership or criminal records.
}
problem-holds-bsn = holds what looks like a citizen service number (BSN); remove it: an employer needs it only after hiring
problem-phone = must be a phone number such as +31 6 1234 5678
problem-github = "{ $given }" is not a GitHub username or profile address
problem-own-team = is your own team: shadow another one
problem-internship-day = must be a day of your internship ({ $starts } to { $ends })
problem-listed-twice = "{ $name }" is listed twice
problem-entry = "{ $entry }" { $why }
problem-list-count = list 1 to { $max }
problem-row-cells = has { $cells } cells where the header has { $header }
problem-date = "{ $given }" is not a date such as 2027-02-01
problem-a-date = must be a date such as 2027-02-01
problem-date-and-time = must be a date and time
problem-a-number = must be a number
problem-whole-number = must be a whole number
problem-whole-euros = must be whole euros a month
problem-minutes = must be a number of minutes
problem-both-times = give both times
problem-choose-time = choose one of the times
problem-accept-or-decline = choose to accept or to decline
problem-published-or-closed = choose published or closed
problem-interview-kind = choose what kind of interview
problem-interview-stage = must be one of this vacancy's interview stages: { $stages }
problem-stage-kind = choose a kind
problem-other-language = choose a language other than the vacancy's own
problem-one-version-per-language = one version per language, besides the vacancy's own
problem-placeholder = { $unknown } is not available here; use { $usable }
problem-brace-unopened = has a { "}" } without its { "{" }
problem-brace-unclosed = has a { "{" } without its { "}" }
problem-move-action = must be advance, back, skip to, reject or hire
problem-window = must be after the start, at most 14 days later
problem-no-such-case-study = is not a case study of your library
problem-repository-or-archive = give a repository link or an archive (or both)
problem-token-no-availability = name the interviewer: an API token has no availability of its own
problem-say-why-move = say why you move the interview
problem-event-types = choose 1 to 50 event types, or every one
problem-event-type = "{ $given }" is not an event type
problem-not-an-unmatched-intern = is not an intern of this matching without a mentor
problem-not-a-mentor = is not a mentor of the organisation
problem-rejection-reason = a rejection needs a reason
problem-application-ids = choose 1 to 200 applications
problem-yes-no-maybe = answer yes, no or maybe
problem-reload = reload the page and try again
problem-tick-cards = tick the cards to reject first
problem-choose-case-study = choose a case study
problem-choose-vacancy = choose a vacancy
problem-choose-reviewers = choose the reviewers
problem-reviewers = name at least { $min } different reviewers (at most 10)
problem-privacy-consent = agree to the privacy notice (version { $version }) to go on
problem-apply-sign-in = sign in or create an account to send your application; what you typed is still here
problem-show-your-work = add a CV, or a GitHub profile or portfolio to your profile, so that the organisation can see your work
problem-resume-not-json = is not a JSON file ({ $detail })
problem-resume-choose = choose your resume.json first
problem-resume-schema = does not follow the JSON Resume schema ({ $detail })
problem-resume-unreadable = cannot be read ({ $detail })
problem-webhook-url = must be an http(s) address of at most 1,000 characters
problem-webhook-credentials = must hold no user or password: the signature authenticates deliveries
problem-webhook-unreachable = cannot be used: { $why }

## Refusals.
said-nothing-here = There is nothing here.
said-changed-first = Someone changed this first: here it is as it stands now; nothing of yours was saved.
said-fault = Something went wrong on our side; nothing was changed. Try again in a moment.
refusal-email-taken = An account with this e-mail address exists; sign in instead.
refusal-confirmation-invalid = This confirmation link does not work: it was used already or it expired. Register again to get a new one.
refusal-invalid-credentials = The e-mail address or password is not right.
refusal-too-many-attempts = Too many failed sign-ins; wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
refusal-too-many-registrations = Too many accounts were registered from your network lately; try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}.
refusal-password-link-invalid = This link does not work: it was used already or it expired. Ask for a new one with “Forgot your password?”.
refusal-too-many-reset-requests = Too many password resets were asked for lately; try again in { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
}.
refusal-slug-taken = An organisation with this short name exists.
refusal-already-member = This person already holds this role here.
refusal-last-admin = An organisation keeps at least one admin.
refusal-duplicate = This conflicts with something that exists already.
refusal-stage-occupied = The stage "{ $stage }" holds applications: it can be neither removed, renamed nor moved.
refusal-positions-filled = { $positions ->
    [one] The one position of this vacancy is filled.
   *[other] All { $positions } positions of this vacancy are filled.
}
refusal-vacancy-closed = This vacancy takes applications from { $opens } to { $closes }; it does not take them today.
refusal-already-applied = You already applied to this vacancy: your application is on your applications page.
refusal-profile-missing = Fill in your profile first (or bring a JSON Resume): every application uses it.
refusal-cv-too-large = The CV is larger than 10 MiB.
refusal-not-eligible = You do not meet this vacancy's requirements.
refusal-eligibility-incomplete = What you filled in does not yet show whether you meet every requirement.
refusal-not-hireable = The application cannot be hired now: { $why }
refusal-not-active-for-interview = The application is { $status ->
    [hired] hired
    [rejected] rejected
   *[withdrawn] withdrawn
}; only active applications are interviewed.
refusal-not-active-for-case-study = Only active applications get case studies.
refusal-booking = That time cannot be booked: { $why }.
refusal-slot-unavailable = The time { $at } cannot be offered: { $why }.
refusal-interview-cancelled = This interview was cancelled.
refusal-already-cancelled = This interview was already cancelled.
refusal-already-booked = The interview is already at that time.
refusal-interview-not-held = Only a booked interview gets scorecards.
refusal-scorecard-submitted = You already sent your scorecard for this interview; scorecards are final.
refusal-own-scorecard-first = Send your own scorecard for this application before reading the others.
refusal-too-many-attachments = A case study has at most 10 files.
refusal-already-invited = This candidate was invited to apply to this vacancy already.
refusal-already-graded = You already graded this submission.
refusal-not-submitted = Nothing has been handed in yet.
refusal-file-too-large = The file is larger than { $max } MiB.
refusal-not-an-archive = The archive is not a zip or tar.gz file (checked by its content, not its name).
refusal-not-at-decision = Decisions are made for active applications at the decision stage.
refusal-decision-required = Record the decision first: an offer follows it.
refusal-offer-open = This application already has an open offer.
refusal-offer-not-draft = Only a draft offer can be changed.
refusal-offer-expired = The offer expired on { $at }.
refusal-offer-state = An offer that is { $state ->
    [draft] a draft
    [sent] sent
    [accepted] accepted
    [declined] declined
    [expired] expired
   *[withdrawn] withdrawn
} cannot be { $action ->
    [sent] sent
    [accepted] accepted
    [declined] declined
    [expired] expired
   *[withdrawn] withdrawn
}.
refusal-no-data-held = This organisation holds no application of yours to keep.
refusal-consent-given = This consent is already given.
refusal-consent-withdrawn = This consent is already withdrawn.
refusal-member-of-organisation = This account is a member of an organisation. An admin there removes the membership first; then the account can be deleted.
refusal-internship-in-progress = An internship is running: its records are needed until it is completed.
refusal-not-an-intern = You have no internship (yet): accept an offer first.
refusal-team-exists = The organisation already has a team of that name.
refusal-unknown-team = There is no such team.
refusal-task-done = This task is already done.
refusal-not-task-owner = This task is for { $owner ->
    [intern] the intern
    [recruiter] a recruiter
    [mentor] the mentor
   *[team_lead] the team lead
} to complete.
refusal-run-published = This matching is already published.
refusal-already-matched = An intern of this matching has a mentor already: run the matching again.
refusal-pair-not-allowed = They share no language, or the mentor leads the intern's own team.
refusal-mentor-full = This mentor has no room left in this matching: move one of their interns first.
refusal-evaluation-submitted = The { $author ->
    [mentor] mentor's
   *[intern] intern's
} { $kind ->
    [midterm] midterm
   *[final] final
} evaluation is already sent.
refusal-already-completed = This internship is already completed.
refusal-final-evaluation-missing = The mentor's final evaluation is missing.
refusal-mentor-only = Only the intern's mentor evaluates them.
refusal-not-seated = Only interns holding a seat can be marked present or absent.
refusal-not-an-attendee = Only interns who attended this session can give feedback.
refusal-shadowing-answered = This request is already { $status ->
    [accepted] accepted
    [declined] declined
   *[other] answered
}.
refusal-shadowing-full = { $guests ->
    [one] The team already hosts a guest in the week of { $week }, its weekly capacity.
   *[other] The team already hosts { $guests } guests in the week of { $week }, its weekly capacity.
}
refusal-event-full = This event is full.
refusal-submission-late = The deadline was { $at }; this case study does not take late work.
refusal-submission-empty = Send a repository link, an archive, or both.
refusal-submission-graded = A reviewer has graded the work already; it can no longer change.
refusal-vacancy-status = A { $from ->
    [draft] draft
    [published] published
   *[closed] closed
} vacancy cannot become { $to ->
    [draft] a draft
    [published] published
   *[closed] closed
}.
refusal-closing-date-passed = The closing date { $closes } has passed; set a later one before publishing.
transition-terminal = The application is { $status ->
    [hired] hired
    [rejected] rejected
   *[withdrawn] withdrawn
}: it cannot move any more.
transition-no-next-stage = There is no next stage.
transition-decide-first = At the decision stage, hire or reject.
transition-no-previous-stage = There is no previous stage.
transition-bad-skip = A skip goes forward past the next stage, at most to the decision.
transition-not-skippable = The stage "{ $stage }" cannot be skipped.
transition-hire-only-from-decision = Only an application at the decision stage can be hired.
transition-unknown-reason = The reason must be one of the organisation's rejection reasons.
transition-not-yours = This move is not yours to make.
transition-unknown-stage = The application's stage "{ $stage }" is not in the pipeline.
pipeline-application-first = the first stage, and only the first, must be of the kind application
pipeline-one-decision = there must be exactly one decision stage
pipeline-onboarding-after-decision = only onboarding stages may come after the decision, and none before it
pipeline-bad-key = stage keys must be unique and use a-z, 0-9 and _: "{ $key }"
pipeline-bad-name = stage names must be unique and 1 to 60 characters: "{ $name }"
conflict-in-past = { $at } has passed
conflict-unavailable = an interviewer is not available at { $at }
conflict-candidate-busy = the candidate has another interview at that time
conflict-interviewer-busy = an interviewer has another interview at that time
conflict-daily-cap = an interviewer has { $count } interviews on { $day } already, their daily maximum
conflict-not-offered = that time is not one of the offered ones
roster-already-enrolled = You are already enrolled in this session.
roster-not-enrolled = You are not enrolled in this session.
roster-below-seated = { $seated } interns already hold a seat: the capacity cannot go below that.

## Pages that say something went wrong.
fault-nothing-here = There is nothing here, or it is not yours to see.
fault-no-such-internship = This internship does not exist, or is not published.
fault-to-internships = See all open internships.
fault-form-unreadable = That form could not be read
fault-form-unreadable-text = Nothing was changed ({ $why }). Go back, reload the page and try again.
fault-upload-unreadable-text = Nothing was sent ({ $why }). Go back and try again.
fault-too-large = That file is too large
fault-too-large-text = The upload is larger than allowed (a CV is at most 10 MiB). Nothing was sent.
fault-form-too-large = That form is too long
fault-form-too-large-text = What you sent is larger than this form takes. Nothing was changed: go back, shorten the longest text and send it again.
fault-ours = Something went wrong on our side
fault-ours-text = It has been logged. Nothing was changed; try again in a moment.
fault-cannot-show = That cannot be shown

## Field names, as forms label them (lists' positions left out).
field-action = Action
field-action-items = Action items
field-after-internship-days = Days kept after an internship
field-after-procedure-days = Days kept after a procedure
field-application-ids = Applications
field-attributes = Attributes to rate
field-brief = Brief
field-capacity = Capacity
field-cards = Cards
field-case-study-id = Case study
field-closes-on = Closing date
field-comment = Comment
field-comments = Comments
field-complete-by = Complete by
field-country = Country
field-cover-letter = Cover letter
field-current-password = Current password
field-cv = CV
field-daily-cap = Interviews a day at most
field-deadline = Deadline
field-description = Description
field-email = E-mail address
field-ends-at = End
field-ends-on = Last day
field-enrollment = Enrolment
field-enrollment-end = End of enrolment
field-enrollment-start = Start of enrolment
field-event-types = Event types
field-expires-at = Answer before
field-form = Form
field-expires-in-days = Days until it expires
field-from = From
field-github = GitHub
field-held-on = Day
field-hours-allowed = Hours allowed
field-hours-per-week = Hours a week
field-institution = Institution
field-institution-country = Country of the institution
field-interests = Interests
field-intern-id = Intern
field-kind = Kind
field-languages = Languages
field-lead-id = Team lead
field-level = Level
field-link = Link
field-location = Location
field-major = Field of study
field-mandatory-program-id = Mandatory for
field-mentor-id = Mentor
field-minutes = Minutes
field-name = Name
field-new-password = New password
field-notes = Notes
field-on-date = Day
field-panel = Interviewers
field-password = Password
field-phone = Phone
field-portfolio-url = Portfolio
field-positions = Positions
field-privacy-notice-version = Privacy notice
field-consent-privacy-notice-version = Privacy notice
field-profile = Profile
field-program = Programme
field-program-id = Programme
field-rating = Rating
field-ratings = Ratings
field-rationale = Rationale
field-reason = Reason
field-recommendation = Recommendation
field-rejection-reasons = Rejection reasons
field-remote-countries = Countries for remote work
field-repository-url = Repository
field-response = Answer
field-resume = JSON Resume
field-reviewers = Reviewers
field-reviewers-required = Reviewers needed
field-role = Role
field-rubric = Criteria
field-rubric-name = Criterion
field-rubric-weight = Weight
field-rules = Requirements
field-scores = Scores
field-skill = Skills
field-skills = Skills
field-required-skills = Required skills
field-slots = Times
field-slug = Short name
field-stage = Stage
field-stage-kind = Stage kind
field-stage-template = Standard stages
field-stages = Stages
field-starts-at = Start
field-starts-on = First day
field-status = Status
field-stipend-currency = Currency
field-stipend-euros = Stipend (euros a month)
field-stipend-monthly-cents = Stipend
field-structure = Structure
field-tasks = Tasks
field-tasks-description = Task description
field-tasks-due-day = Due day
field-tasks-title = Task
field-team = Team
field-team-id = Team
field-title = Title
field-to = To
field-topic = Topic
field-trainer-id = Trainer
field-translation-language = Language of the other version
field-translations-description = Description (other language)
field-translations-language = Language of the other version
field-translations-title = Title (other language)
field-translations-responsibilities = Responsibilities (other language)
field-responsibilities = Responsibilities
field-url = Address
field-user-id = Interviewer
field-version = Version
field-video-url = Video link
field-website = Website
field-weekly-guests = Guests a week
field-weeks = Weeks
field-with-consent-days = Days kept with consent
field-opens-on = Opening date
field-field-of-study = Field of study
field-graduation = Graduation
field-work-authorisation = Work permit
field-enrolled-in-country = Enrolled in
field-language = Language
field-subject = Subject
field-body = Text
field-due-on = Due
field-row = Row
field-fields-of-study = Fields of study
field-work-mode = Way of working
field-graduation-earliest = Graduating from
field-graduation-latest = Graduating until
field-preferences-skills = Preferred skills
field-preferences-fields = Preferred fields
field-preferences-languages = Preferred languages
