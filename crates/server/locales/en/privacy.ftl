# The candidate's own data: download, consents, who opened it, deleting the account.

privacy-title = My data
privacy-download = Download everything
privacy-download-text = Everything Cohort holds about you — your profile, applications and their histories, interview times, assessments about you, offers, internship records, consents and who opened your data when — as one JSON file, each field explained.
privacy-download-button = Download my data
privacy-consents = Consents
privacy-no-consents = You gave no consent beyond your applications. Organisations delete your application four weeks after the procedure ends.
privacy-statement = { $purpose ->
   *[future_vacancies] Keep my application data for up to one year after my procedure ends, to consider me for future vacancies.
}
privacy-given = Given { $when }
privacy-withdrawn-at = withdrawn { $when }
privacy-withdraw = Withdraw this consent
privacy-withdrawn = Consent withdrawn: the organisation lets go of your data four weeks after your procedure ended.
privacy-views = Who opened your data
privacy-no-views = Nobody has opened your applications yet.
privacy-views-caption = When organisations opened your application or CV, and why
privacy-when = When
privacy-organisation = Organisation
privacy-what = What
privacy-why = Why
privacy-resource = { $resource ->
    [cv] CV
   *[application] application
}
privacy-purpose = { $purpose ->
   *[recruitment] recruitment
}
privacy-delete = Delete my account
privacy-delete-text = This deletes your account and everything every organisation holds about you; applications still running are withdrawn. It cannot be undone.
privacy-type-delete = Type DELETE to confirm
privacy-type-delete-alert = Type DELETE to confirm; nothing was deleted.
notice-title = Privacy notice for applicants to { $organisation }
notice-version = Version { $version }. Your consent when you apply names this version.
notice-who-heading = Who holds your data
notice-who = { $organisation } decides what happens with the data you send when you apply: it is the controller under the General Data Protection Regulation (GDPR). It runs its internships on Cohort, which keeps your data on its behalf and uses it for nothing else.
notice-what-heading = What you send
notice-what = Your name and contact details, your studies (university, field, enrolment, graduation), your skills and languages, your GitHub profile or portfolio if you give them, your cover letter and CV, and your answers to the vacancy's questions. During the procedure, the organisation adds its interview notes, scorecards, case-study reviews and its decision.
notice-never = Cohort never asks for your citizen service number (BSN), a copy of your ID or health data, and refuses a CV that contains a BSN.
notice-why-heading = Why
notice-why = Only to consider your application to this internship and, if you are hired, to run your internship. { $organisation } does so with your consent, which you give when you apply and can withdraw at any time; withdrawing ends your application.
notice-who-sees-heading = Who sees it
notice-who-sees = The recruiters of { $organisation }, and the interviewers and reviewers of your application; case-study reviewers grade your work without seeing your name. Every time someone opens your application or CV is logged, and you can see that log.
notice-how-long-heading = How long it is kept
notice-after-procedure = If you are not hired or withdraw: deleted { $days } days after the procedure ends.
notice-with-consent = If you agree to be considered for future vacancies: kept { $days } days after the procedure ends, unless you withdraw that consent sooner.
notice-after-internship = If you are hired: your internship records are kept { $days } days after it ends.
notice-rights-heading = Your rights
notice-rights = You can see and download everything held about you, have it corrected, withdraw your consent, and have it erased; on your account's privacy page you do it yourself, at once.
notice-my-data = My data: download, consents, who opened it, delete
notice-complain = You may also complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens) or to the authority of the country where you live.
apply-consent-label = Privacy consent
apply-account = Your account
apply-read-notice = Read the privacy notice of { $organisation } (opens in a new tab)
apply-anonymous = You can check whether you are eligible without an account: nothing you type here is kept. To send your application, sign in or create an account.
apply-sign-in-to-send = To send your application, sign in or create an account; then come back to this page and send it.
apply-sign-in = Sign in
apply-register = Create an account
