# The internship's pages for staff and interns: mentor matching, mentorship, trainings,
# shadowing, events, interns.

matching-title = Mentor matching
matching-propose = Propose a matching
matching-propose-hint = Matches every intern of the programme who has no mentor yet: the highest total score within each mentor's room, always a shared language. Nothing changes until you publish.
matching-no-programmes = No programmes yet.
matching-programme = Programme
matching-not-own-lead = Never pair an intern with the lead of their own team
matching-runs = Matchings
matching-no-runs = No matchings proposed yet.
matching-runs-caption = Proposed and published matchings
matching-proposed-at = Proposed
matching-status = Status
matching-pairs = Pairs
matching-unmatched = Unmatched
matching-run-status = { $status ->
    [proposed] proposed
   *[published] published
}
matching-mentors = Mentors
matching-no-mentors = No mentor has a profile yet (members with the mentor role set their capacity and languages).
matching-mentors-caption = Mentors with their room
matching-mentor = Mentor
matching-mentees-now = Mentees now
matching-capacity = Capacity
matching-languages = Languages
matching-skills = Skills
matching-for = Matching for { $programme }
matching-back = ← Mentor matching
matching-is-proposed = Proposed — nothing changes until you publish.
matching-is-published = Published: every intern below has their mentor.
matching-total = Total score { $total }.
matching-all-had-mentor = Every intern of this programme already had a mentor.
matching-score = score { $score }
matching-no-mentor = no mentor
matching-mentor-of = Mentor of { $intern }
matching-leave-unmatched = Leave unmatched for now
matching-change = Change
matching-publish = Publish: give every intern their mentor and tell them both
matching-reason = { $factor ->
    [skills] shares { $count } of the intern's skills: { $shared }
    [interests] shares { $count } of the intern's interests: { $shared }
   *[network] from another team, which widens the intern's network
}
matching-mentor-room = { $name } ({ $mentees } of { $capacity } now)
matching-proposed = Proposed: { $pairs ->
    [one] 1 pair
   *[other] { $pairs } pairs
}, { $unmatched } unmatched. Nothing changes until you publish.
matching-pair-changed = Pair changed.
matching-published = Published: { $interns ->
    [one] 1 intern now has a mentor
   *[other] { $interns } interns now have a mentor
}, and both sides were told.
matching-choose-programme = choose a programme
matching-no-such-programme = no such programme

form-starts-utc = Starts (UTC)
form-ends-utc = Ends (UTC)
form-a-date-and-time = a date and time
form-choose-one = choose one
form-a-number-or-empty = a number, or empty for no limit

events-title = Networking events
events-hint = Meet-ups, lunches and talks where interns meet people of other teams.
events-none = No events coming up.
events-add = Add an event
events-name = Title
events-what = What happens
events-where = Where
events-for = For
events-every-intern = Every intern
events-interns-of = Interns of { $programme }
events-one-programme = One programme's interns
events-places = Places
events-places-hint = (empty: no limit)
events-add-button = Add the event
events-coming = { $coming } coming
events-coming-left = { $coming } coming, { $left ->
    [one] 1 place
   *[other] { $left } places
} left
events-added = Added “{ $title }” on { $when }; interns can say whether they come.

trainings-title = Workshops and trainings
trainings-back = ← Workshops and trainings
trainings-back-internship = ← My internship
trainings-catalogue-empty = The catalogue is empty.
trainings-none-yet = No trainings in the catalogue yet.
trainings-no-sessions = No sessions yet.
trainings-no-sessions-planned = No sessions planned yet.
trainings-sessions-of = Sessions of { $title }
trainings-of = of { $title }
trainings-in = in { $title }, { $when }
trainings-when = When
trainings-trainer = Trainer
trainings-seats = Seats
trainings-schedule = Schedule a session
trainings-schedule-button = Schedule
trainings-change = Change
trainings-save = Save
trainings-add = Add a training
trainings-add-button = Add the training
trainings-name = Title
trainings-topic = Topic
trainings-level = Level
trainings-covers = What it covers
trainings-skills = Skills it adds
trainings-comma-separated = (comma-separated)
trainings-mandatory-for = Mandatory for
trainings-nobody-optional = Nobody (optional)
trainings-complete-by = Complete by
trainings-complete-by-hint = (mandatory trainings)
trainings-link = Or a link to join
trainings-nobody-yet = Nobody yet
trainings-topic-name = { $topic ->
    [induction] induction
    [cybersecurity] cybersecurity
    [presentation_skills] presentation skills
    [agile] agile
    [cloud] cloud
    [testing] testing
    [engineering] engineering
   *[other] other
}
trainings-level-name = { $level ->
    [beginner] beginner
    [intermediate] intermediate
   *[advanced] advanced
}
trainings-about = { $topic } · { $level }
trainings-about-mandatory = { $topic } · { $level } · mandatory, complete by { $date }
trainings-seats-taken = { $waiting ->
    [0] { $seated } of { $capacity } seats taken
   *[other] { $seated } of { $capacity } seats taken, { $waiting } waiting
}
trainings-mandatory = mandatory
trainings-overdue = overdue
trainings-completed = completed { $when }
trainings-your-rating = Your rating
trainings-now = (now { $rating })
trainings-comment = Comment
trainings-rate = Rate
trainings-give-up = Give up my place
trainings-join-waiting = Join the waiting list
trainings-enrol = Enrol
trainings-have-seat = You have a seat.
trainings-waiting-number = You are on the waiting list: number { $number }.
trainings-waiting = You are on the waiting list.
trainings-full = The session is full: you are on the waiting list. You move up when someone cancels.
trainings-full-number = The session is full: you are on the waiting list, number { $number }. You move up when someone cancels.
trainings-given-up = Your place is given up.
trainings-thanks = Thank you for your feedback.
trainings-choose-rating = choose from 1 to 5
trainings-choose-topic = choose a topic
trainings-choose-level = choose a level
trainings-a-date = a date
trainings-a-number-of-seats = a number of seats
trainings-added = Added “{ $title }”: now schedule a session.
trainings-saved = Saved “{ $title }”.
trainings-scheduled = Session of “{ $title }” scheduled for { $when }.

roster-nobody = Nobody has enrolled yet.
roster-caption = Seats, then the waiting list in order
roster-intern = Intern
roster-place = Place
roster-attendance = Attendance
roster-feedback = Feedback
roster-present = Present
roster-absent = Absent
roster-change = Change this session
roster-change-hint = More seats go to the waiting list in order; there cannot be fewer seats than are taken.
roster-save = Save the session
roster-seated = seated
roster-waiting-number = waiting, number { $number }
roster-waiting = waiting
roster-was-present = present
roster-was-absent = absent
roster-choose-attendee = choose an attendee
roster-marked-present = Marked present: the training is completed.
roster-marked-absent = Marked absent.
roster-saved = Saved: { $seated } of { $capacity } seats taken, { $waiting } waiting.{ $moved ->
    [0] {""}
    [one] {" "}One intern from the waiting list now has a seat.
   *[other] {" "}{ $moved } interns from the waiting list now have a seat.
}

internship-title = My internship
internship-at = My internship at { $organisation }
internship-when = When
internship-team = Team
internship-mentor = Mentor
internship-status = Status
internship-period = { $from } to { $until }
internship-not-placed = Not placed yet
internship-not-matched = Not matched yet
internship-trainings = Workshops and trainings
internship-shadow = Shadow another team
internship-events = Networking events
internship-onboarding = Onboarding: { $done } of { $total } done{ $overdue ->
    [0] {""}
   *[other] , { $overdue } overdue
}
internship-task-state = { $state ->
    [done] done
    [overdue] overdue
   *[open] open
}
internship-by-due = By { $owner ->
    [intern] you
    [recruiter] HR
    [mentor] your mentor
   *[team_lead] your team lead
}, due { $due }
internship-mark-done = Mark done
internship-task-done = Done: { $title }.
intern-status = { $status ->
    [active] active
   *[completed] completed
}

interns-title = Interns
interns-at = Interns at { $organisation }
interns-my-mentees = My mentees
interns-back = ← Interns
interns-none = No interns yet.
interns-caption = Interns with their onboarding progress
interns-intern = Intern
interns-trainings-overdue = Trainings overdue
interns-onboarding = Onboarding
interns-onboarding-of = Onboarding of { $name }
interns-overdue = { $count } overdue
interns-not-matched = Not matched

mentorship-one-on-ones = 1-on-1s
mentorship-no-one-on-ones = No 1-on-1s logged yet.
mentorship-logged-by = logged by { $name }
mentorship-log = Log a 1-on-1
mentorship-held-on = Held on
mentorship-notes = Notes
mentorship-action-items = Action items
mentorship-one-per-line = (one per line)
mentorship-log-button = Log the 1-on-1
mentorship-goals = Goals
mentorship-no-goals = No goals set yet.
mentorship-by = By { $date }
mentorship-status-of = Status of “{ $goal }”
mentorship-change = Change
mentorship-set-goal = Set a goal
mentorship-goal = Goal
mentorship-detail = Detail
mentorship-by-optional = By
mentorship-optional = (optional)
mentorship-set-goal-button = Set the goal
mentorship-evaluations = Evaluations
mentorship-no-evaluations = No evaluations yet.
mentorship-evaluation-caption = { $title }, { $date }
mentorship-evaluation-caption-average = { $title }, { $date }: { $average } of 5 on average
mentorship-criterion = Criterion
mentorship-rating = Rating (1–5)
mentorship-evaluate = Evaluate
mentorship-self-assess = Write a self-assessment
mentorship-which = Which
mentorship-not-yet = not yet
mentorship-excellent = excellent
mentorship-comments = Comments
mentorship-send-evaluation = Send the evaluation
mentorship-send-self-assessment = Send the self-assessment
mentorship-kind = { $kind ->
    [midterm] Midterm
   *[final] Final
}
mentorship-evaluation-title = { $kind ->
    [midterm] Midterm
   *[final] Final
} { $author ->
    [mentor] evaluation by the mentor
   *[intern] self-assessment
}
mentorship-goal-status = { $status ->
    [open] Open
    [in_progress] In progress
    [met] Met
   *[dropped] Dropped
}
mentorship-criterion-name = { $criterion ->
    [technical_skills] Technical skills
    [communication] Communication
    [teamwork] Teamwork
    [ownership] Ownership
    [learning] Learning
   *[other] Other
}
mentorship-criterion-description = { $criterion ->
    [technical_skills] Writes working, tested, readable code for the team's systems
    [communication] Explains work clearly in writing, stand-ups and presentations
    [teamwork] Works with the team: reviews, pairing, asking and giving help
    [ownership] Takes a task from start to done and follows up
   *[learning] Learns from feedback and trainings, and grows over the internship
}
mentorship-logged = 1-on-1 logged.
mentorship-goal-now = Goal “{ $goal }” is now { $status ->
    [open] open
    [in_progress] in progress
    [met] met
   *[dropped] dropped
}.
mentorship-goal-set = Goal set: { $goal }.
mentorship-evaluation-sent = Evaluation sent.
mentorship-a-date = a date like 2026-09-01
mentorship-the-day = the day it was held
mentorship-choose-status = choose a status
mentorship-midterm-or-final = midterm or final

visits-title = Shadowing requests
visits-hint = Interns who want to spend a day with your team. Accepting keeps to the team's weekly number of guests.
visits-plan = Plan a rotation for a programme
visits-none = No requests for your teams.
visits-accept = Accept
visits-decline = Decline
visits-status = { $status ->
    [pending] pending
    [accepted] accepted
    [declined] declined
   *[cancelled] cancelled
}
visits-accepted = Accepted the visit on { $day }.
visits-declined = Declined the visit on { $day }.

rotation-title = Shadowing rotation
rotation-back = ← Shadowing requests
rotation-heading = Plan a shadowing rotation
rotation-hint = A proposal: no intern visits their own team or a team they visited before, no team takes more guests a week than it said, and visits are spread fairly. Nothing is booked; interns ask for the visits they want.
rotation-programme = Programme
rotation-first-week = First week
rotation-weeks = Weeks
rotation-propose = Propose
rotation-caption = Who shadows which team, week by week
rotation-intern = Intern
rotation-week-of = Week of { $date }
rotation-nothing-fits = No visits fit: are there active interns, and teams that take guests?
rotation-fairness = { $fewest ->
    [one] { $most ->
        [one] Each intern visits one team.
       *[other] Each intern visits 1 to { $most } teams.
    }
   *[other] { $same ->
        [yes] Each intern visits { $fewest } teams.
       *[no] Each intern visits { $fewest } to { $most } teams.
    }
}
rotation-choose-programme = choose a programme
rotation-a-date = a date
rotation-a-number-of-weeks = a number of weeks

shadowing-title = Shadowing and networking
shadowing-shadow = Shadow another team
shadowing-no-team = There is no other team to shadow yet.
shadowing-team = Team
shadowing-day = Day
shadowing-hope = What you hope to learn
shadowing-ask = Ask to shadow
shadowing-my-requests = My requests
shadowing-no-requests = No requests yet.
shadowing-call-off = Call it off
shadowing-you-said = you said { $answer ->
    [yes] yes
    [maybe] maybe
   *[no] no
}
shadowing-coming = I'm coming
shadowing-maybe = Maybe
shadowing-not-coming = Not coming
shadowing-full = Full: no places left.
shadowing-called-off = Request called off.
shadowing-asked = Asked to shadow on { $day }; the team's lead answers.
shadowing-choose-team = choose a team
shadowing-choose-day = choose a day
shadowing-answer = { $answer ->
    [yes] You are coming to “{ $title }”.
    [maybe] Maybe: “{ $title }” counts on a yes or no later.
   *[no] Not coming to “{ $title }”.
}
