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
library-title = Case-study library
library-intro = The independent case studies you assign to candidates: the brief they read, the rubric reviewers grade with, and the rules of the deadline.
library-list = Case studies
library-none = No case studies yet: write the first below.
library-add = Add a case study
library-back = All case studies
library-brief = Brief
library-brief-hint = What the candidate reads, in Markdown: the problem, what to hand in, how it is judged.
library-rubric = Rubric
library-rubric-hint = Reviewers score each criterion from 1 to 5; its weight (1 to 100) sets how much it counts. Leave a name empty to leave the row out.
library-criterion-n = Criterion { $n }
library-criterion-name = Criterion { $n }
library-criterion-weight = Weight of criterion { $n }
library-criterion-description = What reviewers look for (criterion { $n })
library-hours = Hours the candidate has
library-reviewers = Reviewers per submission
library-late = Work handed in after the deadline
library-late-refuse = Refuse it, saying the deadline passed
library-late-accept = Accept it, marked as late
library-hours-n = { $hours } hours
library-reviewers-n = { $count ->
    [one] 1 reviewer
   *[other] { $count } reviewers
}
library-criteria-n = { $count ->
    [one] 1 criterion
   *[other] { $count } criteria
}
library-files-n = { $count ->
    [one] 1 file
   *[other] { $count } files
}
library-files = Files with the brief
library-files-none = No files yet.
library-file = A file for candidates (at most 10 MB)
library-file-hint = For example starter code or a data set; every candidate assigned this case study can download it.
library-attach = Add the file
library-attached = The file is added; the brief has { $count ->
    [one] 1 file
   *[other] { $count } files
}.
library-change = Change the case study
library-change-hint = Candidates assigned it already keep their deadline.
library-saved = The case study is saved.
library-about = The case studies candidates are given: brief, rubric, files and the rules of the deadline.
