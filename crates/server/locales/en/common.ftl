# The frame of every page, and the pages every area shares.

brand = Cohort
title-suffix = { $page } — Cohort
skip-to-content = Skip to the content
nav-main = Main
nav-internships = Internships
nav-my-applications = My applications
nav-my-data = My data
nav-recruiting = Recruiting
nav-my-internship = My internship
nav-console = Organisation
nav-vacancies = Vacancies
nav-my-interviews = My interviews
nav-mentees = My mentees
nav-account = Account
nav-sign-out = Sign out
nav-sign-in = Sign in
nav-create-account = Create an account
nav-language = Language
footer-tagline = Cohort — software-engineering internships, from vacancy to completion.
footer-api = API

forbidden-title = Not sent
forbidden-heading = That form was not sent
forbidden-text = It came from another site, or the page was open too long. Nothing was changed. Go back, reload the page and try again.
not-found-title = Not found
stale = Someone changed this { $what ->
    [vacancy] vacancy
    [matching] matching
   *[other] page
} first: here it is as it stands now; nothing of yours was saved.
