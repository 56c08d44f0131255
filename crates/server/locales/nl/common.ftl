# Het kader van elke pagina, en de pagina's die alle onderdelen delen.

brand = Cohort
title-suffix = { $page } — Cohort
skip-to-content = Naar de inhoud
nav-main = Hoofdmenu
nav-internships = Stages
nav-my-applications = Mijn sollicitaties
nav-my-data = Mijn gegevens
nav-recruiting = Werving
nav-my-internship = Mijn stage
nav-console = Organisatie
nav-vacancies = Vacatures
nav-my-interviews = Mijn gesprekken
nav-mentees = Mijn mentees
nav-account = Account
nav-sign-out = Afmelden
nav-sign-in = Inloggen
nav-create-account = Account aanmaken
nav-language = Taal
footer-tagline = Cohort — stages in software-engineering, van vacature tot afronding.
footer-api = API

forbidden-title = Niet verstuurd
forbidden-heading = Dat formulier is niet verstuurd
forbidden-text = Het kwam van een andere site, of de pagina stond te lang open. Er is niets veranderd. Ga terug, laad de pagina opnieuw en probeer het nog eens.
not-found-title = Niet gevonden
stale = Iemand anders heeft { $what ->
    [vacancy] deze vacature
    [matching] deze koppeling
   *[other] deze pagina
} net eerder gewijzigd: hier staat hoe het nu is; van jou is niets opgeslagen.
