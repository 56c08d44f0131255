# De pagina's van de stage voor medewerkers en stagiairs: mentoren koppelen, begeleiding,
# trainingen, meelopen, evenementen, stagiairs.

matching-title = Mentoren koppelen
matching-propose = Een koppeling voorstellen
matching-propose-hint = Koppelt elke stagiair van het programma die nog geen mentor heeft: de hoogste totaalscore binnen de ruimte van elke mentor, altijd met een gedeelde taal. Er verandert niets tot je publiceert.
matching-no-programmes = Nog geen programma's.
matching-programme = Programma
matching-not-own-lead = Koppel een stagiair nooit aan de leidinggevende van het eigen team
matching-runs = Koppelingen
matching-no-runs = Nog geen koppelingen voorgesteld.
matching-runs-caption = Voorgestelde en gepubliceerde koppelingen
matching-proposed-at = Voorgesteld
matching-status = Status
matching-pairs = Paren
matching-unmatched = Niet gekoppeld
matching-run-status = { $status ->
    [proposed] voorgesteld
   *[published] gepubliceerd
}
matching-mentors = Mentoren
matching-no-mentors = Nog geen mentor heeft een profiel (leden met de rol mentor vullen hun ruimte en talen in).
matching-mentors-caption = Mentoren met hun ruimte
matching-mentor = Mentor
matching-mentees-now = Mentees nu
matching-capacity = Ruimte
matching-languages = Talen
matching-skills = Vaardigheden
matching-for = Koppeling voor { $programme }
matching-back = ← Mentoren koppelen
matching-is-proposed = Voorgesteld — er verandert niets tot je publiceert.
matching-is-published = Gepubliceerd: elke stagiair hieronder heeft een mentor.
matching-total = Totaalscore { $total }.
matching-all-had-mentor = Elke stagiair van dit programma had al een mentor.
matching-score = score { $score }
matching-no-mentor = geen mentor
matching-mentor-of = Mentor van { $intern }
matching-leave-unmatched = Voorlopig niet koppelen
matching-change = Wijzigen
matching-publish = Publiceren: geef elke stagiair een mentor en laat het beiden weten
matching-reason = { $factor ->
    [skills] deelt { $count } van de vaardigheden van de stagiair: { $shared }
    [interests] deelt { $count } van de interesses van de stagiair: { $shared }
   *[network] uit een ander team, wat het netwerk van de stagiair vergroot
}
matching-mentor-room = { $name } (nu { $mentees } van { $capacity })
matching-proposed = Voorgesteld: { $pairs ->
    [one] 1 paar
   *[other] { $pairs } paren
}, { $unmatched } niet gekoppeld. Er verandert niets tot je publiceert.
matching-pair-changed = Paar gewijzigd.
matching-published = Gepubliceerd: { $interns ->
    [one] 1 stagiair heeft nu een mentor
   *[other] { $interns } stagiairs hebben nu een mentor
}, en beide kanten zijn op de hoogte gebracht.
matching-choose-programme = kies een programma
matching-no-such-programme = dit programma bestaat niet
