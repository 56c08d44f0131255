# Wie kan solliciteren: elke eis van een vacature, hoe een profiel daaraan voldoet, en het oordeel.

word-yes = ja
word-no = nee
list-or = of

rule-enrolled = Ingeschreven bij een onderwijsinstelling in { $country } gedurende de hele stage.
rule-field = Studeert { $fields }.
rule-graduation = { $window ->
    [between] Studeert af tussen { $earliest } en { $latest }.
    [after] Studeert af op of na { $earliest }.
    [before] Studeert af op of vóór { $latest }.
   *[any] Studeert af op elk moment.
}
rule-skills = Beheerst { $skills }.
rule-work = Mag werken in { $country }.
rule-question = { $question } ({ $answer })

eligibility-enrolled-unknown = Vul het land van je onderwijsinstelling en je inschrijvingsperiode in je profiel in: voor deze stage moet je van { $starts } tot { $ends } ingeschreven zijn bij een onderwijsinstelling in { $country }.
eligibility-enrolled-elsewhere = { $named ->
    [yes] { $institution }
   *[no] Je onderwijsinstelling
} staat in { $at }; voor deze stage moet je ingeschreven zijn bij een onderwijsinstelling in { $country }.
eligibility-enrolled-starts-late = Je inschrijving begint op { $enrolled }, na het begin van de stage op { $starts }; je moet gedurende de hele stage ingeschreven zijn.
eligibility-enrolled-ends-early = Je inschrijving eindigt op { $enrolled }, vóór het einde van de stage op { $ends }; je moet gedurende de hele stage ingeschreven zijn.
eligibility-enrolled-pass = Ingeschreven bij { $named ->
    [yes] { $institution }
   *[no] je onderwijsinstelling
} in { $country } van { $from } tot { $until }, dus gedurende de hele stage ({ $starts } tot { $ends }).
eligibility-field-unknown = Vul je studierichting in je profiel in: deze stage vraagt om { $wanted }.
eligibility-field-pass = Je studeert { $field }, en dat telt als { $counts_as }.
eligibility-field-fail = Je studeert { $field }; deze stage vraagt om { $wanted }.
eligibility-graduation-unknown = Vul je verwachte afstudeerdatum in je profiel in: deze stage is voor studenten die afstuderen { $window ->
    [between] tussen { $earliest } en { $latest }
    [after] op of na { $earliest }
    [before] op of vóór { $latest }
   *[any] op elk moment
}.
eligibility-graduation-fail = Je verwacht af te studeren op { $date }; deze stage is voor studenten die afstuderen { $window ->
    [between] tussen { $earliest } en { $latest }
    [after] op of na { $earliest }
    [before] op of vóór { $latest }
   *[any] op elk moment
}.
eligibility-graduation-pass = Je verwacht af te studeren op { $date }, { $window ->
    [between] tussen { $earliest } en { $latest }
    [after] op of na { $earliest }
    [before] op of vóór { $latest }
   *[any] op elk moment
}.
eligibility-skills-pass = Je hebt elke gevraagde vaardigheid: { $skills }.
eligibility-skills-unknown = Vul je vaardigheden in je profiel in: deze stage vraagt om { $skills }.
eligibility-skills-missing = Gevraagde vaardigheden die je mist: { $missing }.
eligibility-work-pass = Je mag werken in { $country }.
eligibility-work-unknown = Laat weten waar je mag werken: voor deze stage moet je mogen werken in { $country }.
eligibility-work-fail = Voor deze stage moet je mogen werken in { $country }, en dat staat niet in je profiel.
eligibility-question-unknown = Beantwoord de vraag "{ $question }".
eligibility-question-pass = "{ $question }": { $answer }.
eligibility-question-fail = "{ $question }": je antwoordde { $answer }; voor deze stage is dat { $required }.

eligibility-summary-eligible = Je voldoet aan elke eis.
eligibility-summary-incomplete = Over sommige eisen valt nog niets te zeggen: vul in wat ze nodig hebben.
eligibility-summary-not-eligible = Je voldoet nog niet aan elke eis.
eligibility-mark-pass = Voldaan
eligibility-mark-fail = Niet voldaan
eligibility-mark-unknown = Nog onbekend
