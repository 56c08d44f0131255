# Interviewers and reviewers: their interviews and scorecards, the case studies to grade; the
# candidate's case study.

interviews-title = My interviews
interviews-calendar = Calendar
interviews-for = for { $name }
interviews-of = of { $name }
interviews-their-work = Their work:
interviews-scorecard = Scorecard
interviews-below = well below the bar
interviews-above = well above the bar
interviews-recommendation = Recommendation
interviews-strong-no = Strong no
interviews-no = No
interviews-yes = Yes
interviews-strong-yes = Strong yes
interviews-notes = Notes
interviews-send = Send the scorecard
interviews-sent = Your scorecard is sent.
interviews-none = No interviews booked with you.
interviews-due = Scorecards to send
interviews-due-hint = Held, or under way: the oldest first. Write it while the interview is fresh.
interviews-upcoming = Coming up
interviews-upcoming-hint = The next first. You can write the scorecard during the interview.
interviews-done = Done
interviews-what = { $kind ->
    [hr_chat] Initial chat with HR
    [technical] Technical interview
    [presentation] Presentation of their work
   *[behavioural] Behavioural interview
} ({ $minutes } min)
interviews-scorecard-sent = Scorecard sent.
interviews-choose-recommendation = choose a recommendation

reviews-title = Case studies to grade
reviews-hint = You see the work and the rubric, never whose work it is; grade on its merits. A grade is final once sent.
reviews-none = Nothing to grade.
reviews-submission = submission { $id }
reviews-submitted = Submitted { $when }
reviews-late = late
reviews-not-yet = Not submitted yet (deadline { $deadline })
reviews-repository = Repository:
reviews-download = Download the archive
reviews-you-graded = You graded it: { $percent }%.
reviews-weight = weight { $weight }
reviews-comment = Comment for the recruiter
reviews-send = Send the grade
reviews-grade-sent = Grade sent: { $percent }% for “{ $title }”.

case-back = ← My applications
case-deadline = Deadline:
case-late-taken = (late work is taken, marked late)
case-repository-is = Repository: { $url }.
case-archive-is = Archive: { $file }.
case-brief = The brief
case-files = Files
case-how-graded = How it is graded
case-how-graded-hint = Reviewers grade your work without seeing your name, each criterion from 1 to 5.
case-rubric = Rubric
case-criterion = Criterion
case-weight = Weight
case-looks-for = What reviewers look for
case-submit-work = Submit your work
case-replace = Replace your submission
case-repository = Repository link
case-archive = And / or an archive
case-archive-hint = (zip or tar.gz, at most 50 MB)
case-file-size = { $kb } KB
case-repository-example = https://github.com/you/case-study
case-submit = Submit
case-submitted = { $late ->
    [yes] Submitted { $when }, after the deadline.
   *[no] Submitted { $when }.
}
case-submitted-now = { $late ->
    [yes] Submitted (after the deadline, marked late). You can replace it until a reviewer has graded it.
   *[no] Submitted. You can replace it until a reviewer has graded it.
}
