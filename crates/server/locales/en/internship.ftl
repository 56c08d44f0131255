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
