# De vacature-editor en de pagina met programma's.

editor-new = Een nieuwe vacature
editor-edit = { $title } bewerken
editor-back = ← Vacatures
editor-board = Bord
editor-nothing-saved = Er is niets opgeslagen. Verbeter eerst:
editor-status = Status: { $status ->
    [draft] concept
    [published] gepubliceerd
   *[closed] gesloten
}
editor-publish = Publiceren op de vacaturebank
editor-see-on-board = Bekijk haar op de vacaturebank
editor-close = Sluiten: van de vacaturebank halen
editor-needs-programme = Een vacature hoort bij een programma:
editor-create-programme = maak eerst een programma aan.
editor-the-vacancy = De vacature
editor-programme = Programma
editor-language = Geschreven in
editor-title = Titel
editor-title-example = Stagiair backend engineering
editor-description = Beschrijving
editor-markdown = (Markdown)
editor-responsibilities = Wat de stagiair gaat doen
editor-one-per-line = (één per regel)
editor-other-version = Dezelfde vacature in een andere taal (optioneel)
editor-other-version-hint = Wie die taal leest, ziet deze versie op de vacaturebank; alle anderen zien de versie hierboven.
editor-other-language = Taal van deze versie
editor-requirements = Eisen
editor-required-skills = Vereiste vaardigheden
editor-required-skills-example = Python, TypeScript
editor-required-skills-hint = (gescheiden door komma's: elke sollicitant moet ze allemaal hebben)
editor-enrolled-in = Ingeschreven aan een universiteit in
editor-enrolled-in-hint = (een landcode zoals NL: voor de hele stage; leeg voor geen eis)
editor-studying = Studeert een van
editor-studying-hint = (gescheiden door komma's; leeg voor elke studie)
editor-studying-example = Informatica, Werktuigbouwkunde
editor-graduating-from = Afstuderend vanaf
editor-graduating-until = Afstuderend tot
editor-optional = (optioneel)
editor-allowed-to-work = Mag werken in
editor-allowed-to-work-hint = (een landcode; optioneel)
editor-questions = Ja/nee-vragen die elke sollicitant beantwoordt
editor-question = Vraag { $number }
editor-passing-answer = Het antwoord waarmee je door bent
editor-yes = Ja
editor-no = Nee
editor-match-score = Wat meetelt voor de matchscore
editor-nice-skills = Vaardigheden die mooi meegenomen zijn
editor-nice-skills-example = Java, C#
editor-preferred-fields = Voorkeursstudies
editor-languages = Talen
editor-languages-example = Engels, Nederlands
editor-where-when = Waar, wanneer en voorwaarden
editor-location = Locatie
editor-work = Werken
editor-on-site = Op locatie
editor-hybrid = Hybride
editor-remote = Op afstand
editor-remote-from = Op afstand vanuit
editor-remote-from-hint = (landcodes, voor werken op afstand)
editor-hours = Uren per week
editor-stipend = Stagevergoeding, euro per maand
editor-positions = Aantal stagiairs
editor-opens = Sollicitaties vanaf
editor-closes = Tot en met
editor-save = Wijzigingen opslaan
editor-create = Vacature aanmaken (als concept)
editor-pipeline = Het selectieproces
editor-pipeline-hint = Stappen op volgorde (de nummers bepalen die). Een stap waar sollicitaties in staan of doorheen zijn gegaan, blijft. Voeg er een toe in de lege rij.
editor-stages = Stappen
editor-order = Volgorde
editor-name = Naam
editor-kind = Soort
editor-skippable = Mag worden overgeslagen
editor-order-of = Volgorde van { $stage }
editor-name-of = Naam van stap { $number }
editor-kind-of = Soort van { $stage }
editor-may-skip = { $stage } mag worden overgeslagen
editor-new-order = Volgorde van de nieuwe stap
editor-new-name = Naam van een nieuwe stap
editor-new-stage = Een nieuwe stap
editor-new-kind = Soort van de nieuwe stap
editor-new-may-skip = De nieuwe stap mag worden overgeslagen
editor-save-stages = Stappen opslaan
editor-stage-kind = { $kind ->
    [application] Sollicitatie (selectie)
    [hr_chat] Kennismaking met HR
    [interviews] Gesprekken
    [case_study] Case
    [decision] Besluit
    [onboarding] Onboarding
   *[custom] Een andere stap
}
editor-saved = „{ $title }” opgeslagen.
editor-stages-saved = Stappen opgeslagen: { $stages }.
editor-published = Gepubliceerd: de vacature staat nu op de vacaturebank.
editor-closed = Gesloten: de vacature staat niet meer op de vacaturebank en neemt geen sollicitaties meer aan.
editor-choose-programme = kies een programma

programmes-title = Programma's
programmes-back = ← Vacatures
programmes-none = Nog geen programma's: begin er een.
programmes-programme = Programma
programmes-when = Wanneer
programmes-interns = Stagiairs
programmes-change = „{ $name }” wijzigen
programmes-new = Een nieuw programma
programmes-name = Naam
programmes-name-example = Backend-talentprogramma 2027
programmes-about = Waar het over gaat
programmes-first-day = Eerste dag
programmes-last-day = Laatste dag
programmes-where = Waar
programmes-remote = Stagiairs mogen op afstand werken
programmes-how-many = Hoeveel stagiairs
programmes-consists-of = Waaruit het programma bestaat
programmes-involves = { $component }: wat het inhoudt
programmes-involves-example = Wat het hier inhoudt
programmes-save = Wijzigingen opslaan
programmes-create = Programma aanmaken
programmes-saved = „{ $name }” opgeslagen. Schrijf nu de vacatures.
programmes-component = { $component ->
    [induction] Introductietraining
    [mentorship] Een eigen mentor
    [workshops] Praktische workshops
    [training] Doorlopende training
    [networking] Netwerken
   *[shadowing] Meelopen met andere teams
}
programmes-period = { $from } tot en met { $until }
