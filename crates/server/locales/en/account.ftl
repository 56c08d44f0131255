# Signing in, creating an account and confirming it.

login-title = Sign in
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-new-here = New here?
login-create-account = Create an account
login-to-apply = to apply.

register-title = Create an account
register-correct-this = Please correct this:
register-name = Your name
register-email = E-mail address
register-password = Password
register-password-hint = At least 8 characters; a phrase of a few words is easy to remember and hard to guess.
register-submit = Create my account
register-have-account = Have an account?
register-sign-in = Sign in

register-sent-title = Check your inbox
register-sent-text = We sent an e-mail to { $email }. Open the link in it within { $hours } hours to finish your account.
register-sent-nothing = Nothing there after a few minutes? Look in your spam folder, or
register-sent-again = register again
register-sent-new-link = to get a new link.
register-sent-no-mail-server = This Cohort has no mail server set up: its operator finds the e-mail in the outbox folder of its data directory.
register-sent-confirmed = Already confirmed?

confirm-title = Confirm your account
confirm-text = One step left: confirm that this e-mail address is yours, and your account is ready.
confirm-submit = Confirm and sign in
confirm-register-again = Register again
confirm-or = or
confirm-sign-in = sign in
