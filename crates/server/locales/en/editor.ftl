# The vacancy editor and the programmes page.

editor-new = A new vacancy
editor-edit = Edit { $title }
editor-back = ← Vacancies
editor-board = Board
editor-nothing-saved = Nothing was saved. Please fix:
editor-status = Status: { $status ->
    [draft] draft
    [published] published
   *[closed] closed
}
editor-publish = Publish on the job board
editor-see-on-board = See it on the job board
editor-close = Close: take it off the board
editor-needs-programme = A vacancy belongs to a programme:
editor-create-programme = create a programme first.
editor-the-vacancy = The vacancy
editor-programme = Programme
editor-language = Written in
editor-title = Title
editor-title-example = Backend engineering intern
editor-description = Description
editor-markdown = (Markdown)
editor-responsibilities = What the intern will do
editor-one-per-line = (one per line)
editor-other-version = The same vacancy in another language (optional)
editor-other-version-hint = Readers of that language see this version on the job board; everyone else sees the one above.
editor-other-language = Language of this version
editor-requirements = Requirements
editor-required-skills = Required skills
editor-required-skills-example = Python, TypeScript
editor-required-skills-hint = (comma-separated: every applicant must have each)
editor-enrolled-in = Enrolled at a university in
editor-enrolled-in-hint = (a country code such as NL: for the whole internship; empty for no such rule)
editor-studying = Studying one of
editor-studying-hint = (comma-separated; empty for any)
editor-studying-example = Computer Science, Engineering
editor-graduating-from = Graduating from
editor-graduating-until = Graduating until
editor-optional = (optional)
editor-allowed-to-work = Allowed to work in
editor-allowed-to-work-hint = (a country code; optional)
editor-questions = Yes/no questions every applicant answers
editor-question = Question { $number }
editor-passing-answer = The answer that passes
editor-yes = Yes
editor-no = No
editor-match-score = What counts towards the match score
editor-nice-skills = Nice-to-have skills
editor-nice-skills-example = Java, C#
editor-preferred-fields = Preferred fields of study
editor-languages = Languages
editor-languages-example = English, Dutch
editor-where-when = Where, when and terms
editor-location = Location
editor-work = Work
editor-on-site = On site
editor-hybrid = Hybrid
editor-remote = Remote
editor-remote-from = Remote from
editor-remote-from-hint = (country codes, for remote work)
editor-hours = Hours a week
editor-stipend = Stipend, euros a month
editor-positions = Interns taken
editor-opens = Applications from
editor-closes = Until
editor-save = Save the changes
editor-create = Create the vacancy (as a draft)
editor-pipeline = The hiring pipeline
editor-pipeline-hint = Stages in order (the numbers set it). A stage applications are in or have passed through stays. Add one in the empty row.
editor-stages = Stages
editor-order = Order
editor-name = Name
editor-kind = Kind
editor-skippable = May be skipped
editor-order-of = Order of { $stage }
editor-name-of = Name of stage { $number }
editor-kind-of = Kind of { $stage }
editor-may-skip = { $stage } may be skipped
editor-new-order = Order of the new stage
editor-new-name = Name of a new stage
editor-new-stage = A new stage
editor-new-kind = Kind of the new stage
editor-new-may-skip = The new stage may be skipped
editor-save-stages = Save the stages
editor-stage-kind = { $kind ->
    [application] Application (screening)
    [hr_chat] Initial chat with HR
    [interviews] Interviews
    [case_study] Case study
    [decision] Decision
    [onboarding] Onboarding
   *[custom] Another step
}
editor-saved = Saved “{ $title }”.
editor-stages-saved = Stages saved: { $stages }.
editor-published = Published: it is on the job board now.
editor-closed = Closed: it is off the job board and takes no applications.
editor-choose-programme = choose a programme

programmes-title = Programmes
programmes-back = ← Vacancies
programmes-none = No programmes yet: start with one.
programmes-programme = Programme
programmes-when = When
programmes-interns = Interns
programmes-change = Change “{ $name }”
programmes-new = A new programme
programmes-name = Name
programmes-name-example = Backend Talent Programme 2027
programmes-about = About it
programmes-first-day = First day
programmes-last-day = Last day
programmes-where = Where
programmes-remote = Interns may work remotely
programmes-how-many = How many interns
programmes-consists-of = What the programme consists of
programmes-involves = { $component }: what it involves
programmes-involves-example = What it involves here
programmes-save = Save the changes
programmes-create = Create the programme
programmes-saved = Saved “{ $name }”. Now write its vacancies.
programmes-component = { $component ->
    [induction] Induction training
    [mentorship] A dedicated mentor
    [workshops] Hands-on workshops
    [training] Continuous training
    [networking] Networking
   *[shadowing] Shadowing other teams
}
programmes-period = { $from } to { $until }
