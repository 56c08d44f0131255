# Who can apply: each rule of a vacancy, how a profile measures up to it, and the verdict.

word-yes = yes
word-no = no
list-or = or

rule-enrolled = Enrolled at an institution in { $country } for the whole internship.
rule-field = Studying { $fields }.
rule-graduation = { $window ->
    [between] Graduating between { $earliest } and { $latest }.
    [after] Graduating on or after { $earliest }.
    [before] Graduating on or before { $latest }.
   *[any] Graduating at any time.
}
rule-skills = Skilled in { $skills }.
rule-work = Allowed to work in { $country }.
rule-question = { $question } ({ $answer })

eligibility-enrolled-unknown = Add your institution's country and your enrollment period to your profile: this internship requires enrollment at an institution in { $country } from { $starts } to { $ends }.
eligibility-enrolled-elsewhere = { $named ->
    [yes] { $institution }
   *[no] Your institution
} is in { $at }; this internship requires enrollment at an institution in { $country }.
eligibility-enrolled-starts-late = Your enrollment starts on { $enrolled }, after the internship starts on { $starts }; you must be enrolled for the whole internship.
eligibility-enrolled-ends-early = Your enrollment ends on { $enrolled }, before the internship ends on { $ends }; you must be enrolled for the whole internship.
eligibility-enrolled-pass = Enrolled at { $named ->
    [yes] { $institution }
   *[no] your institution
} in { $country } from { $from } to { $until }, covering the whole internship ({ $starts } to { $ends }).
eligibility-field-unknown = Add your field of study to your profile: this internship asks for { $wanted }.
eligibility-field-pass = You study { $field }, which counts as { $counts_as }.
eligibility-field-fail = You study { $field }; this internship asks for { $wanted }.
eligibility-graduation-unknown = Add your expected graduation date to your profile: this internship is for students graduating { $window ->
    [between] between { $earliest } and { $latest }
    [after] on or after { $earliest }
    [before] on or before { $latest }
   *[any] at any time
}.
eligibility-graduation-fail = You expect to graduate on { $date }; this internship is for students graduating { $window ->
    [between] between { $earliest } and { $latest }
    [after] on or after { $earliest }
    [before] on or before { $latest }
   *[any] at any time
}.
eligibility-graduation-pass = You expect to graduate on { $date }, { $window ->
    [between] between { $earliest } and { $latest }
    [after] on or after { $earliest }
    [before] on or before { $latest }
   *[any] at any time
}.
eligibility-skills-pass = You have every required skill: { $skills }.
eligibility-skills-unknown = Add your skills to your profile: this internship requires { $skills }.
eligibility-skills-missing = Missing required skills: { $missing }.
eligibility-work-pass = You may work in { $country }.
eligibility-work-unknown = Tell us where you may work: this internship requires permission to work in { $country }.
eligibility-work-fail = This internship requires permission to work in { $country }, which your profile does not list.
eligibility-question-unknown = Answer the question "{ $question }".
eligibility-question-pass = "{ $question }": { $answer }.
eligibility-question-fail = "{ $question }": you answered { $answer }; this internship requires { $required }.

eligibility-summary-eligible = You meet every requirement.
eligibility-summary-incomplete = Some requirements cannot be judged yet: fill in what they need.
eligibility-summary-not-eligible = You do not meet every requirement yet.
eligibility-mark-pass = Met
eligibility-mark-fail = Not met
eligibility-mark-unknown = Cannot tell yet
