# Inloggen, een account aanmaken en het bevestigen.

login-title = Inloggen
login-email = E-mailadres
login-password = Wachtwoord
login-submit = Inloggen
login-new-here = Nieuw hier?
login-create-account = Maak een account aan
login-to-apply = om te solliciteren.

register-title = Account aanmaken
register-correct-this = Verbeter dit graag:
register-name = Je naam
register-email = E-mailadres
register-password = Wachtwoord
register-password-hint = Minstens 8 tekens; een zin van een paar woorden is makkelijk te onthouden en moeilijk te raden.
register-submit = Maak mijn account aan
register-have-account = Heb je al een account?
register-sign-in = Inloggen

register-sent-title = Kijk in je inbox
register-sent-text = We hebben een e-mail gestuurd naar { $email }. Open de link erin binnen { $hours } uur om je account af te maken.
register-sent-nothing = Na een paar minuten nog niets? Kijk in je spammap, of
register-sent-again = registreer opnieuw
register-sent-new-link = voor een nieuwe link.
register-sent-no-mail-server = Deze Cohort heeft geen mailserver ingesteld: de beheerder vindt de e-mail in de map outbox van de gegevensmap.
register-sent-confirmed = Al bevestigd?

confirm-title = Bevestig je account
confirm-text = Nog één stap: bevestig dat dit e-mailadres van jou is, en je account is klaar.
confirm-submit = Bevestigen en inloggen
confirm-register-again = Registreer opnieuw
confirm-or = of
confirm-sign-in = log in
