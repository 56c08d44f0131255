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
