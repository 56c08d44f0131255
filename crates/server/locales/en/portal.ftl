# The candidate's portal: their applications, interviews, case studies and offers.

portal-title = My applications
portal-none = You have not applied yet.
portal-find = Find an internship.
portal-status-active = In progress
portal-status-hired = Hired
portal-status-rejected = Not selected
portal-status-withdrawn = Withdrawn
portal-my-internship = My internship: onboarding, team and mentor
portal-stages = Stages of this application
portal-skipped = skipped
portal-to-come = to come
portal-next = Next: { $stage }
portal-interview = { $kind ->
    [hr_chat] A first chat with HR
    [technical] A technical interview
    [presentation] An interview where you present your work
   *[behavioural] An interview about how you work
} ({ $minutes } minutes)
portal-booked-for = Booked for
portal-add-to-calendar = Add it to your calendar
portal-choose-time = Choose a time
portal-book = Book this time
portal-booked = Booked for { $when }. The invitation is in your e-mail and below.
portal-case-study = Case study:
portal-case-submitted = submitted { $when }
portal-case-due = due { $when } — { $left }
portal-offer-open = An offer for you
portal-offer-status = Offer: { $status ->
    [accepted] accepted
    [declined] declined
    [withdrawn] withdrawn
   *[expired] expired
}
portal-offer-from = From
portal-offer-until = Until
portal-offer-hours = Hours
portal-offer-hours-value = { $hours } a week
portal-offer-stipend = Stipend
portal-offer-stipend-value = { $amount } a month
portal-offer-no-stipend = None
portal-offer-team = Team
portal-offer-where = Where
portal-answer-by = Answer by { $when }.
portal-accept = Accept the offer
portal-decline-why = Why you decline (optional)
portal-decline = Decline
portal-accepted = You accepted the offer. Welcome aboard!
portal-declined = You declined the offer.
portal-applied = Applied { $date }

time-left = { $days ->
    [0] { $hours ->
        [0] { $minutes ->
            [one] 1 minute
           *[other] { $minutes } minutes
        }
        [one] 1 hour { $minutes ->
            [one] 1 minute
           *[other] { $minutes } minutes
        }
       *[other] { $hours } hours { $minutes ->
            [one] 1 minute
           *[other] { $minutes } minutes
        }
    }
    [one] 1 day { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
   *[other] { $days } days { $hours ->
        [one] 1 hour
       *[other] { $hours } hours
    }
} left
time-passed = the deadline has passed
countdown-left = { $time } left

# The standard stages' names, where an organisation kept them.
stage-application = Application
stage-hr_chat = Initial chat with HR
stage-interviews = Interviews
stage-case_study = Case study
stage-decision = Decision
stage-onboarding = Onboarding
portal-withdraw = Withdraw this application
portal-withdraw-text = { $organisation } stops considering you for this vacancy. You cannot undo this.
portal-withdraw-confirm = Withdraw my application
portal-withdrawn = Your application is withdrawn.
profile-title = My profile
profile-intro = What every application of yours starts from. Changing it here changes no application you sent already.
profile-intro-new = Fill in your profile once: every application starts from it, and you check your eligibility with it.
profile-save = Save my profile
profile-saved = Your profile is saved; your next applications start from it.
me-nav = My pages
me-account = Account and password
